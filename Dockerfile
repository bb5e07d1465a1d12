# Lanmu as a container: built from source, run on a JRE as an unprivileged user.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -pl portal-web -am package -DskipTests

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 lanmu && mkdir -p /data && chown lanmu /data
COPY --from=build /src/portal-web/target/portal-web-*.jar /tmp/lanmu.jar
# Start-up is mostly class loading: run from the extracted jar with an ahead-of-time cache (JEP 483) made
# by a training start that stops once the context is refreshed. It roughly halves the time to "Started".
RUN java -Djarmode=tools -jar /tmp/lanmu.jar extract --destination /app --application-filename lanmu.jar \
 && rm /tmp/lanmu.jar \
 && cd /app && java -XX:AOTCacheOutput=/app/lanmu.aot -Dspring.context.exit=onRefresh \
      -Dlanmu.data-dir=/tmp/training -Dlanmu.setup.sample-site=false -jar /app/lanmu.jar \
 && rm -rf /tmp/training
USER lanmu
ENV LANMU_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/lanmu.aot", "-XX:MaxRAMPercentage=75", "-jar", "/app/lanmu.jar"]

# Lanmu as a container: built from source, run on a JRE as an unprivileged user.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -pl portal-web -am package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 lanmu && mkdir -p /data && chown lanmu /data
COPY --from=build /src/portal-web/target/portal-web-*.jar /app/lanmu.jar
USER lanmu
ENV LANMU_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/lanmu.jar"]

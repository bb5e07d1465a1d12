#!/usr/bin/env bash
# Start-up, measured the two ways Lanmu is started: `java -jar` on the built jar, and `./lanmu` (the extracted jar with
# its ahead-of-time cache). Each start gets an empty data folder, so it writes the sample site, and is timed from the
# launch to readiness (which turns UP only once the sample site is written). Prints a Markdown table.
#
#   benchmarks/startup.sh [runs]        default: 3 runs of each
#
# Needs a built jar (`./lanmu` builds one, or `mvn -pl portal-web -am package -DskipTests`) and a JDK 25 for the cache
# (JAVA_HOME, or the newest JDK under /usr/lib/jvm). Uses port 18090.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"
port=18090
# shellcheck source=lib.sh
source "$here/lib.sh"
jdk="$(pick_jdk)"
java="$jdk/bin/java"
jar="$(ls "$root"/portal-web/target/portal-web-*.jar | grep -v -e '-tests.jar' -e '\.original$' | head -n 1)"
app="$root/portal-web/target/lanmu"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The cache must come from this jar. Made as `./lanmu` makes it: a first start, sample site included, recording what it
# loads, and writing the cache when it is stopped.
rm -rf "$app"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$app" --application-filename lanmu.jar > /dev/null
# The options must match the measured starts' (--enable-native-access too), or the JVM refuses the cache.
LANMU_DEMO_PASSWORD=benchmark-password "$java" -XX:AOTCacheOutput="$app/lanmu.aot" -Xlog:aot=error -Xlog:cds=error --enable-native-access=ALL-UNNAMED \
    -Dlanmu.data-dir="$work/training" -Dserver.port=$port -jar "$app/lanmu.jar" > "$work/training.log" 2>&1 &
training=$!
until curl -sf "localhost:$port/actuator/health/readiness" > /dev/null; do
    kill -0 $training 2> /dev/null || { echo "The training start exited" >&2; cat "$work/training.log" >&2; exit 1; }
    sleep 0.2
done
kill $training
wait $training 2> /dev/null || true
[[ -f "$app/lanmu.aot" ]] || { echo "No cache written" >&2; cat "$work/training.log" >&2; exit 1; }

# One start: prints "started ready" in seconds.
start() {
    local data="$work/data-$RANDOM" log="$work/run.log" began pid ready started
    began=$(date +%s.%N)
    LANMU_DEMO_PASSWORD=benchmark-password "$java" -Dlanmu.data-dir="$data" -Dserver.port=$port "$@" > "$log" 2>&1 &
    pid=$!
    until curl -sf "localhost:$port/actuator/health/readiness" > /dev/null; do
        kill -0 $pid 2> /dev/null || { echo "Lanmu exited; see $log" >&2; cat "$log" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(echo "$(date +%s.%N) - $began" | bc)
    started=$(grep -o 'Started LanmuApplication in [0-9.]*' "$log" | awk '{print $4}')
    kill $pid
    wait $pid 2> /dev/null || true
    rm -rf "$data"
    printf '%.1f %.1f\n' "$started" "$ready"
}

echo "| start | Started (s) | ready, sample site written (s) |"
echo "|---|---|---|"
for ((i = 1; i <= runs; i++)); do
    read -r started ready < <(start -jar "$jar")
    echo "| \`java -jar\` $i | $started | $ready |"
    read -r started ready < <(start -XX:AOTCache="$app/lanmu.aot" --enable-native-access=ALL-UNNAMED -jar "$app/lanmu.jar")
    echo "| extracted + AOT cache $i | $started | $ready |"
done
echo
echo "JDK: $("$java" -version 2>&1 | head -n 1); load before and after: $(cut -d' ' -f1-3 /proc/loadavg)"

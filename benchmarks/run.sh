#!/usr/bin/env bash
# Search benchmarks at site scale, per engine: bulk indexing (Lanmu's rebuild from the database, and the bare engine),
# search and suggest latency, index size on disk and heap. Results are printed and written to
# benchmarks/results/<engine>-<items>.md.
#
#   benchmarks/run.sh [lucene|elasticsearch|all] [items]        defaults: all 100000
#
# Environment: BENCHMARK_HEAP (default "-Xms1g -Xmx1g"), JAVA_OPTS (more JVM options, e.g. a JFR recording),
# MAVEN_ARGS (e.g. -o), JAVA_HOME (a JDK 21+; otherwise the newest one under /usr/lib/jvm),
# BENCHMARK_QUIET_LOAD (e.g. 1.0: wait up to 15 minutes for the 1-minute load average to drop below it).
# Takes tens of minutes at 100,000 items; the build itself runs no tests.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
engines="${1:-all}"
items="${2:-100000}"

usage() {
    echo "Usage: $0 [lucene|elasticsearch|all] [items]" >&2
    exit 2
}

case "$engines" in
    lucene | elasticsearch) selected=("$engines") ;;
    all) selected=(lucene elasticsearch) ;;
    *) usage ;;
esac
[[ "$items" =~ ^[1-9][0-9]*$ ]] || usage

# shellcheck source=lib.sh
source "$here/lib.sh"
jdk="$(pick_jdk)"

echo "== Building the benchmark (no tests run)"
# shellcheck disable=SC2086
mvn -q -f "$root/pom.xml" -pl benchmarks -am package -DskipTests -Dspring-boot.repackage.skip=false ${MAVEN_ARGS:-}
jar="$(ls "$here"/target/benchmarks-*.jar | grep -v -e '-tests.jar' -e '.original' | head -n 1)"
# Run from a copy: a rebuild of the checkout during a long run must not change the classes under it.
run_jar="$(mktemp -d)/lanmu-benchmarks.jar"
cp "$jar" "$run_jar"
trap 'rm -rf "$(dirname "$run_jar")"' EXIT

for engine in "${selected[@]}"; do
    wait_for_quiet
    echo "== $engine, $items items; JDK $jdk; load $(cut -d' ' -f1-3 /proc/loadavg)"
    # shellcheck disable=SC2086
    "$jdk/bin/java" ${BENCHMARK_HEAP:--Xms1g -Xmx1g} -XX:+UseG1GC -Dfile.encoding=UTF-8 -Duser.timezone=UTC \
        ${JAVA_OPTS:-} -jar "$run_jar" "$engine" "$items" "$here/results"
done

# Sourced by the benchmark scripts. Maven may run on an older default Java; the benchmarks (and Elasticsearch 9) need
# 21+: pick_jdk prints JAVA_HOME when it is 21+, otherwise the newest JDK 21+ under /usr/lib/jvm. wait_for_quiet waits
# up to 15 minutes for the 1-minute load average to drop below BENCHMARK_QUIET_LOAD, when that is set.
java_version() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}
pick_jdk() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && "$(java_version "$JAVA_HOME")" -ge 21 ]]; then
        echo "$JAVA_HOME"
        return
    fi
    local best="" best_version=0 home version
    for home in /usr/lib/jvm/*; do
        [[ -x "$home/bin/java" && ! -L "$home" ]] || continue
        version="$(java_version "$home")"
        if [[ "$version" =~ ^[0-9]+$ && "$version" -ge 21 && "$version" -gt "$best_version" ]]; then
            best="$home"
            best_version="$version"
        fi
    done
    [[ -n "$best" ]] || { echo "No JDK 21+ found: set JAVA_HOME" >&2; exit 1; }
    echo "$best"
}

wait_for_quiet() {
    local limit="${BENCHMARK_QUIET_LOAD:-}" waited=0
    [[ -n "$limit" ]] || return 0
    while awk -v limit="$limit" '{exit !($1 >= limit)}' /proc/loadavg && ((waited < 900)); do
        echo "   load $(cut -d' ' -f1-3 /proc/loadavg) >= $limit: waiting"
        sleep 30
        waited=$((waited + 30))
    done
}

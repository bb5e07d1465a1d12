#!/usr/bin/env bash
# The public site and the public read API under load, side by side with nginx serving a saved copy of the same bytes
# (the floor): home page, a column list page, an item page, a search page and GET /api/v1/items/{id}, each with
# wrk -t2 -c32 -d20s --latency. Prints one table (requests/s, p50, p99 for Lanmu and for nginx) and writes it to
# benchmarks/results/portal.md.
#
#   benchmarks/portal.sh [base-url]
#
# Without a base URL it builds portal-web (no tests), starts the jar on a free port with an empty data folder (the
# sample site) or on LANMU_DATA_DIR (a data folder of an earlier run, e.g. a site of 100,000 items), waits for
# readiness, measures, and stops it. With one it measures that running Lanmu.
#
# Environment: LANMU_DATA_DIR (see above), SEARCH_QUERY (default 增值税发票), WRK_DURATION (default 20s),
# WRK_CONNECTIONS (default 32), LANMU_HEAP (default "-Xms1g -Xmx1g"), JAVA_OPTS, MAVEN_ARGS (e.g. -o),
# JAVA_HOME (a JDK 21+; otherwise the newest one under /usr/lib/jvm), NGINX_PORT (default: a free port),
# BENCHMARK_QUIET_LOAD (e.g. 1.0: wait up to 15 minutes for the 1-minute load average to drop below it).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
base="${1:-}"
query="${SEARCH_QUERY:-增值税发票}"
duration="${WRK_DURATION:-20s}"
connections="${WRK_CONNECTIONS:-32}"

for tool in wrk nginx curl jq python3; do
    command -v "$tool" > /dev/null || { echo "$tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done

work="$(mktemp -d)"
lanmu_pid=""
nginx_pid=""
cleanup() {
    [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2> /dev/null || true
    [[ -n "$lanmu_pid" ]] && kill "$lanmu_pid" 2> /dev/null && wait "$lanmu_pid" 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# shellcheck source=lib.sh
source "$here/lib.sh"

start_lanmu() {
    local jdk jar port data
    jdk="$(pick_jdk)"
    echo "== Building portal-web (no tests run)"
    # shellcheck disable=SC2086
    mvn -q -f "$root/pom.xml" -pl portal-web -am package -DskipTests -Dlanmu.skip-postgresql-api-tests=true \
        ${MAVEN_ARGS:-}
    jar="$(ls "$root"/portal-web/target/portal-web-*.jar | grep -v -e '-tests.jar' -e '.original' | head -n 1)"
    # Run from a copy: a rebuild of the checkout during the run must not change the classes under it.
    cp "$jar" "$work/lanmu.jar"
    data="${LANMU_DATA_DIR:-$work/data}"
    port="$(free_port)"
    echo "== Starting Lanmu on port $port, data in $data; JDK $jdk"
    # shellcheck disable=SC2086
    (cd "$work" && exec "$jdk/bin/java" ${LANMU_HEAP:--Xms1g -Xmx1g} -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} \
        -jar lanmu.jar --server.port="$port" --lanmu.data-dir="$data" > "$work/lanmu.log" 2>&1) &
    lanmu_pid=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 1 300); do
        if curl -fs "$base/actuator/health/readiness" > /dev/null 2>&1 && curl -fs "$base/" > /dev/null 2>&1; then
            return
        fi
        kill -0 "$lanmu_pid" 2> /dev/null || { tail -n 50 "$work/lanmu.log" >&2; exit 1; }
        sleep 1
    done
    echo "Lanmu did not become ready within 300 s" >&2
    tail -n 50 "$work/lanmu.log" >&2
    exit 1
}

[[ -n "$base" ]] || start_lanmu
base="${base%/}"

echo "== Finding the pages to measure on $base"
# The first visible list column that holds a published item, and its newest item.
column_id="" item_id="" column_path=""
while read -r id path; do
    found="$(curl -fs "$base/api/v1/columns/$id/items?size=1" | jq -r '.items[0].id // empty' 2> /dev/null || true)"
    if [[ -n "$found" ]]; then
        column_id="$id" column_path="$path" item_id="$found"
        break
    fi
done < <(curl -fs "$base/api/v1/columns" | jq -r '.. | objects | select(.kind? == "LIST") | "\(.id) \(.path)"')
[[ -n "$item_id" ]] || { echo "No list column with a published item on $base" >&2; exit 1; }
encoded_query="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"

names=("home" "column list page" "item page" "search page" "GET /api/v1/items/{id}")
paths=("/" "$column_path/" "$column_path/$item_id.html" "/search?q=$encoded_query" "/api/v1/items/$item_id")
echo "   column $column_id ($column_path), item $item_id, search \"$query\""

# nginx serves the bytes Lanmu answered, each at the same path with the same content type.
nginx_port="${NGINX_PORT:-$(free_port)}"
mkdir -p "$work/nginx/root" "$work/nginx/tmp"
# Started as root, nginx's workers run as nobody: they must be able to read the saved answers.
chmod 755 "$work" "$work/nginx" "$work/nginx/root"
locations=""
for i in "${!paths[@]}"; do
    file="answer-$i"
    type="$(curl -fs -o "$work/nginx/root/$file" -w '%{content_type}' "$base${paths[$i]}")"
    # nginx matches locations against the decoded path; the query string is ignored by an exact match.
    location="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1].split("?")[0]))' \
        "${paths[$i]}")"
    locations+="        location = $location { default_type \"$type\"; try_files /$file =404; }"$'\n'
done
cat > "$work/nginx/nginx.conf" << EOF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp;
    proxy_temp_path $work/nginx/tmp;
    fastcgi_temp_path $work/nginx/tmp;
    uwsgi_temp_path $work/nginx/tmp;
    scgi_temp_path $work/nginx/tmp;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/nginx/root;
        etag on;
$locations    }
}
EOF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do
    curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" && break
    sleep 0.2
done
curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" || { cat "$work/nginx/error.log" >&2; exit 1; }

# wrk's latency distribution: "50%    2.80ms" (Debian's wrk; "50.000%" in wrk2-style builds); requests/s: "Requests/sec:   1331.10".
measure() {
    local url="$1" out
    out="$(wrk -t2 -c"$connections" -d"$duration" --latency "$url")"
    local rps p50 p99 errors
    rps="$(awk '/Requests\/sec:/ {printf "%.0f", $2}' <<< "$out")"
    p50="$(awk '$1 == "50%" || $1 == "50.000%" {print $2}' <<< "$out")"
    p99="$(awk '$1 == "99%" || $1 == "99.000%" {print $2}' <<< "$out")"
    errors="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<< "$out")"
    echo "$rps|$p50|$p99|${errors:-0}"
}

results="$here/results/portal.md"
mkdir -p "$here/results"
{
    echo "# Public site under load ($(date -u +%Y-%m-%dT%H:%MZ))"
    echo
    echo "wrk -t2 -c$connections -d$duration --latency; Lanmu at $base, nginx serving the same bytes on port" \
        "$nginx_port; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the start."
    echo
    echo "| | Lanmu req/s | p50 | p99 | non-2xx | nginx req/s | p50 | p99 | Lanmu / nginx |"
    echo "|---|---|---|---|---|---|---|---|---|"
} > "$results"
for i in "${!paths[@]}"; do
    wait_for_quiet
    echo "== ${names[$i]}: ${paths[$i]}"
    # A first request outside the measurement, so both serve it warm.
    curl -fs -o /dev/null "$base${paths[$i]}"
    IFS='|' read -r l_rps l_p50 l_p99 l_errors <<< "$(measure "$base${paths[$i]}")"
    IFS='|' read -r n_rps n_p50 n_p99 _ <<< "$(measure "http://127.0.0.1:$nginx_port${paths[$i]}")"
    ratio="$(awk -v a="$l_rps" -v b="$n_rps" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}')"
    echo "   Lanmu $l_rps req/s, p50 $l_p50, p99 $l_p99 ($l_errors non-2xx); nginx $n_rps req/s, p50 $n_p50, p99 $n_p99"
    echo "| ${names[$i]} | $l_rps | $l_p50 | $l_p99 | $l_errors | $n_rps | $n_p50 | $n_p99 | $ratio |" >> "$results"
done
echo "== Written to $results"
cat "$results"

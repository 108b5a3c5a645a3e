#!/usr/bin/env bash
# Start-up time and memory of the production jar: starts it N times (default 5) on a free port, each time
# on a fresh data directory (first start: Flyway migrations, catalogue and demo province loaded), and
# prints for each run the seconds until /actuator/health answers UP, Spring's own "Started ... in" time,
# and the process's RSS 10 s after it is up (and after one signed-in API call). Then the medians.
# Usage: scripts/measure-startup.sh [runs] [jar|prepared]   (after ./mvnw verify has built target/*.jar)
#   jar       plain `java -jar target/dti-dashboard-*.jar` (default)
#   prepared  the layout of scripts/prepare-production.sh (extracted jar + AOT/CDS cache in target/dist)
set -euo pipefail
runs=${1:-5}
mode=${2:-jar}
cd "$(dirname "$0")/.."
jar=$(ls target/dti-dashboard-*.jar | grep -v original | head -n 1)
jvm_options=()
if [ "$mode" = prepared ]; then
  [ -f target/dist/jvm-options ] || scripts/prepare-production.sh > /dev/null
  read -r -a jvm_options < target/dist/jvm-options
  jar="target/dist/$(basename "$jar")"
fi
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java_cmd="$candidate/bin/java"; break
  fi
done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "mode: $mode ${jvm_options[*]:-}, jar: $jar ($(du -h "$jar" | cut -f1)), java: $("$java_cmd" -version 2>&1 | head -n 1), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM"
printf '%-4s %-10s %-14s %-10s\n' run up_s spring_start_s rss_MiB
results=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  DTI_ADMIN_PASSWORD=measure-pass VAADIN_USAGE_STATS_ENABLED=false "$java_cmd" "${jvm_options[@]}" -jar "$jar" --server.port="$port" \
    --dti.data-dir="$dir" > "$dir/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q UP; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "app died:"; tail -20 "$dir/app.log"; exit 1; }
  done
  up=$(echo "$(date +%s.%N) - $start" | bc)
  curl -fs -u admin:measure-pass "http://127.0.0.1:$port/api/v1/units?date=2024-06-01" > /dev/null
  sleep 10
  rss=$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
  spring=$(grep -oE 'Started Application in [0-9.]+' "$dir/app.log" | grep -oE '[0-9.]+$')
  printf '%-4s %-10.2f %-14s %-10s\n' "$i" "$up" "$spring" "$rss"
  results+=("$up $spring $rss")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows=[list(map(float,l.split())) for l in sys.stdin if l.strip()]
cols=list(zip(*rows))
print("median: up %.2f s, Spring start %.2f s, RSS %d MiB (min %d, max %d) over %d runs" % (
  statistics.median(cols[0]), statistics.median(cols[1]), statistics.median(cols[2]), min(cols[2]), max(cols[2]), len(rows)))'

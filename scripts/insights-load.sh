#!/usr/bin/env bash
# Does writing search insights slow searching? Runs one load-test target (by default the
# unique-query search API: every request a real search, never the cache) with insights
# recorded and with `whatworks.insights.record=false`, alternating ROUNDS times so drift in
# the machine's load falls on both sides, and prints each run and the ratio of the medians.
# TARGET=search-page loads the website's search page, where every search also keeps a
# search_page row (the poor-result insights).
#
#   scripts/insights-load.sh                       # 2 rounds, 60 s warm-up and 60 s per run
#   ROUNDS=3 DURATION=30 WARMUP=45 scripts/insights-load.sh
#   TARGET=search-page scripts/insights-load.sh
#
# Loopback only, bounded: each run starts the packaged app, runs wrk and stops the app.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-2}
TARGET=${TARGET:-search-api-unique}
OUT=${OUT:-target/insights-load}
JAR=${JAR:-app/target/whatworks-app-1.0.0-SNAPSHOT.jar}
if [[ ! -f "$JAR" ]]; then
  ./mvnw -q -pl app -am package -DskipTests
fi
mkdir -p "$OUT"
: > "$OUT/runs.txt"
for round in $(seq 1 "$ROUNDS"); do
  for mode in on off; do
    args=""
    [[ $mode == off ]] && args="--whatworks.insights.record=false"
    OUT="$OUT/$mode-$round" JAR="$JAR" SKIP_BUILD=1 TARGETS=$TARGET APP_ARGS="$args ${APP_ARGS:-}" \
      scripts/load-test.sh >/dev/null
    rps=$(sed -n "s/.*$TARGET: .*rps=\([0-9]*\).*/\1/p" "$OUT/$mode-$round/summary.txt")
    p99=$(sed -n "s/.*$TARGET: .*p99_ms=\([0-9.]*\).*/\1/p" "$OUT/$mode-$round/summary.txt")
    rest=$(sed -n "s/.*$TARGET cpu: .*rest \([0-9.]*\) cores.*/\1/p" "$OUT/$mode-$round/summary.txt")
    echo "round=$round insights=$mode rps=$rps p99_ms=$p99 other_cpu_cores=$rest" | tee -a "$OUT/runs.txt"
  done
done
median() { # mode: the median requests per second of that mode's runs
  sed -n "s/.*insights=$1 rps=\([0-9]*\).*/\1/p" "$OUT/runs.txt" | sort -n \
    | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
on=$(median on)
off=$(median off)
echo "median rps: insights on $on, off $off, on/off $(awk -v a="$on" -v b="$off" 'BEGIN {printf "%.3f", a/b}')" \
  | tee -a "$OUT/runs.txt"

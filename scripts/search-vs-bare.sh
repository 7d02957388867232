#!/usr/bin/env bash
# The search path against a bare Spring Boot endpoint, in one run, on loopback, with wrk.
#
# Starts the bare app (benchmarks-bare: one endpoint returning a small JSON list) and the
# site side by side, warms each target up, then measures in rounds, each round in this
# order: the bare endpoint, the search API with every query new (no answer cache help),
# the search page with every query new, and the search API on 20 repeating queries (the
# cached path). Every query of the first three is a different everyday query of two or
# three words (scripts/search-vs-bare.lua). The figures that mean something on a shared
# machine are the ratios to the bare endpoint of the same round.
#
# Before that, start-up to healthy is timed STARTS times for each app, alternating.
#
#   scripts/search-vs-bare.sh                       # build the jars if missing
#   ROUNDS=3 DURATION=30 scripts/search-vs-bare.sh  # more, shorter rounds
#   STARTS=0 scripts/search-vs-bare.sh              # no start-up timing
#   PROFILE=1 scripts/search-vs-bare.sh             # JFR of the site over the rounds
#   APP_JAR=<jar> BARE_JAR=<jar> SKIP_BUILD=1 scripts/search-vs-bare.sh
#   APP_JAVA_OPTS="-XX:SharedArchiveFile=..." scripts/search-vs-bare.sh
#
# Needs wrk, curl and a JDK (jcmd). Only ever targets 127.0.0.1; bounded in time (about
# STARTS x 2 start-ups, 3 x WARMUP, ROUNDS x 4 x DURATION). Writes target/search-vs-bare/.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
ROUNDS=${ROUNDS:-2}
STARTS=${STARTS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
HEAP=${HEAP:-512m}
APP_PORT=${APP_PORT:-18089}
BARE_PORT=${BARE_PORT:-18090}
APP_JAR=${APP_JAR:-app/target/whatworks-app-1.0.0-SNAPSHOT.jar}
BARE_JAR=${BARE_JAR:-benchmarks-bare/target/whatworks-benchmarks-bare-1.0.0-SNAPSHOT.jar}
OUT=${OUT:-target/search-vs-bare}
LUA=scripts/search-vs-bare.lua

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
if [[ (! -f "$APP_JAR" || ! -f "$BARE_JAR") && -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -q -pl app,benchmarks-bare -am package -DskipTests
fi
mkdir -p "$OUT"
: > "$OUT/summary.txt"
say() { echo "$*" | tee -a "$OUT/summary.txt"; }

APP_PID=
BARE_PID=
stop() { # pid
  [[ -n "$1" ]] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
trap 'stop "$APP_PID"; stop "$BARE_PID"' EXIT

launch() { # name jar port extra-java-opts... ; sets LAUNCHED
  local name=$1 jar=$2 port=$3
  shift 3
  # shellcheck disable=SC2086
  java -Xms"$HEAP" -Xmx"$HEAP" "$@" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
    --whatworks.api.rate-limit.enabled=false --logging.level.root=WARN >> "$OUT/$name.log" 2>&1 &
  LAUNCHED=$!
}

healthy() { # pid port: waits until /actuator/health answers 200; prints milliseconds since the call
  local pid=$1 port=$2 start now
  start=$(date +%s%N)
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; then
      now=$(date +%s%N)
      echo $(((now - start) / 1000000))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "it did not start; see $OUT/*.log" >&2; return 1; }
    sleep 0.05
  done
  echo "it did not become healthy" >&2
  return 1
}

say "search vs bare: $(nproc) cores, heap $HEAP, wrk -t$THREADS -c$CONNECTIONS, warm-up ${WARMUP}s, ${ROUNDS} rounds of ${DURATION}s, $(date -u +%FT%TZ)"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- start-up to healthy, alternating
for n in $(seq 1 "$STARTS"); do
  launch bare "$BARE_JAR" "$BARE_PORT" ${BARE_JAVA_OPTS:-}
  bare_ms=$(healthy "$LAUNCHED" "$BARE_PORT")
  stop "$LAUNCHED"
  launch app "$APP_JAR" "$APP_PORT" ${APP_JAVA_OPTS:-}
  app_ms=$(healthy "$LAUNCHED" "$APP_PORT")
  stop "$LAUNCHED"
  say "start-up $n: bare ${bare_ms} ms, app ${app_ms} ms, ratio $(awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN {printf "%.2f", a/b}')x"
done

# --- load
launch bare "$BARE_JAR" "$BARE_PORT" ${BARE_JAVA_OPTS:-}
BARE_PID=$LAUNCHED
healthy "$BARE_PID" "$BARE_PORT" >/dev/null
launch app "$APP_JAR" "$APP_PORT" ${APP_JAVA_OPTS:-}
APP_PID=$LAUNCHED
healthy "$APP_PID" "$APP_PORT" >/dev/null

memory() { # pid: heap in use after a full GC and resident set size (MB)
  jcmd "$1" GC.run >/dev/null 2>&1 || true
  sleep 1
  local heap rss
  heap=$(jcmd "$1" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); printf "%.0f", v/1024}}')
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status")
  echo "heap_mb=${heap:-?} rss_mb=${rss}"
}

busy() { # pid: CPU ticks of the whole machine and of the process
  echo "$(awk '/^cpu / {print $2+$3+$4+$7+$8}' /proc/stat) $(awk '{print $14+$15}' "/proc/$1/stat")"
}

OFFSET=0
load() { # name base path pid seconds [repeat] ; prints the RESULT line
  local name=$1 base=$2 path=$3 pid=$4 seconds=$5 repeat=${6:-0} before after
  before=$(busy "$pid")
  OFFSET=$OFFSET THREADS=$THREADS REPEAT=$repeat LOAD_PATH=$path \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s --latency -s "$LUA" "$base" > "$OUT/$name.wrk.txt"
  after=$(busy "$pid")
  # each run takes its queries from its own range, so no query is ever asked twice
  OFFSET=$((OFFSET + 2000000))
  echo "$(grep '^RESULT' "$OUT/$name.wrk.txt" | sed 's/^RESULT //') $(echo "$before $after" | awk -v hz="$(getconf CLK_TCK)" -v d="$seconds" '{
    printf "cores_machine=%.2f cores_target=%.2f", ($3-$1)/hz/d, ($4-$2)/hz/d }')"
}

BARE="http://127.0.0.1:$BARE_PORT"
SITE="http://127.0.0.1:$APP_PORT"
say "warm-up: ${WARMUP}s each for the bare endpoint, the search API and the search page"
load warmup-bare "$BARE" "/bare?q=" "$BARE_PID" "$WARMUP" >/dev/null
load warmup-api "$SITE" "/api/v1/search?q=" "$APP_PID" "$WARMUP" >/dev/null
load warmup-page "$SITE" "/search?q=" "$APP_PID" "$WARMUP" >/dev/null
load warmup-cached "$SITE" "/api/v1/search?q=" "$APP_PID" 10 1 >/dev/null
say "app before: $(memory "$APP_PID")"
if [[ -n "${PROFILE:-}" ]]; then
  jcmd "$APP_PID" JFR.start name=rounds settings=profile filename="$(pwd)/$OUT/app.jfr" >/dev/null
fi

rps() { sed -E 's/.*rps=([0-9.]+).*/\1/' <<< "$1"; }
for round in $(seq 1 "$ROUNDS"); do
  say "round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  bare=$(load "bare-$round" "$BARE" "/bare?q=" "$BARE_PID" "$DURATION"); say "  bare:        $bare"
  api=$(load "api-$round" "$SITE" "/api/v1/search?q=" "$APP_PID" "$DURATION"); say "  api unique:  $api"
  page=$(load "page-$round" "$SITE" "/search?q=" "$APP_PID" "$DURATION"); say "  page unique: $page"
  cached=$(load "cached-$round" "$SITE" "/api/v1/search?q=" "$APP_PID" "$DURATION" 1); say "  api cached:  $cached"
  say "  ratios to bare: api unique $(awk -v a="$(rps "$api")" -v b="$(rps "$bare")" 'BEGIN {printf "%.1f%%", 100*a/b}'), page unique $(awk -v a="$(rps "$page")" -v b="$(rps "$bare")" 'BEGIN {printf "%.1f%%", 100*a/b}'), api cached $(awk -v a="$(rps "$cached")" -v b="$(rps "$bare")" 'BEGIN {printf "%.1f%%", 100*a/b}')"
done
say "app after: $(memory "$APP_PID")"
if [[ -n "${PROFILE:-}" ]]; then
  jcmd "$APP_PID" JFR.stop name=rounds >/dev/null
  say "profile: $OUT/app.jfr (jfr print --events jdk.ExecutionSample $OUT/app.jfr)"
fi
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if grep -E 'socket_errors=[1-9]|non2xx=[1-9]' "$OUT/summary.txt" >/dev/null; then
  echo "FAILED: some requests failed (see $OUT)" >&2
  exit 1
fi
echo "figures in $OUT/summary.txt"

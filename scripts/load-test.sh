#!/usr/bin/env bash
# Load test of the packaged site on loopback with wrk: sustained requests per second and
# p99 latency for the search API and the search page, errors, and heap and RSS before and
# after the run. Bounded: each run lasts DURATION seconds and the script stops the app.
# The search API is run twice: with 20 real queries repeating (answered from the API's
# cache once warm) and with every query different (the cache never helps). Each target
# is warmed up first for WARMUP seconds with its own requests: on 2 cores the JIT takes
# a minute or more to compile the search path, and a shorter warm-up measures the
# compiler rather than the site.
#
#   scripts/load-test.sh                 # build the jar if missing, 60 s per target
#   DURATION=20 scripts/load-test.sh     # shorter
#   JAR=app/target/whatworks-app-1.0.0-SNAPSHOT.jar SKIP_BUILD=1 scripts/load-test.sh
#   APP_ARGS="--server.tomcat.threads.max=32" scripts/load-test.sh   # extra app arguments
#   TARGETS="search-api-unique" scripts/load-test.sh  # only some targets
#
# Needs wrk (apt-get install wrk), curl and a JDK (jcmd). Only ever targets 127.0.0.1.
# The API rate limit is lifted for the run (one client IP sends everything).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60}
WARMUP=${WARMUP:-60}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18089}
HEAP=${HEAP:-512m}
JAR=${JAR:-app/target/whatworks-app-1.0.0-SNAPSHOT.jar}
OUT=${OUT:-target/load-test}
BASE="http://127.0.0.1:${PORT}"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
if [[ ! -f "$JAR" && -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -q -pl app -am package -DskipTests
fi
mkdir -p "$OUT"

java -Xms"$HEAP" -Xmx"$HEAP" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --whatworks.api.rate-limit.enabled=false --logging.level.root=WARN ${APP_ARGS:-} > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { echo "the app did not start; see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "the app did not become healthy" >&2; exit 1; }

# one request script: rotates over real queries; wrk counts answers >= 400 as status errors.
# With UNIQUE=1 each query is made unique by excluding a word that is in no entry: every
# request is a cache miss and a real search, with the same hits as the plain query (an
# extra word to find instead would find nothing and make every search run twice).
cat > "$OUT/queries.lua" <<'LUA'
local queries = { "reading", "mentoring", "feedback", "phonics", "falls", "exercise", "policing",
  "loneliness", "parenting", "employment", "apprenticeships", "street lighting", "homework",
  "early years", "social prescribing", "dementia", "alcohol", "tutoring", "cctv", "broadband" }
local prefix = os.getenv("LOAD_PATH") or "/api/v1/search?q="
local unique = os.getenv("UNIQUE") == "1"
local i = 0
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
request = function()
  i = i + 1
  local path = prefix .. (queries[(i % #queries) + 1]:gsub(" ", "+"))
  if unique then
    path = path .. "+-u" .. tid .. "x" .. i
  end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
LUA

memory() { # heap used after a full GC (MB) and resident set size (MB)
  jcmd "$APP" GC.run >/dev/null 2>&1 || true
  sleep 1
  local heap rss
  heap=$(jcmd "$APP" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); printf "%.0f", v/1024}}')
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP/status")
  echo "heap_mb=${heap:-?} rss_mb=${rss}"
}

busy() { # CPU time used so far: the whole machine, and the app (clock ticks)
  echo "$(awk '/^cpu / {print $2+$3+$4+$7+$8}' /proc/stat) $(awk '{print $14+$15}' "/proc/$APP/stat")"
}

run() { # name path [unique: 1 makes every query a cache miss]
  local name=$1 path=$2 unique=${3:-0}
  UNIQUE=$unique LOAD_PATH=$path wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$OUT/queries.lua" "$BASE" >/dev/null
  echo "$name before: $(memory) load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
  UNIQUE=$unique LOAD_PATH=$path wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s "$OUT/queries.lua" "$BASE" \
    > "$OUT/$name.wrk.txt" &
  local wrk=$! before after
  before=$(busy)
  wait "$wrk"
  after=$(busy)
  echo "$name: $(grep '^RESULT' "$OUT/$name.wrk.txt" | sed 's/^RESULT //')" | tee -a "$OUT/summary.txt"
  # cores busy during the run: all, the app's, and everything else (wrk, the kernel, any
  # other process: more than about 0.3 besides wrk means the machine was not quiet)
  echo "$before $after" | awk -v hz="$(getconf CLK_TCK)" -v d="$DURATION" -v name="$name" '{
    printf "%s cpu: machine %.2f app %.2f rest %.2f cores\n", name, ($3-$1)/hz/d, ($4-$2)/hz/d, (($3-$1)-($4-$2))/hz/d }' \
    | tee -a "$OUT/summary.txt"
  echo "$name after: $(memory) load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
}

: > "$OUT/summary.txt"
echo "load test: ${DURATION}s per target, ${THREADS} threads, ${CONNECTIONS} connections, heap ${HEAP}, $(nproc) cores" \
  | tee -a "$OUT/summary.txt"
TARGETS=${TARGETS:-search-api search-api-unique search-page}
for target in $TARGETS; do
  case $target in
    search-api) run search-api "/api/v1/search?q=" ;;
    search-api-unique) run search-api-unique "/api/v1/search?q=" 1 ;;
    search-page) run search-page "/search?q=" ;;
    *) echo "unknown target $target (search-api, search-api-unique, search-page)" >&2; exit 2 ;;
  esac
done

if grep -E 'socket_errors=[1-9]|non2xx=[1-9]' "$OUT/summary.txt" >/dev/null; then
  echo "FAILED: some requests failed (see $OUT)" >&2
  exit 1
fi
echo "figures in $OUT/summary.txt"

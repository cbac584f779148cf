#!/usr/bin/env bash
# Load test: wrk on 127.0.0.1 against article pages, filtered listings, searches and the JSON API, each over many
# distinct URLs in random order (as a crawler or a class of students would ask), with the output cache on and off,
# beside a baseline measured in the same run: a static HTML file (a saved copy of an article page) served by the
# same Kestrel. The archive is either the seeds plus ARTICLES synthetic articles (the benchmark's corpus), imported
# once through the real import command and kept in WORK for reruns, or a copy of an existing store (STORE).
#
#   tests/load/run.sh                                   # 10,000 articles, 64 connections, 30 s per target
#   ARTICLES=2000 DURATION=10s tests/load/run.sh
#   STORE=/tmp/perfbench/pages.db tests/load/run.sh     # a 100,000-article store, copied, never written
#   URLS=10000 MODES="on off" ...                       # distinct URLs per target; cache modes to run
#
# Prints a table (requests/s, p50, p99, errors, 429s, throughput as a share of the baseline) and writes it as JSON to
# WORK/load.json. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
LOAD=$(pwd)/tests/load

ARTICLES=${ARTICLES:-10000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
URLS=${URLS:-10000}
MODES=${MODES:-on off}
STORE=${STORE:-}
WORK=${WORK:-/tmp/archive-load-${STORE:+$(basename "$STORE" .db)-}$ARTICLES}
WEB=$(pwd)/src/BelarusUsArchive.Web/bin/Release/net10.0/BelarusUsArchive.Web.dll
# The archive runs in its build folder: its appsettings.json (Production's log levels among them) is read from there.
BIN=$(dirname "$WEB")
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

echo "== building (Release)"
dotnet build -c Release -v q -nologo src/BelarusUsArchive.Web >/dev/null
dotnet build -c Release -v q -nologo tests/BelarusUsArchive.Benchmarks >/dev/null

export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
export ConnectionStrings__Archive="Data Source=$WORK/archive.db" Archive__ImportOnStartup=false
# The load comes from one address; the per-client limits would answer most of it with 429.
export Archive__RateLimit__SearchPerMinute=100000000
# Nothing else runs on the machine during a load test: the renderer of kept article pages may take a whole core.
export Archive__KeptPages__RenderShare=1

mkdir -p "$WORK"
if [ ! -f "$WORK/imported" ]; then
  rm -rf "$WORK/corpus" "$WORK"/archive.db*
  if [ -n "$STORE" ]; then
    echo "== copying $STORE"
    cp "$STORE" "$WORK/archive.db"
  else
    echo "== writing $ARTICLES synthetic articles and importing them with the seeds"
    dotnet tests/BelarusUsArchive.Benchmarks/bin/Release/net10.0/BelarusUsArchive.Benchmarks.dll --write-corpus "$WORK/corpus" --articles "$ARTICLES"
    cp seeds/* "$WORK/corpus/"
    start=$(date +%s)
    (cd "$BIN" && dotnet "$WEB" import "$WORK/corpus") > "$WORK/import.log"
    echo "   imported in $(( $(date +%s) - start )) s: $(tail -n 1 "$WORK/import.log")"
  fi
  touch "$WORK/imported"
fi

rm -rf "$WORK/wwwroot" && cp -r src/BelarusUsArchive.Web/wwwroot "$WORK/wwwroot"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null || true' EXIT

start_server() { # $1: output cache seconds (0 = off)
  cd "$BIN"
  Archive__CacheSeconds=$1 dotnet "$WEB" --urls "$BASE" --webroot "$WORK/wwwroot" > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  cd - > /dev/null
  for _ in $(seq 1 600); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "the archive did not start (see $WORK/server-$1.log)"; exit 1
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=; }

start_server 30
echo "== reading $URLS distinct URLs per target from the archive"
python3 "$LOAD/paths.py" "$BASE" "$WORK" "$URLS"
ARTICLES=$(curl -fs "$BASE/api/articles?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
curl -fs "$BASE$(head -n 1 "$WORK/articles.txt")" > "$WORK/wwwroot/baseline.html"
echo "/baseline.html" > "$WORK/baseline.txt"
stop_server

TARGETS=(baseline articles listings search api)
echo "== wrk: $CONNECTIONS connections, $THREADS threads, $DURATION per target, $ARTICLES articles, cache: $MODES"
for mode in $MODES; do
  start_server "$([ "$mode" = on ] && echo 30 || echo 0)"
  # With the cache on, article pages are rendered ahead and kept (README, "Kept article pages"): measure once the
  # renderer has kept them all, as a site that has been up a while serves them (KEPT_WAIT seconds at most).
  [ "$mode" = on ] && python3 "$LOAD/kept.py" "$WORK/archive.db" "${KEPT_WAIT:-7200}"
  # Warm the process (JIT, connection pool, page cache of the store) on URLs the measured runs do not ask for.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$LOAD/distinct.lua" "$BASE" -- "$WORK/warm.txt" > /dev/null
  for target in "${TARGETS[@]}"; do
    [ "$target" = baseline ] && [ "$mode" != "${MODES%% *}" ] && continue
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LOAD/distinct.lua" "$BASE" -- "$WORK/$target.txt" \
      > "$WORK/wrk-$mode-$target.txt"
    echo "   cache $mode, $target: $(grep -h 'Requests/sec' "$WORK/wrk-$mode-$target.txt")"
  done
  stop_server
done

python3 "$LOAD/report.py" "$WORK" "$ARTICLES" "$CONNECTIONS" "$DURATION" "$MODES" "${TARGETS[@]}"

#!/usr/bin/env bash
# Load test: wrk on 127.0.0.1 against the article page, a filtered listing, a search and the JSON API,
# beside a baseline measured in the same run: a static HTML file (a saved copy of the same article page)
# served by the same Kestrel. The archive holds the seeds plus ARTICLES synthetic articles (the
# benchmark's corpus), imported once through the real import command and kept in WORK for reruns.
#
#   tests/load/run.sh                      # 10,000 articles, 64 connections, 30 s per target
#   ARTICLES=2000 DURATION=10s tests/load/run.sh
#
# Prints a table (requests/s, p50, p99, errors, throughput as a share of the baseline) and writes it
# as JSON to WORK/load.json. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-10000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WORK=${WORK:-/tmp/archive-load-$ARTICLES}
WEB=src/BelarusUsArchive.Web/bin/Release/net10.0/BelarusUsArchive.Web.dll
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

echo "== building (Release)"
dotnet build -c Release -v q -nologo src/BelarusUsArchive.Web >/dev/null
dotnet build -c Release -v q -nologo tests/BelarusUsArchive.Benchmarks >/dev/null

export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
export ConnectionStrings__Archive="Data Source=$WORK/archive.db" Archive__ImportOnStartup=false
# The load comes from one address; the per-client limits would answer most of it with 429.
export Archive__RateLimit__SearchPerMinute=100000000

mkdir -p "$WORK"
if [ ! -f "$WORK/imported" ]; then
  echo "== writing $ARTICLES synthetic articles and importing them with the seeds"
  rm -rf "$WORK/corpus" "$WORK"/archive.db*
  dotnet tests/BelarusUsArchive.Benchmarks/bin/Release/net10.0/BelarusUsArchive.Benchmarks.dll --write-corpus "$WORK/corpus" --articles "$ARTICLES"
  cp seeds/* "$WORK/corpus/"
  start=$(date +%s)
  dotnet "$WEB" import "$WORK/corpus" > "$WORK/import.log"
  echo "   imported in $(( $(date +%s) - start )) s: $(tail -n 1 "$WORK/import.log")"
  touch "$WORK/imported"
fi

rm -rf "$WORK/wwwroot" && cp -r src/BelarusUsArchive.Web/wwwroot "$WORK/wwwroot"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
dotnet "$WEB" --urls "$BASE" --webroot "$WORK/wwwroot" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 0.2; done

SLUG=$(curl -fs "$BASE/api/articles?q=Krauchenka&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
PERSON=$(curl -fs "$BASE/api/people?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
curl -fs "$BASE/articles/$SLUG" > "$WORK/wwwroot/baseline.html"

declare -A TARGETS=(
  [baseline]="/baseline.html"
  [article]="/articles/$SLUG"
  [listing]="/articles?year=2019&person=$PERSON"
  [search]="/search?q=sanctions"
  [api]="/api/articles?year=2019&person=$PERSON"
)
ORDER=(baseline article listing search api)

echo "== wrk: $CONNECTIONS connections, $THREADS threads, $DURATION per target, $ARTICLES synthetic articles + seeds"
for name in "${ORDER[@]}"; do
  curl -fs -o /dev/null "$BASE${TARGETS[$name]}"   # warm: first render, caches
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE${TARGETS[$name]}" > "$WORK/wrk-$name.txt"
done

python3 - "$WORK" "$ARTICLES" "$CONNECTIONS" "$DURATION" "${ORDER[@]}" <<'PY'
import json, re, sys
work, articles, connections, duration, *names = sys.argv[1:]
def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rows = []
for name in names:
    out = open(f"{work}/wrk-{name}.txt").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    sock = sum(map(int, m.groups())) if (m := re.search(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)) else 0
    rows.append({"target": name, "requestsPerSecond": rps, "p50Ms": p50, "p99Ms": p99, "errors": non2xx + sock})
base = rows[0]["requestsPerSecond"]
print(f"{'target':<10} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs static':>9}")
for r in rows:
    r["shareOfBaseline"] = round(r["requestsPerSecond"] / base, 3)
    print(f"{r['target']:<10} {r['requestsPerSecond']:>9.0f} {r['p50Ms']:>8.2f} {r['p99Ms']:>8.2f} {r['errors']:>7} {r['shareOfBaseline']:>8.0%}")
article = next(r for r in rows if r["target"] == "article")
goals = {"zeroErrors": all(r["errors"] == 0 for r in rows), "articleP99Under50Ms": article["p99Ms"] < 50,
         "articleAtLeast25PercentOfStatic": article["shareOfBaseline"] >= 0.25}
print("goals:", ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in goals.items()))
json.dump({"articles": int(articles), "connections": int(connections), "duration": duration, "rows": rows, "goals": goals},
          open(f"{work}/load.json", "w"), indent=2)
print(f"wrote {work}/load.json")
PY

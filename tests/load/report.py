"""Reads WORK/wrk-MODE-TARGET.txt files and prints and writes the load table (WORK/load.json).

    python3 report.py WORK ARTICLES CONNECTIONS DURATION "MODES" TARGET...
"""
import json
import re
import sys

work, articles, connections, duration, modes, *targets = sys.argv[1:]


def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def row(mode, target):
    out = open(f"{work}/wrk-{mode}-{target}.txt").read()
    statuses = json.loads(m.group(1)) if (m := re.search(r"^statuses (\{.*\})$", out, re.M)) else {}
    socket = sum(map(int, m.groups())) if (m := re.search(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)) else 0
    shed = statuses.get("429", 0) + statuses.get("503", 0)
    bad = sum(n for s, n in statuses.items() if not s.startswith("2") and s not in ("429", "503"))
    return {"cache": mode, "target": target,
            "urls": sum(1 for line in open(f"{work}/{target}.txt") if line.strip()) if target != "baseline" else 1,
            "requestsPerSecond": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50Ms": ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
            "p99Ms": ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
            "errors": bad + socket, "shed": shed}


rows = [row(mode, t) for mode in modes.split() for t in targets if t != "baseline" or mode == modes.split()[0]]
base = rows[0]["requestsPerSecond"]
print(f"{'cache':<6} {'target':<9} {'URLs':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'429/503':>8} {'vs static':>9}")
for r in rows:
    r["shareOfBaseline"] = round(r["requestsPerSecond"] / base, 3)
    print(f"{r['cache']:<6} {r['target']:<9} {r['urls']:>6} {r['requestsPerSecond']:>8.0f} {r['p50Ms']:>8.1f} {r['p99Ms']:>8.1f}"
          f" {r['errors']:>7} {r['shed']:>8} {r['shareOfBaseline']:>8.0%}")
pages = [r for r in rows if r["target"] in ("articles", "listings", "api")]
goals = {f"{r['cache']} {r['target']}": r["errors"] == 0 and r["p99Ms"] < 50 and r["shareOfBaseline"] >= 0.25
         for r in pages if r["cache"] == "on"}
print("goals (cache on: no errors, p99 < 50 ms, at least 25% of the static copy):",
      ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in goals.items()))
json.dump({"articles": int(articles), "connections": int(connections), "duration": duration, "rows": rows, "goals": goals},
          open(f"{work}/load.json", "w"), indent=2)
print(f"wrote {work}/load.json")

"""CPU time per request by page kind, the steady figure on a shared machine where wall-clock times follow the load.

Asks a running archive (its process id and base URL) for each kind's distinct URLs, one at a time, and reads the
process's CPU time (user + system, /proc/PID/stat) before and after; the URLs come from the store it serves (read-only).
Run it twice and read the second round (the first pays the JIT), with the output cache off, and on a store whose
related-reading lists are current (`DELETE FROM RelatedStale` on a copy grown by the benchmark), or the background
weighing is counted too. Two builds served from one store side by side give a before-and-after in one sitting.

    python3 tests/load/cpu.py PID BASE_URL STORE.db [kind,kind,...]
"""
import os, random, sqlite3, sys, time, urllib.request, urllib.parse, json
pid, base, db = int(sys.argv[1]), sys.argv[2], sys.argv[3]
only = sys.argv[4].split(",") if len(sys.argv) > 4 else None
tick = os.sysconf("SC_CLK_TCK")
def cpu():
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
def col(sql): return [r[0] for r in c.execute(sql)]
random.seed(3)
q = urllib.parse.quote
arts = col("select Slug from Articles order by random() limit 60")
years = col("select distinct cast(strftime('%Y', PublishedStart) as integer) from Articles where PublishedStart is not null")
outlets = col("select Slug from Outlets"); authors = col("select Slug from Authors")
people = col("select p.Slug from People p join PersonStats s on s.PersonId=p.Id order by s.Articles desc limit 30")
events = col("select Slug from Events order by random() limit 40")
n = int(col("select count(*) from Articles")[0])
R = random.choice
kinds = {
 "home": ["/"] * 5,
 "listing-page": [f"/articles?page={random.randint(1, n // 20)}" for _ in range(30)],
 "listing-year": [f"/articles?year={y}" for y in years][:30],
 "listing-year-person": [f"/articles?year={R(years)}&person={q(R(people))}" for _ in range(30)],
 "listing-outlet-year": [f"/articles?outlet={q(R(outlets))}&year={R(years)}" for _ in range(30)],
 "listing-author": [f"/articles?author={q(a)}" for a in authors][:30],
 "listing-outlet": [f"/articles?outlet={q(o)}" for o in outlets][:30],
 "listing-range": [f"/articles?from={y}-03&to={y+1}-06" for y in years][:30],
 "listing-person-range": [f"/articles?person={q(R(people))}&from={y}&to={y+1}" for y in years][:20],
 "article": [f"/articles/{s}" for s in arts],
 "person-top": [f"/people/{people[0]}?page={p}" for p in range(1, 11)],
 "person": [f"/people/{p}" for p in people[1:25]],
 "author": [f"/authors/{a}" for a in authors][:25],
 "outlet": [f"/outlets/{o}" for o in outlets][:25],
 "events": [f"/events?year={y}" for y in years][:25],
 "event": [f"/events/{e}" for e in events],
 "timeline": [f"/timeline?from={y}&to={y}" for y in years][:20] + ["/timeline"],
 "network": ["/people/network"] * 5,
 "search": [f"/search?q={q(w)}" for w in ["sanctions", "minsk", "lukashenka", "embassy", "\"foreign ministry\"", "sanction*", "washington", "opposition"]],
 "api-search": [f"/api/search?q={q(w)}" for w in ["sanctions", "minsk", "embassy", "sanction*", "washington"]],
 "api-articles": [f"/api/articles?year={R(years)}&person={q(R(people))}" for _ in range(20)],
}
out = {}
for kind, urls in kinds.items():
    if only and kind not in only: continue
    urls = list(dict.fromkeys(urls)) if kind not in ("home", "network") else urls
    bad = 0; walls = []
    try: urllib.request.urlopen(base + urls[0], timeout=120).read()
    except Exception: pass
    t0 = cpu()
    for u in urls:
        w = time.time()
        try:
            r = urllib.request.urlopen(base + u, timeout=120); r.read()
        except urllib.error.HTTPError as e:
            bad += 1
        walls.append((time.time() - w) * 1000)
    per = (cpu() - t0) * 1000 / len(urls)
    walls.sort()
    out[kind] = per
    print(f"{kind:22} {len(urls):3} urls  cpu/req {per:7.1f} ms   wall p50 {walls[len(walls)//2]:7.0f}  max {walls[-1]:7.0f}  errors {bad}", flush=True)

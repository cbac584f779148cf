"""Writes the URL lists the load test asks for, read from a running archive through its JSON API:
articles.txt (article pages, up to URLS distinct slugs from random listing pages), listings.txt (filtered and deep
listings), search.txt (searches for words of the titles seen), api.txt (the API twins of articles and listings) and
warm.txt (200 other article pages to warm the process on).

    python3 paths.py BASE_URL OUT_DIR URLS
"""
import json
import random
import sys
import urllib.parse
import urllib.request

base, out, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(7)


def get(path):
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return json.load(response)


def write(name, paths):
    paths = list(dict.fromkeys(paths))
    random.shuffle(paths)
    with open(f"{out}/{name}", "w") as f:
        f.write("\n".join(paths[:wanted]) + "\n")
    print(f"   {name}: {min(len(paths), wanted)} distinct paths")


first = get("/api/articles?pageSize=100")
facets = first["facets"]
pages = max(1, -(-first["total"] // 100))
slugs, titles = [], []
warm = 200  # article pages to warm the process on, asked for by no measured run
for page in random.sample(range(1, pages + 1), min(pages, max(1, (wanted + warm) // 100 + 5))):
    for item in get(f"/api/articles?pageSize=100&page={page}")["items"]:
        slugs.append(item["slug"])
        titles.append(item["title"])
    if len(set(slugs)) >= wanted + warm:
        break
slugs = list(dict.fromkeys(slugs))
slugs, warm_slugs = slugs[:-warm] if len(slugs) > warm else slugs, slugs[-warm:]

years = [f["value"] for f in facets["years"]]
people = [f["value"] for f in facets["people"]]
outlets = [f["value"] for f in facets["outlets"]]
authors = [f["value"] for f in facets["authors"]]
q = urllib.parse.quote
listings = [f"/articles?year={y}&person={q(p)}" for y in years for p in people]
listings += [f"/articles?outlet={q(o)}&year={y}" for o in outlets for y in years]
listings += [f"/articles?author={q(a)}" for a in authors]
listings += [f"/articles?page={n}" for n in range(1, pages + 1)]
words = sorted({w.strip(".,:;!?\"'()").lower() for t in titles for w in t.split() if len(w) > 3 and w.isalpha()})

write("warm.txt", [f"/articles/{s}" for s in warm_slugs])
write("articles.txt", [f"/articles/{s}" for s in slugs])
write("listings.txt", listings)
write("search.txt", [f"/search?q={q(w)}" for w in words])
write("api.txt", [f"/api/articles/{s}" for s in slugs[: wanted // 2]]
      + [f"/api/articles?year={y}&person={q(p)}" for y in years for p in people])

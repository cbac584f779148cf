"""Waits until the running archive has kept every article page (README, "Kept article pages"), printing progress.

    python3 kept.py STORE.db MAX_SECONDS
"""
import sqlite3
import sys
import time

store, limit = sys.argv[1], float(sys.argv[2])
start = time.time()
while True:
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=30)
    # An article whose related-reading list is being weighed again is rendered once it is weighed.
    articles = db.execute('SELECT count(*) FROM "Articles" WHERE "Id" NOT IN (SELECT "ArticleId" FROM "RelatedStale")').fetchone()[0]
    kept = db.execute('SELECT count(*) FROM "KeptArticlePages" WHERE "Html" IS NOT NULL').fetchone()[0]
    db.close()
    waited = time.time() - start
    if kept >= articles or waited > limit:
        print(f"   kept article pages: {kept} of {articles} after {waited:.0f} s")
        break
    print(f"   kept article pages: {kept} of {articles} ({waited:.0f} s)", flush=True)
    time.sleep(30)

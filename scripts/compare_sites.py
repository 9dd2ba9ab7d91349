"""Compare two rendered sites page by page, as a reader sees them.

    python scripts/compare_sites.py BEFORE_SITE AFTER_SITE

For every page: the visible text of its <article> (white space included), every link's
href, title, class and aria-label, every date's datetime and title, and the ids of its
elements must be equal; differences in the element tree (tags, classes, attribute names)
are counted and listed, not failed. Exit status 1 when a page differs in what a reader
sees. Used to check that a change of markup (raw HTML blocks instead of Markdown) shows
the same site, in both URL styles.
"""

import collections
import difflib
import sys
from pathlib import Path

from bs4 import BeautifulSoup

def page(path):
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    art = soup.find("article") or soup
    text = art.get_text()
    links = [(a.get("href"), a.get("title"), " ".join(a.get("class") or []), a.get("aria-label")) for a in art.find_all("a")]
    times = [(t.get("datetime"), t.get("title")) for t in art.find_all("time")]
    tags = collections.Counter(
        (t.name, " ".join(t.get("class") or []), tuple(sorted(k for k in t.attrs if k != "class"))) for t in art.find_all(True))
    ids = sorted(t.get("id") for t in art.find_all(id=True))
    return text, links, times, tags, ids

a, b = Path(sys.argv[1]), Path(sys.argv[2])
pa = sorted(p.relative_to(a) for p in a.rglob("*.html"))
pb = sorted(p.relative_to(b) for p in b.rglob("*.html"))
bad = 0
if pa != pb:
    print("page sets differ:", set(pa) ^ set(pb)); bad += 1
tagdiff = collections.Counter()
for rel in pa:
    if not (b / rel).exists(): continue
    ta, la, tma, ga, ia = page(a / rel)
    tb, lb, tmb, gb, ib = page(b / rel)
    if ta != tb:
        bad += 1
        print("TEXT", rel); print("".join(list(difflib.unified_diff(ta.splitlines(True), tb.splitlines(True), n=0))[:12]))
    if la != lb:
        bad += 1
        print("LINKS", rel, [x for x in la if x not in lb][:3], [x for x in lb if x not in la][:3], len(la), len(lb))
    if tma != tmb:
        bad += 1; print("TIMES", rel)
    if ia != ib:
        bad += 1; print("IDS", rel, set(ia) ^ set(ib))
    for k in set(ga) | set(gb):
        if ga[k] != gb[k]:
            tagdiff[(k, "removed" if ga[k] > gb[k] else "added")] += abs(ga[k] - gb[k])
print(f"{len(pa)} pages, {bad} differences in text/links/times/ids")
for (k, how), n in sorted(tagdiff.items(), key=lambda x: -x[1])[:40]:
    print("  tag", how, n, k)
sys.exit(1 if bad else 0)

"""Compare two rendered sites page by page, as a reader sees them.

    python scripts/compare_sites.py BEFORE_SITE AFTER_SITE

For every page: the visible text of its <article> (white space included), every link's
href, title, class and aria-label, every date's datetime and title, and the ids of its
elements must be equal; differences in the element tree (tags, classes, attribute names)
are counted and listed, not failed. Exit status 1 when a page differs in what a reader
sees. Used to check that a change of markup (raw HTML blocks instead of Markdown) shows
the same site, in both URL styles.
"""

from __future__ import annotations

import collections
import difflib
import sys
from pathlib import Path

from bs4 import BeautifulSoup

Tag = tuple[str, str, tuple[str, ...]]


def seen(path: Path) -> tuple[str, list[tuple[object, ...]], list[tuple[object, ...]], collections.Counter[Tag], list[str]]:
    """What a reader meets in the page's article: its text, links, dates, element kinds, ids."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    article = soup.find("article") or soup
    links = [(a.get("href"), a.get("title"), " ".join(a.get("class") or []), a.get("aria-label")) for a in article.find_all("a")]
    times = [(t.get("datetime"), t.get("title")) for t in article.find_all("time")]
    tags = collections.Counter(
        (t.name, " ".join(t.get("class") or []), tuple(sorted(k for k in t.attrs if k != "class"))) for t in article.find_all(True)
    )
    ids = sorted(str(t.get("id")) for t in article.find_all(id=True))
    return article.get_text(), links, times, tags, ids


def main() -> int:
    a, b = Path(sys.argv[1]), Path(sys.argv[2])
    pages_a = sorted(p.relative_to(a) for p in a.rglob("*.html"))
    pages_b = sorted(p.relative_to(b) for p in b.rglob("*.html"))
    bad = 0
    if pages_a != pages_b:
        print("page sets differ:", sorted(map(str, set(pages_a) ^ set(pages_b))))
        bad += 1
    changed: collections.Counter[tuple[Tag, str]] = collections.Counter()
    for rel in pages_a:
        if not (b / rel).exists():
            continue
        text_a, links_a, times_a, tags_a, ids_a = seen(a / rel)
        text_b, links_b, times_b, tags_b, ids_b = seen(b / rel)
        if text_a != text_b:
            bad += 1
            print("TEXT", rel, "".join(list(difflib.unified_diff(text_a.splitlines(True), text_b.splitlines(True), n=0))[:12]))
        if links_a != links_b:
            bad += 1
            print("LINKS", rel, [x for x in links_a if x not in links_b][:3], [x for x in links_b if x not in links_a][:3])
        if times_a != times_b:
            bad += 1
            print("TIMES", rel)
        if ids_a != ids_b:
            bad += 1
            print("IDS", rel, set(ids_a) ^ set(ids_b))
        for tag in set(tags_a) | set(tags_b):
            if tags_a[tag] != tags_b[tag]:
                changed[(tag, "removed" if tags_a[tag] > tags_b[tag] else "added")] += abs(tags_a[tag] - tags_b[tag])
    print(f"{len(pages_a)} pages, {bad} differences in text, links, dates or ids")
    for (tag, how), n in sorted(changed.items(), key=lambda x: -x[1]):
        print(f"  element {how} {n} times: {tag}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""Offline bundle in Chromium from file://: how long a page takes to open, and how long
after a query is typed the first search results show.

    python bench/offline_search.py SITE_DIR [--query WORD] [--pages 5]

SITE_DIR is an offline build (`mkdocs build -f mkdocs.offline.yml`, with
`scripts/pack_offline.py` run on it). Every request that is not file:// is refused and
counted. Prints, per page opened: the load time, and whether any of the search index was
loaded before search was opened (the whole `search_index.js` of a bundle without the
chunked index, or any file under `search/offline/`); then, for the first search of the
first pages (one query each, `--query` a comma-separated list used in turn):
milliseconds from the last key typed to the first result shown, and the megabytes of
index loaded for it. Figures are printed, never asserted.
Debian's chromium, headless (never a downloaded browser).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


def _index_file(url: str) -> Path | None:
    """The file of the search index a file:// request loads, if it is one (the inlined
    index, bigger than its configuration alone, or a file of the chunked index)."""
    path = Path(url.split("?")[0].removeprefix("file://"))
    if "/search/offline/" in url or (path.name == "search_index.js" and path.stat().st_size > 10_000):
        return path
    return None


def _router(index_requests: list[Path], external: list[str]) -> Callable[[Any], None]:
    """A route handler: refuses and records every request that is not file://, records
    the search index's files requested."""

    def route(r: Any) -> None:
        if not r.request.url.startswith("file://"):
            external.append(r.request.url)
            r.abort()
            return
        found = _index_file(r.request.url)
        if found:
            index_requests.append(found)
        r.continue_()

    return route


def measure(site: Path, query: str, pages: int) -> dict[str, object]:
    """Open `pages` source pages (spread over the site's list), then search once on each
    of the first two (the queries of `query`, comma-separated, in turn); returns the
    figures (ms, MB)."""
    from playwright.sync_api import sync_playwright

    sources = sorted((site / "sources").glob("*.html"))
    sources = [p for p in sources if not p.name.startswith(("index", "page-"))]
    chosen = [sources[i * (len(sources) - 1) // max(pages - 1, 1)] for i in range(pages)]
    queries = query.split(",")
    loads, first_results, index_early, external, index_mb = [], [], 0, [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS, headless=True)
        for n, page_file in enumerate(chosen):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            index_requests: list[Path] = []

            context.route("**/*", _router(index_requests, external))
            page = context.new_page()
            t = time.perf_counter()
            page.goto(page_file.as_uri(), wait_until="load")
            loads.append((time.perf_counter() - t) * 1000)
            page.wait_for_timeout(300)  # what a page does in its first moments after load
            index_early += bool(index_requests)
            if n < 2:
                box = page.locator("input.md-search__input")
                box.click()
                box.press_sequentially(queries[n % len(queries)])
                t = time.perf_counter()
                page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
                first_results.append((time.perf_counter() - t) * 1000)
                index_mb.append(round(sum(f.stat().st_size for f in set(index_requests)) / 1e6, 2))
            context.close()
        browser.close()
    return {
        "pages": len(chosen), "load_ms": [round(x) for x in loads], "load_median_ms": round(statistics.median(loads)),
        "index_loaded_before_search": index_early, "queries": queries[:2],
        "first_results_ms": [round(x) for x in first_results], "index_mb_loaded_for_it": index_mb,
        "index_mb": round(sum(f.stat().st_size for f in (site / "search").rglob("*.js")) / 1e6, 2),
        "external_requests": len(external),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", default="election,co")
    parser.add_argument("--pages", type=int, default=5)
    args = parser.parse_args()
    load = os.getloadavg()
    result = measure(args.site, args.query, args.pages)
    print(json.dumps({**result, "load_average": [round(x, 2) for x in load]}))


if __name__ == "__main__":
    main()

"""Offline bundle in Chromium from file://: how long a page takes to open, and how long
after a query is typed the first search results show.

    python bench/offline_search.py SITE_DIR [--query WORD] [--pages 5]

SITE_DIR is an offline build (`mkdocs build -f mkdocs.offline.yml`, with
`scripts/pack_offline.py` run on it). Every request that is not file:// is refused and
counted. Prints, per page opened: the load time, and whether the search index was loaded
before search was opened; then, for the first search of a page: milliseconds from the
last key typed to the first result shown. Figures are printed, never asserted.
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


def _router(index_requests: list[float], external: list[str]) -> Callable[[Any], None]:
    """A route handler: refuses and records every request that is not file://, records
    when the search index is requested."""

    def route(r: Any) -> None:
        if not r.request.url.startswith("file://"):
            external.append(r.request.url)
            r.abort()
            return
        if "search_index" in r.request.url:
            index_requests.append(time.perf_counter())
        r.continue_()

    return route


def measure(site: Path, query: str, pages: int) -> dict[str, object]:
    """Open `pages` source pages (spread over the site's list), then search once on each
    of the first two; returns the figures (ms)."""
    from playwright.sync_api import sync_playwright

    sources = sorted((site / "sources").glob("*.html"))
    sources = [p for p in sources if not p.name.startswith(("index", "page-"))]
    chosen = [sources[i * (len(sources) - 1) // max(pages - 1, 1)] for i in range(pages)]
    loads, first_results, index_early, external = [], [], 0, []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS, headless=True)
        for n, page_file in enumerate(chosen):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            index_requests: list[float] = []

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
                box.press_sequentially(query)
                t = time.perf_counter()
                page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
                first_results.append((time.perf_counter() - t) * 1000)
            context.close()
        browser.close()
    return {
        "pages": len(chosen), "load_ms": [round(x) for x in loads], "load_median_ms": round(statistics.median(loads)),
        "index_loaded_before_search": index_early, "first_results_ms": [round(x) for x in first_results],
        "index_mb": round(sum(f.stat().st_size for f in (site / "search").glob("search_index.js")) / 1e6, 2),
        "external_requests": len(external),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", default="election")
    parser.add_argument("--pages", type=int, default=5)
    args = parser.parse_args()
    load = os.getloadavg()
    result = measure(args.site, args.query, args.pages)
    print(json.dumps({**result, "load_average": [round(x, 2) for x in load]}))


if __name__ == "__main__":
    main()

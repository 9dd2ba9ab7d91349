"""Accent folding in Chromium, at demo size: the demo with one hand-written page holding
"São Paulo" and "Zürich", hosted (served over HTTP: the theme's lunr worker with the
`dossier-search-fold` prefix) and as the offline bundle from file:// (its own worker).
Typing the names without accents finds the page; the teaser shows them as written."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from conftest import ROOT, mkdocs_build, mkdocs_config

pytestmark = pytest.mark.browser

NOTES = "# Field notes\n\nDockers struck in São Paulo and Zürich; Núñez spoke for them.\n"


@pytest.fixture(scope="module")
def accented(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's docs with a hand-written page of accented names."""
    docs = tmp_path_factory.mktemp("fold") / "docs"
    shutil.copytree(demo, docs)
    (docs / "field-notes.md").write_text(NOTES, encoding="utf-8")
    return docs


@pytest.fixture(scope="module")
def hosted_fold(accented: Path) -> Iterator[str]:
    tmp = accented.parent
    result = mkdocs_build(mkdocs_config(tmp, accented, tmp / "site"))
    assert result.returncode == 0, result.stderr[-2000:]
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp / "site"))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="module")
def offline_fold(accented: Path) -> Path:
    tmp = accented.parent
    result = subprocess.run(
        ["make", "-s", "offline", f"DOCS={accented}", f"DIST={tmp / 'dist'}", f"OFFLINE_DIR={tmp / 'build'}"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (bundle,) = (tmp / "dist").glob("*-offline.zip")
    with zipfile.ZipFile(bundle) as z:
        z.extractall(tmp / "unpacked")
    (folder,) = (tmp / "unpacked").iterdir()
    return folder


def results_for(page: Page, query: str) -> tuple[list[str], str]:
    """The addresses the search box lists for `query`, and the first result's text."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query)
    page.locator(".md-search-result__item a[href*='field-notes']").first.wait_for(timeout=15_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.getAttribute('href'))")
    text = page.locator(".md-search-result__item a[href*='field-notes'] article").first.inner_text()
    return hrefs, text


@pytest.mark.parametrize("query", ["Sao Paulo", "Zurich", "nunez"])
def test_hosted_search_finds_names_typed_without_accents(browser: Browser, hosted_fold: str, query: str) -> None:  # noqa: F811
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(hosted_fold)
    hrefs, text = results_for(page, query)
    assert any("field-notes" in h for h in hrefs)
    assert "São Paulo" in text and "Zürich" in text  # shown as written
    assert errors == []
    page.close()


@pytest.mark.parametrize("query", ["Sao Paulo", "Zurich"])
def test_offline_search_finds_names_typed_without_accents(browser: Browser, offline_fold: Path, query: str) -> None:  # noqa: F811
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page.goto((offline_fold / "index.html").as_uri())
    hrefs, text = results_for(page, query)
    assert any("field-notes" in h for h in hrefs)
    assert "São Paulo" in text
    page.close()

"""The site in a real browser (Playwright driving Debian's Chromium, never a downloaded one).

Hosted style: the demo served on localhost with directory URLs. Offline: the zip that
`make offline` packs, unpacked and opened from file:// with every non-file request
blocked and counted. Both walk a reader's path: home -> source -> highlighted name ->
profile -> mention -> the exact paragraph, the timeline, and search. Screenshots of a
source page, a profile and the timeline go to tests/artifacts/ for review.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from conftest import ROOT, SEEDS, mkdocs_build, mkdocs_config, run_builder

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "artifacts"
KINDS = ["person", "party", "organisation", "place"]


@pytest.fixture(scope="module")
def hosted(demo_site: Path) -> Iterator[str]:
    """The demo site served over HTTP on a free local port."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(demo_site))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="module")
def offline(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make offline` on the demo docs, unpacked; returns the bundle's top-level folder."""
    tmp = tmp_path_factory.mktemp("offline")
    docs = tmp / "docs"
    shutil.copytree(demo, docs)
    result = subprocess.run(
        ["make", "-s", "offline", f"DOCS={docs}", f"DIST={tmp / 'dist'}", f"OFFLINE_DIR={tmp / 'build'}"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    zips = list((tmp / "dist").glob("*-offline.zip"))
    assert [z.name for z in zips] == ["cambodia-2013-an-annotated-dossier-offline.zip"]  # named from seeds/dossier.yml
    with zipfile.ZipFile(zips[0]) as z:
        tops = {n.split("/")[0] for n in z.namelist()}
        assert len(tops) == 1 and f"{tops.pop()}/index.html" in z.namelist()
        z.extractall(tmp / "unpacked")
    (folder,) = (tmp / "unpacked").iterdir()
    return folder


class Reader:
    """A page that records script errors and every request that leaves file:// or localhost."""

    def __init__(self, browser: Browser, allowed: str, color_scheme: str = "light") -> None:
        self.context = browser.new_context(color_scheme=color_scheme, viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.external: list[str] = []

        def route(r):  # type: ignore[no-untyped-def]
            if r.request.url.startswith(allowed):
                r.continue_()
            else:
                self.external.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)
        self.page: Page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def close(self) -> None:
        self.context.close()


def in_view(page: Page, selector: str) -> bool:
    return bool(page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.top >= 0 && r.top < window.innerHeight; }""", selector))


def walk(page: Page, start: str, shots: str | None = None) -> None:
    """Home -> Sources -> a source -> a highlighted person -> the profile -> a mention -> the paragraph."""
    page.goto(start)
    assert page.locator("h1").count() == 1, "the home page has one heading"
    assert page.title().strip(), "the home page has a title"
    page.get_by_role("link", name="Sources", exact=True).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text().startswith("Sources")
    page.locator("table a[href*='sources/']").first.click() if page.locator("table a[href*='sources/']").count() \
        else page.locator("article table a").first.click()
    page.wait_for_load_state()
    source_url = page.url
    assert page.locator("p.para").count() > 5
    if shots:
        page.screenshot(path=str(ARTIFACTS / f"{shots}-source.png"), full_page=False)
    person = page.locator("p.para a.entity-person").first
    name = person.inner_text()
    person.click()
    page.wait_for_load_state()
    assert "/people/" in page.url
    heading = page.locator("h1").first.inner_text()
    assert name.split()[-1].rstrip("’'s") in heading or heading.split()[-1] in name
    if shots:
        page.screenshot(path=str(ARTIFACTS / f"{shots}-profile.png"), full_page=False)
    mention = page.locator("a[href*='#p-']").last
    href = mention.get_attribute("href") or ""
    anchor = href.split("#")[1]
    mention.click()
    page.wait_for_load_state()
    page.wait_for_function("a => location.hash === '#' + a", arg=anchor)
    assert "/sources/" in page.url and page.url.endswith(f"#{anchor}")
    assert in_view(page, f"#{anchor}"), "the cited paragraph is not scrolled into view"
    assert page.evaluate("a => document.querySelector(':target')?.id === a", anchor)
    assert re.search(r"/sources/[^/#]+(\.html|/)$", source_url), f"the walk's first page is not a source page: {source_url}"
    page.get_by_role("link", name="Timeline", exact=True).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text().startswith("Timeline")
    assert page.locator(".event").count() > 20
    if shots:
        page.screenshot(path=str(ARTIFACTS / f"{shots}-timeline.png"), full_page=False)


def search(page: Page, query: str, expect: str) -> None:
    """Type a name into the search box and open the result that is its profile."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10_000)
    target = page.locator(f".md-search-result__item a[href*='{expect}']").first
    target.click()
    page.wait_for_load_state()
    assert expect in page.url
    assert query in page.locator("h1").first.inner_text()


def test_hosted_reader_path_search_and_tooltips(browser: Browser, hosted: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    reader = Reader(browser, hosted)
    page = reader.page
    walk(page, hosted, shots="hosted")
    page.goto(hosted)
    search(page, "Sam Rainsy", "people/sam-rainsy")
    page.goto(hosted + "sources/")
    page.locator("article table a").first.click()
    page.wait_for_load_state()
    entity = page.locator("p.para a.entity").first
    summary = entity.get_attribute("title") or ""
    entity.hover()
    tooltip = page.locator("#dossier-tip:not([hidden])")
    tooltip.wait_for(timeout=5_000)
    assert tooltip.inner_text() == summary and summary
    assert entity.get_attribute("aria-describedby") == "dossier-tip"
    assert entity.get_attribute("title") is None  # held aside: no second, native tooltip over it
    page.mouse.move(0, 0)
    page.wait_for_function("() => document.getElementById('dossier-tip').hidden", timeout=5_000)
    assert entity.get_attribute("title") == summary  # given back when the tooltip goes
    assert reader.errors == []
    assert reader.external == []
    reader.close()


def test_offline_bundle_works_with_network_blocked(browser: Browser, offline: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    reader = Reader(browser, "file://")
    page = reader.page
    home = (offline / "index.html").as_uri()
    walk(page, home, shots="offline")
    page.goto(home)
    search(page, "Sam Rainsy", "people/sam-rainsy")
    # every navigation link of the home page opens a page
    page.goto(home)
    hrefs = page.eval_on_selector_all("nav.md-nav--primary a.md-nav__link[href]", "els => els.map(e => e.href)")
    assert len(hrefs) >= 8
    for href in hrefs:
        page.goto(href)
        assert page.locator("h1").count() == 1, href
    # every entity link and paragraph link on every source page resolves to a file that exists
    checked = 0
    for html in sorted((offline / "sources").glob("*.html")):
        page.goto(html.as_uri())
        for href in page.eval_on_selector_all("a.entity, a.pnum", "els => els.map(e => e.href)"):
            path, _, fragment = href.partition("#")
            assert Path(path.removeprefix("file://")).exists(), href
            if fragment and path == html.as_uri():
                assert page.locator(f"[id='{fragment}']").count() == 1, href
            checked += 1
    assert checked > 200
    assert reader.errors == []
    assert reader.external == [], f"{len(reader.external)} requests left the machine: {reader.external[:5]}"
    reader.close()


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple[int, int, int], bg: tuple[int, int, int]) -> float:
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rgb(css: str) -> tuple[int, int, int]:
    r, g, b = (int(float(x)) for x in re.findall(r"[\d.]+", css)[:3])
    return r, g, b


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlights_keep_contrast_in_both_palettes(browser: Browser, hosted: str, scheme: str) -> None:
    reader = Reader(browser, hosted, color_scheme=scheme)
    page = reader.page
    page.goto(hosted + "sources/")
    page.locator("article table a").first.click()
    page.wait_for_load_state()
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    ratios = {}
    for kind in [*KINDS, "date"]:
        selector = "p.para time" if kind == "date" else f"p.para a.entity-{kind}"
        colours = page.eval_on_selector(selector, "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
        ratios[kind] = contrast(rgb(colours[0]), rgb(colours[1]))
    print(scheme, {k: round(v, 2) for k, v in ratios.items()})
    assert all(v >= 4.5 for v in ratios.values()), ratios
    reader.close()


def test_offline_search_loads_only_the_shards_its_words_need(browser: Browser, offline: Path) -> None:
    """A page of the offline bundle opens without loading any of the search index (at ten
    thousand sources, tens of megabytes); typing a query loads the index's small meta
    file and only the shards of terms that start as the query's word does (never the
    whole index: search_index.js holds the configuration only), and finds a word only a
    source's text holds, on source pages only (the index holds nothing generated from it)."""
    reader = Reader(browser, "file://")
    page = reader.page
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url.split("?")[0]) if "/search/" in r.url else None)
    source = sorted((offline / "sources").glob("2013-*.html"))[0]
    page.goto(source.as_uri(), wait_until="load")
    page.wait_for_timeout(1_000)
    assert not [u for u in loaded if "/search/offline/" in u], "the search index was loaded before search was opened"
    assert (offline / "search" / "search_index.js").stat().st_size < 1_000
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("usher")  # a word only a source's text holds
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    shards = {u.rsplit("/", 1)[1] for u in loaded if "/search/offline/t/" in u}
    keys = {"".join(chr(int(c, 16)) for c in name.removesuffix(".js").split("-")) for name in shards}
    assert keys and all("usher".startswith(k) or k.startswith("us") for k in keys), keys
    assert len(shards) < len(list((offline / "search" / "offline" / "t").iterdir())) / 4
    assert sum(u.endswith("/search/offline/meta.js") for u in loaded) == 1
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.getAttribute('href'))")
    assert hrefs and all("sources/" in h for h in hrefs), hrefs
    assert page.locator(".md-search-result__item mark").first.inner_text().lower() == "usher"
    assert reader.errors == []
    assert reader.external == []
    reader.close()


def dates_explain_themselves(page: Page, source_url: str) -> None:
    """Every marked date has its calendar reading and precision as its title; hovering it
    or reaching it with the keyboard shows that reading in a tooltip the date names as
    its description (aria-describedby), and the paragraph's text stays exactly the source's."""
    page.goto(source_url)
    page.wait_for_load_state()
    dates = page.locator("p.para time")
    assert dates.count() >= 3
    for title in dates.evaluate_all("ts => ts.map(t => t.getAttribute('title'))"):
        assert re.fullmatch(r"(?:[A-Z]\w+day )?.*\d{4}.* \((?:to the (?:day|week|month|year)|a period)\)", title or ""), title
    date = dates.first
    title = date.get_attribute("title")
    paragraph = date.evaluate("t => t.closest('p').id")
    text_before = page.evaluate("id => document.getElementById(id).textContent", paragraph)
    shown = """t => { const id = t.getAttribute('aria-describedby'), tip = id && document.getElementById(id);
                      return tip && !tip.hidden ? tip.textContent : null; }"""
    date.scroll_into_view_if_needed()
    page.wait_for_timeout(300)  # the page settles (the theme's "back to top" button)
    date.hover()
    # the tooltip the date names as its description shows its reading
    page.wait_for_function(shown, arg=date.element_handle(), timeout=5_000)
    assert date.evaluate(shown) == title
    assert page.evaluate("id => document.getElementById(id).textContent", paragraph) == text_before
    page.mouse.move(0, 0)
    page.wait_for_function("t => !t.hasAttribute('aria-describedby')", arg=date.element_handle(), timeout=5_000)
    # the keyboard: Tab from the element before the date lands on it and shows the same
    page.evaluate("t => { const all = [...document.querySelectorAll('a[href], time[tabindex]')]; all[all.indexOf(t) - 1].focus(); }",
                  date.element_handle())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "TIME"
    page.wait_for_function(shown, arg=date.element_handle(), timeout=5_000)
    assert date.evaluate(shown) == title
    page.wait_for_timeout(400)  # one tooltip only, as text: the theme's (which read a title as HTML) are off
    assert page.evaluate("[...document.querySelectorAll('.dossier-tip')].filter(t => !t.hidden).length") == 1
    assert page.locator(".md-tooltip2, .md-tooltip").count() == 0


def test_dates_explain_themselves_over_http(browser: Browser, hosted: str) -> None:
    reader = Reader(browser, hosted)
    reader.page.goto(hosted + "sources/")
    href = reader.page.locator("article table a").first.get_attribute("href")
    dates_explain_themselves(reader.page, hosted + "sources/" + (href or ""))
    assert reader.errors == [] and reader.external == []
    reader.close()


def test_dates_explain_themselves_from_disk(browser: Browser, offline: Path) -> None:
    reader = Reader(browser, "file://")
    source = sorted((offline / "sources").glob("*.html"))[0]
    dates_explain_themselves(reader.page, source.as_uri())
    assert reader.errors == [] and reader.external == []
    reader.close()


@pytest.fixture(scope="module")
def plain_site(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as `make site` renders it (plain `.html` links, no offline plugin): the
    site/index.html the README says opens from disk."""
    tmp = tmp_path_factory.mktemp("plain-site")
    docs = tmp / "docs"
    shutil.copytree(demo, docs)
    built = run_builder("build", "--seeds", str(SEEDS), "--docs", str(docs), directory_urls=None)  # as `make build` does
    assert built.returncode == 0, built.stderr
    result = mkdocs_build(mkdocs_config(tmp, docs, tmp / "site", directory_urls=False))
    assert result.returncode == 0, result.stderr
    return tmp / "site"


def test_keyboard_focus_on_a_date_shows_its_reading_from_a_plain_site_on_disk(browser: Browser, plain_site: Path) -> None:
    """Opened from file:// (no theme script needs the network for this); a date reached with Tab
    shows its calendar reading in a visible tooltip that it names as its description,
    which goes when focus leaves."""
    reader = Reader(browser, "file://")
    page = reader.page
    source = sorted((plain_site / "sources").glob("2*.html"))[0]
    page.goto(source.as_uri())
    page.wait_for_load_state()
    dates = page.locator("p.para time")
    assert dates.count() >= 3
    for n in (0, 2):
        date = dates.nth(n)
        title = date.get_attribute("title")
        assert title and re.search(r"\d{4}.*\((?:to the \w+|a period)\)", title), title
        page.evaluate("t => { const all = [...document.querySelectorAll('a[href], time[tabindex]')]; all[all.indexOf(t) - 1].focus(); }",
                      date.element_handle())
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('title') || document.activeElement.getAttribute('data-title')") == title
        shown = """t => { const id = t.getAttribute('aria-describedby'), tip = id && document.getElementById(id);
                          if (!tip || tip.hidden) return null;
                          const r = tip.getBoundingClientRect(), s = getComputedStyle(tip);
                          return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.opacity !== '0' ? tip.textContent : null; }"""
        page.wait_for_function(shown, arg=date.element_handle(), timeout=5_000)
        assert date.evaluate(shown) == title
        assert page.evaluate("t => document.getElementById(t.getAttribute('aria-describedby')).getAttribute('role')",
                             date.element_handle()) == "tooltip"
        tip_box, date_box = page.locator("#" + (date.get_attribute("aria-describedby") or "")).bounding_box(), date.bounding_box()
        assert tip_box and date_box and 0 <= tip_box["y"] - (date_box["y"] + date_box["height"]) < 20  # just under the date
    page.keyboard.press("Tab")  # focus moves on: the tooltip goes
    assert page.evaluate("[...document.querySelectorAll('.dossier-tip')].filter(t => !t.hidden).length") == 0
    assert dates.nth(2).get_attribute("aria-describedby") is None
    assert reader.external == []
    reader.close()

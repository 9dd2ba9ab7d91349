"""Every reader can use the site: axe-core (from npm, pinned in package.json) injected
into every kind of page in the light and dark palettes, contrast of hover and focus
states, the keyboard, the connections graph at desktop and phone widths, and printing.

The site is the demo dossier built with `--drafts` (so the review page exists) and a
low timeline page limit (so the timeline has year pages), served over HTTP with
directory URLs. Violations below serious are written to tests/artifacts/axe-*.txt.
"""

from __future__ import annotations

import functools
import http.server
import io
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from builder import pipeline
from builder.present import listings

from conftest import ROOT, SEEDS, hand_written_docs, mkdocs_build, mkdocs_config

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "tests" / "artifacts"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
KIND_FOLDERS = {"person": "people", "party": "parties", "organisation": "organisations", "place": "places"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with drafts and a timeline split into year pages, rendered."""
    tmp = tmp_path_factory.mktemp("a11y")
    docs = hand_written_docs(tmp / "docs")
    patch = pytest.MonkeyPatch()
    patch.setattr(listings, "TIMELINE_PAGE_EVENTS", 20)
    try:
        pipeline.build(pipeline.Options(SEEDS, docs, jobs=1, drafts=True, directory_urls=True))
    finally:
        patch.undo()
    built = mkdocs_build(mkdocs_config(tmp, docs, tmp / "site"))
    assert built.returncode == 0, built.stderr
    return tmp / "site"


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def first(site: Path, folder: str) -> str:
    """The first page inside `folder` that is not its index (a directory URL)."""
    pages = sorted(p.parent.name for p in (site / folder).glob("*/index.html"))
    assert pages, folder
    return f"{folder}/{pages[0]}/"


def page_kinds(site: Path) -> dict[str, str]:
    """One URL (relative to the site) per kind of page."""
    kinds = {
        "home": "", "source": first(site, "sources"), "sources index": "sources/",
        "timeline": "timeline/", "timeline year": first(site, "timeline"), "claims": "claims/",
        "connections": "connections/", "versions": first(site, "versions"), "data": "data/",
        "review": "review/", "about": "about/",
    }
    for kind, folder in KIND_FOLDERS.items():
        kinds[f"{kind} profile"] = first(site, folder)
        kinds[f"{folder} index"] = f"{folder}/"
    return kinds


def open_page(browser: Browser, url: str, scheme: str = "light", width: int = 1280) -> Page:
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    return page


def run_axe(page: Page) -> list[dict[str, object]]:
    assert AXE.is_file(), "axe-core is missing: `make node_modules/.installed` installs it from package.json"
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async tags => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))""",
        TAGS,
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_on_any_kind_of_page(browser: Browser, site: Path, served: str, scheme: str) -> None:
    kinds = page_kinds(site)
    assert len(kinds) == 19
    serious, minor = [], []
    for kind, path in kinds.items():
        page = open_page(browser, served + path, scheme)
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        for v in run_axe(page):
            line = f"{kind} ({path}): {v['impact']} {v['id']} x{len(v['nodes'])}: {v['help']}; e.g. {v['nodes'][:2]}"
            (serious if v["impact"] in ("serious", "critical") else minor).append(line)
        page.context.close()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{scheme}.txt").write_text("\n".join(serious + minor) + "\n", encoding="utf-8")
    print("\n".join(minor))
    assert serious == []


# The colour of an element's text and of what lies behind it, with translucent colours
# composed over what is under them (as the eye sees it).
COLOURS = """(e, prop) => {
  const parse = c => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
  let layers = [];
  for (let n = e; n; n = n.parentElement) {
    const bg = parse(getComputedStyle(n).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  let bg = [255, 255, 255, 1];
  for (const layer of layers.reverse()) bg = over(layer, bg);
  const fg = over(parse(getComputedStyle(e)[prop]), bg);
  return [fg.slice(0, 3), bg.slice(0, 3)];
}"""


def luminance(rgb: list[float]) -> float:
    def channel(c: float) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(pair: list[list[float]]) -> float:
    hi, lo = sorted((luminance(pair[0]), luminance(pair[1])), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


STATE_TARGETS = {
    "source": ["p.para a.entity-person", "p.para a.entity-party", "p.para a.entity-organisation", "p.para a.entity-place",
               "p.para time", "p.para a.pnum", ".source-meta a", ".panel a.entity"],
    "people/hun-sen/": ["article a.entity", "article li > a[href*='#p-']", "article table a"],
    "timeline year": [".event small a", ".event time", ".event a.entity"],
    "connections": [".graph a.graph-label", "article table a"],
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_hover_and_focus_keep_aa_contrast(browser: Browser, site: Path, served: str, scheme: str) -> None:
    """WCAG 2.2 AA: 4.5:1 for text at rest, hovered and focused; the focus outline is
    drawn and keeps 3:1 against what is behind it."""
    kinds = page_kinds(site)
    found = []
    for kind, selectors in STATE_TARGETS.items():
        page = open_page(browser, served + kinds.get(kind, kind), scheme)
        page.keyboard.press("Tab")  # keyboard modality, so focus() shows :focus-visible
        for selector in selectors:
            target = page.locator(selector).first
            assert target.count(), (kind, selector)
            target.scroll_into_view_if_needed()
            rest = ratio(target.evaluate(COLOURS, "color"))
            target.hover()
            page.wait_for_timeout(250)  # the theme's colour transitions end
            hovered = ratio(target.evaluate(COLOURS, "color"))
            page.mouse.move(0, 0)
            target.focus()
            page.wait_for_timeout(250)
            focused = ratio(target.evaluate(COLOURS, "color"))
            outline = target.evaluate("e => [getComputedStyle(e).outlineStyle, parseFloat(getComputedStyle(e).outlineWidth)]")
            ring = ratio(target.evaluate(COLOURS, "outlineColor"))
            found.append((kind, selector, round(rest, 2), round(hovered, 2), round(focused, 2), round(ring, 2)))
            assert min(rest, hovered, focused) >= 4.5, found[-1]
            assert outline[0] != "none" and outline[1] >= 2 and ring >= 3, (found[-1], outline)
        page.context.close()
    print(scheme, found)


def test_keyboard_reaches_everything_with_a_visible_focus(browser: Browser, site: Path, served: str) -> None:
    kinds = page_kinds(site)
    page = open_page(browser, served + kinds["source"])
    focusable = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"
    hidden = page.evaluate(
        f"""() => [...document.querySelectorAll('[aria-hidden="true"]')].flatMap(h =>
              [...(h.matches("{focusable}") ? [h] : []), ...h.querySelectorAll("{focusable}")])
              .filter(e => e.offsetParent !== null).map(e => e.outerHTML.slice(0, 80))"""
    )
    assert hidden == [], "focusable yet hidden from assistive technology"
    # paragraph numbers: a tab stop each, named for a screen reader
    numbers = page.locator("p.para a.pnum")
    assert numbers.count() > 5
    assert page.get_by_role("link", name="Paragraph 3", exact=True).count() == 1
    # tab through the text: each stop inside the article shows a focus outline
    page.locator("article h1").first.click()
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        stop = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
            return [e.tagName, e.className, !!e.closest('article'), s.outlineStyle, parseFloat(s.outlineWidth), r.width > 0 && r.height > 0]; }""")
        if stop[2]:
            stops.append(stop)
    kinds_reached = {(tag, ([c for c in cls.split() if c != "focus-visible"] or [""])[0]) for tag, cls, *_ in stops}
    assert {("A", "pnum"), ("A", "entity"), ("TIME", "")} <= kinds_reached, kinds_reached
    assert all(s[3] != "none" and s[4] >= 2 and s[5] for s in stops), [s for s in stops if not (s[3] != "none" and s[4] >= 2 and s[5])]
    # links are told apart by more than colour
    for kind in ("source", "person profile", "timeline year", "claims", "home", "versions", "data"):
        page.goto(served + kinds[kind])
        bare = page.evaluate("""() => [...document.querySelectorAll('article a[href]:not(.pnum)')]
            .filter(a => !getComputedStyle(a).textDecorationLine.includes('underline')).map(a => a.outerHTML.slice(0, 80))""")
        assert bare == [], (kind, bare)
    # the search dialog has a name
    assert page.get_attribute(".md-search[role=dialog]", "aria-label") == "Search"
    page.context.close()


def test_no_empty_table_header_anywhere(site: Path) -> None:
    empty = []
    for html in site.rglob("*.html"):
        for th in BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select("th"):
            if not th.get_text(strip=True) and not th.get("aria-label"):
                empty.append(str(html.relative_to(site)))
    assert empty == []


GRAPH_GEOMETRY = """() => {
  const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const labels = [...document.querySelectorAll('.graph a.graph-label')].map(a => {
    const range = document.createRange(); range.selectNodeContents(a);
    return {name: a.textContent, box: box(a), text: box(range)};
  });
  const dots = [...document.querySelectorAll('.graph circle')].map(box);
  return {labels, dots, scroll: document.scrollingElement.scrollWidth, width: innerWidth};
}"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


@pytest.mark.parametrize("width", [1280, 390])
def test_connections_readable_at_any_width(browser: Browser, site: Path, served: str, width: int) -> None:
    page = open_page(browser, served + "connections/", width=width)
    g = page.evaluate(GRAPH_GEOMETRY)
    labels = g["labels"]
    assert len(labels) >= 20
    assert g["scroll"] <= g["width"], f"the page scrolls sideways: {g['scroll']} px wide at {g['width']} px"
    for i, label in enumerate(labels):
        text, own = label["text"], label["box"]
        # the name's glyphs stay inside its box, so boxes apart means names apart
        assert own[0] - 0.5 <= text[0] and text[2] <= own[2] + 0.5, label
        for other in labels[i + 1:]:
            assert not _overlap(own, other["box"]), (label["name"], other["name"])
        for dot in g["dots"]:
            assert not _overlap(own, dot), (label["name"], dot)
        assert own[3] - own[1] >= 24, label  # WCAG 2.2 target size
    # every node a named, focusable link; the table below lists the strongest links
    for label in labels[:8]:
        link = page.locator(".graph").get_by_role("link", name=label["name"], exact=True)
        assert link.count() == 1
        link.focus()
        assert page.evaluate("document.activeElement.textContent") == label["name"]
    assert page.locator("table a").count() >= 20
    page.screenshot(path=str(ARTIFACTS / f"connections-{width}.png"), full_page=True)
    page.context.close()


def test_every_page_fits_a_phone(browser: Browser, site: Path, served: str) -> None:
    wide = []
    for kind, path in page_kinds(site).items():
        page = open_page(browser, served + path, width=390)
        scroll = page.evaluate("document.scrollingElement.scrollWidth")
        if scroll > 390:
            wide.append((kind, scroll))
        page.context.close()
    assert wide == []


def pdf_text(page: Page) -> str:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return "\n".join(p.extract_text() for p in reader.pages)


def test_a_printed_page_has_its_content_and_no_navigation(browser: Browser, site: Path, served: str) -> None:
    kinds = page_kinds(site)
    for kind in ("source", "people/hun-sen/", "party profile"):
        page = open_page(browser, served + kinds.get(kind, kind), "dark")
        title = page.locator("article h1").first.inner_text()
        first_words = " ".join(page.locator("article p").nth(1).inner_text().split()[:3])
        text = pdf_text(page)
        flat = " ".join(text.split())
        assert " ".join(title.split()) in flat and first_words in flat, (kind, flat[:300])
        for chrome in ("Cambodia 2013: an annotated dossier", "Table of contents", "Made with", "Search"):
            assert chrome not in text, (kind, chrome)
        assert not re.search(r"Home\s+Sources\s+People\s+Parties", text), kind
        if kind == "source":
            url = page.get_attribute(".source-meta a[href^='http']", "href")
            assert url and url in flat.replace(" ", "").replace("\n", "") or url in text.replace("\n", ""), url
        page.context.close()


@pytest.mark.slow
def test_make_pdf_writes_the_whole_dossier(demo: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(demo, docs)
    result = subprocess.run(
        ["make", "-s", "pdf", f"DOCS={docs}", f"DIST={tmp_path / 'dist'}", f"PDF_DIR={tmp_path / 'pdf-site'}"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (pdf,) = (tmp_path / "dist").glob("*.pdf")
    assert pdf.name == "cambodia-2013-an-annotated-dossier.pdf"
    reader = PdfReader(pdf)
    pages = [p.extract_text() for p in reader.pages]
    site_pages = sorted(p for p in (tmp_path / "pdf-site").rglob("*.html") if p.name != "404.html")
    assert len(pages) >= len(site_pages)
    # contents in navigation order: each section, then its pages
    contents = " ".join(" ".join(pages[1:4]).split())
    order = ["Sources", "Cambodia ruling party claims victory", "People", "Hun Sen", "Parties",
             "Cambodian People's Party", "Organisations", "Places", "Timeline", "Claims", "Connections", "Data", "About"]
    at = [0]
    for title in order:  # each found after the one before it
        at.append(contents.find(title, at[-1]))
        assert at[-1] >= 0, (title, contents[:600])
    assert "Two versions of one story" in contents  # reached from the source pages
    # no page carries the site's navigation, header or footer
    assert not any("Table of contents" in t or "Made with" in t for t in pages)
    # internal links land on the page they name
    dests = {name: reader.get_destination_page_number(d) for name, d in reader.named_destinations.items()}
    checked = 0
    for page_number, page in enumerate(reader.pages[:4]):
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            dest = a.get("/Dest")
            if a.get("/Subtype") != "/Link" or dest is None:
                continue
            target = dests[str(dest)] if not isinstance(dest, list) else reader.get_destination_page_number(dest)
            assert target > page_number
            checked += 1
    assert checked >= len(site_pages) - 2
    hun_sen = next(i for i, t in enumerate(pages) if t.lstrip().startswith("Hun Sen"))
    assert hun_sen in dests.values()
    # the title page says what it counts; each bookmark reads as its page's heading, spaces kept
    cover = " ".join(pages[0].split())
    included = int(re.search(r"(\d+) pages of the site, in the order of its navigation", cover).group(1))  # type: ignore[union-attr]
    assert len(site_pages) - 2 <= included <= len(site_pages) < len(pages)
    h1s = {" ".join(h.get_text().split()) for p in site_pages for h in BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").select("article h1")}

    def titles(items: list) -> list[str]:  # type: ignore[type-arg]
        return [t for x in items for t in (titles(x) if isinstance(x, list) else [x.title])]

    bookmarks = titles(reader.outline)
    assert len([b for b in bookmarks if b in h1s]) >= included - 2, [b for b in bookmarks if b not in h1s][:10]
    squeezed = {"".join(h.split()): h for h in h1s}
    assert all(squeezed.get("".join(b.split()), b) == b for b in bookmarks), [b for b in bookmarks if squeezed.get("".join(b.split()), b) != b]

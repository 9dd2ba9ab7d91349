"""The whole dossier as one PDF: `python scripts/dossier_pdf.py SITE OUTDIR`.

SITE is a site built with plain `.html` links (`make pdf` builds one). Its pages are
taken in navigation order: each entry of the site's navigation, then the pages it links
to inside its own folder (a section's index, then its pages in the order it lists them;
the timeline, then its year pages), then any page reached from those and not yet taken
(the version comparisons), then any page left. Each page's content (not its navigation,
header or footer) goes into one HTML document after a title page and a table of
contents; every id is made unique per page and every link between pages becomes a link
inside the document, so the PDF's internal links work. Debian's Chromium (the one the
browser tests drive, through Playwright) prints it with the site's print stylesheet, with
every request outside SITE refused: nothing is fetched from the network.

Chromium makes the PDF's bookmarks from the headings but drops the space where a heading
wraps ("polls,opposition"); `fix_outline` gives each bookmark its heading's text back.

Writes `OUTDIR/<site-name>.pdf` and prints its path, the count of site pages it holds,
its own page count and size. The PDF is printed beside the previous one and renamed over
it once whole: a failed or killed run leaves the previous PDF.
"""

from __future__ import annotations

import html
import posixpath
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag
from mkdocs.config import load_config
from playwright.sync_api import sync_playwright
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from builder.paths import file_name
from builder.present.wording import counted

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
DOCUMENT = "dossier-print.html"


def key(page: str) -> str:
    """The id of a page's section in the document: `sources/x.html` -> `pg-sources-x`."""
    return "pg-" + re.sub(r"[^A-Za-z0-9_-]+", "-", page.removesuffix(".html")).strip("-")


def _read(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def _target(page: str, href: str) -> tuple[str, str] | None:
    """(site-relative path, fragment) of a link on `page`, or None for a link off the site."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("//"):
        return None
    path = page if not parts.path else posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
    if path.endswith("/") or not posixpath.splitext(path)[1]:
        path = posixpath.join(path, "index.html")
    return path, parts.fragment


def _content(soup: BeautifulSoup) -> Tag:
    article = soup.select_one("article.md-content__inner") or soup.select_one("article")
    if article is None:
        raise SystemExit("a page without an <article>: is SITE a MkDocs Material site?")
    return article


def order(site: Path) -> list[str]:
    """Every page of the site (site-relative paths), in navigation order."""
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html", DOCUMENT}
    home = _read(site, "index.html")
    nav = []
    for a in home.select("nav.md-nav--primary a.md-nav__link[href]"):
        found = _target("index.html", str(a["href"]))
        if found and found[0] in pages and found[0] not in nav:
            nav.append(found[0])
    taken: list[str] = []
    seen: set[str] = set()
    links: dict[str, list[str]] = {}

    def linked(page: str) -> list[str]:
        if page not in links:
            out = []
            for a in _content(_read(site, page)).select("a[href]"):
                found = _target(page, str(a["href"]))
                if found and found[0] in pages and found[0] != page and found[0] not in out:
                    out.append(found[0])
            links[page] = out
        return links[page]

    def take(page: str) -> None:
        if page in seen:
            return
        seen.add(page)
        taken.append(page)
        folder = posixpath.dirname(page) if page.endswith("/index.html") or page == "index.html" else page.removesuffix(".html")
        if page == "index.html":
            return
        for child in linked(page):
            if child.startswith(folder + "/"):
                take(child)

    for page in nav:
        take(page)
    queue = list(taken)
    while queue:  # pages reached from those taken (the version comparisons)
        for child in linked(queue.pop(0)):
            if child not in seen:
                seen.add(child)
                taken.append(child)
                queue.append(child)
    return taken + sorted(pages - seen)


def document(site: Path, pages: list[str], title: str) -> str:
    """One HTML document holding every page's content, with a title page and contents."""
    home = _read(site, "index.html")
    head = [str(link) for link in home.select("head link[rel=stylesheet]")]
    body = home.body.attrs if home.body else {}
    body_attrs = " ".join(f'{k}="{html.escape(str(v))}"' for k, v in body.items() if k.startswith("data-md-color"))
    contents, sections = [], []  # names are page text: escaped again where they become markup
    included = set(pages)
    for page in pages:
        soup = _read(site, page)
        article = _content(soup)
        for bad in article.select("script, .md-content__button, .headerlink"):
            bad.decompose()
        prefix = key(page)
        for el in article.select("[id]"):
            el["id"] = f"{prefix}--{el['id']}"
        for el in article.select("[aria-describedby], [aria-labelledby], [for]"):
            for attr in ("aria-describedby", "aria-labelledby", "for"):
                if el.has_attr(attr):
                    el[attr] = " ".join(f"{prefix}--{i}" for i in str(el[attr]).split())
        for a in article.select("a[href]"):
            found = _target(page, str(a["href"]))
            if found is None:
                continue  # off the site: kept, and the print stylesheet writes its address
            path, fragment = found
            if path in included:
                a["href"] = "#" + key(path) + (f"--{fragment}" if fragment else "")
            else:  # a data file or asset: no page of the document to go to
                del a["href"]
        for details in article.select("details"):
            details["open"] = ""
        h1 = article.find("h1")
        name = h1.get_text(" ", strip=True) if h1 else page
        contents.append((page, name))
        sections.append(f'<section class="dossier-page" id="{prefix}">{article.decode_contents()}</section>')
    items = "\n".join(
        f'<li class="depth-{min(page.count("/"), 1)}"><a href="#{key(page)}">{html.escape(name)}</a></li>'
        for page, name in contents
    )
    style = """
      .dossier-page { break-before: page; }
      .dossier-cover { padding-top: 30vh; text-align: center; }
      .dossier-toc ol { list-style: none; padding: 0; margin: 0; }
      .dossier-toc li.depth-0 { font-weight: bold; margin-top: .6em; }
      .dossier-toc li.depth-1 { margin-left: 1.5em; font-size: .9em; }
      .md-typeset { font-size: .72rem; }
    """
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
{''.join(head)}<style>{style}</style></head>
<body {body_attrs}><div class="md-container"><main class="md-main"><div class="md-main__inner md-grid">
<div class="md-content"><article class="md-content__inner md-typeset">
<div class="dossier-cover"><h1>{html.escape(title)}</h1><p>{counted(len(pages), "page")} of the site, in the order of its navigation</p></div>
<nav class="dossier-page dossier-toc" aria-label="Contents"><h2>Contents</h2><ol>
{items}
</ol></nav>
{''.join(sections)}
</article></div></div></main></div></body></html>
"""


def headings(document_html: str) -> list[str]:
    """The text of every heading (`h1`-`h6`) of the document, white space made single
    spaces: what the PDF's bookmarks should read."""
    soup = BeautifulSoup(document_html, "html.parser")
    return [" ".join(h.get_text().split()) for h in soup.select("h1, h2, h3, h4, h5, h6")]


def fix_outline(pdf: Path, texts: list[str]) -> int:
    """Rewrites, in place, each bookmark of `pdf` whose title equals one of `texts` once
    all white space is removed from both, to that text (Chromium's outline loses the
    space at a heading's line wrap: "rejectsresults" -> "rejects results"). Returns how
    many bookmarks changed; a title matching no text is left as it is."""
    spaced: dict[str, str] = {}
    for text in texts:
        spaced.setdefault("".join(text.split()), text)
    writer = PdfWriter(clone_from=PdfReader(pdf))
    outlines = writer.root_object.get("/Outlines")
    changed = 0
    stack = [outlines.get_object().get("/First")] if outlines is not None else []
    while stack:
        ref = stack.pop()
        if ref is None:
            continue
        item = ref.get_object()
        title = str(item.get("/Title", ""))
        better = spaced.get("".join(title.split()))
        if better is not None and better != title:
            item[NameObject("/Title")] = TextStringObject(better)
            changed += 1
        stack += [item.get("/Next"), item.get("/First")]
    if changed:
        with pdf.open("wb") as out:
            writer.write(out)
    return changed


def main(site: Path, outdir: Path) -> Path:
    site = site.resolve()
    title = load_config("mkdocs.yml").site_name
    pages = order(site)
    printed = document(site, pages, title)
    (site / DOCUMENT).write_text(printed, encoding="utf-8")
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / f"{file_name(title)}.pdf"
    partial = outdir / f".{target.name}.partial"  # renamed over the previous PDF once whole
    try:
        _print(site, printed, partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    sheets = len(PdfReader(target).pages)
    print(f"{target}: {counted(len(pages), 'page')} of the site on {counted(sheets, 'PDF page')}, {target.stat().st_size / 1e6:.1f} MB")
    return target


def _print(site: Path, printed: str, target: Path) -> None:
    """Print the site's document (`printed`, written as `site/DOCUMENT`) into `target`
    with Debian's chromium, every request outside the site refused; its outline fixed."""
    executable = shutil.which("chromium")
    if not executable:
        raise SystemExit("Debian's chromium is missing (`make browser-deps` installs it)")
    refused: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=FLAGS, headless=True)
        page = browser.new_page(color_scheme="light")
        root = site.as_uri()

        def route(r):  # type: ignore[no-untyped-def]
            if r.request.url.startswith(root + "/"):
                r.continue_()
            else:
                refused.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto((site / DOCUMENT).as_uri(), wait_until="load")
        page.pdf(
            path=str(target), format="A4", print_background=True, outline=True, tagged=True,
            margin={"top": "16mm", "bottom": "16mm", "left": "14mm", "right": "14mm"},
            display_header_footer=True, header_template="<span></span>",
            footer_template='<div style="font-size:8px;width:100%;text-align:center">'
                            '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        )
        browser.close()
    (site / DOCUMENT).unlink()
    if refused:
        raise SystemExit(f"the PDF asked for {len(refused)} resources outside the site, e.g. {refused[0]}")
    fix_outline(target, headings(printed))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

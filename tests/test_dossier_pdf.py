"""The whole-dossier PDF's document (scripts/dossier_pdf.py) without a browser: pages
in navigation order, links between pages made internal, page text kept as text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("dossier_pdf", ROOT / "scripts" / "dossier_pdf.py")
assert _spec and _spec.loader
dossier_pdf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dossier_pdf)

NAV = """<nav class="md-nav md-nav--primary"><ul>
<li><a class="md-nav__link" href="index.html">Home</a></li>
<li><a class="md-nav__link" href="sources/index.html">Sources</a></li>
<li><a class="md-nav__link" href="about.html">About</a></li></ul></nav>"""


def page(body: str, prefix: str = "") -> str:
    nav = NAV.replace('href="', f'href="{prefix}')
    return (f'<html><head><link rel="stylesheet" href="{prefix}assets/x.css"></head>'
            f'<body data-md-color-scheme="default">{nav}<article class="md-content__inner">{body}</article></body></html>')


def test_document_orders_pages_links_them_inside_and_keeps_text_as_text(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "versions").mkdir()
    (tmp_path / "index.html").write_text(page("<h1>Home</h1>"), encoding="utf-8")
    (tmp_path / "about.html").write_text(page("<h1>About</h1>"), encoding="utf-8")
    (tmp_path / "sources" / "index.html").write_text(page(
        '<h1>Sources</h1><a href="b.html">B</a> <a href="a.html">A</a>', "../"), encoding="utf-8")
    (tmp_path / "sources" / "a.html").write_text(page(
        '<h1>&lt;script&gt;alert(1)&lt;/script&gt; A</h1><p id="p-1">x</p>'
        '<a href="../versions/a-b.html">compare</a> <a href="../data/dossier.json">data</a>'
        ' <a href="https://example.org/x">original</a>', "../"), encoding="utf-8")
    (tmp_path / "sources" / "b.html").write_text(page('<h1>B</h1><a href="a.html#p-1">A, ¶1</a>', "../"), encoding="utf-8")
    (tmp_path / "versions" / "a-b.html").write_text(page("<h1>Two versions</h1>", "../"), encoding="utf-8")
    (tmp_path / "stray.html").write_text(page("<h1>Stray</h1>"), encoding="utf-8")
    order = dossier_pdf.order(tmp_path)
    assert order == ["index.html", "sources/index.html", "sources/b.html", "sources/a.html", "about.html",
                     "versions/a-b.html", "stray.html"]
    html = dossier_pdf.document(tmp_path, order, "A <b>dossier</b>")
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.select("script") and not soup.select("h1 b")
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; A") == 2  # the title stays text, in the contents too
    toc = [a["href"] for a in soup.select("nav.dossier-toc a")]
    assert toc == ["#" + dossier_pdf.key(p) for p in order]
    assert soup.select_one("a[href='#pg-sources-a--p-1']") is not None  # a link between pages, made internal
    assert soup.select_one("#pg-sources-a--p-1") is not None  # ids made unique per page
    assert soup.select_one("a[href='#pg-versions-a-b']") is not None
    assert soup.find("a", string="data").get("href") is None  # a data file: no page to go to
    assert soup.select_one("a[href='https://example.org/x']") is not None
    assert soup.body["data-md-color-scheme"] == "default"


def test_bookmarks_get_back_the_space_lost_at_a_heading_wrap(tmp_path: Path) -> None:
    """Chromium's outline drops the space where a heading wraps; each bookmark is given its
    heading's text, nested ones too; a bookmark matching no heading is left alone."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=100, height=100)
    top = writer.add_outline_item(title="Ruling party claims victory in polls,opposition makes gains", page_number=0)
    writer.add_outline_item(title="Strikers rejectsresults", page_number=1, parent=top)
    writer.add_outline_item(title="Creditors Acknowledged", page_number=2)
    writer.add_outline_item(title="UnionAcknowledged", page_number=2)
    pdf = tmp_path / "d.pdf"
    writer.write(pdf)
    texts = dossier_pdf.headings(
        "<h1>Ruling party claims victory in polls, opposition makes gains</h1>"
        "<h2>Strikers\n  rejects <a href='#x'>results</a></h2><p>Union Acknowledged</p><h3>Creditors Acknowledged</h3>")
    assert texts == ["Ruling party claims victory in polls, opposition makes gains", "Strikers rejects results",
                     "Creditors Acknowledged"]
    assert dossier_pdf.fix_outline(pdf, texts) == 2

    def titles(items: list) -> list[str]:  # type: ignore[type-arg]
        return [t for x in items for t in (titles(x) if isinstance(x, list) else [x.title])]

    assert titles(PdfReader(pdf).outline) == [
        "Ruling party claims victory in polls, opposition makes gains", "Strikers rejects results",
        "Creditors Acknowledged", "UnionAcknowledged"]


def test_title_page_counts_site_pages_as_such(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(page("<h1>Home</h1>"), encoding="utf-8")
    soup = BeautifulSoup(dossier_pdf.document(tmp_path, ["index.html"], "D"), "html.parser")
    assert soup.select_one(".dossier-cover p").get_text() == "1 page of the site, in the order of its navigation"

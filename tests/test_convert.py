"""Sources as people have them: saved web pages, a two-page PDF, a Word file, Markdown and
an upper-case .TXT, all made here with the libraries the builder reads them with (and
fpdf2 for the PDF), built into one dossier and rendered by MkDocs. Checked: the text each
conversion keeps and drops, the metadata a file fills in (sources.yml wins), the offsets
in the export against the exported texts, the PDF's pages, the structure of Markdown and
Word files, and that raw HTML, links and images in a source stay inert text. Then bad
files: each stops the build with one line naming it, exit status 2, nothing lost."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from bs4 import BeautifulSoup
from fpdf import FPDF

from builder.read import convert, pdf
from builder.read.text import read_text, split_paragraphs

from conftest import ROOT, call_builder, in_directory_site, mkdocs_build, mkdocs_config
from htmltext import texts_by_id
from test_inputs import snapshot

BOILERPLATE_TOP = """<header><nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe now for unlimited access</a></nav>
<div class="advert">ADVERTISEMENT: Cheap flights to the coast, book today!</div></header>"""
BOILERPLATE_BOTTOM = """<aside class="related"><h3>Most read</h3><ul><li><a href="/x">Ten cats that look like bread</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>Great article!!! Posted by harbourfan99</p></div></section>
<footer><p>Copyright 2024 Avel Courier. All rights reserved.</p><p>Advertise with us · Privacy policy</p></footer>"""

COURIER = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dockers walk out at Port Avel | Avel Courier</title>
<meta name="author" content="Ann Writer">
<meta property="og:site_name" content="Avel Courier">
<meta property="og:title" content="Dockers walk out at Port Avel">
<meta property="article:published_time" content="2024-03-12T08:00:00Z">
<link rel="canonical" href="https://courier.example/2024/03/12/strike">
</head><body>{BOILERPLATE_TOP}
<main><article><h1>Dockers walk out at Port Avel</h1>
<p>Dockers at Port Avel walked out on Tuesday after talks with the Port Authority of Avel broke down over pay.</p>
<h2>What the union wants</h2>
<p>Mara Lind, secretary of the Avel Dockers' Union, said the union wanted a rise of six per cent for every docker on the quay.</p>
<p>The strike is the first at the port in ten years, and every crane on the quay stood still on Tuesday afternoon.</p>
</article></main>
{BOILERPLATE_BOTTOM}</body></html>"""

# The second page declares windows-1252 and is saved in it: "Ek’s" and "café" are not UTF-8.
HERALD = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Port talks stall</title><meta name="author" content="B. Reporter">
<meta property="og:site_name" content="Harbour Herald"></head><body>{BOILERPLATE_TOP}
<div id="content" class="article-body"><h1>Port talks stall</h1>
<p>Tomas Ek, who speaks for the Port Authority of Avel, said on Wednesday that the offer of three per cent was final.</p>
<p>Mara Lind told reporters outside the harbour café that Ek’s offer was an insult to every family on the quay.</p>
<p>Talks are due to resume next week, the two sides said in a joint statement issued late on Wednesday evening.</p>
</div>{BOILERPLATE_BOTTOM}</body></html>""".encode("cp1252")

PDF_PARAGRAPHS = [
    ["The Port Authority of Avel met the Avel Dockers' Union on Monday morning to discuss the pay claim of six per cent.",
     "Tomas Ek told the meeting that the authority could not offer more than three per cent this year."],
    ["Mara Lind said the union would ballot its members on a longer strike if the offer stood.",
     "The authority's board will meet again on 20 March 2024 to review the offer."],
]

MARKDOWN = """# Statement by the *Avel Dockers' Union*

Mara Lind said the union's *members* voted to stay out. <script>alert("pwned")</script> Read the [full ballot](https://evil.example/ballot) or <b>nothing</b>.

## Our demands

- A rise of six per cent.
- No loss of pay for the strike days.

![the quay at night](quay.png)
"""

ENTITIES = """- id: mara-lind
  kind: person
  name: Mara Lind
  summary: Secretary of the Avel Dockers' Union.
- id: tomas-ek
  kind: person
  name: Tomas Ek
  summary: Speaks for the Port Authority of Avel.
  aliases:
    - text: Ek
      after_full_name: true
- id: port-authority
  kind: organisation
  name: Port Authority of Avel
  summary: Runs the port.
- id: dockers-union
  kind: organisation
  name: Avel Dockers' Union
  summary: The dockworkers' union.
- id: port-avel
  kind: place
  name: Port Avel
  summary: A harbour town.
"""


def make_pdf(pages: list[list[str]], title: str = "Minutes of the pay meeting", encrypt: bool = False) -> bytes:
    """A PDF with a text layer, one list of paragraphs per page, and its own metadata."""
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_author("Port Authority of Avel")
    pdf.set_creation_date(dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", size=11)
    for paragraphs in pages:
        pdf.add_page()
        for text in paragraphs:
            pdf.multi_cell(0, 6, text)
            pdf.ln(5)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def make_solid_pdf(paragraphs: list[str]) -> bytes:
    """One page whose paragraphs follow each other with no space between them."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for text in paragraphs:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_scan() -> bytes:
    """A PDF page with a picture-like drawing and no text layer."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Letter to the members"
    document.core_properties.author = "Mara Lind"
    document.core_properties.created = dt.datetime(2024, 3, 15, 12, 0)
    document.add_heading("Letter to the members", level=1)
    document.add_paragraph("Dear members, the Port Authority of Avel has offered three per cent.")
    document.add_heading("What happens next", level=2)
    document.add_paragraph("We ballot on Friday.", style="List Bullet")
    document.add_paragraph("Talks with Tomas Ek go on meanwhile.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_seeds(seeds: Path) -> None:
    seeds.mkdir(parents=True)
    (seeds / "courier.html").write_text(COURIER, encoding="utf-8")
    (seeds / "herald.htm").write_bytes(HERALD)
    (seeds / "minutes.pdf").write_bytes(make_pdf(PDF_PARAGRAPHS))
    (seeds / "letter.docx").write_bytes(make_docx())
    (seeds / "statement.md").write_text(MARKDOWN, encoding="utf-8")
    (seeds / "NOTE.TXT").write_text("Port Avel notice\n\nThe quay is closed to visitors during the strike.\n", encoding="utf-8")
    (seeds / "photo.odt").write_bytes(b"not a source")
    (seeds / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    # sources.yml wins over the page's own title; the rest comes from the files.
    (seeds / "sources.yml").write_text(
        "courier.html:\n  title: Port Avel dockers strike\nstatement.md:\n  title: Union statement\n"
        "  published: 2024-03-13\n", encoding="utf-8",
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, str]:
    """The dossier of converted files: (seeds, docs, site, the build's stderr)."""
    tmp = tmp_path_factory.mktemp("files")
    seeds, docs = tmp / "seeds", tmp / "docs"
    make_seeds(seeds)
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    site = tmp / "site"
    rendered = mkdocs_build(mkdocs_config(tmp, docs, site))
    assert rendered.returncode == 0, rendered.stderr
    return seeds, docs, site, result.stderr


def by_file(docs: Path) -> dict[str, dict[str, object]]:
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    return {s["file"]: s for s in data["sources"]}


def text_of(docs: Path, source: dict[str, object], seeds: Path | None = None) -> str:
    """The text a source's offsets count: exported for a converted file, the file itself for a .txt."""
    if "text_file" not in source:
        assert seeds is not None and str(source["file"]).lower().endswith(".txt")
        return read_text((seeds / str(source["file"])).read_bytes(), str(source["file"]), []) or ""
    return (docs / str(source["text_file"])).read_text(encoding="utf-8")


@pytest.mark.slow
def test_web_pages_keep_the_article_and_drop_the_boilerplate(built: tuple[Path, Path, Path, str]) -> None:
    _, docs, _, _ = built
    sources = by_file(docs)
    courier, herald = text_of(docs, sources["courier.html"]), text_of(docs, sources["herald.htm"])
    assert courier.split("\n\n") == [  # the <h1> headline is the page's title, not its paragraph 1
        "Dockers at Port Avel walked out on Tuesday after talks with the Port Authority of Avel broke down over pay.",
        "What the union wants",
        "Mara Lind, secretary of the Avel Dockers' Union, said the union wanted a rise of six per cent for every docker on the quay.",
        "The strike is the first at the port in ten years, and every crane on the quay stood still on Tuesday afternoon.",
    ]
    assert "Mara Lind told reporters outside the harbour café that Ek’s offer was an insult" in herald  # its charset
    for boilerplate in ("Subscribe", "ADVERTISEMENT", "Great article", "Copyright", "Most read", "Privacy"):
        assert boilerplate not in courier and boilerplate not in herald


@pytest.mark.slow
def test_file_metadata_fills_what_sources_yml_does_not(built: tuple[Path, Path, Path, str]) -> None:
    _, docs, _, _ = built
    s = by_file(docs)
    courier = s["courier.html"]
    assert courier["title"] == "Port Avel dockers strike"  # sources.yml wins over the page's title
    assert (courier["outlet"], courier["published"], courier["url"]) == (
        "Avel Courier", "2024-03-12", "https://courier.example/2024/03/12/strike")
    assert courier["id"] == "2024-03-12-port-avel-dockers-strike"
    assert (s["herald.htm"]["title"], s["herald.htm"]["outlet"]) == ("Port talks stall", "Harbour Herald")
    assert (s["minutes.pdf"]["title"], s["minutes.pdf"]["published"]) == ("Minutes of the pay meeting", "2024-03-14")
    assert (s["letter.docx"]["title"], s["letter.docx"]["published"]) == ("Letter to the members", "2024-03-15")
    assert (s["statement.md"]["title"], s["statement.md"]["published"]) == ("Union statement", "2024-03-13")
    assert s["NOTE.TXT"]["title"] == "Port Avel notice"  # upper-case extension read; title from its first line
    page = (docs / "sources" / f"{courier['id']}.md").read_text(encoding="utf-8")
    assert "Ann Writer" in page  # the page's author as the byline


@pytest.mark.slow
def test_pdf_pages_and_paragraphs(built: tuple[Path, Path, Path, str]) -> None:
    _, docs, site, _ = built
    pdf = by_file(docs)["minutes.pdf"]
    assert text_of(docs, pdf).split("\n\n") == [p for page in PDF_PARAGRAPHS for p in page]
    assert pdf["paragraph_pages"] == [1, 1, 2, 2]
    html = in_directory_site(site, str(pdf["page"])).read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(id="p-3")["data-page"] == "2"
    assert soup.find("a", href="#p-3")["title"] == "Link to paragraph 3 (page 2)"


def test_pdf_set_solid_is_split_at_short_lines_that_end_a_sentence() -> None:
    paragraphs = [
        "The Port Authority of Avel met the Avel Dockers' Union on Monday morning to discuss the pay claim of six "
        "per cent, and the talks went on late into the night.",
        "Tomas Ek told the meeting that the authority could not offer more than three per cent this year, whatever "
        "the union said. The union walked out.",
        "Talks resume on Friday.",
    ]
    converted = convert.convert("solid.pdf", make_solid_pdf(paragraphs))
    assert [b.text for b in converted.blocks] == paragraphs
    assert {b.page for b in converted.blocks} == {1}


@pytest.mark.slow
def test_offsets_refer_to_the_exported_text(built: tuple[Path, Path, Path, str]) -> None:
    seeds, docs, site, _ = built
    sources = {s["id"]: s for s in by_file(docs).values()}
    texts = {sid: text_of(docs, s, seeds) for sid, s in sources.items()}
    assert sorted(p.name for p in (docs / "data" / "texts").iterdir()) == sorted(
        f"{sid}.txt" for sid, s in sources.items() if s["file"] != "NOTE.TXT")
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    for m in data["mentions"]:
        assert texts[m["source"]][m["start"] : m["end"]] == m["text"]
    with (docs / "data" / "mentions.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["source"] for r in rows} >= {sources[s]["id"] for s in sources if sources[s]["file"] != "NOTE.TXT"}
    for r in rows:
        assert texts[r["source"]][int(r["start"]) : int(r["end"])] == r["text"]
    for sid, s in sources.items():  # and the page shows that text, paragraph by paragraph
        shown = texts_by_id(in_directory_site(site, str(s["page"])).read_text(encoding="utf-8"))
        paragraphs = [texts[sid][p.start : p.end] for p in split_paragraphs(texts[sid])]
        assert [shown[f"p-{n}"] for n in range(1, len(shown) + 1)] == paragraphs, sid


def test_markdown_and_word_structure(built: tuple[Path, Path, Path, str]) -> None:
    _, docs, site, _ = built
    s = by_file(docs)
    soup = BeautifulSoup(in_directory_site(site, str(s["statement.md"]["page"])).read_text(encoding="utf-8"), "html.parser")
    assert soup.find(id="p-1").name == "h3" and soup.find(id="p-3").name == "h4"  # two levels below "Text"
    items = soup.find(id="p-4").find_parent("ul").find_all("li")
    assert [li.get_text(strip=True) for li in items] == ["A rise of six per cent.", "No loss of pay for the strike days."]
    assert [em.get_text() for em in soup.find(id="p-2").find_all("em")] == ["members"]  # emphasis kept, its marks gone
    assert "*members*" not in soup.find(id="p-2").get_text()
    union = soup.find(id="p-1").find("a", class_="entity")  # a mention inside emphasis: both kept
    assert union.get_text() == "Avel Dockers' Union" and union.find("em").get_text() == "Avel Dockers' Union"
    word = BeautifulSoup(in_directory_site(site, str(s["letter.docx"]["page"])).read_text(encoding="utf-8"), "html.parser")
    # the Title heading is the file's own title (its core property): the text begins after it
    assert [word.find(id=f"p-{n}").name for n in (1, 2, 4)] == ["p", "h4", "p"]
    item = word.find(id="p-3")  # a list of one item: the item itself carries the anchor
    assert (item.name == "li" or item.find_parent("li")) and item.find_parent("ul") is not None


def test_markup_in_a_source_stays_inert_text(built: tuple[Path, Path, Path, str]) -> None:
    _, docs, site, _ = built
    s = by_file(docs)["statement.md"]
    text = text_of(docs, s)
    assert '<script>alert("pwned")</script>' in text
    assert "[full ballot](https://evil.example/ballot)" in text and "![the quay at night](quay.png)" in text
    html = in_directory_site(site, str(s["page"])).read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    body = soup.find(id="p-2")
    assert body.get_text().endswith('<script>alert("pwned")</script> Read the [full ballot](https://evil.example/ballot) or <b>nothing</b>.')
    assert not soup.find_all("script", string=lambda t: t and "pwned" in t)
    assert not soup.find_all("a", href=lambda h: h and "evil.example" in h)
    assert not soup.find_all("img", src="quay.png") and not body.find("b")
    assert soup.find(id="p-6").get_text() == "![the quay at night](quay.png)"


def test_other_files_are_named_in_a_warning(built: tuple[Path, Path, Path, str]) -> None:
    seeds, docs, _, stderr = built
    assert f"warning: {seeds / 'photo.odt'}: not a kind of source the builder reads" in stderr
    assert "photo" not in json.dumps(by_file(docs))


def test_conversions_are_cached_by_content(built: tuple[Path, Path, Path, str], tmp_path: Path) -> None:
    seeds, docs, _, _ = built
    kept = sorted((docs / ".dossier-cache" / "yaml").glob("converted-*.pickle"))
    assert len(kept) == 5  # the two web pages, the PDF, the Word file, the Markdown file
    # A copy of the dossier under other names builds from the same cache entries.
    copy = tmp_path / "seeds"
    shutil.copytree(seeds, copy)
    target = tmp_path / "docs"
    shutil.copytree(docs, target)
    (copy / "minutes.pdf").rename(copy / "minutes-copy.pdf")
    result = call_builder("build", "--seeds", str(copy), "--docs", str(target))
    assert result.returncode == 0, result.stderr
    assert sorted((target / ".dossier-cache" / "yaml").glob("converted-*.pickle")) == [
        target / p.relative_to(docs) for p in kept]


def test_conversion_is_deterministic() -> None:
    data = make_pdf(PDF_PARAGRAPHS)
    assert convert.convert("a.pdf", data) == convert.convert("a.pdf", data)
    assert convert.convert("a.HTML", COURIER.encode()) == convert.convert("b.htm", COURIER.encode())


BAD_FILES = [
    ("report.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF at all",
     "report.pdf: cannot be read as PDF"),
    ("locked.pdf", make_pdf(PDF_PARAGRAPHS, encrypt=True), "locked.pdf: the PDF is encrypted"),
    ("scan.pdf", make_scan(), "scan.pdf: the PDF has no text layer"),
    ("page.html", b"<html><body><p>Caf\xe9 \xff\xfe broken bytes in a page that declares no charset.</p></body></html>",
     "page.html: not valid UTF-8"),
    ("letter.docx", b"PK\x03\x04 this zip is cut short", "letter.docx: cannot be read as DOCX"),
    ("empty.html", b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
     "empty.html: no article text found"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_stops_the_build_naming_it(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    (seeds / "courier.html").write_text(COURIER, encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    before = snapshot(docs)
    (seeds / name).write_bytes(data)
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(seeds / name)) and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(docs) == before


def test_add_copies_files_and_prints_their_entries(tmp_path: Path) -> None:
    seeds, inbox = tmp_path / "seeds", tmp_path / "downloads"
    seeds.mkdir()
    inbox.mkdir()
    (inbox / "courier.html").write_text(COURIER, encoding="utf-8")
    (inbox / "minutes.pdf").write_bytes(make_pdf(PDF_PARAGRAPHS))
    result = call_builder("add", str(inbox / "courier.html"), str(inbox / "minutes.pdf"), "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    assert '"courier.html":\n  title: "Dockers walk out at Port Avel"\n  outlet: "Avel Courier"\n  published: "2024-03-12"\n' \
        '  url: "https://courier.example/2024/03/12/strike"\n  byline: "Ann Writer"\n' in result.stdout
    # its text states no date: the file's is proposed, said to be the file's (review s14c)
    assert ('"minutes.pdf":\n  title: "Minutes of the pay meeting"\n  published: "2024-03-14"    # the day the file was '
            'made (its metadata); its text states no date: check it\n') in result.stdout
    assert (seeds / "minutes.pdf").read_bytes() == (inbox / "minutes.pdf").read_bytes()
    (seeds / "sources.yml").write_text('courier.html:\n  title: Mine\n', encoding="utf-8")
    appended = call_builder("add", str(inbox / "courier.html"), str(inbox / "minutes.pdf"), "--seeds", str(seeds), "--append")
    assert appended.returncode == 0, appended.stderr
    assert "1 entry added, 1 already there" in appended.stdout
    assert (seeds / "sources.yml").read_text(encoding="utf-8").startswith('courier.html:\n  title: Mine\n"minutes.pdf":\n')
    check = call_builder("check", "--seeds", str(seeds))
    assert check.returncode == 0, check.stderr


def test_add_refuses_a_bad_file_and_copies_nothing(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    good, bad = tmp_path / "courier.html", tmp_path / "scan.pdf"
    good.write_text(COURIER, encoding="utf-8")
    bad.write_bytes(make_scan())
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 in Latin-1".encode("latin-1"))
    result = call_builder("add", str(latin), "--seeds", str(seeds))
    assert result.returncode == 2 and result.stderr.startswith(f"{latin}: not valid UTF-8")
    result = call_builder("add", str(good), str(bad), "--seeds", str(seeds))
    assert result.returncode == 2
    assert result.stderr.strip() == f"{bad}: the PDF has no text layer (a scan?); the builder does no OCR: " \
        "give it a PDF with text, or the text as .txt"
    assert list(seeds.iterdir()) == []


def test_a_change_of_structure_alone_renders_the_page_again(tmp_path: Path) -> None:
    """Markdown whose text stays the same but whose heading level or emphasis changes:
    the page shows the change (the cache key holds the paragraphs' structure)."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    source = seeds / "statement.md"
    source.write_text("# Demands\n\nMara Lind wants *six* per cent.\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    (page,) = (docs / "sources").glob("demands*.md")
    assert page.read_text(encoding="utf-8").count("<em>six</em>") == 1
    source.write_text("## Demands\n\nMara Lind wants **six** per cent.\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    text = page.read_text(encoding="utf-8")
    assert "<strong>six</strong>" in text and "<em>six</em>" not in text
    assert "\n#### <a class=\"pnum\" href=\"#p-1\"" in text


PAGE = """<html><head><title>{title}</title><meta property="og:title" content="{title}"><meta property="og:site_name" content="Kell Gazette"></head><body>
<article><h1>{h1}</h1><p class="byline">By Rosa Tan</p>
<p>The Kell Bakers' Cooperative filed for insolvency at the Kell District Court on Monday after losing its largest customer.</p>
<p>Its chair, Ilse Varga, said the cooperative owed suppliers money since the winter and that forty bakers would lose their jobs.</p>
</article></body></html>"""


@pytest.mark.parametrize(("title", "h1", "kept"), [
    ("Bakers' cooperative files for insolvency", "Bakers' cooperative files for insolvency", False),
    ("Bakers’ Cooperative Files for Insolvency | Kell Gazette", "Bakers' cooperative files for insolvency", False),
    ("Bakers' cooperative files for insolvency - Kell Gazette", "Bakers' cooperative files for insolvency", False),
    ("Insolvencies this week", "Bakers' cooperative files for insolvency", True),  # a heading not the title stays
])
def test_a_web_pages_headline_is_its_title_not_its_first_paragraph(title: str, h1: str, kept: bool) -> None:
    converted = convert.convert("page.html", PAGE.format(title=title, h1=h1).encode())
    first = converted.blocks[0].text
    assert (first == h1) is kept
    assert converted.blocks[1 if kept else 0].text.startswith("The Kell Bakers' Cooperative filed")


def test_a_word_files_title_paragraph_is_its_title() -> None:
    document = docx.Document()
    document.core_properties.title = "Ruling on the strike ballot"
    document.add_heading("Ruling on the strike ballot", level=0)  # the Title style
    document.add_paragraph("The tribunal ruled on Friday that the ballot of the dockers was valid.")
    out = io.BytesIO()
    document.save(out)
    converted = convert.convert("ruling.docx", out.getvalue())
    assert [b.text for b in converted.blocks] == ["The tribunal ruled on Friday that the ballot of the dockers was valid."]
    assert converted.meta["title"] == "Ruling on the strike ballot"


def test_a_deep_markdown_list_keeps_the_text_after_it() -> None:
    """A list ten levels deep reached markdown-it's CommonMark limit of 20 and the parser
    dropped everything after it without a word (attack review, session 12, F1)."""
    nested = "First.\n\n" + "".join("  " * i + f"- level {i}\n" for i in range(11)) + "\nAfter one.\n\nAfter two.\n"
    texts = [b.text for b in convert.convert("outline.md", nested.encode()).blocks]
    assert texts == ["First.", *(f"level {i}" for i in range(11)), "After one.", "After two."]
    quoted = "Before.\n\n" + ">" * 20 + " deep text\n\nAfter.\n"
    assert [b.text for b in convert.convert("thread.md", quoted.encode()).blocks] == ["Before.", "deep text", "After."]


@pytest.mark.parametrize("depth", [120, 50_000])
def test_nesting_past_the_limit_is_an_error_not_lost_text(depth: int) -> None:
    text = "Before.\n\n" + ">" * depth + " deep\n\nAfter.\n"
    with pytest.raises(convert.ConversionError, match=r"^thread\.md: lists or quotes nested too deeply .* flatten the nesting$"):
        convert.convert("thread.md", text.encode())


@pytest.mark.parametrize("bad", [b"D:2024-99-", b"yesterday!"])
def test_a_pdf_with_a_malformed_creation_date_is_read_without_a_date(bad: bytes) -> None:
    """A readable PDF whose /CreationDate is malformed was refused as "cannot be read as
    PDF (Can not convert date ...)" (attack review, session 12, F4): the text is read, the
    metadata gives no date."""
    data = make_pdf([["The pay meeting opened at nine.", "It closed at noon."]])
    assert data.count(b"(D:20240314") == 1
    broken = data.replace(b"(D:20240314", b"(" + bad)  # same length: the offsets stay right
    converted = convert.convert("minutes.pdf", broken)
    assert [b.text for b in converted.blocks][-2:] == ["The pay meeting opened at nine.", "It closed at noon."]
    assert "published" not in converted.meta and converted.meta["byline"] == "Port Authority of Avel"
    assert convert.convert("minutes.pdf", data).meta["published"] == "2024-03-14"


def test_a_pdf_is_dated_by_its_text_over_its_metadata(tmp_path: Path) -> None:
    """A PDF's /CreationDate is when the file was made: the build took it over the text's
    "Dated:" line while `add` proposed the text's, and its warning blamed sources.yml for
    the metadata's date (attack review, session 12, F5). Now the build dates it as `add`
    does and says where the other date came from; a date sources.yml gives still wins."""

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ruling.pdf").write_bytes(make_pdf([["Dated: 9 April 2025", "The court ruled for the dockers."]]))
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    assert (f"warning: {seeds / 'ruling.pdf'}: the file's metadata says 2024-03-14 (when the file was made); "
            "taken from its date line (2025-04-09)") in result.stderr
    data = json.loads((tmp_path / "docs" / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert [s["published"] for s in data["sources"]] == ["2025-04-09"]
    (seeds / "sources.yml").write_text("ruling.pdf:\n  published: 2025-04-10\n", encoding="utf-8")
    again = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert f"{seeds / 'ruling.pdf'}: its date line says 2025-04-09; sources.yml says published 2025-04-10" in again.stderr
    data = json.loads((tmp_path / "docs" / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert [s["published"] for s in data["sources"]] == ["2025-04-10"]


def test_a_pdfs_running_header_footer_and_ligatures_are_no_part_of_its_text() -> None:
    """Fresh-user review s14c: a judgment's running header and "Page 1 of 2" footer were
    paragraphs (a place highlighted in them, a name discovered from them), and "ﬁgure"
    kept its typesetter's ligature in titles and names. The header stays once, as the
    document's heading; the footers and page numbers go."""
    header = "JUDICIARY OF AVEL - R v Lind - Sentencing remarks"
    pages = [
        [header, "Her Honour Judge Mara Osei 19 July 2024", "1. The defendant moved the first payment.", "Page 1 of 2"],
        [header, "2. The flagged account was closed.", "Page 2 of 2"],
    ]
    text = convert.convert("remarks.pdf", make_pdf(pages)).text
    assert text.split("\n\n") == [
        header, "Her Honour Judge Mara Osei 19 July 2024", "1. The defendant moved the first payment.",
        "2. The flagged account was closed."]
    numbered = convert.convert("n.pdf", make_pdf([["The first page.", "1"], ["The second page.", "2"], ["The third.", "3"]])).text
    assert numbered.split("\n\n") == ["The first page.", "The second page.", "The third."]
    # one page: nothing repeats, so its first and last lines stay (a page label aside)
    single = convert.convert("one.pdf", make_pdf([[header, "The text itself.", "Page 1"]])).text
    assert single.split("\n\n") == [header, "The text itself."]
    from builder.annotate import opening
    assert opening.opening(text, plain=False).published == "2024-07-19"  # the heading line closed by its date
    # (FPDF's core fonts cannot set a ligature: the table the text layer is read through)
    assert "The ﬁrst ﬂagged ﬃx, ﬀ ﬄ ﬅ ﬆ".translate(pdf._LIGATURES) == "The first flagged ffix, ff ffl st st"


@pytest.mark.parametrize("pages", [
    # attack review s14b: each of these lost body text to the first furniture rule
    [["Dear Sir,", "We object to the plan.", "The union reserves its rights."],
     ["We also object to the second plan.", "The union reserves its rights."]],  # a sentence closing both pages
    [["2019", "The ferry was closed after the flood."], ["2020", "The trust raised money."], ["2021", "Repairs began."]],  # years
    [["Vote count on day 1: 120 for, 30 against."], ["Vote count on day 2: 125 for, 25 against."]],  # sentences, digits apart
    [["Annual report", "2024", "Revenue rose this year, the board said."]],  # a year on a one-page report
    [["Chapter", "1", "The story starts here."], ["2", "The story goes on here."]],  # chapter numbers
])
def test_a_pdfs_body_text_is_never_taken_for_its_furniture(pages: list[list[str]]) -> None:
    text = convert.convert("body.pdf", make_pdf(pages)).text
    assert text.split("\n\n") == [p for page in pages for p in page]


def test_a_letterheads_dated_heading_stays_once_and_dates_the_letter() -> None:
    """Attack review s14b: "London, 19 July 2024" heading each page was dropped, so `add`
    dated the letter by its file. The first stays."""
    pages = [["London, 19 July 2024", "Dear Sir, we write about the harbour."],
             ["London, 19 July 2024", "Yours faithfully."]]
    text = convert.convert("letter.pdf", make_pdf(pages)).text
    assert text.split("\n\n") == ["London, 19 July 2024", "Dear Sir, we write about the harbour.", "Yours faithfully."]
    from builder.annotate import opening
    assert opening.opening(text, plain=False).published == "2024-07-19"

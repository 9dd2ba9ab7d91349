"""Turn the files people collect into a source's text: saved web pages, PDFs, Word files
and Markdown become plain paragraphs with their structure and metadata.

`convert(name, data)` is pure (bytes in, `Converted` out, no I/O): `sources` reads the
file and keeps the result cached by the file's content hash. The text it returns is what
every offset in the export refers to. A file that cannot be read raises
`ConversionError` with one line naming the file. Plain `.txt` files are not converted
here: `sources` reads them as they are.

Libraries: trafilatura (web pages: main text without navigation, adverts or comments,
and the page's metadata), pypdf (the text layer of a PDF, page by page), python-docx
(Word paragraphs and heading styles), markdown-it-py (Markdown's block structure, its
inline HTML, links and images kept as inert text).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..escaping import CONTROLS, shown
from .schema import LINE_CHARS

CONVERTED = (".html", ".htm", ".pdf", ".docx", ".md", ".markdown")
FILE_MADE = (".pdf", ".docx")
"""Formats whose own date (a PDF's /CreationDate, a Word file's created) is when the
file was made, often long after the document: a date its text states ("Dated: 9 April
2025", a date line) wins over it, in `add` and in a build."""
"""Suffixes (compared lower-cased) converted here."""
PLAIN = (".txt",)
"""Suffixes read as plain text, paragraphs separated by blank lines."""
VERSION = "5"
"""Part of the conversion cache's key: raise it when a converter's output changes."""


class ConversionError(Exception):
    """A file that cannot be converted; the message is one line naming the file."""


@dataclass(frozen=True)
class Block:
    """One paragraph of converted text."""

    text: str
    """The paragraph's text: one line or several, never a blank line."""
    role: str = ""
    """"" for a paragraph, "h1" to "h6" for a heading, "li" for a list item."""
    page: int = 0
    """The PDF page it starts on (1-based); 0 when the format has no pages."""
    emphasis: tuple[tuple[int, int, str], ...] = ()
    """(start, end, "em" or "strong") within `text`: Markdown's emphasis, its marks dropped."""


@dataclass(frozen=True)
class Converted:
    """A converted file: its paragraphs and what its own metadata says."""

    blocks: tuple[Block, ...]
    """In reading order."""
    meta: dict[str, str] = field(default_factory=dict)
    """Fields as `sources.yml` names them (title, outlet, published, url, byline), only
    those the file states; `published` is an ISO date."""

    @property
    def text(self) -> str:
        """The source's text: the blocks separated by blank lines (offsets refer to it)."""
        return "\n\n".join(b.text for b in self.blocks)


def suffix(name: str) -> str:
    """A file name's suffix, lower-cased: `.TXT` and `.txt` are the same kind."""
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def is_source(name: str) -> bool:
    """Whether a file in the seeds folder is a source the builder reads."""
    return suffix(name) in CONVERTED + PLAIN


def convert(name: str, data: bytes) -> Converted:
    """Convert the bytes of file `name` by its suffix. Raises `ConversionError`."""
    kind = suffix(name)
    try:
        if kind in (".html", ".htm"):
            return _html(name, data)
        if kind == ".pdf":
            return _pdf(name, data)
        if kind == ".docx":
            return _docx(name, data)
        if kind in (".md", ".markdown"):
            return _markdown(_decode(name, data), name)
    except ConversionError:
        raise
    except Exception as exc:  # a library's own error on a damaged file: one line, no traceback
        what = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConversionError(f"{name}: cannot be read as {kind[1:].upper()} ({what})") from exc
    raise ConversionError(f"{name}: not a kind of source the builder reads")


def _clean(text: str) -> str:
    """NFC, one space for any run of white space, no edges."""
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def _meta(text: str) -> str:
    """A field a file states about itself (a PDF's /Title, a page's <title>): `_clean`,
    with control and bidirectional characters (`escaping.CONTROLS`) dropped and at most
    `schema.LINE_CHARS` characters, cut after a whole word and marked with "…". The
    file is untrusted: its metadata must pass the checks a sources.yml field passes."""
    text = _clean(CONTROLS.sub(" ", text))
    if len(text) <= LINE_CHARS:
        return text
    cut = text[: LINE_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _blocks(items: list[Block]) -> tuple[Block, ...]:
    return tuple(b for b in items if b.text)


def _decode(name: str, data: bytes, declared: str | None = None) -> str:
    """UTF-8 (or the declared charset); a byte-order mark dropped, "\\n" line ends."""
    for encoding in (["utf-8"] + ([declared] if declared else [])):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    stated = f" nor the declared {declared}" if declared else ""
    raise ConversionError(f"{name}: not valid UTF-8{stated}; save the page as UTF-8")


# ---- web pages ----------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _html(name: str, data: bytes) -> Converted:
    import trafilatura

    declared = _CHARSET.search(data[:4096])
    html = _decode(name, data, declared.group(1).decode("ascii") if declared else None)
    doc: Any = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or doc.body is None:
        raise ConversionError(f"{name}: no article text found in the page")
    items: list[Block] = []
    for el in doc.body.iter("head", "p", "item", "quote", "row"):
        if el.tag == "p" and el.getparent() is not None and el.getparent().tag in ("item", "quote"):
            continue  # read with its item or quotation
        text = _clean("".join(el.itertext()))
        role = ""
        if el.tag == "head":
            level = (el.get("rend") or "h2").lstrip("h")
            role = f"h{level}" if level in "123456" and level else "h2"
        elif el.tag == "item":
            role = "li"
        items.append(Block(text, role))
    meta = {
        "title": _meta(doc.title or ""),
        "byline": _meta(doc.author or ""),
        "outlet": _meta(doc.sitename or ""),
        "url": doc.url if (doc.url or "").lower().startswith(("http://", "https://")) else "",
        "published": _iso(doc.date or ""),
    }
    blocks = _without_headline(_blocks(items), meta["title"])
    if not blocks:
        raise ConversionError(f"{name}: no article text found in the page")
    return Converted(blocks, {k: v for k, v in meta.items() if v})


def _without_headline(blocks: tuple[Block, ...], title: str) -> tuple[Block, ...]:
    """`blocks` without a first heading that is the file's own title (a web page's <h1>
    headline, a Word file's Title paragraph): the title names the source's page and
    `sources.yml`'s entry, so the article's text, and its paragraph 1, begin after it.
    Compared with case and typography folded; a title that adds the site's name after a
    separator ("Headline | Courier") is the same title."""
    if not blocks or not blocks[0].role.startswith("h") or not title:
        return blocks

    def key(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().casefold()

    head, whole = key(blocks[0].text), key(title)
    separated = re.split(r"\s+[|\u2013\u2014:·-]\s+", title, maxsplit=1)[0]
    if head and head in (whole, key(separated)):
        return blocks[1:]
    return blocks


def _iso(value: str) -> str:
    """An ISO date (YYYY-MM-DD) from the start of `value`, or ""."""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return ""


# ---- PDF ----------------------------------------------------------------------------


def _pdf(name: str, data: bytes) -> Converted:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its notes on a damaged file: ours is one line
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise ConversionError(f"{name}: the PDF is encrypted; save an unprotected copy")
    items: list[Block] = []
    for number, page in enumerate(reader.pages, start=1):
        # Layout mode keeps the vertical gaps between paragraphs as blank lines.
        text = page.extract_text(extraction_mode="layout") or ""
        for gap in re.split(r"\n\s*\n", text):
            for chunk in _set_solid(gap):
                # a word broken at a line's end ("docker-\nworkers" stays; "dock-\ners" joins)
                joined = re.sub(r"(\w)-\n\s*([a-z])", r"\1\2", chunk)
                items.append(Block(_clean(joined.translate(_LIGATURES)), "", number))
    blocks = _blocks(_without_furniture(items))
    if not blocks:
        raise ConversionError(
            f"{name}: the PDF has no text layer (a scan?); the builder does no OCR: "
            "give it a PDF with text, or the text as .txt"
        )
    meta: dict[str, str] = {}
    info = reader.metadata
    if info is not None:
        meta["title"] = _meta(str(info.title or ""))
        meta["byline"] = _meta(str(info.author or ""))
        try:
            created = info.creation_date if info.get("/CreationDate") else None
        except ValueError:  # "D:2025-99-99garbage": a producer's bad date is no date, not an unreadable file
            created = None
        meta["published"] = created.date().isoformat() if created else ""
    return Converted(blocks, {k: v for k, v in meta.items() if v})


_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
"""The Latin typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, Unicode's Alphabetic Presentation Forms)
a PDF's text layer keeps for a typesetter's glyph: their letters ("ﬁgure" is "figure"),
as the page shows them and as search and the names find them."""
_PAGE_LABEL = re.compile(r"page\s*#(?:\s*(?:of|/)\s*#)?(?:\W.*)?|#\s*(?:of|/)\s*#|[-–—]\s*#\s*[-–—]")
"""A page's label, digits written as #: "Page 3", "Page 3 of 9 — Crown copyright", "3 of 9",
"3/9", "- 3 -" (a bare number is a page number only by its run, `_numbered`)."""
EDGE = 2
"""How many blocks at the top and at the bottom of a page may be its running header or footer."""
FURNITURE_CHARS = 120
"""The longest block that may be a running header or footer (a page's furniture is a line)."""


def _without_furniture(items: list[Block]) -> list[Block]:
    """`items` (a PDF's blocks, page by page) without the layout's furniture, found as
    PDFMiner's and pdfplumber's users find it, by repetition at the pages' edges: a line
    (at most `FURNITURE_CHARS`, not ending a sentence) among the first or last `EDGE`
    blocks of a page that stands there, its digits aside, on at least two pages and half
    of them ("JUDICIARY OF ENGLAND AND WALES — R v Farrow", "Page 1 of 2 — Crown
    copyright"): every time at a page's foot, every time but the first at its head (the
    first is the document's own heading: "London, 19 July 2024" dates a letter); a page's
    label at an edge ("Page 3 of 9"); and bare numbers that count the pages (`_numbered`).
    A sentence is never furniture ("The union reserves its rights." closing both pages)."""
    pages: dict[int, list[int]] = {}
    for n, b in enumerate(items):
        pages.setdefault(b.page, []).append(n)
    # a short page's blocks are its head's or its foot's, never both (its head's first)
    tops = {n for ns in pages.values() for n in ns[: min(EDGE, (len(ns) + 1) // 2)]}
    bottoms = {n for ns in pages.values() for n in ns[len(ns) - min(EDGE, len(ns) // 2):]}
    key = {n: re.sub(r"\d+", "#", items[n].text).casefold() for n in tops | bottoms}
    line = {n for n in key if len(items[n].text) <= FURNITURE_CHARS and not re.search(r"[.!?;:][\"”’)]*$", items[n].text)
            and key[n].strip("# ")}  # (a bare number: `_numbered`)
    seen: dict[str, set[int]] = {}
    for n in line:
        seen.setdefault(key[n], set()).add(items[n].page)
    running = {k for k, on in seen.items() if len(on) >= 2 and 2 * len(on) >= len(pages)}
    first_head: dict[str, int] = {}
    for n in sorted(tops & line):
        first_head.setdefault(key[n], n)
    furniture = {n for n in line if key[n] in running and (n in bottoms or first_head.get(key[n]) != n)}
    furniture |= {n for n in key if _PAGE_LABEL.fullmatch(key[n])} | _numbered(items, pages)
    kept = [b for n, b in enumerate(items) if n not in furniture]
    return kept if kept else items


def _numbered(items: list[Block], pages: dict[int, list[int]]) -> set[int]:
    """The bare numbers that number the pages: the first or last block of a page that is
    a number differing from its page's number by one offset (at most 10) on at least two
    pages and half of them. A year heading ("2019", "2020" on pages 1 and 2) is no page
    number: its offset is too large."""
    offsets: dict[int, set[int]] = {}
    for page, ns in pages.items():
        for n in {ns[0], ns[-1]}:
            if items[n].text.isdigit() and abs(int(items[n].text) - page) <= 10:
                offsets.setdefault(int(items[n].text) - page, set()).add(n)
    return {n for found in offsets.values() if len({items[n].page for n in found}) >= 2
            and 2 * len({items[n].page for n in found}) >= len(pages) for n in found}


def _set_solid(chunk: str) -> list[str]:
    """Paragraphs in a run of lines with no gap between them: a paragraph ends at a line
    that ends a sentence and stops well short of the run's widest line (its last line).
    A run of fewer than three lines is one paragraph."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in chunk.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 3:
        return [chunk]
    width = max(map(len, lines))
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if len(line) < 0.75 * width and line[-1] in ".!?:\"”’)":
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


# ---- Word ---------------------------------------------------------------------------


DOCX_XML_BYTES = 32_000_000
"""The most a Word file's main part (`word/document.xml`) may hold unpacked: a 140 KB
file deflated 54 MB of text (204 s and 4.5 GB to build); a long report's part is a few
MB."""


DOCX_PART_BYTES = 8_000_000
"""The most any other XML part of a Word file (styles, numbering, settings, headers,
relationships) may hold unpacked: python-docx parses them whole, and a 125 KB file whose
styles.xml held ten million empty elements took 1.4 GB (attack review, session 12); a
real document's styles are well under 1 MB."""


def _docx(name: str, data: bytes) -> Converted:
    import zipfile

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = [(i.filename, i.file_size) for i in z.infolist()]
    except zipfile.BadZipFile:
        members = []  # python-docx says what is wrong with it
    unpacked = sum(size for part, size in members if part == "word/document.xml")
    if unpacked > DOCX_XML_BYTES:
        raise ConversionError(
            f"{name}: the Word file's text unpacks to {unpacked / 1e6:,.0f} MB from {len(data) / 1e6:,.1f} MB "
            f"(at most {DOCX_XML_BYTES / 1e6:,.0f} MB); split it or save it as a .txt file")
    for part, size in members:
        if part != "word/document.xml" and part.endswith((".xml", ".rels")) and size > DOCX_PART_BYTES:
            raise ConversionError(
                f"{name}: the Word file's part {shown(part)} unpacks to {size / 1e6:,.0f} MB from {len(data) / 1e6:,.1f} MB "
                f"(at most {DOCX_PART_BYTES / 1e6:,.0f} MB for a part besides the text); save it again or as a .txt file")
    document = docx.Document(io.BytesIO(data))
    items: list[Block] = []
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        role = ""
        heading = re.fullmatch(r"Heading ([1-6])", style)
        if heading:
            role = f"h{heading.group(1)}"
        elif style == "Title":
            role = "h1"
        elif style.startswith("List"):
            role = "li"
        items.append(Block(_clean(para.text), role))
    props = document.core_properties
    blocks = _without_headline(_blocks(items), _meta(props.title or ""))
    if not blocks:
        raise ConversionError(f"{name}: the Word file has no text")
    meta = {
        "title": _meta(props.title or ""),
        "byline": _meta(props.author or ""),
        "published": props.created.date().isoformat() if props.created else "",
    }
    return Converted(blocks, {k: v for k, v in meta.items() if v})


# ---- Markdown -----------------------------------------------------------------------


MARKDOWN_NESTING = 100
"""markdown-it's limit of nested block markup (a list item holds two levels, a quote
one): past it the parser drops the rest of the document without a word, so reaching it
is an error (`_markdown`). CommonMark's preset sets 20, which a list ten levels deep
reached, losing the text after it."""


def _markdown(text: str, name: str = "") -> Converted:
    """Headings and list items become blocks with their role; emphasis markers are
    dropped; inline HTML, links and images stay as the text the author typed (shown,
    never followed or run); a block of HTML stays as its text too. An ordered list
    item keeps its number as the author wrote it ("2. ", "3) "): it is part of the text.
    Raises `ConversionError` for lists or quotes nested past `MARKDOWN_NESTING`."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    md.options["maxNesting"] = MARKDOWN_NESTING
    tokens = md.parse(text)
    deep = next((t for t in tokens if t.level >= MARKDOWN_NESTING - 1), None)
    if deep is not None:
        line = text.splitlines()[deep.map[0]] if deep.map else ""
        raise ConversionError(
            f"{name}: lists or quotes nested too deeply (about {MARKDOWN_NESTING // 2} levels) at {shown(line.strip()[:60])}; "
            "the text after it would be lost: flatten the nesting"
        )
    items: list[Block] = []
    role = ""
    in_item = 0
    number = ""  # an ordered item's number and its mark, until its first line is read
    for tok in tokens:
        if tok.type == "heading_open":
            role = tok.tag
        elif tok.type == "heading_close":
            role = ""
        elif tok.type == "list_item_open":
            in_item += 1
            number = f"{tok.info}{tok.markup} " if tok.info else ""
        elif tok.type == "list_item_close":
            in_item -= 1
            number = ""
        elif tok.type == "inline":
            text, emphasis = _inline(tok)
            if number:
                text = number + text
                emphasis = tuple((a + len(number), b + len(number), k) for a, b, k in emphasis)
                number = ""
            items.append(Block(text, role or ("li" if in_item else ""), 0, emphasis))
        elif tok.type in ("html_block", "code_block", "fence"):
            items.extend(Block(_clean(chunk)) for chunk in re.split(r"\n\s*\n", tok.content))
    return Converted(_blocks(items))


_OPEN = {"em_open": "\ue010", "strong_open": "\ue012"}
_CLOSE = {"em_close": "\ue011", "strong_close": "\ue013"}
_MARK = re.compile("[\ue010-\ue013]")


def _inline(tok: object) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """An inline run as plain text and its emphasis: the emphasis marks are dropped (and
    their stretches returned), everything else (inline HTML, code, links with their
    addresses, images) stays as the author typed it."""
    out: list[str] = []
    links: list[tuple[str, str]] = []
    for child in getattr(tok, "children", None) or []:
        kind = child.type
        if kind in ("text", "html_inline"):
            out.append(_MARK.sub("", child.content))
        elif kind == "code_inline":
            out.append(f"{child.markup}{_MARK.sub('', child.content)}{child.markup}")
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind in _OPEN:
            out.append(_OPEN[kind])
        elif kind in _CLOSE:
            out.append(_CLOSE[kind])
        elif kind == "link_open":
            links.append((child.markup, str(child.attrs.get("href", ""))))
            out.append("<" if child.markup == "autolink" else "[")
        elif kind == "link_close" and links:
            markup, href = links.pop()
            out.append(">" if markup == "autolink" else f"]({href})")
        elif kind == "image":
            out.append(f"![{child.content}]({child.attrs.get('src', '')})")
    # Private-use marks stand for emphasis while white space is cleaned, then are taken out.
    marked = _clean("".join(out))
    text: list[str] = []
    opened: dict[str, list[int]] = {"em": [], "strong": []}
    emphasis: list[tuple[int, int, str]] = []
    length = 0
    for part in re.split(f"({_MARK.pattern})", marked):
        if not part:
            continue
        if _MARK.fullmatch(part):
            kind = "em" if part in "\ue010\ue011" else "strong"
            if part in "\ue010\ue012":
                opened[kind].append(length)
            elif opened[kind]:
                start = opened[kind].pop()
                if length > start:
                    emphasis.append((start, length, kind))
            continue
        text.append(part)
        length += len(part)
    plain = "".join(text)
    # _clean's edges: a mark at an edge may have kept a space inside the text's ends.
    lead = len(plain) - len(plain.lstrip())
    plain = plain.strip()
    emphasis = [(max(0, a - lead), min(len(plain), b - lead), k) for a, b, k in emphasis]
    return plain, tuple(sorted((a, b, k) for a, b, k in emphasis if b > a))

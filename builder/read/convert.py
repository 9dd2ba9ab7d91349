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
inline HTML, links and images kept as inert text: `commonmark`).
"""

from __future__ import annotations

import datetime as dt
import io
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
VERSION = "7"
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
    furniture: int = 0
    """How many blocks were left out as the pages' furniture (a PDF's running headers and
    footers, page labels and numbers)."""

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
            from .pdf import pdf_text  # (pdf builds on this module's blocks)

            return pdf_text(name, data)
        if kind == ".docx":
            return _docx(name, data)
        if kind in (".md", ".markdown"):
            from .commonmark import markdown  # (commonmark builds on this module's blocks)

            return markdown(_decode(name, data), name)
    except ConversionError:
        raise
    except Exception as exc:  # a library's own error on a damaged file: one line, no traceback
        what = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConversionError(f"{name}: cannot be read as {kind[1:].upper()} ({what})") from exc
    raise ConversionError(f"{name}: not a kind of source the builder reads")


def clean_text(text: str) -> str:
    """NFC, one space for any run of white space, no edges."""
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def meta_line(text: str) -> str:
    """A field a file states about itself (a PDF's /Title, a page's <title>): `clean_text`,
    with control and bidirectional characters (`escaping.CONTROLS`) dropped and at most
    `schema.LINE_CHARS` characters, cut after a whole word and marked with "…". The
    file is untrusted: its metadata must pass the checks a sources.yml field passes."""
    text = clean_text(CONTROLS.sub(" ", text))
    if len(text) <= LINE_CHARS:
        return text
    cut = text[: LINE_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def paragraph_blocks(items: list[Block]) -> tuple[Block, ...]:
    """The blocks that hold text (a converter's empty paragraphs dropped)."""
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
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": LATEST_DATE},
    )
    if doc is None or doc.body is None:
        raise ConversionError(f"{name}: no article text found in the page")
    body = doc.body
    if _TIME.search(html):
        # trafilatura drops a <time> element's text inside a paragraph: a live blog's
        # "21:10" before each entry was lost (fresh-user review s15d #3). The text is read
        # from the page with each <time> unwrapped (its text kept as the page shows it);
        # the metadata, whose date may come from a <time datetime>, from the page as it is.
        timed: Any = trafilatura.bare_extraction(
            _TIME.sub(r"\1", html), with_metadata=False, include_comments=False, include_tables=True, favor_precision=True)
        if timed is not None and timed.body is not None:
            body = timed.body
    items: list[Block] = []
    for el in body.iter("head", "p", "item", "quote", "row"):
        if el.tag == "p" and el.getparent() is not None and el.getparent().tag in ("item", "quote"):
            continue  # read with its item or quotation
        text = clean_text("".join(el.itertext()))
        role = ""
        if el.tag == "head":
            level = (el.get("rend") or "h2").lstrip("h")
            role = f"h{level}" if level in "123456" and level else "h2"
        elif el.tag == "item":
            role = "li"
        items.append(Block(text, role))
    meta = {
        "title": meta_line(doc.title or ""),
        "byline": meta_line(doc.author or ""),
        "outlet": meta_line(doc.sitename or ""),
        "url": doc.url if (doc.url or "").lower().startswith(("http://", "https://")) else "",
        "published": _iso(doc.date or ""),
    }
    blocks = _without_headline(_headline_first(paragraph_blocks(items), html, meta["title"]), meta["title"])
    if not blocks:
        raise ConversionError(f"{name}: no article text found in the page")
    return Converted(blocks, {k: v for k, v in meta.items() if v})


LATEST_DATE = "9999-12-31"
"""The latest publication date a page's metadata may give. htmldate's own bound is the
end of the machine's today: a page's `article:published_time` of tomorrow was dropped and
a coarser date found elsewhere took its place ("2026-12-04T21:10" read as 2026-12-01 on a
machine whose clock said 3 December: review 19 d.md #6). A machine-readable date is read
exactly as the page gives it (Open Graph `article:published_time`, schema.org
`datePublished`: ISO 8601), and a build never depends on the machine's clock."""


_TIME = re.compile(r"<time\b[^>]*>(.*?)</time>", re.IGNORECASE | re.DOTALL)


def _headline_first(blocks: tuple[Block, ...], html: str, title: str) -> tuple[Block, ...]:
    """`blocks` in the page's own order when the extractor put a paragraph or two before the
    page's headline (a heading whose text is the title) that the page itself has after it
    (a live blog's first entry came out above its <h1>: fresh-user review s15d #3)."""
    def key(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().casefold()

    k = next((i for i, b in enumerate(blocks[:4]) if b.role.startswith("h") and title and key(b.text) == key(title)), 0)
    if not k:
        return blocks
    page = key(re.sub(r"<[^>]+>", " ", html))
    at = page.find(key(blocks[k].text))

    def found(b: Block) -> int:
        return page.find(key(b.text)[:60])
    if at < 0 or not all(found(b) > at for b in blocks[:k]):
        return blocks
    # the page's own order, each block where its text first stands (one not found stays
    # after the block before it)
    where, last = [], -1
    for b in blocks:
        last = found(b) if found(b) >= 0 else last
        where.append(last)
    return tuple(b for _, _, b in sorted((w, i, b) for i, (w, b) in enumerate(zip(where, blocks, strict=True))))


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
        items.append(Block(clean_text(para.text), role))
    props = document.core_properties
    blocks = _without_headline(paragraph_blocks(items), meta_line(props.title or ""))
    if not blocks:
        raise ConversionError(f"{name}: the Word file has no text")
    meta = {
        "title": meta_line(props.title or ""),
        "byline": meta_line(props.author or ""),
        "published": props.created.date().isoformat() if props.created else "",
    }
    return Converted(blocks, {k: v for k, v in meta.items() if v})

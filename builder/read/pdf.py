"""A PDF's text: its text layer (pypdf, layout mode) cut into paragraphs, with the page's
furniture (running headers and footers, page numbers) left out and typographic ligatures
read as their letters. Part of `convert`, which calls `pdf_text` for a `.pdf` file."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import unicodedata
from dataclasses import replace

from .convert import Block, ConversionError, Converted, clean_text, meta_line, paragraph_blocks


def pdf_text(name: str, data: bytes) -> Converted:
    """A PDF's text layer as paragraphs, page by page (layout mode's blank lines, then
    `_set_solid`), without its running headers, footers and page numbers
    (`_without_furniture`; how many blocks it left out is `Converted.furniture`), with its
    /Title, /Author and /CreationDate (`pdf_date`). Raises
    `ConversionError` for an encrypted PDF or one with no text layer (a scan)."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its notes on a damaged file: ours is one line
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise ConversionError(f"{name}: the PDF is encrypted; save an unprotected copy")
    items: list[Block] = []
    laid_out: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        # Layout mode keeps the vertical gaps between paragraphs as blank lines.
        text = page.extract_text(extraction_mode="layout") or ""
        for gap in re.split(r"\n\s*\n", text):
            for chunk in _set_solid(gap):
                # a word broken at a line's end ("docker-\nworkers" stays; "dock-\ners" joins)
                joined = re.sub(r"(\w)-\n\s*([a-z])", r"\1\2", chunk).translate(_LIGATURES)
                items.append(Block(clean_text(joined), "", number))
                laid_out.append(laid(joined))
    kept, furniture = _without_furniture(items, laid_out)
    blocks = paragraph_blocks(_across_pages(kept))
    if not blocks:
        raise ConversionError(
            f"{name}: the PDF has no text layer (a scan?); the builder does no OCR: "
            "give it a PDF with text, or the text as .txt"
        )
    meta: dict[str, str] = {}
    info = reader.metadata
    if info is not None:
        meta["title"] = meta_line(_info_text(info, "/Title"))
        meta["byline"] = meta_line(_info_text(info, "/Author"))
        raw: object = info.get("/CreationDate")  # (pypdf's own reading falls back to looser patterns)
        raw = raw.get_object() if raw is not None and hasattr(raw, "get_object") else raw
        meta["published"] = pdf_date(raw.decode("latin-1") if isinstance(raw, bytes) else str(raw or ""))
    return Converted(blocks, {k: v for k, v in meta.items() if v}, furniture)


def _info_text(info: object, key: str) -> str:
    """The document information entry `key` when it is a string, else "": an array or a
    dictionary (pypdf hands those on as they are) is no title, not its Python repr."""
    value = info.get(key) if isinstance(info, dict) else None
    value = value.get_object() if value is not None and hasattr(value, "get_object") else value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else ""


_PDF_DATE = re.compile(r"(?:D:)?([0-9]{4})(?:([0-9]{2})(?:([0-9]{2})(?:([0-9]{2})(?:([0-9]{2})(?:([0-9]{2}))?)?)?)?)?"
                       r"(?:([-+Z])(?:([0-9]{2})'?(?:([0-9]{2})'?)?)?)?")


def pdf_date(raw: str) -> str:
    """The ISO day of a PDF date string (PDF 32000-1, chapter 7, "Dates": D:YYYYMMDDHHmmSSOHH'mm,
    any prefix from the year on, "D:" left out by older writers, the closing apostrophe by
    many), as the file states it (its own time zone); "" unless the string is that format
    and every field is in range (no 30 February, no year 0000, no hour 25: pypdf read
    "D:20240230" as 2024-02-03 by a looser pattern) or when it gives no day ("D:2024")."""
    m = _PDF_DATE.fullmatch(raw.strip())
    if not m or m.group(3) is None:
        return ""
    year, month, day, hour, minute, second, _, zone_hours, zone_minutes = (
        int(g) if g and g.isdigit() else 0 for g in m.groups())
    if year == 0 or hour > 23 or minute > 59 or second > 59 or zone_hours > 23 or zone_minutes > 59:
        return ""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
"""The Latin typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, Unicode's Alphabetic Presentation Forms)
a PDF's text layer keeps for a typesetter's glyph: their letters ("ﬁgure" is "figure"),
as the page shows them and as search and the names find them."""
_LABEL = re.compile(r"page\s*#(?:\s*(?:of|/)\s*#)?(?:\s*[-–—|·•,]\s*(?:(?![.!?;:](?:\s|$))[^!?;:]){1,40})?"
                    r"|#\s*(?:of|/)\s*#|[-–—]\s*#\s*[-–—]")
"""A page's label, digits written as #: "Page 3", "Page 3 of 9", with a short tail "Page 3
of 9 — Crown copyright"; alone "3 of 9", "3/9", "- 3 -" (a bare number is a page
number only by its run, `_numbered`). Never a sentence ("Page 7: the minister's letter
... says ...")."""
_SEPARATOR = r"[-–—|·•/:,]"
"""What sets a page's number off from a running header's words ("Annual report — 3",
"3 | Annual report"); a layout's wide gap is read as " | " (`laid`)."""
_ENDS_SENTENCE = re.compile(r"[.!?;:][\"”’)]*$")
EDGE = 2
"""How many blocks at the top and at the bottom of a page may be its running header or footer."""
FURNITURE_CHARS = 120
"""The longest block that may be a running header or footer (a page's furniture is a line)."""
PAGE_OFFSET = 10
"""How far a page's printed number may be from its place in the file (an extract whose
first page is numbered 3). A year ("2019", "2020" on pages 1 and 2) is further."""


def laid(chunk: str) -> str:
    """`chunk` (layout-mode text) with a wide gap inside a line (the running header's title
    at the left, the page's number at the right margin) written " | ", then `clean_text`."""
    return clean_text(re.sub(r"(?<=\S)[ \t]{3,}(?=\S)", " | ", chunk))


def _line(text: str) -> bool:
    """Whether `text` may be a page's furniture: a line (at most `FURNITURE_CHARS`) that
    ends no sentence and is not a bare number (those are `_numbered`'s)."""
    return len(text) <= FURNITURE_CHARS and not _ENDS_SENTENCE.search(text) and not re.fullmatch(r"[\d\s]*", text)


def _key(text: str, page: int) -> tuple[str, bool]:
    """`text` (casefolded) as it repeats from page to page, and whether it counts the pages:
    a number that stands where a page's number stands (after "page"; at the line's start
    or end, set off by a separator or a layout's gap) and differs from the page's number
    by at most `PAGE_OFFSET` is written "#" and that difference ("Report — page 3" on page
    3 is "report — page #0"). Any other number is kept: "11 March 2024", "12 March 2024"
    and "Chapter 2", "Chapter 3" differ from page to page, as content does."""
    text = text.casefold()
    out, at, counted = [], 0, False
    for m in re.finditer(r"\d+", text):
        before, after = text[: m.start()], text[m.end():]
        # (a separator between digits joins one number: "2024-03-11", "11.03.2024", "10:30")
        where = (re.search(r"\bpage\s*$", before)
                 or (not before.strip() and re.match(rf"\s*(?:{_SEPARATOR}(?!\d)|(?:of|/)\s*\d+\s*(?:{_SEPARATOR}(?!\d)|$))", after))
                 or (not after.strip() and re.search(rf"(?<!\d){_SEPARATOR}\s*$", before)))
        if where and abs(int(m.group()) - page) <= PAGE_OFFSET:
            out += [text[at: m.start()], f"#{int(m.group()) - page}"]
            at, counted = m.end(), True
    return "".join(out) + text[at:], counted


def _without_furniture(items: list[Block], laid_out: list[str]) -> tuple[list[Block], int]:
    """`items` (a PDF's blocks, page by page; `laid_out`, their `laid` texts) without the
    layout's furniture, and how many blocks were left out. Furniture is found as PDFMiner's
    and pdfplumber's users find it, by repetition at the pages' edges: a line (`_line`)
    among the first or last `EDGE` blocks of a page, with nothing but such lines between it
    and the page's edge, that stands there (`_key`: its page's number aside) on at least two
    pages and half of them ("JUDICIARY OF ENGLAND AND WALES — R v Farrow", "Page 1 of 2 —
    Crown copyright") and nowhere else: every time at a page's foot, every time but the
    first at its head (the first is the document's own heading: "London, 19 July 2024" dates
    a letter) unless it counts the pages ("Report of the Harbour Board — page 1"); a page's
    label at an edge (`_LABEL`); and bare numbers that count the pages (`_numbered`).
    A sentence is never furniture ("The union reserves its rights." closing both pages),
    nor a line that also stands inside a page (a refrain: "We want our jobs back")."""
    pages: dict[int, list[int]] = {}
    for n, b in enumerate(items):
        pages.setdefault(b.page, []).append(n)
    # a short page's blocks are its head's or its foot's, never both (its head's first)
    tops: set[int] = set()
    bottoms: set[int] = set()
    for ns in pages.values():
        for edge, run in ((tops, ns[: min(EDGE, (len(ns) + 1) // 2)]), (bottoms, ns[::-1][: min(EDGE, len(ns) // 2)])):
            for n in run:
                edge.add(n)
                if not _line(items[n].text):
                    break  # (a block past a paragraph is inside the page)
    inside = {b.text.casefold() for n, b in enumerate(items) if n not in tops | bottoms}
    key = {n: _key(laid_out[n], items[n].page) for n in sorted(tops | bottoms) if _line(items[n].text)}
    seen: dict[str, set[int]] = {}
    for n, (k, _) in key.items():
        seen.setdefault(k, set()).add(items[n].page)
    also_inside = {key[n][0] for n in key if items[n].text.casefold() in inside}
    running = {k for k, on in seen.items() if len(on) >= 2 and 2 * len(on) >= len(pages) and k not in also_inside}
    first_head: dict[str, int] = {}
    for n in sorted(tops & key.keys()):
        first_head.setdefault(key[n][0], n)
    furniture = {n for n, (k, counts) in key.items() if k in running and (counts or n in bottoms or first_head.get(k) != n)}
    furniture |= {n for n in key if any(_LABEL.fullmatch(re.sub(r"\d+", "#", t.casefold())) for t in (items[n].text, laid_out[n]))}
    furniture |= _numbered(items, pages)
    kept = [b for n, b in enumerate(items) if n not in furniture]
    return (kept, len(furniture)) if kept else (items, 0)


def _numbered(items: list[Block], pages: dict[int, list[int]]) -> set[int]:
    """The bare numbers that number the pages: the first or last block of a page that is
    a number differing from its page's number by one offset (at most 10) on at least two
    pages and half of them. A year heading ("2019", "2020" on pages 1 and 2) is no page
    number: its offset is too large."""
    offsets: dict[int, set[int]] = {}
    for page, ns in pages.items():
        for n in {ns[0], ns[-1]}:
            if items[n].text.isdigit() and abs(int(items[n].text) - page) <= PAGE_OFFSET:
                offsets.setdefault(int(items[n].text) - page, set()).add(n)
    return {n for found in offsets.values() if len({items[n].page for n in found}) >= 2
            and 2 * len({items[n].page for n in found}) >= len(pages) for n in found}


_PARAGRAPH_NUMBER = re.compile(r"(?:[0-9]{1,3}\.|\([0-9]{1,3}\)|\[[0-9]{1,3}\])\s+[\"“‘(]?[A-Z]")
"""A line opening with a paragraph's number ("12. The court ...", "(3) The", "[14] It"): a
judgment's, a report's or a contract's numbered paragraph starts there."""


def _set_solid(chunk: str) -> list[str]:
    """Paragraphs in a run of lines with no gap between them: a paragraph ends at a line
    that ends a sentence and stops well short of the run's widest line (its last line),
    or before a line opening with a paragraph number (`_PARAGRAPH_NUMBER`) after a line
    that ends a sentence. Else a run of fewer than three lines is one paragraph."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in chunk.split("\n")]
    lines = [line for line in lines if line]
    numbered = any(_PARAGRAPH_NUMBER.match(line) and _ENDS_SENTENCE.search(before)
                   for before, line in zip(lines, lines[1:], strict=False))
    if len(lines) < 3 and not numbered:
        return [chunk]
    width = max(map(len, lines))
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if current and _PARAGRAPH_NUMBER.match(line) and _ENDS_SENTENCE.search(current[-1]):
            out.append("\n".join(current))
            current = []
        current.append(line)
        if len(line) < 0.75 * width and line[-1] in ".!?:\"”’)":
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def _across_pages(blocks: list[Block]) -> list[Block]:
    """`blocks` with a paragraph that a page's end cut in two made whole again: a page's
    last block that ends no sentence, followed by the next page's first block opening in
    lower case ("... heard that the" / "defendant had moved ..."), is one paragraph, on the
    page where it starts."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (last is not None and block.page == last.page + 1 and not last.role and not block.role
                and block.text[:1].islower() and not _ENDS_SENTENCE.search(last.text)):
            broken = re.search(r"\w-$", last.text)  # a word broken at the page's end joins, as within a page
            out[-1] = replace(last, text=last.text[:-1] + block.text if broken else f"{last.text}\n{block.text}")
        else:
            out.append(block)
    return out

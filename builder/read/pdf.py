"""A PDF's text: its text layer (pypdf, layout mode) cut into paragraphs, with the page's
furniture (running headers and footers, page numbers) left out and typographic ligatures
read as their letters. Part of `convert`, which calls `pdf_text` for a `.pdf` file."""

from __future__ import annotations

import io
import logging
import re
import unicodedata

from .convert import Block, ConversionError, Converted, clean_text, meta_line, paragraph_blocks


def pdf_text(name: str, data: bytes) -> Converted:
    """A PDF's text layer as paragraphs, page by page (layout mode's blank lines, then
    `_set_solid`), without its running headers, footers and page numbers
    (`_without_furniture`), with its /Title, /Author and /CreationDate. Raises
    `ConversionError` for an encrypted PDF or one with no text layer (a scan)."""
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
                items.append(Block(clean_text(joined.translate(_LIGATURES)), "", number))
    blocks = paragraph_blocks(_without_furniture(items))
    if not blocks:
        raise ConversionError(
            f"{name}: the PDF has no text layer (a scan?); the builder does no OCR: "
            "give it a PDF with text, or the text as .txt"
        )
    meta: dict[str, str] = {}
    info = reader.metadata
    if info is not None:
        meta["title"] = meta_line(str(info.title or ""))
        meta["byline"] = meta_line(str(info.author or ""))
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

"""Markdown sources (`.md`, `.markdown`) as blocks, read with markdown-it-py's
CommonMark parser: headings and list items keep their role, emphasis its stretches with
its marks dropped, and everything else (inline HTML, code, links, images) stays as the
text the author typed, shown and never followed or run.
"""

from __future__ import annotations

import re

from ..escaping import shown
from .convert import Block, ConversionError, Converted, clean_text, paragraph_blocks

MARKDOWN_NESTING = 100
"""markdown-it's limit of nested block markup (a list item holds two levels, a quote
one): past it the parser drops the rest of the document without a word, so reaching it
is an error (`markdown`). CommonMark's preset sets 20, which a list ten levels deep
reached, losing the text after it."""


def markdown(text: str, name: str = "") -> Converted:
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
            items.extend(Block(clean_text(chunk)) for chunk in re.split(r"\n\s*\n", tok.content))
    return Converted(paragraph_blocks(items))


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
    marked = clean_text("".join(out))
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

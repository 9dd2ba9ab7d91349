"""Line breaks after a hyphen between two words: joined when a source is read, counted
back when offsets are exported.

Text reflowed for print or e-mail breaks "much-beleaguered" as "much-⏎beleaguered", and
a reader shows the break as a space ("much- beleaguered"). `join` removes such breaks,
keeping the hyphen (whether it was the word's own or only the line's cannot be told
without a dictionary, and keeping it never loses a letter), so names, dates and quotes
are found across them and pages show the word whole. Other line breaks inside a
paragraph stay.

The builder's offsets (mentions, dates, quotes, claims, paragraphs) count the joined
text, the text every page shows. The export contract (`data/dossier.json`,
`data/mentions.csv`) counts the file's text as read (`text.read_text`: UTF-8, "\\n"
line ends, NFC), so `in_file` moves each exported offset past the breaks removed before
it.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right

from ..annotation import Annotated

_BREAK = re.compile(r"(?<=\w[-\u2010])\n[ \t]*(?=\w)")
"""A line break (and the next line's indent) between a word's hyphen (ASCII or U+2010)
and a word character."""

Joins = tuple[tuple[int, int], ...]
"""(offset in the joined text, characters removed just before it), in text order."""


def join(text: str) -> tuple[str, Joins]:
    """`text` with each line break after a hyphen between two words removed, and where
    (in the joined text) and how much was removed."""
    pieces: list[str] = []
    joins: list[tuple[int, int]] = []
    pos = removed = 0
    for m in _BREAK.finditer(text):
        pieces.append(text[pos : m.start()])
        joins.append((m.start() - removed, m.end() - m.start()))
        removed += m.end() - m.start()
        pos = m.end()
    if not joins:
        return text, ()
    pieces.append(text[pos:])
    return "".join(pieces), tuple(joins)


def file_offset(offset: int, joins: Joins, end: bool = False) -> int:
    """The offset in the file's text (as read) of `offset` in the joined text. A start
    that falls where a break was removed lies after the break; an `end` there lies
    before it (a span never takes in a break at its edge)."""
    points = [at for at, _ in joins]
    count = bisect_left(points, offset) if end else bisect_right(points, offset)
    return offset + sum(n for _, n in joins[:count])


def in_file(ann: Annotated, joins: Joins) -> Annotated:
    """`ann` with the offsets of its mentions, dates, quotes and claims counted in the
    file's text as read (see the module's docstring); `ann` itself if nothing was joined."""
    if not joins:
        return ann

    def move(items: tuple) -> tuple:  # type: ignore[type-arg]
        return tuple(
            dataclasses.replace(x, start=file_offset(x.start, joins), end=file_offset(x.end, joins, end=True))
            for x in items
        )

    return dataclasses.replace(ann, mentions=move(ann.mentions), dates=move(ann.dates), quotes=move(ann.quotes),
                               claims=move(ann.claims))

"""Turn a paragraph and its spans into Markdown that shows exactly the source's text.

Every character of the source that Markdown, HTML or an extension could read as syntax
becomes a numeric character reference, so what the reader sees is the text and nothing
in it can become markup or script. Spans (mentions, dates) are walked once, in order;
their markup comes from the fragments template.
"""

from __future__ import annotations

import functools
import posixpath
from typing import Any, NamedTuple

from jinja2 import Environment

from ..escaping import escape, escape_attr  # noqa: F401  (re-exported: the markup of spans uses them)


def relative(from_page: str, to_page: str) -> str:
    """Link from one docs page to another, as MkDocs resolves it (`../people/x.md`)."""
    path, _, anchor = to_page.partition("#")
    rel = _relpath(from_page.rpartition("/")[0] or ".", path)
    return rel + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=65536)
def _relpath(folder: str, path: str) -> str:
    return posixpath.relpath(path, folder)


class Span(NamedTuple):
    """A stretch of a paragraph to mark up (a named tuple: a large dossier marks up
    hundreds of thousands)."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    kind: str
    """`entity` or `date`."""
    target: str
    """Entity page path (docs-relative) or ISO date value."""
    css: str = ""
    """Entity kind, for the highlight class."""
    title: str = ""
    """Tooltip text: an entity's summary, a date's calendar reading."""


def as_format(macro: Any, count: int, *fixed: object) -> str:
    """A `str.format` pattern equal to `macro` called with `count` text arguments (then
    the `fixed` ones): the macro is rendered once with placeholders. Valid for macros
    that print their text arguments as they are, without testing them."""
    marks = [f"\ue000{i}\ue001" for i in range(count)]
    out = str(macro(*marks, *fixed)).replace("{", "{{").replace("}", "}}")
    for i, mark in enumerate(marks):
        out = out.replace(mark, f"{{{i}}}")
    return out


class Marker:
    """Renders paragraphs with the fragment macros of `fragments.md.j2`. The macros are
    turned into format patterns once (a macro call costs ten times a format, and a large
    dossier has hundreds of thousands of marked names)."""

    def __init__(self, env: Environment) -> None:
        macros: Any = env.get_template("fragments.md.j2").module
        self._macros = macros
        self._entity = as_format(macros.entity, 4)
        self._date = as_format(macros.date, 3)
        self._mention = as_format(macros.mention, 5)
        self._tag = as_format(macros.emphasis, 2)
        # The paragraph macro tests `skipped` and `speakers`: one pattern per case.
        self._paragraph = {
            (skipped, quoted): as_format(
                lambda n, body, who, s=skipped: macros.paragraph(n, body, s, who), 3 if quoted else 2
            ) if quoted else as_format(lambda n, body, s=skipped: macros.paragraph(n, body, s, ""), 2)
            for skipped in (False, True) for quoted in (False, True)
        }

    def mention(self, number: int, href: str, before: str, hit: str, after: str) -> str:
        """A profile's line quoting a mention in its sentence (texts not yet escaped)."""
        return self._mention.format(number, href, escape(before), escape(hit), escape(after))

    def _emphasised(self, text: str, a: int, b: int, p_start: int, emphasis: tuple[tuple[int, int, str], ...]) -> str:
        """`escape(text[a:b])` with the emphasised stretches in it wrapped in <em> or
        <strong> (each piece closes what it opens, so a mention's link can sit inside)."""
        cuts = sorted({a, b, *(x for s, e, _ in emphasis for x in (s, e) if a < x < b)})
        out = []
        for u, v in zip(cuts, cuts[1:], strict=False):
            piece = escape(text[u:v], self._edges(text, p_start, u))
            for kind in sorted({k for s, e, k in emphasis if s <= u and v <= e}, reverse=True):
                piece = self._tag.format(kind, piece)
            out.append(piece)
        return "".join(out)

    @staticmethod
    def _edges(text: str, p_start: int, a: int) -> bool:
        """Whether text[a:] starts a line of the paragraph."""
        return a == p_start or text[a - 1] == "\n"

    def paragraph(
        self, text: str, start: int, end: int, number: int, spans: list[Span], page: str, skipped: bool,
        speakers: str = "", role: str = "", pdf_page: int = 0, emphasis: tuple[tuple[int, int, str], ...] = (),
    ) -> str:
        """One paragraph: number anchor, escaped text with marked spans, block attributes
        (`speakers`: who is quoted in it, shown beside it by the stylesheet; `role`,
        `pdf_page` and `emphasis`: a converted file's heading or list item, its PDF page,
        and its emphasised stretches as (start, end, "em" or "strong"))."""
        parts: list[str] = []
        pos = start

        def piece(a: int, b: int) -> str:
            if emphasis:
                return self._emphasised(text, a, b, start, emphasis)
            return escape(text[a:b], self._edges(text, start, a))

        for span in sorted(spans, key=lambda s: (s.start, -s.end)):
            if span.start < pos or span.end > end:
                continue  # overlaps an earlier span: that one wins
            parts.append(piece(pos, span.start))
            inner = piece(span.start, span.end)
            if span.kind == "entity":
                href = relative(page, span.target)
                parts.append(self._entity.format(inner, href, span.css, escape_attr(span.title)))
            else:
                parts.append(self._date.format(inner, escape_attr(span.target), escape_attr(span.title)))
            pos = span.end
        parts.append(piece(pos, end))
        if role or pdf_page or emphasis:
            return str(self._macros.paragraph(number, "".join(parts), skipped, escape_attr(speakers), role, pdf_page))
        return self._paragraph[(skipped, bool(speakers))].format(number, "".join(parts), escape_attr(speakers))

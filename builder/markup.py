"""Turn a paragraph and its spans into Markdown that shows exactly the source's text.

Every character of the source that Markdown, HTML or an extension could read as syntax
becomes a numeric character reference, so what the reader sees is the text and nothing
in it can become markup or script. Spans (mentions, dates) are walked once, in order;
their markup comes from the fragments template.
"""

from __future__ import annotations

import functools
import posixpath
import re
from typing import Any, NamedTuple

from jinja2 import Environment

# Kept as they are: harmless in Markdown and HTML text anywhere but a line's start.
_SAFE = frozenset(",'\"?;/%")


_UNSAFE = re.compile(r"[^A-Za-z0-9 ,'\"?;/%.\x80-\U0010ffff]")
_EDGES = re.compile(r"^([ \t]*)(.*?)([ \t]*)$", re.DOTALL)
_LIST_DOT = re.compile(r"^\d*\.")
_PLAIN = re.compile(r"[A-Za-z0-9 ,'\"?;/%.\x80-\U0010ffff]*")
"""Text with nothing to encode (bar its edges, checked apart)."""
_ATTR_PLAIN = re.compile(r"(?:[^\W_]|[ ,.:/-])*")
"""Attribute text `escape_attr` keeps as it is (letters and digits as `str.isalnum` has them)."""


def _ref(match: re.Match[str]) -> str:
    return f"&#{ord(match.group())};"


def escape(text: str, starts_line: bool = True) -> str:
    """Markdown text that renders as exactly `text`.

    `starts_line` says whether `text` begins a line of the page, where some characters
    ("-", "#", "1.", ",") mean something to Markdown or might. Kept as they are: ASCII
    letters and digits, inner spaces, the `_SAFE` punctuation and "." away from a line's
    start, and everything beyond ASCII (nothing there is Markdown or HTML syntax, and a
    reference would even change some characters: &#128; reads as "€"). Everything else
    becomes a numeric character reference.
    """
    # Most text (names, plain words, snippets) needs no reference inside: only its edges
    # may. The same result as `_escape_lines`, without splitting it into lines.
    if _PLAIN.fullmatch(text):
        core = text.strip(" ")
        if not core:
            return "&#32;" * len(text)
        lead, trail = len(text) - len(text.lstrip(" ")), len(text) - len(text.rstrip(" "))
        head = ""
        if starts_line:
            dot = _LIST_DOT.match(core)
            if dot:
                head, core = core[: dot.end() - 1] + "&#46;", core[dot.end():]
            elif core[0] in _SAFE:
                head, core = f"&#{ord(core[0])};", core[1:]
        if lead or trail or head:
            return f"{'&#32;' * lead}{head}{core}{'&#32;' * trail}"
        return text
    return _escape_lines(text, starts_line)


def _escape_lines(text: str, starts_line: bool) -> str:
    """`escape`, line by line."""
    out: list[str] = []
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append("\n")
        match = _EDGES.match(line)
        assert match is not None
        lead, core, trail = match.groups()
        # Spaces and tabs at either edge are encoded: Markdown strips them at line edges,
        # and next to a span's markup an extension may eat them.
        out.append("".join(f"&#{ord(c)};" for c in lead))
        if core and (n > 0 or starts_line):
            dot = _LIST_DOT.match(core)
            if dot:  # "1." or "." opening a line: an ordered list or worse
                out.append(core[: dot.end() - 1] + "&#46;")
                core = core[dot.end():]
            elif core[0] in _SAFE:
                out.append(f"&#{ord(core[0])};")
                core = core[1:]
        out.append(_UNSAFE.sub(_ref, core))
        out.append("".join(f"&#{ord(c)};" for c in trail))
    return "".join(out)


def escape_attr(text: str) -> str:
    """An attribute value (inside double quotes in attr_list or HTML) showing `text`."""
    if _ATTR_PLAIN.fullmatch(text):
        return text
    return "".join(c if (c.isalnum() or c in " ,.-:/") and c != "\n" else f"&#{ord(c)};" for c in text)


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
        self._entity = as_format(macros.entity, 4)
        self._date = as_format(macros.date, 3)
        self._mention = as_format(macros.mention, 5)
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

    @staticmethod
    def _edges(text: str, p_start: int, a: int) -> bool:
        """Whether text[a:] starts a line of the paragraph."""
        return a == p_start or text[a - 1] == "\n"

    def paragraph(
        self, text: str, start: int, end: int, number: int, spans: list[Span], page: str, skipped: bool,
        speakers: str = "",
    ) -> str:
        """One paragraph: number anchor, escaped text with marked spans, block attributes
        (`speakers`: who is quoted in it, shown beside it by the stylesheet)."""
        parts: list[str] = []
        pos = start
        for span in sorted(spans, key=lambda s: (s.start, -s.end)):
            if span.start < pos or span.end > end:
                continue  # overlaps an earlier span: that one wins
            parts.append(escape(text[pos : span.start], self._edges(text, start, pos)))
            inner = escape(text[span.start : span.end], self._edges(text, start, span.start))
            if span.kind == "entity":
                href = relative(page, span.target)
                parts.append(self._entity.format(inner, href, span.css, escape_attr(span.title)))
            else:
                parts.append(self._date.format(inner, escape_attr(span.target), escape_attr(span.title)))
            pos = span.end
        parts.append(escape(text[pos:end], self._edges(text, start, pos)))
        return self._paragraph[(skipped, bool(speakers))].format(number, "".join(parts), escape_attr(speakers))

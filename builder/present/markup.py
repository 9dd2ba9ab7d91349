"""Turn a paragraph and its spans into markup that shows exactly the source's text.

A source's paragraphs (and a profile's mention snippets) are raw HTML blocks, which
Python-Markdown stashes instead of running its inline patterns over every character:
their text is escaped for HTML (`escaping.html_block`) and their links are made for the
site's URL style (`urls.href`; the builder checks them, MkDocs does not see them). A
paragraph that is a heading or a list item of a converted file stays Markdown (its
heading feeds the table of contents), escaped for Markdown (`escaping.escape`). Either
way what the reader sees is the text and nothing in it can become markup or script.
Spans (mentions, dates) are walked once, in order; their markup comes from the
fragments template.
"""

from __future__ import annotations

import functools
import posixpath
import re
from typing import Any, NamedTuple

from jinja2 import Environment

from .. import paths
from ..escaping import escape, escape_attr, html_block, line_edges
from . import urls


def relative(from_page: str, to_page: str) -> str:
    """Link from one docs page to another, as MkDocs resolves it (`../people/x.md`)."""
    path, _, anchor = to_page.partition("#")
    rel = _relpath(from_page.rpartition("/")[0] or ".", path)
    return rel + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=65536)
def _relpath(folder: str, path: str) -> str:
    return posixpath.relpath(path, folder)



_NUMBERED = re.compile(r"\d{1,9}[.)]\s")
"""A list item that opens with its number ("2. ", "3) "): an ordered list's, the number
the author wrote kept in the text (`commonmark.markdown`)."""

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

    def __init__(self, env: Environment, directory_urls: bool = False) -> None:
        self.directory_urls = directory_urls
        """The site's URL style: the links of raw HTML are made for it (`urls.href`)."""
        macros: Any = env.get_template("fragments.md.j2").module
        self._macros = macros
        self._entity = as_format(macros.entity, 4)
        self._entity_md = as_format(macros.entity_md, 4)
        self._citation = as_format(macros.citation, 3)
        self._event_item = as_format(macros.event_item, 3)
        self._more_on_timeline = as_format(macros.more_on_timeline, 2)
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
        """A profile's list item quoting a mention in its sentence, in a raw HTML block
        (texts not yet escaped; `href`: the source page's URL from the profile)."""
        return self._mention.format(number, href, html_block(before), html_block(hit), html_block(after))

    def event_item(self, page: str, date: str, title: str, citations: list[tuple[str, str, int]], more: int) -> str:
        """An event's list item on the page `page`, in a raw HTML block: its date and
        title (not yet escaped), its citations as (source page, label, paragraph), and how
        many more citations the timeline has."""
        cites = [
            self._citation.format(urls.href(page, target, self.directory_urls), html_block(label), number)
            for target, label, number in citations
        ]
        if more:
            cites.append(self._more_on_timeline.format(more, urls.href(page, paths.TIMELINE, self.directory_urls)))
        return self._event_item.format(html_block(date), html_block(title), "; ".join(cites))

    def _emphasised(
        self, text: str, a: int, b: int, p_start: int, emphasis: tuple[tuple[int, int, str], ...], markdown: bool,
    ) -> str:
        """`text[a:b]` escaped (for Markdown or for HTML) with the emphasised stretches in
        it wrapped in <em> or <strong> (each piece closes what it opens, so a mention's
        link can sit inside)."""
        cuts = sorted({a, b, *(x for s, e, _ in emphasis for x in (s, e) if a < x < b)})
        out = []
        for u, v in zip(cuts, cuts[1:], strict=False):
            piece = escape(text[u:v], self._edges(text, p_start, u)) if markdown else html_block(text[u:v])
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
        """One paragraph: number anchor, escaped text with marked spans, attributes
        (`speakers`: who is quoted in it, shown beside it by the stylesheet; `role`,
        `pdf_page` and `emphasis`: a converted file's heading or list item, its PDF page,
        and its emphasised stretches as (start, end, "em" or "strong")). A raw HTML block,
        its entity links made from `page` in the Marker's URL style; a heading or a list
        item is Markdown."""
        parts: list[str] = []
        pos = start
        markdown = bool(role)
        entity = self._entity_md if markdown else self._entity

        def piece(a: int, b: int) -> str:
            if emphasis:
                return self._emphasised(text, a, b, start, emphasis, markdown)
            if markdown:
                return escape(text[a:b], self._edges(text, start, a))
            return html_block(text[a:b])

        for span in sorted(spans, key=lambda s: (s.start, -s.end)):
            if span.start < pos or span.end > end:
                continue  # overlaps an earlier span: that one wins
            parts.append(piece(pos, span.start))
            inner = piece(span.start, span.end)
            if span.kind == "entity":
                href = relative(page, span.target) if markdown else urls.href(page, span.target, self.directory_urls)
                parts.append(entity.format(inner, href, span.css, escape_attr(span.title)))
            else:
                parts.append(self._date.format(inner, escape_attr(span.target), escape_attr(span.title)))
            pos = span.end
        parts.append(piece(pos, end))
        body = "".join(parts) if markdown else line_edges("".join(parts))
        if role == "li" and _NUMBERED.match(text, start, end):
            role = "oli"  # an ordered list's item keeps its own number: no bullet beside it (fresh-user review s15d #16)
        if role or pdf_page or emphasis:
            return str(self._macros.paragraph(number, body, skipped, escape_attr(speakers), role, pdf_page))
        return self._paragraph[(skipped, bool(speakers))].format(number, body, escape_attr(speakers))

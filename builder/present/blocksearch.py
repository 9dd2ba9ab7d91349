"""Held blocks indexed for search without parsing their HTML again.

mkdocs-material's search plugin parses every page's HTML (`html.parser`, in pure Python)
into sections, one per heading, each with its text and the few tags it keeps. At a
thousand sources that parse was the largest cost after Markdown itself, and most of what it
parsed was the builder's held blocks (`rawblocks`): source paragraphs, panels, profile
tables, mention lists, whose tags the index drops anyway.

So the `dossier-blocks` plugin hands the search plugin each builder page's HTML with its
held runs still behind their comments, and indexes it with `BlockParser`: the theme's own
parser (`Parser`), which, on reaching a run's comment, is handed the run's text pieces
and kept tags directly (`tokens`), the calls its parse would have made of the run, without
the tags the parser ignores; and a run inside a section excluded from search
(`## Mentions { data-search-exclude }`) is not handed at all, since that section's text is
dropped whole. A run this shortcut cannot stand for exactly (a heading, script, comment
or malformed tag inside it, an element excluded inside a same-named one, a run not at the
top level) is parsed by `html.parser` as the whole page's parse would have, its events
relayed to the theme's parser (`_Relay`). The index is the same, byte for byte, as the
theme's parse of the whole page gives (tests compare them on generated pages and on the
demo site).
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from typing import Any

from material.plugins.search.plugin import Parser, void

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
"""A start or end tag: slash, name, the text after the name."""
_NAME = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)")
_RELAY = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "object", "textarea", "title"})
"""Tags that make a run be parsed whole: a heading (a section of its own), content the
parser skips or reads raw."""
KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
"""The tags the theme's search parser keeps in an entry's text (its `Parser.keep`)."""
VOID = frozenset(void)
_EXCLUDED_START = (("data-search-exclude", None),)

START, END, DATA = 0, 1, 2
"""Kinds of `tokens`' items: a kept start tag, a kept end tag, a text."""


def plain(run: str) -> bool:
    """Whether `run` (a run of held blocks) is made only of tags `_TAG` reads as
    `html.parser` does (every `<` and `>` a tag's ends: no comment, no `>` in a value),
    balanced name by name, none self-closing, none `_RELAY` names, no `linenodiv` class:
    then, at a page's top level, it changes nothing in the theme's search parser but the
    text of the section it is in. All checks run in C but a loop over the tag names."""
    if "/>" in run or "linenodiv" in run:
        return False
    names = _NAME.findall(run)
    if len(names) != run.count("<") or len(names) != run.count(">"):
        return False
    counts = Counter(names)
    for name, count in counts.items():
        if name[0] == "/":
            if counts.get(name[1:], 0) != count:
                return False
            continue
        lower = name.lower()
        if lower in _RELAY or (lower not in VOID and counts.get("/" + name, 0) != count):
            return False
    return True


def tokens(run: str) -> list[tuple[int, Any]] | None:
    """What the theme's search parser does with `run` (a run of held blocks that is
    `plain`), as the calls that matter, in order: `(START, name)` for a kept tag's start
    (and `(START, (name, attrs))` for an element excluded from search, whose content the
    parser skips: left out), `(END, name)`, `(DATA, text)` for each text between two
    tags (unescaped, as `html.parser` hands it). Tags the parser neither keeps nor skips
    by are left out: at the top level of a page they change nothing it records.

    None when the shortcut would not be exact: an excluded element holding one of the
    same name (the parser would stop skipping at the inner one's end) or not closed by
    its end tag as written in lower case."""
    out: list[tuple[int, Any]] = []
    pos = 0
    search = _TAG.search
    while (tag := search(run, pos)) is not None:
        start = tag.start()
        if start > pos:
            text = run[pos:start]
            out.append((DATA, unescape(text) if "&" in text else text))
        pos = tag.end()
        closing, name, rest = tag.groups()
        name = name.lower()
        if closing:
            if name in KEEP:
                out.append((END, name))
        elif name in VOID:
            continue
        elif "data-search-exclude" in rest.lower() and _names_exclusion(rest):
            end = run.find(f"</{name}>", pos)
            if end < 0 or re.search(f"<{name}[\\s>]", run[pos:end], re.IGNORECASE):
                return None
            out.append((START, (name, _EXCLUDED_START)))
            out.append((END, name))
            pos = end + len(name) + 3
        elif name in KEEP:
            out.append((START, name))
    if pos < len(run):
        text = run[pos:]
        out.append((DATA, unescape(text) if "&" in text else text))
    return out


def _names_exclusion(tag_text: str) -> bool:
    """Whether `data-search-exclude` is an attribute's name in a tag's text (not only in a
    value)."""
    from .rawblocks import attributes  # (rawblocks imports this module)

    return "data-search-exclude" in attributes(tag_text)


class _Relay(HTMLParser):
    """`html.parser` run over one run of blocks, every event handed to another parser."""

    def __init__(self, target: Parser) -> None:
        super().__init__(convert_charrefs=True)
        self.target = target

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.target.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.target.handle_endtag(tag)

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        self.target.handle_startendtag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.target.handle_data(data)


class BlockParser(Parser):  # type: ignore[misc]
    """The theme's search parser for a page whose held runs stand behind their comments
    (`runs`: comment text -> the run's HTML): each comment is indexed as its run."""

    def __init__(self, runs: dict[str, str]) -> None:
        super().__init__()
        self.runs = runs

    def handle_comment(self, data: str) -> None:
        run = self.runs.get(data)
        if run is None:
            return  # a comment of the page's own: the theme's parser ignores it
        if self.section is None or self.context:
            _relay(self, run)
            return
        if not plain(run):
            _relay(self, run)
            return
        if self.section.is_excluded():
            return  # its text is dropped: the run changes nothing else
        calls = tokens(run)
        if calls is None:
            _relay(self, run)
        else:
            for kind, value in calls:
                if kind == DATA:
                    self.handle_data(value)
                elif kind == START:
                    self.handle_starttag(*value) if isinstance(value, tuple) else self.handle_starttag(value, ())
                else:
                    self.handle_endtag(value)


def _relay(parser: Parser, run: str) -> None:
    relay = _Relay(parser)
    relay.feed(run)
    relay.close()


def index_page(index: Any, page: Any, runs: dict[str, str]) -> None:
    """Add `page` to the theme's search `index` (a `SearchIndex`) as its
    `add_entry_from_context` does, the page's HTML (`page.content`) holding comments that
    stand for the runs `runs` names (comment text -> run)."""
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        return
    parser = BlockParser(runs)
    parser.feed(page.content)
    parser.close()
    for section in parser.data:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)

"""Recognise time expressions and resolve them, TIMEX3 style, against a publication date.

`dateforms.RULES` is the one table of recognition rules: each row names a form, the
pattern that finds it, the resolver that gives its value, and what a sentence must hold
for the pattern to be tried. The leftmost-longest spans win. Values are ISO 8601 (`2013-07-28`,
`2013-07`, `2013-W32`, `1993`, and intervals `2009-07/2009-09`), with a precision (day,
week, month, quarter, half, season, year, decade, range) and, where TIMEX3 has a shorter
form, that form (`2009-Q3`, `2008-FA`, `198`, `2010-W03-WE`, `2009-12-15T18:00`).

An underspecified date (a bare weekday, a month or a day without a year, a quarter or a
season without a year) takes its direction from the tense and modality of its clause
(`tense.direction`, after HeidelTime and SUTime): "will vote on Friday" and "must settle
the claim by July 1" look forward, "voted on Friday" and "had to pay by May 1" back; with no marker a weekday or month is the most recent one and a
day of a month the nearest. "this Friday" is the Friday of the publication's ISO week.
Durations, ages, counts and money are never dates: only the forms of `RULES` are. Date
arithmetic uses `python-dateutil`'s `relativedelta`; the resolvers of periods and of
dates that point back (quarters, seasons, "the same day", times of day) are in
`periods.py`, those of calendar days and months in `days.py`, of years in `years.py` and
of days counted from the publication in `deixis.py`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable

from ..annotation import TimeExpression
from ..read.sentences import sentences
from . import narrative, recurring, weekdays
from .anaphora import Story, last_reference
from .corefer import anchored, coreferent
from .dateforms import RULES, B, E
from .days import PART_WORDS
from .periods import Context, Resolver


def _inside_name(names: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted spans `names`."""
    i = bisect.bisect_left(names, (end,))
    return i > 0 and names[i - 1][1] > start and any(s < end and start < e for s, e in names[max(0, i - 8) : i])


DOCUMENT_NOUNS = (
    "Act|Acts|Law|Code|Directive|Regulation|Regulations|Rules|Order|Bill|Statute|Treaty|Agreement|Convention|"
    "Accord|Protocol|Charter|Declaration|Constitution|Report|Review|Plan|Strategy|Programme|Program|Framework"
)
"""The nouns that end the title of a law or a document ("Proceeds of Crime Act",
"Insolvency Regulations", "Paris Agreement")."""
_TITLED_BEFORE = re.compile(
    r"(?<![\w'’])(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\s)(?:[A-Z][\w'’-]*|\([A-Z][\w\s]*\))\s"
    r"(?:" + DOCUMENT_NOUNS + r")\s$"
)
"""A capitalised name ending in a document noun, right before a year: "the Proceeds of
Crime Act 2002", "the Insolvency (England and Wales) Rules 2016". The year is part of the
title, not a date: TIDES, Ferro 2001, counts proper names among the non-markables
(2.2.3), as a date-like word inside a registered name is none (`_inside_name`)."""


def _titled(text: str, start: int) -> bool:
    """Whether the year at `start` ends the title of a law or document (`_TITLED_BEFORE`)."""
    return text[start : start + 4].isdigit() and _TITLED_BEFORE.search(text, max(0, start - 80), start) is not None


ANCHOR_REACH = 400
"""How far back in its sentence a date looks for the year that anchors it ("In 2008 ...
four years later"): a bounded look keeps a long run of dates linear."""
_YEAR_ANCHOR = re.compile(B + r"(1[6-9][0-9]{2}|20[0-9]{2})" + E)
_MONTHS = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DIGIT = re.compile(r"[0-9]")


_NEED_PATTERNS = {
    "month": _MONTHS,
    "yyyy": re.compile(r"[12][0-9]{3}"),
    "span": re.compile(r"[0-9]\s?[-–]\s?[0-9]"),
    "tens": re.compile(r"[0-9]0['’]?s"),
    "iso": re.compile(r"[0-9]-[01][0-9]-[0-3]"),
    "slash": re.compile(r"[0-9]/[0-9]"),
    "apostrophe": re.compile(r"['’][0-9]{2}"),
    "clock": re.compile(r"[0-9]\s?(?:[ap]\.?m\b|[AP]M\b)|[0-9]\s[A-Z]{3}|[0-9]:[0-5][0-9]"),
}
"""Needs tested by a pattern over the sentence; any other need is words, one of which the
sentence's lower-cased text must contain. Each pattern is what every match of its rules
holds (a year's four digits, a year range's dash between digits, a decade's "0s")."""
_NEEDS_A_DIGIT = frozenset(("yyyy", "span", "tens", "iso", "slash", "apostrophe", "clock"))
"""Needs whose patterns hold a digit: not looked for in text with none (most paragraphs)."""


@functools.cache
def _need_words(need: str) -> tuple[str, ...]:
    return tuple(need.split("|") if "|" in need else need.split())


_PARAGRAPH_NEED_PATTERNS = {**_NEED_PATTERNS, "clock": re.compile(r"[0-9]\s?(?:[ap]\.?m|[AP]M)|[0-9]\s[A-Z]{3}|[0-9]:[0-5][0-9]")}
"""As `_NEED_PATTERNS`, for a whole paragraph: a test that any sentence holding the need
passes (the clock's word boundary may fall at a sentence's end)."""


def _present(text: str, start: int, end: int, needs: tuple[str, ...],
             patterns: dict[str, re.Pattern[str]] = _NEED_PATTERNS) -> set[str]:
    """Which of `needs` text[start:end] holds: a pattern's match, or one of the need's
    words in its lower case. Most sentences name no date, and quick scans are cheaper
    than the rules' patterns."""
    held = set()
    lowered = ""
    digit: bool | None = None
    for need in needs:
        pattern = patterns.get(need)
        if pattern is not None:
            if need in _NEEDS_A_DIGIT:
                if digit is None:
                    digit = _DIGIT.search(text, start, end) is not None
                if not digit:
                    continue
            if pattern.search(text, start, end) is not None:
                held.add(need)
            continue
        if not lowered:
            lowered = text[start:end].lower()
        for word in _need_words(need):
            if word in lowered:
                held.add(need)
                break
    return held


_NEEDS = tuple(dict.fromkeys(rule.need for rule in RULES))


_EMPHASIS = re.compile(r"(?<![\w_])_+(?=[^\s_])|(?<=[^\s_])_+(?![\w_])")


@functools.lru_cache(maxsize=8)
def unemphasised(text: str) -> str:
    """`text` with Markdown's underscore emphasis marks as spaces, offsets kept
    ("_Published 3 March 2024_": the date's edges are word edges as without the marks);
    an underscore inside a word ("file_name") stays."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), text)


def find_dates(
    text: str, start: int, end: int, paragraph: int, published: dt.date | None,
    names: tuple[tuple[int, int], ...] = (), sentence_spans: tuple[tuple[int, int], ...] | None = None,
    story_day: str = "", language: str = "", story: Story | None = None,
) -> list[TimeExpression]:
    """Time expressions in `text[start:end]`, resolved where possible, in text order.
    `names`: the spans of registered names in the text, sorted; a date-like word inside
    one is no date ("Windows 2000"), and a weekday right after one is ("Asia Monday").
    `sentence_spans`: its sentences (a paragraph's `sentences`; split here when not given).
    `story`: what the source's earlier paragraphs named (`anaphora.Story`), read and
    extended here: the reference time the paragraph before left, and the dates "two days
    before the race" may count from; without one, `story_day` is the reference time an
    earlier paragraph left (`story_day`). A recurring time ("every day from 8am to 8pm")
    is no date (`recurring`). `language`: the dossier's language tag (`en-GB`), which
    orders a numeric date's day and month (`numeric.numeric_order`)."""
    if story is None:
        story = Story(previous=story_day)
    if "_" in text[start:end]:
        text = unemphasised(text)
    found: list[TimeExpression] = []
    # What the paragraph holds bounds what its sentences hold: most paragraphs try few rules.
    in_paragraph = _present(text, start, end, _NEEDS, _PARAGRAPH_NEED_PATTERNS)
    rules = [rule for rule in RULES if rule.need in in_paragraph]
    if not rules:
        story.previous = ""
        return found
    needs = tuple(need for need in _NEEDS if need in in_paragraph)
    name_ends: set[int] | None = None
    last_day_at = -1
    last_day = ""
    reference = story.previous
    quoted: tuple[int, int, dt.date] | None = None
    for s_start, s_end in sentences(text, start, end) if sentence_spans is None else sentence_spans:
        first = len(found)
        spans: list[tuple[int, int, re.Match[str], Resolver, str]] = []
        if s_start == start and s_end == end and "clock" not in in_paragraph:
            present = in_paragraph
        else:
            present = _present(text, s_start, s_end, needs)
        for rule in rules:
            if rule.need not in present:
                continue
            for mt in rule.pattern.finditer(text, s_start, s_end):
                skip = mt.group("skip") if "skip" in mt.re.groupindex else None
                # a word before the date is outside it, but a part of the month is the
                # date's own modifier ("early June": TIMEX3 extent and mod START)
                begin = mt.end("skip") if skip and skip.strip(" -").lower() not in PART_WORDS else mt.start()
                finish = mt.start("poss") if "poss" in mt.re.groupindex and mt.group("poss") else mt.end()
                if finish > begin:
                    spans.append((begin, finish, mt, rule.resolve, rule.name))
        if not spans:
            continue
        spans.sort(key=lambda x: (x[0], -x[1]))
        sets = recurring.spans(text, s_start, s_end)
        reach = s_start
        for a, b, mt, resolver, rule_name in spans:
            if a < reach or _inside_name(names, a, b) or _titled(text, a) or (sets and recurring.inside(sets, a, b)):
                continue
            if name_ends is None:
                name_ends = {e for _, e in names}
            anchors = [int(x.group(1)) for x in _YEAR_ANCHOR.finditer(text, max(s_start, a - ANCHOR_REACH), a)]
            own = quoted[2] if quoted and quoted[0] < a < quoted[1] else published
            ctx = Context(
                own, anchors[-1] if anchors else None, (s_start, s_end, a, b),
                text, last_day, s_start, last_day_at >= s_start, name_ends, start, reference, language,
                found[-1].value if found else "", last_day_at, story,
            )
            story.narrated = False
            try:
                resolved = resolver(mt, ctx)
            except (OverflowError, ValueError):  # beyond the calendar (year 1 minus a day)
                resolved = None
            if resolved is None or resolved[0].startswith(("-", "0000")):
                continue  # no year before 1 (ISO 8601's basic range): left unresolved
            reach = b
            value, precision = resolved[0], resolved[1]
            timex = resolved[2] if len(resolved) == 3 else value  # type: ignore[misc]
            if precision == "day" and found and weekdays.written_before(found[-1], text, a):
                # "on Friday, July 29, 2013": one date, the written one (a weekday that does
                # not match it is the writer's slip, the date the record)
                a = found.pop().start
                story.dates.pop()
            found.append(TimeExpression(a, b, text[a:b], value, precision, paragraph, timex))
            story.dates.append((found[-1], s_start, s_end))
            narrative.advance(story, rule_name, mt, text[a:b], value, published, a)
            if precision == "day":
                last_day, last_day_at = value, a
                quoted = _dated_quote(text, a, b, end, value) or quoted
        if len(found) > first:
            found[first:] = anchored(text, found[first:])
            also = coreferent(text, s_start, s_end, found[first:])
            if also:
                found[first:] = sorted(found[first:] + also, key=lambda x: x.start)
    found = [d for d in found if not _PAST_9999.match(d.value)]
    story.previous = last_reference(found, published, text)
    return found


_DATED_BEFORE = re.compile(r"\b(?:dated|written|sent)\s(?:on\s)?$", re.IGNORECASE)
_QUOTE_OPENS = re.compile(r"[^.\n]{0,80}?[“\"]")
_QUOTE_CLOSES = re.compile(r"[”\"]")


def _dated_quote(text: str, a: int, b: int, end: int, value: str) -> tuple[int, int, dt.date] | None:
    """(start, end, day) of a quotation of a dated document, when the day at text[a:b]
    (`value`) is its date ("a text message ..., dated 22 February, that said: "Spoke to H
    last night.""): the quotation opening within 80 characters after it, to its closing
    mark in the paragraph (text[:end]). The relative dates inside it ("last night", "by
    the end of March") count from that day, the quoted text's own creation time, not the
    article's (TimeML: a relative date is anchored to the creation time of the document
    it is written in; a quoted document keeps its own)."""
    if not _DATED_BEFORE.search(text, max(0, a - 16), a):
        return None
    opens = _QUOTE_OPENS.match(text, b, end)
    if opens is None:
        return None
    closes = _QUOTE_CLOSES.search(text, opens.end(), end)
    return opens.end(), closes.start() if closes else end, dt.date.fromisoformat(value[:10])


_PAST_9999 = re.compile(r"(?:[^/]*/)?\d{5}")
"""A value past the year 9999 (either end of a range): ISO 8601's four-digit years end
there, and such a date cannot be shown or sorted ("in January" in a source dated
9999-12-31)."""


def story_day(found: Iterable[TimeExpression], published: dt.date | None, current: str = "") -> str:
    """The reference time a paragraph whose dates are `found` leaves to the next one: its
    last date at or before publication (`anaphora.last_reference`), else `current` when
    it named none. A plan ("will meet next Thursday") does not move the reference of the
    past the story tells (TimeML's anchoring: a relative date counts from the last time the
    narrative stood at)."""
    return last_reference(list(found), published) or current

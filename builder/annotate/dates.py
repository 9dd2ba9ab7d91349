"""Recognise time expressions and resolve them, TIMEX3 style, against a publication date.

`RULES` is the one table of recognition rules: each row names a form, the pattern that
finds it, the resolver that gives its value, and what a sentence must hold for the
pattern to be tried. The leftmost-longest spans win. Values are ISO 8601 (`2013-07-28`,
`2013-07`, `2013-W32`, `1993`, and intervals `2009-07/2009-09`), with a precision (day,
week, month, quarter, half, season, year, decade, range) and, where TIMEX3 has a shorter
form, that form (`2009-Q3`, `2008-FA`, `198`, `2010-W03-WE`, `2009-12-15T18:00`).

An underspecified date (a bare weekday, a month or a day without a year, a quarter or a
season without a year) takes its direction from the tense and modality of its clause
(`tense.direction`, after HeidelTime and SUTime): "will vote on Friday" and "must settle
the claim by July 1" look forward, "voted on Friday" and "had to pay by May 1" back; with no marker a weekday or month is the most recent one and a
day of a month the nearest. "this Friday" is the Friday of the publication's ISO week.
Durations, ages, counts and money are never dates: only the forms below are. Date
arithmetic uses `python-dateutil`'s `relativedelta`; the resolvers of periods and of
dates that point back (quarters, seasons, "the same day", times of day) are in
`periods.py`, and those of calendar days, months, years and days counted from the
publication in `days.py`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..annotation import TimeExpression
from ..read.sentences import sentences
from . import clocks, narrative, recurring, weekdays
from .anaphora import Story, last_reference, previous, unit_before
from .corefer import anchored, coreferent
from .days import (
    ABBR_MONTH,
    FULL_MONTH,
    NUMBERS,
    PART_WORDS,
    bare_month,
    day_no_year,
    day_range,
    full_date,
    iso_date,
    month_year,
    part_of_a_year,
)
from .deixis import deictic, now_after_duration, offset, same_period, weekday
from .numeric import numeric_date
from .periods import (
    RANKED,
    ClockMatch,
    Context,
    Resolver,
    UnitMatch,
    half,
    part_of_year,
    quarter,
    ranked_unit,
    running,
    season,
    the_day,
    weekend,
)
from .years import decade, short_year, year, year_range

_MONTH = r"(?P<{g}>" + FULL_MONTH + "|(?:" + ABBR_MONTH + r")\.?(?!\w))"
"""A month name, or its abbreviation with or without a full stop ("Sep 30", "Sept. 14")."""
_BARE_MONTH = r"(?P<{g}>" + FULL_MONTH + r"|(?:" + ABBR_MONTH + r")\.)"
"""A month standing alone: only full names and abbreviations with a full stop."""
_DAY = r"(?P<{g}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[6-9][0-9]{{2}}|20[0-9]{{2}}|2100)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<n>[0-9]{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_B = r"(?<![\w$£€#.,/])"  # no word, currency, decimal or date separator right before
_E = r"(?![\w%]|[.,/][0-9])"  # no word, per cent or decimal right after
_ORD = r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
_SEASON = r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_ZONE = r"(?:UTC|GMT|ET|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|JST|IST|AEST|AEDT)"


def m(g: str) -> str:
    return _MONTH.format(g=g)


def d(g: str) -> str:
    return _DAY.format(g=g)


def y(g: str) -> str:
    return _YEAR.format(g=g)



@dataclass(frozen=True)
class Rule:
    """One row of the recognition table."""

    name: str
    """What the rule recognises (tests name their rows by it)."""
    pattern: re.Pattern[str]
    """Where it matches; a group `skip` (a lead word) and `poss` (a possessive) stay outside the span."""
    resolve: Resolver
    """Gives the value, or None (then the match is no date)."""
    need: str
    """What a sentence must hold for the pattern to be tried: a quick pattern's name
    (`_NEED_PATTERNS`: `month`, `yyyy`, ...), or words (space-separated, any of which its
    lower-cased text must contain)."""


_YEAR_REL = r"(?:,?\s(?P<yrel>last|this|next)\syear\b(?!['’]))?"
"""A year named from the publication after a day ("on 15 November last year": one date)."""

_DAY_SKIP = r"(?P<skip>\b(?:[Aa]s\s(?:early|soon|late)\sas|[Aa]s\sof|[Ii]n|of|[Bb]y|[Tt]he|[Ss]ince|[Uu]ntil|[Dd]uring|early|late|mid|[Bb]etween|[Ff]rom|and|or|to|into|through|until|till|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\w&.-]+['’]s?)[- ])?"
"""The lead words a bare month needs to be a date (a month name alone may be a name or the
modal "may"): prepositions, determiners, a possessive, and the comparative time phrases
"as early as", "as soon as", "as late as", "as of" (TimeML/TIMEX3 guidelines 2009, §2.2: the
signal is outside the TIMEX3; "a buyer could be named as early as June" dates June)."""

RULES: tuple[Rule, ...] = (
    Rule("month day year", re.compile(_B + m("m") + r"\s" + d("d") + r",?\s" + y("y") + _E), full_date, "month"),
    Rule("day month year", re.compile(_B + r"(?:the\s)?" + d("d") + r"\s(?:of\s)?" + m("m") + r",?\s" + y("y") + _E), full_date, "month"),
    Rule("month day range", re.compile(_B + m("m") + r"\s" + d("d") + r"\s?[-–]\s?" + d("d2") + r"(?:,?\s" + y("y") + r")?" + _E), day_range, "month"),
    Rule("month day", re.compile(_B + m("m") + r"\s" + d("d") + _E + _YEAR_REL), day_no_year, "month"),
    Rule("day month", re.compile(_B + r"(?:the\s)?" + d("d") + r"\s(?:of\s)?" + m("m") + r"(?![\w-])" + _YEAR_REL),
         day_no_year, "month"),
    Rule("month year", re.compile(_B + r"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ])?" + m("m") + r",?\s(?:of\s)?" + y("y") + _E),
         month_year, "month"),
    Rule("bare month", re.compile(_DAY_SKIP + r"(?P<dir>\b(?:[Nn]ext|[Tt]his|[Ll]ast|[Tt]hat) )?" + _BARE_MONTH.format(g="m") + r"(?P<poss>['’]s\b)?(?!\.?\w)"), bare_month, "month"),
    Rule("ISO date", re.compile(_B + y("y") + r"-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])" + _E), iso_date, "iso"),
    Rule("numeric date", re.compile(
        _B + r"(?:(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<yy>[0-9]{2}|(?:19|20)[0-9]{2})"
        r"|(?P<y4>(?:19|20)[0-9]{2})/(?P<m4>[01]?[0-9])/(?P<d4>[0-3]?[0-9]))" + _E), numeric_date, "slash"),
    Rule("year range", re.compile(_B + y("y") + r"\s?[-–]\s?(?P<y2>1[6-9][0-9]{2}|20[0-9]{2}|[0-9]{2})" + _E), year_range, "span"),
    Rule("decade", re.compile(r"(?:\b(?P<part>early|mid|late)[- ])?" + r"(?<![\w'])(?P<dec>1[6-9][0-9]0|20[0-9]0)['’]?s\b"), decade, "tens"),
    Rule("part of a year",
         re.compile(r"\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ](?:(?P<rel>[Nn]ext|[Ll]ast|[Tt]his)\syear\b(?!['’])|" + y("y") + _E + ")"),
         part_of_a_year, "early mid late"),
    Rule("year", re.compile(_B + y("y") + _E), year, "yyyy"),
    Rule("short year", re.compile(r"(?P<skip>\b(?:since|in|of|from|to|until|before|after|the)\s)['’](?P<yy>[0-9]{2})\b(?!['’])"), short_year, "apostrophe"),
    Rule(
        "quarter",
        re.compile(
            r"\b(?:(?:[Tt]he\s)?" + _ORD + r"[- ]quarter(?:\s(?:of\s)?(?:(?P<yrel>last|this)\syear|the\syear|" + y("y") + r"))?"
            r"|(?:(?P<qrel>[Tt]he\slast|[Tt]he\sprevious|[Ll]ast|[Tt]his|[Nn]ext)\squarter\b)"
            r"|Q(?P<qn>[1-4])(?:\s" + y("y2") + r")?)" + _E
        ),
        quarter, "quarter q1 q2 q3 q4",
    ),
    Rule(
        "half",
        re.compile(r"\b(?:[Tt]he\s)?" + _ORD + r"\shalf(?:\sof\s(?:(?P<yrel>last|this)\syear|the\syear|" + y("y") + r"))?\b(?!\sof\s(?:the\s)?[a-z])"),
        half, "half",
    ),
    Rule(
        "season",
        re.compile(
            r"(?:(?P<skip>\b(?:[Tt]he|[Ii]n)\s)|\b(?P<srel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat)\s)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?"
            r"\b" + _SEASON + r"(?:\s(?:of\s)?" + y("y") + r")?" + _E
        ),
        season, "spring summer autumn fall winter",
    ),
    Rule(
        "weekend",
        re.compile(r"(?:\b(?P<wrel>[Tt]his|[Ll]ast|[Nn]ext)|(?P<skip>\b(?:[Dd]uring|[Oo]ver|[Aa]t|[Oo]n|[Ff]or|[Ff]rom|[Bb]efore|[Uu]ntil|[Tt]ill|[Bb]y|[Aa]fter|[Ss]ince|[Ii]nto|[Tt]hroughout)\s)the)\sweekend\b"),
        weekend, "weekend",
    ),
    Rule(
        "weekday",
        re.compile(
            r"(?:(?P<dir>[Nn]ext|[Ll]ast|[Tt]his)\s|(?:[Ll]ate|[Ee]arly)\s)?\b" + _WD
            + r"(?:\s(?:night|morning|afternoon|evening))?\b"
        ),
        weekday, "day",
    ),
    Rule(
        "deictic",
        re.compile(
            r"\b(?:(?P<side>[Ee]arlier|[Ll]ater)\s)?(?:(?P<rel>this|last|next|This|Last|Next)\s(?P<word>week|month|year|morning|afternoon|evening|night)\b"
            r"(?<!\b[Tt]he\slast\snight)(?<!\b[Tt]he\slast\smorning)(?<!\b[Tt]he\slast\sevening)(?<!\b[Tt]he\slast\safternoon)"
            r"|(?P<dec>[Tt]he\s(?:past|last)|[Tt]his)\sdecade\b|(?P<word2>today|tonight|yesterday|tomorrow|Today|Tonight|Yesterday|Tomorrow)\b"
            r"|[Tt]hat\s(?:same\s)?(?P<that>day|week|month|year|morning|afternoon|evening|night)\b(?![-'’]))"
        ),
        deictic, "week month year today tonight tomorrow yesterday morning afternoon evening night decade that",
    ),
    Rule(
        "offset",
        re.compile(r"\b" + _NUM + r"\s(?P<unit>years?|months?|weeks?|days?)\s(?P<dir>ago|later|earlier|before|after)\b"
                   r"(?P<today>\s(?:today|tonight)\b)?", re.IGNORECASE),
        offset, "ago later earlier before after",
    ),
    Rule(
        "previous",
        re.compile(r"\b[Tt]he\s(?P<rel>previous|preceding|prior|following|next)\s(?P<unit>year|month|week|day)\b(?!['’]s)"),
        previous, "previous preceding prior following next",
    ),
    # only where the phrase ends (a stop, or a conjunction or preposition after it): "the
    # day before the vote", "the day after falling" count from something else
    Rule(
        "unit before",
        re.compile(
            r"\b[Tt]he\s(?P<unit>day|week)\s(?P<rel>before|earlier|after|later)\b"
            r"(?=\s*(?:[.,;:!?)—–]|$)|\s(?:that|and|but|or|when|while|as|in|at|on)\b)"
        ),
        unit_before, "day before|week before|day earlier|week earlier|day after|week after|day later|week later",
    ),
    Rule(
        "part of year",
        re.compile(
            r"\b[Tt]he\s(?P<part>start|beginning|end)\sof\s(?:(?:the|(?P<rel>this|last|next|previous))\s(?P<unit>year|month)|"
            + y("y") + r")\b"
        ),
        lambda mt, ctx: part_of_year(UnitMatch(mt), ctx), "start of|beginning of|end of",
    ),
    Rule(
        "running count",
        re.compile(
            r"\b(?:(?:a|the)\s)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th))\s"
            r"(?:(?:consecutive|straight|successive)\s)?(?P<unit>day|week|month|year)\b"
        ),
        running, "consecutive straight successive row running",
    ),
    Rule(
        "same period",
        re.compile(
            r"\b[Tt]he\ssame\s(?P<unit>day|week|month|quarter|period)\s(?:(?:of\s)?last\syear|a\syear\s(?:earlier|ago|before)"
            r"|(?:of\s)?the\s(?:previous|prior|preceding)\syear)\b"
        ),
        same_period, "same",
    ),
    Rule(
        "ranked unit",
        re.compile(
            r"(?P<skip>" + RANKED + ")"
            r"(?P<unit>day|week|month|quarter|year)(?=\s(?:since|in|of|on\srecord|for)\b)"
        ),
        ranked_unit, "est day|est week|est month|est quarter|est year|best |worst ",
    ),
    Rule(
        "the day",
        re.compile(
            r"(?:\b(?:the\s)?same\sday|(?P<skip>\b(?:[Oo]n|[Ff]or|[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver|of|end|ends|ending|ended|"
            r"start|started|starting|finish|finished|finishing)\s)the\sday)\b"
            r"(?!\s(?:of|when|that|on|which|it)\b|\s(?:before|after)\s(?:the|a|an|his|her|its|their|[A-Z0-9]))"
        ),
        the_day, "the day|same day",
    ),
    Rule(
        "now after a duration",
        re.compile(
            r"(?P<skip>\b[Ff]or\s(?:(?:more|less)\sthan\s|(?:well\s)?over\s|almost\s|nearly\s|about\s|around\s|at\sleast\s|some\s)?"
            r"(?:[0-9]{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|several|many|a\sfew)\s"
            r"(?:(?:long|full)\s)?(?:days?|weeks?|months?|years?|decades?)\s)now\b"
        ),
        now_after_duration, "now",
    ),
    Rule(
        "time of day",
        re.compile(
            r"(?<![\w.:,$])(?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<min>[0-5][0-9]))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)(?:\s?\((?:GMT|UTC)\s?[+-]\s?[0-9]{1,2}\))?(?:\s" + _ZONE + r")?"
            r"|(?<![\w.:,$])(?P<h2>[01][0-9]|2[0-3]|[0-9]):?(?P<min2>[0-5][0-9])\s(?:" + _ZONE + r")\b"
        ),
        lambda mt, ctx: clocks.on_its_day(ClockMatch(mt), ctx, mt.start()), "clock",
    ),
    Rule("24-hour time", clocks.TWENTY_FOUR_HOUR, clocks.twenty_four_hour, "clock"),
    Rule("noon or midnight", clocks.NOON, clocks.noon, "noon midday midnight"),
)


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
_YEAR_ANCHOR = re.compile(_B + r"(1[6-9][0-9]{2}|20[0-9]{2})" + _E)
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

"""Recognise time expressions and resolve them, TIMEX3 style, against a publication date.

`RULES` is the one table of recognition rules: each row names a form, the pattern that
finds it, the resolver that gives its value, and what a sentence must hold for the
pattern to be tried. The leftmost-longest spans win. Values are ISO 8601 (`2013-07-28`,
`2013-07`, `2013-W32`, `1993`, and intervals `2009-07/2009-09`), with a precision (day,
week, month, quarter, half, season, year, decade, range) and, where TIMEX3 has a shorter
form, that form (`2009-Q3`, `2008-FA`, `198`, `2010-W03-WE`, `2009-12-15T18:00`).

An underspecified date (a bare weekday, a month or a day without a year, a quarter or a
season without a year) takes its direction from the tense and modality of its clause
(`tense.direction`, after HeidelTime and SUTime): "will vote on Friday" looks forward,
"voted on Friday" back; with no marker a weekday or month is the most recent one and a
day of a month the nearest. "this Friday" is the Friday of the publication's ISO week.
Durations, ages, counts and money are never dates: only the forms below are. Date
arithmetic uses `python-dateutil`'s `relativedelta`; the resolvers of periods and of
dates that point back (quarters, seasons, "the same day", times of day) are in
`periods.py`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from ..model import TimeExpression
from ..read.sentences import sentences
from . import tense
from .periods import (
    ClockMatch,
    Context,
    Resolver,
    UnitMatch,
    Value,
    clock_time,
    half,
    iso_week,
    part_of_year,
    previous,
    quarter,
    running,
    season,
    the_day,
    weekend,
)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
NUMBERS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBERS["a"] = NUMBERS["an"] = 1

_FULL_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR_MONTH = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH = r"(?P<{g}>" + _FULL_MONTH + "|(?:" + _ABBR_MONTH + r")\.?(?!\w))"
"""A month name, or its abbreviation with or without a full stop ("Sep 30", "Sept. 14")."""
_BARE_MONTH = r"(?P<{g}>" + _FULL_MONTH + r"|(?:" + _ABBR_MONTH + r")\.)"
"""A month standing alone: only full names and abbreviations with a full stop."""
_DAY = r"(?P<{g}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[6-9][0-9]{{2}}|20[0-9]{{2}}|2100)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<n>[0-9]{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_B = r"(?<![\w$£€#.,/])"  # no word, currency, decimal or date separator right before
_E = r"(?![\w%]|[.,/][0-9])"  # no word, per cent or decimal right after
_ORD = r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
_SEASON = r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_ZONE = r"(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|JST|IST|AEST|AEDT)"


def m(g: str) -> str:
    return _MONTH.format(g=g)


def d(g: str) -> str:
    return _DAY.format(g=g)


def y(g: str) -> str:
    return _YEAR.format(g=g)


def _month(match: re.Match[str], g: str) -> int:
    return MONTHS[match.group(g).rstrip(".").lower()]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _directed_day(month: int, day: int, pub: dt.date, direction: str) -> dt.date | None:
    """The day `month`/`day` nearest `pub`, on or after it (forward), on or before it
    (back), or either side (no direction)."""
    options = [x for x in (_date(year, month, day) for year in (pub.year - 1, pub.year, pub.year + 1)) if x]
    if direction == tense.FORWARD:
        options = [x for x in options if x >= pub] or options
    elif direction == tense.BACK:
        options = [x for x in options if x <= pub] or options
    return min(options, key=lambda x: (abs((x - pub).days), x)) if options else None


_YEAR_AFTER = re.compile(
    r"\s*(?:to|until|till|through|and|[-–])\s+(?:the\s)?(?:" + _FULL_MONTH + "|" + _ABBR_MONTH + r")?\.?\s?"
    r"(?:[12][0-9]|3[01]|0?[1-9])?(?:st|nd|rd|th)?(?:\sof\s(?:" + _FULL_MONTH + r"))?,?(?:\sof)?\s(?P<y>1[6-9][0-9]{2}|20[0-9]{2})"
    r"(?![\w%])"
)
"""The second date of a range ("June 9 to June 23, 2014"), whose year applies to the first."""


def _year_after(ctx: Context, end: int) -> int | None:
    mt = _YEAR_AFTER.match(ctx.text, end) if ctx.text else None
    return int(mt.group("y")) if mt else None


def full_date(mt: re.Match[str], ctx: Context) -> Value | None:
    day = _date(int(mt.group("y")), _month(mt, "m"), int(mt.group("d")))
    return (day.isoformat(), "day") if day else None


def iso_date(mt: re.Match[str], ctx: Context) -> Value | None:
    day = _date(int(mt.group("y")), int(mt.group("mo")), int(mt.group("d")))
    return (day.isoformat(), "day") if day else None


def numeric_date(mt: re.Match[str], ctx: Context) -> Value | None:
    """`7/8/07`: month/day (US) or day/month, whichever reading lies nearest before publication."""
    a, b, yy = int(mt.group("a")), int(mt.group("b")), int(mt.group("yy"))
    pub = ctx.published
    year = yy if yy > 99 else (2000 + yy if pub is None or 2000 + yy <= pub.year + 1 else 1900 + yy)
    options = [x for x in (_date(year, a, b), _date(year, b, a)) if x]
    if not options:
        return None
    if pub is not None:
        options.sort(key=lambda x: (x > pub, abs((x - pub).days)))
    return options[0].isoformat(), "day"


def day_no_year(mt: re.Match[str], ctx: Context) -> Value | None:
    later = _year_after(ctx, mt.end())
    if later is not None:
        day = _date(later, _month(mt, "m"), int(mt.group("d")))
        return (day.isoformat(), "day") if day else None
    if ctx.published is None:
        return None
    day = _directed_day(_month(mt, "m"), int(mt.group("d")), ctx.published, ctx.direction)
    return (day.isoformat(), "day") if day else None


def day_range(mt: re.Match[str], ctx: Context) -> Value | None:
    month, d1, d2 = _month(mt, "m"), int(mt.group("d")), int(mt.group("d2"))
    if d2 <= d1:
        return None
    if mt.group("y"):
        year = int(mt.group("y"))
    elif ctx.published:
        first = _directed_day(month, d1, ctx.published, ctx.direction)
        if first is None:
            return None
        year = first.year
    else:
        return None
    a, b = _date(year, month, d1), _date(year, month, d2)
    return (f"{a.isoformat()}/{b.isoformat()}", "range") if a and b else None


def month_year(mt: re.Match[str], ctx: Context) -> Value | None:
    return f"{int(mt.group('y')):04d}-{_month(mt, 'm'):02d}", "month"


def _month_index(year: int, month: int) -> tuple[int, int]:
    moved = dt.date(year, 1, 1) + relativedelta(months=month - 1)
    return moved.year, moved.month


_RANGE_WORDS = ("and", "or", "to", "through", "until", "till")


def bare_month(mt: re.Match[str], ctx: Context) -> Value | None:
    if ctx.published is None or not (mt.group("skip") or mt.group("dir") or mt.group("poss")):
        return None
    skip = (mt.group("skip") or "").strip(" -").lower()
    if skip in _RANGE_WORDS and not _MONTH_WORD.search(ctx.text, max(ctx.sentence_start, mt.start() - 40), mt.start()):
        return None  # "and May": a month only as the second end of a range of months
    month, pub = _month(mt, "m"), ctx.published
    later = _year_after(ctx, mt.end())
    if later is not None:
        return f"{later:04d}-{month:02d}", "month"
    rel = (mt.group("dir") or "").strip().lower()
    if skip in ("its", "their", "his", "her", "our", "this"):
        year = pub.year  # "their January sales": a month of the current year
    elif rel == "next" or (ctx.direction == tense.FORWARD and rel != "last"):
        year = pub.year if month >= pub.month + (rel == "next") else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
        if skip == "last" and month == pub.month:
            year -= 1
    return f"{year:04d}-{month:02d}", "month"


_MONTH_WORD = re.compile(r"\b(?:" + _FULL_MONTH + r")\b")


def year_range(mt: re.Match[str], ctx: Context) -> Value | None:
    a, tail = int(mt.group("y")), mt.group("y2")
    b = int(tail) if len(tail) == 4 else (a // 100) * 100 + int(tail)
    return (f"{a}/{b}", "range") if b > a else None


def decade(mt: re.Match[str], ctx: Context) -> Value | None:
    start = int(mt.group("dec"))
    part = (mt.group("part") or "").lower()
    if not part:
        return f"{start}/{start + 9}", "decade", str(start // 10)
    a, b = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
    return f"{start + a}/{start + b}", "range"


_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w&'’-]*)\s$")
_CAPITAL_NEXT = re.compile(r"\s[A-Z]")


def _name_around(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the span sits inside a run of capitalised words ("Russell 2000 Index",
    "Black Monday"): a capitalised word right before it that does not open the sentence."""
    before = _CAPITALISED_BEFORE.search(text[max(sentence_start, start - 40) : start])
    if not before:
        return False
    word = before.group(1)
    if word.lower() in _LEAD_WORDS or word.rstrip(".").lower() in MONTHS:
        return False
    return start - len(before.group(0)) > sentence_start


_LEAD_WORDS = frozenset(
    "on in by at since until till from to before after during this last next late early mid the "
    "of and or but for as while when then through between".split()
)


def year(mt: re.Match[str], ctx: Context) -> Value | None:
    text = ctx.text
    if text and _name_around(text, mt.start(), mt.end(), ctx.sentence_start) and _CAPITAL_NEXT.match(text, mt.end()):
        return None  # a number inside a name: "the Russell 2000 Index"
    return mt.group("y"), "year"


def short_year(mt: re.Match[str], ctx: Context) -> Value | None:
    """`'82`: the latest such year not after publication (a century earlier without one)."""
    yy = int(mt.group("yy"))
    limit = ctx.published.year if ctx.published else 2099
    full = (limit // 100) * 100 + yy
    if full > limit:
        full -= 100
    return str(full), "year"


def weekday(mt: re.Match[str], ctx: Context) -> Value | None:
    if ctx.published is None:
        return None
    if (not mt.group("dir") and ctx.text and _name_around(ctx.text, mt.start(), mt.end(), ctx.sentence_start)
            and ctx.text[: mt.start()].rstrip() and len(ctx.text[: mt.start()].rstrip()) not in ctx.name_ends):
        return None  # a named day: "Black Monday", "Good Friday" (but "Asia Monday": Asia is a name)
    pub, wd = ctx.published, WEEKDAYS[mt.group("wd").lower()]
    direction = (mt.group("dir") or "").lower()
    if direction == "next":
        day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif direction == "last":
        day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)
    elif direction == "this":
        day = pub + dt.timedelta(days=wd - pub.weekday())  # the same ISO week
    elif ctx.direction == tense.FORWARD:
        day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    else:
        day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    return day.isoformat(), "day"


def deictic(mt: re.Match[str], ctx: Context) -> Value | None:
    if ctx.published is None:
        return None
    pub = ctx.published
    word = (mt.group("word") or mt.group("word2") or "").lower()
    rel = (mt.group("rel") or "this").lower()
    side = (mt.group("side") or "").lower()
    shift = {"last": -1, "next": 1}.get(rel, 0)
    if word in ("today", "tonight"):
        return pub.isoformat(), "day"
    if word in ("morning", "afternoon", "evening", "night"):
        return (pub + dt.timedelta(days=shift)).isoformat(), "day"
    if word in ("yesterday", "tomorrow"):
        return (pub + dt.timedelta(days=-1 if word == "yesterday" else 1)).isoformat(), "day"
    if word == "week":
        return iso_week(pub + dt.timedelta(weeks=shift)), "week"
    if word == "month":
        first = dt.date(pub.year, pub.month, 1) + relativedelta(months=shift)
        if side and not shift:
            last = first + relativedelta(months=1, days=-1)
            return (f"{first.isoformat()}/{pub.isoformat()}" if side == "earlier" else f"{pub.isoformat()}/{last.isoformat()}"), "range"
        return f"{first.year:04d}-{first.month:02d}", "month"
    if side and not shift:
        return (f"{pub.year}-01-01/{pub.isoformat()}" if side == "earlier" else f"{pub.isoformat()}/{pub.year}-12-31"), "range"
    return f"{pub.year + shift:04d}", "year"


def offset(mt: re.Match[str], ctx: Context) -> Value | None:
    n = mt.group("n").lower()
    count = int(n) if n.isdigit() else NUMBERS[n]
    unit = mt.group("unit").lower().rstrip("s")
    direction = mt.group("dir").lower()
    if direction == "later" or (direction != "ago" and ctx.anchor_year is not None):
        if unit != "year" or ctx.anchor_year is None:
            return None
        sign = 1 if direction == "later" else -1
        return f"{ctx.anchor_year + sign * count:04d}", "year"
    if ctx.published is None:
        return None
    base = ctx.published
    if unit == "year":
        return f"{base.year - count:04d}", "year"
    if unit == "month":
        moved = base - relativedelta(months=count)
        return f"{moved.year:04d}-{moved.month:02d}", "month"
    if unit == "week" and count > 1:
        # HeidelTime's date_r19b/c: "N weeks ago" is UNDEF-this-week-MINUS-N, an ISO week.
        # "a week ago" stays the day seven days back: MEANTIME annotates it as that day
        # (stock dev set: "a week ago" on 2011-03-18 = 2011-03-11, the day of the event).
        return iso_week(base - relativedelta(weeks=count)), "week"
    return (base - relativedelta(days=count * (7 if unit == "week" else 1))).isoformat(), "day"


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
    """What a sentence must hold for the pattern to be tried: `month`, `digit`, or words
    (space-separated, any of which its lower-cased text must contain)."""


_DAY_SKIP = r"(?P<skip>\b(?:[Ii]n|of|[Bb]y|[Tt]he|[Ss]ince|[Uu]ntil|[Dd]uring|early|late|mid|[Tt]his|[Ll]ast|[Bb]etween|[Ff]rom|and|or|to|through|until|till|its|their|his|her|our)[- ])?"

RULES: tuple[Rule, ...] = (
    Rule("month day year", re.compile(_B + m("m") + r"\s" + d("d") + r",?\s" + y("y") + _E), full_date, "month"),
    Rule("day month year", re.compile(_B + r"(?:the\s)?" + d("d") + r"\s(?:of\s)?" + m("m") + r",?\s" + y("y") + _E), full_date, "month"),
    Rule("month day range", re.compile(_B + m("m") + r"\s" + d("d") + r"\s?[-–]\s?" + d("d2") + r"(?:,?\s" + y("y") + r")?" + _E), day_range, "month"),
    Rule("month day", re.compile(_B + m("m") + r"\s" + d("d") + _E), day_no_year, "month"),
    Rule("day month", re.compile(_B + r"(?:the\s)?" + d("d") + r"\s(?:of\s)?" + m("m") + r"(?![\w-])"), day_no_year, "month"),
    Rule("month year", re.compile(_B + m("m") + r",?\s(?:of\s)?" + y("y") + _E), month_year, "month"),
    Rule("bare month", re.compile(_DAY_SKIP + r"(?P<dir>\b[Nn]ext )?" + _BARE_MONTH.format(g="m") + r"(?P<poss>['’]s\b)?(?!\.?\w)"), bare_month, "month"),
    Rule("ISO date", re.compile(_B + y("y") + r"-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])" + _E), iso_date, "iso"),
    Rule("numeric date", re.compile(_B + r"(?P<a>[01]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<yy>[0-9]{2}|(?:19|20)[0-9]{2})" + _E), numeric_date, "slash"),
    Rule("year range", re.compile(_B + y("y") + r"\s?[-–]\s?(?P<y2>1[6-9][0-9]{2}|20[0-9]{2}|[0-9]{2})" + _E), year_range, "digit"),
    Rule("decade", re.compile(r"(?:\b(?P<part>early|mid|late)[- ])?" + r"(?<![\w'])(?P<dec>1[6-9][0-9]0|20[0-9]0)['’]?s\b"), decade, "digit"),
    Rule("year", re.compile(_B + y("y") + _E), year, "digit"),
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
            r"(?:(?P<skip>\b(?:[Tt]he|[Ii]n)\s)|\b(?P<srel>[Tt]his|[Ll]ast|[Nn]ext)\s)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?"
            r"\b" + _SEASON + r"(?:\s(?:of\s)?" + y("y") + r")?" + _E
        ),
        season, "spring summer autumn fall winter",
    ),
    Rule(
        "weekend",
        re.compile(r"(?:\b(?P<wrel>[Tt]his|[Ll]ast|[Nn]ext)|(?P<skip>\b(?:during|over|at|on|for)\s)the)\sweekend\b"),
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
            r"|(?P<word2>today|tonight|yesterday|tomorrow|Today|Tonight|Yesterday|Tomorrow)\b)"
        ),
        deictic, "week month year today tonight tomorrow yesterday morning afternoon evening night",
    ),
    Rule(
        "offset",
        re.compile(r"\b" + _NUM + r"\s(?P<unit>years?|months?|weeks?|days?)\s(?P<dir>ago|later|earlier|before)\b", re.IGNORECASE),
        offset, "ago later earlier before",
    ),
    Rule(
        "previous",
        re.compile(r"\b[Tt]he\s(?P<rel>previous|preceding|prior|following|next)\s(?P<unit>year|month|week|day)\b(?!['’]s)"),
        previous, "previous preceding prior following next",
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
        "the day",
        re.compile(
            r"(?:\b(?:the\s)?same\sday|(?P<skip>\b(?:[Oo]n|[Ff]or|[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver|of|end|ends|ending|ended|"
            r"start|started|starting|finish|finished|finishing)\s)the\sday)\b"
            r"(?!\s(?:of|when|that|on|which|it)\b|\s(?:before|after)\s(?:the|a|an|his|her|its|their|[A-Z0-9]))"
        ),
        the_day, "the day|same day",
    ),
    Rule(
        "time of day",
        re.compile(
            r"(?<![\w.:,$])(?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<min>[0-5][0-9]))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)(?:\s?\((?:GMT|UTC)\s?[+-]\s?[0-9]{1,2}\))?(?:\s" + _ZONE + r")?"
            r"|(?<![\w.:,$])(?P<h2>[01][0-9]|2[0-3]|[0-9]):?(?P<min2>[0-5][0-9])\s(?:" + _ZONE + r")\b"
        ),
        lambda mt, ctx: clock_time(ClockMatch(mt), ctx), "clock",
    ),
)


def _inside_name(names: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted spans `names`."""
    i = bisect.bisect_left(names, (end,))
    return i > 0 and names[i - 1][1] > start and any(s < end and start < e for s, e in names[max(0, i - 8) : i])


_YEAR_ANCHOR = re.compile(_B + r"(1[6-9][0-9]{2}|20[0-9]{2})" + _E)
_MONTHS = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DIGIT = re.compile(r"[0-9]")


_NEED_PATTERNS = {
    "month": _MONTHS,
    "digit": _DIGIT,
    "iso": re.compile(r"[0-9]-[01][0-9]-[0-3]"),
    "slash": re.compile(r"[0-9]/[0-9]"),
    "apostrophe": re.compile(r"['’][0-9]{2}"),
    "clock": re.compile(r"[0-9]\s?(?:[ap]\.?m\b|[AP]M\b)|[0-9]\s[A-Z]{3}"),
}
"""Needs tested by a pattern over the sentence; any other need is words, one of which the
sentence's lower-cased text must contain."""


@functools.cache
def _need_words(need: str) -> tuple[str, ...]:
    return tuple(need.split("|") if "|" in need else need.split())


_PARAGRAPH_NEED_PATTERNS = {**_NEED_PATTERNS, "clock": re.compile(r"[0-9]\s?(?:[ap]\.?m|[AP]M)|[0-9]\s[A-Z]{3}")}
"""As `_NEED_PATTERNS`, for a whole paragraph: a test that any sentence holding the need
passes (the clock's word boundary may fall at a sentence's end)."""


def _present(text: str, start: int, end: int, needs: tuple[str, ...],
             patterns: dict[str, re.Pattern[str]] = _NEED_PATTERNS) -> set[str]:
    """Which of `needs` text[start:end] holds: a pattern's match, or one of the need's
    words in its lower case. Most sentences name no date, and quick scans are cheaper
    than the rules' patterns."""
    held = set()
    lowered = ""
    for need in needs:
        pattern = patterns.get(need)
        if pattern is not None:
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


def find_dates(
    text: str, start: int, end: int, paragraph: int, published: dt.date | None,
    names: tuple[tuple[int, int], ...] = (), sentence_spans: tuple[tuple[int, int], ...] | None = None,
) -> list[TimeExpression]:
    """Time expressions in `text[start:end]`, resolved where possible, in text order.
    `names`: the spans of registered names in the text, sorted; a date-like word inside
    one is no date ("Windows 2000"), and a weekday right after one is ("Asia Monday").
    `sentence_spans`: its sentences (a paragraph's `sentences`; split here when not given)."""
    found: list[TimeExpression] = []
    # What the paragraph holds bounds what its sentences hold: most paragraphs try few rules.
    in_paragraph = _present(text, start, end, _NEEDS, _PARAGRAPH_NEED_PATTERNS)
    rules = [rule for rule in RULES if rule.need in in_paragraph]
    if not rules:
        return found
    needs = tuple(need for need in _NEEDS if need in in_paragraph)
    name_ends: set[int] | None = None
    last_day_at = -1
    last_day = ""
    for s_start, s_end in sentences(text, start, end) if sentence_spans is None else sentence_spans:
        spans: list[tuple[int, int, re.Match[str], Resolver]] = []
        if s_start == start and s_end == end and "clock" not in in_paragraph:
            present = in_paragraph
        else:
            present = _present(text, s_start, s_end, needs)
        for rule in rules:
            if rule.need not in present:
                continue
            for mt in rule.pattern.finditer(text, s_start, s_end):
                begin = mt.end("skip") if "skip" in mt.re.groupindex and mt.group("skip") else mt.start()
                finish = mt.start("poss") if "poss" in mt.re.groupindex and mt.group("poss") else mt.end()
                if finish > begin:
                    spans.append((begin, finish, mt, rule.resolve))
        spans.sort(key=lambda x: (x[0], -x[1]))
        reach = s_start
        for a, b, mt, resolver in spans:
            if a < reach or _inside_name(names, a, b):
                continue
            if name_ends is None:
                name_ends = {e for _, e in names}
            anchors = [int(x.group(1)) for x in _YEAR_ANCHOR.finditer(text, s_start, a)]
            ctx = Context(
                published, anchors[-1] if anchors else None, (s_start, s_end, a, b),
                text, last_day, s_start, last_day_at >= s_start, name_ends,
            )
            try:
                resolved = resolver(mt, ctx)
            except (OverflowError, ValueError):  # beyond the calendar (year 1 minus a day)
                resolved = None
            if resolved is None or resolved[0].startswith(("-", "0000")):
                continue  # no year before 1 (ISO 8601's basic range): left unresolved
            reach = b
            value, precision = resolved[0], resolved[1]
            timex = resolved[2] if len(resolved) == 3 else value  # type: ignore[misc]
            found.append(TimeExpression(a, b, text[a:b], value, precision, paragraph, timex))
            if precision == "day":
                last_day, last_day_at = value, a
    return found

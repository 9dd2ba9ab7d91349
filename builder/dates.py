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
arithmetic uses `python-dateutil`'s `relativedelta`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from . import tense
from .model import TimeExpression
from .sentences import sentences

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
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
"""Meteorological seasons (northern hemisphere): TIMEX3 code and first month."""

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


@dataclass(frozen=True)
class Context:
    """What a resolver may look at."""

    published: dt.date | None
    """The source's publication date."""
    anchor_year: int | None
    """The last year named earlier in the same sentence."""
    direction: str = ""
    """`tense.FORWARD`, `tense.BACK` or "": the tense of the date's clause."""
    text: str = ""
    """The whole source text (for rules that look around the match)."""
    last_day: str = ""
    """The last day (`YYYY-MM-DD`) resolved earlier in the paragraph, or ""."""
    sentence_start: int = 0
    """Where the date's sentence starts."""
    last_day_in_sentence: bool = False
    """Whether `last_day` was named in the date's own sentence."""
    name_ends: frozenset[int] | set[int] = frozenset()
    """Where registered names end (a weekday right after one is a date, not a named day)."""


Value = tuple[str, str] | tuple[str, str, str]
"""(value, precision) or (value, precision, TIMEX3 value)."""
Resolver = Callable[[re.Match[str], Context], "Value | None"]


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


def _name_around(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the span sits inside a run of capitalised words ("Russell 2000 Index",
    "Black Monday"): a capitalised word right before it that does not open the sentence."""
    before = re.search(r"([A-Z][\w&'’-]*)\s$", text[max(sentence_start, start - 40) : start])
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
    if text and _name_around(text, mt.start(), mt.end(), ctx.sentence_start) and re.match(r"\s[A-Z]", text[mt.end() :]):
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


def _week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


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
        return _week(pub + dt.timedelta(weeks=shift)), "week"
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
    return (base - relativedelta(days=count * (7 if unit == "week" else 1))).isoformat(), "day"


def previous(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the previous year", "the following month": one unit from the year named earlier in
    the sentence, else from publication."""
    unit, rel = mt.group("unit").lower(), mt.group("rel").lower()
    sign = 1 if rel in ("following", "next") else -1
    if unit == "year":
        base = ctx.anchor_year if ctx.anchor_year is not None else (ctx.published.year if ctx.published else None)
        return (f"{base + sign:04d}", "year") if base is not None else None
    if ctx.published is None:
        return None
    pub = ctx.published
    if unit == "month":
        moved = pub + relativedelta(months=sign)
        return f"{moved.year:04d}-{moved.month:02d}", "month"
    if unit == "week":
        return _week(pub + relativedelta(weeks=sign)), "week"
    anchor = dt.date.fromisoformat(ctx.last_day) if ctx.last_day else pub
    return (anchor + relativedelta(days=sign)).isoformat(), "day"


def _quarter_value(year: int, q: int) -> Value:
    first = 3 * q - 2
    return f"{year:04d}-{first:02d}/{year:04d}-{first + 2:02d}", "quarter", f"{year:04d}-Q{q}"


def quarter(mt: re.Match[str], ctx: Context) -> Value | None:
    q = ORDINALS.get((mt.group("ord") or "").lower()) or int(mt.group("qn") or 0)
    rel = (mt.group("qrel") or "").lower().replace("the ", "")
    pub = ctx.published
    current = (pub.month - 1) // 3 + 1 if pub else 0
    if mt.group("y") or mt.group("y2"):
        return _quarter_value(int(mt.group("y") or mt.group("y2")), q) if q else None
    if pub is None:
        return None
    index = pub.year * 4 + current - 1
    if rel in ("last", "previous") and not q:
        index -= 1
    elif rel == "next" and not q:
        index += 1
    elif not q:
        pass  # "this quarter"
    else:
        year = pub.year - 1 if (mt.group("yrel") or "").lower() == "last" else pub.year
        if not mt.group("yrel"):
            if ctx.direction == tense.FORWARD:
                year = pub.year if q >= current else pub.year + 1
            else:
                year = pub.year if q <= current else pub.year - 1
        return _quarter_value(year, q)
    return _quarter_value(index // 4, index % 4 + 1)


def half(mt: re.Match[str], ctx: Context) -> Value | None:
    h = ORDINALS[mt.group("ord").lower()]
    if h > 2:
        return None
    if mt.group("y"):
        year = int(mt.group("y"))
    elif ctx.published is None:
        return None
    else:
        pub = ctx.published
        current = 1 if pub.month <= 6 else 2
        if (mt.group("yrel") or "").lower() == "last":
            year = pub.year - 1
        elif ctx.direction == tense.FORWARD:
            year = pub.year if h >= current else pub.year + 1
        else:
            year = pub.year if h <= current else pub.year - 1
    first = 1 if h == 1 else 7
    return f"{year:04d}-{first:02d}/{year:04d}-{first + 5:02d}", "half", f"{year:04d}-H{h}"


def _season_value(year: int, name: str) -> Value:
    code, first = SEASONS[name]
    start = dt.date(year, first, 1)
    end = start + relativedelta(months=2)
    return f"{start.year:04d}-{start.month:02d}/{end.year:04d}-{end.month:02d}", "season", f"{year:04d}-{code}"


def season(mt: re.Match[str], ctx: Context) -> Value | None:
    name = mt.group("season").lower()
    if mt.group("y"):
        return _season_value(int(mt.group("y")), name)
    rel = (mt.group("srel") or "").lower()
    if name == "fall" and rel not in ("this", "last", "next"):
        return None  # "a fall of 3%", "the fall in prices": only "this fall", "last fall", "the fall of 2008"
    if ctx.published is None:
        return None
    pub = ctx.published
    code, first = SEASONS[name]
    # The season's start in the publication's year, and the one holding publication.
    year = pub.year - 1 if first == 12 and pub.month <= 2 else pub.year
    start = dt.date(year, first, 1)
    holds = start <= pub < start + relativedelta(months=3)
    if rel == "next" or (not holds and rel != "last" and ctx.direction == tense.FORWARD):
        year = year if start > pub else year + 1
    elif rel == "last" or (not holds and rel != "this"):
        year = year if start + relativedelta(months=3) <= pub else year - 1
    return _season_value(year, name)


def weekend(mt: re.Match[str], ctx: Context) -> Value | None:
    """The weekend holding publication, else the coming one (the one just gone when
    the clause is in the past tense or says "last")."""
    if ctx.published is None:
        return None
    pub = ctx.published
    rel = (mt.group("wrel") or "").lower()
    if pub.weekday() >= 5:
        saturday = pub - dt.timedelta(days=pub.weekday() - 5)
        shift = {"last": -1, "next": 1}.get(rel, 0)
    else:
        saturday = pub + dt.timedelta(days=5 - pub.weekday())
        shift = -1 if rel == "last" or (rel != "next" and ctx.direction == tense.BACK) else 0
    saturday += dt.timedelta(weeks=shift)
    sunday = saturday + dt.timedelta(days=1)
    return f"{saturday.isoformat()}/{sunday.isoformat()}", "range", f"{_week(saturday)}-WE"


def part_of_year(mt: re.Match[str] | _Unit, ctx: Context) -> Value | None:
    """"the start of this year" -> January, "the end of the month" -> the month."""
    if ctx.published is None and not mt.group("y"):
        return None
    pub = ctx.published
    unit, part = (mt.group("unit") or "year").lower(), (mt.group("part") or "").lower()
    rel = (mt.group("rel") or "").lower()
    shift = {"last": -1, "next": 1, "previous": -1}.get(rel, 0)
    since = ctx.text and re.search(r"\bsince\s+$", ctx.text[max(0, mt.start() - 8) : mt.start()])
    if unit == "year":
        given = mt.group("y")
        if given is None and pub is None:
            return None
        year = int(given) if given else pub.year + shift  # type: ignore[union-attr]
        if since and part in ("start", "beginning"):
            return f"{year:04d}-01-01", "day"  # "since the start of this year": a point, 1 January
        return f"{year:04d}-{1 if part in ('start', 'beginning') else 12:02d}", "month"
    assert pub is not None
    moved = dt.date(pub.year, pub.month, 1) + relativedelta(months=shift)
    return f"{moved.year:04d}-{moved.month:02d}", "month"


def the_day(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the same day", "late in the day", "ending the day": the day the paragraph named
    last (news reports of a day name it, then say "the day"), else publication."""
    if ctx.last_day:
        return ctx.last_day, "day"
    return (ctx.published.isoformat(), "day") if ctx.published else None


def running(mt: re.Match[str], ctx: Context) -> Value | None:
    """"for a second consecutive day", "for the fourth week in a row": the day (week,
    month, year) of publication, the latest of the run."""
    text = ctx.text[mt.start() : mt.end() + 12] if ctx.text else mt.group()
    if not re.search(r"consecutive|straight|successive|in\sa\srow|running", text) or ctx.published is None:
        return None  # "the second day of the trial" is no run
    pub, unit = ctx.published, mt.group("unit")
    if unit == "day":
        return pub.isoformat(), "day"
    if unit == "week":
        return _week(pub), "week"
    if unit == "month":
        return f"{pub.year:04d}-{pub.month:02d}", "month"
    return f"{pub.year:04d}", "year"


def clock_time(mt: re.Match[str] | _Clock, ctx: Context) -> Value | None:
    """A time of day with a zone or a.m./p.m.: its day (the last named in the sentence's
    paragraph, else publication); the TIMEX3 value keeps the hour."""
    day = (ctx.last_day if ctx.last_day_in_sentence else "") or (ctx.published.isoformat() if ctx.published else "")
    if not day:
        return None
    hour = int(mt.group("h") or 0)
    minute = int(mt.group("min") or 0)
    half_day = (mt.group("ampm") or "").replace(".", "").lower()
    if half_day == "pm" and hour < 12:
        hour += 12
    elif half_day == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return day, "day", f"{day}T{hour:02d}:{minute:02d}"


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
        lambda mt, ctx: part_of_year(_Unit(mt), ctx), "start of|beginning of|end of",
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
        lambda mt, ctx: clock_time(_Clock(mt), ctx), "clock",
    ),
)


class _Unit:
    """Presents a "part of year" match with a year as unit `year`."""

    def __init__(self, mt: re.Match[str]) -> None:
        self._mt = mt

    def group(self, name: str) -> str | None:
        if name == "unit":
            return self._mt.group("unit") or "year"
        return self._mt.group(name)

    def start(self) -> int:
        return self._mt.start()


class _Clock:
    """Presents the 24-hour form of a time of day under the groups of the a.m./p.m. form."""

    def __init__(self, mt: re.Match[str]) -> None:
        self._mt = mt

    def group(self, name: str) -> str | None:
        if name in ("h", "min"):
            return self._mt.group(name) or self._mt.group(name + "2")
        return self._mt.group(name)


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


def _present(need: str, text: str, start: int, end: int, lowered: list[str]) -> bool:
    """Whether text[start:end] holds what `need` names (`lowered` caches its lower case):
    most sentences name no date, and one quick scan is cheaper than a pattern's search."""
    pattern = _NEED_PATTERNS.get(need)
    if pattern is not None:
        return pattern.search(text, start, end) is not None
    if not lowered:
        lowered.append(text[start:end].lower())
    low = lowered[0]
    return any(word in low for word in _need_words(need))


def find_dates(
    text: str, start: int, end: int, paragraph: int, published: dt.date | None,
    names: tuple[tuple[int, int], ...] = (),
) -> list[TimeExpression]:
    """Time expressions in `text[start:end]`, resolved where possible, in text order.
    `names`: the spans of registered names in the text, sorted; a date-like word inside
    one is no date ("Windows 2000"), and a weekday right after one is ("Asia Monday")."""
    found: list[TimeExpression] = []
    name_ends = {e for _, e in names}
    last_day_at = -1
    last_day = ""
    for s_start, s_end in sentences(text, start, end):
        spans: list[tuple[int, int, re.Match[str], Resolver]] = []
        present: dict[str, bool] = {}
        lowered: list[str] = []
        for rule in RULES:
            if rule.need not in present:
                present[rule.need] = _present(rule.need, text, s_start, s_end, lowered)
            if not present[rule.need]:
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
            anchors = [int(x.group(1)) for x in _YEAR_ANCHOR.finditer(text, s_start, a)]
            ctx = Context(
                published, anchors[-1] if anchors else None, tense.direction(text, s_start, s_end, a, b),
                text, last_day, s_start, last_day_at >= s_start, name_ends,
            )
            resolved = resolver(mt, ctx)
            if resolved is None:
                continue
            reach = b
            value, precision = resolved[0], resolved[1]
            timex = resolved[2] if len(resolved) == 3 else value  # type: ignore[misc]
            found.append(TimeExpression(a, b, text[a:b], value, precision, paragraph, timex))
            if precision == "day":
                last_day, last_day_at = value, a
    return found

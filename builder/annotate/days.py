"""Resolvers of the date forms that name a calendar day or month ("July 28, 2013", "28
July", "in June", "early June", "late next year"), and the words they read (month,
weekday and number names). A year or decade alone is `years.py`'s; a day counted from the
publication ("Friday", "this week", "five years ago") `deixis.py`'s.

Each resolver takes a match of its row of `dateforms.RULES` and the `periods.Context` of the
sentence, and gives a `periods.Value` (ISO 8601 value, precision) or None when the match
is no date. The direction of an underspecified day comes from `tense.direction`; date
arithmetic uses `python-dateutil`'s `relativedelta`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from . import narrative, tense
from .periods import Context, Value

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


FULL_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
ABBR_MONTH = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"


def _month(match: re.Match[str], g: str) -> int:
    return MONTHS[match.group(g).rstrip(".").lower()]


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when the calendar has no such day (30 February, year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def directed_day(month: int, day: int, pub: dt.date, direction: str) -> dt.date | None:
    """The day `month`/`day` nearest `pub`, on or after it (forward), on or before it
    (back), or either side (no direction); None when there is none on that side within a
    year ("December 30" said in the past on 0001-01-01: the calendar has no year 0, and the
    year after is no past; "February 29" in the past in mid-2023: no leap day within a
    year before)."""
    options = [x for x in (valid_date(year, month, day) for year in range(max(1, pub.year - 1), min(9999, pub.year + 1) + 1)) if x]
    if direction == tense.FORWARD:
        options = [x for x in options if x >= pub]
    elif direction == tense.BACK:
        options = [x for x in options if x <= pub]
    return min(options, key=lambda x: (abs((x - pub).days), x)) if options else None


_YEAR_AFTER = re.compile(
    r"\s*(?:to|until|till|through|and|[-–])\s+(?:the\s)?(?:" + FULL_MONTH + "|" + ABBR_MONTH + r")?\.?\s?"
    r"(?:[12][0-9]|3[01]|0?[1-9])?(?:st|nd|rd|th)?(?:\sof\s(?:" + FULL_MONTH + r"))?,?(?:\sof)?\s(?P<y>1[6-9][0-9]{2}|20[0-9]{2})"
    r"(?![\w%])"
)
"""The second date of a range ("June 9 to June 23, 2014"), whose year applies to the first."""


def _year_after(ctx: Context, end: int) -> int | None:
    mt = _YEAR_AFTER.match(ctx.text, end) if ctx.text else None
    return int(mt.group("y")) if mt else None


def full_date(mt: re.Match[str], ctx: Context) -> Value | None:
    day = valid_date(int(mt.group("y")), _month(mt, "m"), int(mt.group("d")))
    return (day.isoformat(), "day") if day else None


def iso_date(mt: re.Match[str], ctx: Context) -> Value | None:
    day = valid_date(int(mt.group("y")), int(mt.group("mo")), int(mt.group("d")))
    return (day.isoformat(), "day") if day else None


_YEAR_BEYOND = re.compile(r",?\s\d{4,}\b(?![ \t]+[a-z])")  # (a number then a word is a count: "3000 tenants")
"""A year written right after a day and month that the date rules do not read (before 1600
or after 2100: "19 July 9999", "1 January 0001"): the date has a year, only not one the
dossier can place, so it is no date rather than one in the publication's year."""


_RELATIVE_YEAR_AFTER = re.compile(
    r"\s*(?:to|until|till|through|and|[-–])\s+(?:the\s)?(?:(?:" + FULL_MONTH + "|" + ABBR_MONTH + r")\.?\s)?"
    r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s(?:of\s)?(?:" + FULL_MONTH + "|" + ABBR_MONTH + r")\.?)?"
    r",?\s(?P<rel>this|last|next)\syear\b")
"""The second day of a range whose year is named from the publication ("from 3 March to 1
May this year"), which the first day takes too."""
_SHIFT = {"last": -1, "this": 0, "next": 1}


def _publication_year_after(mt: re.Match[str], ctx: Context, pub: dt.date) -> int | None:
    """The year "last year", "this year" or "next year" names right after the day ("on 15
    November last year") or after the range it opens ("from 3 March to 1 May this year")."""
    rel = mt.group("yrel") if "yrel" in mt.re.groupindex else None
    if rel is None and ctx.text:
        after = _RELATIVE_YEAR_AFTER.match(ctx.text, mt.end())
        rel = after.group("rel") if after else None
    return pub.year + _SHIFT[rel] if rel else None


def day_no_year(mt: re.Match[str], ctx: Context) -> Value | None:
    if _YEAR_BEYOND.match(ctx.text, mt.end()):
        return None
    later = _year_after(ctx, mt.end())
    if later is None and ctx.published is not None:
        later = _publication_year_after(mt, ctx, ctx.published)
    if later is not None:
        day = valid_date(later, _month(mt, "m"), int(mt.group("d")))
        return (day.isoformat(), "day") if day else None
    if ctx.published is None:
        return None
    day = day_without_year(_month(mt, "m"), int(mt.group("d")), ctx, mt.start(), mt.end())
    return (day.isoformat(), "day") if day else None


REFERENCE_OF = re.compile(r"\b(?:reference|ref\.?|number|no\.?|log|incident)\s[A-Z]*[0-9][\w/-]*\s(?:of|dated)\s$", re.IGNORECASE)
"""A record's number right before its day ("quoting reference 0417 of 7 March", "case
number 2231 of 2 June"): a police or court log's reference names the day it was opened,
which has passed (the day is the record's, whatever the clause's tense)."""


def day_without_year(month: int, number: int, ctx: Context, start: int, end: int) -> dt.date | None:
    """The day `number` of `month` written at text[start:end] with no year: the year the
    story is telling ("In the summer of 2022 ... On 3 August"), else the occurrence the
    clause's tense points to (`directed_day`), nearest when the clause is past but the
    day is days ahead (`_just_ahead`) or it looks forward but a past relative clause tells
    of the day just behind (`_just_behind`)."""
    if ctx.published is None:
        return None
    told = narrative.month_year(ctx, month, start, number)
    if told is not None:
        return valid_date(told, month, number)
    direction = tense.BACK if REFERENCE_OF.search(ctx.text, max(0, start - 40), start) else ctx.direction
    if direction == tense.BACK and _just_ahead(month, number, ctx, start):
        direction = ""
    elif direction == tense.FORWARD and _past_relative(ctx.text, end) and _just_behind(month, number, ctx.published):
        direction = ""
    return directed_day(month, number, ctx.published, direction)


AHEAD_REACH = 14
"""Days after publication within which a day of a month named without a year is that
occurrence even in a clause told in the past (`_just_ahead`): two weeks, the reach of a
deadline or a plan days away; a date farther ahead in a past clause ("provided the accounts
on March 3", published 5 February) is the one before."""
_EARLIER_YEAR = re.compile(r"\blast\syear\b|\b(?:1[6-9]|20)[0-9]{2}\b", re.IGNORECASE)


def _just_ahead(month: int, day: int, ctx: Context, start: int) -> bool:
    """Whether a day of a month with no year, in a clause the past tense governs, is still
    the occurrence just after publication: it lies within `AHEAD_REACH` days of it, the one
    before lies in an earlier year, and the sentence names no earlier year before it
    ("Last year it missed the 30 June deadline"). AP Stylebook (months): a month and day
    with no year is in the current year; a date days away is a deadline or a plan the
    sentence reports ("came just days before the 9 June deadline", "said a march on July 1
    would go ahead"), and nothing told in the past happened after publication.
    HeidelTime reads the tense only to choose between two occurrences equally near."""
    pub = ctx.published
    ahead = directed_day(month, day, pub, tense.FORWARD) if pub else None
    if pub is None or ahead is None or (ahead - pub).days > AHEAD_REACH or ahead.year != pub.year:
        return False
    behind = directed_day(month, day, pub, tense.BACK)
    if behind is not None and behind.year == pub.year:
        return False
    for mt in _EARLIER_YEAR.finditer(ctx.text, ctx.sentence_start, start):
        if not mt.group().isdigit() or int(mt.group()) < pub.year:
            return False
    return True


def day_range(mt: re.Match[str], ctx: Context) -> Value | None:
    """"June 9-12", "9-12 June", "from 16 to 18 September", "between 2 and 7 February": one
    range whose first day borrows the month (and year) of the second (TIMEX3 marks a range
    of days written with one month as one interval; the year is the second day's, read as
    a day written alone)."""
    month, d1, d2 = _month(mt, "m"), int(mt.group("d")), int(mt.group("d2"))
    if d2 <= d1:
        return None
    if mt.group("y"):
        year = int(mt.group("y"))
    else:
        last = day_without_year(month, d2, ctx, mt.start(), mt.end())
        if last is None:
            return None
        year = last.year
    a, b = valid_date(year, month, d1), valid_date(year, month, d2)
    return (f"{a.isoformat()}/{b.isoformat()}", "range") if a and b else None


_RELATIVE_AFTER = re.compile(r",\s(?:which|that|who)\s((?:[a-z]+\s){0,2}[a-z]+)")


def _past_relative(text: str, end: int) -> bool:
    """Whether a relative clause told in the past follows the date right after a comma
    ("the ground fall on 10 February, which trapped nine workers"): the date belongs to
    the noun it dates, whose clause tells what happened, not to the main verb's plan."""
    mt = _RELATIVE_AFTER.match(text, end)
    if mt is None:
        return False
    words = mt.group(1).split()
    return any(tense.marker(words, k) == tense.BACK for k in range(len(words)))


BEHIND_REACH = 31
"""Days before publication within which a day of a month named without a year is that
occurrence even in a clause that looks forward (`_just_behind`)."""


def _just_behind(month: int, day: int, pub: dt.date) -> bool:
    """Whether a day of a month with no year, in a clause that looks forward, is still the
    occurrence just before publication: that one lies in the publication's year within
    `BEHIND_REACH` days, and the next one in the year after. AP Stylebook (months): a month
    and day with no year is in the current year; a plan almost a year away is written with
    its year, so the day is what the plan is about ("will examine the collapse on 10
    February", published 20 February; "will review the vote on 3 March, which ..."), the
    mirror of `_just_ahead`. Asked only when a relative clause in the past follows the
    date (`_past_relative`): "extended the loan to February 28", published 5 March, is
    the next one."""
    behind = directed_day(month, day, pub, tense.BACK)
    ahead = directed_day(month, day, pub, tense.FORWARD)
    return (behind is not None and ahead is not None and behind.year == pub.year < ahead.year
            and (pub - behind).days <= BEHIND_REACH)


def month_year(mt: re.Match[str], ctx: Context) -> Value | None:
    part = (mt.group("part") or "").lower()
    year, month = int(mt.group("y")), _month(mt, "m")
    return part_of_month(year, month, part) if part else (f"{year:04d}-{month:02d}", "month")


def _month_index(year: int, month: int) -> tuple[int, int]:
    moved = dt.date(year, 1, 1) + relativedelta(months=month - 1)
    return moved.year, moved.month


_RANGE_WORDS = ("and", "or", "to", "through", "until", "till")


def bare_month(mt: re.Match[str], ctx: Context) -> Value | None:
    if ctx.published is None or not (mt.group("skip") or mt.group("dir") or mt.group("poss")):
        return None
    skip = (mt.group("skip") or "").strip(" -").lower()
    if skip in _RANGE_WORDS and skip not in ("until", "till") and not _MONTH_WORD.search(
            ctx.text, max(ctx.sentence_start, mt.start() - 40), mt.start()):
        return None  # "and May": a month only as the second end of a range of months ("delayed until June" is one alone)
    month, pub = _month(mt, "m"), ctx.published
    later = _year_after(ctx, mt.end())
    if later is None and mt.group("yrel") and not mt.group("poss"):
        later = _publication_year_after(mt, ctx, pub)  # "in April last year": one date (TIMEX3)
    if later is not None:
        return part_of_month(later, month, skip) if skip in _PART_OF_MONTH else (f"{later:04d}-{month:02d}", "month")
    rel = (mt.group("dir") or "").strip().lower()
    told = narrative.that_month(ctx, month, mt.end()) if rel == "that" else None if rel else narrative.month_year(ctx, month, mt.start())
    if rel == "that" and told is None:
        return None  # "that October" with no year before it
    year = told if told is not None else bare_month_year(month, pub, rel, skip, ctx.direction)
    return part_of_month(year, month, skip) if skip in _PART_OF_MONTH else (f"{year:04d}-{month:02d}", "month")


_MONTH_WORD = re.compile(r"\b(?:" + FULL_MONTH + r")\b")

_PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PART_WORDS = frozenset(_PART_OF_MONTH)
"""The days "early", "mid" and "late" take of a month: its thirds (TIMEX3 writes the
month with `mod` START, MID or END; the dossier, whose values are periods, writes the
third as a range of days, as it writes "the early 1990s" as 1990/1993)."""


def part_of_month(year: int, month: int, part: str) -> Value:
    """"early June" of `year`: the range of days of that third of the month (`_PART_OF_MONTH`)."""
    first, last = _PART_OF_MONTH[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{first:02d}/{year:04d}-{month:02d}-{last:02d}", "range"


_PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
"""The months "early", "mid" and "late" take of a year: its thirds (TIMEX3 writes the year
with `mod` START, MID or END; written here, as `part_of_month` writes a month's third, as
a range of months)."""
_YEAR_SHIFT = {"next": 1, "last": -1, "this": 0}


def part_of_a_year(mt: re.Match[str], ctx: Context) -> Value | None:
    """"early next year", "late last year", "early 2026", "mid-2026": the third of the year
    (`_PART_OF_YEAR`) as a range of months, "next", "last" and "this" counted from
    publication as `deictic` counts "next year"."""
    rel = (mt.group("rel") or "").lower()
    if rel:
        if ctx.published is None:
            return None
        year = ctx.published.year + _YEAR_SHIFT[rel]
    else:
        year = int(mt.group("y"))
    first, last = _PART_OF_YEAR[mt.group("part").lower()]
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "range"


def bare_month_year(month: int, pub: dt.date, rel: str, skip: str, direction: str) -> int:
    """The year of a month named without one, published `pub`: this year for "this" and
    a possessive ("their January sales"), the next such month for "next" or a clause
    looking forward, else the last such month (the news reports what happened)."""
    if skip in ("its", "their", "his", "her", "our") or rel == "this":
        return pub.year
    if rel == "next" or (direction == tense.FORWARD and rel != "last"):
        return pub.year if month >= pub.month + (rel == "next") else pub.year + 1
    year = pub.year if month <= pub.month else pub.year - 1
    return year - 1 if rel == "last" and month == pub.month else year

"""Periods and anaphoric dates, and what every date resolver is given.

Resolvers of the forms that name a period rather than a calendar day (quarters, halves,
seasons, weekends, "the start of the year", running counts) or that point back at a day
the text named ("the same day", "the previous day", a time of day), for the table in
`dates.RULES`. `Context` is what every resolver may look at. Arithmetic with
`python-dateutil`'s `relativedelta`; TIMEX3 values after the TimeML guidelines (`2009-Q3`,
`2009-H1`, `2008-FA`, `2010-W03-WE`, `2009-12-15T18:00`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from . import tense

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
"""Meteorological seasons (northern hemisphere): TIMEX3 code and first month."""


@dataclass(frozen=True)
class Context:
    """What a resolver may look at."""

    published: dt.date | None
    """The source's publication date."""
    anchor_year: int | None
    """The last year named earlier in the same sentence."""
    span: tuple[int, int, int, int] = (0, 0, 0, 0)
    """(sentence start, sentence end, date start, date end) in `text`: where `direction` looks."""
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
    paragraph_start: int = 0
    """Where the date's paragraph starts (an anaphoric period looks back no further)."""
    reference: str = ""
    """The story's reference time where the date stands: the last day or week
    (`YYYY-MM-DD`, `YYYY-Www`) named earlier in the paragraph, else the last day at or
    before publication named in an earlier paragraph, else "" (see `unit_before`)."""
    language: str = ""
    """The dossier's language tag (`en-GB`): the order of a numeric date's day and month
    (`days.numeric_order`)."""
    last_date: str = ""
    """The value of the last date named earlier in the paragraph, whatever its precision
    (`2022-05-03`, `2019-03`, `2009-Q3`'s `2009-07/2009-09`), or "": what "that summer"
    and "later that year" point back at (`that_unit`)."""

    @functools.cached_property
    def direction(self) -> str:
        """`tense.FORWARD`, `tense.BACK` or "": the tense of the date's clause (read only when
        a resolver asks: most dates carry their year)."""
        return tense.direction(self.text, *self.span) if self.span[1] else ""


Value = tuple[str, str] | tuple[str, str, str]
"""(value, precision) or (value, precision, TIMEX3 value)."""
Resolver = Callable[[re.Match[str], Context], "Value | None"]


def iso_week(day: dt.date) -> str:
    """The ISO week holding `day`: `2013-W32`."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def previous(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the previous year", "the following month": one unit from the year named earlier in
    the sentence, else from publication; "the following day", "the previous day": one day
    from the day the paragraph named last, no value when it named none ("the following
    day" is never the day after publication: that is "tomorrow")."""
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
        return iso_week(pub + relativedelta(weeks=sign)), "week"
    if not ctx.last_day:
        return None  # "said earlier this year ... On the following day": a day after no day named (not publication's)
    return (dt.date.fromisoformat(ctx.last_day) + relativedelta(days=sign)).isoformat(), "day"


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


def anaphor_anchor(ctx: Context) -> str:
    """What an anaphoric date ("that summer", "later that year") points back at: the
    last date named earlier in its paragraph, else the story's reference day an earlier
    paragraph left (`Context.reference`), else "" (never publication: "that year" is a
    year the story named). TimeML's anchoring of a relative date to another time
    expression (anchorTimeID), as HeidelTime resolves its `UNDEF-REF` values against the
    last date mentioned."""
    return ctx.last_date or ctx.reference


def _anchor_day(anchor: str) -> dt.date | None:
    """The first day of the date `anchor` (`2022-05-03`, `2022-05`, `2022-W19`,
    `2009-07/2009-09`), or None when it names no month or finer."""
    first = anchor.split("/")[0]
    try:
        if "-W" in first:
            year, week = first[:8].split("-W")
            return dt.date.fromisocalendar(int(year), int(week), 1)
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", first[:10]):
            return dt.date.fromisoformat(first[:10])
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}", first):
            return dt.date(int(first[:4]), int(first[5:7]), 1)
    except ValueError:
        return None
    return None


def that_unit(unit: str, ctx: Context) -> Value | None:
    """"that year", "later that month", "that same week", "that day", "that morning": the
    year (month, week, day) of the date the story named last (`anaphor_anchor`), not the
    publication's; no value when there is none, or when it is coarser than the unit ("that
    week" after "in 2019")."""
    anchor = anaphor_anchor(ctx)
    if not re.match(r"[0-9]{4}(?![0-9])", anchor):
        return None
    if unit == "year":
        return anchor[:4], "year"
    day = _anchor_day(anchor)
    if day is None:
        return None
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}", "month"
    if unit == "week":
        return iso_week(day), "week"
    precise = anchor.split("/")[0]
    if len(precise) < 10 or "W" in precise:
        return None  # a day of a month or a week is not known
    return day.isoformat(), "day"


def season(mt: re.Match[str], ctx: Context) -> Value | None:
    name = mt.group("season").lower()
    if mt.group("y"):
        return _season_value(int(mt.group("y")), name)
    rel = (mt.group("srel") or "").lower()
    if rel == "that":
        # "later that summer": the season of the year the story named last (`that_unit`);
        # a winter named after its January or February began the December before
        anchor = anaphor_anchor(ctx)
        if re.match(r"[0-9]{4}(?![0-9])", anchor):
            day = _anchor_day(anchor)
            year = int(anchor[:4]) - (name == "winter" and day is not None and day.month <= 2)
            return _season_value(year, name)
        rel = ""  # no date before it: as a bare season
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
    return f"{saturday.isoformat()}/{sunday.isoformat()}", "range", f"{iso_week(saturday)}-WE"


def part_of_year(mt: re.Match[str] | UnitMatch, ctx: Context) -> Value | None:
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


def unit_before(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the day before", "the week before", "the day after": one day or week from the
    story's reference time (`Context.reference`), not from publication: a narrative's
    reference moves with the past it tells (TimeML's anchorTimeID; HeidelTime's
    `UNDEF-REF-day-MINUS-1`, which counts from the last day mentioned). "met both sides
    the week before", after "on Wednesday" (16 April), is the week before that Wednesday's;
    "said the week before", after "last week" (week 29), is week 28. With no reference
    the anchor is publication; a day counted from a week is not known (no value)."""
    unit, rel = mt.group("unit").lower(), mt.group("rel").lower()
    sign = -1 if rel in ("before", "earlier") else 1
    ref = ctx.reference or (ctx.published.isoformat() if ctx.published else "")
    if not ref:
        return None
    if "W" in ref:
        if unit == "day":
            return None
        year, week = ref.split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return iso_week(monday + relativedelta(weeks=sign)), "week"
    day = dt.date.fromisoformat(ref)
    if unit == "day":
        return (day + relativedelta(days=sign)).isoformat(), "day"
    return iso_week(day + relativedelta(weeks=sign)), "week"


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
    return _current(ctx.published, mt.group("unit"))


def _current(pub: dt.date, unit: str) -> Value:
    """The day, week, month, quarter or year (`unit`) that holds `pub`."""
    if unit == "day":
        return pub.isoformat(), "day"
    if unit == "week":
        return iso_week(pub), "week"
    if unit == "month":
        return f"{pub.year:04d}-{pub.month:02d}", "month"
    if unit == "quarter":
        return _quarter_value(pub.year, (pub.month - 1) // 3 + 1)
    return f"{pub.year:04d}", "year"


NOT_SUPERLATIVE = r"(?!(?:pro|inter|re|con|for|har|sugg|inv|manif|hon|mod|arr|conqu|t|qu|b|w|n|ch|v|g|l|j|z|prot)est\b)"
"""Words in -est that are no superlative ("protest", "interest", "request", "contest")."""
RANKED = r"\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er)\s(?:" + NOT_SUPERLATIVE + r"[a-z]+est|best|worst)\s(?:single\s)?"
"""What ranks a unit of time before it ("their best ", "its worst single ")."""
RANKED_BEFORE = re.compile(RANKED + "$")


def ranked_unit(mt: re.Match[str], ctx: Context) -> Value | None:
    """"their best week since November", "its worst day in a decade": a day (week, month,
    quarter, year) ranked by a superlative is the current one, the publication's, when the
    clause is in the present ("stocks have their best week") or has no verb (a headline).
    In the past ("had its worst day") it may be the day before publication: no value."""
    if ctx.published is None or not ctx.text:
        return None
    # the tense of the words before it ("since November" after it is the ranking's base)
    if tense.direction(ctx.text, ctx.span[0], mt.start(), mt.start(), mt.start()) == tense.BACK:
        return None
    return _current(ctx.published, mt.group("unit").lower())


def clock_time(mt: re.Match[str] | ClockMatch, ctx: Context) -> Value | None:
    """A time of day with a zone or a.m./p.m.: its day, the last named in its sentence,
    else the story's reference day (`Context.reference`: the last day the paragraph named,
    else the last one at or before publication an earlier paragraph named, as "the day
    before" counts from: TimeML's anchoring of a time to the narrative's reference time),
    else publication; the TIMEX3 value keeps the hour. A day written after the time ("16:00
    BST on Friday") replaces it (`corefer.anchored`); a time with no day in its sentence
    makes no event by itself (`events`)."""
    reference = ctx.reference if len(ctx.reference) == 10 else ""
    day = (ctx.last_day if ctx.last_day_in_sentence else "") or reference or (
        ctx.published.isoformat() if ctx.published else "")
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


class UnitMatch:
    """Presents a "part of year" match with a year as unit `year`."""

    def __init__(self, mt: re.Match[str]) -> None:
        self._mt = mt

    def group(self, name: str) -> str | None:
        if name == "unit":
            return self._mt.group("unit") or "year"
        return self._mt.group(name)

    def start(self) -> int:
        return self._mt.start()


class ClockMatch:
    """Presents the 24-hour form of a time of day under the groups of the a.m./p.m. form."""

    def __init__(self, mt: re.Match[str]) -> None:
        self._mt = mt

    def group(self, name: str) -> str | None:
        if name in ("h", "min"):
            return self._mt.group(name) or self._mt.group(name + "2")
        return self._mt.group(name)

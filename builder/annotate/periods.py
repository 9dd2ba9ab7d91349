"""Periods and anaphoric dates, and what every date resolver is given.

Resolvers of the forms that name a period rather than a calendar day (quarters, halves,
seasons, weekends, "the start of the year", running counts) and of a time of day, for the
table in `dateforms.RULES` (the anaphoric forms, "the previous day", "a week earlier", "that
year", are in `anaphora`). `Context` is what every resolver may look at. Arithmetic with
`python-dateutil`'s `relativedelta`; TIMEX3 values after the TimeML guidelines (`2009-Q3`,
`2009-H1`, `2008-FA`, `2010-W03-WE`, `2009-12-15T18:00`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from . import limits, narrative, tense

if TYPE_CHECKING:
    from .anaphora import Story

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
    """The reference time the paragraph before left (`anaphora.last_reference`: its last
    date at or before publication, any precision), or ""."""
    language: str = ""
    """The dossier's language tag (`en-GB`): the order of a numeric date's day and month
    (`numeric.numeric_order`)."""
    last_date: str = ""
    """The value of the last date named earlier in the paragraph, whatever its precision
    (`2022-05-03`, `2019-03`, `2009-Q3`'s `2009-07/2009-09`), or "": the reference time of
    "that summer", "later that year" and "a week earlier" (`anaphora.reference`)."""
    last_day_at: int = -1
    """Where `last_day` starts in `text` (-1: none)."""
    story: Story | None = None
    """What the source named before this date (`anaphora.Story`): where "two days before
    the race" looks for the race's date."""

    @functools.cached_property
    def direction(self) -> str:
        """`tense.FORWARD`, `tense.BACK` or "": the tense of the date's clause (read only when
        a resolver asks: most dates carry their year)."""
        return limits.direction(self.text, *self.span) if self.span[1] else ""


Value = tuple[str, str] | tuple[str, str, str]
"""(value, precision) or (value, precision, TIMEX3 value)."""
Resolver = Callable[[re.Match[str], Context], "Value | None"]


def iso_week(day: dt.date) -> str:
    """The ISO week holding `day`: `2013-W32`."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


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
    if rel == "that":
        # "later that summer": the season of the year of the reference time
        # (`anaphora.reference`); a winter named after its January or February began the
        # December before
        from .anaphora import anchor_day, that_reference  # anaphora reads this module's Context

        anchor = that_reference(ctx)
        if re.match(r"[0-9]{4}(?![0-9])", anchor):
            day = anchor_day(anchor)
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
    the clause is in the past tense or says "last"); in a story told in the past, the one
    nearest its reference day (`narrative.weekday`)."""
    if ctx.published is None:
        return None
    pub = ctx.published
    rel = (mt.group("wrel") or "").lower()
    near = None if rel else narrative.weekday(ctx, 5, mt.start())  # "By dawn on Thursday, August 1 ... By the weekend"
    if near is not None:
        return _weekend_of(near)
    if pub.weekday() >= 5:
        saturday = pub - dt.timedelta(days=pub.weekday() - 5)
        shift = {"last": -1, "next": 1}.get(rel, 0)
    else:
        saturday = pub + dt.timedelta(days=5 - pub.weekday())
        shift = -1 if rel == "last" or (rel != "next" and ctx.direction == tense.BACK) else 0
    return _weekend_of(saturday + dt.timedelta(weeks=shift))


def _weekend_of(saturday: dt.date) -> Value:
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


def the_day(mt: re.Match[str], ctx: Context) -> Value | None:
    """"late in the day", "ending the day", "on the day": the day the paragraph named last
    (news reports of a day name it, then say "the day"), else publication (a market
    report's "rose 2% on the day" is its own day: MEANTIME's gold), but no day when the
    narrative stands in another year (`narrative.elsewhere`). "the same day" is
    anaphoric (`anaphora.same_day`): the reference time's day, no publication guess."""
    if "same" in mt.group().lower():
        from .anaphora import same_day  # anaphora reads this module's Context

        return same_day(ctx)
    if ctx.last_day:
        return ctx.last_day, "day"
    if narrative.elsewhere(ctx):
        return None  # "the loading on the day" in a report whose story stands in 2019: not the report's day
    return (ctx.published.isoformat(), "day") if ctx.published else None


def running(mt: re.Match[str], ctx: Context) -> Value | None:
    """"for a second consecutive day", "for the fourth week in a row": the day (week,
    month, year) of publication, the latest of the run."""
    text = ctx.text[mt.start() : mt.end() + 12] if ctx.text else mt.group()
    if not re.search(r"consecutive|straight|successive|in\sa\srow|running", text) or ctx.published is None:
        return None  # "the second day of the trial" is no run
    unit = mt.group("unit")
    if ctx.text and ctx.span[1] and (_dated_clause(ctx, mt.start(), mt.end()) or (
            unit in _CLOSED_UNITS and ctx.direction == tense.BACK)):
        return None  # "fell for a fifth consecutive month in April": the run counts up to April, no date of its own
    return _current(ctx.published, unit)


_CLOSED_UNITS = frozenset("month quarter year".split())
"""Units a run told in the past ends before publication: a month's or a quarter's figures
come out after it closes ("output fell for a fifth consecutive month, data showed")."""
_OTHER_DATE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:1[6-9]|20)[0-9]{2}"
    r"|(?:last|this|next)\s(?:week|month|quarter|year))\b")


def _dated_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether the clause of a run (text[start:end]) names a date of its own ("for a fifth
    consecutive month in April", "for a second straight day on Tuesday"): the run counts
    up to that date and is a duration, no date (TimeML: "for the third consecutive month"
    measures a span, a DURATION; the date the clause names is the run's last period)."""
    first, last = ctx.span[0], ctx.span[1]
    for mt in tense.CLAUSE_END.finditer(ctx.text, first, start):
        first = mt.end()
    after = tense.CLAUSE_END.search(ctx.text, end, last)
    last = after.start() if after else last
    return any(m.start() >= end or m.end() <= start for m in _OTHER_DATE.finditer(ctx.text, first, last))


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
_COPULA_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|be|been|being)|['’]s)\s$")
"""A copula right before a ranked unit ("This is the hardest day in 80 years", "it was
their worst week"): the unit is a predicative noun phrase, which characterises its
subject (Quirk et al. 1985, ch. 10, the subject complement) and refers to no period of
its own, unlike an object ("stocks have their best week since November")."""


def ranked_unit(mt: re.Match[str], ctx: Context) -> Value | None:
    """"their best week since November", "its worst day in a decade": a day (week, month,
    quarter, year) ranked by a superlative is the current one, the publication's, when the
    clause is in the present ("stocks have their best week") or has no verb (a headline).
    In the past ("had its worst day") it may be the day before publication: no value."""
    if ctx.published is None or not ctx.text:
        return None
    if _COPULA_BEFORE.search(ctx.text, max(ctx.span[0], mt.start() - 12), mt.start()):
        return None  # "This is the hardest day in the company's history": a predicate that rates, no date
    # the tense of the words before it ("since November" after it is the ranking's base)
    if tense.direction(ctx.text, ctx.span[0], mt.start(), mt.start(), mt.start()) == tense.BACK:
        return None
    return _current(ctx.published, mt.group("unit").lower())


_RELATIVE_OPENS = re.compile(r",\s(?:who|which|whose|where)\b")
_RELATIVE_CLOSES = re.compile(r",\s")
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\s--\s")


def same_clause(text: str, s_start: int, s_end: int, a: int, b: int) -> bool:
    """Whether the positions `a` < `b` of the sentence text[s_start:s_end] lie in one
    clause: no semicolon or dash between them, and neither inside a non-restrictive
    relative clause (", who ... ,", ", which ... ,") that the other is outside ("The
    runner, who won on May 17, ..., the AIU said in a statement issued at 14:00 CET": the
    race's day is not the statement's). Commas inside numbers ("1,500") close nothing."""
    if _CLAUSE_BREAK.search(text, a, b):
        return False
    for mt in _RELATIVE_OPENS.finditer(text, s_start, s_end):
        close = _RELATIVE_CLOSES.search(text, mt.end(), s_end)
        end = close.start() if close else s_end
        if (mt.start() <= a < end) != (mt.start() <= b < end):
            return False
    return True


CLOCK_REACH = 7
"""Days before publication within which the day the paragraph before left is the day of a
time of day told in the past (`_reference_day`): the story's own week."""


def _reference_day(ctx: Context) -> str:
    """The day the paragraph before left (`Context.reference`) for a time of day with no
    day in its paragraph, in a clause told in the past, when that day lies in the week
    before publication ("were brought out late on Friday night." then "walked from the
    cage at 11.52pm": the Friday): the narrative's reference time, which a past clause
    with no date of its own keeps (Reichenbach 1947; TimeML's anchoring of an
    underspecified time to the last reference time, as HeidelTime anchors to the last
    date in news); else "". A time in a present or forward clause ("22:30 That's where
    we leave it", a live blog's stamp) is the publication's."""
    ref, pub = ctx.reference, ctx.published
    if pub is None or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", ref) or ctx.direction != tense.BACK:
        return ""
    return ref if 0 <= (pub - dt.date.fromisoformat(ref)).days <= CLOCK_REACH else ""


def clock_time(mt: re.Match[str] | ClockMatch, ctx: Context) -> Value | None:
    """A time of day with a zone or a.m./p.m.: on the day named before it in its own clause
    (`same_clause`), else on the last day an earlier sentence of its paragraph named (the
    narrative's reference: "Pickets arrived on Monday. They left at 7am."), never on a day
    of another clause of its sentence; with no day in its paragraph, on the narrative's
    reference day (`narrative.clock_day`: "All times are on Tuesday 15 November unless
    stated." before a list of times), else, told in the past, on the day the paragraph
    before left in the week before publication (`_reference_day`), else on the publication's ("A helpline, open every
    day from 8am to 8pm" is no day of the paragraph before: a recurring time is no date at
    all, `recurring`). A day written after the time
    ("16:00 BST on Friday") replaces it (`corefer.anchored`); a time with no day in its
    sentence makes no event by itself (`events`). The TIMEX3 value keeps the hour, and the
    zone's offset where it is certain (`zones.offset`)."""
    day = ""
    if ctx.last_day and ctx.last_day_at >= ctx.paragraph_start:
        if not ctx.last_day_in_sentence:
            day = ctx.last_day
        elif same_clause(ctx.text, ctx.span[0], ctx.span[1], ctx.last_day_at, ctx.span[2]):
            day = ctx.last_day
    day = day or narrative.clock_day(ctx) or _reference_day(ctx) or (ctx.published.isoformat() if ctx.published else "")
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

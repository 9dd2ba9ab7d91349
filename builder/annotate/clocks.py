"""Times of day written on the 24-hour clock, and "noon" and "midnight".

`dateforms.RULES` marks a time with a.m./p.m. ("2 a.m.", "6pm") or a zone ("10:00 GMT") by
`periods.clock_time`; this module adds the two forms news uses as often (AP and the
Guardian style guides write the 24-hour clock for timelines, situation reports and live
blogs): "Saturday 5 October, 02:10", "at 08:15 on Monday", "Next update: 06:00 tomorrow",
and "at noon on Wednesday", "by noon Thursday", "at midnight on 13 August". Each is a
TIMEX3 time (type TIME, value `2024-10-05T02:10`) on its day, which `clock_time` finds
(the day in its clause, else its paragraph's, else the publication's) and
`corefer.anchored` moves to a day written right after it.

What is no time (TIMEX3 marks no race time, score or ratio): a colon between numbers is a
time only with a two-digit hour ("02:10", "18:30") or, with a one-digit hour, after a
preposition of time ("at 9:30", "by 7:45", "from 8:15"), never with a decimal or another
colon after its minutes ("3:31.45", "2:03:45"), digits after a comma ("1:50,000"), a
pace after it ("9:30 per mile") or a score's verb, or a book's name, before it ("won 21:15",
"Luke 12:30"). "noon" and "midnight" are times only after a preposition of time or before
a day ("noon Thursday"): "the midnight sun" is none.

"midnight" is the end of its day, `T24:00` (ISO 8601 allows 24:00 for the end of a day;
the TIDES TIMEX2 guidelines, Ferro et al. 2005, read "midnight" so): "takes effect at
midnight" in a report of 12 August is the night from 12 to 13 August.
"""

from __future__ import annotations

import re

from . import weekdays
from .periods import ClockMatch, Context, Value, clock_time

_TIME_PREPOSITION = (r"(?:[Aa]t|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ss]ince|[Tt]o|[Pp]ast|[Aa]round|[Aa]bout)\s"
                     r"(?:(?:about|around|approximately|roughly|shortly\s(?:before|after)|just\s(?:before|after))\s)?")
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NO_TIME_AFTER = (r"(?![0-9]|[.:,][0-9])(?!\s?(?:[ap]\.?m\b|[AP]M\b|per\b|/|a\s(?:mile|km|kilometre|kilometer)\b|"
                  r"min\b|mins\b|minutes?\b|pace\b|km\b|miles?\b|goals?\b|points?\b|wins?\b|victory\b))")

TWENTY_FOUR_HOUR = re.compile(
    r"(?:(?<![\w.:,$£€/])(?P<h>[01][0-9]|2[0-3]):(?P<min>[0-5][0-9])"
    r"|(?P<skip>\b" + _TIME_PREPOSITION + r")(?P<h1>[1-9]):(?P<min1>[0-5][0-9]))" + _NO_TIME_AFTER
)
"""A time on the 24-hour clock: a two-digit hour, or a one-digit one after a preposition of time."""

NOON = re.compile(
    r"(?:(?P<skip>\b" + _TIME_PREPOSITION + r")(?P<word>noon|midday|midnight)"
    r"|\b(?P<word2>noon|midday|midnight)(?=,?\s(?:on\s)?(?:" + _WEEKDAY_NAMES + r"|today|tomorrow|yesterday)\b)"
    r"|(?<![\w.,:$£€])12\s(?P<word3>noon|midday|midnight))\b"
    r"(?!\s(?:sun|blue|mass|oil|feast|feasts|snack|feasts|deadline)\b)"
)
""""noon", "midday" or "midnight" after a preposition of time or right before its day, and
"12 noon", "12 midnight" anywhere ("by no later than 12 noon (London time) on 14 January")."""

_NOT_A_TIME_BEFORE = re.compile(
    r"(?:\b(?:won|win|wins|winning|lost|lose|loses|beat|beats|beaten|drew|draw|score|scored|scores|scoreline|result|"
    r"ratio|odds|scale|verse|verses|chapter|chapters)\s(?:(?:of|by|at|the|a|an)\s)*"
    r"|(?<![.!?:]\s)(?<!\n)\b(?!(?:" + _WEEKDAY_NAMES + r"|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Issued|Updated|Posted|Published|Next|Last|At|By|From|Until)\b)[A-Z][a-z]+\s)$"
)
"""A score's or a ratio's word, or a book's name ("Luke 12:30"), right before the numbers:
a capitalised word that is no weekday, month or label and opens no sentence."""

_UNRESOLVED_DAY = re.compile(r"\b(?:[Tt]he|[Tt]hat)\s(" + _WEEKDAY_NAMES + r")\b")
"""A definite weekday ("on the Saturday morning"), anaphoric (`weekdays.named_before`)."""


class _Clock:
    """Presents a 24-hour or a noon/midnight match under `clock_time`'s groups."""

    def __init__(self, h: int, minute: int) -> None:
        self._groups = {"h": str(h), "min": f"{minute:02d}", "ampm": None}

    def group(self, name: str) -> str | None:
        return self._groups.get(name)


def _day_unknown(ctx: Context, start: int) -> bool:
    """Whether the time's paragraph, before it or right after it, names a day by an anaphoric
    weekday that `dates` left unresolved ("We got the call at 03:15 on the Saturday
    morning"): the time is on that unknown day, not on the publication's."""
    if ctx.last_day and ctx.last_day_at >= ctx.paragraph_start:
        return False
    return any(
        weekdays.named_before(ctx, _WEEKDAY_NAMES.split("|").index(mt.group(1))) is None
        for mt in _UNRESOLVED_DAY.finditer(ctx.text, ctx.paragraph_start, min(ctx.span[1] or len(ctx.text), start + 40))
    )


def on_its_day(mt: re.Match[str] | ClockMatch | _Clock, ctx: Context, start: int) -> Value | None:
    """`periods.clock_time`, unless the time's day is an anaphoric weekday left unresolved."""
    if ctx.text and _day_unknown(ctx, start):
        return None
    return clock_time(mt, ctx)  # type: ignore[arg-type]


def twenty_four_hour(mt: re.Match[str], ctx: Context) -> Value | None:
    """"02:10", "at 9:30": on its day (`clock_time`); no time after a score's word or a book's name."""
    begin = mt.start("h") if mt.group("h") else mt.start("h1")
    before = _NOT_A_TIME_BEFORE.search(ctx.text, max(ctx.span[0], begin - 30), begin) if ctx.text else None
    if before is not None and before.start() > ctx.span[0]:
        return None
    hour = int(mt.group("h") or mt.group("h1"))
    minute = int(mt.group("min") or mt.group("min1"))
    return on_its_day(_Clock(hour, minute), ctx, begin)


def noon(mt: re.Match[str], ctx: Context) -> Value | None:
    """"noon"/"midday" is 12:00 of its day, "midnight" its end, 24:00."""
    group = "word" if mt.group("word") else "word2" if mt.group("word2") else "word3"
    word = mt.group(group).lower()
    begin = mt.start(group)
    value = on_its_day(_Clock(12, 0), ctx, begin)
    if value is None or word != "midnight":
        return value
    return value[0], value[1], value[2][:-5] + "24:00"  # type: ignore[misc]

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

A morning time told after an evening one of the same day, with hours between ("after 11 pm
... burned for more than six hours ... at around 5.30 am"), is the next morning (`_overnight`).

"midnight" is the end of its day, `T24:00` (ISO 8601 allows 24:00 for the end of a day;
the TIDES TIMEX2 guidelines, Ferro et al. 2005, read "midnight" so): "takes effect at
midnight" in a report of 12 August is the night from 12 to 13 August.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..annotation import TimeExpression
from . import narrative, tense, weekdays
from .anaphora import _SAYING_BEFORE as SAYING_BEFORE
from .periods import CLOCK_REACH, ClockMatch, Context, Value, clock_time
from .phrases import STOP
from .stems import stem

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


_RUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s$")
_RUN_AFTER = re.compile(r"(?:\s(?:[A-Z][\w'’-]*|to|from|and)){0,4}(?:\s[a-z]+(?:-[a-z]+)?)?\s(?:service|services|train|trains|flight|flights|bus|coach|ferry|sailing|"
                        r"departure|arrival|express|shuttle|tram)\b|\sfrom\s[A-Z]")
"""A time used as the name of a scheduled run: a determiner before it and a service's noun
after, past a route's names and one modifier ("the 18:12 service", "the 18:12 Harwick to
Brennock passenger service", "the 6.15pm train", "the 07:00 from Paddington"). The Guardian
and AP style guides write a train or flight so; it names the run, not a time of the story
(TIMEX3 marks no time inside a name: TIDES, Ferro et al. 2005, 2.2.3)."""


def names_a_run(text: str, start: int, end: int) -> bool:
    """Whether the time at text[start:end] names a scheduled run (`_RUN_AFTER`)."""
    return bool(_RUN_BEFORE.search(text, max(0, start - 8), start)) and _RUN_AFTER.match(text, end) is not None


_STEM_END = re.compile(r"(?:ments?|ings?|ed|es|s|e)$")
_NOT_THE_VERB = frozenset("at by from around about approximately roughly shortly just before after until till since".split())


def _stem(word: str) -> str:
    return _STEM_END.sub("", word.lower())


def _same_act(ctx: Context, told: str) -> bool:
    """Whether the verb the time dates ("derailed at 18:41") is told, as verb or noun, in
    the sentence `told` whose day it would take ("the derailment of the 18:12 service ...
    on 5 November 2026"): the same happening told again (event coreference by a shared
    stem, as ECB+ links event mentions by lemma), so a day beyond the week before
    publication (`periods.CLOCK_REACH`) still dates it; "received on January 27." then "A
    hotline opened at 8am" tells another."""
    words = [w for w in re.findall(r"[A-Za-z]+", ctx.text[ctx.span[0] : ctx.span[2]]) if w.lower() not in _NOT_THE_VERB]
    if not words or len(words[-1]) < 4:
        return False
    stem = _stem(words[-1])
    return any(_stem(w) == stem for w in re.findall(r"[A-Za-z]+", told))


_WITH_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_HAPPENING_REACH = 40
"""How far before a told day its happening's noun phrase is read ("the loss of electricity supply in X on 13 July 2027")."""


def _same_happening(ctx: Context, told: str) -> bool:
    """Whether the time's clause retells the happening whose noun phrase stands right before
    the told day (`told`: "its inquiry into the loss of electricity supply in Southmark on"):
    a lower-case content word of that phrase, by its stem, in the clause before the time
    ("1,184,000 customers lost supply, of whom 461,000 were disconnected ... at 16:05"), as
    event coreference links a nominal and a verbal mention that share an argument (ECB+,
    Cybulska and Vossen 2014)."""
    phrase = {stem(w) for w in re.findall(r"\b[a-z]{4,}\b", told) if w not in STOP and w not in _NOT_THE_VERB}
    clause = re.findall(r"\b[a-z]{4,}\b", ctx.text[ctx.span[0] : ctx.span[2]])
    return any(stem(w) in phrase for w in clause if w not in STOP)


_PROGRESSIVE_BEFORE = re.compile(r"\b(?:was|were)\s(?:still\s)?[a-z]+ing\s(?:[a-z]+\s){0,3}(?:on\s)?$")
"""A past progressive right before a day ("rescuers were searching on Monday for ..."): a
state in progress at that day, which moves no reference time of the narrative (Dowty 1986,
"The effects of aspectual class on the temporal structure of discourse": events move it on,
progressives and states do not), so a time told after it is on the day of the last event."""


def _told_day(ctx: Context) -> str:
    """The day the story is telling at the time's place: the last day (`YYYY-MM-DD`, at or
    before publication) named earlier in its paragraph, else in the last paragraph before
    that names one (within `periods.CLOCK_REACH` days of publication, or farther when it
    tells the same act: `_same_act`, or, a full date, the happening its noun phrase names: `_same_happening`), that dates no closing attribution (", police said on
    Monday": the report's day, not the told event's; `anaphora.last_reference`); "" when
    there is none (Reichenbach 1947: a time of day told in the past with no day of its own
    is on the reference time)."""
    story, pub = ctx.story, ctx.published
    if story is None or pub is None:
        return ""
    limit, paragraph = pub.isoformat(), -1
    for date, d_start, d_end in reversed(story.dates):
        if date.start >= ctx.span[2]:
            continue
        if date.start < ctx.paragraph_start:
            if paragraph >= 0 and date.paragraph != paragraph:
                break
            paragraph = date.paragraph
        if date.start < ctx.paragraph_start and _PROGRESSIVE_BEFORE.search(ctx.text, max(0, date.start - 60), date.start):
            continue  # "rescuers were searching on Monday": a state in progress moves no reference time
        if date.precision == "day" and date.value[:10] <= limit and not SAYING_BEFORE.search(
                ctx.text, max(0, date.start - 80), date.start):
            day = date.value[:10]
            if date.start >= ctx.paragraph_start or (pub - dt.date.fromisoformat(day)).days <= CLOCK_REACH:
                return day
            told = ctx.text[max(d_start, date.start - _HAPPENING_REACH) : date.start]
            full = _WITH_YEAR.search(date.text) is not None  # "on 13 July 2027": the writer fixed the day for the reader
            return day if _same_act(ctx, ctx.text[d_start:d_end]) or (full and _same_happening(ctx, told)) else ""
    return ""


def _narrated(ctx: Context) -> Context:
    """`ctx` with the day the story is telling (`_told_day`) as the time's day, for a time
    told in the past whose paragraph names no day before it or only the day of a closing
    attribution ("entered shortly after 3 a.m., police said on Monday. An alarm sounded at
    3:08 a.m.": Sunday, the break-in's; "derailed on 5 November 2026." then "derailed at
    18:41": 5 November, not the report's day)."""
    own = ctx.last_day and ctx.last_day_at >= ctx.paragraph_start
    if own and not SAYING_BEFORE.search(ctx.text, max(0, ctx.last_day_at - 80), ctx.last_day_at):
        return ctx
    if ctx.direction != tense.BACK or (not own and narrative.clock_day(ctx)):
        return ctx
    day = _told_day(ctx)
    if not day:
        return ctx
    return dataclasses.replace(ctx, last_day=day, last_day_at=ctx.paragraph_start, last_day_in_sentence=False)


def on_its_day(mt: re.Match[str] | ClockMatch | _Clock, ctx: Context, start: int) -> Value | None:
    """`periods.clock_time` on the day the story is telling (`_narrated`); none when the
    time's day is an anaphoric weekday left unresolved or the time names a run (`names_a_run`)."""
    if ctx.text and (_day_unknown(ctx, start) or names_a_run(ctx.text, ctx.span[2], ctx.span[3])):
        return None
    value = clock_time(mt, _narrated(ctx) if ctx.text else ctx)  # type: ignore[arg-type]
    return _overnight(ctx, start, value) if value is not None and ctx.text else value


_DURATION = re.compile(r"\b(?:hours?|overnight|through\sthe\snight|all\snight)\b")
_PAST_PERFECT = re.compile(r"\bhad\b")
EVENING, MORNING = 18, 12
"""An evening time starts at 18:00; a morning one ends at noon."""


def _overnight(ctx: Context, start: int, value: Value) -> Value:
    """A morning time on the day of an evening time told just before it (in its paragraph or
    the one before), with a duration between, is the next morning: "happened shortly after
    11 pm and started a fire that burned for more than six hours. Firefighters brought it
    under control at around 5.30 am" (a narrative tells its times in order, Dowty 1986's
    temporal discourse: the later sentence moves the reference time on, and the hours
    between carry it past midnight). Not in a past perfect ("had left at 6am": before)."""
    day, timex = value[0], value[-1]
    if "T" not in timex or int(timex[11:13]) >= MORNING or ctx.story is None:
        return value
    clause = ctx.text[max(ctx.span[0], start - 60) : start]
    if _PAST_PERFECT.search(clause):
        return value
    paragraphs: set[int] = set()
    later: TimeExpression | None = None  # the date told right after, which may name the time's day ("at 10pm on Friday")
    for date, _, _ in reversed(ctx.story.dates):
        if date.start >= start:
            continue
        paragraphs.add(date.paragraph)
        if len(paragraphs) > 2:
            break
        if "T" not in date.timex:
            later = date
            continue
        own = later.value[:10] if later is not None and 0 <= later.start - date.end <= 4 else date.timex[:10]
        if own == day and int(date.timex[11:13]) >= EVENING and _DURATION.search(ctx.text, date.end, start):
            following = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
            return following, value[1], following + timex[10:]
        break
    return value


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

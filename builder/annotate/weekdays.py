"""A weekday written beside a day date: one date ("Friday, July 29, 2013"), and the writer's
slip when the calendar disagrees ("Friday, July 30, 2013": the 30th was a Tuesday), which
a build warns of and the review page lists. The written date is the record.

Two readings of a bare weekday that hang on the dates around it (`deixis.weekday` asks):

- a definite weekday ("on the Saturday morning", "that Saturday", "the Monday after") is
  anaphoric: a definite noun phrase refers to something the text has named or the reader
  knows (Quirk et al. 1985, ch. 5, the definite article's anaphoric and situational
  uses), so it is the last such day the source named (`Story.dates`), and with none it is
  left unresolved, never guessed as the nearest one;
- the second weekday of a range ("between Saturday and Tuesday", "from Friday to Monday",
  "Wednesday to Friday") is the first such day on or after the first: a range runs
  forward, so the pair resolves together (the first by its clause's tense, the second
  from it), not each on its own;
- a forward weekday governed by a past verb that a day of its sentence dates counts from
  that day (`governing_day`: "Last Thursday X introduced an order ... from Monday"), and a
  weekday after a reported "would" whose sentence's main verb is a coordinated past act is
  the day before publication (`act_of_the_day_before`: "resigned and announced he would
  leave parliament on Monday", in a Tuesday paper).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..annotation import TimeExpression
from . import tense

if TYPE_CHECKING:
    from .periods import Context

WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def written_before(before: TimeExpression, text: str, at: int) -> bool:
    """Whether `before` is a bare weekday written right before the day date at `at`
    ("Friday, July 29, 2013", "Friday 2 August"): the two are one date."""
    return (before.precision == "day" and before.text.lower() in WEEKDAY_WORDS and text[before.end : at] in (", ", " ")
            and text[at : at + 12].split(" ", 1)[0].strip(",").lower() not in WEEKDAY_WORDS)


def weekday_slip(date: TimeExpression) -> str | None:
    """The weekday written before a day date when the calendar disagrees ("Friday, July 30,
    2013": the 30th was a Tuesday), as "Friday (30 July 2013 was a Tuesday)"; None when
    they agree or the date names no weekday. The written date is the record (see
    `find_dates`); the slip is for a build warning and the review page to show."""
    word = date.text.split(None, 1)[0].strip(",").lower() if date.text else ""
    if date.precision != "day" or word not in WEEKDAY_WORDS or len(date.value) != 10:
        return None
    try:
        day = dt.date.fromisoformat(date.value)
    except ValueError:
        return None
    actual = day.strftime("%A")
    if actual.lower() == word:
        return None
    return f"{word.capitalize()} ({day.day} {day.strftime('%B')} {day.year} was a {actual})"


@dataclass(frozen=True)
class WeekdaySlip:
    """A weekday written before a day date that the calendar contradicts."""

    source: str
    """Source id."""
    file: str
    """The source's file name in `seeds/`."""
    line: int
    """1-based line of the date in the source's text."""
    paragraph: int
    """Paragraph number (the source page's anchor)."""
    text: str
    """The date as written ("Friday, July 30, 2013")."""
    note: str
    """What is wrong: "Friday (30 July 2013 was a Tuesday)"."""


def weekday_slips(sources: Iterable[tuple[str, str, str, Iterable[TimeExpression]]]) -> list[WeekdaySlip]:
    """Every weekday slip (`weekday_slip`) in `sources`: (id, file name, text, dates) each.
    The date stays the written one; a build warns of each and the review page lists them."""
    slips = []
    for sid, file, text, dates in sources:
        for date in dates:
            note = weekday_slip(date)
            if note is not None:
                slips.append(WeekdaySlip(sid, file, text.count("\n", 0, date.start) + 1, date.paragraph, date.text, note))
    return slips


_DEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Tt]hat)\s$")
_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()


def definite(text: str, start: int) -> bool:
    """Whether the weekday at `start` follows "the" or "that" ("on the Saturday morning")."""
    return _DEFINITE_BEFORE.search(text, max(0, start - 6), start) is not None


def named_before(ctx: Context, wd: int) -> str | None:
    """The last day with weekday `wd` (Monday 0) the source named before (a day, or a day of
    a range of a week or less: "the weekend" holds its Saturday), as `YYYY-MM-DD`, or None."""
    if ctx.story is None:
        return None
    for date, _, _ in reversed(ctx.story.dates):
        ends = date.value.split("/")
        if date.precision not in ("day", "range") or not all(len(e) == 10 for e in ends):
            continue
        try:
            first, last = dt.date.fromisoformat(ends[0]), dt.date.fromisoformat(ends[-1])
        except ValueError:
            continue
        if 0 <= (last - first).days < 7:
            day = first + dt.timedelta(days=(wd - first.weekday()) % 7)
            if day <= last:
                return day.isoformat()
    return None


_RANGE_BETWEEN = re.compile(r"\s(?:and|to|through|thru|till|until|-|–)\s|\s?[-–]\s?")
_RANGE_OPENS = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s(?:the\s)?$")


def range_start(ctx: Context, start: int) -> dt.date | None:
    """The day a weekday range starts at when the weekday at `start` ends one ("between
    Saturday and Tuesday", "from Friday to Monday", "Wednesday to Friday"): the bare weekday
    (with a part of its day) named right before it, or None. "and" needs "between" before
    the first day ("on Monday and Tuesday" are two days, each resolved on its own)."""
    if ctx.story is None or not ctx.story.dates:
        return None
    before, between = ctx.story.dates[-1][0], ""
    if "T" in before.timex and len(ctx.story.dates) > 1:  # "from 6am on Monday to 6pm on Friday"
        before, between = ctx.story.dates[-2][0], before.text
    words = before.text.lower().split()
    if before.precision != "day" or not words or words[0] not in _NAMES or len(before.value) != 10:
        return None
    link = _RANGE_BETWEEN.fullmatch(ctx.text, before.end, start)
    if between:
        link = re.fullmatch(r"\s(?:to|till|until)\s(?:about\s|around\s)?" + re.escape(between) + r"\s(?:on\s)?",
                            ctx.text[before.end : start])
    if link is None:
        return None
    if "and" in link.group() and not _RANGE_OPENS.search(ctx.text, max(0, before.start - 12), before.start):
        return None
    return dt.date.fromisoformat(before.value)


_CONTRAST = re.compile(r",?\s(?:and\s)?(?:not|rather\sthan|instead\sof)\s(?:on\s)?")


def contrasted(ctx: Context, start: int) -> dt.date | None:
    """The day a weekday is set against when it follows another bare weekday after "not",
    "rather than" or "instead of" ("took place on Monday, not Tuesday", a correction): the
    two name days of one week, the one the writer was thinking of (the first's ISO week),
    or None."""
    if ctx.story is None or not ctx.story.dates:
        return None
    before = ctx.story.dates[-1][0]
    words = before.text.lower().split()
    if before.precision != "day" or not words or words[-1] not in _NAMES or len(before.value) != 10:
        return None
    if _CONTRAST.fullmatch(ctx.text, before.end, start) is None:
        return None
    return dt.date.fromisoformat(before.value)



_WORD = re.compile(r"[A-Za-z'’]+")
_PRESENT_OR_WILL = frozenset("will 'll ’ll shall is are am has have".split())


def governing_day(ctx: Context, start: int) -> dt.date | None:
    """The day a forward weekday counts from when a day named earlier in its sentence, before
    publication, dates the past verb that governs it ("Last Thursday DARA introduced an order
    requiring poultry to be kept indoors from Monday": the Monday after that Thursday, not
    after publication): a future in the past lies ahead of its governing verb's time, not of
    the time of speech (Reichenbach 1947, ch. 7, the future in the past; TimeML anchors
    such a time to the governing event). None when no such day, or a present or "will"
    stands between ("Sales fell last Thursday, and the firm will report on Monday")."""
    if not ctx.last_day or not ctx.last_day_in_sentence or ctx.published is None or not 0 <= ctx.last_day_at < start:
        return None
    try:
        day = dt.date.fromisoformat(ctx.last_day[:10])
    except ValueError:
        return None
    if day >= ctx.published:
        return None
    words = [w.lower() for w in _WORD.findall(ctx.text, ctx.last_day_at, start)]
    if _PRESENT_OR_WILL.intersection(words) or tense.CLAUSE_END.search(ctx.text, ctx.last_day_at, start):
        return None
    past = any(tense.is_past(words, i) and words[i] not in tense.PAST_ADVERBS for i in range(len(words)))
    return day if past else None


_REPORT_WOULD = re.compile(
    r"\sand\s(?:said|announced|confirmed|added|stated|told\s[\w'’]+)\s(?:that\s)?(?:[\w'’-]+\s){1,3}?would\s"
    r"(?:[\w'’,-]+\s){1,8}?(?:on\s)?$")
_REPORTING = frozenset("said announced confirmed added stated told".split())


def act_of_the_day_before(ctx: Context, start: int, wd: int) -> bool:
    """Whether a weekday after a reported "would" names the day before publication as the
    day of the sentence's main past act, coordinated before the reporting verb ("Talbot
    resigned as minister and announced he would leave parliament on Monday", in a Tuesday
    paper): the date belongs to the finite main verbs (AP Stylebook, time element: it
    follows the verb it dates; "would" is the future in the past of the announcement, which
    the sentence tells as done), and a report names the day just gone by its weekday (AP
    Stylebook, days of the week). A plain "said it would strike on Monday" keeps its
    forward reading, as does a weekday of another day than the one before publication."""
    if ctx.published is None or (ctx.published.weekday() - wd) % 7 != 1:
        return False
    mt = _REPORT_WOULD.search(ctx.text, max(ctx.span[0], start - 160), start)
    if mt is None or tense.CLAUSE_END.search(ctx.text, max(ctx.span[0], mt.start() - 120), mt.start()):
        return False
    words = [w.lower() for w in _WORD.findall(ctx.text, max(ctx.span[0], mt.start() - 120), mt.start())]
    return any(tense.is_past(words, i) and words[i] not in _REPORTING and words[i] not in tense.PAST_ADVERBS
               for i in range(len(words)))


_FUTURE_OF_NOW = frozenset("will 'll ’ll shall going next coming upcoming".split())


def story_reading(ctx: Context, start: int, wd: int) -> dt.date | None:
    """The day the source already gave a bare weekday `wd` (Monday 0), when the weekday at
    `start` looks forward only through a future in the past ("would") and that day was
    before publication: "The layoffs announced on Tuesday ..." then "staff learned the
    studio would close in a video call on Tuesday morning" is the same Tuesday. A weekday
    names one day in one news report (one sense per discourse: Gale, Church and Yarowsky
    1992; AP Stylebook, days of the week: a bare weekday for the days within a week of
    publication), and "would" is the future of a past time (Reichenbach 1947, ch. 7, the
    future in the past), which may lie before publication; "will", "next" and "going to"
    look ahead of publication and keep the coming day. None otherwise."""
    if ctx.story is None or ctx.published is None:
        return None
    clause_start = ctx.span[0]
    for mt in tense.CLAUSE_END.finditer(ctx.text, ctx.span[0], start):
        clause_start = mt.end()
    words = {w.lower() for w in _WORD.findall(ctx.text, clause_start, start)}
    if "would" not in words or _FUTURE_OF_NOW & words:
        return None
    for date, _, _ in reversed(ctx.story.dates):
        words_of = date.text.lower().split()
        if date.precision == "day" and words_of and words_of[0] == _NAMES[wd] and len(date.value) == 10:
            day = dt.date.fromisoformat(date.value)
            return day if day < ctx.published else None
    return None

"""The narrative's reference time: where a story told in the past places a date it names
without its year or week.

Reichenbach (1947, "Elements of Symbolic Logic", ch. 7, the tenses of verbs) tells the
time of speech (here the publication) from the reference time a narrative stands at, and
TimeML's temporal anchoring follows him: an underspecified date ("in July", "on 3
August", "on Tuesday", "by the weekend") is placed from the reference time. HeidelTime
(Strötgen and Gertz 2013) places it from the document's creation time in news and from
the last date mentioned in narratives (`ResolveAmbiguousValues`, `getLastMentioned...`).
A news feature is both: its present-tense frame counts from the publication, and a
passage told in the past ("In the summer of 2022 the FCA asked ... Marsh resigned in
July. On 3 August the FCA opened an inquiry.") counts from the date the passage last
named. Here:

- the reference time (`Story.narrative`) is the last date named at or before publication,
  carried over paragraphs that name none; a date counted from the publication itself
  ("today", "last Monday", "three days ago", a weekday read from the publication) puts
  the narrative back in the present (no reference time), and a plan does not move it;
- it places a date only where the publication would place it elsewhere: a weekday or a
  weekend when the reference day lies more than six days before publication (else the
  two weeks are one), a month or a day of a month without a year when the reference lies
  more than half a year before publication (else the nearest occurrence is the same);
- only in a clause told in the past (`told_in_the_past`): a plan ("will go back on
  Monday"), a present ("is open on Friday") and a present perfect ("has been home since
  Tuesday", which Reichenbach places at the time of speech) count from the publication;
- the date is the occurrence nearest the reference time, on either side (a narrative
  moves on: "Monday, August 5 ... arrived on Tuesday morning" is the 6th), except after
  "since" and in a past perfect, whose time lies at or before the reference time ("had
  been calling since Thursday" after Tuesday the 6th is the 1st).

A weekday inside a quotation whose own date its sentence gives before it ("The message
was dated 3 March 2021 and said: 'want the letters by Monday'") counts from that date, as
the words' own time of speech (`speech_day`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import tense

if TYPE_CHECKING:
    from .anaphora import Story
    from .periods import Context

WEEK_REACH = 6
"""Days before publication a reference day must lie for a weekday to be read from it."""
YEAR_REACH = 183
"""Days before publication a reference must lie for a month or a day to be read from it."""

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}$")


def first_day(value: str) -> dt.date | None:
    """The first day of a date value (`2022-08-03`, `2022-08`, `2022-06/2022-08`,
    `2024-07-31T23:40`), or None for a year, a week or a decade."""
    first = value.split("/")[0][:10]
    try:
        if _DAY.match(first):
            return dt.date.fromisoformat(first)
        if _MONTH.match(first):
            return dt.date(int(first[:4]), int(first[5:7]), 1)
    except ValueError:
        return None
    return None


def _span_days(value: str) -> int:
    """How many days the value spans (a day: 0); a large number for what is not a range of days or months."""
    parts = value.split("/")
    a, b = first_day(parts[0]), first_day(parts[-1])
    if a is None or b is None:
        return 10_000
    if _MONTH.match(parts[-1]):
        b = dt.date(b.year + b.month // 12, b.month % 12 + 1, 1) - dt.timedelta(days=1)
    return (b - a).days


def reference_day(ctx: Context) -> dt.date | None:
    """The narrative's reference day for a weekday or a weekend: a day (or a range of a
    week or less) named last, lying more than `WEEK_REACH` days before publication, in a
    week the story set out by a day written with its weekday (`Story.week_frame`: the
    writer who names "Monday, August 5" gives the reader that week's calendar; a bare "on
    13 June" does not, and "On Tuesday" after it is the publication's week, the news
    convention of naming days within a week of publication by their weekday)."""
    story, pub = ctx.story, ctx.published
    if story is None or pub is None or not story.week_frame or _span_days(story.narrative) > 7:
        return None
    day = first_day(story.narrative)
    return day if day is not None and (pub - day).days > WEEK_REACH else None


def reference_month(ctx: Context) -> dt.date | None:
    """The narrative's reference for a month or a day of a month: the first day of a date
    of a month or finer (or a season, a quarter: a range within a year) written with its
    year (`Story.year_stated`: "on Jan 5" read from the publication places nothing) and
    named last in the same paragraph, lying more than `YEAR_REACH` days before publication. Only in its
    paragraph: a paragraph that names no year of its own may have come back to the present
    ("said Obi, speaking to me in May" after a paragraph on 2018)."""
    story, pub = ctx.story, ctx.published
    if (story is None or pub is None or not story.year_stated or story.narrative_at < ctx.paragraph_start
            or _span_days(story.narrative) > 366):
        return None
    day = first_day(story.narrative)
    return day if day is not None and (pub - day).days > YEAR_REACH else None


_WORD = re.compile(r"[A-Za-z'’]+")
_PRESENT = frozenset("is are am has have 've 's".split())
_PARTICIPLE_END = ("ed", "en", "wn", "ne", "un", "ht")


def told_in_the_past(ctx: Context, start: int) -> bool:
    """Whether the date at `start` is in a clause told in the past: not looking forward
    (`tense.direction`), and the nearest verb before it in its clause not a present or a
    present perfect ("has been home since Tuesday", "is open on Friday")."""
    if ctx.direction == tense.FORWARD:
        return False
    clause_start = ctx.span[0]
    for mt in tense.CLAUSE_END.finditer(ctx.text, ctx.span[0], start):
        clause_start = mt.end()
    words = [w.lower() for w in _WORD.findall(ctx.text, max(clause_start, start - 200), start)]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _PRESENT and (word not in ("has", "have", "'ve") or _perfect_after(words, i)):
            return False
        if tense.is_past(words, i) and word not in tense.PAST_ADVERBS:
            return True
    return ctx.direction == tense.BACK


def _perfect_after(words: list[str], i: int) -> bool:
    """Whether "has"/"have" at words[i] opens a perfect ("has been", "have filed")."""
    return any(w.endswith(_PARTICIPLE_END) or w == "been" for w in words[i + 1 : i + 3])


_SINCE = re.compile(r"\b(?:since|had)\s(?:\w+\s){0,4}$")


def at_or_before(ctx: Context, start: int) -> bool:
    """Whether the date's time lies at or before the reference time: after "since", or in a
    past perfect ("had been calling since Thursday", "had arrived on Tuesday")."""
    return _SINCE.search(ctx.text, max(ctx.span[0], start - 60), start) is not None


def nearest_weekday(day: dt.date, wd: int, back: bool) -> dt.date:
    """The day of weekday `wd` (Monday 0) nearest `day` (within three days either side), or
    the one at or before it (`back`)."""
    behind = (day.weekday() - wd) % 7
    if back or behind <= 3:
        return day - dt.timedelta(days=behind)
    return day + dt.timedelta(days=7 - behind)


def weekday(ctx: Context, wd: int, start: int) -> dt.date | None:
    """A bare weekday read from the narrative's reference day, or None (read it from the
    publication). Not a weekday the story already named as the publication week's day
    (`Story.weekdays_read`): a news report that opened "Veloria on Monday expanded its
    recall" means that Monday by its later "shares rose on Monday" too, even after a
    "Thursday, March 6" in between (one sense per discourse: Gale, Church and Yarowsky
    1992; AP Stylebook: the weekday names a day within the week of publication)."""
    day = reference_day(ctx)
    if day is None or not told_in_the_past(ctx, start):
        return None
    if ctx.story is not None and wd in ctx.story.weekdays_read:
        return None
    _narrated(ctx)
    return nearest_weekday(day, wd, at_or_before(ctx, start))


def _narrated(ctx: Context) -> None:
    """Mark the date being resolved as read from the narrative (`advance`)."""
    if ctx.story is not None:
        ctx.story.narrated = True


def nearest_in_year(reference: dt.date, month: int, day: int = 1) -> int | None:
    """The year that puts `month`/`day` nearest `reference`, or None (30 February)."""
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def month_year(ctx: Context, month: int, start: int, day: int = 1) -> int | None:
    """The year of a month (or a day of a month) named without one, read from the
    narrative's reference time, or None (read it from the publication)."""
    reference = reference_month(ctx)
    if reference is None or not told_in_the_past(ctx, start):
        return None
    _narrated(ctx)
    if at_or_before(ctx, start):
        year = reference.year if (month, day) <= (reference.month, reference.day) else reference.year - 1
        return year
    return nearest_in_year(reference, month, day)


_QUOTE_OPEN = re.compile(r"[\"“]")


def speech_day(ctx: Context, start: int) -> dt.date | None:
    """The day a quotation holding the date at `start` was said or written, when its
    sentence names that day before the quotation opens ("was dated 3 March 2021 and said:
    '... by Monday'"), else None."""
    if not ctx.last_day or not ctx.last_day_in_sentence or ctx.published is None:
        return None
    text, s_start = ctx.text, ctx.span[0]
    straight, curly = text.count('"', s_start, start), text.count("“", s_start, start) - text.count("”", s_start, start)
    if not (straight % 2 or curly > 0):
        return None  # not inside a quotation
    opened = [mt.start() for mt in _QUOTE_OPEN.finditer(text, s_start, start)]
    if not opened or opened[-1] < ctx.last_day_at:
        return None  # the day is the quotation's own, not the one it was said on
    day = first_day(ctx.last_day)
    return day if day is not None and day < ctx.published else None


_KEEP_FRAME = frozenset(("previous", "unit before", "offset", "the day", "deictic", "time of day", "24-hour time",
                         "noon or midnight"))
"""The rules whose dates count from the reference time: they keep its week frame."""
_YEAR = re.compile(r"(?<![0-9])(?:1[6-9]|20)[0-9]{2}(?![0-9])")
_WEEKDAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
_FROM_PUBLICATION = frozenset(("weekday", "weekend", "deictic", "now after a duration", "running count", "ranked unit"))
"""The rules whose dates count from the publication (unless read from the narrative)."""


def advance(story: Story, rule: str, mt: re.Match[str], written: str, value: str, published: dt.date | None,
            at: int) -> None:
    """Move the narrative's reference time (`Story.narrative`) past the date `value` just
    found by `rule` (`mt`; `written`: its words, with a weekday written before it): to it when it lies at or before publication; back to the present ("")
    when it was counted from the publication ("today", "last Monday", "three days ago");
    not at all for a plan."""
    narrated, story.narrated = story.narrated, False
    if published is not None and value.split("/")[0][:10] > published.isoformat():
        return
    from_publication = rule in _FROM_PUBLICATION and not narrated and not (
        rule == "deictic" and mt.group("that")) or (rule == "offset" and mt.group("dir").lower() == "ago")
    if from_publication:
        story.narrative, story.week_frame = "", False
        return
    story.year_stated = _YEAR.search(written) is not None or ((rule in _KEEP_FRAME or narrated) and story.year_stated)
    if rule not in _KEEP_FRAME and not narrated:
        text = written.lower()
        story.week_frame = _DAY.match(value) is not None and any(text.startswith(w) for w in _WEEKDAYS) and any(
            c.isdigit() for c in text)
    story.narrative, story.narrative_at = value, at


def clock_day(ctx: Context) -> str:
    """The day a time of day with no day in its paragraph is on: the narrative's reference
    time when it is a day in a week the story set out (`Story.week_frame`: "All times are
    on Tuesday 15 November unless stated." then "5.08pm – The central span collapses"), in
    a clause that does not look forward; else "" (the publication's: a live blog's "22:30"
    after "since the night of 31 July" is the blog's own day)."""
    story = ctx.story
    if story is None or not story.week_frame or "/" in story.narrative or not _DAY.match(story.narrative[:10]):
        return ""
    if ctx.direction == tense.FORWARD:
        return ""
    _narrated(ctx)
    return story.narrative[:10]


_THAT_MAY = re.compile(r"\s*[,.;:)]")


def that_month(ctx: Context, month: int, end: int) -> int | None:
    """The year of "that October", "That March": the month in the year of the reference
    time, as "that year" and "that summer" are (`anaphora.that_unit`): the last date named
    in the paragraph, else the narrative's; None with none (then no date). "that May" only
    before a stop or a comma ("said that May would resign" names a person)."""
    if month == 5 and not _THAT_MAY.match(ctx.text, end):
        return None
    from .anaphora import that_reference  # anaphora reads `periods`, which reads this module

    anchor = that_reference(ctx)
    return int(anchor[:4]) if re.match(r"[0-9]{4}(?![0-9])", anchor) else None


def elsewhere(ctx: Context) -> bool:
    """Whether the narrative stands at a time that ended more than `YEAR_REACH` days before
    publication (its reference time: "inspected in 2014 and 2019" in a report of 2023):
    "the day" there is not the publication's."""
    story, pub = ctx.story, ctx.published
    if story is None or pub is None or not story.narrative:
        return False
    last = story.narrative.split("/")[-1]
    end = first_day(last) or (dt.date(int(last[:4]), 12, 31) if re.fullmatch(r"[0-9]{4}", last) else None)
    return end is not None and (pub - end).days > YEAR_REACH

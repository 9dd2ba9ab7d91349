"""A weekday written beside a day date: one date ("Friday, July 29, 2013"), and the writer's
slip when the calendar disagrees ("Friday, July 30, 2013": the 30th was a Tuesday), which
a build warns of and the review page lists. The written date is the record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..annotation import TimeExpression

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

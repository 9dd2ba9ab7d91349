"""Dates a source without a publication date cannot place.

A relative date ("on Monday", "last week", "March 4" without its year) counts from the
day its source was published (`dates.find_dates`' `published`). A source with no
`published` (in `sources.yml`, its front matter, its file's own metadata or a date line
of its own) keeps only the dates that carry their year; the others are left unresolved,
off the timeline. `unplaced(source)` finds them (the dates `find_dates` resolves with
some publication date and not without one) so that the build can say so, source by
source, instead of losing them in silence.
"""

from __future__ import annotations

import datetime as dt

from ..annotation import TimeExpression
from ..model import Source
from . import opening
from .dates import find_dates

_ANY_DAY = dt.date(2001, 6, 15)
"""A publication date to try: a relative date resolves against any day, so which one is
irrelevant (only whether a date resolves at all is used, never its value)."""

SHOWN = 3
"""Dates quoted in a warning; the rest are counted."""


def unplaced(source: Source) -> tuple[TimeExpression, ...]:
    """The dates in `source`'s paragraphs (skipped ones left out) that resolve only
    against a publication date, in text order; () when the source has one. Each is
    as `find_dates` finds it given a publication date (its `value` is not meaningful)."""
    if source.published is not None:
        return ()
    found: list[TimeExpression] = []
    for p in source.paragraphs:
        if p.skipped:
            continue
        absolute = {(d.start, d.end) for d in find_dates(source.text, p.start, p.end, p.number, None, (), p.sentences)}
        found += [
            d for d in find_dates(source.text, p.start, p.end, p.number, _ANY_DAY, (), p.sentences)
            if (d.start, d.end) not in absolute
        ]
    return tuple(found)


def quoted(dates: tuple[TimeExpression, ...]) -> str:
    """The first `SHOWN` different dates as written, quoted, and how many more there are:
    '"March 4", "Monday", "Sunday" and 2 more'."""
    texts = list(dict.fromkeys(" ".join(d.text.split()) for d in dates))
    more = f" and {len(texts) - SHOWN} more" if len(texts) > SHOWN else ""
    return ", ".join(f'"{t}"' for t in texts[:SHOWN]) + more


def warning(where: str, dates: tuple[TimeExpression, ...], source: Source | None = None) -> str:
    """One line for a source at `where` (its path) whose `dates` (`unplaced`, not empty)
    could not be placed: how many, the first few as written, and the fix; with the
    `source`, the month and day its date line gives without the year, as a start."""
    n = len(dates)
    value = "YYYY-MM-DD"
    if source is not None and source.paragraphs:
        first = source.paragraphs[0]
        _, _, day, month_day, _ = opening.dateline(source.text[first.start : first.end])
        if month_day:
            value = f"YYYY-{month_day} (its date line says \"{day}\": give the year)"
    return (
        f"{where}: no published date, so {n} date{'s' if n != 1 else ''} that count{'s' if n == 1 else ''} from it "
        f"({quoted(dates)}) {'was' if n == 1 else 'were'} not placed on the timeline; "
        f"add published: {value} to its entry in sources.yml"
    )

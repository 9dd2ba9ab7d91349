"""Session 15 (fresh-user review s15a #11): a timeline entry that was still ahead when every
source reporting it was published is marked "(planned when reported)" on the timeline page.

Rows from the recall (the council's session on Monday 10 March, reported on Friday 7
March), a strike, a court case and a bankruptcy, worked out by hand; the site's golden
trees show the marker rendered (harbour: "The port authority would meet the union").
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.model import Citation, Event, Source
from builder.present.listings import ahead_when_reported

SOURCES = {
    "courier": Source(id="courier", file="c.txt", text="", title="Courier", published=dt.date(2025, 3, 7)),
    "opinion": Source(id="opinion", file="o.txt", text="", title="Opinion", published=dt.date(2025, 3, 14)),
    "later": Source(id="later", file="l.txt", text="", title="Later", published=dt.date(2025, 3, 27)),
    "undated": Source(id="undated", file="u.txt", text="", title="Undated"),
}


def _event(date: str, precision: str, *cited: str) -> Event:
    return Event(id="x", date=date, precision=precision, title="t", summary="", entities=(),
                 citations=tuple(Citation(source=s, paragraph=1) for s in cited))


@pytest.mark.parametrize(("date", "precision", "cited", "expected"), [
    # the recall: the council's extraordinary session on 10 March, reported on 7 March
    ("2025-03-10", "day", ("courier",), True),
    # the committee's hearing on 25 March: reported on 14 March, then by a story after it
    ("2025-03-25", "day", ("opinion",), True),
    ("2025-03-25", "day", ("opinion", "later"), False),
    # a strike's walkout on the day of the report: not ahead
    ("2025-03-07", "day", ("courier",), False),
    # a court's ruling "by the end of the month": reported inside the month, not ahead
    ("2025-03", "month", ("courier",), False),
    # a bankruptcy's auction next week and next year
    ("2025-W12", "week", ("opinion",), True),
    ("2026", "year", ("opinion",), True),
    # a source with no publication date cannot tell
    ("2025-03-10", "day", ("courier", "undated"), False),
])
def test_an_entry_ahead_of_every_report_is_planned(date: str, precision: str, cited: tuple[str, ...], expected: bool) -> None:
    assert ahead_when_reported(_event(date, precision, *cited), SOURCES) is expected

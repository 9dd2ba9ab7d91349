"""Date values and roles of the s20 reviews g and h (h #1 #7 #8 #17, g #16).

Each row is the reviewer's sentence rewritten as a small invented one, with siblings from
other kinds of story and the negative rows that must keep their value, read paragraph by
paragraph as `annotate` reads a source. Values worked out by hand from a calendar (24
February 2026 was a Tuesday, 19 November 2026 a Thursday, 14 April 2026 a Tuesday).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_reference16 import story_dates

from builder.annotate.dates import find_dates
from builder.annotate.roles import role

D = dt.date

ROWS = [
    # (1) a weekday after a reported "would", the sentence's main verb a past act: the day just gone
    (["Mark Lowe resigned as finance director and announced he would leave the board on Monday, hours after an audit."],
     D(2026, 2, 24), [("Monday", "2026-02-23")]),
    (["The judge recused herself and said she would step down from the case on Monday."], D(2026, 2, 24),
     [("Monday", "2026-02-23")]),
    (["The union said it would strike on Monday."], D(2026, 2, 24), [("Monday", "2026-03-02")]),
    (["The union rejected the offer and said it would strike on Friday."], D(2026, 2, 24), [("Friday", "2026-02-27")]),
    # (2) a forward weekday governed by a past verb a day of its sentence dates: from that day
    (["Last Thursday the ministry introduced an order requiring all cattle to be kept indoors from Monday."],
     D(2026, 11, 19), [("Last Thursday", "2026-11-12"), ("Monday", "2026-11-16")]),
    (["On 12 November the carmaker issued a recall ordering owners to stop driving from Monday."], D(2026, 11, 26),
     [("12 November", "2026-11-12"), ("Monday", "2026-11-16")]),
    (["Sales fell last Thursday, and the firm will report results on Monday."], D(2026, 11, 19),
     [("last Thursday", "2026-11-12"), ("Monday", "2026-11-23")]),
    (["The board will meet on Monday."], D(2026, 11, 19), [("Monday", "2026-11-23")]),
    # (3) a morning time after an evening one, hours between: the next morning
    (["The blast happened late on Monday.",
      "It happened shortly after 11 pm and started a fire that burned for more than six hours. "
      "Firefighters brought it under control at around 5.30 am."], D(2026, 4, 14),
     [("Monday", "2026-04-13"), ("11 pm", "2026-04-13T23:00"), ("5.30 am", "2026-04-14T05:30")]),
    (["Police were called at 10pm on Friday and the siege lasted nine hours. The gunman surrendered at 7am."],
     D(2026, 4, 14), [("10pm", "2026-04-10T22:00"), ("Friday", "2026-04-10"), ("7am", "2026-04-11T07:00")]),
    (["The fire broke out at 11pm on Monday. Staff had left at 6am."], D(2026, 4, 14),
     [("11pm", "2026-04-13T23:00"), ("Monday", "2026-04-13"), ("6am", "2026-04-13T06:00")]),
    (["The jury retired at 7pm on Friday after three hours of evidence. The judge had opened the session at 9am."],
     D(2026, 4, 14), [("7pm", "2026-04-10T19:00"), ("Friday", "2026-04-10"), ("9am", "2026-04-10T09:00")]),
    # (5) a time retelling the happening the paragraph before dated with a full date
    (["The regulator today published its findings on the loss of electricity supply in the county on 13 July 2027.",
      "It found that 90,000 customers lost supply, of whom 40,000 were cut off deliberately by the operator at 16:05."],
     D(2027, 8, 9), [("today", "2027-08-09"), ("13 July 2027", "2027-07-13"), ("16:05", "2027-07-13T16:05")]),
    (["The regulator today fined the lender over the collapse of its payments system on 2 March 2027.",
      "The review found that payments stopped at 09:40 because of a faulty update."], D(2027, 6, 9),
     [("today", "2027-06-09"), ("2 March 2027", "2027-03-02"), ("09:40", "2027-03-02T09:40")]),
    (["Our tests point to milk received on January 27.", "A hotline opened at 8am for customers."], D(2025, 3, 5),
     [("January 27", "2025-01-27"), ("8am", "2025-03-05T08:00")]),
    (["The court today heard the appeal against the merger approved on 2 March 2027.",
      "The judge adjourned the hearing at 15:30."], D(2027, 6, 9),
     [("today", "2027-06-09"), ("2 March 2027", "2027-03-02"), ("15:30", "2027-06-09T15:30")]),
]


@pytest.mark.parametrize(("paragraphs", "published", "expected"), ROWS, ids=[r[0][-1][:50] for r in ROWS])
def test_date_values(paragraphs: list[str], published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert story_dates(paragraphs, published) == expected


def role_of(sentence: str, date_text: str, published: dt.date) -> tuple[str, str]:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return date.value, role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ())


@pytest.mark.parametrize(("sentence", "date_text", "published", "expected"), [
    # (4) "the previous day" in reported speech: the day before the speech's, an event; a figure of a later
    # clause compares nothing with it
    ("Dr Lane told a briefing on Tuesday that the latest case, at a farm near Ashby, had been confirmed the "
     "previous day, and that the zones would stay for at least 21 days.", "the previous day", D(2026, 11, 19),
     ("2026-11-16", "event")),
    ("The prosecutor told the court on Tuesday that the suspect had been arrested the day before, and that 12 "
     "witnesses would testify.", "the day before", D(2026, 11, 19), ("2026-11-16", "event")),
    ("Profit rose to $5m from $3m the previous year.", "the previous year", D(2026, 11, 19), ("2025", "comparison")),
    ("Sales were $5m, against $3m the same quarter a year earlier, the firm said.", "the same quarter a year earlier",
     D(2026, 11, 19), ("2025-10/2025-12", "comparison")),
    # (2) a start inside a to-infinitive governed by a verb another day dates: the state's start, no second act
    ("Last Thursday the ministry introduced an order requiring all cattle to be kept indoors from Monday.", "Monday",
     D(2026, 11, 19), ("2026-11-16", "state")),
    ("The regulator ordered the bank on Monday to stop taking deposits from 1 December.", "1 December",
     D(2026, 11, 19), ("2026-12-01", "state")),
    ("Last Thursday the ministry introduced an order requiring all cattle to be kept indoors from Monday.",
     "Last Thursday", D(2026, 11, 19), ("2026-11-12", "event")),
    ("The plant will be closed from Monday.", "Monday", D(2026, 11, 19), ("2026-11-23", "event")),
])
def test_previous_day_roles(sentence: str, date_text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert role_of(sentence, date_text, published) == expected

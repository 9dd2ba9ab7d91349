"""Date values of the s20 reviews (e #4 #5 #17, f #4 #11 #16 #19).

Each row is the reviewer's sentence rewritten as a small invented one, with siblings from
other kinds of story (a court case, a recall, a merger) and the negative rows that must
keep their value, read paragraph by paragraph as `annotate` reads a source. Values worked
out by hand from the publication date and a calendar (17 November 2026 was a Tuesday, 10
December 2026 a Thursday, 8 March 2027 a Monday, 24 March 2026 a Tuesday in ISO week 13).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_reference16 import story_dates

from builder.annotate.dates import find_dates
from builder.annotate.roles import role

D = dt.date

ROWS = [
    # (1) a schedule that a past record showed: the nearest day, not next year's
    (["Inspection logs showed the check as scheduled for 11 November."], D(2026, 12, 10),
     [("11 November", "2026-11-11")]),
    (["Court records showed the hearing as scheduled for 3 December."], D(2026, 12, 10),
     [("3 December", "2026-12-03")]),
    (["The hearing was scheduled for 14 January."], D(2026, 12, 10), [("14 January", "2027-01-14")]),
    # (1) a record's reference number names the day the record was opened, which has passed
    (["Anyone with information should call 101 quoting reference 0417 of 7 March."], D(2027, 3, 9),
     [("7 March", "2027-03-07")]),
    (["Owners should quote recall number 24V-117 of 2 June when they call."], D(2026, 6, 9),
     [("2 June", "2026-06-02")]),
    (["Anyone with information should call before 17 March."], D(2027, 3, 9), [("17 March", "2027-03-17")]),
    # (2) the simple present of a calendar's act with a weekday is the coming one
    (["The retailer, which employs 48,000 people, reports half-year results on Thursday."], D(2026, 11, 17),
     [("Thursday", "2026-11-19")]),
    (["The board meets on Friday to approve the merger."], D(2026, 11, 17), [("Friday", "2026-11-20")]),
    (["The court sits again on Monday."], D(2026, 11, 17), [("Monday", "2026-11-23")]),
    (["Police reports on Thursday showed a rise in thefts."], D(2026, 11, 17), [("Thursday", "2026-11-12")]),
    (["The retailer reported half-year results on Thursday."], D(2026, 11, 17), [("Thursday", "2026-11-12")]),
    # (2) "likely"/"unlikely" predict: the coming season or month
    (["Lawyers said a hearing was unlikely before the spring."], D(2026, 11, 17), [("spring", "2027-SP")]),
    (["A verdict is likely in March."], D(2026, 11, 17), [("March", "2027-03")]),
    (["Sales rose in the spring."], D(2026, 11, 17), [("spring", "2026-SP")]),
    (["Investigators said the likely cause of the crash on Monday was a broken rail."], D(2026, 11, 17),
     [("Monday", "2026-11-16")]),
    # (3) "in MONTH last year" is one date
    (["Night security at the museum was cut to two guards in April last year."], D(2027, 3, 19),
     [("April last year", "2026-04")]),
    (["He said the company had stopped sharing the data in August last year."], D(2026, 11, 3),
     [("August last year", "2025-08")]),
    (["The carmaker will widen the recall in June next year."], D(2026, 11, 3), [("June next year", "2027-06")]),
    (["Sales fell in April. Last year they rose."], D(2027, 3, 19), [("April", "2026-04"), ("Last year", "2026")]),
    # (4) a range of days written with one month: the first day borrows the second's month
    (["The Government has declared three days of national mourning, from 16 to 18 September."], D(2026, 9, 15),
     [("16 to 18 September", "2026-09-16/2026-09-18")]),
    (["The trial will run between 2 and 7 February."], D(2027, 1, 15), [("2 and 7 February", "2027-02-02/2027-02-07")]),
    (["Merger talks were held between June 2 and 7."], D(2026, 7, 1), [("June 2 and 7", "2026-06-02/2026-06-07")]),
    (["The recall covers cars built from 3 to 28 May 2025."], D(2026, 3, 1), [("3 to 28 May 2025", "2025-05-03/2025-05-28")]),
    (["Prices rose between 2 and 7 per cent in February."], D(2026, 3, 1), [("February", "2026-02")]),
    (["Payments were made on 2 and 7 February."], D(2027, 3, 1), [("7 February", "2027-02-07")]),
    # (5) a named fixed day, and "a fortnight ago"
    (["The regulator would write to the company before Christmas."], D(2026, 11, 5), [("Christmas", "2026-12-25")]),
    (["The shop closed early on Christmas Eve."], D(2026, 1, 10), [("Christmas Eve", "2025-12-24")]),
    (["The trial resumes on Boxing Day."], D(2026, 12, 10), [("Boxing Day", "2026-12-26")]),
    (["The verdict is due after New Year's Day."], D(2026, 12, 10), [("New Year's Day", "2027-01-01")]),
    (["Christmas sales rose by 4%."], D(2026, 1, 10), []),
    (["Withdrawals have been frozen since the exchange halted them a fortnight ago."], D(2026, 3, 24),
     [("a fortnight ago", "2026-W11")]),
    # (6) a time of day with no day of its own takes the day the story is telling
    (["The RAIO today published its report into the derailment near Calder Cross on 5 November 2026.",
      "The report finds that the leading carriage derailed at 18:41 after a rail broke."], D(2026, 12, 10),
     [("today", "2026-12-10"), ("5 November 2026", "2026-11-05"), ("18:41", "2026-11-05T18:41")]),
    (["Thieves broke into the gallery in the early hours of Sunday.",
      "The intruders entered shortly after 3 a.m., police said on Monday. An alarm sounded at 3:08 a.m."], D(2027, 3, 8),
     [("Sunday", "2027-03-07"), ("3 a.m.", "2027-03-07T03:00"), ("Monday", "2027-03-08"),
      ("3:08 a.m.", "2027-03-07T03:08")]),
    (["The jury retired on Tuesday, a court official said on Thursday. It returned its verdict at 3pm."], D(2026, 2, 14),
     [("Tuesday", "2026-02-10"), ("Thursday", "2026-02-12"), ("3pm", "2026-02-10T15:00")]),
    (["Thieves broke into the gallery in the early hours of Sunday.", "The paintings were worth millions.",
      "A van had been seen leaving the street at about 3.10 a.m."], D(2027, 3, 8),
     [("Sunday", "2027-03-07"), ("3.10 a.m.", "2027-03-07T03:10")]),
    (["Our tests point to milk received on January 27.", "A hotline opened at 8am for customers."], D(2025, 3, 5),
     [("January 27", "2025-01-27"), ("8am", "2025-03-05T08:00")]),
    # (6) a time before a service's noun names a run, not a time
    (["The 18:12 service from Harwick derailed at approximately 18:41 yesterday evening."], D(2026, 11, 6),
     [("18:41", "2026-11-05T18:41"), ("yesterday", "2026-11-05")]),
    (["Passengers on the 6.15pm train to Leeds were stranded."], D(2026, 11, 6), []),
    (["The hearing began at 10:30 on Monday."], D(2026, 11, 6), [("10:30", "2026-11-02T10:30"), ("Monday", "2026-11-02")]),
]


@pytest.mark.parametrize(("paragraphs", "published", "expected"), ROWS, ids=[r[0][-1][:50] for r in ROWS])
def test_date_values(paragraphs: list[str], published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert story_dates(paragraphs, published) == expected


def role_of(sentence: str, date_text: str, published: dt.date) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ())


@pytest.mark.parametrize(("sentence", "date_text", "published", "expected"), [
    # a record's reference number dates no happening
    ("Anyone with information should call 101 quoting reference 0417 of 7 March.", "7 March", D(2027, 3, 9),
     "description"),
    ("Owners should quote recall number 24V-117 of 2 June when they call.", "2 June", D(2026, 6, 9), "description"),
    ("The court fined the firm on 7 March.", "7 March", D(2027, 3, 9), "event"),
])
def test_reference_roles(sentence: str, date_text: str, published: dt.date, expected: str) -> None:
    assert role_of(sentence, date_text, published) == expected

"""Date values of the s21 reviews (i #5 #6 #12, j #3 #9 #16).

Each row is the reviewer's sentence rewritten as a small invented one, with siblings from
other kinds of story (a court case, a recall, a merger) and the negative rows that must
keep their value, read paragraph by paragraph as `annotate` reads a source. Values worked
out by hand from the publication date and a calendar (3 March 2026 was a Tuesday, 22
January 2026 a Thursday, 14 October 2026 a Wednesday, 16 October 2026 a Friday, 7
September 2026 a Monday in ISO week 37).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_reference16 import story_dates

D = dt.date

ROWS = [
    # i #5: a directive's infinitive ("told to stay out ... until Thursday") looks forward
    (["The coastguard closed a zone offshore, and boats were told to stay out of the area until Thursday."],
     D(2026, 3, 3), [("Thursday", "2026-03-05")]),
    (["Shareholders were told to hold their shares until Friday."], D(2026, 3, 3), [("Friday", "2026-03-06")]),
    (["Residents were warned to boil tap water until Monday."], D(2026, 3, 3), [("Monday", "2026-03-09")]),
    (["The strike lasted until Thursday."], D(2026, 3, 6), [("Thursday", "2026-03-05")]),
    # ... as does a passive's state with an adjunct between ("was shut to traffic until")
    (["The road was shut to traffic until Thursday."], D(2026, 3, 3), [("Thursday", "2026-03-05")]),
    (["The trader was banned from the exchange until Thursday."], D(2026, 3, 3), [("Thursday", "2026-03-05")]),
    (["The hearing ran until Thursday."], D(2026, 3, 3), [("Thursday", "2026-02-26")]),
    (["He told reporters he went to the court on Monday."], D(2026, 3, 6), [("Monday", "2026-03-02")]),
    # i #6: a weekday the report already read keeps that reading after a future in the past
    (["The layoffs the studio announced on Tuesday will affect 900 people.",
      "Staff learned the studio would close in a 15-minute video call on Tuesday morning."],
     D(2026, 1, 22), [("Tuesday", "2026-01-20"), ("Tuesday morning", "2026-01-20")]),
    (["The carmaker announced the recall on Monday.", "Dealers learned the model would be withdrawn at a meeting on Monday."],
     D(2026, 1, 22), [("Monday", "2026-01-19"), ("Monday", "2026-01-19")]),
    (["The layoffs announced on Tuesday will affect 900 people.", "The union said it will strike on Tuesday."],
     D(2026, 1, 22), [("Tuesday", "2026-01-20"), ("Tuesday", "2026-01-27")]),
    (["The layoffs announced on Tuesday will affect 900 people.", "The union said it would strike on Friday."],
     D(2026, 1, 22), [("Tuesday", "2026-01-20"), ("Friday", "2026-01-23")]),
    # j #3: a past verb after "as soon as" or "if" takes the tense of the clause it hangs on
    (["The commander said teams would return as soon as avalanche risk allowed, probably Friday."], D(2026, 10, 14),
     [("Friday", "2026-10-16")]),
    (["The family had been told on Thursday that the search could be scaled back if nothing was found by Sunday."],
     D(2026, 10, 16), [("Thursday", "2026-10-15"), ("Sunday", "2026-10-18")]),
    (["The judge said the trial would resume as soon as the witness recovered, possibly Monday."], D(2026, 10, 14),
     [("Monday", "2026-10-19")]),
    (["The buyers said they would walk away if the deal was not signed by Friday."], D(2026, 10, 14),
     [("Friday", "2026-10-16")]),
    (["He was asked if the ship had sailed on Monday."], D(2026, 10, 14), [("Monday", "2026-10-12")]),
    (["If sales fell on Monday, it was because of the storm."], D(2026, 10, 14), [("Monday", "2026-10-12")]),
    # j #9: "until" a month or season in a present condition, or in a "with" absolute clause: the next one
    (['"If this goes on until August, some of us won\'t be here," he said.'], D(2026, 3, 13), [("August", "2026-08")]),
    (["Unless the recall runs until June, dealers will cope."], D(2026, 3, 13), [("June", "2026-06")]),
    (["The council will reopen it to cars on 15 June, with heavy goods vehicles barred until the autumn."],
     D(2026, 3, 26), [("15 June", "2026-06-15"), ("autumn", "2026-FA")]),
    (["The port reopened on Monday, with larger ships barred until October."], D(2026, 3, 26),
     [("Monday", "2026-03-23"), ("October", "2026-10")]),
    (["If the recall widens in June, dealers said they would need more staff."], D(2026, 3, 13), [("June", "2026-06")]),
    (["Unless a buyer is found in May, the plant closes."], D(2026, 3, 13), [("May", "2026-05")]),
    (["If prices rose in March, it was because of the storm."], D(2026, 3, 13), [("March", "2026-03")]),
    (["If prices rose in February, it was because of the storm."], D(2026, 3, 13), [("February", "2026-02")]),
    (["The shop stayed open until August."], D(2026, 3, 26), [("August", "2025-08")]),
    (["If the strike lasted until August, it ended before the vote."], D(2026, 3, 26), [("August", "2025-08")]),
    # j #16: "the week of D" is a week
    (["It now expects to reopen the bridge in the week of September 7."], D(2026, 5, 20), [("the week of September 7", "2026-W37")]),
    (["The trial resumes in the week beginning 7 September 2026."], D(2026, 5, 20),
     [("the week beginning 7 September 2026", "2026-W37")]),
    (["The merger vote is set for the week commencing 7 September."], D(2026, 5, 20),
     [("the week commencing 7 September", "2026-W37")]),
    (["The bridge reopens on September 7."], D(2026, 5, 20), [("September 7", "2026-09-07")]),
    (["The week of action ended on Friday."], D(2026, 5, 20), [("Friday", "2026-05-15")]),
    # i #12: a run of months is one period; a fiscal quarter is no calendar quarter
    (["Operating profit for the October-December quarter fell to 64 million euros."], D(2026, 2, 26),
     [("October-December", "2025-Q4")]),
    (["Recalls in the November-January period fell."], D(2026, 2, 26), [("November-January", "2025-11/2026-01")]),
    (["The merger should close in the April-June quarter."], D(2026, 2, 26), [("April-June", "2026-Q2")]),
    (["Sales rose in May-June 2025."], D(2026, 2, 26), [("May-June 2025", "2025-05/2025-06")]),
    (["The firm will report its results for the third quarter of its fiscal year on 26 February."], D(2026, 1, 20),
     [("26 February", "2026-02-26")]),
    (["Profit fell in its fiscal third quarter."], D(2026, 1, 20), []),
    (["Profit fell in the third quarter."], D(2026, 1, 20), [("the third quarter", "2025-Q3")]),
    (["Profit fell in the third quarter, the financial director said."], D(2026, 1, 20),
     [("the third quarter", "2025-Q3")]),
]


@pytest.mark.parametrize(("paragraphs", "published", "expected"), ROWS, ids=[r[0][-1][:50] for r in ROWS])
def test_date_values(paragraphs: list[str], published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert story_dates(paragraphs, published) == expected

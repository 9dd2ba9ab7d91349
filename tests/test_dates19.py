"""Date values and their direction (fresh-user reviews s19: a #5 #6 #18, b #4 #5 #12 #13).

Each row is the reviewer's sentence rewritten, or a sibling from another kind of story (a
court case, a recall, a merger), read paragraph by paragraph as `annotate` reads a
source, with the negative rows that must keep their value. Values worked out by hand from
the publication date and a calendar (13 February 2026 was a Friday, 12 February 2026 a
Thursday, 10 March 2026 a Tuesday, 17 September 2008 a Wednesday).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_reference16 import story_dates

ROWS = [
    # a #5: an -ed premodifier after "next" is an adjective, and "next" looks forward
    (["The next scheduled policy meeting remains July 23."], dt.date(2026, 6, 24), [("July 23", "2026-07-23")]),
    (["The next scheduled hearing in the fraud case is on 14 May."], dt.date(2025, 4, 28), [("14 May", "2025-05-14")]),
    (["The scheduled hearing was on 14 April."], dt.date(2025, 4, 28), [("14 April", "2025-04-14")]),
    # a #6: a timetable verb in a relative clause between commas; the main verb after it is not its tense
    (["The governor, whose term ends in January, has faced calls to resign."], dt.date(2026, 6, 12),
     [("January", "2027-01")]),
    (["The talks, which resume on Monday, were suspended last week."], dt.date(2026, 3, 11),
     [("Monday", "2026-03-16"), ("last week", "2026-W10")]),
    (["The chief executive, whose term ended in January, has been replaced."], dt.date(2026, 6, 12),
     [("January", "2026-01")]),
    (["The firm, which reported results on Monday, said it would cut jobs."], dt.date(2026, 3, 11),
     [("Monday", "2026-03-09")]),
    # a #18: a run that its clause dates is a duration; a run of months told in the past has closed
    (["Industrial production fell for a fifth consecutive month in April."], dt.date(2026, 6, 11),
     [("April", "2026-04")]),
    (["Car sales fell for a third straight month, figures showed."], dt.date(2026, 6, 11), []),
    (["Shares in the carmaker fell for a third straight day on Tuesday."], dt.date(2026, 3, 11),
     [("Tuesday", "2026-03-10")]),
    (["Stocks fell for a second consecutive day."], dt.date(2008, 9, 17), [("a second consecutive day", "2008-09-17")]),
    (["Stocks log gains for a fourth week in a row."], dt.date(2009, 4, 4), [("a fourth week", "2009-W14")]),
    # b #4: a day just before publication that a past relative clause tells of is that day, not next year's
    (["An independent inquiry will examine the explosion at the plant on 10 February, which injured nine workers."],
     dt.date(2026, 2, 20), [("10 February", "2026-02-10")]),
    (["The appeal court will review the ruling of 3 March, which cleared the merger."], dt.date(2026, 3, 20),
     [("3 March", "2026-03-03")]),
    (["The board will meet on 10 February."], dt.date(2026, 2, 20), [("10 February", "2027-02-10")]),
    (["The lenders extended the loan to February 28."], dt.date(2014, 3, 5), [("February 28", "2015-02-28")]),
    # b #5: an -ed word after an infinitive is no past verb; a past passive's state runs to its limit
    (["The company said that it expected to resume limited production in April."], dt.date(2026, 3, 9),
     [("April", "2026-04")]),
    (["The recall firm hoped to restart delayed deliveries in May."], dt.date(2026, 2, 9), [("May", "2026-05")]),
    (["All six were later released on bail until July."], dt.date(2026, 4, 7), [("July", "2026-07")]),
    (["The two directors were banned from trading until September."], dt.date(2026, 4, 7),
     [("September", "2026-09")]),
    (["The company restarted limited production in April."], dt.date(2026, 3, 9), [("April", "2025-04")]),
    # b #13: a time of day in the past takes the day the paragraph before left, within the week
    (["The last two miners were brought to the surface late on Friday night.",
      "They walked unaided from the cage at 11.52pm."], dt.date(2026, 2, 14),
     [("Friday night", "2026-02-13"), ("11.52pm", "2026-02-13T23:52")]),
    (["The jury retired on Thursday.", "It returned its verdict at 3pm."], dt.date(2026, 2, 14),
     [("Thursday", "2026-02-12"), ("3pm", "2026-02-12T15:00")]),
    (["The recall was announced on Thursday.", "A helpline is open from 8am."], dt.date(2026, 2, 14),
     [("Thursday", "2026-02-12"), ("8am", "2026-02-14T08:00")]),
    (["The company was founded on 3 March 1990.", "Its shares fell at 10am."], dt.date(2026, 2, 14),
     [("3 March 1990", "1990-03-03"), ("10am", "2026-02-14T10:00")]),
    (["The last of the men trapped since the night of 31 July has been brought up.", "22:30 That's where we leave it"],
     dt.date(2024, 8, 9), [("31 July", "2024-07-31"), ("22:30", "2024-08-09T22:30")]),
    # b #12: relative dates inside a quoted dated document count from the document's date
    (["The chair read out a text message from the adviser to an official, dated 22 February, that said: "
      "\u201cSpoke to H last night. She says the board will sign off the contract by the end of March.\u201d"],
     dt.date(2026, 10, 14), [("22 February", "2026-02-22"), ("last night", "2026-02-21"), ("March", "2026-03")]),
    (["The court heard a letter dated 3 May in which the director wrote: \"The shipment left yesterday.\" "
      "The trial resumed yesterday."], dt.date(2026, 10, 14),
     [("3 May", "2026-05-03"), ("yesterday", "2026-05-02"), ("yesterday", "2026-10-13")]),
    (["He said last night: \u201cWe will sign by the end of March.\u201d"], dt.date(2026, 10, 14),
     [("last night", "2026-10-13"), ("March", "2027-03")]),
]


@pytest.mark.parametrize(("paragraphs", "published", "expected"), ROWS, ids=[r[0][-1][:40] for r in ROWS])
def test_a_date_takes_the_direction_of_its_own_clause(
        paragraphs: list[str], published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert story_dates(paragraphs, published) == expected

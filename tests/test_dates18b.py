"""Review 18b (invented recall, takeover and dam dossiers): date values and date roles, each
a kind with siblings from other stories and the cases that must not change:

- #6: a bare weekday the story already read as the publication week's day keeps that
  reading after a "Thursday, March 6" moved the narrative (one sense per discourse);
- #2: a possessive weekday hanging on a noun of a clause that looks forward ("would
  investigate complaints ... during Tuesday's march") is the one before publication;
- #3, #4: a day of a month with no year, days after publication, is that occurrence even in
  a clause told in the past ("came days before the 9 June deadline"); "not later than" is a
  deadline, not a comparison;
- #26: a Spanish agency's date line ends in ".-" ("SANTIAGO, 5 June (EFE).- ");
- #14: a label year ("model years 2021 through 2024") and a range after a reduced relative
  ("models built between January 2021 and August 2023") describe things, not happenings.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_reference16 import story_dates

from builder.annotate.dates import find_dates
from builder.annotate.opening import dateline
from builder.annotate.roles import role

D = dt.date


def role_of(sentence: str, date_text: str, published: dt.date) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ())


MON = D(2025, 3, 17)


@pytest.mark.parametrize(("paragraphs", "published", "expected"), [
    # #6: the recall (published Monday 17 March)
    (["Veloria Motors on Monday expanded its recall of SUVs.",
      "The agency counts 31 crashes, up from 22 when it upgraded its investigation on Thursday, March 6.",
      "Repairs will begin April 14.", "Its shares rose 1.1% on Monday."], MON,
     [("Monday", "2025-03-17"), ("Thursday, March 6", "2025-03-06"), ("April 14", "2025-04-14"),
      ("Monday", "2025-03-17")]),
    # a court case (published Friday 14 November)
    (["The judge on Friday refused bail.", "The defendant had been arrested on Tuesday, November 4, at his home.",
      "The prosecution said on Friday it would appeal."], D(2025, 11, 14),
     [("Friday", "2025-11-14"), ("Tuesday, November 4", "2025-11-04"), ("Friday", "2025-11-14")]),
    # negative: a narrative the story set out ("Monday, August 5") still reads its own week
    (["On Monday, August 5, the crew left port.", "They arrived on Tuesday morning."], D(2024, 9, 20),
     [("Monday, August 5", "2024-08-05"), ("Tuesday morning", "2024-08-06")]),
])
def test_weekday_keeps_the_story_reading(paragraphs: list[str], published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert story_dates(paragraphs, published) == expected


THU = D(2025, 6, 5)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # #2: the dam (published Thursday 5 June): the march was on Tuesday 3 June
    ("The institute said on Thursday it would investigate complaints of excessive force by police during "
     "Tuesday's march in Temuco.", "Tuesday", "2025-06-03"),
    ("The regulator said it would review the figures published after Monday's recall.", "Monday", "2025-06-02"),
    ("The board said it would examine reports of injuries during Tuesday's protest.", "Tuesday", "2025-06-03"),
    # negative: the possessive the forward verb governs, and "ahead of", look forward
    ("The union will march during Tuesday's strike.", "Tuesday", "2025-06-10"),
    ("Shares rose ahead of Tuesday's vote, which the board will attend.", "Tuesday", "2025-06-03"),
    # a real past Tuesday
    ("Police dispersed Tuesday's march with tear gas.", "Tuesday", "2025-06-03"),
])
def test_possessive_weekday(sentence: str, date_text: str, expected: str) -> None:
    found = find_dates(sentence, 0, len(sentence), 1, THU)
    assert next(d.value for d in found if d.text == date_text) == expected


@pytest.mark.parametrize(("sentence", "published", "date_text", "expected"), [
    # #3: the takeover (published 3 June 2025)
    ("The agreement came just days before the 9 June deadline.", D(2025, 6, 3), "the 9 June", "2025-06-09"),
    # #4: the dam (published 20 June 2025)
    ("Huenchullán said a planned march to Santiago on July 1 would go ahead.", D(2025, 6, 20), "July 1", "2025-07-01"),
    # siblings: a court date, a merger's closing
    ("The lawyers said the hearing set for March 24 was confirmed.", D(2025, 3, 11), "March 24", "2025-03-24"),
    ("The deal, which regulators cleared, was expected to close on 30 September.", D(2025, 9, 20), "30 September",
     "2025-09-30"),
    # negative: a real past date, a deadline last year, the turn of the year
    ("The strike began on 28 May.", D(2025, 6, 3), "28 May", "2025-05-28"),
    ("Last year the company missed the 9 June deadline.", D(2025, 6, 3), "the 9 June", "2024-06-09"),
    ("The firm provided its auditors with the accounts on March 3.", D(2025, 2, 5), "March 3", "2024-03-03"),
    ("The strike began on 4 January.", D(2025, 12, 20), "4 January", "2025-01-04"),
    ("The firm filed its accounts on 3 August.", D(2025, 6, 3), "3 August", "2024-08-03"),
])
def test_day_just_ahead(sentence: str, published: dt.date, date_text: str, expected: str) -> None:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    assert next(d.value for d in found if d.text == date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # #3: "not later than" is a deadline
    ("Harlow must announce a firm offer by not later than 5.00 p.m. on 9 June 2025.", "9 June 2025", "event"),
    ("The court ordered the files returned no later than 30 June 2025.", "30 June 2025", "event"),
    ("The bidder is required, by not later than 5.00 p.m. on 9 June 2025, to announce an offer.", "9 June 2025",
     "event"),
    # negative: a real comparison stays one
    ("Sales were higher than in 2023.", "2023", "comparison"),
    # #14: a label year, a range after a reduced relative
    ("The analysis covers 305,000 vehicles from model years 2021 through 2024.", "2021", "description"),
    ("The analysis covers 305,000 vehicles from model years 2021 through 2024.", "2024", "description"),
    ("The recall covers Aster models built between January 2021 and August 2023 at its plant.", "January 2021",
     "description"),
    ("The recall covers Aster models built between January 2021 and August 2023 at its plant.", "August 2023",
     "description"),
    ("The merger covered stores opened from 2010 to 2014.", "2010", "description"),
    ("The bank sold loans issued between 2015 and 2017, the court heard.", "2015", "description"),
    # negative: the range of the clause's own verb
    ("The plant was built between January 2021 and August 2023.", "January 2021", "event"),
    ("The company built the plant between 2019 and 2021.", "2019", "event"),
])
def test_roles(sentence: str, date_text: str, expected: str) -> None:
    assert role_of(sentence, date_text, D(2025, 6, 3)) == expected


@pytest.mark.parametrize(("paragraph", "day", "agency"), [
    ("SANTIAGO, 5 June (EFE).- Chile's rights institute said on Thursday it would investigate.", "5 June", "EFE"),
    ("MADRID, 3 May (Europa Press).- The minister resigned.", "3 May", "Europa Press"),
    ("LONDON, March 4 (Reuters) - The bank said.", "March 4", "Reuters"),
])
def test_spanish_agency_dateline(paragraph: str, day: str, agency: str) -> None:
    length, _, written, _, found_agency = dateline(paragraph)
    assert length and written == day and found_agency == agency


def test_agency_dateline_role() -> None:
    text = "SANTIAGO, 5 June (EFE).- Chile's rights institute said on Thursday it would investigate the march."
    assert role_of(text, "5 June", THU) == "dateline"

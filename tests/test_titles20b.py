"""Titles of review s20 (g.md #13, h.md #5, #6 title half, #14): a title is a whole clause.

- a comma between digits groups thousands ("1,200", "6,412": AP Stylebook, "numerals"): it
  ends no relative clause or aside, and a numeral that follows it is no determiner;
- a present-tense relative in the subject ("The body that sets the exam") is a description: a
  past date right before the main verb dates the main verb;
- a title never ends on "to say" with what was said cut, on "most recently" left by its date,
  inside an open appositive, or inside a quotation (all of it within the length, or none);
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titles import title

PUBLISHED = dt.date(2026, 4, 16)


def titled(sentence: str, date_text: str, published: dt.date = PUBLISHED) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("Most of the roughly 1,200 residents who left their homes on Monday night have now returned.", "Monday night",
     "1,200 residents left their homes"),
    ("Eastfield, which Ms Royle won in 2019 with a majority of 6,412, will now hold a by-election.", "2019",
     "Eastfield Ms Royle won with a majority of 6,412"),
    ("Power is back for all but 23,000 of the 640,000 customers who lost supply yesterday.", "yesterday",
     "640,000 customers lost supply"),
    # siblings: a merger, a court case, a recall
    ("The insurer, which paid out 14,500 claims in 2023, agreed a merger on Monday.", "2023",
     "The insurer paid out 14,500 claims"),
    ("The bank, which fined 2,300 customers in March, said on Tuesday that the fees were lawful.", "March",
     "The bank fined 2,300 customers"),
    ("The plan, approved by 1,204 votes to 12 on Monday, will cut costs.", "Monday", "The plan will cut costs"),
    # negatives: a number without a separator, and a real comma after a number
    ("Most of the roughly 1200 residents who left their homes on Monday night have now returned.", "Monday night",
     "1200 residents left their homes"),
    ("The firm, which cut 40 jobs in March, said on Tuesday that sales fell.", "March", "The firm cut 40 jobs"),
    ("The carmaker recalled 40,000 vans on Monday after a fault, the regulator said.", "Monday",
     "The carmaker recalled 40,000 vans after a fault"),
])
def test_a_thousands_comma_splits_no_clause(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The body that sets the national entrance exam on Tuesday cancelled the results of 212 candidates.", "Tuesday",
     "The body that sets the national entrance exam cancelled the results of 212 candidates"),
    # siblings: a regulator, a court, a union
    ("The agency that regulates drinking water on Monday fined the firm 2 million pounds.", "Monday",
     "The agency that regulates drinking water fined the firm 2 million pounds"),
    ("The court that hears appeals on Friday overturned the ruling.", "Friday", "The court that hears appeals overturned the ruling"),
    # negatives: a past relative keeps its date; a forward date is the timetable present's
    ("The strike that began in March ended in May.", "March", "The strike began"),
    ("A lease that expires next year was sold on Monday.", "next year", "The lease expires"),
])
def test_a_present_relative_in_the_subject_is_no_title(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("Mr Hale wrote to Cllr Pryce on Tuesday to say that he was 'seriously concerned' about the rising cost.", "Tuesday",
     "Mr Hale wrote to Cllr Pryce"),
    ("The stadium's opening had been postponed twice, most recently in March.", "March",
     "The stadium's opening had been postponed twice"),
    ("A report by Marsh and Co, the council's external auditors, published on Wednesday morning, said the forecast "
     "'does not include adequate provision' for risk.", "Wednesday morning",
     "A report by Marsh and Co said the forecast 'does not include adequate provision'"),
    # siblings: a court, a recall
    ("A ruling by Judge Amy Lee, the county's senior judge, issued on Friday, said the fine was lawful.", "Friday",
     "A ruling by Judge Amy Lee said the fine was lawful"),
    ("The trial has been delayed three times, most recently on Monday, because of illness.", "Monday",
     "The trial has been delayed three times, because of illness"),
    # negatives: "to say" with what was said kept; "recently" inside the clause; an apostrophe is no quotation
    ("The judge wrote to the parties on Friday to say the trial would be delayed.", "Friday",
     "The judge wrote to the parties to say the trial would be delayed"),
    ("The firm had most recently raised prices in May.", "May", "The firm had most recently raised prices"),
    ("The firm said on Monday that its workers' union had agreed to the deal in principle after long talks.", "Monday",
     "The firm said that its workers' union had agreed to the deal"),
])
def test_a_title_ends_on_a_whole_phrase(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected

"""Titles of review s20 (g.md #13, h.md #5, #6 title half, #14): a title is a whole clause.

- a comma between digits groups thousands ("1,200", "6,412": AP Stylebook, "numerals"): it
  ends no relative clause or aside, and a numeral that follows it is no determiner;
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

"""Titles of the development set's stock dossier (session 21): a closing comment on the
clause is no part of the happening, and an absolute "with" phrase after a time clause
belongs to the main clause.

- a supplementary noun phrase after the last comma (", a slight increase from earlier
  today", ", the biggest fall since 2008") is dropped: once a date inside it is cut it can
  say the opposite of the clause ("was down 2.62%, a slight increase");
- an apposition that names (a capital inside) stays, and so does an adjective phrase
  (", up 3% from a week earlier");
- "X announced that ... when they opened on Friday, with half of that amount coming from the
  federal budget": the "with" phrase tells of the announcement, not of the opening.
Each kind: the dev-set sentence, siblings from invented stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titles import title

PUBLISHED = dt.date(2008, 9, 17)


def titled(sentence: str, date_text: str, published: dt.date = PUBLISHED) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's sentence: the comment's own date cut, "a slight increase" of a fall
    ("The Dow Jones, was down 2.62% at 16:08 UTC, a slight increase from earlier today.", "16:08 UTC",
     "The Dow Jones was down 2.62%"),
    # siblings: markets, a court, unemployment
    ("Shares in Harlow Foods fell 5% on Monday, the biggest drop since 2008.", "Monday", "Shares in Harlow Foods fell 5%"),
    ("The court fined the firm $2m on Tuesday, a sum its lawyers called excessive.", "Tuesday", "The court fined the firm $2m"),
    ("Unemployment rose to 9.1% in August, the highest level in two decades.", "August", "Unemployment rose to 9.1%"),
])
def test_a_closing_comment_on_the_clause_is_dropped(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # an apposition that names the object stays
    ("Orvane Motors unveiled its latest addition to the range on Monday, the Orvane Kestrel.", "Monday",
     "Orvane Motors unveiled its latest addition to the range, the Orvane Kestrel"),
    # an adjective phrase is no noun phrase
    ("The index closed at 1,200 on Monday, up 3% from a week earlier.", "Monday", "The index closed at 1,200, up 3%"),
    # a comment after a verbless span is all there is: kept
    ("The ruling on Monday, a victory for the union.", "Monday", "The ruling, a victory for the union"),
])
def test_a_naming_apposition_or_an_adjective_phrase_stays(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's sentence
    ("Finance Minister Alexei Kudrin announced that 500 billion rubles (US$19.7 billion) would be infused into the "
     "stock markets when they opened on Friday, with half of that amount coming from the federal budget.", "Friday",
     "The stock markets opened"),
    # a sibling: a strike
    ("The union said pickets would return to the gates when the depot reopened on Monday, with most drivers "
     "expected to join them.", "Monday", "The depot reopened"),
])
def test_an_absolute_with_phrase_after_a_time_clause_is_the_main_clauses(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


def test_an_absolute_with_phrase_of_the_dated_clause_stays() -> None:
    # the "with" phrase tells of the clause the date dates: kept (tests/test_events.py has it too)
    assert titled("That ruling was overturned in 1991, also on appeal, with the union paying costs.", "1991",
                  dt.date(2013, 7, 30)) == "That ruling was overturned, also on appeal, with the union paying costs"

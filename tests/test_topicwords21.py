"""The three lists the topic-word hook names hold words of the language, not of elections:
each rule is shown here on stories with no vote in them (a strike, a merger, a court, a
charity, a council), published on a Wednesday, 2014-03-05.

- `futurity._INTENTION` ("vote", "resolve"): a body's decision with "to" and an infinitive
  looks forward like "decide to" (a union votes to strike, a board resolves to sell);
- `tense._TIMETABLE` ("meets", "sits", "votes"): the simple present of any body's fixed
  sitting is a timetable future like "opens" (a board meets, a court sits, shareholders vote);
- `namewords.INSTITUTION_HEADS` ("caucus", "assembly", "chamber"): head nouns of bodies of any
  field (a workers' caucus, a general assembly of a charity, a chamber of commerce).
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.namewords import INSTITUTION_HEADS
from tests.test_tense import found

WED = dt.date(2014, 3, 5)


@pytest.mark.parametrize(("text", "expected"), [
    # a decision to act: forward, whatever the topic
    ("Nurses at the hospital voted to strike in April.", [("April", "2014-04", "month")]),
    ("The charity's trustees resolved to close the shelter in June.", [("June", "2014-06", "month")]),
    # must not change: a vote on a past thing is the past
    ("Shareholders voted against the takeover in February.", [("February", "2014-02", "month")]),
    # a body's timetable in the simple present: the coming day
    ("The board meets on Friday to approve the sale.", [("Friday", "2014-03-07", "day")]),
    ("The appeal court sits again on Monday.", [("Monday", "2014-03-10", "day")]),
    ("Shareholders vote on the merger on Thursday.", [("Thursday", "2014-03-06", "day")]),
    # must not change: the simple past of the same verbs is the past
    ("The board met on Monday to approve the sale.", [("Monday", "2014-03-03", "day")]),
])
def test_decision_and_timetable_verbs_hold_in_any_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


def test_institution_heads_name_bodies_of_any_field() -> None:
    # each of these is the head of a body in business, labour or civil society as much as in politics
    assert {"caucus", "assembly", "chamber", "board", "committee", "union"} <= INSTITUTION_HEADS

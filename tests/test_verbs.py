"""Finite verbs without a tagger (`builder.verbs`): each row read by hand."""

from __future__ import annotations

import pytest

from builder.annotate import verbs
from builder.present.wording import role_period, shown_period


@pytest.mark.parametrize("text,finite", [
    # a modal, a finite auxiliary, a past form, a present form after its subject
    ("The union will strike", True),
    ("The plant is closed", True),
    ("Talks to end the strike began", True),
    ("Share prices fell", True),
    ("Rivermark Motors filed for bankruptcy", True),
    ("The company plans to close two plants", True),
    ("The court sets a date", True),
    ("They expect a loss", True),
    # a gerund or participle leads, or a noun phrase alone: no finite verb
    ("Losing 22 seats since the last polls", False),
    ("The first flight of the new model", False),
    ("The refusal of the bank to lend", False),
    ("Its debut", False),
    ("Having reported record profits", False),
    ("The talks held in Geneva", True),  # a reduced relative reads as a past: kept as a clause
    # plural nouns after a number or a determiner are not verbs
    ("22 seats in the last polls", False),
    ("Its shares on the market", False),
    ("Its 85th birthday celebrations on the coast", False),  # an -s word after a modifier, not after a subject
    ("Rivermark states that it will appeal", True),
    # a past form that is also a base form or a noun counts only after a subject
    ("The left wing of the party", False),
    ("The bank cut its rate", True),
])
def test_has_finite(text: str, finite: bool) -> None:
    assert verbs.has_finite(text) is finite


@pytest.mark.parametrize("word,past_only", [("began", True), ("rose", True), ("went", True), ("fell", True),
                                             ("held", False), ("made", False), ("cut", False), ("filed", False)])
def test_past_forms_that_are_never_participles(word: str, past_only: bool) -> None:
    assert (word in verbs.PAST_ONLY) is past_only


@pytest.mark.parametrize("start,end,period", [
    ("1993", "1994", "1993–1994"),
    ("1993", "", "from 1993"),  # the end is unknown, not absent: never "1993–"
    ("", "1994", "until 1994"),
    ("2013-07", "", "from 2013-07"),
    ("", "", ""),
])
def test_role_period(start: str, end: str, period: str) -> None:
    assert role_period(start, end) == period


@pytest.mark.parametrize("start,end,period", [
    # fresh-user review s15a #17: "(2016–2025-03-12)" beside prose dates everywhere else
    ("2016", "2025-03-12", "2016 – 12 March 2025"),
    ("2025-03-12", "", "from 12 March 2025"),
    ("", "2024-06", "until June 2024"),
    ("1993", "1994", "1993–1994"),
    ("2013-07-01", "2013-07-28", "1 July 2013 – 28 July 2013"),
    ("2013-?", "", "from 2013-?"),  # a value show_date cannot read stays as written
])
def test_shown_period_writes_dates_as_pages_do(start: str, end: str, period: str) -> None:
    assert shown_period(start, end) == period

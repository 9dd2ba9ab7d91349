"""Claims after merging claims20a and claims20b: the rules the earlier reviews' tests
protect hold beside the new ones ("put the number of X at N" estimates, it does not move a
count; "on strike" is what "joined the strike" counts), and the open parts of review s20
(e.md, f.md) both fixers listed. Invented sentences of several topics."""

from __future__ import annotations

import pytest
from test_counts_over_time import lined_up

from builder.annotate import counted, states


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("A spokesman put the number of packs at 52,000.", False),
        ("The union now puts the number of striking drivers at 1,150.", False),
        ("The court put the number of claimants at 310.", False),
        # unchanged: a revision verb with "to" moves the count
        ("The agency raised its count of confirmed cases to 67.", True),
        ("The firm revised the number of cars affected to 9,000.", True),
    ],
)
def test_an_estimate_put_at_is_no_change(text: str, changed: bool) -> None:
    fs = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert counted.is_change(text, 0, fs) is changed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" were on strike.", ""),  # taking part in a happening: what "joined the strike" counts
        (" are in custody.", ""),
        (" were in quarantine.", ""),
        # unchanged: places and things
        (" were in temporary shelters.", "in shelters"),
        (" were in hospital.", "in hospital"),
        (" were on board.", "on board"),
    ],
)
def test_a_happening_is_no_place_state(text: str, expected: str) -> None:
    assert states.state(text, 0, len(text)) == expected


def test_joined_and_on_strike_are_one_disputed_count() -> None:
    got = lined_up(
        ("2024-03-12", "The union said 1,200 members had joined the strike."),
        ("2024-03-12", "The port said only 900 members were on strike."),
    )
    assert got == [("members", True, ["900", "1,200"], [])]  # one act left: no act in its heading


def test_the_number_of_people_in_a_place_is_no_act() -> None:
    # "the number of X on Y" restricts X; it joins the count an act made, as any figure with no act
    got = lined_up(
        ("2024-05-01", "The union said 1,200 members walked out."),
        ("2024-05-03", "The number of members on strike had risen to 2,000, the union said."),
    )
    assert got == [("members", False, ["1,200", "2,000"], [("1,200", "2024-05-01"), ("2,000", "2024-05-03")])]

"""Review s20 g.md/h.md, claims20d: counts whose noun has a zero plural or a state
adjective ("4,000 dead fish"), a lower bound given as what was found ("had found more than
10,000"), found/recovered as one act; who states a finding ("X concluded that Y had
claimed £N"); money written "N million pounds" as "£N million". Invented sentences of
several topics."""

from __future__ import annotations

import datetime as dt

import pytest
from test_counts_over_time import FSIB, lined_up

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs


def _claims(text: str) -> list[tuple[str, str, str]]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 4, 16), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.act) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (h #3): an adjective with a noun sense, a zero plural
        ("Officers had so far counted about 4,000 dead fish.", [("4,000", "fish", "")]),
        ("Inspectors counted 120 dead sheep on the hillside.", [("120", "sheep", "")]),
        ("The airline grounded 12 aircraft on Monday.", [("12", "aircraft", "grounded")]),
        ("Vets found 40 dead birds at the lake.", [("40", "birds", "found")]),
        # unchanged: a regular plural, a participle
        ("Officers found 4,000 injured birds.", [("4,000", "injured birds", "found")]),
    ],
)
def test_a_zero_plural_or_a_state_adjective_is_counted(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


def test_a_bound_given_as_what_was_found_is_the_count() -> None:
    text = ("The agency said that its officers had counted about 4,000 dead fish. But the anglers said "
            "their members had found more than 10,000 and that the true figure was far higher.")
    assert _claims(text) == [("4,000", "fish", ""), ("more than 10,000", "fish", "found")]
    # a sibling: a court's count of claimants
    text = "The court had listed 300 claimants. Lawyers said they had counted more than 450."
    assert _claims(text)[-1][:2] == ("more than 450", "claimants")


@pytest.mark.parametrize(
    "text",
    [
        "More than 500 attended the rally.",  # no verb of finding before the bound
        "Police found more than 300 bullets.",  # a bound with its own noun stays a bound, as before
    ],
)
def test_other_bounds_are_unchanged(text: str) -> None:
    assert _claims(text) == []


def test_found_and_recovered_are_one_count() -> None:
    got = lined_up(
        ("2026-04-16", "The agency said its officers had found 4,000 dead fish."),
        ("2026-05-12", "The agency said it had now recovered 21,400 dead fish."),
    )
    assert [(unit, figures) for unit, _, figures, _ in got] == [("fish", ["4,000", "21,400"])]


def test_the_number_of_a_zero_plural_is_its_unit() -> None:
    assert _claims("The number of dead fish recovered had risen to 18,000.") == [("18,000", "fish", "recovered")]

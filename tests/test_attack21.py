"""Attack review s21 (/work/notes/s21/attack.md F1, F2, F3, F5): a percentage is no count of
the figure before it; a toll's noun is never its article or a modifier, and its plural is
regular; an empty label left by a cut date is no title word; "do so" after "would" is
told as that verb phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs
from tests.test_events20 import candidates

PUBLISHED = dt.date(2027, 3, 10)


def claims_of(text: str) -> list[tuple[str, str]]:
    src = Source("s1", "s1.md", text, "s1", published=PUBLISHED, paragraphs=split_paragraphs(text))
    return [(c.value, c.unit) for c in annotate(src, Matcher([]), {}).claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("The storm hit on Monday, bringing the death toll to 12. The council put the figure at 40%.", [("12", "deaths")]),
    ("The storm hit on Monday, bringing the death toll to 12. The council put the figure at 40 per cent.", [("12", "deaths")]),
    # a toll with no noun names no count; a modifier before the noun is no noun
    ("The storm hit on Monday, bringing the toll to 12.", []),
    ("The storm hit on Monday, bringing the total toll to 40.", []),
    ("The storm hit on Monday, bringing the official death toll to 14.", [("14", "deaths")]),
    # the regular plural of a noun in -y
    ("The crash hit on Monday, taking the injury toll to 50.", [("50", "injuries")]),
    # must not change: "the figure" stated again as a count refers back
    ("The union said 1,200 members had voted. The port put the figure at 900.", [("1,200", "members"), ("900", "members")]),
])
def test_tolls_and_figures_referred_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


def test_a_label_and_a_date_label_leave_no_colons() -> None:
    assert candidates("Update: 3 March: The Norwick Council closed the road on Tuesday.", PUBLISHED) == [
        ("2027-03-03", "The Norwick Council closed the road"), ("2027-03-09", "The Norwick Council closed the road")]


def test_do_so_after_would_is_told_as_its_verb_phrase() -> None:
    assert candidates("Acme Holdings said it would shut the plant in Avel. It will do so on Friday.", PUBLISHED) == [
        ("2027-03-12", "It will shut the plant")]

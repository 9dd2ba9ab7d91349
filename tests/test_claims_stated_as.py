"""Who states a figure when the source gives a role, not a name (fresh-user pass s14,
finding 5): "…, not 12.5 million euros as the company said at the time, the firm's
provisional administrator said" is stated by the administrator (the "as" clause says who
gave the denied figure); "The administrator also put the number of unpaid workers at 447"
by "the administrator" (a verb of estimating; an adverb is no word of its subject); "more
than the 8 million euros the administrator cited last month" by the administrator, and is
no change of a count (a comparison with another's figure). Cases from a bankruptcy, a
strike and a court case; expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def _entity(eid: str, kind: str, name: str) -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=(Alias(name),), summary="s")


ENTITIES = [
    _entity("brannock", "organisation", "Brannock Bau"),
    _entity("union", "organisation", "Harbour Workers Union"),
    _entity("vos", "person", "Helena Vos"),
]
BY_ID = {e.id: e for e in ENTITIES}


def stated(text: str) -> list[tuple[str, str, str, bool]]:
    """(figure, claimant, stated_as, change) of every claim in `text` that is no earlier,
    replaced figure."""
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 20), paragraphs=split_paragraphs(text))
    return [(c.value, c.claimant, c.stated_as, c.change) for c in annotate(src, Matcher(ENTITIES), BY_ID).claims
            if c.revision != "old"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the "as" clauses belong to the denied figure
        ("Brannock Bau owed 15.2 million euros when it collapsed, not 12.5 million euros as the company said at the "
         "time and as this newspaper reported on 11 March, the firm's provisional administrator said on Wednesday.",
         [("15.2 million", "", "the firm's provisional administrator", False)]),
        # the same with a named speaker
        ("Brannock Bau owed 15.2 million euros, not 12.5 million euros as the company said, Helena Vos said.",
         [("15.2 million", "vos", "", False)]),
        # a verb of estimating, an adverb before it
        ("The administrator also put the number of unpaid workers at 447, not 430.",
         [("447", "", "the administrator", False)]),
        # a strike: the same with "now" and a union's count
        ("The union now puts the number of striking drivers at 1,150.", [("1,150", "", "the union", False)]),
        # a comparison with the figure another gave: theirs, no change
        ("That is more than the 8 million euros the administrator cited last month.",
         [("8 million", "", "the administrator", False)]),
        # a court case: a named judge in the contact clause
        ("That is fewer than the 40 witnesses Helena Vos cited in March.", [("40", "vos", "", False)]),
        # an adverb and an auxiliary before the verb: the named subject still states it
        ("The Harbour Workers Union has also said 1,200 of its members walked out.", [("1,200", "union", "", False)]),
        ("The administrator has now said 447 workers walked out.", [("447", "", "the administrator", False)]),
        # the same source's own earlier figure ("it") stays a change of the count
        ("The Harbour Workers Union said 260 of its members had walked out, more than the 200 it reported earlier.",
         [("260", "union", "", False), ("200", "union", "", True)]),
        # a participle as an adjective after a determiner is no reporting verb (fresh-user review s15a #5): the
        # source states a recall's "An estimated 48,000 packs", never "an"
        ("An estimated 48,000 packs are affected.", [("48,000", "", "", False)]),
        # a strike, a court case: the same before a crowd and a count of claims
        ("An estimated 3,000 dockers walked out on Monday.", [("3,000", "", "", False)]),
        ("The reported 12 claims were filed with the court in March.", [("12", "", "", False)]),
        # a named body before the adjective still states the figure with its own verb
        ("The Harbour Workers Union said an estimated 1,200 members walked out.", [("1,200", "union", "", False)]),
    ],
)
def test_who_states_a_figure_named_by_a_role(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize("text", [
    "The party won 10^400 seats, the commission said.",  # attack review s15 #10: it gave a claim of 400 seats
    "The firm owes 2^20 creditors, the administrator said.",
    "Helena Vos said the union lost 1e308 members.",
])
def test_an_exponent_is_no_figure(text: str) -> None:
    assert stated(text) == []

"""Which figure a correction replaces (fresh-user pass s14, findings 1 and 3): "X, not Y as
this newspaper reported" is a revision stated in one sentence (Y the old figure, X the new,
no dispute); a correction note's "An article on 11 March said … owed 12.5 million" gives
the old figure and "puts the debt at 15.2 million" the new one of the same debt; the
subject of a passive "is owed" is the creditor, so what it is owed is no debt of the
debtor's ("claims") and never the debt of a body the clause names as an object ("told the
court his clients were owed"); the subject of ", owing 12.5 million" is the main clause's.
The pairing holds with or without an outlet. Cases from a bankruptcy, a strike and a court
case; expected values worked out by hand."""

from __future__ import annotations

import pytest
from test_claims_corrected import counted

from builder.model import Alias, Entity


def _body(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind="organisation", name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


def _person(eid: str, name: str) -> Entity:
    return Entity(id=eid, kind="person", name=name, aliases=(Alias(name),), summary="s")


ENTITIES = [
    _body("brannock", "Brannock Bau"),
    _body("northmere", "Northmere Bank"),
    _body("court", "Velsburg Commercial Court"),
    _body("harrow", "Harrow Metals"),
    _body("union", "Harbour Workers Union"),
    _body("meridian", "Meridian Health"),
    _person("aalders", "Pieter Aalders"),
]

FIRST = ("2025-03-11", "Brannock Bau, the Velsburg construction firm behind the unfinished towers, filed for insolvency "
                       "at the Velsburg Commercial Court last Tuesday, owing 12.5 million euros to suppliers, "
                       "subcontractors and its own staff.")
CORRECTING = ("2025-03-20", "Brannock Bau owed 15.2 million euros when it collapsed, not 12.5 million euros as the "
                            "company said at the time and as this newspaper reported on 11 March, the firm's provisional "
                            "administrator said on Wednesday.\n\nNorthmere Bank, the largest single creditor, is owed "
                            "8 million euros, she said.\n\nCorrection: An article on 11 March said Brannock Bau owed 12.5 "
                            "million euros. The administrator now puts the debt at 15.2 million euros.")


def lined_up(*stories: tuple[str, str], outlets: tuple[str, ...] = ()) -> list[tuple[str, str, bool, list[tuple[str, bool]]]]:
    """(unit, owner, disputed, revisions as (figure, replaced)) of each count."""
    return [(c.unit, c.owner, c.disputed, [(v, gone) for v, _, gone in c.revisions])
            for c in counted(stories, ENTITIES, (), outlets)]


@pytest.mark.parametrize("outlets", [("Velsburg Courier", "Velsburg Courier"), ()])
def test_the_correction_replaces_the_debt_it_names_and_not_another(outlets: tuple[str, ...]) -> None:
    # the review's case: 12.5 million (11 March) replaced by 15.2 million (20 March); the
    # 8 million the bank is owed is another quantity; no dispute, with or without an outlet
    assert lined_up(FIRST, CORRECTING, outlets=outlets) == [
        ("debts (euros)", "brannock", False, [("12.5 million", True), ("15.2 million", False)]),
        ("claims (euros)", "northmere", False, []),
    ]


def test_the_correcting_story_alone_disputes_nothing() -> None:
    # "X, not Y as … reported" and the note's "an article … said Y" give Y as the old figure:
    # corrected, the old figure (stated by no source here) marked replaced
    assert lined_up(CORRECTING) == [
        ("debts (euros)", "brannock", False, [("12.5 million", True), ("15.2 million", False)]),
        ("claims (euros)", "northmere", False, []),
    ]


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # a court case: the denied figure, another newsroom's, is replaced by the one stated
        ((("2025-05-02", "Harrow Metals owes 7 million pounds to its suppliers, the court heard."),
          ("2025-05-09", "Harrow Metals owes 9 million pounds, not 7 million pounds as its chairman said in May.")),
         [("debts (pounds)", "harrow", False, [("7 million", True), ("9 million", False)])]),
        # a strike: an editor's note naming what the earlier story said, in pounds with a sign
        ((("2025-06-01", "The Harbour Workers Union has debts of £40,000, its treasurer said."),
          ("2025-06-03", "Correction: This story said the Harbour Workers Union had debts of £40,000. The union "
                         "puts its debts at £14,000.")),
         [("debts (£)", "union", False, [("£40,000", True), ("£14,000", False)])]),
    ],
)
def test_a_denied_or_noted_figure_is_the_replaced_one(stories: tuple[tuple[str, str], ...], expected: list) -> None:
    assert lined_up(*stories) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the court is the object of "told", "his clients" the ones owed
        ("Pieter Aalders, the lawyer for a group of 37 subcontractors, told the Velsburg Commercial Court his "
         "clients were owed 4.1 million euros between them.", [("claims (euros)", "")]),
        # the passive's subject, across an apposition, is owed: its claim, not its debt
        ("Northmere Bank, the largest single creditor, is owed 8 million euros.", [("claims (euros)", "northmere")]),
        # a strike: what the members are owed is said (back pay), no body owns it
        ("The Harbour Workers Union said its members were owed £2 million in back pay.", [("back pay (£)", "")]),
        # a supplementive "owing" clause: the main clause's subject owes
        ("Meridian Health filed for bankruptcy at the Velsburg Commercial Court on Monday, owing $2.1 billion to "
         "its landlord.", [("debts ($)", "meridian")]),
    ],
)
def test_who_is_owed_and_who_owes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.unit, c.owner) for c in counted((("2025-03-15", text),), ENTITIES)] == expected


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's case (finding 2): "put the number of unpaid workers at 447, not 430" and
        # "the firm's 447 unpaid workers" count the workers; 430 is replaced
        ((("2025-03-11", "About 430 workers have not been paid since January."),
          ("2025-03-20", "The administrator also put the number of unpaid workers at 447, not 430."),
          ("2025-04-10", "The court ordered that the firm's 447 unpaid workers be paid before any bank.")),
         [("workers", "", False, [("430", True), ("447", False)])]),
        # a strike: a participle before the noun, and an adjective after the figure
        ((("2025-06-01", "About 1,500 drivers walked out on Monday."),
          ("2025-06-02", "The union put the number of striking drivers at 1,150, not 1,500."),
          ("2025-06-03", "Some 1,150 angry drivers marched to the depot.")),
         [("drivers", "", False, [("1,500", True), ("1,150", False)])]),
        # "other", "additional": another set, no count of the noun
        ((("2025-06-01", "The firm hired 12 other workers and 30 additional drivers."),), []),
    ],
)
def test_a_count_with_modifiers_before_its_noun(stories: tuple[tuple[str, str], ...], expected: list) -> None:
    assert lined_up(*stories) == expected

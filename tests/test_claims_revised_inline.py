"""A revision stated in one sentence (fresh-user pass s13, findings 1 and 2): "revised the
number of its members to 900, down from the 1,200 it gave", "it owed 97 million pounds,
revised from the 84 million pounds it gave". The earlier figure is marked replaced by the
new one for the same count (no dispute); a figure with no noun after it takes the count of
the noun in its clause ("the number of its members"); the old figure in the correcting
sentence is no fresh claim and its source is never listed as stating it; the owner is the
clause's subject ("it" -> the company), not a prepositional object ("in a filing with the
Kestrel County Court"). Cases from a strike, a court case and a bankruptcy; values worked
out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_claims_corrected import counted

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def _body(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind="organisation", name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


ENTITIES = [
    _body("meridian", "Meridian Health", "Meridian"),
    _body("union", "Harbour Workers Union"),
    _body("court", "Kestrel County Court"),
]
BY_ID = {e.id: e for e in ENTITIES}


def lined_up(*stories: tuple[str, str]) -> list[tuple[str, str, bool, list[tuple[str, bool]], list[tuple[str, list[str]]]]]:
    """Counts of sources given as (publication date, text) (`test_claims_corrected.counted`):
    (unit, owner, disputed, revisions as (figure, replaced), rows as (figure, [source ids
    listed for it]))."""
    return [(c.unit, c.owner, c.disputed, [(v, gone) for v, _, gone in c.revisions],
             [(v, [sid for _, sid in items]) for v, items in c.figures])
            for c in counted(stories, ENTITIES)]


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # a strike: the union's count revised in one sentence, no noun after the new figure
        ((("2025-02-03", "Meridian Health filed for administration on Monday.\n\nThe Harbour Workers Union, which "
                         "says it represents 1,200 members at the plant, called the filing a betrayal."),
          ("2025-02-06", "The Harbour Workers Union said 87 per cent of its 900 members at the plant backed a walkout."),
          ("2025-03-04", "The union representing workers at Meridian has revised the number of its members at the "
                         "plant to 900, down from the 1,200 it gave when the company filed for administration.\n\nA spokesman for the "
                         "Harbour Workers Union said the earlier figure was wrong.")),
         [("members", "union", False, [("1,200", True), ("900", False)], [("900", ["s1", "s2"]), ("1,200", ["s0"])])]),
        # the same with the noun after both figures: the correcting report lists no row for the old one
        ((("2025-02-03", "The Harbour Workers Union, which says it has 1,200 members at the plant, "
                         "called a ballot."),
          ("2025-03-04", "The Harbour Workers Union has revised its count to 900 members, down from the 1,200 "
                         "members it gave last month.")),
         [("members", "union", False, [("1,200", True), ("900", False)], [("900", ["s1"]), ("1,200", ["s0"])])]),
        # a court case: "now N, not M as earlier reported"
        ((("2025-03-04", "Kestrel County Court has 64 claimants in the case."),
          ("2025-03-06", "Kestrel County Court now has 65 claimants in the case, not 64 as earlier reported.")),
         [("claimants", "court", False, [("64", True), ("65", False)], [("64", ["s0"]), ("65", ["s1"])])]),
    ],
)
def test_a_revision_in_one_sentence_replaces_the_earlier_figure(
    stories: tuple[tuple[str, str], ...], expected: list[object]
) -> None:
    assert lined_up(*stories) == expected


DEBT_3_FEB = ("2025-02-03", "Meridian Health filed for administration on Monday.\n\n"
                            "The company said it owed creditors about 84 million pounds.")


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # a bankruptcy: "the company said in a filing with the court that it owed N, revised from M"
        ((DEBT_3_FEB,
          ("2025-02-20", "A judge adjourned the hearing on Meridian Health's application.\n\nJudge Ann Roe of the "
                         "Kestrel County Court said the parties needed time. The company said in a filing with the "
                         "Kestrel County Court on Wednesday that it owed 97 million pounds, revised from the 84 "
                         "million pounds it gave on Feb 3.")),
         [("debts (pounds)", "meridian", False, [("84 million", True), ("97 million", False)],
           [("84 million", ["s0"]), ("97 million", ["s1"])])]),
        # a pronoun subject: the organisation named as the subject of the sentence before
        ((DEBT_3_FEB,
          ("2025-02-20", "Meridian Health filed new accounts on Wednesday. In a filing with the Kestrel County "
                         "Court, it said it owed 97 million pounds, revised from the 84 million pounds it gave.")),
         [("debts (pounds)", "meridian", False, [("84 million", True), ("97 million", False)],
           [("84 million", ["s0"]), ("97 million", ["s1"])])]),
    ],
)
def test_revised_from_makes_the_old_figure_and_the_subject_owns_the_debt(
    stories: tuple[tuple[str, str], ...], expected: list[object]
) -> None:
    assert lined_up(*stories) == expected


def test_the_company_is_the_storys_company_not_the_creditor_named_before() -> None:
    # fresh-user review s13, after the names fixes: "Lawyers for Rheinfeld Kreditbank told the
    # court ... The company said ... it owed 97 million pounds" gave the debt to the bank
    # (the last organisation named), not to the story's company (named first and most)
    entities = [*ENTITIES, _body("bank", "Rheinfeld Kreditbank")]
    text = ("Meridian Health's hearing was adjourned.\n\nLawyers for Rheinfeld Kreditbank told the court the "
            "company's debts were higher. The company said in a filing on Wednesday that it owed 97 million pounds.")
    src = Source("s0", "s0.txt", text, "s0", published=dt.date(2025, 2, 20), paragraphs=split_paragraphs(text))
    claims = annotate(src, Matcher(entities), {e.id: e for e in entities}).claims
    assert [(c.value, c.owner) for c in claims] == [("97 million", "meridian")]

"""Who states which figure, clause by clause, and figures that refer back (fresh-user
review, session 14, a shipyard strike): the subject of the clause after a semicolon
states its own elliptical figure; "the figure is N" counts what was counted before;
"the company" is the company named before; a vote "by N votes to M" is two figures; a
correction's "the correct figure is N" replaces the figure before. Each case from the
strike has siblings from a bankruptcy and a court case. Expected values worked out by
hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def _entity(eid: str, kind: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


ENTITIES = [
    _entity("satu", "organisation", "Shipbuilding and Allied Trades Union", "SATU"),
    _entity("kestrel", "organisation", "Kestrel Yards", "Kestrel Yards plc", "Kestrel"),
    _entity("brannock", "organisation", "Brannock Bau", "Brannock"),
    _entity("northmere", "organisation", "Northmere Bank"),
    _entity("guild", "organisation", "Guild of Court Reporters"),
    _entity("varga", "person", "Ilse Varga", "Varga"),
    _entity("okafor", "person", "Nadia Okafor", "Okafor"),
]
BY_ID = {e.id: e for e in ENTITIES}


def claims(text: str) -> list[tuple[str, str, str, str, str]]:
    """(figure, unit, owner, claimant, revision) of every claim in `text`."""
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.owner, c.claimant, c.revision) for c in annotate(src, Matcher(ENTITIES), BY_ID).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the second clause's subject states its elliptical figure
        ("SATU said 2,300 of its members struck; Kestrel Yards said 1,900.",
         [("2,300", "members", "satu", "satu", ""), ("1,900", "members", "satu", "kestrel", "")]),
        # a bankruptcy: the administrator and the debtor
        ("Ilse Varga said 312 creditors had filed claims; Brannock Bau said 290.",
         [("312", "creditors", "", "varga", ""), ("290", "creditors", "", "brannock", "")]),
        # a court case: two bodies count the witnesses
        ("The Guild of Court Reporters said 14 witnesses testified; Northmere Bank said 9.",
         [("14", "witnesses", "", "guild", ""), ("9", "witnesses", "", "northmere", "")]),
    ],
)
def test_each_clause_states_its_own_figure(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: "the company" is the company named before; "the figure" counts
        # what the sentence before counted, stated by "the union"
        ("Kestrel Yards plc refused to talk to SATU.\n\nThe company maintains that only 1,900 workers are on strike. "
         "The union says the figure is 2,300 and rising.",
         # (counted as written: "workers"; naming them "strikers" by the activity split
         # "900 members were on strike" from "1,200 members had joined the strike", s14)
         [("1,900", "workers", "", "kestrel", ""), ("2,300", "workers", "", "satu", "")]),
        # a bankruptcy: the company's count of creditors, and the bank's
        ("Brannock Bau filed for insolvency.\n\nThe company maintains that 290 creditors are owed money. "
         "Northmere Bank says the figure is 312.",
         [("290", "creditors", "", "brannock", ""), ("312", "creditors", "", "northmere", "")]),
        # a court case: "the number is"
        ("The Guild of Court Reporters met on Monday.\n\nThe guild says 14 witnesses testified. "
         "Ilse Varga says the number is 12.",
         [("14", "witnesses", "", "guild", ""), ("12", "witnesses", "", "varga", "")]),
    ],
)
def test_the_figure_is_refers_back(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


def test_different_predicates_count_different_things() -> None:
    text = "Kestrel Yards put the number of strikers at 1,900, and said about 400 staff had reported for their shifts."
    assert claims(text) == [("1,900", "strikers", "", "kestrel", ""), ("400", "staff", "", "kestrel", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: "the union" is SATU, named in the sentence
        ("Members of the Shipbuilding and Allied Trades Union (SATU) backed the deal by 1,640 votes to 410, the union said.",
         [("1,640", "votes for", "", "satu", ""), ("410", "votes against", "", "satu", "")]),
        # a bankruptcy: the creditors' vote, told by the bank
        ("Creditors of Brannock Bau approved the plan by 212 votes to 19, the company said.",
         [("212", "votes for", "", "brannock", ""), ("19", "votes against", "", "brannock", "")]),
        # a court case: the guild's ballot
        ("Members of the Guild of Court Reporters rejected the offer by 88 votes to 12, the guild said.",
         [("88", "votes for", "", "guild", ""), ("12", "votes against", "", "guild", "")]),
    ],
)
def test_a_vote_by_n_to_m_is_two_figures(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: a statement corrects its own earlier one
        ("In our statement of 14 April we said that 2,600 members had voted for strike action. "
         "The correct figure is 2,060, out of 2,300 members balloted.",
         [("2,600", "members", "", "", "old"), ("2,060", "members", "", "", "new")]),
        # a bankruptcy: the administrator's report
        ("Our report of 3 May said that 312 creditors had filed claims. The correct figure is 290.",
         [("312", "creditors", "", "", "old"), ("290", "creditors", "", "", "new")]),
        # a court case
        ("Our article on Monday said 14 witnesses had testified. The correct number is 12.",
         [("14", "witnesses", "", "", "old"), ("12", "witnesses", "", "", "new")]),
    ],
)
def test_the_correct_figure_replaces_the_one_before(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: what the strike cost the company, corrected in a note
        ("Kestrel Yards said the strike had cost it £38 million.\n\nCorrection: An earlier version of this "
         "article said the strike cost Kestrel £48 million. The company's figure is £38 million.",
         [("£38 million", "cost (£)", "kestrel", "kestrel", "new"), ("£48 million", "cost (£)", "kestrel", "", "old"),
          ("£38 million", "cost (£)", "kestrel", "kestrel", "new")]),
        # a bankruptcy: what the collapse cost the bank
        ("Correction: An earlier version of this article said the collapse cost Northmere Bank €9 million. "
         "The bank's figure is €7 million.",
         [("€9 million", "cost (€)", "northmere", "", "old"), ("€7 million", "cost (€)", "northmere", "northmere", "new")]),
    ],
)
def test_a_cost_and_its_correction(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


def test_a_quoted_report_of_anothers_figure() -> None:
    text = "“Kestrel Yards says 1,900 are out. Let them count us,” said Nadia Okafor."
    assert claims(text) == [("1,900", "people", "", "kestrel", "")]

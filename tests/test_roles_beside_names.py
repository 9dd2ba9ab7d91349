"""Roles written beside a name (fresh-user review, session 9, finding 8): an apposition
with no article, the noun phrase after a relative clause's copula, a role set off by a
comma before the name, and the body named after the person. A relative clause of leading
("who represents X", session 14) is a verb phrase: a description, no role. Each case from the review's food recall has
siblings from a strike, a court case and a bankruptcy. Expected roles worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs

from conftest import annotated_in


def _entity(eid: str, kind: str, name: str) -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=(Alias(name),), summary="s")


ENTITIES = [
    _entity("berg", "person", "Jan van der Berg"),
    _entity("watanabe", "person", "Kenji Watanabe"),
    _entity("fournier", "person", "Amélie Fournier"),
    _entity("nunez", "person", "José Núñez"),
    _entity("lind", "person", "Mara Lind"),
    _entity("vos", "person", "Helena Vos"),
    _entity("rowe", "person", "Jane Rowe"),
    _entity("okafor", "person", "Marguerite Okafor"),
    _entity("hoshino", "organisation", "Hoshino Foods"),
    _entity("partners", "organisation", "Núñez & Partners"),
    _entity("dockers", "organisation", "Avel Dockers' Union"),
    _entity("kessel", "organisation", "Kessel & Lind"),
]
BY_ID = {e.id: e for e in ENTITIES}


def roles(text: str) -> list[tuple[str, str]]:
    return [(f.entity, f.value) for f in annotated_in(text, ENTITIES, dt.date(2025, 3, 4)).facts if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases (01 ¶6, 04 ¶7)
        ("\"We are taking this step,\" said Jan van der Berg, chief executive of Hoshino Foods' American unit.",
         [("berg", "chief executive of Hoshino Foods' American unit")]),
        ("Kenji Watanabe, president of Hoshino Foods in Osaka, apologised to customers.",
         [("watanabe", "president of Hoshino Foods in Osaka")]),
        # a strike, a court case, a bankruptcy
        ("Mara Lind, general secretary of the Avel Dockers' Union, said the strike would go on.",
         [("lind", "general secretary of the Avel Dockers' Union")]),
        ("Helena Vos, presiding judge of the Kestrel County Court, adjourned the trial.",
         [("vos", "presiding judge of the Kestrel County Court")]),
        ("Jane Rowe, administrator, said the yard would be sold.", [("rowe", "administrator")]),
        # a name after the comma is no role of the person before it
        ("Jane Rowe, Helena Vos and Mara Lind met on Monday.", []),
    ],
)
def test_a_role_in_apposition_without_an_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def described(text: str) -> list[tuple[str, str]]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(f.entity, f.value) for f in annotate(src, Matcher(ENTITIES), BY_ID).facts if f.kind == "description"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula or "serves as": the noun phrase after it is the role (an article that
        # belongs to a possessor stays)
        ("Jane Rowe, who serves as the yard's administrator, said the sale had failed.",
         [("rowe", "the yard's administrator")]),
        ("Helena Vos, who is a partner at Kessel & Lind, read the statement.", [("vos", "partner at Kessel & Lind")]),
        ("Mara Lind, who was general secretary of the Avel Dockers' Union, called the strike.",
         [("lind", "general secretary of the Avel Dockers' Union")]),
    ],
)
def test_a_relative_clause_with_a_copula_states_the_role_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected
    assert described(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fresh-user review, session 14: "who represents X" is a verb phrase, no role title (review s20 h#18: the
        # description starts after the relative pronoun)
        ("Marguerite Okafor, who represents Dietrich Brannock, said her client had acted in good faith.",
         [("okafor", "represents Dietrich Brannock")]),
        # the review's case (02 ¶6): the hospital's "St." does not end the clause
        ("Dr. Amélie Fournier, who heads infectious diseases at St. Augustine's Hospital, said the children were recovering.",
         [("fournier", "heads infectious diseases at St. Augustine's Hospital")]),
        ("Mara Lind, who leads the dockers at the Selby terminal, called the strike.",
         [("lind", "leads the dockers at the Selby terminal")]),
        ("Helena Vos, who chairs the appeals panel, read the verdict.", [("vos", "chairs the appeals panel")]),
        # a relative clause of something else is neither
        ("Jane Rowe, who arrived on Monday, said the sale had failed.", []),
    ],
)
def test_a_relative_clause_of_leading_is_a_description_not_a_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == []
    assert described(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (06 ¶4): the role before the comma, the firm after the name
        ("\"These families trusted a product,\" said their lawyer, José Núñez of Núñez & Partners.",
         [("nunez", "lawyer (Núñez & Partners)")]),
        ("About 52,000 packs are affected, according to a spokesman for the retailer, Mara Lind.",
         [("lind", "spokesman for the retailer")]),
        ("The yard's creditors, said their counsel, Helena Vos of Kessel & Lind, would be paid last.",
         [("vos", "counsel (Kessel & Lind)")]),
        # a title before the name takes the body after it
        ("Union leader Mara Lind of the Avel Dockers' Union said the strike would go on.",
         [("lind", "union leader (Avel Dockers' Union)")]),
        # a plain list before the name is no role
        ("Present were the owners, the buyers, Jane Rowe and others.", []),
        # a role never reads across a sentence's end (dev set: "sufficient. Japan's prime minister, X")
        ("The offer was sufficient. Kestrel's mayor, Helena Vos, disagreed.", [("vos", "Kestrel's mayor")]),
        # two prepositional phrases after the role noun
        ("The port's head of operations for the north quay, Mara Lind, resigned.",
         [("lind", "port's head of operations for the north quay")]),
    ],
)
def test_a_role_before_the_comma_and_the_body_after_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def stated(text: str) -> list[tuple[str, str, str]]:
    return sorted((f.entity, f.kind, f.value) for f in annotated_in(text, ENTITIES, dt.date(2025, 10, 3)).facts
                  if f.kind != "role")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doping decision (fresh-user review s15b #9): an apposition between the subject and its copula,
        # a birth date in a participle clause, an age and a description in the complement
        ("2. The Athlete, Mr Jan van der Berg, born on 2 February 1998, is a 27-year-old Polish middle-distance "
         "runner and a member of the federation.",
         [("berg", "age", "27"), ("berg", "born", "2 February 1998"), ("berg", "description", "a Polish middle-distance runner")]),
        # a strike: an age aside, then the copula; a relative clause ends the description
        ("Mara Lind, 61, is a former welder who has led the union since 2019.",
         [("lind", "age", "61"), ("lind", "description", "a former welder")]),
        # a bankruptcy: "born in YEAR", the past copula
        ("Jane Rowe, born in 1971, was an accountant at the yard for 20 years.",
         [("rowe", "born", "1971"), ("rowe", "description", "an accountant at the yard")]),
        # a court case: the name is not the subject (another name in apposition to a phrase naming it)
        ("The lawyer for Helena Vos, Marguerite Okafor, is a partner at Kessel & Lind.",
         [("okafor", "description", "a partner at Kessel & Lind")]),
        # nor the object of a clause
        ("Mara Lind said Jane Rowe is a liar.", []),
    ],
)
def test_a_subjects_birth_date_age_and_description_after_its_copula(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the interview (s15b #9): a vocative opening a quotation, and a clause, are no description
        ("Mara Lind: \"He told me: 'Jane Rowe, the truth does not need to shout.' I will never forget that.\"", []),
        ("\"Helena Vos, the court will hear you now,\" the clerk said.", []),
        # a description with a relative clause keeps it (its finite verb is the relative clause's)
        ("Jane Rowe, a former clerk who defected to the union, spoke first.",
         [("rowe", "a former clerk who defected to the union")]),
    ],
)
def test_a_vocative_or_a_clause_is_no_description(text: str, expected: list[tuple[str, str]]) -> None:
    assert described(text) == expected

"""Review s20 (g#18, h#12, h#18): the subject of "said" before a relative clause, a
report's author, one subject for every quote of a coordinated predicate; profile facts."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.model import Alias, Entity

from conftest import person, quotes_in


def _body(eid: str, name: str, *short: str) -> Entity:
    return Entity(id=eid, kind="organisation", name=name, summary="s",
                  aliases=tuple(Alias(a) for a in (name, *short)))


ENTITIES = [
    _body("kestrel", "Kestrel Tutors Academy", "Kestrel Tutors"),
    _body("norrow", "Norrow Bank"),
    _body("grantley", "Grantley Marsh"),
    _body("dro", "Data Rights Office"),
    _body("growers", "National Growers' Union", "NGU"),
    person("okafor", "Ruth Okafor"),
    person("brennan", "Mark Brennan"),
    person("ellwood", "Catherine Ellwood"),
    person("vos", "Helena Vos"),
    Entity(id="marsh", kind="person", name="Dame Helen Marsh", summary="s",
           aliases=(Alias("Dame Helen Marsh"), Alias("Marsh", after_full_name=True))),
    person("talbot", "Andrew Talbot"),
]


def quoted(text: str) -> list[tuple[str, str]]:
    return quotes_in(text, ENTITIES, dt.date(2027, 3, 8))


@pytest.mark.parametrize(("text", "expected"), [
    # review g#18: a relative clause (with a number's thousands comma) between the body and "said"
    ('Kestrel Tutors, which has branches in four cities and charges up to 2,000 crowns a month, said in a '
     'statement that it "had no knowledge of any wrongdoing" and was cooperating with police.',
     [("kestrel", "had no knowledge of any wrongdoing")]),
    # a merger: a bank, its relative clause holding a figure
    ('Norrow Bank, which was fined 1,200,000 euros last year, said the merger was "good for every customer".',
     [("norrow", "good for every customer")]),
    # a court case: a person before a relative clause
    ('Ruth Okafor, who has run the firm since 2019 and employs 1,200 people, said the claim was "simply untrue".',
     [("okafor", "simply untrue")]),
])
def test_the_subject_before_a_relative_clause_says_the_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review g#18: "A report by X, apposition, participle, said": the report's author
    ('A report by Grantley Marsh, Norrow Bank\'s external auditors, published on Wednesday morning, said the '
     'forecast "does not include adequate provision" for the claims.',
     [("grantley", "does not include adequate provision")]),
    # a recall: a review by a regulator that found
    ('A review by the Data Rights Office, published on Monday, found that the chain had "failed its members".',
     [("dro", "failed its members")]),
    # a court case: a letter from a person, as the subject
    ('A letter from Ruth Okafor to the court said the delay was "entirely avoidable".',
     [("okafor", "entirely avoidable")]),
])
def test_a_document_by_x_that_says_quotes_x(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one who calls the report flawed is the speaker, not its author
    ('Mark Brennan said a report by the Data Rights Office was "deeply flawed".', [("brennan", "deeply flawed")]),
    # a subject of its own after the document: its words are that subject's
    ('After a report by Grantley Marsh was published, Ruth Okafor said the forecast was "far too low".',
     [("okafor", "far too low")]),
])
def test_a_document_in_another_clause_keeps_its_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review h#12: "thanked him for his "…" and said he had "…"": both the subject's
    ('In her reply to his letter, the Prime Minister, Catherine Ellwood, thanked him for his "years of dedicated '
     'service" and said he had "done the right thing".',
     [("ellwood", "years of dedicated service"), ("ellwood", "done the right thing")]),
    # a court case: a judge who praised and said
    ('The judge, Helena Vos, praised the jury for its "patience over a long trial" and said the case had been "unusually hard".',
     [("vos", "patience over a long trial"), ("vos", "unusually hard")]),
    # review h#12: a body's short form, a coordinated "but said"
    ('The NGU welcomed the order but said it had come "a week too late" for the county.',
     [("growers", "a week too late")]),
    # a merger: the bank rejected the offer but said
    ('Norrow Bank rejected the offer but said it remained "open to further talks".', [("norrow", "open to further talks")]),
])
def test_one_subject_says_every_quote_of_a_coordinated_predicate(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


def test_a_pronoun_subject_with_saying_is_the_paragraph_named_person() -> None:
    # review h#12: "She rejected his argument …, saying the guidance "…"": She = Dame Helen Marsh
    text = ('The commissioner, Dame Helen Marsh, concluded that Mr Talbot had wrongly claimed the rent. She rejected '
            'his argument that he had not known the rules, saying the guidance "could not be clearer".')
    assert quoted(text) == [("marsh", "could not be clearer")]


@pytest.mark.parametrize(("text", "expected"), [
    # a second subject in the second conjunct speaks for itself
    ('Norrow Bank rejected the offer and Mark Brennan said it was "a grave mistake".', [("brennan", "a grave mistake")]),
    # a relative clause's own reporting verb: not the main subject's
    ('Norrow Bank hired Ruth Okafor, who said the deal was "long overdue".', [("okafor", "long overdue")]),
])
def test_a_coordinated_clause_with_its_own_subject_keeps_its_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


# Profile facts (review h#18)

from builder.annotate.annotate import annotate  # noqa: E402
from builder.annotate.matcher import Matcher  # noqa: E402
from builder.model import Source  # noqa: E402
from builder.read.text import split_paragraphs  # noqa: E402

FACT_ENTITIES = [
    _body("brackley-poultry", "Brackley Poultry"),
    _body("harrowgate", "Harrowgate Chemicals", "Harrowgate"),
    _body("norrow", "Norrow Bank"),
    person("tom", "Tom Brackley"),
    person("julian", "Julian Fairbrother"),
    person("jill", "Jill Hargreaves"),
    person("okafor", "Ruth Okafor"),
    person("brannock", "Dietrich Brannock"),
    person("vos", "Helena Vos"),
]


def facts(text: str) -> list[tuple[str, str, str]]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 4, 24), paragraphs=split_paragraphs(text))
    found = annotate(src, Matcher(FACT_ENTITIES), {e.id: e for e in FACT_ENTITIES}).facts
    return sorted((f.entity, f.kind, f.value) for f in found)


@pytest.mark.parametrize(("text", "expected"), [
    # review h#18: a genitive's short form names the company
    ("The farm is operated by Brackley Poultry. \"We are devastated,\" said Brackley's managing director, Tom Brackley.",
     [("tom", "role", "managing director (Brackley Poultry)")]),
    # review h#18: "its chief executive": the company named before
    ("Harrowgate disputed suggestions that it had been slow. Julian Fairbrother, its chief executive, told the paper "
     "that booms were in the water.", [("julian", "role", "chief executive (Harrowgate Chemicals)")]),
    # a merger: "its" before the name
    ("Norrow Bank agreed the deal on Monday, its chairman, Helena Vos, said.", [("vos", "role", "chairman (Norrow Bank)")]),
    # a court case: a person's genitive stays as written (a lawyer for a person)
    ("Dietrich Brannock appeared in court. Dietrich Brannock's lawyer, Ruth Okafor, said he would appeal.",
     [("okafor", "role", "Dietrich Brannock's lawyer")]),
    # review h#18: a description starts after the relative pronoun
    ("\"We get nothing,\" said Jill Hargreaves, who runs a free-range egg farm at Staverton Green.",
     [("jill", "description", "runs a free-range egg farm at Staverton Green")]),
])
def test_a_role_takes_its_body_and_a_description_drops_its_pronoun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert facts(text) == expected


def test_its_with_no_body_before_leaves_the_role_bare() -> None:
    assert facts("Julian Fairbrother, its chief executive, said the plant would reopen.") == [
        ("julian", "role", "chief executive")]


def _quotes(text: str) -> list[tuple[str, str, str]]:
    from conftest import annotated_in

    return [(q.speaker, q.text, q.via) for q in annotated_in(text, ENTITIES, dt.date(2026, 2, 12)).quotes]


@pytest.mark.parametrize(("text", "expected"), [
    # review h#12: a spokesman for a person speaks on the person's behalf
    ('Andrew Talbot denies wrongdoing. A spokesman for Mr Talbot said the contract had been "properly declared" and "charged at a fair market rate".',
     [("talbot", "properly declared", "spokesman"), ("talbot", "charged at a fair market rate", "spokesman")]),
    # a recall: a body's spokeswoman after the quotation
    ('"We are recalling every kettle sold since May," a spokeswoman for Norrow Bank said.',
     [("norrow", "We are recalling every kettle sold since May", "spokeswoman")]),
    # a court case: a person's office
    ('Ruth Okafor\'s office said the appeal would be lodged "within the week".',
     [("okafor", "within the week", "office")]),
    # the speaker in person: no one between
    ('Andrew Talbot said the contract had been "properly declared".', [("talbot", "properly declared", "")]),
])
def test_a_spokesperson_speaks_on_the_speaker_behalf(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _quotes(text) == expected


def test_its_stands_for_the_subject_before_not_a_body_named_after_it() -> None:
    # review s20 h chemical: "The NEA said … beyond Millbrook. Its area director, X": the NEA, not Millbrook
    text = ("Norrow Bank said on Thursday that losses had spread beyond Harrowgate Chemicals. Its chairman, Helena Vos, "
            "said the bank was investigating.")
    assert facts(text) == [("vos", "role", "chairman (Norrow Bank)")]

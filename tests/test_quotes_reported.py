"""A quoted fragment inside a reported clause belongs to the subject of the reporting verb
(fresh-user review, session 14b: four clear speakers of the shipyard strike were left
unattributed). The subject can be a person or a body, and is found through a participle
clause ("X …, saying …"), an organisation's name, a generic noun phrase or "it" in a
relative clause ("which it says is …"), and verbs of judgment (ruled, found, concluded,
held that). Each case from the review has siblings from a court case and a bankruptcy;
the speakers were worked out by hand from the sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.model import Alias, Entity

from conftest import quotes_in


def _entity(eid: str, name: str, kind: str = "person", *more: str) -> Entity:
    aliases = (Alias(name), Alias(name.split()[-1], after_full_name=True)) if kind == "person" else (Alias(name),)
    return Entity(id=eid, kind=kind, name=name, aliases=aliases + tuple(Alias(a) for a in more), summary="s")


ENTITIES = [
    _entity("prys-jones", "Dafydd Prys-Jones"),
    _entity("satu", "Shipbuilding and Allied Trades Union", "organisation", "SATU"),
    _entity("kestrel", "Kestrel Yards", "organisation"),
    _entity("cac", "Central Arbitration Court", "organisation"),
    _entity("vos", "Helena Vos"),
    _entity("okafor", "Daniel Okafor"),
    _entity("varga", "Ilse Varga"),
    _entity("halden", "Halden Foods", "organisation"),
    _entity("kessel", "Kessel Bank", "organisation"),
    _entity("high-court", "Kestrel County Court", "organisation"),
    _entity("ardmore", "Port Ardmore", "place"),
]
BY_ID = {e.id: e for e in ENTITIES}


def quoted(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quotation found in `text`."""
    return quotes_in(text, ENTITIES, dt.date(2025, 4, 17))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a participle reporting clause: "X …, saying …"
        ("The Employment Minister, Dafydd Prys-Jones, on Wednesday referred the six-week strike at Kestrel Yards "
         "to the Central Arbitration Court, saying the dispute was \"now damaging the whole Ardmore economy\".",
         "prys-jones"),
        ("Judge Helena Vos adjourned the trial of Daniel Okafor until June, saying the prosecution's evidence was "
         "\"nowhere near ready for a jury\".", "vos"),
        ("Halden Foods filed for administration on Monday, adding that its suppliers would be paid \"in full and "
         "on time\".", "halden"),
        # 2. an organisation as the subject of a reporting verb
        ("SATU said the offer was still \"a cut by any other name\" with inflation at 5.2%.", "satu"),
        ("Kessel Bank said the plan was \"the best of a bad set of choices\" for creditors.", "kessel"),
        ("Halden Foods described the claim as \"without any foundation in the accounts\".", "halden"),
        # 3. "which it says is …": "it" is the body the main clause's subject stands for
        ("Kestrel Yards builds frigates.\n\nThe company has offered 3.5%, which it says is \"the most the order "
         "book can carry\".", "kestrel"),
        ("Halden Foods owes £8 million.\n\nThe company has offered creditors 20p in the pound, which it says is "
         "\"all the assets will bear\".", "halden"),
        ("Kessel Bank has offered 3.5%, which it says is \"all the assets will bear\".", "kessel"),
        ("The Kestrel County Court sat late.\n\nThe court refused the application, which it said was \"brought far "
         "too late to be fair\".", "high-court"),
        # "it" opening the sentence or after the quotation: the body that is the subject of the sentence before
        ("Kestrel Yards rejected the claim on Monday. It said the offer was \"the most the order book can "
         "carry\".", "kestrel"),
        ("Halden Foods filed for administration on Monday.\n\n\"We will pay every creditor in full,\" it said.",
         "halden"),
        ("The Kestrel County Court dismissed the appeal. \"The claim was brought far too late to be fair,\" it "
         "said.", "high-court"),
        # 4. verbs of judgment: ruled, found, concluded, held that
        ("The Central Arbitration Court ruled on 27 May that the company's offer had \"failed to keep pace with the "
         "cost of living\" at the yard.", "cac"),
        ("The Kestrel County Court found the directors had acted \"with reckless disregard for creditors\".",
         "high-court"),
        ("Judge Helena Vos held that the contract was \"void from the day it was signed\".", "vos"),
        ("The administrator, Ilse Varga, concluded that the business had been \"trading while insolvent since "
         "2023\".", "varga"),
        # after the quotation: a body's reporting clause
        ("\"The offer failed to keep pace with the cost of living,\" the Central Arbitration Court ruled.", "cac"),
        ("\"We will pay every creditor in full,\" Halden Foods said in a statement.", "halden"),
        ("\"The claim is out of time and must fail,\" said the Kestrel County Court.", "high-court"),
    ],
)
def test_a_quoted_fragment_belongs_to_the_subject_of_its_reporting_verb(text: str, expected: str) -> None:
    ((speaker, _),) = quoted(text)
    assert speaker == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person before the participle is its object: the main clause's subject speaks
        ("Kestrel Yards suspended Daniel Okafor, saying he had \"breached the code of conduct twice\".", "kestrel"),
        ("Kessel Bank sued Ilse Varga, the administrator, saying she had \"ignored every warning it gave\".",
         "kessel"),
        # a place speaks no quotation
        ("Port Ardmore said goodbye to its last trawler, \"the end of an era for the whole town\".", ""),
        # "it" after a sentence whose subject is a person or a place, or that names no one
        ("Ilse Varga wrote to the creditors. \"Nobody will be paid before the bank is,\" it said.", ""),
        ("Port Ardmore lost its last trawler. It said the closure was \"the end of an era for the town\".", ""),
        ("The letter was short. \"Nobody will be paid before the bank is,\" it said.", ""),
        # a fronted adverbial: a name in it is not the subject; a body named there leaves "the
        # company" after it unsure (the story's company, or the one just named?)
        ("Halden Foods owes £8 million.\n\nIn a letter to creditors, Kessel Bank said the plan was \"the best "
         "of a bad set of choices\".", "kessel"),
        ("Halden Foods owes £8 million.\n\nIn a statement on the Kessel Bank website, the company said the "
         "plan was \"the best of a bad set of choices\".", ""),
        ("Kestrel Yards builds frigates.\n\nIn a statement, the company said the offer was \"the most the order "
         "book can carry\".", "kestrel"),
        # "it" in a sentence whose subject is no body
        ("The report was published on Monday, which it says is \"the earliest date the law allows\".", ""),
    ],
)
def test_only_a_subject_that_can_speak_is_the_speaker(text: str, expected: str) -> None:
    ((speaker, _),) = quoted(text)
    assert speaker == expected


def test_held_without_that_reports_nothing() -> None:
    """"held talks": the quotation is the members' (whose), not the company's."""
    found = quoted("Kestrel Yards held talks with SATU, whose members have called the offer \"a cut by any other "
                   "name\".")
    assert [speaker for speaker, _ in found] in ([], [""], ["satu"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second quotation in the paragraph introduced by its own reporting clause, whose
        # speaker is unnamed, is not the first quotation's (a review of a wire dossier:
        # 'GovExec.com quotes a "Senate aide" as saying: "…"' went to the speaker before)
        ('Daniel Okafor said: "We will stay out for as long as it takes." The paper quotes a "senior manager" '
         'as saying: "The yard cannot pay what the union is asking."',
         [("okafor", "We will stay out for as long as it takes."), ("", "The yard cannot pay what the union is asking.")]),
        ('Ilse Varga said "creditors will be paid in full by the end of the year". Lawyers for the bank were '
         'quoted saying "nobody believes that figure for a moment".',
         [("varga", "creditors will be paid in full by the end of the year"), ("", "nobody believes that figure for a moment")]),
        ('Judge Helena Vos said "the case will be heard in June without fail", with one barrister telling '
         'reporters "the court has no room before the autumn".',
         [("vos", "the case will be heard in June without fail"), ("", "the court has no room before the autumn")]),
        # with nothing of its own, the second quotation is still the first one's speaker's
        ('Daniel Okafor said: "We will stay out for as long as it takes." "Nobody here wanted this strike."',
         [("okafor", "We will stay out for as long as it takes."), ("okafor", "Nobody here wanted this strike.")]),
    ],
)
def test_a_quote_with_a_reporting_clause_of_its_own_takes_no_speaker_by_continuation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quoted(text) == expected

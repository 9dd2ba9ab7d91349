"""Quotations of the fresh-user review's fraud trial (session 14c) that went to the wrong
speaker, to none, or were not recorded: a name inside a fronted prepositional phrase
taken for the subject ("Under cross-examination by Julian Brack KC, she … said"), a
paragraph ending in a reporting verb and a colon that introduces the next paragraph's
quotation, "she" after a quotation whose speaker is the centre of the sentence before,
and a short quoted fragment inside a reported clause. Each case from the trial has
siblings from a strike and a bankruptcy; the speakers were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.model import Alias, Entity

from conftest import quotes_in


def _entity(eid: str, name: str, kind: str = "person") -> Entity:
    aliases = (Alias(name), Alias(name.split()[-1], after_full_name=True)) if kind == "person" else (Alias(name),)
    return Entity(id=eid, kind=kind, name=name, aliases=aliases, summary="s")


ENTITIES = [
    _entity("chandran", "Priya Chandran"),
    _entity("brack", "Julian Brack"),
    _entity("farrow", "Desmond Farrow"),
    _entity("osei", "Amara Osei"),
    _entity("doyle", "Margaret Doyle"),
    _entity("weiss", "Jürgen Weiß"),
    _entity("ni-bhriain", "Siobhán Ní Bhriain"),
    _entity("varga", "Ilse Varga"),
    _entity("pryce", "Daniel Pryce"),
    _entity("police", "Lowmoor Police", "organisation"),
    _entity("satu", "SATU", "organisation"),
    _entity("halden", "Halden Foods", "organisation"),
]
BY_ID = {e.id: e for e in ENTITIES}


def quoted(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quotation found in `text`."""
    return quotes_in(text, ENTITIES, dt.date(2024, 5, 17))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: "she" is the speaker of the quotation the sentence before holds
        ("Recalled to the witness box, Priya Chandran said she had misread a statement. \"The figure I gave "
         "was wrong,\" she said.\n\nUnder cross-examination by Julian Brack KC, she agreed that she had "
         "signed off several of the payments herself, but said she had done so \"on Mr Farrow's instruction\".",
         [("chandran", "The figure I gave was wrong"), ("chandran", "on Mr Farrow's instruction")]),
        # a strike: a man's name in the fronted phrase, a woman speaks
        ("Siobhán Ní Bhriain spoke first. \"We will not go back for less,\" she said.\n\n"
         "After a meeting with Jürgen Weiß, she said the union would \"stay out until Christmas\".",
         [("ni-bhriain", "We will not go back for less"), ("ni-bhriain", "stay out until Christmas")]),
        # a bankruptcy: the fronted phrase names a woman, the pronoun is "he"
        ("\"Nobody will be paid before the bank is,\" Daniel Pryce said.\n\n"
         "In reply to Ilse Varga, he said the suppliers would be \"paid last, if at all\".",
         [("pryce", "Nobody will be paid before the bank is"), ("pryce", "paid last, if at all")]),
    ],
)
def test_a_name_in_a_fronted_phrase_is_not_the_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: a Markdown blockquote's marks are gone in the text as read,
        # so the next paragraph opens with the quotation
        ("Julian Brack KC, who represented Mr Farrow at Lowmoor Crown Court, said:\n\n"
         "\"My client has always maintained that every payment was approved by the committee.\"",
         "brack"),
        ("Siobhán Ní Bhriain, the general secretary of SATU, told reporters:\n\n"
         "“An independent court will see what this company has done to wages.”", "ni-bhriain"),
        ("In a letter to creditors, Ilse Varga wrote:\n\n"
         "«Nobody will be paid before the bank is, and the bank will not be paid in full.»", "varga"),
    ],
)
def test_a_paragraph_ending_in_a_reporting_verb_and_a_colon_introduces_the_next(text: str, expected: str) -> None:
    ((speaker, _),) = quoted(text)
    assert speaker == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the sentence before is all quotation, in Osei's words, and
        # names Farrow inside it
        ("Amara Osei said: «Desmond Farrow abused the trust placed in him. Every pound he took was meant "
         "for their schools.»\n\nShe added that the investigation by Lowmoor Police had been "
         "«essential to bringing this case to court».", "osei"),
        ("Siobhán Ní Bhriain said: “Jürgen Weiß has never met a welder. He never will.”\n\n"
         "She added that the strike would go on “as long as it takes to win”.", "ni-bhriain"),
        ("Daniel Pryce said: \"Ilse Varga has done her best for us. She was given no money.\"\n\n"
         "He added that the creditors would \"get pennies in the pound\".", "pryce"),
    ],
)
def test_a_pronoun_after_a_quotation_stands_for_its_speaker(text: str, expected: str) -> None:
    assert quoted(text)[-1][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: a fronted adverbial, then "she said" and a two-word fragment
        ("The council's leader, Margaret Doyle, attended the hearing. Outside court she said the "
         "authority had \"cooperated fully\" with Lowmoor Police and had tightened its controls.",
         ("doyle", "cooperated fully")),
        ("Jürgen Weiß spoke to reporters. After the vote he said the offer was \"final and fair\" and "
         "left the building.", ("weiss", "final and fair")),
        ("Halden Foods' administrator, Ilse Varga, met the creditors. Later she said the sale had "
         "\"gone badly\" for the suppliers.", ("varga", "gone badly")),
    ],
)
def test_a_quoted_fragment_in_a_reported_clause_is_recorded(text: str, expected: tuple[str, str]) -> None:
    assert quoted(text) == [expected]


def test_a_relative_clause_keeps_its_own_subject() -> None:
    """The pronoun opens the clause, but the reporting verb is a relative clause's, whose
    subject is unnamed: no speaker rather than a wrong one."""
    text = ("Daniel Pryce spoke first.\n\nAfter the hearing, he met the union's lawyer, who said the ruling "
            "was \"a disgrace to this court\".")
    assert quoted(text) == [("", "a disgrace to this court")]


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes of one word, and a fragment with no reporting verb, stay unrecorded
        "Jürgen Weiß said the \"reform\" would cost jobs.",
        "The so-called \"rescue plan\" for Halden Foods failed in March.",
    ],
)
def test_scare_quotes_are_not_quotations(text: str) -> None:
    assert quoted(text) == []

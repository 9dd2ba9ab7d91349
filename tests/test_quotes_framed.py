"""Quotations completing a verb that frames them, short quotations ending a reported
sentence, a pronoun subject some words before the quotation, and the comma that joins a
quotation to its reporting clause (fresh-user review, session 10, finding M1). Each case
from the review's port strike has siblings from a court case and a bankruptcy; the
speakers were worked out by hand from the sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.model import Alias, Entity

from conftest import person as _person
from conftest import quotes_in

ENTITIES = [
    _person("okafor", "Daniel Okafor"),
    _person("fairbanks", "Aileen Fairbanks"),
    _person("lowe", "Gareth Lowe"),
    _person("vos", "Helena Vos"),
    _person("varga", "Ilse Varga"),
    _person("pryce", "Owen Pryce"),
    Entity(id="meridian", kind="organisation", name="Meridian Terminals", aliases=(Alias("Meridian Terminals"),), summary="s"),
    Entity(id="halden", kind="organisation", name="Halden Foods", aliases=(Alias("Halden Foods"),), summary="s"),
]
BY_ID = {e.id: e for e in ENTITIES}


def quoted(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quotation found in `text`."""
    return quotes_in(text, ENTITIES, dt.date(2025, 3, 4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (01 ¶3): a role set off before the name, "called" X "…"
        ('Its chief executive, Daniel Okafor, called the walkout "premature and damaging to the whole region".',
         [("okafor", "premature and damaging to the whole region")]),
        # (03 ¶3): "called on" both sides to "…", with a title and a day between
        ('Transport Minister Aileen Fairbanks on Thursday called on both sides in the dispute to '
         '"put the national interest first" and accept mediation.',
         [("fairbanks", "put the national interest first")]),
        # (03 ¶5): "accused" the minister of "…"
        ('The opposition\'s transport spokesman, Gareth Lowe, accused the minister of "hiding behind the mediator".',
         [("lowe", "hiding behind the mediator")]),
        # a court case: the judge "described" a claim as "…"
        ('Judge Helena Vos described the claim as "an abuse of the process of this court".',
         [("vos", "an abuse of the process of this court")]),
        # a bankruptcy: the administrator "urged" creditors to "…", "vowed" to "…"
        ('The administrator, Ilse Varga, urged creditors to "accept the offer while it stands".',
         [("varga", "accept the offer while it stands")]),
        ('Owen Pryce vowed to "fight the closure in every court in the land".',
         [("pryce", "fight the closure in every court in the land")]),
    ],
)
def test_a_framing_verb_gives_the_quotation_to_its_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the person named before a framing verb is its object, not its subject
        'Ilse Varga sent condolences to the family of Owen Pryce and described him as "a giant of the trade".',
        'The court heard from Helena Vos; the defence then described her evidence as "wholly unreliable from the start".',
    ],
)
def test_a_framing_verb_further_on_is_not_the_last_named_persons(text: str) -> None:
    ((speaker, _),) = quoted(text)
    assert speaker not in ("pryce", "vos")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (05 ¶4): a three-word quotation ending the reported sentence, then a second one
        ('Daniel Okafor, chief executive of Meridian Terminals, said the deal was "expensive but fair". '
         'Okafor said it would take "at least three weeks" to clear the backlog.',
         [("okafor", "expensive but fair"), ("okafor", "at least three weeks")]),
        # a court case and a bankruptcy
        ('Judge Helena Vos said the appeal was "wholly without merit".', [("vos", "wholly without merit")]),
        ('Ilse Varga said the bid was "too little".', [("varga", "too little")]),
    ],
)
def test_a_short_quotation_ending_a_reported_sentence_is_speech(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes: no speaker, or not closing the sentence
        'The so-called "green" jobs never came.',
        'Halden Foods sold its "premium" range to a rival on Monday.',
        'Ilse Varga said the "premium" range would be sold.',
        # a quoted name or title, headline-cased with no clause in it (fresh-user review s15a #12): a recall's
        # product after a genitive, a strike's ship, a court case's report at the sentence's end
        'Ilse Varga said the recall covered about 48,000 packs of Halden Foods\' "Tendre de Bresse" cheese.',
        'Gareth Lowe said the crew of the ship "Northern Star" had not been paid since May.',
        'Judge Helena Vos said she had read the report "Lessons Unlearned".',
    ],
)
def test_scare_quotes_stay_out(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (07 ¶4): "He said it would take "…"" right after the person
        ('Daniel Okafor, chief executive of Meridian Terminals, said the deal was "expensive but fair". '
         'He said it would take "at least three weeks" to clear the backlog.',
         [("okafor", "expensive but fair"), ("okafor", "at least three weeks")]),
        # a court case: "She later called it "…""
        ('Judge Helena Vos adjourned the hearing. She later called the delay "regrettable but unavoidable".',
         [("vos", "regrettable but unavoidable")]),
        # a bankruptcy: "he said" opening the sentence with a clause before the quotation
        ('Owen Pryce met the lenders on Monday. He said the talks had been "constructive and frank".',
         [("pryce", "constructive and frank")]),
    ],
)
def test_a_pronoun_subject_before_the_quotation_is_the_last_person_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases (02 ¶3, 04 ¶4): the comma joining the quotation to "said"
        ('"We can hold them at anchor for a few days, not for weeks," Daniel Okafor said.',
         [("okafor", "We can hold them at anchor for a few days, not for weeks")]),
        ('"Six per cent is not an offer, it is an insult," said Gareth Lowe.',
         [("lowe", "Six per cent is not an offer, it is an insult")]),
        # the speaker's own full stop, question mark and ellipsis stay
        ('"Who will pay the creditors?" Ilse Varga asked.', [("varga", "Who will pay the creditors?")]),
        ('Judge Helena Vos said: "The hearing is adjourned."', [("vos", "The hearing is adjourned.")]),
        ('"We waited, and waited…" Owen Pryce said.', [("pryce", "We waited, and waited…")]),
        # headline-cased, but a clause (a pronoun, a finite auxiliary): words said, not a name
        ('Owen Pryce said the banner read "We Are Owed".', [("pryce", "We Are Owed")]),
    ],
)
def test_the_joining_comma_is_not_part_of_the_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected

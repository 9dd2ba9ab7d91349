"""Who said it (review s21: j.md #2, #8 third bullet; i.md #9 first and third bullets).

- A trailing "she said" after "His mother, Susan Ashworth, said …" is hers (the noun her
  name is apposed to agrees with the pronoun), never a man named in an earlier paragraph;
  after an unnamed "His mother said …" it is no one named.
- "A Halvorsen spokesperson said", "a council spokeswoman said": the body named by the
  spokesperson noun's premodifier speaks.
- "X chief executive Y resigned. In a statement, the company said": the company that opens
  the sentence just before, not the story's most named body.

Each review case is rewritten as a small invented sentence with siblings from a court
case, a recall and a merger, and cases that must not change; speakers worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.model import Alias, Entity

from conftest import annotated_in, quotes_in


def _entity(eid: str, name: str, kind: str = "person") -> Entity:
    aliases = (Alias(name), Alias(name.split()[-1], after_full_name=True)) if kind == "person" else (Alias(name),)
    return Entity(id=eid, kind=kind, name=name, aliases=aliases, summary="s")


PEOPLE = [
    _entity("keller", "Sheriff Keller"),
    _entity("ashworth", "Daniel Ashworth"),
    _entity("susan", "Susan Ashworth"),
    _entity("reed", "Tom Reed"),
    _entity("vos", "Helena Vos"),
]


def speakers(text: str, entities: list[Entity]) -> list[str]:
    return [s for s, _ in quotes_in(text, entities, dt.date(2026, 10, 17))]


SON_ONLY = [e for e in PEOPLE if e.id != "susan"]


@pytest.mark.parametrize(
    ("text", "expected", "entities"),
    [
        # the review's case: the mother, named in the paragraph, not the sheriff before it
        ('Ashworth had fallen, Sheriff Keller said. "He made all the right decisions," Keller said.\n\n'
         'His mother, Susan Ashworth, said the family were "beyond grateful". "We were starting to lose hope. '
         'Today we got our son back," she said.', ["keller", "susan", "susan"], PEOPLE),
        # the same when only her son is registered: her surname is no longer his (sharedsurnames,
        # names21), so her words have no speaker, never the son's nor the sheriff's
        ('Daniel Ashworth was found. He had fallen, Sheriff Keller said. "He made all the right decisions," '
         'Keller said.\n\nHis mother, Susan Ashworth, said the family were "beyond grateful". "We were starting '
         'to lose hope. Today we got our son back," she said.', ["keller", ""], SON_ONLY),
        # a court case: the widow unnamed; "she" is no one named before
        ('Tom Reed was jailed on Friday. "Justice has been done," said his lawyer, Helena Vos.\n\n'
         'His widow said the family would appeal. "We will keep fighting for him," she said.', ["vos", ""], PEOPLE),
        # a recall: "he" after an unnamed father is not the chief executive named before
        ('Tom Reed recalled the cots on Monday. "Safety comes first," Reed said.\n\n'
         'The boy\'s father said the recall came too late. "We warned them a year ago," he said.', ["reed", ""], PEOPLE),
        # must not change: a paragraph that names no one continues the speaker before
        ('Tom Reed recalled the cots on Monday. "Safety comes first," Reed said.\n\n'
         '"We will refund every customer in full," he said.', ["reed", "reed"], PEOPLE),
        # must not change: the pronoun agrees with the paragraph's own subject
        ('Tom Reed spoke first. "We tried," Reed said.\n\nHelena Vos said the deal was fair. '
         '"It was a good price for both," she said.', ["reed", "vos"], PEOPLE),
    ],
)
def test_a_pronoun_stays_in_its_paragraph_and_agrees_with_the_apposed_noun(
    text: str, expected: list[str], entities: list[Entity]
) -> None:
    assert speakers(text, entities) == expected


BODIES = [
    _entity("halvorsen", "Halvorsen Interactive", "organisation"),
    Entity(id="halv", kind="organisation", name="Halvorsen", aliases=(Alias("Halvorsen"),), summary="s"),
    _entity("council", "Wendshire County Council", "organisation"),
    _entity("court", "Kestrel County Court", "organisation"),
    _entity("brandt", "Brandt Motors", "organisation"),
    _entity("nordhavn", "Nordhavn AG", "organisation"),
    _entity("reed", "Tom Reed"),
]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the review's case: the body's name before "spokesperson"
        ('The figure covers only full-time staff, the sources said. A Halvorsen spokesperson said the company '
         '"does not comment on speculation" and stood by it.', BODIES, [("halv", "spokesperson")]),
        # the review's bridge case: a lower-case head noun, the source naming no council:
        # the dossier's only council
        ('Engineers now believe repairs could cost more. A council spokeswoman said it was "too early to put a '
         'figure on the work" and that was that.', BODIES, [("council", "spokeswoman")]),
        # a court case, after the quotation
        ('The hearing was adjourned. "The parties need more time to prepare," a court spokesman said.', BODIES,
         [("court", "spokesman")]),
        # a recall: the full name, "the company" head noun ("a company spokeswoman": the company named)
        ('Brandt Motors recalled 40,000 cars. "No injuries have been reported so far," a company spokeswoman said.',
         BODIES, [("brandt", "spokeswoman")]),
        # a merger: the name before the noun, after the quotation
        ('"We have made our final offer for the yard," a Nordhavn AG spokesman said on Monday.', BODIES,
         [("nordhavn", "spokesman")]),
        # must not change: "a spokeswoman for X"
        ('A spokeswoman for Brandt Motors said the cars were "safe to drive".', BODIES, [("brandt", "spokeswoman")]),
        # must not change: two councils in the dossier and none named in the source: no one
        ('Repairs could cost more. A council spokeswoman said it was "too early to put a figure on the work".',
         [*BODIES, _entity("town", "Brackmoor Town Council", "organisation")], [("", "")]),
        # must not change: a place's name before the noun is no body's voice
        ('"We have nothing to add at this stage," a Selby Haven spokesman said.',
         [_entity("selby", "Selby Haven", "place")], [("", "")]),
    ],
)
def test_a_premodified_spokesperson_speaks_for_that_body(
    text: str, entities: list[Entity], expected: list[tuple[str, str]]
) -> None:
    assert [(q.speaker, q.via) for q in annotated_in(text, entities, dt.date(2026, 1, 22)).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" after "A council spokeswoman said …": the council, not a councillor named before
        ('Tom Reed met traders on Monday. "We hear you," Reed said.\n\nRepairs could cost more. A council '
         'spokeswoman said the work had begun. "It is too early to put a figure on the work," she said.',
         ["reed", "council"]),
        # a court case: "He said" after "a court spokesman said"
        ('Helena Vos gave evidence on Monday.\n\nThe hearing was adjourned. A court spokesman said the judge was ill. '
         'He said the case would resume "as soon as possible".', ["court"]),
        # must not change: "he" is no spokeswoman; the person named in the paragraph before speaks
        ('Repairs could cost more. A council spokeswoman said the work had begun. Tom Reed disagreed. '
         '"It is far too slow," he said.', ["reed"]),
    ],
)
def test_a_pronoun_after_a_premodified_spokesperson_is_the_body(text: str, expected: list[str]) -> None:
    assert speakers(text, [*BODIES, _entity("vos", "Helena Vos")]) == expected


SHIP = [
    _entity("star", "Carra Star", "organisation"),
    _entity("ferries", "Brannock Ferries", "organisation"),
    _entity("skyline", "Skyline Airways", "organisation"),
    _entity("valcor", "Valcor Aerospace", "organisation"),
    _entity("holt", "Maren Holt"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the operator that opens the sentence before, not the most named body
        ('The Carra Star sank. The Carra Star was carrying 300 people. The Carra Star was raised on Monday.\n\n'
         'Brannock Ferries chief executive Maren Holt resigned on Friday. In a statement, the company said she had '
         'stepped down "to allow the company to focus on the inquiry".', ["ferries"]),
        # a merger: the buyer just named as the sentence's subject
        ('Skyline Airways agreed the deal. Skyline Airways will keep its name. Skyline Airways shares rose.\n\n'
         'Valcor Aerospace chairman Maren Holt stepped down on Friday. The company said she had left "on good terms".',
         ["valcor"]),
        # must not change: a body named as an object is no centre; "the company" is the most named
        ('Skyline Airways grounded its fleet. Skyline Airways hired Valcor Aerospace. The company said it would fly '
         '"by Friday at the latest".', ["skyline"]),
        # must not change: a body named in the paragraph before, far back, yields to the most named
        ('Skyline Airways grounded its fleet. Skyline Airways cancelled 40 flights. Valcor Aerospace made the '
         'engines, which were checked at length by inspectors from three agencies over the whole of the weekend at '
         'the hangars in the north of the country, where more than fifty staff worked in shifts.\n\n'
         'The company said it would fly again "by Friday at the latest".', ["skyline"]),
    ],
)
def test_the_company_is_the_body_opening_the_sentence_before(text: str, expected: list[str]) -> None:
    assert speakers(text, SHIP) == expected

"""A courtesy title between a role and a name (fresh-user review s15b c#15, a hospital
ransomware attack, invented): "chief executive Dr Niamh Ó Súilleabháin" has the role "chief
executive", not "chief executive Dr"; "our medical director, Dr Rajesh Venkataraman" has
the role "medical director" (the honorific no longer blocks it). Siblings from a court case,
a bankruptcy and a strike; values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def _person(eid: str, name: str) -> Entity:
    return Entity(id=eid, kind="person", name=name, aliases=(Alias(name), Alias(name.split()[-1])), summary="s")


ENTITIES = [_person("niamh", "Niamh Ó Súilleabháin"), _person("rajesh", "Rajesh Venkataraman"),
            _person("adaeze", "Adaeze Nwachukwu-Barnes"), _person("vos", "Helena Vos"), _person("lind", "Tomas Lind"),
            _person("hayes", "Owen Hayes")]
BY_ID = {e.id: e for e in ENTITIES}


def roles(text: str) -> list[tuple[str, str]]:
    src = Source("s0", "s0.txt", text, "s0", published=dt.date(2024, 10, 7), paragraphs=split_paragraphs(text))
    return [(f.entity, f.value) for f in annotate(src, Matcher(ENTITIES), BY_ID).facts if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases
        ('"We had to act," chief executive Dr Niamh Ó Súilleabháin told reporters.', [("niamh", "chief executive")]),
        ("A critical incident was declared and our medical director, Dr Rajesh Venkataraman, took command.",
         [("rajesh", "medical director")]),
        ("Information Commissioner Dr Adaeze Nwachukwu-Barnes said last month that it was bad.",
         [("adaeze", "Information Commissioner")]),
        # a court case, a bankruptcy, a strike: "Mrs", "Prof.", "Mr" between
        ("The presiding judge, Mrs Helena Vos, adjourned the case.", [("vos", "presiding judge")]),
        ("Administrator Prof. Tomas Lind said debts were high.", [("lind", "administrator")]),
        ("Their general secretary, Mr Owen Hayes, called the strike.", [("hayes", "general secretary")]),
        # an honorific alone is no role
        ("Dr Owen Hayes said the strike would go on.", []),
    ],
)
def test_an_honorific_between_a_role_and_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected

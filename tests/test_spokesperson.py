"""A spokesperson's words (fresh-user pass s13, finding 8): "A spokeswoman for X said"
makes X's quote and claim X's own, through its spokesperson, and is evidence that X is an
organisation, not a person ("reporting verb after the name"); "'…,' the spokesman said"
after "A spokesman for X said …" earlier in the paragraph is X's, not unattributed.
Cases from a strike, a bankruptcy and a court case; values worked out by hand."""

from __future__ import annotations

import pytest
from test_discovery import suggestions

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def _entity(eid: str, name: str, kind: str) -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=(Alias(name),), summary="s")


ENTITIES = [
    _entity("union", "Harbour Workers Union", "organisation"),
    _entity("bank", "Kessel Kreditbank", "organisation"),
    _entity("court", "Kestrel County Court", "organisation"),
    _entity("ridley", "Tom Ridley", "person"),
]
BY_ID = {e.id: e for e in ENTITIES}


def speakers(text: str) -> list[tuple[str, str]]:
    src = Source("s", "s.txt", text, "s", paragraphs=split_paragraphs(text))
    return [(q.text, q.speaker) for q in annotate(src, Matcher(ENTITIES), BY_ID).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike: the union's on-record correction, "the spokesman" named in the sentence before
        ("Pickets stood at the gate.\n\nA spokesman for the Harbour Workers Union said on Tuesday the earlier "
         "figure had included contract staff. \"The figure was the plant's headcount, not our membership. We got "
         "that wrong and we have corrected it,\" the spokesman said.",
         [("The figure was the plant's headcount, not our membership. We got that wrong and we have corrected it",
           "union")]),
        # a bankruptcy: a creditor's spokeswoman, the quote after her
        ("Talks went on.\n\nA spokeswoman for Kessel Kreditbank said the bank \"remains in constructive dialogue\" "
         "with the company.",
         [("remains in constructive dialogue", "bank")]),
        # a court case: the role after the quote names the body
        ("The hearing was adjourned.\n\n\"We will study the ruling with care and respond in time,\" a spokesman "
         "for the Kestrel County Court said.",
         [("We will study the ruling with care and respond in time", "court")]),
        # a person named in the paragraph is not displaced by a spokesperson of another body
        ("Tom Ridley spoke at the gate.\n\n\"We are here until they answer us today,\" Tom Ridley said. A spokesman "
         "for Kessel Kreditbank declined to comment.",
         [("We are here until they answer us today", "ridley")]),
    ],
)
def test_a_spokespersons_words_are_the_bodys(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


def test_a_spokeswoman_for_x_makes_x_an_organisation() -> None:
    found = suggestions(
        "Coldmere Glass filed for administration.\n\nA spokeswoman for Rheinfeld Kreditbank said the bank "
        "\"remains in constructive dialogue\" with the company.",
        "Workers walked out on Monday.\n\nA spokesman for Brantwood Haulage said the lorries would wait.",
    )
    assert (found["Rheinfeld Kreditbank"].kind, found["Brantwood Haulage"].kind) == ("organisation", "organisation")

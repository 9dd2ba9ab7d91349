"""A quotation whose speaker is a generic noun phrase after it ('"…," the company said'):
the body of that kind the story names before it (fresh-user review, session 14b: the
shipyard strike's quotes "…," the company said were left without a speaker). Each case
has siblings from a bankruptcy and a court case; speakers worked out by hand."""

from __future__ import annotations

import pytest
from test_quotes_pronouns import _entity, dt

from conftest import quotes_in

ENTITIES = [
    _entity("kestrel", "Kestrel Yards", "organisation"),
    _entity("nordhavn", "Nordhavn AG", "organisation"),
    _entity("satu", "Shipbuilding and Allied Trades Union", "organisation"),
    _entity("court", "Central Arbitration Court", "organisation"),
    _entity("brannock", "Brannock Holdings", "organisation"),
    _entity("strachan", "Fiona Strachan"),
]
BY_ID = {e.id: e for e in ENTITIES}


def quoted(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quotation found in `text`."""
    return quotes_in(text, ENTITIES, dt.date(2025, 4, 17))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the review's case: "the company", the story's most named company
        ('Kestrel Yards raised its offer on Monday. Kestrel Yards is owned by Nordhavn AG.\n\n'
         '"We have gone as far as we can go with this offer," the company said.', "kestrel"),
        # the union, with words after the verb
        ('Members of the Shipbuilding and Allied Trades Union rejected the offer.\n\n'
         '"We will stay out until the yard pays what it owes," the union said in a statement.', "satu"),
        # a court case: "the court", an adverb before the verb
        ('The Central Arbitration Court sat on Thursday. "The parties have not yet made their full case," '
         "the court said firmly.", "court"),
        # a bankruptcy: "the firm"
        ('Brannock Holdings filed for administration on Friday. "Every creditor will be treated fairly," the firm said.',
         "brannock"),
        # no body of that kind named: no speaker ("the minister" is no body)
        ('Fiona Strachan met the union\'s negotiators. "We will not go back to the table," the minister said.', ""),
    ],
)
def test_a_generic_body_after_a_quote_is_the_body_named_before(text: str, speaker: str) -> None:
    assert [s for s, _ in quoted(text)] == [speaker]

"""An organisation named, in a figure's clause, only by a generic noun phrase ("the
company", "the union", "the firm"): the organisation that phrase stands for, so that
"The company owes suppliers £8 million" is a debt of the company named before it.

Source: English news usage (a definite description with an organisation's generic head
word refers back to the organisation last named with it; "the company" and "the firm"
to the last company named). Nothing is guessed where the source names none before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from .namewords import GENERIC_HEADS

_ANY_COMPANY = frozenset("company firm corporation group".split())
"""Generic nouns any company answers to, whatever its name's head word ("the company"
after "Vantmoor Construction Ltd")."""
_THE_NOUN = re.compile(r"(?<![\w’'])[Tt]he\s+(" + "|".join(sorted(GENERIC_HEADS | _ANY_COMPANY)) + r")\b(?!\s+(?:of|for)\b|[’'])")
"""A definite generic noun phrase ("The company", "the union"), not "the union of X" (a
name's start) nor a possessive ("the company's chairman")."""


_OWES = re.compile(
    r"(?:[’']s?)?\s+(?:(?:still|now|already|reportedly|allegedly)\s+)?(?:owes|owed|owe)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?"
)
"""Between a debtor's name and the amount: "Marlow & Penn owes £8 million", "Vantmoor
still owes suppliers about £8 million"."""


def debtor(text: str, start: int, s: int, earlier: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The organisation or party that owes the amount of money at `start`: the one named
    as the subject of "owes" right before it in the sentence from `s` ("Marlow & Penn
    owes £8 million in unpaid wages"), else the one "the company" stands for
    (`generic_owner`). `earlier`: the source's mentions before the amount, in text
    order. "" when neither is found. Source: English syntax (the subject of "owe" is
    the debtor)."""
    for m in reversed(earlier):
        if m.end < s:
            break
        entity = entities.get(m.entity)
        if entity is not None and entity.kind in ("organisation", "party") and _OWES.fullmatch(text, m.end, start):
            return entity.id
    return generic_owner(text, start, s, earlier, entities)


def generic_owner(text: str, start: int, s: int, earlier: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The entity id a generic noun phrase ("the company", "the union") stands for when
    it is the last such phrase between the sentence's start `s` and the figure at
    `start`, and no organisation or party is named between it and the figure: the
    organisation or party named last before it in the source (`earlier`: the source's
    mentions before the figure, in text order) whose name carries the noun as a word
    ("the union" -> "Harbour Workers Union"), or, for "the company", "the firm", "the
    corporation" and "the group", the organisation named last. "" when the clause has no
    such phrase or nothing fits."""
    phrases = list(_THE_NOUN.finditer(text, s, start))
    if not phrases:
        return ""
    phrase = phrases[-1]
    noun = phrase.group(1).lower()
    for m in reversed(earlier):
        entity = entities.get(m.entity)
        if entity is None or entity.kind not in ("organisation", "party"):
            continue
        if m.start >= phrase.start():
            return ""  # "The company owes Kessel Bank £8 million": the clause names one
        if noun in (w.lower() for w in entity.name.split()) or (noun in _ANY_COMPANY and entity.kind == "organisation"):
            return entity.id
    return ""

"""Which organisation or party of the dossier a definite description names ("the
bureau" -> "Food Safety & Inspection Bureau", "the election authority" -> "National
Election Committee", "the company" -> the company the source names most), and the
bodies named before a sentence that it may refer back to (`Bodies`). Used by `claimants`
for who states a figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from . import antecedents

BODIES = ("organisation", "party")
"""Kinds of entity a definite description ("the bureau") may name."""
_DEFINITE = re.compile(r"\s*(?:the|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)\s*$", re.I)
"""A definite description as a subject: "the bureau", "the retail chain", "its parent
company" (the last word is the head noun)."""


def singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


LOOK_BACK = 60
"""Organisation and party mentions searched back for a definite description's referent."""


def named_by(words: Sequence[str], bodies: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The most recent organisation or party in `bodies` (the last `LOOK_BACK`) that a
    definite description's `words` name, or "": its name ends in the description's head
    noun ("the bureau": "Food Safety & Inspection Bureau"), or else a word before the
    head is a word of its name ("the election authority": "National Election Committee")."""
    head = singular(words[-1])
    modifiers = {w.lower() for w in words[:-1] if w.lower() not in SMALL}
    recent = bodies[-LOOK_BACK:]
    for m in reversed(recent):
        for name in (entities[m.entity].name, m.text):
            named = re.findall(r"[\w’'-]+", name)
            if named and singular(named[-1]) == head:
                return m.entity
    if modifiers:
        for m in reversed(recent):
            if modifiers & {w.lower() for w in re.findall(r"[\w’'-]+", entities[m.entity].name)}:
                return m.entity
    # "the guild" -> "Guild of Court Reporters" (the noun heads a name with a postmodifier),
    # "the company" -> the company the source names most (`antecedents`: a definite
    # description refers back to the body it fits, Huddleston & Pullum 2002, ch. 5)
    fitting = [m for m in recent if antecedents.fits(head, entities[m.entity])]
    if not fitting:
        return _registered(head, modifiers, [m.entity for m in recent], entities) if modifiers else ""
    return antecedents.salient(fitting) if head in antecedents.ANY_COMPANY else fitting[-1].entity


def _registered(head: str, modifiers: set[str], recent: Sequence[str], entities: dict[str, Entity]) -> str:
    """The one body a description with modifiers ("the harbor authority", "the bankrupt
    department store chain") names that the source has not named before it: among the
    bodies named before, the one whose summary's first clause has the head noun and a
    modifier ("Department store chain founded in 1934" for "the bankrupt department store
    chain"); else among every registered body, the one whose name ends in the head and has
    a modifier ("Halverton Harbor Authority"), or whose summary does as above; "" when none
    or more than one fits. A definite description refers to a referent the reader can
    identify, from the text or from what the dossier says of it (Huddleston & Pullum 2002,
    ch. 5 on definiteness); two that fit leave it unknown."""
    mods = {singular(w) for w in modifiers}

    def summarised(e: Entity) -> bool:
        words = {singular(w) for w in re.findall(r"[\w’'-]+", e.summary.split(",")[0])}
        return head in words and bool(mods & words)

    def named(e: Entity) -> bool:
        words = [singular(w) for w in re.findall(r"[\w’'-]+", e.name)]
        return bool(words) and words[-1] == head and bool(mods & set(words[:-1]))

    near = {i for i in recent if summarised(entities[i])}
    if len(near) == 1:
        return near.pop()
    bodies = [e for e in entities.values() if e.kind in BODIES]
    for fits in (named, summarised):
        found = {e.id for e in bodies if fits(e)}
        if len(found) == 1:
            return found.pop()
    return ""


SMALL = frozenset("the its their this that a an of for and new national federal state".split())


def definite(clause: str, entities: dict[str, Entity], bodies: Sequence[Mention], whole: bool = True) -> str | None:
    """The organisation a definite description names ("the bureau"), "" when it names
    none, or None when `clause` is no definite description."""
    mt = _DEFINITE.fullmatch(clause) if whole else _DEFINITE.match(clause)
    if not mt:
        return None
    words = re.findall(r"[\w’'-]+", clause[mt.start() : mt.end()])[1:]  # without the determiner
    return named_by(words, bodies, entities)


class Bodies:
    """The organisations' and parties' mentions of one source, for `claimant`."""

    def __init__(self, mentions: Sequence[Mention], entities: dict[str, Entity]) -> None:
        self.mentions = [m for m in mentions if entities.get(m.entity) and entities[m.entity].kind in BODIES]
        self.starts = [m.start for m in self.mentions]

    def before(self, s: int) -> Sequence[Mention]:
        """Those before offset `s` (at most the last `LOOK_BACK`), in text order."""
        end = bisect_left(self.starts, s)
        return self.mentions[max(0, end - LOOK_BACK) : end]


def previous_subject(text: str, s: int, clause: str, bodies: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The body that opens the sentence before `s` (its subject: "Halvorsen Interactive,
    which owns the studio, said …") when `clause` is a generic company noun ("the
    company", `antecedents.ANY_COMPANY`) that fits it, else "". The subject of the
    utterance before is the preferred antecedent of a definite description that follows
    (centering theory's ranking of forward-looking centres, subject first: Grosz, Joshi
    and Weinstein 1995), ahead of the body the source names most (`named_by`), which may be
    the place the story is about ("The company says 118 of those jobs are at Greyfell")."""
    mt = _DEFINITE.fullmatch(clause)
    if not mt or mt.group(1).lower() not in antecedents.ANY_COMPANY or not bodies:
        return ""
    start = max(text.rfind(". ", 0, s - 2) + 2, text.rfind("\n", 0, s - 1) + 1)
    first = next((m for m in bodies if m.start >= start), None)
    if first is None or first.start >= s or text[start : first.start].strip(" \"“'‘"):
        return ""
    return first.entity if antecedents.fits(mt.group(1).lower(), entities[first.entity]) else ""


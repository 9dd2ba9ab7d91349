"""Surnames shared by relatives: which registered person a surname or a given name written
beside another person's names refers to (`matcher.resolve`'s rules for people).

A registered surname after another given name is the last word of that other person's
full name ("Susan Ashworth" for a registered "Daniel Ashworth": `another_given_name`); a
given name before "and", another given name and the surname names its person ("Graham and
Susan Ashworth": `shared_surname`). Relatives named in full beside the person the story
is about are the usual case in news of a missing person, a victim or a defendant.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Entity
from . import gazetteer
from .namewords import COMMON, TITLES, dictionary_word

if TYPE_CHECKING:
    from .matcher import Hit


def given_names(entity: Entity) -> frozenset[str]:
    """The first words of a person's aliases of two words or more, lower case, titles
    left out ("Daniel" of "Daniel Ashworth"): the given names it is written with."""
    if entity.kind != "person":
        return frozenset()
    result = set()
    for text in (entity.name, *(a.text for a in entity.aliases)):
        words = [w.lower() for w in text.split() if w.lower().rstrip(".") not in TITLES]
        if len(words) >= 2:
            result.add(words[0])  # "Tom" of "Sheriff Tom Keller"
    return frozenset(result)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"”][ \u00a0]+|\n[ \u00a0]*)$")
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \u00a0]$")


def another_given_name(text: str, hit: Hit) -> bool:
    """Whether a person's surname alias is written right after a given name that is none of
    that person's ("Susan Ashworth", "Graham and Susan Ashworth" for a registered "Daniel
    Ashworth"): the last word of another person's full name, a relative's as often as not,
    so no mention of the registered one (a full name is one referring expression, its
    surname no short form of another's: MUC-7 named entity guidelines, the longest name is
    the mention; AP Stylebook, "names": relatives sharing a surname are each named in full).
    A nickname of the person's own given name ("Danny" of "Daniel":
    `gazetteer.same_given_name`), a title ("Sheriff Ashworth"), a common word ("On",
    "So": `namewords.COMMON`) and an English word opening a sentence ("Even Ashworth",
    "Will Ashworth": WordNet, `dictionary_word`) are not another name."""
    if not hit.claims or not all(c.given for c in hit.claims):
        return False
    m = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if m is None:
        return False
    word = m.group(1).lower()
    if not gazetteer.given_name(word) or word in TITLES or word in COMMON:
        return False
    if dictionary_word(word) and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) is not None:
        return False  # "Even Ashworth", "Hope Ashworth" opening a sentence: an English word
    return not any(word == g or gazetteer.same_given_name(word, g) for c in hit.claims for g in c.given)


def shared_surname(text: str, hit: Hit) -> str:
    """The one person whose given name (a short form: the first word of the name) is
    written before "and", another given name and that person's surname ("Graham and Susan
    Ashworth" for "Graham Ashworth"): English names two relatives so, both by the
    surname written once (Quirk et al. 1985, 13.60: coordination of the first parts of
    two noun phrases sharing a head); "" when none."""
    people = {c.entity for c in hit.claims if c.kind == "person" and c.name.split()[0] == c.form and " " in c.name}
    if len(people) != 1:
        return ""
    claim = next(c for c in hit.claims if c.entity in people)
    after = re.match(r"[ \u00a0]and[ \u00a0][A-Z][a-z]+[ \u00a0]([A-Z][\w’'-]+)", text[hit.end : hit.end + 60])
    return claim.entity if after and after.group(1) == claim.name.split()[-1] else ""

"""What a source itself says of a named person's gender, for the pronoun that can stand
for them ("he", "she"; a helper of `speakers`).

English marks a person's sex in a closed class of nouns of masculine and feminine gender,
the kinship pairs "husband/wife", "father/mother", "son/daughter", "brother/sister" and
their like, and in the courtesy titles "Mr/Mrs/Ms", "Sir/Dame", "Lord/Lady" (Quirk et
al. 1985, ch. 5, nouns and determiners: gender). Such a noun right before a name ("Her
husband, Juan Pablo de la Cruz"; "whose wife Nguyễn Thị Hương"; "Mrs Okafor"), heading
an apposition right after it ("Valentina Gómez, 19, the daughter of …"), or heading the
registry's summary of the person ("Husband of …"; "Daughter, 19, of …") tells that
person's gender where the given name does not (`pronouns.genders`: "Juan" is also a
Chinese given name of either sex in gender-guesser's list). Closed classes only; no
topic words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity

FEMININE = frozenset(
    "wife widow mother daughter sister grandmother granddaughter stepmother stepdaughter aunt niece "
    "girlfriend fiancée bride mrs ms miss dame lady madam mme".split())
MASCULINE = frozenset(
    "husband widower father son brother grandfather grandson stepfather stepson uncle nephew "
    "boyfriend fiancé groom mr sir lord".split())
_WORDS = "|".join(sorted(FEMININE | MASCULINE, key=len, reverse=True))
_BEFORE = re.compile(r"(?<![\w’'-])(" + _WORDS + r")\.?,?\s+$", re.I)
"""A gendered noun or title right before a name: "her husband, ", "whose wife ", "Mrs "."""
_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:the|his|her|their|its|a|an|[A-Z][\w’'-]*[’']s)\s+(?:(?!of\b|for\b|to\b|with\b)[a-z-]+\s+){0,2}?("
    + _WORDS + r")\b")
"""An apposition after a name headed by a gendered noun: ", 19, the daughter of", ", his wife,"."""
_SUMMARY = re.compile(r"^(" + _WORDS + r")\b|\b(" + _WORDS + r")\s+of\b", re.I)
"""A registry summary that calls the person a gendered noun: "Daughter, 19, of …", "…; husband of …"."""


def _gender(word: str) -> str:
    low = word.lower()
    return "f" if low in FEMININE else "m" if low in MASCULINE else ""


_HEADING = re.compile(r"(?<![\w’'-])(" + _WORDS + r")\.?,?\s+(?-i:(?:[A-Z][\w’'-]+\s+){0,2})$", re.I)
"""A gendered noun or title before a name whose given names the mention may not cover:
"His mother, Susan " before "Ashworth"."""


def heading(text: str, m: Mention) -> str:
    """The gender ("m", "f") of the noun or title that heads the noun phrase the name `m`
    stands in apposition to or after ("His mother, Susan Ashworth"; "Mrs Okafor"), also
    when the mention covers only the name's last words; "" when none. A pronoun that
    continues that noun phrase agrees with its head noun, whatever the name's given name
    suggests (Quirk et al. 1985, ch. 5 on gender, ch. 17 on apposition)."""
    before = _HEADING.search(text, max(0, m.start - 48), m.start)
    return _gender(before.group(1)) if before else ""


_MARKED = {"spokeswoman": "f", "spokesman": "m", "policewoman": "f", "policeman": "m"}
"""Role nouns whose ending marks their holder's sex ("-woman", "-man"; Quirk et al. 1985,
ch. 5: gender-marked compounds); a name is not cued by them ("chairman" is used of women
too, and is left out)."""
_OPENING = re.compile(r"\s*(?:His|Her|Their|The|An?|[A-Z][\w’'-]*[’']s)\s+(?:[a-z][\w’'-]*\s+){0,2}?("
                      + _WORDS + "|" + "|".join(_MARKED) + r")\b(?![’'-])", re.I)
"""A sentence opening with a noun phrase headed by a gendered noun: "His mother", "The
victim's widow", "Her elder brother", "A council spokeswoman"."""


def opening(text: str, start: int, end: int) -> str:
    """The gender ("m", "f") of the gendered noun heading the noun phrase that opens the
    sentence text[start:end] ("His mother said the family were …"), or "". A personal
    pronoun in the next sentence continues that subject, named or not (Grosz, Joshi and
    Weinstein 1995, centering: the subject is the preferred centre)."""
    mt = _OPENING.match(text, start, end)
    return (_gender(mt.group(1)) or _MARKED.get(mt.group(1).lower(), "")) if mt else ""


def cues(text: str, people: Sequence[Mention], entities: dict[str, Entity]) -> dict[str, frozenset[str]]:
    """Each person's gender ("m" or "f", as a one-element set) where the source or the
    registry's summary says it (see the module's docstring) and says only one; people
    with no cue, or with cues of both, are left out."""
    found: dict[str, set[str]] = {}
    for m in people:
        before = _BEFORE.search(text, max(0, m.start - 24), m.start)
        after = _AFTER.match(text, m.end, min(len(text), m.end + 80))
        own = text[m.start : m.end].split(None, 1)[0].rstrip(".")
        for word in (before.group(1) if before else "", after.group(1) if after else "", own):
            if _gender(word):
                found.setdefault(m.entity, set()).add(_gender(word))
    for eid in {m.entity for m in people}:
        entity = entities.get(eid)
        summary = _SUMMARY.search(entity.summary) if entity is not None and entity.summary else None
        if summary and _gender(summary.group(1) or summary.group(2)):
            found.setdefault(eid, set()).add(_gender(summary.group(1) or summary.group(2)))
    return {eid: frozenset(g) for eid, g in found.items() if len(g) == 1}

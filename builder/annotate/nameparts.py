"""The parts of a name besides its capitalised words, and the tests of a person's name:
the particles of surnames (Romance, Germanic, Arabic, Gaelic), post-nominal letters and
generational suffixes after a name, a given name opening two or three capitalised words,
two given names sharing one surname ("Lorraine and Gene Atwater"), and the surname
written alone after the full name (`surname`). `nameruns` and `namesplit` read them to
gather and cut capitalised runs; `kinds`, `discover` and `referents` to tell a person's
name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import gazetteer
from .namewords import ORG_HEADS, PLACE_HEADS, STYLE_POSSESSIVES, STYLES, TITLES, is_acronym, is_head

PARTICLES = frozenset("der den de du da di do dos das van von al la le el il lo".split())
"""Articles and particles that begin a name when written with a capital ("Der Spiegel",
"Le Monde", "De Beers", "Van Gogh", "Al Jazeera"); in lower case they stay connectors
("Ludwig van Beethoven" keeps it inside, and it never begins a name)."""

INNER_PARTICLES = frozenset("de del della di da du la le van von der den ter bin ibn".split())
"""Particles written in lower case inside a person's name, before the surname ("Ana de la
Vega", "Jan van der Berg", "Ahmed bin Said"; as name parsers such as nameparser list
them)."""
PARTICLES_FIRST = frozenset("de del della di da du la le van von der den".split())
"""Of those, the ones that may open a surname written without the given name ("… van der
Berg said"): not "bin", "ibn", "ter", which need the given name before them. ("do",
"dos", "das" are left out of both: "Why do Kessel workers strike".)"""

GAELIC_PARTICLES = frozenset("ó ní nic mac mag uí ua mhic".split())
"""Particles that open an Irish or Scottish Gaelic surname, written with a capital and
apart from it: "Ó" and "Mac" ("son of"), "Ní" and "Nic" (a daughter's form), "Uí" and
"Mhic" (a wife's, after "Bean"), "Ua", "Mag" ("Donnchadh Ó Ceallaigh", "Siobhán Ní
Bhriain"; field data: Irish and Scottish Gaelic naming as the Wikipedia article "Irish
name" describes it). A surname opening with one is a person's, and stands for the full
name written before it ("Ní Bhriain said")."""
PERSON_PARTICLES = GAELIC_PARTICLES | frozenset("bin ibn bint binti von van ter".split())
"""Particles inside a name that say it is a person's (`kinds.own_words`): the Gaelic ones,
Arabic "bin", "ibn", "bint" ("son / daughter of") and Germanic "von", "van", "ter" in
lower case ("Ahmed bin Said", "Jan van der Berg"). Not the Romance "de", "da", "la",
"del", which also join the names of places and firms ("Rio de Janeiro", "Banco de
Chile")."""


POSTNOMINALS = frozenset("kc qc sc mp mep msp mla td obe cbe mbe kbe dbe frs phd".split())
"""Letters after a person's name for an office or honour ("Thomas Reid KC", "Ana Ferreira
MP", "Jo Hart OBE"; field data: British and Commonwealth usage): cut from the name, which
is the person's without them."""
_FELLOWSHIP = re.compile(r"F(?:[A-Z][a-z]{0,3}){1,3}")
"""The letters of a learned society's fellowship ("FREng", "FRCP", "FMedSci", "FRSE"):
"F" for Fellow, then the society's initials (Debrett's forms of post-nominal letters)."""


def postnominal(word: str) -> bool:
    """Whether a word after a person's name is post-nominal letters (`POSTNOMINALS`, a
    fellowship's letters): "Anthony Reeve FREng" is Anthony Reeve."""
    return word.lower() in POSTNOMINALS or bool(_FELLOWSHIP.fullmatch(word))


OFFICE_LETTERS = frozenset("mp mep msp mla".split())
"""Of those, the letters of an elected office, written also before the holder's name as a
title ("Local MP Sarah Quinlan", "Labour MEP Ana Ferreira"; field data: British and Irish
usage)."""
SUFFIXES = frozenset("jr sr ii iii iv".split())
"""Generational suffixes after a surname ("Jr.", "Sr.", "III"): part of the person's name, never one alone."""


def surname_particles(words: list[str], x: int, y: int) -> bool:
    """Whether `words[x:y]` opens with a surname's particles ("van der Berg", "Van der
    Berg", "de la Vega"): a particle (capitalised or not), then lower-case particles
    (`INNER_PARTICLES`) up to a capitalised word, with at least two particles when the
    first is capitalised (a lone "Van" or "De" opening a sentence is left to the dossier)."""
    first = words[x].lower()
    if first not in INNER_PARTICLES or (words[x][0].isupper() and first not in PARTICLES_FIRST):
        return False
    j = x + 1
    while j < y and words[j] in INNER_PARTICLES:
        j += 1
    if j >= y or not words[j][0].isupper():
        return False
    return words[x].islower() or j - x >= 2


def person_named(words: list[str], lows: list[str], x: int, y: int) -> bool:
    """Whether `words[x:y]` is a person's name: a given name, then one or two capitalised
    words, none an acronym or a head word of a body or place."""
    return (
        2 <= y - x <= 3 and gazetteer.given_name(lows[x])
        and all(w[0].isupper() and not is_acronym(w) for w in words[x:y])
        and not any(is_head(w, ORG_HEADS) or is_head(w, PLACE_HEADS) for w in lows[x:y])
    )


def person_split(
    parts: list[tuple[int, int, list[str]]], cut_at: Callable[[int, int, list[str]], int | None], cue: str,
) -> list[tuple[int, int, list[str]]]:
    """`parts` (word start, word end, cues) with each part that `cut_at` cuts at word k
    split in two: the words before k keep the part's cues, a person from k on gets `cue`."""
    split: list[tuple[int, int, list[str]]] = []
    for x, y, cues in parts:
        k = cut_at(x, y, cues)
        split += [(x, y, cues)] if k is None else [(x, k, cues), (k, y, [cue])]
    return split


SHARED_SURNAME = "person:a given name sharing the surname after 'and'"
"""The cue of "Lorraine" in "Lorraine and Gene Atwater": two people, the surname written once."""


def shared_surname(first: str, second: str) -> bool:
    """Whether "FIRST and SECOND" names two people who share one surname, written once
    after the second given name ("Lorraine and Gene Atwater", "Ana and Tomas Brandt"): a
    given name alone, then a given name and one or two more words. English coordinates
    the given names of a couple or siblings so (Chicago Manual of Style, 8.x on personal
    names; news usage: "Mr and Mrs"' plain-name form)."""
    words = second.split()
    return (
        " " not in first and gazetteer.given_name(first.lower()) and 2 <= len(words) <= 3
        and gazetteer.given_name(words[0].lower()) and all(w[0].isupper() and not is_acronym(w) for w in words)
        and not any(is_head(w.lower(), ORG_HEADS) or is_head(w.lower(), PLACE_HEADS) for w in words)
    )


def surname(name: str) -> str:
    """A person's surname as it is written alone after the full name: the name's last word,
    with the particles before it ("de la Vega", "Ní Bhriain", "van der Berg"), honorifics,
    post-nominal letters and a generational suffix aside ("Her Honour Judge Helena
    Marchetti" -> "Marchetti", "Martin Luther King Jr." -> "King"); "" for a name of one
    word or one written wholly in capitals or in a script without them."""
    words = name.split()
    while words and words[0].lower().rstrip(".") in TITLES | STYLES | STYLE_POSSESSIVES:
        words.pop(0)  # "Her Honour Judge Helena Marchetti"; not "King" of "Martin Luther King"
    while words and (words[-1].lower().rstrip(".") in SUFFIXES or postnominal(words[-1])):
        words.pop()
    if len(words) < 2 or name.isupper() or not any(c.isupper() for c in name):
        return ""
    k = len(words) - 1
    while k > 1 and (words[k - 1] in INNER_PARTICLES or words[k - 1].lower() in GAELIC_PARTICLES):
        k -= 1
    return " ".join(words[k:])

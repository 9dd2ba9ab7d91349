"""Which named person a personal pronoun ("he", "she") before or after a quotation can
stand for, or none.

"he" and "she" stand only for a person (Quirk et al. 1985, ch. 6, pronouns and numerals:
the personal pronouns of the third person singular are of personal, masculine or
feminine, gender), and, in a text, for the subject of the sentence before rather than any
other name (the subject is the preferred centre, Grosz, Joshi and Weinstein 1995,
centering theory). So: the subject of the sentence before, when it is a person whose
given name allows the pronoun; when that subject is named but is no person (an
organisation, a place, or a person that name discovery typed as something else), the
pronoun is left without a speaker (a wrong speaker is worse than none); else (no named
subject, or a person the pronoun cannot mean) the last person named, when the given name
allows the pronoun. A given name allows "he" unless gender-guesser's list (the
`gender-guesser` package's `nam_dict.txt`, already a dependency for name discovery) has
it only as a woman's, and "she" alike; a name the list does not have, or has for both,
allows either.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from . import verbs
from .namewords import TITLES

_GENDER_OF = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, frozenset[str]]:
    """gender-guesser's list of given names (lower case) with the gender codes of their
    lines ("M", "1M", "?M", "F", "1F", "?F", "?"), read on first use: about 0.08 s (the
    list's own parse, and `gazetteer`'s for discovery, cost 0.27 s)."""
    import importlib.resources

    table = (importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    codes: dict[str, set[str]] = {}
    for code, name in re.findall(r"(?m)^([?1]?[MF]?)[ \t]+(\S+)", table):
        codes.setdefault(name.lower(), set()).add(code)
    return {name: frozenset(found) for name, found in codes.items()}


@functools.lru_cache(maxsize=1 << 10)
def genders(given: str) -> frozenset[str]:
    """The genders ("m", "f") gender-guesser's list gives a given name, as written or
    without its accents ("Siobhán" -> "Siobhan"); both when it has none. A name the list
    marks "mostly" one gender ("?M") or unisex ("?") allows both."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", given) if not unicodedata.combining(c))
    for form in dict.fromkeys((given.lower(), bare.lower())):
        codes = _codes().get(form)
        if codes:
            if codes <= {"M", "1M"}:
                return frozenset("m")
            if codes <= {"F", "1F"}:
                return frozenset("f")
            return frozenset("mf")
    return frozenset("mf")


def allows(pronoun: str, entity: Entity) -> bool:
    """Whether "he" or "she" (`pronoun`, any case) can stand for `entity`: a person whose
    given name (the first word of the name that is no title) is not only the other
    gender's."""
    if entity.kind != "person":
        return False
    gender = _GENDER_OF.get(pronoun.lower())
    words = [w for w in entity.name.split() if w.lower().rstrip(".") not in TITLES]
    if gender is None or len(words) < 2:
        return True
    return gender in genders(words[0])


_MODIFIES = re.compile(r"(?:[’']s|(?<=s)[’'])?\s+(?:(?!(?:of|for|and|or|but|at|in|with|to|by|from|on|as|than)\s|[a-z]+ed\s)[\w’'.-]+\s+){0,3}|"
                       r"(?:[’']s|(?<=s)[’'])\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+")
"""Between a name and the name that heads the noun phrase it begins: the nouns of a
premodifier ("CNRP spokesman Yem Ponhearith", "Kestrel Yards chief executive Fiona
Strachan") or a possessive and the head it determines, set off in apposition ("Rainsy's
wife, Tioulong Saumura"; a plural's bare apostrophe alike, "Halden Foods' administrator,
Ilse Varga"): the later name is the phrase's head (Quirk et al. 1985, ch. 17,
the complex noun phrase: premodification, the genitive, apposition). Not a preposition's
object ("Siobhán Ní Bhriain of SATU"), a second conjunct, nor an object after a past
form in "-ed" that `verbs` cannot tell from a noun ("Kessel Bank sued Ilse Varga": a
word of four letters is too short for `tense.is_past`)."""


_FRONTED = re.compile(
    r"\s*(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ff]or|[Ff]rom|[Ww]ith|[Ww]ithout|[Uu]nder|[Ss]ince|[Ff]ollowing"
    r"|[Dd]espite|[Bb]y|[Aa]mid|[Aa]mong|[Oo]ver|[Tt]hrough|[Ww]ithin|[Aa]gainst|[Ww]hen|[Ww]hile|[Aa]s|[Aa]lthough"
    r"|[Tt]hough|[Bb]ecause|[Ii]f|[Oo]nce|[Uu]ntil|[Uu]nless)\s[^,;:“”\"]{1,120}?,\s+"
)
"""A fronted adverbial before the main clause: a prepositional phrase or a subordinate
clause set off by a comma ("In a statement on the Airbus website, the company said"; "After
Okafor spoke, Vos said"): a name inside it is not the sentence's subject (Quirk et al.
1985, ch. 8, adverbials, on their initial position)."""


def clause_start(text: str, start: int, end: int) -> int:
    """Where the main clause of the sentence text[start:end] starts: after a fronted
    adverbial (`_FRONTED`), else at `start`."""
    fronted = _FRONTED.match(text, start, end)
    return fronted.end() if fronted else start


def sentence_subject(text: str, start: int, end: int, mentions: Sequence[Mention]) -> Mention | None:
    """The name that is the subject of the sentence text[start:end]: the first of its names
    (`mentions`: those in the sentence, in text order) with no finite verb before it in
    the sentence's main clause (`clause_start`: "Siobhán Ní Bhriain of SATU welcomed", "The
    Employment Minister, Dafydd Prys-Jones, on Wednesday referred", "In a letter to Okafor,
    Vos said"; not "The board fired Owen Pryce"), or the name heading the noun phrase that
    one begins (`_MODIFIES`); None when the sentence has no such name or the first only
    determines an unnamed head ("Rainsy's wife said")."""
    start = clause_start(text, start, end)
    inside = [m for m in mentions if start <= m.start < end]
    if not inside or verbs.has_finite(text[start : inside[0].start]) or ";" in text[start : inside[0].start]:
        return None
    k = 0
    while k + 1 < len(inside) and _MODIFIES.fullmatch(text, inside[k].end, inside[k + 1].start) and not verbs.has_finite(
            text[start : inside[k + 1].start]):  # with the name before it, "Kessel Bank sued" has its verb
        k += 1
    if k == 0 and _POSSESSIVE.match(text, inside[0].end):
        return None
    return inside[k]


_POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?!\w)")
"""A genitive's ending: "'s", or a bare apostrophe after a plural's "s" ("Halden Foods'")."""


def speaker(pronoun: str, subject: Mention | None, last: Mention | None, entities: dict[str, Entity]) -> str:
    """The person `pronoun` ("he", "she") stands for: `subject` is the name that is the
    subject of the sentence before the pronoun's (`sentence_subject`), `last` the last
    person named before the pronoun. "" when it can stand for neither (see the module's
    docstring)."""
    entity = entities.get(subject.entity) if subject is not None else None
    if entity is not None and (entity.kind != "person" or allows(pronoun, entity)):
        return entity.id if entity.kind == "person" else ""
    return last.entity if last is not None and allows(pronoun, entities[last.entity]) else ""

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
from . import genders as cues
from . import verbs
from .namewords import TITLES

_GENDER_OF = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GENDER_OF = _GENDER_OF
"""For `speakers`: each personal pronoun's gender."""


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


def allows(pronoun: str, entity: Entity, known: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether "he" or "she" (`pronoun`, any case) can stand for `entity`: a person whose
    gender as the source tells it (`known`: `genders.cues`), else whose given name (the
    first word of the name that is no title), is not only the other gender's."""
    if entity.kind != "person":
        return False
    gender = _GENDER_OF.get(pronoun.lower())
    if gender is not None and known and entity.id in known:
        return gender in known[entity.id]
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
_FRONTED_PARTICIPLE = re.compile(r"\s*(?!(?:Noth|Someth|Everyth|Anyth)ing\b)([A-Z][a-z]{2,}ing\s+[a-z][^,;:“”\"]{0,120}?),\s+")
"""A fronted participle clause ("Giving evidence in his action against the Clarion, Mr
Avery said": a supplementive clause, Quirk et al. 1985, ch. 15): an -ing word and a
lower-case word after it ("Sterling Ratings cut" is a name), with no finite verb before
the comma (a participle clause is nonfinite)."""


_APPOSED_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+(?:[a-z]+(?:ed|en)\b[^,;:“”\"]{0,80},\s+)?")
"""After a fronted adverbial: a name in apposition to its last noun ("In a letter to the
university's president, Robert Ansah, ") and a participle phrase after it ("released by
his lawyer on Friday, ")."""
_NAMED_SUBJECT = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+(?:\w+ly\s+)?[a-z]+")
"""A name and the word after it, which must be a finite verb: "Costa-Whitby said"."""


def clause_start(text: str, start: int, end: int) -> int:
    """Where the main clause of the sentence text[start:end] starts: after a fronted
    adverbial (`_FRONTED`) or participle clause (`_FRONTED_PARTICIPLE`), else at `start`. A name in apposition to the adverbial's last
    noun, and a participle phrase after it, belong to the adverbial when a name and its
    finite verb follow them ("In a letter to the president, Robert Ansah, released by his
    lawyer on Friday, Costa-Whitby said": Costa-Whitby's clause; apposition, Quirk et al.
    1985, ch. 17); not "In Paris, Vos, the minister, said" (Vos is the subject)."""
    fronted = _FRONTED.match(text, start, end)
    if not fronted:
        fronted = _FRONTED_PARTICIPLE.match(text, start, end)
        if not fronted or verbs.has_finite(fronted.group(1)):
            return start
    apposed = _APPOSED_NAME.match(text, fronted.end(), end)
    if apposed:
        subject = _NAMED_SUBJECT.match(text, apposed.end(), end)
        if subject and verbs.has_finite(subject.group(0).split()[-1]):
            return apposed.end()
    return fronted.end()


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
    if _in_aside(text, start, inside[0]):
        return None  # "Farrow & Lyle, the law firm representing Raghunathan, said": an unnamed subject's aside
    k = 0
    while k + 1 < len(inside) and _MODIFIES.fullmatch(text, inside[k].end, inside[k + 1].start) and not verbs.has_finite(
            text[start : inside[k + 1].start]):  # with the name before it, "Kessel Bank sued" has its verb
        k += 1
    if k == 0 and _POSSESSIVE.match(text, inside[0].end):
        return None
    if k == 0 and OBJECT_OF_HEAD.search(text, start, inside[0].start):
        # "The father of Trần Văn Đức, the youngest victim, said": the name is a
        # preposition's object in the subject's noun phrase, whose head is unnamed, unless a
        # name in apposition renames the head ("The leader of Brackenford City Council,
        # Cllr Margaret Thorne, apologised")
        renamed = inside[1] if len(inside) > 1 and _RENAMED.fullmatch(text, inside[0].end, inside[1].start) else None
        return renamed if renamed is not None and _CLOSES.match(text, renamed.end) else None
    return inside[k]


OBJECT_OF_HEAD = re.compile(r"[A-Za-z][\w’'-]*\s+(?:of|for|at|from|with|to)\s+(?:the\s+)?$")
"""Before a name: a noun phrase's head and a preposition whose object the name is ("The
father of ", "The former head of treasury at ", "A lawyer for "): the name post-modifies
the head, which is the clause's subject (Quirk et al. 1985, ch. 17, the complex noun
phrase: postmodification by prepositional phrases)."""
IN_PARENTHETICAL = re.compile(
    r"[^,;:“”\"]*[A-Za-z][^,;:“”\"]*,\s+(?:the|a|an|its|his|her|their|who|which|whose)\b[^,;:“”\"]*")
"""Before a name: a subject and the opening of an apposition or a relative clause set off
by a comma ("Farrow & Lyle, the law firm representing "): the name is inside the aside,
not the clause's subject (English punctuation of non-restrictive modifiers)."""


def modifies_head(text: str, start: int, m: Mention) -> bool:
    """Whether the name `m`, in a clause that starts at `start`, is no subject of the
    clause's verb but part of its subject's noun phrase: a preposition's object after the
    head ("The father of X", `OBJECT_OF_HEAD`), a genitive that determines the head ("X's
    solicitors, said"), or a name inside an aside after the subject ("Farrow & Lyle, the
    law firm representing X, said", `IN_PARENTHETICAL`)."""
    lead = text[start : m.start]
    if OBJECT_OF_HEAD.search(lead) and not re.search(r"[,;:]", lead):
        return True
    if _POSSESSIVE.match(text, m.end):
        return True
    return _in_aside(text, start, m)


def _in_aside(text: str, start: int, m: Mention) -> bool:
    """Whether the name `m` stands inside an aside set off by commas after the subject of
    a clause that starts at `start` (`IN_PARENTHETICAL`, and a comma after the name)."""
    return bool(IN_PARENTHETICAL.fullmatch(text, start, m.start)) and bool(_CLOSES.match(text, m.end))


_RENAMED = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,2}")
"""Between a preposition's object and a name in apposition to the head: ", " and a title."""
_CLOSES = re.compile(r"\s*,")


_POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?!\w)")
"""A genitive's ending: "'s", or a bare apostrophe after a plural's "s" ("Halden Foods'")."""


def speaker(
    pronoun: str, subject: Mention | None, earlier: Sequence[Mention], entities: dict[str, Entity],
    known: dict[str, frozenset[str]] | None = None, text: str = "", paragraph: int = -1,
) -> str:
    """The person `pronoun` ("he", "she") stands for: `subject` is the name that is the
    subject of the sentence before the pronoun's (`sentence_subject`), `earlier` the people
    named before the pronoun, in text order; `known` the genders the source tells
    (`genders.cues`). The subject when the pronoun can stand for it; else the last person
    named whom it can (the agreement filter before recency), passing over at most
    `_PASSED` people it cannot stand for and any name inside a "whose" relative clause
    ("Long, whose wife Hương died on the bus, spoke": the clause's name is no centre of
    the text, Grosz, Joshi and Weinstein 1995). The subject also when the noun its name
    is apposed to agrees with the pronoun ("His mother, Susan Ashworth, said …" and
    "she", `genders.heading`). Once it has passed over a person named in its own
    paragraph (which starts at `paragraph`), it takes no one from an earlier
    one: a paragraph opens a discourse segment, whose own centre the pronoun continues
    (Grosz and Sidner 1986, attention, intentions and the structure of discourse).
    "" when it can stand for none (see the module's docstring)."""
    entity = entities.get(subject.entity) if subject is not None else None
    if entity is not None and (entity.kind != "person" or allows(pronoun, entity, known) or (
            subject is not None and text and cues.heading(text, subject) == _GENDER_OF.get(pronoun.lower()))):
        return entity.id if entity.kind == "person" else ""
    passed: set[str] = set()
    for m in reversed(earlier):
        if m.start < paragraph and any(p.start >= paragraph for p in earlier if p.entity in passed):
            break  # a person of the pronoun's own paragraph it cannot stand for: no one from before
        if allows(pronoun, entities[m.entity], known) and not _WHOSE.search(text, max(0, m.start - 60), m.start):
            return m.entity
        passed.add(m.entity)
        if len(passed) > _PASSED:
            break
    return ""


_PASSED = 2
"""How many people a pronoun may pass over, back from itself, to the one it agrees with."""
_WHOSE = re.compile(r",\s+whose\s+(?:[\w’'-]+\s+){0,3}$")
"""A name in a "whose" relative clause: ", whose wife "."""

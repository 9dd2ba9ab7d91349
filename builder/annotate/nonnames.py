"""Groups of discovered names that name nothing of their own, which `discover.group_names`
leaves out: a land's nationality adjective ("Corvenian" beside "Corvenia", `lands`), a
measure's or a law's name ("Consumer Price Index", "Penal Code"), a term written with
capitals ("Maintenance, Repair and Overhaul"), a name's plural ("two Valdors"), and a lone
capitalised word with nothing to say it is a name (`worth_keeping`: a sentence's first
word, a label, a cry, a common noun that "the" always determines), a fragment of a
registered name (`fragment`).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Dossier
from . import gazetteer, wordclass
from .kindphrases import PORTFOLIO
from .namecues import DETERMINED, EXCLAIMED, LABEL, LOWER_THE, PREMODIFIER
from .namewords import (
    EVENT_HEADS,
    LAW_HEADS,
    MEASURE_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    demonym_of,
    dictionary_word,
    is_acronym,
    is_head,
)
from .occurrences import Found, normal

LAND = "place:its people's adjective is written"
"""The cue of a name whose nationality adjective the dossier writes ("Corvenia" beside "Corvenian")."""


def lands(found: Found) -> set[str]:
    """A single-word name whose nationality adjective the dossier also writes before a
    noun ("Corvenia" and "Corvenian government bond yields", "Vestland" and "Vestlandish
    farmers") names a land, a place: English makes such adjectives of countries and
    regions by suffixes (-n, -an, -ian, -ese, -i, -ish: Quirk et al. 1985, App. I.37,
    "nationality words"), so the pair says what the gazetteer, for a place it lacks,
    cannot. A name called a person anywhere ("Maria" beside "Marian") is left alone.
    Returns the adjectives' keys: as a gazetteer country's adjective, one is no name of its
    own nor of the land (CoNLL-2003's MISC, OntoNotes' NORP)."""
    adjectives = set()
    for key, name in found.names.items():
        if " " in name or is_acronym(name) or any(c.startswith("person:") for c in found.cues[key]):
            continue
        stem = name[:-1] if name[-1] in "aeiouy" else name
        for adjective in {name + "n", name + "an", name + "ian", stem + "an", stem + "ian", name + "ese", stem + "ese", name + "i", name + "ish"}:
            adj = normal(adjective)
            if adj != key and adj in found.forms and found.cues[adj][PREMODIFIER]:
                found.cues[key][LAND] += 1
                adjectives.add(adj)
                break
    return adjectives


PROSE_CODES = frozenset(("us", "uk"))
"""Two-letter country codes English prose writes as the country's name ("US", "UK";
dotted forms such as "U.S." are names too). Any other code seen once, with nothing
said of it, is taken for another abbreviation ("TV", "CD", "BS")."""


def term(forms: Counter[str]) -> bool:
    """Whether a name's forms of several words are all made of common English words
    (`wordclass.common_word`: "Maintenance, Repair and Overhaul", "Server Message Block"),
    none in capitals ("PC World" is a title), with no head word of a body, place or event ("Government Accountability Office",
    "Harbour Pilots Union" are names): with nothing but an acronym to say it is a name
    (`discover.group_names`), a term written with capitals, as technical and business English
    writes its terms."""
    long = [f for f in forms if " " in f]
    words = [w.strip(",.") for f in long for w in f.split() if w.strip(",.").lower() not in ("and", "of", "the", "for", "&")]
    return bool(long) and all(
        wordclass.common_word(w) and not is_acronym(w) and not any(is_head(w.lower(), h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS))
        for w in words
    )


def plural_of_another(name: str, forms: dict[str, Counter[str]]) -> bool:
    """"Valdors", "Kessels": one word, not a gazetteer place, that is another name
    found in the dossier with "s" or "es" added."""
    if " " in name or gazetteer.key(name) in gazetteer.places() or not name.endswith("s"):
        return False
    return normal(name[:-1]) in forms or (name.endswith("es") and normal(name[:-2]) in forms)


def measure(name: str) -> bool:
    """"Consumer Price Index", "Avel Composite": a name of two or more words headed by a
    measure's head word (`names.MEASURE_HEADS`)."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in MEASURE_HEADS


EXAM_HEADS = frozenset("test tests exam exams examination examinations".split())
"""Head words of an examination's name ("the University Aptitude Test", "the Bar Exam")."""
RULE_HEADS = frozenset("standards rules guidelines principles".split())
"""Head words of a named set of rules before its "of"-phrase ("the Guaranteed Standards of
Performance", "the Rules of Procedure", "the Principles of Public Life")."""


def law(name: str) -> bool:
    """"Health and Safety at Work Act", "Penal Code": a name of two or more words headed
    by a law's head word (`namewords.LAW_HEADS`), an examination's (`EXAM_HEADS`) or a set
    of rules' before "of" (`RULE_HEADS`): the head noun says what the name names (Quirk et
    al. 1985, 17.4). A law, a test or a code of rules is no person, organisation or place: it
    gets no profile (its words are still searchable in the sources)."""
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else ""
    return len(words) >= 2 and (words[-1] in LAW_HEADS | EXAM_HEADS or head in RULE_HEADS)


def worth_keeping(name: str, cues: Counter[str], inner: int, common: frozenset[str], total: int = 0) -> bool:
    """A group of one name: kept unless nothing says a lone capitalised word is a name.
    `total`: its occurrences."""
    last = name.split()[-1]
    if total and cues[PORTFOLIO] >= total:
        return False  # "Director of Highways and Transport", "Transport Correspondent": a title's field, no body
    if total and " " in name and cues[PREMODIFIER] >= total and (
        any(gazetteer.key(name[:-k]) in gazetteer.places() for k in (1, 2))
        or (demonym_of(last) and not any(is_head(last.lower(), h) for h in (PLACE_HEADS, ORG_HEADS, EVENT_HEADS)))
    ):
        # "head of North American quality", "Southeast Asian nation": a place's adjective
        # (the place's name and a suffix, or ending in a nationality adjective) before its
        # noun, as "Norwegian" is ("the Atlantic Ocean in June" is the ocean's name)
        return False
    if total and " " in name and cues[DETERMINED] >= total and not cues[PREMODIFIER] and term(Counter({name: 1})):
        return False  # "its 17-character Vehicle Identification Number": common words after "its" or "a", a term
    if total and " " in name and cues[LABEL] >= total and all(dictionary_word(w) for w in re.split(r"[\s-]+", name)):
        return False  # "Media Contact: …", "Media contact: …": English words written only as a form's label
    if " " in name or is_acronym(name):
        return True  # several capitalised words, or an acronym ("WHO recommends"), is a name
    place = gazetteer.places().get(gazetteer.key(name), "")
    if demonym_of(name) or (wordclass.adjective_only(name) and not place):
        return False  # "Norwegian dock workers"; "Congressional lawmakers", "the 3D Digital mock-up"
    # a city or region named like a common word ("Central", "Reading") counts only where
    # it is not opening a sentence, or when the dossier never writes the word in lower case
    # a title after it says a body only where the word is no English word or is found
    # inside a sentence too: "Local MP Sarah Quinlan said", opening a sentence, is no
    # organisation "Local" ("Kessel CEO Tomas Brandt said" keeps "Kessel")
    before_title = inner > 0 or not wordclass.common_word(name)
    strong = bool(place) and (place not in ("city", "region") or inner > 0 or name.lower() not in common) or any(
        c.startswith(("person:after", "person:age", "organisation:", "place:after", LAND))
        and (before_title or not c.startswith("organisation:before '"))
        for c in cues
    )
    if strong:
        return True
    if total and cues[EXCLAIMED] >= total:
        return False  # "— Marichiweu!": a single word written only as a cry or slogan, nothing else saying it is a name
    if total and cues[LABEL] >= total and dictionary_word(name):
        return False  # "Producer: Fromagerie Valbrune SA": an English word written only as a form's label
    if total and cues[LOWER_THE] >= total and not cues[PREMODIFIER] and dictionary_word(name) and (
            not wordclass.group_noun(name.lower())):
        # "for the Crown", "the Crown's figure": an English word (WordNet's noun, verb or
        # adjective) that "the" determines wherever it is written, with nothing else to
        # say it is a name, is a common noun with a capital, no name of its own; a noun
        # of a body of people (WordNet's noun.group: "the House", "the Senate", "the
        # Treasury") names the institution, and a name WordNet writes only with a
        # capital ("the Pentagon", "the Kremlin") is no such word; nor is one that modifies
        # a noun after it, which "the" determines ("the Twitter social network")
        return False
    if inner == 0:
        return False  # seen only opening sentences
    return name.lower() not in common


def fragment(name: str, dossier: Dossier) -> bool:
    """Whether a name with nothing to say what it is, all English words, is a piece of a
    registered name: its words inside a registered name or alias ("Information Rights" of
    "Information Rights Commission", left over from "Information Rights Commissioner" or
    "(Information Rights)"), or written in the sources right after one, the rest of a longer
    capitalised name ("its Meadowbrook Rewards loyalty scheme", "11.4 million Rewards
    members" with "Meadowbrook" registered). English words cannot stand for a body on their
    own the way a short form does ("Kestrel" for "Kestrel Rail"): the writer means the
    longer name (AP Stylebook, "capitalization": the capitals belong to the whole name)."""
    words = name.lower().split()
    if not all(dictionary_word(w) and not is_acronym(w) for w in name.split()):
        return False
    forms = [a.text for e in dossier.entities for a in e.aliases if a.text[:1].isupper()]
    n = len(words)
    for form in forms:
        full = form.lower().split()
        if len(full) > n and any(full[k : k + n] == words for k in range(len(full) - n + 1)):
            return True
    if not forms:
        return False
    after = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")[ \u00a0]" + re.escape(name) + r"\b")
    return any(after.search(s.text) for s in dossier.sources)


_DESIGNATION = re.compile(r"(?:Grade|Class|Category|Level|Tier|Type|Stage|Phase)\s+(?:[IVX]+|\d+|[A-Z])\*?")


def designation(name: str) -> bool:
    """"Grade II", "Category 5", "Phase 3": a grade or class noun and its numeral, a rank on a
    scale ("a Grade II listed structure"; Historic England's listing grades, the Saffir-Simpson
    categories), no name of anything that acts."""
    return bool(_DESIGNATION.fullmatch(name))


def given_name_of(name: str, dossier: Dossier) -> bool:
    """Whether a single word is a registered person's given name or its clipping ("Daniel",
    "Dan" for "Daniel Ashworth"; "Dan" is "Daniel" shortened, as English familiar forms
    clip a name's start: "Sam", "Alex"): the person called by first name, no new name."""
    if " " in name or len(name) < 3 or not gazetteer.given_name(name.lower()):
        return False
    return any(
        e.kind == "person" and " " in e.name and e.name.split()[0].startswith(name)
        for e in dossier.entities
    )

"""Names the registry does not know: grouped suggestions, and provisional entities.

`suggest` prints the groups as YAML stubs; `build --drafts` lists them on a review page;
`build --discover` turns them into unreviewed entities so that a folder of sources with
no registry still gets highlights and profiles. Registered aliases always win.

One referent, one group: the forms of a name fold together (case, quotes, possessive),
and these join the group of the name they stand for, as aliases:

- an acronym written after the name in brackets ("Government Accountability Office
  (GAO)"), or whose letters are the initials of exactly one name ("USAF", "U.S.");
- the name with a legal form or "Group" added ("Harlow Inc.", "Vantmoor Group");
- one country under all its names ("U.S.", "United States of America", "Britain"), and a name with
  a country before it ("US Federal Reserve" is the "Federal Reserve"; "US Labor
  Department" the "Department of Labor");
- a person's surname ("Brandt" after "Tomas Brandt", "Okafor" after "Senator Nadia Okafor")
  and an organisation's leading or closing words ("Northrop" after "Northrop Grumman",
  "Air Force" after "United States Air Force" when one name ends so), as short
  forms that count only after the full name in the same source (`after_full_name`).

A single word with nothing to say it is a name (not in a gazetteer, no head word or
title, written in lower case elsewhere in the dossier, or seen only opening sentences),
a nationality adjective ("Norwegian dock workers", "Japanese stocks": a class of its own,
CoNLL-2003's MISC and OntoNotes' NORP, neither a name of the country nor an entity, even
where the dossier names the country) and a word English uses only as an adjective
("Congressional lawmakers", `wordclass.adjective_only`) are left out.

The parts: `occurrences` gathers the names, `referents` joins them, `registered` finds
the forms of registered names; this module filters the groups and makes suggestions
and entities.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .. import paths
from ..annotation import Annotated
from ..model import Alias, Dossier, Entity
from ..read.text import slugify
from . import gazetteer, kinds, summaries, wordclass
from .namecues import DESIGNATION, DETERMINED, EXCLAIMED, LABEL, LOWER_THE, PREMODIFIER
from .nameparts import GAELIC_PARTICLES, INNER_PARTICLES, SUFFIXES, postnominal
from .names import REGISTERED_FORM, lower_words, without_legal_form
from .namewords import (
    EVENT_HEADS,
    LAW_HEADS,
    MEASURE_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    STYLE_POSSESSIVES,
    STYLES,
    TITLES,
    demonym_of,
    dictionary_word,
    is_acronym,
    is_head,
)
from .occurrences import Found, collect, given_name_first, normal
from .referents import GROUP_WORDS, Groups, base_name, country_code, join_same, name_initials, short_forms
from .registered import attached, registered_forms


@dataclass(frozen=True)
class Suggestion:
    """One unregistered name, all its occurrences folded together."""

    name: str
    """The most frequent surface form."""
    kind: str
    """Guessed kind."""
    count: int
    """Occurrences in all sources."""
    sources: tuple[str, ...]
    """Source ids it occurs in."""
    forms: tuple[str, ...]
    """Every surface form seen."""
    context: str
    """The first sentence it occurs in."""
    source: str
    """Source id of that sentence."""
    paragraph: int
    """Paragraph number of that sentence."""
    short_forms: tuple[str, ...] = ()
    """Surnames and leading words that stand for the name after it was named in full."""
    evidence: tuple[str, ...] = ()
    """Why the kind: the evidence that decided it, strongest first."""
    registered: str = ""
    """The id of the registered entity these forms name ("Vantmoor Construction" and
    "VCL" for a registered "Vantmoor Construction Ltd"), or "" for a new name: its forms
    are aliases to add to that entity (`attach`), not a new entity."""
    alone: tuple[str, ...] = ()
    """The short forms that count in any source, also one that never names the entity in
    full: forms of this group only, never written in lower case in the dossier ("Brandt",
    not "Cook" where the dossier has "cook", nor "Air Force"), so a source that says only
    "Brandt said" mentions him. The others count only after the full name."""


def group_names(dossier: Dossier, annotated: dict[str, Annotated]) -> list[Suggestion]:
    """Unregistered names by referent, most frequent first, then by name. A group that
    names a registered organisation (`attached`) comes with `registered` set, the
    registered entity's kind and, as its evidence, why."""
    common = frozenset(w for s in dossier.sources for w in lower_words(s.text))
    registered = registered_forms(dossier.entities)
    found = collect(dossier, annotated, common)
    _own_outlet_short_forms(dossier, found)
    # a source's outlet or agency (sources.yml) named in the text is that news organisation
    outlets = {normal(o) for s in dossier.sources for o in (s.outlet, s.agency) if o}
    for key in found.forms:
        if key in outlets:
            found.cues[key]["organisation:a source's outlet"] += 1
    groups = Groups()
    adjectives = _lands(found)
    join_same(found, groups, common)
    shorts = short_forms(found, groups, common)
    members: dict[str, list[str]] = defaultdict(list)
    for key in found.forms:
        if key not in shorts:
            members[groups.find(key)].append(key)
    extra: dict[str, list[str]] = defaultdict(list)
    for key, targets in shorts.items():
        for r in targets:
            extra[groups.find(r)].append(key)
    result = []
    names, total = found.names, found.total
    measures = [names[k].split() for k in found.forms if _measure(names[k])]
    product_words: set[str] = set()
    for root, keys in members.items():
        all_forms: Counter[str] = Counter()
        all_cues: Counter[str] = Counter()
        for k in keys + extra.get(root, []):
            all_cues.update(found.cues[k])
        for k in keys:
            all_forms.update(found.forms[k])
        # the display name: the commonest form, on a tie one opening with a given name (a
        # person's full name, not "Sheriff Okonkwo" beside "Dale Okonkwo"), then the longest
        # (an acronym or a nationality adjective, or a form in a script without capitals
        # ("星野食品"), only when nothing else names it)
        name = max((names[k] for k in keys), key=lambda n: (
            not is_acronym(n.replace("&", "")), any(c.isupper() for c in n), not demonym_of(n), total[normal(n)],
            given_name_first(n), len(n), n))
        fuller = [
            names[k] for k in keys if " " not in name and base_name(names[k]) == name and not names[k].isupper()
            and any(w.lower() in GROUP_WORDS for w in names[k].split()[1:])
        ]
        if fuller and not is_acronym(name):
            # "Harlow" beside "Harlow Group plc": a word of the company's trading name
            # ("Group", "Holdings") says the single word is its short form, however often
            # written (AP Stylebook, "company names": the full name on first reference, the
            # short one after); a legal form alone does not ("Apple" beside "Apple Inc."),
            # nor is a name of several words shortened so ("Kestrel Yards" beside "Kestrel
            # Yards plc"). The commonest such form, the longest on a tie
            name = max(fuller, key=lambda n: (total[normal(n)], len(n.split()), n))
        if name.isupper() and len(name.replace(" ", "")) >= 5 and gazetteer.key(name) in gazetteer.places():
            # a place named only in a dateline's capitals ("BIRMINGHAM"): its name as prose
            # writes it (the capitals stay its form; the matcher finds either)
            name = " ".join(w.capitalize() for w in name.split())
        if len(keys) == 1 and keys[0] in adjectives:
            continue  # "Corvenian government bond yields": the adjective of a land named in the dossier
        if len(keys) == 1 and not extra.get(root) and not _worth_keeping(name, all_cues, found.inner[root], common, total[root]):
            continue
        if DESIGNATION in all_cues or any(_measure(names[k]) or _law(names[k]) for k in keys):
            product_words.update(w for k in keys for w in names[k].split())
            continue  # a product's own name ("V400 Skyhopper"), a measure's or a law's: no profile
        if len(keys) == 1 and not extra.get(root) and _plural_of_another(name, found.forms):
            continue  # "two Valdors", "Kessels": products or a family named after a name, not its referent
        if (
            len(all_forms) == 1 and total[root] == 1 and country_code(name) and len(name) == 2
            and name.lower() not in _PROSE_CODES and not any(c.startswith(("place:", "person:", "organisation:")) for c in all_cues)
        ):
            continue  # "What BS", "TV episodes": two capitals once, nothing saying it is the country
        if all(wordclass.abbreviation(f) for f in all_forms) and not any(
            c.startswith(("place:", "person:", "organisation:")) for c in all_cues
        ):
            continue  # "TV episodes", "a 3.5-inch LCD screen": a common noun's abbreviation (WordNet), no name
        kind, evidence = kinds.decide(all_forms, all_cues, several="organisation")
        if evidence[0].startswith("no evidence") and " " in name and all(f.isupper() for f in all_forms) and (
                dictionary_word(name.split()[0])):
            continue  # "JUDICIARY OF ENGLAND AND WALES": a heading in capitals opening with an English word, nothing else
        if all(r.startswith("acronym") for r in evidence) and _term(all_forms):
            continue  # "Maintenance, Repair and Overhaul (MRO)": a term in capitals, no name
        if kind == "product":
            product_words.update(w for k in keys for w in names[k].split())
            continue  # "Kessel unveils the Breeze", "the new Breeze": a thing made, no profile (as above)
        evidenced_as = "" if evidence[0].startswith("no evidence") else kind
        if evidenced_as not in ("place", "person") and gazetteer.key(name) not in gazetteer.places() and (
            (any(c.startswith("measure:") for c in all_cues) and not any(c.startswith(("person:", "organisation:")) for c in all_cues))
            or any(len(m) > len(name.split()) and m[: len(name.split())] == name.split() for m in measures)
        ):
            # "the Avel index", "Avel Composite" named in full elsewhere: a measure's name
            # (unless the words around it also say it acts: "Kessel & Lind said")
            continue
        count = sum(all_forms.values()) + sum(total[k] for k in extra.get(root, []))
        srcs = list(dict.fromkeys(s for k in keys + extra.get(root, []) for s in found.where[k]))
        context, sid, paragraph = min((found.first[k] for k in keys), key=lambda f: (srcs.index(f[1]), f[2]))
        short = tuple(sorted(_typography_aside({_as_in(f, name) for k in extra.get(root, []) for f in found.forms[k]})))
        alone = {
            f for k in extra.get(root, []) if len(shorts[k]) == 1 for f in {_as_in(g, name) for g in found.forms[k]}
            if _own_word(f, common) and not (kind == "person" and any(n.startswith(f + " ") for n in all_forms))
        }  # a given name alone ("Tim" for "Tim Cook") waits for the full name: another Tim is likelier
        forms = tuple(sorted(_typography_aside(set(all_forms))))
        joined = any(normal(f) != k for k in keys for f in found.forms[k])  # "University" in "Linwood University"
        owner, why, after = attached(keys, names, evidenced_as, registered, joined)
        beside = {c.removeprefix(REGISTERED_FORM) for c in all_cues if c.startswith(REGISTERED_FORM)}
        if not owner and len(beside) == 1 and next(iter(beside)) in registered.names:
            owner, why, after = beside.pop(), "written in brackets after its registered name", False
        if not owner and kind == "organisation":
            forms += _without_legal_forms(forms, registered.own, dossier)
        if owner:
            kind = next(e.kind for e in dossier.entities if e.id == owner)
            evidence = (f"a form of the registered '{registered.names[owner]}': {why}",)
            if after:
                alone |= {f for f in forms if _own_word(f, common)}  # the one registered name it opens
                forms, short = (), tuple(sorted(set(short) | set(forms)))
        result.append(
            Suggestion(
                name, kind, count, tuple(srcs), forms, context, sid, paragraph, short, evidence, owner,
                tuple(sorted(alone & set(short))),
            )
        )
    # a word of a product's name with nothing to say it is a name of its own ("OS" of
    # "Kessel OS 9" and "the OS"): part of the product's name, no profile either (its
    # profile would also claim the word inside the product's name)
    result = [
        r for r in result
        if not (" " not in r.name and r.name in product_words and not r.registered
                and (r.evidence[0].startswith("no evidence") or r.evidence == ("acronym",)))
    ]
    # the words the editor has said are no names (dossier.yml's `not_names`: "Relative" of
    # "Relative humidity"): no suggestion, no provisional entity, no form of another
    excluded = {normal(n) for n in dossier.identity.not_names}
    if excluded:
        result = [
            replace(r, forms=tuple(f for f in r.forms if normal(f) not in excluded),
                    short_forms=tuple(f for f in r.short_forms if normal(f) not in excluded),
                    alone=tuple(f for f in r.alone if normal(f) not in excluded))
            for r in result if normal(r.name) not in excluded
        ]
    return sorted(result, key=lambda s: (-s.count, s.name))


LAND = "place:its people's adjective is written"
"""The cue of a name whose nationality adjective the dossier writes ("Corvenia" beside "Corvenian")."""


def _lands(found: Found) -> set[str]:
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


def _own_outlet_short_forms(dossier: Dossier, found: Found) -> None:
    """"told the Post" in a story of the Dunmere Evening Post: a name written after "the",
    no gazetteer place, that is the closing words of the outlet or agency (sources.yml) of every source it is found in, one and
    the same, is that outlet: its occurrences join the outlet's name (in `found`, in
    place), which is then the name shown, also when the text never writes it in full.
    So is an acronym of its initials ("LINWOOD, Ohio (CP) —" in a story of the agency
    Continental Press: the wire's credit in its date line, AP Stylebook, "datelines")."""
    by_id = {s.id: s for s in dossier.sources}
    spelled = {normal(c.partition(":")[2]) for cues in found.cues.values() for c in cues if c.startswith("acronym:")}
    for key in list(found.forms):
        name = found.names[key]
        initials = is_acronym(name) and len(name) >= 2 and key not in spelled  # not "Castle Party (CP)"
        if not initials and (
                found.cues[key]["not-person:'the X'"] < found.total[key] or gazetteer.key(name) in gazetteer.places()):
            continue  # "the Post" at every occurrence, as a paper's name is shortened ("India" of "The Times of India" is the country)
        owners = {
            o for sid in found.where[key] for o in (by_id[sid].outlet, by_id[sid].agency)
            if o and (name_initials(o) == name.replace(".", "") if initials else o.endswith(" " + name))
        }
        if len(owners) != 1 or not all(
            any(o in owners for o in (by_id[sid].outlet, by_id[sid].agency)) for sid in found.where[key]
        ):
            continue
        outlet = owners.pop()
        target = normal(outlet)
        if target not in found.forms:
            found.names[target] = outlet
            found.total[target] = 0
            found.first[target] = found.first[key]
        found.forms[target].update(found.forms.pop(key))
        found.cues[target].update(found.cues.pop(key))
        found.inner[target] += found.inner.pop(key, 0)
        found.where[target] = list(dict.fromkeys(found.where[target] + found.where.pop(key)))
        found.total[target] += found.total.pop(key)
        del found.names[key]
        found.first.pop(key)


def _without_legal_forms(forms: tuple[str, ...], taken: dict[str, set[str]], dossier: Dossier) -> tuple[str, ...]:
    """A company's forms without their legal form, of two words or more, that a source
    writes and no other form nor registered alias (`taken`) is: "Clarion Newspapers said"
    beside "Clarion Newspapers Ltd" (`names.without_legal_form`), as news names a company
    after its first reference (AP Stylebook, "company names"). The matcher then takes it
    whole, not a registered short "Clarion" at its start (which hid it from `find_names`)."""
    have = {normal(f) for f in forms} | taken.keys()
    bases = dict.fromkeys(b for b in map(without_legal_form, forms) if normal(b) not in have)
    def alone(base: str) -> bool:  # written with no legal form after it
        return any(
            not gazetteer.legal_form(m.group(1).rstrip(",")) for s in dossier.sources
            for m in re.finditer(r"(?<!\w)" + re.escape(base) + r"(?!\w)[ \u00a0]*(\S*)", s.text)
        )
    return tuple(b for b in bases if alone(b))


def _own_word(form: str, common: frozenset[str]) -> bool:
    """Whether a short form is a name's own: none of its words written in lower case in
    the dossier (`common`), so a capitalised "Works" or "Force" opening a sentence is not
    taken for it. A surname's particles are no such words ("van der Berg")."""
    return not any(w.lower() in common for w in form.split() if w.lower() not in INNER_PARTICLES)


def _as_in(form: str, name: str) -> str:
    """A short form in capitals as the full name spells it: "OKORO" of a transcript's
    "MS OKORO:" is "Okoro" of "Amelia Okoro" (the matcher finds the capitals of any
    form); any other form as it is."""
    if form.isupper():
        return next((w for w in name.split() if w.upper() == form and not w.isupper()), form)
    return form


def _typography_aside(forms: set[str]) -> set[str]:
    """The forms of a name less those that are only another form in capitals: a
    dateline's or headline's "KESTREL BAY" beside "Kestrel Bay" is the same alias set in
    capitals (the matcher finds the capitals of any form, `matcher._case_fits`), not a
    separate alias to review. A name written only in capitals ("NATO") keeps its form."""
    return {f for f in forms if not (f.isupper() and any(g != f and g.upper() == f for g in forms))}


_PROSE_CODES = frozenset(("us", "uk"))
"""Two-letter country codes English prose writes as the country's name ("US", "UK";
dotted forms such as "U.S." are names too). Any other code seen once, with nothing
said of it, is taken for another abbreviation ("TV", "CD", "BS")."""


def _term(forms: Counter[str]) -> bool:
    """Whether a name's forms of several words are all made of common English words
    (`wordclass.common_word`: "Maintenance, Repair and Overhaul", "Server Message Block"),
    none in capitals ("PC World" is a title), with no head word of a body, place or event ("Government Accountability Office",
    "Harbour Pilots Union" are names): with nothing but an acronym to say it is a name
    (`group_names`), a term written with capitals, as technical and business English
    writes its terms."""
    long = [f for f in forms if " " in f]
    words = [w.strip(",.") for f in long for w in f.split() if w.strip(",.").lower() not in ("and", "of", "the", "for", "&")]
    return bool(long) and all(
        wordclass.common_word(w) and not is_acronym(w) and not any(is_head(w.lower(), h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS))
        for w in words
    )


def _plural_of_another(name: str, forms: dict[str, Counter[str]]) -> bool:
    """"Valdors", "Kessels": one word, not a gazetteer place, that is another name
    found in the dossier with "s" or "es" added."""
    if " " in name or gazetteer.key(name) in gazetteer.places() or not name.endswith("s"):
        return False
    return normal(name[:-1]) in forms or (name.endswith("es") and normal(name[:-2]) in forms)


def _measure(name: str) -> bool:
    """"Consumer Price Index", "Avel Composite": a name of two or more words headed by a
    measure's head word (`names.MEASURE_HEADS`)."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in MEASURE_HEADS


def _law(name: str) -> bool:
    """"Health and Safety at Work Act", "Penal Code": a name of two or more words headed
    by a law's head word (`namewords.LAW_HEADS`). A law is no person, organisation or
    place: it gets no profile (its words are still searchable in the sources)."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in LAW_HEADS


def _worth_keeping(name: str, cues: Counter[str], inner: int, common: frozenset[str], total: int = 0) -> bool:
    """A group of one name: kept unless nothing says a lone capitalised word is a name.
    `total`: its occurrences."""
    last = name.split()[-1]
    if total and " " in name and cues[PREMODIFIER] >= total and (
        any(gazetteer.key(name[:-k]) in gazetteer.places() for k in (1, 2))
        or (demonym_of(last) and not any(is_head(last.lower(), h) for h in (PLACE_HEADS, ORG_HEADS, EVENT_HEADS)))
    ):
        # "head of North American quality", "Southeast Asian nation": a place's adjective
        # (the place's name and a suffix, or ending in a nationality adjective) before its
        # noun, as "Norwegian" is ("the Atlantic Ocean in June" is the ocean's name)
        return False
    if total and " " in name and cues[DETERMINED] >= total and not cues[PREMODIFIER] and _term(Counter({name: 1})):
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


def unique_ids(names: list[str], taken: set[str]) -> list[str]:
    """An id for each of `names`, in their order: its slug, or the slug with "-2", "-3", …
    when a registered entity (`taken`), a listing ("Index", `paths.reserved`) or an
    earlier name has it ("Northmere Bank" and "Northmere-Bank" slug alike when `normal`
    has not joined them). `provisional` and `suggest`'s stubs both take ids here, so a
    pasted stub has the id the `--discover` build gave it and passes `check`."""
    used = set(taken)
    ids = []
    for name in names:
        base = slugify(name)
        eid, n = base, 1
        while eid in used or paths.reserved(eid):
            n += 1
            eid = f"{base}-{n}"
        used.add(eid)
        ids.append(eid)
    return ids


def provisional(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Unreviewed entities for `--discover`; ids never collide with registered ones.
    The summary is a sentence for readers (`summaries.plain_summary`); why the kind was chosen is
    the entity's `evidence`, shown on the review page.

    A named event ("Harbour Workers Summit", "the Avel Games") becomes no entity: an
    entity is who acts and where (person, party, organisation, place: the registry's
    kinds); what happened and when is the timeline's. The event stays a suggestion (on
    the review page with `--drafts`, in `suggest`), for a user who wants it registered:
    kinds are open."""
    result = []
    kept = sorted((s for s in suggestions if not s.registered and s.kind != "event"), key=lambda s: s.name)
    # forms of a registered entity's name: `attach`; a named event: a suggestion only (above)
    for s, eid in zip(kept, unique_ids([s.name for s in kept], {e.id for e in registered}), strict=True):
        result.append(
            Entity(
                id=eid,
                kind=s.kind,
                name=s.name,
                aliases=tuple(Alias(f) for f in _name_first(s.name, s.forms))
                + tuple(Alias(f, after_full_name=f not in s.alone, shared=f not in s.alone) for f in s.short_forms),
                summary=summaries.plain_summary(s.kind, s.count),
                reviewed=False,
                evidence=s.evidence,
            )
        )
    return tuple(result)


def _name_first(name: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms of a name with the name shown first (a profile's "Also written" line is
    the aliases after the first: "UGCW" sorts before "United Glass and Ceramic Workers'
    Union" and was left out, the name shown instead). A name no form writes ("Dunmere
    Evening Post", found only as "the Post") comes first too; one only another form's
    capitals write ("Birmingham" for a dateline's "BIRMINGHAM") does not."""
    if name in forms:
        return (name,) + tuple(f for f in forms if f != name)
    if any(f.lower() == name.lower() for f in forms):
        return forms
    return (name,) + forms


def attach(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The registered entities, each with the forms `group_names` found for it
    (`Suggestion.registered`) added as provisional aliases (`Alias.provisional`; short
    forms count only after the full name unless `Suggestion.alone`, as a provisional
    entity's do)."""
    extra: dict[str, list[Alias]] = defaultdict(list)
    for s in suggestions:
        if s.registered:
            extra[s.registered] += [Alias(f, provisional=True) for f in s.forms]
            extra[s.registered] += [
                Alias(f, after_full_name=f not in s.alone, shared=f not in s.alone, provisional=True) for f in s.short_forms
            ]
    result = []
    for e in registered:
        have = {a.text for a in e.aliases}
        new = tuple(a for a in extra.get(e.id, ()) if a.text not in have)
        result.append(replace(e, aliases=e.aliases + new) if new else e)
    return tuple(result)

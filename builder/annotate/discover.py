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
("Congressional lawmakers", `wordclass.adjective_only`) are left out, and so is a name seen
only as the outlet in a dateline's brackets ("KELLBY, Sept 26 (Vale Wire) -"): the
source's credit, as its byline is (AP Stylebook, "datelines"), not a subject of the story.

The parts: `occurrences` gathers the names, `referents` joins them, `shortforms` finds
their short forms, `registered` finds the forms of registered names, `nonnames` tells
the groups that name nothing; this module filters the groups and makes suggestions, and
`provisionals` makes entities of them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from ..annotation import Annotated
from ..model import Dossier
from . import gazetteer, kinds, wordclass
from .namecues import DATELINE_OUTLET, DESIGNATION
from .nameparts import INNER_PARTICLES
from .names import REGISTERED_FORM, lower_words, without_legal_form
from .namewords import (
    demonym_of,
    dictionary_word,
    is_acronym,
)
from .nonnames import (
    PROSE_CODES,
    designation,
    fragment,
    given_name_of,
    lands,
    law,
    measure,
    plural_of_another,
    term,
    worth_keeping,
)
from .occurrences import Found, collect, given_name_first, normal
from .referents import GROUP_WORDS, Groups, base_name, country_code, join_same, name_initials
from .registered import attached, registered_forms
from .shortforms import short_forms


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
    adjectives = lands(found)
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
    measures = [names[k].split() for k in found.forms if measure(names[k])]
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
        if all_cues[DATELINE_OUTLET] >= sum(all_forms.values()) + sum(total[k] for k in extra.get(root, [])):
            continue  # "KELLBY, Sept 26 (Vale Wire) -" and nowhere else: the source's credit, as a byline is, no subject
        if len(keys) == 1 and not extra.get(root) and not worth_keeping(name, all_cues, found.inner[root], common, total[root]):
            continue
        if DESIGNATION in all_cues or any(measure(names[k]) or law(names[k]) or designation(names[k]) for k in keys):
            product_words.update(w for k in keys for w in names[k].split())
            continue  # a product's own name ("V400 Skyhopper"), a measure's or a law's: no profile
        if len(keys) == 1 and not extra.get(root) and plural_of_another(name, found.forms):
            continue  # "two Valdors", "Kessels": products or a family named after a name, not its referent
        if (
            len(all_forms) == 1 and total[root] == 1 and country_code(name) and len(name) == 2
            and name.lower() not in PROSE_CODES and not any(c.startswith(("place:", "person:", "organisation:")) for c in all_cues)
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
        if all(r.startswith("acronym") for r in evidence) and term(all_forms):
            continue  # "Maintenance, Repair and Overhaul (MRO)": a term in capitals, no name
        if evidence[0].startswith("no evidence") and len(all_forms) == 1 and given_name_of(name, dossier):
            continue  # "Daniel's family", "it's Dan" with "Daniel Ashworth" registered: he, by first name
        if kind == "product":
            product_words.update(w for k in keys for w in names[k].split())
            continue  # "Kessel unveils the Breeze", "the new Breeze": a thing made, no profile (as above)
        evidenced_as = "" if evidence[0].startswith("no evidence") else kind
        if not evidenced_as and fragment(name, dossier):
            continue  # "Information Rights" of the registered "Information Rights Commission"
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

"""Names the registry does not know: grouped suggestions, and provisional entities.

`suggest` prints the groups as YAML stubs; `build --drafts` lists them on a review page;
`build --discover` turns them into unreviewed entities so that a folder of sources with
no registry still gets highlights and profiles. Registered aliases always win.

One referent, one group: the forms of a name fold together (case, quotes, possessive),
and these join the group of the name they stand for, as aliases:

- an acronym written after the name in brackets ("Government Accountability Office
  (GAO)"), or whose letters are the initials of exactly one name ("USAF", "U.S.");
- the name with a legal form or "Group" added ("Apple Inc.", "NPD Group");
- one country under all its names ("U.S.", "United States of America", "Britain"), its
  nationality adjective ("Japanese") when the dossier names the country, and a name with
  a country before it ("US Federal Reserve" is the "Federal Reserve"; "US Labor
  Department" the "Department of Labor");
- a person's surname ("Brandt" after "Tomas Brandt", "Okafor" after "Senator Nadia Okafor")
  and an organisation's leading or closing words ("Northrop" after "Northrop Grumman",
  "Air Force" after "United States Air Force" when one name ends so), as short
  forms that count only after the full name in the same source (`after_full_name`).

A single word with nothing to say it is a name (not in a gazetteer, no head word or
title, written in lower case elsewhere in the dossier, or seen only opening sentences)
and a nationality adjective ("Norwegian dock workers") are left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .. import paths
from ..annotation import Annotated, Name
from ..model import Alias, Dossier, Entity, Source
from ..read.registry import alias_key
from ..read.text import slugify
from . import gazetteer, kinds
from .matcher import fold
from .names import find_names, lower_words
from .namewords import (
    EVENT_HEADS,
    LAW_HEADS,
    MEASURE_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    demonym_country,
    demonym_of,
    is_acronym,
    is_head,
)


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


def normal(name: str) -> str:
    return re.sub(r"\s+", " ", alias_key(fold(name))).removesuffix("'s").removesuffix("'")


_SMALL = ("of", "for", "and", "the", "de", "&")


def _initials(name: str) -> str:
    """"Cambodian People's Party" -> "CPP" (small words skipped)."""
    words = re.findall(r"[\w’'.-]+", name)
    return "".join(w[0].upper() for w in words if w.lower() not in _SMALL)


_GROUP_WORDS = frozenset("group holdings company corporation".split())


def _base(name: str) -> str:
    """The name without trailing legal forms and "Group" ("Aer Lingus Group plc" -> "Aer Lingus")."""
    words = name.split()
    while len(words) > 1 and (words[-1].lower().rstrip(",") in gazetteer.legal_suffixes() or words[-1].lower() in _GROUP_WORDS):
        words.pop()
    return " ".join(words)


def _canonical(name: str) -> str:
    """An organisation's name with the country before it dropped and "Department of X"
    turned into "X Department" ("" for names of another shape)."""
    words = name.split()
    for n in range(min(len(words) - 1, 4), 0, -1):
        if _country_code(" ".join(words[:n])):
            words = words[n:]
            break
    if len(words) == 3 and words[1] == "of" and words[0].lower() in ORG_HEADS:
        words = [words[2], words[0]]
    return normal(" ".join(words)) if len(words) == 2 and words[-1].lower() in ORG_HEADS else ""


class _Groups:
    """Union-find over normalised names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def join(self, key: str, into: str) -> None:
        a, b = self.find(key), self.find(into)
        if a != b:
            self.parent[a] = b


@dataclass
class _Found:
    """Every unregistered name of a dossier, by normalised form (`normal`)."""

    forms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """Surface forms and their counts."""
    cues: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """`Name.cues` of every occurrence."""
    inner: Counter[str] = field(default_factory=Counter)
    """Occurrences not opening a sentence."""
    where: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Source ids, in order."""
    first: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    """The first occurrence: (sentence, source id, paragraph)."""
    names: dict[str, str] = field(default_factory=dict)
    """The commonest surface form."""
    total: dict[str, int] = field(default_factory=dict)
    """Occurrences."""


def _collect(dossier: Dossier, annotated: dict[str, Annotated], common: frozenset[str]) -> _Found:
    known = {alias_key(a.text) for e in dossier.entities for a in e.aliases}
    found = _Found()
    # Found here, not when annotating: only the review page, `suggest` and `--discover` need them.
    kind_of = {e.id: e.kind for e in dossier.entities}
    every = [(source, find_names(source, annotated[source.id].mentions, annotated[source.id].dates, common, kind_of))
             for source in dossier.sources]
    every = _one_name_across_and(every)
    # A word the dossier writes in lower case, left out at a sentence's opening, belongs to
    # the name unless the dossier names the rest alone elsewhere: "Rival Valdor Airlines"
    # is "Valdor Airlines" when that is named so; "General Motors said", "Air Canada has
    # ordered" keep their first word
    alone = {normal(n.text) for _, ns in every for n in ns if not any(c.startswith("opened-by:") for c in n.cues)}
    for source, ns in every:
        for n in ns:
            opened = next((c.partition(":")[2] for c in n.cues if c.startswith("opened-by:")), "")
            if opened and normal(n.text) not in alone:
                a = source.text.rfind(opened, 0, n.start)
                if a >= 0 and not source.text[a + len(opened) : n.start].strip():
                    n = replace(n, text=source.text[a : n.end], start=a, cues=tuple(c for c in n.cues if c != f"opened-by:{opened}"))
            key = normal(n.text)
            if key in known or not key:
                continue
            found.forms[key][" ".join(n.text.split())] += 1
            found.cues[key].update(n.cues)
            found.inner[key] += not n.initial
            if source.id not in found.where[key]:
                found.where[key].append(source.id)
            if key not in found.first:
                p = source.paragraphs[n.paragraph - 1]
                context = next(
                    (source.text[s:e] for s, e in p.sentences if s <= n.start < e),
                    source.text[p.start : p.end],
                )
                found.first[key] = (" ".join(context.split()), source.id, n.paragraph)
    # the commonest form, but never one in capitals when the name is also written in
    # mixed case ("Dunmore" over a dateline's or headline's "DUNMORE", however often:
    # capitals are typography; the mixed-case form is how prose spells the name)
    found.names = {
        key: min(counter.items(), key=lambda x: (x[0].isupper() and not _all_capitals(counter), -x[1], x[0]))[0]
        for key, counter in found.forms.items()
    }
    found.total = {key: sum(c.values()) for key, c in found.forms.items()}
    return found


def _all_capitals(forms: Counter[str]) -> bool:
    """Whether every form of a name is written in capitals ("NATO", "CSWU")."""
    return all(f.isupper() for f in forms)


def _one_name_across_and(every: list[tuple[Source, tuple[Name, ...]]]) -> list[tuple[Source, tuple[Name, ...]]]:
    """Two names written "A and B", B ending with an organisation's head word, made one
    name ("European Aeronautic Defence and Space Company", "Harbour Pilots and Boatmen
    Union", "Civil and Structural Workers' Union") when neither half is named alone
    anywhere in the dossier, A has nothing of a name of its own (no head word last, no
    gazetteer place, no given name first, no acronym; one word only inside a sentence and
    before a B of two words or more) and B no head word before its last. ("Valdor Group and
    Kessel Shipping", "Korvane Lines and Brandt Shipping Company" stay two names.)"""
    pairs: list[tuple[int, int]] = []  # (source index, index of A among its names)
    count: Counter[str] = Counter()
    paired: Counter[str] = Counter()
    for si, (source, ns) in enumerate(every):
        for n in ns:
            count[normal(n.text)] += 1
        for i in range(len(ns) - 1):
            a, b = ns[i], ns[i + 1]
            words = a.text.split()
            if (
                source.text[a.end : b.start] == " and " and b.text.split()[-1].lower() in ORG_HEADS
                and (len(words) >= 2 or (not a.initial and len(b.text.split()) >= 2))
                and not any(is_head(words[-1].lower(), h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS))
                and not any(is_head(w.lower(), ORG_HEADS) for w in b.text.split()[:-1])  # "Brandt Shipping Company": a name of its own
                and gazetteer.key(a.text) not in gazetteer.places() and not _given_name_first(a.text)
                and not any(is_acronym(w) for w in words)
            ):
                pairs.append((si, i))
                paired[normal(a.text)] += 1
                paired[normal(b.text)] += 1
    if not pairs:
        return every
    result = [(source, list(found)) for source, found in every]
    for si, i in reversed(pairs):
        source, names = result[si]
        a, b = names[i], names[i + 1]
        if count[normal(a.text)] == paired[normal(a.text)] and count[normal(b.text)] == paired[normal(b.text)]:
            names[i : i + 2] = [Name(source.text[a.start : b.end], a.start, b.end, a.paragraph, "", a.cues + b.cues, a.initial)]
    return [(source, tuple(names)) for source, names in result]


def _join_alike(groups: _Groups, by_count: list[tuple[str, str]], key_of: Callable[[str], str]) -> dict[str, str]:
    """Join every name to the first (most frequent) one with the same non-empty
    `key_of(name)` (a country code, a canonical word order); returns those first names'
    keys by `key_of`."""
    first: dict[str, str] = {}
    for key, name in by_count:
        k = key_of(name)
        if k and k in first:
            groups.join(key, first[k])
        elif k:
            first[k] = key
    return first


def _country_code(name: str) -> str:
    """The ISO code of the country a name (or a code in capitals) stands for, or ""."""
    k = gazetteer.key(name)
    if len(k) <= 3 and not is_acronym(name):
        return ""  # "ID" is Indonesia, "I'd" is not
    return gazetteer.countries().get(k, "")


def _join_same(found: _Found, groups: _Groups, common: frozenset[str] = frozenset()) -> None:
    """Join the forms that name one referent in full (steps 1-4 of the module's list);
    `common` is the dossier's lower-case vocabulary."""
    names, forms, total = found.names, found.forms, found.total
    by_count = sorted(names.items(), key=lambda kv: (-total[kv[0]], kv[0]))
    # "Government Accountability Office (GAO)"
    for key in forms:
        for cue in found.cues[key]:
            if cue.startswith("acronym:"):
                acr = normal(cue.partition(":")[2])
                if acr in forms and acr != key:
                    groups.join(acr, key)
    # the name with a legal form: "Apple Inc." joins "Apple"
    for key, name in names.items():
        base = normal(_base(name))
        if base != key and base in forms:
            groups.join(key, base)
    # the name with one or two common nouns after it: "Valdor Computer", "Valdor Commercial
    # Aircraft" join "Valdor" (the words the dossier also writes in lower case, and no
    # head word: "Valdor Foundation", "Kessel Street" are other referents; nor after a
    # place, "China Southern", or a person, "Tomas Brandt Theatre")
    for key, name in names.items():
        words = name.split()
        for width in (1, 2):
            tail = [w.lower() for w in words[len(words) - width :]]
            base = normal(" ".join(words[: len(words) - width]))
            if (
                len(words) > width and base in forms and base != key
                and all(w in common and not any(is_head(w, h) or w + "s" in h for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS, MEASURE_HEADS))
                        for w in tail)
                and gazetteer.key(names[base]) not in gazetteer.places()
                and not (len(names[base].split()) > 1 and names[base].split()[0].lower() in gazetteer.first_names())
            ):
                groups.join(key, base)
                break
    # a name of several words that opens exactly one longer organisation's name, and
    # says nothing of its own kind but organisation, is that organisation: "Marlow &
    # Penn" is "Marlow & Penn Shipping" (not "Port Selby" of "Port Selby Harbour
    # Authority", a place by its own words)
    longer: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        words = name.split()
        if len(words) >= 3 and is_head(words[-1].lower(), ORG_HEADS):
            for width in range(2, len(words)):
                base = normal(" ".join(words[:width]))
                if base in forms and base != key:
                    longer[base].append(key)
    for base, keys in longer.items():
        own = {kind for kind, _, _ in kinds.own_words(names[base])}
        if len(keys) == 1 and own <= {"organisation"} and not _given_name_first(names[base]):
            groups.join(base, keys[0])
    # one name written two ways: "European Aeronautic Defence and Space Company",
    # "European Aeronautic Defense & Space Company" (small words aside, word for word the
    # same but for one letter in a word)
    by_shape: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, name in names.items():
        words = [w.lower() for w in name.split() if w.lower() not in _SMALL]
        if len(words) >= 3:
            by_shape[tuple(w[:3] for w in words)].append(key)
    for keys in by_shape.values():
        for k in keys[1:]:
            if _spelled_alike(names[keys[0]], names[k]):
                groups.join(k, keys[0])
    # acronyms by their initials, when one name has them
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        if len(name.split()) > 1 and not is_acronym(name):
            for form in {name, _base(name)}:  # "GM": "General Motors Corp."
                if " " in form:
                    by_initials[_initials(form)].append(key)
    for key, name in names.items():
        if is_acronym(name) and groups.find(key) == key:
            options = {groups.find(k) for k in by_initials.get(name.replace(".", ""), [])}
            if len(options) == 1:
                groups.join(key, options.pop())
    # one country under several names ("U.S.", "United States of America")
    by_country = _join_alike(groups, by_count, _country_code)
    # "Department of Labor", "Labor Department", "US Labor Department": one name
    _join_alike(groups, by_count, _canonical)
    # a nationality adjective names its country when the dossier names the country
    # ("Japanese stocks", "Japan"); otherwise it is left out
    for key, name in names.items():
        if " " not in name and demonym_of(name) and (not name.endswith("s") or demonym_country(name)):  # "Singaporeans": people, not the place ("Swiss" is the adjective)
            stem, country = name.lower()[:4], demonym_country(name)
            options = {
                r for r in by_country.values()
                if (gazetteer.key(names[r]) == country if country else any(w.startswith(stem) for w in gazetteer.key(names[r]).split()))
            }
            if len(options) == 1:
                groups.join(key, options.pop())
    # a name with a country before it: "US Federal Reserve" is the "Federal Reserve"
    for key, name in names.items():
        words = name.split()
        for width in range(1, min(len(words) - 1, 4) + 1):
            if _country_code(" ".join(words[:width])):
                rest = normal(" ".join(words[width:]))
                if rest in forms and (len(words) - width > 1 or is_acronym(words[-1])):
                    groups.join(key, rest)
                break


def _spelled_alike(a: str, b: str) -> bool:
    """Two names of three or more words that are the same, small words ("and", "&",
    "of") aside, but for at most one letter changed in each word ("Defence", "Defense")."""
    wa = [w.lower() for w in a.split() if w.lower() not in _SMALL]
    wb = [w.lower() for w in b.split() if w.lower() not in _SMALL]
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    return all(x == y or (len(x) == len(y) >= 5 and sum(c != d for c, d in zip(x, y, strict=True)) == 1) for x, y in zip(wa, wb, strict=True))


def _given_name_first(name: str) -> bool:
    """"Tomas Brandt": a name of several words opening with a given name."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in gazetteer.first_names() and not is_acronym(words[0])


def _short_forms(found: _Found, groups: _Groups) -> dict[str, list[str]]:
    """Surnames and leading or closing words that stand for a longer name: short form ->
    the roots it may stand for (most named first). Adds the cues the joins give."""
    names, total, cues = found.names, found.total, found.cues
    members: dict[str, list[str]] = defaultdict(list)
    for key in found.forms:
        members[groups.find(key)].append(key)
    decided = {
        r: kinds.decide(Counter({f: n for k in keys for f, n in found.forms[k].items()}), cues[r])
        for r, keys in members.items()
    }
    kind_of = {r: kind for r, (kind, _) in decided.items()}
    # a default kind is no evidence that a longer name is a person's
    evidenced = {r for r, (_, ev) in decided.items() if not ev[0].startswith("no evidence")}
    lasts: dict[str, list[str]] = defaultdict(list)  # last word -> roots of several words
    heads: dict[tuple[str, ...], list[str]] = defaultdict(list)  # leading words -> roots
    tails: dict[tuple[str, ...], list[str]] = defaultdict(list)  # closing words -> roots
    for r in sorted(members):
        words = tuple(names[r].split())
        if len(words) > 1:
            lasts[words[-1]].append(r)
            for width in range(1, len(words)):
                heads[words[:width]].append(r)
                tails[words[-width:]].append(r)
    result: dict[str, list[str]] = {}
    for key, name in names.items():
        words = tuple(name.split())
        if groups.find(key) != key or is_acronym(name):
            continue
        # a place by the gazetteer or its own words ("Port Selby" is no short form of
        # "Port Selby Harbour Authority")
        place = gazetteer.key(name) in gazetteer.places() or (
            len(words) > 1 and any(kind == "place" for kind, _, _ in kinds.own_words(name))
        )
        # a surname: of a person the evidence calls one (a gazetteer place may be a
        # surname too: "Angers"), or by default, of a name named at least as often, or
        # when the evidence calls the surname a person's ("Djamal said")
        persons = [
            r for r in (lasts.get(words[0], []) if len(words) == 1 else [])
            if r != key and kind_of[r] == "person"
            and (r in evidenced or (total[r] >= total[key] and not place) or (key in evidenced and kind_of[key] == "person"))
        ]
        if place and not persons:
            continue
        orgs = [r for r in heads.get(words, []) if r != key and kind_of[r] in ("organisation", "party") and total[r] >= total[key]]
        ends = [r for r in tails.get(words, []) if r != key and len(words) > 1 and kind_of[r] in ("organisation", "party")]
        # a single word that opens a name of several words nothing calls a person's
        # ("Lockheed", "Lockheed Martin"): people are not named by their given name alone
        firsts = [
            r for r in (heads.get(words, []) if len(words) == 1 else [])
            if r != key and r not in evidenced and total[r] >= total[key]
        ]
        if not orgs and len(firsts) == 1:
            orgs = firsts
            cues[firsts[0]]["organisation:its first word used alone"] += 1
        # a given name alone, for the one person of the dossier who has it ("Tim", "Tim Cook")
        given = [
            r for r in (heads.get(words, []) if len(words) == 1 and name.lower() in gazetteer.first_names() else [])
            if r != key and kind_of[r] == "person" and r in evidenced
        ]
        targets = (
            persons or (orgs if len(orgs) == 1 else []) or (ends if len(ends) == 1 else []) or (given if len(given) == 1 else [])
        )
        if targets:
            result[key] = sorted(targets, key=lambda r: (-total[r], r))
    # agreement: "Apple TV", "Apple Stores" begin with the name of an organisation
    orgs_named = {
        names[r] for r in members
        if " " not in names[r] and kind_of[r] == "organisation" and r in evidenced and r not in result
    }
    for r in members:
        head = names[r].split()[0]
        if " " in names[r] and head in orgs_named:
            cues[r][f"organisation:begins with the organisation '{head}'"] += 1
    return result


@dataclass(frozen=True)
class _Registered:
    """Forms of the registered organisations' names (not people's or places') that a
    discovered name may be, each mapped to the ids of the entities they stand for."""

    bases: dict[str, set[str]]
    """`normal` of an alias without its legal form ("vantmoor construction")."""
    initials: dict[str, set[str]]
    """Initials (three letters or more) of an alias, with and without its legal form ("VCL")."""
    leading: dict[str, set[str]]
    """`normal` of the leading words of an alias without its legal form ("vantmoor")."""
    names: dict[str, str]
    """Entity id -> display name."""


def _registered_forms(entities: tuple[Entity, ...]) -> _Registered:
    """The forms `_attached` looks up, from the reviewed entities' full aliases."""
    bases: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, set[str]] = defaultdict(set)
    leading: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if not e.reviewed or e.kind in ("person", "place"):
            continue
        for a in e.aliases:
            if a.after_full_name or a.shared or is_acronym(a.text):
                continue
            base = _base(a.text)
            if base != a.text:
                bases[normal(base)].add(e.id)
            for form in {a.text, base}:
                letters = _initials(form)
                if " " in form and len(letters) >= 3:
                    initials[letters].add(e.id)
            words = base.split()
            for width in range(1, len(words)):
                leading[normal(" ".join(words[:width]))].add(e.id)
    return _Registered(dict(bases), dict(initials), dict(leading), {e.id: e.name for e in entities})


def _attached(keys: list[str], names: dict[str, str], evidenced_as: str, registered: _Registered) -> tuple[str, str, bool]:
    """The registered entity a group of discovered names stands for: (its id, why, whether
    the forms count only after its full name), or ("", "", False). A group stands for a
    registered organisation when one of its names is a registered name without its legal
    form ("Vantmoor Construction" for "Vantmoor Construction Ltd", with the acronym and
    short forms joined to it); a lone acronym when its letters are the initials of one
    registered name ("VCL"); a lone name that nothing calls a person or place when it is
    the leading words of one registered name ("Vantmoor": a short form, counted after
    the full name). A form shared by two registered entities attaches to neither."""
    ids: set[str] = set()
    for k in keys:
        ids |= registered.bases.get(k, set()) | registered.bases.get(normal(_base(names[k])), set())
    if ids:
        return (ids.pop(), "its registered name without the legal form", False) if len(ids) == 1 else ("", "", False)
    if len(keys) != 1:
        return "", "", False
    name = names[keys[0]]
    if is_acronym(name):
        ids = registered.initials.get(name.replace(".", ""), set())
        return (next(iter(ids)), "the initials of its registered name", False) if len(ids) == 1 else ("", "", False)
    place = gazetteer.key(name) in gazetteer.places() or any(kind == "place" for kind, _, _ in kinds.own_words(name))
    ids = registered.leading.get(keys[0], set()) if evidenced_as not in ("person", "place") and not place else set()
    return (next(iter(ids)), "the first words of its registered name", True) if len(ids) == 1 else ("", "", False)


def group_names(dossier: Dossier, annotated: dict[str, Annotated]) -> list[Suggestion]:
    """Unregistered names by referent, most frequent first, then by name. A group that
    names a registered organisation (`_attached`) comes with `registered` set, the
    registered entity's kind and, as its evidence, why."""
    common = frozenset(w for s in dossier.sources for w in lower_words(s.text))
    registered = _registered_forms(dossier.entities)
    found = _collect(dossier, annotated, common)
    groups = _Groups()
    _join_same(found, groups, common)
    shorts = _short_forms(found, groups)
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
    for root, keys in members.items():
        all_forms: Counter[str] = Counter()
        all_cues: Counter[str] = Counter()
        for k in keys + extra.get(root, []):
            all_cues.update(found.cues[k])
        for k in keys:
            all_forms.update(found.forms[k])
        # the display name: the commonest form, the longest on a tie (an acronym or a
        # nationality adjective only when nothing else names it)
        name = max((names[k] for k in keys), key=lambda n: (not is_acronym(n), not demonym_of(n), total[normal(n)], len(n), n))
        if len(keys) == 1 and not extra.get(root) and not _worth_keeping(name, all_cues, found.inner[root], common):
            continue
        if any(c.startswith("product:") for c in all_cues) or any(_measure(names[k]) or _law(names[k]) for k in keys):
            continue  # a product's own name ("V400 Skyhopper"), a measure's or a law's: no profile
        if len(keys) == 1 and not extra.get(root) and _plural_of_another(name, found.forms):
            continue  # "two Valdors", "Kessels": products or a family named after a name, not its referent
        if (
            len(all_forms) == 1 and total[root] == 1 and _country_code(name) and len(name) == 2
            and name.lower() not in _PROSE_CODES and not any(c.startswith(("place:", "person:", "organisation:")) for c in all_cues)
        ):
            continue  # "What BS", "TV episodes": two capitals once, nothing saying it is the country
        kind, evidence = kinds.decide(all_forms, all_cues, several="organisation")
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
        short = tuple(sorted({f for k in extra.get(root, []) for f in found.forms[k]}))
        forms = tuple(sorted(all_forms))
        owner, why, after = _attached(keys, names, evidenced_as, registered)
        if owner:
            kind = next(e.kind for e in dossier.entities if e.id == owner)
            evidence = (f"a form of the registered '{registered.names[owner]}': {why}",)
            if after:
                forms, short = (), tuple(sorted(set(short) | set(forms)))
        result.append(
            Suggestion(name, kind, count, tuple(srcs), forms, context, sid, paragraph, short, evidence, owner)
        )
    return sorted(result, key=lambda s: (-s.count, s.name))


_PROSE_CODES = frozenset(("us", "uk"))
"""Two-letter country codes English prose writes as the country's name ("US", "UK";
dotted forms such as "U.S." are names too). Any other code seen once, with nothing
said of it, is taken for another abbreviation ("TV", "CD", "BS")."""


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


def _worth_keeping(name: str, cues: Counter[str], inner: int, common: frozenset[str]) -> bool:
    """A group of one name: kept unless nothing says a lone capitalised word is a name."""
    if " " in name or is_acronym(name):
        return True  # several capitalised words, or an acronym ("WHO recommends"), is a name
    if demonym_of(name):
        return False
    place = gazetteer.places().get(gazetteer.key(name), "")
    # a city or region named like a common word ("Central", "Reading") counts only where
    # it is not opening a sentence, or when the dossier never writes the word in lower case
    strong = bool(place) and (place not in ("city", "region") or inner > 0 or name.lower() not in common) or any(
        c.startswith(("person:after", "person:age", "organisation:", "place:after")) for c in cues
    )
    if strong:
        return True
    if inner == 0:
        return False  # seen only opening sentences
    return name.lower() not in common


def provisional(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Unreviewed entities for `--discover`; ids never collide with registered ones.
    The summary says why the kind was chosen."""
    taken = {e.id for e in registered}
    result = []
    for s in sorted(suggestions, key=lambda s: s.name):
        if s.registered:
            continue  # forms of a registered entity's name: `attach`
        base = slugify(s.name)
        eid, n = base, 1
        while eid in taken or paths.reserved(eid):  # a name "Index" must not replace a listing
            n += 1
            eid = f"{base}-{n}"
        taken.add(eid)
        why = "; ".join(s.evidence[:3])
        result.append(
            Entity(
                id=eid,
                kind=s.kind,
                name=s.name,
                aliases=tuple(Alias(f) for f in s.forms)
                + tuple(Alias(f, after_full_name=True, shared=True) for f in s.short_forms),
                summary=f"Unreviewed: a name found {'once' if s.count == 1 else f'{s.count} times'}, not in the registry; {s.kind} ({why}).",
                reviewed=False,
                evidence=s.evidence,
            )
        )
    return tuple(result)


def attach(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The registered entities, each with the forms `group_names` found for it
    (`Suggestion.registered`) added as provisional aliases (`Alias.provisional`; short
    forms count only after the full name, as a provisional entity's do)."""
    extra: dict[str, list[Alias]] = defaultdict(list)
    for s in suggestions:
        if s.registered:
            extra[s.registered] += [Alias(f, provisional=True) for f in s.forms]
            extra[s.registered] += [Alias(f, after_full_name=True, shared=True, provisional=True) for f in s.short_forms]
    result = []
    for e in registered:
        have = {a.text for a in e.aliases}
        new = tuple(a for a in extra.get(e.id, ()) if a.text not in have)
        result.append(replace(e, aliases=e.aliases + new) if new else e)
    return tuple(result)

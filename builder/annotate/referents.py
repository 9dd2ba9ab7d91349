"""One referent, one group: the forms of a dossier's unregistered names joined into the
groups `discover.group_names` turns into suggestions (the list in `discover`'s
docstring): acronyms, legal forms, common nouns after a name, a shorter name opening one
organisation's, one name spelled two ways, initials, a country under all its names and
its nationality adjective, a country before a name; then the short forms (surnames,
leading and closing words) that count only after the full name (`shortforms`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from . import gazetteer, kinds, wordclass
from .nameparts import INNER_PARTICLES
from .namewords import (
    EVENT_HEADS,
    INSTITUTION_HEADS,
    MEASURE_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    TRADE_HEADS,
    demonym_of,
    is_acronym,
    is_head,
)
from .occurrences import Found, given_name_first, normal

SMALL = ("of", "for", "and", "the", "de", "&")


def name_initials(name: str) -> str:
    """"Cambodian People's Party" -> "CPP" (small words skipped)."""
    words = re.findall(r"[\w’'.-]+", name)
    return "".join(w[0].upper() for w in words if w.lower() not in SMALL)


GROUP_WORDS = frozenset("group holdings company corporation".split())
"""Words a company's name carries after its own word, as a legal form is ("Harlow Group",
"Kessel Holdings"): the bare word is how the name is shortened."""


def base_name(name: str) -> str:
    """The name without trailing legal forms and "Group" ("Aer Lingus Group plc" -> "Aer Lingus")."""
    words = name.split()
    while len(words) > 1 and (gazetteer.legal_form(words[-1].rstrip(",")) or words[-1].lower() in GROUP_WORDS):
        words.pop()
    return " ".join(words)


def firm_base(name: str) -> str:
    """A firm's own words, its trade and legal form dropped: "Nordhavn Shipping Group" ->
    "Nordhavn", "Meridian Health Group" -> "Meridian", "Valdor Airlines" -> "Valdor"; ""
    for a name that ends in no trade word, legal form or "Group" (an institution's head,
    "Union", "Court", "Ministry", says another body: "Avel Bank" is not "Avel"). After a
    trade word or legal form, the common nouns before it (WordNet: "Health", "Computer")
    go too."""
    words = name.split()
    cut = 0
    while len(words) > 1 and (
        gazetteer.legal_form(words[-1].rstrip(",")) or words[-1].lower() in GROUP_WORDS
        or (words[-1].lower() in TRADE_HEADS and words[-1].lower() not in INSTITUTION_HEADS)
    ):
        words.pop()
        cut += 1
    while cut and len(words) > 1 and len(words[-1]) >= 4 and wordclass.common_word(words[-1]) and not any(
        is_head(words[-1].lower(), h) for h in (INSTITUTION_HEADS, PLACE_HEADS, EVENT_HEADS)
    ):
        words.pop()
    return " ".join(words) if cut and not any(w.lower() in SMALL for w in words) else ""


def _canonical(name: str) -> str:
    """An organisation's name with the country before it dropped and "Department of X"
    turned into "X Department" ("" for names of another shape)."""
    words = name.split()
    for n in range(min(len(words) - 1, 4), 0, -1):
        if country_code(" ".join(words[:n])):
            words = words[n:]
            break
    if len(words) == 3 and words[1] == "of" and words[0].lower() in ORG_HEADS:
        words = [words[2], words[0]]
    return normal(" ".join(words)) if len(words) == 2 and words[-1].lower() in ORG_HEADS else ""


class Groups:
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


def _join_alike(groups: Groups, by_count: list[tuple[str, str]], key_of: Callable[[str], str]) -> dict[str, str]:
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


def country_code(name: str) -> str:
    """The ISO code of the country a name (or a code in capitals) stands for, or ""."""
    k = gazetteer.key(name)
    if len(k) <= 3 and not is_acronym(name):
        return ""  # "ID" is Indonesia, "I'd" is not
    return gazetteer.countries().get(k, "")


def join_same(found: Found, groups: Groups, common: frozenset[str] = frozenset()) -> None:
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
    # the name with a legal form: "Harlow Inc." joins "Harlow"
    for key, name in names.items():
        base = normal(base_name(name))
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
                and not any(c.startswith("place:") for c in found.cues[base])  # "Brackenford Central" after "in Brackenford"
                and not (len(names[base].split()) > 1 and gazetteer.given_name(names[base].split()[0].lower()))
                and not demonym_of(names[base]) and not wordclass.adjective_only(names[base])
            ):  # a nationality adjective ("European silver") is no name "European Athletics" is a form of
                groups.join(key, base)
                break
    # one person under two forms of the given name: "Dan Okafor" and "Daniel Okafor",
    # "Helen Marsh" and "Helena Marsh" (`gazetteer.same_given_name`), when each has one
    # such partner in the dossier
    by_surname: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, name in names.items():
        if given_name_first(name) and len(name.split()) <= 3:
            by_surname[tuple(name.split()[1:])].append(key)
    for keys in by_surname.values():
        partners = {
            k: [o for o in keys if gazetteer.same_given_name(names[k].split()[0], names[o].split()[0])] for k in keys
        }
        for k, found_ in partners.items():
            if len(found_) == 1 and len(partners[found_[0]]) == 1:
                groups.join(k, found_[0])
                # shown with the kind's evidence, so a reviewer sees why the two are one
                if k < found_[0]:
                    found.cues[k][f"person:'{names[k].split()[0]}' and '{names[found_[0]].split()[0]}' one given name"] += 1
    # a person's name less its last word, the second of two surnames: "Carolina Ibáñez" is
    # "Carolina Ibáñez Muñoz", "Luis Alberto Gómez" is "Luis Alberto Gómez Araya", when the
    # dossier has one such longer name (a given name opens both; the word left is no given
    # name: "Sarah Jessica" is not "Sarah Jessica Parker")
    longer_by_one: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        words = name.split()
        if (len(words) >= 3 and given_name_first(name) and surname_word(words[-1]) and surname_word(words[-2])
                and words[-1].lower() not in common  # "Tomas Brandt Theatre ... the theatre": a common noun
                and not any(is_head(words[-1].lower(), h) for h in (ORG_HEADS, INSTITUTION_HEADS, PLACE_HEADS, EVENT_HEADS))):
            longer_by_one[normal(" ".join(words[:-1]))].append(key)
    for short, keys in longer_by_one.items():
        if short in forms and len({groups.find(k) for k in keys}) == 1:
            groups.join(short, keys[0])
    _title_and_surname(found, groups)
    # a person named by initials and surname, "E. Whitcombe" (of "HHJ E. Whitcombe"), "J. R.
    # Okafor": the one person of the dossier whose given names have those initials and who
    # has that surname ("Eleanor Whitcombe")
    for key, name in names.items():
        words = name.split()
        n_initials = 0
        while n_initials < len(words) - 1 and re.fullmatch(r"[^\W\d_]\.", words[n_initials]):
            n_initials += 1
        if not n_initials or any(w.lower() in SMALL or not w[0].isupper() for w in words[n_initials:]):
            continue
        surname = [w.lower() for w in words[n_initials:]]
        initials = [w[0].lower() for w in words[:n_initials]]
        matches = {
            groups.find(o) for o, other in names.items()
            if o != key and given_name_first(other) and [w.lower() for w in other.split()[-len(surname):]] == surname
            and [w[0].lower() for w in other.split()[: -len(surname)]][:n_initials] == initials
        }
        if len(matches) == 1:
            groups.join(key, matches.pop())
    # a name of several words that opens exactly one longer name of an organisation or a
    # site, and says nothing of its own kind but organisation, is that name: "Marlow &
    # Penn" is "Marlow & Penn Shipping", "St. Agnes" the "St. Agnes Medical Center",
    # "Kessel West" the "Kessel West Convention Center" (not "Port Selby" of "Port Selby
    # Harbour Authority", a place by its own words, nor "Ft. Worth", by the gazetteer)
    longer: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        words = name.split()
        if len(words) >= 3 and any(is_head(words[-1].lower(), h) for h in (ORG_HEADS, PLACE_HEADS)):
            for width in range(2, len(words)):
                base = normal(" ".join(words[:width]))
                if base in forms and base != key:
                    longer[base].append(key)
    for base, keys in longer.items():
        own = {kind for kind, _, _ in kinds.own_words(names[base])}
        if len(keys) == 1 and own <= {"organisation"} and not given_name_first(names[base]):
            groups.join(base, keys[0])
    # one name written two ways: "European Aeronautic Defence and Space Company",
    # "European Aeronautic Defense & Space Company" (small words aside, word for word the
    # same but for one letter in a word)
    by_shape: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, name in names.items():
        words = [w.lower() for w in name.split() if w.lower() not in SMALL]
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
            for form in {name, base_name(name)}:  # "GM": "General Motors Corp."
                if " " in form:
                    by_initials[name_initials(form)].append(key)
    for key, name in names.items():
        if is_acronym(name.replace("&", "")) and groups.find(key) == key:  # "S&W" for "Smith & Wesson"
            options = {groups.find(k) for k in by_initials.get(name.replace(".", "").replace("&", ""), [])}
            if len(options) == 1:
                groups.join(key, options.pop())
    # one country under several names ("U.S.", "United States of America")
    _join_alike(groups, by_count, country_code)
    # "Department of Labor", "Labor Department", "US Labor Department": one name
    _join_alike(groups, by_count, _canonical)
    # a name with a country before it: "US Federal Reserve" is the "Federal Reserve"
    for key, name in names.items():
        words = name.split()
        for width in range(1, min(len(words) - 1, 4) + 1):
            if country_code(" ".join(words[:width])):
                rest = normal(" ".join(words[width:]))
                if rest in forms and (len(words) - width > 1 or is_acronym(words[-1])):
                    groups.join(key, rest)
                break


def _title_and_surname(found: Found, groups: Groups) -> None:
    """"Sheriff Okonkwo" is "Dale Okonkwo" when the dossier writes "Sheriff" as a title
    before a person's name elsewhere ("Alder County Sheriff Dale Okonkwo": the cue
    "person:after 'Sheriff'") and exactly one person of the dossier, named with a given
    name, has that surname. A title and the surname is how news writing names a person
    after the full name (AP Stylebook, "titles": "Sheriff Okonkwo" on second reference is
    correct for formal titles); a title outside the closed list `TITLES` is learnt from
    the dossier's own use of it."""
    names = found.names
    titles = {
        c.split("'")[1].lower() for key in names for c in found.cues[key] if c.startswith("person:after '") and c.count("'") == 2
    }
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key, name in names.items():
        if given_name_first(name) and 2 <= len(name.split()) <= 3:
            by_surname[name.split()[-1]].add(key)
    for key, name in names.items():
        words = name.split()
        if len(words) == 2 and words[0].lower() in titles and not given_name_first(name):
            people = {groups.find(k) for k in by_surname.get(words[1], ())}
            if len(people) == 1:
                groups.join(key, people.pop())


def surname_word(word: str) -> bool:
    """A capitalised word that may be a surname: no given name ("Luis Alberto"), particle,
    initial or connector."""
    return (
        word[:1].isupper() and len(word.rstrip(".")) > 1 and not gazetteer.given_name(word.lower())
        and word.lower() not in SMALL and word.lower() not in INNER_PARTICLES
    )


def _spelled_alike(a: str, b: str) -> bool:
    """Two names of three or more words that are the same, small words ("and", "&",
    "of") aside, but for at most one letter changed in each word ("Defence", "Defense")."""
    wa = [w.lower() for w in a.split() if w.lower() not in SMALL]
    wb = [w.lower() for w in b.split() if w.lower() not in SMALL]
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    return all(x == y or (len(x) == len(y) >= 5 and sum(c != d for c, d in zip(x, y, strict=True)) == 1) for x, y in zip(wa, wb, strict=True))



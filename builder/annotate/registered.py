"""Discovered names that are forms of a registered organisation's name ("Vantmoor
Construction" and "VCL" for a registered "Vantmoor Construction Ltd"): `provisionals.attach`
adds them to that entity as provisional aliases instead of making a second entity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Entity
from . import gazetteer, kinds
from .namewords import dictionary_word, is_acronym
from .occurrences import normal
from .referents import base_name, name_initials

KNIGHTLY = frozenset("sir dame lord lady".split())
"""Styles written before a given name alone on second reference ("Sir John", "Dame Helen",
"Lady Anne": Debrett's, forms of address); no other title is."""


@dataclass(frozen=True)
class Registered:
    """Forms of the registered organisations' names (not people's or places') that a
    discovered name may be, each mapped to the ids of the entities they stand for."""

    bases: dict[str, set[str]]
    """`normal` of an alias without its legal form ("vantmoor construction")."""
    initials: dict[str, set[str]]
    """Initials (three letters or more) of an alias, with and without its legal form ("VCL")."""
    leading: dict[str, set[str]]
    """`normal` of the leading words of an alias without its legal form ("vantmoor"), when
    its first word is no English word."""
    names: dict[str, str]
    """Entity id -> display name."""
    own: dict[str, set[str]]
    """`normal` of every alias of every registered entity, people and places too ("costa
    whitby" for "Costa-Whitby", "zurich re" for "Zürich Re"): a discovered group holding
    one of these is that entity (a form the matcher does not find as written: "Costa
    Whitby", "Zurich Re"; `occurrences.collect` leaves out the forms it finds)."""
    after: frozenset[str]
    """The keys in `own` that only short forms counted after the full name have."""
    styled: dict[str, set[str]] = field(default_factory=dict)
    """`normal` of the given name of a registered person named with a knight's or dame's
    style ("helen" for "Dame Helen Marsh"), mapped to the ids."""


def registered_forms(entities: tuple[Entity, ...]) -> Registered:
    """The forms `attached` looks up, from the reviewed entities' full aliases."""
    bases: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, set[str]] = defaultdict(set)
    leading: dict[str, set[str]] = defaultdict(set)
    own: dict[str, set[str]] = defaultdict(set)
    full: set[str] = set()
    styled: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        words = e.name.split()
        if e.kind == "person" and len(words) >= 3 and words[0].lower() in KNIGHTLY:
            styled[normal(words[1])].add(e.id)
        if e.reviewed:
            for a in e.aliases:
                own[normal(a.text)].add(e.id)
                if not (a.after_full_name or a.shared):
                    full.add(normal(a.text))
        if not e.reviewed or e.kind in ("person", "place"):
            continue
        for a in e.aliases:
            if a.after_full_name or a.shared or is_acronym(a.text):
                continue
            base = base_name(a.text)
            if base != a.text:
                bases[normal(base)].add(e.id)
            for form in {a.text, base}:
                letters = name_initials(form)
                if " " in form and len(letters) >= 3:
                    initials[letters].add(e.id)
            words = base.split()
            # "Crown" of "Crown Court at Lowmoor", "Sentencing" of "Sentencing Council": a
            # first word that is an English word (WordNet: `dictionary_word`) names the thing
            # it means as often as the body, so its leading words are no short form of it
            for width in range(1, len(words) if not dictionary_word(words[0]) else 1):
                leading[normal(" ".join(words[:width]))].add(e.id)
    return Registered(dict(bases), dict(initials), dict(leading), {e.id: e.name for e in entities}, dict(own),
                      frozenset(own.keys() - full), dict(styled))


def attached(
    keys: list[str], names: dict[str, str], evidenced_as: str, registered: Registered, joined: bool = False,
) -> tuple[str, str, bool]:
    """The registered entity a group of discovered names stands for: (its id, why, whether
    the forms count only after its full name), or ("", "", False). A group stands for a
    registered organisation when one of its names is a registered name without its legal
    form ("Vantmoor Construction" for "Vantmoor Construction Ltd", with the acronym and
    short forms joined to it); a lone acronym when its letters are the initials of one
    registered name ("VCL"); a lone name that nothing calls a person or place when it is
    the leading words of one registered name ("Vantmoor": a short form, counted after
    the full name). A form shared by two registered entities attaches to neither.

    First, a group one of whose keys is a registered alias itself, written another way
    ("Costa Whitby" for "Costa-Whitby"), or the outlet "Linwood University" that "the
    University" was joined to (`joined`: `discover._own_outlet_short_forms`): that
    entity, its forms counted after its full name when joined or when the alias is
    itself such a short form. Registered names always win (DESIGN: discovery only adds
    names the registry lacks)."""
    ids: set[str] = set()
    for k in keys:
        ids |= registered.own.get(k, set())
    if ids:
        after = joined or all(k in registered.after for k in keys if k in registered.own)
        return (ids.pop(), "its registered name", after) if len(ids) == 1 else ("", "", False)
    for k in keys:
        ids |= registered.bases.get(k, set()) | registered.bases.get(normal(base_name(names[k])), set())
    if ids:
        return (ids.pop(), "its registered name without the legal form", False) if len(ids) == 1 else ("", "", False)
    if len(keys) != 1:
        return "", "", False
    name = names[keys[0]]
    if evidenced_as == "person" and len(registered.styled.get(keys[0], ())) == 1:
        # "Dame Helen" for "Dame Helen Marsh": the style and the given name are how British
        # usage names a knight or dame on second reference (Debrett's, forms of address)
        return next(iter(registered.styled[keys[0]])), "the given name of its registered name after its style", True
    if is_acronym(name):
        ids = registered.initials.get(name.replace(".", ""), set())
        return (next(iter(ids)), "the initials of its registered name", False) if len(ids) == 1 else ("", "", False)
    place = gazetteer.key(name) in gazetteer.places() or any(kind == "place" for kind, _, _ in kinds.own_words(name))
    ids = registered.leading.get(keys[0], set()) if evidenced_as not in ("person", "place") and not place else set()
    return (next(iter(ids)), "the first words of its registered name", True) if len(ids) == 1 else ("", "", False)


_STATERS = ("person", "organisation", "party")


def entity_named(words: str, entities: dict[str, Entity]) -> str:
    """The one registered person or body whose name or alias is `words` as written, with a
    determiner before it or not ("Meadowbrook", "the KDEA"), or "": a registered short
    form names its entity wherever the source writes it as a claimant's words
    ("Meadowbrook said …" where the source never writes "Meadowbrook Retail Group"), even
    where the matcher does not count it (an alias counted only after the full name,
    `Alias.after_full_name`)."""
    bare = re.sub(r"^(?:the|The)\s+", "", words.strip())
    found = {e.id for e in entities.values() if e.kind in _STATERS
             and (e.name == bare or any(a.text == bare and not a.shared for a in e.aliases))}
    return found.pop() if len(found) == 1 else ""

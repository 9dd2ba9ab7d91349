"""Aliases that are also common words of the sources ("May", "Will", "Bill"), and short
forms that link nothing in a source that never writes the full name.

A one-word alias such as "May" matches every "May" that opens a sentence or a headline,
and one marked `case_sensitive: false` every "may" as well. Which words are common is
read from the sources themselves, not from a word list: an alias whose lower-case form
occurs as a whole word in the sources at least `COMMON_FROM` times is reported, with
its mention count, as a warning (the build goes on).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import ahocorasick

from ..annotation import Annotated
from ..escaping import shown
from ..model import Dossier

COMMON_FROM = 3
"""Lower-case occurrences from which a one-word alias counts as a common word too."""


def common_word_aliases(dossier: Dossier, annotated: dict[str, Annotated], registry: str) -> list[str]:
    """Warnings, one line each, naming the registry line of every reviewed entity with a
    one-word alias that is also a common word of the sources, or an alias of one letter or
    with no letter at all ("a", "|": it matches a sign, not a name) (`registry`: the file
    name). A form `--discover` added (`Alias.provisional`) is not on that line: none."""
    forms: dict[str, list[tuple[str, int, str]]] = {}  # lower-case form -> (entity, line, alias)
    for e in dossier.entities:
        if not e.reviewed:
            continue
        for a in e.aliases:
            t = a.text
            if a.provisional:
                continue
            if len(t) > 1 and t.isalpha() and (t.islower() or t[0].isupper() and (t[1:].islower() or not a.case_sensitive)):
                forms.setdefault(t.lower(), []).append((e.id, e.line, t))  # "May", "Will"; "the", "may"
    lower: Counter[str] = Counter()
    if forms:
        automaton = ahocorasick.Automaton()
        for form in forms:
            automaton.add_word(form, form)
        automaton.make_automaton()
        for s in dossier.sources:
            text = s.text
            for end, form in automaton.iter(text):
                start = end - len(form) + 1
                if (start == 0 or not text[start - 1].isalnum()) and (end + 1 == len(text) or not text[end + 1].isalnum()):
                    lower[form] += 1
    mentions: Counter[tuple[str, str]] = Counter(
        (m.entity, m.text) for a in annotated.values() for m in a.mentions
    )
    warnings = [
        f"{registry}:{e.line}: entity '{e.id}': alias {shown(a.text)} "
        f"{'has no letter' if not any(c.isalpha() for c in a.text) else 'is one letter'}; its "
        f"{mentions[(e.id, a.text)]} mentions are most likely not the name: prefer a longer alias"
        for e in dossier.entities if e.reviewed for a in e.aliases
        if not a.provisional and (len(a.text.strip()) == 1 or not any(c.isalpha() for c in a.text))
    ]  # "a", "I", "|", "*": a letter or a sign matches in every sentence or table (attack review s15 #14)
    for form in sorted(forms):
        if lower[form] < COMMON_FROM:
            continue
        for eid, line, alias in forms[form]:
            count = mentions[(eid, alias)] + mentions[(eid, alias.upper())] + mentions[(eid, form)]
            warnings.append(
                f"{registry}:{line}: entity '{eid}': alias '{alias}' is also a common word ('{form}' occurs "
                f"{lower[form]} times in the sources); its {count} mentions may include the word: prefer a "
                "longer alias or mark it 'after_full_name: true'"
            )
    return warnings


SHORT_FORMS_SHOWN = 20
"""The most short-form lines one build prints; the rest are counted in one more line."""

_LONGER_NAME = re.compile(r"[ \u00a0](?:[A-Z][\w'’-]*|of [A-Z])")
"""A capitalised word (or "of" and one) right after a form: it opens a longer name."""


def unlinked_short_forms(dossier: Dossier, annotated: dict[str, Annotated] | None, registry: str) -> list[str]:
    """Warnings, one line each, naming the registry line of every reviewed entity whose
    short form (`Alias.after_full_name`: "counts only after the full name appeared in the
    same source") is written as a whole word in sources that never name the entity at all,
    so that none of those is linked ("Vaultline" for a registered "Vaultline Exchange" in a
    statement that never writes the full name). The mark is the researcher's instruction,
    so it is kept; the line says where it costs links and what to do (`registry`: the file
    name). Forms `--discover` added (`Alias.provisional`) are not on that line: none.
    One pass over the sources with an Aho-Corasick automaton of the forms; a form counts
    where no letter, digit or hyphen touches it (a hyphen joins a compound, "Kessel-Brandt").
    With no annotations (`check`, which reads no text), a source names an entity when it
    contains its name or one of its other aliases."""
    forms: dict[str, list[tuple[str, int, str, str]]] = {}  # form -> (entity, line, alias, name)
    for e in dossier.entities:
        if e.reviewed:
            for a in e.aliases:
                if a.after_full_name and not a.provisional and a.text.strip():
                    forms.setdefault(a.text, []).append((e.id, e.line, a.text, e.name))
    if not forms:
        return []
    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    full = {e.id: [e.name, *(a.text for a in e.aliases if not a.after_full_name)] for e in dossier.entities}
    marked = {eid for uses in forms.values() for eid, *_ in uses}
    written: dict[tuple[str, str], list[str]] = {}  # (entity, form) -> the file of each unlinked occurrence
    for s in dossier.sources:
        text = s.text
        found = [(end - len(form) + 1, end, form) for end, form in automaton.iter(text)]
        if not found:  # (the source's mentions are read only where a form occurs)
            continue
        mentions = annotated[s.id].mentions if annotated is not None and s.id in annotated else ()
        spans = [*sorted((m.start, m.end) for m in mentions), *((p.start, p.end) for p in s.paragraphs if p.skipped)]
        named = {m.entity for m in mentions} if annotated is not None else {
            e for e in marked if any(f and f in text for f in full[e])}
        for start, end, form in found:
            if (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or \
                    (end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "-")):
                continue
            if _LONGER_NAME.match(text, end + 1) or any(a < end + 1 and start < b for a, b in spans):
                continue  # part of a longer name ("Meadowbrook Park"), linked to another entity, or not read
            for eid, _, _, _ in forms[form]:
                if eid not in named:
                    written.setdefault((eid, form), []).append(s.file)
    warnings: list[str] = []
    for form in sorted(forms):
        for eid, line, alias, name in forms[form]:
            files = written.get((eid, form), [])
            if files:
                others = len(set(files)) - 1
                warnings.append(
                    f"{registry}:{line}: entity '{eid}': alias {shown(alias)} counts only after the full name, but "
                    f"{Path(registry).parent / files[0]}{f' and {others} other source' + ('s' if others > 1 else '') if others else ''} "
                    f"{'write' if others else 'writes'} it {len(files)} time{'s' if len(files) > 1 else ''} without "
                    f"naming {shown(name)} in full, so none is linked: write the full name there or drop 'after_full_name'"
                )
    if len(warnings) > SHORT_FORMS_SHOWN:  # one line per alias, not thousands (attack review s20 #3)
        more = len(warnings) - SHORT_FORMS_SHOWN
        warnings = [*warnings[:SHORT_FORMS_SHOWN], f"{registry}: and {more:,} more short forms (after_full_name) "
                    "written where their entity is never named in full"]
    return warnings

"""Find every registered entity in a text with one Aho-Corasick automaton over all aliases.

Matches sit on word boundaries; the leftmost-longest match wins; curly and straight
quotes are equivalent; a case-sensitive alias also matches its all-capitals form (as in
headlines and datelines). Possessives need nothing special: "Hun Sen's" ends at a word
boundary after "Hun Sen".
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from .model import Alias, Entity

# One character for one character, so offsets in the folded text are offsets in the text.
_FOLD = {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "\n": " ", "\t": " ", "\u00a0": " "}


def fold(text: str) -> str:
    """Quotes made straight and white space made single spaces, same length as `text`."""
    for old, new in _FOLD.items():  # str.replace is many times faster than str.translate here
        text = text.replace(old, new)
    return text


def lower(text: str) -> str:
    """Lower case without changing the length (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Claim:
    """An entity's claim on an alias."""

    entity: str
    """Entity id."""
    alias: Alias
    """The alias as registered."""
    form: str
    """The alias folded (quotes straight)."""


@dataclass(frozen=True)
class Hit:
    """A word-bounded match, before a claimant is chosen."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    claims: tuple[Claim, ...]
    """Entities whose alias matched here."""


def _is_word(c: str) -> bool:
    return c.isalnum()


class Matcher:
    """All aliases of all entities in one automaton."""

    def __init__(self, entities: tuple[Entity, ...] | list[Entity]) -> None:
        table: dict[str, list[Claim]] = {}
        for entity in entities:
            for alias in entity.aliases:
                form = fold(alias.text)
                table.setdefault(lower(form), []).append(Claim(entity.id, alias, form))
        self.size = len(table)
        self._automaton = ahocorasick.Automaton()
        for key, claims in table.items():
            self._automaton.add_word(key, (len(key), tuple(claims)))
        if table:
            self._automaton.make_automaton()

    def hits(self, text: str) -> list[Hit]:
        """Leftmost-longest, non-overlapping, word-bounded matches in `text`."""
        if not self.size:
            return []
        folded = fold(text)
        low = lower(folded)
        candidates: list[Hit] = []
        n = len(text)
        for last, (length, claims) in self._automaton.iter(low):
            start, end = last + 1 - length, last + 1
            if _is_word(low[start]) and start > 0 and _is_word(low[start - 1]):
                continue
            if _is_word(low[end - 1]) and end < n and _is_word(low[end]):
                continue
            surface = folded[start:end]
            fitting = tuple(c for c in claims if _case_fits(c, surface))
            if fitting:
                candidates.append(Hit(start, end, fitting))
        candidates.sort(key=lambda h: (h.start, -h.end))
        chosen: list[Hit] = []
        reach = 0
        for hit in candidates:
            if hit.start >= reach:
                chosen.append(hit)
                reach = hit.end
        return chosen


def _case_fits(claim: Claim, surface: str) -> bool:
    if not claim.alias.case_sensitive:
        return True
    return surface == claim.form or (surface == claim.form.upper() and len(surface) > 1)


def resolve(hits: list[Hit]) -> list[tuple[Hit, str]]:
    """Choose each hit's entity, in text order.

    A short form (`after_full_name`) counts once its entity was named in full earlier in
    the text; a shared alias goes to the claimant last named in full before it. Hits that
    cannot be resolved are dropped.
    """
    named: dict[str, int] = {}
    result: list[tuple[Hit, str]] = []
    for hit in hits:
        full = [c for c in hit.claims if not c.alias.after_full_name and not c.alias.shared]
        if len(full) == 1:
            entity = full[0].entity
        else:
            eligible = [c.entity for c in hit.claims if c.entity in named]
            if not eligible:
                continue
            entity = max(eligible, key=lambda e: named[e])
        if any(c.entity == entity and not c.alias.after_full_name and not c.alias.shared for c in hit.claims):
            named[entity] = hit.start
        result.append((hit, entity))
    return result

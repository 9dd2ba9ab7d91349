"""Relations between sources: versions of one story (shared word 5-grams) and sources
that name the same entities, with the inverted indexes behind them.

Candidate pairs come from inverted indexes (5-gram -> sources, entity -> sources), so
unrelated sources are never compared.
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..model import Relation

VERSION_THRESHOLD = 0.35
"""Share of word 5-grams two texts must have in common to be versions of one story."""


GRAM_MAX_SOURCES = 50
"""5-grams found in more sources than this do not pair sources up as versions."""

SHARED_ENTITY_MAX_SOURCES = 30
"""Entities named in more sources than this do not count towards "related sources"."""


class Relater:
    """Versions (shared word 5-grams) and shared-entity links between sources, with the
    indexes behind them kept so that changed sources can be patched in.

    Candidate pairs come from inverted indexes (5-gram -> sources, entity -> sources),
    so unrelated sources are never compared. The pair counts of a first build are not
    kept (over a million pairs at 10,000 sources): a patch counts again, from the two
    sources' 5-grams or entities, only the pairs an edit can have changed.
    """

    def __init__(self, entity_sets: dict[str, set[str]], grams: dict[str, array[int]]) -> None:
        """`grams` are each source's `shingles`; `entity_sets` the entities it names."""
        self.grams, self.entity_sets = grams, entity_sets
        # Only 5-grams found in 2 to 50 sources can pair sources up (one in every report of
        # a much-repeated story says nothing about which two are versions of each other).
        self.freq: Counter[int] = Counter()
        for sample in grams.values():
            self.freq.update(sample)
        useful = {g for g, n in self.freq.items() if _useful_gram(n)}
        self.index: dict[int, list[str]] = defaultdict(list)
        for sid in sorted(grams):
            for g in useful.intersection(grams[sid]):
                self.index[g].append(sid)
        shared: Counter[tuple[str, str]] = Counter()
        for ids in self.index.values():
            shared.update(itertools.combinations(ids, 2))
        self.versions = {key: r for key, n in shared.items() if n >= 3 for r in self._version(*key, n)}
        del shared
        self.by_entity: dict[str, list[str]] = defaultdict(list)
        for sid in sorted(entity_sets):
            for e in entity_sets[sid]:
                self.by_entity[e].append(sid)
        common: Counter[tuple[str, str]] = Counter()
        for ids in self.by_entity.values():
            if _telling_entity(len(ids)):
                common.update(itertools.combinations(ids, 2))
        self.sharing = {key: self._sharing(*key, n) for key, n in common.items() if n >= 2}

    def _version(self, a: str, b: str, n: int) -> list[Relation]:
        """The version relation of two sources sharing `n` sampled 5-grams, if they are."""
        if n < 3:
            return []  # too few sampled 5-grams in common to call two texts versions
        overlap = n / min(len(self.grams[a]), len(self.grams[b]))
        return [Relation(a, b, "version", round(overlap, 3))] if overlap >= VERSION_THRESHOLD else []

    def _sharing(self, a: str, b: str, n: int) -> Relation:
        return Relation(a, b, "shared-entities", round(n / len(self.entity_sets[a] | self.entity_sets[b]), 3))

    def relations(self) -> list[Relation]:
        """Every relation between sources, sorted by kind, then sources."""
        return sorted([*self.versions.values(), *self.sharing.values()], key=lambda r: (r.kind, r.a, r.b))

    def patch(self, entity_sets: dict[str, set[str]], grams: dict[str, array[int]], gone: Iterable[str] = ()) -> None:
        """Replace the entity sets and 5-grams of the sources given (new ones too, and
        those `gone`, given as empty, which are then forgotten)."""
        # 5-grams: each one gained or lost by a changed source moves between holders.
        moves: dict[int, list[tuple[str, bool]]] = defaultdict(list)  # 5-gram -> (source, gained)
        for sid, sample in grams.items():
            old, new = set(self.grams.get(sid, ())), set(sample)
            for g in new - old:
                moves[g].append((sid, True))
            for g in old - new:
                moves[g].append((sid, False))
            self.grams[sid] = sample
        after: dict[int, list[str]] = {}
        unlisted = set()  # 5-grams that become useful: their holders are found by a scan
        for g, changes in moves.items():
            n = self.freq[g] + sum(1 if gained else -1 for _, gained in changes)
            if not _useful_gram(n):
                continue
            if g in self.index:
                ids = set(self.index[g])
                for sid, gained in changes:
                    (ids.add if gained else ids.discard)(sid)
                after[g] = sorted(ids)
            else:
                unlisted.add(g)
        if unlisted:
            for sid in sorted(self.grams):
                for g in unlisted.intersection(self.grams[sid]):
                    after.setdefault(g, []).append(sid)
        again: set[tuple[str, str]] = set()  # the pairs whose relation may have changed
        for g, changes in moves.items():
            self.freq[g] += sum(1 if gained else -1 for _, gained in changes)
            if not self.freq[g]:
                del self.freq[g]
            before = self.index.pop(g, None)
            if g in after:
                self.index[g] = after[g]
            again |= _moved_pairs(before, after.get(g), [sid for sid, _ in changes])
        again |= _partners(grams, self.index, _useful_gram)
        for key in again:
            self.versions.pop(key, None)
            a, b = key
            useful = [g for g in set(self.grams[a]).intersection(self.grams[b]) if _useful_gram(self.freq[g])]
            for r in self._version(a, b, len(useful)):
                self.versions[key] = r
        # Entities: the same, one source and entity at a time.
        again = set()
        for sid, named in entity_sets.items():
            named_before = self.entity_sets.get(sid, set())
            for e in sorted(named_before ^ named):
                old_ids = self.by_entity.get(e, [])
                new_ids = [x for x in old_ids if x != sid] if e in named_before else sorted([*old_ids, sid])
                again |= _moved_pairs(
                    old_ids if _telling_entity(len(old_ids)) else None,
                    new_ids if _telling_entity(len(new_ids)) else None, [sid],
                )
                if new_ids:
                    self.by_entity[e] = new_ids
                else:
                    del self.by_entity[e]
            self.entity_sets[sid] = named
        again |= _partners(entity_sets, self.by_entity, _telling_entity)
        for key in again:
            self.sharing.pop(key, None)
            a, b = key
            n = sum(1 for e in self.entity_sets[a] & self.entity_sets[b] if _telling_entity(len(self.by_entity[e])))
            if n >= 2:
                self.sharing[key] = self._sharing(a, b, n)
        for sid in gone:
            del self.grams[sid], self.entity_sets[sid]


def _useful_gram(holders: int) -> bool:
    return 1 < holders <= GRAM_MAX_SOURCES


def _telling_entity(holders: int) -> bool:
    # An entity named in many sources says little about which of them belong together,
    # and its pairs would grow with the square of the dossier.
    return holders <= SHARED_ENTITY_MAX_SOURCES


def _moved_pairs(before: list[str] | None, after: list[str] | None, movers: list[str]) -> set[tuple[str, str]]:
    """The pairs whose count a key's move changed: the key's holders `before` and `after`
    (sorted; None where the key does not count) when they differ by more than `movers`
    (the key started or stopped counting), else the movers' pairs with either."""
    if (before is None) != (after is None):
        return {*itertools.combinations(before or (), 2), *itertools.combinations(after or (), 2)}
    return {(m, x) if m < x else (x, m) for m in movers for x in (*(before or ()), *(after or ())) if x != m}


def _partners(
    keys_of: Mapping[str, Iterable[Any]], index: Mapping[Any, list[str]], counts: Callable[[int], bool],
) -> set[tuple[str, str]]:
    """Each source of `keys_of` paired with every source that shares one of its keys
    (a 5-gram or an entity), where the key's holders are counted."""
    result: set[tuple[str, str]] = set()
    for sid, keys in keys_of.items():
        for k in keys:
            ids = index.get(k)
            if ids and counts(len(ids)):
                result.update((sid, x) if sid < x else (x, sid) for x in ids if x != sid)
    return result

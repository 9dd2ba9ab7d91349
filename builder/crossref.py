"""Link the annotated sources: per-entity aggregates, co-mentions, memberships, and
source-to-source relations (shared entities, versions of the same story).

Runs once the whole corpus is annotated; nothing is rendered before this exists.
"""

from __future__ import annotations

import bisect
import itertools
import re
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, TypeVar

from .model import Annotated, Dossier, Entity, Fact, Mention, Quote, Relation

T = TypeVar("T", bound=tuple[Any, Any])

VERSION_THRESHOLD = 0.35
"""Share of word 5-grams two texts must have in common to be versions of one story."""


@dataclass(frozen=True)
class Links:
    """Cross-source indexes, computed once, read by render and export."""

    mentions: dict[str, list[tuple[str, Mention]]]
    """Entity id -> (source id, mention) in source order."""
    counts: dict[str, Counter[str]]
    """Source id -> entity id -> mention count."""
    relations: tuple[Relation, ...]
    """Every relation, sorted."""
    related: dict[str, list[tuple[str, str, float]]]
    """Source id -> (other source id, kind, weight), strongest first."""
    companions: dict[str, list[tuple[str, int]]]
    """Entity id -> (other entity id, paragraphs shared), most first."""
    facts: dict[str, list[tuple[Fact, str]]]
    """Entity id -> (fact, source id), in source order."""
    quotes: dict[str, list[tuple[Quote, str]]]
    """Speaker id -> (quote, source id), in source order."""


def link(dossier: Dossier, annotated: dict[str, Annotated], held: Held | None = None) -> Links:
    """Build every cross-source index. With `held` (kept by a process that builds
    again), the indexes of the previous call are patched when only a few sources'
    annotations changed, and this call's are kept for the next."""
    if held is not None and held.state is not None:
        patched = held.state.patch(dossier, annotated)
        if patched is not None:
            return patched
    mentions: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    facts: dict[str, list[tuple[Fact, str]]] = defaultdict(list)
    quotes: dict[str, list[tuple[Quote, str]]] = defaultdict(list)
    counts: dict[str, Counter[str]] = {}
    pair_paragraphs: Counter[tuple[str, str]] = Counter()
    for source in dossier.sources:
        ann = annotated[source.id]
        counts[source.id] = Counter(m.entity for m in ann.mentions)
        for f in ann.facts:
            facts[f.entity].append((f, source.id))
        for q in ann.quotes:
            if q.speaker:
                quotes[q.speaker].append((q, source.id))
        for m in ann.mentions:
            mentions[m.entity].append((source.id, m))
        for a, b, n in ann.pairs:
            pair_paragraphs[(a, b)] += n
    # Sorted by (kind, a, b) as built: the kinds come in that order ("co-mention", then the
    # registry's "leader", "member", "role", then "shared-entities" and "version").
    pair_keys = sorted(pair_paragraphs)
    comention = [Relation(a, b, "co-mention", float(pair_paragraphs[a, b])) for a, b in pair_keys]
    relater = _Relater({sid: set(c) for sid, c in counts.items()}, {s: array("I", a.shingles) for s, a in annotated.items()})
    between = relater.relations()
    companions: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), n in pair_paragraphs.items():
        companions[a].append((b, n))
        companions[b].append((a, n))
    for pairs in companions.values():
        _order_companions(pairs)
    links = Links(
        mentions=dict(mentions),
        counts=counts,
        relations=(*comention, *memberships(dossier.entities), *between),
        related=_related(between),
        companions=dict(companions),
        facts=dict(facts),
        quotes=dict(quotes),
    )
    if held is not None:
        held.state = _State(
            tuple(s.id for s in dossier.sources), dossier.entities, dict(annotated), links,
            pair_paragraphs, dict(zip(pair_keys, comention, strict=True)), pair_keys, relater,
        )
    return links


def _related(between: list[Relation]) -> dict[str, list[tuple[str, str, float]]]:
    """Source id -> its related sources, strongest first (versions before shared entities)."""
    related: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for r in between:
        related[r.a].append((r.b, r.kind, r.weight))
        related[r.b].append((r.a, r.kind, r.weight))
    for sid, lst in related.items():
        best: dict[str, tuple[str, str, float]] = {}
        for item in sorted(lst, key=lambda x: (x[1] != "version", -x[2], x[0])):
            best.setdefault(item[0], item)
        related[sid] = list(best.values())  # already strongest first
    return dict(related)


def _order_companions(pairs: list[tuple[str, int]]) -> None:
    pairs.sort()  # by other id, then (stable) by paragraphs, most first
    pairs.sort(key=itemgetter(1), reverse=True)


class Held:
    """What `link` keeps between the builds of one process (`watch`)."""

    def __init__(self) -> None:
        self.state: _State | None = None


PATCH_AT_MOST = 0.25
"""Share of the sources that may have changed for `link` to patch its previous indexes
rather than build them again."""


@dataclass
class _State:
    """One call's inputs, indexes and the counts behind them."""

    order: tuple[str, ...]
    entities: tuple[Entity, ...]
    annotated: dict[str, Annotated]
    links: Links
    pairs: Counter[tuple[str, str]]
    comention: dict[tuple[str, str], Relation]
    pair_keys: list[tuple[str, str]]
    relater: _Relater

    def patch(self, dossier: Dossier, annotated: dict[str, Annotated]) -> Links | None:
        """The links of `annotated`, by patching this state's where sources changed
        (None when the sources or the registry changed, or too many annotations:
        build again). The state becomes the new one's."""
        order = tuple(s.id for s in dossier.sources)
        if order != self.order or dossier.entities != self.entities:
            return None
        changed = [sid for sid in order if annotated[sid] is not self.annotated[sid]]
        if len(changed) > PATCH_AT_MOST * len(order):
            return None
        old, new = {sid: self.annotated[sid] for sid in changed}, {sid: annotated[sid] for sid in changed}
        self.annotated = dict(annotated)
        if not changed:
            return self.links
        links = self.links
        position = {sid: i for i, sid in enumerate(order)}
        counts = dict(links.counts)
        for sid, ann in new.items():
            counts[sid] = Counter(m.entity for m in ann.mentions)
        mentions = _patched(links.mentions, old, new, position, lambda a: [(m.entity, (a.source, m)) for m in a.mentions])
        facts = _patched(links.facts, old, new, position, lambda a: [(f.entity, (f, a.source)) for f in a.facts])
        quotes = _patched(links.quotes, old, new, position, lambda a: [(q.speaker, (q, a.source)) for q in a.quotes if q.speaker])
        # Co-mentions: the changed sources' pairs taken out, their new pairs put in.
        touched: set[tuple[str, str]] = set()
        for ann, sign in [*((a, -1) for a in old.values()), *((a, 1) for a in new.values())]:
            for a, b, n in ann.pairs:
                self.pairs[(a, b)] += sign * n
                touched.add((a, b))
        companions = dict(links.companions)
        for key in sorted(touched):
            n = self.pairs[key]
            if n == 0:
                del self.pairs[key]
                if self.comention.pop(key, None) is not None:
                    del self.pair_keys[bisect.bisect_left(self.pair_keys, key)]
            else:
                if key not in self.comention:
                    bisect.insort(self.pair_keys, key)
                self.comention[key] = Relation(*key, "co-mention", float(n))
        others: dict[str, set[str]] = defaultdict(set)  # entity -> those it was or is paired with
        for a, b in touched:
            others[a].add(b)
            others[b].add(a)
        for eid, near in others.items():
            near.update(o for o, _ in links.companions.get(eid, []))
            pairs = [(o, self.pairs[key]) for o in near for key in ((eid, o) if eid < o else (o, eid),) if key in self.pairs]
            if pairs:
                _order_companions(pairs)
                companions[eid] = pairs
            else:
                companions.pop(eid, None)
        self.relater.patch({sid: set(counts[sid]) for sid in changed}, {sid: array("I", a.shingles) for sid, a in new.items()})
        between = self.relater.relations()
        self.links = Links(
            mentions=mentions,
            counts=counts,
            relations=(*map(self.comention.__getitem__, self.pair_keys), *memberships(dossier.entities), *between),
            related=_related(between),
            companions=companions,
            facts=facts,
            quotes=quotes,
        )
        return self.links



def _patched(
    index: dict[str, list[T]], old: dict[str, Annotated], new: dict[str, Annotated], position: dict[str, int],
    entries: Callable[[Annotated], list[tuple[str, T]]],
) -> dict[str, list[T]]:
    """A per-entity index in source order (mentions, facts, quotes), with the changed
    sources' `old` entries replaced by their `new` ones."""
    result = dict(index)
    gone = set(old)
    added: dict[str, list[T]] = defaultdict(list)
    for ann in new.values():
        for eid, entry in entries(ann):
            added[eid].append(entry)
    for eid in {eid for ann in old.values() for eid, _ in entries(ann)} | added.keys():
        kept = [x for x in index.get(eid, []) if _sid(x) not in gone] + added.get(eid, [])
        kept.sort(key=lambda x: position[_sid(x)])  # stable: each source's entries keep their order
        if kept:
            result[eid] = kept
        else:
            result.pop(eid, None)
    return result


def _sid(entry: tuple[object, object]) -> str:
    """The source id of an index entry: (source id, mention) or (fact or quote, source id)."""
    first, second = entry
    return first if isinstance(first, str) else second  # type: ignore[return-value]


def co_mentions(mentions: tuple[Mention, ...]) -> tuple[tuple[str, str, int], ...]:
    """Pairs of entities named in the same paragraph of one source, and in how many."""
    by_paragraph: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        by_paragraph[m.paragraph].add(m.entity)
    pairs: Counter[tuple[str, str]] = Counter()
    for ids in by_paragraph.values():
        ordered = sorted(ids)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs[(a, b)] += 1
    return tuple((a, b, n) for (a, b), n in sorted(pairs.items()))


def memberships(entities: tuple[Entity, ...]) -> list[Relation]:
    """Party membership, leadership and roles declared in the registry."""
    result = []
    for e in entities:
        if e.party:
            result.append(Relation(e.id, e.party, "member", 1.0))
        if e.leader:
            result.append(Relation(e.leader, e.id, "leader", 1.0))
        for role in e.roles:
            if role.of:
                result.append(Relation(e.id, role.of, "role", 1.0))
    return sorted(set(result), key=lambda r: (r.kind, r.a, r.b))


SAMPLE = 4
"""One word 5-gram in SAMPLE is kept (those whose checksum is divisible by it): the share of
common 5-grams is estimated from a quarter of them, the same quarter in every text."""


def shingles(text: str, n: int = 5) -> set[int]:
    """A sample of the text's word n-grams, as stable checksums (the same in every run)."""
    words = re.findall(r"\w+", text.lower())
    grams = map(" ".join, zip(*(words[i:] for i in range(n)), strict=False))  # each run of n words
    return {s for s in map(zlib.crc32, map(str.encode, grams)) if s % SAMPLE == 0}


GRAM_MAX_SOURCES = 50
"""5-grams found in more sources than this do not pair sources up as versions."""

SHARED_ENTITY_MAX_SOURCES = 30
"""Entities named in more sources than this do not count towards "related sources"."""


class _Relater:
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

    def patch(self, entity_sets: dict[str, set[str]], grams: dict[str, array[int]]) -> None:
        """Replace the entity sets and 5-grams of the sources given (sources the
        relater already holds, some of them changed)."""
        # 5-grams: each one gained or lost by a changed source moves between holders.
        moves: dict[int, list[tuple[str, bool]]] = defaultdict(list)  # 5-gram -> (source, gained)
        for sid, sample in grams.items():
            old, new = set(self.grams[sid]), set(sample)
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
            for e in sorted(self.entity_sets[sid] ^ named):
                old_ids = self.by_entity.get(e, [])
                new_ids = [x for x in old_ids if x != sid] if e in self.entity_sets[sid] else sorted([*old_ids, sid])
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

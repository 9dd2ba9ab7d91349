"""Link the annotated sources: per-entity aggregates, co-mentions, memberships, and
source-to-source relations (shared entities, versions of the same story).

Runs once the whole corpus is annotated; nothing is rendered before this exists.
"""

from __future__ import annotations

import itertools
import re
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import itemgetter

from .model import Annotated, Dossier, Entity, Fact, Mention, Quote, Relation

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


def link(dossier: Dossier, annotated: dict[str, Annotated]) -> Links:
    """Build every cross-source index."""
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
    relations = [Relation(a, b, "co-mention", float(pair_paragraphs[a, b])) for a, b in sorted(pair_paragraphs)]
    relations += memberships(dossier.entities)
    between = sorted(
        relate_sources({sid: set(c) for sid, c in counts.items()}, {s: array("I", a.shingles) for s, a in annotated.items()}),
        key=lambda r: (r.kind, r.a, r.b),
    )
    relations += between
    related: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for r in between:
        related[r.a].append((r.b, r.kind, r.weight))
        related[r.b].append((r.a, r.kind, r.weight))
    for sid, lst in related.items():
        best: dict[str, tuple[str, str, float]] = {}
        for item in sorted(lst, key=lambda x: (x[1] != "version", -x[2], x[0])):
            best.setdefault(item[0], item)
        related[sid] = list(best.values())  # already strongest first
    companions: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), n in pair_paragraphs.items():
        companions[a].append((b, n))
        companions[b].append((a, n))
    for pairs in companions.values():
        pairs.sort()  # by other id, then (stable) by paragraphs, most first
        pairs.sort(key=itemgetter(1), reverse=True)
    return Links(
        mentions=dict(mentions),
        counts=counts,
        relations=tuple(relations),
        related=dict(related),
        companions=dict(companions),
        facts=dict(facts),
        quotes=dict(quotes),
    )


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
    sums = (zlib.crc32(" ".join(words[i : i + n]).encode()) for i in range(max(len(words) - n + 1, 0)))
    return {s for s in sums if s % SAMPLE == 0}


SHARED_ENTITY_MAX_SOURCES = 30
"""Entities named in more sources than this do not count towards "related sources"."""


def relate_sources(entity_sets: dict[str, set[str]], grams: dict[str, array[int]]) -> list[Relation]:
    """Versions (shared word 5-grams) and shared-entity links between sources.

    Candidate pairs come from an inverted index of shingles, so unrelated sources are
    never compared. `grams` are each source's `shingles`.
    """
    # Only 5-grams found in 2 to 50 sources can pair sources up (one in every report of
    # a much-repeated story says nothing about which two are versions of each other).
    freq: Counter[int] = Counter()
    for sample in grams.values():
        freq.update(sample)
    useful = {g for g, n in freq.items() if 1 < n <= 50}
    index: dict[int, list[str]] = defaultdict(list)
    for sid in sorted(grams):
        for g in useful.intersection(grams[sid]):
            index[g].append(sid)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in index.values():
        shared.update(itertools.combinations(ids, 2))
    result = []
    for (a, b), n in shared.items():
        if n < 3:
            continue  # too few sampled 5-grams in common to call two texts versions
        overlap = n / min(len(grams[a]), len(grams[b]))
        if overlap >= VERSION_THRESHOLD:
            result.append(Relation(a, b, "version", round(overlap, 3)))
    by_entity: dict[str, list[str]] = defaultdict(list)
    for sid in sorted(entity_sets):
        for e in entity_sets[sid]:
            by_entity[e].append(sid)
    common: Counter[tuple[str, str]] = Counter()
    for ids in by_entity.values():
        # An entity named in many sources says little about which of them belong
        # together, and its pairs would grow with the square of the dossier.
        if len(ids) <= SHARED_ENTITY_MAX_SOURCES:
            common.update(itertools.combinations(ids, 2))
    for (a, b), n in common.items():
        if n >= 2:
            result.append(Relation(a, b, "shared-entities", round(n / len(entity_sets[a] | entity_sets[b]), 3)))
    return result

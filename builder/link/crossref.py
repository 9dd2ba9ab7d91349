"""Link the annotated sources: per-entity aggregates, co-mentions, memberships, and
source-to-source relations (shared entities, versions of the same story).

The indexes are the sum of per-source contributions, as Sphinx's environment
collectors keep theirs (`clear_doc`, `process_doc`): an `Index` can `add` a source's
annotations and `remove` them. A full build adds every source to an empty index; a
process that builds again (`watch`) keeps its index and, for the sources whose content
hash (cache key) changed, removes the old contribution and adds the new one. There is
no second implementation to keep equal to the first.

Runs once the whole corpus is annotated; nothing is rendered before this exists.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter

from ..annotation import Annotated, Fact, Mention, Quote
from ..model import Dossier, Entity, Relation
from .changes import Contributions
from .relations import Relater


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



def link(
    dossier: Dossier, annotated: dict[str, Annotated], keys: Mapping[str, str] | None = None, index: Index | None = None,
) -> Links:
    """Every cross-source index of `annotated` (source id -> annotations, all the
    dossier's sources). With `index` (kept by a process that builds again) and the
    sources' content hashes `keys` (source id -> cache key), only the sources whose hash
    changed, or that came or went, have their contributions removed and added again."""
    index = index if index is not None else Index()
    index.update(dossier, annotated, keys if keys is not None else dict.fromkeys(annotated, ""))
    return index.links(dossier.entities)


class Index(Contributions):
    """The cross-source indexes as per-source contributions: `add`, `remove`, and
    `links` to read them. Per-entity lists are kept in source order (`order`)."""

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self.order: dict[str, int] = {}
        """Source id -> its position in the dossier."""
        self.keys: dict[str, str] = {}
        """Source id -> the content hash its contribution was added with."""
        self.added: dict[str, Annotated] = {}
        self.mentions: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
        self.facts: dict[str, list[tuple[Fact, str]]] = defaultdict(list)
        self.quotes: dict[str, list[tuple[Quote, str]]] = defaultdict(list)
        self.counts: dict[str, Counter[str]] = {}
        self.pairs: Counter[tuple[str, str]] = Counter()
        """(entity, entity) -> paragraphs naming both, over all sources."""
        self.companions: dict[str, list[tuple[str, int]]] = {}
        self.comention: dict[tuple[str, str], Relation] = {}
        self.pair_keys: list[tuple[str, str]] = []
        """The co-mention pairs, sorted."""
        self.relater: Relater | None = None
        self._touched_pairs: set[tuple[str, str]] = set()
        self._changed: dict[str, Annotated | None] = {}
        """Sources added or removed since the last `links` (None: removed)."""
        self._unsorted: set[str] = set()
        """Entities whose lists may be out of source order (sources added to a full index)."""

    def add(self, sid: str, ann: Annotated, key: str, in_order: bool) -> None:
        """Add a source's contribution, with its content hash `key` (appended to the
        per-entity lists, sorted again before they are read unless `in_order`)."""
        self.added[sid], self.keys[sid], self._changed[sid] = ann, key, ann
        if not in_order:
            self._unsorted.update(m.entity for m in ann.mentions)
            self._unsorted.update(f.entity for f in ann.facts)
            self._unsorted.update(q.speaker for q in ann.quotes if q.speaker)
        self.counts[sid] = Counter(m.entity for m in ann.mentions)
        for m in ann.mentions:
            self.mentions[m.entity].append((sid, m))
        for f in ann.facts:
            self.facts[f.entity].append((f, sid))
        for q in ann.quotes:
            if q.speaker:
                self.quotes[q.speaker].append((q, sid))
        for a, b, n in ann.pairs:
            self.pairs[(a, b)] += n
            self._touched_pairs.add((a, b))

    def remove(self, sid: str) -> None:
        """Take a source's contribution out."""
        ann = self.added.pop(sid)
        del self.keys[sid], self.counts[sid]
        self._changed[sid] = None
        for index, ids in (
            (self.mentions, {m.entity for m in ann.mentions}),
            (self.facts, {f.entity for f in ann.facts}),
            (self.quotes, {q.speaker for q in ann.quotes if q.speaker}),
        ):
            for eid in ids:
                kept = [x for x in index[eid] if _sid(x) != sid]
                if kept:
                    index[eid] = kept  # type: ignore[assignment]
                else:
                    del index[eid]
        for a, b, n in ann.pairs:
            self.pairs[(a, b)] -= n
            self._touched_pairs.add((a, b))

    def links(self, entities: tuple[Entity, ...]) -> Links:
        """The indexes as they stand (the derived ones brought up to date first)."""
        for eid in self._unsorted:
            for index in (self.mentions, self.facts, self.quotes):
                if eid in index:
                    index[eid].sort(key=lambda x: self.order[_sid(x)])  # stable: a source's entries keep their order
        self._unsorted.clear()
        self._update_pairs()
        between = self._relations()
        return Links(
            mentions=dict(self.mentions),
            counts={sid: self.counts[sid] for sid in self.order},
            relations=(*map(self.comention.__getitem__, self.pair_keys), *memberships(entities), *between),
            related=_related(between),
            companions=dict(self.companions),
            facts=dict(self.facts),
            quotes=dict(self.quotes),
        )

    def _update_pairs(self) -> None:
        """Co-mention relations and companions for the pairs whose counts changed."""
        touched, self._touched_pairs = self._touched_pairs, set()
        if len(touched) > len(self.pair_keys) // 2:
            for key in touched:
                if not self.pairs[key]:
                    del self.pairs[key]
            self.pair_keys = sorted(self.pairs)
            self.comention = {key: Relation(*key, "co-mention", float(self.pairs[key])) for key in self.pair_keys}
            companions: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for (a, b), n in self.pairs.items():
                companions[a].append((b, n))
                companions[b].append((a, n))
            for pairs in companions.values():
                _order_companions(pairs)
            self.companions = dict(companions)
            return
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
            near.update(o for o, _ in self.companions.get(eid, []))
            pairs = [(o, self.pairs[key]) for o in near for key in ((eid, o) if eid < o else (o, eid),) if key in self.pairs]
            if pairs:
                _order_companions(pairs)
                self.companions[eid] = pairs
            else:
                self.companions.pop(eid, None)

    def _relations(self) -> list[Relation]:
        """Versions and shared-entity links between sources, for the sources changed."""
        changed, self._changed = self._changed, {}
        if self.relater is None:
            self.relater = Relater(
                {sid: set(self.counts[sid]) for sid in self.order},
                {sid: array("I", self.added[sid].shingles) for sid in self.order},
            )
        elif changed:
            self.relater.patch(
                {sid: set(self.counts[sid]) if ann is not None else set() for sid, ann in changed.items()},
                {sid: array("I", ann.shingles if ann is not None else b"") for sid, ann in changed.items()},
                gone=[sid for sid, ann in changed.items() if ann is None],
            )
        return self.relater.relations()


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


def _sid(entry: tuple[object, object]) -> str:
    """The source id of an index entry: (source id, mention) or (fact or quote, source id)."""
    first, second = entry
    return first if isinstance(first, str) else second  # type: ignore[return-value]


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

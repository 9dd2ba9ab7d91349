"""The consolidated timeline: candidate events from dated sentences, merged across sources.

Each sentence with a date that anchors a happening is a candidate (`events.py` finds
them, per source), with the entities it mentions. Two candidates on the same date merge
when `happenings.related_pairs` relates them (the same noun named by the date, or a shared
entity and shared content stems) or when their sentences are near-identical (versions
of one story). Curated entries in `events.yml` are applied last and win.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Container, Mapping
from typing import Any

from ..annotate.happenings import related_pairs
from ..annotate.likeness import two_acts
from ..annotation import Annotated, Candidate
from ..escaping import printable_line
from ..model import Citation, Dossier, Event
from ..timex import sort_key
from . import telling
from .changes import Contributions
from .curation import citation_order, curate
from .leads import attach
from .nesting import join_nested

SIMILAR = 0.6
"""Share of content words two sentences need in common to report the same happening."""


def _find(parent: list[int], i: int) -> int:
    """Union-find root, halving the path."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def merge_date(items: list[Candidate], places: Container[str] = frozenset()) -> list[list[Candidate]]:
    """Group candidates of one date (in source order) that report the same happening
    (`Index.groups` merges each date with it; `places`: the ids of the dossier's places)."""
    parent = list(range(len(items)))
    # The same words: joined through a dict, not pairwise; then related happenings.
    first: dict[str, int] = {}
    for i, c in enumerate(items):
        if c.words in first:
            parent[_find(parent, i)] = _find(parent, first[c.words])
        else:
            first[c.words] = i
    for i, j in related_pairs(items, places):
        parent[_find(parent, j)] = _find(parent, i)
    # Similar wording: each candidate is compared with the first candidate of each
    # group so far that shares one of its rarest words (prefix filtering: two word
    # sets with Jaccard similarity >= SIMILAR always share one of those), so a story
    # repeated across thousands of sources is not compared pair by pair.
    word_sets = [frozenset(c.words.split()) for c in items]
    freq: Counter[str] = Counter(w for ws in word_sets for w in ws)
    rarest_first = {w: (n, w) for w, n in freq.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for i, a_words in enumerate(word_sets):
        ordered = sorted(a_words, key=rarest_first.__getitem__)
        prefix = ordered[: len(ordered) - math.ceil(SIMILAR * len(ordered)) + 1]
        joined = False
        for w in prefix:
            for j in index[w]:
                if _find(parent, i) == _find(parent, j):
                    continue
                b_words = word_sets[j]
                if (len(a_words & b_words) / len(a_words | b_words) >= SIMILAR
                        and not two_acts(items[i], items[j])):  # an after-clause retelling another act
                    parent[_find(parent, i)] = _find(parent, j)
                    joined = True
        if not joined and _find(parent, i) == i:  # a new group: i represents it
            for w in prefix:
                index[w].append(i)
    clusters: dict[int, list[Candidate]] = defaultdict(list)
    for i, c in enumerate(items):
        clusters[_find(parent, i)].append(c)
    return list(clusters.values())


def build_events(
    dossier: Dossier, annotated: dict[str, Annotated], extracted: dict[str, Event] | None = None,
    index: Index | None = None, keys: Mapping[str, str] | None = None,
) -> tuple[Event, ...]:
    """Extract (unless `extracted` is given), merge and curate the timeline's events,
    sorted by date then id (`index`, `keys`: see `extract_events`)."""
    if extracted is None:
        extracted = extract_events(dossier, annotated, index, keys)
    events = curate(extracted, dossier.curated_events)
    return tuple(sorted(events.values(), key=lambda ev: (sort_key(ev.date), ev.id)))


def extract_events(
    dossier: Dossier, annotated: dict[str, Annotated], index: Index | None = None, keys: Mapping[str, str] | None = None,
) -> dict[str, Event]:
    """The events found in the sources, by id, before curation. With `index` (kept by a
    process that builds again) and the sources' content hashes `keys` (source id ->
    cache key), only the sources whose hash changed, or that came or went, have their
    candidates removed and added again, and only the dates they touch are merged again."""
    index = index if index is not None else Index()
    index.update(dossier, annotated, keys if keys is not None else dict.fromkeys(annotated, ""))
    index.places = frozenset(e.id for e in dossier.entities if e.kind == "place")
    leads = [c for s in dossier.sources if s.id in annotated for c in annotated[s.id].leads]
    return index.events(attach(index.nested(), leads, index.places), index.places)


def _positions(groups: list[list[Candidate]], joined: list[list[Candidate]]) -> list[list[int]] | None:
    """Each of `joined` (`join_nested(groups)`) as the positions in `groups` of the groups
    it is made of, in order (None if one is not made of whole groups)."""
    first = {id(g[0]): i for i, g in enumerate(groups) if g}
    result = []
    for out in joined:
        made: list[int] = []
        n = 0
        while n < len(out):
            i = first.get(id(out[n]))
            if i is None or len(out) - n < len(groups[i]) or any(a is not b for a, b in zip(groups[i], out[n:], strict=False)):
                return None
            made.append(i)
            n += len(groups[i])
        if not made:
            return None
        result.append(made)
    return result


def _unchanged(
    date: str, signature: tuple[tuple[str, str, int], ...], index: Index, others: Mapping[str, tuple[Candidate, ...]],
    position: Mapping[str, int], held: Mapping[str, str], previous: Mapping[str, Annotated],
) -> list[Candidate] | None:
    """The candidates `date` will have once the sources `index` does not hold yet
    (`others`: source id -> its candidates of the date) are added, when they are equal,
    in the same order, to those its groups were merged from (`signature`, with each
    source's content hash then: for a source changed since, its annotations of then,
    from `previous`, must give the date the same candidates); else None."""
    now = {**index.dates.get(date, {}), **others}
    sids = [sid for sid, _, _ in signature]
    if set(sids) != now.keys() or sids != sorted(sids, key=position.__getitem__):
        return None
    result: list[Candidate] = []
    for sid, key, count in signature:
        given = now[sid]
        if len(given) != count:
            return None
        if index.keys.get(sid) != key:  # changed since: the candidates it gave then
            before = previous.get(key) if held.get(sid) == key else None
            if before is None or tuple(c for c in before.candidates if c.date == date) != given:
                return None
        result.extend(given)
    return result


class Index(Contributions):
    """The timeline's candidates as per-source contributions, as `crossref.Index` keeps
    the cross-source indexes: `add` a source's candidates, `remove` them, `groups` to
    read the merged groups. A full build adds every source to an empty index; `watch`
    keeps its index in the session, and an edit removes and adds the changed sources,
    so that only the dates they touch are merged again."""

    def __init__(self) -> None:
        self._clear()
        self.places: frozenset[str] = frozenset()
        """The ids of the dossier's places (`merge_date`; a change of kind changes every
        source's content hash, so no date merged with others stays)."""
        self.made: dict[tuple[Candidate, ...], tuple[str, str, Event, str, tuple[int, ...], int]] = {}
        """A group's candidates -> the base of its id, its id, its event, the base of the
        id its sentence gives (an alias), the positions of its candidates told in passing
        and the position of the one that tells it, as last made (found by what the group
        holds: an unchanged group is not made again, nor its telling candidate sought
        again while the same candidates are told in passing)."""

    def _clear(self) -> None:
        self.order: dict[str, int] = {}
        """Source id -> its position in the dossier (candidates of one date merge in it)."""
        self.keys: dict[str, str] = {}
        """Source id -> the content hash its candidates were added with."""
        self.dates: dict[str, dict[str, tuple[Candidate, ...]]] = defaultdict(dict)
        """Date -> source id -> that source's candidates of the date, in text order."""
        self.merged: dict[str, list[list[Candidate]]] = {}
        """Date -> its candidates merged (`merge_date`), for the dates not touched since."""
        self.merged_from: dict[str, list[Candidate]] = {}
        """Date -> the candidates `merged` was made from, in the order they were merged: a
        touched date whose candidates are still equal to these (an edit elsewhere in a
        source) keeps its groups."""
        self.of_source: dict[str, tuple[str, ...]] = {}
        """Source id -> the dates of its candidates."""
        self._touched: set[str] = set()
        """Dates whose candidates changed since the last `groups`."""
        self._nested: tuple[int, list[list[int]]] | None = None
        """What `join_nested` made of the groups `groups` last gave (their number, and each
        joined group as the positions of the groups it joins, in order), while the groups
        are equal to those: None once a date is merged again or goes."""

    def add(self, sid: str, ann: Annotated, key: str, in_order: bool) -> None:
        """Add a source's candidates (`key`: its content hash; in any order: each date's
        candidates are put in source order when it is merged)."""
        candidates = ann.candidates
        self.keys[sid] = key
        self.of_source[sid] = tuple(dict.fromkeys(c.date for c in candidates))
        by_date: dict[str, list[Candidate]] = {}
        for c in candidates:
            by_date.setdefault(c.date, []).append(c)  # (a tuple grown by one per candidate cost time quadratic in a date's)
        for date, told in by_date.items():
            self.dates[date][sid] = (*self.dates[date].get(sid, ()), *told)
            self._touched.add(date)

    def remove(self, sid: str) -> None:
        """Remove a source's candidates."""
        del self.keys[sid]
        for date in self.of_source.pop(sid):
            del self.dates[date][sid]
            self._touched.add(date)

    def _items(self, date: str) -> list[Candidate]:
        """The candidates of `date`, as they are merged: in source order, each source's
        in text order."""
        by_source = self.dates[date]
        return [c for sid in sorted(by_source, key=self.order.__getitem__) for c in by_source[sid]]

    def _signature(self, date: str) -> tuple[tuple[str, str, int], ...]:
        """What `date`'s candidates are made from: each source giving some, in source
        order, with its content hash and how many it gives (equal signatures, equal
        candidates)."""
        by_source = self.dates[date]
        return tuple((sid, self.keys[sid], len(by_source[sid])) for sid in sorted(by_source, key=self.order.__getitem__))

    def state(self) -> dict[str, Any]:
        """What a next process needs to resume this index (`resumed`) without merging
        every date again: the sources' content hashes, each date's groups, and the events
        last made, their candidates given as (date, position among the date's
        candidates) (the candidates themselves are the sources' annotations, which the
        annotation cache keeps). Call after `groups` and `events`."""
        merged: dict[str, tuple[tuple[tuple[str, str, int], ...], list[list[int]]]] = {}
        positions: dict[str, dict[int, int]] = {}
        for date, groups in sorted(self.merged.items()):  # in date order: the cache file is byte-identical build to build
            position = positions[date] = {id(c): n for n, c in enumerate(self._items(date))}
            merged[date] = (self._signature(date), [[position[id(c)] for c in group] for group in groups])
        made = [
            (tuple((c.date, positions[c.date][id(c)]) for c in content), *before)
            for content, before in self.made.items()
            if all(id(c) in positions.get(c.date, ()) for c in content)
        ]
        return {"keys": dict(self.keys), "merged": merged, "made": made, "nested": self._nested}

    @classmethod
    def resumed(
        cls, state: Mapping[str, Any], dossier: Dossier, annotated: Mapping[str, Annotated], keys: Mapping[str, str],
        previous: Mapping[str, Annotated] | None = None,
    ) -> Index:
        """An index holding the sources whose content hash (`keys`) is the one `state`
        (an earlier process's `state()`) holds, with the merged groups of each date
        whose candidates are those it was merged from, and the events made of those
        dates' candidates; `update` then adds and removes the rest, as in a process that
        builds again. A date's candidates are those it was merged from when they all
        come from those sources unchanged, or also from changed sources whose
        candidates of the date are equal to those they gave before (an edit elsewhere in
        the source), as their annotations by the content hashes of `state` in
        `previous` (the annotation cache as the build found it: key -> annotations) tell.
        A state that does not fit gives an empty index."""
        try:
            return cls._resumed(dict(state["keys"]), dict(state["merged"]), list(state["made"]), dossier, annotated, keys,
                                previous or {}, state.get("nested"))
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):  # not a state this code wrote
            return cls()

    @classmethod
    def _resumed(
        cls, held: dict[str, str], merged: dict[str, Any], made: list[Any],
        dossier: Dossier, annotated: Mapping[str, Annotated], keys: Mapping[str, str], previous: Mapping[str, Annotated],
        nested: tuple[int, list[list[int]]] | None = None,
    ) -> Index:
        index = cls()
        # The content hashes cover the builder's code: a state another version wrote keeps no source.
        kept = [s.id for s in dossier.sources if s.id in held and held[s.id] == keys.get(s.id) and s.id in annotated]
        if not kept:
            return index
        index.order = {sid: n for n, sid in enumerate(kept)}
        for sid in kept:
            index.add(sid, annotated[sid], keys[sid], True)
        # The sources the index does not hold yet (changed, new) and their candidates by date.
        position = {s.id: n for n, s in enumerate(dossier.sources)}
        others: dict[str, dict[str, tuple[Candidate, ...]]] = defaultdict(dict)
        for s in dossier.sources:
            if s.id not in index.keys and s.id in annotated:
                for c in annotated[s.id].candidates:
                    others[c.date][s.id] = (*others[c.date].get(s.id, ()), c)
        items: dict[str, list[Candidate]] = {}
        for date in [*index._touched, *(d for d in others if d not in index._touched)]:
            signature, groups = merged.get(date, ((), []))
            if date not in others and signature == index._signature(date):
                items[date] = index._items(date)
            else:
                unchanged = _unchanged(date, signature, index, others.get(date, {}), position, held, previous)
                if unchanged is None:
                    continue
                items[date] = unchanged
            index.merged_from[date] = items[date]
            index.merged[date] = [[items[date][n] for n in group] for group in groups]
            index._touched.discard(date)
        for positions, base, eid, event, by_sentence, aside, first in made:
            if all(date in items for date, _ in positions):
                index.made[tuple(items[date][n] for date, n in positions)] = (base, eid, event, by_sentence, aside, first)
        if nested is not None and index.merged.keys() == merged.keys():  # every date's groups as they were
            count, joins = nested
            index._nested = (int(count), [[int(i) for i in p] for p in joins])
        return index

    def groups(self) -> list[list[Candidate]]:
        """Every group of candidates that report the same happening on the same date, by
        date (`merge_date`), merging again only the dates touched since the last call."""
        for date in self._touched:
            by_source = self.dates.get(date)
            if by_source:
                items = self._items(date)
                before = self.merged_from.get(date)
                if before == items and date in self.merged:  # equal candidates, equal groups: made of the new ones
                    position = {id(c): n for n, c in enumerate(before)}
                    self.merged[date] = [[items[position[id(c)]] for c in group] for group in self.merged[date]]
                else:
                    self.merged[date] = merge_date(items, self.places)
                    self._nested = None
                self.merged_from[date] = items
            else:
                self._nested = None
                self.dates.pop(date, None)
                self.merged.pop(date, None)
                self.merged_from.pop(date, None)
        self._touched.clear()
        return [group for date in sorted(self.merged) for group in self.merged[date]]

    def nested(self) -> list[list[Candidate]]:
        """`join_nested` of the `groups`: joined again only when a date was merged again
        or went since it last was (equal groups, equal joins: `join_nested` is a function
        of the candidates' values), else made of the groups by the positions it gave."""
        groups = self.groups()
        if self._nested is not None and self._nested[0] == len(groups):
            return [groups[p[0]] if len(p) == 1 else [c for i in p for c in groups[i]] for p in self._nested[1]]
        joined = join_nested(groups, self.places)
        positions = _positions(groups, joined)
        self._nested = None if positions is None else (len(groups), positions)
        return joined

    def events(self, groups: list[list[Candidate]], places: Container[str] = frozenset()) -> dict[str, Event]:
        """The event of each group, by id (a group's first candidate, in order of
        precision, publication, source and paragraph, gives its id and title); `places`:
        the ids of the dossier's places."""
        made: dict[tuple[Candidate, ...], tuple[str, str, Event, str, tuple[int, ...], int]] = {}
        events: dict[str, Event] = {}
        slugs: dict[str, str] = {}  # sentence or title -> its slug: a story many sources carry is one sentence in many candidates

        def _slugged(words: str) -> str:
            slug = slugs.get(words)
            if slug is None:
                slug = slugs[words] = telling.slug(words)
            return slug

        def _own_id(c: Candidate) -> str:
            return f"{c.date.replace('/', '-')}-{_slugged(c.title or c.sentence)}"

        def _sentence_id(c: Candidate) -> str:
            return f"{c.date.replace('/', '-')}-{_slugged(c.sentence)}"

        def _free(base: str, taken: Container[str]) -> str:
            """`base`, or with the first suffix (-2, -3, ...) no earlier group took."""
            eid, n = base, 1
            while eid in taken:
                n += 1
                eid = f"{base}-{n}"
            return eid

        by_sentence: set[str] = set()  # the ids the sentences gave (before session 13), each an alias
        passing = telling.in_passing(groups)
        for whole in groups:
            content = tuple(whole)
            before = self.made.get(content)
            group = [c for c in whole if not c.undated] or whole  # an undated lead only cites (`leads.attach`)
            day, others = telling.day_of(group)
            told = [c for c in group if c.date not in others]  # the day most sources give, and any period joined to it
            lead = min(told, key=telling.in_event)
            base = before[0] if before is not None else _own_id(lead)
            old_base = before[3] if before is not None else _sentence_id(lead)
            eid = _free(base, events)
            old = _free(old_base, by_sentence)
            by_sentence.add(old)
            aside = tuple(n for n, c in enumerate(group) if c in passing)  # (`passing` looks past the group)
            if before is not None and before[4] == aside:
                first = group[before[5]]
            else:
                first = min(told, key=lambda c: telling.told_first(c, passing))
            if (before is not None and before[1] == eid and (old == eid or old in before[2].aliases)
                    and before[2].summary == printable_line(first.sentence)):
                events[eid] = before[2]  # the same group, the same id, told by the same sentence: the same event
            else:
                events[eid] = Event(
                    id=eid,
                    date=first.date,
                    precision=first.precision,
                    title=printable_line(first.title or telling.title_of(first.sentence)),
                    summary=printable_line(first.sentence),
                    # a place comes from the sentences that tell the event at its own date: a
                    # month's telling joined to a day ("ending a strike that began in March",
                    # `join_nested`) cites its paragraph but lends no place its sentence names
                    # for something else ("owned by Germany's Nordhavn AG")
                    entities=tuple(sorted({e for c in group for e in c.entities
                                           if e not in places or c.precision == lead.precision})),
                    citations=tuple(sorted({Citation(c.source, c.paragraph) for c in whole}, key=citation_order)),
                    aliases=tuple(sorted({i for c in group for i in (_own_id(c), _sentence_id(c))} | {old} - {eid})),
                    other_dates=tuple((d, tuple(sorted({Citation(c.source, c.paragraph) for c in group if c.date == d},
                                                       key=citation_order))) for d in others),
                )
            made[content] = (base, eid, events[eid], old_base, aside, group.index(first))
        self.made = made
        return events

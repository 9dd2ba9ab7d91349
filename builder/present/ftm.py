"""The dossier as FollowTheMoney entities: `data/dossier.ftm.json`, one entity per line,
for Aleph (`alephclient write-entities`), OpenAleph and the `ftm` command line.

FollowTheMoney (FtM) is the data model of Aleph and OpenSanctions. What each record of the
dossier is in FtM is `ftmrecords`; how the library makes one entity, and its id,
`ftmmaker`. This module puts the file together. Lines are sorted (by id, as `ftm
sorted-aggregate` wants), keys sorted.

`made` is a pure function of the dossier and, optionally, its own last result (`Made`,
which `watch`'s session keeps) or the lines a new process reads back from disk
(`ftmstore`, by the same keys): it makes again only the lines of the sources, relations
and events that changed. A build makes each source's lines where it annotates the source
(`source_lines`, in the annotate workers: `Fresh`), so its own process makes only the
registry's, the links' and the events' lines, which depend on every source, and sorts
them all. The module keeps no state but one maker per process (`_makers`). Lines are
UTF-8 bytes, as orjson writes them, from the proxy to the file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from .. import cache
from ..annotation import Annotated
from ..link.crossref import Links
from ..model import Dossier, Entity, Event, Relation, Source
from ..write import Pieces
from . import ftmrecords, ftmstore
from .ftmmaker import Maker, Scope, schema_of


@dataclasses.dataclass(frozen=True)
class Made:
    """The lines one call of `made` made, each by what it was made from, for the next
    call to reuse (`watch` keeps it in its session; this module keeps nothing): each
    source's lines by its content key (`cache.keys`), each relation's and each event's
    by its value. `base` is what every line depends on besides its own record: the
    namespace, the language, and each entity's schema and name."""

    base: tuple[object, ...]
    registry: tuple[bytes, ...]
    sources: dict[str, tuple[str, tuple[bytes, ...]]]
    """Source id -> (its content key, its lines)."""
    relations: dict[Relation, bytes]
    events: dict[ftmrecords.EventKey, bytes]
    """Each event's line, by what it is made from (`ftmrecords.event_key`)."""
    lines: list[bytes]
    """Every line above once, sorted (by id: each line starts with it). Lines are UTF-8
    JSON, as the library's command line writes them: the file is these bytes."""
    signature: str = ""
    """What every line depends on besides its own record (`ftmstore.signature`), when
    the lines were made for a store ("" if not)."""

    def text(self) -> str:
        """The file: `lines`, each ending in a newline."""
        return self.pieces().text()

    def pieces(self) -> Pieces:
        """The file's bytes, for `write.Stager`: `lines`, each ending in a newline."""
        return Pieces(self.lines, b"\n", b"\n" if self.lines else b"")

    def entries(self) -> dict[object, tuple[bytes, ...]]:
        """The lines by what they are made from, for `ftmstore.Store.save`: the registry's
        (`ftmstore.REGISTRY`), each source's by its content key, each link's by
        ("relation", *its value), each event's by its `ftmrecords.event_key`."""
        made: dict[object, tuple[bytes, ...]] = {ftmstore.REGISTRY: self.registry}
        made.update((key, lines) for key, lines in self.sources.values() if key)
        made.update((("relation", *r), (line,)) for r, line in self.relations.items())
        made.update((key, (line,)) for key, line in self.events.items())
        return made


def _sorted(parts: Made, before: list[bytes]) -> list[bytes]:
    """Every line of `parts` once, sorted: by id, since each line starts with
    `{"id":"` and its 40 hexadecimal digits (orjson's sorted keys put `id` first), and
    two lines with one id are one record's, the same line. Only the registry's lines
    can repeat (a post two people held is made for each), so only they are taken once
    each: every other line's id is made from its own source's, link's or event's key.
    From nothing (`before` empty) the lines are then sorted as they are. Else the lines of
    `before` (the last call's, sorted) that are still there keep their order, and the
    few new ones are sorted in with them: one long run for the sort to merge, so an
    edit in `watch` does not sort the whole file again."""
    if not before:
        made = list(dict.fromkeys(parts.registry))
        for _, lines_ in parts.sources.values():
            made.extend(lines_)
        made.extend(parts.relations.values())
        made.extend(parts.events.values())
        made.sort()
        return made
    now = set(parts.registry)
    for _, lines_ in parts.sources.values():
        now.update(lines_)
    now.update(parts.relations.values())
    now.update(parts.events.values())
    kept = [line for line in before if line in now]
    kept.extend(now.difference(kept))
    kept.sort()
    return kept


@dataclasses.dataclass
class Fresh:
    """The sources' lines made where the sources were annotated (`source_lines`, in the
    annotate workers, which have each source's annotations in hand), for `made` to take
    instead of making them again: `pipeline.annotate_all` fills `lines` (source content
    key -> lines), for the registry whose digest it records in `registry`
    (`cache.registry_digest`). `made` takes them only when its dossier has that registry
    and `scope`."""

    scope: Scope
    registry: str = ""
    lines: dict[str, tuple[bytes, ...]] = dataclasses.field(default_factory=dict)


_makers: dict[tuple[str, Scope], Maker] = {}
"""(Registry digest, scope) -> its maker, one per process (an annotate worker's, and the
cleaned values it remembers, serve every chunk it is given)."""


def source_lines(scope: Scope, registry: str, entities: tuple[Entity, ...],
                 annotated: Iterable[tuple[Source, Annotated]]) -> list[tuple[bytes, ...]]:
    """Each source's lines (its `Article`, `Mention`s and `Documentation`s), as `made`
    makes them, for the registry `entities` (whose digest is `registry`) and `scope`: run
    where the sources are annotated (`pipeline.annotate_all`, see `Fresh`), so the
    sources' lines are made in the workers, in parallel, and a build's own process only
    sorts and writes them."""
    m = _makers.get((registry, scope))
    if m is None:
        _makers.clear()
        m = _makers[(registry, scope)] = Maker(entities=entities, scope=scope)
    return [ftmrecords.source(m, s, ann) for s, ann in annotated]


def made(dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...],
         keys: dict[str, str] | None = None, before: Made | None = None,
         stored: Callable[[str], ftmstore.Entries] | None = None, fresh: Fresh | None = None) -> Made:
    """Every entity of the dossier, as lines of JSON. With `before` (what the last call
    returned) and the sources' content keys (`keys`: source id -> cache key), the lines
    of sources, relations and events unchanged since then are not made again: a source
    whose key is unchanged, a relation or event of equal value, all while `base` holds.
    With `stored` (`ftmstore.Store.load`: the lines a store kept, by key, for a
    signature), the result carries its `signature`, and when `before` cannot serve (a
    new process) the lines are taken from what the store kept under it, by the same keys
    (`Made.entries`). With `fresh`, a source's lines made where it was annotated are
    taken by its content key (when made for this dossier's registry and `Scope`). Either
    way the lines are those a call from nothing makes."""
    m = Maker(dossier)
    keys = keys or {}
    if before is None or before.base != m.base:
        before = Made(m.base, (), {}, {}, {}, [])
    digest = cache.registry_digest(dossier.entities, cache.code_digest()) if stored or fresh else ""
    signature = "" if stored is None else ftmstore.signature(digest, m.prefix, m.language)
    kept: ftmstore.Entries = stored(signature) if stored is not None and not before.lines else {}
    ready = fresh.lines if fresh and fresh.registry == digest and fresh.scope == Scope.of(dossier) else {}
    registry = ftmrecords.stated(m, dossier.entities)
    sources = {}
    for s in dossier.sources:
        again = before.sources.get(s.id)
        key = keys.get(s.id, "")
        if again and key and again[0] == key:
            sources[s.id] = again
        else:
            lines_ = (ready.get(key) or kept.get(key)) if key else None
            sources[s.id] = (key, lines_ if lines_ is not None else ftmrecords.source(m, s, annotated[s.id]))

    def relation(r: Relation) -> bytes:
        line = before.relations.get(r)
        if line is None:
            line = kept[("relation", *r)][0] if ("relation", *r) in kept else ftmrecords.relation(m, r)
        return line

    def event(key: ftmrecords.EventKey) -> bytes:
        line = before.events.get(key)
        if line is None:
            line = kept[key][0] if key in kept else ftmrecords.event(m, key)
        return line

    parts = Made(
        m.base,
        (before.registry if signature and before.signature == signature else kept.get(ftmstore.REGISTRY))
        or tuple(line for e in dossier.entities for line in ftmrecords.entity(m, e)),
        sources,
        {r: relation(r) for r in links.relations if ftmrecords.linked(r, registry)},
        {key: event(key) for key in map(ftmrecords.event_key, events)},
        [],
        signature,
    )
    return dataclasses.replace(parts, lines=_sorted(parts, before.lines))


def lines(dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...]) -> str:
    """`data/dossier.ftm.json`: every entity, one JSON object per line, sorted."""
    return made(dossier, annotated, links, events).text()


def example(dossier: Dossier) -> str:
    """One line of the file, for the Data page: the first person's entity (else the
    first entity's; "" when there is none)."""
    people = [e for e in dossier.entities if schema_of(e.kind) == "Person"] or list(dossier.entities)
    return ftmrecords.entity(Maker(dossier), people[0])[0].decode() if people else ""

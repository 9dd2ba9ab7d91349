"""The dossier as FollowTheMoney entities: `data/dossier.ftm.json`, one entity per line,
for Aleph (`alephclient write-entities`), OpenAleph and the `ftm` command line.

FollowTheMoney (FtM) is the data model of Aleph and OpenSanctions. Every entity here is
made by its library (`followthemoney`): the library names the schemata and properties,
normalises each value to its property's type and drops what is not valid for it. The
mapping, decided from the model:

- a registered or provisional entity: `Person`; `Organization` for an organisation and
  for a party (FtM has no party schema and its `PublicBody` is a state body, so a party
  is an organisation with the model's topic `pol.party`); `Address` for a place (the
  model's only location entity); for any other kind, the schema whose name or label the
  kind is (`company` -> `Company`, `public body` -> `PublicBody`), else `LegalEntity`;
- a source: `Article`;
- the forms a source names a legal entity by: one `Mention` per source, entity and form
  as written (FtM's mention has no offset or paragraph, so two occurrences of one form
  would be the same record; Aleph keys its own mentions the same way; every occurrence
  is in `dossier.json`). A mention resolves only to a `LegalEntity`: a place named in a
  source is one `Documentation` linking the article to it, with the forms as written in
  its `namesMentioned` (a `Mention` of it could not say which place it is);
- a person's party: `Membership`; an organisation's leader: `Directorship`; a role in an
  organisation: `Membership` with the role and its dates; a role in a place or in no
  entity (a post, such as a minister's): the model's `Position` and the holder's
  `Occupancy` with its dates. `Employment` is never chosen: nothing in the registry says
  that a role is paid work;
- two entities named together in at least `MIN_PARAGRAPHS` paragraphs, and two versions
  of one story: `UnknownLink` (the model has no link for either; `Associate` asserts a
  personal association). A pair named together in one paragraph only is not written:
  its `Mention`s already put both in that article, and a link per such pair (most pairs
  of a large dossier) would bury the links that say more. Nor is a pair the registry
  already links (a `Membership`, `Directorship` or a role's link): the model's better fit;
- a timeline event: `Event`.

Ids are the library's `make_entity_id` of the record's kind and its ids in the dossier,
keyed by `namespace` (a fixed prefix and the dossier's `id` from `dossier.yml`, never its
title): stable across builds and renames. Lines are sorted (by id, as `ftm
sorted-aggregate` wants), keys sorted.

`made` is a pure function of the dossier and, optionally, its own last result (`Made`,
which `watch`'s session keeps) or the lines a new process reads back from disk
(`ftmstore`, by the same keys): it makes again only the lines of the sources, relations
and events that changed. The module keeps no state. Lines are UTF-8 bytes, as orjson
writes them, from the proxy to the file.

The library takes most of a second to import: it is imported on first use, so the
commands that write no export (`check`, `suggest`, `stats`) do not pay for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson

from .. import cache
from ..annotation import Annotated
from ..link.crossref import Links
from ..link.timeline import sort_key
from ..model import Dossier, Entity, Event, Relation, Role, Source
from ..write import Pieces
from . import ftmstore

if TYPE_CHECKING:
    from followthemoney.model import Model

KINDS = {"person": "Person", "party": "Organization", "organisation": "Organization",
         "organization": "Organization", "place": "Address"}
"""The builder's own kinds (README: `entities.yml`) and their schemata."""
PARTY_TOPIC = "pol.party"
"""The model's topic for a political party."""
KEY_SEPARATOR = "\x1f"
"""Between the parts of a record's key (see `_Maker.id`)."""
NAMESPACE = "dossier-builder"
"""The key prefix of every id, with the dossier's `id` when it has one (`namespace`)."""

_SORTED = orjson.OPT_SORT_KEYS
_dumps = orjson.dumps


@functools.lru_cache(maxsize=1)
def _model() -> Model:
    from followthemoney import model

    return model


def namespace(dossier: Dossier) -> str:
    """The key prefix of the dossier's ids: `NAMESPACE`, then the dossier's `id` from
    `dossier.yml` when it has one (`dossier-builder:harbour-strike-2024`). Nothing else: a new
    title, description or language keeps every id."""
    return f"{NAMESPACE}:{dossier.identity.id}" if dossier.identity.id else NAMESPACE


def schema_of(kind: str) -> str:
    """The FtM schema of an entity kind: the builder's own kinds by `KINDS`; any other
    word names the legal entity or address schema whose name, label or plural it is,
    ignoring case, spaces and punctuation (`public body` -> `PublicBody`); else
    `LegalEntity`, the model's "any party to legal proceedings"."""
    if kind in KINDS:
        return KINDS[kind]
    return _other_kinds().get(_plain(kind), "LegalEntity")


@functools.lru_cache(maxsize=1)
def _other_kinds() -> dict[str, str]:
    found: dict[str, str] = {}
    for schema in sorted(_model().schemata.values(), key=lambda s: s.name):
        if not schema.abstract and (schema.is_a("LegalEntity") or schema.is_a("Address")):
            for word in (schema.name, schema.label, schema.plural):
                found.setdefault(_plain(word), schema.name)
    return found


@functools.cache
def _properties(schema: str) -> tuple[Any, dict[str, tuple[Any, bool]]]:
    """The schema, and its properties that may be set (not the reverse ones) by name,
    each with whether it refers to another entity (its values are ids made here)."""
    found = _model().get(schema)
    assert found is not None
    return found, {p.name: (p, p.type.name == "entity") for p in found.properties.values() if not p.stub}


def _plain(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum())


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
    events: dict[EventKey, bytes]
    """Each event's line, by what it is made from (`event_key`)."""
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
        ("relation", *its value), each event's by its `event_key`."""
        made: dict[object, tuple[bytes, ...]] = {ftmstore.REGISTRY: self.registry}
        made.update((key, lines) for key, lines in self.sources.values() if key)
        made.update((("relation", *r), (line,)) for r, line in self.relations.items())
        made.update((key, (line,)) for key, line in self.events.items())
        return made


_ID = slice(len('{"id":"'), len('{"id":"') + 40)
"""Where a line's id is: each starts with it (orjson's sorted keys put `id` first)."""


def _by_id(line: bytes) -> bytes:
    return line[_ID]


def _sorted(parts: Made, before: list[bytes]) -> list[bytes]:
    """Every line of `parts` once, sorted. Sorted by id (the first 47 characters: two
    lines with one id are one record's, the same line), a short ASCII key, which sorts
    faster than the lines themselves. From nothing (`before` empty), the lines are
    sorted and a line equal to the one before it dropped (a post two people held is made
    for each). Else the lines of `before` (the last call's, sorted) that are still there
    keep their order, and the few new ones are sorted in with them: one long run for
    the sort to merge, so an edit in `watch` does not sort the whole file again."""
    if not before:
        made = list(parts.registry)
        for _, lines_ in parts.sources.values():
            made.extend(lines_)
        made.extend(parts.relations.values())
        made.extend(parts.events.values())
        made.sort(key=_by_id)
        return [line for n, line in enumerate(made) if not n or line is not made[n - 1] and line != made[n - 1]]
    now = set(parts.registry)
    for _, lines_ in parts.sources.values():
        now.update(lines_)
    now.update(parts.relations.values())
    now.update(parts.events.values())
    kept = [line for line in before if line in now]
    kept.extend(now.difference(kept))
    kept.sort(key=_by_id)
    return kept


class _Maker:
    """Makes entities with the library and encodes them, one line each."""

    def __init__(self, dossier: Dossier) -> None:
        self.model = _model()
        from followthemoney.proxy import EntityProxy
        from followthemoney.value import string_list

        self._proxy = EntityProxy
        self._string_list = string_list
        self._cleaned: dict[tuple[str, str | None], dict[str, tuple[str, ...]]] = {}
        self._memo: dict[int, dict[str, tuple[str, ...]]] = {}  # by id(property): the model's properties live as long as the process
        self.prefix = namespace(dossier)
        self._prefixed = hashlib.sha1(self.prefix.strip().encode("utf-8"), usedforsecurity=False)
        self.schemas = {e.id: schema_of(e.kind) for e in dossier.entities}
        self.names = {e.id: e.name for e in dossier.entities}
        self.ids = {e.id: self.id("entity", e.id) for e in dossier.entities}
        self.articles = {s.id: self.id("source", s.id) for s in dossier.sources}
        self.legal = {eid: self.model.get(s).is_a("LegalEntity") for eid, s in self.schemas.items()}  # type: ignore[union-attr]
        self.organisation = {eid: self.model.get(s).is_a("Organization") for eid, s in self.schemas.items()}  # type: ignore[union-attr]
        self.mentioned = {eid: next((p for kind, p in MENTIONED.items() if self.model.get(s).is_a(kind)), "namesMentioned")  # type: ignore[union-attr]
                          for eid, s in self.schemas.items()}
        self.language = dossier.identity.language
        self.base = (self.prefix, self.language, self.schemas, self.names)

    def id(self, *key: str) -> str:
        """The id of the record `key` names: the library's `make_entity_id` of its parts
        joined by a unit separator (the library concatenates parts with none, so `a-b`,
        `c` and `a`, `b-c` would give one id; no part but the last, a mention's form, is
        anything but a fixed word or a slug), keyed by the dossier's namespace. The
        library's function, unrolled: a SHA-1 of the prefix then the key, each stripped
        and UTF-8 encoded (its `key_bytes`), the prefix hashed once per build (a third of
        the library's cost per id; `test_ftm` checks every id against the library's)."""
        digest = self._prefixed.copy()
        digest.update(KEY_SEPARATOR.join(key).strip().encode("utf-8"))
        return digest.hexdigest()

    def entity(self, eid: str) -> str:
        return self.ids[eid]

    def clean(self, prop: Any, values: list[Any]) -> list[str]:
        """The values as the library's `EntityProxy.add` would keep them for `prop`:
        sanitised (`string_list`), then cleaned by the property's type (`clean_text`
        with its format; invalid ones dropped). Each distinct short value is cleaned once
        per build (a name is in many mentions, a date in many events); a long text (its
        type `text`), once."""
        kept = self._memo.get(id(prop))
        if kept is None:  # one memo per type and format, shared by the properties that have them
            kept = self._memo[id(prop)] = self._cleaned.setdefault((prop.type.name, prop.format), {})
        out: list[str] = []
        for value in values:
            made = kept.get(value) if type(value) is str else None
            if made is None:
                made = tuple(c for v in self._string_list(value, sanitize=True)
                             if (c := prop.type.clean_text(v, format=prop.format)) is not None)
                if type(value) is str and prop.type.name != "text":
                    kept[value] = made
            if len(made) == 1:
                out.append(made[0])
            else:
                out.extend(made)
        return out

    def line(self, schema: str, key: tuple[str, ...], clean: dict[str, list[str]]) -> bytes:
        """An entity of `schema` with the id made from `key` and the properties `clean`
        (each a non-empty list of clean values), as one line of JSON: the proxy is made
        by the library's `cleaned=True` construction (which keeps each property's values
        once, in order, as `add` does; the lists given are not kept) and encoded as its
        command line writes entities (orjson), with sorted keys. Raises KeyError for a
        property the schema cannot set."""
        found, known = _properties(schema)
        if not clean.keys() <= known.keys():
            raise KeyError(f"{schema} has no property {sorted(clean.keys() - known.keys())}")
        proxy = self._proxy(found, {"id": self.id(*key), "properties": clean})
        # copied to a bytes object of its own size: orjson's keeps the ~4 KB it wrote
        # into (400 MB of 100,000 short lines, and slower for the page faults)
        return bytes(memoryview(_dumps(proxy.to_dict(), option=_SORTED)))

    def make(self, schema: str, key: tuple[str, ...], ours: tuple[str, ...] = (), **properties: Any) -> bytes:
        """An entity of `schema` with the id made from `key`, as one line of JSON. Each
        value from the dossier's inputs goes through the library's cleaning for its
        property's type (empty and invalid values are dropped; `clean`); the properties
        named in `ours` and the references to other entities hold values made here,
        already clean, and are only checked to be properties of the schema. The entity is
        made and encoded by `line`."""
        known = _properties(schema)[1]
        clean: dict[str, list[str]] = {}
        for name, values in properties.items():
            prop, made_here = known[name]  # (a KeyError: not a property of the schema)
            if not values:
                continue
            if type(values) is not list:
                values = [values]
            elif not all(values):
                values = [v for v in values if v]
            if not (made_here or name in ours):
                values = self.clean(prop, values)
            if values:
                clean[name] = values
        return self.line(schema, key, clean)


def made(dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...],
         keys: dict[str, str] | None = None, before: Made | None = None,
         stored: Callable[[str], ftmstore.Entries] | None = None) -> Made:
    """Every entity of the dossier, as lines of JSON. With `before` (what the last call
    returned) and the sources' content keys (`keys`: source id -> cache key), the lines
    of sources, relations and events unchanged since then are not made again: a source
    whose key is unchanged, a relation or event of equal value, all while `base` holds.
    With `stored` (`ftmstore.Store.load`: the lines a store kept, by key, for a
    signature), the result carries its `signature`, and when `before` cannot serve (a
    new process) the lines are taken from what the store kept under it, by the same keys
    (`Made.entries`). Either way the lines are those a call from nothing makes."""
    m = _Maker(dossier)
    keys = keys or {}
    if before is None or before.base != m.base:
        before = Made(m.base, (), {}, {}, {}, [])
    signature = "" if stored is None else ftmstore.signature(
        cache.registry_digest(dossier.entities, cache.code_digest()), m.prefix, m.language)
    kept: ftmstore.Entries = stored(signature) if stored is not None and not before.lines else {}
    registry = stated(m, dossier.entities)
    sources = {}
    for s in dossier.sources:
        again = before.sources.get(s.id)
        key = keys.get(s.id, "")
        if again and key and again[0] == key:
            sources[s.id] = again
        else:
            lines_ = kept.get(key) if key else None
            sources[s.id] = (key, lines_ if lines_ is not None else _source(m, s, annotated[s.id]))

    def relation(r: Relation) -> bytes:
        line = before.relations.get(r)
        if line is None:
            line = kept[("relation", *r)][0] if ("relation", *r) in kept else _relation(m, r)
        return line

    def event(key: EventKey) -> bytes:
        line = before.events.get(key)
        if line is None:
            line = kept[key][0] if key in kept else _event(m, key)
        return line

    parts = Made(
        m.base,
        (before.registry if signature and before.signature == signature else kept.get(ftmstore.REGISTRY))
        or tuple(line for e in dossier.entities for line in _entity(m, e)),
        sources,
        {r: relation(r) for r in links.relations if linked(r, registry)},
        {key: event(key) for key in map(event_key, events)},
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
    return _entity(_Maker(dossier), people[0])[0].decode() if people else ""


def _entity(m: _Maker, e: Entity) -> list[bytes]:
    """The entity, and its party, leadership and roles as the registry states them."""
    schema = m.schemas[e.id]
    props: dict[str, Any] = {
        "name": e.name, "summary": e.summary, "description": e.description, "keywords": e.kind,
        "alias": [a.text for a in e.aliases if not a.after_full_name and a.text != e.name],
        # a form that counts only after the full name is ambiguous alone: the model's weak alias
        "weakAlias": [a.text for a in e.aliases if a.after_full_name and a.text != e.name],
        "notes": "" if e.reviewed else "Provisional: found in the sources, not in the registry; not reviewed.",
    }
    if e.kind == "party":
        props["topics"] = PARTY_TOPIC
    if schema == "Address":
        props["full"] = e.name
    if schema == "Person":
        props["position"] = [_post(m, r) for r in e.roles]
    made = [m.make(schema, ("entity", e.id), **props)]
    me = m.entity(e.id)
    if _member(m, e):
        made.append(m.make("Membership", ("membership", e.id, e.party), member=me,
                           organization=m.entity(e.party)))
    if _led(m, e):
        made.append(m.make("Directorship", ("leader", e.id, e.leader), director=m.entity(e.leader),
                           organization=me, role="leader"))
    for r in e.roles:
        made.extend(_role(m, e, r))
    return made


def _member(m: _Maker, e: Entity) -> bool:
    """Whether `e`'s party is written as its `Membership`."""
    return bool(m.organisation.get(e.party) and m.legal[e.id])


def _led(m: _Maker, e: Entity) -> bool:
    """Whether `e`'s leader is written as a `Directorship`."""
    return bool(m.legal.get(e.leader) and m.organisation[e.id])


def _role_schema(m: _Maker, e: Entity, r: Role) -> str:
    """How `e`'s role `r` is written: `Membership` (in an organisation), `Occupancy` (a
    person's post: in a place or in nothing named), `UnknownLink` (another entity's role
    in a named entity), or "" (not written)."""
    if m.organisation.get(r.of) and m.legal[e.id]:
        return "Membership"
    if m.schemas[e.id] == "Person":
        return "Occupancy"
    return "UnknownLink" if r.of in m.names else ""


def stated(m: _Maker, entities: tuple[Entity, ...]) -> frozenset[tuple[str, str]]:
    """The pairs of entities (smaller id first, as a co-mention's) that the registry's
    lines link directly: a party's `Membership`, a leader's `Directorship`, a role's
    `Membership` or link (not a post's `Occupancy`, which links its holder to the post)."""
    pairs: set[tuple[str, str]] = set()
    for e in entities:
        linked = [e.party] if _member(m, e) else []
        if _led(m, e):
            linked.append(e.leader)
        linked.extend(r.of for r in e.roles if _role_schema(m, e, r) in ("Membership", "UnknownLink"))
        pairs.update((min(e.id, o), max(e.id, o)) for o in linked)
    return frozenset(pairs)


def _post(m: _Maker, r: Role) -> str:
    return f"{r.title}, {m.names[r.of]}" if r.of in m.names else r.title


def _role(m: _Maker, e: Entity, r: Role) -> list[bytes]:
    key = ("role", e.id, r.title, r.of, r.start, r.end)
    dates: dict[str, Any] = {"startDate": r.start, "endDate": r.end, "description": r.source}
    if r.start or r.end:  # OpenSanctions' occupancy status: a start with no end is not "current"
        dates["status"] = "ended" if r.end else "unknown"
    schema = _role_schema(m, e, r)
    if schema == "Membership":
        return [m.make("Membership", key, member=m.entity(e.id), organization=m.entity(r.of), role=r.title, **dates)]
    if schema == "Occupancy":
        post = ("position", r.title, r.of)
        return [
            m.make("Position", post, name=_post(m, r)),
            m.make("Occupancy", key, holder=m.entity(e.id), post=m.id(*post), **dates),
        ]
    if schema == "UnknownLink":
        return [m.make("UnknownLink", key, subject=m.entity(e.id), object=m.entity(r.of), role=r.title, **dates)]
    return []


MENTIONED = {"Person": "peopleMentioned", "Organization": "companiesMentioned", "Address": "locationMentioned"}
"""The article's property for the names of each kind of entity it names (as Aleph's own
entity extraction fills them); others go to `namesMentioned`."""


def _source(m: _Maker, s: Source, ann: Annotated) -> tuple[bytes, ...]:
    """The source's article, a `Mention` for each form it names a legal entity by, and a
    `Documentation` for each place it names, with the forms as `namesMentioned` (a
    mention resolves only to a legal entity)."""
    article = m.articles[s.id]
    document = [article]
    made = []
    named: dict[str, Any] = {}
    name = _properties("Mention")[1]["name"][0]
    places: dict[str, list[str]] = {}
    legal, schemas, ids, clean = m.legal, m.schemas, m.ids, m.clean
    for eid, text in dict.fromkeys([(mention.entity, mention.text) for mention in ann.mentions]):
        if eid not in named.get(m.mentioned[eid], ()):
            named.setdefault(m.mentioned[eid], []).append(eid)
        if not legal[eid]:
            places.setdefault(eid, []).append(text)
            continue
        # the form as written is cleaned as a name; the rest is made here
        props = {"document": document, "detectedSchema": [schemas[eid]], "resolved": [ids[eid]]}
        if form := clean(name, [text]):
            props["name"] = form
        made.append(m.line("Mention", ("mention", s.id, eid, text), props))
    for eid, forms in places.items():
        props = {"document": document, "entity": [m.ids[eid]], "role": MENTION}
        forms = m.clean(name, forms)
        if forms:
            props["namesMentioned"] = forms
        made.append(m.line("Documentation", ("documentation", s.id, eid), props))
    names: dict[str, Any] = {prop: [m.names[eid] for eid in eids] for prop, eids in named.items()}
    made.append(m.make(
        "Article", ("source", s.id), title=s.title, author=s.byline, publisher=[s.outlet, s.agency],
        publishedAt=s.published.isoformat() if s.published else "", sourceUrl=s.url, bodyText=s.text,
        fileName=s.file, notes=s.notes, language=m.language,
        **names,
    ))
    return tuple(made)


MENTION = ["mention"]


LINKED = ("co-mention", "version")
"""The relations written as `UnknownLink` (see `linked`): memberships, leaders and roles
are written from the registry (with their dates), and the sources two sources share are
in their mentions."""
MIN_PARAGRAPHS = 2
"""Paragraphs two entities must be named together in for their co-mention to be written."""


def linked(r: Relation, registry: frozenset[tuple[str, str]]) -> bool:
    """Whether the relation is written, as an `UnknownLink`: two versions of one story;
    two entities named together in `MIN_PARAGRAPHS` paragraphs or more that the registry
    does not link already (`stated`, the model's better fit). One shared paragraph says
    no more than the two `Mention`s in that article do."""
    if r.kind == "version":
        return True
    return r.kind == "co-mention" and r.weight >= MIN_PARAGRAPHS and (r.a, r.b) not in registry


def _relation(m: _Maker, r: Relation) -> bytes:
    """The relation as an `UnknownLink`, all its values made here."""
    if r.kind == "version":
        return m.line("UnknownLink", ("version", r.a, r.b), {
            "subject": [m.articles[r.a]], "object": [m.articles[r.b]], "role": ["version"],
            "summary": [f"Versions of one story (text overlap {r.weight:g})"]})
    return m.line("UnknownLink", ("co-mention", r.a, r.b), {
        "subject": [m.ids[r.a]], "object": [m.ids[r.b]], "role": CO_MENTION, "summary": [_together(r.weight)]})


CO_MENTION = ["co-mention"]
"""(A value list the proxy copies, as it copies every list it is given.)"""


@functools.cache
def _together(weight: float) -> str:
    """A co-mention's summary: the paragraphs two entities are named together in."""
    return f"Named together in {weight:g} paragraph{'' if weight == 1 else 's'}"


def period(value: str) -> tuple[str, str, str]:
    """An ISO 8601 value of the timeline (`TimeExpression.value`) as FtM's (date,
    startDate, endDate), "" where none: a day, month or year is a `date`; a week
    (`2013-W32`) runs Monday to Sunday; a range (`1975/1979`) gives its ends. Other
    forms are left to the library's cleaning, which keeps their valid prefix."""
    first, _, last = value.partition("/")
    if last:
        return "", _end(first, start=True), _end(last, start=False)
    if "-W" in first:
        return "", _end(first, start=True), _end(first, start=False)
    return first, "", ""


def _end(value: str, start: bool) -> str:
    if "-W" not in value:
        return value
    monday = dt.date.fromisoformat(sort_key(value))
    # The calendar's last week (9999-W52) ends after dt.date.max: its end is the last day.
    return (monday if start else min(monday, dt.date.max - dt.timedelta(days=6)) + dt.timedelta(days=6)).isoformat()


EventKey = tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...]]
"""("event", id, date, title, summary, entities, the sources citing it): all of an event
its line is made from (`_event` reads nothing else), a key of strings, which hashes and
pickles faster than the event itself."""


def event_key(ev: Event) -> EventKey:
    """What the event's line is made from (`EventKey`)."""
    return ("event", ev.id, ev.date, ev.title, ev.summary, ev.entities, tuple(dict.fromkeys(c.source for c in ev.citations)))


def _event(m: _Maker, key: EventKey) -> bytes:
    """The event `key` gives, its values from the sources cleaned (`_Maker.clean`), its
    references made here."""
    _, eid, when, title, summary, entities, cited = key
    date, start, end = period(when)
    props = _properties("Event")[1]
    clean = {}
    for name, value in (("name", title), ("summary", summary), ("date", date), ("startDate", start),
                        ("endDate", end), ("recordId", eid)):
        if value and (values := m.clean(props[name][0], [value])):
            clean[name] = values
    if involved := [m.ids[e] for e in entities if m.legal.get(e)]:
        clean["involved"] = involved
    if places := [e for e in entities if m.schemas.get(e) == "Address"]:
        clean["addressEntity"] = [m.ids[e] for e in places]
        if location := m.clean(props["location"][0], [m.names[e] for e in places]):
            clean["location"] = location
    if proof := [m.articles[sid] for sid in cited]:
        clean["proof"] = proof
    return m.line("Event", ("event", eid), clean)

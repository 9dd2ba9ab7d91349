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
- the forms a source names an entity by: one `Mention` per source, entity and form as
  written (FtM's mention has no offset or paragraph, so two occurrences of one form would
  be the same record; Aleph keys its own mentions the same way; every occurrence is in
  `dossier.json`). A mention resolves only to a `LegalEntity`, so a place named in a
  source is also linked to the article by a `Documentation`;
- a person's party: `Membership`; an organisation's leader: `Directorship`; a role in an
  organisation: `Membership` with the role and its dates; a role in a place or in no
  entity (a post, such as a minister's): the model's `Position` and the holder's
  `Occupancy` with its dates. `Employment` is never chosen: nothing in the registry says
  that a role is paid work;
- two entities named in one paragraph, and two versions of one story: `UnknownLink`
  (the model has no link for either; `Associate` asserts a personal association);
- a timeline event: `Event`.

Ids are the library's `make_id` of the record's kind and its ids in the dossier, keyed
by the dossier's namespace: stable across builds, different between dossiers. Lines
are sorted (by id, as `ftm sorted-aggregate` wants), keys sorted.

The library takes most of a second to import: it is imported on first use, so the
commands that write no export (`check`, `suggest`, `stats`) do not pay for it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import TYPE_CHECKING, Any

from ..annotation import Annotated
from ..link.crossref import Links
from ..link.timeline import sort_key
from ..model import Dossier, Entity, Event, Relation, Role, Source

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
"""The key prefix of every id, with the dossier's name (see `namespace`)."""

_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


@functools.lru_cache(maxsize=1)
def _model() -> Model:
    from followthemoney import model

    return model


def namespace(dossier: Dossier) -> str:
    """The key prefix of the dossier's ids: `NAMESPACE`, then the dossier's title when it
    has one."""
    identity = getattr(dossier, "identity", None)
    title = getattr(identity, "title", "")
    return f"{NAMESPACE}:{title}" if title else NAMESPACE


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
def _properties(schema: str) -> dict[str, tuple[Any, bool]]:
    """The schema's properties that may be set (not the reverse ones) by name, each with
    whether it refers to another entity (its values are ids made here)."""
    found = _model().get(schema)
    assert found is not None
    return {p.name: (p, p.type.name == "entity") for p in found.properties.values() if not p.stub}


def _plain(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum())


class Held:
    """What `lines` keeps between the builds of one process (`watch`): each source's
    lines, each relation's and each event's, while the registry's schemata and names
    are unchanged."""

    def __init__(self) -> None:
        self.base: object = None
        self.sources: dict[str, tuple[Source, Annotated, list[str]]] = {}
        self.relations: dict[Relation, str] = {}
        self.events: dict[Event, str] = {}


class _Maker:
    """Makes entities with the library and encodes them, one line each."""

    def __init__(self, dossier: Dossier) -> None:
        self.model = _model()
        from followthemoney.util import make_entity_id

        self._make_id = make_entity_id
        self.prefix = namespace(dossier)
        self.schemas = {e.id: schema_of(e.kind) for e in dossier.entities}
        self.names = {e.id: e.name for e in dossier.entities}
        self.ids = {e.id: self.id("entity", e.id) for e in dossier.entities}
        self.articles = {s.id: self.id("source", s.id) for s in dossier.sources}
        self.legal = {eid: self.model.get(s).is_a("LegalEntity") for eid, s in self.schemas.items()}  # type: ignore[union-attr]
        self.organisation = {eid: self.model.get(s).is_a("Organization") for eid, s in self.schemas.items()}  # type: ignore[union-attr]
        self.mentioned = {eid: next((p for kind, p in MENTIONED.items() if self.model.get(s).is_a(kind)), "namesMentioned")  # type: ignore[union-attr]
                          for eid, s in self.schemas.items()}
        self.language = getattr(getattr(dossier, "identity", None), "language", "")

    def id(self, *key: str) -> str:
        """The id of the record `key` names: the library's `make_entity_id` of its parts
        joined by a unit separator (the library concatenates parts with none, so `a-b`,
        `c` and `a`, `b-c` would give one id; no part but the last, a mention's form, is
        anything but a fixed word or a slug), keyed by the dossier's namespace."""
        made = self._make_id(KEY_SEPARATOR.join(key), key_prefix=self.prefix)
        assert made is not None
        return made

    def entity(self, eid: str) -> str:
        return self.ids[eid]

    def make(self, schema: str, key: tuple[str, ...], ours: tuple[str, ...] = (), **properties: Any) -> str:
        """An entity of `schema` with the id made from `key`, as one line of JSON. Each
        value from the dossier's inputs goes through the library's cleaning for its
        property's type (empty and invalid values are dropped); the properties named in
        `ours` and the references to other entities hold values made here, already
        clean, and are only checked to be properties of the schema."""
        proxy = self.model.make_entity(schema, key_prefix=self.prefix)
        proxy.id = self.id(*key)
        known = _properties(schema)
        for name, values in properties.items():
            prop, made_here = known[name]  # (a KeyError: not a property of the schema)
            values = [v for v in (values if isinstance(values, list) else [values]) if v]
            if made_here or name in ours:
                for value in values:
                    proxy.unsafe_add(prop, value, cleaned=True)
            elif values:
                proxy.add(prop, values)
        return _encode(proxy.to_dict())

def lines(dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...],
          held: Held | None = None) -> str:
    """`data/dossier.ftm.json`: every entity, one JSON object per line, sorted. With
    `held`, the lines of sources, relations and events unchanged since the last call
    (and a registry of the same schemata and names) are not made again."""
    m = _Maker(dossier)
    held = held or Held()
    base = (m.prefix, m.schemas, m.names, m.language)
    if held.base != base:
        held.base, held.sources, held.relations, held.events = base, {}, {}, {}
    out = [line for e in dossier.entities for line in _entity(m, e)]
    sources = {}
    for s in dossier.sources:
        ann = annotated[s.id]
        before = held.sources.get(s.id)
        made = before[2] if before and before[0] is s and before[1] is ann else _source(m, s, ann)
        sources[s.id] = (s, ann, made)
        out.extend(made)
    held.sources = sources
    relations = {r: held.relations.get(r) or _relation(m, r) for r in links.relations if r.kind in LINKED}
    held.relations = relations
    made_events = {ev: held.events.get(ev) or _event(m, ev) for ev in events}
    held.events = made_events
    out.extend(relations.values())
    out.extend(made_events.values())
    return "".join(f"{line}\n" for line in sorted(set(out)))


def example(dossier: Dossier) -> str:
    """One line of the file, for the Data page: the first person's entity (else the
    first entity's; "" when there is none)."""
    people = [e for e in dossier.entities if schema_of(e.kind) == "Person"] or list(dossier.entities)
    return _entity(_Maker(dossier), people[0])[0] if people else ""


def _entity(m: _Maker, e: Entity) -> list[str]:
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
    if e.party in m.organisation and m.organisation[e.party] and m.legal[e.id]:
        made.append(m.make("Membership", ("membership", e.id, e.party), member=me,
                           organization=m.entity(e.party)))
    if e.leader in m.legal and m.legal[e.leader] and m.organisation[e.id]:
        made.append(m.make("Directorship", ("leader", e.id, e.leader), director=m.entity(e.leader),
                           organization=me, role="leader"))
    for r in e.roles:
        made.extend(_role(m, e, r))
    return made


def _post(m: _Maker, r: Role) -> str:
    return f"{r.title}, {m.names[r.of]}" if r.of in m.names else r.title


def _role(m: _Maker, e: Entity, r: Role) -> list[str]:
    key = ("role", e.id, r.title, r.of, r.start, r.end)
    dates: dict[str, Any] = {"startDate": r.start, "endDate": r.end, "description": r.source}
    if m.organisation.get(r.of) and m.legal[e.id]:
        return [m.make("Membership", key, member=m.entity(e.id), organization=m.entity(r.of), role=r.title, **dates)]
    if m.schemas[e.id] == "Person":
        post = ("position", r.title, r.of)
        return [
            m.make("Position", post, name=_post(m, r)),
            m.make("Occupancy", key, holder=m.entity(e.id), post=m.id(*post), **dates),
        ]
    if r.of in m.names:
        return [m.make("UnknownLink", key, subject=m.entity(e.id), object=m.entity(r.of), role=r.title, **dates)]
    return []


MENTIONED = {"Person": "peopleMentioned", "Organization": "companiesMentioned", "Address": "locationMentioned"}
"""The article's property for the names of each kind of entity it names (as Aleph's own
entity extraction fills them); others go to `namesMentioned`."""


def _source(m: _Maker, s: Source, ann: Annotated) -> list[str]:
    """The source's article, its mentions, and a `Documentation` for each place it names."""
    article = m.articles[s.id]
    made = []
    named: dict[str, Any] = {}
    for eid, text in dict.fromkeys((mention.entity, mention.text) for mention in ann.mentions):
        made.append(m.make("Mention", ("mention", s.id, eid, text), name=text, document=article,
                           resolved=m.entity(eid) if m.legal[eid] else "", detectedSchema=m.schemas[eid],
                           ours=("detectedSchema",)))
    for eid in dict.fromkeys(mention.entity for mention in ann.mentions):
        named.setdefault(m.mentioned[eid], []).append(m.names[eid])
        if not m.legal[eid]:
            made.append(m.make("Documentation", ("documentation", s.id, eid), document=article,
                               entity=m.entity(eid), role="mention", ours=("role",)))
    made.append(m.make(
        "Article", ("source", s.id), title=s.title, author=s.byline, publisher=[s.outlet, s.agency],
        publishedAt=s.published.isoformat() if s.published else "", sourceUrl=s.url, bodyText=s.text,
        fileName=s.file, notes=s.notes, language=m.language,
        **named,
    ))
    return made


LINKED = ("co-mention", "version")
"""The relations written as `UnknownLink`: memberships, leaders and roles are written
from the registry (with their dates), and the sources two sources share are in their
mentions."""


def _relation(m: _Maker, r: Relation) -> str:
    if r.kind == "version":
        return m.make("UnknownLink", ("version", r.a, r.b), subject=m.articles[r.a], object=m.articles[r.b],
                      role="version", summary=f"Versions of one story (text overlap {r.weight:g})", ours=LINK)
    return m.make("UnknownLink", ("co-mention", r.a, r.b), subject=m.entity(r.a), object=m.entity(r.b),
                  role="co-mention", summary=f"Named in the same paragraph: {r.weight:g} paragraphs", ours=LINK)


LINK = ("role", "summary")


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
    return (monday if start else monday + dt.timedelta(days=6)).isoformat()


def _event(m: _Maker, ev: Event) -> str:
    date, start, end = period(ev.date)
    return m.make(
        "Event", ("event", ev.id), name=ev.title, summary=ev.summary, date=date, startDate=start, endDate=end,
        involved=[m.entity(e) for e in ev.entities if m.legal.get(e)],
        addressEntity=[m.entity(e) for e in ev.entities if m.schemas.get(e) == "Address"],
        location=[m.names[e] for e in ev.entities if m.schemas.get(e) == "Address"],
        proof=list(dict.fromkeys(m.articles[c.source] for c in ev.citations)), recordId=ev.id,
    )

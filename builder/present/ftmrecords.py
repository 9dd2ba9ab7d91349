"""What each record of the dossier is in FollowTheMoney, decided from the model, and its
lines (made by `ftmmaker.Maker`):

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
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from ..annotation import Annotated
from ..model import Entity, Event, Relation, Role, Source
from ..timex import sort_key
from .ftmmaker import Maker, schema_properties

PARTY_TOPIC = "pol.party"
"""The model's topic for a political party."""


def entity(m: Maker, e: Entity) -> list[bytes]:
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


def _member(m: Maker, e: Entity) -> bool:
    """Whether `e`'s party is written as its `Membership`."""
    return bool(m.organisation.get(e.party) and m.legal[e.id])


def _led(m: Maker, e: Entity) -> bool:
    """Whether `e`'s leader is written as a `Directorship`."""
    return bool(m.legal.get(e.leader) and m.organisation[e.id])


def _role_schema(m: Maker, e: Entity, r: Role) -> str:
    """How `e`'s role `r` is written: `Membership` (in an organisation), `Occupancy` (a
    person's post: in a place or in nothing named), `UnknownLink` (another entity's role
    in a named entity), or "" (not written)."""
    if m.organisation.get(r.of) and m.legal[e.id]:
        return "Membership"
    if m.schemas[e.id] == "Person":
        return "Occupancy"
    return "UnknownLink" if r.of in m.names else ""


def stated(m: Maker, entities: tuple[Entity, ...]) -> frozenset[tuple[str, str]]:
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


def _post(m: Maker, r: Role) -> str:
    return f"{r.title}, {m.names[r.of]}" if r.of in m.names else r.title


def _role(m: Maker, e: Entity, r: Role) -> list[bytes]:
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


def source(m: Maker, s: Source, ann: Annotated) -> tuple[bytes, ...]:
    """The source's article, a `Mention` for each form it names a legal entity by, and a
    `Documentation` for each place it names, with the forms as `namesMentioned` (a
    mention resolves only to a legal entity)."""
    article = m.article(s.id)
    document = [article]
    made = []
    named: dict[str, Any] = {}
    name = schema_properties("Mention")[1]["name"][0]
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


def relation(m: Maker, r: Relation) -> bytes:
    """The relation as an `UnknownLink`, all its values made here."""
    if r.kind == "version":
        return m.line("UnknownLink", ("version", r.a, r.b), {
            "subject": [m.article(r.a)], "object": [m.article(r.b)], "role": ["version"],
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
    (`2013-W32`) runs Monday to Sunday, or to 9999-12-31, the last day a date can
    name, for the week that starts on 9999-12-27; a range (`1975/1979`) gives its ends.
    Other forms are left to the library's cleaning, which keeps their valid prefix."""
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
its line is made from (`event` reads nothing else), a key of strings, which hashes and
pickles faster than the event itself."""


def event_key(ev: Event) -> EventKey:
    """What the event's line is made from (`EventKey`)."""
    return ("event", ev.id, ev.date, ev.title, ev.summary, ev.entities, tuple(dict.fromkeys(c.source for c in ev.citations)))


def event(m: Maker, key: EventKey) -> bytes:
    """The event `key` gives, its values from the sources cleaned (`Maker.clean`), its
    references made here."""
    _, eid, when, title, summary, entities, cited = key
    date, start, end = period(when)
    props = schema_properties("Event")[1]
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
    if proof := [m.article(sid) for sid in cited]:
        clean["proof"] = proof
    return m.line("Event", ("event", eid), clean)

"""Validate the entity registry (`entities.yml`) and curated events (`events.yml`).

Both arrive as parsed YAML with line numbers (see `schema`); the result is frozen
`Entity` and `CuratedEvent` records, or problems appended one line each.
"""

from __future__ import annotations

import difflib
from typing import Any

from ..escaping import shown
from ..model import Alias, Citation, CuratedEvent, Entity, Role
from ..paths import STANDARD_KINDS
from .schema import (
    LINE_CHARS,
    SUMMARY_CHARS,
    Field,
    check_record,
    invisible_in,
    is_bool,
    is_count,
    is_line,
    is_name,
    is_partial_date,
    is_slug,
    is_slug_list,
    is_summary,
    is_text,
)
from .yamldoc import (
    Mapping,
    line_of,
)

ALIAS_FIELDS = [
    Field("text", "the surface form", is_name, required=True),
    Field("case_sensitive", "true or false", is_bool),
    Field("after_full_name", "true or false", is_bool),
    Field("shared", "true or false (claimed by several: the one last named in full wins)", is_bool),
    Field("note", "one line such as 'misspelling'", is_line),
]

ROLE_FIELDS = [
    Field("title", "what the position is", is_line, required=True),
    Field("of", "an entity id", is_slug),
    Field("from", "an ISO date, month or year", is_partial_date),
    Field("to", "an ISO date, month or year", is_partial_date),
    Field("source", "one line of free text", is_line),
]

ENTITY_FIELDS = [
    Field("id", "a slug of lower-case letters, digits and hyphens", is_slug, required=True),
    Field("kind", "a kind such as person, party, organisation, place", is_slug, required=True),
    Field("name", "the display name", is_name, required=True),
    Field("summary", f"a one-line summary of at most {SUMMARY_CHARS} characters", is_summary, required=True),
    Field("aliases", "a list of surface forms", lambda v: isinstance(v, list)),
    Field("description", "free text", is_text),
    Field("party", "the id of a party", is_slug),
    Field("leader", "the id of a person", is_slug),
    Field("roles", "a list of roles", lambda v: isinstance(v, list)),
]

EVENT_FIELDS = [
    Field("id", "a slug naming an extracted or new event", is_slug, required=True),
    Field("title", "a short title", is_line),
    Field("date", "an ISO date, month or year, or a range a/b", is_partial_date),
    Field("summary", f"one or two sentences on one line, at most {SUMMARY_CHARS} characters", is_summary),
    Field("entities", "a list of entity ids", is_slug_list),
    Field("citations", "a list of {source, paragraph}", lambda v: isinstance(v, list)),
    Field("merge", "a list of event ids", is_slug_list),
    Field("suppress", "true or false", is_bool),
]

CITATION_FIELDS = [
    Field("source", "a source id or file name", is_line, required=True),
    Field("paragraph", "a paragraph number", is_count, required=True),
]


def alias_key(text: str) -> str:
    """The form under which two aliases count as the same."""
    return text.replace("’", "'").replace("‘", "'").casefold().strip()


SUMMARY_PLACEHOLDER = "TODO: one line"
"""The summary `suggest` writes in its stubs, for the editor to replace (warned about while it stays)."""


def parse_entities(data: Any, filename: str, problems: list[str], warnings: list[str] | None = None) -> tuple[Entity, ...]:
    """Validate the registry; report every problem; return entities sorted by id.
    `warnings`: gets a line for each kind that looks like a misspelt builder kind
    (`kind_slip`)."""
    if data is None:
        return ()
    if not isinstance(data, list):
        problems.append(f"{filename}:{getattr(data, 'line', 1)}: expected a list of entities (lines starting with '- id:')")
        return ()
    entities: dict[str, Entity] = {}
    ref_lines: dict[tuple[str, str, str], int] = {}
    """(entity id, field, id it names) -> the line that names it, for the errors."""
    for n, record in enumerate(data, start=1):
        where = f"entity {shown(record.get('id'))}" if isinstance(record, Mapping) else f"entry {n}"
        if not check_record(record, ENTITY_FIELDS, where, filename, problems, line_of(data, n - 1)):
            continue
        entity = _entity(record, where, filename, problems)
        if entity is None:
            continue
        slip = kind_slip(entity.kind)
        if slip and warnings is not None:
            warnings.append(
                f"{filename}:{record.lines['kind']}: {where}: field 'kind' is {shown(entity.kind)}; did you mean "
                f"'{slip}'? (any other word is a kind of its own, with its own folder)"
            )
        if entity.id in entities:
            problems.append(
                f"{filename}:{record.lines['id']}: {where}: id is already used by the entity "
                f"on line {entities[entity.id].line}; ids must be unique"
            )
            continue
        entities[entity.id] = entity
        ref_lines.update(_reference_lines(record, entity.id))
    _check_references(entities, declared_ids(data), filename, problems, ref_lines)
    _check_alias_claims(entities, filename, problems, warnings)
    placeheld = sorted((e.line, e.id) for e in entities.values() if e.summary == SUMMARY_PLACEHOLDER)
    if placeheld and warnings is not None:  # one line for all: a pasted `suggest` output holds dozens
        named = ", ".join(repr(i) for _, i in placeheld[:3]) + (f" and {len(placeheld) - 3} more" if len(placeheld) > 3 else "")
        warnings.append(f"{filename}:{placeheld[0][0]}: {len(placeheld)} {'entity has' if len(placeheld) == 1 else 'entities have'} "
                        f"suggest's placeholder summary {SUMMARY_PLACEHOLDER!r} ({named}): it is shown as the tooltip and "
                        "the profile's first line; write one line for each")
    return tuple(entities[k] for k in sorted(entities))


KIND_SLIP_CUTOFF = 0.8
"""`difflib`'s similarity ratio from which a kind reads as a misspelling of a builder kind:
"organisaton", "organization", "persons" and "plac" are caught; "event", "court",
"company" and "parties" are not, and "palace" is (one letter from "place": a warning
the user may ignore)."""


def kind_slip(kind: str) -> str | None:
    """The builder's kind (`paths.STANDARD_KINDS`) that `kind` is close to without being
    it (`difflib.get_close_matches`, ratio at least `KIND_SLIP_CUTOFF`), or None. Kinds
    are open: this only names a likely slip for a warning."""
    if kind in STANDARD_KINDS:
        return None
    close = difflib.get_close_matches(kind, STANDARD_KINDS, n=1, cutoff=KIND_SLIP_CUTOFF)
    return close[0] if close else None


def _entity(record: Mapping, where: str, filename: str, problems: list[str]) -> Entity | None:
    aliases = [Alias(record["name"].strip())]
    ok = True
    listed = record.get("aliases", [])
    for n, item in enumerate(listed):
        line = line_of(listed, n, record.lines["aliases"] if "aliases" in record.lines else record.line)
        if isinstance(item, str):
            if is_name(item):
                aliases.append(Alias(item.strip()))
            else:
                why = (f"holds an invisible character{invisible_in(item)}" if invisible_in(item)
                       else f"is longer than {LINE_CHARS} characters" if is_text(item) and "\n" not in item
                       else "is empty or holds a line break")
                problems.append(f"{filename}:{line}: {where}: alias {shown(item)} {why}; expected the surface form the sources use")
                ok = False
        elif check_record(item, ALIAS_FIELDS, f"{where}: alias", filename, problems, line):
            aliases.append(
                Alias(
                    text=item["text"].strip(),
                    case_sensitive=item.get("case_sensitive", True),
                    after_full_name=item.get("after_full_name", False),
                    shared=item.get("shared", False),
                    note=item.get("note", ""),
                )
            )
        else:
            ok = False
    roles = []
    listed = record.get("roles", [])
    for n, item in enumerate(listed):
        line = line_of(listed, n, record.lines["roles"] if "roles" in record.lines else record.line)
        if check_record(item, ROLE_FIELDS, f"{where}: role", filename, problems, line):
            start, end = str(item.get("from", "")), str(item.get("to", ""))
            if start and end and end + "-12-31"[len(end) - 4:] < start:
                problems.append(f"{filename}:{item.lines.get('to', line)}: {where}: role: field 'to' {shown(end)} comes "
                                f"before its 'from' {shown(start)}; expected the end on or after the start")
                ok = False
                continue
            roles.append(
                Role(
                    title=item["title"].strip(),
                    of=item.get("of", ""),
                    start=str(item.get("from", "")),
                    end=str(item.get("to", "")),
                    source=item.get("source", ""),
                )
            )
        else:
            ok = False
    if not ok:
        return None
    unique: dict[str, Alias] = {}
    for alias in aliases:
        unique.setdefault(alias.text, alias)
    return Entity(
        id=record["id"],
        kind=record["kind"],
        name=record["name"].strip(),
        aliases=tuple(unique.values()),
        summary=" ".join(record["summary"].split()),
        description=record.get("description", "").strip(),
        party=record.get("party", ""),
        leader=record.get("leader", ""),
        roles=tuple(roles),
        line=record.line,
    )


def _reference_lines(record: Mapping, entity_id: str) -> dict[tuple[str, str, str], int]:
    """The line of each id an entity's record names (`party`, `leader`, a role's `of`)."""
    lines = {(entity_id, k, str(record[k])): record.lines[k] for k in ("party", "leader") if k in record}
    for item in record.get("roles", []):
        if isinstance(item, Mapping) and "of" in item:
            lines[(entity_id, "roles: of", str(item["of"]))] = item.lines["of"]
    return lines


def declared_ids(data: Any) -> set[str]:
    """Every id the registry's records give, those of records rejected for another field
    included: a reference to an entity whose record has an error is no second error (the
    record's own error is the one to fix), so one slip gives one line, not a cascade."""
    if not isinstance(data, list):
        return set()
    return {r["id"] for r in data if isinstance(r, Mapping) and isinstance(r.get("id"), str) and r["id"]}


def _check_references(
    entities: dict[str, Entity], declared: set[str], filename: str, problems: list[str],
    lines: dict[tuple[str, str, str], int],
) -> None:
    """Every id an entity names (`party`, `leader`, a role's `of`) is another entity's, a
    `leader` a person's and a `party` a body's (a party, or any kind but person and place);
    the error names the line that names it (`lines`), else the entity's first line. An id
    `declared` by a record rejected for its own error is not reported again here."""
    for e in entities.values():
        refs = [("party", e.party), ("leader", e.leader)] + [("roles: of", r.of) for r in e.roles]
        for field_name, ref in refs:
            where = f"{filename}:{lines.get((e.id, field_name, ref), e.line)}: entity '{e.id}': field '{field_name}'"
            if ref and ref not in entities and ref not in declared:
                problems.append(f"{where} names unknown entity '{ref}'; expected the id of an entity in the registry")
            elif ref == e.id:
                problems.append(f"{where} names the entity itself; expected the id of another entity")
            elif field_name == "leader" and ref in entities and entities[ref].kind != "person":
                problems.append(f"{where} names '{ref}', a {entities[ref].kind}; expected the id of a person")
            elif field_name == "party" and ref in entities and entities[ref].kind in ("person", "place"):
                # a party or any body one belongs to (README: a union may be one), never a person or a place
                problems.append(f"{where} names '{ref}', a {entities[ref].kind}; expected the id of a party or another body")


def _check_alias_claims(
    entities: dict[str, Entity], filename: str, problems: list[str], warnings: list[str] | None = None,
) -> None:
    """An alias two entities claim (as `alias_key` compares them) is a problem unless
    every claimant marks it shared. One entity's forms that differ only in case are
    its own business; one that is another's all-capitals form (which the matcher
    derives: "KESTREL BAY" beside "Kestrel Bay") is a warning to remove it."""
    claims: dict[str, list[tuple[Entity, Alias]]] = {}
    for e in entities.values():
        for a in e.aliases:
            claims.setdefault(alias_key(a.text), []).append((e, a))
    for key in sorted(claims):
        claimants = claims[key]
        if warnings is not None:
            for e, a in claimants:
                derived = next((b for f, b in claimants if f is e and b is not a and b.text.upper() == a.text != b.text), None)
                if derived is not None:
                    warnings.append(
                        f"{filename}:{e.line}: entity '{e.id}': alias {shown(a.text)} duplicates the automatic capitals "
                        f"form of {shown(derived.text)} (matched without it); remove it"
                    )
        if len({e.id for e, _ in claimants}) < 2 or all(a.shared for _, a in claimants):
            continue  # one entity's name in capitals beside its own name ("KESTREL BAY"): the same alias twice
        # each claimant that does not mark it shared, with the others named (fresh-user review
        # s15d #11: both people marked "Montero" shared and were told to mark it so, while the
        # village's name, which cannot be marked shared, was the claim in the way)
        told: set[str] = set()
        for e, a in claimants:
            if a.shared or e.id in told:
                continue
            told.add(e.id)
            others = sorted({o.id for o, _ in claimants if o.id != e.id})
            named = " and ".join(f"'{o}'" for o in others)
            if a.text == e.name:
                problems.append(
                    f"{filename}:{e.line}: entity '{e.id}': its name {shown(a.text)} is also an alias of {named}; a name "
                    f"cannot be marked shared, so every {shown(a.text)} would be this entity's: remove the alias from "
                    f"{named}, or give this entity a longer name and {shown(a.text)} as an alias marked 'shared: true' on all"
                )
            else:
                problems.append(
                    f"{filename}:{e.line}: entity '{e.id}': alias {shown(a.text)} is also claimed by {named}; mark it "
                    "'shared: true' on every entity that claims it to give each mention to the one last named in full"
                )


def parse_events(
    data: Any,
    filename: str,
    entity_ids: set[str],
    paragraphs: dict[str, tuple[str, int]],
    problems: list[str],
) -> tuple[CuratedEvent, ...]:
    """Validate `events.yml` against known entities and source paragraphs."""
    if data is None:
        return ()
    if not isinstance(data, list):
        problems.append(f"{filename}:{getattr(data, 'line', 1)}: expected a list of events (lines starting with '- id:')")
        return ()
    events = []
    for n, record in enumerate(data, start=1):
        where = f"event {shown(record.get('id'))}" if isinstance(record, Mapping) else f"entry {n}"
        if not check_record(record, EVENT_FIELDS, where, filename, problems, line_of(data, n - 1)):
            continue
        if record.get("suppress"):
            edits = [k for k in ("title", "date", "summary", "entities", "citations", "merge") if k in record]
            if edits:  # the event is dropped: an edit to it would be silently lost
                problems.append(f"{filename}:{record.lines['suppress']}: {where}: 'suppress: true' drops the event, so its "
                                f"{', '.join(repr(k) for k in edits)} would have no effect; keep either")
                continue
        for ref in record.get("entities", []):
            if ref not in entity_ids:
                problems.append(
                    f"{filename}:{record.lines['entities']}: {where}: field 'entities' names "
                    f"unknown entity {shown(ref)}; expected the id of an entity in the registry"
                )
        citations = []
        listed = record.get("citations", [])
        for i, item in enumerate(listed):
            line = line_of(listed, i, record.lines.get("citations", record.line))
            if not check_record(item, CITATION_FIELDS, f"{where}: citation", filename, problems, line):
                continue
            sid = item["source"]
            if sid not in paragraphs:
                problems.append(
                    f"{filename}:{item.line}: {where}: citation names unknown source {shown(sid)}; "
                    "expected a source id or file name"
                )
            elif item["paragraph"] > paragraphs[sid][1]:
                problems.append(
                    f"{filename}:{item.line}: {where}: source {shown(sid)} has no paragraph "
                    f"{item['paragraph']}"
                )
            else:
                citations.append(Citation(paragraphs[sid][0], item["paragraph"]))
        events.append(
            CuratedEvent(
                id=record["id"],
                title=record.get("title", ""),
                date=str(record.get("date", "")),
                summary=record.get("summary", ""),
                entities=tuple(record.get("entities", [])),
                citations=tuple(citations),
                merge=tuple(record.get("merge", [])),
                suppress=record.get("suppress", False),
                where=f"{filename}:{record.line}",
            )
        )
    return tuple(events)

"""Curation: `events.yml` applied to the extracted events (suppress, merge, retitle,
redate, add), with its problems reported on their lines, and the warning for an entry
whose id no longer matches the event it was written for."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from ..errors import InputError
from ..model import Citation, CuratedEvent, Event
from ..timex import precision_of


def citation_order(c: Citation) -> tuple[str, int]:
    """The order citations are listed in: by source id, then paragraph."""
    return (c.source, c.paragraph)


def curate(events: dict[str, Event], curated: tuple[CuratedEvent, ...]) -> dict[str, Event]:
    """Apply `events.yml`: suppress, merge, retitle, redate, or add events."""
    problems = []
    result = dict(events)
    alias = {a: ev.id for ev in events.values() for a in ev.aliases if a not in events}
    # the event an id names, by its own id or one of its aliases (its sentence's id, kept
    # when its title's id changed): two entries naming one event under two ids are one
    # event listed twice (attack review s15 #8: the second silently won)
    named = dict(alias) | {e: e for e in events}
    first: dict[str, tuple[str, str]] = {}  # the event an entry names -> (where it is first listed, as what id)
    gone: dict[str, tuple[str, str]] = {}  # an id merged away -> (the event it went into, where)
    added: set[str] = set()  # the new events the file adds (no extracted event has their ids)
    for entry in curated:
        key = named.get(entry.id, entry.id)
        if key in first:
            where, as_id = first[key]
            also = "" if as_id == entry.id else f" as '{as_id}'"
            problems.append(f"{entry.where}: event '{entry.id}' is listed again (first{also} on {_line(where)}); "
                            "give each event one entry")
            continue
        first[key] = (entry.where, entry.id)
        if entry.id in gone or key in gone:
            into, where = gone.get(entry.id) or gone[key]
            problems.append(f"{entry.where}: event '{entry.id}' was merged into '{into}' (on {_line(where)}); "
                            "make its changes there, or remove it from that 'merge'")
            continue
        own = entry.id if entry.id in result else alias.get(entry.id, entry.id)
        base = result.get(own)
        if base is not None and own != entry.id:
            result.pop(own)  # named by the id of one of its sentences: the entry's id it is
            alias.update({a: entry.id for a, target in alias.items() if target == own})
            alias[own] = entry.id
        for other in entry.merge:
            if other == entry.id:
                problems.append(f"{entry.where}: event '{entry.id}': field 'merge' names the event itself")
            elif other in added:
                problems.append(f"{entry.where}: event '{entry.id}': field 'merge' names '{other}', an event this file adds "
                                "(merge absorbs extracted events); give one entry its date, title and citations")
            elif other in gone:
                problems.append(f"{entry.where}: event '{entry.id}': field 'merge' names '{other}', already merged "
                                f"into '{gone[other][0]}' (on {_line(gone[other][1])})")
            elif other not in result and alias.get(other) not in result and alias.get(other) != entry.id:
                problems.append(f"{entry.where}: event '{entry.id}': field 'merge' names unknown event '{other}'"
                                + _suggested(other, events))
        if base is None and not entry.suppress:
            if not entry.date or not (entry.title or entry.summary):
                problems.append(
                    f"{entry.where}: event '{entry.id}': no extracted event has this id; a new "
                    "event needs 'date' and 'title'" + _suggested(entry.id, events)
                )
                continue
            base = Event(entry.id, entry.date, precision_of(entry.date), entry.title, entry.summary, (), ())
            added.add(entry.id)
        if base is None:
            problems.append(f"{entry.where}: event '{entry.id}': cannot suppress unknown event" + _suggested(entry.id, events))
            continue
        if entry.suppress:
            result.pop(entry.id, None)
            continue
        targets = {o if o in result else alias.get(o, o) for o in entry.merge} - {entry.id}
        gone.update({k: (entry.id, entry.where) for o in entry.merge if o != entry.id for k in (o, named.get(o, o))})
        merged = [result.pop(o) for o in sorted(targets) if o in result]
        entities = set(base.entities) | set(entry.entities)
        citations = set(base.citations) | set(entry.citations)
        for m in merged:
            entities |= set(m.entities)
            citations |= set(m.citations)
        date = entry.date or base.date
        result[entry.id] = Event(
            id=entry.id,
            date=date,
            precision=precision_of(entry.date) if entry.date else base.precision,
            title=entry.title or base.title,
            summary=entry.summary or base.summary,
            entities=tuple(sorted(entities)),
            citations=tuple(sorted(citations, key=citation_order)),
            curated=True,
        )
    if problems:
        raise InputError(problems)
    return result


CLOSE = 0.75
"""How alike (difflib's ratio) a curated id and an event's id must be for the one to be
suggested for the other."""


def closest(wanted: str, events: Mapping[str, Event]) -> str:
    """The id of the event whose id or alias is most like `wanted` (at least `CLOSE`), or
    "": what an `events.yml` entry whose id matches no event most likely meant (its
    sentence corrected since the entry was written)."""
    named = {ev.id: ev.id for ev in events.values()} | {a: ev.id for ev in events.values() for a in ev.aliases}
    found = difflib.get_close_matches(wanted, sorted(named), n=1, cutoff=CLOSE)
    return named[found[0]] if found else ""


def stale(events: Mapping[str, Event], curated: tuple[CuratedEvent, ...]) -> tuple[str, ...]:
    """A warning for each `events.yml` entry that adds a new event (it has a date and a
    title) under an id no extracted event has, while an event's id is close to it: most
    likely the entry was written for that event before its sentence was corrected, and
    no longer applies to it. `events` as extracted, before `curate`."""
    known = set(events) | {a for ev in events.values() for a in ev.aliases}
    warnings = []
    for entry in curated:
        if entry.id in known or entry.suppress or not entry.date:
            continue
        near = closest(entry.id, events)
        if near:
            warnings.append(f"{entry.where}: event '{entry.id}' matches no extracted event, so it is added as a new one; "
                            f"the closest is '{near}' (its sentence changed?): to edit that event, use its id")
    return tuple(warnings)


def _suggested(wanted: str, events: Mapping[str, Event]) -> str:
    near = closest(wanted, events)
    return f" (the closest is '{near}')" if near else ""


def _line(where: str) -> str:
    """'line 4' from an entry's 'path:4' (the path is already at the message's start)."""
    return f"line {where.rsplit(':', 1)[-1]}"


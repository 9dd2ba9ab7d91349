"""The machine-readable exports: `data/dossier.json` (the contract in DESIGN.md),
`data/timeline.json` (TimelineJS3, made in `timelinejs`), `data/mentions.csv`, `data/entities.csv` and
`data/dossier.ftm.json` (FollowTheMoney entities, made in `ftm`).

Every list is sorted and every key present, so two builds of the same input are
byte-identical and readers never guess.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from .. import cache, paths
from ..annotation import Annotated
from ..escaping import csv_cell
from ..link.crossref import Links
from ..model import Citation, Dossier, Event, Relation, Source
from ..read import convert
from ..read.linebreaks import in_file
from ..write import Pieces
from . import ftm, ftmstore
from .encoding import Encoded, encoder, json_pieces, once
from .listings import update_numbers
from .profiles import published_key
from .timelinejs import timeline_json
from .wording import role_period


class Memo:
    """Encoded records kept between the builds of one process (`watch`), by what they
    encode: each source's by its content hash (cache key), each relation and event by
    its value, each slide by its event and the titles of the sources it cites."""

    def __init__(self) -> None:
        self.sources: dict[str, tuple[str, Records]] = {}
        self.relations: dict[int, tuple[Relation, str]] = {}
        """By the relation's identity (`once`): the relation, its record."""
        self.events: dict[int, tuple[Event, str]] = {}
        """By the event's identity (`once`): the event, its record."""
        self.slides: dict[int, tuple[Event, tuple[tuple[str, ...], str]]] = {}
        """By the event's identity (`once`): the event, the titles of the sources it
        cites (its slide quotes them) and its slide."""
        self.ftm: ftm.Made | None = None
        self.shelved: dict[str, Records] | None = None
        """The records the shelf (the cache on disk) holds, by source key, as last
        loaded or saved (None: not read yet)."""


@dataclass(frozen=True)
class Records:
    """One source's records in the export, encoded."""

    mentions: str
    dates: str
    quotes: str
    facts: list[tuple[tuple[Any, ...], str]]
    """(sort key, record)."""
    claims: list[tuple[tuple[Any, ...], str]]
    mentions_csv: str


DOSSIER_JSON, MENTIONS_CSV, TIMELINE_JSON, FTM_JSON, ENTITIES_CSV = (
    "data/dossier.json", "data/mentions.csv", "data/timeline.json", "data/dossier.ftm.json", "data/entities.csv")


def written(dossier: Dossier) -> list[str]:
    """The paths of every file `each` gives, in its order."""
    return [DOSSIER_JSON, MENTIONS_CSV, TIMELINE_JSON, FTM_JSON, *(text_file(s.id) for s in dossier.sources if converted(s)),
            ENTITIES_CSV]


def view(dossier: Dossier, keys: dict[str, str]) -> tuple[object, ...]:
    """What the exports are made from, as a plain value: each source's content hash
    (`keys`, in the dossier's order: its text, metadata, annotations, the registry and
    the builder's code, from which the links and the events follow), the editor's
    events and the dossier's settings. Equal views, equal exports."""
    return tuple(keys[s.id] for s in dossier.sources), dossier.curated_events, dossier.identity


def files(
    dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...],
    keys: dict[str, str] | None = None, memo: Memo | None = None,
) -> dict[str, str]:
    """Every export file by its path. With a `memo` (and the sources' content hashes,
    `keys`: source id -> cache key), records encoded by the last call are not encoded
    again."""
    return {path: text if isinstance(text, str) else text.text() for path, text in each(dossier, annotated, links, events, keys, memo)}


def each(
    dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...],
    keys: dict[str, str] | None = None, memo: Memo | None = None, store: ftmstore.Store | None = None,
    shelf: cache.Shelf | None = None, fresh: ftm.Fresh | None = None,
) -> Iterator[tuple[str, str | Pieces]]:
    """`files` one by one, (path, text), each made when the previous one was taken: a
    caller that writes each before taking the next never holds them all (at 10,000
    sources they are hundreds of MB), and the dossier's records as a JSON tree are let
    go once encoded. The large files come as `write.Pieces` (their records, in order),
    never joined into one string. With `store`, the FollowTheMoney lines of the last
    build are read from it and this build's kept in it; with `shelf`, each source's
    encoded records likewise (only changed sources are encoded again); with `fresh`,
    the sources' FollowTheMoney lines made where they were annotated."""
    held = memo or Memo()
    keys = keys or {}
    records = {}
    joins = {s.id: s.joined for s in dossier.sources if s.joined}  # offsets exported in the file's text
    shelved = held.shelved if held.shelved is not None or shelf is None else shelf.load()
    for sid in sorted(annotated):
        before = held.sources.get(sid)
        if before is not None and sid in keys and before[0] == keys[sid]:
            records[sid] = before[1]
        elif shelved and keys.get(sid) in shelved:
            records[sid] = shelved[keys[sid]]
        else:
            records[sid] = _records(in_file(annotated[sid], joins.get(sid, ())))
    held.sources = {sid: (keys[sid], r) for sid, r in records.items() if sid in keys}
    if shelf is not None:
        by_key = {key: r for key, r in held.sources.values()}
        if shelved is None or by_key.keys() != shelved.keys():
            shelf.save(by_key, shelved or {})
        held.shelved = by_key if memo is not None else None
        del by_key
    del shelved  # a one-off build holds each source's records only in `records`, let go below
    data = dossier_json(dossier, records, links, events, held)
    entities_csv = _csv(
        ["id", "kind", "name", "aliases", "summary", "page", "mention_count"],
        [[e["id"], e["kind"], e["name"], _joined(e["aliases"]), e["summary"], e["page"], e["mention_count"]] for e in data["entities"]],
    )
    encoded = Pieces(json_pieces(data))
    del data
    one = memo is None  # one build: nothing is kept for the next, each record let go once written
    if one:
        held.relations, held.events = {}, {}
    yield DOSSIER_JSON, encoded
    del encoded
    yield MENTIONS_CSV, Pieces(["entity,source,paragraph,start,end,text\n", *(r.mentions_csv for r in records.values())])
    del records
    if one:
        held.sources = {}
    yield TIMELINE_JSON, timeline_json(dossier, events, held)
    if one:
        held.slides = {}
    yield FTM_JSON, _ftm(dossier, annotated, links, events, keys, held, store, one, fresh)
    if one:
        held.ftm = None
    for s in dossier.sources:
        if converted(s):
            yield text_file(s.id), s.as_read or s.text
    yield ENTITIES_CSV, entities_csv


def _ftm(dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...],
         keys: dict[str, str], held: Memo, store: ftmstore.Store | None, one: bool, fresh: ftm.Fresh | None) -> Pieces:
    held.ftm = ftm.made(dossier, annotated, links, events, keys, held.ftm, store.load if store else None, fresh)
    if fresh is not None:
        fresh.lines.clear()  # taken: `held.ftm` holds them now
    if store:
        store.save(held.ftm.signature, held.ftm.entries(), keep=not one)
    return held.ftm.pieces()


def converted(source: Source) -> bool:
    """Whether the text the offsets count is not the file's own characters: extracted
    from a web page, PDF, Word or Markdown file, or a .txt file's text as read when that
    differs from the file (a byte-order mark, CR or CRLF line ends, decomposed letters,
    front matter: `Source.as_read`). Such a text is exported in `data/texts/`; any other
    .txt file's offsets count the file itself."""
    return convert.suffix(source.file) in convert.CONVERTED or bool(source.as_read)


def text_file(source_id: str) -> str:
    """Where a converted source's text is exported (docs-relative): the text every offset
    in `dossier.json` and `mentions.csv` counts characters of (not the file's bytes)."""
    return f"data/texts/{source_id}.txt"


def _joined(values: object) -> str:
    assert isinstance(values, list)
    return " | ".join(str(v) for v in values)


_s = json.encoder.encode_basestring  # type: ignore[attr-defined]  # a JSON string, as the encoder writes it


def _csv(header: list[str] | None, rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(header)
    writer.writerows([csv_cell(v) for v in row] for row in rows)  # no cell a spreadsheet runs
    return out.getvalue()


def _null(value: str) -> str:
    return _s(value) if value else "null"


def _records(a: Annotated) -> Records:
    """A source's records, encoded in the order and form `json` would give them."""
    sid = _s(a.source)
    return Records(
        mentions=",\n".join(
            f'{{"end":{m.end},"entity":{_s(m.entity)},"paragraph":{m.paragraph},"source":{sid},'
            f'"start":{m.start},"text":{_s(m.text)}}}'
            for m in a.mentions
        ),
        dates=",\n".join(
            f'{{"end":{d.end},"paragraph":{d.paragraph},"precision":{_s(d.precision)},"role":{_s(d.role)},"source":{sid},'
            f'"start":{d.start},"text":{_s(d.text)},"timex":{_s(d.timex or d.value)},"value":{_s(d.value)}}}'
            for d in sorted(a.dates, key=lambda d: d.start)
        ),
        quotes=",\n".join(
            f'{{"end":{q.end},"paragraph":{q.paragraph},"source":{sid},"speaker":{_null(q.speaker)},'
            f'"start":{q.start},"text":{_s(q.text)},"via":{_null(q.via)}}}'
            for q in sorted(a.quotes, key=lambda q: q.start)
        ),
        facts=[
            ((f.entity, a.source, f.paragraph, f.kind, f.value), encoder.encode(
                {"entity": f.entity, "kind": f.kind, "value": f.value, "source": a.source, "paragraph": f.paragraph,
                 "citations": [{"source": a.source, "paragraph": f.paragraph}]}
            ))
            for f in a.facts
        ],
        claims=[
            ((c.quantity, a.source, c.paragraph, c.value), encoder.encode(
                {"quantity": c.quantity, "value": c.value, "claimant": c.claimant or None, "source": a.source,
                 "paragraph": c.paragraph, "unit": c.unit, "owner": c.owner or None, "start": c.start, "end": c.end,
                 "act": c.act or None, "change": c.change, "stated_as": c.stated_as or None}
            ))
            for c in a.claims
        ],
        mentions_csv=_csv(None, [[m.entity, a.source, m.paragraph, m.start, m.end, m.text] for m in a.mentions]),
    )


def _sorted(records: list[tuple[tuple[Any, ...], str]]) -> Encoded:
    """Records in the order of their keys (ties: as they came, as `sorted` leaves them)."""
    records.sort(key=itemgetter(0))
    return Encoded(r for _, r in records)


def one_per_fact(facts: list[tuple[tuple[Any, ...], str]], when: dict[str, str]) -> list[tuple[tuple[Any, ...], str]]:
    """The facts' records with each fact about an entity stated in several places (a role
    in any casing: "Judge" before the name, "judge" elsewhere; the same age in two
    reports), folded into one record citing each (`citations`, in the order of
    publication), as the profile shows it in one row: its `value` the first stated, its
    `source` and `paragraph` the first citation's. `facts`: (sort key `(entity, source,
    paragraph, kind, value)`, record); `when`: each source's publication date as it sorts
    (`profiles.published_key`). A fact stated once passes as given."""
    roles: dict[tuple[str, str, str], list[tuple[Any, ...]]] = defaultdict(list)
    kept: list[tuple[tuple[Any, ...], str]] = []
    records = {}
    for key, record in facts:
        roles[(key[0], key[3], key[4].casefold())].append(key)
        records[key] = record
    for keys in roles.values():
        if len(keys) == 1:
            kept.append((keys[0], records[keys[0]]))
            continue
        keys.sort(key=lambda k: (when.get(k[1], "9999"), k[1], k[2]))
        entity, sid, paragraph, kind, value = keys[0]
        kept.append(((entity, sid, paragraph, kind, value), encoder.encode(
            {"entity": entity, "kind": kind, "value": value, "source": sid, "paragraph": paragraph,
             "citations": [{"source": k[1], "paragraph": k[2]} for k in keys]}
        )))
    return kept


def _relation(r: Relation) -> str:
    return f'{{"a":{_s(r.a)},"b":{_s(r.b)},"kind":{_s(r.kind)},"weight":{float(r.weight)!r}}}'


def _citations(citations: tuple[Citation, ...]) -> str:
    return ",".join(f'{{"paragraph":{c.paragraph},"source":{_s(c.source)}}}' for c in citations)


def _event(ev: Event) -> str:
    """An event's JSON; "other_dates" (the days some sources give against `date`, each with
    its citations) only on an event whose sources date it differently: a field added to
    the contract, absent where it says nothing."""
    other = "".join(
        f'"other_dates":[{",".join(f"""{{"citations":[{_citations(cs)}],"date":{_s(d)}}}""" for d, cs in ev.other_dates)}],'
        for _ in ev.other_dates[:1])
    return (
        f'{{"aliases":[{",".join(map(_s, ev.aliases))}],'
        f'"citations":[{_citations(ev.citations)}],'
        f'"date":{_s(ev.date)},"entities":[{",".join(map(_s, ev.entities))}],"id":{_s(ev.id)},'
        f'{other}"precision":{_s(ev.precision)},"summary":{_s(ev.summary)},"title":{_s(ev.title)}}}'
    )


def dossier_json(
    dossier: Dossier, records: dict[str, Records], links: Links, events: tuple[Event, ...], held: Memo,
) -> dict[str, list[Any]]:
    """The export contract, every key present; `records`: each source's, by source id,
    in that order. Relations and events already encoded by the last call (in `held`)
    are not encoded again."""
    relations, held.relations = once(links.relations, held.relations, _relation)
    encoded, held.events = once(events, held.events, _event)
    updates = update_numbers(dossier.sources)
    return {
        "sources": [
            {
                "id": s.id, "file": s.file, "title": s.title, "outlet": s.outlet, "agency": s.agency,
                "published": s.published.isoformat() if s.published else None, "url": s.url,
                "paragraphs": len(s.paragraphs), "page": paths.url(paths.source_page(s.id)),
                **({"text_file": text_file(s.id)} if converted(s) else {}),
                **({"paragraph_pages": [p.page for p in s.paragraphs]} if any(p.page for p in s.paragraphs) else {}),
                **({"update": updates[s.id]} if s.id in updates else {}),
            }
            for s in dossier.sources
        ],
        "entities": [
            {
                "id": e.id, "kind": e.kind, "name": e.name, "aliases": [a.text for a in e.aliases],
                "summary": e.summary, "page": paths.url(paths.entity_page(e.kind, e.id)),
                "mention_count": len(links.mentions.get(e.id, [])), "reviewed": e.reviewed,
                **({"provisional_aliases": [a.text for a in e.aliases if a.provisional]}
                   if e.reviewed and any(a.provisional for a in e.aliases) else {}),
                **({"roles": [
                    {"title": r.title, "of": r.of or None, "start": r.start or None, "end": r.end or None,
                     "period": role_period(r.start, r.end) or None}
                    for r in e.roles]} if e.roles else {}),
            }
            for e in dossier.entities
        ],
        "mentions": Encoded(r.mentions for r in records.values() if r.mentions),
        "dates": Encoded(r.dates for r in records.values() if r.dates),
        "events": Encoded(encoded),
        "quotes": Encoded(r.quotes for r in records.values() if r.quotes),
        "relations": Encoded(relations),
        "facts": _sorted(one_per_fact([f for r in records.values() for f in r.facts],
                                      {s.id: published_key(s) for s in dossier.sources})),
        "claims": _sorted([c for r in records.values() for c in r.claims]),
    }

"""The machine-readable exports: `data/dossier.json` (the contract in DESIGN.md),
`data/timeline.json` (TimelineJS3), `data/mentions.csv` and `data/entities.csv`.

Every list is sorted and every key present, so two builds of the same input are
byte-identical and readers never guess.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any

from .crossref import Links
from .model import Annotated, Dossier, Event
from .registry import folder
from .timeline import sort_key


def files(dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...]) -> dict[str, str]:
    data = dossier_json(dossier, annotated, links, events)
    return {
        "data/dossier.json": _json(data),
        "data/timeline.json": _json(timeline_js(dossier, events)),
        "data/mentions.csv": _csv(
            ["entity", "source", "paragraph", "start", "end", "text"],
            [[m.entity, a.source, m.paragraph, m.start, m.end, m.text] for a in _in_order(annotated) for m in a.mentions],
        ),
        "data/entities.csv": _csv(
            ["id", "kind", "name", "aliases", "summary", "page", "mention_count"],
            [[e["id"], e["kind"], e["name"], _joined(e["aliases"]), e["summary"], e["page"], e["mention_count"]] for e in data["entities"]],
        ),
    }


def _joined(values: object) -> str:
    assert isinstance(values, list)
    return " | ".join(str(v) for v in values)


class Encoded(list):  # type: ignore[type-arg]
    """Records already encoded as JSON (sorted keys, compact), one string each."""


_encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_s = json.encoder.encode_basestring  # type: ignore[attr-defined]  # a JSON string, as the encoder writes it


def _json(data: object) -> str:
    """Sorted keys; a mapping of lists is written one record per line (readable, and a
    changed record is a one-line diff). Compact records keep json's fast C encoder."""
    dump = _encoder.encode
    if isinstance(data, dict) and all(isinstance(v, list) for v in data.values()):
        parts = [
            f"{dump(key)}: [\n" + ",\n".join(data[key] if isinstance(data[key], Encoded) else map(dump, data[key])) + "\n]"
            if data[key] else f"{dump(key)}: []"
            for key in sorted(data)
        ]
        return "{\n" + ",\n".join(parts) + "\n}\n"
    return dump(data) + "\n"


def _csv(header: list[str], rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _in_order(annotated: dict[str, Annotated]) -> list[Annotated]:
    """Annotations by source id (the order of the per-source lists of the export)."""
    return [annotated[sid] for sid in sorted(annotated)]


def _null(value: str) -> str:
    return _s(value) if value else "null"


def dossier_json(dossier: Dossier, annotated: dict[str, Annotated], links: Links, events: tuple[Event, ...]) -> dict[str, list[Any]]:
    """The export contract, every key present. The long per-source lists (mentions,
    dates, quotes) are encoded directly, in the order and form `json` would give them."""
    anns = _in_order(annotated)
    return {
        "sources": [
            {
                "id": s.id, "file": s.file, "title": s.title, "outlet": s.outlet, "agency": s.agency,
                "published": s.published.isoformat() if s.published else None, "url": s.url,
                "paragraphs": len(s.paragraphs), "page": f"sources/{s.id}/",
            }
            for s in dossier.sources
        ],
        "entities": [
            {
                "id": e.id, "kind": e.kind, "name": e.name, "aliases": [a.text for a in e.aliases],
                "summary": e.summary, "page": f"{folder(e.kind)}/{e.id}/",
                "mention_count": len(links.mentions.get(e.id, [])), "reviewed": e.reviewed,
            }
            for e in dossier.entities
        ],
        "mentions": Encoded(
            (f'{{"end":{m.end},"entity":{_s(m.entity)},"paragraph":{m.paragraph},"source":{sid},'
                    f'"start":{m.start},"text":{_s(m.text)}}}')
            for a in anns for sid in (_s(a.source),) for m in a.mentions
        ),
        "dates": Encoded(
            (f'{{"end":{d.end},"paragraph":{d.paragraph},"precision":{_s(d.precision)},"source":{sid},'
                    f'"start":{d.start},"text":{_s(d.text)},"value":{_s(d.value)}}}')
            for a in anns for sid in (_s(a.source),) for d in sorted(a.dates, key=lambda d: d.start)
        ),
        "events": Encoded(
            f'{{"citations":[{",".join(f"""{{"paragraph":{c.paragraph},"source":{_s(c.source)}}}""" for c in ev.citations)}],'
            f'"date":{_s(ev.date)},"entities":[{",".join(map(_s, ev.entities))}],"id":{_s(ev.id)},'
            f'"precision":{_s(ev.precision)},"summary":{_s(ev.summary)},"title":{_s(ev.title)}}}'
            for ev in events
        ),
        "quotes": Encoded(
            (f'{{"end":{q.end},"paragraph":{q.paragraph},"source":{sid},"speaker":{_null(q.speaker)},'
                    f'"start":{q.start},"text":{_s(q.text)}}}')
            for a in anns for sid in (_s(a.source),) for q in sorted(a.quotes, key=lambda q: q.start)
        ),
        "relations": Encoded(
            f'{{"a":{_s(r.a)},"b":{_s(r.b)},"kind":{_s(r.kind)},"weight":{float(r.weight)!r}}}' for r in links.relations
        ),
        "facts": sorted(
            ({"entity": f.entity, "kind": f.kind, "value": f.value, "source": a.source, "paragraph": f.paragraph}
             for a in anns for f in a.facts),
            key=lambda x: (x["entity"], x["source"], x["paragraph"], x["kind"], x["value"]),
        ),
        "claims": sorted(
            ({"quantity": c.quantity, "value": c.value, "claimant": c.claimant or None, "source": a.source, "paragraph": c.paragraph,
              "unit": c.unit, "owner": c.owner or None, "start": c.start, "end": c.end}
             for a in anns for c in a.claims),
            key=lambda x: (x["quantity"], x["source"], x["paragraph"], x["value"]),
        ),
    }


def _parts(value: str) -> dict[str, str]:
    keys = ["year", "month", "day"]
    if "-W" in value:
        value = sort_key(value)
    return dict(zip(keys, value.split("-"), strict=False))


def timeline_js(dossier: Dossier, events: tuple[Event, ...]) -> dict[str, object]:
    """TimelineJS3 JSON: one slide per event, dates as year/month/day objects."""
    titles = {s.id: s.title for s in dossier.sources}
    slides = []
    for ev in events:
        start, _, end = ev.date.partition("/")
        slide: dict[str, object] = {
            "unique_id": ev.id,
            "start_date": _parts(start),
            "text": {
                # TimelineJS reads these as HTML: the source's words must stay text.
                "headline": html.escape(ev.title),
                "text": html.escape(
                    ev.summary + " Sources: "
                    + "; ".join(f"{titles[c.source]}, paragraph {c.paragraph}" for c in ev.citations)
                ),
            },
            "group": ev.precision,
        }
        if end:
            slide["end_date"] = _parts(end)
        slides.append(slide)
    return {"title": {"text": {"headline": "Timeline", "text": f"{len(events)} events from {len(dossier.sources)} sources"}}, "events": slides}

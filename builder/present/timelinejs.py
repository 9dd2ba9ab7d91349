"""`data/timeline.json`: the timeline's events as TimelineJS3 reads them, one slide per
event with its dates as year/month/day objects, each slide encoded once per process.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ..model import Dossier, Event
from ..timex import sort_key
from .encoding import encoder, once
from .wording import counted

if TYPE_CHECKING:
    from .export import Memo


def _parts(value: str) -> dict[str, str]:
    keys = ["year", "month", "day"]
    if "-W" in value:
        value = sort_key(value)
    return dict(zip(keys, value.split("-"), strict=False))


def _timeline_title(dossier: Dossier, events: tuple[Event, ...]) -> dict[str, object]:
    return {"text": {"headline": "Timeline", "text": f"{counted(len(events), 'event')} from {counted(len(dossier.sources), 'source')}"}}


def _slide(ev: Event, titles: dict[str, str]) -> dict[str, object]:
    """An event's TimelineJS3 slide, dates as year/month/day objects."""
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
    return slide


def timeline_json(dossier: Dossier, events: tuple[Event, ...], held: Memo) -> str:
    """TimelineJS3 JSON, one slide per event, encoded as `_json` would encode it whole;
    each slide is encoded once per process (again when its event, or the title of a
    source it cites, changes)."""
    titles = {s.id: s.title for s in dossier.sources}

    def cited(ev: Event) -> tuple[str, ...]:
        return tuple(titles[c.source] for c in ev.citations)

    made, held.slides = once(events, held.slides, lambda ev: (cited(ev), encoder.encode(_slide(ev, titles))),
                              lambda ev, before: before[0] == cited(ev))
    slides = ",".join(slide for _, slide in made)
    return f'{{"events":[{slides}],"title":{encoder.encode(_timeline_title(dossier, events))}}}\n'

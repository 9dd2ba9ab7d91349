"""What the review page shows of each provisional entity, so a reader can decide which to
keep: how often it is mentioned, its first sentence (linked to its paragraph), and
whether it is always written right beside one other name (two halves of one name that
discovery cut apart: "Ana" always before "de la Vega")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..annotate.namewords import CONNECTORS
from ..annotate.occurrences import mentioned
from ..annotation import Annotated, Mention
from ..model import Entity, Source
from .profiles import snippet

SNIPPET = 200
"""Characters of the first sentence shown."""
_PARTICLES = CONNECTORS - {"of", "for", "the", "and", "&"}
_JOINING = re.compile(r"\s*(?:(?:" + "|".join(sorted(re.escape(w) for w in _PARTICLES)) + r")\s+)*", re.I)
"""What may stand between two halves of one name: white space and the particles of
personal names ("de la", "van der", "bin"); not "of" or "and", which join two names
("José Rey of Rey & Partners")."""


@dataclass(frozen=True)
class Provisional:
    """One provisional entity as the review page lists it."""

    entity: Entity
    count: int
    """Its mentions in the annotated text of all sources (`occurrences.mentioned`, the
    figure `suggest` prints)."""
    source: str = ""
    """Source id of its first mention ("" when it has none)."""
    paragraph: int = 0
    """Paragraph number of that mention."""
    context: tuple[str, str, str] = ("", "", "")
    """The first mention's sentence: (before, the name, after)."""
    beside: str = ""
    """Entity id of the name it is always written right beside, or ""."""
    before: bool = False
    """Whether it comes before that name ("Ana" before "Vega")."""
    together: str = ""
    """Both names as first written together ("Ana de la Vega")."""


def provisional(
    entities: Sequence[Entity], mentions: Mapping[str, Sequence[tuple[str, Mention]]],
    annotated: Mapping[str, Annotated], sources: Mapping[str, Source],
) -> list[Provisional]:
    """The unreviewed entities, most mentioned first (then by name).

    `mentions`: entity id -> [(source id, mention)] in source order; `annotated`: each
    source's annotations (its mentions in text order)."""
    starts = {sid: [m.start for m in a.mentions] for sid, a in annotated.items()}
    counts = mentioned(annotated, list(sources))
    rows = []
    for e in entities:
        if e.reviewed:
            continue
        found = mentions.get(e.id, [])
        if not found:
            rows.append(Provisional(e, 0))
            continue
        sid, first = found[0]
        src = sources[sid]
        context = snippet(src.text, first.start, first.end, src.paragraphs[first.paragraph - 1], SNIPPET)
        beside, before, together = _always_beside(found, annotated, starts, sources)
        rows.append(Provisional(e, counts[e.id][0], sid, first.paragraph, context, beside, before, together))
    return sorted(rows, key=lambda r: (-r.count, r.entity.name))


def _neighbour(text: str, ms: Sequence[Mention], i: int, step: int) -> Mention | None:
    """The mention next to ms[i] (`step` -1: before it, 1: after it) when only white space
    and the small words of names stand between them."""
    j = i + step
    if not 0 <= j < len(ms):
        return None
    a, b = (ms[j], ms[i]) if step < 0 else (ms[i], ms[j])
    if a.end <= b.start and b.start - a.end <= 12 and _JOINING.fullmatch(text, a.end, b.start):
        return ms[j]
    return None


def _always_beside(
    found: Sequence[tuple[str, Mention]], annotated: Mapping[str, Annotated], starts: Mapping[str, list[int]],
    sources: Mapping[str, Source],
) -> tuple[str, bool, str]:
    """(entity id, comes before it, both as first written) of the one name every mention
    in `found` is written right beside, on the same side; ("", False, "") when none."""
    for step in (1, -1):
        other, together = "", ""
        for sid, m in found:
            ms = annotated[sid].mentions
            i = bisect_left(starts[sid], m.start)
            while i < len(ms) and ms[i] != m:
                i += 1
            near = _neighbour(sources[sid].text, ms, i, step) if i < len(ms) else None
            if near is None or near.entity == m.entity or (other and near.entity != other):
                break
            if not other:
                other = near.entity
                together = sources[sid].text[min(m.start, near.start) : max(m.end, near.end)]
        else:
            if other:
                return other, step == 1, " ".join(together.split())
    return "", False, ""

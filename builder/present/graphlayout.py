"""The relationship graph's layout, computed at build time as data for its template: the
most-mentioned entities placed by a deterministic force-directed layout, each name's label
set clear of the others, drawn as a static SVG."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from ..model import Entity, Relation

GRAPH_NODES = 40
"""Most-mentioned entities drawn on the relationship graph."""
WIDTH, HEIGHT = 1000, 760


@dataclass(frozen=True)
class Node:
    entity: Entity
    x: float
    y: float
    r: float
    """Radius, growing with the mention count."""
    label_x: float = 0.0
    """Left edge of the name's label."""
    label_y: float = 0.0
    """Top edge of the name's label."""
    label_w: float = 0.0
    """Width of the name's label (its height is `LABEL_HEIGHT`)."""
    leader: bool = False
    """Whether the label lies away from its dot (a line then joins them)."""


@dataclass(frozen=True)
class Edge:
    a: Node
    b: Node
    kind: str
    """`co-mention`, or a registry link: `member`, `leader`, `role`."""
    weight: float
    width: float


def chosen(entities: list[Entity], mentions: dict[str, int]) -> list[Entity]:
    """The entities the graph draws: the most mentioned."""
    return sorted((e for e in entities if mentions.get(e.id)), key=lambda e: (-mentions[e.id], e.id))[:GRAPH_NODES]


def graph(entities: list[Entity], mentions: dict[str, int], relations: tuple[Relation, ...]) -> tuple[list[Node], list[Edge]]:
    """Lay out the most-mentioned entities and the relations among them.

    Fruchterman-Reingold with a fixed start (a circle in id order) and a fixed number of
    steps: the same inputs always give the same picture.
    """
    drawn = chosen(entities, mentions)
    ids = sorted(e.id for e in drawn)
    index = {eid: i for i, eid in enumerate(ids)}
    weights: dict[tuple[int, int], float] = defaultdict(float)
    kinds: dict[tuple[int, int], str] = {}
    for r in relations:
        if r.a in index and r.b in index and r.a != r.b:
            key = (min(index[r.a], index[r.b]), max(index[r.a], index[r.b]))
            if r.kind == "co-mention":
                weights[key] += r.weight
                kinds.setdefault(key, "co-mention")
            elif r.kind in ("member", "leader", "role"):
                weights[key] += 2
                kinds[key] = r.kind
    n = len(ids)
    if not n:
        return [], []
    xs = [math.cos(2 * math.pi * i / n) for i in range(n)]
    ys = [math.sin(2 * math.pi * i / n) for i in range(n)]
    k = 2.6 * math.sqrt(4.0 / n)
    top = max(weights.values(), default=1)
    springs = [(i, j, 0.3 + 0.7 * w / top) for (i, j), w in weights.items()]
    temperature = 0.3
    kk, hypot = k * k, math.hypot
    for _ in range(400):
        ddx, ddy = [0.0] * n, [0.0] * n
        for i in range(n):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, n):
                dx, dy = xi - xs[j], yi - ys[j]
                d = hypot(dx, dy)
                if d < 1e-3:
                    d = 1e-3
                f = kk / d
                fx, fy = dx / d * f, dy / d * f
                ddx[i] += fx
                ddy[i] += fy
                ddx[j] -= fx
                ddy[j] -= fy
        for i, j, strength in springs:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            d = max(hypot(dx, dy), 1e-3)
            f = d * d / k * strength
            fx, fy = dx / d * f, dy / d * f
            ddx[i] -= fx
            ddy[i] -= fy
            ddx[j] += fx
            ddy[j] += fy
        for i in range(n):
            # gravity towards the centre keeps loosely connected nodes on the canvas
            ddx[i] -= 1.5 * xs[i]
            ddy[i] -= 1.5 * ys[i]
            d = max(hypot(ddx[i], ddy[i]), 1e-6)
            step = min(d, temperature)
            xs[i] += ddx[i] / d * step
            ys[i] += ddy[i] / d * step
        temperature = max(temperature * 0.99, 0.002)
    pos = [[x, y] for x, y in zip(xs, ys, strict=True)]
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    most = max(mentions[eid] for eid in ids)
    by_id = {e.id: e for e in drawn}
    nodes = [
        Node(
            by_id[eid],
            round(70 + (pos[i][0] - min(xs)) / span_x * (WIDTH - 140), 1),
            round(50 + (pos[i][1] - min(ys)) / span_y * (HEIGHT - 100), 1),
            round(5 + 13 * math.sqrt(mentions[eid] / most), 1),
        )
        for i, eid in enumerate(ids)
    ]
    nodes = _place_labels(nodes)
    edges = [
        Edge(nodes[i], nodes[j], kinds[(i, j)], w, round(0.6 + 4 * math.sqrt(w / top), 2))
        for (i, j), w in sorted(weights.items())
    ]
    return nodes, edges


FONT_SIZE, CHAR_WIDTH, LABEL_HEIGHT, LABEL_PAD = 18.0, 10.6, 38.0, 5.0
"""A label in drawing units: the name's font size, the width given to each character
(the SVG text is stretched or squeezed to exactly that width, so the layout's boxes are
the drawn ones), the box's height and its side padding. The stylesheet keeps the drawing
at least 640 px wide, where a label box is over 24 px tall (WCAG 2.2 target size)."""
MARGIN = 3.0
"""Clearance kept between a label and any other label or dot."""


def label_size(name: str) -> tuple[float, float]:
    """(width, height) of a name's label box in drawing units."""
    return max(CHAR_WIDTH * len(name) + 2 * LABEL_PAD, LABEL_HEIGHT), LABEL_HEIGHT


def drawing_height(nodes: list[Node]) -> float:
    """The drawing's height: `HEIGHT`, or more where labels had to go below it."""
    return max([float(HEIGHT), *(n.label_y + LABEL_HEIGHT + MARGIN for n in nodes)])


def _clear(box: tuple[float, float, float, float], others: list[tuple[float, float, float, float]]) -> bool:
    x, y, w, h = box
    return not any(x < ox + ow + MARGIN and ox < x + w + MARGIN and y < oy + oh + MARGIN and oy < y + h + MARGIN
                   for ox, oy, ow, oh in others)


def _place_labels(nodes: list[Node]) -> list[Node]:
    """Put each name where it overlaps no other name and no dot: above its dot, else
    below, right, left, then further out in widening rings (with a leader line to the
    dot), and as a last resort under the drawing. The most-mentioned are placed first.
    Every box stays inside the drawing's width."""
    obstacles = [(n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r) for n in nodes]
    placed: list[tuple[float, float, float, float]] = []
    result = {}
    bottom = float(HEIGHT)
    for n in sorted(nodes, key=lambda n: (-n.r, n.entity.id)):
        w, h = label_size(n.entity.name)
        near = [
            (n.x - w / 2, n.y - n.r - h - MARGIN - 1), (n.x - w / 2, n.y + n.r + MARGIN + 1),
            (n.x + n.r + MARGIN + 1, n.y - h / 2), (n.x - n.r - MARGIN - 1 - w, n.y - h / 2),
        ]
        far = [
            (n.x - w / 2 + radius * math.cos(angle), n.y - h / 2 + radius * math.sin(angle))
            for radius in range(int(h), 481, 16)
            for angle in (2 * math.pi * k / 16 - math.pi / 2 for k in range(16))
        ]
        spots = [(min(max(x, 0.0), WIDTH - w), min(max(y, 0.0), HEIGHT - h)) for x, y in near + far]
        others = obstacles + placed
        chosen = next((s for s in spots if _clear((s[0], s[1], w, h), others)), None)
        if chosen is None:  # nowhere free on the drawing: a row of its own below it
            chosen = (min(max(n.x - w / 2, 0.0), WIDTH - w), bottom + MARGIN)
        bottom = max(bottom, chosen[1] + h)
        leader = not any(chosen == spot for spot in spots[: len(near)])
        placed.append((chosen[0], chosen[1], w, h))
        result[n.entity.id] = Node(n.entity, n.x, n.y, n.r, round(chosen[0], 1), round(chosen[1], 1), round(w, 1), leader)
    return [result[n.entity.id] for n in nodes]

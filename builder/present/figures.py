"""Pictures and comparisons computed at build time, as data for the templates: the
relationship graph's layout (a deterministic force-directed layout drawn as a static SVG),
claims lined up by what they count, and word-level diffs between versions of a story."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from ..annotate import counted
from ..annotate.amounts import currency_words
from ..annotation import Claim
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


_AMOUNT = re.compile(r"([\d,. \u00a0\u2009\u202f]*\d)(?:\s(million|billion))?")


@functools.lru_cache(maxsize=1 << 14)
def amount(value: str) -> Fraction:
    """The number a stated figure means, exactly ("1.3 million" -> 1300000, "£8 million" -> 8000000; thousands separated
    by ",", ".", a space, a no-break or a thin space: "12 500", "12.500" -> 12500): a fraction, not a float, so that
    two figures of 17 digits or more, or past 1.8e308, are never taken for one."""
    m = _AMOUNT.match(re.sub(r"^\D+", "", value))  # "£8 million": the currency is the claim's unit
    if not m:
        return Fraction(0)
    digits, scale = m.group(1), m.group(2)
    if re.fullmatch(r"\d{1,3}(?:([,. \u00a0\u2009\u202f])\d{3})(?:\1\d{3})*", digits) and not (scale and "." in digits):
        number = Fraction(re.sub(r"\D", "", digits))
    else:
        plain = re.sub(r"[^\d.]", "", digits.replace(",", ""))
        number = Fraction(plain) if re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", plain) else Fraction(0)
    return number * {"million": 10**6, "billion": 10**9}.get(scale or "", 1)


@dataclass(frozen=True)
class Count:
    """Every claim about one quantity, grouped by the figure stated."""

    unit: str
    owner: str
    figures: list[tuple[str, list[tuple[Claim, str]]]]
    """(figure as first stated, [(claim, source id)]) in ascending order of the figure."""
    changes: tuple[tuple[str, dt.date], ...] = ()
    """For a count that changes over time (`series`): each figure with the first date a
    source stated it, in date order; () for any other count."""
    revisions: tuple[tuple[str, dt.date | None, bool], ...] = ()
    """For a count with a corrected figure (`replaced`): each figure with the first date a
    source stated it and whether a later report replaced it, in date order; () for any
    other count."""

    comparable: bool = True
    """Whether the statements are of one quantity, which sources can dispute or correct:
    False for amounts of money that say neither what they are nor whose ("refused a
    further 3 million euros", "lent the firm 8 million euros", "bringing its exposure to
    9.5 million euros"): a loan, a claim and an exposure are different things counted, and
    nothing says two such sums are one (listed, never disputed, corrected or read as a
    series; `counts`). "£8 million in unpaid wages" against "£12 million in unpaid wages"
    names one quantity and is compared with no owner named."""

    @functools.cached_property
    def replaced(self) -> frozenset[str]:
        """The figures (as first stated) a later report replaced."""
        return frozenset(value for value, _, gone in self.revisions if gone)

    @property
    def disputed(self) -> bool:
        """Different figures for the same thing at the same time (a count that changes
        over time is no dispute, nor a figure a later report replaced)."""
        return self.comparable and sum(value not in self.replaced for value, _ in self.figures) > 1 and not self.changes

    @functools.cached_property
    def stated_by(self) -> list[tuple[str, list[str]]]:
        """Each figure with who states it (entity ids; "" for the source itself), in order."""
        return [(value, list(dict.fromkeys(claim.claimant for claim, _ in items))) for value, items in self.figures]

    @functools.cached_property
    def voices(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each figure with who states it as (entity id, words): the entity, or "" and the
        source's words for a claimant the dossier does not know (`Claim.stated_as`; "" when
        the source states it itself), in order."""
        return [(value, list(dict.fromkeys((claim.claimant, "" if claim.claimant else claim.stated_as)
                                           for claim, _ in items))) for value, items in self.figures]

    def heading(self, names: dict[str, str]) -> str:
        """The count's heading on the claims pages (`names`: entity id -> name)."""
        title = self.unit.capitalize()
        if self.owner:
            title += f": {names[self.owner]}"
        else:
            title += ", no owner named"
        return title + (" — disputed" if self.disputed else " — over time" if self.changes
                        else " — corrected" if self.revisions else "")


def counts(
    claims: list[tuple[Claim, str]], published: Mapping[str, dt.date | None] | None = None,
    later_versions: Mapping[str, Collection[str]] | None = None, outlets: Mapping[str, str] | None = None,
) -> list[Count]:
    """Claims lined up by quantity; quantities with an owner first, disputed ones first.

    A quantity is a unit (synonyms as one: `counted.unit_key`) and an owner, split by the
    act that made the count when two acts never give the same figure ("recalled 40,000
    packs" and "refunded 31,000 packs" are two counts; "took 68 seats" and "won 68
    seats" one; see `by_act`). `published`: source id -> publication date, for `series`
    and `replaced`; `later_versions`: source id -> the later versions of its story by
    the same outlet (`later_versions`), for `replaced`. A statement that gives a figure as
    the earlier, replaced one (`Claim.revision` "old") marks it replaced but is no row of
    it: the correcting report does not state the old figure.
    """
    by_quantity: dict[tuple[str, str], list[tuple[Claim, str]]] = defaultdict(list)
    units = {claim.unit for claim, _ in claims}
    unit_keys = {unit: counted.unit_key(unit, units) for unit in units}
    for claim, sid in claims:
        by_quantity[(unit_keys[claim.unit], claim.owner)].append((claim, sid))
    dates = published or {}
    result = []
    for (unit, owner), items in by_quantity.items():
        for act, part in by_act(items, dates):
            values: dict[Fraction, list[tuple[Claim, str]]] = defaultdict(list)
            for claim, sid in part:
                if claim.revision != "old":  # the correcting report does not state the old figure
                    values[amount(claim.value)].append((claim, sid))
            if not values:
                continue  # only given as the earlier figure: nothing a source states
            comparable = bool(owner) or not _bare_money(unit)
            changes = () if not comparable or any(claim.revision == "old" for claim, _ in part) else series(part, dates)
            result.append(Count(
                f"{unit} {act}" if act else unit, owner,
                [(stated[0][0].value, stated) for _, stated in sorted(values.items())], changes,
                () if changes or not comparable else revised(part, dates, later_versions or {}, outlets or {}),
                comparable,
            ))
    return sorted(result, key=lambda c: (not c.owner, not c.disputed, not c.changes, not c.revisions, c.unit, c.owner))


def _bare_money(unit: str) -> bool:
    """Whether a count's unit is an amount of money that says nothing of what it is: a
    currency word ("euros", "euros per day"), not "debts (euros)" or "unpaid wages (£)"
    (`annotate.amounts`), which name one quantity whoever holds it."""
    return unit.split()[0] in currency_words()


def later_versions(
    versions: Iterable[tuple[str, str]], outlets: Mapping[str, str], dates: Mapping[str, dt.date | None]
) -> dict[str, frozenset[str]]:
    """Source id -> the sources that are later versions of its story by the same outlet:
    of each pair of versions (`versions`: near-duplicate texts, `link.relations`), the
    one published later when both name the same outlet. Versions published the same day
    have no order: neither replaces the other."""
    later: dict[str, set[str]] = defaultdict(set)
    for a, b in versions:
        if not outlets.get(a) or outlets.get(a) != outlets.get(b):
            continue
        da, db = dates.get(a), dates.get(b)
        if da is None or db is None or da == db:
            continue
        first, then = (a, b) if da < db else (b, a)
        later[first].add(then)
    return {sid: frozenset(v) for sid, v in later.items()}


def replaced(
    items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None], later: Mapping[str, Collection[str]],
    outlets: Mapping[str, str] | None = None,
) -> set[int]:
    """Indexes of the statements in `items` (one count's) that a later report replaced.

    A statement is replaced when the source gives it as the earlier figure (`Claim.revision`
    "old": "earlier reported 31") and the count has another figure, or when another figure
    of the count is stated by a later version of the same outlet's story (`later`), or
    as a correction ("new": "revised", "updated", "corrected", an editor's note) in a source
    published the same day or later (the same source: further on) by the same newsroom
    (`outlets`: source id -> outlet or agency) or stated by the same claimant, or when a
    report no earlier names its figure as the earlier one ("revised from 31"). A careful
    reader's rule: the newer report of the same newsroom, or one that says it corrects its
    own figure, stands; two newsrooms or two claimants that differ dispute, whatever word
    of correction one of them uses (a live blog's "Update:" does not settle another
    newsroom's figure)."""
    own = outlets or {}
    values = [amount(c.value) for c, _ in items]
    if len(set(values)) < 2:
        return set()
    by_source: dict[str, list[int]] = defaultdict(list)
    for j, (_, b) in enumerate(items):
        by_source[b].append(j)
    corrections = [j for j, (d, _) in enumerate(items) if d.revision == "new"]
    named_old: dict[Fraction, list[int]] = defaultdict(list)
    for j, (d, _) in enumerate(items):
        if d.revision == "old":
            named_old[values[j]].append(j)
    gone = set()
    for i, (c, a) in enumerate(items):
        v = values[i]
        if c.revision == "old" or any(
            j != i and _not_before(items[j][0], items[j][1], c, a, dates) for j in named_old.get(v, ())
        ) or any(
            values[j] != v for b in later.get(a, ()) for j in by_source.get(b, ())
        ) or (c.revision != "new" and any(
            values[j] != v and _not_before(items[j][0], items[j][1], c, a, dates) and _same_voice(items[j], (c, a), own)
            for j in corrections
        )):
            gone.add(i)
    return gone


def _same_voice(d: tuple[Claim, str], c: tuple[Claim, str], outlets: Mapping[str, str]) -> bool:
    """Whether two statements come from one voice: the same source, the same newsroom, or
    the same claimant."""
    (dc, b), (cc, a) = d, c
    return a == b or bool(outlets.get(a)) and outlets.get(a) == outlets.get(b) or bool(dc.claimant) and dc.claimant == cc.claimant


def _not_before(d: Claim, b: str, c: Claim, a: str, dates: Mapping[str, dt.date | None]) -> bool:
    """Whether statement `d` (of source `b`) comes no earlier than `c` (of source `a`)."""
    if a == b:
        return d.start > c.start
    da, db = dates.get(a), dates.get(b)
    return da is not None and db is not None and db >= da


def revised(
    items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None], later: Mapping[str, Collection[str]],
    outlets: Mapping[str, str] | None = None,
) -> tuple[tuple[str, dt.date | None, bool], ...]:
    """Each figure of a count with the first date stated and whether a later report
    replaced it (every statement of it `replaced`), in date order; () when no figure was
    replaced, or when every one was (nothing stands: read as stated)."""
    gone = replaced(items, dates, later, outlets)
    if not gone:
        return ()
    figures: dict[Fraction, list[int]] = defaultdict(list)
    for i, (c, _) in enumerate(items):
        figures[amount(c.value)].append(i)
    out = []
    for ix in figures.values():
        # the date a source stated the figure, not the date a later report gave it as the old one
        stated = [i for i in ix if items[i][0].revision != "old"]
        first = min(stated or ix, key=lambda i: (_when(dates, items[i][1]), items[i][0].start))
        out.append((items[(stated or ix)[0]][0].value, dates.get(items[first][1]) if stated else None,
                    all(i in gone for i in ix)))
    if not any(r for _, _, r in out) or all(r for _, _, r in out):
        return ()
    # a figure only given as the earlier one (no date of its own) comes before the rest
    return tuple(sorted(out, key=lambda x: (x[1] or (dt.date.min if x[2] else dt.date.max), not x[2])))


def _when(dates: Mapping[str, dt.date | None], sid: str) -> dt.date:
    return dates.get(sid) or dt.date.max


def by_act(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None]) -> list[tuple[str, list[tuple[Claim, str]]]]:
    """The statements of one unit and owner as counts of different acts: [(act as first
    written, or "" for one count), statements].

    Acts compare by their base form (`counted.base`). Two acts that give a same figure
    are two ways of saying one count ("took 68 seats", "won 68 seats") and join; acts
    that never do stay apart ("recalled 40,000 packs", "refunded 31,000 packs"). A
    statement that names no act ("52,000 packs are affected") belongs to the act stated
    first (by publication date, then order). With fewer than two acts left, one count."""
    acts = {counted.base(c.act) for c, _ in items if c.act}
    if len(acts) < 2:
        return [("", items)]
    parent = {a: a for a in acts}

    def root(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    seen: dict[Fraction, str] = {}
    for c, _ in items:
        if c.act:
            a, n = counted.base(c.act), amount(c.value)
            if n in seen:
                parent[root(a)] = root(seen[n])
            else:
                seen[n] = a
    if len({root(a) for a in acts}) < 2:
        return [("", items)]
    order = sorted(range(len(items)), key=lambda i: (_when(dates, items[i][1]), i))
    groups: dict[str, list[int]] = {}
    for i in order:
        c = items[i][0]
        if c.act:
            groups.setdefault(root(counted.base(c.act)), []).append(i)
    first = min(groups, key=lambda r: order.index(groups[r][0]))
    for i in order:
        if not items[i][0].act:
            groups[first].append(i)
    return [(items[ix[0]][0].act if items[ix[0]][0].act else "", [items[i] for i in sorted(ix)]) for ix in
            sorted(groups.values(), key=lambda ix: order.index(ix[0]))]


def series(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None]) -> tuple[tuple[str, dt.date], ...]:
    """The figures of a count that changes over time, each with the first date stated, in
    date order; () when the count is no series.

    A series: at least one figure is written as a change ("had risen to 23",
    `Claim.change`); the statements are dated and span two dates or more, or come from
    one source that states the change itself ("200 of its members … the figure had risen
    to 260", taken in the order written); no two sources give different figures on the
    same date (that is a dispute); and ordered by date the figures only rise or only fall
    (a later source's figure never goes back across an earlier one's). A source may state
    several (the new figure and the one it replaces)."""
    if not any(c.change for c, _ in items) or any(dates.get(sid) is None for _, sid in items):
        return ()
    by_date: dict[dt.date, dict[str, set[Fraction]]] = defaultdict(lambda: defaultdict(set))
    first: dict[Fraction, tuple[dt.date, str]] = {}
    for c, sid in items:
        when, n = dates[sid], amount(c.value)
        assert when is not None
        by_date[when][sid].add(n)
        if n not in first or when < first[n][0]:
            first[n] = (when, c.value)
    if len(first) < 2:
        return ()
    if any(len({frozenset(v) for v in per_source.values()}) > 1 for per_source in by_date.values()):
        return ()  # two sources, one day, different figures: a dispute
    if len(by_date) > 1:
        ordered = [set().union(*per_source.values()) for _, per_source in sorted(by_date.items())]
    elif len(next(iter(by_date.values()))) == 1:
        # one source on one date giving the change itself ("200 of its members … the
        # figure had risen to 260"): its figures in the order it states them
        ordered = [{amount(c.value)} for c, _ in sorted(items, key=lambda item: item[0].start)]
    else:
        return ()
    rising = all(max(a) <= min(b) for a, b in zip(ordered, ordered[1:], strict=False))
    falling = all(min(a) >= max(b) for a, b in zip(ordered, ordered[1:], strict=False))
    if not (rising or falling):
        return ()
    return tuple((value, when) for n, (when, value) in sorted(first.items(), key=lambda x: (x[1][0], x[0] if rising else -x[0])))


Piece = tuple[str, str]
"""(`same`, `del` or `ins`, text)."""

_DASHES = "‐‑‒–—―−"
_JOINERS = "‐‑‒–−"
"""The dash forms that join a compound or a range (`much-beleaguered`, `2008–2013`); the
em dash and the horizontal bar set off a clause, so they stay words' neighbours."""
_TYPOGRAPHIC = str.maketrans({
    **dict.fromkeys("‘’‚‛′`´", "'"), **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys(_DASHES, "-"), "\u00ad": None, "\u200b": None, "\u2060": None,
})
"""Typographic variants folded together: curly and straight quotes and apostrophes (and
primes, guillemets), the dash forms, soft hyphens and zero-width breaks (Unicode
General Punctuation; the choice between them is the outlet's style, not the story's)."""
_TOKEN = re.compile(
    rf"\s+|\d+(?:[.,:/]\d+)+|[\w\u00ad\u200b\u2060]+(?:[-{_JOINERS}][\w\u00ad\u200b\u2060]+)*|[^\w\s]"
)
"""Words (with any soft hyphen or zero-width break inside them; a hyphenated compound,
such as one a line-end break was joined into, is one word, so a change to it shows the
whole word as the source page has it, never a lone hyphen), numbers with their decimal
points, thousands separators and time or date marks ("4.2", "1,200", "16:00", "3/4": a
changed figure shows whole, never "4." kept and "2" against "5"), runs of white space,
and single other characters."""


def typographic_key(text: str) -> str:
    """`text` with typographic variants folded (see `_TYPOGRAPHIC`) and every run of white
    space made one space: two texts with the same key differ only in typography."""
    return re.sub(r"\s+", " ", text.translate(_TYPOGRAPHIC))


@dataclass(frozen=True)
class WordDiff:
    """A word-level comparison of two texts."""

    paragraphs: list[list[Piece]]
    """Paragraphs of pieces; a typographic difference shows the first text's form, as `same`."""
    set_aside: int
    """How many typographic differences (quotes, apostrophes, dashes, white space, soft
    hyphens) were not counted as changes."""


def word_diff(a: str, b: str) -> WordDiff:
    """A word-level diff of two texts as paragraphs of pieces.

    Paragraphs are aligned first; only paragraphs that changed are compared word by
    word (which keeps a long pair of texts cheap: most paragraphs of two versions are
    equal, or wholly added or cut). Words equal up to typography (`typographic_key`)
    are the same word, and a change of white space alone is no change: each such
    difference is counted in `set_aside`.
    """
    paras_a = [p for p in re.split(r"\n\s*\n", a) if p.strip()]
    paras_b = [p for p in re.split(r"\n\s*\n", b) if p.strip()]
    keys_a = [typographic_key(p).strip() for p in paras_a]
    keys_b = [typographic_key(p).strip() for p in paras_b]
    result: list[list[Piece]] = []
    set_aside = 0

    def words(x: str, y: str) -> list[Piece]:
        nonlocal set_aside
        pieces, n = _words(x, y)
        set_aside += n
        return pieces

    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for x, y in zip(paras_a[i1:i2], paras_b[j1:j2], strict=True):
                result.append([("same", x.strip())] if x.strip() == y.strip() else words(x, y))
            continue
        left, right = paras_a[i1:i2], paras_b[j1:j2]
        i = j = 0
        while i < len(left) or j < len(right):
            if i < len(left) and j < len(right) and _alike(left[i], right[j]):
                result.append(words(left[i], right[j]))
                i, j = i + 1, j + 1
            elif j < len(right) and (i >= len(left) or (j + 1 < len(right) and _alike(left[i], right[j + 1]))):
                result.append([("ins", right[j].strip())])
                j += 1
            elif i < len(left) and (j >= len(right) or (i + 1 < len(left) and _alike(left[i + 1], right[j]))):
                result.append([("del", left[i].strip())])
                i += 1
            else:  # neither alike nor realigned: compare them word by word anyway
                result.append(words(left[i], right[j]))
                i, j = i + 1, j + 1
    return WordDiff(result, set_aside)


def _alike(a: str, b: str) -> bool:
    """Two paragraphs that are versions of each other (half their words in common)."""
    return difflib.SequenceMatcher(
        None, typographic_key(a).split(), typographic_key(b).split(), autojunk=False
    ).ratio() >= 0.5


def _words(a: str, b: str) -> tuple[list[Piece], int]:
    """Pieces of two paragraphs compared word by word, and the count of typographic
    differences set aside."""
    tokens_a = _TOKEN.findall(a.strip())
    tokens_b = _TOKEN.findall(b.strip())
    keys_a = [typographic_key(t) for t in tokens_a]
    keys_b = [typographic_key(t) for t in tokens_b]
    pieces: list[Piece] = []
    set_aside = 0

    def emit(kind: str, tokens: list[str]) -> None:
        if not tokens:
            return
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + "".join(tokens))
        else:
            pieces.append((kind, "".join(tokens)))

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            set_aside += sum(x != y for x, y in zip(tokens_a[i1:i2], tokens_b[j1:j2], strict=True))
            emit("same", tokens_a[i1:i2])
        elif not "".join(keys_a[i1:i2] + keys_b[j1:j2]).strip():
            # white space (or an invisible break) added or removed: no change of the words
            set_aside += 1
            emit("same", tokens_a[i1:i2])
        else:
            emit("del", tokens_a[i1:i2])
            emit("ins", tokens_b[j1:j2])
    return _joined(pieces), set_aside


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Changes separated only by a short stretch in both texts made one change, each side
    whole: "debts stand" struck out then "debt stands" put in, not "debts|debt stand|stands"
    word against word. A stretch kept between two changes is folded in when it is white
    space or no longer than the smaller of the two changes around it (the semantic
    clean-up of Myers's diff in diff-match-patch), and never when it ends a sentence."""
    runs: list[list[str]] = []  # [same] or [deleted, inserted]
    for kind, text in pieces:
        if kind == "same":
            runs.append([text])
        elif runs and len(runs[-1]) == 2:
            runs[-1][kind == "ins"] += text
        else:
            runs.append(["", text] if kind == "ins" else [text, ""])
    merged: list[list[str]] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if (len(run) == 1 and merged and len(merged[-1]) == 2 and i + 1 < len(runs) and len(runs[i + 1]) == 2
                and not re.search(r"[.!?;]", run[0])):
            before, after = merged[-1], runs[i + 1]
            size = min(max(len(before[0]), len(before[1])), max(len(after[0]), len(after[1])))
            if not run[0].strip() or len(run[0].strip()) <= size:
                merged[-1] = [before[0] + run[0] + after[0], before[1] + run[0] + after[1]]
                i += 2
                continue
        merged.append(run)
        i += 1
    out: list[Piece] = []
    for run in merged:
        if len(run) == 1:
            out.append(("same", run[0]))
        else:
            out.extend((kind, text) for kind, text in zip(("del", "ins"), run, strict=True) if text)
    return out

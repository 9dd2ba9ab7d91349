"""Corrected figures: which statements of a count a later report replaced (a later
version of the same outlet's story, a correction by the same newsroom or claimant, a
report naming the figure as the earlier one), and the count's figures with the first date
each was stated and whether it was replaced, for the claims pages' "corrected" counts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from fractions import Fraction

from ..annotation import Claim
from .figures import amount, when


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
        first = min(stated or ix, key=lambda i: (when(dates, items[i][1]), items[i][0].start))
        out.append((items[(stated or ix)[0]][0].value, dates.get(items[first][1]) if stated else None,
                    all(i in gone for i in ix)))
    if not any(r for _, _, r in out) or all(r for _, _, r in out):
        return ()
    # a figure only given as the earlier one (no date of its own) comes before the rest
    return tuple(sorted(out, key=lambda x: (x[1] or (dt.date.min if x[2] else dt.date.max), not x[2])))

"""Counts that change over time: the figures of one count read as a series (rising or
falling by date, or turning once at a peak a report names), each with the first date it
was stated, rather than as figures that dispute one another."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping
from fractions import Fraction

from ..annotation import Claim
from .figures import amount, when


def _turned(steps: list[tuple[dt.date, set[Fraction]]], k: int, rose: bool,
            by_date: Mapping[dt.date, Mapping[str, set[Fraction]]]) -> bool:
    """Whether a series of `steps` ((date, the figures first stated that day), in date
    order) that first rose (`rose`; else fell) turns at step `k` as a report says it did:
    a source of the turning day (step `k + 1`) states the peak (or trough) of step `k`
    beside its new figure ("22 ships were still waiting on Friday, down from 74 at the
    peak"): the report gives the movement itself, a fall from the peak, not a figure that
    contradicts it. Without such a report a rise and a fall are figures that disagree."""
    peak = max(steps[k][1]) if rose else min(steps[k][1])
    when, new = steps[k + 1]
    return any(peak in told and told & new for told in by_date.get(when, {}).values())


def _corrected(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None],
               step: tuple[dt.date, set[Fraction]]) -> bool:
    """Whether a report of the turning `step` (date, the figures first stated that day)
    states its figure as a correction (`Claim.revision` "new": "Police have revised the
    number of people killed … down to ten" after 8 and 11): the report says the count went
    back because the peak was wrong, a movement it gives itself, not a figure that
    contradicts the series (as `_turned`)."""
    when, new = step
    return any(c.revision == "new" and dates.get(sid) == when and amount(c.value) in new for c, sid in items)


def _other_voice(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None],
                 own: Collection[tuple[str, int]] = ()) -> bool:
    """Whether a named claimant who never tells the count as moving gives a figure that
    the named claimants who do never give ("the company said it was aware of 14 crashes"
    against the regulator's "now counts 31 crashes …, up from 22"): the running count is
    the one voice's; the other's figure for the same thing disagrees with it, which is a
    dispute (two sources that differ on one count: AP's "According to" rule that each
    figure is attributed because sources differ), not a step of the series. One source
    that tells the change itself through two voices (the body, then its president: "the
    figure had risen to 260") keeps its series. A figure told on a later date than every
    one of the movers' is the count's next reading, not a rival one ("had burned 3,800
    acres", the agency said on 15 August; "burned 27,950 acres before it was fully
    contained", a report of 10 September): what a later report gives supersedes an earlier
    count's reading, whoever tells it (the series' own order check still applies). A figure
    a report states in its own voice (`own`: (source id, start) of those credited to their
    publisher by `issued`: "The journal retracted two papers") is no named voice: the
    report tells it as established fact (AP style attributes only what is disputed or not
    known at first hand), a reading of the count as of that day, not a rival figure."""
    items = [(c, sid) for c, sid in items if (sid, c.start) not in own]
    movers = {c.claimant for c, _ in items if c.change and c.claimant}
    if not movers or len({sid for _, sid in items}) < 2:  # one source telling the change itself: its series
        return False
    theirs = {amount(c.value) for c, _ in items if c.claimant in movers}
    last = max(when(dates, sid) for c, sid in items if c.claimant in movers)
    return any(c.claimant and c.claimant not in movers and amount(c.value) not in theirs and when(dates, sid) <= last
               for c, sid in items)


def series(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None],
           own: Collection[tuple[str, int]] = ()) -> tuple[tuple[str, dt.date], ...]:
    """The figures of a count that changes over time, each with the first date stated, in
    date order; () when the count is no series.

    A series: at least one figure is written as a change ("had risen to 23",
    `Claim.change`); the statements are dated and span two dates or more, or come from
    one source that states the change itself ("200 of its members … the figure had risen
    to 260", taken in the order written); no two sources give different figures on the
    same date (that is a dispute); and ordered by date the figures only rise or only fall
    (a later source's new figure never goes back across an earlier one's; a figure stated
    before may be restated), or they turn once at a figure that a report of the turn states
    itself as the count's earlier value (`_turned`: "22 ships … on Friday, down from 74 at
    the peak" after 38, 61 and 74: a peak, then the fall), or that the report of the turn
    states as a correction (`_corrected`). A source may state several (the
    new figure and the one it replaces); one source's figures in the order written, a
    comparison's earlier term (`Claim.earlier`: "far more than the 400,000 it gave") before
    the figure it is compared with."""
    if not any(c.change for c, _ in items) or any(dates.get(sid) is None for _, sid in items):
        return ()
    if _other_voice(items, dates, own):
        return ()  # "aware of 14 crashes" (the maker) against the regulator's 22 rising to 31: a dispute
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
        # each date's new figures (those not stated before): a later report may restate an
        # earlier figure ("four times the 1,200 hectares it reported on Sunday night")
        steps = [(when, new) for when, per_source in sorted(by_date.items())
                 if (new := {n for n in set().union(*per_source.values()) if first[n][0] == when})]
    elif len(next(iter(by_date.values()))) == 1:
        # one source on one date giving the change itself ("200 of its members … the
        # figure had risen to 260"): its figures in the order it states them
        day = next(iter(by_date))
        told = sorted((c for c, _ in items), key=lambda c: c.start)
        for k in range(1, len(told)):
            # "as many as 650,000 …, far more than the 400,000 it gave": the comparison's earlier term first
            if told[k].earlier and not told[k - 1].earlier and told[k].paragraph == told[k - 1].paragraph:
                told[k - 1], told[k] = told[k], told[k - 1]
        steps = [(day, {amount(c.value)}) for c in told]
    else:
        return ()
    ordered = [new for _, new in steps]
    moves = [1 if max(a) <= min(b) else -1 if min(a) >= max(b) else 0
             for a, b in zip(ordered, ordered[1:], strict=False)]
    if 0 in moves:
        return ()
    turns = [k for k in range(1, len(moves)) if moves[k] != moves[k - 1]]
    if turns and not (len(turns) == 1 and (_turned(steps, turns[0], moves[0] > 0, by_date)
                                           or _corrected(items, dates, steps[turns[0] + 1]))):
        return ()
    rising = moves[0] > 0 if moves else True
    return tuple((value, when) for n, (when, value) in sorted(first.items(), key=lambda x: (x[1][0], x[0] if rising else -x[0])))

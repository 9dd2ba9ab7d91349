"""The consolidated timeline: candidate events from dated sentences, merged across sources.

Each sentence with a date that anchors a happening is a candidate (`events.py` finds
them, per source), with the entities it mentions. Two candidates on the same date merge
when `events.related_pairs` relates them (the same noun named by the date, or a shared
entity and shared content stems) or when their sentences are near-identical (versions
of one story). Curated entries in `events.yml` are applied last and win.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict

from ..annotate.events import join_nested, related_pairs
from ..annotation import Annotated, Candidate
from ..errors import InputError
from ..model import Citation, CuratedEvent, Dossier, Event
from ..read.text import slugify

SIMILAR = 0.5
"""Share of content words two sentences need in common to report the same happening."""
MONTH_NAMES = "January February March April May June July August September October November December".split()


def candidates(dossier: Dossier, annotated: dict[str, Annotated]) -> list[Candidate]:
    """Every source's candidates (found when the source was annotated), in source order."""
    return [c for s in dossier.sources for c in annotated[s.id].candidates]


def _find(parent: list[int], i: int) -> int:
    """Union-find root, halving the path."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def merge(cands: list[Candidate]) -> list[list[Candidate]]:
    """Group candidates that report the same happening on the same date."""
    by_date: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        by_date[c.date].append(c)
    return [group for date in sorted(by_date) for group in merge_date(by_date[date])]


def merge_date(items: list[Candidate]) -> list[list[Candidate]]:
    """Group candidates of one date (in source order) that report the same happening."""
    parent = list(range(len(items)))
    # The same words: joined through a dict, not pairwise; then related happenings.
    first: dict[str, int] = {}
    for i, c in enumerate(items):
        if c.words in first:
            parent[_find(parent, i)] = _find(parent, first[c.words])
        else:
            first[c.words] = i
    for i, j in related_pairs(items):
        parent[_find(parent, j)] = _find(parent, i)
    # Similar wording: each candidate is compared with the first candidate of each
    # group so far that shares one of its rarest words (prefix filtering: two word
    # sets with Jaccard similarity >= SIMILAR always share one of those), so a story
    # repeated across thousands of sources is not compared pair by pair.
    word_sets = [frozenset(c.words.split()) for c in items]
    freq: Counter[str] = Counter(w for ws in word_sets for w in ws)
    rarest_first = {w: (n, w) for w, n in freq.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for i, a_words in enumerate(word_sets):
        ordered = sorted(a_words, key=rarest_first.__getitem__)
        prefix = ordered[: len(ordered) - math.ceil(SIMILAR * len(ordered)) + 1]
        joined = False
        for w in prefix:
            for j in index[w]:
                if _find(parent, i) == _find(parent, j):
                    continue
                b_words = word_sets[j]
                if len(a_words & b_words) / len(a_words | b_words) >= SIMILAR:
                    parent[_find(parent, i)] = _find(parent, j)
                    joined = True
        if not joined and _find(parent, i) == i:  # a new group: i represents it
            for w in prefix:
                index[w].append(i)
    clusters: dict[int, list[Candidate]] = defaultdict(list)
    for i, c in enumerate(items):
        clusters[_find(parent, i)].append(c)
    return list(clusters.values())


def title_of(sentence: str, words: int = 10) -> str:
    parts = sentence.split()
    title = " ".join(parts[:words]).rstrip(",;:—-")
    return title + ("…" if len(parts) > words else "")


def build_events(
    dossier: Dossier, annotated: dict[str, Annotated], extracted: dict[str, Event] | None = None,
    held: Held | None = None, keys: dict[str, str] | None = None,
) -> tuple[Event, ...]:
    """Extract (unless `extracted` is given), merge and curate the timeline's events,
    sorted by date then id (`held`, `keys`: see `extract_events`)."""
    if extracted is None:
        extracted = extract_events(dossier, annotated, held, keys)
    events = curate(extracted, dossier.curated_events)
    return tuple(sorted(events.values(), key=lambda ev: (sort_key(ev.date), ev.id)))


class Held:
    """What `extract_events` keeps between the builds of one process (`watch`): each
    source's candidates and each date's groups, so that an edit merges again only the
    dates it touches, and each group's event."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        """Source id -> the content hash (cache key) its candidates were merged with."""
        self.candidates: dict[str, tuple[Candidate, ...]] = {}
        self.groups: dict[str, list[list[Candidate]]] = {}
        self.made: dict[int, tuple[list[Candidate], str, str, Event]] = {}
        """id of a group -> (the group, its id's base, its id, its event)."""


def extract_events(
    dossier: Dossier, annotated: dict[str, Annotated], held: Held | None = None, keys: dict[str, str] | None = None,
) -> dict[str, Event]:
    """The events found in the sources, by id, before curation. With `held` (kept by a
    process that builds again) and the sources' content hashes `keys`, only the dates
    of the sources whose hash changed are merged again."""
    if held is None or keys is None:
        groups = merge(candidates(dossier, annotated))
    else:
        groups = _merged(dossier, annotated, held, keys)
    groups = join_nested(groups)
    made: dict[int, tuple[list[Candidate], str, str, Event]] = {}
    events: dict[str, Event] = {}
    for group in groups:
        before = held.made.get(id(group)) if held else None
        if before is not None and before[0] is group:
            base = before[1]  # the same group as last time: already in order
        else:
            before = None
            group.sort(key=lambda c: (c.precision != "day", c.published, c.source, c.paragraph))
            base = f"{group[0].date.replace('/', '-')}-{slugify(title_of(group[0].sentence, 6), 48)}"
        eid, n = base, 1
        while eid in events:
            n += 1
            eid = f"{base}-{n}"
        if before is not None and before[2] == eid:
            events[eid] = before[3]  # the same group, the same id: the same event
        else:
            first = group[0]
            events[eid] = Event(
                id=eid,
                date=first.date,
                precision=first.precision,
                title=first.title or title_of(first.sentence),
                summary=first.sentence,
                entities=tuple(sorted({e for c in group for e in c.entities})),
                citations=tuple(sorted({Citation(c.source, c.paragraph) for c in group}, key=_cite_key)),
                aliases=tuple(sorted({_own_id(c) for c in group} - {eid})),
            )
        if held:
            made[id(group)] = (group, base, eid, events[eid])
    if held:
        held.made = made
    return events


def _merged(dossier: Dossier, annotated: dict[str, Annotated], held: Held, keys: dict[str, str]) -> list[list[Candidate]]:
    """`merge`'s groups, the dates whose candidates are unchanged since the last call
    taken from it (the change set: the sources whose content hash changed)."""
    now = {s.id: annotated[s.id].candidates for s in dossier.sources}
    if list(now) == list(held.candidates):
        changed = [sid for sid in now if keys[sid] != held.keys.get(sid)]
        touched = {c.date for sid in changed for c in (*held.candidates[sid], *now[sid])}
    else:
        held.groups, touched = {}, None
    by_date: dict[str, list[Candidate]] = defaultdict(list)
    for cands in now.values():
        for c in cands:
            if touched is None or c.date in touched:
                by_date[c.date].append(c)
    groups = {date: held.groups[date] for date in held.groups if touched is None or date not in touched}
    groups.update((date, merge_date(items)) for date, items in by_date.items())
    held.candidates, held.groups, held.keys = now, groups, {sid: keys[sid] for sid in now}
    return [group for date in sorted(groups) for group in groups[date]]


def _own_id(c: Candidate) -> str:
    """The id a candidate's sentence gives an event of its own."""
    return f"{c.date.replace('/', '-')}-{slugify(title_of(c.sentence, 6), 48)}"


def _cite_key(c: Citation) -> tuple[str, int]:
    return (c.source, c.paragraph)


def curate(events: dict[str, Event], curated: tuple[CuratedEvent, ...]) -> dict[str, Event]:
    """Apply `events.yml`: suppress, merge, retitle, redate, or add events."""
    problems = []
    result = dict(events)
    alias = {a: ev.id for ev in events.values() for a in ev.aliases if a not in events}
    for entry in curated:
        own = entry.id if entry.id in result else alias.get(entry.id, entry.id)
        base = result.get(own)
        if base is not None and own != entry.id:
            result.pop(own)  # named by the id of one of its sentences: the entry's id it is
            alias.update({a: entry.id for a, target in alias.items() if target == own})
            alias[own] = entry.id
        for other in entry.merge:
            if other not in result and alias.get(other) not in result and alias.get(other) != entry.id:
                problems.append(f"{entry.where}: event '{entry.id}': field 'merge' names unknown event '{other}'")
        if base is None and not entry.suppress:
            if not entry.date or not (entry.title or entry.summary):
                problems.append(
                    f"{entry.where}: event '{entry.id}': no extracted event has this id; a new "
                    "event needs 'date' and 'title'"
                )
                continue
            base = Event(entry.id, entry.date, precision_of(entry.date), entry.title, entry.summary, (), ())
        if base is None:
            problems.append(f"{entry.where}: event '{entry.id}': cannot suppress unknown event")
            continue
        if entry.suppress:
            result.pop(entry.id, None)
            continue
        targets = {o if o in result else alias.get(o, o) for o in entry.merge} - {entry.id}
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
            citations=tuple(sorted(citations, key=_cite_key)),
            curated=True,
        )
    if problems:
        raise InputError(problems)
    return result


def precision_of(value: str) -> str:
    if "/" in value:
        return "range"
    if "-W" in value:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "day")


def sort_key(value: str) -> str:
    """Events sort by the start of their period."""
    start = value.split("/")[0]
    if "-W" in start:
        year, week = start.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()
    return start


SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def show_date(value: str, precision: str) -> str:
    """A date at its precision: `28 July 2013`, `July 2013`, `week of 5 August 2013`,
    `1975–1979`, `Q3 2009`, `first half of 2009`, `autumn 2008`, `1980s`."""
    if precision in ("quarter", "half", "season", "decade") and "/" in value:
        a, b = value.split("/")
        if precision == "decade":
            return f"{a}s"
        year, month = int(a[:4]), int(a[5:7])
        if precision == "quarter":
            return f"Q{(month - 1) // 3 + 1} {year}"
        if precision == "half":
            return f"{'first' if month == 1 else 'second'} half of {year}"
        return f"{SEASON_NAMES[month]} {year}" + (f"–{b[:4]}" if b[:4] != a[:4] else "")
    if precision == "range":
        a, b = value.split("/")
        if len(a) == len(b) == 10 and a[:7] == b[:7]:
            return f"{int(a[8:])}–{show_date(b, 'day')}"
        return f"{show_date(a, precision_of(a))}–{show_date(b, precision_of(b))}"
    if precision == "week":
        monday = dt.date.fromisoformat(sort_key(value))
        return f"week of {show_date(monday.isoformat(), 'day')}"
    if precision == "year":
        return value
    if precision == "month":
        return f"{MONTH_NAMES[int(value[5:7]) - 1]} {value[:4]}"
    return f"{int(value[8:10])} {MONTH_NAMES[int(value[5:7]) - 1]} {value[:4]}"


PRECISION_WORDS = {
    "day": "to the day", "week": "to the week", "month": "to the month", "year": "to the year",
    "range": "a period",
}


SHOWN_IN_TEXT = frozenset({"day", "week", "month", "year", "range", "quarter", "half", "season", "decade"})
"""Precisions whose `show_date` form already says them (`28 July 2013`, `week of …`,
`2019`, `1975–1979`, `Q3 2009`): a label after such a date would only repeat it."""


def precision_label(value: str, precision: str) -> str:
    """The precision word to print after a shown date, or `""` when the date's text
    already says it (see `SHOWN_IN_TEXT`); a precision `show_date` has no form for, or a
    value it cannot read, keeps its label (`about`, `2013-?` -> the precision)."""
    try:
        show_date(value, precision)
    except (ValueError, IndexError):
        return precision
    return "" if precision in SHOWN_IN_TEXT else precision


def explain_date(value: str, precision: str) -> str:
    """What a marked date resolves to, for its tooltip and its screen-reader description:
    `Sunday 28 July 2013 (to the day)`, `July 2013 (to the month)`, `1975–1979 (a
    period)`. `value` is ISO 8601 as `TimeExpression.value` has it; a value this cannot
    read is shown as it is."""
    try:
        shown = show_date(value, precision)
        if precision == "day":
            shown = f"{dt.date.fromisoformat(value):%A} {shown}"
    except (ValueError, IndexError):
        shown = value
    return f"{shown} ({PRECISION_WORDS.get(precision, precision)})"

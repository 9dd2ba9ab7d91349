"""The consolidated timeline: candidate events from dated sentences, merged across sources.

Each sentence with a resolved date is a candidate, with the entities it mentions. Two
candidates on the same date merge when they name the same kind of happening (the event
noun next to the date: "Sunday's election", "the July 28 elections") or when their
sentences are near-identical (versions of one story). Curated entries in `events.yml`
are applied last and win.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict

from .errors import InputError
from .model import (
    Annotated,
    Candidate,
    Citation,
    CuratedEvent,
    Dossier,
    Entity,
    Event,
    Mention,
    Source,
    TimeExpression,
)
from .sources import slugify

# Nouns that name a happening, folded to one word per kind of happening.
EVENT_NOUNS = {
    "election": "election", "elections": "election", "poll": "election", "polls": "election",
    "vote": "election", "voting": "election", "ballot": "election",
    "coup": "coup", "rally": "rally", "rallies": "rally", "protest": "protest",
    "protests": "protest", "demonstration": "protest", "demonstrations": "protest",
    "strike": "strike", "meeting": "meeting", "meetings": "meeting", "talks": "meeting",
    "results": "results", "result": "results", "tally": "results", "return": "return",
    "returned": "return", "attack": "attack", "wedding": "wedding", "sitting": "sitting",
}
SIMILAR = 0.5
"""Share of content words two sentences need in common to report the same happening."""
WINDOW = 5
_STOP = frozenset(
    "the a an of to in on at by for and or but that this with from as is was were be been "
    "has have had it its he she they his her their said says would will not".split()
)
_WORD = re.compile(r"[A-Za-z]+")
MONTH_NAMES = "January February March April May June July August September October November December".split()


def candidates(dossier: Dossier, annotated: dict[str, Annotated]) -> list[Candidate]:
    """Every source's candidates (found when the source was annotated), in source order."""
    return [c for s in dossier.sources for c in annotated[s.id].candidates]


def source_candidates(
    source: Source, mentions: tuple[Mention, ...], found: tuple[TimeExpression, ...], entities: dict[str, Entity],
) -> tuple[Candidate, ...]:
    """One candidate per resolved date per sentence, except "since 1998"-style anchors."""
    result = []
    text = source.text
    published = source.published.isoformat() if source.published else ""
    by_paragraph: dict[int, list[TimeExpression]] = defaultdict(list)
    for d in found:
        by_paragraph[d.paragraph].append(d)
    for p in source.paragraphs:
        p_dates = by_paragraph.get(p.number)
        if p.skipped or not p_dates:
            continue
        p_mentions = [m for m in mentions if m.paragraph == p.number]
        for s, e in p.sentences:
            seen: set[str] = set()
            for d in p_dates:
                if not (s <= d.start < e) or d.value in seen:
                    continue
                if re.search(r"\b(?:since|until|by)\s+(?:the\s)?$", text[s : d.start]):
                    continue
                seen.add(d.value)
                in_sentence = [m for m in p_mentions if s <= m.start < e]
                if re.match(r"(?:He|She)\b", text[s:e]):
                    # "He returned July 19": the subject is the last person named before.
                    earlier = [m for m in mentions if m.end <= s and entities[m.entity].kind == "person"]
                    in_sentence += earlier[-1:]
                sentence = " ".join(text[s:e].split())
                result.append(
                    Candidate(
                        date=d.value,
                        precision=d.precision,
                        source=source.id,
                        published=published,
                        paragraph=p.number,
                        sentence=sentence,
                        entities=tuple(sorted({m.entity for m in in_sentence})),
                        noun=_event_noun(text, s, e, d.start, d.end, in_sentence),
                        words=" ".join(sorted({w for w in re.findall(r"[a-z]+", sentence.lower()) if w not in _STOP})),
                    )
                )
    return tuple(result)


def _event_noun(text: str, s: int, e: int, start: int, end: int, mentions: list[Mention]) -> str:
    """The nearest happening noun within a few words of the date, outside entity names."""
    def words(chunk_start: int, chunk_end: int, backwards: bool) -> list[str]:
        """The first (or last) WINDOW words of the chunk, nearest the date first."""
        found = []
        every = list(_WORD.finditer(text, chunk_start, chunk_end))
        for w in reversed(every) if backwards else every:
            if not any(m.start <= w.start() < m.end for m in mentions):
                found.append(w.group().lower())
                if len(found) == WINDOW:
                    break
        return found

    after = words(end, e, False)
    before = list(reversed(words(s, start, True)))
    for distance in range(WINDOW):
        for side in (after, list(reversed(before))):
            if distance < len(side) and side[distance] in EVENT_NOUNS:
                return EVENT_NOUNS[side[distance]]
    return ""


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
    # The same happening noun, or the same words: joined through a dict, not pairwise.
    first: dict[object, int] = {}
    for i, c in enumerate(items):
        for key in ((("noun", c.noun),) if c.noun else ()) + (("words", c.words),):
            if key in first:
                parent[_find(parent, i)] = _find(parent, first[key])
            else:
                first[key] = i
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
    held: Held | None = None,
) -> tuple[Event, ...]:
    """Extract (unless `extracted` is given), merge and curate the timeline's events,
    sorted by date then id."""
    if extracted is None:
        extracted = extract_events(dossier, annotated, held)
    events = curate(extracted, dossier.curated_events)
    return tuple(sorted(events.values(), key=lambda ev: (sort_key(ev.date), ev.id)))


class Held:
    """What `extract_events` keeps between the builds of one process (`watch`): each
    source's candidates and each date's groups, so that an edit merges again only the
    dates it touches, and each group's event."""

    def __init__(self) -> None:
        self.candidates: dict[str, tuple[Candidate, ...]] = {}
        self.groups: dict[str, list[list[Candidate]]] = {}
        self.made: dict[int, tuple[list[Candidate], str, str, Event]] = {}
        """id of a group -> (the group, its id's base, its id, its event)."""


def extract_events(dossier: Dossier, annotated: dict[str, Annotated], held: Held | None = None) -> dict[str, Event]:
    """The events found in the sources, by id, before curation."""
    if held is None:
        groups = merge(candidates(dossier, annotated))
    else:
        groups = _merged(dossier, annotated, held)
    made: dict[int, tuple[list[Candidate], str, str, Event]] = {}
    events: dict[str, Event] = {}
    for group in groups:
        before = held.made.get(id(group)) if held else None
        if before is not None and before[0] is group:
            base = before[1]  # the same group as last time: already in order
        else:
            before = None
            group.sort(key=lambda c: (c.published, c.source, c.paragraph))
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
                title=title_of(first.sentence),
                summary=first.sentence,
                entities=tuple(sorted({e for c in group for e in c.entities})),
                citations=tuple(sorted({Citation(c.source, c.paragraph) for c in group}, key=_cite_key)),
            )
        if held:
            made[id(group)] = (group, base, eid, events[eid])
    if held:
        held.made = made
    return events


def _merged(dossier: Dossier, annotated: dict[str, Annotated], held: Held) -> list[list[Candidate]]:
    """`merge`'s groups, the dates whose candidates are unchanged since the last call
    taken from it."""
    now = {s.id: annotated[s.id].candidates for s in dossier.sources}
    if list(now) == list(held.candidates):
        changed = [sid for sid, cands in now.items() if cands is not held.candidates[sid]]
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
    held.candidates, held.groups = now, groups
    return [group for date in sorted(groups) for group in groups[date]]


def _cite_key(c: Citation) -> tuple[str, int]:
    return (c.source, c.paragraph)


def curate(events: dict[str, Event], curated: tuple[CuratedEvent, ...]) -> dict[str, Event]:
    """Apply `events.yml`: suppress, merge, retitle, redate, or add events."""
    problems = []
    result = dict(events)
    for entry in curated:
        base = result.get(entry.id)
        for other in entry.merge:
            if other not in result:
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
        merged = [result.pop(o) for o in entry.merge if o in result]
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


def show_date(value: str, precision: str) -> str:
    """A date at its precision: `28 July 2013`, `July 2013`, `week of 5 August 2013`, `1975–1979`."""
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

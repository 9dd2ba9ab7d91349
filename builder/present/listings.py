"""The site-wide pages: the index tables (split into pages), the timeline (one page,
or an overview and a page per year or month), the claims pages, the connections graph
and a comparison page per pair of versions. Each is rendered only when what it shows
(its fingerprint, see `fingerprints.Memo`) changed."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from jinja2 import Environment
from markdown.extensions.toc import slugify, unique

from ..annotate import opening
from ..annotation import Claim
from ..model import Citation, Event, Source
from ..paths import CONNECTIONS, STANDARD_KINDS, TIMELINE, folder, page_names, timeline_part, version_page
from ..timex import show_date, sort_key
from . import graphlayout, quantities, worddiff
from .fingerprints import Memo
from .profiles import MAX_CITATIONS, published_key, snippet

if TYPE_CHECKING:
    from .site import Site

KIND_TITLES = {"person": "People", "party": "Parties", "organisation": "Organisations", "place": "Places"}
INDEX_PAGE_ROWS = 500
"""Index tables longer than this are split into pages."""
TIMELINE_PAGE_EVENTS = 400
"""Beyond this many events the timeline is split into a page per year (per month for a
year that alone has more), under an overview page."""


def kind_title(kind: str) -> str:
    """The heading of a kind's section: `person` -> `People`, `ship` -> `Ships`."""
    return KIND_TITLES.get(kind) or folder(kind).replace("-", " ").capitalize()


def indexes(site: Site, env: Environment, ctx: dict[str, object], memo: Memo) -> dict[str, str]:
    """The index tables: sources (by date) and each kind's entities (most mentioned
    first), each split into pages of INDEX_PAGE_ROWS; path -> text of the pages to write."""
    d = site.dossier
    pages = {}
    source_rows = []
    updates = update_numbers(d.sources)
    for s in sorted(d.sources, key=telling_order):
        counts = site.links.counts[s.id]
        source_rows.append((s, sum(counts.values()), len(counts), len(site.annotated[s.id].dates), updates.get(s.id, 0)))
    pages.update(_paged(
        "sources", "Sources", source_rows, "sources_index.md.j2", env, ctx, memo=memo,
        row=lambda r: (r[0].id, r[0].title, r[0].outlet, r[0].agency, r[0].published, *r[1:]),
    ))
    totals = Counter({eid: len(ms) for eid, ms in site.links.mentions.items()})
    spread = Counter(eid for named in site.links.counts.values() for eid in named)  # sources naming each
    kinds = sorted({e.kind for e in d.entities} | set(STANDARD_KINDS), key=lambda k: (k not in STANDARD_KINDS, k))
    for kind in kinds:
        members = sorted((e for e in d.entities if e.kind == kind), key=lambda e: (-totals[e.id], e.name))
        rows = [(e, totals[e.id], spread.get(e.id, 0)) for e in members]
        pages.update(_paged(
            folder(kind), kind_title(kind), rows, "kind_index.md.j2", env, ctx, memo=memo,
            row=lambda r: (r[0].id, *r[1:]), kind=kind,
        ))
    return pages



def _paged(
    base: str, title: str, rows: list, template: str, env: Environment, ctx: dict[str, object],  # type: ignore[type-arg]
    per_page: int = 0, memo: Memo | None = None, row: Callable[[Any], object] = repr, **extra: object,
) -> dict[str, str]:
    """A listing split into pages of `per_page` rows (default INDEX_PAGE_ROWS). With a
    `memo`, a page whose rows (as `row` gives what a row shows) are unchanged is kept."""
    per_page = per_page or INDEX_PAGE_ROWS
    chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    names = page_names(base, len(rows), per_page)
    out = {}
    for n, (name, chunk) in enumerate(zip(names, chunks, strict=True)):
        if memo and not memo.stale(name, lambda chunk=chunk: (title, names, len(rows), [row(x) for x in chunk])):  # type: ignore[misc]
            continue
        out[name] = env.get_template(template).render(
            page=name, title=title, rows=chunk, pages=names, current=n, total=len(rows), **extra, **ctx
        )
    return out


CLAIM_COUNTS_PER_PAGE = 20
"""Counts per claims page (disputed ones come first, on the first page)."""
MAX_CLAIM_ROWS = 6
"""Statements shown per figure of a count (all are in the export)."""


def claim_links(counts: list[quantities.Count], names: dict[str, str]) -> dict[tuple[str, str], str]:
    """(unit, owner) -> where the claims pages show that count: page and heading id, as
    the toc extension makes it from the heading: two headings of one page that slugify
    alike (names in a script the slug drops) get "_1", "_2" (`toc.unique`), and the
    page's own title takes its id first."""
    pages = page_names("claims", len(counts), CLAIM_COUNTS_PER_PAGE)
    ids: list[set[str]] = [
        {slugify(f"Claims ({n + 1} of {len(pages)})" if n else "Claims", "-")} for n in range(len(pages))]
    return {
        (c.unit, c.owner): f"{pages[i // CLAIM_COUNTS_PER_PAGE]}#{unique(slugify(c.heading(names), '-'), ids[i // CLAIM_COUNTS_PER_PAGE])}"
        for i, c in enumerate(counts)
    }



def figure_pages(site: Site, env: Environment, ctx: dict[str, Any], memo: Memo) -> dict[str, str]:
    """The claims page, the connections graph, and a diff page per pair of versions."""
    d = site.dossier
    sources = ctx["sources"]

    def context(claim: Claim, sid: str) -> tuple[str, str, str]:
        p = sources[sid].paragraphs[claim.paragraph - 1]
        return snippet(sources[sid].text, claim.start, claim.end, p)

    def shown(c: quantities.Count) -> object:
        """What the claims pages show of a count: its figures, who states them, and the
        first statements of each (with their sources, by key)."""
        return (c.unit, c.owner, c.stated_by, c.revisions, [
            (value, len(items), [(claim, sid, site.keys[sid]) for claim, sid in items[:MAX_CLAIM_ROWS]])
            for value, items in c.figures
        ])

    pages = _paged(
        "claims", "Claims", site.claim_counts, "claims.md.j2", env, ctx,
        per_page=CLAIM_COUNTS_PER_PAGE, memo=memo, row=shown, context=context, max_rows=MAX_CLAIM_ROWS,
    )
    mentions = {eid: len(ms) for eid, ms in site.links.mentions.items()}

    def drawn() -> object:
        """The graph's inputs: the entities drawn, their mentions and the co-mentions
        among them (registry links are in every fingerprint)."""
        ids = [e.id for e in graphlayout.chosen(list(d.entities), mentions)]
        among = set(ids)
        return [(eid, mentions[eid], [(o, n) for o, n in site.links.companions.get(eid, []) if o in among]) for eid in ids]

    if memo.stale(CONNECTIONS, drawn):
        nodes, edges = graphlayout.graph(list(d.entities), mentions, site.links.relations)
        strongest = sorted(edges, key=lambda e: (-e.weight, e.a.entity.name, e.b.entity.name))[:30]
        pages[CONNECTIONS] = env.get_template("connections.md.j2").render(
            page=CONNECTIONS, nodes=nodes, edges=edges, strongest=strongest,
            width=graphlayout.WIDTH, height=graphlayout.drawing_height(nodes), label_height=graphlayout.LABEL_HEIGHT,
            **ctx
        )
    for r in site.versions:
        path = version_page(r.a, r.b)
        if not memo.stale(path, lambda r=r: (site.keys[r.a], site.keys[r.b], r.weight)):  # type: ignore[misc]
            continue
        # the earlier telling against the later (fresh-user review s15c #1: an UPDATE of the
        # same day compared the other way round read as if it deleted the news)
        a, b = sorted((sources[r.a], sources[r.b]), key=telling_order)
        diff = worddiff.word_diff(_body(a), _body(b))
        pages[path] = env.get_template("version.md.j2").render(
            page=path, a=a, b=b, weight=r.weight, later=opening.later_telling(b.text),
            paragraphs=diff.paragraphs, set_aside=diff.set_aside, **ctx
        )
    return pages


def telling_order(source: Source) -> tuple[str, bool, str, str]:
    """The order sources are listed and compared in: by publication date; on one day, a
    later telling of a wire story (`opening.later_telling`: "UPDATE 2", "(Adds …)") after
    the others; then by title and id."""
    return published_key(source), _later_telling(source.text), source.title, source.id


@functools.lru_cache(maxsize=1 << 15)
def _later_telling(text: str) -> bool:
    """Whether `opening.later_telling` marks the text, asked once per text: the lists
    sort every source by it at each build (in `watch`, after each edit)."""
    return bool(opening.later_telling(text))


def update_numbers(sources: Iterable[Source]) -> dict[str, int]:
    """Which update each source is of a story told under one title on one day (an
    agency's copies): source id -> 1, 2, ... for the second, third, ... such source in
    `telling_order`; a source whose title and date no other shares is not in it. Lists
    show the number ("Strike ends (update 1)") so a reader tells the copies apart; the
    stored titles stay as they are."""
    groups: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for s in sources:
        groups[(s.title.casefold(), published_key(s))].append(s)
    return {s.id: n for group in groups.values() if len(group) > 1
            for n, s in enumerate(sorted(group, key=telling_order)) if n}


def _body(source: Source) -> str:
    """The paragraphs of a source that are part of the report."""
    return "\n\n".join(source.text[p.start : p.end] for p in source.paragraphs if not p.skipped)


def by_source(citations: Iterable[Citation]) -> list[tuple[str, tuple[int, ...]]]:
    """Citations grouped by source, in the order each source is first cited: (source id,
    its paragraphs in citation order, each once). An event two paragraphs of one source
    report counts that source once ("Sources (2): A, ¶11, ¶14; B, ¶12")."""
    grouped: dict[str, dict[int, None]] = {}
    for c in citations:
        grouped.setdefault(c.source, {})[c.paragraph] = None
    return [(sid, tuple(paragraphs)) for sid, paragraphs in grouped.items()]


def ahead_when_reported(ev: Event, sources: dict[str, Source]) -> bool:
    """Whether every source citing `ev` was published before its date's period began: the
    happening was still ahead (planned, scheduled, expected) when each reported it. A source
    published inside the period (a month's entry reported in that month) may report it done,
    so it does not count; neither does a source with no publication date."""
    start = sort_key(ev.date)
    published = [sources[c.source].published if c.source in sources else None for c in ev.citations]
    return bool(published) and all(day is not None and day.isoformat() < start for day in published)


def timeline_pages(events: tuple[Event, ...], env: Environment, ctx: dict[str, Any], memo: Memo) -> dict[str, str]:
    """One timeline page, or an overview and a page per year (or month) for large dossiers.
    A page whose events are unchanged (as far as it shows them) is kept."""
    template = env.get_template("timeline.md.j2")
    groups = _timeline_groups(events)
    sources = ctx["sources"]

    def planned(ev: Event) -> bool:
        return ahead_when_reported(ev, sources)

    def shown(part: list[tuple[str, list[tuple[str, list[Event]]]]]) -> object:
        return [
            (year, month, [
                (ev.id, ev.date, ev.precision, ev.title, ev.summary, ev.entities[:MAX_CITATIONS], len(ev.entities),
                 [(sid, paragraphs, sources[sid].title) for sid, paragraphs in cited[:MAX_CITATIONS]], len(cited), planned(ev),
                 ev.other_dates)
                for ev in evs for cited in (by_source(ev.citations),)
            ])
            for year, months in part for month, evs in months
        ]

    if len(events) <= TIMELINE_PAGE_EVENTS:
        if not memo.stale(TIMELINE, lambda: shown(groups)):
            return {}
        return {TIMELINE: template.render(
            page=TIMELINE, **ctx["hrefs"](TIMELINE), groups=groups, parts=None, title=None, previous=None, next=None,
            planned=planned, **ctx
        )}
    parts: list[tuple[str, str, int, list[tuple[str, list[tuple[str, list[Event]]]]]]] = []
    for year, months in groups:
        count = sum(len(evs) for _, evs in months)
        if count <= TIMELINE_PAGE_EVENTS:
            parts.append((timeline_part(year), year, count, [(year, months)]))
            continue
        for month, evs in months:
            key = sort_key(evs[0].date)[:7] if month else year
            parts.append((timeline_part(key), f"{month} {year}" if month and year not in month else (month or year),
                          len(evs), [(year, [(month, evs)])]))
    pages = {}
    if memo.stale(TIMELINE, lambda: [(path, title, count) for path, title, count, _ in parts]):
        pages[TIMELINE] = template.render(
            page=TIMELINE, **ctx["hrefs"](TIMELINE), groups=[], parts=parts, total=len(events), limit=TIMELINE_PAGE_EVENTS,
            title=None, previous=None, next=None, **ctx
        )
    for n, (path, title, _, part) in enumerate(parts):
        previous, following = parts[n - 1] if n else None, parts[n + 1] if n + 1 < len(parts) else None
        if not memo.stale(path, lambda title=title, part=part, p=previous, f=following: (  # type: ignore[misc]
            title, shown(part), p and p[:3], f and f[:3],
        )):
            continue
        pages[path] = template.render(
            page=path, **ctx["hrefs"](path), groups=part, parts=None, title=f"Timeline: {title}",
            previous=previous, next=following, planned=planned, **ctx
        )
    return pages


_LONGER_THAN_A_MONTH = frozenset(("year", "decade", "quarter", "half", "season"))
"""Precisions whose events sit under their year's heading, not under their first month's
("Q1 2025" is no January event)."""


def _timeline_groups(events: tuple[Event, ...]) -> list[tuple[str, list[tuple[str, list[Event]]]]]:
    """Events by year, then by month: (year, [(month heading, events)]). Events known only
    to a period longer than a month (a year, a quarter, a half, a season, a range across
    months) come after the year's months, under "Longer periods in <year>" (a quarter
    listed first would put July before February), or with no heading ("") when the year
    has no month of its own."""
    years: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for ev in events:
        start = sort_key(ev.date)
        month = "" if ev.precision in _LONGER_THAN_A_MONTH or (ev.precision == "range" and (
            len(ev.date.split("/")[0]) == 4 or ev.date.split("/")[0][:7] != ev.date.split("/")[-1][:7])) else start[:7]
        years[start[:4]][month].append(ev)
    result = []
    for year in sorted(years):
        months = [(show_date(m, "month"), evs) for m, evs in sorted(years[year].items()) if m]
        longer = years[year].get("")
        if longer:
            months.append((f"Longer periods in {year}" if months else "", longer))
        result.append((year, months))
    return result

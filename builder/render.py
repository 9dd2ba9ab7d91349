"""Render every generated page and export from the linked dossier: path -> text.

Python computes the values each page shows; the templates in `templates/` hold all
markup. Nothing is written here (see `write`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import multiprocessing
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markdown.extensions.toc import slugify

from . import discover, executor, export, figures
from .crossref import Links
from .markup import Marker, Span, escape, escape_attr, relative
from .model import Annotated, Claim, Dossier, Entity, Event, Fact, Mention, Relation, Source
from .registry import STANDARD_KINDS, folder
from .sentences import sentences
from .timeline import show_date, sort_key

TEMPLATES = Path(__file__).parent / "templates"
KIND_TITLES = {"person": "People", "party": "Parties", "organisation": "Organisations", "place": "Places"}
T = TypeVar("T")
MAX_CITATIONS = 12
"""Citations shown for one stated fact or one event (all are in the data export)."""
MAX_SOURCES_ON_PROFILE = 30
MAX_ITEMS_ON_PROFILE = 50
"""Stated facts, quotes and timeline entries shown on a profile (the latest quotes and
events; the complete lists are in the data export)."""
"""A profile lists mentions in this many sources at most; the export has them all."""
MAX_SNIPPETS_PER_SOURCE = 3
MAX_NAMED = 5
"""Claimants named per value of a figure on a profile (the others are counted; all are in
the export, and side by side on the claims pages)."""
INDEX_PAGE_ROWS = 500
TIMELINE_PAGE_EVENTS = 400
"""Beyond this many events the timeline is split into a page per year (per month for a
year that alone has more), under an overview page."""
"""Index tables longer than this are split into pages."""


_escape_again = functools.lru_cache(maxsize=1 << 16)(escape)
"""`escape` for the templates: the same names, titles and labels recur on thousands of
pages (at 1,000 sources, 29,000 distinct texts in 336,000 calls)."""


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        # Compiled templates are kept in the system's temporary folder, keyed by their text
        # (as Python keeps compiled modules): a first build does not compile them again.
        bytecode_cache=FileSystemBytecodeCache(),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = _escape_again
    env.filters["md_inline"] = _escape_again
    env.filters["truncate_words"] = lambda text, n: " ".join(text.split()[:n]) + ("…" if len(text.split()) > n else "")
    env.filters["attr"] = functools.lru_cache(maxsize=1 << 14)(escape_attr)  # summaries recur as titles
    env.filters["yaml"] = lambda v: json.dumps(v, ensure_ascii=False)
    env.filters["url"] = lambda u: quote(u, safe=":/?#@!$&'*+,;=%~-._")
    env.filters["show_date"] = show_date
    return env


def page_of(entity: Entity) -> str:
    return f"{folder(entity.kind)}/{entity.id}.md"


def source_page(source: Source) -> str:
    return f"sources/{source.id}.md"


def kind_title(kind: str) -> str:
    return KIND_TITLES.get(kind) or folder(kind).capitalize()


@dataclass(frozen=True)
class Site:
    """Everything render needs, gathered once."""

    dossier: Dossier
    annotated: dict[str, Annotated]
    links: Links
    events: tuple[Event, ...]
    drafts: bool
    jobs: int = 1
    """Worker processes for the per-page rendering."""
    keys: dict[str, str] = dataclasses.field(default_factory=dict)
    """Source id -> digest of the source, the registry and the builder's code (its
    annotation cache key): equal keys mean equal text, metadata and annotations."""
    registry: str = ""
    """Digest of the registry and the builder's code."""
    reusable: dict[str, str] | None = None
    """Page path -> fingerprint of the inputs it was last rendered from, for pages whose
    file is still exactly as the builder wrote it. A page whose fingerprint is unchanged
    is not rendered again. None (`--no-cache`): every page is rendered, none fingerprinted."""
    held: Held | None = None
    """What the previous build of this process (`watch`) left: see `Held`."""

    @functools.cached_property
    def claim_counts(self) -> list[figures.Count]:
        """Every counted figure, lined up by what it counts."""
        return figures.counts([(c, s.id) for s in self.dossier.sources for c in self.annotated[s.id].claims])

    @functools.cached_property
    def versions(self) -> list[Relation]:
        """The version pairs that get a comparison page: each source with its closest
        version (a wire story carried by fifty outlets gives fifty pages, not 1,225)."""
        closest = set()
        for sid, related in self.links.related.items():
            other = next((o for o, kind, _ in related if kind == "version"), None)
            if other:
                closest.add(tuple(sorted((sid, other))))
        return [r for r in self.links.relations if r.kind == "version" and (r.a, r.b) in closest]

    @functools.cached_property
    def counts_of(self) -> dict[str, list[figures.Count]]:
        """Entity id -> the counts it owns or states, in the claims pages' order."""
        result: dict[str, list[figures.Count]] = defaultdict(list)
        for c in self.claim_counts:
            involved = {c.owner} | {claim.claimant for _, items in c.figures for claim, _ in items}
            for eid in sorted(involved - {""}):
                result[eid].append(c)
        return dict(result)


class Held:
    """What render keeps between the builds of one process (`watch`): the export's
    encoded records, and what each source page and profile showed, in summary, so
    that pages an edit cannot have changed are not even fingerprinted again."""

    def __init__(self) -> None:
        self.export = export.Held()
        self.base: object = None
        """The previous build's registry digest (entities and code), options and source ids."""
        self.keys: dict[str, str] = {}
        self.annotated: dict[str, Annotated] = {}
        self.shown: dict[str, object] = {}
        """Page path -> what the page shows beyond its sources' keys."""
        self.pending: tuple[object, dict[str, str], dict[str, Annotated], dict[str, object]] | None = None

    def commit(self) -> None:
        """Take this build's summaries as the ones to compare with: called once its pages
        are written (a build that fails leaves the pages, and the summaries, as they were)."""
        if self.pending is not None:
            self.base, self.keys, self.annotated, self.shown = self.pending
            self.pending = None


CHECK_SKIPPED = False
"""Tests set this: every page skipped as unchanged is fingerprinted anyway, and must be."""


_task: Callable[[Any], tuple[str, Any, Any]] | None = None
Sink = Callable[[str, str], Any]
"""Takes a page (path, text) in a worker process; what it returns goes to the main one
instead of the text."""
PARALLEL_FROM = 400
"""Fewer pages than this render in-process: forking workers would cost more."""


def _run(items: list[Any]) -> list[tuple[str, Any, Any]]:
    assert _task is not None
    return [_task(item) for item in items]


class _Workers:
    """`task` over `items` through the executor (`executor.pool`): local worker
    processes forked from this one, so they inherit the site and the templates instead
    of receiving them pickled. The work starts at once; iterating gives the pages in
    order, a chunk at a time, so they stream to the writer instead of all being held in
    memory. Few items, or one job, run in-process when iterated."""

    def __init__(
        self, task: Callable[[T], tuple[str, str | None, Any]], items: Sequence[T], jobs: int, sink: Sink | None = None
    ) -> None:
        global _task
        self._task, self._items = task, items
        self._pool: contextlib.ExitStack | None = None
        if jobs > 1 and len(items) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
            if sink is None:
                _task = task
            else:  # the workers pass their pages to the sink themselves: only its answers come back
                def _task(item: T) -> tuple[str, Any, Any]:
                    path, text, extra = task(item)
                    return path, None if text is None else sink(path, text), extra
            size = max(1, min(CHUNK, len(items) // (jobs * 4)))
            chunks = [list(items[i : i + size]) for i in range(0, len(items), size)]
            self._pool = contextlib.ExitStack()
            workers = self._pool.enter_context(executor.pool(jobs, inherit=True))
            self._results = workers.map(_run, chunks)  # the workers fork at the first task, with _task set

    def __iter__(self) -> Iterator[tuple[str, Any, Any]]:
        if self._pool is None:
            yield from (self._task(item) for item in self._items)
            return
        for part in self._results:
            yield from part
        self.close()

    def close(self) -> None:
        """Stop the workers (cancelling the chunks not started) and wait for them."""
        global _task
        if self._pool is not None:
            self._pool.close()
            self._pool = None
            _task = None


CHUNK = 100
"""Pages a worker renders per task."""


@dataclass(frozen=True)
class Rendered:
    """What render produces: the pages as a stream, and the memo that records, as the
    stream is consumed, which pages were kept and every page's fingerprint."""

    pages: Iterator[tuple[str, Any]]
    """(path under `docs/`, text or the sink's answer) for every page rendered."""
    memo: Memo


TEMPLATES_DIGEST = hashlib.sha256(
    b"".join(p.name.encode() + p.read_bytes() for p in sorted(TEMPLATES.glob("*.j2")))
).hexdigest()


def fingerprint(*parts: object) -> str:
    """A digest of `parts` (built from strings, numbers and tuples, whose repr is stable)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class Memo:
    """Which pages need rendering: those whose inputs' fingerprint differs from the one
    their file was written from."""

    reusable: dict[str, str] | None
    """Path -> fingerprint, for the files still as the last build wrote them (None: no
    page is kept or fingerprinted)."""
    base: tuple[object, ...]
    """What every page depends on: templates, registry and code, options."""
    prints: dict[str, str] = dataclasses.field(default_factory=dict)
    kept: set[str] = dataclasses.field(default_factory=set)

    def stale(self, path: str, make_print: Callable[[], object]) -> bool:
        """Record the page's fingerprint; True when the page must be rendered."""
        print_, stale = self.check(path, make_print)
        self.record(path, print_, not stale)
        return stale

    def check(self, path: str, make_print: Callable[[], object]) -> tuple[str | None, bool]:
        """The page's fingerprint (None when pages are not fingerprinted) and whether the
        page must be rendered. Records nothing: worker processes call it."""
        if self.reusable is None:
            return None, True
        print_ = fingerprint(self.base, make_print())
        return print_, self.reusable.get(path) != print_

    def record(self, path: str, print_: str | None, kept: bool) -> None:
        """Note a page's fingerprint, and that its file is kept as it is."""
        if print_ is not None:
            self.prints[path] = print_
        if kept:
            self.kept.add(path)


def render(site: Site, sink: Sink | None = None, idle: Callable[[], None] | None = None) -> Rendered:
    """Every generated file, by its path under `docs/`; pages whose inputs are unchanged
    since they were last written are kept, not rendered. Pages rendered in worker
    processes go to `sink` there, and its answer stands for their text in the stream.
    `idle` is called once this process has rendered its own pages, while the workers
    finish theirs."""
    memo = Memo(site.reusable, (TEMPLATES_DIGEST, site.registry, site.drafts))
    return Rendered(_pages(site, memo, sink, idle), memo)


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    """The pages' environment, made once per process (its templates compiled once)."""
    return environment()


def _pages(site: Site, memo: Memo, sink: Sink | None, idle: Callable[[], None] | None) -> Iterator[tuple[str, Any]]:
    env = _environment()
    marker = Marker(env)
    d = site.dossier
    entities = {e.id: e for e in d.entities}
    sources = {s.id: s for s in d.sources}
    compared = {(r.a, r.b) for r in site.versions}
    names = {e.id: e.name for e in d.entities}
    links_to_claims = claim_links(site.claim_counts, names)
    ctx = {
        "entities": entities,
        "sources": sources,
        "page_of": lambda eid: page_of(entities[eid]),
        "source_page": lambda sid: source_page(sources[sid]),
        "rel": relative,
        "kind_title": kind_title,
        "folder": folder,
        "version_page": lambda a, b: version_page(*sorted((a, b))),
        "max_cites": MAX_CITATIONS,
        "max_named": MAX_NAMED,
        "compared": lambda a, b: tuple(sorted((a, b))) in compared,
        "claim_link": lambda c: links_to_claims[(c.unit, c.owner)],
        "entity_names": names,
        "registry_role": registry_role,
        "claimants": claimants,
    }

    def source_inputs(source: Source) -> object:
        # The page shows its source and annotations, the registry (in the key) and its
        # related sources, by title.
        related = [
            (sid, kind, weight, sources[sid].title, tuple(sorted((source.id, sid))) in compared)
            for sid, kind, weight in site.links.related.get(source.id, [])[:8]
        ]
        return site.keys[source.id], related

    # Every source page and profile is one folder down: their links to sources and
    # entities, made once.
    folders = {folder(e.kind) for e in d.entities} | {"sources", "timeline", ""}  # "": the top folder
    source_pages, entity_pages = [source_page(s) for s in d.sources], [page_of(e) for e in d.entities]
    source_href = {f: dict(zip([s.id for s in d.sources], _from_folder(f, source_pages), strict=True)) for f in folders}
    entity_href = {f: dict(zip([e.id for e in d.entities], _from_folder(f, entity_pages), strict=True)) for f in folders}
    ctx["hrefs"] = lambda page: {"source_href": source_href[page.rpartition("/")[0]], "entity_href": entity_href[page.rpartition("/")[0]]}

    def source_page_text(source: Source) -> tuple[str, str]:
        path = source_page(source)
        assert path.startswith("sources/") and path.count("/") == 1
        return path, env.get_template("source.md.j2").render(
            page=path, source_href=source_href["sources"], entity_href=entity_href["sources"], source=source, body=_source_body(site, source, marker, entities, path),
            panel=_panel(site, source, entities), related=site.links.related.get(source.id, []),
            quotes=site.annotated[source.id].quotes, **ctx,
        )

    members: dict[str, list[Entity]] = defaultdict(list)
    for e in sorted(d.entities, key=lambda e: e.name):
        for target in sorted({e.party} | {r.of for r in e.roles} - {""}):
            members[target].append(e)
    timelines: dict[str, list[Event]] = defaultdict(list)
    for ev in site.events:
        for eid in ev.entities:
            timelines[eid].append(ev)

    mentioned_in: dict[str, list[str]] = defaultdict(list)  # entity -> the sources naming it, in order
    for sid, named in site.links.counts.items():
        for eid in named:
            mentioned_in[eid].append(sid)

    def profile_inputs(entity: Entity) -> object:
        # Everything a profile shows comes from the registry and the annotations of the
        # sources that mention, quote or state facts about the entity (all in their keys),
        # plus its events (and their first citations' sources), companions and figures.
        eid = entity.id
        cited = dict.fromkeys(mentioned_in.get(eid, []))
        cited.update(dict.fromkeys(sid for _, sid in site.links.facts.get(eid, [])))
        cited.update(dict.fromkeys(sid for _, sid in site.links.quotes.get(eid, [])))
        shown = timelines[eid][-MAX_ITEMS_ON_PROFILE:]
        cited.update(dict.fromkeys(c.source for ev in shown for c in ev.citations[:3]))
        figs = [(c.unit, c.owner, c.disputed, c.stated_by, links_to_claims[(c.unit, c.owner)])
                for c in site.counts_of.get(eid, [])]
        return (
            eid, "".join(map(site.keys.__getitem__, cited)), len(timelines[eid]),
            [(ev.date, ev.precision, ev.title, [(c.source, c.paragraph) for c in ev.citations[:3]], len(ev.citations))
             for ev in shown],
            site.links.companions.get(eid, [])[:12], figs,
        )

    when = {s.id: _date(s) for s in d.sources}

    lines: dict[tuple[str, int], str] = {}

    def event_line(ev: Event, hrefs: dict[str, str]) -> str:
        """An event's line on a profile: the same on every profile (of a folder) that
        shows it, so made once."""
        made = lines.get((ev.id, id(hrefs)))
        if made is None:
            cites = "; ".join(
                f"[{_escape_again(sources[c.source].outlet or sources[c.source].title)}, ¶{c.paragraph}]({hrefs[c.source]}#p-{c.paragraph})"
                for c in ev.citations[:3]
            )
            if len(ev.citations) > 3:
                cites += f"; and {len(ev.citations) - 3} more on the [timeline](../timeline.md)"
            made = lines[(ev.id, id(hrefs))] = f"- **{show_date(ev.date, ev.precision)}** — {_escape_again(ev.title)} ({cites})"
        return made

    def profile_page_text(entity: Entity) -> tuple[str, str]:
        path = page_of(entity)
        assert path.count("/") == 1
        return path, env.get_template("profile.md.j2").render(
            event_line=event_line,
            page=path, source_href=source_href[folder(entity.kind)], entity_href=entity_href[folder(entity.kind)], entity=entity, members=members[entity.id], events=timelines[entity.id][-MAX_ITEMS_ON_PROFILE:],
            more_events=max(len(timelines[entity.id]) - MAX_ITEMS_ON_PROFILE, 0),
            **_profile(site, entity, entities, sources, marker, source_href[folder(entity.kind)], when), **ctx
        )

    def page_text(item: Source | Entity) -> tuple[str, str | None, str | None]:
        """The page's path, its text (None: the file in place is still right) and its
        fingerprint. Called in the workers: the fingerprints are made there too."""
        if isinstance(item, Source):
            path = source_page(item)
            print_, stale = memo.check(path, lambda: source_inputs(item))
            return (*source_page_text(item), print_) if stale else (path, None, print_)
        path = page_of(item)
        print_, stale = memo.check(path, lambda: profile_inputs(item))
        return (*profile_page_text(item), print_) if stale else (path, None, print_)

    site.counts_of  # computed once here, not in every worker  # noqa: B018
    env.get_template("source.md.j2"), env.get_template("profile.md.j2")  # compiled once, before the fork
    # The workers check and render source pages and profiles while this process renders the rest.
    items: list[Source | Entity] = [*d.sources, *d.entities]
    if site.held is not None and memo.reusable is not None:
        everything, items = items, _unsettled(site, site.held, items, memo, compared, timelines, links_to_claims)
        if CHECK_SKIPPED:
            chosen = set(map(id, items))
            for item in everything:
                if id(item) not in chosen:
                    path, text, _ = page_text(item)
                    assert text is None, f"{path} was skipped as unchanged, but its inputs changed"
    workers = _Workers(page_text, items, site.jobs, sink)
    try:
        yield from _indexes(site, env, ctx, memo).items()
        yield from _timeline_pages(site.events, env, ctx, memo).items()
        yield "data/index.md", env.get_template("data.md.j2").render(page="data/index.md", **ctx)
        yield from _figure_pages(site, env, ctx, memo).items()
        if site.drafts:
            yield "review/index.md", env.get_template("review.md.j2").render(
                page="review/index.md", names=discover.group_names(d, site.annotated), **ctx
            )
        yield from export.files(d, site.annotated, site.links, site.events, site.held.export if site.held else None).items()
        if idle:
            idle()
        for path, content, print_ in workers:
            memo.record(path, print_, content is None)
            if content is not None:
                yield path, content
    finally:
        workers.close()


def _unsettled(
    site: Site, held: Held, items: list[Source | Entity], memo: Memo, compared: set[tuple[str, str]],
    timelines: dict[str, list[Event]], links_to_claims: dict[tuple[str, str], str],
) -> list[Source | Entity]:
    """The source pages and profiles whose fingerprints an edit may have changed (all of
    them after a change to the registry, the options or the list of sources); the others
    are recorded as kept. What a page shows comes from its sources' keys and the summary
    below: a page is unsettled when one of them differs from the previous build's."""
    d = site.dossier
    assert memo.reusable is not None
    base = (site.registry, site.drafts, tuple(s.id for s in d.sources))  # the registry's digest covers the entities
    changed = {sid for sid, key in site.keys.items() if held.keys.get(sid) != key} if base == held.base else None
    touched: set[str] = set()  # entities the changed sources name, quote, state facts about, or date
    for sid in changed or ():
        for ann in (held.annotated.get(sid), site.annotated[sid]):
            if ann is not None:
                touched.update(m.entity for m in ann.mentions)
                touched.update(f.entity for f in ann.facts)
                touched.update(q.speaker for q in ann.quotes)
    if changed:
        for ev in site.events:
            if any(c.source in changed for c in ev.citations[:3]):
                touched.update(ev.entities)
    related, companions, keys = site.links.related, site.links.companions, site.keys
    shown: dict[str, object] = {}
    result: list[Source | Entity] = []
    for item in items:
        if isinstance(item, Source):
            path = source_page(item)
            near = related.get(item.id, [])[:8]
            shown[path] = (keys[item.id], near, [(keys[o], tuple(sorted((item.id, o))) in compared) for o, _, _ in near])
            settled = changed is not None and item.id not in changed
        else:
            path, eid = page_of(item), item.id
            shown[path] = (
                len(timelines[eid]), companions.get(eid, [])[:12],
                [(ev.id, ev.date, ev.precision, ev.title, ev.citations[:3], len(ev.citations))
                 for ev in timelines[eid][-MAX_ITEMS_ON_PROFILE:]],
                [(c.unit, c.owner, c.disputed, c.stated_by, links_to_claims[(c.unit, c.owner)]) for c in site.counts_of.get(eid, [])],
            )
            settled = changed is not None and eid not in touched
        if settled and path in memo.reusable and shown[path] == held.shown.get(path):
            memo.record(path, memo.reusable[path], True)
        else:
            result.append(item)
    held.pending = (base, dict(keys), site.annotated, shown)  # taken once the pages are written
    return result


def _from_folder(folder: str, pages: list[str]) -> list[str]:
    """Links from a page in `folder` ("" for the top folder) to `pages`, each one folder
    down (as `relative` gives them, without its path arithmetic for each of tens of
    thousands)."""
    assert all(p.count("/") == 1 for p in pages) and "/" not in folder
    if not folder:
        return list(pages)
    inside = folder + "/"
    return [p[len(inside):] if p.startswith(inside) else "../" + p for p in pages]


def _source_body(site: Site, source: Source, marker: Marker, entities: dict[str, Entity], page: str) -> list[str]:
    ann = site.annotated[source.id]
    spans: dict[int, list[Span]] = defaultdict(list)
    for m in ann.mentions:
        e = entities[m.entity]
        spans[m.paragraph].append(Span(m.start, m.end, "entity", page_of(e), e.kind, e.summary))
    for t in ann.dates:
        spans[t.paragraph].append(Span(t.start, t.end, "date", t.value))
    speakers: dict[int, list[str]] = defaultdict(list)
    for q in ann.quotes:
        name = entities[q.speaker].name if q.speaker else "unattributed"
        if name not in speakers[q.paragraph]:
            speakers[q.paragraph].append(name)
    return [
        marker.paragraph(
            source.text, p.start, p.end, p.number, spans[p.number], page, p.skipped, ", ".join(speakers[p.number])
        )
        for p in source.paragraphs
    ]


def _panel(site: Site, source: Source, entities: dict[str, Entity]) -> list[tuple[str, list[tuple[Entity, int]]]]:
    counts = site.links.counts[source.id]
    by_kind: dict[str, list[tuple[Entity, int]]] = defaultdict(list)
    for eid, n in counts.items():
        by_kind[entities[eid].kind].append((entities[eid], n))
    order = list(STANDARD_KINDS) + sorted(k for k in by_kind if k not in STANDARD_KINDS)
    return [(k, sorted(by_kind[k], key=lambda x: (-x[1], x[0].name))) for k in order if k in by_kind]


def snippet(text: str, start: int, end: int, para_start: int, para_end: int, limit: int = 240) -> tuple[str, str, str]:
    """The sentence around a mention, cut to `limit` characters: (before, mention, after)."""
    for s, e in sentences(text, para_start, para_end):
        if s <= start < e:
            break
    else:
        s, e = para_start, para_end
    before, after = text[s:start], text[end:max(e, end)]
    half = max(limit - (end - start), 40) // 2
    if len(before) > half:
        before = "…" + before[-half:].split(" ", 1)[-1]
    if len(after) > half:
        after = after[:half].rsplit(" ", 1)[0] + "…"
    return " ".join(before.split(" \n")), text[start:end], after


def _profile(
    site: Site, entity: Entity, entities: dict[str, Entity], sources: dict[str, Source], marker: Marker,
    hrefs: dict[str, str], when: dict[str, str],
) -> dict[str, object]:
    """What a profile shows from the sources; `hrefs`: links to the sources from the
    profile; `when`: each source's publication date as it sorts."""
    mentions = site.links.mentions.get(entity.id, [])
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for sid, m in mentions:
        by_source[sid].append(m)
    ordered = sorted(by_source, key=lambda sid: (when[sid], sid))
    groups = []
    for sid in ordered[:MAX_SOURCES_ON_PROFILE]:
        src = sources[sid]
        href = hrefs[sid]
        items: list[str] = []
        seen_paragraphs = set()
        for m in by_source[sid]:
            if m.paragraph in seen_paragraphs:
                continue
            seen_paragraphs.add(m.paragraph)
            if len(items) < MAX_SNIPPETS_PER_SOURCE:
                p = src.paragraphs[m.paragraph - 1]
                items.append(marker.mention(m.paragraph, href, *snippet(src.text, m.start, m.end, p.start, p.end)))
        groups.append((src, len(by_source[sid]), items, len(seen_paragraphs)))
    facts = site.links.facts.get(entity.id, [])
    # The same statement in several sources is one row citing each of them.
    stated: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for f, sid in sorted(facts, key=lambda x: (when[x[1]], x[1], x[0].paragraph)):
        stated[(f.kind, f.value)].append((sid, f.paragraph))
    quotes = sorted(site.links.quotes.get(entity.id, []), key=lambda x: (when[x[1]], x[1], x[0].start))
    companions = [(entities[o], n) for o, n in site.links.companions.get(entity.id, [])[:12]]
    return {
        "groups": groups,
        "more_sources": max(len(ordered) - MAX_SOURCES_ON_PROFILE, 0),
        "mention_count": len(mentions),
        "source_count": len(ordered),
        "stated": sorted(stated.items(), key=lambda x: (x[0][0] != "role", x[0][0], x[0][1]))[:MAX_ITEMS_ON_PROFILE],
        "more_stated": max(len(stated) - MAX_ITEMS_ON_PROFILE, 0),
        "ages": ages(facts, sources),
        "quotes": quotes[-MAX_ITEMS_ON_PROFILE:],
        "more_quotes": max(len(quotes) - MAX_ITEMS_ON_PROFILE, 0),
        "companions": companions,
        "figures": site.counts_of.get(entity.id, []),
    }


def _date(source: Source) -> str:
    return source.published.isoformat() if source.published else "9999"


def ages(facts: list[tuple[Fact, str]], sources: dict[str, Source]) -> dict[str, object] | None:
    """Birth year from stated ages: each age on a date bounds it; agreeing bounds narrow it."""
    lo, hi, stated = -10**6, 10**6, []
    for f, sid in facts:
        src = sources[sid]
        if f.kind != "age" or not src.published:
            continue
        age = int(f.value)
        # Aged `age` on `published` means born between published-age-1 (exclusive) and published-age.
        lo, hi = max(lo, src.published.year - age - 1), min(hi, src.published.year - age)
        stated.append((f, src))
    if not stated:
        return None
    if lo > hi:
        return {"stated": stated, "born": "", "conflict": True}
    return {"stated": stated, "born": str(hi) if lo == hi else f"{lo} or {hi}", "conflict": False}


def _indexes(site: Site, env: Environment, ctx: dict[str, object], memo: Memo) -> dict[str, str]:
    d = site.dossier
    pages = {}
    source_rows = []
    for s in sorted(d.sources, key=lambda s: (_date(s), s.title, s.id)):
        counts = site.links.counts[s.id]
        source_rows.append((s, sum(counts.values()), len(counts), len(site.annotated[s.id].dates)))
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


def claimants(who: list[str], own: str) -> list[str]:
    """The claimants of one value of a figure in the order a profile names them: as
    they are when at most MAX_NAMED, else the profile's own entity first."""
    if len(who) <= MAX_NAMED:
        return who
    return ([own] if own in who else []) + [eid for eid in who if eid != own]


def registry_role(entity: Entity, stated: str) -> str:
    """The registry role a stated role agrees with ("Cambodian prime minister" and
    "prime minister"), or ""."""
    words = set(re.findall(r"\w+", stated.lower()))
    for role in entity.roles:
        title = set(re.findall(r"\w+", role.title.lower()))
        if title and (title <= words or words <= title):
            return role.title
    return ""


def page_names(base: str, total: int, per_page: int) -> list[str]:
    """`base/index.md`, then `base/page-2.md` … for `total` rows, `per_page` to a page."""
    return [f"{base}/index.md"] + [f"{base}/page-{n}.md" for n in range(2, (total - 1) // per_page + 2)]


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


def claim_links(counts: list[figures.Count], names: dict[str, str]) -> dict[tuple[str, str], str]:
    """(unit, owner) -> where the claims pages show that count: page and heading id (as
    the toc extension makes it from the heading)."""
    pages = page_names("claims", len(counts), CLAIM_COUNTS_PER_PAGE)
    return {
        (c.unit, c.owner): f"{pages[i // CLAIM_COUNTS_PER_PAGE]}#{slugify(c.heading(names), '-')}"
        for i, c in enumerate(counts)
    }


def version_page(a: str, b: str) -> str:
    """The page comparing two versions of a story."""
    return f"versions/{a}--{b}.md"


def _figure_pages(site: Site, env: Environment, ctx: dict[str, Any], memo: Memo) -> dict[str, str]:
    """The claims page, the connections graph, and a diff page per pair of versions."""
    d = site.dossier
    sources = ctx["sources"]

    def context(claim: Claim, sid: str) -> tuple[str, str, str]:
        p = sources[sid].paragraphs[claim.paragraph - 1]
        return snippet(sources[sid].text, claim.start, claim.end, p.start, p.end)

    def shown(c: figures.Count) -> object:
        """What the claims pages show of a count: its figures, who states them, and the
        first statements of each (with their sources, by key)."""
        return (c.unit, c.owner, c.stated_by, [
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
        ids = [e.id for e in figures.chosen(list(d.entities), mentions)]
        among = set(ids)
        return [(eid, mentions[eid], [(o, n) for o, n in site.links.companions.get(eid, []) if o in among]) for eid in ids]

    if memo.stale("connections.md", drawn):
        nodes, edges = figures.graph(list(d.entities), mentions, site.links.relations)
        strongest = sorted(edges, key=lambda e: (-e.weight, e.a.entity.name, e.b.entity.name))[:30]
        pages["connections.md"] = env.get_template("connections.md.j2").render(
            page="connections.md", nodes=nodes, edges=edges, strongest=strongest,
            width=figures.WIDTH, height=figures.HEIGHT, **ctx
        )
    for r in site.versions:
        path = version_page(r.a, r.b)
        if not memo.stale(path, lambda r=r: (site.keys[r.a], site.keys[r.b], r.weight)):  # type: ignore[misc]
            continue
        pages[path] = env.get_template("version.md.j2").render(
            page=path, a=sources[r.a], b=sources[r.b], weight=r.weight,
            paragraphs=figures.word_diff(_body(sources[r.a]), _body(sources[r.b])), **ctx
        )
    return pages


def _body(source: Source) -> str:
    """The paragraphs of a source that are part of the report."""
    return "\n\n".join(source.text[p.start : p.end] for p in source.paragraphs if not p.skipped)


def _timeline_pages(events: tuple[Event, ...], env: Environment, ctx: dict[str, Any], memo: Memo) -> dict[str, str]:
    """One timeline page, or an overview and a page per year (or month) for large dossiers.
    A page whose events are unchanged (as far as it shows them) is kept."""
    template = env.get_template("timeline.md.j2")
    groups = _timeline_groups(events)
    sources = ctx["sources"]

    def shown(part: list[tuple[str, list[tuple[str, list[Event]]]]]) -> object:
        return [
            (year, month, [
                (ev.id, ev.date, ev.precision, ev.title, ev.summary, ev.entities[:MAX_CITATIONS], len(ev.entities),
                 [(c.source, c.paragraph, sources[c.source].title) for c in ev.citations[:MAX_CITATIONS]],
                 len(ev.citations))
                for ev in evs
            ])
            for year, months in part for month, evs in months
        ]

    if len(events) <= TIMELINE_PAGE_EVENTS:
        if not memo.stale("timeline.md", lambda: shown(groups)):
            return {}
        return {"timeline.md": template.render(
            page="timeline.md", **ctx["hrefs"]("timeline.md"), groups=groups, parts=None, title=None, previous=None, next=None, **ctx
        )}
    parts: list[tuple[str, str, int, list[tuple[str, list[tuple[str, list[Event]]]]]]] = []
    for year, months in groups:
        count = sum(len(evs) for _, evs in months)
        if count <= TIMELINE_PAGE_EVENTS:
            parts.append((f"timeline/{year}.md", year, count, [(year, months)]))
            continue
        for month, evs in months:
            key = sort_key(evs[0].date)[:7] if month else year
            parts.append((f"timeline/{key}.md", f"{month} {year}" if month and year not in month else (month or year),
                          len(evs), [(year, [(month, evs)])]))
    pages = {}
    if memo.stale("timeline.md", lambda: [(path, title, count) for path, title, count, _ in parts]):
        pages["timeline.md"] = template.render(
            page="timeline.md", **ctx["hrefs"]("timeline.md"), groups=[], parts=parts, total=len(events), limit=TIMELINE_PAGE_EVENTS,
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
            previous=previous, next=following, **ctx
        )
    return pages


def _timeline_groups(events: tuple[Event, ...]) -> list[tuple[str, list[tuple[str, list[Event]]]]]:
    """Events by year, then by month ("" for events known only to the year or longer)."""
    years: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for ev in events:
        start = sort_key(ev.date)
        month = "" if ev.precision in ("year",) or (ev.precision == "range" and len(ev.date.split("/")[0]) == 4) else start[:7]
        years[start[:4]][month].append(ev)
    result = []
    for year in sorted(years):
        months = [
            (show_date(m, "month") if m else "", evs) for m, evs in sorted(years[year].items())
        ]
        result.append((year, months))
    return result

"""Render every generated page from the linked dossier: path -> text.

Python computes the values each page shows; the templates in `templates/` hold all
markup. Source pages and profiles are rendered here (in worker processes for a large
dossier); the site-wide pages come from `listings`, what a profile shows from
`profiles`, page paths from `paths`. Nothing is written here (see `write`).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from .. import executor, paths
from ..annotate import weekdays
from ..escaping import front_matter, html_block, line_edges, yaml_string
from ..escaping import url as escaping_url
from ..model import Entity, Event, Source
from ..paths import entity_page, folder, from_folder, kind_order, source_page, version_page
from ..timex import explain_date, precision_label, show_date
from . import ftm, identity, listings, profiles, quantities, review, urls, views
from .fingerprints import TEMPLATES, TEMPLATES_DIGEST, Memo, fingerprint
from .listings import claim_links, kind_title
from .markup import Marker, Span, escape, escape_attr, relative
from .profiles import (
    CITED_ON_PROFILE,
    MAX_CITATIONS,
    MAX_COMPANIONS,
    MAX_ITEMS_ON_PROFILE,
    claimants,
    published_key,
    registry_role,
)
from .site import Site
from .wording import counted, show_number, shown_period, told_apart

MAX_RELATED = 8
"""Related sources listed on a source page."""
_escape_again = functools.lru_cache(maxsize=1 << 16)(escape)
"""`escape` for the templates: the same names, titles and labels recur on thousands of
pages (at 1,000 sources, 29,000 distinct texts in 336,000 calls)."""


def environment() -> Environment:
    """The pages' Jinja environment: strict, no autoescape (the `md` and `attr` filters
    escape for Markdown and attributes), compiled templates cached on disk."""
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
    env.filters["html"] = functools.lru_cache(maxsize=1 << 16)(html_block)  # names and titles recur on thousands of pages
    env.filters["line_edges"] = line_edges
    env.filters["truncate_words"] = lambda text, n: " ".join(text.split()[:n]) + ("…" if len(text.split()) > n else "")
    env.filters["attr"] = functools.lru_cache(maxsize=1 << 14)(escape_attr)  # summaries recur as titles
    env.filters["front_matter"] = front_matter  # see escaping: a title is HTML in MkDocs
    env.filters["yaml"] = yaml_string
    # See escaping.url: an apostrophe and the hyphen of `data-search-` stay percent-encoded.
    env.filters["url"] = escaping_url
    env.filters["show_date"] = show_date
    env.filters["role_period"] = lambda r: shown_period(r.start, r.end)
    env.filters["explain_date"] = explain_date
    env.filters["precision_label"] = precision_label
    env.filters["show_number"] = show_number
    env.filters["counted"] = counted
    return env


@dataclass(frozen=True)
class Rendered:
    """What render produces: the pages as a stream, and the memo that records, as the
    stream is consumed, which pages were kept and every page's fingerprint."""

    pages: Iterator[tuple[str, Any]]
    """(path under `docs/`, text or the sink's answer) for every page rendered."""
    memo: Memo


def render(
    site: Site, sink: executor.Sink | None = None, between: Callable[[Memo], Iterable[tuple[str, Any]]] | None = None,
) -> Rendered:
    """Every generated page, by its path under `docs/`; pages whose inputs are unchanged
    since they were last written are kept, not rendered. Pages rendered in worker
    processes go to `sink` there, and its answer stands for their text in the stream.
    `between(memo)` (the caller's own files, such as the exports, fingerprinted in the
    render's memo) is called before this process renders its own pages (it may start
    making them elsewhere) and streamed once it has, while the workers finish theirs."""
    memo = Memo(site.reusable, (TEMPLATES_DIGEST, site.registry, site.drafts, site.directory_urls))
    return Rendered(_pages(site, memo, sink, between), memo)


@functools.lru_cache(maxsize=1)
def _day(source: Source) -> str:
    """A source's publication day as the pages show it ("4 March 2025"), or ""."""
    return show_date(source.published.isoformat(), "day") if source.published else ""


def _environment() -> Environment:
    """The pages' environment, made once per process (its templates compiled once)."""
    return environment()


def _pages(
    site: Site, memo: Memo, sink: executor.Sink | None, between: Callable[[Memo], Iterable[tuple[str, Any]]] | None,
) -> Iterator[tuple[str, Any]]:
    env = _environment()
    marker = Marker(env, site.directory_urls)
    d = site.dossier
    entities = {e.id: e for e in d.entities}
    sources = {s.id: s for s in d.sources}
    updates = listings.update_numbers(d.sources)  # copies of one title and day: "update 1", "update 2" in lists
    compared = {(r.a, r.b) for r in site.versions}
    names = {e.id: e.name for e in d.entities}
    links_to_claims = claim_links(site.claim_counts, names)
    ctx = {
        "entities": entities,
        "sources": sources,
        "page_of": lambda eid: entity_page(entities[eid].kind, eid),
        "source_page": source_page,
        "rel": relative,
        "url": lambda page, target: urls.href(page, target, site.directory_urls),
        "kind_title": kind_title,
        "folder": folder,
        "version_page": version_page,
        "max_cites": MAX_CITATIONS,
        "by_source": listings.by_source,
        "max_named": profiles.MAX_NAMED,
        "shown_voices": profiles.shown_voices,
        "compared": lambda a, b: tuple(sorted((a, b))) in compared,
        "claim_link": lambda c: links_to_claims[(c.unit, c.owner)],
        "entity_names": names,
        "registry_role": registry_role,
        "claimants": claimants,
        # a list of sources' titles, each with its date when two sources of the list share a title
        "titles": lambda sids: told_apart([(sources[sid].title, sid, _day(sources[sid])) for sid in sids],
                                          updates=[updates.get(sid, 0) for sid in sids]),
    }

    # A title two sources share (wire copies) names each page with its date as well, so
    # the browser's tab and a search result tell the copies apart (the page's heading
    # stays the title).
    sharing: dict[str, list[Source]] = defaultdict(list)
    for s in d.sources:
        sharing[s.title.casefold()].append(s)
    page_title = {
        s.id: f"{s.title} ({_day(s)})" if len(sharing[s.title.casefold()]) > 1 and len({_day(o) for o in sharing[s.title.casefold()]}) > 1
        and _day(s) else s.title
        for s in d.sources
    }
    for sid, n in updates.items():  # a later copy of one title and day: "Strike ends (3 March 2024, update 1)"
        day = _day(sources[sid])
        page_title[sid] = f"{sources[sid].title} ({day + ', ' if day else ''}update {n})"

    def source_view(source: Source) -> tuple[object, ...]:
        """What a source page shows, as a plain value: its source and annotations and the
        registry (all in its key), its page title (its title, dated when another source
        shares it), and its related sources (their keys cover their titles)."""
        return site.keys[source.id], page_title[source.id], tuple(
            (o, kind, weight, site.keys[o], tuple(sorted((source.id, o))) in compared)
            for o, kind, weight in site.links.related.get(source.id, [])[:MAX_RELATED]
        )

    # Every source page and profile is one folder down: their links to sources and
    # entities, made once.
    folders = {folder(e.kind) for e in d.entities} | {"sources", "timeline", ""}  # "": the top folder
    source_pages, entity_pages = [source_page(s.id) for s in d.sources], [entity_page(e.kind, e.id) for e in d.entities]
    source_href = {f: dict(zip([s.id for s in d.sources], from_folder(f, source_pages), strict=True)) for f in folders}
    entity_href = {f: dict(zip([e.id for e in d.entities], from_folder(f, entity_pages), strict=True)) for f in folders}
    ctx["hrefs"] = lambda page: {"source_href": source_href[page.rpartition("/")[0]], "entity_href": entity_href[page.rpartition("/")[0]]}

    def source_page_text(source: Source) -> tuple[str, str]:
        path = source_page(source.id)
        assert path.startswith("sources/") and path.count("/") == 1
        return path, env.get_template("source.md.j2").render(
            page=path, source_href=source_href["sources"], entity_href=entity_href["sources"], source=source,
            page_title=page_title[source.id], body=_source_body(site, source, marker, entities, path),
            panel=_panel(site, source, entities), related=site.links.related.get(source.id, [])[:MAX_RELATED],
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

    def cited(eid: str) -> str:
        """The digest of the keys of the sources a profile draws on: those that mention,
        quote or state facts about the entity, and the first citations of its events."""
        ids = dict.fromkeys(mentioned_in.get(eid, []))
        ids.update(dict.fromkeys(sid for _, sid in site.links.facts.get(eid, [])))
        ids.update(dict.fromkeys(sid for _, sid in site.links.quotes.get(eid, [])))
        ids.update(dict.fromkeys(c.source for ev in timelines[eid][-MAX_ITEMS_ON_PROFILE:] for c in ev.citations[:CITED_ON_PROFILE]))
        return fingerprint("".join(map(site.keys.__getitem__, ids)))

    shown_events: dict[str, tuple[object, ...]] = {}

    def shown_event(ev: Event) -> tuple[object, ...]:
        """What a profile shows of an event, as plain values (tuples, not the citations'
        dataclasses, whose repr is slow), made once per event: an event is on the
        profile of each entity it names."""
        made = shown_events[ev.id] = (
            ev.id, ev.date, ev.precision, ev.title,
            tuple((c.source, c.paragraph) for c in ev.citations[:CITED_ON_PROFILE]), len(ev.citations),
        )
        return made

    def _shown(c: quantities.Count, eid: str) -> tuple[object, ...]:
        """What a profile of `eid` shows of count `c`: its figures as shown, how many more,
        and which of those shown were replaced."""
        voices, more = profiles.shown_voices(c.voices, eid)
        return tuple(voices), more, tuple(value for value, _ in voices if value in c.replaced)

    def profile_view(entity: Entity, sources_digest: str | None = None) -> tuple[object, ...]:
        """What a profile shows, as a plain value: the registry (in every key), the
        sources it draws on (`cited`, or `sources_digest` when known), its events as
        shown, its companions and its figures."""
        eid = entity.id
        return (
            eid, sources_digest if sources_digest is not None else cited(eid), len(timelines[eid]),
            tuple(shown_events[ev.id] if ev.id in shown_events else shown_event(ev) for ev in timelines[eid][-MAX_ITEMS_ON_PROFILE:]),
            tuple(site.links.companions.get(eid, [])[:MAX_COMPANIONS]),
            tuple((c.unit, c.owner, c.disputed, bool(c.changes), bool(c.revisions), *_shown(c, eid), links_to_claims[(c.unit, c.owner)])
                  for c in site.counts_of.get(eid, [])),
        )

    when = {s.id: published_key(s) for s in d.sources}

    lines: dict[tuple[str, str], str] = {}

    def event_line(ev: Event, page: str) -> str:
        """An event's list item on the profile `page`: the same on every profile of a
        folder that shows it, so made once per folder."""
        key = (ev.id, page.rpartition("/")[0])
        made = lines.get(key)
        if made is None:
            made = lines[key] = marker.event_item(
                page, show_date(ev.date, ev.precision), ev.title,
                list(zip(
                    [source_page(c.source) for c in ev.citations[:CITED_ON_PROFILE]],
                    told_apart([(sources[c.source].outlet or sources[c.source].agency or sources[c.source].title, c.source,
                                 _day(sources[c.source])) for c in ev.citations[:CITED_ON_PROFILE]],
                               [sources[c.source].title for c in ev.citations[:CITED_ON_PROFILE]]),
                    [c.paragraph for c in ev.citations[:CITED_ON_PROFILE]], strict=True,
                )),
                max(len(ev.citations) - CITED_ON_PROFILE, 0),
            )
        return made

    def profile_page_text(entity: Entity) -> tuple[str, str]:
        path = entity_page(entity.kind, entity.id)
        assert path.count("/") == 1
        return path, env.get_template("profile.md.j2").render(
            event_line=event_line,
            page=path, source_href=source_href[folder(entity.kind)], entity_href=entity_href[folder(entity.kind)], entity=entity, members=members[entity.id], events=timelines[entity.id][-MAX_ITEMS_ON_PROFILE:],
            more_events=max(len(timelines[entity.id]) - MAX_ITEMS_ON_PROFILE, 0),
            **profiles.profile(site, entity, entities, sources, marker, path, when), **ctx
        )

    # The raw HTML blocks of source pages, profiles and timeline pages link to source
    # pages (and their paragraphs), profiles, version comparisons and the timeline:
    # MkDocs does not see those links, the builder checks them.
    linked = {*source_pages, *entity_pages, *(version_page(r.a, r.b) for r in site.versions), paths.TIMELINE}
    on_page = dict(zip(source_pages, d.sources, strict=True))
    paragraphs: dict[str, set[str]] = {}  # a source page's paragraph anchors, made when a link to it is checked

    def anchors(target: str) -> set[str]:
        made = paragraphs.get(target)
        if made is None:
            source = on_page.get(target)
            made = paragraphs[target] = {f"p-{p.number}" for p in source.paragraphs} if source else set()
        return made

    def checked(path: str, text: str) -> tuple[str, str]:
        urls.check_links(path, text, site.directory_urls, linked, anchors)
        return path, text

    def page_text(item: Source | Entity) -> tuple[str, str | None, str | None]:
        """The page's path, its text (None: the file in place is still right) and its
        fingerprint. Called in the workers: the fingerprints are made there too."""
        if isinstance(item, Source):
            path = source_page(item.id)
            print_, stale = memo.check(path, lambda: source_view(item))
            return (*checked(*source_page_text(item)), print_) if stale else (path, None, print_)
        path = entity_page(item.kind, item.id)
        print_, stale = memo.check(path, lambda: profile_view(item))
        return (*checked(*profile_page_text(item)), print_) if stale else (path, None, print_)

    site.counts_of  # computed once here, not in every worker  # noqa: B018
    env.get_template("source.md.j2"), env.get_template("profile.md.j2")  # compiled once, before the fork
    # The workers check and render source pages and profiles while this process renders the rest.
    items: list[Source | Entity] = [*d.sources, *d.entities]
    if site.held is not None and memo.reusable is not None:
        items = views.unsettled(site, site.held, items, memo, source_view, profile_view)
    others = between(memo) if between is not None else ()
    workers = executor.Mapped(page_text, items, site.jobs, sink)
    try:
        yield from listings.indexes(site, env, ctx, memo).items()
        yield from (checked(path, text) for path, text in listings.timeline_pages(site.events, env, ctx, memo).items())
        # The Data page shows the counts and one FtM line made from the registry (in every
        # fingerprint) and the dossier's settings: kept when those are, so that a build
        # need not load the FtM model for it.
        if memo.stale(paths.DATA_INDEX, lambda: (d.identity, len(d.sources))):
            yield paths.DATA_INDEX, env.get_template("data.md.j2").render(page=paths.DATA_INDEX, ftm_example=ftm.example(d), **ctx)
        yield from listings.figure_pages(site, env, ctx, memo).items()
        if site.drafts:
            yield paths.REVIEW, env.get_template("review.md.j2").render(
                page=paths.REVIEW, names=site.review, provisional=review.provisional(
                    d.entities, site.links.mentions, site.annotated, {s.id: s for s in d.sources}),
                extended=[e for e in d.entities if e.reviewed and any(a.provisional for a in e.aliases)],
                slips=weekdays.weekday_slips((s.id, s.file, s.text, site.annotated[s.id].dates) for s in d.sources),
                events=site.events, **ctx
            )
        used = {e.kind for e in d.entities}
        sections = [(k, kind_title(k), folder(k)) for k in kind_order(used)]
        yield from identity.pages(
            d.identity, env, sections, paths.REVIEW if site.drafts else None, any(not e.reviewed for e in d.entities)).items()
        yield from others
        for path, content, print_ in workers:
            memo.record(path, print_, content is None)
            if content is not None:
                yield path, content
    finally:
        workers.close()


def _source_body(site: Site, source: Source, marker: Marker, entities: dict[str, Entity], page: str) -> list[str]:
    ann = site.annotated[source.id]
    spans: dict[int, list[Span]] = defaultdict(list)
    for m in ann.mentions:
        e = entities[m.entity]
        spans[m.paragraph].append(Span(m.start, m.end, "entity", entity_page(e.kind, e.id), e.kind, e.summary))
    for t in ann.dates:
        spans[t.paragraph].append(Span(t.start, t.end, "date", t.value, title=explain_date(t.value, t.precision, t.timex, t.text)))
    speakers: dict[int, list[str]] = defaultdict(list)
    for q in ann.quotes:
        name = entities[q.speaker].name if q.speaker else "unattributed"
        if name not in speakers[q.paragraph]:
            speakers[q.paragraph].append(name)
    return [
        marker.paragraph(
            source.text, p.start, p.end, p.number, spans[p.number], page, p.skipped, ", ".join(speakers[p.number]),
            p.role, p.page, p.emphasis,
        )
        for p in source.paragraphs
    ]


def _panel(site: Site, source: Source, entities: dict[str, Entity]) -> list[tuple[str, list[tuple[Entity, int]]]]:
    counts = site.links.counts[source.id]
    by_kind: dict[str, list[tuple[Entity, int]]] = defaultdict(list)
    for eid, n in counts.items():
        by_kind[entities[eid].kind].append((entities[eid], n))
    return [(k, sorted(by_kind[k], key=lambda x: (-x[1], x[0].name))) for k in kind_order(by_kind)]

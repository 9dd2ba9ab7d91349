"""`build()`: the stages in order, and nothing else."""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import cache, executor, paths, write
from .annotate import discover, gazetteer, provisionals, summaries
from .annotate.annotate import annotate
from .annotate.matcher import Matcher
from .annotation import Annotated
from .errors import InputError
from .link import crossref, curation, timeline
from .manifest import read_manifest
from .model import Dossier, Entity, Event, Source
from .present import assets, export, ftm, ftmmaker, ftmstore, identity, render, urls, views
from .read import sources
from .read.text import Splits
from .runtime import Background, Clock, Later, Once, collector_off


@dataclass
class Options:
    """What the command line asked for."""

    seeds: Path = Path("seeds")
    """The dossier's inputs."""
    docs: Path = Path("docs")
    """Where generated pages go."""
    jobs: int = 0
    """Worker processes for annotation (0: one per core)."""
    drafts: bool = False
    """Add the review page of unregistered names."""
    discover: bool = False
    """Treat unregistered names as provisional entities."""
    cache: bool = True
    """Reuse the annotations of unchanged sources from the previous build."""
    scheduler: str | None = None
    """A Dask scheduler's address: the per-source map (annotate) runs on that cluster."""
    directory_urls: bool | None = None
    """The site's URL style, MkDocs' `use_directory_urls` (None: as `mkdocs.yml` takes it
    from the environment, `urls.directory_urls_from`)."""


@dataclass
class Session:
    """What a process that builds again and again (`watch`) keeps from one build for
    the next, beyond the caches on disk: the link stage's two indexes of per-source
    contributions (cross-source links, the timeline's candidates), from which an edit
    removes and adds the sources it changed, what render needs to tell the pages an edit
    changed, the export's encoded records, and the large files it last wrote."""

    links: crossref.Index = field(default_factory=crossref.Index)
    events: timeline.Index = field(default_factory=timeline.Index)
    render: views.Views = field(default_factory=views.Views)
    export: export.Memo = field(default_factory=export.Memo)
    keys: dict[object, str] = field(default_factory=dict)
    """The sources' cache keys, by what they are made from."""
    files: write.Held = field(default_factory=write.Held)
    """The large files (exports) this process last wrote, to compare the next build's with."""


@dataclass
class Result:
    """What a build did, for the summary line and the benchmarks."""

    dossier: Dossier
    annotated: dict[str, Annotated]
    pages: int = 0
    report: write.Report | None = None
    timings: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    """What the build found to warn of: `events.yml` entries that match no event
    (`curation.stale`), an asset of the editor's kept (`assets`)."""


def build(options: Options, session: Session | None = None) -> Result:
    """load -> annotate -> link -> render -> write; `session`: what the previous build
    of this process left (`watch`), kept up to date for the next."""
    if options.directory_urls is None:  # a bad value stops the build before anything is read
        options = replace(options, directory_urls=urls.directory_urls_from(os.environ))
    with collector_off():
        clock = Clock()
        jobs = options.jobs or os.cpu_count() or 1
        dossier, splits = _load(options)
        with write.lock(options.docs):
            previous, reusable = _previous(options)
            clock.lap("load")
            fresh = ftm.Fresh(ftmmaker.Scope.of(dossier))  # the sources' FollowTheMoney lines, made as they are annotated
            dossier, annotated, keys, registry, kept = _annotate(options, dossier, previous, jobs, session, fresh)
            clock.lap("annotate")
            links, events, stale = _link(dossier, annotated, keys, jobs, session, options.docs if options.cache else None, previous)
            clock.lap("link")
            review = tuple(discover.group_names(dossier, annotated)) if options.drafts else ()
            site = render.Site(
                dossier, annotated, links, events, options.drafts, review, jobs, keys, registry, reusable,
                session.render if session else None, directory_urls=bool(options.directory_urls),
            )
            saving = Once(lambda: cache.save(options.docs, kept, previous) if options.cache and kept.keys() != previous.keys() else None)
            exports = _exports(options, session, site, fresh, saving)
            report, rendered, warnings = _render_and_write(options, session, site, exports, clock)
            saving()  # if the exports did not (a build whose pages all were kept)
            _save(options, session, rendered, splits)
            clock.lap("write", less="render")
            return Result(dossier, annotated, report.written + report.unchanged, report, clock.timings, stale + warnings)


def _load(options: Options) -> tuple[Dossier, Splits]:
    """The dossier read from the seeds (exit 2 on bad input or a path claimed twice), and
    the paragraph splits the last build kept."""
    if options.docs.is_dir():
        write.own_files(options.docs)  # before the cache is read
    caching = options.cache and not options.docs.is_file()
    splits = Splits(cache.load_splits(options.docs) if caching else {})
    dossier = sources.load(options.seeds, options.docs / cache.FOLDER / "yaml" if caching else None, splits)
    _claims(dossier, options)
    return dossier, splits


def _exports(
    options: Options, session: Session | None, site: render.Site, fresh: ftm.Fresh, saving: Callable[[], None],
) -> Callable[[render.Memo, _Sink], Iterator[tuple[str, str | write.Pieces | write.Staged]]]:
    """The data exports, then the annotation cache saved (`saving`): run while the render
    workers finish. Fingerprinted as the pages are (`export.view`), in the render's
    `memo`: when none of them changed, their files are kept and none is made.

    In a build of a large dossier that is not kept for the next (no session), they are
    made in a forked process as soon as render asks for them (`render`'s `between`,
    before this process renders its own pages), and staged there by `sink`, as the
    render workers stage their pages: the exports, seconds at 10,000 sources, are made
    while this process renders the site-wide pages instead of after them."""
    dossier = site.dossier

    def stale(memo: render.Memo) -> bool:
        made = export.written(dossier)
        prints = [memo.check(path, lambda: export.view(dossier, site.keys)) for path in made]
        unchanged = not any(stale for _, stale in prints)
        for path, (print_, _) in zip(made, prints, strict=True):
            memo.record(path, print_, unchanged)
        return not unchanged

    def files() -> Iterator[tuple[str, str | write.Pieces]]:
        store = ftmstore.Store(options.docs) if options.cache else None
        shelf = cache.Shelf(options.docs / cache.FOLDER / cache.RECORDS) if options.cache else None
        return export.each(
            dossier, site.annotated, site.links, site.events, site.keys, session.export if session else None, store, shelf, fresh)

    def made(memo: render.Memo) -> Iterator[tuple[str, str | write.Pieces]]:
        if stale(memo):
            yield from files()
        saving()

    def exports(memo: render.Memo, sink: _Sink) -> Iterator[tuple[str, str | write.Pieces | write.Staged]]:
        if session is not None or site.jobs < 2 or len(dossier.sources) < BACKGROUND_FROM:
            return made(memo)
        aside = Background(_staged, (files, sink), True) if stale(memo) else None
        saving()
        return iter(Later(aside))

    return exports


def _staged(files: Callable[[], Iterator[tuple[str, str | write.Pieces]]], sink: _Sink) -> list[tuple[str, Any]]:
    """Every file of `files()`, staged by `sink` as it is made: (path, the sink's answer)."""
    return [(path, sink(path, content)) for path, content in files()]


_Sink = Callable[[str, "str | write.Pieces"], write.Staged]
"""Stages a file (path, content) in whichever process made it (`write.Stager.stage`)."""


def _render_and_write(
    options: Options, session: Session | None, site: render.Site,
    exports: Callable[[render.Memo, _Sink], Iterator[tuple[str, str | write.Pieces | write.Staged]]], clock: Clock,
) -> tuple[write.Report, render.Rendered, tuple[str, ...]]:
    """Every page rendered (workers stage the pages they render: the pages do not travel to
    this process) and written with the exports and the site's assets; a hand-written home
    or about page (one the builder did not write) is kept as it is. Returns the write's
    report, the render (its memo of fingerprints) and the assets' warnings."""
    stager = write.Stager(options.docs, session.files if session else None)

    def sink(path: str, text: str | write.Pieces) -> write.Staged:
        return write.Staged(stager.stage(path, text))

    rendered = render.render(site, sink, between=lambda memo: exports(memo, sink))
    own = {p for p in identity.PAGES if p not in stager.previous and (options.docs / p).exists()}
    pages = (page for page in clock.timed(rendered.pages, "render") if page[0] not in own)
    site_assets = assets.assets(options.docs, stager.previous)  # the stylesheet and scripts
    rendered.memo.kept.update(site_assets.kept)  # (the memo's set: write reads it once the pages are done)
    report = write.write(options.docs, itertools.chain(pages, site_assets.files), rendered.memo.kept, stager, options.discover,
                         {s.file: s.id for s in site.dossier.sources})
    stager.settle()
    return report, rendered, site_assets.warnings


def _save(options: Options, session: Session | None, rendered: render.Rendered, splits: Splits) -> None:
    """What the next build reuses: the session's render state, the pages' fingerprints,
    the parsed YAML and the paragraph splits (with `--no-cache`, nothing on disk)."""
    if session:
        session.render.commit()
    if options.cache:
        cache.save_pages(options.docs, rendered.memo.prints)
        cache.save_parsed(sources.parsed_to_keep())
        cache.save_splits(options.docs, splits.held, splits.kept())


def _claims(dossier: Dossier, options: Options) -> None:
    """Stop (exit 2) when a generated path is claimed twice or the docs folder is not
    fit to write into (see `paths.check`)."""
    manifest = read_manifest(options.docs) if options.docs.is_dir() else set()
    problems = paths.check(dossier, options.seeds, options.docs, manifest)
    if problems:
        raise InputError(problems)


def _previous(options: Options) -> tuple[dict[str, Annotated], dict[str, str] | None]:
    """The previous build's annotations by cache key, and its pages that are still as
    it wrote them (path -> fingerprint; None with `--no-cache`)."""
    if options.docs.exists():
        write.recover(options.docs)  # before the files are compared with the last build's
    if not options.cache:
        return {}, None
    return cache.load(options.docs), cache.reusable_pages(options.docs)


def _annotate(
    options: Options, dossier: Dossier, previous: dict[str, Annotated], jobs: int, session: Session | None,
    fresh: ftm.Fresh | None = None,
) -> tuple[Dossier, dict[str, Annotated], dict[str, str], str, dict[str, Annotated]]:
    """Every source annotated (from the cache when unchanged); with `--discover`, again
    with the unregistered names as provisional entities. Returns the dossier (with those
    entities), the annotations, the sources' cache keys, the registry's digest, and the
    cache entries to keep. `fresh` gets the FollowTheMoney lines of the sources the last
    pass annotates (`annotate_all`)."""
    kept: dict[str, Annotated] = {}
    registry, keys = cache.keys(dossier.sources, dossier.entities, session.keys if session else None)
    annotated = annotate_all(dossier.sources, dossier.entities, jobs, previous, kept, keys, options.scheduler,
                             None if options.discover else fresh)
    if options.discover:
        # the gazetteer sets an earlier build made, if made from the same packages
        origin = gazetteer.origin() if options.cache else ""
        held = cache.load_gazetteer(options.docs, origin) if options.cache else {}
        gazetteer.keep(held)
        suggestions = discover.group_names(dossier, annotated)
        if options.cache and held.keys() != gazetteer.kept().keys():
            cache.save_gazetteer(options.docs, origin, gazetteer.kept())
        found = provisionals.provisional(suggestions, dossier.entities)
        registered = provisionals.attach(suggestions, dossier.entities)
        dossier = replace(dossier, entities=tuple(sorted(registered + found, key=lambda e: e.id)))
        _claims(dossier, options)
        registry, keys = cache.keys(dossier.sources, dossier.entities, session.keys if session else None)
        annotated = annotate_all(dossier.sources, dossier.entities, jobs, previous, kept, keys, options.scheduler, fresh)
        # what the sources state of a discovered entity sums it up (its role, a description)
        dossier = replace(dossier, entities=summaries.described(dossier.entities, found, annotated, dossier.sources))
    return dossier, annotated, keys, registry, kept


def _link(
    dossier: Dossier, annotated: dict[str, Annotated], keys: dict[str, str], jobs: int, session: Session | None,
    docs: Path | None, previous: dict[str, Annotated] | None = None,
) -> tuple[crossref.Links, tuple[Event, ...], tuple[str, ...]]:
    """The cross-source indexes, the timeline's events and the warnings of `events.yml`
    entries that match no event (`curation.stale`). In a session both update
    what the previous build left for the sources whose content hash (`keys`) changed;
    otherwise, for a large dossier whose index resumed holding fewer than half its
    sources (a first build), the events are extracted (and the timeline's state saved)
    in a forked process while this one links. The timeline's index resumes from the state the last build left in
    `docs`' cache (None: no cache), so a new process merges again only the dates its
    changed sources touch (and not those whose candidates they left as they were, which
    their annotations of the last build in `previous`, the cache as found, tell); the state is saved again when the sources changed (in a
    session, after its first build only: a later process resumes from that state and
    merges again the dates the session's edits touched, no more)."""
    first = session is None or not session.events.keys  # a session's later builds keep their index
    held = cache.load_timeline(docs) if docs is not None and first else {}
    index = timeline.Index.resumed(held, dossier, annotated, keys, previous) if first else session.events  # type: ignore[union-attr]
    if session:
        session.events = index
        links = crossref.link(dossier, annotated, keys, session.links)
        extracted = _extract(dossier, annotated, index, keys, docs if first else None, held.get("keys"))  # once: an edit in the session costs no save
        return links, timeline.build_events(dossier, annotated, extracted), curation.stale(extracted, dossier.curated_events)
    # a resumed index extracts little: its events would cost more to send back than to make here
    fork = jobs > 1 and len(annotated) >= BACKGROUND_FROM and len(index.keys) < len(annotated) // 2
    extracting = Background(_extract, (dossier, annotated, index, keys, docs, held.get("keys")), fork)
    try:
        links = crossref.link(dossier, annotated)
    finally:
        extracted = extracting.result()
    return links, timeline.build_events(dossier, annotated, extracted), curation.stale(extracted, dossier.curated_events)


def _extract(
    dossier: Dossier, annotated: dict[str, Annotated], index: timeline.Index, keys: dict[str, str], docs: Path | None,
    held: object,
) -> dict[str, Event]:
    """The timeline's events, extracted with `index` (`timeline.extract_events`), and the
    index's state saved in `docs`' cache (None: not saved) when the sources it holds are
    not those of the state found there (`held`, its keys). In a forked process (`_link`)
    the state is saved there: only the events travel back."""
    extracted = timeline.extract_events(dossier, annotated, index, keys)
    if docs is not None and held != index.keys:
        cache.save_timeline(docs, index.state())
    return extracted


BACKGROUND_FROM = 500
"""Fewer sources than this extract their events in-process: a fork would cost more."""


ANNOTATE_CHUNK = 100
"""Sources a worker annotates per task: small enough that the workers finish together."""
LOCAL_FROM = 200
"""Fewer sources than this are annotated in this process when no scheduler is given:
starting workers would cost more."""
_matchers: dict[str, tuple[Matcher, dict[str, Entity]]] = {}
"""Registry digest -> its matcher and entities by id, made once per worker process."""
_inherited: tuple[Callable[[tuple[Source, ...]], Any], tuple[Source, ...]] | None = None
"""The task (with the registry's digest and its entities bound) and the sources to annotate, set before local
workers fork: they start with them in memory, and a task names only a range of the
sources (`_annotate_range`). Pickling the 5,000 entities with each of 100 chunks, and the
chunks' sources, cost about 5 s of CPU at 10,000 sources."""


def _annotate_chunk(registry: str, entities: tuple[Entity, ...], chunk: tuple[Source, ...]) -> list[Annotated]:
    """Annotate `chunk` with the registry `entities` (whose digest is `registry`): the
    task of the per-source map, run in a worker of whichever executor."""
    made = _matchers.get(registry)
    if made is None:
        _matchers.clear()
        made = _matchers[registry] = (Matcher(entities), {e.id: e for e in entities})
    return [annotate(source, *made) for source in chunk]


def _annotate_range(bounds: tuple[int, int]) -> Any:
    """The inherited task (`annotate_all`'s `task`) on the inherited sources `bounds`
    (start, end), in a forked worker."""
    assert _inherited is not None
    task, todo = _inherited
    return task(todo[bounds[0] : bounds[1]])


def _annotate_chunk_ftm(
    registry: str, entities: tuple[Entity, ...], scope: ftmmaker.Scope, chunk: tuple[Source, ...],
) -> tuple[list[Annotated], list[tuple[bytes, ...]]]:
    """`_annotate_chunk`, and each source's FollowTheMoney lines, made while its
    annotations are at hand (`ftm.source_lines`): in the worker, in parallel."""
    annotated = _annotate_chunk(registry, entities, chunk)
    return annotated, ftm.source_lines(scope, registry, entities, zip(chunk, annotated, strict=True))


def annotate_all(
    srcs: tuple[Source, ...], entities: tuple[Entity, ...], jobs: int,
    previous: dict[str, Annotated] | None = None, kept: dict[str, Annotated] | None = None,
    keys: dict[str, str] | None = None, scheduler: str | None = None, fresh: ftm.Fresh | None = None,
) -> dict[str, Annotated]:
    """Annotate every source: source id -> annotations, in the sources' order.

    Through the executor (`executor.pool`): local worker processes when there are
    enough sources to pay for them, the Dask cluster at `scheduler` when one is given.
    With `previous` (cache key -> annotations), unchanged sources are taken from it;
    `kept` receives this run's entries for the next build's cache; `keys` are the
    sources' cache keys (computed here when not given). With `fresh`, each source
    annotated here also gets its FollowTheMoney lines made where it was annotated
    (`ftm.source_lines`), in `fresh.lines` by its key.
    """
    registry = cache.registry_digest(entities, cache.code_digest())
    made_keys = keys if keys is not None else {s.id: cache.key(s, registry) for s in srcs}
    previous = previous or {}
    done = {s.id: previous[made_keys[s.id]] for s in srcs if made_keys[s.id] in previous}
    todo = tuple(s for s in srcs if s.id not in done)
    jobs = jobs or os.cpu_count() or 1
    task: Callable[[tuple[Source, ...]], Any] = functools.partial(_annotate_chunk, registry, entities)
    if fresh is not None:
        fresh.registry = registry
        if todo:  # the library imported once, here, before the workers fork (when nothing is annotated, where needed)
            ftmmaker.ready()
        task = functools.partial(_annotate_chunk_ftm, registry, entities, fresh.scope)

    def take(result: Any) -> None:
        annotations, lines = result if fresh is not None else (result, ())
        done.update((a.source, a) for a in annotations)
        if fresh is not None:
            fresh.lines.update((made_keys[a.source], made) for a, made in zip(annotations, lines, strict=True))

    if todo and not scheduler and (jobs == 1 or len(todo) < LOCAL_FROM):
        take(task(todo))
    elif todo:
        size = max(1, min(ANNOTATE_CHUNK, len(todo) // (jobs * 8)))
        bounds = [(i, min(i + size, len(todo))) for i in range(0, len(todo), size)]
        global _inherited
        fork = not scheduler and "fork" in multiprocessing.get_all_start_methods()
        _inherited = (task, todo) if fork else None  # local workers fork with them (`pool(inherit=)`)
        try:
            with executor.pool(jobs, scheduler, inherit=fork) as workers:
                mapped = workers.map(_annotate_range, bounds) if fork else workers.map(task, [todo[a:b] for a, b in bounds])
                for result in mapped:
                    take(result)
        finally:
            _inherited = None
    if kept is not None:
        kept.update((made_keys[s.id], done[s.id]) for s in srcs)
    return {s.id: done[s.id] for s in srcs}

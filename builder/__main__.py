"""Command line: `python -m builder build|check|suggest|stats|watch|new|add [options]`.

Exit status: 0 ok, 1 build failed, 2 bad input. User errors are one line each, never a
traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shlex
import sys
import time
from dataclasses import replace
from pathlib import Path

INTERRUPTED = "interrupted; nothing was changed in the docs folder"
"""The one line for Ctrl-C, whenever it comes: a write is staged and committed at once."""

try:  # importing takes about half a second: Ctrl-C then is the same one line, not a traceback
    from . import adding, manifest, paths, pipeline, scaffold
    from .annotate import discover, occurrences, provisionals, undated, weekdays
    from .annotation import Annotated
    from .errors import BuilderError, InputError
    from .escaping import shown
    from .link import ambiguity
    from .model import Dossier
    from .present.export import ENTITIES_CSV
    from .present.wording import counted
    from .read import sources
    from .stubs import stubs
except KeyboardInterrupt:
    print(INTERRUPTED, file=sys.stderr)
    os._exit(130)


def _jobs(value: str) -> int:
    """`--jobs`: a whole number of worker processes from 1 to 256 (argparse's own error, exit 2)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of worker processes, not {shown(value)}") from None
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError(f"expected 1 to 256 worker processes, not {n}")
    return n


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m builder", description="Build an annotated dossier site from seeds/.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build the generated pages under docs/")
    check = sub.add_parser("check", help="validate the inputs only")
    suggest = sub.add_parser("suggest", help="print unregistered names as YAML stubs for entities.yml")
    stats = sub.add_parser("stats", help="print counts per source and entity")
    watch = sub.add_parser("watch", help="build, then rebuild whenever a file in the seeds folder changes")
    new = sub.add_parser("new", help="start a new dossier in a folder: example seeds, dossier.yml, site configuration")
    new.add_argument("folder", type=Path, help="the dossier's folder (must not exist or be empty)")
    add = sub.add_parser("add", help="copy files into the seeds folder and print their sources.yml entries")
    add.add_argument("files", type=Path, nargs="+", help="sources: .txt, .md, .html, .htm, .pdf, .docx")
    add.add_argument("--append", action="store_true", help="append the entries to sources.yml instead of printing them")
    for p in (build, check, suggest, stats, watch, add):
        p.add_argument("--seeds", type=Path, default=Path("seeds"), help="the dossier's inputs (default: seeds)")
    stats.add_argument("--discover", action="store_true",
                       help="count unregistered names as provisional entities, as build --discover does")
    for p in (build, watch):
        p.add_argument("--docs", type=Path, default=Path("docs"), help="where pages go (default: docs)")
        p.add_argument("--jobs", type=_jobs, default=0, help="worker processes (default: one per core)")
        p.add_argument("--drafts", action="store_true", help="add a review page of unregistered names")
        p.add_argument("--discover", action="store_true", help="treat unregistered names as unreviewed entities")
        p.add_argument("--no-cache", action="store_true", help="annotate every source again, ignoring docs/.dossier-cache")
        p.add_argument("--scheduler", metavar="ADDRESS", help="annotate on the Dask cluster whose scheduler is at ADDRESS")
    return parser


def _arg(path: str | os.PathLike[str]) -> str:
    """`path` for a command printed to paste into a shell: quoted (`shlex.quote`). A path
    with a control or other unprintable character is shown as Python's `repr` shows it
    instead, so that no escape sequence in a folder's name reaches the terminal."""
    text = os.fspath(path)
    return shlex.quote(text) if text.isprintable() else repr(text)


def _new_hint(folder: str | os.PathLike[str]) -> str:
    """What to do after `new`, the way the README says: the builder's own environment (the
    one running now: its `python` and `mkdocs`), or the Makefile from the checkout."""
    bin_dir = Path(sys.executable).parent
    checkout = Path(__file__).resolve().parent.parent
    where = Path(os.path.normpath(Path(folder).absolute()))
    return (
        f"made a new dossier in {_arg(folder)}: edit seeds/dossier.yml, replace seeds/example.txt with your sources, "
        f"then, with the builder's environment (in {_arg(folder)}): {_arg(bin_dir / 'python')} -m builder build --discover && "
        f"NO_MKDOCS_2_WARNING=1 {_arg(bin_dir / 'mkdocs')} build (or activate it: . {_arg(bin_dir / 'activate')}); "
        f"or, from the builder's checkout ({_arg(checkout)}; make serve with the same settings is a live preview): "
        f"make site SEEDS={_arg(where / 'seeds')} DOCS={_arg(where / 'docs')} SITE={_arg(where / 'site')} BUILD_FLAGS=--discover"
    )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "watch":
            return _watch(args)
        if args.command == "new":
            scaffold.new(args.folder)
            print(_new_hint(args.folder))
            return 0
        if args.command == "add":
            return _add(args)
        dossier = sources.load(args.seeds)
        _warn(dossier.warnings)
        if args.command == "check":
            _warn(_undated(dossier, args.seeds))
            _warn(tuple(ambiguity.unlinked_short_forms(dossier, None, str(args.seeds / "entities.yml"))))
            print(f"ok: {counted(len(dossier.sources), 'source')}, {counted(len(dossier.entities), 'entity', 'entities')}")
            return 0
        annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1)
        if args.command == "suggest":
            mentioned = {m.entity for a in annotated.values() for m in a.mentions}
            unused = tuple(e.id for e in dossier.entities if e.reviewed and e.id not in mentioned)
            suggestions = discover.group_names(dossier, annotated)
            # counted as the review page counts them: mentions in the text annotated with
            # the names as `--discover` makes them entities
            found = provisionals.provisional(suggestions, dossier.entities)
            entities = tuple(sorted(provisionals.attach(suggestions, dossier.entities) + found, key=lambda e: e.id))
            again = pipeline.annotate_all(dossier.sources, entities, 1)
            counts = occurrences.mentioned(again, [s.id for s in dossier.sources])
            print(stubs(suggestions, unused, tuple(e.id for e in dossier.entities), counts), end="")
        else:
            _stats(dossier, annotated, args.discover)
        return 0
    except BuilderError as exc:
        print(str(exc), file=sys.stderr)
        return exc.status
    except OSError as exc:  # the environment refused: permissions, a full disk, a vanished file
        print(os_error(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: a write is staged and committed at once (see `write`, `adding`)
        print(adding.INTERRUPTED if args.command == "add" else INTERRUPTED, file=sys.stderr)
        return 130


def _stats(dossier: Dossier, annotated: dict[str, Annotated], discovering: bool) -> None:
    """Counts per source, then per entity (most mentioned first). With `discovering`, the
    unregistered names are provisional entities first, as `build --discover` makes them,
    so a dossier started without a registry is counted as its site shows it."""
    if discovering:
        suggestions = discover.group_names(dossier, annotated)
        found = provisionals.provisional(suggestions, dossier.entities)
        registered = provisionals.attach(suggestions, dossier.entities)
        dossier = replace(dossier, entities=tuple(sorted(registered + found, key=lambda e: e.id)))
        annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1)
    for s in dossier.sources:
        a = annotated[s.id]
        print(f"{s.id}: " + ", ".join([
            counted(len(s.paragraphs), "paragraph"), counted(len(a.mentions), "mention"),
            counted(len(a.dates), "date"), counted(len(a.quotes), "quote"),
        ]))
    mentions: dict[str, int] = {}
    where: dict[str, set[str]] = {}
    for sid, a in annotated.items():
        for m in a.mentions:
            mentions[m.entity] = mentions.get(m.entity, 0) + 1
            where.setdefault(m.entity, set()).add(sid)
    print()
    for e in sorted(dossier.entities, key=lambda e: (-mentions.get(e.id, 0), e.id)):
        unreviewed = "" if e.reviewed else ", unreviewed"
        print(f"{e.id} ({e.kind}{unreviewed}): {counted(mentions.get(e.id, 0), 'mention')} in "
              f"{counted(len(where.get(e.id, ())), 'source')}")
    if not dossier.entities:
        print("no entities: register them in entities.yml, or count the names found with stats --discover")


def os_error(exc: OSError) -> str:
    """One printable line for a failed read or write: the file, then why. The previous
    pages are as they were: a write is staged and committed at once (see `write`)."""
    where = shown(os.fsdecode(exc.filename), 4096)[1:-1] if exc.filename is not None else "docs"
    return f"{where}: {exc.strerror or exc}; nothing was changed in the docs folder"


SCHEDULER = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx|inproc)://)?(?:\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+):\d{1,5}")
"""A Dask scheduler's address as `--scheduler` takes it: an optional protocol, a host and
its port (distributed raised a ValueError for "bogus", then timed out a minute later)."""


def _build(args: argparse.Namespace, session: pipeline.Session | None = None) -> int:
    if args.scheduler is not None and not SCHEDULER.fullmatch(args.scheduler):
        raise InputError([f"--scheduler {shown(args.scheduler)}: expected a Dask scheduler's address with its port, "
                          "such as tcp://10.0.0.5:8786"])
    options = pipeline.Options(args.seeds, args.docs, args.jobs, args.drafts, args.discover, not args.no_cache, args.scheduler)
    dropped_discover = not args.discover and args.docs.is_dir() and manifest.built_with_discover(args.docs)
    dropped_drafts = not args.drafts and (args.docs / paths.REVIEW).is_file()
    pages_before = manifest.source_pages(args.docs) if args.docs.is_dir() else {}
    profiled_before = manifest.profile_ids(args.docs / ENTITIES_CSV) if dropped_discover else set()
    result = pipeline.build(options, session)
    _warn(result.dossier.warnings)
    _warn(result.warnings)
    logo = result.dossier.identity.logo
    if logo and not (args.docs / logo).is_file():
        _warn((f"{args.seeds / 'dossier.yml'}: logo {shown(logo)}: no such file in {args.docs}; every page would show "
               "a broken image: put the image there",))
    _warn(_undated(result.dossier, args.seeds))
    _warn(_moved(pages_before, result.dossier, args.seeds))
    mentioned = {m.entity for a in result.annotated.values() for m in a.mentions}
    _warn(tuple(
        f"{args.seeds / slip.file}:{slip.line}: {slip.text!r}: the weekday does not match the date: {slip.note}; "
        "dated by the written date" for slip in _slips(result)
    ))
    _warn(tuple(ambiguity.common_word_aliases(result.dossier, result.annotated, str(args.seeds / "entities.yml"))))
    _warn(tuple(ambiguity.unlinked_short_forms(result.dossier, result.annotated, str(args.seeds / "entities.yml"))))
    for entity in result.dossier.entities:
        if entity.reviewed and entity.id not in mentioned:
            print(f"warning: {args.seeds / 'entities.yml'}:{entity.line}: entity '{entity.id}' is never mentioned", file=sys.stderr)
    r = result.report
    assert r is not None
    gone = sorted(profiled_before - {e.id for e in result.dossier.entities})
    if gone:  # a page that moved (people/ -> places/) keeps its entity; the review page is warned of below
        print(
            f"warning: {args.docs}: the previous build ran with --discover and this one did not, so "
            f"{counted(len(gone), 'discovered profile')} {'was' if len(gone) == 1 else 'were'} deleted "
            f"({', '.join(gone[:5])}{', ...' if len(gone) > 5 else ''}); build with --discover to keep {'it' if len(gone) == 1 else 'them'} "
            "(make: BUILD_FLAGS=--discover)", file=sys.stderr,
        )
    if dropped_drafts and not (args.docs / paths.REVIEW).exists():
        print(
            f"warning: {args.docs}: the previous build ran with --drafts and this one did not, so its review page "
            f"({paths.REVIEW}) was deleted; build with --drafts to keep it (make: BUILD_FLAGS=--drafts)", file=sys.stderr,
        )
    times = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    print(
        f"built {counted(len(result.dossier.sources), 'source')}, {counted(len(result.dossier.entities), 'entity', 'entities')}, "
        f"{counted(result.pages, 'file')} into {args.docs} ({r.written} written, {r.unchanged} unchanged, "
        f"{r.deleted} deleted; {times})"
    )
    if not result.dossier.entities and not args.discover and not gone:  # (else warned above)
        print(
            f"note: {args.seeds / 'entities.yml'} registers no entity, so no name is highlighted or profiled: "
            "build with --discover to find the names, or run 'python -m builder suggest' for entries to register",
            file=sys.stderr,
        )
    return 0


def _watch(args: argparse.Namespace) -> int:
    """Rebuild on every change under the seeds folder (polled once a second). A build
    that fails says why and leaves the previous pages as they were; watching goes on."""
    seen: dict[str, float] | None = None
    session = pipeline.Session()
    while True:
        state = _state(args.seeds)
        if state != seen:
            seen = state
            try:
                _build(args, session)
            except BuilderError as exc:
                print(str(exc), file=sys.stderr)
            except OSError as exc:
                print(os_error(exc), file=sys.stderr)
            sys.stdout.flush()
        time.sleep(1)


def _add(args: argparse.Namespace) -> int:
    """Copy files into the seeds folder; print their sources.yml entries, or append the
    ones sources.yml does not have yet (`adding`)."""
    return adding.run(args.files, args.seeds, args.append)


def _state(seeds: Path) -> dict[str, float]:
    """Each file's modification time under `seeds` (a file gone between the listing and
    its `stat` is left out: the next poll sees the change)."""
    state = {}
    try:
        listed = sorted(seeds.rglob("*"))
    except OSError:
        return {}
    for p in listed:
        try:
            if p.is_file():
                state[str(p)] = p.stat().st_mtime
        except OSError:
            continue
    return state


def _moved(before: dict[str, str], dossier: Dossier, seeds: Path) -> tuple[str, ...]:
    """A warning for each source whose page name (its id, made from its date and title)
    changed since the previous build: its old address is gone, and links to it break."""
    return tuple(
        f"{seeds / s.file}: its page sources/{before[s.file]}.md is now sources/{s.id}.md (its title, date or id changed), "
        f"so links to the old address break; to keep it, add id: {before[s.file]} to its entry in sources.yml"
        for s in sorted(dossier.sources, key=lambda s: s.file) if before.get(s.file, s.id) != s.id
    )


def _undated(dossier: Dossier, seeds: Path) -> tuple[str, ...]:
    """A warning for each source without a publication date that has dates only one
    would place (`undated`), by file name."""
    return tuple(
        undated.warning(str(seeds / s.file), found, s)
        for s in sorted(dossier.sources, key=lambda s: s.file) if (found := undated.unplaced(s))
    )


def _slips(result: pipeline.Result) -> list[weekdays.WeekdaySlip]:
    return weekdays.weekday_slips((s.id, s.file, s.text, result.annotated[s.id].dates) for s in result.dossier.sources)


def _warn(warnings: tuple[str, ...]) -> None:
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] != ["watch"]:
        gc.disable()  # a one-shot command makes no garbage worth a collection (see pipeline.build)
    status = main()
    # Everything is written and closed; skip the interpreter's teardown, which frees
    # every object one by one (a second at 10,000 sources, for nothing).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)

"""Command line: `python -m builder build|check|suggest|stats|watch|new|add [options]`.

Exit status: 0 ok, 1 build failed, 2 bad input. User errors are one line each, never a
traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
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
    from .annotate import discover, nameparts, occurrences, provisionals, undated, weekdays
    from .annotation import Annotated
    from .errors import BuilderError, InputError
    from .escaping import CONTROLS, shown
    from .link import ambiguity
    from .model import Dossier
    from .present.wording import counted
    from .read import sources
    from .read.registry import SUMMARY_PLACEHOLDER, alias_key
except KeyboardInterrupt:
    print(INTERRUPTED, file=sys.stderr)
    os._exit(130)


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
        p.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core)")
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
    where = Path(folder).absolute()
    return (
        f"made a new dossier in {_arg(folder)}: edit seeds/dossier.yml, replace seeds/example.txt with your sources, "
        f"then, with the builder's environment (in {_arg(folder)}): {_arg(bin_dir / 'python')} -m builder build && "
        f"NO_MKDOCS_2_WARNING=1 {_arg(bin_dir / 'mkdocs')} build (or activate it: . {_arg(bin_dir / 'activate')}); "
        f"or, from the builder's checkout ({_arg(checkout)}): make site SEEDS={_arg(where / 'seeds')} "
        f"DOCS={_arg(where / 'docs')} SITE={_arg(where / 'site')}"
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
    if dropped_discover and r.deleted:
        print(
            f"warning: {args.docs}: the previous build ran with --discover and this one did not, so its "
            f"discovered profiles were deleted ({counted(r.deleted, 'file')} deleted in all); build with --discover to keep them "
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
    if not result.dossier.entities and not args.discover and not (dropped_discover and r.deleted):  # (else warned above)
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


def _own_forms(forms: tuple[str, ...] | list[str], *others: str) -> list[str]:
    """`forms` less those the matcher derives from another form: the all-capitals form
    of the name or of another alias ("KESTREL BAY" for "Kestrel Bay", from a date line),
    which a registry would report as a duplicate."""
    every = (*others, *forms)
    return [f for f in forms if not any(g != f and g.upper() == f for g in every)]


def _where(sources: list[str] | tuple[str, ...]) -> str:
    """"3 sources: a, b, c" ("1 source: a"; "and 2 more" after the first three)."""
    more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
    return f"{counted(len(sources), 'source')}: {', '.join(sources[:3])}{more}"


def _how_often(s: discover.Suggestion, mentions: tuple[int, tuple[str, ...]] | None) -> str:
    """A stub's first line: its mentions in the annotated text ("8 mentions in the
    annotated text, in 5 sources: …", as the review page counts them), or without them how
    often the name was found written ("written 3× in 2 sources: …")."""
    if mentions is None:
        return f"written {s.count}× in {_where(s.sources)}"
    return f"{counted(mentions[0], 'mention')} in the annotated text, in {_where(mentions[1])}"


def _claims(suggestions: list[discover.Suggestion]) -> tuple[set[str], set[str]]:
    """The names the stubs give (`alias_key`), and the aliases two or more of them claim
    ("Brannock" of "Dietrich Brannock" and of "Konrad Brannock"). Pasted into entities.yml
    the stubs must pass `check`, which takes an alias two entities claim for a mistake
    unless both mark it shared (`registry._check_alias_claims`): a shared alias is
    marked so (the one last named in full gets each mention, as `--discover` does), and a
    form that is another stub's name is left out (a name cannot be shared)."""
    names = {alias_key(s.name) for s in suggestions if not s.registered}
    claimed: dict[str, set[int]] = {}
    for i, s in enumerate(suggestions):
        for f in (*s.forms, *s.short_forms):
            claimed.setdefault(alias_key(f), set()).add(i)
    return names, {k for k, owners in claimed.items() if len(owners) > 1}


def _alias(form: str, shared: set[str], after: bool = False) -> str:
    """One alias of a stub as YAML: the plain form, or a mapping when it waits for the full
    name (`after`) or is claimed by another stub too (`shared`)."""
    marks = ([" after_full_name: true"] if after else []) + ([" shared: true"] if alias_key(form) in shared else [])
    if not marks:
        return json.dumps(form, ensure_ascii=False)
    return f"{{text: {json.dumps(form, ensure_ascii=False)},{','.join(marks)}}}"


def stubs(
    suggestions: list[discover.Suggestion], unused: tuple[str, ...] = (), taken: tuple[str, ...] = (),
    counts: dict[str, tuple[int, tuple[str, ...]]] | None = None,
) -> str:
    """YAML stubs ready to paste into entities.yml. `unused`: ids of registered entities
    no source mentions (an example left from `new`?), whose aliases may hide a form of
    a name suggested here ("Marsh" of a left-over "Edda Marsh" is not proposed for the
    story's "Helena Marsh"): named at the top, to remove before suggesting again.
    `taken`: the registered ids; each stub's id is unique among them and the other stubs
    (`provisionals.unique_ids`, as `--discover` gives them). `counts`: each entity's mentions
    in the annotated text and their sources (`occurrences.mentioned`), the figure the
    review page shows; a stub without one (a named event, no entity; no `counts`) says
    how often the name was found written."""
    lines = ["# Unregistered names, most frequent first. Review, then paste into entities.yml."]
    if unused:
        lines.append(
            f"# entities.yml holds {', '.join(repr(i) for i in unused[:5])}{' and more' if len(unused) > 5 else ''}, "
            "never mentioned in the sources: remove what is not part of this story (such as new's example) and run "
            "suggest again, as its aliases are left out of what is suggested here"
        )
    names, shared = _claims(suggestions)
    # every form a stub gives or its person's surname may give, by how many stubs claim it
    claimed: dict[str, int] = {}
    for s in suggestions:
        last = nameparts.surname(s.name) if s.kind == "person" else ""
        for key in {alias_key(f) for f in (*s.forms, *s.short_forms, last) if f}:
            claimed[key] = claimed.get(key, 0) + 1
    # ids as `provisionals.provisional` gives them (a named event, no entity there, after the others)
    new = sorted((s for s in suggestions if not s.registered), key=lambda s: (s.kind == "event", s.name))
    ids = dict(zip(map(id, new), provisionals.unique_ids([s.name for s in new], set(taken)), strict=True))
    counts = counts or {}
    # most mentioned first, by the figure each stub prints (`_how_often`)
    order = sorted(range(len(suggestions)), key=lambda i: (
        -counts.get(ids.get(id(suggestions[i]), ""), (suggestions[i].count,))[0], i))
    for s in (suggestions[i] for i in order):
        if s.registered:
            forms = [_alias(f, shared) for f in s.forms if alias_key(f) not in names]
            forms += [_alias(f, shared, after=True) for f in s.short_forms if alias_key(f) not in names]
            lines += [
                "",
                f"# these forms written {s.count}× in {_where(s.sources)}",
                f"# {json.dumps(s.context[:200], ensure_ascii=False)}",
                f"# {'; '.join(s.evidence)}",
                f"# add to the aliases of the registered entity '{s.registered}':",
                f"#   aliases: [{', '.join(forms)}]",
            ]
            continue
        lines += [
            "",
            f"# {_how_often(s, counts.get(ids[id(s)]))}",
            f"# {json.dumps(s.context[:200], ensure_ascii=False)}",
            *([f"# {s.kind}: {'; '.join(s.evidence)}"] if s.evidence else []),
            f"- id: {ids[id(s)]}",
            f"  kind: {s.kind}",
            f"  name: {json.dumps(s.name, ensure_ascii=False)}",
            f"  summary: {json.dumps(SUMMARY_PLACEHOLDER, ensure_ascii=False)}",
        ]
        own = alias_key(s.name)
        aliases = [_alias(f, shared) for f in _own_forms(s.forms, s.name) if f != s.name
                   and (alias_key(f) not in names or alias_key(f) == own)]
        # an organisation's short form that counts in any source (`Suggestion.alone`:
        # "Nordhavn" for "Nordhavn Shipping Group") is a plain alias, as `--discover` makes
        # it; a surname waits for the full name (another person may share it)
        aliases += [_alias(f, shared, after=not (f in s.alone and s.kind != "person"))
                    for f in _own_forms(s.short_forms, s.name, *s.forms) if alias_key(f) not in names]
        # a surname two stubs claim: the one last named in full gets each mention, which
        # may be the wrong one ("The last, Gómez, came out" after the daughter was named)
        lines[-4:-4] = [
            f"# '{f}' is shared with {', '.join(repr(o.name) for o in suggestions if o is not s and f in o.short_forms)}:"
            " each bare mention goes to the one last named in full; check them, or give each a longer form"
            for f in s.short_forms if alias_key(f) in shared and alias_key(f) not in names
        ]
        last = nameparts.surname(s.name) if s.kind == "person" and not s.short_forms else ""
        if last and alias_key(last) not in names and claimed.get(alias_key(last)) == 1:
            # a person's surname, waiting for the full name, though not yet written alone
            # ("Marchetti" of "Helena Marchetti"): how news refers to her after the first mention
            aliases.append(_alias(last, shared, after=True))
        if aliases:
            lines.append("  aliases: [" + ", ".join(aliases) + "]")
    # A bidirectional control, a line separator or a byte-order mark copied from a source
    # would reorder or break the lines shown ("Trojan Source"): written as its escape.
    return CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", "\n".join(lines)) + "\n"


if __name__ == "__main__":
    if sys.argv[1:2] != ["watch"]:
        gc.disable()  # a one-shot command makes no garbage worth a collection (see pipeline.build)
    status = main()
    # Everything is written and closed; skip the interpreter's teardown, which frees
    # every object one by one (a second at 10,000 sources, for nothing).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)

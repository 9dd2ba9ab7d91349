"""CPU seconds per stage of one build, and of the functions inside them that cost most.

    python bench/stages.py SEEDS DOCS [--fresh] [--code DIR] [--edits N]

Builds SEEDS into DOCS once at --jobs 1 in this process (--fresh: DOCS removed first, a
first build; otherwise a rebuild of whatever DOCS holds) and prints the process's CPU
seconds (user + system) per pipeline stage and for the listed functions (each counted
once per outermost call), with the load average. On a shared machine the wall clock
says little; CPU time says what the build cost. With --edits N, the build keeps a
`watch` session, then one source (the middle one) has a line added N times, each edit
built in the same session as `watch` does, and the figures are those of each edit (the
source's text is put back at the end). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import os
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))

WATCHED = [
    "builder.read.sources:load", "builder.read.schema:load_yaml", "builder.read.linebreaks:join",
    "builder.read.text:make_source", "builder.cache:load", "builder.cache:keys", "builder.cache:reusable_pages",
    "builder.link.crossref:link", "builder.link.timeline:extract_events", "builder.link.timeline:build_events",
    "builder.annotate.happenings:join_nested", "builder.link.timeline:Index.update", "builder.present.export:files", "builder.present.export:dossier_json",
    "builder.present.ftm:lines", "builder.present.ftm:made", "builder.present.export:_ftm", "builder.present.ftm:example", "builder.present.listings:indexes",
    "builder.present.listings:timeline_pages", "builder.present.listings:figure_pages", "builder.write:write",
    "builder.cache:save", "builder.cache:save_pages", "builder.cache:save_parsed", "builder.write:read_manifest",
    # before the package layout (issue 16), for comparisons with older checkouts
    "builder.sources:load", "builder.crossref:link", "builder.timeline:extract_events", "builder.export:files",
    "builder.export:dossier_json", "builder.present.views:unsettled", "builder.link.timeline:Index.groups",
    "builder.link.timeline:Index.events", "builder.present.export:_timeline_json", "builder.present.export:_json",
    "builder.present.render:_source_body", "builder.present.listings:claim_links", "builder.write:Stager.stage",
    "builder.link.crossref:Index.links", "builder.pipeline:_claims", "builder.cache:keys", "builder.write:_apply",
    "builder.link.changes:Contributions.update", "builder.present.fingerprints:Memo.check",
    "builder.present.urls:check_links", "builder.present.profiles:profile", "builder.annotate.annotate:annotate",
    "builder.cache:load_timeline", "builder.cache:save_timeline", "builder.link.timeline:Index.resumed",
    "builder.link.timeline:Index.state",
]
spent: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)
_depth: dict[str, int] = defaultdict(int)


def _watch(name: str, fn):  # type: ignore[no-untyped-def]
    @functools.wraps(fn)
    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls[name] += 1
        if _depth[name]:
            return fn(*args, **kwargs)
        _depth[name] += 1
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
            _depth[name] -= 1
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("docs", type=Path)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--code", type=Path, help="another checkout's builder (its folder)")
    parser.add_argument("--edits", type=int, default=0, help="edits of one source built in a watch session")
    args = parser.parse_args()
    if args.fresh:
        shutil.rmtree(args.docs, ignore_errors=True)
    from builder import pipeline

    for entry in WATCHED:
        module_name, _, attr = entry.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        owner, _, attr = attr.rpartition(".")
        holder = getattr(module, owner) if owner else module  # a method: "module:Class.method"
        if hasattr(holder, attr):
            setattr(holder, attr, _watch(entry, getattr(holder, attr)))
    # Modules that imported a watched function by name get the timed one too.
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("builder"):
            for entry in WATCHED:
                module_name, _, attr = entry.partition(":")
                original = sys.modules.get(module_name)
                if original is not module and original is not None and getattr(module, attr, None) is getattr(getattr(original, attr, None), "__wrapped__", 0):
                    setattr(module, attr, getattr(original, attr))
    pipeline.time.perf_counter = time.process_time  # type: ignore[attr-defined]  # the stages' clock counts CPU
    gc.disable()
    session = pipeline.Session() if args.edits else None
    _report("build", lambda: pipeline.build(pipeline.Options(seeds=args.seeds, docs=args.docs, jobs=1), session))
    if args.edits:
        victim = sorted(args.seeds.glob("*.txt"))[len(list(args.seeds.glob("*.txt"))) // 2]
        original = victim.read_bytes()
        try:
            for n in range(args.edits):
                victim.write_text(victim.read_text(encoding="utf-8") + f"A correction, number {n + 2}.\n", encoding="utf-8")
                spent.clear()
                calls.clear()
                _report(f"edit {n + 1}", lambda: pipeline.build(pipeline.Options(seeds=args.seeds, docs=args.docs, jobs=1), session))
        finally:
            victim.write_bytes(original)


def _report(name: str, run) -> None:  # type: ignore[no-untyped-def]
    load = os.getloadavg()[0]
    start = time.process_time()
    result = run()
    total = time.process_time() - start
    print(f"{name}: load {load:.1f}  build cpu {total:.2f} s  pages {result.pages}  written {result.report.written}")
    for stage, seconds in result.timings.items():
        print(f"  stage {stage:10} {seconds:6.2f} s")
    for name in WATCHED:
        if calls[name]:
            print(f"  {name:45} {spent[name]:6.2f} s  ({calls[name]} calls)")

if __name__ == "__main__":
    main()

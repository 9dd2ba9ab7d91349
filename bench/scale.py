"""Scale benchmark: synthetic dossiers of N sources through the builder and `mkdocs build`.

    python bench/scale.py [--sizes 100,1000] [--no-jobs-compare] [--repeat 3]

For each N prints: time per builder stage, the builder's wall time and peak memory, the
`mkdocs build` time and peak memory of the result, pages, output size, median and largest
page, search index size, the ratio builder / mkdocs; then the speed-up of `--jobs 2`
over `--jobs 1`, and the incremental figures (edit one source, rebuild: time, files
rewritten). Figures are printed, never asserted. The machine's load is printed first so
noisy runs can be recognised.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

PYTHON = sys.executable
MKDOCS = str(Path(sys.executable).parent / "mkdocs")
ENTITIES = {100: 200, 1_000: 1_000, 10_000: 5_000}


def peak(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run `cmd` under /usr/bin/time-like accounting: a fresh interpreter reports its own peak.

    Returns (wall seconds, peak resident MB, stdout). The CPU seconds (user + system) of
    the command and every process it waited for (the pool's workers) are added to `CPU`
    under the command's position in the run, because on a shared machine the wall clock
    varies with the load and CPU time much less."""
    wrapper = [PYTHON, "-c", (
        "import resource, subprocess, sys, time, json;"
        "t=time.perf_counter(); p=subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "w=time.perf_counter()-t; u=resource.getrusage(resource.RUSAGE_CHILDREN); r=u.ru_maxrss/1024;"
        "sys.stderr.write(p.stderr); print(json.dumps([w, r, p.returncode, p.stdout, u.ru_utime+u.ru_stime]))"
    ), *cmd]
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1", **(env or {}))
    proc = subprocess.run(wrapper, env=full_env, capture_output=True, text=True)
    wall, rss, code, out, cpu = json.loads(proc.stdout)
    CPU.append(cpu)
    if code:
        sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return wall, rss, out


CPU: list[float] = []
"""CPU seconds of each `peak` run, in order (read by `cpu_of`)."""


def cpu_of() -> str:
    """' (CPU s; load L)' for the last run: printed beside a wall time."""
    return f" ({CPU[-1]:.2f} s CPU, load {os.getloadavg()[0]:.1f})"


def stages(out: str) -> dict[str, float]:
    return {k: float(v) for k, v in re.findall(r"(load|annotate|link|render|write) ([\d.]+)s", out)}


def project(base: Path, source: Path = ROOT / "mkdocs.yml") -> Path:
    """A mkdocs.yml for the synthetic docs (the builder made their home and about pages),
    made from `source` (this checkout's mkdocs.yml by default)."""
    docs = base / "docs"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets", dirs_exist_ok=True)
    text = source.read_text(encoding="utf-8")
    text = text.replace("docs_dir: !ENV [DOCS_DIR, docs]", f"docs_dir: {docs}").replace(
        "INHERIT: !ENV [DOSSIER_SITE, docs/.dossier-site.yml]", f"INHERIT: {docs}/.dossier-site.yml"
    )
    text = text.replace("site_dir: !ENV [SITE_DIR, site]", f"site_dir: {base / 'site'}")
    config = base / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


REPEAT = 3
"""First builds timed at each size (their median is the figure; mkdocs runs once)."""


def settle(n: int) -> None:
    """Flush what earlier steps wrote or deleted before a timed run: on this machine's
    disk, deleting the previous run's 1.5 GB and writing the seeds leave work that
    otherwise lands, unevenly, on whichever run comes next."""
    os.sync()
    if n >= 1000:
        time.sleep(2)


def measure(n: int, jobs_compare: bool, out: Path = OUT, repeat: int = REPEAT) -> None:
    base = out / str(n)
    shutil.rmtree(base, ignore_errors=True)
    seeds = base / "seeds"
    t = time.perf_counter()
    synth.generate(seeds, n, ENTITIES.get(n, max(200, n // 2)))
    text_mb = sum(p.stat().st_size for p in seeds.glob("*.txt")) / 1e6
    print(f"\n## N = {n:,} sources, {ENTITIES.get(n, max(200, n // 2)):,} entities "
          f"({text_mb:.1f} MB of text; generated in {time.perf_counter() - t:.1f} s)")
    docs = base / "docs"
    build = [PYTHON, "-m", "builder", "build", "--seeds", str(seeds), "--docs", str(docs)]
    runs = []
    for i in range(repeat):
        # First builds, each into a new folder: deleting the previous one first would charge
        # its deletion (the disk's deferred work) to the next run.
        settle(n)
        runs.append((*peak([*build[:-1], str(base / f"docs-{i}")]), CPU[-1]))
    os.rename(base / f"docs-{repeat - 1}", docs)
    wall, rss, out, cpu = sorted(runs)[len(runs) // 2]
    st = stages(out)
    settle(n)
    _, _, made = peak([PYTHON, "-c", FTM, str(seeds), str(docs)])
    f = json.loads(made)
    print("builder stages:", ", ".join(f"{k} {v:.2f} s" for k, v in st.items()),
          "(annotate includes making the sources' FollowTheMoney lines, render the rest of the export)")
    print(f"FollowTheMoney export: {f['whole']:.2f} s wall, {f['whole_cpu']:.2f} s CPU for {f['count']:,} entities,"
          f" {f['size'] / 1e6:.1f} MB, made from nothing in one process: {f['whole'] / wall:.1%} of the first build's wall,"
          f" {f['whole_cpu'] / cpu:.1%} of its {cpu:.1f} CPU seconds. As a first build splits it: the sources' lines in"
          f" the annotate workers, {f['workers_cpu']:.2f} s CPU; the rest in the build's own process, {f['own']:.2f} s wall,"
          f" {f['own_cpu']:.2f} s CPU ({f['own'] / wall:.1%} of the first build's wall, {f['own_cpu'] / cpu:.1%} of its CPU);"
          f" importing followthemoney {f['imported']:.2f} s wall, {f['imported_cpu']:.2f} s CPU more, once per process"
          f" (whole export with it: {(f['whole'] + f['imported']) / wall:.1%} of the first build's wall,"
          f" {(f['whole_cpu'] + f['imported_cpu']) / cpu:.1%} of its CPU);"
          f" keeping its lines for the next build {f['saved_cpu']:.2f} s CPU more ({f['kept'] / 1e6:.1f} MB;"
          f" whole export and keeping {(f['whole_cpu'] + f['saved_cpu']) / cpu:.1%} of the first build's CPU);"
          f" in a new process from the kept lines, nothing changed: {f['stored_cpu']:.2f} s CPU"
          f" ({f['held']:,} of {f['sources']:,} sources' lines in the store)")
    print(f"builder: {wall:.2f} s wall (including interpreter start; median of {len(runs)} first builds: "
          + ", ".join(f"{w:.2f}" for w, *_ in runs) + f" s; CPU of that run {cpu:.2f} s, load {os.getloadavg()[0]:.1f}), peak {max(r[1] for r in runs):.0f} MB")
    config = project(base)
    settle(n)
    mk_wall, mk_rss, _ = peak([MKDOCS, "build", "--strict", "-q", "-f", str(config)])
    site = base / "site"
    pages = sorted(p.stat().st_size for p in site.rglob("*.html"))
    index = site / "search" / "search_index.json"
    print(f"mkdocs build: {mk_wall:.2f} s{cpu_of()}, peak {mk_rss:.0f} MB")
    print(f"pages: {len(pages):,}; output {size_of(site) / 1e6:.1f} MB; page median {statistics.median(pages) / 1e3:.1f} KB,"
          f" largest {pages[-1] / 1e3:.1f} KB; search index {index.stat().st_size / 1e6:.2f} MB")
    mk_cpu = CPU[-1]
    print(f"ratio builder / mkdocs: {wall / mk_wall:.2f} (stages only: {sum(st.values()) / mk_wall:.2f};"
          f" by CPU time {cpu / mk_cpu:.2f})")
    if jobs_compare:
        times = {}
        for jobs in (1, 2):
            settle(n)
            _, _, o = peak([*build[:-1], str(base / f"docs-jobs-{jobs}"), "--jobs", str(jobs)])
            times[jobs] = stages(o)["annotate"]
        print(f"annotate stage: --jobs 1 {times[1]:.2f} s, --jobs 2 {times[2]:.2f} s: speed-up {times[1] / times[2]:.2f}x")
    # a rebuild with nothing changed
    settle(n)
    noop_wall, _, out = peak(build)
    print(f"rebuild, nothing changed: {noop_wall:.2f} s wall{cpu_of()}, stages: "
          + ", ".join(f"{k} {v:.2f} s" for k, v in stages(out).items()))
    # incremental: edit one source, rebuild
    victim = sorted(seeds.glob("*.txt"))[n // 2]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nA late correction was added to this report.\n", encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file() and ".dossier-cache" not in p.parts}
    settle(n)
    inc_wall, inc_rss, out = peak(build)
    touched = sum(1 for p, m in before.items() if p.exists() and p.stat().st_mtime_ns != m)
    written = re.search(r"\((\d+) written", out)
    print(f"incremental (one source edited): {inc_wall:.2f} s wall{cpu_of()}, {written.group(1) if written else '?'} files written"
          f" ({touched} existing files touched), stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in stages(out).items()))
    # the same in one long-running process, as `builder watch` (make serve) does it
    settle(n)
    _, _, out = peak([PYTHON, "-c", WATCH, str(seeds), str(docs), str(victim)])
    print(out.strip())
    for extra in [*base.glob("docs-*")]:  # the other first builds, deleted once nothing is timed
        shutil.rmtree(extra)


FTM = """
import json, shutil, sys, tempfile, time
from pathlib import Path
import gc
from builder import cache, pipeline
from builder.link import crossref, timeline
from builder.present import ftm, ftmmaker, ftmstore
from builder import write
from builder.read import sources
gc.disable()  # as in a build
seeds, docs = map(Path, sys.argv[1:])
dossier = sources.load(seeds)
keys = cache.keys(dossier.sources, dossier.entities)[1]
annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1, cache.load(docs), None, keys)
links = crossref.link(dossier, annotated)
events = timeline.build_events(dossier, annotated)
out = {}
t, c = time.perf_counter(), time.process_time()
import followthemoney.model
out["imported"], out["imported_cpu"] = time.perf_counter() - t, time.process_time() - c
t, c = time.perf_counter(), time.process_time()
result = ftm.made(dossier, annotated, links, events)
chunks = list(result.pieces().chunks())  # as the build stages it
out["whole"], out["whole_cpu"] = time.perf_counter() - t, time.process_time() - c
data = b"".join(chunks)
assert data == (docs / "data" / "dossier.ftm.json").read_bytes()
out["count"], out["size"] = data.count(b"\\n"), len(data)
# as a first build splits it: the sources' lines where they are annotated (the workers) ...
registry = cache.registry_digest(dossier.entities, cache.code_digest())
fresh = ftm.Fresh(ftmmaker.Scope.of(dossier), registry)
c = time.process_time()
made = ftm.source_lines(fresh.scope, registry, dossier.entities, ((s, annotated[s.id]) for s in dossier.sources))
out["workers_cpu"] = time.process_time() - c
fresh.lines.update(zip((keys[s.id] for s in dossier.sources), made))
del made
# ... and the rest in the build's own process
t, c = time.perf_counter(), time.process_time()
split = ftm.made(dossier, annotated, links, events, keys, fresh=fresh)
own = b"".join(split.pieces().chunks())
out["own"], out["own_cpu"] = time.perf_counter() - t, time.process_time() - c
assert own == data
del own, split, fresh
empty = Path(tempfile.mkdtemp())
with_store = ftm.made(dossier, annotated, links, events, keys, None, ftmstore.Store(empty).load)  # a first build's
c = time.process_time()
ftmstore.Store(empty).save(with_store.signature, with_store.entries())
out["saved_cpu"] = time.process_time() - c
out["kept"] = sum(p.stat().st_size for p in (empty / cache.FOLDER / ftmstore.FOLDER).iterdir())
shutil.rmtree(empty)
# how many sources' lines the build's store holds under this code and registry (all, unless
# the builder's code, registry, language or libraries changed since the build)
held = ftmstore.Store(docs).load(with_store.signature)
out["held"], out["sources"] = sum(keys[s.id] in held for s in dossier.sources), len(dossier.sources)
del held, with_store
ftmstore._held.clear()  # as a new process: the store the build kept in docs
t, c = time.perf_counter(), time.process_time()
store = ftmstore.Store(docs)
again = ftm.made(dossier, annotated, links, events, keys, None, store.load)
stored = b"".join(again.pieces().chunks())
store.save(again.signature, again.entries())
out["stored_cpu"] = time.process_time() - c
assert stored == data
print(json.dumps(out))
"""
"""The FollowTheMoney export alone (the build makes each source's lines in the annotate
workers and the rest in the render stage, in the main process, while the workers render
pages), from the annotations the build cached: all of it made from nothing in one process
(what it costs wherever it runs); split as a first build splits it, the sources' lines
(`ftm.source_lines`, the workers' share) and the rest (what the build's own process
spends); the extra a first build spends keeping the lines on disk (`ftmstore`); and made
in a new process from the lines the build kept, nothing changed."""


WATCH = """
import os, statistics, sys, time
from pathlib import Path
from builder import pipeline
seeds, docs, victim = map(Path, sys.argv[1:])
options = pipeline.Options(seeds, docs)
session = pipeline.Session()  # what watch keeps between its builds
t = time.perf_counter()
pipeline.build(options, session)  # the watcher's first build (nothing changed since the last one)
first = time.perf_counter() - t
walls = []
for n in range(3):  # three edits, seconds apart as a writer makes them: the disk has settled
    victim.write_text(victim.read_text(encoding="utf-8") + f"A correction, number {n + 2}.\\n", encoding="utf-8")
    os.sync()
    time.sleep(1)
    t = time.perf_counter()
    result = pipeline.build(options, session)
    walls.append(time.perf_counter() - t)
stages = ", ".join(f"{k} {v:.2f} s" for k, v in result.timings.items())
print(f"watch (one process; its first build {first:.2f} s): one source edited, rebuilt in {statistics.median(walls):.2f} s"
      f" (median of {len(walls)} edits: {', '.join(f'{w:.2f}' for w in walls)} s), {result.report.written} files written;"
      f" stages of the last: {stages}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--jobs-compare", action=argparse.BooleanOptionalAction, default=True,
                        help="time the annotate stage with --jobs 1 and 2 (default: on)")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="first builds per size; the median is reported")
    parser.add_argument("--out", type=Path, default=OUT, help="where the synthetic dossiers are built")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"# scale benchmark; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores {os.cpu_count()}")
    for n in (int(x) for x in args.sizes.split(",")):
        measure(n, args.jobs_compare, args.out, args.repeat)
    load = os.getloadavg()
    print(f"\nload average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()

"""CPU seconds of a first build and a nothing-changed rebuild, with an optional profile.

    python bench/cpu.py SEEDS DOCS [--code DIR] [--profile PREFIX] [--repeat N]

Removes DOCS, builds SEEDS into it with `--jobs 1` (first build), then builds again with
nothing changed (rebuild). For each run prints the user + system CPU seconds of the
build's process (the machine is shared, so the wall clock is printed only as a hint),
the load average before it, and with --profile writes PREFIX-first.prof and
PREFIX-again.prof (cProfile; CPU figures of profiled runs are not comparable with
unprofiled ones). --code runs another checkout's builder (PYTHONPATH=DIR), for example a
worktree of an older commit. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


PROFILED = (
    "import cProfile, gc, sys; from builder.__main__ import main; out = sys.argv[1];"
    "sys.argv = ['builder', *sys.argv[2:]]; gc.disable(); cProfile.run('main()', out)"
)


def run(code: Path, seeds: Path, docs: Path, profile: str | None) -> tuple[float, float, float]:
    """One build in a fresh interpreter: (CPU seconds user + system, wall seconds, the
    largest peak resident memory in MB of any process this script has waited for)."""
    argv = ["build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1"]
    if profile:  # in this interpreter's code: `python -m builder` ends with os._exit, before cProfile writes
        cmd = [sys.executable, "-c", PROFILED, profile, *argv]
    else:
        cmd = [sys.executable, "-m", "builder", *argv]
    env = dict(os.environ, PYTHONPATH=str(code), NO_MKDOCS_2_WARNING="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, cwd=code)  # -c puts the cwd first on sys.path
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, after.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("docs", type=Path)
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--profile")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--again-only", action="store_true", help="keep DOCS, time rebuilds only")
    args = parser.parse_args()
    for _ in range(args.repeat):
        runs = ["again"] if args.again_only else ["first", "again"]
        if not args.again_only:
            shutil.rmtree(args.docs, ignore_errors=True)
        for name in runs:
            load = os.getloadavg()[0]
            prof = f"{args.profile}-{name}.prof" if args.profile else None
            cpu, wall, peak = run(args.code, args.seeds, args.docs, prof)
            print(f"{name:5}  cpu {cpu:6.2f} s  wall {wall:6.2f} s  peak so far {peak:5.0f} MB  load {load:4.1f}", flush=True)


if __name__ == "__main__":
    main()

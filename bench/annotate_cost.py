"""CPU time of the annotate stage over a dossier, for one or more checkouts in one run.

    python bench/annotate_cost.py SEEDS [--tree DIR ...] [--rounds 3] [--profile N]

Each tree (default: this checkout) is timed in its own subprocess, rounds interleaved,
with `time.process_time` (CPU seconds of the process, so a shared machine's load
matters less than for wall time); the best round is reported with the 1-minute load.
`--profile N` prints the N costliest functions (cProfile, cumulative) of this checkout.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from builder.read import sources
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
dossier = sources.load(__import__('pathlib').Path(sys.argv[2]))
matcher = Matcher(dossier.entities)
by_id = {e.id: e for e in dossier.entities}
t = time.process_time()
for s in dossier.sources:
    annotate(s, matcher, by_id)
print(time.process_time() - t)
"""


def run(tree: Path, seeds: Path) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(seeds)], check=True, capture_output=True, text=True)
    return float(out.stdout.split()[-1])


def profile(seeds: Path, top: int) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher
    from builder.read import sources

    dossier = sources.load(seeds)
    matcher = Matcher(dossier.entities)
    by_id = {e.id: e for e in dossier.entities}
    prof = cProfile.Profile()
    prof.enable()
    for s in dossier.sources:
        annotate(s, matcher, by_id)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(top)
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--tree", type=Path, action="append", help="a checkout to time (repeatable)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    if args.profile:
        profile(args.seeds, args.profile)
        return
    trees = args.tree or [ROOT]
    times: dict[Path, list[float]] = {t: [] for t in trees}
    for _ in range(args.rounds):
        for t in trees:
            times[t].append(run(t, args.seeds))
    print(f"load average (1 min) {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")
    for t in trees:
        print(f"{t}: annotate CPU best {min(times[t]):.2f} s of {', '.join(f'{x:.2f}' for x in times[t])}")


if __name__ == "__main__":
    main()

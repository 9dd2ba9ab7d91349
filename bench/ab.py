"""Checkouts compared A/B, interleaved: CPU and peak memory of a first build, a rebuild
with nothing changed and a one-source edit in a new process, and the CPU of a
one-source edit in a `watch` session.

    python bench/ab.py SEEDS WORK --code DIR --code DIR [--repeat N] [--edits N]

For each repeat, each checkout in turn (so that the machine's load falls on all of them
alike): a first build of a copy of SEEDS into WORK/<n>/docs (`--jobs 1`, a fresh
interpreter, as `bench/cpu.py` runs it), the same again with nothing changed, then one
source (the middle one) with a line added (a new line each repeat: no cache holds it)
built in a new process; then, in one process, a `watch` session's build followed by
`--edits` edits of that source (the median edit's CPU). The seeds are copied per
checkout and the edited source put back afterwards. CPU is user + system seconds of the
build's process; peak is its largest resident set. The load average is printed beside
each figure: on a shared machine only figures taken in the same minutes compare.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

WATCH = """
import statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from builder import pipeline
seeds, docs, victim, edits = Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5])
options = pipeline.Options(seeds, docs, jobs=1)
session = pipeline.Session()
pipeline.build(options, session)
spent = []
for n in range(edits):
    victim.write_text(victim.read_text(encoding="utf-8") + f"A correction in watch, number {n}.\\n", encoding="utf-8")
    start = time.process_time()
    pipeline.build(options, session)
    spent.append(time.process_time() - start)
print(f"{statistics.median(spent):.2f} " + " ".join(f"{s:.2f}" for s in spent))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--code", type=Path, action="append", required=True)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    for n in range(len(args.code)):
        shutil.rmtree(args.work / str(n), ignore_errors=True)
        shutil.copytree(args.seeds, args.work / str(n) / "seeds")
    for rep in range(args.repeat):
        for n, code in enumerate(args.code):
            seeds, docs = args.work / str(n) / "seeds", args.work / str(n) / "docs"
            victim = sorted(seeds.glob("*.txt"))[len(list(seeds.glob("*.txt"))) // 2]
            original = victim.read_bytes()
            shutil.rmtree(docs, ignore_errors=True)
            figures = []
            for name in ("first", "again", "edit"):
                if name == "edit":
                    victim.write_text(original.decode() + f"\nA late correction, number {rep}, was added.\n", encoding="utf-8")
                load = os.getloadavg()[0]
                cpu, peak = _build(code, seeds, docs)
                figures.append(f"{name} {cpu:5.2f} s peak {peak:4.0f} MB (load {load:.1f})")
            load = os.getloadavg()[0]
            out = subprocess.run(
                [sys.executable, "-c", WATCH, str(code), str(seeds), str(docs), str(victim), str(args.edits)],
                check=True, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(code)),
            ).stdout.split()
            figures.append(f"watch edit {out[0]} s ({' '.join(out[1:])}; load {load:.1f})")
            victim.write_bytes(original)
            print(f"repeat {rep} {code}: " + "; ".join(figures), flush=True)


def _build(code: Path, seeds: Path, docs: Path) -> tuple[float, float]:
    """One build in a fresh interpreter: (CPU seconds, user + system; peak resident MB)."""
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S %M", sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1"],
        check=True, capture_output=True, text=True, cwd=code, env=dict(os.environ, PYTHONPATH=str(code), NO_MKDOCS_2_WARNING="1"),
    )
    user, system, peak = out.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), int(peak) / 1024

if __name__ == "__main__":
    main()

"""`make serve` at scale: how long the first build takes, and how long after a source is
edited the edit shows on its page.

    python bench/serve_latency.py [--sources 1000] [--edits 3] [--seeds DIR]

Generates a synthetic dossier (`synth.py`; or copies `--seeds`, a dossier `synth.py`
made), then runs what `make serve` runs: `builder watch`, whose first build is the
whole build, then, once it is done, `mkdocs serve --dirty` on a free local port. Prints
the watcher's first build,
the time until MkDocs serves the first page, and, for each edit (a sentence appended to
one source), the seconds until the served page shows it, split into where they went:
until the watcher reported its build done (its poll of the seeds, once a second, and its
build) and the rebuilds MkDocs reported in between ("Documentation built in"). Figures
are printed, never asserted; the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402

import synth  # noqa: E402

PYTHON = sys.executable
MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return str(r.read().decode("utf-8"))
    except OSError:
        return None


def wait_for(url: str, text: str, limit: float) -> float:
    """Seconds until `url` serves a page holding `text` (polled every 0.1 s)."""
    t = time.perf_counter()
    while time.perf_counter() - t < limit:
        page = fetch(url)
        if page is not None and text in page:
            return time.perf_counter() - t
        time.sleep(0.1)
    raise SystemExit(f"{url} did not show {text!r} within {limit:.0f} s")


def record(stream: IO[str], lines: list[tuple[float, str]]) -> threading.Thread:
    """Read `stream` line by line into `lines` as (time, line), in a thread of its own."""

    def read() -> None:
        for line in stream:
            lines.append((time.perf_counter(), line.rstrip("\n")))

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def between(lines: list[tuple[float, str]], start: float, end: float, pattern: str) -> list[tuple[float, str]]:
    """The lines recorded between `start` and `end` that match `pattern`."""
    return [(t, line) for t, line in list(lines) if start <= t <= end and re.search(pattern, line)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--out", type=Path, default=scale.OUT)
    parser.add_argument("--seeds", type=Path, help="copy this synthetic dossier's seeds instead of generating them")
    args = parser.parse_args()
    n = args.sources
    base = args.out / f"serve-{n}"
    shutil.rmtree(base, ignore_errors=True)
    seeds, docs = base / "seeds", base / "docs"
    if args.seeds:
        shutil.copytree(args.seeds, seeds)
    else:
        synth.generate(seeds, n, scale.ENTITIES.get(n, max(200, n // 2)))
    docs.mkdir(parents=True)
    config = scale.project(base)
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1")
    env.pop("USE_DIRECTORY_URLS", None)
    one, five, _ = os.getloadavg()
    print(f"# make serve at {n:,} sources; load {one:.1f}/{five:.1f}; cores {os.cpu_count()}")
    # as `make serve` runs it (scripts/serve_after.py): the watcher makes the first build,
    # and `mkdocs serve` starts once it is done
    t = time.perf_counter()
    watcher = subprocess.Popen([PYTHON, "-m", "builder", "watch", "--seeds", str(seeds), "--docs", str(docs)], env=env,
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert watcher.stdout is not None
    line = watcher.stdout.readline()  # the watcher's first build
    assert line.startswith("built"), line
    build = time.perf_counter() - t
    port = free_port()
    t = time.perf_counter()
    server = subprocess.Popen([MKDOCS, "serve", "--dirty", "--no-strict", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    built: list[tuple[float, str]] = []
    watched: list[tuple[float, str]] = []
    assert server.stderr is not None
    record(server.stderr, built)
    try:
        victim = sorted(seeds.glob("*.txt"))[n // 2]
        data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
        page = next(s["id"] for s in data["sources"] if s["file"] == victim.name)
        first = wait_for(f"http://127.0.0.1:{port}/", "<html", 3600)
        print(f"the watcher's first build {build:.1f} s; then mkdocs serve's first build (until the first page is served) {first:.1f} s")
        record(watcher.stdout, watched)
        time.sleep(3)  # the first build's last messages
        walls = []
        for i in range(args.edits):
            word = f"Zqxedit{i}marker"
            start = time.perf_counter()
            victim.write_text(victim.read_text(encoding="utf-8") + f"\n{word} was added to this report.\n", encoding="utf-8")
            walls.append(wait_for(f"http://127.0.0.1:{port}/sources/{page}.html", word, 600))
            end = time.perf_counter()
            done = between(watched, start, end, r"^built")
            rebuilds = [float(m.group(1)) for _, line in between(built, start, end, r"Documentation built in")
                        if (m := re.search(r"built in ([\d.]+) seconds", line))]
            print(f"edit {i}: visible after {walls[-1]:.1f} s; the watcher's build reported done after "
                  f"{(done[0][0] - start) if done else float('nan'):.1f} s; MkDocs rebuilds meanwhile "
                  f"{', '.join(f'{r:.1f}' for r in rebuilds) or 'none'} s")
            time.sleep(2)
        one, five, _ = os.getloadavg()
        print(f"edit to visible: {', '.join(f'{w:.1f}' for w in walls)} s (load {one:.1f}/{five:.1f})")
    finally:
        server.terminate()
        watcher.terminate()
        server.wait()
        watcher.wait()


if __name__ == "__main__":
    main()

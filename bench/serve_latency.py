"""`make serve` at scale: how long the first build takes, and how long after a source is
edited the edit shows on its page.

    python bench/serve_latency.py [--sources 1000] [--edits 3]

Generates a synthetic dossier (`synth.py`), then runs what `make serve` runs: the builder
(`build`), then `builder watch` beside `mkdocs serve --dirty` on a free local port.
Prints the builder's first build, the time until MkDocs serves the first page, and, for
each edit (a sentence appended to one source), the seconds until the served page shows
it. Figures are printed, never asserted; the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--out", type=Path, default=scale.OUT)
    args = parser.parse_args()
    n = args.sources
    base = args.out / f"serve-{n}"
    shutil.rmtree(base, ignore_errors=True)
    seeds, docs = base / "seeds", base / "docs"
    synth.generate(seeds, n, scale.ENTITIES.get(n, max(200, n // 2)))
    docs.mkdir(parents=True)
    config = scale.project(base)
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1")
    env.pop("USE_DIRECTORY_URLS", None)
    one, five, _ = os.getloadavg()
    print(f"# make serve at {n:,} sources; load {one:.1f}/{five:.1f}; cores {os.cpu_count()}")
    t = time.perf_counter()
    subprocess.run([PYTHON, "-m", "builder", "build", "--seeds", str(seeds), "--docs", str(docs)], env=env, check=True,
                   capture_output=True, cwd=ROOT)
    build = time.perf_counter() - t
    port = free_port()
    watcher = subprocess.Popen([PYTHON, "-m", "builder", "watch", "--seeds", str(seeds), "--docs", str(docs)], env=env,
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    t = time.perf_counter()
    server = subprocess.Popen([MKDOCS, "serve", "--dirty", "--no-strict", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        victim = sorted(seeds.glob("*.txt"))[n // 2]
        data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
        page = next(s["id"] for s in data["sources"] if s["file"] == victim.name)
        first = wait_for(f"http://127.0.0.1:{port}/", "<html", 3600)
        print(f"builder's first build {build:.1f} s; mkdocs serve's first build (until the first page is served) {first:.1f} s")
        assert watcher.stdout is not None
        line = watcher.stdout.readline()  # the watcher's own first build (nothing changed since `build`)
        assert line.startswith("built"), line
        walls = []
        for i in range(args.edits):
            word = f"Zqxedit{i}marker"
            victim.write_text(victim.read_text(encoding="utf-8") + f"\n{word} was added to this report.\n", encoding="utf-8")
            walls.append(wait_for(f"http://127.0.0.1:{port}/sources/{page}.html", word, 600))
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

"""MkDocs' part of a live-preview edit: the rebuild `mkdocs serve --dirty` makes after the
builder rewrote the pages an edited source changes, timed in CPU seconds in one process.

    python bench/preview_rebuild.py SEEDS DOCS [--edits 3] [--config CHECKOUT/mkdocs.yml]

SEEDS and DOCS: a dossier the builder has built (`bench/synth.py` and `builder build`).
Makes the first build of a `serve` session (every page, into a temporary folder), then for
each edit appends a sentence to one source, runs `builder build` (as `builder watch`
would, in its own process: not timed here) and times MkDocs' rebuild as `serve` runs it
(the configuration loaded again, the plugins kept, `--dirty`): its CPU and wall seconds
and the pages it rendered. Run it with PYTHONPATH set to the checkout whose builder and
plugins are measured. Figures are printed, never asserted; the load beside them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("docs", type=Path)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml",
                        help="the mkdocs.yml to render with (another checkout's, for an A/B)")
    args = parser.parse_args()
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    os.environ.pop("USE_DIRECTORY_URLS", None)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.structure import pages

    site = Path(tempfile.mkdtemp(prefix="preview-rebuild-"))
    base = Path(tempfile.mkdtemp(prefix="preview-config-"))
    (base / "docs").symlink_to(args.docs.resolve())
    config = scale.project(base, args.config)
    rendered: list[str] = []
    render = pages.Page.render

    def counted(self: pages.Page, *a: object, **k: object) -> None:
        rendered.append(self.file.src_uri)
        render(self, *a, **k)  # type: ignore[arg-type]

    pages.Page.render = counted  # type: ignore[method-assign]
    url = "http://127.0.0.1:8000/"
    first = load_config(str(config), strict=False, site_dir=str(site))
    first.plugins.on_startup(command="serve", dirty=True)
    t, c = time.perf_counter(), time.process_time()
    build(first, serve_url=url, dirty=True)
    one, five, _ = os.getloadavg()
    print(f"# preview rebuild; first build {time.perf_counter() - t:.1f} s wall, {time.process_time() - c:.1f} s CPU,"
          f" {len(rendered)} pages; load {one:.1f}/{five:.1f}")
    victim = sorted(args.seeds.glob("*.txt"))[len(list(args.seeds.glob("*.txt"))) // 2]
    env = dict(os.environ)
    for n in range(args.edits):
        victim.write_text(victim.read_text(encoding="utf-8") + f"\nA correction, number {n}, was added.\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(args.seeds), "--docs", str(args.docs)],
                       check=True, capture_output=True, env=env)
        rendered.clear()
        again = load_config(str(config), strict=False, site_dir=str(site))
        t, c = time.perf_counter(), time.process_time()
        build(again, serve_url=url, dirty=True)
        one, five, _ = os.getloadavg()
        print(f"edit {n}: MkDocs' rebuild {time.process_time() - c:.2f} s CPU ({time.perf_counter() - t:.2f} s wall),"
              f" {len(rendered)} pages rendered; load {one:.1f}/{five:.1f}")


if __name__ == "__main__":
    main()

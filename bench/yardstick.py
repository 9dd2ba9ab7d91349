"""The yardstick: the dossier end to end against MkDocs rendering plain pages, in one run.

    python bench/yardstick.py [--sizes 100,1000] [--baseline COMMIT] [--no-offline]

For each N (synthetic dossiers, `synth.py`), back to back on the same machine:

- **today**: the builder at `--baseline` (the commit before raw HTML blocks; its code is
  taken from git, unpacked under bench/out) and `mkdocs build --strict` of its pages;
- **now**: this checkout's builder and `mkdocs build --strict` of its pages;
- **now, without the plugin**: the same pages rendered without `dossier-blocks` (the
  raw HTML blocks parsed by Python-Markdown, as a renderer without MkDocs plugins does);
- **plain**: `mkdocs build --strict` of plain Markdown pages at the same paths, each
  holding paragraphs of the same visible-text length as the page "now" renders (no
  links, no attributes, the same configuration and small sidebar): the floor.

Prints a table per N with wall times, the ratio of each variant's end-to-end time (builder
plus MkDocs) to the floor, search index sizes, and the load average beside each row.
Then, unless --no-offline, the offline bundle of each variant in Chromium from file://
(`offline_search.py`): page open time, whether the index loads before search is opened,
and milliseconds from the typed query to the first results. Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import subprocess
import sys
import tarfile
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import offline_search  # noqa: E402
import scale  # noqa: E402

import synth  # noqa: E402

BASELINE = "6e5843b4"
"""main before this work: every source paragraph as Markdown with character references
and attribute lists."""
PYTHON = sys.executable
MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f}"


def baseline_code(commit: str, out: Path) -> Path:
    """The builder package and its mkdocs.yml at `commit`, unpacked into `out` (reused
    when present)."""
    target = out / f"code-{commit[:10]}"
    if not (target / "builder").is_dir():
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "builder", "mkdocs.yml"], capture_output=True, check=True)
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(target, filter="data")
    return target


class Time(NamedTuple):
    wall: float
    """Seconds, wall clock."""
    cpu: float
    """Seconds of CPU (user and system) the command and its worker processes used: on a
    shared, loaded machine far steadier than the wall clock."""

    def __add__(self, other: object) -> Time:  # type: ignore[override]
        assert isinstance(other, Time)
        return Time(self.wall + other.wall, self.cpu + other.cpu)


def configured(base: Path, code: Path, plugin: bool = True) -> Path:
    """`scale.project`'s mkdocs.yml for `base`, made from `code`'s own mkdocs.yml (the
    baseline's as it was at its commit), without the dossier-blocks plugin when not
    `plugin`."""
    config = scale.project(base, code / "mkdocs.yml")
    text = config.read_text(encoding="utf-8")
    if not plugin:
        text = text.replace("  - dossier-blocks\n", "")
    config.write_text(text, encoding="utf-8")
    return config


def timed(cmd: list[str], code: Path) -> Time:
    env = dict(os.environ, PYTHONPATH=str(code), NO_MKDOCS_2_WARNING="1")
    env.pop("USE_DIRECTORY_URLS", None)  # plain .html links, as mkdocs.yml defaults
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=code)  # `-m builder` finds `code`'s
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return Time(wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)


class _Article(HTMLParser):
    """Visible text length of a page's article (what the reader reads)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.length = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or tag == "article":
            self.depth += tag not in scale_void

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in scale_void:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.length += len(" ".join(data.split()))


scale_void = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "base", "col", "embed", "param", "track"}
WORDS = ("the of and to in a is that for on was with he it as at by from his an were are which this be has had "
         "party election vote government opposition minister said results seats commission people").split()


def plain_docs(site: Path, docs: Path, target: Path) -> int:
    """Plain Markdown pages at the paths of `docs`' pages, each with paragraphs of the
    visible-text length its rendering in `site` shows; returns the characters written."""
    rng = random.Random(1)
    total = 0
    shutil.rmtree(target, ignore_errors=True)
    for md in sorted(docs.rglob("*.md")):
        rel = md.relative_to(docs)
        if rel.parts[0].startswith("."):
            continue
        html = site / rel.with_suffix(".html")
        parser = _Article()
        parser.feed(html.read_text(encoding="utf-8"))
        length = parser.length
        out, para, n = [f"# Page {rel.stem}"], [], 0
        while n < length:
            word = rng.choice(WORDS)
            para.append(word)
            n += len(word) + 1
            if len(para) >= 90:
                out.append(" ".join(para))
                para = []
        if para:
            out.append(" ".join(para))
        total += n
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    shutil.copytree(ROOT / "docs" / "assets", target / "assets", dirs_exist_ok=True)
    shutil.copyfile(docs / ".dossier-site.yml", target / ".dossier-site.yml")  # the site's name, as mkdocs.yml inherits it
    return total


def offline(docs: Path, base: Path, name: str, code: Path) -> dict[str, object]:
    """The offline bundle of `docs` (built for plain .html links), measured in Chromium."""
    config = configured(base, code)  # docs_dir, site_dir fixed for this folder
    text = (ROOT / "mkdocs.offline.yml").read_text(encoding="utf-8").replace("INHERIT: mkdocs.yml", f"INHERIT: {config}")
    offline_config = base / "mkdocs.offline.yml"
    offline_config.write_text(text, encoding="utf-8")
    site = base / f"offline-{name}"
    if name == "today":  # the baseline's offline configuration: the theme's worker, one whole index
        for line in ("    - assets/offline-search.js\n", "  - dossier-blocks\n", "  - dossier-offline-search\n"):
            text = text.replace(line, "")
        offline_config.write_text(text, encoding="utf-8")
    wall = timed([MKDOCS, "build", "--strict", "-q", "-f", str(offline_config), "-d", str(site)], code)
    vendor = site / "assets" / "vendor"
    vendor.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js", vendor / "iframe-worker-shim.js")
    try:
        result = offline_search.measure(site, "election,co", 5)
    except Exception as exc:  # a timeout at 10,000 sources is a figure too: the table still prints
        result = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"}
    return {"offline_build_s": round(wall.wall, 1), **result}


def measure(n: int, out: Path, commit: str, with_offline: bool) -> None:
    base = out / f"yardstick-{n}"
    shutil.rmtree(base, ignore_errors=True)
    seeds = base / "seeds"
    synth.generate(seeds, n, scale.ENTITIES.get(n, max(200, n // 2)))
    old_code = baseline_code(commit, out)
    rows = []
    sites = {}
    for name, code in (("today", old_code), ("now", ROOT)):
        docs = base / "docs"
        shutil.rmtree(docs, ignore_errors=True)
        shutil.rmtree(base / "site", ignore_errors=True)
        docs.mkdir(parents=True)
        config = configured(base, code)
        scale.settle(n)
        before = load()
        b = timed([PYTHON, "-m", "builder", "build", "--no-cache", "--seeds", str(seeds), "--docs", str(docs)], code)
        scale.settle(n)
        m = timed([MKDOCS, "build", "--strict", "-q", "-f", str(config)], code)
        index = base / "site" / "search" / "search_index.json"
        rows.append((name, b, m, index.stat().st_size / 1e6, f"{before}, after {load()}"))
        if code == ROOT:  # the same pages without the plugin
            shutil.rmtree(base / "site", ignore_errors=True)
            config = configured(base, code, plugin=False)
            scale.settle(n)
            before = load()
            m = timed([MKDOCS, "build", "--strict", "-q", "-f", str(config)], code)
            rows.append(("now, without the plugin", b, m, index.stat().st_size / 1e6, f"{before}, after {load()}"))
            config = configured(base, code)
        if with_offline:
            sites[name] = offline(docs, base, name, code)
        keep = base / f"site-{name}"
        shutil.rmtree(keep, ignore_errors=True)
        os.rename(base / "site", keep)
        shutil.rmtree(base / f"docs-{name}", ignore_errors=True)
        os.rename(docs, base / f"docs-{name}")
    # the floor: plain pages as long as what "now" shows, rendered with the same configuration
    chars = plain_docs(base / "site-now", base / "docs-now", base / "docs")
    config = scale.project(base)
    scale.settle(n)
    before = load()
    floor = timed([MKDOCS, "build", "--strict", "-q", "-f", str(config)], ROOT)
    floor_load = f"{before}, after {load()}"
    # the same pages with stock MkDocs and its theme: the search plugin alone (this
    # checkout's dossier-partials, say, speeds the theme up for any page, plain ones too)
    text = config.read_text(encoding="utf-8")
    config.write_text(text[: text.index("\nplugins:\n")] + "\nplugins:\n  - search\n", encoding="utf-8")
    shutil.rmtree(base / "site", ignore_errors=True)
    scale.settle(n)
    before = load()
    stock = timed([MKDOCS, "build", "--strict", "-q", "-f", str(config)], ROOT)
    stock_load = f"{before}, after {load()}"
    pages = sum(1 for _ in (base / "docs").rglob("*.md"))
    print(f"\n## N = {n:,} sources: {pages:,} pages, {chars / 1e6:.1f} M visible characters")
    print("Seconds as CPU (wall): CPU time is what the figures compare; the wall clock swings with the load.")
    print("| variant | builder s | mkdocs s | end to end s | ÷ plain (CPU) | ÷ plain (wall) | search index MB | load (1/5 min) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, b, m, idx, when in rows:
        e = b + m
        print(f"| {name} | {b.cpu:.1f} ({b.wall:.1f}) | {m.cpu:.1f} ({m.wall:.1f}) | {e.cpu:.1f} ({e.wall:.1f}) |"
              f" {e.cpu / floor.cpu:.2f} | {e.wall / floor.wall:.2f} | {idx:.2f} | {when} |")
    print(f"| plain pages | – | {floor.cpu:.1f} ({floor.wall:.1f}) | {floor.cpu:.1f} ({floor.wall:.1f}) | 1.00 | 1.00 | – |"
          f" {floor_load} |")
    print(f"| plain pages, stock MkDocs (search plugin only) | – | {stock.cpu:.1f} ({stock.wall:.1f}) | {stock.cpu:.1f} ({stock.wall:.1f}) |"
          f" {stock.cpu / floor.cpu:.2f} | {stock.wall / floor.wall:.2f} | – | {stock_load} |")
    for name, b, m, _, _ in rows:
        e = b + m
        print(f"{name}: ÷ stock plain (CPU) {e.cpu / stock.cpu:.2f}")
    for name, figures in sites.items():
        print(f"offline bundle, {name}: {figures}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--no-offline", action="store_true")
    parser.add_argument("--out", type=Path, default=scale.OUT)
    args = parser.parse_args()
    print(f"# yardstick; {load()}; cores {os.cpu_count()}; today = {args.baseline[:10]}")
    for n in (int(x) for x in args.sizes.split(",")):
        measure(n, args.out, args.baseline, not args.no_offline)


if __name__ == "__main__":
    main()

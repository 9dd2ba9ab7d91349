"""`make bench` keeps working: the scale benchmark runs end to end on a tiny dossier and
prints every figure the issue asks for (the figures themselves are not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_scale_benchmark_prints_every_figure(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), "--sizes", "30", "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    for figure in (
        "load average", "builder stages: load", "annotate", "link", "render", "write",
        "peak", "median of 3 first builds", "FollowTheMoney export:", "of the first build's wall", "the annotate workers", "in the build's own process", "importing followthemoney", "keeping its lines for the next build", "in a new process from the kept lines, nothing changed", "sources' lines in the store", "mkdocs build:", "pages: ", "page median", "search index", "ratio builder / mkdocs",
        "--jobs 1", "rebuild, nothing changed", "incremental (one source edited)", "files written",
        "watch (one process",
    ):
        assert figure in out, f"{figure!r} missing from:\n{out}"


@pytest.mark.slow
def test_hostile_benchmark_runs() -> None:
    """`make bench` runs bench/hostile.py: one paragraph without punctuation and many
    short paragraphs, annotated (tiny sizes here; the figures are not asserted)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "hostile.py"), "--scale", "0.005"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "one paragraph" in result.stdout and "short paragraphs" in result.stdout


@pytest.mark.slow
def test_yardstick_prints_its_table(tmp_path: Path) -> None:
    """The yardstick runs end to end on a tiny dossier: today's code (from git), this
    checkout's (with and without the dossier-blocks plugin), and the plain pages, each
    timed, with the load average beside them."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "yardstick.py"), "--sizes", "12", "--no-offline", "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    rows = [line for line in result.stdout.splitlines() if line.startswith(("| today", "| now", "| plain pages"))]
    assert [row.split("|")[1].strip() for row in rows] == [
        "today", "now", "now, without the plugin", "plain pages", "plain pages, stock MkDocs (search plugin only)"
    ], result.stdout
    assert all("load " in row for row in rows)
    plain = rows[3].split("|")
    assert plain[5].strip() == "1.00" and plain[6].strip() == "1.00"


@pytest.mark.slow
def test_long_sentences_benchmark_runs() -> None:
    """`make bench` runs bench/long_sentences.py (tiny sizes here; the figures are not asserted)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "long_sentences.py"), "--scale", "0.002"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "dates, one sentence" in result.stdout and "prose, no outlet" in result.stdout

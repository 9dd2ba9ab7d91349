"""A build killed midway (SIGKILL, no chance to clean up) never loses the previous output.

Kills land at spread-out moments of a ~1 s build of a synthetic dossier. Before the
write's commit point the previous output must be exactly intact; after it, the next
build finishes the interrupted commit. At no moment is a file half-written: every file
is byte-for-byte either its old or its new version.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder import cache
from builder.manifest import MANIFEST
from builder.write import JOURNAL, STAGING, recover, write

from conftest import ROOT, run_builder
from test_inputs import snapshot

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


def visible(docs: Path) -> dict[str, str]:
    """What MkDocs would read: everything but the staging folder and the builder's cache
    (whose files are replaced one by one, each atomically; a kill while it is saved can
    leave a temporary file, removed by the next save)."""
    return {k: v for k, v in snapshot(docs).items() if not k.startswith((STAGING, cache.FOLDER))}


@pytest.mark.slow
def test_killed_builds_leave_old_or_completed_output(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    synth.generate(seeds, 100, 200, seed=3)
    old_docs, new_docs = tmp_path / "old", tmp_path / "new"
    # every build here, killed or not, makes its links for the same URL style (unset: plain)
    assert run_builder("build", "--seeds", str(seeds), "--docs", str(old_docs), directory_urls=None).returncode == 0
    meta = seeds / "sources.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("outlet: ", "outlet: The "), encoding="utf-8")
    began = time.perf_counter()
    assert run_builder("build", "--seeds", str(seeds), "--docs", str(new_docs), directory_urls=None).returncode == 0
    took = time.perf_counter() - began
    old, new = visible(old_docs), visible(new_docs)
    changed = {k for k in new if old.get(k) != new[k]}
    assert len(changed) > 100

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("USE_DIRECTORY_URLS", None)
    outcomes = []
    for fraction in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0, 1.5):
        delay = took * fraction
        docs = tmp_path / f"killed-{delay}"
        shutil.copytree(old_docs, docs)
        proc = subprocess.Popen(
            [sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        if proc.poll() is not None:
            outcomes.append("finished")
            assert visible(docs) == new
            continue
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = visible(docs)
        for rel, digest in now.items():
            assert digest in (old.get(rel), new.get(rel)), f"{rel} is neither its old nor its new version"
        if (docs / STAGING / JOURNAL).exists():
            outcomes.append("committed")
        else:
            # before the commit point nothing changed; after the moves (while the
            # staging folder is removed) the new output is complete
            assert now in (old, new), "killed without a commit journal, yet the output is a mix"
            outcomes.append("intact" if now == old else "completed")
        assert run_builder("build", "--seeds", str(seeds), "--docs", str(docs), directory_urls=None).returncode == 0
        assert visible(docs) == new
        assert not (docs / STAGING).exists()
    print("kill outcomes:", outcomes)
    assert "intact" in outcomes  # at least one kill landed mid-build


def test_an_uncommitted_staging_is_discarded(tmp_path: Path) -> None:
    # pages in a folder: at the top of docs/ the builder writes only its few own files (manifest.TOP_FILES)
    docs = tmp_path / "docs"
    write(docs, {"p/a.md": "A"}.items())
    (docs / STAGING / "p/b.md").parent.mkdir(parents=True)
    (docs / STAGING / "p/a.md").write_text("half", encoding="utf-8")
    recover(docs)
    assert visible(docs) == snapshot(docs) and (docs / "p/a.md").read_text(encoding="utf-8") == "A"
    assert not (docs / STAGING).exists()


def test_a_committed_staging_is_completed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, {"p/a.md": "A", "p/b.md": "B", "old/c.md": "C"}.items())
    staging = docs / STAGING
    (staging / "p").mkdir(parents=True)
    (staging / "p/b.md").write_text("B2", encoding="utf-8")  # a.md was already moved in
    (docs / "p/a.md").write_text("A2", encoding="utf-8")
    (staging / MANIFEST).write_text(json.dumps({"files": ["p/a.md", "p/b.md"]}), encoding="utf-8")
    (staging / JOURNAL).write_text(json.dumps({"replace": ["p/a.md", "p/b.md"], "delete": ["old/c.md"]}), encoding="utf-8")
    report = write(docs, {"p/a.md": "A2", "p/b.md": "B2"}.items())
    assert report.written == 0 and report.deleted == 0  # recovery had already done it
    assert (docs / "p/b.md").read_text(encoding="utf-8") == "B2"
    assert not (docs / "old").exists() and not staging.exists()

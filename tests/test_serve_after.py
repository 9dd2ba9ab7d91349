"""`make serve`'s start (scripts/serve_after.py): the preview starts once the watcher's
first build is over, not before and not after a second build (review 10, L11), the
watcher's lines are passed on, and the watcher is stopped when the preview ends."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "serve_after.py"

WATCHER = """
import os, sys, time
folder = sys.argv[1]
open(os.path.join(folder, "watcher.pid"), "w").write(str(os.getpid()))
print("warning: seeds/entities.yml:3: entity 'x' is never mentioned", file=sys.stderr, flush=True)
time.sleep(0.8)
open(os.path.join(folder, "first-build-done"), "w").close()
print(sys.argv[2], flush=True)
while True:
    time.sleep(1)
"""
SERVER = """
import os, sys
folder = sys.argv[1]
open(os.path.join(folder, "served"), "w").write(str(os.path.exists(os.path.join(folder, "first-build-done"))))
sys.exit(3)
"""


def _run(tmp_path: Path, first_line: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "watcher.py").write_text(WATCHER, encoding="utf-8")
    (tmp_path / "server.py").write_text(SERVER, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(SCRIPT), sys.executable, str(tmp_path / "watcher.py"), str(tmp_path), first_line,
         "--then", sys.executable, str(tmp_path / "server.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=60,
    )


def _gone(pid: int) -> bool:
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("first_line", [
    "built 5 sources, 35 entities, 58 files into docs (58 written, 0 unchanged, 0 deleted)",
    "seeds/entities.yml:7: entity 'x': 'summary' is missing",  # a first build that failed: preview the pages as they are
])
def test_the_preview_starts_after_the_watchers_first_build(tmp_path: Path, first_line: str) -> None:
    result = _run(tmp_path, first_line)
    assert result.returncode == 3  # the preview's status
    assert (tmp_path / "served").read_text() == "True"  # started after the first build, not beside it
    assert "is never mentioned" in result.stdout and first_line in result.stdout  # the watcher's lines passed on
    assert _gone(int((tmp_path / "watcher.pid").read_text()))  # and the watcher stopped with the preview


def test_without_a_preview_command_it_says_how_to_call_it() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "true"], capture_output=True, text=True)
    assert result.returncode == 2 and "usage" in result.stderr


def test_stopping_it_stops_the_preview_and_the_watcher(tmp_path: Path) -> None:
    (tmp_path / "watcher.py").write_text(WATCHER, encoding="utf-8")
    (tmp_path / "server.py").write_text(
        "import os, sys, time\nopen(os.path.join(sys.argv[1], 'server.pid'), 'w').write(str(os.getpid()))\n"
        "while True:\n    time.sleep(1)\n", encoding="utf-8")
    run = subprocess.Popen([sys.executable, str(SCRIPT), sys.executable, str(tmp_path / "watcher.py"), str(tmp_path), "built 1",
                            "--then", sys.executable, str(tmp_path / "server.py"), str(tmp_path)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(100):
        if (tmp_path / "server.pid").exists() and (tmp_path / "server.pid").read_text():
            break
        time.sleep(0.1)
    run.terminate()
    assert run.wait(30) == 128 + 2
    assert _gone(int((tmp_path / "server.pid").read_text())) and _gone(int((tmp_path / "watcher.pid").read_text()))

"""The command line: subcommands, flags in the README, drafts and zero-configuration builds."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from builder.__main__ import _parser

from conftest import ROOT, SEEDS, call_builder, run_builder, seeds_with_a_new_name


def test_every_flag_and_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, sub in commands.items():
        assert f"python -m builder {name}" in readme, name
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, (name, flag)


@pytest.mark.slow
def test_check_and_stats() -> None:
    check = run_builder("check", "--seeds", str(SEEDS))
    assert check.returncode == 0 and check.stdout.strip() == "ok: 5 sources, 35 entities"
    stats = run_builder("stats", "--seeds", str(SEEDS))
    assert stats.returncode == 0
    assert "2013-09-26-cambodian-pm-claims-opposition-acknowledged-ruling-party-victory: 28 paragraphs, 65 mentions, 11 dates" in stats.stdout


@pytest.mark.slow
def test_missing_seeds_folder_is_bad_input(tmp_path: Path) -> None:
    result = run_builder("check", "--seeds", str(tmp_path / "nope"))
    assert result.returncode == 2 and result.stderr == f"{tmp_path / 'nope'}: no such folder; expected the dossier's seeds folder\n"


@pytest.mark.slow
def test_what_is_there_instead_is_named(tmp_path: Path) -> None:
    """A seeds folder that is a file, and `add` given a folder, a pipe and nothing: each
    line says what is there, not "no such" (attack review, session 11)."""
    import os

    (tmp_path / "seeds").mkdir()
    (tmp_path / "file.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    check = run_builder("check", "--seeds", str(tmp_path / "file.txt"))
    assert (check.returncode, check.stderr) == (2, f"{tmp_path / 'file.txt'}: a file, not a folder; expected the dossier's seeds folder\n")
    add = run_builder("add", "--seeds", str(tmp_path / "seeds"), *(str(tmp_path / n) for n in ("folder.txt", "pipe.txt", "nope.txt")))
    assert add.returncode == 2
    assert add.stderr.splitlines() == [
        f"{tmp_path / 'folder.txt'}: a folder, not a file",
        f"{tmp_path / 'pipe.txt'}: not a regular file (a pipe, a socket or a device)",
        f"{tmp_path / 'nope.txt'}: no such file",
    ]
    assert list((tmp_path / "seeds").iterdir()) == []


@pytest.mark.slow
def test_a_folder_named_like_a_source_is_named_in_a_warning(tmp_path: Path) -> None:
    import shutil

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "appendix.txt").mkdir()
    result = run_builder("check", "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    assert f"warning: {seeds / 'appendix.txt'}: a folder named like a source; not read" in result.stderr


@pytest.mark.slow
def test_drafts_adds_a_review_page(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    seeds = seeds_with_a_new_name(tmp_path)
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--drafts")
    assert result.returncode == 0, result.stderr
    page = (docs / "review" / "index.md").read_text(encoding="utf-8")
    assert "Orvane Trust" in page  # an unregistered name, with its context linked
    assert re.search(r"\]\(\.\./sources/[^)]+#p-\d+\)", page)
    # Without --drafts the page is gone again (it was generated, so it may be deleted), with a
    # warning (fresh-user review s14c: `make offline` without it deleted the page silently).
    again = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert again.returncode == 0
    assert not (docs / "review").exists()
    assert f"warning: {docs}: the previous build ran with --drafts and this one did not, so its review page" in again.stderr
    assert "drafts" not in call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).stderr  # once only


@pytest.mark.slow
def test_discover_builds_a_site_with_no_registry(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, seeds)
    docs = tmp_path / "docs"
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover")
    assert result.returncode == 0, result.stderr
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    by_name = {e["name"]: e for e in data["entities"]}
    assert by_name["Hun Sen"]["reviewed"] is False and by_name["Hun Sen"]["mention_count"] >= 40
    assert (docs / by_name["Hun Sen"]["page"]).with_suffix(".md").exists()
    page = (docs / "people" / f"{by_name['Hun Sen']['id']}.md").read_text(encoding="utf-8")
    assert "unreviewed" in page


@pytest.mark.slow
def test_registered_entities_win_over_discovered(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    result = call_builder("build", "--seeds", str(seeds_with_a_new_name(tmp_path)), "--docs", str(docs), "--discover")
    assert result.returncode == 0, result.stderr
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    hun = [e for e in data["entities"] if e["name"] == "Hun Sen"]
    assert [(e["id"], e["reviewed"], e["mention_count"]) for e in hun] == [("hun-sen", True, 44)]
    assert any(not e["reviewed"] for e in data["entities"])


WAIT = 120
"""Seconds to wait for `watch` to build or rebuild: a bound on waiting, not a timing (a
build of the demo takes seconds, more on a loaded machine)."""


@pytest.mark.slow
def test_watch_rebuilds_when_a_source_changes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import time

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "builder", "watch", "--seeds", str(seeds), "--docs", str(docs)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        page = docs / "sources" / "2013-09-08-final-results-hand-cambodian-ruling-party-poll-win.md"
        deadline = time.time() + WAIT
        while not page.exists() and time.time() < deadline:
            time.sleep(0.2)
        assert page.exists()
        other = docs / "people" / "reth-sonitha.md"
        other_mtime = other.stat().st_mtime_ns
        source = seeds / "003_d852035ef8d2e0ca.txt"
        source.write_text(source.read_text(encoding="utf-8") + "\nA correction was appended.\n", encoding="utf-8")
        deadline = time.time() + WAIT
        while "A correction was appended" not in page.read_text(encoding="utf-8") and time.time() < deadline:
            time.sleep(0.2)
        assert "A correction was appended" in page.read_text(encoding="utf-8")
        assert other.stat().st_mtime_ns == other_mtime  # untouched: its content did not change
        (seeds / "sources.yml").write_text("broken: [", encoding="utf-8")  # a bad edit keeps the pages
        time.sleep(2.5)
        assert "A correction was appended" in page.read_text(encoding="utf-8")
    finally:
        proc.kill()
        out, err = proc.communicate()
    assert "sources.yml" in err and proc.returncode != 0


@pytest.mark.slow
def test_new_says_to_build_with_the_builders_environment(tmp_path: Path) -> None:
    """The hint `new` prints follows the README: the builder's virtualenv (its `python`
    and `mkdocs`, not whatever is on PATH) or `make site` from the checkout."""
    import sys

    folder = tmp_path / "harbour"
    result = run_builder("new", str(folder))
    assert result.returncode == 0, result.stderr
    bin_dir = Path(sys.executable).parent
    # (the variable silences mkdocs-material's banner about MkDocs' future, as the Makefile does: review 10, L7)
    assert f"{bin_dir / 'python'} -m builder build --discover && NO_MKDOCS_2_WARNING=1 {bin_dir / 'mkdocs'} build" in result.stdout
    assert f"make site SEEDS={folder / 'seeds'} DOCS={folder / 'docs'}" in result.stdout
    assert "make serve with the same settings is a live preview" in result.stdout and result.stdout.rstrip().endswith(
        "BUILD_FLAGS=--discover")
    assert ") python -m builder build && mkdocs build" not in result.stdout
    dotted = run_builder("new", str(tmp_path / "x" / ".." / "quay"))  # the paths it prints are tidied (review s20)
    assert f"make site SEEDS={tmp_path / 'quay' / 'seeds'} " in dotted.stdout and "/../" not in dotted.stdout.split("make site")[1]


@pytest.mark.slow
@pytest.mark.parametrize("address", ["bogus", "tcp://10.0.0.5", "10.0.0.5:port", "", "tcp://a b:8786"])
def test_a_scheduler_address_without_a_port_is_one_line(tmp_path: Path, address: str) -> None:
    """`--scheduler bogus` ended after a minute in two tracebacks (distributed's ValueError,
    then its client's timeout; attack review, session 12, F9): now one line at once, exit 2."""
    result = run_builder("build", "--seeds", str(SEEDS), "--docs", str(tmp_path / "docs"), "--no-cache", "--scheduler", address)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"--scheduler {address!r}: expected a Dask scheduler's address with its port, "
                                          "such as tcp://10.0.0.5:8786"]
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize("address", ["tcp://10.0.0.5:8786", "127.0.0.1:8786", "tls://sched.example.org:8786", "tcp://[::1]:8786"])
def test_a_scheduler_address_with_a_port_is_taken(address: str) -> None:
    from builder.__main__ import SCHEDULER

    assert SCHEDULER.fullmatch(address)


@pytest.mark.parametrize(("jobs", "said"), [
    ("0", "expected 1 to 256 worker processes, not 0"),
    ("-1", "expected 1 to 256 worker processes, not -1"),
    ("99999999999", "expected 1 to 256 worker processes, not 99999999999"),
    ("two", "expected a whole number of worker processes, not 'two'"),
])
def test_jobs_must_be_a_number_of_workers(tmp_path: Path, jobs: str, said: str) -> None:
    """Attack review s20 #6: `--jobs 0`, `-1` and `99999999999` were taken silently."""
    result = call_builder("build", "--seeds", str(tmp_path / "seeds"), "--docs", str(tmp_path / "docs"), "--jobs", jobs)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == f"python -m builder build: error: argument --jobs: {said}"
    assert not (tmp_path / "docs").exists()

"""What a fresh user's invented court-case dossier showed (session 8 review), each failure
as a kind: the Makefile's targets rebuilding without the build's flags, the review page
nobody links to, front matter in Markdown seeds, misspelt kinds, YAML errors pointing at
the end of the file, and search text running metadata lines together. Every name is
invented; expected values were worked out by hand."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from builder import pipeline

from conftest import ROOT, run_builder

STRIKE = Path(__file__).parent / "fixtures" / "strike"


# ---- 1. the build's flags reach every target that builds


@pytest.mark.parametrize("target", ["build", "site", "offline", "pdf", "serve"])
def test_every_make_target_that_builds_passes_build_flags(target: str) -> None:
    plan = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", target, "SEEDS=/x/seeds", "DOCS=/x/docs", "BUILD_FLAGS=--discover --drafts"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    builds = [line for line in plan.splitlines() if " -m builder build " in line or " -m builder watch " in line]
    assert builds, plan
    for line in builds:
        assert "--seeds /x/seeds --docs /x/docs --discover --drafts" in line, line
    assert (" -m builder watch " in plan) == (target == "serve")


def test_a_build_without_discover_says_it_deleted_the_discovered_profiles(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(STRIKE, seeds)
    first = run_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover", "--jobs", "1")
    assert first.returncode == 0 and "warning" not in first.stderr, first.stderr
    assert (docs / "people" / "mara-lind.md").exists()
    again = run_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover", "--jobs", "1")
    assert "--discover" not in again.stderr
    plain = run_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert plain.returncode == 0 and not (docs / "people" / "mara-lind.md").exists()
    (line,) = [w for w in plain.stderr.splitlines() if "--discover" in w]
    assert line.startswith(f"warning: {docs}: the previous build ran with --discover") and "BUILD_FLAGS=--discover" in line
    # said once: the build after it made no discovered profiles to lose
    later = run_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert later.returncode == 0 and "--discover" not in later.stderr


# ---- 2. the review page is reachable


class _Inherit(yaml.SafeLoader):
    """Reads the site settings' `!ENV [NAME, default]` as its default."""


_Inherit.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[1])  # type: ignore[arg-type]


@pytest.mark.parametrize("drafts", [True, False])
def test_the_review_page_is_in_the_nav_and_linked_from_home(tmp_path: Path, drafts: bool) -> None:
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(STRIKE, docs, jobs=1, drafts=drafts, discover=True))
    settings = yaml.load((docs / ".dossier-site.yml").read_text(encoding="utf-8"), Loader=_Inherit)
    nav = [next(iter(item.items())) for item in settings["nav"]]
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert (docs / "review" / "index.md").exists() == drafts
    if drafts:
        assert nav[-2:] == [("Names to review", "review/index.md"), ("About", "about.md")]
        assert "**[Names to review](review/index.md)**" in home
    else:
        assert "Names to review" not in [title for title, _ in nav] and "review/index.md" not in home

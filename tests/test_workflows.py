"""The GitHub workflows: valid (the workflow JSON schema shipped in check-jsonschema),
clean under zizmor's offline security audit, made of the Makefile's own targets, and
the publishing target proven against a local git remote."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


@pytest.mark.slow
def test_workflows_are_valid_and_pass_the_security_audit() -> None:
    assert len(WORKFLOWS) == 2
    schema = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True, text=True,
    )
    assert schema.returncode == 0, schema.stdout + schema.stderr
    audit = subprocess.run([str(BIN / "zizmor"), "--offline", str(ROOT / ".github" / "workflows")], capture_output=True, text=True)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert "No findings" in audit.stdout + audit.stderr


def test_workflow_steps_are_makefile_targets() -> None:
    """Every command a workflow runs is `make <target>` (or the PR comment), and every
    such target exists: a local `make` run proves the workflow's steps."""
    targets = set()
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        for job in workflow["jobs"].values():
            for step in job["steps"]:
                if "uses" in step:
                    assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
                    continue
                for line in step["run"].strip().splitlines():
                    line = line.strip()
                    if line.startswith(("export ", "url=", "body=", "gh pr comment ")):
                        continue
                    assert line.startswith("make "), f"{path.name}: '{line}' is not a Makefile target"
                    targets.add(line.split()[1])
    assert {"test", "site", "offline", "publish", "unpublish"} <= targets
    for target in targets:
        dry = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        assert dry.returncode == 0, dry.stderr


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_publish_and_unpublish_previews(tmp_path: Path) -> None:
    remote = tmp_path / "pages.git"
    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path)
    site = tmp_path / "site"
    (site / "people").mkdir(parents=True)
    (site / "index.html").write_text("home v1", encoding="utf-8")
    (site / "people" / "a.html").write_text("a", encoding="utf-8")
    env = dict(os.environ, PAGES_REMOTE=str(remote))

    def make(*args: str) -> None:
        result = subprocess.run(["make", "-s", *args, f"SITE={site}"], cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr

    def tree() -> set[str]:
        return set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())

    make("publish", "PAGES_TARGET=.")
    assert tree() == {".nojekyll", "index.html", "people/a.html"}
    make("publish", "PAGES_TARGET=pr-7", "MESSAGE=preview of #7")
    assert {"pr-7/index.html", "pr-7/people/a.html"} <= tree()
    assert "preview of #7" in git("log", "-1", "--format=%s", "gh-pages", cwd=remote)
    (site / "index.html").write_text("home v2", encoding="utf-8")
    (site / "people" / "a.html").unlink()
    make("publish", "PAGES_TARGET=.")
    assert tree() == {".nojekyll", "index.html", "pr-7/index.html", "pr-7/people/a.html"}  # the preview survives
    assert git("show", "gh-pages:index.html", cwd=remote) == "home v2"
    make("unpublish", "PAGES_TARGET=pr-7")
    assert tree() == {".nojekyll", "index.html"}
    bad = subprocess.run(["make", "-s", "publish", "PAGES_TARGET=../x", f"SITE={site}"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert bad.returncode != 0 and "TARGET must be" in bad.stderr

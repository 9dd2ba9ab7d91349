"""Shared fixtures: the demo dossier built once into a temporary docs folder and site."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURE = Path(__file__).parent / "fixtures" / "harbour"


def run_builder(*args: str, cwd: Path = ROOT, directory_urls: bool | None = True) -> subprocess.CompletedProcess[str]:
    """Run `python -m builder ...` as a user would. `directory_urls`: the URL style the
    builder makes the links of its raw HTML for, set as mkdocs.yml reads it
    (USE_DIRECTORY_URLS); true by default, as `mkdocs_config` renders; None: unset (plain
    .html links, the project's default)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("USE_DIRECTORY_URLS", None)
    if directory_urls is not None:
        env["USE_DIRECTORY_URLS"] = str(directory_urls).lower()
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd, env=env, capture_output=True, text=True)


def hand_written_docs(target: Path, source: Path = ROOT / "docs") -> Path:
    """Copy the hand-written pages (not generated folders) into `target`. The demo's
    `index.md` and `about.md` are generated from its `dossier.yml`: a copy left in the
    checkout by an earlier build (named in its manifest) is not hand-written."""
    target.mkdir(parents=True, exist_ok=True)
    manifest = source / ".dossier-manifest.json"
    generated = set(json.loads(manifest.read_text(encoding="utf-8")).get("files", [])) if manifest.exists() else set()
    for name in ("index.md", "about.md"):
        if (source / name).exists() and name not in generated:
            shutil.copy(source / name, target / name)
    shutil.copytree(ROOT / "docs" / "assets", target / "assets", dirs_exist_ok=True)
    return target


def mkdocs_config(tmp: Path, docs: Path, site: Path, extra: str = "", directory_urls: bool = True) -> Path:
    """The project's mkdocs.yml pointed at other docs and site folders, in the given URL
    style (the builder must have made `docs` for the same one: `run_builder`)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: !ENV [DOCS_DIR, docs]", f"docs_dir: {docs}").replace(
        "INHERIT: !ENV [DOSSIER_SITE, docs/.dossier-site.yml]", f"INHERIT: {docs}/.dossier-site.yml"
    ).replace("site_dir: !ENV [SITE_DIR, site]", f"site_dir: {site}")
    text = text.replace("use_directory_urls: !ENV [USE_DIRECTORY_URLS, false]", f"use_directory_urls: {str(directory_urls).lower()}")
    config = tmp / "mkdocs.yml"
    config.write_text(text + extra, encoding="utf-8")
    return config


def in_directory_site(site: Path, page: str) -> Path:
    """The file a site built with directory URLs serves for an export's `page` (which
    gives the site's default address, `sources/x.html`): `sources/x/index.html`."""
    assert page.endswith(".html"), page
    return site / page.removesuffix(".html") / "index.html"


def mkdocs_build(config: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run([str(mkdocs), "build", "--strict", "-f", str(config)], env=env, capture_output=True, text=True)


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dossier built into a fresh docs folder; returns that folder."""
    tmp = tmp_path_factory.mktemp("demo")
    docs = hand_written_docs(tmp / "docs")
    result = run_builder("build", "--seeds", str(SEEDS), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    return docs


@pytest.fixture(scope="session")
def demo_site(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dossier rendered by `mkdocs build --strict`; returns the site folder."""
    tmp = tmp_path_factory.mktemp("demo-site")
    site = tmp / "site"
    result = mkdocs_build(mkdocs_config(tmp, demo, site))
    assert result.returncode == 0, result.stderr
    return site


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden", action="store_true", default=False,
        help="rewrite the golden site trees under tests/golden/site/ from this build (review them in the diff)",
    )


@pytest.fixture(scope="session")
def regen_golden(request: pytest.FixtureRequest) -> bool:
    """True when the golden trees are to be rewritten (`--regen-golden`, or REGEN_GOLDEN=1)."""
    return bool(request.config.getoption("--regen-golden")) or os.environ.get("REGEN_GOLDEN") == "1"

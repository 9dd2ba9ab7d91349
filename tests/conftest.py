"""Shared fixtures: the demo dossier built once into a temporary docs folder and site;
the builder run in this process (`call_builder`) or in a new one (`run_builder`); how
many hypothesis examples a run tries (`examples`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import io
import json
import os
import shutil
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from builder.annotation import Annotated
    from builder.model import Entity

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


@contextlib.contextmanager
def _as_run(cwd: Path, directory_urls: bool | None) -> Iterator[None]:
    """This process with `run_builder`'s working folder and USE_DIRECTORY_URLS, put
    back afterwards."""
    before_cwd, before_urls = os.getcwd(), os.environ.get("USE_DIRECTORY_URLS")
    os.environ.pop("USE_DIRECTORY_URLS", None)
    if directory_urls is not None:
        os.environ["USE_DIRECTORY_URLS"] = str(directory_urls).lower()
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(before_cwd)
        os.environ.pop("USE_DIRECTORY_URLS", None)
        if before_urls is not None:
            os.environ["USE_DIRECTORY_URLS"] = before_urls


def call_builder(*args: str, cwd: Path = ROOT, directory_urls: bool | None = True) -> subprocess.CompletedProcess[str]:
    """`run_builder` in this process: `builder.__main__.main(args)` with the same working
    folder and USE_DIRECTORY_URLS, its stdout and stderr captured. An exception that
    escapes `main` ends it as the interpreter would end the command: its traceback on
    stderr, status 1; `SystemExit` (argparse) gives its status.

    For tests of what a command does; tests of the process itself (its exit, a new
    interpreter's hash seed, signals, a lock another process holds) keep `run_builder`.
    It spares starting Python and importing the builder each time: the harbour fixture
    builds in about 0.03 s of CPU here against 0.8 s in a new process."""
    from builder.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with _as_run(cwd, directory_urls), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(args))
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
        except Exception:
            traceback.print_exc()
            status = 1
    return subprocess.CompletedProcess([sys.executable, "-m", "builder", *args], status, out.getvalue(), err.getvalue())


def shared(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder `make(folder)` fills, made once for the whole run: with pytest-xdist,
    the first worker to ask makes it (under a lock) and the others read it. Tests only
    read it: a test that changes a tree copies it first (`shutil.copytree`)."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the temporary folder the workers share
    folder, done = root / f"shared-{name}", root / f"shared-{name}.done"
    with open(root / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


@contextlib.contextmanager
def checkout_docs(exclusive: bool = False) -> Iterator[Path]:
    """The checkout's `docs/`, held against the tests that build into it (`make render`,
    exclusive) while others read it (shared): pytest-xdist runs tests side by side, and a
    page half way between a build's writes could pass for a hand-written one."""
    lock_file = ROOT / "build" / ".tests-docs.lock"
    lock_file.parent.mkdir(exist_ok=True)
    with open(lock_file, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield ROOT / "docs"


def hand_written_docs(target: Path, source: Path = ROOT / "docs") -> Path:
    """Copy the hand-written pages (not generated folders) into `target`. The demo's
    `index.md` and `about.md` are generated from its `dossier.yml`: a copy left in the
    checkout by an earlier build (named in its manifest) is not hand-written."""
    if source == ROOT / "docs":
        with checkout_docs():
            return _hand_written_docs(target, source)
    return _hand_written_docs(target, source)


def _hand_written_docs(target: Path, source: Path) -> Path:
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
    # PYTHONPATH: this checkout's plugins, not those of the checkout the environment was installed from
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run([str(mkdocs), "build", "--strict", "-f", str(config)], env=env, capture_output=True, text=True)


def person(eid: str, name: str) -> Entity:
    """A registered person for an annotation test: the full name, and the surname after it."""
    from builder.model import Alias, Entity

    surname = name.split()[-1]
    return Entity(id=eid, kind="person", name=name, aliases=(Alias(name), Alias(surname, after_full_name=True)), summary="s")


def annotated_in(text: str, entities: Sequence[Entity], published: dt.date) -> Annotated:
    """What the annotator finds in `text` (one source published on `published`), with the
    registry `entities`."""
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher
    from builder.model import Source
    from builder.read.text import split_paragraphs

    src = Source("s1", "s1.txt", text, "s1", published=published, paragraphs=split_paragraphs(text))
    return annotate(src, Matcher(list(entities)), {e.id: e for e in entities})


def quotes_in(text: str, entities: Sequence[Entity], published: dt.date) -> list[tuple[str, str]]:
    """(speaker, words) of every quotation in `text` (`annotated_in`)."""
    return [(q.speaker, q.text) for q in annotated_in(text, entities, published).quotes]


def write_stories(seeds: Path, stories: dict[str, tuple[str, str]]) -> None:
    """Write each invented story `name -> (published, text)` into `seeds`, listed in
    sources.yml with its first line as its title."""
    listing = ""
    for name, (when, text) in stories.items():
        (seeds / name).write_text(text, encoding="utf-8")
        listing += f"{name}:\n  title: {text.splitlines()[0]}\n  published: {when}\n"
    (seeds / "sources.yml").write_text(listing, encoding="utf-8")


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dossier built into a fresh docs folder; returns that folder (read only)."""
    def make(tmp: Path) -> None:
        docs = hand_written_docs(tmp / "docs")
        result = call_builder("build", "--seeds", str(SEEDS), "--docs", str(docs))
        assert result.returncode == 0, result.stderr

    return shared(tmp_path_factory, "demo", make) / "docs"


@pytest.fixture(scope="session")
def demo_site(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dossier rendered by `mkdocs build --strict`; returns the site folder (read only)."""
    def make(tmp: Path) -> None:
        result = mkdocs_build(mkdocs_config(tmp, demo, tmp / "site"))
        assert result.returncode == 0, result.stderr

    return shared(tmp_path_factory, "demo-site", make) / "site"


@pytest.fixture(scope="session")
def harbour_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The harbour fixture built once: `seeds/` and `docs/` (with the demo's assets) in
    the returned folder, read only; copy it to change it (`harbour`)."""
    def make(root: Path) -> None:
        shutil.copytree(FIXTURE / "seeds", root / "seeds")
        shutil.copytree(FIXTURE / "docs", root / "docs")
        shutil.copytree(ROOT / "docs" / "assets", root / "docs" / "assets")
        result = call_builder("build", "--seeds", str(root / "seeds"), "--docs", str(root / "docs"))
        assert result.returncode == 0, result.stderr

    return shared(tmp_path_factory, "harbour", make)


@pytest.fixture()
def harbour(harbour_built: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the built harbour fixture in this test's folder: (seeds, docs)."""
    shutil.copytree(harbour_built / "seeds", tmp_path / "seeds", symlinks=True)
    shutil.copytree(harbour_built / "docs", tmp_path / "docs", symlinks=True)
    return tmp_path / "seeds", tmp_path / "docs"


# ---- how much work a run does

FAST_PROFILE = "fast"
"""The hypothesis profile of a run that leaves the `slow` tests out: a tenth of each
property test's examples (`examples`). The full suite (`make test`, plain `pytest`)
tries them all; `--hypothesis-profile` chooses either way."""
settings.register_profile("full", settings.get_profile("default"))
settings.register_profile(FAST_PROFILE, max_examples=20)


def examples(n: int) -> int:
    """The examples a property test asks for: `n` in the full suite, a tenth of them (at
    least 20) in the fast subset (`FAST_PROFILE`)."""
    return max(20, n // 10) if settings.get_current_profile_name() == FAST_PROFILE else n


def leaves_out_slow(config: pytest.Config) -> bool:
    """True when the run's `-m` expression deselects a test marked only `slow`."""
    expr = config.getoption("markexpr", "") or ""
    if not expr:
        return False
    from _pytest.mark.expression import Expression

    return not Expression.compile(expr).evaluate(lambda name, **kwargs: name == "slow")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("hypothesis_profile", None) is None and leaves_out_slow(config):
        settings.load_profile(FAST_PROFILE)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """Workers for `-n auto` (pyproject's addopts): one per core, at most 2 (the suite is
    shared-fixture heavy: more workers build the same session fixtures more often);
    none for a run of named test files or tests (`pytest tests/test_x.py::test_y`), where
    starting workers costs more than it saves. PYTEST_XDIST_AUTO_NUM_WORKERS overrides."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    named = [a for a in config.args if not Path(a.split("::")[0]).is_dir()]
    if config.args and len(named) == len(config.args):
        return 0
    return max(1, min(2, os.cpu_count() or 1))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden", action="store_true", default=False,
        help="rewrite the golden site trees under tests/golden/site/ from this build (review them in the diff)",
    )


@pytest.fixture(scope="session")
def regen_golden(request: pytest.FixtureRequest) -> bool:
    """True when the golden trees are to be rewritten (`--regen-golden`, or REGEN_GOLDEN=1)."""
    return bool(request.config.getoption("--regen-golden")) or os.environ.get("REGEN_GOLDEN") == "1"


CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
"""Debian's chromium, headless, with nothing fetched or updated behind the test's back."""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium under Playwright for one test module (the browser tests' one copy)."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
        yield b
        b.close()


def seeds_with_a_new_name(tmp_path: Path) -> Path:
    """A copy of the demo's seeds with one unregistered name added: the demo's own, the
    quoted “Killing Fields”, is no name of a body (a title in quotation marks: `kindphrases`)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    first = sorted(seeds.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nTalks with the Orvane Trust stalled.\n", encoding="utf-8")
    return seeds

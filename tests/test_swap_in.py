"""A render that fails or is killed leaves the previous site as it was (scripts/swap_in.py,
which `make render`/`site`, `make offline` and `make pdf` render through).

Attack k: `mkdocs build --strict` killed 2.5 s into `make site` left site/ half deleted
(MkDocs empties its folder first), and `make offline` ran `rm -rf build/offline` before
rendering. Here: renderers that fail, are killed by a signal, or whose runner is killed
outright, and the Makefile's own targets with a render that fails in strict mode; the
offline zip and the PDF those targets make next are likewise renamed over the previous
ones only once whole (scripts/pack_offline.py, scripts/dossier_pdf.py)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import FIXTURE, ROOT, hand_written_docs

SCRIPT = ROOT / "scripts" / "swap_in.py"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative path -> bytes)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def renderer(body: str) -> list[str]:
    """A renderer: Python running `body` with `out` the folder it is given (`{}`)."""
    code = "import os, sys, signal, time, pathlib\nout = pathlib.Path(sys.argv[1])\nout.mkdir(parents=True)\n" + body
    return [sys.executable, "-c", code, "{}"]


def swap_in(target: Path, command: list[str], *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *options, str(target), "--", *command],
                          capture_output=True, text=True, cwd=target.parent)


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "sources").mkdir(parents=True)
    (site / "index.html").write_text("old index", encoding="utf-8")
    (site / "sources" / "a.html").write_text("old a", encoding="utf-8")
    return site


def leftovers(site: Path) -> list[str]:
    return sorted(p.name for p in site.parent.iterdir() if p.name != site.name)


@pytest.mark.slow
@pytest.mark.parametrize("body, status", [
    ("(out / 'index.html').write_text('half'); sys.exit(1)", 1),  # fails half-way
    ("(out / 'index.html').write_text('half'); os.kill(os.getpid(), signal.SIGKILL)", 128 + 9),  # killed
    ("(out / 'index.html').write_text('half'); os.kill(os.getpid(), signal.SIGTERM)", 128 + 15),
])
def test_a_failed_or_killed_render_leaves_the_previous_site(site: Path, body: str, status: int) -> None:
    before = tree(site)
    result = swap_in(site, renderer(body))
    assert result.returncode == status
    assert tree(site) == before and leftovers(site) == []
    assert result.stderr.strip().splitlines()[-1] == (
        f"{site}: rendering failed (exit status {status}); the previous {site} is left as it was")


def test_a_render_that_succeeds_replaces_the_site_whole(site: Path) -> None:
    result = swap_in(site, renderer("(out / 'index.html').write_text('new index')"))
    assert result.returncode == 0, result.stderr
    assert tree(site) == {"index.html": b"new index"}  # nothing of the previous site stays
    assert leftovers(site) == []
    # a first render (no site yet) too
    fresh = site.parent / "other"
    assert swap_in(fresh, renderer("(out / 'x.html').write_text('x')")).returncode == 0
    assert tree(fresh) == {"x.html": b"x"}


def test_the_runner_killed_mid_render_leaves_the_previous_site_and_the_next_run_cleans_up(site: Path) -> None:
    """The attack's case: the whole render killed while the renderer writes."""
    before = tree(site)
    run = subprocess.Popen([sys.executable, str(SCRIPT), str(site), "--",
                            *renderer("(out / 'index.html').write_text('half'); time.sleep(60)")],
                           start_new_session=True)
    fresh = site.parent / ".site.rendering"
    deadline = time.monotonic() + 60
    while not (fresh / "index.html").exists():
        assert time.monotonic() < deadline and run.poll() is None
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    assert tree(site) == before
    assert leftovers(site) == [".site.rendering"]  # what the killed run left
    assert swap_in(site, renderer("sys.exit(3)")).returncode == 3
    assert tree(site) == before and leftovers(site) == []


def test_a_site_left_between_the_two_renames_is_put_back(site: Path) -> None:
    """Where the folders cannot be exchanged at once, the previous site waits as
    `.site.previous` between two renames: a kill there loses nothing either."""
    before = tree(site)
    site.rename(site.parent / ".site.previous")
    (site.parent / ".site.rendering").mkdir()
    assert swap_in(site, renderer("sys.exit(1)")).returncode == 1
    assert tree(site) == before and leftovers(site) == []


def test_the_fresh_folder_can_be_given_in_the_environment(site: Path) -> None:
    """Zensical has no option for its site folder: mkdocs.yml reads it from SITE_DIR."""
    body = "out.rmdir(); out = pathlib.Path(os.environ['SITE_DIR']); out.mkdir(); (out / 'z.html').write_text(str(out))"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--env", "SITE_DIR", "site", "--", *renderer(body)],
        capture_output=True, text=True, cwd=site.parent)
    assert result.returncode == 0, result.stderr
    assert tree(site) == {"z.html": b".site.rendering"}  # relative, as the target was given


@pytest.mark.parametrize("target, variable", [
    ("render", "SITE"),
    pytest.param("offline", "OFFLINE_DIR", marks=pytest.mark.slow),
    pytest.param("pdf", "PDF_DIR", marks=pytest.mark.slow),
])
def test_make_targets_keep_the_previous_site_when_the_render_fails(tmp_path: Path, target: str, variable: str) -> None:
    """The Makefile's targets with a render MkDocs aborts in strict mode (a hand-written
    page links to a page that does not exist): the folder they render into keeps the
    previous site, byte for byte."""
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    (docs / "broken.md").write_text("# Broken\n\nSee [the missing page](nowhere.md).\n", encoding="utf-8")
    out = ROOT / "build" / f"test-swap-{os.getpid()}-{target}"
    out.mkdir(parents=True)
    try:
        (out / "index.html").write_text("the previous site", encoding="utf-8")
        result = subprocess.run(
            ["make", "-s", target, f"SEEDS={FIXTURE / 'seeds'}", f"DOCS={docs}", f"{variable}={out.relative_to(ROOT)}",
             f"DIST={tmp_path / 'dist'}"],
            cwd=ROOT, capture_output=True, text=True)
        assert result.returncode != 0
        assert "nowhere.md" in result.stdout + result.stderr  # the render itself failed
        assert tree(out) == {"index.html": b"the previous site"}
        assert not any(p.name.startswith(f".{out.name}.") for p in out.parent.iterdir())
        assert not (tmp_path / "dist").exists()
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _script(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def site_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs.yml's inherited site settings, named "Harbour Files", for scripts that read them."""
    settings = tmp_path / "site.yml"
    settings.write_text('site_name: "Harbour Files"\n', encoding="utf-8")
    monkeypatch.setenv("DOSSIER_SITE", str(settings))
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.chdir(ROOT)


def test_a_pack_that_fails_half_way_leaves_the_previous_zip(site: Path, tmp_path: Path, site_settings: None,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pack = _script("pack_offline")
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "harbour-files-offline.zip").write_bytes(b"the previous zip")
    shim = tmp_path / "shim.js"
    shim.write_text("// shim", encoding="utf-8")
    written: list[str] = []

    def full_disk(self: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
        written.append(info.filename)
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        original(self, info, data)

    original = zipfile.ZipFile.writestr
    monkeypatch.setattr(zipfile.ZipFile, "writestr", full_disk)
    with pytest.raises(OSError):
        pack.main(site, shim, dist)  # type: ignore[attr-defined]
    assert tree(dist) == {"harbour-files-offline.zip": b"the previous zip"}
    monkeypatch.setattr(zipfile.ZipFile, "writestr", original)
    made = pack.main(site, shim, dist)  # type: ignore[attr-defined]
    assert sorted(zipfile.ZipFile(made).namelist())[0] == "harbour-files-offline/assets/vendor/iframe-worker-shim.js"
    assert sorted(p.name for p in dist.iterdir()) == ["harbour-files-offline.zip"]


def test_a_pdf_that_fails_half_way_leaves_the_previous_pdf(site: Path, tmp_path: Path, site_settings: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _script("dossier_pdf")
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "harbour-files.pdf").write_bytes(b"the previous PDF")

    def refused(site: Path, printed: str, target: Path) -> None:  # half printed, then refused
        target.write_bytes(b"%PDF-1.7 half")
        raise SystemExit("the PDF asked for 1 resources outside the site, e.g. https://example.org/x")

    monkeypatch.setattr(pdf, "_print", refused)
    with pytest.raises(SystemExit):
        pdf.main(site, dist)  # type: ignore[attr-defined]
    assert tree(dist) == {"harbour-files.pdf": b"the previous PDF"}

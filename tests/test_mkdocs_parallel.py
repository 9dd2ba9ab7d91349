"""`mkdocs build` on two cores (`parallel`): the site is byte for byte the one MkDocs
makes alone, search index included, in both URL styles; a broken link on a page the
second process renders still fails a strict build, said once; a second process that ends
without its results fails the build; the split gives the copy about half the Markdown."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from builder.present import parallel

from conftest import FIXTURE, hand_written_docs, mkdocs_build, mkdocs_config, run_builder


def _config(tmp_path: Path, docs: Path, name: str, on: bool, directory_urls: bool) -> Path:
    (tmp_path / name).mkdir()
    config = mkdocs_config(tmp_path / name, docs, tmp_path / name / "site", directory_urls=directory_urls)
    text = config.read_text(encoding="utf-8")
    assert "  - dossier-parallel\n" in text
    config.write_text(text.replace("  - dossier-parallel\n", "  - dossier-parallel:\n      min_pages: 0\n" if on else ""),
                      encoding="utf-8")
    return config


@pytest.mark.slow
@pytest.mark.parametrize("directory_urls", [False, True])
def test_the_site_is_byte_for_byte_the_same_with_one_process_or_two(tmp_path: Path, directory_urls: bool) -> None:
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    built = run_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs), directory_urls=directory_urls)
    assert built.returncode == 0, built.stderr
    sites = {}
    for name, on in (("two", True), ("one", False)):
        result = mkdocs_build(_config(tmp_path, docs, name, on, directory_urls))
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Page skipped" not in result.stderr
        sites[name] = tmp_path / name / "site"
    files = sorted(p.relative_to(sites["one"]) for p in sites["one"].rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(sites["two"]) for p in sites["two"].rglob("*") if p.is_file())
    assert len([f for f in files if f.suffix == ".html"]) >= 15
    for rel in files:
        assert (sites["two"] / rel).read_bytes() == (sites["one"] / rel).read_bytes(), rel


@pytest.mark.slow
def test_a_broken_link_on_a_page_the_second_process_renders_still_fails_the_build(tmp_path: Path) -> None:
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    built = run_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs))
    assert built.returncode == 0, built.stderr
    # the last page in MkDocs' order, far past half of the Markdown: the copy's
    (docs / "zzz.md").write_text("# Last\n\n[gone](nowhere.md) and [anchor](index.md#no-such-anchor)\n" + "word " * 20000,
                                 encoding="utf-8")
    result = mkdocs_build(_config(tmp_path, docs, "two", True, False))
    assert result.returncode != 0
    assert result.stderr.count("nowhere.md") == 1, result.stderr[-3000:]
    assert result.stderr.count("contains a link 'index.md#no-such-anchor'") == 1, result.stderr[-3000:]
    assert "Aborted with 2 warnings in strict mode" in result.stdout + result.stderr


def test_a_copy_that_ends_without_its_results_fails_the_build(tmp_path: Path) -> None:
    plugin = parallel.ParallelPlugin()
    gone = subprocess.Popen(["true"])
    path = tmp_path / "results.pickle"
    path.write_bytes(b"")
    plugin.child = (gone.pid, str(path))
    with pytest.raises(parallel.PluginError, match="ended without its results"):
        plugin._collect()
    assert not path.exists() and plugin.child is None


def test_the_copy_takes_the_pages_past_half_of_the_markdown_but_the_kept_ones() -> None:
    assert parallel.split([10, 10, 10, 10], [False] * 4) == [2, 3]
    assert parallel.split([10, 10, 10, 10], [False, False, True, False]) == [3]
    assert parallel.split([100, 1, 1, 1], [False] * 4) == [1, 2, 3]
    assert parallel.split([], []) == []

"""Live preview: the `dossier-preview` plugin (builder/present/preview.py) in a `serve
--dirty` session, driven through MkDocs' own build as `mkdocs serve` drives it (the
configuration loaded again for each build, the plugin kept): a rebuild after an edit
renders the edited page, keeps the first build's 404 page, and compiles no template
again; `mkdocs build` is left as it was."""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import types
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import FIXTURE, call_builder, hand_written_docs, mkdocs_build, mkdocs_config


@pytest.fixture()
def harbour(tmp_path: Path) -> tuple[Path, Path, Path]:
    docs, site = hand_written_docs(tmp_path / "docs", FIXTURE / "docs"), tmp_path / "site"
    result = call_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    return docs, site, mkdocs_config(tmp_path, docs, site)


@pytest.mark.slow
def test_a_dirty_serve_session_renders_the_edited_page_and_not_the_404_page_again(
    harbour: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, site, config = harbour
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    first = load_config(str(config), strict=False)  # as `make serve` runs it (--no-strict)
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, serve_url="http://127.0.0.1:8000/", dirty=True)
    plugin = first.plugins["dossier-preview"]
    assert plugin.builds == 1 and plugin.cache.codes  # the theme's templates, compiled once
    once = site / "404.html"
    os.utime(once, (1, 1))
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    page = next(p for p in sorted((docs / "sources").glob("*.md")) if p.stem != "index")
    page.write_text(page.read_text(encoding="utf-8") + "\nZqxpreviewmarker added.\n", encoding="utf-8")
    again = load_config(str(config), strict=False)  # as `mkdocs serve` loads it for each rebuild
    assert again.plugins["dossier-preview"] is plugin
    compiled = dict(plugin.cache.codes)
    build(again, serve_url="http://127.0.0.1:8000/", dirty=True)
    html = site / "sources" / page.stem / "index.html"
    assert "Zqxpreviewmarker" in html.read_text(encoding="utf-8")
    assert once.stat().st_mtime == 1
    assert (site / "sitemap.xml").read_text(encoding="utf-8") == sitemap and "{%" not in sitemap
    assert plugin.builds == 2 and plugin.cache.codes == compiled


@pytest.mark.slow
def test_a_dirty_serve_session_renders_the_404_page_again_when_the_site_or_navigation_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attack c4: under `make serve` an edited `title:` in dossier.yml (and a kind the
    navigation gains or loses) reached the pages MkDocs re-rendered but not /404.html,
    served for every missing address, which kept the first build's title and navigation.
    The edits go through the builder, as `builder watch` makes them."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE / "seeds", seeds)
    (seeds / "dossier.yml").write_text("title: Harbour Files Zqxfirst\n", encoding="utf-8")
    docs, site = hand_written_docs(tmp_path / "docs", FIXTURE / "docs"), tmp_path / "site"

    def builder() -> None:
        result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
        assert result.returncode == 0, result.stderr

    def serve_build() -> object:
        cfg = load_config(str(config), strict=False)
        build(cfg, serve_url="http://127.0.0.1:8000/", dirty=True)
        return cfg.plugins["dossier-preview"]

    builder()
    config = mkdocs_config(tmp_path, docs, site)
    first = load_config(str(config), strict=False)
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, serve_url="http://127.0.0.1:8000/", dirty=True)
    missing = site / "404.html"
    places = re.compile(r">\s*Places\s*<")  # the navigation's entry
    assert "Zqxfirst" in missing.read_text(encoding="utf-8") and places.search(missing.read_text(encoding="utf-8"))

    # the title edited: the 404 page shows the new one, and so does every page, the
    # ones whose Markdown the builder left as it was too
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")}
    (seeds / "dossier.yml").write_text("title: Harbour Files Zqxsecond\n", encoding="utf-8")
    builder()
    serve_build()
    text = missing.read_text(encoding="utf-8")
    assert "Zqxsecond" in text and "Zqxfirst" not in text
    kept = [p for p, t in before.items() if p.stat().st_mtime_ns == t]
    assert kept  # pages MkDocs' dirty build alone would not render again
    for html in site.rglob("*.html"):
        assert "Zqxfirst" not in html.read_text(encoding="utf-8"), html

    # a kind the navigation loses (the one place removed): gone from the 404 page too
    entities = seeds / "entities.yml"
    text = entities.read_text(encoding="utf-8")
    entities.write_text(text[: text.index("- id: port-avel")], encoding="utf-8")
    builder()
    serve_build()
    assert not places.search(missing.read_text(encoding="utf-8"))
    assert not places.search((site / "index.html").read_text(encoding="utf-8"))

    # nothing it shows changed (a page's text edited): the 404 page is kept
    os.utime(missing, (1, 1))
    page = next(p for p in sorted((docs / "sources").glob("*.md")) if p.stem != "index")
    page.write_text(page.read_text(encoding="utf-8") + "\nZqxpreviewmarker added.\n", encoding="utf-8")
    plugin = serve_build()
    assert missing.stat().st_mtime == 1
    assert "Zqxpreviewmarker" in (site / "sources" / page.stem / "index.html").read_text(encoding="utf-8")
    assert plugin.builds == 4  # type: ignore[attr-defined]


@pytest.mark.slow
def test_mkdocs_build_is_left_as_it_was(harbour: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    docs, site, config = harbour
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    for _ in range(2):
        cfg = load_config(str(config))
        cfg.plugins.on_startup(command="build", dirty=False)
        plugin = cfg.plugins["dossier-preview"]  # (MkDocs keeps one per process: another test's, maybe)
        before = dict(plugin.cache.codes)
        build(cfg)
        assert (site / "404.html").exists() and (site / "sitemap.xml").exists()
        assert plugin.cache.codes == before  # no template went through the cache


def index_docs(site: Path) -> list[str]:
    """The search index's entries, each as its JSON, sorted."""
    data = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return sorted(json.dumps(entry, sort_keys=True) for entry in data["docs"])


@pytest.mark.slow
def test_a_dirty_serve_session_keeps_the_search_index_a_clean_build_would_write(
    harbour: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rebuild serializes only the rebuilt pages' entries; after edits to two pages
    at once (the theme's own merge kept the second page's old entries beside its new ones)
    and a deleted page, the index holds each page's entries once, the same as a clean
    build of the same pages, and the first build's index is the theme's byte for byte."""
    docs, site, config = harbour
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    first = load_config(str(config), strict=False)
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, serve_url="http://127.0.0.1:8000/", dirty=True)
    clean_site = tmp_path / "clean"
    (tmp_path / "c").mkdir()
    clean = mkdocs_config(tmp_path / "c", docs, clean_site)  # built in a process of its own: MkDocs
    assert mkdocs_build(clean).returncode == 0  # keeps one instance of each plugin per process
    assert (site / "search" / "search_index.json").read_bytes() == (clean_site / "search" / "search_index.json").read_bytes()

    pages = [p for p in sorted((docs / "sources").glob("*.md")) if p.stem != "index"][:2]
    for n, page in enumerate(pages):
        page.write_text(page.read_text(encoding="utf-8") + f"\nZqxsearchmarker{n} added.\n", encoding="utf-8")
    (docs / "notes.md").write_text("# Notes\n\nZqxnotesmarker.\n", encoding="utf-8")
    again = load_config(str(config), strict=False)
    build(again, serve_url="http://127.0.0.1:8000/", dirty=True)
    (docs / "notes.md").unlink()
    build(load_config(str(config), strict=False), serve_url="http://127.0.0.1:8000/", dirty=True)
    served = index_docs(site)
    assert len(served) == len(set(served))
    assert sum("Zqxsearchmarker0" in e for e in served) == 1 and sum("Zqxsearchmarker1" in e for e in served) == 1
    assert not any("Zqxnotesmarker" in e for e in served)
    shutil.rmtree(clean_site)
    assert mkdocs_build(clean).returncode == 0
    assert served == index_docs(clean_site)


class _Server:
    """What `on_serve` uses of MkDocs' LiveReloadServer."""

    def __init__(self, docs: Path) -> None:
        self._watched_paths = {str(docs): 1}
        self._rebuild_cond = threading.Condition()
        self._want_rebuild = False
        self.handlers: list[object] = []
        self.observer = types.SimpleNamespace(schedule=lambda handler, path, recursive: self.handlers.append((handler, path, recursive)))

    def unwatch(self, path: str) -> None:
        del self._watched_paths[path]


@pytest.mark.parametrize(("src", "dest", "rebuilds"), [
    (".dossier-cache/annotations/x.json", None, False),
    (".dossier-staging/sources/x.md", None, False),
    (".dossier-staging/sources/x.md", "sources/x.md", True),  # a staged page moved into place
    ("sources/x.md", None, True),
    (".dossier-manifest.json", None, True),
    ("notes.md", None, True),
])
def test_the_preview_watches_the_docs_folder_but_the_builders_own_folders(
    tmp_path: Path, src: str, dest: str | None, rebuilds: bool
) -> None:
    from builder.present.preview import PreviewPlugin

    docs = tmp_path / "docs"
    server = _Server(docs)
    PreviewPlugin().on_serve(server, config=types.SimpleNamespace(docs_dir=str(docs)), builder=None)
    assert str(docs) not in server._watched_paths
    (handler, path, recursive), = server.handlers
    assert (path, recursive) == (str(docs), True)
    event = types.SimpleNamespace(is_directory=False, src_path=str(docs / src), dest_path=str(docs / dest) if dest else "")
    handler.on_any_event(event)  # type: ignore[attr-defined]
    assert server._want_rebuild is rebuilds


def _watching(docs: Path) -> tuple[_Server, object]:
    from builder.present.preview import PreviewPlugin

    server = _Server(docs)
    PreviewPlugin().on_serve(server, config=types.SimpleNamespace(docs_dir=str(docs)), builder=None)
    (handler, _, _), = server.handlers
    return server, handler


def _moved_into_place(docs: Path, rel: str) -> object:
    return types.SimpleNamespace(is_directory=False, src_path=str(docs / ".dossier-staging" / rel), dest_path=str(docs / rel))


def test_a_rebuild_waits_until_the_builder_has_moved_every_page_into_place(tmp_path: Path) -> None:
    """The builder moves an edit's pages in one by one: the first move must not start a
    rebuild while the others are still to come (under load, MkDocs rebuilt twice for one
    edit, the first time from half of it)."""
    from builder import write

    docs = tmp_path / "docs"
    server, handler = _watching(docs)
    with write.lock(docs):
        (docs / write.STAGING / "sources").mkdir(parents=True)
        seen = threading.Thread(target=handler.on_any_event, args=(_moved_into_place(docs, "sources/a.md"),))  # type: ignore[attr-defined]
        seen.start()
        seen.join(0.5)
        assert seen.is_alive() and server._want_rebuild is False  # the builder is still writing
        shutil.rmtree(docs / write.STAGING)  # the write's last step
    seen.join(5)
    assert not seen.is_alive() and server._want_rebuild is True


def test_a_staging_folder_a_killed_build_left_does_not_hold_rebuilds_back(tmp_path: Path) -> None:
    from builder import write
    from builder.present.preview import writing

    docs = tmp_path / "docs"
    (docs / write.STAGING).mkdir(parents=True)
    (docs / write.LOCK).touch()  # the lock file stays; no process holds it
    server, handler = _watching(docs)
    assert writing(str(docs)) is False
    handler.on_any_event(_moved_into_place(docs, "sources/a.md"))  # type: ignore[attr-defined]
    assert server._want_rebuild is True
    with write.lock(docs):
        assert writing(str(docs)) is True
    assert writing(str(docs)) is False


def test_the_wait_for_the_builder_has_a_limit(tmp_path: Path) -> None:
    from builder import write
    from builder.present.preview import settle

    docs = tmp_path / "docs"
    with write.lock(docs):
        (docs / write.STAGING).mkdir()
        settle(str(docs), limit=0.2)  # returns: a builder stuck for good does not stop the preview

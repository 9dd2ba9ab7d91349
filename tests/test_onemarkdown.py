"""One Python-Markdown converter per build (`onemarkdown`): the site is byte for byte the
one MkDocs' own per-page converters make, in both URL styles, broken links are still
reported, and one converter serves every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.present import onemarkdown

from conftest import FIXTURE, hand_written_docs, mkdocs_build, mkdocs_config, run_builder


def _warnings(log: str) -> list[str]:
    return [line for line in log.splitlines() if line.startswith("WARNING")]


def _site(tmp_path: Path, docs: Path, name: str, plugin: bool, directory_urls: bool) -> tuple[Path, str]:
    (tmp_path / name).mkdir()
    config = mkdocs_config(tmp_path / name, docs, tmp_path / name / "site", directory_urls=directory_urls)
    text = config.read_text(encoding="utf-8")
    assert "  - dossier-markdown\n" in text
    if not plugin:
        config.write_text(text.replace("  - dossier-markdown\n", ""), encoding="utf-8")
    built = mkdocs_build(config)
    return tmp_path / name / "site", built.stderr if built.returncode == 0 else f"failed {built.returncode}: {built.stderr}"


@pytest.mark.slow
@pytest.mark.parametrize("directory_urls", [False, True])
def test_the_site_is_byte_for_byte_the_same_with_or_without_the_plugin(tmp_path: Path, directory_urls: bool) -> None:
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    built = run_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs), directory_urls=directory_urls)
    assert built.returncode == 0, built.stderr
    # a hand-written page with what a reused converter must not carry over to the next
    # page: a reference link definition, an abbreviation-free admonition, a table, a
    # heading whose id another page also uses
    (docs / "notes.md").write_text(
        "# Notes\n\n## Sources\n\nSee [the sources][s] and [home](index.md).\n\n[s]: sources/index.md\n\n"
        "!!! note \"Kept\"\n    A note.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Sources\n",
        encoding="utf-8",
    )
    (docs / "zzz.md").write_text("# Last\n\n## Sources\n\n[s]\n", encoding="utf-8")  # `[s]` is not a link here
    with_plugin, log_with = _site(tmp_path, docs, "with", True, directory_urls)
    without, log_without = _site(tmp_path, docs, "without", False, directory_urls)
    assert not log_with.startswith("failed") and _warnings(log_with) == _warnings(log_without)
    files = sorted(p.relative_to(without) for p in without.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(with_plugin) for p in with_plugin.rglob("*") if p.is_file())
    assert len([rel for rel in files if rel.suffix == ".html"]) >= 15
    for rel in files:
        assert (with_plugin / rel).read_bytes() == (without / rel).read_bytes(), rel
    last = (with_plugin / ("zzz/index.html" if directory_urls else "zzz.html")).read_text(encoding="utf-8")
    assert "<p>[s]</p>" in last and 'id="sources"' in last and 'id="sources_1"' not in last


@pytest.mark.slow
def test_broken_links_are_still_reported(tmp_path: Path) -> None:
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    built = run_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs))
    assert built.returncode == 0, built.stderr
    (docs / "notes.md").write_text("# Notes\n\n[gone](nowhere.md) and [no anchor](index.md#nothing-here)\n", encoding="utf-8")
    _, log = _site(tmp_path, docs, "with", True, False)
    assert log.startswith("failed") and "nowhere.md" in log and "nothing-here" in log


def test_one_converter_serves_every_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[object] = []
    real = onemarkdown.markdown.Markdown

    def counting(*args: object, **kwargs: object) -> object:
        made.append(None)
        return real(*args, **kwargs)

    monkeypatch.setattr(onemarkdown.markdown, "Markdown", counting)
    plugin = onemarkdown.OneMarkdownPlugin()
    assert plugin.active
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\nmarkdown_extensions: [toc, attr_list]\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(tmp_path / "site"))
    files = Files([File(f"{n}.md", str(docs), str(tmp_path / "site"), False) for n in ("a", "b", "c")])
    plugin.on_pre_build(config=config)
    made.clear()  # (loading the configuration makes one to check the extensions)
    for n, file in enumerate(files):
        page = Page(None, file, config)
        page.markdown = plugin.on_page_markdown(f"# Page {n}\n\n## Part {{ #part-{n} }}\n", page=page, config=config, files=files)
        page.render(config, files)
        page.content = plugin.on_page_content(page.content, page=page, config=config, files=files)
        assert page.content == f'<h1 id="page-{n}">Page {n}</h1>\n<h2 id="part-{n}">Part</h2>'
        assert page.title == f"Page {n}" and page.present_anchor_ids == {f"page-{n}", f"part-{n}"}
        assert "render" not in page.__dict__
    assert len(made) == 1

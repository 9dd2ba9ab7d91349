"""The theme's page-independent partials rendered once per folder (`partials`): the site
is byte for byte the theme's own, in both URL styles, and the partials are rendered far
fewer times than there are pages."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from builder.present import partials

from conftest import FIXTURE, hand_written_docs, mkdocs_build, mkdocs_config, run_builder


@pytest.mark.slow
@pytest.mark.parametrize("directory_urls", [False, True])
def test_the_site_is_byte_for_byte_the_same_with_or_without_the_plugin(
    tmp_path: Path, directory_urls: bool
) -> None:
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    built = run_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs), directory_urls=directory_urls)
    assert built.returncode == 0, built.stderr
    sites = {}
    for name, plugin in (("with", True), ("without", False)):
        (tmp_path / name).mkdir()
        config = mkdocs_config(tmp_path / name, docs, tmp_path / name / "site", directory_urls=directory_urls)
        text = config.read_text(encoding="utf-8")
        assert "  - dossier-partials\n" in text
        if not plugin:
            config.write_text(text.replace("  - dossier-partials\n", ""), encoding="utf-8")
        built = mkdocs_build(config)
        assert built.returncode == 0, built.stderr[-2000:]
        sites[name] = tmp_path / name / "site"
    files = sorted(p.relative_to(sites["without"]) for p in sites["without"].rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(sites["with"]) for p in sites["with"].rglob("*") if p.is_file())
    pages = [rel for rel in files if rel.suffix == ".html"]
    assert len(pages) >= 15
    for rel in files:
        assert (sites["with"] / rel).read_bytes() == (sites["without"] / rel).read_bytes(), rel
    assert any("md-nav__item--active" in (sites["with"] / rel).read_text(encoding="utf-8") for rel in pages)


def test_pages_in_the_navigation_and_page_less_templates_are_never_cached() -> None:
    plugin = partials.PartialsPlugin()
    in_nav = SimpleNamespace(url="sources/index.html")
    section = SimpleNamespace(title="S", children=[in_nav, SimpleNamespace(url="https://example.org/")])
    home = SimpleNamespace(url="index.html")
    plugin.on_nav(SimpleNamespace(pages=[home, in_nav], items=[home, section], homepage=home), config=None, files=None)
    assert plugin.addresses == ["index.html", "sources/index.html", "https://example.org/", "index.html"]
    assert plugin.key("partials/nav.html", {"page": in_nav, "base_url": ".."}) is None
    assert plugin.key("partials/nav.html", {"page": None, "base_url": "/"}) is None
    one = plugin.key("partials/nav.html", {"page": SimpleNamespace(url="sources/a.html"), "base_url": ".."})
    two = plugin.key("partials/nav.html", {"page": SimpleNamespace(url="sources/b.html"), "base_url": ".."})
    other = plugin.key("partials/nav.html", {"page": SimpleNamespace(url="people/a.html"), "base_url": ".."})
    assert one == two and one is not None and other is not None
    assert one[2] == ("../index.html", "index.html", "https://example.org/", "../index.html")
    assert other[2] != one[2]  # `sources/index.html` seen from people/
    # directory URLs: each page is a folder of its own, its siblings share the addresses
    deep = [plugin.key("partials/nav.html", {"page": SimpleNamespace(url=f"sources/{x}/"), "base_url": "../.."}) for x in "ab"]
    assert deep[0] == deep[1]


def test_each_partial_is_rendered_once_per_key() -> None:
    plugin = partials.PartialsPlugin()
    plugin.on_nav(SimpleNamespace(pages=[], items=[], homepage=None), config=None, files=None)
    calls = []

    def render(context: dict[str, object]) -> list[str]:
        calls.append(context["page"])
        return ["<nav>", str(context["base_url"]), "</nav>"]

    cached = plugin._cached("partials/nav.html", render)
    pages = [SimpleNamespace(url=f"sources/{n}.html") for n in range(5)] + [SimpleNamespace(url="x.html")]
    out = ["".join(cached({"page": page, "base_url": ".." if "/" in page.url else "."})) for page in pages]
    assert out == ["<nav>..</nav>"] * 5 + ["<nav>.</nav>"]
    assert len(calls) == 2

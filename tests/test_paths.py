"""Page paths and their addresses in both URL styles, from the one module that knows
them; the export's `page` fields give the site's default address."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder import paths


@pytest.mark.parametrize("page,plain,directory", [
    ("sources/2013-07-28-a.md", "sources/2013-07-28-a.html", "sources/2013-07-28-a/"),
    ("people/hun-sen.md", "people/hun-sen.html", "people/hun-sen/"),
    ("sources/index.md", "sources/index.html", "sources/"),
    ("claims/page-2.md", "claims/page-2.html", "claims/page-2/"),
    ("timeline.md", "timeline.html", "timeline/"),
    ("timeline/2013-07.md", "timeline/2013-07.html", "timeline/2013-07/"),
    ("index.md", "index.html", ""),
])
def test_url_in_both_styles(page: str, plain: str, directory: str) -> None:
    assert paths.url(page) == plain
    assert paths.url(page, directory_urls=False) == plain
    assert paths.url(page, directory_urls=True) == directory


def test_page_paths() -> None:
    assert paths.source_page("x") == "sources/x.md"
    assert paths.entity_page("person", "x") == "people/x.md"
    assert paths.entity_page("ship", "x") == "ships/x.md"
    assert paths.entity_page("bus", "x") == "buses/x.md"
    assert paths.version_page("b", "a") == paths.version_page("a", "b") == "versions/a--b.md"
    assert paths.page_names("sources", 0, 10) == ["sources/index.md"]
    assert paths.page_names("sources", 21, 10) == ["sources/index.md", "sources/page-2.md", "sources/page-3.md"]


def test_export_pages_are_the_sites_default_addresses_of_the_generated_pages(demo: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    for s in data["sources"]:
        assert s["page"] == paths.url(paths.source_page(s["id"])) == f"sources/{s['id']}.html"
        assert (demo / paths.source_page(s["id"])).is_file()
    for e in data["entities"]:
        assert e["page"] == paths.url(paths.entity_page(e["kind"], e["id"]))
        assert (demo / paths.entity_page(e["kind"], e["id"])).is_file()

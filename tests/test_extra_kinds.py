"""A kind of the author's own (`product`, `court-case`: README, "any other word is a kind
of its own, with its own folder") has a section like the builder's kinds: in the
navigation after them, on the home page's list and in its highlight legend (fresh-user
reviews s15a #14 and s15b #16: products and events had pages no menu reached, shown in
a colour the legend did not explain). Expected values worked out by hand."""

from __future__ import annotations

from pathlib import Path

import yaml
from test_fresh_court_case import _Inherit, _seeds

from builder import pipeline
from builder.paths import kind_order

ENTITIES = """\
- id: vela-dairy
  kind: organisation
  name: Vela Dairy
  summary: A cheese maker.
- id: soft-brie
  kind: product
  name: Soft Brie
  summary: A cheese the recall covers.
- id: vela-appeal
  kind: court-case
  name: Vela Appeal
  summary: The dairy's appeal.
"""
SOURCE = "Recall widens\n\nVela Dairy recalled Soft Brie on Monday. The Vela Appeal opens in May.\n"


def test_kind_order_puts_the_builder_kinds_first_then_the_others_alphabetically() -> None:
    assert kind_order({"ship", "place", "person", "court-case"}) == ["person", "place", "court-case", "ship"]
    assert kind_order([]) == []


def test_an_authors_kind_is_in_the_navigation_the_home_page_and_the_legend(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, {"recall.txt": SOURCE, "entities.yml": ENTITIES,
                              "sources.yml": "recall.txt:\n  title: Recall widens\n  published: 2025-03-04\n"})
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    settings = yaml.load((docs / ".dossier-site.yml").read_text(encoding="utf-8"), Loader=_Inherit)
    nav = [next(iter(item.items())) for item in settings["nav"]]
    assert nav[2:5] == [("Organisations", "organisations/index.md"), ("Court cases", "court-cases/index.md"),
                        ("Products", "products/index.md")]
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert "**[Organisations](organisations/index.md)**, **[Court cases](court-cases/index.md)** and " \
           "**[Products](products/index.md)**" in home
    assert "[Court case](court-cases/index.md){ .entity .entity-court-case }" in home
    assert "[Product](products/index.md){ .entity .entity-product }" in home
    assert (docs / "products" / "soft-brie.md").is_file()

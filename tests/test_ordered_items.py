"""An ordered list's item in a Markdown source keeps the number its author wrote as its
text, so the page must not add a bullet beside it (fresh-user review s15d #16: "• 1. A
state of emergency …"). Bulleted items keep their bullet. Checked on the builder's
Markdown, rendered as MkDocs renders it (Python-Markdown with attr_list)."""

from __future__ import annotations

from pathlib import Path

import markdown

from builder import pipeline

from conftest import ROOT

DECREE = ("---\ntitle: Decree summary\npublished: 2025-08-13\n---\n# Decree 14/2025\n\nThe decree says:\n\n"
          "1. A state of emergency is declared.\n2. Burning is banned.\n\n- a bullet item\n")


def test_an_ordered_item_has_no_bullet_and_a_bulleted_one_keeps_it(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "decree.md").write_text(DECREE, encoding="utf-8")
    pipeline.build(pipeline.Options(seeds, tmp_path / "docs", jobs=1))
    (page,) = (tmp_path / "docs" / "sources").glob("2025-08-13-*.md")
    html = markdown.markdown(page.read_text(encoding="utf-8"), extensions=["attr_list", "md_in_html"])
    assert html.count('class="para numbered"') == 2, html
    assert '<p class="para" id="p-5">' in html or 'class="para" id="p-5"' in html, html
    assert "1&#46; A state of emergency is declared." in html or "1. A state of emergency is declared." in html
    css = (ROOT / "docs" / "assets" / "dossier.css").read_text(encoding="utf-8")
    assert ".md-typeset li:has(> p.para.numbered) { list-style: none; }" in css

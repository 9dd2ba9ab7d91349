"""What a journalist's invented court-case dossier showed (session 12 review: a wage claim
against a haulage company, two wire copies, a web page, a court statement and a PDF
judgment), each failure as a kind with a test. Every name is invented; expected values
were worked out by hand."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import call_builder


# ---- search: a source page's date line and byline line are two lines of the teaser


def test_search_teaser_keeps_the_date_and_the_byline_apart(demo: Path, demo_site: Path) -> None:
    """The metadata's two lines are two paragraphs of the search text, so a result shows
    "published 28 July 2013" and "By A. Writer · file ..." on their own lines, never
    "28 July 2013By A. Writer" or "28 July 2013 By A. Writer" run together."""
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    index = json.loads((demo_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = {doc["location"]: doc["text"] for doc in index["docs"]}
    for s in data["sources"]:
        page = text[f"sources/{s['id']}/"]
        assert re.search(rf"published \d{{1,2}} \w+ \d{{4}}[^<]*</p>\s*<p>[^<]*file {re.escape(s['file'])} · ", page), page[:400]


def test_a_wire_copy_without_an_outlet_is_headed_by_its_agency(tmp_path: Path) -> None:
    """"Norland Press (wire copy; outlet not known)", not "Outlet not known · Norland Press"."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The Kell Bakers' Cooperative filed for insolvency on Monday.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("The tribunal heard the dockers' claim on Friday.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Bakers file for insolvency\n  agency: Kell Press\n  published: 2025-03-03\n"
        "b.txt:\n  title: Dockers' claim heard\n  outlet: Avel Courier\n  agency: Kell Press\n  published: 2025-03-04\n",
        encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    (seeds / "dossier.yml").write_text("title: Kell\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    a = (docs / "sources" / "2025-03-03-bakers-file-for-insolvency.md").read_text(encoding="utf-8")
    b = (docs / "sources" / "2025-03-04-dockers-claim-heard.md").read_text(encoding="utf-8")
    assert "**Kell Press** (wire copy; outlet not known) · published" in a and "Outlet not known" not in a
    assert "**Avel Courier** · Kell Press · published" in b

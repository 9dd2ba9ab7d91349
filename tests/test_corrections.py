"""Correcting the timeline: the review page (`--drafts`) lists every timeline entry
with its id, the id `events.yml` needs to retitle, drop or merge it (review s10: L6;
before, the ids were only in `data/dossier.json` and the entries' anchors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import call_builder


@pytest.mark.slow
def test_review_page_lists_each_timeline_entry_with_its_id_and_a_retitle_uses_it(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "crews.txt").write_text(
        "Ferry crews at Norwick walked out on Monday.\n\nThe ferry trust said on Tuesday it would meet the crews.\n",
        encoding="utf-8")
    (seeds / "sources.yml").write_text("crews.txt: {title: Crews walk out, published: 2024-05-08}\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--drafts").returncode == 0
    events = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))["events"]
    assert len(events) == 2
    review = (docs / "review" / "index.md").read_text(encoding="utf-8")
    assert "## Timeline entries" in review
    for ev in events:
        rows = [line.replace("&#45;", "-") for line in review.splitlines() if line.startswith("| ")]
        row = next(line for line in rows if f"| {ev['id']} |" in line)
        assert f"| {ev['title']} | 1 |" in row, row
    first = events[0]
    (seeds / "events.yml").write_text(f"- id: {first['id']}\n  title: Crews strike\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--drafts").returncode == 0
    retitled = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))["events"]
    assert [e["title"] for e in retitled if e["id"] == first["id"]] == ["Crews strike"]
    assert "| Crews strike | 1 |" in (docs / "review" / "index.md").read_text(encoding="utf-8")

"""An invented wire-style dossier (tests/fixtures/wirebankruptcy: five articles over two weeks
about one company's bankruptcy) built from nothing with `--discover`, and its timeline as a
reader should find it, derived by hand:

- the articles' own date lines ("March 09, 2011" as a paragraph) are dates, not events;
- the filing, reported by all five articles on the same day in different words ("sought
  court protection from its creditors", "filed for Chapter 11 bankruptcy protection",
  "which filed for bankruptcy on March 7"), is one entry citing every source;
- an opinion in quotes ("saw this coming in January") and a comparison ("compared to
  April of 2010", "the largest ... since 2009") are dates, not events;
- plans are put forward: "should be completed in May", "by June", "is set for April 12";
- titles are short whole clauses, never cut with "…", with no attribution left on them.

Dates: b.txt is published Monday 7 March 2011, c.txt Tuesday 8 March, a.txt Wednesday 9
March, d.txt Thursday 10 March, e.txt Monday 21 March. "on Monday" in b, c and a is 7
March; "last week" in b is ISO week 9 (28 February - 6 March); "on Friday" in e is 18 March.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from builder import pipeline

WIRE = Path(__file__).parent / "fixtures" / "wirebankruptcy"

EXPECTED = [
    ("2011-W09", "Talks between the company and its lenders collapsed", ["b"]),
    ("2011-03-07", "Hollis Brook Textiles sought court protection from its creditors", ["a", "b", "c", "d", "e"]),
    ("2011-03-08", "The company's shares fell 40 percent", ["c"]),
    ("2011-03-18", "A bankruptcy judge in Wilmington approved a $40 million loan", ["e"]),
    ("2011-04-12", "A hearing on the sale of the dyeing unit is set", ["e"]),
    ("2011-05", "The sale of its dyeing unit to Marlow Group should be completed", ["a"]),
    ("2011-06", "Hollis Brook Textiles will close its mills in Carden and Ashby", ["d"]),
]
"""(date, title, sources by file) of every timeline entry, in order."""

NOT_EVENTS = {
    ("March 07, 2011", "2011-03-07", "dateline"), ("March 08, 2011", "2011-03-08", "dateline"),
    ("March 09, 2011", "2011-03-09", "dateline"), ("March 10, 2011", "2011-03-10", "dateline"),
    ("March 21, 2011", "2011-03-21", "dateline"),
    ("January", "2011-01", "quote"), ("April of 2010", "2010-04", "comparison"), ("2009", "2009", "comparison"),
}
"""(text, value, role) of the dates that are no event."""


def test_the_wire_dossiers_timeline_reads_right(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(WIRE, seeds)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, discover=True))
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    file_of = {s["id"]: s["file"].removesuffix(".txt") for s in data["sources"]}
    timeline = [(e["date"], e["title"], sorted({file_of[c["source"]] for c in e["citations"]})) for e in data["events"]]
    assert timeline == EXPECTED
    assert all("…" not in title and len(title.split()) <= 12 for _, title, _ in timeline)
    not_events = {(d["text"], d["value"], d["role"]) for d in data["dates"] if d["role"] != "event"}
    assert not_events == NOT_EVENTS
    page = (docs / "timeline.md").read_text(encoding="utf-8")
    assert "March 09, 2011" not in page

"""Three invented wire-style dossiers (tests/fixtures/wire3: a grocer's bankruptcy, a dock
strike, a bribery trial; four short articles each) built from nothing with `--discover`,
read as a journalist would read their timelines. Expected entries derived by hand:

- bank: a.txt is published Monday 3 March 2014, b.txt Tuesday 4 March, c.txt Monday 10
  March, d.txt Tuesday 20 May. The filing is told four ways ("filed for Chapter 11
  bankruptcy protection on Monday", "sought protection from its creditors on Monday",
  "which filed for bankruptcy on March 3", "filed for Chapter 11 protection in March"): one
  entry citing all four. The judge's loan on Tuesday 4 March (b: "Judge X approved a $200
  million loan", c: "a bankruptcy judge approved $200 million in emergency financing"):
  one entry citing both, though c names no one.
- strike: a.txt Tuesday 6 October 2015, b.txt Wednesday 7, c.txt Friday 9, d.txt Friday 16.
  The walkout on Monday 5 October ("went on strike", "The union began its strike", "a
  strike that began on October 5"): one entry; the talks that broke down on Thursday 8
  October (c, and d's "Talks had broken down on October 8", which names no one): one
  entry, apart from b's forecast that the port authority would meet union leaders that
  day (another happening, the same day and the same authority).
- court: a.txt and b.txt Tuesday 2 February 2016, c.txt Wednesday 10 February, d.txt
  Tuesday 15 March. The trial's opening on Monday 1 February ("opened", "went on trial",
  "The trial, which began on February 1", "went on trial on February 1"): one entry; the
  not-guilty plea the same day, by the same man, stays apart. "between 2008 and 2012" is
  one span, not two events.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from builder import pipeline

WIRE3 = Path(__file__).parent / "fixtures" / "wire3"

EXPECTED = {
    "bank": [
        ("2014-03-03", "Harlow Foods Inc filed for Chapter 11 bankruptcy protection", ["a", "b", "c", "d"]),
        ("2014-03-04", "Judge Peter Kline approved a $200 million loan to keep the stores open", ["b", "c"]),
        ("2014-04", "Harlow Foods closed 40 of its stores", ["c", "d"]),
        ("2013-10/2013-12", "Sales fell 14 percent", ["a"]),
    ],
    "strike": [
        ("2015-10-05", "About 3,000 dock workers at Port Vellan went on strike over pay", ["a", "c", "d"]),
        ("2015-10-08", "Talks between the Port Vellan Authority and the Harbour Workers Union broke down", ["c", "d"]),
        ("2015-10-08", "The Port Vellan Authority would meet union leaders", ["b"]),
        ("2015-10-15", "The Harbour Workers Union and the Port Vellan Authority signed the deal", ["d"]),
    ],
    "court": [
        # (s14: a subject too long for the title loses its last postmodifier, not the verb's own phrase)
        ("2016-02-01", "The trial of former Keston mayor Daniel Orme opened at Keston Crown Court", ["a", "b", "c", "d"]),
        ("2016-02-01", "Orme pleaded not guilty to six counts of bribery", ["b"]),
        ("2008/2012", "Prosecutors say Orme took 400,000 pounds in bribes from builders", ["a"]),
        ("2016-02-09", "A builder told Keston Crown Court he paid former mayor Daniel Orme 50,000 pounds", ["c"]),
    ],
}
"""(date, title, sources by file) of timeline entries each dossier must hold."""

NOT_EVENTS = {
    "bank": {("March 3, 2014", "dateline"), ("a year earlier", "comparison"), ("1998", "comparison"),
             ("2000s", "description")},
    "strike": {("October 6, 2015", "dateline"), ("a year earlier", "comparison")},
    "court": {("February 2, 2016", "dateline"), ("March 15, 2016", "dateline")},
}
"""(text, role) of dates each dossier must keep off its timeline, with the reason."""


@pytest.mark.slow
@pytest.mark.parametrize("story", sorted(EXPECTED))
def test_one_entry_per_happening_with_whole_titles(story: str, tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(WIRE3 / story, seeds)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, discover=True))
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    file_of = {s["id"]: s["file"].removesuffix(".txt") for s in data["sources"]}
    timeline = [(e["date"], e["title"], sorted({file_of[c["source"]] for c in e["citations"]})) for e in data["events"]]
    for entry in EXPECTED[story]:
        assert entry in timeline
    assert all("…" not in title and len(title.split()) <= 15 for _, title, _ in timeline)  # 15 when a figure ends the clause (titles18)
    roles = {(d["text"], d["role"]) for d in data["dates"]}
    assert NOT_EVENTS[story] <= roles
    assert not [e for e in data["events"] if e["title"][:3] in ("Mar", "Oct", "Feb", "May")]  # no date line is an event

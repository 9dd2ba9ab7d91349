"""The demo timeline: the happenings a historian expects, each at the right date and cited."""

from __future__ import annotations

import json
from pathlib import Path

from builder.timex import show_date, sort_key


def events(demo: Path) -> list[dict]:  # type: ignore[type-arg]
    return json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))["events"]


def cited_files(demo: Path, event: dict) -> set[str]:  # type: ignore[type-arg]
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    prefix = {s["id"]: s["file"][:3] for s in data["sources"]}
    return {prefix[c["source"]] for c in event["citations"]}


def test_election_day_is_one_event_citing_five_sources(demo: Path) -> None:
    day = [e for e in events(demo) if e["date"] == "2013-07-28" and e["title"].startswith("General election")]
    assert len(day) == 1
    # 000-002 and 004 date it to the day; 003's "since the July election" names the same
    # election by its month (a compatible date, the same noun) and joins it.
    assert cited_files(demo, day[0]) == {"000", "001", "002", "003", "004"}
    assert day[0]["precision"] == "day"


EXPECTED = [
    ("1993", "year", "First free election"),
    ("1997", "year", "bloody coup"),
    ("2013-07-19", "day", "returns from exile"),
    ("2013-08-12", "day", "official results"),
    ("2013-09-08", "day", "Final results"),
    ("2013-09-15", "day", "demonstrations"),
]


def test_key_events_at_their_dates(demo: Path) -> None:
    all_events = events(demo)
    for date, precision, words in EXPECTED:
        match = [e for e in all_events if e["date"] == date and words in e["title"]]
        assert len(match) == 1, (date, words)
        assert match[0]["precision"] == precision and match[0]["citations"]


def test_events_are_sorted_and_ids_unique(demo: Path) -> None:
    all_events = events(demo)
    ids = [e["id"] for e in all_events]
    assert len(ids) == len(set(ids))
    keys = [(sort_key(e["date"]), e["id"]) for e in all_events]
    assert keys == sorted(keys), "events are not in the order of their start dates"
    # the first is 1993: the 1975-79 "Killing Fields" rule is a description of a period, no event
    assert keys[0][0].startswith("1993")


def test_timelinejs_format(demo: Path) -> None:
    text = (demo / "data" / "timeline.json").read_text(encoding="utf-8")
    data = json.loads(text)
    # Assembled from slides encoded one by one: exactly what json writes for the whole.
    assert text == json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
    assert data["events"]
    for slide in data["events"]:
        assert set(slide["start_date"]) <= {"year", "month", "day"} and "year" in slide["start_date"]
        assert slide["text"]["headline"] and "<" not in slide["text"]["text"].replace("&lt;", "")
    week = [s for s in data["events"] if s["unique_id"].startswith("2013-W32")]
    assert week and week[0]["start_date"] == {"year": "2013", "month": "08", "day": "05"}


def test_show_date() -> None:
    assert show_date("2013-07-28", "day") == "28 July 2013"
    assert show_date("2013-07", "month") == "July 2013"
    assert show_date("2013-W32", "week") == "week of 5 August 2013"
    assert show_date("1975/1979", "range") == "1975–1979"
    assert show_date("2013-09-14/2013-09-15", "range") == "14–15 September 2013"
    assert show_date("2009-07/2009-09", "quarter") == "Q3 2009"
    assert show_date("2009-01/2009-06", "half") == "first half of 2009"
    assert show_date("2008-09/2008-11", "season") == "autumn 2008"
    assert show_date("2008-12/2009-02", "season") == "winter 2008–2009"
    assert show_date("1990/1999", "decade") == "1990s"


def test_profile_has_its_own_timeline(demo: Path) -> None:
    page = (demo / "people" / "sam-rainsy.md").read_text(encoding="utf-8")
    assert "## Timeline" in page and "returns from exile" in page


def test_periods_longer_than_a_month_sit_under_their_year_not_their_first_month() -> None:
    # review finding fresh9 5: "Q1 2025" was filed under "January 2025"
    from builder.model import Event
    from builder.present.listings import _timeline_groups

    def event(date: str, precision: str) -> Event:
        return Event(id=date, date=date, precision=precision, title=date, summary="", entities=(), citations=())

    groups = _timeline_groups((
        event("2025-01/2025-03", "quarter"), event("2025-01", "month"), event("2025-01/2025-06", "half"),
        event("2025-03/2025-05", "season"), event("2025-03-01/2025-03-02", "range"), event("2025-02-27/2025-03-03", "range"),
    ))
    assert [(year, [(month, [e.id for e in evs]) for month, evs in months]) for year, months in groups] == [
        ("2025", [
            ("January 2025", ["2025-01"]),
            ("March 2025", ["2025-03-01/2025-03-02"]),
            # after the months, under their own heading: a quarter first put July before February
            # (seen in the recall dossier's timeline, session 9)
            ("Longer periods in 2025", ["2025-01/2025-03", "2025-01/2025-06", "2025-03/2025-05", "2025-02-27/2025-03-03"]),
        ]),
    ]
    # a year with no month of its own: its events straight under the year's heading
    only = _timeline_groups((event("2024", "year"), event("2024-07/2024-09", "quarter")))
    assert [(year, [(month, [e.id for e in evs]) for month, evs in months]) for year, months in only] == [
        ("2024", [("", ["2024", "2024-07/2024-09"])]),
    ]


def test_places_are_where_and_the_others_who_on_the_timeline(tmp_path: Path) -> None:
    # review finding fresh9 6: "Who:" listed places
    import shutil

    from builder import pipeline

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(Path(__file__).parent / "fixtures" / "wirebankruptcy", seeds)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, discover=True))
    page = (docs / "timeline.md").read_text(encoding="utf-8")
    whos = [line for line in page.splitlines() if line.startswith("<p><small>Who: ")]
    wheres = [line for line in page.splitlines() if line.startswith("<p><small>Where: ")]
    assert whos and wheres
    assert not any("entity-place" in line for line in whos)
    assert all("entity-place" in line and "entity-organisation" not in line for line in wheres)


def test_an_event_counts_each_source_once_however_many_of_its_paragraphs_report_it(demo: Path) -> None:
    # review s13: the demo's 1993 entry said "Sources (3)" for two paragraphs of one
    # source and one of another; the paragraphs of one source now follow its title
    from builder.model import Citation
    from builder.present.listings import by_source

    cites = (Citation("a", 11), Citation("b", 12), Citation("a", 14), Citation("a", 11))
    assert by_source(cites) == [("a", (11, 14)), ("b", (12,))]
    page = (demo / "timeline.md").read_text(encoding="utf-8")
    event = page.split('id="e-1993-after-his-party-ran-second-in"')[1].split("</div>")[0]
    line = next(x for x in event.splitlines() if x.startswith("<p><small>Sources"))
    assert line.startswith("<p><small>Sources (2): ")
    assert line.count("¶") == 3 and line.count("<a ") == 3
    assert "major gains, ¶11</a>, <a " in line and ">¶14</a>; <a " in line

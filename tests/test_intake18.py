"""Source intake, round 18: a source listed nowhere is titled by its headline, not by
the line that dates it, and a release banner's embargo day is its publication day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.annotate import opening
from builder.read.text import make_source

from conftest import call_builder


@pytest.mark.parametrize("date_line", [
    "March 09, 2011",
    "9 March 2011",
    "PUBLISHED 12 March 2024",
    "Published: 12 March 2024",
    "Dated: 9 April 2025",
    "Issued on 3 March 2025",
])
def test_a_date_line_opening_a_file_is_no_title(date_line: str) -> None:
    source = make_source("a.txt", f"{date_line}\n\nDockers walk out at Avel\n\nThe dockers stopped work.\n", {}, "a")
    assert source.title == "Dockers walk out at Avel"
    assert opening.date_only(date_line)


@pytest.mark.parametrize("headline", [
    "Strike set for 19 July 2024",
    "March 9: the day the port stopped",
    "Dockers walk out on 9 March 2011 at Avel",
    "2011",
])
def test_a_headline_with_a_date_in_it_stays_the_title(headline: str) -> None:
    assert not opening.date_only(headline)
    assert make_source("a.txt", f"{headline}\n\nThe dockers stopped work.\n", {}, "a").title == headline


@pytest.mark.parametrize(("banner", "day"), [
    ("EMBARGOED UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022", "2022-11-17"),
    ("NOT FOR RELEASE UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022", "2022-11-17"),
    ("Embargoed: 09:00 1 May 2024", "2024-05-01"),
    ("EMBARGOED UNTIL 10:00 GMT 3 MARCH", ""),  # no year: no day to publish on
    ("FOR IMMEDIATE RELEASE", ""),
    ("Dockers walk out on 9 March 2011", ""),  # no banner
])
def test_a_release_banner_dates_its_release(banner: str, day: str) -> None:
    assert opening.release_date(banner) == day
    text = f"{banner}\n\nPort agrees pay deal\n\nThe port agreed a pay deal with dockers on Wednesday.\n"
    assert opening.opening(text).published == day  # what `add` proposes


def test_an_unlisted_sources_title_and_day_come_from_its_headline_and_banner(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text("{}\n", encoding="utf-8")
    (seeds / "a.txt").write_text("March 09, 2011\n\nHarbour workers walk out\n\nDockers stopped work on Tuesday.\n",
                                 encoding="utf-8")
    (seeds / "c.txt").write_text("EMBARGOED UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022\n\nPort agrees pay deal\n\n"
                                 "The port of Avel agreed a pay deal with dockers on Wednesday.\n", encoding="utf-8")
    done = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert done.returncode == 0, done.stderr
    assert "c.txt: no 'published' in sources.yml; taken from its release banner (2022-11-17)" in done.stderr
    data = json.loads((tmp_path / "docs" / "data" / "dossier.json").read_text(encoding="utf-8"))
    shown = {s["file"]: (s["title"], s["published"]) for s in data["sources"]}
    assert shown == {"a.txt": ("Harbour workers walk out", "2011-03-09"), "c.txt": ("Port agrees pay deal", "2022-11-17")}
    assert [(e["date"], e["citations"][0]["source"]) for e in data["events"]] == [
        ("2011-03-08", "harbour-workers-walk-out"), ("2022-11-16", "port-agrees-pay-deal")]

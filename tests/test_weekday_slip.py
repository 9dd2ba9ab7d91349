"""A weekday written before a day date that the calendar contradicts ("on Friday, July 30,
2013": the 30th was a Tuesday): the written date is the record, the build warns naming the
file and line, and the review page lists it. Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.weekdays import weekday_slip, weekday_slips

from conftest import call_builder


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The union walked out on Friday, July 30, 2013.", "Friday (30 July 2013 was a Tuesday)"),
    ("The hearing opened on Tuesday 3 March 2014.", "Tuesday (3 March 2014 was a Monday)"),
    ("The hearing opened on Monday 3 March 2014.", None),
    ("The court sat on Wednesday, March 5, 2014, in Dunmore.", None),
    ("The firm filed for administration on Sunday, 2 March 2014.", None),
    ("The plant closed on Thursday.", None),
    ("The plant closed on July 30, 2013.", None),
])
def test_a_weekday_that_does_not_match_its_date_is_noted(sentence: str, expected: str | None) -> None:
    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2014, 3, 10))
    slips = [s for s in (weekday_slip(d) for d in found) if s]
    assert slips == ([expected] if expected else [])
    if expected:
        (date,) = found  # one date, the written one
        assert date.text.startswith(expected.split()[0]) and date.value[8:] == expected.split()[1].strip("(").zfill(2)


def test_slips_name_their_file_line_and_paragraph() -> None:
    text = "Title\n\nDUNMORE\n\nThe strike began on Friday, July 30, 2013, at the docks.\n"
    start = text.index("The strike")
    dates = find_dates(text, start, len(text) - 1, 3, dt.date(2013, 8, 2))
    (slip,) = weekday_slips([("s-1", "a.txt", text, dates)])
    assert (slip.source, slip.file, slip.line, slip.paragraph, slip.text) == ("s-1", "a.txt", 5, 3, "Friday, July 30, 2013")


def test_a_build_warns_of_a_weekday_slip_and_the_review_page_lists_it(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Dockers walk out\n  published: 2013-08-02\n"
        "b.txt:\n  title: Talks resume\n  published: 2013-08-09\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("# none\n", encoding="utf-8")
    (seeds / "a.txt").write_text(
        "Dockers walk out\n\nDockers at Port Avel walked out on Friday, July 30, 2013, over pay.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Talks resume\n\nTalks between the dockers and the port resumed on Tuesday.\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--drafts", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    (line,) = [w for w in result.stderr.splitlines() if "weekday" in w]
    assert line == (f"warning: {seeds / 'a.txt'}:3: 'Friday, July 30, 2013': the weekday does not match the date: "
                    "Friday (30 July 2013 was a Tuesday); dated by the written date")
    page = (docs / "review" / "index.md").read_text(encoding="utf-8")
    assert "## Dates to check" in page and "30 July 2013 was a Tuesday" in page and "(line 3)" in page
    # the right weekday in b.txt gives no warning; the written date is the event's
    assert "b.txt" not in line

"""Review s20 (e#3, e#15, f#13): a numeric date line read in the dossier's order or left
to the user; a work's title is no quote; words a document says are not its critic's."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.annotate import events, numeric, opening
from builder.read.text import make_source

from conftest import call_builder

GAZETTE = ("Man charged over museum theft\n\nBy Ada Kerr, Crime Correspondent\n\n02/04/2027\n\n"
           "A man was charged with burglary on Tuesday.\n")


def _line_date(text: str, language: str) -> tuple[str, list[str]]:
    either: list[str] = []
    source = make_source("a.txt", text, {"skip": [1, 2, 3]}, "a", language=language)
    return events.dateline_date(source, either), either


@pytest.mark.parametrize(("language", "day", "either"), [
    ("en-GB", "2027-04-02", []),  # review s20 e#3: British day first
    ("en-AU", "2027-04-02", []),
    ("fr", "2027-04-02", []),
    ("en-US", "2027-02-04", []),
    ("en", "", ["2027-04-02", "2027-02-04"]),  # CLDR's regions of English disagree: left to the user
    ("", "", ["2027-04-02", "2027-02-04"]),
])
def test_a_numeric_date_line_follows_the_dossier_language(language: str, day: str, either: list[str]) -> None:
    assert _line_date(GAZETTE, language) == (day, either)


@pytest.mark.parametrize(("line", "day"), [
    ("23/11/2026", "2026-11-23"),  # a number above 12 is the day, in any language
    ("11/23/2026", "2026-11-23"),
    ("04/04/2027", "2027-04-04"),  # either reading is the same day
])
def test_a_numeric_date_line_that_tells_its_order_is_read_whatever_the_language(line: str, day: str) -> None:
    assert _line_date(GAZETTE.replace("02/04/2027", line), "en") == (day, [])


def test_the_source_own_dates_order_its_date_line() -> None:
    # a recall notice dated 05/06/2025 that also writes 14/05/2025: its writer puts the day first
    text = ("Recall of kettles\n\nBy Ada Kerr\n\n05/06/2025\n\n"
            "The maker recalled the kettles sold from 14/05/2025 onwards.\n")
    assert _line_date(text, "en") == ("2025-06-05", [])


def test_undecided_gives_both_readings_day_first() -> None:
    assert numeric.undecided("02/04/2027", "") == ("2027-04-02", "2027-02-04")
    assert numeric.undecided("02/04/27", "") == ("2027-04-02", "2027-02-04")
    assert numeric.undecided("02/04/2027", "dm") == ()
    assert numeric.undecided("13/04/2027", "") == ()
    assert numeric.undecided("2 April 2027", "") == ()


def test_the_suggested_skip_covers_a_date_line_under_the_byline() -> None:
    said = opening.opening(GAZETTE)
    assert said.skip == (1, 2, 3)
    # a merger story with no byline: headline, date line, text
    assert opening.opening("Merger cleared\n\n14 May 2025\n\nThe regulator cleared the merger.\n").skip == (1, 2)


def _seeds(tmp_path: Path, language: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "dossier.yml").write_text(f"title: Court case\nlanguage: {language}\n" if language else "title: Court case\n")
    (tmp_path / "ruling.txt").write_text(GAZETTE.replace("museum theft", "fraud at the crown court"))
    return seeds


@pytest.mark.parametrize(("language", "published"), [("en-GB", "2027-04-02"), ("en-US", "2027-02-04")])
def test_add_prints_the_day_the_build_reads(tmp_path: Path, language: str, published: str) -> None:
    seeds = _seeds(tmp_path, language)
    added = call_builder("add", "--seeds", str(seeds), "--append", str(tmp_path / "ruling.txt"))
    assert added.returncode == 0, added.stderr
    assert f'  published: "{published}"\n' in (seeds / "sources.yml").read_text()
    assert "  skip: [1, 2, 3]\n" in (seeds / "sources.yml").read_text()
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0 and "date line" not in checked.stderr, checked.stderr  # the build agrees


def test_add_leaves_an_undecided_date_line_to_the_user(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "")
    added = call_builder("add", "--seeds", str(seeds), str(tmp_path / "ruling.txt"))
    assert added.returncode == 0, added.stderr
    assert "  published:" not in added.stdout.replace("  # published:", "")
    assert ("  # published: YYYY-MM-DD    # its date line may be 2027-04-02 (day first) or 2027-02-04 (month first)"
            in added.stdout), added.stdout


def test_the_build_warns_of_an_undecided_date_line_unless_published_settles_it(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "")
    (seeds / "ruling.txt").write_text(GAZETTE)
    (seeds / "sources.yml").write_text("ruling.txt:\n  title: Fraud case\n  published: 2027-04-03\n  skip: [1, 2, 3]\n")
    checked = call_builder("check", "--seeds", str(seeds))
    assert "its date line may be 2027-04-02 (day first) or 2027-02-04 (month first)" in checked.stderr
    (seeds / "sources.yml").write_text("ruling.txt:\n  title: Fraud case\n  published: 2027-04-02\n  skip: [1, 2, 3]\n")
    checked = call_builder("check", "--seeds", str(seeds))
    assert "date line" not in checked.stderr, checked.stderr


"""A wire story's date line ("AVEL, 03/04/2027 (Reuters) - ...") is read in the dossier's
numeric order, by the build and by `add` alike (attack review s20 #1: it was always read
month first, so an en-GB dossier's "Monday" landed a month off, and `add` proposed that
day). Every sentence is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.annotate.opening import wire_day

from conftest import call_builder

WIRE = "Talks resume\n\nAVEL, 03/04/2027 (Reuters) - The two sides met on Monday and agreed to talk again.\n"


@pytest.mark.parametrize(("language", "day", "either"), [
    ("en-GB", "2027-04-03", []),
    ("fr", "2027-04-03", []),
    ("en-US", "2027-03-04", []),
    ("en", "", ["2027-04-03", "2027-03-04"]),  # nothing orders it: left to the user
])
def test_a_numeric_wire_date_line_is_read_in_the_languages_order(language: str, day: str, either: list[str]) -> None:
    both: list[str] = []
    assert wire_day(WIRE, WIRE.split("\n\n"), language, both) == day
    assert both == either


@pytest.mark.parametrize(("paragraphs", "day"), [
    (["Talks resume", "AVEL, 13/04/2027 (Reuters) - Talks resumed."], "2027-04-13"),  # 13 can only be the day
    (["Talks resume", "AVEL, April 3, 2027 (Reuters) - Talks resumed."], "2027-04-03"),  # written out: no order needed
    (["Talks resume", "The two sides met on Monday."], ""),  # no date line
    (["A", "B", "C", "AVEL, 03/04/2027 (Reuters) - Late."], ""),  # a date line opens one of the first three only
])
def test_a_wire_date_line_is_found_in_the_first_paragraphs(paragraphs: list[str], day: str) -> None:
    assert wire_day("\n\n".join(paragraphs), paragraphs, "en", []) == day


def _seeds(tmp_path: Path, language: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "dossier.yml").write_text(f"title: Talks\nlanguage: {language}\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    (seeds / "wire.txt").write_text(WIRE, encoding="utf-8")
    (seeds / "sources.yml").write_text("wire.txt:\n  title: Talks resume\n", encoding="utf-8")
    return seeds


@pytest.mark.parametrize(("language", "published", "monday"), [
    ("en-GB", "2027-04-03", "2027-03-29"),
    ("en-US", "2027-03-04", "2027-03-01"),
])
def test_the_build_and_add_read_one_day(tmp_path: Path, language: str, published: str, monday: str) -> None:
    seeds = _seeds(tmp_path, language)
    built = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert built.returncode == 0, built.stderr
    assert f"taken from its date line ({published})" in built.stderr
    data = json.loads((tmp_path / "docs" / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert data["sources"][0]["published"] == published
    assert [d["value"] for d in data["dates"] if d["text"] == "Monday"] == [monday]
    (seeds / "sources.yml").write_text("", encoding="utf-8")
    added = call_builder("add", "--seeds", str(seeds), str(seeds / "wire.txt"))
    assert added.returncode == 0, added.stderr
    assert f'published: "{published}"' in added.stdout


def test_an_unordered_wire_date_line_is_left_to_the_user(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "en")
    built = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert built.returncode == 0, built.stderr
    assert "its date line may be 2027-04-03 (day first) or 2027-03-04 (month first)" in built.stderr
    (seeds / "sources.yml").write_text("", encoding="utf-8")
    added = call_builder("add", "--seeds", str(seeds), str(seeds / "wire.txt"))
    assert "# published: YYYY-MM-DD    # its date line may be 2027-04-03 (day first) or 2027-03-04" in added.stdout


@pytest.mark.parametrize(("tag", "known"), [
    ("en", True), ("en-GB", True), ("pt-BR", True), ("en-GB-oed", True), ("en-XX", False), ("zz", False),
])  # ("" and "123" never get this far: the schema refuses them, exit 2)
def test_a_language_tag_cldr_does_not_know_is_named(tmp_path: Path, tag: str, known: bool) -> None:
    """Attack review s20 #5: `language: en-XX` was taken silently, and every numeric date
    with it left undecided."""
    from builder.annotate.numeric import known_language

    assert known_language(tag) is known
    seeds = _seeds(tmp_path, f'"{tag}"')
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0, checked.stderr
    assert (f"language '{tag}' is no language tag CLDR knows" in checked.stderr) is not known

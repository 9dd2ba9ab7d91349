"""Source intake: a press release's banner, an emphasised date line and an update note
are the source's metadata, not its title or an event (intake round 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.annotate import events, opening
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.present.listings import update_numbers
from builder.present.wording import told_apart
from builder.read.text import make_source, release_banner

from conftest import call_builder, write_stories


def _dates(text: str) -> tuple[str, list[tuple[str, str]]]:
    source = make_source("a.txt", text, {}, "a")
    return source.title, [(d.text, d.role) for d in annotate(source, Matcher(()), {}).dates]


@pytest.mark.parametrize("banner", [
    "NOT FOR RELEASE UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022",
    "FOR IMMEDIATE RELEASE",
    "EMBARGOED UNTIL 10:00 GMT 3 MARCH",
    "PRESS RELEASE",
    "MEDIA STATEMENT",
    "NEWS RELEASE",
    "Embargoed: 09:00 1 May 2024",
    "**Press release**",
])
def test_a_release_banner_is_no_title(banner: str) -> None:
    assert release_banner(banner)
    title, _ = _dates(f"{banner}\n\nCourt rejects the appeal\n\nThe court ruled on 3 March 2024.\n")
    assert title == "Court rejects the appeal"


@pytest.mark.parametrize("headline", [
    "Embargo on arms lifted",
    "Press release fails to calm creditors",
    "Embargo to stay, ministers say",
    "Union announces ballot result",
])
def test_a_headline_that_names_a_release_or_an_embargo_stays_a_title(headline: str) -> None:
    assert not release_banner(headline)
    assert _dates(f"{headline}\n\nThe union said so on 3 March 2024.\n")[0] == headline


def test_a_banners_date_is_no_event() -> None:
    _, dates = _dates("NOT FOR RELEASE UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022\n\nUnion announces ballot result\n\n"
                      "Members voted on 14 November 2022 to accept the offer.\n")
    assert [role for text, role in dates if text != "14 November 2022"] == ["dateline"] * (len(dates) - 1)
    assert ("14 November 2022", "event") in dates


@pytest.mark.parametrize(("text", "title", "skip"), [
    ("FOR IMMEDIATE RELEASE\n\nCourt rejects the appeal\n\nThe court ruled on 3 March 2024.\n", "Court rejects the appeal", (1, 2)),
    ("PRESS RELEASE\n\nEMBARGOED UNTIL 10:00 GMT 3 MARCH\n\nStrike called off\n\nThe union said so.\n", "Strike called off", (1, 2, 3)),
    ("Court rejects the appeal\n\nThe court ruled on 3 March 2024.\n", "Court rejects the appeal", (1,)),
])
def test_add_proposes_the_title_after_a_release_banner_and_skips_the_banner(text: str, title: str, skip: tuple[int, ...]) -> None:
    found = opening.opening(text)
    assert (found.title, found.skip) == (title, skip)


def _dated(line: str) -> tuple[str, list[tuple[str, str]]]:
    source = make_source("a.txt", f"# Creditors meet\n\n{line}\n\nCreditors met on 1 March 2024 to vote.\n", {}, "a")
    return events.dateline_date(source), [(d.text, d.role) for d in annotate(source, Matcher(()), {}).dates]


@pytest.mark.parametrize(("line", "day"), [
    ("_Published 3 March 2024_", "2024-03-03"),
    ("_Posted on 3 March 2024_", "2024-03-03"),
    ("__Updated: 3 March 2024__", "2024-03-03"),
    ("_3 March 2024_", "2024-03-03"),
    ("*Issued Thursday 17 November 2022, 11.00am*", "2022-11-17"),
    ("_Issued Thursday 17 November 2022, 11.00am_", "2022-11-17"),
])
def test_an_emphasised_date_line_is_the_date_line_as_without_its_marks(line: str, day: str) -> None:
    plain = line.strip("*_")
    stated, dates = _dated(line)
    assert stated == day == _dated(plain)[0]
    assert [role for text, role in dates if text != "1 March 2024"] == [role for text, role in _dated(plain)[1]
                                                                        if text != "1 March 2024"]
    assert all(role != "event" for text, role in dates if text != "1 March 2024")
    assert ("1 March 2024", "event") in dates


def test_an_underscore_inside_a_word_is_no_emphasis() -> None:
    from builder.annotate.dates import unemphasised
    assert unemphasised("_Published 3 March 2024_ in file_name_v2") == " Published 3 March 2024  in file_name_v2"


def test_a_date_line_of_one_day_and_two_is_a_date_line_only_for_one() -> None:
    assert _dated("3 March 2024, 4 March 2024")[0] == ""
    assert _dated("3 March 2024, 10:12 GMT")[0] == "2024-03-03"


@pytest.mark.parametrize(("note", "roles"), [
    ("(Updated 3 March 2024 at 14:05 with company statement)", ["publication", "publication"]),
    ("(Updated at 14:05 with company statement)", ["publication"]),
    ("[Updated 3 March 2024, 10:12 GMT]", ["publication", "publication"]),
    ("Updated 3 March 2024, 10:12 GMT", ["publication", "publication"]),
    ("(Posted 2 March 2024 at 09:30 with new figures)", ["publication", "publication"]),
])
@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_an_update_note_after_the_title_is_a_date_line_not_an_event(note: str, roles: list[str], between: str) -> None:
    text = f"Strike ends{between}{note}\n\nWorkers returned on 2 March 2024."
    source = make_source("a.txt", text, {"published": "2024-03-03"}, "a")
    annotated = annotate(source, Matcher(()), {})
    assert [d.role for d in annotated.dates if d.start < text.index("Workers")] == roles
    assert [(c.date, c.title) for c in annotated.candidates] == [("2024-03-02", "Workers returned")]


def _source(sid: str, title: str, published: str, text: str = "") -> Source:
    return make_source(f"{sid}.txt", text or f"{title}\n\nWorkers met.\n", {"title": title, "published": published}, sid)


def test_copies_of_one_title_and_day_are_numbered_as_updates_in_telling_order() -> None:
    sources = [_source("c", "Strike ends", "2024-03-03", "UPDATE 2-Strike ends\n\nWorkers met.\n"),
               _source("a", "Strike ends", "2024-03-03"), _source("b", "Strike ends", "2024-03-03", "Strike ends\n\n(Adds union reaction)\n\nWorkers met.\n"),
               _source("d", "Strike ends", "2024-03-04"), _source("e", "Court sits", "2024-03-03"),
               _source("f", "Hearing adjourned", "2024-05-01"), _source("g", "hearing adjourned", "2024-05-01")]
    assert update_numbers(sources) == {"b": 1, "c": 2, "g": 1}  # a then b, c (later tellings, then by id); d another day


@pytest.mark.parametrize(("items", "updates", "shown"), [
    ([("Strike ends", "a", "3 March 2024"), ("Strike ends", "b", "3 March 2024")], [0, 1],
     ["Strike ends", "Strike ends (3 March 2024, update 1)"]),
    ([("Strike ends", "a", "3 March 2024"), ("Strike ends", "b", "3 March 2024"), ("Strike ends", "d", "4 March 2024")], [0, 1, 0],
     ["Strike ends (3 March 2024)", "Strike ends (3 March 2024, update 1)", "Strike ends (4 March 2024)"]),
    ([("Court sits", "a", ""), ("Court sits", "b", ""), ("Court sits", "c", "")], [0, 1, 2],
     ["Court sits", "Court sits (update 1)", "Court sits (update 2)"]),
    ([("Strike ends", "a", "3 March 2024"), ("Strike ends", "b", "3 March 2024")], None,
     ["Strike ends", "Strike ends"]),
])
def test_citations_of_copies_of_one_title_and_day_say_which_update(
        items: list[tuple[str, str, str]], updates: list[int] | None, shown: list[str]) -> None:
    assert told_apart(items, updates=updates) == shown


def test_the_sources_index_tells_copies_of_one_title_and_day_apart(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    write_stories(seeds, {
        "a.txt": ("2024-03-03", "Creditors vote on the plan\n\nCreditors met on 1 March 2024.\n"),
        "b.txt": ("2024-03-03", "Creditors vote on the plan\n\n(Adds the administrator's statement)\n\nCreditors met on 1 March 2024.\n"),
        "c.txt": ("2024-03-04", "Creditors vote on the plan\n\nCreditors met again on 3 March 2024.\n"),
        "d.txt": ("2024-03-03", "Court approves the sale\n\nThe court sat on 2 March 2024.\n"),
    })
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    rows = [line for line in (docs / "sources" / "index.md").read_text(encoding="utf-8").splitlines() if line.startswith("| 2024")]
    titles = [row.split(" | ")[1].split("](")[0].lstrip("[") for row in rows]
    assert sorted(titles) == ["Court approves the sale", "Creditors vote on the plan", "Creditors vote on the plan",
                              "Creditors vote on the plan (update 1)"]
    pages = {name: (docs / "sources" / f"2024-03-03-creditors-vote-on-the-plan{name}.md").read_text(encoding="utf-8") for name in ("", "-2")}
    assert [page.split("\ntitle: ", 1)[1].split("\n", 1)[0].strip("\"'") for page in pages.values()] == [
        "Creditors vote on the plan (3 March 2024)", "Creditors vote on the plan (3 March 2024, update 1)"]
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert {s["id"]: s.get("update") for s in data["sources"]} == {
        "2024-03-03-creditors-vote-on-the-plan": None, "2024-03-03-creditors-vote-on-the-plan-2": 1,
        "2024-03-04-creditors-vote-on-the-plan": None, "2024-03-03-court-approves-the-sale": None}

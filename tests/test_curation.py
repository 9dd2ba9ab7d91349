"""events.yml entries that name one event under two ids (its own and an alias: the id its
sentence gave before its title's id changed): attack review s15 #8, where the second entry
silently won (a retitle lost) and a suppress of a merged event suggested the merged id."""

from __future__ import annotations

import pytest

from builder.errors import InputError
from builder.link.curation import curate
from builder.model import CuratedEvent, Event

EVENTS = {
    "walkout-began": Event("walkout-began", "2024-03-12", "day", "Dockers walked out", "", (), (),
                           aliases=("dockers-at-port-avel-walked-out",)),
    "talks-resumed": Event("talks-resumed", "2024-03-20", "day", "Talks resumed", "", (), ()),
}


def _problems(*entries: CuratedEvent) -> list[str]:
    with pytest.raises(InputError) as raised:
        curate(EVENTS, entries)
    return raised.value.problems


def test_an_event_named_by_its_id_and_by_an_alias_is_listed_twice() -> None:
    assert _problems(
        CuratedEvent("dockers-at-port-avel-walked-out", title="Walkout", where="events.yml:1"),
        CuratedEvent("walkout-began", suppress=True, where="events.yml:3"),
    ) == ["events.yml:3: event 'walkout-began' is listed again (first as 'dockers-at-port-avel-walked-out' on line 1); "
          "give each event one entry"]


def test_the_same_id_twice_still_says_so_plainly() -> None:
    assert _problems(
        CuratedEvent("talks-resumed", title="A", where="events.yml:1"),
        CuratedEvent("talks-resumed", title="B", where="events.yml:3"),
    ) == ["events.yml:3: event 'talks-resumed' is listed again (first on line 1); give each event one entry"]


def test_an_event_merged_away_by_its_id_then_named_by_its_alias_says_where_it_went() -> None:
    assert _problems(
        CuratedEvent("new-one", date="2024-03", title="New", merge=("walkout-began",), where="events.yml:1"),
        CuratedEvent("dockers-at-port-avel-walked-out", suppress=True, where="events.yml:5"),
    ) == ["events.yml:5: event 'dockers-at-port-avel-walked-out' was merged into 'new-one' (on line 1); "
          "make its changes there, or remove it from that 'merge'"]


def test_one_entry_by_alias_still_edits_the_event() -> None:
    result = curate(EVENTS, (CuratedEvent("dockers-at-port-avel-walked-out", title="Walkout", where="events.yml:1"),))
    assert result["dockers-at-port-avel-walked-out"].title == "Walkout" and "walkout-began" not in result


def test_a_new_event_with_no_citations_shows_no_empty_sources_line(harbour: tuple) -> None:
    """Attack review s15 #15: a curated event with no citations showed "Sources (0): " on
    the timeline page."""
    from conftest import call_builder

    seeds, docs = harbour
    (seeds / "events.yml").write_text("- id: port-reopens\n  date: 2024-04-02\n  title: The port reopens\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    page = (docs / "timeline.md").read_text(encoding="utf-8")
    assert "The port reopens" in page and "Sources (0)" not in page
    assert page.count("Sources (") >= 1  # the others keep theirs

"""The one change set of the link stage's indexes (`link/changes.py`), and an index kept
across edits (removing and adding sources) holding what a fresh one holds."""

from __future__ import annotations

import pytest

from builder.annotation import Annotated, Candidate
from builder.link import timeline
from builder.link.changes import REBUILD_FROM, changes
from builder.model import Dossier, Source


def _dossier(*ids: str) -> Dossier:
    return Dossier(sources=tuple(Source(sid, f"{sid}.txt", "", sid) for sid in ids), entities=())


def test_a_changed_source_is_removed_and_added_a_new_one_added_a_gone_one_removed() -> None:
    ids = [f"s{n:02}" for n in range(20)]
    before = {sid: n for n, sid in enumerate(ids)}
    added = dict.fromkeys(ids, "k")
    now = [sid for sid in ids if sid != "s03"] + ["s20"]  # s03 gone, s20 new
    keys = {**dict.fromkeys(now, "k"), "s07": "edited", "s20": "k"}
    plan = changes(_dossier(*now), before, added, keys)
    assert not plan.empty
    assert plan.remove == ["s03", "s07"]  # the gone, then the changed
    assert plan.add == ["s07", "s20"]  # in the dossier's order
    assert plan.order == {sid: n for n, sid in enumerate(now)}


def test_nothing_changed_is_an_empty_change_set() -> None:
    ids = ["a", "b", "c"]
    plan = changes(_dossier(*ids), {"a": 0, "b": 1, "c": 2}, dict.fromkeys(ids, "k"), dict.fromkeys(ids, "k"))
    assert (plan.remove, plan.add, plan.empty) == ([], [], False)


def test_many_changes_or_a_new_order_start_again_empty() -> None:
    ids = [f"s{n:02}" for n in range(20)]
    before = {sid: n for n, sid in enumerate(ids)}
    many = int(REBUILD_FROM * len(ids)) + 1
    keys = {sid: ("edited" if n < many else "k") for n, sid in enumerate(ids)}
    plan = changes(_dossier(*ids), before, dict.fromkeys(ids, "k"), keys)
    assert plan.empty and plan.remove == [] and plan.add == ids
    few = {sid: ("edited" if n < many - 1 else "k") for n, sid in enumerate(ids)}
    assert not changes(_dossier(*ids), before, dict.fromkeys(ids, "k"), few).empty
    swapped = [ids[1], ids[0], *ids[2:]]  # the sources kept, in another order
    plan = changes(_dossier(*swapped), before, dict.fromkeys(ids, "k"), dict.fromkeys(ids, "k"))
    assert plan.empty and plan.add == swapped


def _candidate(sid: str, date: str, words: str, paragraph: int = 1) -> Candidate:
    return Candidate(date, "day", sid, "2024-03-01", paragraph, f"{words.capitalize()} on {date}.", (), "", words)


def test_the_timeline_index_kept_across_edits_equals_a_fresh_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sources edited, added and removed: the kept index merges again only the dates the
    change touches, and gives the events a fresh index gives."""
    anns = {
        "a": Annotated("a", candidates=(_candidate("a", "2024-03-01", "strike began"), _candidate("a", "2024-03-02", "talks opened", 2))),
        "b": Annotated("b", candidates=(_candidate("b", "2024-03-01", "strike began"),)),
        "c": Annotated("c", candidates=(_candidate("c", "2024-03-03", "court ruled"),)),
    }
    quiet = [f"q{n}" for n in range(12)]  # sources with no candidate: the edits below stay a few
    anns.update((q, Annotated(q)) for q in quiet)
    index = timeline.Index()
    dossier = _dossier("a", "b", "c", *quiet)
    keys = dict.fromkeys(anns, "1")
    first = timeline.extract_events(dossier, anns, index, keys)
    assert first == timeline.extract_events(dossier, anns)
    assert len(first) == 3  # a and b report one strike
    merged: list[str] = []
    original = timeline.merge_date
    monkeypatch.setattr(timeline, "merge_date", lambda items: merged.append(items[0].date) or original(items))
    edited = {**anns, "c": Annotated("c", candidates=(_candidate("c", "2024-03-04", "court ruled again"),))}
    keys = {**keys, "c": "2"}
    again = timeline.extract_events(dossier, edited, index, keys)
    assert sorted(merged) == ["2024-03-04"]  # the date c left has no candidate now; the others are kept
    assert again == timeline.extract_events(dossier, edited)
    merged.clear()
    grown = {**edited, "d": Annotated("d", candidates=(_candidate("d", "2024-03-02", "talks opened"),))}
    grown.pop("b")
    shrunk = _dossier("a", "c", "d", *quiet)
    keys = {**keys, "d": "1"}
    del keys["b"]
    last = timeline.extract_events(shrunk, grown, index, keys)
    assert sorted(merged) == ["2024-03-01", "2024-03-02"]  # b left the first, d joined the second
    assert last == timeline.extract_events(shrunk, grown)

"""The one change set of the link stage's indexes (`link/changes.py`), and an index kept
across edits (removing and adding sources) holding what a fresh one holds."""

from __future__ import annotations

import pytest

from builder.annotation import Annotated, Candidate
from builder.link import telling, timeline
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
    monkeypatch.setattr(timeline, "merge_date", lambda items, *rest: merged.append(items[0].date) or original(items, *rest))
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


def test_an_edit_that_leaves_a_sources_candidates_equal_merges_no_date_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source edited where it holds no dated sentence (its content hash changed, its
    candidates did not) keeps every date's groups, now made of its new candidates; one
    dated sentence changed merges only that date again."""
    anns = {
        "a": Annotated("a", candidates=(_candidate("a", "2024-03-01", "strike began"), _candidate("a", "2024-03-02", "talks opened", 2))),
        "b": Annotated("b", candidates=(_candidate("b", "2024-03-01", "strike began"),)),
    }
    quiet = [f"q{n}" for n in range(12)]
    anns.update((q, Annotated(q)) for q in quiet)
    dossier = _dossier("a", "b", *quiet)
    keys = dict.fromkeys(anns, "1")
    index = timeline.Index()
    timeline.extract_events(dossier, anns, index, keys)
    merged: list[str] = []
    original = timeline.merge_date
    monkeypatch.setattr(timeline, "merge_date", lambda items, *rest: merged.append(items[0].date) or original(items, *rest))
    copied = {**anns, "a": Annotated("a", candidates=tuple(
        _candidate("a", c.date, c.words, c.paragraph) for c in anns["a"].candidates))}  # equal, not the same objects
    again = timeline.extract_events(dossier, copied, index, {**keys, "a": "2"})
    assert merged == []
    assert again == timeline.extract_events(dossier, copied)
    assert {id(c) for groups in index.merged.values() for group in groups for c in group} >= {id(c) for c in copied["a"].candidates}
    assert index.state()["keys"]["a"] == "2"  # the state names the new candidates' positions (no KeyError)
    merged.clear()  # (the fresh index above merged every date)
    changed = {**copied, "a": Annotated("a", candidates=(copied["a"].candidates[0], _candidate("a", "2024-03-02", "talks collapsed", 2)))}
    last = timeline.extract_events(dossier, changed, index, {**keys, "a": "3"})
    assert merged == ["2024-03-02"]
    assert last == timeline.extract_events(dossier, changed)


def test_a_timeline_index_resumed_in_a_new_process_merges_only_the_dates_an_edit_touches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The index's `state` (pickled, as the cache keeps it: the candidates come back as
    other objects) resumes an index that merges again only the dates whose candidates
    changed, reuses the events of the others, and gives the events a fresh index gives;
    a state of other sources, or of the sources in another order, is not used."""
    import pickle

    anns = {
        "a": Annotated("a", candidates=(_candidate("a", "2024-03-01", "strike began"), _candidate("a", "2024-03-02", "talks opened", 2))),
        "b": Annotated("b", candidates=(_candidate("b", "2024-03-01", "strike began"),)),
        "c": Annotated("c", candidates=(_candidate("c", "2024-03-03", "court ruled"),)),
        "m": Annotated("m", candidates=(Candidate("2024-03", "month", "m", "2024-03-09", 1, "Talks in March.", (), "", "talks"),)),
    }
    quiet = [f"q{n}" for n in range(12)]
    anns.update((q, Annotated(q)) for q in quiet)
    dossier = _dossier("a", "b", "c", "m", *quiet)
    keys = dict.fromkeys(anns, "1")
    index = timeline.Index()
    first = timeline.extract_events(dossier, anns, index, keys)
    state = pickle.loads(pickle.dumps(index.state()))
    copied = pickle.loads(pickle.dumps(anns))  # the annotations as the cache gives them back
    merged: list[str] = []
    original = timeline.merge_date
    monkeypatch.setattr(timeline, "merge_date", lambda items, *rest: merged.append(items[0].date) or original(items, *rest))
    made: list[str] = []
    monkeypatch.setattr(telling, "slug", lambda sentence, slug=telling.slug: made.append(sentence) or slug(sentence))

    resumed = timeline.Index.resumed(state, dossier, copied, keys)
    assert timeline.extract_events(dossier, copied, resumed, keys) == first
    assert merged == [] and made == []  # nothing changed: no date merged, no event made again

    edited = {**copied, "c": Annotated("c", candidates=(_candidate("c", "2024-03-04", "court ruled again"),))}
    edited_keys = {**keys, "c": "2"}
    fresh = timeline.extract_events(dossier, edited)
    merged.clear()
    resumed = timeline.Index.resumed(state, dossier, edited, edited_keys)
    assert timeline.extract_events(dossier, edited, resumed, edited_keys) == fresh
    assert sorted(merged) == ["2024-03-04"]  # the date c left and the dates of a, b and m are kept

    reordered = _dossier("b", "a", "c", "m", *quiet)
    fresh = timeline.extract_events(reordered, copied)
    merged.clear()
    resumed = timeline.Index.resumed(state, reordered, copied, keys)
    assert timeline.extract_events(reordered, copied, resumed, keys) == fresh
    assert "2024-03-01" in merged  # a and b swapped: their date is merged again
    for unusable in ({}, {"keys": "nonsense"}, {"keys": {}, "merged": {}, "made": []}, {**state, "made": ["another layout"]}):
        assert timeline.Index.resumed(unusable, dossier, copied, keys).keys == {}


def test_a_resumed_timeline_keeps_the_dates_whose_candidates_an_edit_left_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A source edited elsewhere than its dated sentences (a new content hash, the same
    candidates, as its annotations of the last build in the cache tell) leaves its dates'
    groups as they were merged: none is merged again, and the events are those a fresh
    index gives. Without those annotations, or when its candidates changed, its dates
    are merged again."""
    import pickle

    anns = {
        "a": Annotated("a", candidates=(_candidate("a", "2024-03-01", "strike began"), _candidate("a", "2024-03-02", "talks opened", 2))),
        "b": Annotated("b", candidates=(_candidate("b", "2024-03-01", "strike began"),)),
        "c": Annotated("c", candidates=(_candidate("c", "2024-03-03", "court ruled"),)),
    }
    quiet = [f"q{n}" for n in range(12)]
    anns.update((q, Annotated(q)) for q in quiet)
    dossier = _dossier("a", "b", "c", *quiet)
    keys = dict.fromkeys(anns, "1")
    index = timeline.Index()
    timeline.extract_events(dossier, anns, index, keys)
    state = pickle.loads(pickle.dumps(index.state()))
    previous = {"1": pickle.loads(pickle.dumps(anns["a"]))}  # the cache: a's annotations under its old key
    merged: list[str] = []
    original = timeline.merge_date
    monkeypatch.setattr(timeline, "merge_date", lambda items, *rest: merged.append(items[0].date) or original(items, *rest))

    copied = pickle.loads(pickle.dumps(anns))
    edited_keys = {**keys, "a": "2"}  # a edited, its candidates as they were
    fresh = timeline.extract_events(dossier, copied)
    merged.clear()
    resumed = timeline.Index.resumed(state, dossier, copied, edited_keys, previous)
    assert timeline.extract_events(dossier, copied, resumed, edited_keys) == fresh
    assert merged == []
    merged.clear()
    resumed = timeline.Index.resumed(state, dossier, copied, edited_keys)  # no annotations of then
    assert timeline.extract_events(dossier, copied, resumed, edited_keys) == fresh
    assert sorted(merged) == ["2024-03-01", "2024-03-02"]
    changed = {**copied, "a": Annotated("a", candidates=(_candidate("a", "2024-03-01", "strike ended"), copied["a"].candidates[1]))}
    fresh = timeline.extract_events(dossier, changed)
    merged.clear()
    resumed = timeline.Index.resumed(state, dossier, changed, edited_keys, previous)
    assert timeline.extract_events(dossier, changed, resumed, edited_keys) == fresh
    assert merged == ["2024-03-01"]  # 2024-03-02: a's candidate of it as it was


def test_the_joins_of_nested_dates_are_made_again_only_when_a_date_is_merged_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`join_nested` (a month's group joined to a day's inside it) runs again only when a
    date was merged again: a resumed index whose dates all kept their groups, or an index
    whose sources did not change, takes the joins as they were made; the events are
    always those a fresh index gives."""
    import pickle

    anns = {
        "a": Annotated("a", candidates=(Candidate("2024-03-09", "day", "a", "2024-03-10", 1, "The strike began on March 9.", ("union",), "", "began strike", stems="began strike"),)),
        "b": Annotated("b", candidates=(Candidate("2024-03", "month", "b", "2024-04-01", 1, "The strike began in March.", ("union",), "", "began strike", stems="began strike"),)),
        "c": Annotated("c", candidates=(_candidate("c", "2024-03-03", "court ruled"),)),
    }
    quiet = [f"q{n}" for n in range(12)]
    anns.update((q, Annotated(q)) for q in quiet)
    dossier = _dossier("a", "b", "c", *quiet)
    keys = dict.fromkeys(anns, "1")
    joined: list[int] = []
    original = timeline.join_nested
    monkeypatch.setattr(timeline, "join_nested", lambda groups, *rest: joined.append(len(groups)) or original(groups, *rest))
    index = timeline.Index()
    first = timeline.extract_events(dossier, anns, index, keys)
    assert any(len(ev.citations) == 2 for ev in first.values())  # the month's group joined the day's
    assert timeline.extract_events(dossier, anns, index, keys) == first and len(joined) == 1  # nothing changed
    state = pickle.loads(pickle.dumps(index.state()))
    copied = pickle.loads(pickle.dumps(anns))
    resumed = timeline.Index.resumed(state, dossier, copied, keys)
    assert timeline.extract_events(dossier, copied, resumed, keys) == first and len(joined) == 1
    edited = {**copied, "c": Annotated("c", candidates=(_candidate("c", "2024-03-04", "court ruled again"),))}
    edited_keys = {**keys, "c": "2"}
    resumed = timeline.Index.resumed(state, dossier, edited, edited_keys)
    assert timeline.extract_events(dossier, edited, resumed, edited_keys) == timeline.extract_events(dossier, edited)
    assert len(joined) == 3  # merged again: joined again (and once more for the fresh index)

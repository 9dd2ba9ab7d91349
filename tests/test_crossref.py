"""Cross-references on the demo dossier: versions, co-mentions, memberships."""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path

import pytest

from builder import cache, pipeline
from builder.link import crossref, timeline
from builder.link import relations as between_sources
from builder.model import Source
from builder.read import sources
from builder.read.sentences import sentences
from builder.read.text import split_paragraphs

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


def relations(demo: Path) -> tuple[list[dict], dict[str, str]]:  # type: ignore[type-arg]
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    return data["relations"], {s["id"]: s["file"][:3] for s in data["sources"]}


@pytest.mark.slow
def test_only_the_two_ap_texts_are_versions(demo: Path) -> None:
    rels, prefix = relations(demo)
    versions = [(prefix[r["a"]], prefix[r["b"]]) for r in rels if r["kind"] == "version"]
    assert sorted(tuple(sorted(v)) for v in versions) == [("000", "001")]


def test_co_mentions_and_memberships(demo: Path) -> None:
    rels, _ = relations(demo)
    pairs = {(r["a"], r["b"], r["kind"]): r["weight"] for r in rels}
    assert pairs[("hun-sen", "sam-rainsy", "co-mention")] >= 5
    assert ("kem-sokha", "cnrp", "member") in pairs
    assert ("sam-rainsy", "cnrp", "leader") in pairs
    assert all(r["a"] < r["b"] for r in rels if r["kind"] == "co-mention")


def test_source_page_links_its_version(demo: Path) -> None:
    page = (demo / "sources" / "2013-07-28-cambodian-opposition-makes-gains-in-elections.md").read_text(encoding="utf-8")
    assert "another version of this story" in page
    other = (demo / "sources" / "2013-08-12-election-crisis-in-cambodia-as-opposition-rejects-results.md").read_text(encoding="utf-8")
    assert "another version of this story" not in other


SENTENCES = [
    ("He said no. She agreed.", ["He said no.", "She agreed."]),
    ("Talks held Sept. 14-15 failed. Then more.", ["Talks held Sept. 14-15 failed.", "Then more."]),
    ("He paid U.S. $10,000. It was a gift.", ["He paid U.S. $10,000.", "It was a gift."]),
    ("“We won,” he said. “Really.”", ["“We won,” he said.", "“Really.”"]),
    ("Headline\nFirst line of text.", ["Headline", "First line of text."]),
    ("Mr. Ek met J. Lind. They talked.", ["Mr. Ek met J. Lind.", "They talked."]),
    # a numbering abbreviation before a number or an identifier ends no sentence (s15b #20: "Case No." cut)
    ("Case No. SR/2025/0417 was heard. It failed.", ["Case No. SR/2025/0417 was heard.", "It failed."]),
    ("See Art. 5 and para. 12 of the code. Then.", ["See Art. 5 and para. 12 of the code.", "Then."]),
    ("Notice NO. 14 applies. Then.", ["Notice NO. 14 applies.", "Then."]),
    # lower-case "no" is the word: "The vote was no." ends its sentence before a number
    ("The vote was no. 14 members abstained.", ["The vote was no.", "14 members abstained."]),
    # before a word without a digit the stop ends the sentence
    ("He took a No. The next day he left.", ["He took a No.", "The next day he left."]),
]


def test_sentences() -> None:
    for text, expected in SENTENCES:
        assert [text[s:e] for s, e in sentences(text)] == expected


def _edited(source: Source, other: Source, names: list[str], rng: random.Random) -> Source:
    """One of the edits a journalist makes: a paragraph dropped, one borrowed from another
    source, one of new words or naming two entities together added, or the whole text
    replaced by another source's (which makes them versions)."""
    paragraphs = source.text.split("\n\n")
    how = rng.choice(["drop", "borrow", "new", "meeting", "copy"])
    if how == "meeting":
        a, b = rng.sample(names, 2)
        text = source.text + f"\n\n{a} met {b} on Monday."
    elif how == "new":
        text = source.text + "\n\n" + " ".join(f"w{rng.randrange(10**6)}" for _ in range(rng.randrange(10, 80))) + "."
    elif how == "drop" and len(paragraphs) > 1:
        del paragraphs[rng.randrange(len(paragraphs))]
        text = "\n\n".join(paragraphs)
    elif how == "borrow":
        text = source.text + "\n\n" + rng.choice(other.text.split("\n\n"))
    else:
        text = other.text
    return dataclasses.replace(source, text=text, paragraphs=split_paragraphs(text))


@pytest.mark.parametrize("seed", [1, pytest.param(2, marks=pytest.mark.slow), pytest.param(3, marks=pytest.mark.slow)])
def test_patched_links_and_events_equal_those_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """`link` with a held state patches its indexes after an edit, and the timeline
    merges again only the dates the edit touches; every round of edits (one source, or
    several at once) gives what a full link and extraction of the same annotations
    give. Thresholds are lowered so that 5-grams and entities cross them."""
    monkeypatch.setattr(between_sources, "GRAM_MAX_SOURCES", 4)
    monkeypatch.setattr(between_sources, "SHARED_ENTITY_MAX_SOURCES", 8)
    synth.generate(tmp_path / "seeds", 40, 80, seed=seed)
    dossier = sources.load(tmp_path / "seeds")
    srcs = list(dossier.sources)
    annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1)
    held, events_held = crossref.Index(), timeline.Index()
    crossref.link(dossier, annotated, cache.keys(dossier.sources, dossier.entities)[1], held)
    timeline.extract_events(dossier, annotated, events_held, cache.keys(dossier.sources, dossier.entities)[1])
    names = [e.name for e in dossier.entities]
    rng = random.Random(seed)
    kinds: set[str] = set()
    merged: list[str] = []  # the dates merged
    merge_date = timeline.merge_date
    monkeypatch.setattr(timeline, "merge_date", lambda items, *rest: merged.append(items[0].date) or merge_date(items, *rest))

    def edit(changed: dict[int, str]) -> None:
        nonlocal dossier, annotated
        for i, text in changed.items():
            srcs[i] = dataclasses.replace(srcs[i], text=text, paragraphs=split_paragraphs(text))
        dossier = dataclasses.replace(dossier, sources=tuple(srcs))
        annotated = {**annotated, **pipeline.annotate_all(tuple(srcs[i] for i in changed), dossier.entities, 1)}
        keys = cache.keys(dossier.sources, dossier.entities)[1]
        relater = held.relater
        patched = crossref.link(dossier, annotated, keys, held)
        full = crossref.link(dossier, annotated)
        assert held.relater is relater  # the changed sources removed and added, not every source again
        assert patched == full
        assert list(patched.counts) == list(full.counts)  # in source order
        kinds.update(r.kind for r in patched.relations)
        merged.clear()
        events = timeline.extract_events(dossier, annotated, events_held, cache.keys(dossier.sources, dossier.entities)[1])
        dates = {ev.date for ev in events.values()}
        assert len(merged) < len(dates)  # only the dates the edit touched were merged again
        assert list(events.items()) == list(timeline.extract_events(dossier, annotated).items())

    for _ in range(24):
        edit({i: _edited(srcs[i], srcs[rng.randrange(len(srcs))], names, rng).text
              for i in rng.sample(range(len(srcs)), rng.choice([1, 1, 2, 4]))})
    # The shorter of two versions grows by words of its own: the 5-grams they share are
    # the same, the share they make of the shorter text is not.
    words = " ".join(f"w{rng.randrange(10**6)}" for _ in range(400))
    edit({0: srcs[1].text + "\n\n" + words[:100]})
    edit({1: srcs[1].text + "\n\n" + words[100:]})
    assert {"version", "shared-entities", "co-mention"} <= kinds  # every kind was exercised
    # Sources that go and come: their contributions removed and added, the others kept.
    for _ in range(3):
        gone = srcs.pop(rng.randrange(len(srcs)))
        back = dataclasses.replace(gone, id=gone.id + "-again")
        srcs.insert(rng.randrange(len(srcs)), back)
        dossier = dataclasses.replace(dossier, sources=tuple(srcs))
        annotated = {**annotated, **pipeline.annotate_all((back,), dossier.entities, 1)}
        relater = held.relater
        patched = crossref.link(dossier, annotated, cache.keys(dossier.sources, dossier.entities)[1], held)
        assert held.relater is relater
        assert patched == crossref.link(dossier, annotated)
        assert list(patched.counts) == [s.id for s in srcs]


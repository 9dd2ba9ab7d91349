"""Cross-references on the demo dossier: versions, co-mentions, memberships."""

from __future__ import annotations

import json
from pathlib import Path

from builder.sentences import sentences


def relations(demo: Path) -> tuple[list[dict], dict[str, str]]:  # type: ignore[type-arg]
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    return data["relations"], {s["id"]: s["file"][:3] for s in data["sources"]}


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
]


def test_sentences() -> None:
    for text, expected in SENTENCES:
        assert [text[s:e] for s, e in sentences(text)] == expected

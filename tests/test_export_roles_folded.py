"""A person's role stated in several places, in any casing, is one record of the export's
`facts` citing each place (fresh-user review, session 14: dossier.json listed "Judge"
and "judge" for Helena Vos as two facts while her profile showed one row). Siblings from
a port strike (a union leader) and a company's collapse (a chief executive); the
expected records were worked out by hand from the sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import call_builder, write_stories

STORIES = {
    # the review's case: "Judge" before the name, "judge" in a later source
    "court": (
        ("A first hearing is set for 14 March before Judge Helena Vos.",
         "The ruling was read by Helena Vos, judge, on Thursday."),
        "helena-vos", "Judge",
    ),
    # a port strike: a title opening the sentence, then in lower case
    "strike": (
        ("Union Leader Owen Pryce called the strike on Monday.",
         "The pickets were joined by union leader Owen Pryce on Tuesday."),
        "owen-pryce", "Union Leader",
    ),
    # a company's collapse
    "collapse": (
        ("Creditors were told that Chief Executive Anna Kessler resigned on Monday.",
         "Creditors met chief executive Anna Kessler on Friday."),
        "anna-kessler", "Chief Executive",
    ),
}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_role_in_two_casings_is_one_fact_citing_both(tmp_path: Path, story: str) -> None:
    texts, person, first = STORIES[story]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_stories(seeds, {f"s{i}.txt": (f"2025-03-1{i}", f"Story {i}\n\n{text}\n") for i, text in enumerate(texts)})
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    docs = tmp_path / "docs"
    out = call_builder("build", "--discover", "--seeds", str(seeds), "--docs", str(docs))
    assert out.returncode == 0, out.stderr
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    roles = [f for f in data["facts"] if f["entity"] == person and f["kind"] == "role"]
    assert len(roles) == 1, roles
    (role,) = roles
    sources = [s["id"] for s in sorted(data["sources"], key=lambda s: s["published"])]
    assert role["value"] == first
    assert (role["source"], role["paragraph"]) == (sources[0], 2)
    assert role["citations"] == [{"source": sid, "paragraph": 2} for sid in sources]
    # every fact keeps the contract's fields and names its citations
    assert all({"entity", "kind", "value", "source", "paragraph", "citations"} <= set(f) for f in data["facts"])

"""Kinds of false name found on unseen news (session 10), each fixed by a rule that holds
for any story: a dateline's capitals, and the kinds listed in each section below. Every
sentence is invented (a strike, a court case, a bankruptcy, a recall); each expected value
was worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_discovery import suggestions

from builder import pipeline

# ---- a dateline's place in capitals: a mention of the place, no alias of its own


@pytest.mark.parametrize(
    ("texts", "place"),
    [
        # a strike
        (("KESTREL BAY, March 4 (Harbour Wire) - Dockworkers in Kestrel Bay walked out on Monday.",
          "Talks in Kestrel Bay resumed on Friday."), "Kestrel Bay"),
        # a court case
        (("ARDMORE, May 3 (Court Wire) - A judge in Ardmore heard the union's case.",
          "The court in Ardmore adjourned until June."), "Ardmore"),
        # a bankruptcy
        (("PORT SELWYN, June 9 (Ledger Wire) - Creditors met in Port Selwyn on Monday.",
          "Kessel Shipping, based in Port Selwyn, owes £8 million."), "Port Selwyn"),
    ],
)
def test_a_datelines_capitals_are_no_alias_of_their_own(texts: tuple[str, ...], place: str) -> None:
    found = suggestions(*texts)
    assert found[place].kind == "place"
    assert found[place].forms == (place,)
    assert found[place].count == 3  # the dateline's capitals are still counted: a mention


def test_a_name_written_only_in_capitals_keeps_its_form() -> None:
    found = suggestions("ARDMORE, May 3 (Court Wire) - The judge adjourned the case.", "ARDMORE, May 4 (Court Wire) - It resumed.")
    assert found["ARDMORE"].forms == ("ARDMORE",)


def test_the_review_page_lists_no_capitals_alias_and_the_dateline_links(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Dockers strike\n\nKESTREL BAY, March 4 (Harbour Wire) - Dockworkers walked out on Monday.\n\n"
        "Pickets gathered in Kestrel Bay at dawn.\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("# empty\n", encoding="utf-8")
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, drafts=True, discover=True))
    page = (docs / "review" / "index.md").read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if line.startswith("| [Kestrel Bay]"))
    assert row.split("|")[4].strip() == ""  # the aliases column: no "KESTREL BAY"
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    ids = {e["id"]: e["name"] for e in data["entities"]}
    assert sorted((m["text"], ids[m["entity"]]) for m in data["mentions"] if m["text"].lower() == "kestrel bay") == [
        ("KESTREL BAY", "Kestrel Bay"), ("Kestrel Bay", "Kestrel Bay")]

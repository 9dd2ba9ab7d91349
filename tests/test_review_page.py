"""The review page gives what a reader needs to decide which provisional names to keep
(fresh-user review, session 9, finding 10): each provisional entity's count and first
sentence (linked to its paragraph), a hint when a name is always written right beside
another (two halves of one name), a sentence instead of an empty table, and "found once"
rather than "found 1 times". Cases from the review's food recall and from a strike, a
court case and a bankruptcy; expected values worked out by hand."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from builder import pipeline
from builder.annotation import Annotated, Mention
from builder.model import Alias, Entity, Source
from builder.present import review
from builder.read.text import split_paragraphs


def _provisional(eid: str, name: str) -> Entity:
    return Entity(id=eid, kind="person", name=name, aliases=(Alias(name),), summary="s", reviewed=False)


def _rows(texts: list[str], names: dict[str, str]) -> dict[str, review.Provisional]:
    """The review rows of sources `texts`, each name in `names` (id -> surface form) a
    mention wherever it occurs as a word."""
    entities = [_provisional(eid, name) for eid, name in names.items()]
    sources, annotated, mentions = {}, {}, {}
    for i, text in enumerate(texts):
        sid = f"s{i}"
        src = Source(sid, f"{sid}.txt", text, sid, published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
        found = []
        for eid, name in names.items():
            for mt in re.finditer(rf"\b{re.escape(name)}\b", text):
                number = next(p.number for p in src.paragraphs if p.start <= mt.start() < p.end)
                found.append(Mention(eid, mt.start(), mt.end(), name, number))
        found.sort(key=lambda m: m.start)
        sources[sid], annotated[sid] = src, Annotated(sid, tuple(found))
        for m in found:
            mentions.setdefault(m.entity, []).append((sid, m))
    return {r.entity.id: r for r in review.provisional(entities, mentions, annotated, sources)}


@pytest.mark.parametrize(
    ("texts", "names", "first", "second", "together"),
    [
        # the review's case: "Ana" always before "Vega", which also stands alone
        (["Ana de la Vega, the bureau's director, said inspectors had entered the plant.",
          "Ana de la Vega told reporters the tests would follow. De la Vega said more."],
         {"ana": "Ana", "vega": "Vega"}, "ana", "vega", "Ana de la Vega"),
        # a strike: a Dutch particle
        (["Jan van der Berg led the walkout.\n\nVan der Berg said the port was shut. Jan van der Berg left."],
         {"jan": "Jan", "berg": "Berg"}, "jan", "berg", "Jan van der Berg"),
        # a court case: two given parts with nothing between them
        (["Judge Maria Kessel opened the trial.", "Maria Kessel adjourned it. Kessel said the jury was out."],
         {"maria": "Maria", "kessel": "Kessel"}, "maria", "kessel", "Maria Kessel"),
    ],
)
def test_a_name_always_beside_another_is_hinted(
    texts: list[str], names: dict[str, str], first: str, second: str, together: str,
) -> None:
    rows = _rows(texts, names)
    assert (rows[first].beside, rows[first].before, rows[first].together) == (second, True, together)
    assert rows[second].beside == ""  # it also stands alone


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        # a bankruptcy: "of" joins a person and a firm, two names
        (["José Rey of Rey Partners said the sale failed.", "José Rey of Rey Partners filed the claim."],
         {"rey": "José Rey", "firm": "Rey Partners"}),
        # a name beside different names is no half of one
        (["Mara Lind, Jane Rowe and others met.", "Mara Lind Kessel said no."], {"lind": "Mara Lind", "rowe": "Jane Rowe"}),
    ],
)
def test_no_hint_for_names_that_are_only_neighbours(texts: list[str], names: dict[str, str]) -> None:
    assert all(r.beside == "" for r in _rows(texts, names).values())


def test_count_and_first_sentence() -> None:
    rows = _rows(["The strike began.\n\nMara Lind called it. Police met Mara Lind.", "Mara Lind left."], {"lind": "Mara Lind"})
    row = rows["lind"]
    assert (row.count, row.source, row.paragraph) == (3, "s0", 2)
    assert row.context == ("", "Mara Lind", " called it.")


def test_the_page_lists_counts_contexts_and_no_empty_table(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  title: Strike\n  published: 2024-05-01\n", encoding="utf-8")
    (seeds / "a.txt").write_text(
        "Dockers walk out\n\nMara Lind, the union's secretary, said the strike would go on.\n\n"
        "Mara Lind said the Selby Harbour Board had refused to talk.\n", encoding="utf-8")
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, drafts=True, discover=True))
    page = (docs / "review" / "index.md").read_text(encoding="utf-8")
    head, provisional = page.split("## Provisional entities", 1)
    assert "| — |" not in head and "No other names: the rest are registered or listed below" in head
    assert "| Name | Guessed kind |" not in head  # no table with nothing in it
    assert "| Entity | Kind | Why this kind | Aliases | Mentions | First context | Beside another name |" in provisional
    lind = next(line for line in provisional.splitlines() if line.startswith("| [Mara Lind]"))
    cells = [c.strip() for c in lind.split(" | ")]
    assert cells[4] == "2"
    assert "**Mara Lind**" in cells[5] and "#p-2)" in cells[5]
    board = (docs / "organisations").glob("*.md")
    summaries = " ".join(p.read_text(encoding="utf-8") for p in board)
    assert "named in the sources, not yet checked" in summaries and "1 times" not in summaries

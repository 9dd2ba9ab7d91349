"""Text slips fixed where they come from: a line break after a hyphen between two words
is joined by the source reader (the hyphen kept, offsets counting the joined text), and
a stated role keeps the source's casing."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import pytest

from builder import pipeline, sources
from builder.sources import join_hyphenated_lines

from conftest import FIXTURE, hand_written_docs, run_builder

JOINS = [
    ("a boost for the much-\nbeleaguered opposition", "a boost for the much-beleaguered opposition"),
    ("a well-\n   known figure", "a well-known figure"),  # the next line's indent goes too
    ("the 2008-\n2013 term", "the 2008-2013 term"),
    ("a long\u2010\nstanding row", "a long\u2010standing row"),  # U+2010 HYPHEN
]
KEPT = [
    "the end-\n\nA new paragraph",  # a hyphen ending a paragraph
    "a dash—\nthen more",  # a dash is not a hyphen
    "a list\n- item one\n- item two",  # a hyphen opening a line
    "between -\nspaces",  # a hyphen standing alone
    "word\nword",  # a plain line break
]


@pytest.mark.parametrize(("text", "joined"), JOINS)
def test_line_end_hyphen_is_joined_and_kept(text: str, joined: str) -> None:
    assert join_hyphenated_lines(text) == joined


@pytest.mark.parametrize("text", KEPT)
def test_other_line_breaks_stay(text: str) -> None:
    assert join_hyphenated_lines(text) == text


@pytest.fixture()
def harbour(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE / "seeds", seeds)
    return seeds, hand_written_docs(tmp_path / "docs", FIXTURE / "docs")


def test_offsets_count_the_joined_text_and_the_page_shows_it(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    raw = "Headline\r\n\r\nThe much-\r\nbeleaguered union met Mara Lind at Port Avel.\r\n"
    (seeds / "slip.txt").write_bytes(raw.encode())
    (seeds / "sources.yml").write_text(
        (seeds / "sources.yml").read_text(encoding="utf-8") + "slip.txt:\n  title: Slip\n  published: 2024-03-20\n",
        encoding="utf-8",
    )
    dossier = sources.load(seeds)
    slip = next(s for s in dossier.sources if s.file == "slip.txt")
    assert slip.text == "Headline\n\nThe much-beleaguered union met Mara Lind at Port Avel.\n"
    para = slip.paragraphs[1]
    assert slip.text[para.start:para.end] == "The much-beleaguered union met Mara Lind at Port Avel."
    mentions = pipeline.annotate_all((slip,), dossier.entities, 1)[slip.id].mentions
    # Each offset points at its name in the joined text: one character before where the
    # file (after its "\r\n" became "\n") has it.
    in_file = raw.replace("\r\n", "\n")
    for m in mentions:
        assert slip.text[m.start:m.end] == m.text
        assert in_file[m.start + 1:m.end + 1] == m.text
    assert {m.text for m in mentions} == {"Mara Lind", "Port Avel"}
    result = run_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    page = html.unescape((docs / "sources" / f"{slip.id}.md").read_text(encoding="utf-8"))
    assert "The much-beleaguered union met" in page and "much- beleaguered" not in page
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    exported = [(m["start"], m["text"]) for m in data["mentions"] if m["source"] == slip.id]
    assert sorted(exported) == sorted((m.start, m.text) for m in mentions)


ROLES = [
    ("The talks were led by Avel Harbour Secretary Mara Lind on Monday.", "Avel Harbour Secretary"),
    ("Talks opened. Union secretary Mara Lind spoke first.", "union secretary"),  # a sentence's capital
    ("Talks opened. Deputy Secretary Mara Lind spoke first.", "Deputy Secretary"),  # a title: kept
    ("The deputy secretary Mara Lind spoke.", "deputy secretary"),
]


@pytest.mark.parametrize(("sentence", "role"), ROLES)
def test_stated_role_keeps_the_source_casing(harbour: tuple[Path, Path], sentence: str, role: str) -> None:
    seeds, _ = harbour
    (seeds / "strike.txt").write_text(f"Headline\n\n{sentence}\n", encoding="utf-8")
    dossier = sources.load(seeds)
    strike = next(s for s in dossier.sources if s.file == "strike.txt")
    facts = pipeline.annotate_all((strike,), dossier.entities, 1)[strike.id].facts
    assert [f.value for f in facts if f.kind == "role" and f.entity == "mara-lind"] == [role]

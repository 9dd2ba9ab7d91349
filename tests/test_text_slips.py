"""Text slips fixed where they come from: a line break after a hyphen between two words
is joined by the source reader (the hyphen kept; the builder's offsets count the joined
text, the exported ones still the file's text as read), and a stated role keeps the
source's casing."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import pytest

from builder import pipeline
from builder.read import sources
from builder.read.linebreaks import file_offset, join

from conftest import FIXTURE, call_builder, hand_written_docs

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
    result, joins = join(text)
    assert result == joined
    # every character of the joined text is the file's character at the mapped offset
    assert all(text[file_offset(i, joins)] == c for i, c in enumerate(result))


@pytest.mark.parametrize("text", KEPT)
def test_other_line_breaks_stay(text: str) -> None:
    assert join(text) == (text, ())


def test_offsets_map_back_past_each_break() -> None:
    text = "a much-\nbeleaguered, well-\n  known man"
    joined, joins = join(text)
    assert joined == "a much-beleaguered, well-known man"
    assert joins == ((7, 1), (25, 3))
    word = joined.index("beleaguered")
    assert file_offset(word, joins) == text.index("beleaguered")  # a start at a break: after it
    assert file_offset(word, joins, end=True) == text.index("\n")  # an end there: before it
    known = joined.index("known")
    assert text[file_offset(known, joins):file_offset(known + 5, joins, end=True)] == "known"
    # a span across a break takes the break in, in the file
    span = joined.index("much-beleaguered")
    assert text[file_offset(span, joins):file_offset(span + 16, joins, end=True)] == "much-\nbeleaguered"


@pytest.fixture()
def harbour(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE / "seeds", seeds)
    return seeds, hand_written_docs(tmp_path / "docs", FIXTURE / "docs")


@pytest.mark.slow
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
    # Each offset points at its name in the joined text, one character before where the
    # file (after its "\r\n" became "\n") has it.
    as_read = raw.replace("\r\n", "\n")
    for m in mentions:
        assert slip.text[m.start:m.end] == m.text
        assert as_read[m.start + 1:m.end + 1] == m.text
    assert {m.text for m in mentions} == {"Mara Lind", "Port Avel"}
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    page = html.unescape((docs / "sources" / f"{slip.id}.md").read_text(encoding="utf-8"))
    assert "The much-beleaguered union met" in page and "much- beleaguered" not in page
    # The export keeps its contract: offsets into the file's text as read.
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    exported = [m for m in data["mentions"] if m["source"] == slip.id]
    assert sorted(m["text"] for m in exported) == ["Mara Lind", "Port Avel"]
    assert all(as_read[m["start"]:m["end"]] == m["text"] for m in exported)
    csv_rows = [line.split(",") for line in (docs / "data" / "mentions.csv").read_text(encoding="utf-8").splitlines()]
    assert sorted((int(r[3]), r[5]) for r in csv_rows if r[1] == slip.id) == sorted((m["start"], m["text"]) for m in exported)


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

"""Versions of one story are compared from the earlier telling to the later, and listed in
that order, even on one day: fresh-user review s15c #1, where an "UPDATE 2-" published the
same day as the first copy came first (its id sorted first), so its new paragraphs showed
as deleted and the old ones as added. Values worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder import pipeline
from builder.annotate.opening import later_telling

BODY = ("The port authority said 412 sailings had been cancelled between Saturday and Tuesday after the strike began. "
        "Dockers at the Kestrel terminal walked out early on Saturday over pay, their union said in a statement. "
        "The union said talks with the port authority would resume on Wednesday at the regional labour office. "
        "A spokesman for the authority said it regretted the disruption to passengers and freight customers.")
FIRST = "Dockers strike halts sailings\n\nKESTREL, Oct 7 (Coast Wire) - " + BODY + "\n"
UPDATE = ("UPDATE 2-Dockers strike halts sailings; union names demands\n\n(Adds union's demands in paragraph 3)\n\n"
          "KESTREL, Oct 7 (Coast Wire) - " + BODY + "\n\nThe union is demanding a 9% rise and an end to zero-hour rotas.\n")


@pytest.mark.parametrize(("text", "mark"), [
    (UPDATE, "UPDATE 2"),
    ("CORRECTED-Mill closes\n\nThe mill closed.\n", "CORRECTED"),
    ("Mill closes\n\n(Corrects the number of jobs in paragraph 2)\n\nThe mill closed.\n",
     "(Corrects the number of jobs in paragraph 2)"),
    ("Mill closes\n\n(Reporting by Ana Lind; Editing by Tom Roe)\n\nThe mill closed.\n", ""),  # a credit, no change
    (FIRST, ""),
])
def test_a_later_telling_is_known_by_its_slug_or_its_note(text: str, mark: str) -> None:
    assert later_telling(text) == mark


def test_the_update_of_the_same_day_is_the_later_text(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # the update's file and id sort first: "a-..." before "b-..."
    (seeds / "a-update.txt").write_text(UPDATE, encoding="utf-8")
    (seeds / "b-first.txt").write_text(FIRST, encoding="utf-8")
    (seeds / "sources.yml").write_text(
        'a-update.txt:\n  title: "Dockers strike halts sailings"\n  published: 2024-10-07\n  skip: [1, 2]\n'
        '  id: a-update\n'
        'b-first.txt:\n  title: "Dockers strike halts sailings"\n  published: 2024-10-07\n  skip: [1]\n  id: b-first\n',
        encoding="utf-8")
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    (page,) = (docs / "versions").glob("*.md")
    text = page.read_text(encoding="utf-8")
    assert text.index("sources/b-first.md") < text.index("sources/a-update.md"), text
    assert "a later telling (UPDATE 2)" in text
    assert '<ins class="diff">' in text and "9% rise" in text.split('<ins class="diff">', 1)[1]
    assert "9% rise" not in "".join(part.split("</del>")[0] for part in text.split('<del class="diff">')[1:])
    index = (docs / "sources" / "index.md").read_text(encoding="utf-8")
    assert index.index("b-first.md") < index.index("a-update.md")

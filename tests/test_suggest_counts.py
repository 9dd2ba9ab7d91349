"""`suggest` and the review page give each name one figure, counted by one function
(`occurrences.mentioned`): its mentions in the annotated text (fresh-user review, session
14: suggest printed "Brannock Bau: 7× in 5 sources", the review page 8 mentions, the
headline's mention counted by one and not the other). Siblings from a port strike and a
court case; the expected figures were counted by hand from the texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder import pipeline

from conftest import call_builder

STORIES = {
    # the review's case: the firm named in a headline and three times in the text
    "bankruptcy": (
        ("Brannock Bau files for insolvency\n\nBrannock Bau, the construction firm, filed for insolvency on Tuesday. "
         "Suppliers said Brannock Bau owed them money.",
         "Creditors press claims against Brannock Bau\n\nA judge froze the accounts of Brannock Bau on Friday."),
        "Brannock Bau", 5, 2,
    ),
    # a port strike: the union named in a headline
    "strike": (
        ("Selby Dockers Union calls strike\n\nThe Selby Dockers Union called a strike on Monday.",
         "Talks fail\n\nThe Selby Dockers Union rejected the offer on Friday. Selby Dockers Union leaders met later."),
        "Selby Dockers Union", 4, 2,
    ),
    # a court case: the judge in a headline and a short form after the full name
    "court": (
        ("Judge Helena Vos freezes accounts\n\nJudge Helena Vos froze the accounts on Friday. Vos said the risk was real.",
         "Hearing adjourned\n\nThe hearing before Helena Vos was adjourned on Monday."),
        "Helena Vos", 4, 2,
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("story", sorted(STORIES))
def test_suggest_and_the_review_page_give_one_figure(tmp_path: Path, story: str) -> None:
    texts, name, mentions, sources = STORIES[story]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    meta = []
    for i, text in enumerate(texts):
        (seeds / f"s{i}.txt").write_text(text + "\n", encoding="utf-8")
        meta.append(f'"s{i}.txt":\n  title: Story {i}\n  published: 2025-03-1{i}\n')
    (seeds / "sources.yml").write_text("".join(meta), encoding="utf-8")
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    out = call_builder("suggest", "--seeds", str(seeds))
    assert out.returncode == 0, out.stderr
    stub = out.stdout.split(f'  name: "{name}"')[0].rsplit("\n\n", 1)[-1]
    said = re.search(r"^# (\d+) mentions? in the annotated text, in (\d+) sources?:", stub, re.M)
    assert said and (int(said[1]), int(said[2])) == (mentions, sources), out.stdout
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, drafts=True, discover=True))
    page = (docs / "review" / "index.md").read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if line.startswith(f"| [{name}]"))
    assert [c.strip() for c in row.split(" | ")][4] == str(mentions), row

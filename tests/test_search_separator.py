"""The hosted site's search splits words where the offline bundle's does (review 9,
finding 1): at brackets and quote marks ("(AFPW)", "\"Nobody"), at a full stop or comma not
inside a number, at an apostrophe not between letters; the separator in mkdocs.yml reads
the same in JavaScript (the theme compiles it with `new RegExp`) and in Python (the
offline index), and the terms are the offline bundle's."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from builder.present import offline_search

from conftest import ROOT

TEXTS = [
    "The union (AFPW) said", '"Nobody has called us," he said.', "Hoshino Foods (星野食品) recalled",
    "O'Hara and the dockers' union", "O’Hara’s ‘quoted’ word", "U.S. 3.5 1,000 example.com", "[a] {b} <c> d/e f|g h!i j?k l;m n:o p=q",
    "a&amp;b &lt;i&gt;x &quot;y&quot;", "snake_case and co-operate",
    # fresh-user review s14c: the hosted site found "€400,000" but not "400,000"
    "It was €250,000, not €400,000; £1.2m and $3bn, 7% up, #4, 2+2 ~5 ¥300 ₹40",
]


def project_separator() -> str:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.strip().startswith("separator:"))
    return str(yaml.safe_load(line.strip())["separator"])


def test_the_words_the_review_missed_are_terms() -> None:
    split = re.compile(project_separator())
    words = [w for t in TEXTS[:3] for w in split.split(t.lower()) if w]
    assert {"afpw", "nobody", "星野食品"} <= set(words)
    assert [w for w in split.split(TEXTS[3].lower()) if w] == ["o'hara", "and", "the", "dockers", "union"]
    assert [w for w in split.split(TEXTS[5].lower()) if w] == ["u", "s", "3.5", "1,000", "example", "com"]
    assert [w for w in split.split(TEXTS[-1].lower()) if w] == [
        "it", "was", "250,000", "not", "400,000", "1.2m", "and", "3bn", "7", "up", "4", "2", "2", "5", "300", "40"]


@pytest.mark.parametrize("text", TEXTS)
def test_hosted_terms_are_the_offline_bundles(text: str) -> None:
    """Each piece the separator leaves is one word of the offline bundle's (`TERM`), the
    same words in the same order (`snake_case`, `o'hara`, `1,000` whole in both)."""
    split = re.compile(project_separator())
    hosted = [w for w in split.split(text.lower()) if w]
    assert hosted == offline_search.terms(text, split)


def test_the_separator_splits_the_same_in_javascript(tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node, "node is missing (`make test` installs the npm packages with it)"
    script = tmp_path / "split.cjs"
    script.write_text(
        "const [sep, texts] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const re = new RegExp(sep);"  # as the theme compiles it
        "console.log(JSON.stringify(texts.map(t => t.toLowerCase().split(re).filter(w => w))));",
        encoding="utf-8",
    )
    separator = project_separator()
    run = subprocess.run([node, str(script)], input=json.dumps([separator, TEXTS]), capture_output=True, text=True, check=True)
    split = re.compile(separator)
    assert json.loads(run.stdout) == [[w for w in split.split(t.lower()) if w] for t in TEXTS]

"""Accent folding in both searches (`folding`): "Sao Paulo" finds "São Paulo", "Zurich"
finds "Zürich", in the hosted site's search (the theme's lunr worker with the prefix the
`dossier-search-fold` plugin puts before it, run by node) and in the offline bundle's (its
index made by `offline_search`, its worker run by node); the three folds agree; texts
shown keep their accents."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import material
import pytest
from test_offline_search import CONFIG, locations, run_worker

from builder.present import folding
from builder.present import offline_search as o

from conftest import ROOT


@pytest.mark.parametrize(("term", "folded"), [
    ("são paulo", "sao paulo"),
    ("zürich", "zurich"),
    ("núñez", "nunez"),
    ("Crème Brûlée", "Creme Brulee"),
    ("straße", "strasse"),
    ("søren", "soren"),
    ("łódź", "lodz"),
    ("æther", "aether"),
    ("ﬁnance", "finance"),  # a ligature: its compatibility form
    ("ελληνικά", "ελληνικα"),  # Greek accents go
    ("nu\u0301n\u0303ez", "nunez"),  # already decomposed
    ("हिन्दी", "हिन्दी"),  # Devanagari vowel signs are marks of the word: kept
    ("한국어", "한국어"),  # Hangul composed again
    ("o'hara", "o'hara"),
    ("1,000", "1,000"),
])
def test_fold(term: str, folded: str) -> None:
    assert folding.fold(term) == folded
    assert folding.fold(folded) == folded  # folding twice changes nothing


WORDS = ["São", "Zürich", "Núñez", "straße", "ẞ", "Søren", "Łódź", "Æther", "Œuvre", "þing", "ðe", "ıi", "ħ",
         "ﬁnance", "ｆｕｌｌ", "ελληνικά", "йогурт", "हिन्दी", "한국어", "nu\u0301n\u0303ez", "Ångström", "Việt"]
THEME = next((Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers").glob("search.*.min.js"), None)
"""The installed theme's search worker, wherever the interpreter finds mkdocs-material (a
worktree or a clone run with another checkout's environment has no `.venv` of its own)."""
HOSTED_INDEX = {
    "config": {**CONFIG, "lang": ["en"]},
    "docs": [
        {"location": "a.html", "title": "Notes", "text": "<p>Strikes in São Paulo and Zürich; Núñez spoke</p>"},
        {"location": "b.html", "title": "Other", "text": "<p>nothing here</p>"},
    ],
    "options": {"suggest": False},
}


def theme_worker(tmp_path: Path, prefix: bool, words: list[str], queries: list[str]) -> dict[str, object]:
    """The theme's search worker (mkdocs-material's, with or without the plugin's prefix)
    run by node over `HOSTED_INDEX`."""
    node = shutil.which("node")
    assert node, "node is missing (`make test` installs the npm packages with it)"
    assert THEME is not None, "mkdocs-material's search worker is missing"
    empty = tmp_path / "empty.js"
    empty.write_text("", encoding="utf-8")
    run = subprocess.run(
        [node, str(ROOT / "tests" / "theme_search_worker.cjs"), str(folding.WORKER_PREFIX if prefix else empty), str(THEME)],
        input=json.dumps({"index": HOSTED_INDEX, "words": words, "queries": queries}),
        capture_output=True, text=True, check=True,
    )
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def test_the_hosted_workers_fold_is_pythons(tmp_path: Path) -> None:
    out = theme_worker(tmp_path, True, WORDS, [])
    assert out["fold"] == [folding.fold(w) for w in WORDS]


def _found(answer: dict[str, object]) -> list[str]:
    return [item["location"] for group in answer["data"]["items"] for item in group]  # type: ignore[index]


QUERIES = ["Sao Paulo", "sao", "zurich", "Zurich", "Zur", "nunez", "São Paulo", "Zürich", "Núñez", "+nunez"]


def test_hosted_search_folds_accents(tmp_path: Path) -> None:
    folded = theme_worker(tmp_path, True, [], QUERIES + ["paulo"])
    for q, answer in zip(QUERIES, folded["answers"], strict=False):  # type: ignore[call-overload]
        assert _found(answer) == ["a.html"], q
    sao = folded["answers"][0]["data"]["items"][0][0]  # type: ignore[index]
    assert sao["text"] == "<p>Strikes in <mark>São</mark> <mark>Paulo</mark> and Zürich; Núñez spoke</p>"  # shown as written
    assert sao["terms"] == {"sao": True, "paulo": True}  # no word reported missing
    # the theme's own worker, for comparison: the unaccented words find nothing
    plain = theme_worker(tmp_path, False, [], ["Sao", "zurich", "nunez", "paulo"])
    assert [_found(a) for a in plain["answers"]] == [[], [], [], ["a.html"]]  # type: ignore[union-attr]


def test_offline_search_folds_accents(tmp_path: Path) -> None:
    index = {"config": CONFIG, "docs": [
        {"location": "a.html", "title": "Notes", "text": "<p>Strikes in São Paulo and Zürich; Núñez spoke</p>"},
        {"location": "b.html", "title": "Straße", "text": "<p>nothing here</p>"},
    ]}
    assert o.terms("São Paulo Zürich", o.separator(CONFIG)) == ["sao", "paulo", "zurich"]
    answers = run_worker(tmp_path, index, QUERIES + ["strasse", "Straße", "STRASSE"])
    for q, answer in zip(QUERIES, answers, strict=False):
        assert locations(answer) == ["a.html"], q
    for q, answer in zip(["strasse", "Straße", "STRASSE"], answers[len(QUERIES):], strict=True):
        assert locations(answer) == ["b.html"], q
    (sao,) = run_worker(tmp_path, index, ["sao paulo"])
    assert sao["items"][0][0]["text"] == "<p>Strikes in <mark>São</mark> <mark>Paulo</mark> and Zürich; Núñez spoke</p>"  # type: ignore[index]


def test_the_plugin_puts_the_prefix_before_the_themes_worker_once(tmp_path: Path) -> None:
    workers = tmp_path / folding.THEME_WORKERS
    workers.mkdir(parents=True)
    theme = workers / "search.0123abcd.min.js"
    theme.write_text("theme();\n", encoding="utf-8")
    (workers / "search.0123abcd.min.js.map").write_text("{}", encoding="utf-8")
    plugin = folding.SearchFoldPlugin()
    plugin.on_post_build(config={"site_dir": str(tmp_path)})
    prefixed = theme.read_text(encoding="utf-8")
    assert prefixed == folding.WORKER_PREFIX.read_text(encoding="utf-8") + "\ntheme();\n"
    assert prefixed.startswith(folding.MARK)
    plugin.on_post_build(config={"site_dir": str(tmp_path)})  # a `serve --dirty` rebuild: not twice
    assert theme.read_text(encoding="utf-8") == prefixed
    assert (workers / "search.0123abcd.min.js.map").read_text(encoding="utf-8") == "{}"

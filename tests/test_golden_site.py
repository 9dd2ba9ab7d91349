"""The whole generated site of three dossiers, byte for byte (see `golden_tree`): the
demo (with the review page), the harbour fixture, and a 50-source synthetic dossier
made once by `python bench/synth.py tests/fixtures/synth50/seeds --sources 50
--entities 150 --seed 1` (its seeds are kept, so a change to the generator does not
move the golden tree). Also: the export's JSON is what `json` itself writes, and the
CSV exports say what `dossier.json` says.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURE, ROOT, SEEDS, hand_written_docs, run_builder
from golden_tree import compare, generated

pytestmark = pytest.mark.slow  # each case builds a whole dossier (seconds): the fast subset leaves them out
CASES = {
    "demo": (SEEDS, ROOT / "docs", ("--drafts",)),
    "harbour": (FIXTURE / "seeds", FIXTURE / "docs", ()),
    "synth50": (Path(__file__).parent / "fixtures" / "synth50" / "seeds", FIXTURE / "docs", ()),
}


def build_case(case: str, tmp: Path, *extra: str) -> dict[str, bytes]:
    """Build `case` into a fresh copy of its hand-written pages; the generated files."""
    seeds, source, options = CASES[case]
    given = hand_written_docs(tmp / "given", source)  # index, about and assets only
    docs = tmp / "docs"
    shutil.copytree(given, docs)
    result = run_builder("build", "--seeds", str(seeds), "--docs", str(docs), *options, *extra, directory_urls=None)
    assert result.returncode == 0, result.stderr
    return generated(docs, given)


@pytest.fixture(scope="module", params=sorted(CASES))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, bytes]]:
    case = request.param
    return case, build_case(case, tmp_path_factory.mktemp(case))


@pytest.mark.slow
def test_site_tree_equals_golden(built: tuple[str, dict[str, bytes]], regen_golden: bool) -> None:
    case, files = built
    assert "data/dossier.json" in files and any(p.startswith("sources/") for p in files)
    compare(case, files, regen_golden)


def _one_record_per_line(data: dict[str, list[object]]) -> str:
    """`dossier.json` as `json` encodes it: sorted keys, each list one compact record a line."""
    blocks = []
    for key in sorted(data):
        records = [json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in data[key]]
        body = "[\n" + ",\n".join(records) + "\n]" if records else "[]"
        blocks.append(f"{json.dumps(key)}: {body}")
    return "{\n" + ",\n".join(blocks) + "\n}\n"


def test_dossier_json_lines_are_jsons_own_encoding(built: tuple[str, dict[str, bytes]]) -> None:
    _, files = built
    text = files["data/dossier.json"].decode("utf-8")
    data = json.loads(text)
    assert data["sources"] and data["entities"]
    assert text == _one_record_per_line(data)


@pytest.mark.slow
def test_timeline_json_is_jsons_own_encoding(built: tuple[str, dict[str, bytes]]) -> None:
    _, files = built
    text = files["data/timeline.json"].decode("utf-8")
    assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_mentions_csv_says_what_dossier_json_says(built: tuple[str, dict[str, bytes]]) -> None:
    _, files = built
    mentions = json.loads(files["data/dossier.json"])["mentions"]
    rows = _csv_rows(files["data/mentions.csv"])
    assert list(rows[0]) == ["entity", "source", "paragraph", "start", "end", "text"]
    assert len(rows) == len(mentions) > 0
    for row, m in zip(rows, mentions, strict=True):
        assert row == {k: str(m[k]) for k in row}, (row, m)


def test_entities_csv_says_what_dossier_json_says(built: tuple[str, dict[str, bytes]]) -> None:
    _, files = built
    entities = json.loads(files["data/dossier.json"])["entities"]
    rows = _csv_rows(files["data/entities.csv"])
    assert list(rows[0]) == ["id", "kind", "name", "aliases", "summary", "page", "mention_count"]
    assert len(rows) == len(entities) > 0
    for row, e in zip(rows, entities, strict=True):
        expected = {k: str(e[k]) for k in ("id", "kind", "name", "summary", "page", "mention_count")}
        assert {k: v for k, v in row.items() if k != "aliases"} == expected
        assert row["aliases"].split(" | ") == e["aliases"]

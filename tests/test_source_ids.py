"""A source's page name: made from its date and title, or fixed with `id:`; a page that
moves because its title or date changed is warned about, naming the old and the new
address and the fix (review s10: M8). Bad ids: one line with file, line and field,
exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import call_builder

TEXT = "Ferry crews at Norwick walked out on Monday.\n"


def _seeds(tmp: Path, meta: str, files: tuple[str, ...] = ("a.txt", "b.txt")) -> Path:
    seeds = tmp / "seeds"
    seeds.mkdir(exist_ok=True)
    for name in files:
        (seeds / name).write_text(TEXT, encoding="utf-8")
    (seeds / "sources.yml").write_text(meta, encoding="utf-8")
    return seeds


def _pages(docs: Path) -> list[str]:
    return sorted(p.name for p in (docs / "sources").glob("*.md") if p.name != "index.md")


def test_a_retitled_source_warns_that_its_page_moved_and_a_fixed_id_keeps_it(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "a.txt: {title: Crews walk out at Norwick, published: 2024-05-06}\n", ("a.txt",))
    docs = tmp_path / "docs"
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    assert _pages(docs) == ["2024-05-06-crews-walk-out-at-norwick.md"]
    # the page names are kept in the manifest for the next build
    assert json.loads((docs / ".dossier-manifest.json").read_text(encoding="utf-8"))["sources"] == {
        "a.txt": "2024-05-06-crews-walk-out-at-norwick"}
    (seeds / "sources.yml").write_text("a.txt: {title: Ferry crews strike, published: 2024-05-06}\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if "its page" in line] == [
        f"warning: {seeds / 'a.txt'}: its page sources/2024-05-06-crews-walk-out-at-norwick.md is now "
        "sources/2024-05-06-ferry-crews-strike.md (its title, date or id changed), so links to the old address "
        "break; to keep it, add id: 2024-05-06-crews-walk-out-at-norwick to its entry in sources.yml"
    ]
    # a changed date moves it too; the warning names the page of the previous build
    (seeds / "sources.yml").write_text("a.txt: {title: Ferry crews strike, published: 2024-05-07}\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert "its page sources/2024-05-06-ferry-crews-strike.md is now sources/2024-05-07-ferry-crews-strike.md" in result.stderr
    # fixed: the title changes, the page stays, nothing to warn of
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Ferry crews strike\n  published: 2024-05-07\n  id: 2024-05-07-ferry-crews-strike\n", encoding="utf-8")
    assert "its page" not in call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).stderr
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Ferry crews walk out\n  published: 2024-05-07\n  id: 2024-05-07-ferry-crews-strike\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0 and "its page" not in result.stderr
    assert _pages(docs) == ["2024-05-07-ferry-crews-strike.md"]
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert [(s["id"], s["title"]) for s in data["sources"]] == [("2024-05-07-ferry-crews-strike", "Ferry crews walk out")]


def test_a_generated_id_steps_aside_for_a_fixed_one(tmp_path: Path) -> None:
    """a.txt's title would make the page name b.txt fixes: a.txt, read first, takes "-2"."""
    seeds = _seeds(tmp_path, "a.txt: {title: Crews walk out}\nb.txt: {title: Other, id: crews-walk-out}\n")
    docs = tmp_path / "docs"
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert sorted((s["file"], s["id"]) for s in data["sources"]) == [("a.txt", "crews-walk-out-2"), ("b.txt", "crews-walk-out")]


@pytest.mark.parametrize(("meta", "message"), [
    ("a.txt: {title: A, id: Crews Walk Out}\n",
     "sources.yml:1: source 'a.txt': field 'id' is 'Crews Walk Out'; expected a fixed name for the source's page such as "
     "2024-03-12-walkout (lowercase letters, digits and hyphens, at most 100 characters)"),
    ("a.txt: {title: A, id: same}\nb.txt:\n  title: B\n  id: same\n",
     "sources.yml:4: source 'b.txt': field 'id' 'same' is also the id of source 'a.txt' (line 1); each source needs its own"),
    ("a.txt: {title: A, id: index}\n",
     "sources.yml:1: source 'a.txt': field 'id' 'index' is reserved"),
    ("a.txt: {title: A, id: " + "x" * 101 + "}\n", "sources.yml:1: source 'a.txt': field 'id'"),
])
def test_a_bad_fixed_id_is_one_line_naming_file_line_and_field(tmp_path: Path, meta: str, message: str) -> None:
    seeds = _seeds(tmp_path, meta)
    result = call_builder("check", "--seeds", str(seeds))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(seeds / "sources.yml")) and message in lines[0], result.stderr


def test_a_front_matter_id_that_a_generated_one_took_is_an_error(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "a.txt: {title: Crews walk out}\n", ("a.txt",))
    (seeds / "b.txt").write_text("---\ntitle: B\nid: crews-walk-out\n---\n" + TEXT, encoding="utf-8")
    result = call_builder("check", "--seeds", str(seeds))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"{seeds / 'b.txt'}:3: source 'b.txt': field 'id' 'crews-walk-out' is already the page name of another source "
        "(made from its title); choose another id")


@pytest.mark.parametrize(("value", "message"), [
    ("index", "b.txt:3: front matter: field 'id' 'index' is reserved"),
    ("page-2", "b.txt:3: front matter: field 'id' 'page-2' is reserved"),
])
def test_a_reserved_front_matter_id_is_refused_like_a_sources_yml_one(tmp_path: Path, value: str, message: str) -> None:
    """`id: index` in front matter passed `check` and failed the build with status 1 and a
    docs path (attack review, session 12, F3): now the field's line, exit 2, in check too."""
    seeds = _seeds(tmp_path, "a.txt: {title: Crews walk out}\n", ("a.txt",))
    (seeds / "b.txt").write_text(f"---\ntitle: B\nid: {value}\n---\n" + TEXT, encoding="utf-8")
    for command in ("check", "build"):
        result = call_builder(command, "--seeds", str(seeds), *(("--docs", str(tmp_path / "docs")) if command == "build" else ()))
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(str(seeds / message)), result.stderr


def test_two_front_matters_giving_one_id_say_it_was_given(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "", ())
    for name in ("a.txt", "b.txt"):
        (seeds / name).write_text(f"---\ntitle: {name}\nid: walkout\n---\n" + TEXT, encoding="utf-8")
    result = call_builder("check", "--seeds", str(seeds))
    assert result.returncode == 2
    assert result.stderr.strip() == (f"{seeds / 'b.txt'}:3: source 'b.txt': field 'id' 'walkout' is already the id given "
                                     "to another source; choose another id")

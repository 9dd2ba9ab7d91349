"""What a fresh user's invented court-case dossier showed (session 8 review), each failure
as a kind: the Makefile's targets rebuilding without the build's flags, the review page
nobody links to, front matter in Markdown seeds, misspelt kinds, YAML errors pointing at
the end of the file, and search text running metadata lines together. Every name is
invented; expected values were worked out by hand."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from builder import pipeline

from conftest import ROOT, call_builder

STRIKE = Path(__file__).parent / "fixtures" / "strike"


# ---- 1. the build's flags reach every target that builds


@pytest.mark.parametrize("target", ["build", "site", "offline", "pdf", "serve"])
def test_every_make_target_that_builds_passes_build_flags(target: str) -> None:
    plan = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", target, "SEEDS=/x/seeds", "DOCS=/x/docs", "BUILD_FLAGS=--discover --drafts"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    builds = [line for line in plan.splitlines() if " -m builder build " in line or " -m builder watch " in line]
    assert builds, plan
    for line in builds:
        assert "--seeds /x/seeds --docs /x/docs --discover --drafts" in line, line
    assert (" -m builder watch " in plan) == (target == "serve")


@pytest.mark.slow
def test_a_build_without_discover_says_it_deleted_the_discovered_profiles(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(STRIKE, seeds)
    first = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover", "--jobs", "1")
    assert first.returncode == 0 and "warning" not in first.stderr, first.stderr
    assert (docs / "people" / "mara-lind.md").exists()
    again = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover", "--jobs", "1")
    assert "--discover" not in again.stderr
    plain = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert plain.returncode == 0 and not (docs / "people" / "mara-lind.md").exists()
    (line,) = [w for w in plain.stderr.splitlines() if "--discover" in w]
    assert line.startswith(f"warning: {docs}: the previous build ran with --discover") and "BUILD_FLAGS=--discover" in line
    # said once: the build after it made no discovered profiles to lose
    later = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert later.returncode == 0 and not [w for w in later.stderr.splitlines() if w.startswith("warning") and "--discover" in w]
    assert "registers no entity" in later.stderr  # the empty registry's note instead


# ---- 2. the review page is reachable


class _Inherit(yaml.SafeLoader):
    """Reads the site settings' `!ENV [NAME, default]` as its default."""


_Inherit.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[1])  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("drafts", [True, False])
def test_the_review_page_is_in_the_nav_and_linked_from_home(tmp_path: Path, drafts: bool) -> None:
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(STRIKE, docs, jobs=1, drafts=drafts, discover=True))
    settings = yaml.load((docs / ".dossier-site.yml").read_text(encoding="utf-8"), Loader=_Inherit)
    nav = [next(iter(item.items())) for item in settings["nav"]]
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert (docs / "review" / "index.md").exists() == drafts
    if drafts:
        assert nav[-2:] == [("Names to review", "review/index.md"), ("About", "about.md")]
        assert "**[Names to review](review/index.md)**" in home
    else:
        assert "Names to review" not in [title for title, _ in nav] and "review/index.md" not in home


# ---- 3. front matter in .md and .txt seeds is the source's metadata


UNION = "---\ntitle: Union statement\npublished: 2025-10-23\n---\n# Statement\n\nThe union met the firm on Monday.\n"


def _seeds(tmp_path: Path, files: dict[str, str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in files.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


@pytest.mark.parametrize("name", ["statement.md", "statement.MARKDOWN", "statement.txt"])
def test_front_matter_is_the_sources_metadata_and_not_its_text(tmp_path: Path, name: str) -> None:
    from builder.read import sources

    dossier = sources.load(_seeds(tmp_path, {name: UNION}))
    (source,) = dossier.sources
    assert (source.title, str(source.published)) == ("Union statement", "2025-10-23")
    assert source.text.startswith("# Statement" if name.endswith(".txt") else "Statement")
    assert "title:" not in source.text and "---" not in source.text
    assert not [w for w in dossier.warnings if "no entry in sources.yml" in w]


def test_front_matter_with_crlf_and_a_byte_order_mark(tmp_path: Path) -> None:
    from builder.read import sources

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "notes.md").write_bytes(b"\xef\xbb\xbf---\r\ntitle: Hearing notes\r\noutlet: Court Gazette\r\n...\r\nThe hearing opened.\r\n")
    (source,) = sources.load(seeds).sources
    assert (source.title, source.outlet, source.text) == ("Hearing notes", "Court Gazette", "The hearing opened.")


@pytest.mark.parametrize(
    "text",
    [
        "---\n\nThe text opens with a rule.\n\n---\n\nAnd has another.\n",  # no key: a rule, not front matter
        "---\ntitle: never closed\nThe text.\n",  # not closed: text
    ],
)
def test_a_text_that_merely_opens_with_a_rule_stays_text(tmp_path: Path, text: str) -> None:
    from builder.read import sources

    (source,) = sources.load(_seeds(tmp_path, {"a.txt": text})).sources
    assert source.text == text


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ("---\ntitle: Court notes\naliases: [VCL, Vantmoor\n---\nText.\n", 3, "malformed YAML"),
        ("---\ntitle: Court notes\npublished: 2025-02-30\n---\nText.\n", 3, "field 'published' is '2025-02-30'; expected an ISO date"),
        ("---\ntitle: Court notes\nauthor: A. Clerk\n---\nText.\n", 3, "unknown field 'author'"),
        ("---\ntitle: Court notes\nskip: nine\n---\nText.\n", 3, "field 'skip' is 'nine'"),
        ("---\ntitle: \n---\nText.\n", 2, "field 'title'"),
    ],
)
def test_bad_front_matter_is_one_line_and_exit_2(tmp_path: Path, text: str, line: int, said: str) -> None:
    seeds = _seeds(tmp_path, {"notes.md": text})
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--jobs", "1")
    assert result.returncode == 2 and not (tmp_path / "docs" / "sources").exists()
    (problem,) = result.stderr.strip().splitlines()
    assert problem.startswith(f"{seeds / 'notes.md'}:") and said in problem, problem
    if said != "malformed YAML":  # its line: test_yaml_errors_name_the_line_a_bracket_opened
        assert problem.startswith(f"{seeds / 'notes.md'}:{line}: "), problem


def test_front_matter_and_sources_yml_agree_or_say_where_they_differ(tmp_path: Path) -> None:
    from builder.errors import InputError
    from builder.read import sources

    seeds = _seeds(tmp_path, {
        "a.md": UNION,
        "sources.yml": "a.md:\n  title: Union statement\n  outlet: Union Weekly\n  published: 2025-10-24\n",
    })
    with pytest.raises(InputError) as raised:
        sources.load(seeds)
    assert str(raised.value).splitlines() == [
        f"{seeds / 'a.md'}:3: front matter: field 'published' is '2025-10-23' but {seeds / 'sources.yml'}:4 says '2025-10-24'; give it in one place"
    ]
    (seeds / "sources.yml").write_text("a.md:\n  title: Union statement\n  outlet: Union Weekly\n", encoding="utf-8")
    (source,) = sources.load(seeds).sources
    assert (source.title, source.outlet, str(source.published)) == ("Union statement", "Union Weekly", "2025-10-23")


# ---- 4. a kind close to a builder kind is warned about; kinds stay open


ENTITY = "- id: vantmoor\n  kind: {kind}\n  name: Vantmoor Construction Ltd\n  summary: A building firm.\n"


@pytest.mark.parametrize(
    ("kind", "meant"),
    [("organisaton", "organisation"), ("organization", "organisation"), ("persons", "person"), ("plac", "place"),
     ("partyy", "party"), ("organisation", None), ("court", None), ("event", None), ("company", None), ("parties", None)],
)
def test_a_misspelt_kind_is_warned_about_with_the_kind_meant(tmp_path: Path, kind: str, meant: str | None) -> None:
    from builder.read import sources

    seeds = _seeds(tmp_path, {"a.txt": "Vantmoor Construction Ltd won the bid.\n", "entities.yml": "\n\n" + ENTITY.format(kind=kind)})
    dossier = sources.load(seeds)
    assert dossier.entities[0].kind == kind  # kept as written: kinds are open
    slips = [w for w in dossier.warnings if "did you mean" in w]
    if meant is None:
        assert slips == []
    else:
        assert slips == [
            f"{seeds / 'entities.yml'}:4: entity 'vantmoor': field 'kind' is '{kind}'; did you mean '{meant}'? "
            "(any other word is a kind of its own, with its own folder)"
        ]


def test_the_warning_reaches_the_command_line(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, {"a.txt": "Vantmoor Construction Ltd won the bid.\n", "entities.yml": ENTITY.format(kind="organisaton")})
    result = call_builder("check", "--seeds", str(seeds))
    assert result.returncode == 0
    assert f"{seeds / 'entities.yml'}:2: entity 'vantmoor': field 'kind' is 'organisaton'; did you mean 'organisation'?" in result.stderr


# ---- 6. the README says which entity fields are required


def test_the_readme_names_the_required_entity_fields() -> None:
    import re

    from builder.read.registry import ENTITY_FIELDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"`entities\.yml`, a list \(([^)]*) are required", readme)
    assert said, "the README's entities.yml section names its required fields"
    assert set(re.findall(r"`(\w+)`", said.group(1))) == {f.name for f in ENTITY_FIELDS if f.required}


# ---- 5. a YAML error names the line where the unclosed construct opened


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("entities.yml",
         "- id: vantmoor\n  kind: organisation\n  name: Vantmoor Construction Ltd\n  aliases: [VCL, Vantmoor\n  summary: A building firm.\n",
         "entities.yml:4: malformed YAML: a flow sequence opened here is not closed by line 5 (did not find expected ',' or ']')"),
        ("entities.yml",
         "- id: vantmoor\n  kind: organisation\n  name: Vantmoor Construction Ltd\n  summary: A building firm.\n  aliases: [VCL, Vantmoor\n",
         "entities.yml:5: malformed YAML: a flow sequence opened here is not closed by line 6 (did not find expected ',' or ']')"),
        ("sources.yml", "a.txt:\n  title: \"Court rules\n  published: 2025-10-21\n",
         "sources.yml:2: malformed YAML: a quoted scalar opened here is not closed by line 4 (found unexpected end of stream)"),
        ("sources.yml", "a.txt: {title: Court rules,\n  published: 2025-10-21\n",
         "sources.yml:1: malformed YAML: a flow mapping opened here is not closed by line 3 (did not find expected ',' or '}')"),
        ("a.txt", "---\ntitle: Court notes\naliases: [VCL, Vantmoor\n---\nText.\n",
         "a.txt:3: malformed YAML: a flow sequence opened here is not closed by line 4 (did not find expected ',' or ']')"),
        # no construct left open: the line of the problem, as before
        ("sources.yml", "a.txt:\n  title: Court rules\n   published: 2025-10-21\n",
         "sources.yml:3: malformed YAML: mapping values are not allowed in this context"),
        # another construct: the problem's line, and where that construct began
        ("sources.yml", "a.txt:\n  title: Court rules\n  - 2025-10-21\n",
         "sources.yml:3: malformed YAML: did not find expected key (in a block mapping from line 2)"),
    ],
)
def test_yaml_errors_name_the_line_a_bracket_opened(tmp_path: Path, name: str, text: str, expected: str) -> None:
    files = {"a.txt": "The court ruled on Tuesday.\n", name: text}
    seeds = _seeds(tmp_path, files)
    result = call_builder("check", "--seeds", str(seeds))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"{seeds}/{expected}"]


# ---- 7. search text keeps a source page's metadata lines apart


def test_search_text_separates_the_source_pages_metadata_lines(demo: Path, demo_site: Path) -> None:
    import json
    import re

    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    index = json.loads((demo_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = {doc["location"]: doc["text"] for doc in index["docs"]}
    for s in data["sources"]:
        page = text[f"sources/{s['id']}/"]
        # the second line ("file ...", after an optional byline) starts after white space
        assert re.search(rf"(?:^|[\s>])(?:\S.* · )?file {re.escape(s['file'])} · \d+ paragraphs?", page), page[:300]
        assert not re.search(rf"[^\s·>]file {re.escape(s['file'])}", page), page[:300]
    # the two lines are two paragraphs of the search text (session 12: the teaser shows them apart)
    assert "original at www.ctvnews.ca</p> <p>file 001_07409e06a383f7f9.txt" in " ".join(text.values())


def test_add_takes_a_sources_entry_from_the_front_matter(tmp_path: Path) -> None:
    """`builder add` takes the front matter as the entry, not its first line, and repeats
    none of its fields in sources.yml (two copies would soon disagree, which is an
    error; review s10 L1): only the missing date's placeholder is appended."""
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "statement.md").write_text(UNION, encoding="utf-8")
    (incoming / "notes.txt").write_text("---\ntitle: Hearing notes\nnotes: Typed up by the clerk.\n---\nThe hearing opened.\n", encoding="utf-8")
    seeds = _seeds(tmp_path, {})
    added = call_builder("add", str(incoming / "statement.md"), str(incoming / "notes.txt"), "--seeds", str(seeds), "--append")
    assert added.returncode == 0, added.stderr
    assert (seeds / "sources.yml").read_text(encoding="utf-8") == (
        '"notes.txt":\n  # published: YYYY-MM-DD    # fill in the day it was published and remove the \'# \' before published\n'
    )
    check = call_builder("check", "--seeds", str(seeds))
    assert check.returncode == 0 and check.stdout.strip() == "ok: 2 sources, 0 entities", check.stderr

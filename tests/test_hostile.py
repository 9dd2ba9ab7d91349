"""Hostile and careless input (issue 17): every case exits 2 with one printable line per
problem naming file, line and field, leaves docs/ exactly as it was, and never shows a
traceback; the cases the builder can take build with the right outcome. Each case
stands for its kind."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from builder.__main__ import main

from conftest import FIXTURE, ROOT, call_builder, run_builder
from test_inputs import snapshot

Case = Callable[[Path, Path], None]


@pytest.fixture()
def dossier(harbour: tuple[Path, Path]) -> tuple[Path, Path]:
    """A copy of the fixture dossier, built once for the run (`harbour`)."""
    return harbour


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(text)


def outside(seeds: Path) -> Path:
    """A file outside the dossier that must never be published, moved or deleted."""
    victim = seeds.parent / "victim.txt"
    victim.write_text("SECRET outside the seeds folder\n", encoding="utf-8")
    return victim


def symlink_source(seeds: Path, docs: Path) -> None:
    (seeds / "x.txt").symlink_to(outside(seeds))


def symlink_registry(seeds: Path, docs: Path) -> None:
    moved = seeds.parent / "elsewhere.yml"
    shutil.move(seeds / "entities.yml", moved)
    (seeds / "entities.yml").symlink_to(moved)


def fifo_source(seeds: Path, docs: Path) -> None:
    os.mkfifo(seeds / "pipe.txt")


def people_symlink(seeds: Path, docs: Path) -> None:
    target = seeds.parent / "elsewhere"
    shutil.move(docs / "people", target)
    (docs / "people").symlink_to(target)


def people_file(seeds: Path, docs: Path) -> None:
    shutil.rmtree(docs / "people")
    (docs / "people").write_text("not a folder\n", encoding="utf-8")


def manifest_entry(entry: str) -> Case:
    def case(seeds: Path, docs: Path) -> None:
        outside(seeds)
        data = json.loads((docs / ".dossier-manifest.json").read_text(encoding="utf-8"))
        data["files"].append(entry)
        (docs / ".dossier-manifest.json").write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    return case


@pytest.mark.slow
@pytest.mark.parametrize("entry", ["../victim.txt", "people", "notes.md", "/tmp/victim.txt"])
def test_journal_that_cannot_be_applied_is_discarded(dossier: tuple[Path, Path], entry: str) -> None:
    """A stale staging journal naming what the builder never writes (outside docs/, a
    folder, a hand-written page) is dropped with one warning line: nothing is deleted,
    this build succeeds, and so does the next."""
    seeds, docs = dossier
    victim = outside(seeds)
    (docs / ".dossier-staging").mkdir()
    (docs / ".dossier-staging" / "commit.json").write_text(json.dumps({"replace": [], "delete": [entry]}))
    before = snapshot(docs)
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "commit.json" in line]
    assert len(lines) == 1 and lines[0].startswith(f"warning: {docs / '.dossier-staging' / 'commit.json'}: discarded"), result.stderr
    assert not (docs / ".dossier-staging").exists()
    assert victim.read_text().startswith("SECRET")
    after = snapshot(docs)
    assert {k: v for k, v in after.items() if "dossier-staging" not in k and "dossier-cache" not in k} == {
        k: v for k, v in before.items() if "dossier-staging" not in k and "dossier-cache" not in k}
    again = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert again.returncode == 0 and "commit.json" not in again.stderr, again.stderr


def cache_symlink(seeds: Path, docs: Path) -> None:
    target = seeds.parent / "elsewhere"
    shutil.move(docs / ".dossier-cache", target)
    (docs / ".dossier-cache").symlink_to(target)


def lock_symlink(seeds: Path, docs: Path) -> None:
    (seeds.parent / "elsewhere").mkdir()
    (seeds.parent / "elsewhere" / "kept.txt").write_text("kept\n")
    (docs / ".dossier-lock").unlink(missing_ok=True)
    (docs / ".dossier-lock").symlink_to(seeds.parent / "elsewhere" / "lock")


def nested_events(seeds: Path, docs: Path) -> None:
    (seeds / "events.yml").write_text("- id: a\n  entities: " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")


ALIAS_BOMB = "# billion laughs: twelve levels of nine aliases, 9**12 values\n" + (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefghijk", "bcdefghijkl", strict=True)
    )
)


def alias_bomb(seeds: Path, docs: Path) -> None:
    assert 550 <= len(ALIAS_BOMB.encode()) <= 700  # the 620-byte bomb, give or take
    (seeds / "sources.yml").write_text(ALIAS_BOMB, encoding="utf-8")


def write(name: str, text: str) -> Case:
    def case(seeds: Path, docs: Path) -> None:
        (seeds / name).write_text(text, encoding="utf-8")
    return case


def replace(file: str, old: str, new: str) -> Case:
    def case(seeds: Path, docs: Path) -> None:
        edit(seeds / file, old, new)
    return case


def entity(text: str) -> Case:
    def case(seeds: Path, docs: Path) -> None:
        append(seeds / "entities.yml", text)
    return case


def control_file_name(seeds: Path, docs: Path) -> None:
    (seeds / "a\x1b[2Jb.txt").write_text("Hello.\n", encoding="utf-8")


def bytes_file_name(name: bytes) -> Case:
    def case(seeds: Path, docs: Path) -> None:
        with open(os.path.join(os.fsencode(seeds), name), "wb") as f:
            f.write(b"Hello there.\n")
    return case


def nul_source(seeds: Path, docs: Path) -> None:
    (seeds / "strike.txt").write_bytes(b"Dockers\n\nwalk\x00out\n")


def docs_is_seeds(seeds: Path, docs: Path) -> None:
    shutil.copytree(seeds, docs, dirs_exist_ok=True)


# (name, how to break the dossier, what the error line holds, the docs folder to pass
# or None for docs/)
BAD: list[tuple[str, Case, list[str], str | None]] = [
    ("title with DEL", replace("sources.yml", "title: Dockers walk out at Port Avel", 'title: "Dockers\\x7f walk"'),
     ["sources.yml:2: source 'strike.txt': field 'title' is 'Dockers\\x7f walk'", "U+007F"], None),
    ("title with a C1 control", replace("sources.yml", "title: Strike talks open", 'title: "Strike\\x9b talks"'),
     ["sources.yml:6: source 'talks.md': field 'title'", "U+009B"], None),
    ("name with a bidi override", replace("entities.yml", "name: Mara Lind", 'name: "Mara \\u202eLind"'),
     ["entities.yml:3: entity 'mara-lind': field 'name' is 'Mara \\u202eLind'", "U+202E"], None),
    ("summary of zero-width spaces", replace("entities.yml", "summary: A harbour town.", 'summary: "\\u200b\\u200b"'),
     ["entities.yml:39: entity 'port-avel': field 'summary' is '\\u200b\\u200b'"], None),
    ("id with a newline", replace("entities.yml", "- id: port-avel", '- id: "port-avel\\n"'),
     ["entities.yml:36: entity 'port-avel\\n': field 'id' is 'port-avel\\n'; expected a slug"], None),
    ("id with terminal escapes", replace("entities.yml", "- id: port-avel", '- id: "\\e[31mred\\e[0m"'),
     ["entities.yml:36: entity '\\x1b[31mred\\x1b[0m': field 'id'"], None),
    ("empty alias", replace("entities.yml", "    - port authority", '    - ""'),
     ["entities.yml:30: entity 'port-authority': alias '' is empty"], None),
    ("string for an entity", entity("- just a name\n"),
     ["entities.yml:40: entry 7: is 'just a name'; expected a mapping of fields"], None),
    ("list for a source's metadata", replace("sources.yml", "talks.md:\n  title: Strike talks open", "talks.md: [a, b]\nx:\n  title: Strike talks open"),
     ["sources.yml:5: source 'talks.md': is a list of 2; expected a mapping of fields"], None),
    ("string for an alias record", replace("entities.yml", "    - port authority", "    - [port authority]"),
     ["entities.yml:30: entity 'port-authority': alias: is a list of 1; expected a mapping of fields"], None),
    ("skip: [true]", replace("sources.yml", "  outlet: Avel Courier\n", "  outlet: Avel Courier\n  skip: [true]\n"),
     ["sources.yml:4: source 'strike.txt': field 'skip' is a list of 1; expected a list of paragraph numbers"], None),
    ("reversed date range", write("events.yml", "- id: strike-weeks\n  title: Strike\n  date: 2024-03/2024-02\n"),
     ["events.yml:3: event 'strike-weeks': field 'date' is '2024-03/2024-02'"], None),
    ("title with a line feed", replace("sources.yml", "title: Dockers walk out at Port Avel", 'title: "Dockers\\n\\nForged paragraph"'),
     ["sources.yml:2: source 'strike.txt': field 'title' is 'Dockers\\n\\nForged paragraph'; expected a one-line title"], None),
    ("outlet with a carriage return", replace("sources.yml", "outlet: Avel Courier", 'outlet: "Avel\\rCourier"'),
     ["sources.yml:3: source 'strike.txt': field 'outlet' is 'Avel\\rCourier'"], None),
    ("name with a line feed", replace("entities.yml", "name: Mara Lind", 'name: "Mara\\n| forged | row |"'),
     ["entities.yml:3: entity 'mara-lind': field 'name' is 'Mara\\n| forged | row |'"], None),
    ("summary with a line feed", replace("entities.yml", "summary: A harbour town.", 'summary: "A harbour\\ntown."'),
     ["entities.yml:39: entity 'port-avel': field 'summary' is 'A harbour\\ntown.'"], None),
    ("role title with a line feed", replace("entities.yml", "    - title: secretary", '    - title: "secre\\ntary"'),
     ["entities.yml:10:", "field 'title' is 'secre\\ntary'"], None),
    ("alias with a line feed", replace("entities.yml", "    - port authority", '    - "port\\nauthority"'),
     ["entities.yml:30: entity 'port-authority': alias 'port\\nauthority'"], None),
    # attack review s15 #13: the message said "is empty or holds a control character"
    ("alias of 1,200 characters", replace("entities.yml", "    - port authority", "    - " + "port " * 240),
     ["entities.yml:30: entity 'port-authority': alias", "is longer than 1000 characters"], None),
    ("event title with a line feed", write("events.yml", '- id: walkout\n  title: "Walk **out\\n"\n  date: 2024-03-12\n'),
     ["events.yml:2:", "field 'title' is 'Walk **out\\n'"], None),
    ("summary of 200,000 characters", replace("entities.yml", "summary: A harbour town.", "summary: " + "harbour " * 25_000),
     ["entities.yml:39: entity 'port-avel': field 'summary' is 'harbour harbour", "expected a one-line summary of at most 500 characters "
      "(it has 199,999 characters)"], None),
    ("event summary of 501 characters", write("events.yml", "- id: walkout\n  summary: " + "x" * 501 + "\n  date: 2024-03-12\n"),
     ["events.yml:2: event 'walkout': field 'summary'", "at most 500 characters (it has 501 characters)"], None),
    ("dossier id of 65 characters", write("dossier.yml", "title: Harbour\nid: " + "a" * 65 + "\n"),  # /tmp/attack-repro/c7
     ["dossier.yml:2: the dossier: field 'id' is 'aaaa", "at most 64 characters)"], None),
    # a logo's path must stay inside the docs folder and name an image (attack review, session 11)
    ("logo climbing out of docs", write("dossier.yml", "title: Harbour\nlogo: assets/../../secret.svg\n"),
     ["dossier.yml:2: the dossier: field 'logo' is 'assets/../../secret.svg'; expected an image's path inside the docs folder"], None),
    ("logo through a dot segment", write("dossier.yml", "title: Harbour\nlogo: ./assets//logo.svg\n"),
     ["dossier.yml:2: the dossier: field 'logo' is './assets//logo.svg'"], None),
    ("logo not an image", write("dossier.yml", "title: Harbour\nlogo: assets/dossier.css\n"),
     ["dossier.yml:2: the dossier: field 'logo' is 'assets/dossier.css'", ".svg, .png"], None),
    ("dossier id of 20 MB", write("dossier.yml", "title: Harbour\nid: " + "a" * 20_000_000 + "\n"),
     ["dossier.yml:2: the dossier: field 'id' is 'aaaa", "at most 64 characters)"], None),
    ("sources.yml a list", write("sources.yml", "# metadata\n- strike.txt\n- talks.md\n"),
     ["sources.yml:2: expected a mapping of file name to metadata"], None),
    ("entities.yml a mapping", write("entities.yml", "{}\n"), ["entities.yml:1: expected a list of entities"], None),
    ("events.yml a mapping", write("events.yml", "\nid: x\n"), ["events.yml:2: expected a list of events"], None),
    ("events nested 20,000 deep", nested_events, ["events.yml:2: malformed YAML: nested more than 50 levels"], None),
    ("alias bomb", alias_bomb, ["sources.yml:1: malformed YAML: aliases expand the document to"], None),
    ("self-referring alias", write("events.yml", "- &a\n  id: x\n  merge: [*a]\n"), ["events.yml:", "an alias refers to a value that contains it"], None),
    ("NUL in a source", nul_source, ["strike.txt: a NUL character at offset 13"], None),
    ("control character in a file name", control_file_name, ["a\\x1b[2Jb.txt: the file name holds a control character"], None),
    # a line feed or a tab in a file name split the warning line and reached the page (attacker review, session 9)
    ("line feed in a file name", bytes_file_name(b"nl\nname.txt"), ["/nl\\nname.txt: the file name holds a control character"], None),
    ("tab in a file name", bytes_file_name(b"tab\tname.txt"), ["/tab\\tname.txt: the file name holds a control character"], None),
    ("title of 3,000,000 characters", replace("sources.yml", "title: Dockers walk out at Port Avel", "title: " + "Dockers " * 375_000),
     ["sources.yml:2: source 'strike.txt': field 'title' is 'Dockers Dockers", "expected a one-line title (it has 2,999,999 characters)"], None),
    ("outlet of 1,001 characters", replace("sources.yml", "outlet: Avel Courier", "outlet: " + "C" * 1001),
     ["sources.yml:3: source 'strike.txt': field 'outlet' is 'CCCC", "(it has 1,001 characters)"], None),
    ("file name not UTF-8", bytes_file_name(b"\xff\xfe.txt"), ["/\\xff\\xfe.txt: the file name is not valid UTF-8"], None),
    ("file name an encoded lone surrogate", bytes_file_name(b"a\xed\xa0\x80.txt"),
     ["/a\\xed\\xa0\\x80.txt: the file name is not valid UTF-8"], None),
    ("source symlinked out of seeds", symlink_source, ["x.txt: a symbolic link to", "outside the seeds folder"], None),
    ("registry symlinked out of seeds", symlink_registry, ["entities.yml: a symbolic link to", "outside the seeds folder"], None),
    ("a pipe named like a source", fifo_source, ["pipe.txt: not a regular file"], None),
    # a link in a loop: Path.resolve raised RuntimeError, a traceback (attack review, session 11)
    ("source linked to itself", lambda s, d: (s / "x.txt").symlink_to("x.txt"), ["x.txt: cannot read (Too many levels of symbolic links)"], None),
    ("two sources linked to each other", lambda s, d: ((s / "a.txt").symlink_to("b.txt"), (s / "b.txt").symlink_to("a.txt")),
     ["a.txt: cannot read (Too many levels of symbolic links)\n", "b.txt: cannot read (Too many levels of symbolic links)\n"], None),
    # dossier.yml or events.yml as a broken link were read as absent: defaults, curated events dropped (session 12, F2)
    ("dossier.yml linked to itself", lambda s, d: (s / "dossier.yml").symlink_to("dossier.yml"),
     ["dossier.yml: cannot read (Too many levels of symbolic links)"], None),
    ("dossier.yml linked to nothing", lambda s, d: (s / "dossier.yml").symlink_to("gone.yml"),
     ["dossier.yml: cannot read (No such file or directory)"], None),
    ("events.yml linked to nothing", lambda s, d: (s / "events.yml").symlink_to("gone.yml"),
     ["events.yml: cannot read (No such file or directory)"], None),
    ("registry linked to itself", lambda s, d: ((s / "entities.yml").unlink(), (s / "entities.yml").symlink_to("entities.yml")),
     ["entities.yml: cannot read (Too many levels of symbolic links)"], None),
    ("entity id index", entity("- id: index\n  kind: person\n  name: Ann Index\n  summary: x.\n"),
     ["entities.yml:40: entity 'index': field 'id' is reserved"], None),
    ("entity id page-2", entity("- id: page-2\n  kind: place\n  name: Page Two\n  summary: x.\n"),
     ["entities.yml:40: entity 'page-2': field 'id' is reserved"], None),
    ("kind source with a source's id", entity("- id: 2024-03-12-dockers-walk-out-at-port-avel\n  kind: source\n  name: Ann\n  summary: x.\n"),
     ["entities.yml:40: entity '2024-03-12-dockers-walk-out-at-port-avel': its page sources/2024-03-12-dockers-walk-out-at-port-avel.md "
      "is the page of source 'strike.txt'",
      "entities.yml:40: entity '2024-03-12-dockers-walk-out-at-port-avel': kind 'source' would write into sources/, the folder of the sources"], None),
    ("kind asset", entity("- id: logo\n  kind: asset\n  name: Logo\n  summary: x.\n"),
     ["entities.yml:40: entity 'logo': kind 'asset' would write into assets/, the folder of the site's stylesheet and scripts"], None),
    ("kind claim, id index", entity("- id: index\n  kind: claim\n  name: Claim\n  summary: x.\n"),
     ["entities.yml:40: entity 'index': field 'id' is reserved", "kind 'claim' would write into claims/, the folder of the claims pages"], None),
    ("kind connection", entity("- id: link\n  kind: connection\n  name: Link\n  summary: x.\n"),
     ["kind 'connection' would write into connections/, the folder of the connections page"], None),
    ("two kinds, one folder", entity("- id: bus-a\n  kind: bus\n  name: Bus A\n  summary: x.\n- id: bus-b\n  kind: buse\n  name: Bus B\n  summary: x.\n"),
     ["entities.yml:44: entity 'bus-b': kind 'buse' would write into buses/, the folder of", "entities.yml:40: entity 'bus-a' (kind 'bus')"], None),
    ("docs/people a file", people_file, ["docs/people: not a real folder (a link or a file)"], None),
    ("docs/people a symlink out", people_symlink, ["docs/people: not a real folder (a link or a file)"], None),
    ("docs/.dossier-cache a symlink out", cache_symlink, ["docs/.dossier-cache: a symbolic link"], None),
    ("docs/.dossier-lock a symlink out", lock_symlink, ["docs/.dossier-lock: a symbolic link"], None),
    ("manifest entry ../victim.txt", manifest_entry("../victim.txt"), [".dossier-manifest.json:", "entry '../victim.txt' is not a generated file"], None),
    ("manifest entry absolute", manifest_entry("/tmp/victim.txt"), ["entry '/tmp/victim.txt' is not a generated file"], None),
    ("manifest entry a generated folder", manifest_entry("people"), ["entry 'people' is not a generated file"], None),
    ("manifest entry a nested folder", manifest_entry("data"), ["entry 'data' is not a generated file"], None),
    ("manifest entry a hand-written page", lambda s, d: ((d / "notes.md").write_text("mine\n"), manifest_entry("notes.md")(s, d)),
     ["entry 'notes.md' is not a generated file"], None),
    ("--docs a file", lambda s, d: (d.parent / "file.md").write_text("x"), ["file.md: not a folder"], "file.md"),
    ("--docs equal to --seeds", docs_is_seeds, ["seeds: the docs folder and the seeds folder", "overlap"], "seeds"),
]


@pytest.mark.slow
@pytest.mark.parametrize("name,case,messages,docs_name", BAD, ids=[b[0] for b in BAD])
def test_hostile_input_is_one_line_exit_2(
    dossier: tuple[Path, Path], name: str, case: Case, messages: list[str], docs_name: str | None,
) -> None:
    seeds, docs = dossier
    case(seeds, docs)
    target = seeds.parent / docs_name if docs_name else docs
    victim = seeds.parent / "victim.txt"
    kept = victim.read_text() if victim.exists() else None
    before = snapshot(target) if target.is_dir() else None
    outside_before = snapshot(seeds.parent / "elsewhere") if (seeds.parent / "elsewhere").is_dir() else None
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(target), "--jobs", "1")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for message in messages:
        assert message in result.stderr, result.stderr
    for line in result.stderr.splitlines():
        assert line.isprintable(), repr(line)  # no raw escape, newline or bidi control
        assert line.startswith(str(seeds.parent)), line  # each line names a file
    if before is not None:
        assert snapshot(target) == before
    if kept is not None:
        assert victim.read_text() == kept
    if outside_before is not None:
        assert snapshot(seeds.parent / "elsewhere") == outside_before
    assert "SECRET" not in "".join(p.read_text(errors="replace") for p in target.rglob("*") if p.is_file()) if before else True


def test_symlinked_source_is_never_published(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    symlink_source(seeds, docs)
    shutil.rmtree(docs)
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert not docs.exists() or "SECRET" not in "".join(p.read_text() for p in docs.rglob("*") if p.is_file())


def test_symlink_inside_seeds_is_read(dossier: tuple[Path, Path]) -> None:
    """A link to a regular file inside the seeds folder is a source like any other."""
    seeds, docs = dossier
    (seeds / "copy.txt").symlink_to(seeds / "strike.txt")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    assert "copy.txt: no entry in sources.yml" in result.stderr


def test_source_titled_index_keeps_the_listing(dossier: tuple[Path, Path]) -> None:
    """A source titled "Index" (or "Page 2") with no date, and a discovered name "Index",
    never replace a folder's listing: their pages take the next free name."""
    seeds, docs = dossier
    (seeds / "index.txt").write_text("Index\n\nMara Lind spoke.\n", encoding="utf-8")
    (seeds / "page.txt").write_text("Page 2\n\nTomas Ek spoke.\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    listing = (docs / "sources" / "index.md").read_text(encoding="utf-8")
    assert "Each page shows the text exactly as filed" in listing
    assert "sources/index-2.md" in json.loads((docs / "data" / "dossier.json").read_text())["sources"][0]["page"] or (
        (docs / "sources" / "index-2.md").is_file()
    )
    assert (docs / "sources" / "index-2.md").read_text(encoding="utf-8").count("Mara Lind") >= 1
    assert (docs / "sources" / "page-2-2.md").is_file()


def test_discovered_name_index_keeps_the_listing() -> None:
    from builder.annotate.discover import Suggestion
    from builder.annotate.provisionals import provisional

    made = provisional([Suggestion("Index", "person", 3, ("a",), ("Index",), "Index said.", "a", 1)], ())
    assert [e.id for e in made] == ["index-2"]


def test_year_one_and_ten_years_ago_in_year_five(dossier: tuple[Path, Path]) -> None:
    """`published: 0001-01-01` with "yesterday" (was an OverflowError) and "ten years ago"
    in year 5 (was year -005): the build succeeds and those dates are left unresolved."""
    seeds, docs = dossier
    edit(seeds / "sources.yml", "published: 2024-03-12", "published: 0001-01-01")
    edit(seeds / "sources.yml", "published: 2024-03-18", "published: 0005-06-01")
    (seeds / "strike.txt").write_text("Strike\n\nIt began yesterday.\n", encoding="utf-8")
    (seeds / "talks.md").write_text("Talks\n\nTen years ago it began.\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert [d["value"] for d in data["dates"]] == []


def test_zero_width_source_warns_empty(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    (seeds / "blank.txt").write_text("\u200b\u200b\n\n\u200b\ufeff\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    assert "blank.txt: the source is empty" in result.stderr


@pytest.mark.slow
def test_second_build_at_once_exits_2(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    before = snapshot(docs)
    with open(docs / ".dossier-lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a build in progress holds it
        result = run_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert result.stderr.strip() == f"{docs}: another build is writing this folder; wait for it to finish, then build again"
    assert snapshot(docs) == before
    assert run_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0  # released


def _in_process(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    return status, capsys.readouterr().err


@pytest.mark.parametrize("errno_name", ["ENOSPC", "EACCES", "EROFS"])
def test_failed_write_is_one_line_and_docs_untouched(
    dossier: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], errno_name: str,
) -> None:
    """A full disk, a read-only or forbidden docs folder: one line, exit 2, the previous
    pages as they were (simulated: the first staged page fails to write)."""
    import errno

    seeds, docs = dossier
    edit(seeds / "strike.txt", "walked out", "stopped work")
    before = snapshot(docs)
    code = getattr(errno, errno_name)

    def refuse(self: Path, data: bytes) -> int:
        raise OSError(code, os.strerror(code), str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    status, err = _in_process(["build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1", "--no-cache"], capsys)
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and os.strerror(code) in lines[0] and str(docs) in lines[0], err
    assert snapshot(docs) == before


def test_unreadable_source_is_one_line(
    dossier: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """No read permission (simulated: the tests may run as root), or a file gone between
    the listing and the read (as under `watch`)."""
    seeds, docs = dossier
    real = Path.read_bytes

    def read(self: Path) -> bytes:
        if self.name == "strike.txt":
            raise PermissionError(13, "Permission denied", str(self))
        if self.name == "talks.md":
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read)
    from builder.read import sources
    sources._made.clear()
    before = snapshot(docs)
    status, err = _in_process(["build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1"], capsys)
    assert status == 2
    assert err.strip().splitlines() == [
        f"{seeds / 'strike.txt'}: cannot read (Permission denied); expected a readable text file",
        f"{seeds / 'talks.md'}: cannot read (No such file or directory); expected a readable text file",
    ]
    assert snapshot(docs) == before


def test_watch_state_survives_a_vanishing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.__main__ import _state

    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    real = Path.stat

    def stat(self: Path, **kw: object) -> os.stat_result:
        if self.name == "b.txt":
            raise FileNotFoundError(2, "gone", str(self))
        return real(self, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stat)
    assert list(_state(tmp_path)) == [str(tmp_path / "a.txt")]


def test_csv_cells_are_neutralised_and_json_exact(dossier: tuple[Path, Path]) -> None:
    """OWASP CSV injection: a cell starting with = + - @ tab or CR gets a leading
    apostrophe in the CSV files; dossier.json keeps the exact values."""
    seeds, docs = dossier
    append(seeds / "entities.yml", '- id: formula\n  kind: place\n  name: "=HYPERLINK(\\"http://x\\",\\"y\\")"\n'
           '  aliases: ["+cmd|calc", "@SUM(1)", "-2+3"]\n  summary: "\\tTabbed."\n')
    (seeds / "formula.txt").write_text("Formula\n\nAt =HYPERLINK(\"http://x\",\"y\") and +cmd|calc and @SUM(1) and -2+3.\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    import csv

    rows = list(csv.DictReader((docs / "data" / "entities.csv").open(encoding="utf-8")))
    row = next(r for r in rows if r["id"] == "formula")
    assert row["name"] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert row["summary"] == "'\tTabbed." or row["summary"] == "Tabbed."
    mentions = [r["text"] for r in csv.DictReader((docs / "data" / "mentions.csv").open(encoding="utf-8")) if r["entity"] == "formula"]
    assert sorted(mentions) == sorted(["'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|calc", "'@SUM(1)", "'-2+3"])
    for cells in csv.reader((docs / "data" / "mentions.csv").open(encoding="utf-8")):
        assert not cells[-1].startswith(("=", "+", "-", "@", "\t", "\r"))
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert next(e for e in data["entities"] if e["id"] == "formula")["name"] == '=HYPERLINK("http://x","y")'
    assert sorted(m["text"] for m in data["mentions"] if m["entity"] == "formula") == sorted(
        ['=HYPERLINK("http://x","y")', "+cmd|calc", "@SUM(1)", "-2+3"])


def test_csv_cell_table() -> None:
    from builder.escaping import csv_cell

    for value, expected in [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
                            ("\rx", "'\rx"), ("a=1", "a=1"), ("", ""), (-1, -1), (3, 3)]:
        assert csv_cell(value) == expected


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


@pytest.mark.slow
def test_workers_die_with_the_main_process(tmp_path: Path) -> None:
    """kill -9 of the builder while its workers annotate leaves no worker behind."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(FIXTURE / "seeds" / "entities.yml", seeds)
    body = (FIXTURE / "seeds" / "strike.txt").read_text(encoding="utf-8") * 40
    for n in range(400):  # enough for the process pool (200 and more)
        (seeds / f"s{n:03}.txt").write_text(f"Report {n}\n\n{body}", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"),
                             "--jobs", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the build did not start its workers"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() and "Z" not in _state_of(w) for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in _state_of(w)]


def _state_of(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return "Z"


def test_common_word_alias_warns(dossier: tuple[Path, Path]) -> None:
    """An alias that is also a common word of the sources ("May" where "may" occurs)
    is named with its registry line and mention count; the build goes on."""
    seeds, docs = dossier
    append(seeds / "entities.yml", "- id: ann-may\n  kind: person\n  name: Ann May\n  aliases: [May]\n  summary: A docker.\n")
    (seeds / "may.txt").write_text("May\n\nMay said the strike may end. It may, or may not. May we? May is right.\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    assert (f"warning: {seeds / 'entities.yml'}:40: entity 'ann-may': alias 'May' is also a common word "
            "('may' occurs 3 times in the sources); its 4 mentions may include the word") in result.stderr
    assert "entity 'mara-lind': alias" not in result.stderr  # "Lind" is no common word here


def test_a_short_form_in_sources_that_never_name_the_entity_in_full_warns(dossier: tuple[Path, Path]) -> None:
    """Review s20 f#13/#18: a registered short form marked `after_full_name` ("Vaultline" of
    "Vaultline Exchange") written in statements that never give the full name linked
    nothing there, silently. The mark is kept (the researcher's instruction), and the build
    names the registry line, the first source, how many and what to do. A source that
    names the entity in full, and a compound that only contains the form ("Lind-Berg"),
    give no such line."""
    seeds, docs = dossier
    (seeds / "statement.txt").write_text("Statement\n\nLind said the talks would resume. Lind is hopeful. "
                                         "Lind Park stays shut.\n")  # a longer name opened by the form: not counted
    (seeds / "compound.txt").write_text("Compound\n\nJo Lind-Berg and Ek-Holm spoke.\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    assert (f"warning: {seeds / 'entities.yml'}:1: entity 'mara-lind': alias 'Lind' counts only after the full name, "
            f"but {seeds / 'statement.txt'} writes it 2 times without naming 'Mara Lind' in full, so none is linked: "
            "write the full name there or drop 'after_full_name'") in result.stderr, result.stderr
    assert "entity 'tomas-ek': alias 'Ek' counts only" not in result.stderr  # only in "Ek-Holm", a compound
    assert "strike.txt" not in result.stderr  # Lind there comes after "Mara Lind"
    checked = call_builder("check", "--seeds", str(seeds))  # `check` reads no annotations: the same line
    assert checked.returncode == 0 and "statement.txt writes it 2 times without naming 'Mara Lind'" in checked.stderr
    assert "alias 'Ek' counts only" not in checked.stderr and "example text" not in checked.stderr


def test_short_form_lines_are_capped(dossier: tuple[Path, Path]) -> None:
    """Attack review s20 #3: 3,000 short forms written without their full name gave 3,000
    lines; a build prints at most `SHORT_FORMS_SHOWN` and counts the rest in one line."""
    from builder.link.ambiguity import SHORT_FORMS_SHOWN

    seeds, docs = dossier
    n = SHORT_FORMS_SHOWN + 5
    append(seeds / "entities.yml", "".join(
        f"- id: p{i}\n  kind: person\n  name: Ann Q{i}x\n  aliases:\n    - text: Q{i}x\n      after_full_name: true\n"
        "  summary: A docker.\n" for i in range(n)))
    (seeds / "many.txt").write_text("Many\n\n" + " ".join(f"Q{i}x spoke." for i in range(n)) + "\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    lines = [x for x in result.stderr.splitlines() if "counts only after the full name" in x]
    assert len(lines) == SHORT_FORMS_SHOWN
    assert (f"entities.yml: and {n - SHORT_FORMS_SHOWN} more short forms (after_full_name) written where their entity "
            "is never named in full") in result.stderr


def test_an_alias_of_one_letter_a_sign_or_a_lower_case_word_warns(dossier: tuple[Path, Path]) -> None:
    """Attack review s15 #14: aliases "a", "|" and "the" matched 4, 12 and more times with
    no warning (the common-word check looked only at capitalised words)."""
    seeds, docs = dossier
    append(seeds / "entities.yml", '- id: ann-bell\n  kind: person\n  name: Ann Bell\n  aliases: [a, "|", the]\n'
                                   "  summary: A docker.\n")
    (seeds / "pipes.txt").write_text("Pay table\n\n| a | b |\n\nThe union said the pay was a start, the firm a loss.\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    where = f"warning: {seeds / 'entities.yml'}:40: entity 'ann-bell': alias"
    assert f"{where} 'a' is one letter; its" in result.stderr, result.stderr
    assert f"{where} '|' has no letter; its" in result.stderr
    assert f"{where} 'the' is also a common word ('the' occurs" in result.stderr


def test_hand_written_page_in_a_standard_folder_is_kept(dossier: tuple[Path, Path]) -> None:
    """A standard kind's folder is the builder's even on a first build: a hand-written
    page there is kept (only a folder of another kind, such as assets/, stops the build)."""
    seeds, docs = dossier
    shutil.rmtree(docs)
    (docs / "people").mkdir(parents=True)
    (docs / "people" / "notes.md").write_text("mine\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    assert (docs / "people" / "notes.md").read_text(encoding="utf-8") == "mine\n"
    assert (docs / "people" / "mara-lind.md").is_file()


class _Planted:
    """A pickle that runs a command when loaded, as a pull request could commit one."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch '{self.marker}'",)


def test_planted_cache_pickle_never_runs(dossier: tuple[Path, Path]) -> None:
    import pickle
    seeds, docs = dossier
    marker = seeds.parent / "pwned"
    cached = sorted((docs / ".dossier-cache").rglob("*.pickle"))
    assert len(cached) >= 3, cached  # annotations, parsed YAML, page prints
    for path in cached:
        path.write_bytes(pickle.dumps({"x": _Planted(marker)}, protocol=5))
    before = snapshot(docs)
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    # ignored as absent: rebuilt with the same pages, and the cache is valid again
    assert {k: v for k, v in snapshot(docs).items() if ".dossier-cache" not in k} == {
        k: v for k, v in before.items() if ".dossier-cache" not in k}
    from builder import cache
    assert all(cache.read_pickle(p) for p in sorted((docs / ".dossier-cache").rglob("*.pickle")))


def test_cache_signed_with_another_key_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder import cache
    monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "keys" / "a"))
    cache.write_pickle(tmp_path / "c.pickle", {"k": 1})
    assert cache.read_pickle(tmp_path / "c.pickle") == {"k": 1}
    assert (tmp_path / "keys" / "a").stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "keys" / "b"))  # another user's or machine's cache
    assert cache.read_pickle(tmp_path / "c.pickle") == {}
    blob = (tmp_path / "c.pickle").read_bytes()
    (tmp_path / "c.pickle").write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))  # tampered
    monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "keys" / "a"))
    assert cache.read_pickle(tmp_path / "c.pickle") == {}


def test_summary_limit_is_inclusive() -> None:
    from builder.read.schema import SUMMARY_CHARS, is_summary
    assert SUMMARY_CHARS == 500  # the number the README gives
    assert is_summary("x" * 500) and not is_summary("x" * 501)
    assert not is_summary("two\nlines") and not is_summary("two\u2028lines")


def test_url_scheme_is_case_insensitive(dossier: tuple[Path, Path]) -> None:
    """`HTTPS://` is `https://` (RFC 3986 3.1); the page links the lower-case form.
    Other schemes stay refused whatever their case."""
    seeds, docs = dossier
    edit(seeds / "sources.yml", "url: https://example.org/avel/talks", "url: HTTPS://Example.org/avel/talks")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    page = (docs / "sources" / "2024-03-18-strike-talks-open.md").read_text(encoding="utf-8")
    assert "(<https://Example.org/avel/talks>)" in page
    edit(seeds / "sources.yml", "url: HTTPS://Example.org/avel/talks", "url: JavaScript://x/%0aalert(1)")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert result.returncode == 2 and "field 'url'" in result.stderr, result.stderr


def test_hidden_source_is_not_published(dossier: tuple[Path, Path]) -> None:
    """An editor's or system's hidden file with a source's suffix is skipped with a warning."""
    seeds, docs = dossier
    (seeds / ".draft.txt").write_text("SECRET draft\n\nNot for publication.\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert f"warning: {seeds / '.draft.txt'}: a hidden file; not read as a source" in result.stderr
    assert "SECRET" not in "".join(p.read_text(errors="replace") for p in docs.rglob("*") if p.is_file())


def test_markdown_heading_marks_leave_the_title(dossier: tuple[Path, Path]) -> None:
    """A title taken from a first line drops the marks of a Markdown heading (`## x ##`),
    in a text file as in a .md one (converted); `#1` is no heading and stays."""
    seeds, docs = dossier
    (seeds / "vote.txt").write_text("## Dockers vote ##\n\nThey voted.\n", encoding="utf-8")
    (seeds / "seed.txt").write_text("#1 seed of the strike\n\nIt grew.\n", encoding="utf-8")
    (seeds / "head.md").write_text("# Talks resume\n\nThey resumed.\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    titles = {line for p in (docs / "sources").glob("*.md") for line in p.read_text(encoding="utf-8").splitlines()[1:2]}
    assert {'title: "Dockers vote"', 'title: "#1 seed of the strike"', 'title: "Talks resume"'} <= titles, titles


def test_unlisted_sources_warn_ten_then_count(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    for n in range(13):
        (seeds / f"note-{n:02}.txt").write_text(f"Note {n}\n\nThe dockers met again.\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    named = [line for line in result.stderr.splitlines() if "no entry in sources.yml; title taken" in line]
    assert len(named) == 10, result.stderr
    assert f"warning: {seeds}: 3 more source files have no entry in sources.yml (13 in all)" in result.stderr


def test_a_folder_swapped_for_a_link_between_two_builds_of_one_process_is_caught(dossier: tuple[Path, Path]) -> None:
    """`watch` builds again in one process, and the manifest it reads is kept between
    reads while the file is unchanged: a generated folder replaced by a link to somewhere
    else in between is still refused, and nothing is written there."""
    from builder import pipeline
    from builder.errors import InputError

    seeds, docs = dossier
    options = pipeline.Options(seeds, docs, 1, False, False, True, None)
    session = pipeline.Session()
    pipeline.build(options, session)
    pipeline.build(options, session)  # nothing changed: the manifest is as the first build left it
    people_symlink(seeds, docs)
    elsewhere = snapshot(seeds.parent / "elsewhere")
    with pytest.raises(InputError, match="docs/people: not a real folder"):
        pipeline.build(options, session)
    assert snapshot(seeds.parent / "elsewhere") == elsewhere

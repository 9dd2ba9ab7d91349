"""What `add` writes, against a hostile or busy seeds folder (attack review s15 #1, #2, #5,
#6, #7, #12): nothing written meanwhile is lost, nothing outside the seeds folder is
written, sources.yml is never left unreadable, a file the build would not read is
refused, `add` dates a file as the build will, and nothing blocks it. All texts invented."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest
import yaml
from test_convert import make_pdf

from builder import scaffold
from builder.annotate import opening

from conftest import call_builder

STRIKE = "Dockers walk out\n\nDockers at Port Avel walked out on Monday.\n"
RECALL = "Firm recalls kettles\n\nHollin Appliances recalled 4,000 kettles on Tuesday.\n"
REGISTRY = "- id: mara-lind\n  kind: person\n  name: Mara Lind\n  summary: Union secretary.\n"


def fresh(tmp_path: Path, name: str = "d") -> Path:
    """A new dossier's seeds folder, `new`'s example in it."""
    assert call_builder("new", str(tmp_path / name)).returncode == 0
    return tmp_path / name / "seeds"


def story(tmp_path: Path, name: str, text: str = STRIKE) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


# 1 (#1): what is written while an add runs is kept; a second add at once is refused


@pytest.mark.parametrize("edit", ["entities", "sources"])
def test_what_the_user_writes_while_an_add_runs_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str) -> None:
    """The example was judged untouched before a slow conversion and removed after it,
    wiping a registry written meanwhile (exit 0). Now each example file is replaced only
    while it is still `new`'s."""
    seeds = fresh(tmp_path)
    real = scaffold.copy

    def slow_copy(added: scaffold.Added, copied: list[str]) -> None:  # the user edits while the add converts
        if edit == "entities":
            (seeds / "entities.yml").write_text(REGISTRY, encoding="utf-8")
        else:  # a bankruptcy's filing, its own entry; the example deleted by hand
            (seeds / "example.txt").unlink()
            (seeds / "filing.txt").write_text("Hollin files for bankruptcy\n\nIt filed.\n", encoding="utf-8")
            (seeds / "sources.yml").write_text('"filing.txt":\n  title: Hollin files\n  published: "2024-02-01"\n', encoding="utf-8")
        real(added, copied)

    monkeypatch.setattr(scaffold, "copy", slow_copy)
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "walkout.txt")))
    assert result.returncode == 0, result.stderr
    entities = yaml.safe_load((seeds / "entities.yml").read_text(encoding="utf-8"))
    listed = yaml.safe_load((seeds / "sources.yml").read_text(encoding="utf-8"))
    if edit == "entities":
        assert entities == yaml.safe_load(REGISTRY)
        assert list(listed) == ["walkout.txt"] and not (seeds / "example.txt").exists()
        assert "removed `new`'s invented example (example.txt and its entry in sources.yml, untouched" in result.stdout
    else:
        assert entities is None  # the registry still the example's: its entries go
        assert list(listed) == ["filing.txt", "walkout.txt"] and listed["filing.txt"]["published"] == "2024-02-01"
        assert "removed `new`'s invented example (its entries in entities.yml, untouched" in result.stdout
    assert call_builder("check", "--seeds", str(seeds)).returncode == 0


def test_a_second_add_at_the_same_time_is_refused(tmp_path: Path) -> None:
    """Two adds at once wiped each other's entries; the second claimed "nothing was
    changed" after changing the seeds. Now an add holds the seeds folder's lock."""
    seeds = fresh(tmp_path)
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    fd = os.open(seeds, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another add holds it
        result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "recall.txt", RECALL)))
    finally:
        os.close(fd)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{seeds}: another add is writing this seeds folder; wait for it to finish, then add again "
        "(nothing was changed in the seeds folder)"]
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before
    assert not list(seeds.glob(".*"))  # the lock leaves no file behind
    assert call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "recall.txt", RECALL))).returncode == 0


def test_an_error_after_the_seeds_changed_says_what_was_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    real = os.replace

    def refused(src: str, dst: str) -> None:
        if Path(dst).name == "sources.yml":
            raise PermissionError(13, "Permission denied", str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "ruling.txt", "Court fines port\n\nIt did.\n")))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{seeds / 'sources.yml'}: Permission denied; already done: copied ruling.txt into {seeds}"]
    assert sorted(p.name for p in seeds.iterdir()) == ["ruling.txt"]  # no staging file left


# 2 (#2): nothing outside the seeds folder is written


def test_a_planted_staging_link_is_never_written_through(tmp_path: Path) -> None:
    seeds = fresh(tmp_path)
    victim, outside = tmp_path / "victim.txt", tmp_path / "outside-new-file.txt"
    victim.write_text("precious content\n", encoding="utf-8")
    for name, target in ((".entities.yml.new", victim), (".sources.yml.new", outside)):
        (seeds / name).symlink_to(target)
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "walkout.txt")))
    assert result.returncode == 0, result.stderr
    assert victim.read_text(encoding="utf-8") == "precious content\n" and not outside.exists()
    for name in ("sources.yml", "entities.yml"):
        assert not (seeds / name).is_symlink() and (seeds / name).is_file()
    for name in ("sources.yml", "entities.yml", "walkout.txt"):
        assert (seeds / name).stat().st_mode == (seeds / "dossier.yml").stat().st_mode  # not mkstemp's 0600
    assert list(yaml.safe_load((seeds / "sources.yml").read_text(encoding="utf-8"))) == ["walkout.txt"]
    assert sorted(p.name for p in seeds.iterdir() if not p.is_symlink()) == [
        "dossier.yml", "entities.yml", "sources.yml", "walkout.txt"]


def test_a_replacement_is_kept_out_when_the_file_changed(tmp_path: Path) -> None:
    from builder import adding

    target = tmp_path / "entities.yml"
    target.write_bytes(b"mine\n")
    assert not adding.replace(target, b"theirs\n", b"example\n")
    assert target.read_bytes() == b"mine\n" and [p.name for p in tmp_path.iterdir()] == ["entities.yml"]
    assert adding.replace(target, b"theirs\n", b"mine\n") and target.read_bytes() == b"theirs\n"


# 3 (#5): one name once; sources.yml never left unreadable


def test_two_files_with_one_name_are_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "report.txt").write_text(STRIKE, encoding="utf-8")
    (b / "report.txt").write_text(RECALL, encoding="utf-8")
    result = call_builder("add", "--seeds", str(seeds), "--append", str(a / "report.txt"), str(b / "report.txt"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{b / 'report.txt'}: and {a / 'report.txt'} would both be {seeds / 'report.txt'}; "
        "add each file once, under a name of its own"]
    twice = call_builder("add", "--seeds", str(seeds), "--append", str(a / "report.txt"), str(a / "report.txt"))
    assert twice.returncode == 2
    assert twice.stderr.splitlines() == [f"{a / 'report.txt'}: is given twice; add each file once, under a name of its own"]
    assert list(seeds.iterdir()) == []


@pytest.mark.parametrize("written", ["{}\n", 'a.txt: {title: A}\n...\n', "{a.txt: {title: A}}\n"])
def test_an_append_that_would_not_parse_is_refused_before_anything_is_copied(tmp_path: Path, written: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Court adjourns\n\nThe hearing was adjourned.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(written, encoding="utf-8")
    assert call_builder("check", "--seeds", str(seeds)).returncode == 0
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "report.txt")))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"{seeds / 'sources.yml'}: appending the entries would leave it unreadable (line ")
    assert "paste them in by hand" in result.stderr
    assert (seeds / "sources.yml").read_text(encoding="utf-8") == written and not (seeds / "report.txt").exists()
    assert call_builder("check", "--seeds", str(seeds)).returncode == 0
    printed = call_builder("add", "--seeds", str(seeds), str(seeds.parent / "in" / "report.txt"))
    assert printed.returncode == 0 and '"report.txt":' in printed.stdout


# 4 (#6): a hidden file


def test_a_hidden_file_is_refused_and_the_build_names_it_hidden(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    hidden = story(tmp_path, ".recall.txt", RECALL)
    result = call_builder("add", "--seeds", str(seeds), "--append", str(hidden))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{hidden}: a hidden file; the build does not read it as a source (rename it without the leading dot to add it)"]
    assert list(seeds.iterdir()) == []
    (seeds / ".recall.txt").write_text(RECALL, encoding="utf-8")
    (seeds / "sources.yml").write_text('".recall.txt":\n  title: Recall\n".gone.txt":\n  title: Gone\n', encoding="utf-8")
    built = call_builder("check", "--seeds", str(seeds))
    assert built.returncode == 2
    assert (f"{seeds / 'sources.yml'}:1: '.recall.txt': a hidden file, not read as a source "
            "(rename it without the leading dot to publish it)") in built.stderr
    assert f"{seeds / 'sources.yml'}:3: '.gone.txt': no such source file in {seeds}" in built.stderr


# 5 (#7): add dates a file as the build does


@pytest.mark.parametrize(("paragraphs", "published", "title"), [
    # a diary of a strike, a page a day: its first line is the day (attack review s15 #7)
    (["11 March 2024", "The harbour board met the union and the talks went on without agreement."],
     "2024-03-11", "The harbour board met the union and the talks went on without agreement"),
    # a court's ruling opening with the day it was handed down, then its caption
    (["14 July 2023", "Rex Haulage Ltd v Harbour Board", "The court found for the board."],
     "2023-07-14", "Rex Haulage Ltd v Harbour Board"),
    # a recall notice dated in the US style
    (["February 2, 2025", "Hollin Appliances is recalling 4,000 kettles sold since May."],
     "2025-02-02", "Hollin Appliances is recalling 4,000 kettles sold since May"),
])
def test_a_pdf_opening_with_a_date_is_proposed_that_date(tmp_path: Path, paragraphs: list[str], published: str,
                                                         title: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "doc.pdf").write_bytes(make_pdf([paragraphs], title=""))
    result = call_builder("add", "--seeds", str(seeds), str(tmp_path / "doc.pdf"))
    assert result.returncode == 0, result.stderr
    assert (f'  published: "{published}"    # the date its text states; the file\'s metadata says 2024-03-14\n'
            in result.stdout), result.stdout
    assert f'  title: "{title}"\n' in result.stdout
    appended = call_builder("add", "--seeds", str(seeds), "--append", str(tmp_path / "doc.pdf"))
    assert appended.returncode == 0, appended.stderr
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0 and "date line" not in checked.stderr, checked.stderr  # the build agrees


@pytest.mark.parametrize(("text", "published", "title", "skip"), [
    ("11 March 2024\n\nStrike ends at Avel\n\nBy Ida Brenner\n\nThe strike ended on Monday.\n",
     "2024-03-11", "Strike ends at Avel", (1, 2, 3)),
    # the date alone is left out like a headline and a byline (review s20 e#3: skip covers the date line)
    ("3 October 2023\n\nThe creditors met the administrators of Hollin Ltd in Avel.\n",
     "2023-10-03", "The creditors met the administrators of Hollin Ltd in Avel", (1,)),
    # a headline first, the date after it
    ("Court adjourns\n\nMarch 09, 2011\n\nThe court adjourned the hearing.\n", "2011-03-09", "Court adjourns", (1, 2)),
    # a date inside a headline is no date line
    ("Strike called for 11 March\n\nThe union called a strike.\n", "", "Strike called for 11 March", (1,)),
])
def test_a_text_opening_with_a_date_alone_is_dated_by_it(text: str, published: str, title: str, skip: tuple[int, ...]) -> None:
    said = opening.opening(text)
    assert (said.published, said.title, said.skip) == (published, title, skip)


# 6 (#12): a pipe or a folder at the target


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_pipe_or_folder_at_the_target_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    if kind == "pipe":
        os.mkfifo(seeds / "report.txt")
    else:
        (seeds / "report.txt").mkdir()
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "report.txt")))
    assert result.returncode == 2
    what = "a named pipe" if kind == "pipe" else "a folder"
    assert result.stderr.splitlines() == [
        f"{seeds / 'report.txt'}: {what} is in the way; remove or rename it to add report.txt"]
    assert "docs folder" not in result.stderr and not (seeds / "sources.yml").exists()


def test_a_file_put_in_the_way_during_the_copies_is_kept_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file (or a link) that appears at a target after the checks is never overwritten
    nor written through; the copies made before it are named."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    real = scaffold._copy_new
    elsewhere = tmp_path / "elsewhere.txt"

    def raced(src: Path, dst: Path) -> None:
        if dst.name == "second.txt":
            dst.symlink_to(elsewhere)
        real(src, dst)

    monkeypatch.setattr(scaffold, "_copy_new", raced)
    first, second = story(tmp_path, "first.txt"), story(tmp_path, "second.txt", RECALL)
    result = call_builder("add", "--seeds", str(seeds), "--append", str(first), str(second))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"{seeds / 'second.txt'}: something appeared there meanwhile; kept, not overwritten; already done: copied first.txt into {seeds}"]
    assert not elsewhere.exists() and sorted(p.name for p in seeds.iterdir()) == ["first.txt", "second.txt"]
    assert (seeds / "first.txt").read_text(encoding="utf-8") == STRIKE


# attack review s15b: #3 a target that appears during the add; #7 a long name; #8 CRLF kept


def test_a_file_that_appears_at_the_target_during_an_add_is_reported_and_gets_no_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text("# sources\n", encoding="utf-8")
    real = scaffold.copy

    def someone_writes(added: scaffold.Added, copied: list[str]) -> None:
        (seeds / "walkout.txt").write_text("Somebody else wrote this.\n", encoding="utf-8")
        real(added, copied)

    monkeypatch.setattr(scaffold, "copy", someone_writes)
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "walkout.txt")))
    assert result.returncode == 2
    assert "walkout.txt: something appeared there meanwhile; kept, not overwritten" in result.stderr, result.stderr
    assert (seeds / "walkout.txt").read_text(encoding="utf-8") == "Somebody else wrote this.\n"
    assert "walkout" not in (seeds / "sources.yml").read_text(encoding="utf-8")


def test_a_name_near_the_file_systems_limit_is_added(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    name = "a" * 251 + ".txt"  # 255 bytes: legal, and the build reads it
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, name)))
    assert result.returncode == 0, result.stderr
    assert (seeds / name).read_text(encoding="utf-8") == STRIKE
    assert not [p for p in seeds.iterdir() if p.name.startswith(".")]


def test_a_crlf_sources_yml_keeps_its_bytes_and_its_line_ends(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    old = '\ufeff# our sources\r\n"recall.txt":\r\n  title: "Firm recalls kettles"\r\n'.encode()
    (seeds / "recall.txt").write_text(RECALL, encoding="utf-8")
    (seeds / "sources.yml").write_bytes(old)
    result = call_builder("add", "--seeds", str(seeds), "--append", str(story(tmp_path, "walkout.txt")))
    assert result.returncode == 0, result.stderr
    data = (seeds / "sources.yml").read_bytes()
    assert data.startswith(old) and b'"walkout.txt":\r\n' in data and data.count(b"\n") == data.count(b"\r\n")
    assert call_builder("check", "--seeds", str(seeds)).returncode == 0

"""Bad input: exit status 2, one line per problem naming file, line and field, and the
docs folder left exactly as it was. Warnings do not stop the build."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import call_builder


def snapshot(folder: Path) -> dict[str, str]:
    """Every file's digest, but the cache's record of page files (it holds their
    modification times, which differ from build to build by nature)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "pages.pickle"
    }


@pytest.fixture()
def dossier(harbour: tuple[Path, Path]) -> tuple[Path, Path]:
    """A copy of the fixture dossier, built into docs/ (built once for the run: `harbour`)."""
    return harbour


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BAD = [
    ("malformed YAML", "entities.yml", "- id: mara-lind\n", "- id: [mara-lind\n", ["entities.yml:1: malformed YAML: a flow sequence opened here is not closed by line 2"]),
    ("duplicate key", "sources.yml", "  outlet: Avel Courier\n", "  outlet: Avel Courier\n  outlet: Other\n",
     ["sources.yml:4: duplicate key 'outlet' (first on line 3)"]),
    ("unknown field", "entities.yml", "  summary: Harbour master", "  sumary: x\n  summary: Harbour master",
     ["entities.yml:18: entity 'tomas-ek': unknown field 'sumary'"]),
    ("missing field", "entities.yml", "  summary: A harbour town.\n", "\n",
     ["entities.yml:36: entity 'port-avel': missing required field 'summary'"]),
    ("invalid date", "sources.yml", "published: 2024-03-12", "published: 2024-02-30",
     ["sources.yml:4: source 'strike.txt': field 'published' is '2024-02-30'; expected an ISO date"]),
    ("missing file", "sources.yml", "talks.md:", "gone.txt:\n  title: Gone\ntalks.md:",
     ["sources.yml:5: 'gone.txt': no such source file"]),
    ("unsafe id", "entities.yml", "- id: port-avel", "- id: ../x", ["entities.yml:36: entity '../x': field 'id' is '../x'; expected a slug"]),
    ("slash id", "entities.yml", "- id: port-avel", "- id: a/b", ["field 'id' is 'a/b'; expected a slug"]),
    ("empty id", "entities.yml", "- id: port-avel", "- id: ''", ["field 'id' is ''; expected a slug"]),
    ("same id twice", "entities.yml", "- id: avel-courier", "- id: port-authority",
     ["entities.yml:32: entity 'port-authority': id is already used by the entity on line 26"]),
    ("alias claimed twice", "entities.yml", "  summary: Local newspaper.", "  aliases: [port authority]\n  summary: Local newspaper.",
     ["entities.yml:32: entity 'avel-courier': alias 'port authority' is also claimed by 'port-authority'"]),
    # fresh-user review s15d #11: the place's name was the claim in the way, and the people who marked their
    # short form shared were told to mark it shared
    ("a name that is another's shared alias", "entities.yml", "  summary: Local newspaper.",
     '  aliases: [{text: "Port Avel", shared: true}]\n  summary: Local newspaper.',
     ["entity 'port-avel': its name 'Port Avel' is also an alias of 'avel-courier'; a name cannot be marked shared"]),
    ("unknown party", "entities.yml", "  party: dockers-union", "  party: nobody",
     ["entities.yml:8: entity 'mara-lind': field 'party' names unknown entity 'nobody'"]),
    # the line of the role that names it, not the entity's first (review s10: L5)
    ("unknown role target", "entities.yml", "      of: port-authority", "      of: port-authorty",
     ["entities.yml:21: entity 'tomas-ek': field 'roles: of' names unknown entity 'port-authorty'"]),
    ("unknown leader", "entities.yml", "  summary: The trade union of Port Avel's dockworkers.\n",
     "  summary: The trade union of Port Avel's dockworkers.\n  leader: mara-lynd\n",
     ["entities.yml:26: entity 'dockers-union': field 'leader' names unknown entity 'mara-lynd'"]),
    # attack review s14 F1: a person as its own party, a party leading itself, a role ending before it began
    ("own party", "entities.yml", "  party: dockers-union", "  party: mara-lind",
     ["entities.yml:8: entity 'mara-lind': field 'party' names the entity itself; expected the id of another entity"]),
    ("person as party", "entities.yml", "  party: dockers-union", "  party: tomas-ek",
     ["entities.yml:8: entity 'mara-lind': field 'party' names 'tomas-ek', a person; expected the id of a party or another body"]),
    ("place as party", "entities.yml", "  party: dockers-union", "  party: port-avel",
     ["entities.yml:8: entity 'mara-lind': field 'party' names 'port-avel', a place; expected the id of a party or another body"]),
    ("leader not a person", "entities.yml", "  summary: The trade union of Port Avel's dockworkers.\n",
     "  summary: The trade union of Port Avel's dockworkers.\n  leader: port-authority\n",
     ["entities.yml:26: entity 'dockers-union': field 'leader' names 'port-authority', a organisation; expected the id of a person"]),
    ("role ends before it starts", "entities.yml", "      of: port-authority\n", "      of: port-authority\n      from: 2020\n      to: 2019-06\n",
     ["entity 'tomas-ek': role: field 'to' '2019-06' comes before its 'from' '2020'"]),
    ("bad skip", "sources.yml", "  outlet: Avel Courier\n", "  outlet: Avel Courier\n  skip: [9]\n",
     ["field 'skip' names paragraph 9"]),
]


@pytest.mark.slow
@pytest.mark.parametrize("name,file,old,new,messages", BAD, ids=[b[0] for b in BAD])
def test_bad_input(dossier: tuple[Path, Path], name: str, file: str, old: str, new: str, messages: list[str]) -> None:
    seeds, docs = dossier
    before = snapshot(docs)
    edit(seeds / file, old, new)
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for message in messages:
        assert message in result.stderr, result.stderr
    for line in result.stderr.strip().splitlines():
        assert line.startswith(str(seeds)), line
    assert snapshot(docs) == before


def test_unknown_event_entity(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    before = snapshot(docs)
    (seeds / "events.yml").write_text("- id: strike\n  title: Strike\n  date: 2024-03-12\n  entities: [nobody]\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert "events.yml:4: event 'strike': field 'entities' names unknown entity 'nobody'" in result.stderr
    assert snapshot(docs) == before


def test_all_problems_in_one_run(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    edit(seeds / "entities.yml", "  party: dockers-union", "  party: nobody")
    edit(seeds / "sources.yml", "published: 2024-03-12", "published: yesterday")
    result = call_builder("check", "--seeds", str(seeds))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 2


def test_invalid_utf8_names_byte(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    before = snapshot(docs)
    (seeds / "strike.txt").write_bytes(b"Dockers\n\nwalk \xff out")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert "strike.txt: not valid UTF-8 at byte 14" in result.stderr
    assert snapshot(docs) == before


def test_warnings_do_not_stop(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    (seeds / "extra.txt").write_text("Mara Lind spoke.\n", encoding="utf-8")
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    assert "extra.txt: no entry in sources.yml" in result.stderr
    assert "empty.txt: the source is empty" in result.stderr
    assert "entity 'avel-courier'" not in result.stderr


def test_bom_crlf_and_decomposed_unicode(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    edit(seeds / "entities.yml", "name: Port Avel", "name: Port Avél")
    decomposed = "Port Ave\u0301l".encode()
    (seeds / "strike.txt").write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nAt " + decomposed + b" today.\r\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    import json

    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    strike = [s for s in data["sources"] if s["file"] == "strike.txt"][0]
    assert strike["paragraphs"] == 2
    found = [m for m in data["mentions"] if m["source"] == strike["id"] and m["entity"] == "port-avel"]
    assert [(m["paragraph"], m["text"], m["start"]) for m in found] == [(2, "Port Avél", 13)]


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["crlf-bom-nfd", "cr", "front matter", "plain"])
def test_every_offset_counts_the_text_it_names(dossier: tuple[Path, Path], shape: str) -> None:
    """The export contract: a mention's `start`/`end` slice its `text` out of the source's
    `text_file` when it has one, else out of the file itself decoded as UTF-8. A text file
    read otherwise than it is written (BOM, CRLF or CR line ends, decomposed accents, front
    matter) had offsets into a text nobody could see (attack review, session 11)."""
    import json

    seeds, docs = dossier
    edit(seeds / "entities.yml", "name: Port Avel", "name: Port Avél")
    body = {
        "crlf-bom-nfd": "\ufeffHeadline\r\n\r\nAt Port Ave\u0301l the dockers of Port Ave\u0301l met Mara Lind.\r\n",
        "cr": "Headline\r\rAt Port Avél the dockers met Mara Lind.\r",
        "front matter": "---\nbyline: Ann Berg\n---\nHeadline\n\nAt Port Avél the dockers met Mara Lind.\n",
        "plain": "Headline\n\nAt Port Avél the dockers met Mara Lind.\n",
    }[shape]
    (seeds / "strike.txt").write_bytes(body.encode("utf-8"))
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    strike = [s for s in data["sources"] if s["file"] == "strike.txt"][0]
    if shape == "plain":
        assert "text_file" not in strike
        text = (seeds / "strike.txt").read_bytes().decode("utf-8")
    else:
        text = (docs / strike["text_file"]).read_text(encoding="utf-8")
        assert "\r" not in text and "\ufeff" not in text and "---" not in text
    found = [m for m in data["mentions"] if m["source"] == strike["id"]]
    assert {m["text"] for m in found} >= {"Port Avél", "Mara Lind"}
    for m in found:
        assert text[m["start"] : m["end"]] == m["text"], (m, shape)


def test_curated_event_problems_name_file_and_line(dossier: tuple[Path, Path]) -> None:
    seeds, docs = dossier
    before = snapshot(docs)
    (seeds / "events.yml").write_text(
        "- id: no-such-event\n  suppress: true\n- id: strike-day\n  title: Strike\n  date: 2024-03-12\n  merge: [gone]\n",
        encoding="utf-8",
    )
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert f"{seeds / 'events.yml'}:1: event 'no-such-event': cannot suppress unknown event" in lines
    assert f"{seeds / 'events.yml'}:3: event 'strike-day': field 'merge' names unknown event 'gone'" in lines
    assert snapshot(docs) == before


def test_contradictory_curated_events_are_refused(dossier: tuple[Path, Path]) -> None:
    """Attack review s14 F2, F3: an entry that suppresses an event and edits it lost the
    edit without a word; a new event merging another new one made it vanish."""
    seeds, docs = dossier
    before = snapshot(docs)
    (seeds / "events.yml").write_text("- id: some-event\n  suppress: true\n  title: Both\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"{seeds / 'events.yml'}:2: event 'some-event': 'suppress: true' drops the event, so its 'title' would "
        "have no effect; keep either"]
    (seeds / "events.yml").write_text(
        "- id: x-new\n  title: X\n  date: 2024-03-12\n- id: y-new\n  title: Y\n  date: 2024-03-12\n  merge: [x-new]\n",
        encoding="utf-8",
    )
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{seeds / 'events.yml'}:4: event 'y-new': field 'merge' names 'x-new', an event this "
                                    "file adds"), result.stderr
    assert snapshot(docs) == before


def test_a_fixed_id_that_takes_another_sources_page_name_is_warned_about(tmp_path: Path) -> None:
    """Attack review s14 F4: b.txt's fixed id was the name a.txt's page would have had;
    a.txt moved to '-2' without a word."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("A title\n\nThe port reopened.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("B title\n\nThe port closed.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: A title\n  published: 2013-07-30\nb.txt:\n  title: B title\n  published: 2013-07-30\n"
        "  id: 2013-07-30-a-title\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("# none\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    assert (f"warning: {seeds / 'a.txt'}: its page is sources/2013-07-30-a-title-2.md, not sources/2013-07-30-a-title.md: "
            f"that is the id {seeds / 'sources.yml'} gives b.txt") in result.stderr
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: A title\n  published: 2013-07-30\nb.txt:\n  title: B title\n  published: 2013-07-30\n", encoding="utf-8")
    assert "its page is" not in call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")).stderr

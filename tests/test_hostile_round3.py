"""Hostile and odd input, round three (the session-10 attack review): each case is the
reviewer's input or a sibling of it, with the value the builder must give. Cases that
need a whole build use the harbour fixture (a copy per test)."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest
import yaml

from builder.escaping import CONTROLS, url
from builder.paths import FILE_NAME_CHARS, file_name
from builder.present import ftmrecords
from builder.present.identity import theme_language
from builder.read import convert, schema, yamldoc
from builder.scaffold import entry

from conftest import call_builder

# ---- YAML: depth before composing, one line per problem


@pytest.mark.parametrize("depth", [60, 30_000, 100_000])
def test_deep_flow_nesting_is_one_line_not_a_crash(depth: int) -> None:
    # libyaml's composer recursed once per level and overflowed the C stack near 25,000
    # levels: the process died (exit 139) before the depth check could run.
    problems: list[str] = []
    text = "- id: e1\n  title: " + "[" * depth + "]" * depth + "\n"
    assert yamldoc.load_yaml(text, "events.yml", problems) is None
    assert problems == ["events.yml:2: malformed YAML: nested more than 50 levels deep; expected a flat list of records"]


def test_deep_block_and_mapping_nesting_is_refused_at_its_line() -> None:
    problems: list[str] = []
    mapping = "title: " + "{a: " * 30_000 + "1" + "}" * 30_000 + "\n"
    assert yamldoc.load_yaml("name: x\n" + mapping, "dossier.yml", problems) is None
    assert problems and problems[0].startswith("dossier.yml:2: malformed YAML: nested more than 50")
    block = "".join("  " * i + "a:\n" for i in range(60)) + "  " * 60 + "b: 1\n"
    problems = []
    assert yamldoc.load_yaml(block, "entities.yml", problems) is None
    assert problems[0].startswith("entities.yml:") and "nested more than 50" in problems[0]


def test_nesting_within_the_limit_still_loads() -> None:
    problems: list[str] = []
    assert yamldoc.load_yaml("a: " + "[" * 10 + "1" + "]" * 10 + "\n", "x.yml", problems) == {"a": [[[[[[[[[[1]]]]]]]]]]}
    assert problems == []


@pytest.mark.parametrize("char", ["\x7f", "\x01", "\x9b"])
def test_a_raw_control_character_is_named_on_its_line(char: str) -> None:
    problems: list[str] = []
    yamldoc.load_yaml(f"a: 1\nb: 2\nc: x{char}y\n", "sources.yml", problems)
    assert problems == [
        f"sources.yml:3: malformed YAML: the character U+{ord(char):04X} is not allowed in YAML "
        "(control characters are not allowed); remove it"
    ]


def test_a_byte_order_mark_inside_the_file_is_named() -> None:
    # Two files saved with marks and joined: the error's line looks right but is not.
    problems: list[str] = []
    yamldoc.load_yaml("a.txt:\n  title: A\n\ufeffb.txt:\n  title: B\n", "sources.yml", problems)
    assert len(problems) == 1
    assert problems[0].endswith("line 3 holds an invisible byte-order mark (U+FEFF): remove it")
    problems = []
    assert yamldoc.load_yaml("\ufeffa: 1\n", "x.yml", problems) == {"a": 1}  # at the start it is fine


def test_an_unreadable_dossier_yml_is_not_also_called_empty(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    (seeds / "dossier.yml").write_text("title: x\x01y\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"{seeds / 'dossier.yml'}:1: malformed YAML: the character U+0001 is not allowed in YAML "
        "(control characters are not allowed); remove it"
    ]


# ---- a file's own metadata is untrusted


@pytest.mark.parametrize("raw, shown", [
    ("PDF \u202eevil\x1b[2J\x00\x07 report", "PDF evil [2J report"),
    ("Auth\u2067or", "Auth or"),
    ("  Two\tlines\nhere ", "Two lines here"),
])
def test_metadata_loses_controls_and_bidi_characters(raw: str, shown: str) -> None:
    assert convert.meta_line(raw) == shown
    assert not CONTROLS.search(convert.meta_line(raw))


def test_metadata_is_cut_to_a_line_at_a_word() -> None:
    long = convert.meta_line("word " * 400)
    assert len(long) <= schema.LINE_CHARS and long.endswith("word…")
    assert schema.is_line(long)
    one_word = convert.meta_line("T" * 200_000)
    assert len(one_word) == schema.LINE_CHARS and one_word.endswith("…")


@pytest.mark.slow
def test_an_unlisted_page_with_a_hostile_title_builds_with_a_clean_title(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    title = "Ferry \u202eevil\x1b " + "T" * 3000
    (seeds / "page.html").write_text(
        f"<html><head><title>{title}</title></head><body><article>"
        "<p>The ferry council met on Tuesday and voted to reopen the river crossing.</p>"
        "<p>The vote was close, the council's clerk said afterwards.</p></article></body></html>",
        encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    pages = [p for p in (docs / "sources").glob("*.md") if "ferry" in p.name]
    assert len(pages) == 1
    head = pages[0].read_text(encoding="utf-8").split("\n", 3)[1]
    assert "\u202e" not in head and "\x1b" not in head
    assert len(head) < schema.LINE_CHARS + 20


# ---- the renderers' settings and file names


@pytest.mark.parametrize("tag, theme", [
    ("en-GB", "en"), ("en-US", "en"), ("fr-CA", "fr"), ("pt-BR", "pt-BR"), ("en", "en"), ("zz", "en"), ("de-AT", "de"),
])
def test_language_tags_fall_back_to_one_the_theme_translates(tag: str, theme: str) -> None:
    # mkdocs-material stopped with TemplateNotFound 'partials/languages/en-GB.html'.
    assert theme_language(tag) == theme


def test_file_names_from_long_titles_fit_a_file_system() -> None:
    assert file_name("Cambodia 2013: an annotated dossier") == "cambodia-2013-an-annotated-dossier"
    assert file_name("Marlow &amp; Penn") == "marlow-penn"
    assert file_name("!!!") == "dossier"
    long = file_name("word " * 100)
    assert len(long) <= FILE_NAME_CHARS and long.endswith("word") and not long.endswith("-")
    assert len(file_name("x" * 300)) == FILE_NAME_CHARS


def test_the_calendars_last_week_does_not_overflow() -> None:
    assert ftmrecords.period("9999-W52") == ("", "9999-12-27", "9999-12-31")
    assert ftmrecords.period("2013-W32") == ("", "2013-08-05", "2013-08-11")
    assert ftmrecords.period("9999-W51/9999-W52") == ("", "9999-12-20", "9999-12-31")


def test_a_source_published_in_the_last_week_of_the_calendar_builds(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    (seeds / "late.txt").write_text("The council will meet this week.\n\nIt met next week too.\n", encoding="utf-8")
    with (seeds / "sources.yml").open("a", encoding="utf-8") as f:
        f.write("late.txt:\n  title: Late\n  published: 9999-12-31\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr


# ---- add writes YAML the build can read


@pytest.mark.parametrize("title", ["Title with DEL \x7f and C1 \x9b here", "Report\x7f on \x85the ferry", "Quote \" and \\ back"])
def test_add_entries_read_back_without_control_characters(title: str) -> None:
    text = entry("del-title.txt", {"title": title, "outlet": "Wire\u202e"})
    loaded = yaml.safe_load(text)
    assert set(loaded) == {"del-title.txt"}
    got = loaded["del-title.txt"]
    assert not CONTROLS.search(got["title"]) and schema.is_line(got["title"])
    assert "  " not in got["title"] and got["outlet"] == "Wire"


def test_add_then_build_with_a_control_character_in_the_first_line(harbour: tuple[Path, Path], tmp_path: Path) -> None:
    seeds, docs = harbour
    new = tmp_path / "del-title.txt"
    new.write_text("Title with DEL \x7f here\n\nThe ferry council met on Tuesday.\n", encoding="utf-8")
    assert call_builder("add", str(new), "--seeds", str(seeds), "--append").returncode == 0
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr


# ---- fields


@pytest.mark.parametrize("value, ok", [
    ("2024", True), ("2024-05", True), ("2024/2025", True), ("２０２４", False), ("2024/２０２５", False),
    ("0000", False), ("0000/2024", False), ("0000-01-01", False), ("0001", True),
])
def test_event_dates_are_ascii_digits_from_year_one(value: str, ok: bool) -> None:
    assert schema.is_partial_date(value) is ok


def test_a_citation_paragraph_of_true_is_refused_on_its_line(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    (seeds / "events.yml").write_text(
        "- id: e1\n  date: 2024-05-20\n  title: Eventx\n  citations: [{source: strike.txt, paragraph: true}]\n",
        encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert "events.yml:4: event 'e1': citation: field 'paragraph' is a yes/no value True; expected a paragraph number" in result.stderr
    assert "#p-True" not in result.stderr
    assert schema.is_count(3) and not schema.is_count(True) and not schema.is_count(0)


def test_a_description_copied_into_every_page_is_capped(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    (seeds / "dossier.yml").write_text("title: T\ndescription: " + "D" * 501 + "\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert "dossier.yml:2: the dossier: field 'description'" in result.stderr and "(it has 501 characters)" in result.stderr
    (seeds / "dossier.yml").write_text("title: T\ndescription: " + "D" * 500 + "\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0


@pytest.mark.parametrize("value, ok", [
    ("https://example.org/a", True), ("http://x", True), ("https://", False), ("https:///x", False),
    ("ftp://example.org/", False), ("https://[::1", False),
])
def test_a_source_url_needs_a_host(value: str, ok: bool) -> None:
    assert schema.is_web_address(value) is ok


@pytest.mark.parametrize("given, href", [
    ("https://ex&#97;mple.org/", "https://ex%26#97;mple.org/"),
    ("https://x.org/&#x202E;", "https://x.org/%26#x202E;"),
    ("https://x.org/?a=1&amp;b=2", "https://x.org/?a=1%26amp;b=2"),
    ("https://x.org/?a=1&b=2", "https://x.org/?a=1&b=2"),  # a plain query separator stays
])
def test_a_link_never_holds_a_character_reference(given: str, href: str) -> None:
    # The browser decodes references in an href: the link went to example.org.
    assert url(given) == href


def test_a_key_in_another_normal_form_names_its_file(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    nfd = unicodedata.normalize("NFD", "café.txt")
    (seeds / nfd).write_text("The café by the ferry reopened on Tuesday.\n", encoding="utf-8")
    with (seeds / "sources.yml").open("a", encoding="utf-8") as f:
        f.write(f"{unicodedata.normalize('NFC', 'café.txt')}:\n  title: The café reopens\n  published: 2024-03-13\n")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    assert "no entry in sources.yml" not in result.stderr
    assert any("the-cafe-reopens" in p.name for p in (docs / "sources").glob("*.md"))


def test_two_files_whose_names_differ_only_in_normal_form_are_refused(harbour: tuple[Path, Path]) -> None:
    """"café.txt" composed and decomposed side by side look the same on every page and a
    sources.yml key could name either: one line naming both forms, exit 2, docs kept."""
    seeds, docs = harbour
    for form in ("NFC", "NFD"):
        (seeds / unicodedata.normalize(form, "café.txt")).write_text(f"The café ({form}) reopened.\n", encoding="utf-8")
    before = sorted((p.relative_to(docs), p.read_bytes()) for p in docs.rglob("*") if p.is_file())
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert lines == [f"{seeds}/café.txt: 2 files whose names differ only in Unicode normal form: "
                     "'cafe\\u0301.txt' and 'café.txt' (composed, NFC); they look the same, so rename or remove all but one"]
    assert sorted((p.relative_to(docs), p.read_bytes()) for p in docs.rglob("*") if p.is_file()) == before


def _docx(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", document_xml)
    return out.getvalue()


def test_a_word_file_that_unpacks_too_far_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "DOCX_XML_BYTES", 10_000)
    bomb = _docx(b"<w:document>" + b"Norwick ferry. " * 2_000 + b"</w:document>")
    assert len(bomb) < 2_000
    with pytest.raises(convert.ConversionError, match=r"^bomb\.docx: the Word file's text unpacks to 0 MB from 0\.0 MB"):
        convert.convert("bomb.docx", bomb)


def test_a_word_file_whose_styles_unpack_too_far_is_refused() -> None:
    """Only the text part was bounded: a 125 KB file whose styles.xml held ten million
    empty elements took 1.4 GB to open (attack review, session 12, F1b). Every other XML
    part is bounded too (`DOCX_PART_BYTES`), before python-docx parses anything."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", b"<w:document>Norwick ferry.</w:document>")
        z.writestr("word/styles.xml", b"<w:styles>" + b"<w:x/>" * 1_500_000 + b"</w:styles>")
    bomb = out.getvalue()
    assert len(bomb) < 100_000
    with pytest.raises(convert.ConversionError,
                       match=r"^bomb\.docx: the Word file's part 'word/styles\.xml' unpacks to 9 MB from 0\.0 MB \(at most 8 MB"):
        convert.convert("bomb.docx", bomb)


# ---- the command line


def test_ctrl_c_is_one_line_and_status_130(monkeypatch: pytest.MonkeyPatch, harbour: tuple[Path, Path]) -> None:
    import builder.__main__ as cli

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_build", interrupted)
    seeds, docs = harbour
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 130
    assert result.stderr == "interrupted; nothing was changed in the docs folder\n"


@pytest.mark.slow
def test_ctrl_c_while_the_builder_imports_is_the_same_one_line() -> None:
    """Ctrl-C in the half second the command spends importing its modules: the same one
    line and status 130, no traceback (an import hook raises it when `builder.pipeline`
    is imported, as a key press would)."""
    import subprocess
    import sys

    hook = (
        "import sys, runpy\n"
        "class Finder:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'builder.pipeline':\n"
        "            raise KeyboardInterrupt\n"
        "        return None\n"
        "sys.meta_path.insert(0, Finder())\n"
        "sys.argv = ['builder', 'check']\n"
        "runpy.run_module('builder', run_name='__main__')\n"
    )
    result = subprocess.run([sys.executable, "-c", hook], capture_output=True, text=True, cwd=Path(__file__).parent.parent, timeout=60)
    assert (result.returncode, result.stderr) == (130, "interrupted; nothing was changed in the docs folder\n")


def test_timeline_json_counts_agree_in_number(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    (seeds / "talks.md").unlink()
    text = (seeds / "sources.yml").read_text(encoding="utf-8")
    (seeds / "sources.yml").write_text(text[: text.index("talks.md:")], encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    title = (docs / "data" / "timeline.json").read_text(encoding="utf-8").rsplit('"headline":"Timeline","text":', 1)[1]
    assert title.startswith('"2 events from 1 source"'), title[:40]


# ---- Markdown sources


def test_an_ordered_list_keeps_its_numbers() -> None:
    # The numbers are part of the text: "1) ordered" showed as a bullet without its 1.
    blocks = convert.convert("m.md", b"Intro.\n\n1) ordered *one*\n2. another\n\n3. three\n   more\n\n- bullet\n\n10. ten\n").blocks
    assert [(b.text, b.role) for b in blocks] == [
        ("Intro.", ""), ("1) ordered one", "li"), ("2. another", "li"), ("3. three more", "li"), ("bullet", "li"), ("10. ten", "li"),
    ]
    assert blocks[1].emphasis == ((11, 14, "em"),)


# ---- events.yml: what is wrong with an id that exists


def _events(harbour: tuple[Path, Path], text: str) -> str:
    seeds, docs = harbour
    (seeds / "events.yml").write_text(text, encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    return result.stderr


def _two_event_ids(harbour: tuple[Path, Path]) -> list[str]:
    import json
    return [e["id"] for e in json.loads((harbour[1] / "data" / "dossier.json").read_text(encoding="utf-8"))["events"]][:2]


def test_a_self_merge_says_so(harbour: tuple[Path, Path]) -> None:
    a, _ = _two_event_ids(harbour)
    err = _events(harbour, f"- id: {a}\n  merge: [{a}]\n")
    assert f"events.yml:1: event '{a}': field 'merge' names the event itself" in err
    assert "unknown event" not in err


def test_an_event_listed_twice_says_so(harbour: tuple[Path, Path]) -> None:
    a, _ = _two_event_ids(harbour)
    err = _events(harbour, f"- id: {a}\n  title: A\n- id: {a}\n  title: B\n")
    assert f"events.yml:3: event '{a}' is listed again (first on line 1); give each event one entry" in err
    assert "no extracted event" not in err


def test_an_event_merged_away_then_changed_says_where_it_went(harbour: tuple[Path, Path]) -> None:
    a, b = _two_event_ids(harbour)
    err = _events(harbour, f"- id: {a}\n  merge: [{b}]\n- id: {b}\n  merge: [{a}]\n")
    assert f"events.yml:3: event '{b}' was merged into '{a}' (on line 1)" in err
    assert "no extracted event" not in err and "unknown event" not in err


@pytest.mark.parametrize("value,ok", [
    ("assets/logo.svg", True), ("logo.PNG", True), ("img/brand/mark-2.webp", True),
    ("assets/../../secret.svg", False), ("../logo.svg", False), ("./logo.svg", False), ("assets/./logo.svg", False),
    ("assets//logo.svg", False), ("/etc/logo.svg", False), ("https://example.org/logo.svg", False),
    ("assets/dossier.css", False), ("assets/logo", False), ("assets/logo.svg\n", False), ("", False), (7, False),
])
def test_a_logo_is_an_image_inside_the_docs_folder(value: object, ok: bool) -> None:
    assert schema.is_docs_image(value) is ok


@pytest.mark.parametrize(("published", "text", "value"), [
    # attack review s13 #2: the year was written unpadded ("0999-06-01/999-12-31") and the
    # timeline's date display raised; decades gave "500/509"
    ("0999-06-01", "Meridian Health will sell a plant later this year.", "0999-06-01/0999-12-31"),
    ("0999-06-01", "Meridian Health sold a plant earlier this year.", "0999-01-01/0999-06-01"),
    ("0505-03-02", "Prices rose sharply this decade.", "0500/0509"),
])
def test_a_year_before_1000_is_written_with_four_digits(tmp_path: Path, published: str, text: str, value: str) -> None:
    from builder.annotate.dates import find_dates

    found = find_dates(text, 0, len(text), 1, dt.date.fromisoformat(published))
    assert [d.value for d in found] == [value]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Old news\n\n" + text + "\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(f"a.txt:\n  title: Old news\n  published: {published}\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("- id: meridian\n  kind: organisation\n  name: Meridian Health\n  summary: A firm.\n", encoding="utf-8")
    built = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--jobs", "1")
    assert built.returncode == 0, built.stderr


def test_a_date_past_the_year_9999_is_no_date() -> None:
    # attack review s13: "in January" in a source dated 9999-12-31 showed as "December 1000"
    # and sorted between the years 2 and 1896
    from builder.annotate.dates import find_dates

    def values(text: str) -> list[str]:
        return [d.value for d in find_dates(text, 0, len(text), 1, dt.date(9999, 12, 31))]

    assert values("It will reopen in January.") == []
    assert values("The first quarter will be better.") == []
    assert values("It closed in January.") == ["9999-01"]

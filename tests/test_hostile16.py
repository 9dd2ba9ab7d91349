"""Hostile input, review sixteen: each case is the reviewer's input or a sibling of it,
with what the builder must do. Whole builds use the harbour fixture (a copy per test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from builder.read import schema, yamldoc

from conftest import call_builder, mkdocs_build, mkdocs_config

# ---- 1. a tagged or implicit scalar its constructor refuses is one line, not a traceback

BAD_VALUES = [
    ("published: !!bool maybe\n", "x.yml:1: field 'published': 'maybe' is not a valid bool"),
    ("published: !!int abc\n", "x.yml:1: field 'published': 'abc' is not a valid int"),
    ("published: !!timestamp 2024-13-45\n", "x.yml:1: field 'published': '2024-13-45' is not a valid timestamp"),
    ("published: !!timestamp soon\n", "x.yml:1: field 'published': 'soon' is not a valid timestamp"),
    ("a: 1\nlist:\n  - !!float x\n", "x.yml:3: field 'list': 'x' is not a valid float"),
    ("? !!int abc\n: 1\n", "x.yml:1: a key: 'abc' is not a valid int"),
    ("!!int abc\n", "x.yml:1: 'abc' is not a valid int"),
]


@pytest.mark.parametrize(("text", "line"), BAD_VALUES)
def test_a_refused_tagged_value_is_one_line(text: str, line: str) -> None:
    problems: list[str] = []
    assert yamldoc.load_yaml(text, "x.yml", problems) is None
    assert problems == [line]


def test_an_integer_beyond_python_conversion_limit_is_one_line() -> None:
    problems: list[str] = []
    assert yamldoc.load_yaml("a: 1\nn: " + "9" * 5000 + "\n", "x.yml", problems) is None
    assert len(problems) == 1
    assert problems[0].startswith("x.yml:2: field 'n': '999") and problems[0].endswith("is not a valid int (more than 4300 digits)")


def _unchanged(docs: Path) -> dict[str, bytes]:
    return {str(p.relative_to(docs)): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("value", ["!!bool maybe", "!!int abc", "!!timestamp 2024-13-45", "9" * 4400])
def test_a_refused_value_in_seeds_fails_the_build_with_one_line(harbour: tuple[Path, Path], value: str) -> None:
    seeds, docs = harbour
    before = _unchanged(docs)
    meta = seeds / "sources.yml"
    meta.write_text(meta.read_text().replace("published: 2024-03-12", f"published: {value}"))
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"{meta}:4: field 'published': ")
    assert _unchanged(docs) == before


def test_a_refused_value_in_front_matter_of_an_added_file_is_one_line(harbour: tuple[Path, Path], tmp_path: Path) -> None:
    seeds, _ = harbour
    new = tmp_path / "memo.md"
    new.write_text("---\ntitle: Memo\npublished: !!int abc\n---\nThe memo.\n")
    result = call_builder("add", "--seeds", str(seeds), str(new))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "field 'published': 'abc' is not a valid int" in result.stderr
    assert not (seeds / "memo.md").exists()


def test_watch_reports_a_refused_value_and_keeps_watching(harbour: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, docs = harbour
    (seeds / "sources.yml").write_text((seeds / "sources.yml").read_text().replace("2024-03-12", "!!bool maybe"))
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr("builder.__main__.time.sleep", sleep)
    result = call_builder("watch", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 130
    assert "Traceback" not in result.stderr
    assert "field 'published': 'maybe' is not a valid bool" in result.stderr
    assert len(naps) == 2


# ---- 2. a merge key's override is legal YAML; a key written twice still is not


def test_a_merge_key_override_is_not_a_duplicate() -> None:
    problems: list[str] = []
    text = "base: &b {outlet: A, title: T}\nstory:\n  <<: *b\n  title: Own\n"
    assert yamldoc.load_yaml(text, "x.yml", problems) == {"base": {"outlet": "A", "title": "T"}, "story": {"outlet": "A", "title": "Own"}}
    assert problems == []


def test_merged_mappings_override_each_other_silently() -> None:
    problems: list[str] = []
    assert yamldoc.load_yaml("a: {<<: [{x: 1}, {x: 2}], y: 3}\n", "x.yml", problems) == {"a": {"x": 1, "y": 3}}
    assert problems == []


def test_a_key_written_twice_beside_a_merge_is_still_a_duplicate() -> None:
    problems: list[str] = []
    yamldoc.load_yaml("base: &b {title: T}\nstory:\n  <<: *b\n  title: A\n  title: B\n", "x.yml", problems)
    assert problems == ["x.yml:5: duplicate key 'title' (first on line 4); each key may appear once"]


# ---- 3. the dossier's title is escaped once in the logo's tooltip


@pytest.mark.slow
def test_the_title_is_escaped_once_in_the_logo_tooltip(harbour: tuple[Path, Path]) -> None:
    seeds, docs = harbour
    (seeds / "dossier.yml").write_text('title: "Smith & Jones <b>x</b>"\n', encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    root = seeds.parent
    built = mkdocs_build(mkdocs_config(root, docs, root / "site"))
    assert built.returncode == 0, built.stderr[-2000:]
    page = BeautifulSoup((root / "site" / "index.html").read_text(encoding="utf-8"), "html.parser")
    logos = page.select("a.md-logo")
    assert logos and {a["title"] for a in logos} == {"Smith & Jones <b>x</b>"}
    assert {a["aria-label"] for a in logos} == {"Smith & Jones <b>x</b>"}
    assert page.title is not None and page.title.get_text().endswith("Smith & Jones <b>x</b>")
    assert not page.select(".md-header b, nav b")


# ---- 4. a PDF's /Title that is not a string is no title


def _pdf_with_title(title: object) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter
    from test_pdf_furniture import BODY, make_pdf

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[BODY["bankruptcy"]]]))))
    from pypdf.generic import NameObject

    info = writer._info.get_object()  # add_metadata would write str(title)
    info[NameObject("/Title")] = info[NameObject("/Author")] = title
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_title_that_is_an_array_or_a_dictionary_is_not_used() -> None:
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

    from builder.read import convert

    for title in (ArrayObject([TextStringObject("Harbour"), NumberObject(1)]),
                  DictionaryObject({NameObject("/A"): TextStringObject("Harbour")})):
        meta = convert.convert("notice.pdf", _pdf_with_title(title)).meta
        assert "title" not in meta and "byline" not in meta, meta
    assert convert.convert("notice.pdf", _pdf_with_title(TextStringObject("Harbour notice"))).meta["title"] == "Harbour notice"


# ---- 5. `new` prints the folder's name escaped and its commands shell-quoted


def test_new_prints_no_escape_sequence_and_quotes_the_paths(tmp_path: Path) -> None:

    folder = tmp_path / "evil\x1b]0;owned\x07 name"
    result = call_builder("new", str(folder))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert repr(str(folder)) in result.stdout
    again = call_builder("new", str(folder))
    assert again.returncode == 2 and "\x1b" not in again.stderr and repr(str(folder)) in again.stderr


def test_new_shell_quotes_a_folder_with_spaces_and_semicolons(tmp_path: Path) -> None:
    import shlex

    folder = tmp_path / "a b;touch x"
    result = call_builder("new", str(folder))
    assert result.returncode == 0, result.stderr
    make = result.stdout.strip().split("make site ", 1)[1]
    assert shlex.split(make) == [f"SEEDS={folder}/seeds", f"DOCS={folder}/docs", f"SITE={folder}/site", "BUILD_FLAGS=--discover"]


# ---- 6. no bidirectional control in what suggest writes; no zero-width character in a name

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.slow
def test_suggest_writes_no_bidi_control_into_its_comments(harbour: tuple[Path, Path]) -> None:
    seeds, _ = harbour
    story = seeds / "strike.txt"
    story.write_text(story.read_text() + "\n\u202eThe crowd \u2066cheered\u2069 when Karl Brandt arrived at the quay.\u202c\n"
                     "\nKarl Brandt\u2067 spoke\u2069 to the dockers.\n", encoding="utf-8")
    result = call_builder("suggest", "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    assert "Karl Brandt" in result.stdout
    assert not set(result.stdout) & set(BIDI)
    assert "\\u202e" in result.stdout or "\\u2067" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u2066"])
@pytest.mark.parametrize("where", ["name", "alias", "alias text"])
def test_an_invisible_character_in_an_entity_name_or_alias_is_one_line(harbour: tuple[Path, Path], char: str, where: str) -> None:
    seeds, docs = harbour
    entities = seeds / "entities.yml"
    text = entities.read_text(encoding="utf-8")
    bad = f"Mara{char} Lind"
    if where == "name":
        text = text.replace("  name: Mara Lind\n", f'  name: "{bad}"\n', 1)
    elif where == "alias":
        text = text.replace("  aliases:\n", f'  aliases:\n    - "{bad}"\n', 1)
    else:
        text = text.replace("  aliases:\n", f'  aliases:\n    - text: "{bad}"\n', 1)
    entities.write_text(text, encoding="utf-8")
    result = call_builder("check", "--seeds", str(seeds))
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{entities}:"), result.stderr
    assert f"U+{ord(char):04X}" in lines[0] and char not in lines[0]


# ---- 7. a number after a common noun is no year: the rows are in test_dates.CASES


@pytest.mark.parametrize(
    ("name", "refused"),
    [
        ("\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627", False),  # Persian: a non-joiner between Arabic-script letters
        ("\u0915\u094d\u200d\u0937", False),  # Devanagari: a joiner inside a conjunct
        ("Mara\u200cLind", True),  # between Latin letters: only a look-alike
        ("\u200c\u0645\u062d\u0645\u062f", True),  # at an edge
    ],
)
def test_a_joiner_is_allowed_only_between_letters_of_scripts_that_use_it(name: str, refused: bool) -> None:
    """Worked out by hand: ZWNJ/ZWJ are spelling in Persian and Indic scripts (Unicode
    chapter 23.2), and invisible look-alikes beside ASCII."""
    assert bool(schema.ZERO_WIDTH.search(name)) is refused

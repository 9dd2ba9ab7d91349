"""Writing: deterministic output, untouched unchanged files, manifest-only deletion, and
hand-written pages never overwritten."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from builder import write as write_module
from builder.errors import BuildError
from builder.write import Pieces, write

from conftest import SEEDS, call_builder, run_builder
from test_inputs import snapshot


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    for name in ("a", "b"):
        result = run_builder("build", "--seeds", str(SEEDS), "--docs", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    assert len(snapshot(tmp_path / "a")) > 40


@pytest.mark.slow
def test_rebuild_rewrites_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    assert call_builder("build", "--seeds", str(SEEDS), "--docs", str(docs)).returncode == 0
    past = 1_000_000_000
    for p in docs.rglob("*"):
        if p.is_file():
            os.utime(p, (past, past))
    result = call_builder("build", "--seeds", str(SEEDS), "--docs", str(docs))
    assert result.returncode == 0
    assert "0 written" in result.stdout
    # (the cache's record of page files is rewritten: the files' times were changed above)
    assert all(p.stat().st_mtime == past for p in docs.rglob("*") if p.is_file() and p.name != "pages.pickle")


@pytest.mark.slow
def test_only_changed_pages_are_rewritten(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    before = snapshot(docs)
    text = (seeds / "sources.yml").read_text(encoding="utf-8")
    (seeds / "sources.yml").write_text(text.replace("outlet: Gulf News", "outlet: Gulf News (Dubai)"), encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    changed = {k for k, v in snapshot(docs).items() if before.get(k) != v}
    assert "sources/2013-09-08-final-results-hand-cambodian-ruling-party-poll-win.md" in changed
    assert "sources/index.md" in changed and "data/dossier.json" in changed
    assert "people/hun-sen.md" in changed  # the outlet shows in its mention list
    assert "people/reth-sonitha.md" not in changed


def test_stale_generated_files_are_deleted_hand_written_kept(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, {"people/a.md": "A", "people/b.md": "B", "timeline.md": "T"}.items())
    (docs / "people" / "notes.md").write_text("mine", encoding="utf-8")
    report = write(docs, {"people/a.md": "A2", "timeline.md": "T"}.items())
    assert (report.written, report.unchanged, report.deleted) == (1, 1, 1)
    assert not (docs / "people" / "b.md").exists()
    assert (docs / "people" / "notes.md").read_text(encoding="utf-8") == "mine"
    assert not (docs / ".dossier-staging").exists()


def test_refuses_to_overwrite_a_hand_written_page(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "people").mkdir(parents=True)
    (docs / "people" / "a.md").write_text("written by hand", encoding="utf-8")
    try:
        write(docs, {"people/a.md": "generated"}.items())
    except BuildError as exc:
        assert "did not generate" in str(exc) and "people/a.md" in str(exc)
    else:
        raise AssertionError("expected a BuildError")
    assert (docs / "people" / "a.md").read_text(encoding="utf-8") == "written by hand"


def test_refusal_is_exit_status_1_with_one_line(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "timeline.md").parent.mkdir(parents=True)
    (docs / "timeline.md").write_text("my own timeline", encoding="utf-8")
    result = call_builder("build", "--seeds", str(SEEDS), "--docs", str(docs))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("the builder never overwrites hand-written pages)")
    assert (docs / "timeline.md").read_text(encoding="utf-8") == "my own timeline"
    assert not (docs / "people").exists()


def test_a_file_in_pieces_is_written_and_compared_chunk_by_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`Pieces` give the bytes of their joined text, across chunk boundaries and with
    characters of every UTF-8 length; the same text again is not staged; a text that
    differs only in its last byte, or is one byte longer or shorter, is."""
    monkeypatch.setattr(write_module, "CHUNK", 7)  # many chunks, boundaries inside pieces' runs
    docs = tmp_path / "docs"
    parts = ["{\"a\":1}", "é—ü", "x" * 20, "𝔘nicode", "", "end"]
    pieces = Pieces(parts, ",\n", "\n")
    assert write(docs, [("data/x.json", pieces)]).written == 1
    assert (docs / "data" / "x.json").read_bytes() == (",\n".join(parts) + "\n").encode("utf-8") == pieces.text().encode()
    assert b"".join(pieces.chunks()) == pieces.text().encode() and len(list(pieces.chunks())) > 3
    assert write(docs, [("data/x.json", Pieces(list(parts), ",\n", "\n"))]).written == 0
    for changed in (Pieces(parts, ",\n", "!"), Pieces(parts, ",\n", "\n\n"), Pieces(parts, ",\n", ""), Pieces(["y", *parts[1:]], ",\n", "\n")):
        assert write(docs, [("data/x.json", changed)]).written == 1, changed
        assert (docs / "data" / "x.json").read_bytes() == changed.text().encode("utf-8")
    assert write(docs, [("data/x.json", "plain text")]).written == 1
    assert write(docs, [("data/x.json", Pieces(["plain", "text"], " "))]).written == 0  # a string and pieces of one text are one file


@pytest.mark.parametrize("parts", [
    ["{\"a\":1}", "é—ü", "x" * 20, "𝔘nicode", "", "end"],  # chunks end inside runs, and on the last part
    ["only one"],
    [],
])
def test_encoded_pieces_are_the_same_file_as_their_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parts: list[str]) -> None:
    """`Pieces` of bytes (the FollowTheMoney lines, as orjson encodes them) give the
    same bytes and text as `Pieces` of the same text, in more than one chunk; the same
    file is not staged again; a last byte changed is."""
    monkeypatch.setattr(write_module, "CHUNK", 7)
    docs = tmp_path / "docs"
    text, encoded = Pieces(parts, "\n", "\n"), Pieces([p.encode() for p in parts], b"\n", b"\n")
    assert encoded.text() == text.text() and b"".join(encoded.chunks()) == text.text().encode()
    assert len(list(encoded.chunks())) > 2 or len(parts) < 2
    assert write(docs, [("data/x.json", text)]).written == 1
    assert write(docs, [("data/x.json", encoded)]).written == 0
    assert write(docs, [("data/x.json", Pieces([p.encode() for p in parts], b"\n", b"!"))]).written == 1
    assert (docs / "data" / "x.json").read_bytes() == text.text().encode()[:-1] + b"!"


def test_pieces_never_overwrite_a_hand_written_file(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    (docs / "data" / "x.json").write_text("mine", encoding="utf-8")
    with pytest.raises(BuildError, match="did not generate"):
        write(docs, [("data/x.json", Pieces(["theirs"]))])
    assert (docs / "data" / "x.json").read_text(encoding="utf-8") == "mine"
    assert write(docs, [("data/x.json", Pieces(["mi", "ne"]))]).written == 0  # the same text: nothing in the way


def test_a_held_export_is_compared_with_what_this_process_left_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In a process that builds again (`write.Held`), a large file still as the last build
    left it is compared with the content held, without reading it; a file changed since
    (by hand, even to the same size), or a content changed, is compared and written as
    before; a list of parts changed in place after the build does not fool the holder."""
    from builder import write as writing

    docs = tmp_path / "docs"
    held = writing.Held()
    parts = [f"record {n}" for n in range(5000)]

    def build(content: Pieces) -> int:
        stager = writing.Stager(docs, held)
        report = write(docs, [("data/x.json", content)], stager=stager)
        stager.settle()
        return report.written

    assert build(Pieces(parts, ",\n", "\n")) == 1
    opened: list[tuple[str, str]] = []  # (file name, mode)
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, mode="r", *a, **k: opened.append((self.name, mode)) or real_open(self, mode, *a, **k))
    assert build(Pieces(list(parts), ",\n", "\n")) == 0
    assert ("x.json", "rb") not in opened  # compared with what was held: the file was not read
    parts[7] = "record seven"  # the caller's list changed in place: the file still holds "record 7"
    assert build(Pieces(parts, ",\n", "\n")) == 1
    assert ("x.json", "rb") not in opened and ("x.json", "wb") in opened  # known to differ: staged, never read
    assert "record seven" in (docs / "data/x.json").read_text(encoding="utf-8")
    text = (docs / "data/x.json").read_text(encoding="utf-8")
    (docs / "data/x.json").write_text(text.replace("record 1,", "record X,", 1), encoding="utf-8")  # by hand, same size
    opened.clear()
    assert build(Pieces(list(parts), ",\n", "\n")) == 1  # read, found changed, written again
    assert ("x.json", "rb") in opened and (docs / "data/x.json").read_text(encoding="utf-8") == text
    assert build(Pieces(list(parts), ",\n", "")) == 1 and (docs / "data/x.json").read_text(encoding="utf-8") == text[:-1]

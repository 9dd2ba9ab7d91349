"""Reusing the annotations of unchanged sources gives exactly the output of a full build,
and only changed sources (or all, after a registry or code change) are annotated again."""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from builder import cache, executor, pipeline
from builder.present import listings
from builder.read import seedcache, sources

from conftest import ROOT, SEEDS
from test_inputs import snapshot

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original = pipeline._annotate_chunk

    def spy(registry, entities, chunk):  # type: ignore[no-untyped-def]
        calls.extend(source.id for source in chunk)
        return original(registry, entities, chunk)

    monkeypatch.setattr(pipeline, "_annotate_chunk", spy)
    return calls


def visible(docs: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(docs).items() if not k.startswith(cache.FOLDER)}


@pytest.mark.slow
def test_incremental_build_equals_a_full_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    calls = counted(monkeypatch)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert len(calls) == 5 and len(cache.load(docs)) == 5

    calls.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert calls == []  # nothing changed: every annotation reused

    source = seeds / "003_d852035ef8d2e0ca.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nHun Sen spoke to Kem Sokha on Monday.\n", encoding="utf-8")
    calls.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert calls == ["2013-09-08-final-results-hand-cambodian-ruling-party-poll-win"]
    full = tmp_path / "full"
    pipeline.build(pipeline.Options(seeds, full, jobs=1, cache=False))
    assert visible(docs) == visible(full)

    registry = seeds / "entities.yml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("Kem Sokha", "Kem  Sokha", 1), encoding="utf-8")
    calls.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert len(calls) == 5  # a registry change invalidates every entry


@pytest.mark.slow
def test_an_unreadable_cache_is_ignored(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / cache.FOLDER / cache.SHARDS).mkdir(parents=True)
    (docs / cache.FOLDER / cache.SHARDS / "g.pickle").write_bytes(b"not a pickle")
    pipeline.build(pipeline.Options(SEEDS, docs, jobs=1))
    assert (docs / "timeline.md").exists()
    assert isinstance(cache.load(docs), dict) and len(cache.load(docs)) == 5
    assert not (docs / cache.FOLDER / cache.SHARDS / "g.pickle").exists() or "g" in {k[:1] for k in cache.load(docs)}


@pytest.mark.slow
def test_an_edit_rewrites_one_shard_of_the_cache(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    synth.generate(seeds, 40, 60, seed=11)
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    shards = docs / cache.FOLDER / cache.SHARDS
    before = {p.name: p.stat().st_mtime_ns for p in shards.glob("*.pickle")}
    assert len(before) > 5
    (seeds / "00007.txt").write_text((seeds / "00007.txt").read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    after = {p.name: p.stat().st_mtime_ns for p in shards.glob("*.pickle")}
    changed = {n for n in before.keys() | after.keys() if before.get(n) != after.get(n)}
    assert 1 <= len(changed) <= 2, changed  # the shard that lost the old key, the one that gained the new
    assert len(cache.load(docs)) == 40


def rendered_pages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Spy on the page templates: the paths of the source pages and profiles rendered."""
    calls: list[str] = []
    original = executor.Mapped

    def spy(task, items, jobs, sink=None):  # type: ignore[no-untyped-def]
        def recording(item):  # type: ignore[no-untyped-def]
            path, text, print_ = task(item)
            if text is not None:  # rendered, not kept
                calls.append(path)
            return path, text, print_
        return original(recording, items, 1)

    monkeypatch.setattr(executor, "Mapped", spy)
    return calls


def edits(seeds: Path) -> list[tuple[str, Callable[[], None]]]:
    """Edits of every input a page can depend on, one after the other."""
    def append(name: str, text: str) -> Callable[[], None]:
        return lambda: (seeds / name).write_text((seeds / name).read_text(encoding="utf-8") + text, encoding="utf-8")

    def replace(name: str, old: str, new: str) -> Callable[[], None]:
        def run() -> None:
            text = (seeds / name).read_text(encoding="utf-8")
            assert old in text, old
            (seeds / name).write_text(text.replace(old, new, 1), encoding="utf-8")
        return run

    def remove(name: str) -> Callable[[], None]:
        def run() -> None:
            (seeds / name).unlink()
            meta = (seeds / "sources.yml").read_text(encoding="utf-8")
            (seeds / "sources.yml").write_text(re.sub(rf"^{re.escape(name)}:\n(  .*\n)*", "", meta, flags=re.M), encoding="utf-8")
        return run

    registry = (seeds / "entities.yml").read_text(encoding="utf-8")
    first = re.search(r"^  name: (.+)$", registry, re.M)
    someone = re.search(r"^- id: (.+)$", registry, re.M)
    assert first and someone
    curated = (
        f"- id: added-by-the-editor\n  date: '2005-06'\n  title: An event only the editor knows\n"
        f"  entities: [{someone.group(1)}]\n"
    )
    return [
        ("a paragraph added to one source", append("00007.txt", "\n\nA correction was added on Monday, July 3, 2006.\n")),
        ("a source's title changed (related sources show it)", replace("sources.yml", "title: 'Report 3:", "title: 'Report three:")),
        ("a source's date changed", replace("sources.yml", "published: '20", "published: '19")),
        ("a paragraph skipped", replace("sources.yml", "00007.txt:\n", "00007.txt:\n  skip: [2]\n")),
        ("a source removed", remove("00011.txt")),
        ("a source added", lambda: shutil.copy(seeds / "00012.txt", seeds / "00099.txt")),
        ("an event added in events.yml", lambda: (seeds / "events.yml").write_text(curated, encoding="utf-8")),
        ("an entity renamed in the registry", replace("entities.yml", f"name: {first.group(1)}", "name: Renamed Person")),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("watching", [False, True], ids=["new process", "watch"])
def test_unchanged_pages_are_not_rendered_and_the_result_equals_a_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watching: bool,
) -> None:
    """After each kind of edit, a build with the caches (and, as `watch` builds, with
    what the previous build of the same process kept) equals a full build."""
    held = pipeline.Session() if watching else None
    seeds = tmp_path / "seeds"
    synth.generate(seeds, 40, 60, seed=11)
    docs = tmp_path / "docs"
    # Small pages, so the paged timeline, indexes and claims are kept or rendered page by page.
    monkeypatch.setattr(listings, "TIMELINE_PAGE_EVENTS", 30)
    monkeypatch.setattr(listings, "INDEX_PAGE_ROWS", 10)
    monkeypatch.setattr(listings, "CLAIM_COUNTS_PER_PAGE", 2)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1), held)
    assert (docs / "timeline" ).is_dir() and (docs / "sources" / "page-2.md").exists()
    calls = rendered_pages(monkeypatch)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1), held)
    assert calls == []  # nothing changed: no source page or profile rendered
    for n, (what, edit) in enumerate(edits(seeds)):
        edit()
        calls.clear()
        result = pipeline.build(pipeline.Options(seeds, docs, jobs=1), held)
        incremental = list(calls)
        full = tmp_path / f"full-{n}"
        pipeline.build(pipeline.Options(seeds, full, jobs=1, cache=False))
        assert visible(docs) == visible(full), what
        if n == 0:
            assert 0 < result.report.written < 12, result.report  # type: ignore[union-attr]
        if n == 0:  # one source edited: its page and the profiles it names, not the other 90
            assert "sources/2015-02-25-report-7-kages-sovel-and-15-others.md" in incremental
            assert 1 < len(incremental) < 25, incremental


@pytest.mark.slow
def test_a_generated_page_changed_by_hand_is_rendered_again(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(SEEDS, docs, jobs=1))
    page = docs / "people" / "hun-sen.md"
    original = page.read_text(encoding="utf-8")
    page.write_text(original + "\nedited by hand\n", encoding="utf-8")
    result = pipeline.build(pipeline.Options(SEEDS, docs, jobs=1))
    assert page.read_text(encoding="utf-8") == original
    assert result.report and result.report.written == 1


@pytest.mark.slow
def test_parsed_yaml_is_kept_between_runs_and_parsed_again_when_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(SEEDS, seeds)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert (docs / cache.FOLDER / "yaml" / "entities.yml.pickle").exists()

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(seedcache, "load_yaml", no_parsing)
    seedcache._parsed.clear()  # a new process: only the memo folder remembers
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    registry = seeds / "entities.yml"
    registry.write_text(registry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="parsed again"):
        pipeline.build(pipeline.Options(seeds, docs, jobs=1))


def test_a_process_rereads_only_changed_sources_and_never_a_racy_one(tmp_path: Path) -> None:
    """`sources.load` in a process that loads again (watch) keeps the sources whose files
    kept their time and size, and re-reads a file edited within the clock's granularity
    of the last read (same size, maybe the same time)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    files = sorted(seeds.glob("*.txt"))
    old = time.time() - 60
    for f in files[1:]:
        os.utime(f, (old, old))  # settled long before they are read
    os.utime(files[0])  # written just now
    first = {s.file: s for s in sources.load(seeds).sources}
    again = {s.file: s for s in sources.load(seeds).sources}
    assert all(again[f.name] is first[f.name] for f in files[1:])  # kept, not read again
    # files[0] was young when read: read again every time, so an edit that keeps its
    # size and (within the clock's granularity) its time still shows
    stamp = files[0].stat()
    text = files[0].read_text(encoding="utf-8")
    files[0].write_text(text.replace("the", "THE", 1), encoding="utf-8")
    os.utime(files[0], ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert "THE" in {s.file: s for s in sources.load(seeds).sources}[files[0].name].text
    # a settled file edited with the same size, given a new time: read again
    text = files[1].read_text(encoding="utf-8")
    files[1].write_text(text.replace("the", "THE", 1), encoding="utf-8")
    assert "THE" in {s.file: s for s in sources.load(seeds).sources}[files[1].name].text


@pytest.mark.slow
def test_watch_after_a_failed_build_still_equals_a_full_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that fails after rendering (here: while writing) leaves the pages as they
    were; the next build of the same process must not take them for up to date."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    held = pipeline.Session()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1), held)
    source = seeds / "003_d852035ef8d2e0ca.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nHun Sen spoke to Kem Sokha on Monday.\n", encoding="utf-8")
    write = pipeline.write.write

    def failing(docs, pages, *args):  # type: ignore[no-untyped-def]
        for _ in pages:  # every page rendered, none written
            pass
        raise OSError("disk full")

    monkeypatch.setattr(pipeline.write, "write", failing)
    with pytest.raises(OSError):
        pipeline.build(pipeline.Options(seeds, docs, jobs=1), held)
    monkeypatch.setattr(pipeline.write, "write", write)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1), held)
    full = tmp_path / "full"
    pipeline.build(pipeline.Options(seeds, full, jobs=1, cache=False))
    assert visible(docs) == visible(full)


@pytest.mark.slow
def test_the_data_page_is_kept_until_the_dossier_settings_or_the_sources_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Data page's FtM example (made with the FtM model, costly to load) is made again
    only when what the page shows may change: a new `id:` in dossier.yml changes every
    exported id, a source added changes the counts; each time it equals a full build's."""
    from builder.present import ftm

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    made: list[str] = []
    original = ftm.example
    monkeypatch.setattr(ftm, "example", lambda d: made.append(d.identity.id) or original(d))
    page = docs / "data" / "index.md"
    first = page.read_text(encoding="utf-8")
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert made == [] and page.read_text(encoding="utf-8") == first
    settings = (seeds / "dossier.yml").read_text(encoding="utf-8")
    (seeds / "dossier.yml").write_text(settings + "id: strike-inquiry\n", encoding="utf-8")
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert made == ["strike-inquiry"] and "dossier-builder:strike-inquiry" not in first
    shutil.copy(next(seeds.glob("000_*.txt")), seeds / "005_copy.txt")
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert len(made) == 2
    full = tmp_path / "full"
    pipeline.build(pipeline.Options(seeds, full, jobs=1, cache=False))
    assert page.read_text(encoding="utf-8") == (full / "data" / "index.md").read_text(encoding="utf-8")
    assert page.read_text(encoding="utf-8") != first


@pytest.mark.slow
def test_a_new_process_encodes_the_export_records_of_the_changed_sources_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The export's encoded records of each source are kept in the cache by its key: a
    build in a new process (no session) encodes again only an edited source's records,
    nothing when nothing changed, and its exports equal a full build's. A damaged shelf
    is ignored (the records are encoded again)."""
    from builder.present import export

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    encoded: list[str] = []
    original = export._records
    monkeypatch.setattr(export, "_records", lambda a: encoded.append(a.source) or original(a))
    cache._held.clear()  # as a new process finds it
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert encoded == []
    source = seeds / "003_d852035ef8d2e0ca.txt"
    original_text = source.read_text(encoding="utf-8")
    source.write_text(original_text + "\nHun Sen spoke to Kem Sokha on Monday.\n", encoding="utf-8")
    cache._held.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert len(encoded) == 1
    full = tmp_path / "full"
    pipeline.build(pipeline.Options(seeds, full, jobs=1, cache=False))
    assert visible(docs) == visible(full)
    for shard in (docs / cache.FOLDER / cache.RECORDS).glob("*.pickle"):
        shard.write_bytes(b"damaged")
    encoded.clear()
    cache._held.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert encoded == [] and visible(docs) == visible(full)  # nothing changed: the exports kept, the shelf not read
    (docs / "data" / "timeline.json").write_text("changed by hand", encoding="utf-8")
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert len(encoded) == 5 and visible(docs) == visible(full)  # made again, every record encoded: the shelf is damaged
    encoded.clear()
    source.write_text(original_text, encoding="utf-8")
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert len(encoded) == 1
    pipeline.build(pipeline.Options(seeds, full, jobs=1, cache=False))
    assert visible(docs) == visible(full)


@pytest.mark.slow
def test_a_new_process_splits_again_only_the_changed_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The paragraph and sentence splits are kept in the cache by a digest of each text
    and skip set: a build in a new process splits again only an edited source, gets the
    same paragraphs as splitting anew, and a change of the builder's code drops them all."""
    from builder.read import text

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(SEEDS, seeds)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    split: list[str] = []
    original = text.split_paragraphs
    monkeypatch.setattr(text, "split_paragraphs", lambda t, skip=frozenset(): split.append(t) or original(t, skip))

    def again() -> pipeline.Result:
        sources._made.clear()  # as a new process finds it
        return pipeline.build(pipeline.Options(seeds, docs, jobs=1))

    kept = again().dossier.sources
    assert split == []
    assert kept == sources.load(seeds).sources  # (the process's memo cleared above: split anew)
    split.clear()
    source = seeds / "003_d852035ef8d2e0ca.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nHun Sen spoke to Kem Sokha on Monday.\n", encoding="utf-8")
    again()
    assert len(split) == 1 and "Kem Sokha on Monday." in split[0]
    split.clear()
    monkeypatch.setattr(cache, "code_digest", lambda: "another version")
    again()
    assert len(split) == len(list(seeds.glob("*.txt")))

"""Reusing the annotations of unchanged sources gives exactly the output of a full build,
and only changed sources (or all, after a registry or code change) are annotated again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder import cache, pipeline

from conftest import SEEDS
from test_inputs import snapshot


def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original = pipeline._annotate_one

    def spy(source):  # type: ignore[no-untyped-def]
        calls.append(source.id)
        return original(source)

    monkeypatch.setattr(pipeline, "_annotate_one", spy)
    return calls


def visible(docs: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(docs).items() if not k.startswith(cache.FOLDER)}


def test_incremental_build_equals_a_full_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    calls = counted(monkeypatch)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert len(calls) == 5 and (docs / cache.FOLDER / cache.FILE).exists()

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


def test_an_unreadable_cache_is_ignored(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / cache.FOLDER).mkdir(parents=True)
    (docs / cache.FOLDER / cache.FILE).write_bytes(b"not a pickle")
    pipeline.build(pipeline.Options(SEEDS, docs, jobs=1))
    assert (docs / "timeline.md").exists()
    assert isinstance(cache.load(docs), dict) and len(cache.load(docs)) == 5

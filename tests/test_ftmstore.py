"""The FollowTheMoney lines kept on disk (`present/ftmstore.py`): a build in a new process
makes again only the lines of what changed, its file is byte-identical to a full build's,
and a planted, foreign, stale or damaged cache file never reaches the output."""

from __future__ import annotations

import os
import pickle
import shutil
from collections import Counter
from pathlib import Path

import pytest

from builder import cache, pipeline
from builder.present import ftm, ftmrecords, ftmstore

from conftest import SEEDS

EDITED = "003_d852035ef8d2e0ca.txt"
EDITED_ID = "2013-09-08-final-results-hand-cambodian-ruling-party-poll-win"


def ftm_file(docs: Path) -> bytes:
    return (docs / "data" / "dossier.ftm.json").read_bytes()


def full_build(seeds: Path, docs: Path) -> bytes:
    """The file a build from nothing, with no cache at all, writes."""
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, cache=False))
    return ftm_file(docs)


def new_process() -> None:
    """What a new process knows of the store: nothing (it reads the folder again)."""
    ftmstore._held.clear()


def spied(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts the lines `ftm` makes: each source's by its id, and events, links and
    registry entities by kind."""
    made: Counter[str] = Counter()
    for name, count in (("source", lambda args: args[1].id), ("event", lambda args: "event"),
                        ("relation", lambda args: "relation"), ("entity", lambda args: "entity")):
        original = getattr(ftmrecords, name)

        def spy(*args, _original=original, _count=count):  # type: ignore[no-untyped-def]
            made[_count(args)] += 1
            return _original(*args)

        monkeypatch.setattr(ftmrecords, name, spy)
    example = ftm.example

    def example_not_counted(*args):  # type: ignore[no-untyped-def]
        before = made["entity"]
        try:
            return example(*args)
        finally:
            made["entity"] = before  # the Data page's example line is no line of the file

    monkeypatch.setattr(ftm, "example", example_not_counted)
    return made


@pytest.mark.slow
def test_a_new_process_makes_only_what_changed_and_the_same_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Built, then built again in a new process: with nothing changed no line is made;
    after one source is edited, only that source's lines and the events and links it
    changed; after the registry or the dossier's language changes, everything. Each
    time the file is byte-identical to a full build's without any cache."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    made = spied(monkeypatch)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert made["entity"] == 35 and sum(made[s] for s in made if s not in ("entity", "event", "relation")) == 5
    assert {p.stem[0] for p in (docs / cache.FOLDER / ftmstore.FOLDER).glob("*.pickle")} == {"e", "l", "r", "s"}
    first = ftm_file(docs)

    new_process()
    made.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert made == Counter() and ftm_file(docs) == first

    source = seeds / EDITED
    source.write_text(source.read_text(encoding="utf-8") + "\nHun Sen spoke to Kem Sokha and Sam Rainsy on Monday.\n", encoding="utf-8")
    new_process()
    made.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    sources_made = {k: n for k, n in made.items() if k not in ("entity", "event", "relation")}
    assert sources_made == {EDITED_ID: 1} and made["entity"] == 0
    assert 0 < made["event"] < 33  # the edited source's events only (and those it now cites)
    edited = ftm_file(docs)
    assert edited != first
    assert edited == full_build(seeds, tmp_path / "full-1")

    registry = seeds / "entities.yml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("Kem Sokha", "Kem  Sokha", 1), encoding="utf-8")
    new_process()
    made.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert made["entity"] == 35 and sum(made[s] for s in made if s not in ("entity", "event", "relation")) == 5
    assert ftm_file(docs) == full_build(seeds, tmp_path / "full-2")

    settings = seeds / "dossier.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("\nlanguage: en\n", "\nlanguage: fr\n", 1), encoding="utf-8")
    new_process()
    made.clear()
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert sum(made[s] for s in made if s not in ("entity", "event", "relation")) == 5  # every article says its language
    assert ftm_file(docs) == full_build(seeds, tmp_path / "full-3")


@pytest.mark.slow
def test_watch_and_new_process_edits_agree_with_a_full_build(tmp_path: Path) -> None:
    """The same edits through one process (`watch`'s session, which keeps the lines in
    memory and still saves them) and through new processes give the same files."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    session = pipeline.Session()
    watched, fresh = tmp_path / "watched", tmp_path / "fresh"
    pipeline.build(pipeline.Options(seeds, watched, jobs=1), session)
    pipeline.build(pipeline.Options(seeds, fresh, jobs=1))
    source = seeds / EDITED
    for n, added in enumerate(["Hun Sen spoke to Kem Sokha on Monday.", "Sam Rainsy met Hun Sen in Phnom Penh."]):
        source.write_text(source.read_text(encoding="utf-8") + f"\n{added}\n", encoding="utf-8")
        pipeline.build(pipeline.Options(seeds, watched, jobs=1), session)
        new_process()
        pipeline.build(pipeline.Options(seeds, fresh, jobs=1))
        expected = full_build(seeds, tmp_path / f"full-{n}")
        assert ftm_file(watched) == ftm_file(fresh) == expected
    # what watch saved serves a new process: nothing is made again
    new_process()
    assert ftmstore.Store(watched).load(_signature(seeds, watched))


def _signature(seeds: Path, docs: Path) -> str:
    """The signature the last build of `docs` stored its lines under (read back)."""
    data = cache.read_pickle(docs / cache.FOLDER / ftmstore.FOLDER / "r.pickle")
    assert data, "the registry's shard is signed with this user's key"
    return str(data["signature"])


class _Planted:
    """Unpickling this runs code: a file holding it must never be unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.mkdir, (str(self.marker),))


@pytest.mark.slow
@pytest.mark.parametrize("planted", ["unsigned", "another key", "another signature", "damaged"])
def test_a_planted_or_stale_cache_file_never_reaches_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str,
) -> None:
    """A store file in docs/ that this user's key did not sign (planted by a pull
    request, made on another machine), one made for other settings, or a damaged one,
    is ignored: its lines are made again, the file equals a build from nothing, the
    planted line is nowhere, and the shard is rewritten valid."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    folder = docs / cache.FOLDER / ftmstore.FOLDER
    shard = folder / "r.pickle"
    genuine = cache.read_pickle(shard)
    signature, entries = genuine["signature"], genuine["entries"]
    forged = {key: (b'{"id":"planted","properties":{"name":["Planted"]},"schema":"Person"}',) for key in entries}
    marker = tmp_path / "unpickled"
    if planted == "unsigned":  # a pickle that runs code when loaded, with no signature at all
        shard.write_bytes(pickle.dumps({"signature": signature, "entries": forged, "x": _Planted(marker)}))
    elif planted == "another key":  # the right shape and signature, signed by someone else
        monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "another-key"))
        cache.write_pickle(shard, {"signature": signature, "entries": forged})
        monkeypatch.delenv(cache.KEY_ENV)
    elif planted == "another signature":  # this user's, but made for another registry or settings
        cache.write_pickle(shard, {"signature": "0" * 64, "entries": forged})
    else:
        blob = shard.read_bytes()
        shard.write_bytes(blob[:40] + bytes([blob[40] ^ 1]) + blob[41:])
    made = spied(monkeypatch)
    new_process()
    # the export changed by hand, so that it is made again (unchanged, the exports are
    # kept: the store is not even read)
    (docs / "data" / "dossier.ftm.json").write_bytes(b"changed by hand")
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert made["entity"] == 35  # the registry's lines made again; the other shards served
    assert sum(made[s] for s in made if s not in ("entity", "event", "relation")) == 0
    assert b"planted" not in ftm_file(docs) and not marker.exists()
    assert ftm_file(docs) == full_build(seeds, tmp_path / "full")
    assert cache.read_pickle(shard)["entries"] == entries  # rewritten, signed


@pytest.mark.slow
def test_a_linked_store_folder_is_neither_read_nor_written(tmp_path: Path) -> None:
    """The store's folder as a symbolic link (to wherever) is not used: nothing is
    read from or written through it, and the build is a full one."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "docs"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (docs / cache.FOLDER).mkdir(parents=True)
    (docs / cache.FOLDER / ftmstore.FOLDER).symlink_to(elsewhere, target_is_directory=True)
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    assert list(elsewhere.iterdir()) == []
    assert ftm_file(docs) == full_build(seeds, tmp_path / "full")

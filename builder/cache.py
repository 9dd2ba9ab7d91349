"""Annotations kept between builds: a source whose text, metadata and registry are
unchanged is not annotated again.

Each entry is keyed by a digest of the builder's own code, the registry and the source
(text and metadata), so any change to one of them misses. The cache lives in
`docs/.dossier-cache/` (ignored by git and by MkDocs); it is written while the render
workers finish (entries are keyed by content: valid whether or not the build then
succeeds), with atomic renames, and a cache that cannot be read is ignored.
The annotations are spread over 16 files by the first character of their keys, so an
edit rewrites one or two of them, not the whole cache. They are
pickles, each signed with an HMAC-SHA-256 under a per-user key kept outside docs/
(`key_path`): a file that does not carry a valid signature (planted by a pull request,
copied from another machine, damaged) is never unpickled, only ignored and rebuilt.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import os
import pickle
import secrets
from pathlib import Path
from typing import Any

from .model import Entity, Source

FOLDER = ".dossier-cache"
SHARDS = "annotations"
RECORDS = "records"
"""The export's encoded records of each source, by its key (`export.each`)."""
PAGES = "pages.pickle"
TIMELINE = "timeline.pickle"
GAZETTEER = "gazetteer.pickle"
SPLITS = "paragraphs.pickle"
"""The sources' paragraph and sentence splits, by a digest of each text (`text.Splits`)."""
_CODE = Path(__file__).parent


@functools.cache
def code_digest() -> str:
    """The builder's Python code: a new version of it invalidates every entry. Read once
    per process (the code it runs: a process that builds again, `watch`, read all of it
    five times per build)."""
    h = hashlib.sha256()
    for path in sorted(_CODE.rglob("*.py")):
        h.update(path.relative_to(_CODE).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def registry_digest(entities: tuple[Entity, ...], code: str) -> str:
    return hashlib.sha256(code.encode() + pickle.dumps(entities, protocol=5)).hexdigest()


_FIELDS = tuple(f.name for f in dataclasses.fields(Source) if f.name != "paragraphs")


def key(source: Source, registry: str) -> str:
    """The source's text and metadata (its paragraphs follow from the text and the
    paragraphs it skips: pickling the paragraphs themselves took three times longer)."""
    return _digest(registry, _made_from(source))


def _made_from(source: Source) -> tuple[tuple[Any, ...], tuple[int, ...], tuple[Any, ...]]:
    """What a source's key is made from: its fields but the paragraphs, the numbers of
    the paragraphs it skips, and the structure a converted file gave its paragraphs
    (heading or list item, PDF page, emphasis: the same text can change only those)."""
    return (
        tuple(getattr(source, name) for name in _FIELDS),
        tuple(p.number for p in source.paragraphs if p.skipped),
        tuple((p.number, p.role, p.page, p.emphasis) for p in source.paragraphs if p.role or p.page or p.emphasis),
    )


def _digest(registry: str, made_from: tuple[tuple[Any, ...], tuple[int, ...], tuple[Any, ...]]) -> str:
    return hashlib.sha256(registry.encode() + pickle.dumps(made_from, protocol=5)).hexdigest()


_held: dict[str, tuple[object, dict[str, Any]]] = {}
"""Shard folder -> (its files' names, sizes and times; the entries they hold), as this
process last read or wrote them: a process that builds again (`watch`) does not read
an unchanged cache again."""


def _signature(folder: Path) -> object:
    files = sorted(folder.glob("*.pickle")) if folder.is_dir() else []
    return tuple((p.name, st.st_size, st.st_mtime_ns) for p in files for st in (p.stat(),))


def keys(
    sources: tuple[Source, ...], entities: tuple[Entity, ...], memo: dict[object, str] | None = None,
) -> tuple[str, dict[str, str]]:
    """The digest of the registry and code, and each source's key (source id -> key).
    With `memo` (kept by a process that builds again), keys are not hashed again; it
    is left holding this call's keys."""
    registry = registry_digest(entities, code_digest())
    if memo is None:
        return registry, {s.id: key(s, registry) for s in sources}
    made: dict[object, str] = {}
    result = {}
    for s in sources:
        made_from = _made_from(s)
        result[s.id] = made[registry, made_from] = memo.get((registry, made_from)) or _digest(registry, made_from)
    memo.clear()
    memo.update(made)
    return registry, result


def load(docs: Path) -> dict[str, Any]:
    """Every cached annotation, by key (callers do not modify the result)."""
    folder = docs / FOLDER / SHARDS
    signature = _signature(folder)
    held = _held.get(str(folder))
    if held and held[0] == signature:
        return held[1]
    entries = load_shards(folder)
    _held[str(folder)] = (signature, entries)
    return entries


def save(docs: Path, entries: dict[str, Any], previous: dict[str, Any]) -> None:
    """Keep `entries` (the cache was `previous`): only the shards whose keys changed are written."""
    folder = docs / FOLDER / SHARDS
    (docs / FOLDER / "annotations.pickle").unlink(missing_ok=True)  # the single file of earlier versions
    save_shards(folder, entries, previous)
    _held[str(folder)] = (_signature(folder), entries)  # what `load` would read back


@dataclasses.dataclass(frozen=True)
class Shelf:
    """Entries by source key in a folder of shards (`load_shards`, `save_shards`), read
    each time they are asked for: a one-off build lets them go once used."""

    folder: Path

    def load(self) -> dict[str, Any]:
        return load_shards(self.folder)

    def save(self, entries: dict[str, Any], previous: dict[str, Any]) -> None:
        save_shards(self.folder, entries, previous)


def load_shards(folder: Path) -> dict[str, Any]:
    """Every entry of the shards in `folder` (key -> entry; {} for none), read each time."""
    entries: dict[str, Any] = {}
    for path in sorted(folder.glob("*.pickle")) if folder.is_dir() else ():
        entries.update(read_pickle(path))
    return entries


def save_shards(folder: Path, entries: dict[str, Any], previous: dict[str, Any]) -> None:
    """Keep `entries` (key -> entry) in `folder`, spread over 16 files by the first
    character of their keys (the folder held `previous`): only the files whose keys
    changed are written."""
    folder.mkdir(parents=True, exist_ok=True)
    new, old = _shards(entries), _shards(previous)
    for path in folder.glob("*.pickle"):
        if path.stem not in new:
            path.unlink()
    for path in folder.glob("*.tmp"):  # left by a build killed while saving
        path.unlink()
    for shard, content in sorted(new.items()):
        path = folder / f"{shard}.pickle"
        if content.keys() != old.get(shard, {}).keys() or not path.exists():
            write_pickle(path, content)


def _shards(entries: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for k, v in entries.items():
        result.setdefault(k[:1], {})[k] = v
    return result


KEY_ENV = "DOSSIER_CACHE_KEY_FILE"
_SIGNATURE = 32  # bytes of an HMAC-SHA-256
_key: dict[str, bytes] = {}


def key_path() -> Path:
    """The file holding this user's cache key: `$DOSSIER_CACHE_KEY_FILE` if set, else
    `cache-key` in `$XDG_CACHE_HOME/dossier-builder/` or `~/.cache/dossier-builder/`
    (outside docs/, so nothing committed to a dossier can know or replace it)."""
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dossier-builder" / "cache-key"


def signing_key() -> bytes:
    """The 32-byte key signing cache files, created (mode 0600) on first use. If it can
    be neither read nor created, a key for this process only: the cache then serves
    this process and is rebuilt by the next."""
    path = key_path()
    held = _key.get(str(path))
    if held:
        return held
    key_ = b""
    try:
        key_ = path.read_bytes()
    except FileNotFoundError:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(secrets.token_bytes(32))
            key_ = path.read_bytes()
        except OSError:
            key_ = path.read_bytes() if path.is_file() else b""  # another process made it first
    except OSError:
        pass
    if len(key_) < 32:
        key_ = secrets.token_bytes(32)
    _key[str(path)] = key_
    return key_


def read_pickle(path: Path) -> dict[str, Any]:
    """A mapping this builder pickled, or {} if the file is missing, unreadable or not
    signed with this user's key (such a file is never unpickled)."""
    try:
        with path.open("rb") as f:
            blob = f.read()
    except OSError:
        return {}
    signature, payload = blob[:_SIGNATURE], blob[_SIGNATURE:]
    if len(signature) < _SIGNATURE or not hmac.compare_digest(
        signature, hmac.new(signing_key(), payload, hashlib.sha256).digest()
    ):
        return {}
    try:
        data = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_pickle(path: Path, data: dict[str, Any]) -> None:
    """Pickle `data` to `path`, signed (HMAC-SHA-256, 32 bytes before the pickle), with
    an atomic rename (a kill leaves at most a .tmp file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(data, protocol=5)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as f:
        f.write(hmac.new(signing_key(), payload, hashlib.sha256).digest())
        f.write(payload)
    os.replace(tmp, path)


def reusable_pages(docs: Path) -> dict[str, str]:
    """Page path -> fingerprint of the inputs it was rendered from, for each page whose
    file is still exactly as the last build wrote it (same size and modification time)."""
    result = {}
    folder = str(docs)  # (a Path per page cost more than its stat at 10,000 sources)
    for rel, (print_, size, mtime) in read_pickle(docs / FOLDER / PAGES).items():
        try:
            st = os.stat(os.path.join(folder, rel))
        except OSError:
            continue
        if st.st_size == size and st.st_mtime_ns == mtime:
            result[rel] = print_
    return result


def load_timeline(docs: Path) -> dict[str, Any]:
    """The timeline index's state the last build left (`timeline.Index.state`), or {}."""
    return read_pickle(docs / FOLDER / TIMELINE)


def save_timeline(docs: Path, state: dict[str, Any]) -> None:
    """Keep the timeline index's state for the next build (keyed by content: valid
    whether or not this build then succeeds)."""
    write_pickle(docs / FOLDER / TIMELINE, state)


def load_gazetteer(docs: Path, origin: str) -> dict[str, Any]:
    """The gazetteer sets an earlier `--discover` build kept (`gazetteer.kept`), by name,
    when they were made from the same `origin` (`gazetteer.origin`) by the same code; else {}."""
    held = read_pickle(docs / FOLDER / GAZETTEER)
    if held.get("origin") != origin or held.get("code") != code_digest():
        return {}
    sets = held.get("sets")
    return sets if isinstance(sets, dict) else {}


def save_gazetteer(docs: Path, origin: str, sets: dict[str, Any]) -> None:
    """Keep the gazetteer sets `sets` made from `origin` for the next `--discover` build."""
    write_pickle(docs / FOLDER / GAZETTEER, {"origin": origin, "code": code_digest(), "sets": sets})


def load_splits(docs: Path) -> dict[str, Any]:
    """The paragraph splits the last build kept (`text.Splits.held`), or {} when there
    are none or the builder's code has changed since."""
    held = read_pickle(docs / FOLDER / SPLITS)
    splits = held.get("splits")
    return splits if held.get("code") == code_digest() and isinstance(splits, dict) else {}


def save_splits(docs: Path, held: dict[str, Any], kept: dict[str, Any]) -> None:
    """Keep the paragraph splits `kept` for the next build (the file held `held`):
    written only when the texts changed."""
    if kept.keys() != held.keys():
        write_pickle(docs / FOLDER / SPLITS, {"code": code_digest(), "splits": kept})


def save_parsed(entries: dict[Path, dict[str, Any]]) -> None:
    """Keep the parsed YAML `seedcache.parsed_to_keep` gives (memo file -> entry)."""
    for path, entry in entries.items():
        write_pickle(path, entry)


def save_pages(docs: Path, prints: dict[str, str]) -> None:
    """Record each page's fingerprint with its file's size and modification time."""
    entries = {}
    folder = str(docs)
    for rel, print_ in prints.items():
        st = os.stat(os.path.join(folder, rel))
        entries[rel] = (print_, st.st_size, st.st_mtime_ns)
    path = docs / FOLDER / PAGES
    if entries != read_pickle(path):
        write_pickle(path, entries)

"""The FollowTheMoney export's lines kept between builds, on disk: a build in a new
process (after an edit, or with nothing changed) makes again only the lines of what
changed, as `watch` does with the lines it keeps in memory.

What a line depends on decides its key (`ftm.Made.entries`):

- a source's lines (its `Article`, `Mention`s and `Documentation`s): the source's content
  key (`cache.key`: its text and metadata, the registry and the builder's code);
- a co-mention or version link: the relation's value (its two ids, kind and weight, the
  weight summed over every source naming the pair);
- an event: what its line is made from (`ftmrecords.event_key`: its id, date, title, summary,
  entities and the sources citing it, made from every source reporting it);
- the registry's lines (entities, memberships, roles): the registry itself;

and every key is under the build's `signature`: the registry, the builder's code, the
dossier's id namespace and language, and the versions of `followthemoney` and `orjson`
(a new library may clean or encode a value otherwise). A file made under another
signature is not read.

The files live in `docs/.dossier-cache/ftm/`, spread over shards (sources by the first
character of their key, links and events by a checksum of their ids, the registry in
one), so an edit rewrites a few of them. Each is a pickle signed with the same per-user
HMAC key as the annotation cache (`cache.read_pickle`): a file that does not carry a
valid signature (planted in `docs/` by a pull request, copied from another machine,
damaged) is never unpickled, only ignored; its lines are made again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import pickle
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import cache

FOLDER = "ftm"
"""Under `docs/.dossier-cache/`."""
SEPARATOR = "\x1f"
REGISTRY = "registry"
"""The key of the registry's lines (every other key is a source's or a link's or event's)."""

Entries = Mapping[object, tuple[bytes, ...]]
"""Key (see the module's docstring) -> the lines made from it."""


def signature(registry: str, namespace: str, language: str) -> str:
    """What every stored line depends on besides its own key: the registry's digest
    (`cache.registry_digest`, which holds the builder's code digest), the id namespace,
    the language, and the versions of the libraries that clean and encode the values."""
    versions = tuple(importlib.metadata.version(name) for name in ("followthemoney", "orjson"))
    return hashlib.sha256(pickle.dumps((registry, namespace, language, versions), protocol=5)).hexdigest()


def shard(key: object) -> str:
    """The file a key is kept in: `s` and a source key's first character; `l` or `e` and
    a checksum of a link's or an event's ids; `r` for the registry."""
    if isinstance(key, str):
        return "r" if key == REGISTRY else "s" + key[:1]
    assert isinstance(key, tuple)
    if key[0] == "event":
        return f"e{zlib.crc32(key[1].encode()) & 15:x}"
    ids = (key[2] + SEPARATOR + key[3]).encode()
    return f"l{zlib.crc32(ids) & 15:x}"


@dataclass
class _Held:
    """What a shard file holds, as this process last read or wrote it."""

    signature: str
    entries: dict[object, tuple[bytes, ...]]
    stat: tuple[int, int]
    """The file's size and modification time then."""


_held: dict[str, dict[str, _Held]] = {}
"""The last folder used (one at most) -> its shards as this process last read or wrote
them: a save writes only the shards whose keys changed since."""


class Store:
    """The lines of one docs folder's last build (`load`, `save`)."""

    def __init__(self, docs: Path) -> None:
        self.folder = docs / cache.FOLDER / FOLDER

    def _usable(self) -> bool:
        # the builder's own folders only, never through a link (`write.own_files` checks the cache folder)
        return not self.folder.is_symlink() and not self.folder.parent.is_symlink()

    def _shards(self) -> dict[str, _Held]:
        held = _held.get(str(self.folder))
        if held is None:
            _held.clear()
            held = _held[str(self.folder)] = {}
        return held

    def load(self, signature: str) -> dict[object, tuple[bytes, ...]]:
        """Every stored line made under `signature`, by key ({} when there is none). A
        shard that is missing, unsigned, signed with another key, damaged or made under
        another signature gives nothing."""
        entries: dict[object, tuple[bytes, ...]] = {}
        held = self._shards()
        held.clear()
        if not self._usable() or not self.folder.is_dir():
            return entries
        for path in sorted(self.folder.glob("*.pickle")):
            data = cache.read_pickle(path)  # {} unless this user's key signed it
            made = data.get("entries")
            if data.get("signature") != signature or not isinstance(made, dict):
                continue
            entries.update(made)
            held[path.stem] = _Held(signature, made, _stat(path))
        return entries

    def save(self, signature: str, entries: Entries, keep: bool = True) -> None:
        """Keep `entries` (made under `signature`), replacing what the folder held: only
        the shards whose keys changed since this process last read or wrote them are
        written (signed, with atomic renames); shards no key falls in are deleted.
        `keep`: whether this process remembers what it wrote, for its next save (a
        process that builds once lets the lines go)."""
        if not self._usable():
            return
        held = self._shards()
        if any(h.signature != signature for h in held.values()):
            held.clear()
        before: dict[object, str] = {key: name for name, h in held.items() for key in h.entries}
        gone = before.keys() - entries.keys()
        new = [key for key in entries if key not in before]  # in their order: two builds write the same bytes
        touched = {before[key] for key in gone} | {shard(key) for key in new}
        shards = {name: dict(held[name].entries) if name in held else {} for name in touched}
        shards.update((name, h.entries) for name, h in held.items() if name not in touched)
        for key in gone:
            del shards[before[key]][key]
        for key in new:
            shards[shard(key)][key] = entries[key]
        self.folder.mkdir(parents=True, exist_ok=True)
        for path in self.folder.iterdir():
            if path.suffix == ".tmp" or (path.suffix == ".pickle" and not shards.get(path.stem)):  # a killed build's, or emptied
                path.unlink()
        for name, content in sorted(shards.items()):
            path = self.folder / f"{name}.pickle"
            if not content:
                held.pop(name, None)
                continue
            if name in touched or name not in held or held[name].stat != _stat(path):
                cache.write_pickle(path, {"signature": signature, "entries": content})
            held[name] = _Held(signature, content, _stat(path))
        if not keep:
            _held.clear()


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


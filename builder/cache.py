"""Annotations kept between builds: a source whose text, metadata and registry are
unchanged is not annotated again.

Each entry is keyed by a digest of the builder's own code, the registry and the source
(text and metadata), so any change to one of them misses. The cache lives in
`docs/.dossier-cache/` (ignored by git and by MkDocs); it is written only after a
successful build, with an atomic rename, and a cache that cannot be read is ignored.
It is a pickle: it holds only what this builder wrote there.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from .model import Annotated, Entity, Source

FOLDER = ".dossier-cache"
FILE = "annotations.pickle"
_CODE = Path(__file__).parent


def code_digest() -> str:
    """The builder's Python code: a new version of it invalidates every entry."""
    h = hashlib.sha256()
    for path in sorted(_CODE.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def registry_digest(entities: tuple[Entity, ...], code: str) -> str:
    return hashlib.sha256(code.encode() + pickle.dumps(entities, protocol=5)).hexdigest()


def key(source: Source, registry: str) -> str:
    return hashlib.sha256(registry.encode() + pickle.dumps(source, protocol=5)).hexdigest()


def load(docs: Path) -> dict[str, Annotated]:
    path = docs / FOLDER / FILE
    try:
        with path.open("rb") as f:
            data = pickle.load(f)
        return data if isinstance(data, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}


def save(docs: Path, entries: dict[str, Annotated]) -> None:
    folder = docs / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (FILE + ".tmp")
    with tmp.open("wb") as f:
        pickle.dump(entries, f, protocol=5)
    os.replace(tmp, folder / FILE)

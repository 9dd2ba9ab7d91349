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
from typing import Any

from .model import Entity, Source

FOLDER = ".dossier-cache"
FILE = "annotations.pickle"
PAGES = "pages.pickle"
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


def load(docs: Path, name: str = FILE) -> dict[str, Any]:
    path = docs / FOLDER / name
    try:
        with path.open("rb") as f:
            data = pickle.load(f)
        return data if isinstance(data, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}


def save(docs: Path, entries: dict[str, Any], name: str = FILE) -> None:
    folder = docs / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (name + ".tmp")
    with tmp.open("wb") as f:
        pickle.dump(entries, f, protocol=5)
    os.replace(tmp, folder / name)


def reusable_pages(docs: Path) -> dict[str, str]:
    """Page path -> fingerprint of the inputs it was rendered from, for each page whose
    file is still exactly as the last build wrote it (same size and modification time)."""
    result = {}
    for rel, (print_, size, mtime) in load(docs, PAGES).items():
        try:
            st = (docs / rel).stat()
        except OSError:
            continue
        if st.st_size == size and st.st_mtime_ns == mtime:
            result[rel] = print_
    return result


def save_pages(docs: Path, prints: dict[str, str]) -> None:
    """Record each page's fingerprint with its file's size and modification time."""
    entries = {}
    for rel, print_ in prints.items():
        st = (docs / rel).stat()
        entries[rel] = (print_, st.st_size, st.st_mtime_ns)
    if entries != load(docs, PAGES):
        save(docs, entries, PAGES)

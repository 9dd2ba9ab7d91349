"""Write the generated files under `docs/`: the only module that writes.

All files are staged in a temporary folder first; only when every one is staged are they
moved into place, each with an atomic rename, so a failed or killed build leaves the
previous output readable. Unchanged files are not touched (their mtime stays). Only files
listed in the manifest of the previous build are ever deleted, and a hand-written file
in the way of a generated one stops the build.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import BuildError

MANIFEST = ".dossier-manifest.json"


@dataclass(frozen=True)
class Report:
    """What a write did."""

    written: int
    """Files created or changed."""
    unchanged: int
    """Files left as they were."""
    deleted: int
    """Files of the previous build no longer generated."""


def read_manifest(docs: Path) -> set[str]:
    path = docs / MANIFEST
    if not path.exists():
        return set()
    try:
        return set(json.loads(path.read_text(encoding="utf-8"))["files"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{path}: unreadable manifest ({exc}); delete it and the generated folders to rebuild") from exc


def write(docs: Path, files: dict[str, str]) -> Report:
    """Make `docs` hold exactly `files` among generated paths."""
    docs.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(docs)
    for rel in sorted(files):
        target = docs / rel
        if rel not in previous and target.exists():
            if target.read_text(encoding="utf-8", errors="replace") != files[rel]:
                raise BuildError(
                    f"{target}: a file the builder did not generate is in the way of a "
                    "generated page; move or rename it (the builder never overwrites hand-written pages)"
                )
    changed = {
        rel: content for rel, content in files.items()
        if not (docs / rel).exists() or (docs / rel).read_bytes() != content.encode("utf-8")
    }
    staging = Path(tempfile.mkdtemp(prefix=".dossier-build-", dir=docs))
    try:
        for rel, content in changed.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode("utf-8"))
        for rel in sorted(changed):
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    stale = sorted(previous - set(files))
    for rel in stale:
        path = docs / rel
        if path.exists():
            path.unlink()
        _prune(path.parent, docs)
    manifest = json.dumps({"files": sorted(files)}, indent=0) + "\n"
    manifest_path = docs / MANIFEST
    if not manifest_path.exists() or manifest_path.read_text(encoding="utf-8") != manifest:
        tmp = docs / (MANIFEST + ".tmp")
        tmp.write_text(manifest, encoding="utf-8")
        os.replace(tmp, manifest_path)
    return Report(len(changed), len(files) - len(changed), len(stale))


def _prune(folder: Path, docs: Path) -> None:
    """Remove folders emptied by deletions, up to `docs`."""
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

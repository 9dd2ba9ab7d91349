"""Write the generated files under `docs/`: the only module that writes.

A write is a small transaction. Changed files are staged in `docs/.dossier-staging/`;
when every one is staged, a journal naming the files to move and delete is renamed into
place: that rename is the commit point. Then the files are moved in, each with an atomic
rename, and the staging folder is removed. A build that fails or is killed before the
commit point leaves the previous output exactly as it was (the next build discards the
partial staging); one killed after it is completed by the next build before anything
else happens. No file is ever half-written. Unchanged files are not touched (their mtime
stays). Only files listed in the manifest of the previous build are ever deleted, and a
hand-written file in the way of a generated one stops the build.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .errors import BuildError

MANIFEST = ".dossier-manifest.json"
STAGING = ".dossier-staging"
JOURNAL = "commit.json"


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


def write(docs: Path, files: dict[str, str], kept: frozenset[str] = frozenset()) -> Report:
    """Make `docs` hold exactly `files` among generated paths, plus the `kept` files of
    the previous build, left as they are."""
    docs.mkdir(parents=True, exist_ok=True)
    recover(docs)
    previous = read_manifest(docs)
    for rel in sorted(files):
        target = docs / rel
        if rel not in previous and target.exists():
            if target.read_text(encoding="utf-8", errors="replace") != files[rel]:
                raise BuildError(
                    f"{target}: a file the builder did not generate is in the way of a "
                    "generated page; move or rename it (the builder never overwrites hand-written pages)"
                )
    changed = sorted(
        rel for rel, content in files.items()
        if not (docs / rel).exists() or (docs / rel).read_bytes() != content.encode("utf-8")
    )
    kept = kept & previous
    stale = sorted(previous - set(files) - kept)
    manifest = json.dumps({"files": sorted(set(files) | kept)}, indent=0) + "\n"
    manifest_changed = not (docs / MANIFEST).exists() or (docs / MANIFEST).read_text(encoding="utf-8") != manifest
    if not (changed or stale or manifest_changed):
        return Report(0, len(files) + len(kept), 0)
    staging = docs / STAGING
    staging.mkdir()
    for rel in changed:
        path = staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[rel].encode("utf-8"))
    (staging / MANIFEST).write_text(manifest, encoding="utf-8")
    journal = staging / (JOURNAL + ".tmp")
    journal.write_text(json.dumps({"replace": changed, "delete": stale}), encoding="utf-8")
    os.replace(journal, staging / JOURNAL)  # the commit point
    _apply(docs)
    return Report(len(changed), len(files) + len(kept) - len(changed), len(stale))


def recover(docs: Path) -> None:
    """Finish a committed write that was interrupted, or discard an uncommitted one."""
    staging = docs / STAGING
    if not staging.exists():
        return
    if (staging / JOURNAL).exists():
        _apply(docs)
    else:
        shutil.rmtree(staging)


def _apply(docs: Path) -> None:
    """Move the committed files in and delete the stale ones; safe to repeat."""
    staging = docs / STAGING
    plan = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    for rel in plan["replace"]:
        if (staging / rel).exists():
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, docs / rel)
    for rel in plan["delete"]:
        path = docs / rel
        if path.exists():
            path.unlink()
        _prune(path.parent, docs)
    if (staging / MANIFEST).exists():
        os.replace(staging / MANIFEST, docs / MANIFEST)
    (staging / JOURNAL).unlink()  # done: what is left of the staging folder is empty folders
    shutil.rmtree(staging)


def _prune(folder: Path, docs: Path) -> None:
    """Remove folders emptied by deletions, up to `docs`."""
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

"""The previous build's manifest and the paths a build may generate: the manifest lists
the files the last build wrote under `docs/` (only those are ever deleted), each entry
checked to be a generated file's path inside `docs` with no symbolic link on the way
(`check_generated`, which every path the writer moves or deletes passes too), and records
whether it made provisional entities and each source file's page name."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from .errors import BuildError, InputError
from .escaping import shown
from .paths import BUILDER_FOLDERS
from .present.identity import PAGES as IDENTITY_PAGES
from .present.identity import SITE_CONFIG

MANIFEST = ".dossier-manifest.json"


TOP_FILES = frozenset({SITE_CONFIG, *IDENTITY_PAGES} | {f"{name}.md" for name in BUILDER_FOLDERS})
"""The only files the builder generates at the top of docs/ (`connections.md`,
`timeline.md`, the home and about pages of `seeds/dossier.yml`, the site settings):
every other generated file is in a folder."""


def safe(docs: Path, rel: object, where: str, checked: set[str] | None = None) -> Path:
    """`docs / rel`, checked (`check_generated`)."""
    check_generated(docs, rel, where, checked)
    return docs / rel  # type: ignore[operator]


def check_generated(docs: Path, rel: object, where: str, checked: set[str] | None = None) -> None:
    """Raise `InputError` unless `rel` is a generated file's docs-relative path: plain relative
    parts (no "..", no absolute path, no hidden top folder; the one hidden file is the
    site settings `identity.SITE_CONFIG` makes), and no symbolic link on the
    way from `docs` to it, so nothing is written or deleted outside `docs`.
    `where`: what named the path (the manifest, the journal), for the error.
    `checked`: the folders (docs-relative) already found real by this caller, which
    adds to it: a manifest's thousands of files in a few folders look at each once."""
    parts = rel.split("/") if isinstance(rel, str) else []
    if (
        not parts or any(p in ("", ".", "..") or "\\" in p or "\x00" in p for p in parts)
        or (parts[0].startswith(".") and parts != [SITE_CONFIG]) or os.path.isabs(rel)  # type: ignore[arg-type]
        or (len(parts) == 1 and parts[0] not in TOP_FILES)
    ):
        raise InputError([f"{where}: entry {shown(str(rel))} is not a generated file inside {docs}; delete the entry"])
    # On strings with `os.path` (a manifest holds thousands of entries: pathlib's
    # objects cost more than the checks); the same tests as `Path.is_dir` and friends.
    top = os.fspath(docs)
    full = os.path.join(top, *parts)
    if os.path.isdir(full) and not os.path.islink(full):
        raise InputError([f"{where}: entry {shown(str(rel))} names a folder, not a generated file; delete the entry"])
    for n in range(1, len(parts)):
        name = "/".join(parts[:n])
        if checked is not None:
            if name in checked:
                continue
            checked.add(name)  # if it is not real, the error below ends the caller
        folder = os.path.join(top, name)
        if os.path.islink(folder) or (os.path.exists(folder) and not os.path.isdir(folder)):
            raise InputError([f"{docs / name}: not a real folder (a link or a file); the builder writes only into real folders under {docs}"])


_manifests: dict[str, tuple[tuple[int, int, int], frozenset[str]]] = {}
"""Manifest path -> (its modification time, size and inode; its checked files) as this
process last read it: a build reads its docs folder's manifest twice (the claims check,
the stager), 30,000 entries at 10,000 sources."""


def read_manifest(docs: Path) -> set[str]:
    """The docs-relative files the previous build generated, each checked
    (`check_generated`); read again only when the file changed since this process read it."""
    path = docs / MANIFEST
    try:
        st = path.stat()
    except FileNotFoundError:
        return set()
    stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
    known = _manifests.get(str(path))
    if known and known[0] == stamp:
        folders: set[str] = set()
        for name in sorted({rel.rpartition("/")[0] for rel in known[1]} - {""}):  # each folder still a real folder
            check_generated(docs, f"{name}/x", str(path), folders)
        return set(known[1])
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
        if not isinstance(files, list):
            raise TypeError("'files' is not a list")
    except (ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{path}: unreadable manifest ({exc}); delete it and the generated folders to rebuild") from exc
    checked: set[str] = set()
    for n, rel in enumerate(files):
        check_generated(docs, rel, f"{path}:{n + 3}", checked)  # one entry per line, after "{" and '"files": ['
    _manifests[str(path)] = (stamp, frozenset(files))
    return set(files)


def built_with_discover(docs: Path) -> bool:
    """Whether the previous build of `docs` made provisional entities (`--discover`), as
    its manifest records; False when there is no readable manifest."""
    try:
        return json.loads((docs / MANIFEST).read_text(encoding="utf-8")).get("discover") is True
    except (OSError, ValueError, AttributeError):
        return False


def source_pages(docs: Path) -> dict[str, str]:
    """Each source file's page name (its id) as the previous build of `docs` recorded
    it in its manifest: file name -> id; {} when there is no readable record."""
    try:
        found = json.loads((docs / MANIFEST).read_text(encoding="utf-8")).get("sources")
    except (OSError, ValueError, AttributeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, str)}


def profile_ids(table: Path) -> set[str]:
    """The ids of the entities the previous build profiled, from its `data/entities.csv`
    (`table`; first column `id`); an empty set when there is none or it cannot be read.
    A discovered profile that is gone from the next build is one whose id is not an entity
    any more: a page that moved (`people/x.md` to `places/x.md`) keeps its id."""
    try:
        with table.open(encoding="utf-8", newline="") as f:
            return {row["id"] for row in csv.DictReader(f) if row.get("id")}
    except (OSError, ValueError, KeyError, csv.Error):
        return set()

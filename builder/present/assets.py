"""The site's own stylesheet and scripts, `docs/assets/`: generated files of every build.

The pages' highlights, paragraph numbers, date marks, sortable tables and the offline
search need the builder's `dossier.css` and scripts beside them (`mkdocs.yml` names
them). A dossier folder made without `new` (seeds copied from a colleague) has none, and
MkDocs renders such a site without a word (review s10: M7). So every build writes them,
as it writes its pages: a missing one is written, one the builder wrote before is
refreshed when the builder's changed, and one the builder did not write (not in the
manifest) is adopted when it is the same, else kept as it is, with a warning: the
builder never overwrites a file of the editor's.

The assets are the builder checkout's `docs/assets/` (what `new` copies too); an
installation without them writes none and keeps those of the previous build.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path

from .. import paths

FOLDER = paths.ASSETS
"""The docs folder's folder of assets (`mkdocs.yml`'s `extra_css` and `extra_javascript`)."""
SOURCE = Path(__file__).resolve().parent.parent.parent / "docs" / FOLDER
"""The builder's own assets."""


@dataclass(frozen=True)
class Assets:
    """What a build does with the assets."""

    files: tuple[tuple[str, str], ...]
    """(docs-relative path, content) of each asset to generate."""
    kept: frozenset[str]
    """Assets of the previous build to keep as they are (none are made here)."""
    warnings: tuple[str, ...]
    """One line per asset of the editor's that differs from the builder's."""


def assets(docs: Path, previous: Set[str], source: Path = SOURCE) -> Assets:
    """The assets a build of `docs` writes, given `previous` (the manifest of the last
    build: the files the builder wrote). Files in name order: deterministic."""
    ours = sorted(p for p in source.iterdir() if p.is_file() and not p.name.startswith(".")) if source.is_dir() else []
    if not ours or (docs / FOLDER).is_symlink():
        # No assets installed, or the editor's own link: leave the folder alone.
        return Assets((), frozenset(r for r in previous if r.startswith(FOLDER + "/")), ())
    files: list[tuple[str, str]] = []
    warnings: list[str] = []
    for path in ours:
        rel = f"{FOLDER}/{path.name}"
        content = path.read_text(encoding="utf-8")
        target = docs / rel
        if rel not in previous and (target.exists() or target.is_symlink()):
            try:
                same = target.is_file() and not target.is_symlink() and target.read_bytes() == content.encode("utf-8")
            except OSError:
                same = False
            if not same:
                warnings.append(
                    f"{target}: differs from the builder's {path.name} and the builder did not write it, so it is kept "
                    "as it is; delete it to have the builder's current one (highlights and date marks need it)"
                )
                continue
        files.append((rel, content))
    return Assets(tuple(files), frozenset(), tuple(warnings))

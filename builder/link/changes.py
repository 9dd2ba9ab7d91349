"""The link stage's indexes of per-source contributions (`crossref.Index`,
`timeline.Index`) and their one change set: which sources to remove and which to add so
that an index holds exactly the dossier's sources, as Sphinx's environment collectors
`clear_doc` and `process_doc` the documents that changed.

A source changed when its content hash (its annotation cache key: text, metadata,
registry and code) differs from the one it was added with.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass

from ..annotation import Annotated
from ..model import Dossier

REBUILD_FROM = 0.25
"""Share of the sources that may change for an index to be edited (removing and adding
their contributions) rather than started again empty and every source added."""


@dataclass(frozen=True)
class Changes:
    """What an index does to hold the dossier's sources."""

    order: dict[str, int]
    """Source id -> its position in the dossier."""
    remove: list[str]
    """Sources whose contribution comes out: gone, or changed (in that order)."""
    add: list[str]
    """Sources whose contribution goes in, in the dossier's order."""
    empty: bool
    """Start again from an empty index (then `remove` is empty and `add` holds every
    source): more than `REBUILD_FROM` of the sources changed, or the sources kept are in
    another order."""


def changes(dossier: Dossier, before: Mapping[str, int], added: Mapping[str, str], keys: Mapping[str, str]) -> Changes:
    """The change set from an index holding the sources `before` (source id -> position)
    added with the content hashes `added` (source id -> hash) to one holding the
    dossier's sources with the hashes `keys`."""
    order = {s.id: n for n, s in enumerate(dossier.sources)}
    gone = [sid for sid in before if sid not in order]
    changed = [sid for sid in order if added.get(sid) != keys[sid]]
    moved = [sid for sid in before if sid in order] != [sid for sid in order if sid in before]
    if moved or len(gone) + len(changed) > REBUILD_FROM * len(order):
        return Changes(order, [], list(order), True)
    return Changes(order, gone + [sid for sid in changed if sid in added], changed, False)


class Contributions(ABC):
    """An index that is the sum of per-source contributions: `update` brings it to the
    dossier's sources through `add` and `remove` (a full build adds every source to an
    empty index; a process that builds again removes and adds the changed ones)."""

    order: dict[str, int]
    """Source id -> its position in the dossier, as last updated."""
    keys: dict[str, str]
    """Source id -> the content hash its contribution was added with."""

    @abstractmethod
    def _clear(self) -> None:
        """Empty the index (sets `order` and `keys` empty)."""

    @abstractmethod
    def add(self, sid: str, ann: Annotated, key: str, in_order: bool) -> None:
        """Add a source's contribution with its content hash `key`; `in_order`: the
        sources are being added to an empty index in the dossier's order."""

    @abstractmethod
    def remove(self, sid: str) -> None:
        """Take a source's contribution out."""

    def update(self, dossier: Dossier, annotated: Mapping[str, Annotated], keys: Mapping[str, str]) -> None:
        """Make the index hold exactly the dossier's sources with these annotations
        (source id -> annotations) and content hashes `keys` (see `changes`)."""
        plan = changes(dossier, self.order, self.keys, keys)
        if plan.empty:
            self._clear()
        in_order = not self.keys
        for sid in plan.remove:
            self.remove(sid)
        self.order = plan.order
        for sid in plan.add:
            self.add(sid, annotated[sid], keys[sid], in_order)

"""The views of the source pages and profiles that the last build of a `watch` process
rendered, and which pages an edit may have changed: a page whose view equals the one
last rendered is kept without being fingerprinted again.

A view is what a page shows, as a plain value (`render`'s `source_view` and
`profile_view`); its hash is the page's fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..annotation import Annotated
from ..model import Entity, Source
from ..paths import entity_page, source_page
from .fingerprints import Memo
from .profiles import CITED_ON_PROFILE
from .quantities import Count

if TYPE_CHECKING:
    from .site import Site


class Views:
    """The views of the source pages and profiles the last build of this process
    (`watch`) rendered, so that a page whose view an edit did not change is not even
    fingerprinted again."""

    def __init__(self) -> None:
        self.base: object = None
        """The previous build's registry digest (entities and code), options and source ids."""
        self.keys: dict[str, str] = {}
        """Source id -> content hash (cache key), as last built."""
        self.annotated: dict[str, Annotated] = {}
        """As last built: the old annotations of a changed source name the entities it touched."""
        self.views: dict[str, tuple[object, ...]] = {}
        """Page path -> its view."""
        self.pending: tuple[object, dict[str, str], dict[str, Annotated], dict[str, tuple[object, ...]]] | None = None
        self.counts: tuple[object, list[Count]] = (None, [])
        """The counted figures last lined up (`Site.claim_counts`) and what they were made
        from (`quantities.counts`' arguments): equal arguments, equal counts."""

    def commit(self) -> None:
        """Take this build's views as the ones to compare with: called once its pages are
        written (a build that fails leaves the pages, and the views, as they were)."""
        if self.pending is not None:
            self.base, self.keys, self.annotated, self.views = self.pending
            self.pending = None


def unsettled(
    site: Site, held: Views, items: list[Source | Entity], memo: Memo,
    source_view: Callable[[Source], tuple[object, ...]], profile_view: Callable[..., tuple[object, ...]],
) -> list[Source | Entity]:
    """The source pages and profiles whose views an edit may have changed (all of them
    after a change to the registry, the options or the list of sources); the others are
    recorded as kept. A page is settled when its view equals the one the previous build
    of this process rendered. A profile's view draws on the keys of many sources: for an
    entity that no changed source names, quotes, states facts about or dates, the
    previous digest of those keys stands."""
    d = site.dossier
    assert memo.reusable is not None
    base = (site.registry, site.drafts, tuple(s.id for s in d.sources))  # the registry's digest covers the entities
    changed = {sid for sid, key in site.keys.items() if held.keys.get(sid) != key} if base == held.base else None
    touched: set[str] = set()  # entities the changed sources name, quote, state facts about, or date
    for sid in changed or ():
        for ann in (held.annotated.get(sid), site.annotated[sid]):
            if ann is not None:
                touched.update(m.entity for m in ann.mentions)
                touched.update(f.entity for f in ann.facts)
                touched.update(q.speaker for q in ann.quotes)
    if changed:
        for ev in site.events:
            if any(c.source in changed for c in ev.citations[:CITED_ON_PROFILE]):
                touched.update(ev.entities)
    views: dict[str, tuple[object, ...]] = {}
    result: list[Source | Entity] = []
    for item in items:
        if isinstance(item, Source):
            path = source_page(item.id)
            views[path] = source_view(item)
        else:
            path = entity_page(item.kind, item.id)
            last = held.views.get(path)
            known = last[1] if changed is not None and last is not None and item.id not in touched else None
            views[path] = profile_view(item, known)
        if changed is not None and path in memo.reusable and views[path] == held.views.get(path):
            memo.record(path, memo.reusable[path], True)
        else:
            result.append(item)
    held.pending = (base, dict(site.keys), site.annotated, views)  # taken once the pages are written
    return result

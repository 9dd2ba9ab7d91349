"""The `Site`: everything render needs of a build, gathered once (the linked dossier,
its annotations, events, the build's options and the fingerprints of the last one), and
what the pages derive from it once for all of them: the later versions of each story, the
counted figures lined up by what they count, the version pairs compared on a page of
their own, and each entity's figures.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from dataclasses import dataclass

from .. import paths
from ..annotate import discover
from ..annotation import Annotated
from ..link.crossref import Links
from ..model import Dossier, Event, Relation
from . import corrections, issued, quantities, views


@dataclass(frozen=True)
class Site:
    """Everything render needs, gathered once."""

    dossier: Dossier
    annotated: dict[str, Annotated]
    links: Links
    events: tuple[Event, ...]
    drafts: bool
    review: tuple[discover.Suggestion, ...] = ()
    """With `drafts`: the unregistered names, for the review page."""
    jobs: int = 1
    """Worker processes for the per-page rendering."""
    keys: dict[str, str] = dataclasses.field(default_factory=dict)
    """Source id -> digest of the source, the registry and the builder's code (its
    annotation cache key): equal keys mean equal text, metadata and annotations."""
    registry: str = ""
    """Digest of the registry and the builder's code."""
    reusable: dict[str, str] | None = None
    """Page path -> fingerprint of the inputs it was last rendered from, for pages whose
    file is still exactly as the builder wrote it. A page whose fingerprint is unchanged
    is not rendered again. None (`--no-cache`): every page is rendered, none fingerprinted."""
    held: views.Views | None = None
    """The views the previous build of this process (`watch`) rendered."""
    directory_urls: bool = paths.DIRECTORY_URLS
    """The site's URL style (MkDocs' `use_directory_urls`): the links of raw HTML blocks
    are made for it (`urls`)."""

    @functools.cached_property
    def later_versions(self) -> dict[str, frozenset[str]]:
        """Source id -> the later versions of its story by the same newsroom (its outlet, or
        the agency of a wire copy no outlet carries), `corrections.later_versions`."""
        return corrections.later_versions(((r.a, r.b) for r in self.links.relations if r.kind == "version"),
                                         {s.id: s.outlet or s.agency for s in self.dossier.sources},
                                         {s.id: s.published for s in self.dossier.sources})

    @functools.cached_property
    def claim_counts(self) -> list[quantities.Count]:
        """Every counted figure, lined up by what it counts."""
        made_from = ([(c, s.id) for s in self.dossier.sources for c in self.annotated[s.id].claims],
                     {s.id: s.published for s in self.dossier.sources}, self.later_versions,
                     {s.id: s.outlet or s.agency for s in self.dossier.sources},
                     issued.issuers(self.dossier.sources, self.dossier.entities))
        if self.held is not None and self.held.counts[0] == made_from:  # an edit that changed no figure, date or outlet
            return self.held.counts[1]
        counts = quantities.counts(*made_from)
        if self.held is not None:
            self.held.counts = (made_from, counts)
        return counts

    @functools.cached_property
    def versions(self) -> list[Relation]:
        """The version pairs that get a comparison page: each source with its closest
        version (a wire story carried by fifty outlets gives fifty pages, not 1,225)."""
        closest = set()
        for sid, related in self.links.related.items():
            other = next((o for o, kind, _ in related if kind == "version"), None)
            if other:
                closest.add(tuple(sorted((sid, other))))
        return [r for r in self.links.relations if r.kind == "version" and (r.a, r.b) in closest]

    @functools.cached_property
    def counts_of(self) -> dict[str, list[quantities.Count]]:
        """Entity id -> the counts it owns or states, in the claims pages' order."""
        result: dict[str, list[quantities.Count]] = defaultdict(list)
        for c in self.claim_counts:
            involved = {c.owner} | {claim.claimant for _, items in c.figures for claim, _ in items}
            for eid in sorted(involved - {""}):
                result[eid].append(c)
        return dict(result)

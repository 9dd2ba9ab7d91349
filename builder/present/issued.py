"""Who states a figure a source gives in its own voice: the source's issuer (a helper of
`quantities`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..annotation import Claim
from ..model import Entity, Source


def issuers(sources: Iterable[Source], entities: Iterable[Entity]) -> dict[str, tuple[str, str]]:
    """Source id -> (the registered entity its outlet or agency names, or "", that name): a
    trust's own statement whose `outlet` is "Wexmoor and Calder Valley Hospitals NHS Trust"
    is the trust's; a newspaper not in the registry keeps its name ("Calder Valley Echo")."""
    forms: dict[str, set[str]] = {}
    for e in entities:
        if e.kind == "person":
            continue
        for form in (e.name, *(a.text for a in e.aliases)):
            forms.setdefault(_fold(form), set()).add(e.id)
    found = {}
    for s in sources:
        name = s.outlet or s.agency
        if name:
            ids = forms.get(_fold(name), set())
            found[s.id] = (next(iter(ids)) if len(ids) == 1 else "", name)
    return found


def issued(claims: list[tuple[Claim, str]], issuers: Mapping[str, tuple[str, str]]) -> list[tuple[Claim, str]]:
    """`claims` with a figure the source states in its own voice (no claimant and no words
    for one) credited to the source's issuer: the registered entity its outlet or agency is
    ("around 300,000 patients" in the trust's own statement: the trust), else the outlet's
    name ("Calder Valley Echo"): a report's own figure is its publisher's, as a reader cites
    it. `issuers`: source id -> (entity id or "", outlet name or ""), from `issuers`."""
    out = []
    for claim, sid in claims:
        eid, name = issuers.get(sid, ("", ""))
        if not claim.claimant and not claim.stated_as and (eid or name):
            claim = replace(claim, claimant=eid, stated_as="" if eid else name)
        out.append((claim, sid))
    return out


def _fold(name: str) -> str:
    """A name compared without case or spacing."""
    return " ".join(name.casefold().split())

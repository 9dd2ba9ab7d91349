"""A registered short form names its entity wherever the source writes it as a claimant's
words ("Meadowbrook said …" where the source never writes "Meadowbrook Retail Group", so
the matcher, which counts that alias only after the full name, finds no mention)."""

from __future__ import annotations

import re

from ..model import Entity

_STATERS = ("person", "organisation", "party")


def registered(words: str, entities: dict[str, Entity]) -> str:
    """The one registered person or body whose name or alias is `words` as written, with a
    determiner before it or not ("Meadowbrook", "the KDEA"), or "": a registered short
    form names its entity even in a source where the matcher does not count it (an alias
    counted only after the full name, `Alias.after_full_name`)."""
    bare = re.sub(r"^(?:the|The)\s+", "", words.strip())
    found = {e.id for e in entities.values() if e.kind in _STATERS
             and (e.name == bare or any(a.text == bare and not a.shared for a in e.aliases))}
    return found.pop() if len(found) == 1 else ""

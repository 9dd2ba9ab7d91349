"""Who states the figures of the first of two coordinated clauses when only the second has
a reporting verb: "The authorities have now confirmed 2,614 deaths, and the KDEA says 420
people are still missing" (the KDEA states 420; the first clause is the source's own
statement). A coordinating conjunction joins independent clauses, each with its own
subject (Quirk et al. 1985, ch. 13 on coordination)."""

from __future__ import annotations

import re

from . import claimants

_CLAUSE_CUT = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s+")
"""Where a sentence's second independent clause starts ("…, and the KDEA says 420")."""


def first_clause(text: str, s: int, e: int, fs: int) -> tuple[str, str] | None:
    """("", the first clause's own words for its claimant, `claimants.described`) for the
    figure at `fs` in the sentence `text[s:e]` when a second clause after it has the
    sentence's reporting verb right after its subject, with no comma between ("…, and 40
    were hurt, police said" attributes both clauses), and the first clause has none of
    its own; None otherwise."""
    later = _CLAUSE_CUT.search(text, fs, e)
    verb = claimants.reporting_verb(text, s, e)
    if (later and verb and later.end() < verb.start() < later.end() + 50 and "," not in text[later.end() : verb.start()]
            and not claimants.REPORTING.search(text, s, later.start())):
        return "", claimants.described(text, s, later.start())
    return None

"""A figure stated without its owner, lined up with the same figure stated with one (a
helper of `quantities`): "An estimated 48,000 packs are affected" in the regulator's
notice and "48,000 packs of Valbrune's cheese" in the wire are one count, Valbrune's.

A figure of a unit that only one owner's count holds in the dossier, and whose value that
count states, is that count's statement told without its owner (an ellipsis the reader
resolves from the other report: the same figure of the same thing); a figure of another
value keeps no owner (nothing says whose it is). With several owners' counts of its
unit, the one owner whose count states that value gives it ("the 55 seats conceded by
the ruling party" after "the opposition won 55 seats" and "the ruling party won 68": a
definite noun phrase with the same figure refers back to the count that gave it, Quirk
et al. 1985, ch. 19 on anaphoric reference); a value two owners' counts state keeps none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

from ..annotation import Claim


def owned_alike(claims: list[tuple[Claim, str]], amount: Callable[[str], Fraction],
                key: Callable[[str], str]) -> list[tuple[Claim, str]]:
    """`claims` with each unowned figure given the owner of the one owned count of its unit
    (`key`: the unit a count is lined up under) that states the same value (`amount`),
    among however many owners count that unit."""
    owners: dict[str, set[str]] = defaultdict(set)
    values: dict[tuple[str, str], set[Fraction]] = defaultdict(set)
    for c, _ in claims:
        if c.owner and c.revision != "old":
            owners[key(c.unit)].add(c.owner)
            values[(key(c.unit), c.owner)].add(amount(c.value))
    if not owners:
        return claims
    out = []
    for c, sid in claims:
        unit = key(c.unit)
        held = [o for o in sorted(owners.get(unit, ())) if amount(c.value) in values[(unit, o)]]
        if not c.owner and len(held) == 1:
            owner = held[0]
            c = replace(c, owner=owner, quantity=f"{c.quantity} of {owner}")
        out.append((c, sid))
    return out

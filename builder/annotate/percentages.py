"""Percentages that are claims: a rate a voice puts at a figure ("her expert had put the
match rate at 71 per cent", "evidence putting his engine-match rate at 71 percent, not the
94 percent cited in its decision"). Any other percentage stays no claim (a share of a
count, a change: "fell 18 percent"). `claims` asks it for a figure written with "per
cent", "percent" or "%". Closed classes of English only; no topic words.
"""

from __future__ import annotations

import re

_PERCENT = r"\s?(?:per\s+cent|percent|%)"
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the|its|their|his|her|our)\s+"
    r"((?:[a-z-]+\s+)?[a-z-]+\s+(?:rate|share|proportion|level|ratio))\s+at\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$")
"""Before a percentage a voice puts a rate at: "put the match rate at 71 per cent" (the
object names the quantity, the "at" phrase its value, as "puts the debt at 15.2 million
euros" does for money: `amounts._PUT_AT`). A rate, share, proportion, level or ratio is a
quantity measured in per cent (Merriam-Webster's "rate", "a quantity, amount, or degree of
something measured per unit of something else")."""
_NOT_THE = re.compile(r",?\s+not\s+(?:the\s+)?([0-9][0-9.]*" + _PERCENT + r")"
                      + r"(?:\s+(?:cited|given|used|reported|stated)\s+(?:in|by)\s+((?:the|its|their|his|her)\s+[a-z]+))?")
"""After it, the figure it is set against: "71 percent, not the 94 percent cited in its
decision" (a denial of another's figure for the same rate, as "65, not 64 as earlier
reported" is for a count: `earlierfigures`), with who gave that one when said."""


def rated(text: str, s: int, e: int, fs: int, fe: int) -> list[tuple[str, str, int, int, str]]:
    """The claims of the percentage at `fs` (its figure ending at `fe`; `s`, `e`: the
    sentence's bounds) when a voice puts a named rate at it: [(figure as written, unit
    "X rate (%)", start, end, words for who gave it: "" for the sentence's claimant)],
    the rate's figure first and the figure it is set against ("not the 94 percent cited in
    its decision") after; [] for any other percentage. A hyphened modifier names the rate
    by its last part ("engine-match rate" -> "match rate": the compound's head and its
    nearest modifier, Quirk et al. 1985, §17.108), so that two voices' figures line up."""
    pct = re.compile(_PERCENT).match(text, fe, e)
    put = _PUT_AT.search(text, max(s, fs - 80), fs) if pct else None
    if not (pct and put):
        return []
    words = put.group(1).lower().split()
    unit = f"{' '.join([words[-2].rsplit('-', 1)[-1], words[-1]] if len(words) > 1 else words)} (%)"
    found = [(text[fs : pct.end()], unit, fs, pct.end(), "")]
    against = _NOT_THE.match(text, pct.end(), e)
    if against:
        found.append((against.group(1), unit, against.start(1), against.end(1), against.group(2) or ""))
    return found

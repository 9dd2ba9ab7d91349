"""A figure given as another figure's earlier or denied value in the same sentence or
paragraph: "to 67 from 51", "revised from the £84 million it gave", "It was €250,000, not
€400,000", "corrected that figure to €250,000". Used by `claims`.
"""

from __future__ import annotations

import re

from ..annotation import Claim
from . import acts, amounts, revisions, units

_TO_FROM = re.compile(r"\bto\s+\S*\d\s+from\s+$")
"""Before the source of a change whose goal was just given: "raised its count to 67 from
51" (the goal and source of a change, Quirk et al. 1985, ch. 9)."""

_FIGURE_OF = re.compile(r"\b(?:figure|estimate|count|total|number)\s+of\s+$")
"""Before a figure named by its general noun ("revising an earlier figure of 85"): an
appositive of-phrase gives the figure itself (Huddleston & Pullum 2002, ch. 5), no bound
or part of a whole."""


def earlier_of(text: str, s: int, e: int, start: int, fe: int, mt: re.Match[str], before: Claim) -> bool:
    """Whether the figure at `start` (`mt`) is given as the earlier figure of the count
    the sentence's claim `before` states (`revisions.given_as_old`, or the source of its
    change: `_TO_FROM`), written with no
    counted noun of its own, in the same currency word, or with the same noun; "of" before
    it only as the appositive "an earlier figure of 85" (`_FIGURE_OF`)."""
    if (units.NOT_A_COUNT.search(text[max(s, start - 20) : start]) and not _FIGURE_OF.search(text, max(s, start - 20), start)) or not (
            revisions.given_as_old(text, s, start, fe, e) or _TO_FROM.search(text, max(s, start - 40), start)):
        return False  # "… it gave on Feb 3": a date's day
    unit = mt.group(2)
    return not unit or unit == before.unit or (unit in amounts.currency_words() and before.unit.endswith(f"({unit})"))


def head_claim(text: str, s: int, claims: list[Claim]) -> Claim | None:
    """The last claim of the sentence from `s` that heads its noun phrase: not one inside a
    prepositional postmodifier ("110 people from 11 agencies": `acts.in_complement`), so
    "revising an earlier figure of 85" revises the people, not the agencies; None when
    the sentence has none."""
    return next((c for c in reversed(claims) if c.start >= s and not acts.in_complement(text, s, c.start)), None)


NOT_FIGURE = re.compile(r",\s+not\s+(?:the\s+)?([$£€¥₹₩₽₺₴₦₪฿₫₱¢])\s?(" + units.NUMBER + r")(?![\w-])")


def denied(text: str, end: int, e: int, sign: str, claims: list[Claim]) -> Claim | None:
    """The claim stated earlier in the source that the amount ending at `end` corrects as
    "X, not Y" ("It was €250,000, not €400,000"): the last one in the same currency whose
    figure is the denied one, or None. Contrastive negation names the figure it replaces
    (Huddleston & Pullum 2002, ch. 9), so the new figure is a figure of the same count,
    whatever its own clause calls it ("it", "the figure I gave")."""
    mt = NOT_FIGURE.match(text, end, e)
    if not mt or mt.group(1) != sign:
        return None
    key = _figure_key(mt.group(2))
    return next((c for c in reversed(claims) if c.unit.endswith(f"({sign})") and _figure_key(c.value) == key), None)


def corrected(text: str, s: int, start: int, sign: str, claims: list[Claim], paragraph: int) -> Claim | None:
    """The claim in the same currency stated last in the paragraph (from `paragraph`) when
    the amount at `start` is given as its right value ("she later corrected that figure to
    €250,000": `revisions.corrects`), or None."""
    if not revisions.corrects(text, s, start):
        return None
    return next((c for c in reversed(claims) if c.start >= paragraph and c.unit.endswith(f"({sign})")), None)


def _figure_key(value: str) -> str:
    """A figure as written without its currency sign and separators ("€400,000" -> "400000")."""
    return re.sub(r"[^\d.a-z]", "", value.lower())

"""A rounded figure is the same figure: "£14m" beside "£14.2 million" and "£14,200,000".

A figure written with a scale word ("14 million", "£14m", "6.1bn") states its value only
to its last written digit (AP style rounds large amounts to one or two decimals with
"million" or "billion"), so a more precise figure of the same quantity that rounds to it
is one statement, not a rival (a dispute is two values that cannot both be right).
Figures written in full ("31", "6,104") are exact and never merged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction
from typing import TypeVar

T = TypeVar("T")

_SCALED = re.compile(r"(\d+)(?:\.(\d+))?\s?(million|billion|bn|mn|m)\b")
_SCALE = {"million": 10**6, "m": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9}


def precision(value: str) -> Fraction | None:
    """The place of the last digit of a figure written with a scale word ("£14m" ->
    1,000,000; "14.2 million" -> 100,000), or None for a figure written in full."""
    mt = _SCALED.search(value)
    if not mt:
        return None
    return Fraction(_SCALE[mt.group(3)], 10 ** len(mt.group(2) or ""))


def merge_roundings(values: dict[Fraction, list[T]], written: Callable[[T], str]) -> dict[Fraction, list[T]]:
    """`values` (figure -> its statements) with each figure that is a rounding of a more
    precise one folded into it ("£14m" into "£14.2 million"; "£14.2 million" and
    "£14,200,000" are already one figure): the precise figure keeps its place, the rounded
    one's statements follow its own. `written`: a statement's figure as written."""
    merged = dict(values)
    for coarse in sorted(values, key=lambda v: -(precision(written(values[v][0])) or 0)):
        step = precision(written(values[coarse][0]))
        if step is None or coarse not in merged:
            continue
        # rounded half up, as news rounds ("$2.5 billion" is "$3 billion", never "$2 billion"; Python's
        # round() goes half to even)
        finer = [v for v in merged if v != coarse and math.floor(v / step + Fraction(1, 2)) * step == coarse
                 and (precision(written(merged[v][0])) or 0) < step]
        if len(finer) == 1:  # two finer readings that round alike stay each their own
            merged[finer[0]] = merged[finer[0]] + merged.pop(coarse)
    return merged

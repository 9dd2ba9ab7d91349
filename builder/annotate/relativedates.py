"""A source's words about an entity, with each relative date in them anchored: "who
founded the group last week" -> "who founded the group last week (week of 8 September
2025)", so a profile or a summary read months later still says when.

Relative: a date expression whose written form names neither a month nor a year, so that
it means something only from the day it was written ("last week", "Friday", "yesterday",
"two days ago", "this year"): TimeML's underspecified and indexical expressions (TIDES
2005, "Instruction Manual for the Annotation of Temporal Expressions", sec. 2; HeidelTime's
"relative" and "underspecified" rules). Its resolved value (`TimeExpression.value`) is
shown in brackets after it, as `timex.show_date` writes a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..annotation import TimeExpression
from ..timex import MONTH_NAMES, show_date

_ABSOLUTE = re.compile(r"\d{3,4}|\b(?:" + "|".join(MONTH_NAMES + [m[:3] for m in MONTH_NAMES] + ["Sept"]) + r")\b", re.I)
"""A year ("2025", "'90s" aside) or a month's name, full or short ("Sept", "March"):
the written form says the date itself."""


def relative(text: str) -> bool:
    """Whether a date's written form names neither a year nor a month ("last week",
    "Friday": True; "1 November", "March", "2025": False)."""
    return not _ABSOLUTE.search(text)


def anchored(value: str, dates: Iterable[TimeExpression]) -> str:
    """`value` (words a source states, such as a fact's) with the resolved date in
    brackets after the first occurrence of each relative date of `dates` (those of the
    paragraph it was stated in) that it contains as whole words; `value` as it is when
    there is none."""
    for d in sorted(dates, key=lambda d: -len(d.text)):
        if not relative(d.text):
            continue
        try:
            shown = show_date(d.value, d.precision)
        except (ValueError, IndexError):
            continue  # a value `show_date` cannot read ("2013-?"): no anchor rather than a wrong one
        found = re.search(r"(?<!\w)" + re.escape(d.text) + r"(?!\w)(?! \()", value)
        if found:
            value = f"{value[: found.end()]} ({shown}){value[found.end():]}"
    return value

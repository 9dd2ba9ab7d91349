"""Named days of the calendar that fall on a fixed day ("before Christmas", "on New Year's
Eve", "by Boxing Day"): a date of the day the name fixes, in the year its clause points to.

The table is HeidelTime's English holiday resource (Strötgen and Gertz, "Multilingual and
cross-domain temporal tagging", LRE 2013: `normHoliday`, the holidays with a fixed day of
the Gregorian calendar), limited to the ones English news names across the UK, Ireland,
the US, Canada and Australia. Movable feasts (Easter, Thanksgiving) and national days,
which differ by country, are left out. A bare "Christmas" is 25 December (HeidelTime
normalises it so); it is a date only after a preposition of time or "this/last/next"
("before Christmas", "over Christmas", "last Christmas"), and not before a noun it
modifies ("Christmas sales", "before Christmas trading").
"""

from __future__ import annotations

import re

from . import days, tense
from .periods import Context, Value

FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31),
    "st patrick's day": (3, 17),
}
"""(month, day) of each named day, its name in lower case with a plain apostrophe."""

_FUNCTION_WORDS = ("and|or|but|this|last|next|when|as|in|on|at|to|with|for|after|before|because|if|while|so|the|a|an|"
                   "is|was|will|would|has|had|of|than|until|by")
PATTERN = re.compile(
    r"(?:(?P<skip>\b(?:[Bb]efore|[Aa]fter|[Bb]y|[Uu]ntil|[Tt]ill|[Oo]n|[Ss]ince|[Aa]t|[Oo]ver|[Dd]uring|[Aa]round|[Ff]rom|[Tt]o|[Ii]n)\s)"
    r"|\b(?P<dir>[Tt]his|[Ll]ast|[Nn]ext)\s)"
    r"(?P<name>Christmas(?:\s(?:Day|Eve))?|New\sYear['’]s\s(?:Day|Eve)|Boxing\sDay|Valentine['’]s\sDay|Hallowe['’]?en"
    r"|St\.?\sPatrick['’]s\sDay)\b(?!['’])"
    r"(?!\s(?!(?:" + _FUNCTION_WORDS + r")\b)[a-z])"
)
"""A named day after a preposition of time or "this/last/next", not before a noun."""


def named_day(mt: re.Match[str], ctx: Context) -> Value | None:
    """The named day (`FIXED`): "this Christmas" the publication year's, "next" the one
    ahead, "last" the one behind, else the one its clause's tense points to
    (`days.day_without_year`, as a day of a month written without a year)."""
    if ctx.published is None:
        return None
    name = " ".join(mt.group("name").replace("’", "'").replace("St.", "St").replace("Hallowe'en", "Halloween").lower().split())
    month, number = FIXED[name]
    rel = (mt.group("dir") or "").lower()
    pub = ctx.published
    if rel == "this":
        day = days.valid_date(pub.year, month, number)
    elif rel:
        day = days.directed_day(month, number, pub, tense.FORWARD if rel == "next" else tense.BACK)
    else:
        day = days.day_without_year(month, number, ctx, mt.start("name"), mt.end())
    return (day.isoformat(), "day") if day else None

"""Numbers written next to a capitalised word, which decide whether the word names: a
day and month after a name (a date, no designation), a list item's number before a
sentence (its first word is capitalised by position), a branch's number that is part of
a body's name ("Local 77"), and a number or year after an English noun ("Chapter 11",
"Series 2015"), which names a numbered unit, not the noun. `namesplit` reads them.
"""

from __future__ import annotations

import re

from .days import ABBR_MONTH, FULL_MONTH

DAY_AFTER = re.compile(r"[ \u00a0]\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+(?:" + FULL_MONTH + "|" + ABBR_MONTH + r")\b")
"""A day and a month after a name ("… Helena Marchetti 19 July 2024"): a date, not a
designation's number."""
NUMBERED = re.compile(r"\s*(?:\d{1,3}[.)]|\(?[a-z]{1,3}\)|\([0-9]{1,3}\))\s+[\"“‘'(\[]?")
"""A paragraph's or list item's number before a sentence ("7. Taking account of …",
"(b) Creditors …"): the word after it opens the sentence and is capitalised by position."""


BRANCH_NOUNS = frozenset("local lodge branch".split())
"""Nouns of a body's numbered branch, written after the body's name and before the
number that names the branch ("Municipal Employees Local 77", "Fraternal Order of Police
Lodge 7"): the number is part of the branch's name (AP
Stylebook, "union names": "Local 1199" is capitalised as part of a proper name), unlike
a designation after a name ("Valdor Airlines Flight 447")."""


NUMBER_AFTER = re.compile(r"[ \u00a0](?!(?:1[89]|20)\d\d\b)\d{1,4}[A-Za-z]?\b(?![,.]?\d)(?![ \u00a0](?:" + FULL_MONTH + "|" + ABBR_MONTH + r")\b)")
"""A number after a word, not a year, a figure with separators nor a day before its month."""


YEAR_AFTER = re.compile(r"[ \u00a0](?:1[89]|20)\d\d\b(?![,.]?\d)")
"""A year's number right after a word ("Series 2015", "Vision 2030")."""

"""Resolvers of the date forms that name a year or a decade ("1993", "'82", "2008-12",
"the late 1970s"), and whether a number that looks like a year is none: part of a
reference number ("No. 2025-0147"), of a name ("the Russell 2000 Index", `name_around`)
or a label after a common noun ("bus 1999"). Each resolver takes a match of its row of
`dateforms.RULES` and the `periods.Context` of the sentence, as `days.py`'s do.
"""

from __future__ import annotations

import re

from . import wordclass
from .days import MONTHS
from .periods import Context, Value


def year_range(mt: re.Match[str], ctx: Context) -> Value | None:
    a, tail = int(mt.group("y")), mt.group("y2")
    b = int(tail) if len(tail) == 4 else (a // 100) * 100 + int(tail)
    return (f"{a}/{b}", "range") if b > a else None


def decade(mt: re.Match[str], ctx: Context) -> Value | None:
    start = int(mt.group("dec"))
    part = (mt.group("part") or "").lower()
    if not part:
        return f"{start:04d}/{start + 9:04d}", "decade", f"{start // 10:03d}"
    a, b = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
    return f"{start + a}/{start + b}", "range"


_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w&'’-]*)\s$")
_CAPITAL_NEXT = re.compile(r"\s[A-Z]")


def name_around(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the span sits inside a run of capitalised words ("Russell 2000 Index",
    "Black Monday"): a capitalised word right before it that does not open the sentence."""
    before = _CAPITALISED_BEFORE.search(text[max(sentence_start, start - 40) : start])
    if not before:
        return False
    word = before.group(1)
    if word.lower() in _LEAD_WORDS or word.rstrip(".").lower() in MONTHS:
        return False
    return start - len(before.group(0)) > sentence_start


_LEAD_WORDS = frozenset(
    "on in by at since until till from to before after during this last next late early mid the "
    "of and or but for as while when then through between".split()
)


_IDENTIFIER_BEFORE = re.compile(r"(?:\b(?:No|no|Nr|nr|Nos|Ref|ref|Case|case|Art|Article|Section|Docket)\.?|#)\s?$")
"""Words that make the number after them a reference number, not a year ("RECALL NOTICE
No. 2025-0147", "Case 2024", "#2019"): TIDES (Ferro et al. 2001) marks no number that is
part of an identifier."""
_IDENTIFIER_AFTER = re.compile(r"[-–/][0-9]{3,}|-[A-Z]")
"""A year joined to more digits or to a code ("2025-0147", "2024-CR"): an identifier."""


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([a-z]+) (?:[0-9]+(?:,? (?:and|or|to) |, ))*$")
"""The lower-case word right before a number, one space between ("bus 1999"), or before
the list of numbers it is the last of ("rooms 2001 and 2002", "flights 12, 19 or 2001")."""
_NOT_LABELS = frozenset(
    "in on at by of to for as or and nor but than from into onto upon till until since after before about around "
    "circa ca through throughout during between among against versus vs via per past over under within beyond toward "
    "towards the a an its their his her our my your this that these those each every all both some any no whose which "
    "what when where while then now ago early mid late end start beginning spring summer autumn fall winter year years least most "
    "calendar fiscal season january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
"""Words WordNet also has as nouns ("in" an inch, "may" a tree, "till" a drawer) that
lead a year as prepositions, determiners or time words: "in 1999", "summer 2013",
"the year 2000" are years; "least" and "most" end a bound ("from at least 2022").
"""


def _labelled(text: str, start: int) -> bool:
    """Whether the number at `start` is a label or a count after a common noun, no year:
    "bus 1999", "room 2001", "flight 1549", "platform 2024" (a lower-case noun right before
    a bare number names a thing by its number; TIDES, Ferro 2001, marks no identifier)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1) if before else ""
    if not word or word in _NOT_LABELS or (word.endswith("s") and word[:-1] in _NOT_LABELS):
        return False  # "in 1999", "in 1999 and 2000", "seasons 2001 and 2002"
    return wordclass.common_noun(word)


def year(mt: re.Match[str], ctx: Context) -> Value | None:
    """A bare four-digit year, unless it is part of a reference number ("No. 2025-0147"),
    of a name ("the Russell 2000 Index") or a label after a common noun ("bus 1999")."""
    text = ctx.text
    if text and (_IDENTIFIER_BEFORE.search(text, max(0, mt.start() - 10), mt.start())
                 or _IDENTIFIER_AFTER.match(text, mt.end())):
        return None  # a reference number: "No. 2025-0147"
    if text and name_around(text, mt.start(), mt.end(), ctx.sentence_start) and _CAPITAL_NEXT.match(text, mt.end()):
        return None  # a number inside a name: "the Russell 2000 Index"
    if text and _labelled(text, mt.start()):
        return None  # a label: "bus 1999", "room 2001"
    return mt.group("y"), "year"


def short_year(mt: re.Match[str], ctx: Context) -> Value | None:
    """`'82`: the latest such year not after publication (a century earlier without one)."""
    yy = int(mt.group("yy"))
    limit = ctx.published.year if ctx.published else 2099
    full = (limit // 100) * 100 + yy
    if full > limit:
        full -= 100
    return str(full), "year"

"""Time expressions that stand for a date named right before them (coreferent TIMEX3).

TimeML annotates a word or phrase that refers to a date the text has just named as a time
expression with that date's value (MEANTIME's gold, which follows the TimeML guidelines,
marks "which" in "the last quarter, which ended December 30" and "its date" in "Sunday
was chosen as its date" so): a relative pronoun whose
antecedent is a period and whose clause bounds it ("the last quarter, which ended
December 30"), a noun "date" or "day" that the clause equates with a date ("Sunday was
chosen as its date", "on 3 May, the day the plant closed"), and an offset that says how
a date stands to a plan ("arrives on November 11, three days later than originally
planned"). Each gets the value, precision and TIMEX3 value of the date before it. The
forms are closed-class English (pronouns, the copula, "as", units of time and the
participles of planning), so they hold for any story.

`coreferent` is called by `dates.find_dates` once per sentence, after the sentence's own
dates are resolved; a form that overlaps a date already found is not one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..annotation import TimeExpression
from .days import NUMBERS

_NUM = r"(?:[0-9]{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|several|a\sfew)"

_RELATIVE = re.compile(
    r",\s(?P<np>which)\s(?:had\s|has\s|will\s|would\s)?"
    r"(?:ended|ends|end|began|begins|begin|begun|started|starts|start|closed|closes|close|opened|opens|open|"
    r"ran|runs|run|lasted|lasts|last|finished|finishes|finish|expired|expires|expire|concluded|concludes|conclude)\b"
)
"""", which ended ...": a relative pronoun whose clause gives a period's bounds (only a
verb of beginning, ending or lasting can have a span of time for its subject)."""

_PREDICATE = re.compile(
    r"\s(?:(?:was|is|were|are|had\sbeen|has\sbeen|have\sbeen|will\sbe|would\sbe)\s)?"
    r"(?:(?:[a-z]+ed|chosen|given|set|made)\s)?(?:as\s)?"
    r"(?P<np>(?:its|the|their|his|her)\s(?:new\s|official\s|planned\s)?(?:date|day))\b(?!['’])"
)
"""A date the clause equates with a noun "date" or "day": "Sunday was chosen as its date",
"set 3 May as the date", "Friday is the day". A bare "X the day" (no copula, no "as") is
not one: see `_check`."""

_APPOSITION = re.compile(r",\s(?P<np>(?:the|that)\s(?:same\s)?(?:date|day))\b(?!\s(?:before|after|of\s(?:the\s)?(?:month|year|week)))")
"""A day in apposition with "the day" ("on 3 May, the day the plant closed,")."""

_PLAN_OFFSET = re.compile(
    r",\s(?P<np>(?:just\s|only\s|some\s|about\s)?" + _NUM + r"\s(?:days?|weeks?|months?|years?)\s"
    r"(?:(?:later|earlier|sooner)\sthan\s(?:(?:originally|initially|first|previously)\s)?"
    r"(?:planned|scheduled|expected|announced|intended|forecast|promised|hoped)"
    r"|(?:ahead\sof|behind)\s(?:schedule|plan)))\b",
    re.IGNORECASE,
)
"""A date followed by how it stands to a plan ("on November 11, three days later than
originally planned", "on 2 June, a week ahead of schedule"): the offset phrase is in
apposition and names the same day (the planned day is not the record)."""


def _check(mt: re.Match[str]) -> bool:
    """A predicate form needs its copula or "as": "Sunday the day" is no equation."""
    lead = mt.group(0)[: mt.start("np") - mt.start()]
    return bool(lead.strip())


def _form(text: str, date: TimeExpression, limit: int) -> tuple[int, int] | None:
    """The span of the coreferent form right after `date` (before `limit`), or None."""
    for pattern, day_only in ((_RELATIVE, False), (_PREDICATE, False), (_APPOSITION, True), (_PLAN_OFFSET, True)):
        mt = pattern.match(text, date.end, limit)
        if mt is None or (day_only and date.precision != "day") or (pattern is _PREDICATE and not _check(mt)):
            continue
        return mt.start("np"), mt.end("np")
    return None


def coreferent(text: str, s_start: int, s_end: int, dates: list[TimeExpression]) -> list[TimeExpression]:
    """The coreferent time expressions of one sentence `text[s_start:s_end]` whose own dates
    (resolved, in text order) are `dates`: each right after one of them, with its value,
    precision and TIMEX3 value (see the module docstring for the forms). In text order;
    none overlaps a date of `dates`."""
    found: list[TimeExpression] = []
    taken = [(d.start, d.end) for d in dates]
    for i, d in enumerate(dates):
        span = _form(text, d, dates[i + 1].start if i + 1 < len(dates) else s_end)
        if span is None or any(x < span[1] and span[0] < y for x, y in taken):
            continue
        a, b = span
        found.append(TimeExpression(a, b, text[a:b], d.value, d.precision, d.paragraph, d.timex))
        taken.append(span)
    return found


def antecedent(text: str, date: TimeExpression, dates: list[TimeExpression]) -> TimeExpression | None:
    """The date of `dates` (a paragraph's or sentence's, in text order) that `date` stands for
    when `date` is a coreferent form (`coreferent`), else None. Such a date repeats its
    antecedent: it is no event of its own (`events`), and a title keeps its words."""
    before = [d for d in dates if d.end <= date.start and d.value == date.value]
    if not before:
        return None
    last = before[-1]
    return last if _form(text, last, len(text)) == (date.start, date.end) else None


_TIME_THEN_DAY = re.compile(r",?\s(?:\([^()\n]{1,30}\),?\s)?(?:on\s)?(?:the\s)?")
"""What may stand between a time of day and its day: "6 a.m. on Friday", "18:00 UTC, Tuesday",
a bracketed zone ("5.00 p.m. (London time) on 14 March 2025", "noon (CET) on 3 June")."""


def anchored(text: str, dates: list[TimeExpression]) -> list[TimeExpression]:
    """One sentence's dates (resolved, in text order) with two anchors fixed:

    - a time of day written right before its day ("at 6 a.m. on Friday", "at 18:00 UTC,
      Tuesday") is on that day, not the publication's: it takes the day's value, keeping
      its hour in the TIMEX3 value;
    - "the same day" after a week or a month in the same sentence with no day between ("Two
      weeks ago it heard A and B on the same day") is a day of that period, not the last
      day named in the paragraph: it takes the period's value and precision.
    """
    result = list(dates)
    for i, d in enumerate(result):
        if "T" in d.timex and i + 1 < len(result):
            day = result[i + 1]
            if day.precision == "day" and _TIME_THEN_DAY.fullmatch(text, d.end, day.start):
                result[i] = replace(d, value=day.value, timex=day.value + d.timex[d.timex.index("T") :])
        elif "same day" in d.text and i > 0:
            before = result[i - 1]
            if before.precision in ("week", "month") and not text[before.end : d.start].count("."):
                result[i] = replace(d, value=before.value, precision=before.precision, timex=before.timex)
    return result

"""Recurring times: TIMEX3 SETs, which are no dates.

TimeML's TIMEX3 has a type SET for a time that recurs ("every Tuesday", "twice a week",
"daily"; the TimeML annotation guidelines, TIMEX3's `type` and its `quant`/`freq`
attributes): it names no day on a calendar, so a dossier marks no date and makes no event
of it. Opening hours and helpline hours are the common case in news ("Monday to Friday,
9am to 6pm", "open every day from 8am to 8pm", "daily at 10:00", "24 hours a day").

`spans` finds them in a sentence; `dates.find_dates` drops every date match inside one
(a weekday or a time of day that is part of a SET is not a date of its own). The forms are
closed-class English (quantifiers, weekday names, frequency adverbs and units of time):

- a quantifier with a unit of time or a weekday: "every day", "each Tuesday", "every
  other week", with a time of day or a range of them after it ("every day from 8am to
  8pm");
- a frequency adverb or a plural of recurrence: "daily", "nightly", "weekly", "hourly",
  "weekdays", "at weekends", "on Mondays", with a time after it ("daily at 10:00");
- a range of weekdays with no "from", "between" or deictic word before it (a business
  week: "Monday to Friday", "Mon-Fri"), with a range of times next to it;
- a rate: "24 hours a day", "seven days a week", "twice a week", "once a month".

A time of day or a range of them right BEFORE a recurrence is part of it too ("open from
8am to 8pm every day", "9am to 2pm, Monday to Friday"), and hours beside a range of
weekdays make it a SET even after "from" or "between" ("can be filed from Monday to
Friday, 9am to 2pm": office hours, TIMEX3 SET, no two days).

Not a SET: "from Monday to Friday" and "between Monday and Wednesday" with no hours beside
them (a stretch of one week: dates), "8am to 8pm" with no recurrence beside it (a span of
one day).
"""

from __future__ import annotations

import re

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_UNIT = r"(?:day|week|month|year|morning|afternoon|evening|night|weekday|weekend|hour|quarter|fortnight)"
_CLOCK = (r"(?:(?<![0-9])(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9](?:\s?(?:[ap]\.m\.|[ap]m\b))?|\s?(?:[ap]\.m\.|[ap]m\b))"
          r"(?![0-9])|\b(?:noon|midday|midnight)\b)(?:\s(?:[A-Z]{3,4})\b)?")
"""A time of day: with minutes ("10:00", "9.30") or a.m./p.m. ("8am", "6 p.m."), and a zone."""
_CLOCK_TAIL = (
    r"(?:,?\s(?:from|between|at|until|till|to)?\s?" + _CLOCK + r"(?:\s?(?:to|and|until|till|-|–)\s?" + _CLOCK + r")?)?"
)
"""A time of day or a range of them right after a recurrence ("every day from 8am to 8pm",
"Monday to Friday, 9am to 6pm", "daily at 10:00")."""

_SET = re.compile(
    r"\b(?:(?:[Ee]very|[Ee]ach)\s(?:other\s|single\s|second\s)?(?:" + _UNIT + "|" + _WEEKDAY + r")s?\b"
    r"|(?:[Dd]aily|[Nn]ightly|[Ww]eekly|[Hh]ourly|[Ww]eekdays|[Ww]eeknights)\b"
    r"|(?:at|on|over)\sweekends\b"
    r"|(?:[Oo]n\s)?" + _WEEKDAY + r"s\b"
    r"|(?:[0-9]+|[a-z]+(?:-[a-z]+)?)\s(?:hours?|days?|nights?|times?)\s(?:a|per|each|every)\s" + _UNIT + r"\b"
    r"|(?:[Oo]nce|[Tt]wice)\s(?:a|per|each|every)\s" + _UNIT + r"\b)"
    + _CLOCK_TAIL
)


_WEEK_RANGE = re.compile(
    r"(?<!\bfrom\s)(?<!\bbetween\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\blast\s)(?<!\bFrom\s)(?<!\bBetween\s)\b"
    + _WEEKDAY + r"\.?\s?(?:to|through|thru|-|–)\s?" + _WEEKDAY + r"\b(?!\s\d)(?P<tail>" + _CLOCK_TAIL + ")"
)
"""A range of weekdays ("Monday to Friday", "Mon-Fri"): a SET when hours go with it
("Monday to Friday, 9am to 6pm") or it says when something is open (`_OPEN_BEFORE`);
else it may be a stretch of one week ("the strike runs Wednesday to Friday")."""
_OPEN_BEFORE = re.compile(r"\b(?:open|opens|opened|available|staffed|closed|hours|operates|operating|staffed)\b[^.;]{0,12}$")


_HOURS_BEFORE = re.compile(
    r"(?:\b(?:from|between|at)\s)?" + _CLOCK + r"(?:\s?(?:to|and|until|till|-|–)\s?" + _CLOCK + r")?,?\s(?:(?:from|on)\s)?$"
)
"""A time of day or a range of them right before a recurrence ("from 8am to 8pm every day")."""
_HOURS_TAIL = re.compile(r"(?:,?\s(?:from|between|at)?\s?" + _CLOCK + r"(?:\s?(?:to|and|until|till|-|–)\s?" + _CLOCK + r")?)")
_ANY_WEEK_RANGE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s" + _WEEKDAY + r"\.?\s?(?:to|through|thru|and|-|–)\s?" + _WEEKDAY + r"\b(?!\s\d)")


def _with_hours_before(text: str, start: int, a: int, b: int) -> tuple[int, int]:
    """The SET [a, b) widened to the hours written right before it."""
    before = _HOURS_BEFORE.search(text, max(start, a - 40), a)
    return (before.start(), b) if before else (a, b)


def spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the recurring times (SETs) in text[start:end], in text order."""
    found = [_with_hours_before(text, start, mt.start(), mt.end()) for mt in _SET.finditer(text, start, end)]
    for mt in _WEEK_RANGE.finditer(text, start, end):
        widened = _with_hours_before(text, start, mt.start(), mt.end())
        if (mt.group("tail").strip(" ,") or widened[0] < mt.start()
                or _OPEN_BEFORE.search(text, max(start, mt.start() - 40), mt.start())):
            found.append(widened)
    for mt in _ANY_WEEK_RANGE.finditer(text, start, end):
        # "from Monday to Friday, 9am to 2pm", "9am to 2pm from Monday to Friday": office hours
        tail = _HOURS_TAIL.match(text, mt.end(), end)
        widened = _with_hours_before(text, start, mt.start(), mt.end())
        if tail or widened[0] < mt.start():
            found.append((widened[0], tail.end() if tail else mt.end()))
    return sorted(found)


def inside(sets: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `sets`."""
    return any(a < end and start < b for a, b in sets)

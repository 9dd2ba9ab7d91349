"""A TIMEX value (ISO 8601, as `TimeExpression.value` and `Event.date` hold it) as readers
see it and as pages sort it: its precision, its sort key, its shown form and the
description a marked date's tooltip gives. Pure functions of the value; no rules."""

from __future__ import annotations

import datetime as dt
import re

MONTH_NAMES = "January February March April May June July August September October November December".split()


def precision_of(value: str) -> str:
    if "/" in value:
        return "range"
    if "-W" in value:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "day")


def sort_key(value: str) -> str:
    """Events sort by the start of their period."""
    start = value.split("/")[0]
    if "-W" in start:
        year, week = start.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()
    return start


SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def show_date(value: str, precision: str) -> str:
    """A date at its precision: `28 July 2013`, `July 2013`, `week of 5 August 2013`,
    `1975–1979`, `Q3 2009`, `first half of 2009`, `autumn 2008`, `1980s`."""
    if precision in ("quarter", "half", "season", "decade") and "/" in value:
        a, b = value.split("/")
        if precision == "decade":
            return f"{a}s"
        year, month = int(a[:4]), int(a[5:7])
        if precision == "quarter":
            return f"Q{(month - 1) // 3 + 1} {year}"
        if precision == "half":
            return f"{'first' if month == 1 else 'second'} half of {year}"
        return f"{SEASON_NAMES[month]} {year}" + (f"–{b[:4]}" if b[:4] != a[:4] else "")
    if precision == "range":
        a, b = value.split("/")
        if len(a) == len(b) == 10 and a[:7] == b[:7]:
            return f"{int(a[8:])}–{show_date(b, 'day')}"
        return f"{show_date(a, precision_of(a))}–{show_date(b, precision_of(b))}"
    if precision == "week":
        monday = dt.date.fromisoformat(sort_key(value))
        return f"week of {show_date(monday.isoformat(), 'day')}"
    if precision == "year":
        return value
    if precision == "month":
        return f"{MONTH_NAMES[int(value[5:7]) - 1]} {value[:4]}"
    return f"{int(value[8:10])} {MONTH_NAMES[int(value[5:7]) - 1]} {value[:4]}"


PRECISION_WORDS = {
    "day": "to the day", "week": "to the week", "month": "to the month", "year": "to the year",
    "range": "a period",
}


SHOWN_IN_TEXT = frozenset({"day", "week", "month", "year", "range", "quarter", "half", "season", "decade"})
"""Precisions whose `show_date` form already says them (`28 July 2013`, `week of …`,
`2019`, `1975–1979`, `Q3 2009`): a label after such a date would only repeat it."""


def precision_label(value: str, precision: str) -> str:
    """The precision word to print after a shown date, or `""` when the date's text
    already says it (see `SHOWN_IN_TEXT`); a precision `show_date` has no form for, or a
    value it cannot read, keeps its label (`about`, `2013-?` -> the precision)."""
    try:
        show_date(value, precision)
    except (ValueError, IndexError):
        return precision
    return "" if precision in SHOWN_IN_TEXT else precision


_ZONE_WORD = re.compile(r"\b([A-Z]{3,4})\)?$")


def explain_date(value: str, precision: str, timex: str = "", written: str = "") -> str:
    """What a marked date resolves to, for its tooltip and its screen-reader description:
    `Sunday 28 July 2013 (to the day)`, `July 2013 (to the month)`, `1975–1979 (a
    period)`; a time of day (`timex` `2025-06-14T14:00`) adds its hour and the zone its
    text (`written`, "14:00 CET") names, to the minute, as its TIMEX3 value (`T14:00`) is:
    `Saturday 14 June 2025, 14:00 CET (to the minute)`.
    `value` is ISO 8601 as `TimeExpression.value` has it; a value this cannot read is
    shown as it is."""
    try:
        shown = show_date(value, precision)
        if precision == "day":
            shown = f"{dt.date.fromisoformat(value):%A} {shown}"
    except (ValueError, IndexError):
        shown = value
    if "T" in timex:
        zone = _ZONE_WORD.search(written)
        shown += f", {timex.split('T', 1)[1][:5]}" + (f" {zone.group(1)}" if zone else "")
        # a TIMEX3 time's value is as fine as its last field: `T02:00` is to the minute
        # (ISO 8601 reduced precision), whatever the precision of the day it is on
        return f"{shown} (to the minute)"
    return f"{shown} ({PRECISION_WORDS.get(precision, precision)})"

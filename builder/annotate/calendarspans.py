"""Resolvers of two spans written from smaller dates: the week of a day ("the week of
September 7", "the week beginning 7 September") and a run of months joined by a dash ("the
October-December quarter", "the Jan-Mar period"). Each takes a match of its row of
`dateforms.RULES` and the `periods.Context` of the sentence, as `days.py`'s resolvers do.

- "the week of D", "the week beginning/commencing/starting D" name a week, not the day D:
  the ISO week holding D (TIMEX3 guidelines 2009, §2.3: a week is written `YYYY-Www`; D is
  only how the writer names it). The day itself is read as `days.py` reads it.
- "October-December" is one period from the first month to the second (TIMEX3: a range of
  months, as "the 1975-79 rule" is a range of years); when the two months bound a calendar
  quarter it is that quarter (`2025-Q4`). Without a year the second month's year is read
  by the clause's tense, as a bare month's is (`days.bare_month_year`: the last such
  month in a past clause, the next one in a clause looking forward), and the first month
  is the one before it ("November-January": November of the year before).
- a quarter of a fiscal year ("the third quarter of its fiscal year", "its fiscal third
  quarter", "Q3 of fiscal 2026") is no calendar quarter: a company's fiscal year starts in
  whatever month it chose (SEC Regulation S-X, Rule 3-06 and Form 10-K: the registrant's
  fiscal year; HeidelTime resolves only calendar quarters), so it has no value here, and
  the day its results come out ("on 26 February") dates the report.
"""

from __future__ import annotations

import datetime as dt
import re

from .days import MONTHS, bare_month_year, day_no_year, full_date
from .periods import Context, Value, iso_week, quarter

_FISCAL_BEFORE = re.compile(r"\b(?:[Ff]iscal|[Ff]inancial)(?:[- ](?:year[- ])?(?:20[0-9]{2}|[0-9]{2}))?[\s-]$")
_FISCAL_AFTER = re.compile(r"\s(?:of\s|in\s)?(?:(?:its|the|their|this|last|next|that)\s)?(?:[Ff]iscal|[Ff]inancial)\b")


def week_of_day(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the week of September 7" (group `d`, `m`, optional `y`): the ISO week of the day."""
    found = full_date(mt, ctx) if mt.group("y") else day_no_year(mt, ctx)
    if found is None:
        return None
    return iso_week(dt.date.fromisoformat(found[0][:10])), "week"


def month_run(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the October-December quarter" (groups `m`, `m2`, optional `y`): the months from the
    first to the second, as a quarter when they are one."""
    first, last = (MONTHS[mt.group(g).rstrip(".").lower()] for g in ("m", "m2"))
    if first == last:
        return None
    if mt.group("y"):
        end_year = int(mt.group("y"))
    elif ctx.published is None:
        return None
    else:
        end_year = bare_month_year(last, ctx.published, "", "", ctx.direction)
    start_year = end_year if first < last else end_year - 1
    value = f"{start_year:04d}-{first:02d}/{end_year:04d}-{last:02d}"
    if start_year == end_year and first % 3 == 1 and last == first + 2:
        return value, "quarter", f"{end_year:04d}-Q{last // 3}"
    return value, "range"


def calendar_quarter(mt: re.Match[str], ctx: Context) -> Value | None:
    """A quarter (`periods.quarter`), unless it is a fiscal year's (`_FISCAL_BEFORE`,
    `_FISCAL_AFTER`): "the third quarter of its fiscal year" has no calendar value."""
    if _FISCAL_BEFORE.search(ctx.text, max(0, mt.start() - 24), mt.start()) or _FISCAL_AFTER.match(ctx.text, mt.end()):
        return None
    return quarter(mt, ctx)

"""Resolvers of the date forms counted from the publication or the story's reference time:
a weekday ("Friday", "last Monday"), a deictic word ("today", "this week", "the past
decade"), an offset ("five years ago", "two days later"), "now" after a duration, and
"the same month last year". Each resolver takes a match of its row of `dateforms.RULES` and
the `periods.Context` of the sentence, as `days.py`'s do; the direction of a weekday
comes from `tense.direction`, a story's own reading of it from `narrative`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from . import narrative, tense, weekdays
from .anaphora import counted, that_unit
from .days import FULL_MONTH, MONTHS, NUMBERS, WEEKDAYS
from .periods import Context, Value, iso_week
from .years import name_around

_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ss]ome|[Aa]ny)\s$")
_NOUN_AFTER = re.compile(r"\s(?!(?:in|of|on|at|when|that|which|and|or|but|after|before|last|this|next|to|for|with)\b)[a-z]{3,}")
"""A lower-case word after the weekday: the article is the noun's ("a Wednesday media
event" is the event of that Wednesday), not the weekday's."""


_POSSESSIVE = re.compile(r"['’]s\b")
_NOUN_PREPOSITIONS = frozenset("during of after since following over from".split())
_MODAL_REACH = 4


def _noun_of_a_noun(ctx: Context, mt: re.Match[str]) -> bool:
    """Whether a possessive weekday ("Tuesday's march") hangs on a noun of a clause that
    looks forward, not on its verb: after a preposition of a noun ("complaints ... during
    Tuesday's march", "the outcome of Friday's vote"), more than `_MODAL_REACH` words after
    the nearest word that looks forward ("said it would investigate complaints of force by
    police during Tuesday's march"). The possessive names a happening the reader knows
    of, and the clause's tense is the verb's, not the noun's (TimeML anchors a time in a
    noun phrase to the nominal event, Pustejovsky et al. 2003); "will march during
    Tuesday's strike" and "ahead of Tuesday's vote" keep the forward reading."""
    text = ctx.text
    if not text or not _POSSESSIVE.match(text, mt.end()):
        return False
    clause_start = ctx.span[0]
    for end in tense.CLAUSE_END.finditer(text, ctx.span[0], mt.start()):
        clause_start = end.end()
    words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", text[clause_start : mt.start()])]
    if not words or words[-1] not in _NOUN_PREPOSITIONS:
        return False
    ahead = [i for i in range(len(words)) if tense.marker(words, i) == tense.FORWARD]
    return bool(ahead) and len(words) - 1 - ahead[-1] > _MODAL_REACH


def weekday(mt: re.Match[str], ctx: Context) -> Value | None:
    """A weekday: the nearest such day before publication, or after it in a clause that
    looks forward, or in the week "next", "last" or "this" says. "a Thursday in June" names
    no particular day (an indefinite noun phrase: no date; "June" is its own)."""
    if ctx.published is None:
        return None
    if (not mt.group("dir") and ctx.text and _INDEFINITE_BEFORE.search(ctx.text, max(0, mt.start() - 6), mt.start())
            and not _NOUN_AFTER.match(ctx.text, mt.end())):
        return None
    if (not mt.group("dir") and ctx.text and name_around(ctx.text, mt.start(), mt.end(), ctx.sentence_start)
            and ctx.text[: mt.start()].rstrip() and len(ctx.text[: mt.start()].rstrip()) not in ctx.name_ends):
        return None  # a named day: "Black Monday", "Good Friday" (but "Asia Monday": Asia is a name)
    pub, wd = ctx.published, WEEKDAYS[mt.group("wd").lower()]
    direction = (mt.group("dir") or "").lower()
    if not direction and ctx.text and weekdays.definite(ctx.text, mt.start()):
        named = weekdays.named_before(ctx, wd)  # "the Saturday": the one the story named, else none
        return (named, "day") if named else None
    against = weekdays.contrasted(ctx, mt.start()) if not direction and ctx.text else None
    if against is not None:  # "on Monday, not Tuesday": the Tuesday of that Monday's week
        return (against + dt.timedelta(days=wd - against.weekday())).isoformat(), "day"
    first = weekdays.range_start(ctx, mt.start()) if not direction and ctx.text else None
    if first is not None:  # "between Saturday and Tuesday": the first Tuesday on or after that Saturday
        return (first + dt.timedelta(days=(wd - first.weekday()) % 7)).isoformat(), "day"
    if not direction:
        near = narrative.weekday(ctx, wd, mt.start())  # a story told in the past: from its reference day
        if near is not None:
            return near.isoformat(), "day"
        pub = narrative.speech_day(ctx, mt.start()) or pub  # "was dated 3 March 2021 and said: '... by Monday'"
    if direction == "next":
        # The weekday of the next ISO week, as SUTime reads "next" (the following week):
        # "next Friday" said on a Thursday is eight days on, not tomorrow ("this Friday" is
        # tomorrow). HeidelTime instead takes the first such day after publication.
        day = pub + dt.timedelta(days=7 - pub.weekday() + wd)
    elif direction == "last":
        # The nearest such day before publication, as HeidelTime resolves UNDEF-last-<weekday>
        # (ResolveAmbiguousValues: back 1 to 7 days): "last Friday" said on a Tuesday is four
        # days back. But not the day before: news names that day "on Monday" or "yesterday"
        # (AP Stylebook: the day of the week for dates within seven days), so "last Monday"
        # said on a Tuesday is the Monday of the week before, as natty reads it (issue #98:
        # "by design, as most people would expect") and as SUTime's "last" counts weeks.
        back = (pub.weekday() - wd) % 7 or 7
        day = pub - dt.timedelta(days=back + 7 if back == 1 else back)
    elif direction == "this":
        day = pub + dt.timedelta(days=wd - pub.weekday())  # the same ISO week
    elif ctx.direction == tense.FORWARD and ctx.text and (base := weekdays.governing_day(ctx, mt.start())):
        day = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)  # "Last Thursday X ordered ... from Monday"
    elif ctx.direction == tense.FORWARD and ctx.text and weekdays.act_of_the_day_before(ctx, mt.start(), wd):
        day = pub - dt.timedelta(days=1)  # "resigned and announced he would leave parliament on Monday" (Tuesday paper)
    elif ctx.direction == tense.FORWARD and ctx.text and (seen := weekdays.story_reading(ctx, mt.start(), wd)):
        day = seen  # "announced on Tuesday" ... "learned the studio would close in a call on Tuesday morning"
    elif ctx.direction == tense.FORWARD and not _noun_of_a_noun(ctx, mt):
        # The publication's own weekday is that day, in a future clause too: news names
        # the current day by its weekday, not "today" (AP Stylebook: the day of the week
        # for dates within seven days), so "approved a loan to keep the stores open on
        # Tuesday" and "will meet on Friday", published that Tuesday or Friday, are that day.
        day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    else:
        day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    if not direction and ctx.story is not None and pub == ctx.published:
        ctx.story.weekdays_read.add(wd)  # the story's reading of that weekday (`narrative.weekday`)
    return day.isoformat(), "day"


def deictic(mt: re.Match[str], ctx: Context) -> Value | None:
    if mt.group("that"):  # "that year", "later that month": the story's date, not publication's
        unit = mt.group("that").lower()
        return that_unit("day" if unit in ("morning", "afternoon", "evening", "night") else unit, ctx)
    if ctx.published is None:
        return None
    pub = ctx.published
    word = (mt.group("word") or mt.group("word2") or "").lower()
    rel = (mt.group("rel") or "this").lower()
    side = (mt.group("side") or "").lower()
    shift = {"last": -1, "next": 1}.get(rel, 0)
    if mt.group("dec"):
        # "the past decade", "this decade": a calendar decade, the one before publication's
        # or publication's own (HeidelTime's UNDEF-last-decade / UNDEF-this-decade, r17a).
        start = (pub.year // 10 - (mt.group("dec").lower() != "this")) * 10
        return f"{start:04d}/{start + 9:04d}", "decade", f"{start // 10:03d}"
    if word in ("today", "tonight"):
        return pub.isoformat(), "day"
    if word in ("morning", "afternoon", "evening", "night"):
        return (pub + dt.timedelta(days=shift)).isoformat(), "day"
    if word in ("yesterday", "tomorrow"):
        return (pub + dt.timedelta(days=-1 if word == "yesterday" else 1)).isoformat(), "day"
    if word == "week":
        return iso_week(pub + dt.timedelta(weeks=shift)), "week"
    if word == "month":
        first = dt.date(pub.year, pub.month, 1) + relativedelta(months=shift)
        if side and not shift:
            last = first + relativedelta(months=1, days=-1)
            return (f"{first.isoformat()}/{pub.isoformat()}" if side == "earlier" else f"{pub.isoformat()}/{last.isoformat()}"), "range"
        return f"{first.year:04d}-{first.month:02d}", "month"
    if side and not shift:
        return (f"{pub.year:04d}-01-01/{pub.isoformat()}" if side == "earlier" else f"{pub.isoformat()}/{pub.year:04d}-12-31"), "range"
    return f"{pub.year + shift:04d}", "year"


def offset(mt: re.Match[str], ctx: Context) -> Value | None:
    """"five years ago", "3 days ago" count from publication (deictic); "a week earlier",
    "two days later", "two days before the race" from the story's reference time or a
    named happening (anaphoric: `anaphora.counted`)."""
    n = mt.group("n").lower()
    count = int(n) if n.isdigit() else NUMBERS[n]
    unit = mt.group("unit").lower().rstrip("s")
    if unit == "fortnight":  # two weeks (OED); "a fortnight later" is left unresolved
        if mt.group("dir").lower() != "ago":
            return None
        count, unit = count * 2, "week"
    if mt.group("dir").lower() != "ago":
        return counted(mt, ctx, count)
    if ctx.published is None:
        return None
    base = ctx.published
    if mt.group("today"):  # "A year ago today": that day, the publication's a year back
        back = {"year": relativedelta(years=count), "month": relativedelta(months=count),
                "week": relativedelta(weeks=count), "day": relativedelta(days=count)}[unit]
        return (base - back).isoformat(), "day"
    if unit == "year":
        return f"{base.year - count:04d}", "year"
    if unit == "month":
        moved = base - relativedelta(months=count)
        return f"{moved.year:04d}-{moved.month:02d}", "month"
    if unit == "week" and count > 1:
        # HeidelTime's date_r19b/c: "N weeks ago" is UNDEF-this-week-MINUS-N, an ISO week.
        # "a week ago" stays the day seven days back: MEANTIME annotates it as that day
        # (stock dev set: "a week ago" on 2011-03-18 = 2011-03-11, the day of the event).
        return iso_week(base - relativedelta(weeks=count)), "week"
    return (base - relativedelta(days=count * (7 if unit == "week" else 1))).isoformat(), "day"


def now_after_duration(mt: re.Match[str], ctx: Context) -> Value | None:
    """"have been shipping for more than a week now", "on strike for three weeks now": the
    "now" that closes a duration is the publication day (the duration runs up to it; the
    MEANTIME gold gives it the creation time's day). A "now" alone is the present, no date."""
    return (ctx.published.isoformat(), "day") if ctx.published else None


PERIOD_REACH = 400
"""How far before its sentence "the same period" looks for the period it repeats."""
_YEAR_OF = re.compile(r"\b(?:of|in)\s(1[6-9][0-9]{2}|20[0-9]{2})\b")
_NAMED_MONTH = re.compile(r"\b(" + FULL_MONTH + r")\b")
_NAMED_QUARTER = re.compile(r"\b(first|second|third|fourth)[- ]quarter\b", re.IGNORECASE)
_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def same_period(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the same month last year", "the same quarter a year earlier", "the same period a
    year ago": the period the sentence named before it (a month, a quarter), else the
    publication's, one year back ("Sales fell in April from the same month last year":
    April of the year before). A "period" with no month or quarter named before it has no
    value."""
    if ctx.published is None:
        return None
    pub, unit = ctx.published, mt.group("unit").lower()
    before = ctx.text[ctx.sentence_start : mt.start()] if ctx.text else ""
    months = _NAMED_MONTH.findall(before)
    quarters = _NAMED_QUARTER.findall(before)
    if unit == "period" and not (quarters or months) and ctx.text:
        # "It lost $2.2 billion in the third quarter. ... In the same period a year earlier it
        # gained ...": the period the paragraph named last, within `PERIOD_REACH`
        earlier = ctx.text[max(ctx.paragraph_start, ctx.sentence_start - PERIOD_REACH) : ctx.sentence_start]
        months, quarters = _NAMED_MONTH.findall(earlier), _NAMED_QUARTER.findall(earlier)
        named_years = _YEAR_OF.findall(earlier)
        if named_years and (months or quarters) and ctx.anchor_year is None:
            ctx = replace(ctx, anchor_year=int(named_years[-1]))
    if unit == "period":
        unit = "quarter" if quarters else "month" if months else ""
    if unit == "month":
        month = MONTHS[months[-1].lower()] if months else pub.month
        year = (ctx.anchor_year or (pub.year if month <= pub.month else pub.year - 1)) - 1
        return f"{year:04d}-{month:02d}", "month"
    if unit == "quarter":
        q = _QUARTER_NUMBER[quarters[-1].lower()] if quarters else (pub.month - 1) // 3 + 1
        year = (ctx.anchor_year or (pub.year if 3 * q - 2 <= pub.month else pub.year - 1)) - 1
        return f"{year:04d}-{3 * q - 2:02d}/{year:04d}-{3 * q:02d}", "quarter", f"{year:04d}-Q{q}"
    if unit == "week":
        return iso_week(pub - relativedelta(years=1)), "week"
    if unit == "day":
        return (pub - relativedelta(years=1)).isoformat(), "day"
    return None

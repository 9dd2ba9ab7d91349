"""Resolvers of the date forms that name a calendar day, month, year or decade ("July 28,
2013", "28 July", "in June", "1993", "the late 1970s") or a day counted from the
publication ("Friday", "this week", "five years ago"), and the words they read (month,
weekday and number names).

Each resolver takes a match of its row of `dates.RULES` and the `periods.Context` of the
sentence, and gives a `periods.Value` (ISO 8601 value, precision) or None when the match
is no date. The direction of an underspecified day comes from `tense.direction`; date
arithmetic uses `python-dateutil`'s `relativedelta`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from . import narrative, tense, weekdays, wordclass
from .anaphora import counted, that_unit
from .periods import Context, Value, iso_week

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
NUMBERS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBERS["a"] = NUMBERS["an"] = 1


FULL_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
ABBR_MONTH = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"


def _month(match: re.Match[str], g: str) -> int:
    return MONTHS[match.group(g).rstrip(".").lower()]


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when the calendar has no such day (30 February, year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _directed_day(month: int, day: int, pub: dt.date, direction: str) -> dt.date | None:
    """The day `month`/`day` nearest `pub`, on or after it (forward), on or before it
    (back), or either side (no direction); None when there is none on that side within a
    year ("December 30" said in the past on 0001-01-01: the calendar has no year 0, and the
    year after is no past; "February 29" in the past in mid-2023: no leap day within a
    year before)."""
    options = [x for x in (valid_date(year, month, day) for year in range(max(1, pub.year - 1), min(9999, pub.year + 1) + 1)) if x]
    if direction == tense.FORWARD:
        options = [x for x in options if x >= pub]
    elif direction == tense.BACK:
        options = [x for x in options if x <= pub]
    return min(options, key=lambda x: (abs((x - pub).days), x)) if options else None


_YEAR_AFTER = re.compile(
    r"\s*(?:to|until|till|through|and|[-–])\s+(?:the\s)?(?:" + FULL_MONTH + "|" + ABBR_MONTH + r")?\.?\s?"
    r"(?:[12][0-9]|3[01]|0?[1-9])?(?:st|nd|rd|th)?(?:\sof\s(?:" + FULL_MONTH + r"))?,?(?:\sof)?\s(?P<y>1[6-9][0-9]{2}|20[0-9]{2})"
    r"(?![\w%])"
)
"""The second date of a range ("June 9 to June 23, 2014"), whose year applies to the first."""


def _year_after(ctx: Context, end: int) -> int | None:
    mt = _YEAR_AFTER.match(ctx.text, end) if ctx.text else None
    return int(mt.group("y")) if mt else None


def full_date(mt: re.Match[str], ctx: Context) -> Value | None:
    day = valid_date(int(mt.group("y")), _month(mt, "m"), int(mt.group("d")))
    return (day.isoformat(), "day") if day else None


def iso_date(mt: re.Match[str], ctx: Context) -> Value | None:
    day = valid_date(int(mt.group("y")), int(mt.group("mo")), int(mt.group("d")))
    return (day.isoformat(), "day") if day else None


_YEAR_BEYOND = re.compile(r",?\s\d{4,}\b(?![ \t]+[a-z])")  # (a number then a word is a count: "3000 tenants")
"""A year written right after a day and month that the date rules do not read (before 1600
or after 2100: "19 July 9999", "1 January 0001"): the date has a year, only not one the
dossier can place, so it is no date rather than one in the publication's year."""


_RELATIVE_YEAR_AFTER = re.compile(
    r"\s*(?:to|until|till|through|and|[-–])\s+(?:the\s)?(?:(?:" + FULL_MONTH + "|" + ABBR_MONTH + r")\.?\s)?"
    r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s(?:of\s)?(?:" + FULL_MONTH + "|" + ABBR_MONTH + r")\.?)?"
    r",?\s(?P<rel>this|last|next)\syear\b")
"""The second day of a range whose year is named from the publication ("from 3 March to 1
May this year"), which the first day takes too."""
_SHIFT = {"last": -1, "this": 0, "next": 1}


def _publication_year_after(mt: re.Match[str], ctx: Context, pub: dt.date) -> int | None:
    """The year "last year", "this year" or "next year" names right after the day ("on 15
    November last year") or after the range it opens ("from 3 March to 1 May this year")."""
    rel = mt.group("yrel") if "yrel" in mt.re.groupindex else None
    if rel is None and ctx.text:
        after = _RELATIVE_YEAR_AFTER.match(ctx.text, mt.end())
        rel = after.group("rel") if after else None
    return pub.year + _SHIFT[rel] if rel else None


def day_no_year(mt: re.Match[str], ctx: Context) -> Value | None:
    if _YEAR_BEYOND.match(ctx.text, mt.end()):
        return None
    later = _year_after(ctx, mt.end())
    if later is None and ctx.published is not None:
        later = _publication_year_after(mt, ctx, ctx.published)
    if later is not None:
        day = valid_date(later, _month(mt, "m"), int(mt.group("d")))
        return (day.isoformat(), "day") if day else None
    if ctx.published is None:
        return None
    told = narrative.month_year(ctx, _month(mt, "m"), mt.start(), int(mt.group("d")))  # "In the summer of 2022 ... On 3 August"
    if told is not None:
        day = valid_date(told, _month(mt, "m"), int(mt.group("d")))
        return (day.isoformat(), "day") if day else None
    direction = ctx.direction
    if direction == tense.BACK and _just_ahead(_month(mt, "m"), int(mt.group("d")), ctx, mt.start()):
        direction = ""
    elif direction == tense.FORWARD and _past_relative(ctx.text, mt.end()) and _just_behind(
            _month(mt, "m"), int(mt.group("d")), ctx.published):
        direction = ""
    day = _directed_day(_month(mt, "m"), int(mt.group("d")), ctx.published, direction)
    return (day.isoformat(), "day") if day else None


AHEAD_REACH = 14
"""Days after publication within which a day of a month named without a year is that
occurrence even in a clause told in the past (`_just_ahead`): two weeks, the reach of a
deadline or a plan days away; a date farther ahead in a past clause ("provided the accounts
on March 3", published 5 February) is the one before."""
_EARLIER_YEAR = re.compile(r"\blast\syear\b|\b(?:1[6-9]|20)[0-9]{2}\b", re.IGNORECASE)


def _just_ahead(month: int, day: int, ctx: Context, start: int) -> bool:
    """Whether a day of a month with no year, in a clause the past tense governs, is still
    the occurrence just after publication: it lies within `AHEAD_REACH` days of it, the one
    before lies in an earlier year, and the sentence names no earlier year before it
    ("Last year it missed the 30 June deadline"). AP Stylebook (months): a month and day
    with no year is in the current year; a date days away is a deadline or a plan the
    sentence reports ("came just days before the 9 June deadline", "said a march on July 1
    would go ahead"), and nothing told in the past happened after publication.
    HeidelTime reads the tense only to choose between two occurrences equally near."""
    pub = ctx.published
    ahead = _directed_day(month, day, pub, tense.FORWARD) if pub else None
    if pub is None or ahead is None or (ahead - pub).days > AHEAD_REACH or ahead.year != pub.year:
        return False
    behind = _directed_day(month, day, pub, tense.BACK)
    if behind is not None and behind.year == pub.year:
        return False
    for mt in _EARLIER_YEAR.finditer(ctx.text, ctx.sentence_start, start):
        if not mt.group().isdigit() or int(mt.group()) < pub.year:
            return False
    return True


def day_range(mt: re.Match[str], ctx: Context) -> Value | None:
    month, d1, d2 = _month(mt, "m"), int(mt.group("d")), int(mt.group("d2"))
    if d2 <= d1:
        return None
    if mt.group("y"):
        year = int(mt.group("y"))
    elif ctx.published:
        first = _directed_day(month, d1, ctx.published, ctx.direction)
        if first is None:
            return None
        year = first.year
    else:
        return None
    a, b = valid_date(year, month, d1), valid_date(year, month, d2)
    return (f"{a.isoformat()}/{b.isoformat()}", "range") if a and b else None


_RELATIVE_AFTER = re.compile(r",\s(?:which|that|who)\s((?:[a-z]+\s){0,2}[a-z]+)")


def _past_relative(text: str, end: int) -> bool:
    """Whether a relative clause told in the past follows the date right after a comma
    ("the ground fall on 10 February, which trapped nine workers"): the date belongs to
    the noun it dates, whose clause tells what happened, not to the main verb's plan."""
    mt = _RELATIVE_AFTER.match(text, end)
    if mt is None:
        return False
    words = mt.group(1).split()
    return any(tense.marker(words, k) == tense.BACK for k in range(len(words)))


BEHIND_REACH = 31
"""Days before publication within which a day of a month named without a year is that
occurrence even in a clause that looks forward (`_just_behind`)."""


def _just_behind(month: int, day: int, pub: dt.date) -> bool:
    """Whether a day of a month with no year, in a clause that looks forward, is still the
    occurrence just before publication: that one lies in the publication's year within
    `BEHIND_REACH` days, and the next one in the year after. AP Stylebook (months): a month
    and day with no year is in the current year; a plan almost a year away is written with
    its year, so the day is what the plan is about ("will examine the collapse on 10
    February", published 20 February; "will review the vote on 3 March, which ..."), the
    mirror of `_just_ahead`. Asked only when a relative clause in the past follows the
    date (`_past_relative`): "extended the loan to February 28", published 5 March, is
    the next one."""
    behind = _directed_day(month, day, pub, tense.BACK)
    ahead = _directed_day(month, day, pub, tense.FORWARD)
    return (behind is not None and ahead is not None and behind.year == pub.year < ahead.year
            and (pub - behind).days <= BEHIND_REACH)


def month_year(mt: re.Match[str], ctx: Context) -> Value | None:
    part = (mt.group("part") or "").lower()
    year, month = int(mt.group("y")), _month(mt, "m")
    return part_of_month(year, month, part) if part else (f"{year:04d}-{month:02d}", "month")


def _month_index(year: int, month: int) -> tuple[int, int]:
    moved = dt.date(year, 1, 1) + relativedelta(months=month - 1)
    return moved.year, moved.month


_RANGE_WORDS = ("and", "or", "to", "through", "until", "till")


def bare_month(mt: re.Match[str], ctx: Context) -> Value | None:
    if ctx.published is None or not (mt.group("skip") or mt.group("dir") or mt.group("poss")):
        return None
    skip = (mt.group("skip") or "").strip(" -").lower()
    if skip in _RANGE_WORDS and skip not in ("until", "till") and not _MONTH_WORD.search(
            ctx.text, max(ctx.sentence_start, mt.start() - 40), mt.start()):
        return None  # "and May": a month only as the second end of a range of months ("delayed until June" is one alone)
    month, pub = _month(mt, "m"), ctx.published
    later = _year_after(ctx, mt.end())
    if later is not None:
        return part_of_month(later, month, skip) if skip in _PART_OF_MONTH else (f"{later:04d}-{month:02d}", "month")
    rel = (mt.group("dir") or "").strip().lower()
    told = narrative.that_month(ctx, month, mt.end()) if rel == "that" else None if rel else narrative.month_year(ctx, month, mt.start())
    if rel == "that" and told is None:
        return None  # "that October" with no year before it
    year = told if told is not None else _bare_month_year(month, pub, rel, skip, ctx.direction)
    return part_of_month(year, month, skip) if skip in _PART_OF_MONTH else (f"{year:04d}-{month:02d}", "month")


_MONTH_WORD = re.compile(r"\b(?:" + FULL_MONTH + r")\b")

_PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PART_WORDS = frozenset(_PART_OF_MONTH)
"""The days "early", "mid" and "late" take of a month: its thirds (TIMEX3 writes the
month with `mod` START, MID or END; the dossier, whose values are periods, writes the
third as a range of days, as it writes "the early 1990s" as 1990/1993)."""


def part_of_month(year: int, month: int, part: str) -> Value:
    """"early June" of `year`: the range of days of that third of the month (`_PART_OF_MONTH`)."""
    first, last = _PART_OF_MONTH[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{first:02d}/{year:04d}-{month:02d}-{last:02d}", "range"


_PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
"""The months "early", "mid" and "late" take of a year: its thirds (TIMEX3 writes the year
with `mod` START, MID or END; written here, as `part_of_month` writes a month's third, as
a range of months)."""
_YEAR_SHIFT = {"next": 1, "last": -1, "this": 0}


def part_of_a_year(mt: re.Match[str], ctx: Context) -> Value | None:
    """"early next year", "late last year", "early 2026", "mid-2026": the third of the year
    (`_PART_OF_YEAR`) as a range of months, "next", "last" and "this" counted from
    publication as `deictic` counts "next year"."""
    rel = (mt.group("rel") or "").lower()
    if rel:
        if ctx.published is None:
            return None
        year = ctx.published.year + _YEAR_SHIFT[rel]
    else:
        year = int(mt.group("y"))
    first, last = _PART_OF_YEAR[mt.group("part").lower()]
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "range"


def _bare_month_year(month: int, pub: dt.date, rel: str, skip: str, direction: str) -> int:
    """The year of a month named without one, published `pub`: this year for "this" and
    a possessive ("their January sales"), the next such month for "next" or a clause
    looking forward, else the last such month (the news reports what happened)."""
    if skip in ("its", "their", "his", "her", "our") or rel == "this":
        return pub.year
    if rel == "next" or (direction == tense.FORWARD and rel != "last"):
        return pub.year if month >= pub.month + (rel == "next") else pub.year + 1
    year = pub.year if month <= pub.month else pub.year - 1
    return year - 1 if rel == "last" and month == pub.month else year


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


def _name_around(text: str, start: int, end: int, sentence_start: int) -> bool:
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
    "what when where while then now ago early mid late end start beginning spring summer autumn fall winter year years "
    "calendar fiscal season january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
"""Words WordNet also has as nouns ("in" an inch, "may" a tree, "till" a drawer) that
lead a year as prepositions, determiners or time words: "in 1999", "summer 2013",
"the year 2000" are years."""


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
    if text and _name_around(text, mt.start(), mt.end(), ctx.sentence_start) and _CAPITAL_NEXT.match(text, mt.end()):
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
    if (not mt.group("dir") and ctx.text and _name_around(ctx.text, mt.start(), mt.end(), ctx.sentence_start)
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

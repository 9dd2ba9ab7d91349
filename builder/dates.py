"""Recognise time expressions and resolve them to ISO 8601 against a publication date.

Each pattern yields a span and a resolver; the leftmost-longest spans win. A bare weekday
is the most recent such day on or before publication ("next" moves forward); a month
without a year is the most recent such month; a day without a year is the nearest such
day. Durations, ages, counts and money are never dates: only the forms below are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import TimeExpression
from .sentences import sentences

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

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Sept)"
)
_DAY = r"(?P<{g}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[6-9][0-9]{{2}}|20[0-9]{{2}}|2100)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<n>[0-9]{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_B = r"(?<![\w$£€#.,])"  # no word, currency or decimal right before
_E = r"(?![\w%]|[.,][0-9])"  # no word, per cent or decimal right after


def m(g: str) -> str:
    return _MONTH.format(g=g)


def d(g: str) -> str:
    return _DAY.format(g=g)


def y(g: str) -> str:
    return _YEAR.format(g=g)


@dataclass(frozen=True)
class Context:
    """What a resolver may look at."""

    published: dt.date | None
    """The source's publication date."""
    anchor_year: int | None
    """The last year named earlier in the same sentence."""


Resolver = Callable[[re.Match[str], Context], "tuple[str, str] | None"]


def _month(match: re.Match[str], g: str) -> int:
    return MONTHS[match.group(g).rstrip(".").lower()]


def _nearest_day(month: int, day: int, pub: dt.date) -> dt.date | None:
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            pass
    return min(options, key=lambda x: (abs((x - pub).days), x)) if options else None


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def full_date(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    value = _day_value(int(mt.group("y")), _month(mt, "m"), int(mt.group("d")))
    return (value, "day") if value else None


def day_no_year(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if ctx.published is None:
        return None
    day = _nearest_day(_month(mt, "m"), int(mt.group("d")), ctx.published)
    return (day.isoformat(), "day") if day else None


def day_range(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    month, d1, d2 = _month(mt, "m"), int(mt.group("d")), int(mt.group("d2"))
    if d2 <= d1:
        return None
    if mt.group("y"):
        year = int(mt.group("y"))
    elif ctx.published:
        first = _nearest_day(month, d1, ctx.published)
        if first is None:
            return None
        year = first.year
    else:
        return None
    a, b = _day_value(year, month, d1), _day_value(year, month, d2)
    return (f"{a}/{b}", "range") if a and b else None


def month_year(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    return f"{int(mt.group('y')):04d}-{_month(mt, 'm'):02d}", "month"


def bare_month(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if ctx.published is None or not (mt.group("skip") or mt.group("dir") or mt.group("poss")):
        return None
    month, pub = _month(mt, "m"), ctx.published
    if (mt.group("dir") or "").strip().lower() == "next":
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}", "month"


def year_range(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    a, tail = int(mt.group("y")), mt.group("y2")
    b = int(tail) if len(tail) == 4 else (a // 100) * 100 + int(tail)
    return (f"{a}/{b}", "range") if b > a else None


def decade(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    start = int(mt.group("dec"))
    part = (mt.group("part") or "").lower()
    a, b = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
    return f"{start + a}/{start + b}", "range"


def year(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    return mt.group("y"), "year"


def weekday(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if ctx.published is None:
        return None
    pub, wd = ctx.published, WEEKDAYS[mt.group("wd").lower()]
    direction = (mt.group("dir") or "").lower()
    if direction == "next":
        day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif direction == "last":
        day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)
    else:
        day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    return day.isoformat(), "day"


def deictic(mt: re.Match[str] | _DeicticMatch, ctx: Context) -> tuple[str, str] | None:
    if ctx.published is None:
        return None
    pub = ctx.published
    word = (mt.group("word") or "").lower()
    rel = (mt.group("rel") or "this").lower()
    shift = {"last": -1, "next": 1}.get(rel, 0)
    if word in ("today", "tonight"):
        return pub.isoformat(), "day"
    if word in ("yesterday", "tomorrow"):
        return (pub + dt.timedelta(days=-1 if word == "yesterday" else 1)).isoformat(), "day"
    if word == "week":
        iso = (pub + dt.timedelta(weeks=shift)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week"
    if word == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{pub.year + shift:04d}", "year"


def offset(mt: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    n = mt.group("n").lower()
    count = int(n) if n.isdigit() else NUMBERS[n]
    unit = mt.group("unit").lower().rstrip("s")
    direction = mt.group("dir").lower()
    if direction == "ago":
        if ctx.published is None:
            return None
        base = ctx.published
        if unit == "year":
            return f"{base.year - count:04d}", "year"
        if unit == "month":
            index = base.year * 12 + base.month - 1 - count
            return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
        days = count * (7 if unit == "week" else 1)
        return (base - dt.timedelta(days=days)).isoformat(), "day"
    if unit != "year" or ctx.anchor_year is None:
        return None
    sign = 1 if direction == "later" else -1
    return f"{ctx.anchor_year + sign * count:04d}", "year"


PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(_B + m("m") + r"\s" + d("d") + r",?\s" + y("y") + _E), full_date),
    (re.compile(_B + d("d") + r"\s" + m("m") + r",?\s" + y("y") + _E), full_date),
    (re.compile(_B + m("m") + r"\s" + d("d") + r"\s?[-–]\s?" + d("d2") + r"(?:,?\s" + y("y") + r")?" + _E), day_range),
    (re.compile(_B + m("m") + r"\s" + d("d") + _E), day_no_year),
    (re.compile(_B + m("m") + r",?\s" + y("y") + _E), month_year),
    (
        re.compile(
            r"(?P<skip>\b(?:[Ii]n|of|[Bb]y|[Tt]he|[Ss]ince|[Uu]ntil|[Dd]uring|early|late|mid|[Tt]his|[Ll]ast)[- ])?"
            r"(?P<dir>\b[Nn]ext )?" + m("m") + r"(?P<poss>['’]s\b)?(?!\.?\w)"
        ),
        bare_month,
    ),
    (re.compile(_B + y("y") + r"\s?[-–]\s?(?P<y2>1[6-9][0-9]{2}|20[0-9]{2}|[0-9]{2})" + _E), year_range),
    (re.compile(r"(?:\b(?P<part>early|mid|late)[- ])?" + r"(?<![\w'])(?P<dec>1[6-9][0-9]0|20[0-9]0)s\b"), decade),
    (re.compile(_B + y("y") + _E), year),
    (
        re.compile(
            r"(?:(?P<dir>[Nn]ext|[Ll]ast|[Tt]his)\s|(?:[Ll]ate|[Ee]arly)\s)?\b" + _WD
            + r"(?:\s(?:night|morning|afternoon|evening))?\b"
        ),
        weekday,
    ),
    (
        re.compile(
            r"\b(?:(?:[Ee]arlier|[Ll]ater)\s)?(?:(?P<rel>this|last|next|This|Last|Next)\s(?P<word>week|month|year)\b"
            r"|(?P<word2>today|tonight|yesterday|tomorrow|Today|Tonight|Yesterday|Tomorrow)\b)"
        ),
        lambda mt, ctx: deictic(_DeicticMatch(mt), ctx),
    ),
    (
        re.compile(
            r"\b" + _NUM + r"\s(?P<unit>years?|months?|weeks?|days?)\s(?P<dir>ago|later|earlier|before)\b",
            re.IGNORECASE,
        ),
        offset,
    ),
]


class _DeicticMatch:
    """Presents `word2` ("today") as `word` so one resolver serves both forms."""

    def __init__(self, mt: re.Match[str]) -> None:
        self._mt = mt

    def group(self, name: str) -> str | None:
        if name == "word":
            return self._mt.group("word") or self._mt.group("word2")
        return self._mt.group(name)


_YEAR_ANCHOR = re.compile(_B + r"(1[6-9][0-9]{2}|20[0-9]{2})" + _E)

# What each pattern cannot match without: a sentence lacking it skips the pattern (most
# sentences name no date, and one quick scan is cheaper than a pattern's full search).
# A need is a regex over the sentence, or words any of which its lower-cased text holds
# (substring tests are many times faster than a case-blind alternation).
_MONTHS = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DIGIT = re.compile(r"[0-9]")
_NEED_WORDS = {
    "weekday": ("day",),
    "deictic": ("week", "month", "year", "today", "tonight", "tomorrow", "yesterday"),
    "offset": ("ago", "later", "earlier", "before"),
}


def _present(need: str, text: str, start: int, end: int, lowered: list[str]) -> bool:
    """Whether text[start:end] holds what `need` names (`lowered` caches its lower case)."""
    if need == "month":
        return _MONTHS.search(text, start, end) is not None
    if need == "digit":
        return _DIGIT.search(text, start, end) is not None
    if not lowered:
        lowered.append(text[start:end].lower())
    return any(word in lowered[0] for word in _NEED_WORDS[need])
_PATTERN_NEEDS = ["month"] * 6 + ["digit"] * 3 + ["weekday", "deictic", "offset"]
assert len(_PATTERN_NEEDS) == len(PATTERNS)


def find_dates(
    text: str, start: int, end: int, paragraph: int, published: dt.date | None,
    spans: tuple[tuple[int, int], ...] | None = None,
) -> list[TimeExpression]:
    """Time expressions in `text[start:end]`, resolved where possible, in text order.
    `spans`: its sentences (a paragraph's `sentences`; split here when not given)."""
    found: list[TimeExpression] = []
    for s_start, s_end in sentences(text, start, end) if spans is None else spans:
        spans: list[tuple[int, int, re.Match[str], Resolver]] = []
        present: dict[str, bool] = {}
        lowered: list[str] = []
        for (pattern, resolver), need in zip(PATTERNS, _PATTERN_NEEDS, strict=True):
            if need not in present:
                present[need] = _present(need, text, s_start, s_end, lowered)
            if not present[need]:
                continue
            for mt in pattern.finditer(text, s_start, s_end):
                begin = mt.end("skip") if "skip" in mt.re.groupindex and mt.group("skip") else mt.start()
                finish = mt.start("poss") if "poss" in mt.re.groupindex and mt.group("poss") else mt.end()
                if finish > begin:
                    spans.append((begin, finish, mt, resolver))
        spans.sort(key=lambda x: (x[0], -x[1]))
        reach = s_start
        for a, b, mt, resolver in spans:
            if a < reach:
                continue
            anchors = [int(x.group(1)) for x in _YEAR_ANCHOR.finditer(text, s_start, a)]
            resolved = resolver(mt, Context(published, anchors[-1] if anchors else None))
            if resolved is None:
                continue
            reach = b
            found.append(TimeExpression(a, b, text[a:b], resolved[0], resolved[1], paragraph))
    return found

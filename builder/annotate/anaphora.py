"""Anaphoric dates: one rule for every date counted from the story's reference time.

TimeML (Pustejovsky et al., the TimeML and TIMEX3 annotation guidelines) and HeidelTime
(Strötgen and Gertz 2013, its `UNDEF-REF` values) tell two kinds of relative date apart:

- deictic ones count from the document's creation time, the publication: "last week",
  "three days ago", "next month", "yesterday" (`deixis.deictic`, `deixis.offset`);
- anaphoric ones count from the reference time of the narrative, the last date the text
  named: "a week earlier", "two days later", "the next day", "the following week", "the
  previous year", "the day before", "that day", "later that month", "the same day".

Here an anaphoric date's reference time (`reference`) is the last date named before it in
its paragraph, else the last one at or before publication that the paragraph just before
named (`Story.previous`); a date the source named further back, or the publication, is
never guessed: with no reference the date is left unresolved (no mark). The reference must
be fine enough for the unit counted: a day needs a day ("The next day" after "a Thursday in
June" has none), a week a day or a week, a month a month or finer, a year any date.

An offset from a named happening ("two days before the race", "two weeks after the
hearing", "a month before the vote") counts from the date of that happening: the most
recent date earlier in the same source whose sentence names the happening (`noun_anchor`).
Limits: the happening must be named by the same word (or its verb: "the vote" / "voted"),
a verb WordNet derives from the same sense ("the strike" / "walked out"), or, failing
that, a noun its WordNet definition names ("race", "a contest of speed... any
competition", finds "in competition"); a happening named only by a proper name ("the
Nairobi Grand Prix" ... "the race") or told in other words is not found, and the date is
left unresolved. An offset before a clause ("a week before it closed") is left unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from ..annotation import TimeExpression
from . import senses, verbs
from .periods import Context, Value, iso_week
from .stems import stem, stems


@dataclass
class Story:
    """What one source has named so far, read paragraph by paragraph (`dates.find_dates`)."""

    dates: list[tuple[TimeExpression, int, int]] = field(default_factory=list)
    """Every date found so far, with its sentence's (start, end) in the source text."""
    previous: str = ""
    """The reference time the paragraph just read leaves to the next (`last_reference`)."""
    order: str = ""
    """The order the source's own numeric dates show (`numeric.written_order`: "dm", "md" or "")."""
    narrative: str = ""
    """The narrative's reference time (`narrative`): the last date named at or before
    publication, carried over paragraphs that name none; "" when the story stands at the
    publication (its last date was counted from it)."""
    narrative_at: int = -1
    """Where the date that set `narrative` starts in the source text."""
    year_stated: bool = False
    """Whether `narrative` was written with its year ("In the summer of 2022"), or counted
    from one: only such a reference places a month or a day named without a year."""
    week_frame: bool = False
    """Whether `narrative` stands in a week the story set out by a day written with its
    weekday ("Monday, August 5"), or counted from one (`narrative.advance`)."""
    narrated: bool = False
    """Whether the date just resolved was read from `narrative` (set by `narrative`'s readers)."""
    weekdays_read: set[int] = field(default_factory=set)
    """The weekdays (Monday 0) a bare weekday already named as the publication's week's day
    (`deixis.weekday`): the story keeps that reading (`narrative.weekday`)."""


_SAYING_BEFORE = re.compile(r",\s(?:[\w’'&.()-]+\s){0,6}?(?:said|says|told\s\w+|added|announced|stated)\s+(?:on\s+)?$")
"""A closing attribution right before its date (", officials said on Monday")."""


def last_reference(found: list[TimeExpression], published: dt.date | None, text: str = "") -> str:
    """The last date of a paragraph (`found`, in text order) at or before publication: the
    reference time it leaves to the next paragraph. A plan ("will meet next Thursday") does
    not move the reference of the past the story tells, nor does the day of a closing
    attribution after an earlier date ("crashed on Sunday evening, ..., officials said on
    Monday": the report's day, not the narrative's; Reichenbach 1947, the reference time is
    the told event's, and AP style dates the saying apart)."""
    limit = published.isoformat() if published else "9999-12-31"
    for i, date in enumerate(reversed(found)):
        if i < len(found) - 1 and text and _SAYING_BEFORE.search(text, max(0, date.start - 80), date.start):
            continue
        if date.value.split("/")[0] <= limit:
            return date.value
    return ""


def reference(ctx: Context) -> str:
    """The reference time of an anaphoric date at `ctx`: the last date named earlier in its
    paragraph, else the one the paragraph before left (`Story.previous`), else ""."""
    return ctx.last_date or ctx.reference


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
_WEEK = re.compile(r"[0-9]{4}-W[0-9]{2}")


def anchor_day(anchor: str) -> dt.date | None:
    """The first day of the date `anchor` (`2022-05-03`, `2022-05`, `2022-W19`,
    `2009-07/2009-09`), or None when it names no month or finer."""
    first = anchor.split("/")[0]
    try:
        if _WEEK.fullmatch(first[:8]):
            year, week = first[:8].split("-W")
            return dt.date.fromisocalendar(int(year), int(week), 1)
        if _DAY.fullmatch(first[:10]):
            return dt.date.fromisoformat(first[:10])
        if _MONTH.fullmatch(first):
            return dt.date(int(first[:4]), int(first[5:7]), 1)
    except ValueError:
        return None
    return None


def grain(anchor: str) -> str:
    """How fine the date `anchor` is: "day", "week", "month", "year" or "" (a range counts
    as its coarsest part: "late January", 21 to 31 January, is a month)."""
    parts = anchor.split("/")
    if not re.match(r"[0-9]{4}(?![0-9])", parts[0]):
        return ""
    if len(parts) == 2:
        a, b = parts
        if a == b and _DAY.fullmatch(a):
            return "day"
        return "month" if a[:7] == b[:7] and len(a) >= 7 and len(b) >= 7 and "W" not in a + b else "year"
    if _DAY.fullmatch(anchor):
        return "day"
    if _WEEK.fullmatch(anchor):
        return "week"
    if _MONTH.fullmatch(anchor):
        return "month"
    return "year" if re.fullmatch(r"[0-9]{4}", anchor) else ""


_FINE_ENOUGH = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                "year": ("day", "week", "month", "year")}
"""The grains of a reference a unit can be counted from."""


def count_from(anchor: str, unit: str, n: int, week_as_day: bool = False) -> Value | None:
    """`n` units (day, week, month, year; negative: back) from the date `anchor`, at the
    unit's precision; None when `anchor` is too coarse for the unit (`_FINE_ENOUGH`). With
    `week_as_day`, one week from a day is a day ("a week earlier", as MEANTIME marks "a
    week ago" the day seven days back); else a week ("the week before")."""
    if grain(anchor) not in _FINE_ENOUGH[unit]:
        return None
    if unit == "year":
        return f"{int(anchor[:4]) + n:04d}", "year"
    day = anchor_day(anchor)
    if day is None:
        return None
    if unit == "day":
        return (day + relativedelta(days=n)).isoformat(), "day"
    if unit == "week":
        if week_as_day and abs(n) == 1 and grain(anchor) == "day":
            return (day + relativedelta(weeks=n)).isoformat(), "day"
        return iso_week(day + relativedelta(weeks=n)), "week"
    moved = day + relativedelta(months=n)
    return f"{moved.year:04d}-{moved.month:02d}", "month"


def that_unit(unit: str, ctx: Context) -> Value | None:
    """"that year", "later that month", "that same week", "that day", "that morning": the
    year (month, week, day) of the reference time (`reference`), not the publication's; no
    value when there is none, or when it is coarser than the unit ("that week" after "in
    2019", "that day" after "the 2022 medal")."""
    return count_from(that_reference(ctx), unit, 0)


def that_reference(ctx: Context) -> str:
    """The reference time of a date that points back with "that" ("that year", "that
    autumn", "That March"): as `reference`, else the narrative's (`Story.narrative`, carried
    over paragraphs that name no date: "In September 2021 he said the gap was closed." then,
    in the next turn of a transcript, "I lost access that autumn")."""
    return reference(ctx) or (ctx.story.narrative if ctx.story is not None else "")


_SIGN = {"previous": -1, "preceding": -1, "prior": -1, "following": 1, "next": 1,
         "before": -1, "earlier": -1, "after": 1, "later": 1}


def previous(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the previous year", "the following month", "the next day", "the prior week": one
    unit from the reference time (a year named earlier in the sentence first)."""
    unit, sign = mt.group("unit").lower(), _SIGN[mt.group("rel").lower()]
    return _years(ctx, unit, sign) or count_from(reference(ctx), unit, sign)


def _years(ctx: Context, unit: str, n: int) -> Value | None:
    """`n` years from the year named earlier in the sentence ("In 1993 he lost, and four
    years later he won"), else from the reference time's, else from publication's: with
    nothing named, the report's own present is a narrative's first reference time (TimeML's
    document creation time), and a year is coarse enough that the story's present is its
    year ("up from $3m a year earlier", "losses doubled in the previous year"). A day,
    week or month is not guessed so (the story's days are seldom the publication's)."""
    if unit != "year" or (n > 0 and ctx.anchor_year is None and not grain(reference(ctx))):
        return None  # "four years later" after nothing named: not counted from publication
    if ctx.anchor_year is not None:
        return f"{ctx.anchor_year + n:04d}", "year"
    anchor = reference(ctx)
    if grain(anchor):
        return f"{int(anchor[:4]) + n:04d}", "year"
    return (f"{ctx.published.year + n:04d}", "year") if ctx.published else None


def unit_before(mt: re.Match[str], ctx: Context) -> Value | None:
    """"the day before", "the week before", "the day after", "the week later": one day or
    week from the reference time ("met both sides the week before", after "on Wednesday",
    16 April, is the week before that Wednesday's); a day counted from a week is not known."""
    return count_from(reference(ctx), mt.group("unit").lower(), _SIGN[mt.group("rel").lower()])


def same_day(ctx: Context) -> Value | None:
    """"the same day": the reference time's day; after a week or a month ("two weeks ago
    it heard both sides on the same day") a day of that period, at its precision; none
    without a reference."""
    anchor = reference(ctx)
    if grain(anchor) in ("week", "month") and "/" not in anchor:
        return anchor, grain(anchor)
    return count_from(anchor, "day", 0)


_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[.,;:!?)\]\"”—–]|$)|\s(?:and|but|or|when|while|as|in|at|on|with|to|for|from|during|because|after|before)\b")
"""What may follow "two days before" for it to count from the reference time: the end of
its phrase (a stop, a conjunction or a preposition), not an object of its own."""
_OBJECT = re.compile(
    r"\s(?:the|a|an|his|her|its|their|this|that|our|[A-Z][\w.-]*['’]s)\s((?:[\w-]+\s?){1,4})")
"""The noun phrase "before"/"after" takes ("the race", "the 1,500 metres final",
"Smith's arrest"): a determiner and up to four words."""
_PHRASE_ENDS = frozenset(
    "of in at on for with by to from when which that who whose where as and or but than while "
    "during because after before until".split())
_VERB_NEXT = frozenset(
    "was were is are had has have will would could can should may might did does do be been".split())


def counted(mt: re.Match[str], ctx: Context, count: int) -> Value | None:
    """"a week earlier", "two days later", "three months before", "two weeks after the
    hearing": N units from the reference time (`reference`; "four years later" from a year
    named earlier in its sentence), or, before or after a noun phrase, from the date of
    the happening it names (`noun_anchor`). "three days later than planned" (a comparison)
    and "a week before it closed" (a clause, whose date is not known) have no value."""
    unit = mt.group("unit").lower().rstrip("s")
    rel = mt.group("dir").lower()
    sign = _SIGN[rel] * count
    after = ctx.text[mt.end() : mt.end() + 120]
    if rel in ("later", "earlier"):
        if re.match(r"\s(?:than|on)\b", after):
            return None  # "three days later than planned": a comparison (`corefer`)
    elif not _CLAUSE_GOES_ON.match(after):
        obj = _OBJECT.match(after)
        head = _head(obj.group(1)) if obj else ""
        if not head:
            return None  # "a week before it closed": counted from a clause's time, not known
        anchor = noun_anchor(head, unit, ctx)
        return count_from(anchor, unit, sign, week_as_day=True) if anchor else None
    return _years(ctx, unit, sign) or count_from(reference(ctx), unit, sign, week_as_day=True)


def _head(words: str) -> str:
    """The head noun of the words after a determiner: the last before a word that ends the
    phrase (a preposition, a conjunction); "" when a verb follows (a clause: "the firm
    collapsed", "the court was told")."""
    found: list[str] = []
    for word in words.split():
        low = word.lower().strip(",.;:")
        if low in _PHRASE_ENDS:
            break
        if low in _VERB_NEXT or (found and low.endswith("ed") and len(low) > 4):
            return ""
        found.append(low)
        if word.endswith((",", ".", ";", ":")):
            break
    return found[-1] if found and found[-1].isalpha() else ""


_LETTERS = re.compile(r"[A-Za-z]+")


def noun_anchor(head: str, unit: str, ctx: Context) -> str:
    """The date of the happening the noun `head` names ("race" in "two days before the
    race"): the most recent date earlier in the source, fine enough for `unit`, whose
    sentence holds the noun or a verb of its stem ("vote" / "voted", "hearing" / "heard"),
    or a verb WordNet derives from the noun's first senses ("strike" / "walked out");
    failing that, one whose sentence holds a noun of the noun's WordNet definition ("race":
    "competition"). "" when none does (see the module's docstring for the limits)."""
    story = ctx.story
    if story is None:
        return ""
    candidates = [(d, a, b) for d, a, b in reversed(story.dates)
                  if d.end <= ctx.span[2] and grain(d.value) in _FINE_ENOUGH[unit]]
    if not candidates:
        return ""
    target = stem(head)
    synsets = senses.noun_synsets(head)
    gloss = senses.gloss_stems(head)
    seen: dict[tuple[int, int], set[str]] = {}

    def stems_of(a: int, b: int) -> set[str]:
        if (a, b) not in seen:
            seen[(a, b)] = set(stems([w.lower() for w in _LETTERS.findall(ctx.text[a:b])]))
        return seen[(a, b)]

    for d, a, b in candidates:
        b = min(b, ctx.span[2])  # the offset's own sentence: only what comes before it
        words = [w.lower() for w in _LETTERS.findall(ctx.text[a:b])]
        if target in stems_of(a, b) or (synsets and any(synsets & senses.verb_synsets(base) for base in _bases(words))):
            return d.value
    if gloss:
        for d, a, b in candidates:
            if gloss & stems_of(a, min(b, ctx.span[2])):
                return d.value
    return ""


def _bases(words: list[str]) -> set[str]:
    """The verb lemmas the words may be forms of ("heard" -> "hear", "walked out" ->
    "walk_out", `senses.phrasal`)."""
    found: set[str] = set()
    for i, w in enumerate(words):
        if w in verbs.BASE_OF:
            bases = {verbs.BASE_OF[w]}
        elif w.endswith("ed") and len(w) > 4:
            bases = {w[:-2], w[:-1]}
        elif w.endswith("ing") and len(w) > 5:
            bases = {w[:-3], w[:-3] + "e"}
        else:
            bases = {w[:-1]} if w.endswith("s") else {w}
        following = words[i + 1] if i + 1 < len(words) else ""
        found.update(senses.phrasal(base, following) for base in bases)
        found.update(bases)
    return found

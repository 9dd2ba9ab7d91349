"""Undated leads joined to the dated event of their happening, as citations only.

A source's lead often reports its news with no date ("Rivermark Motors has filed for
bankruptcy protection.", `annotate.leads`). News is what happened since the last edition
(AP Stylebook, "news"; Galtung and Ruge 1965, "The structure of foreign news": frequency,
a happening is news while it is fresh; Harcup and O'Neill 2017, "What is news?": recency),
so a lead that tells a done act tells one of the last days before its publication: at
most `LEAD_DAYS` (a week, a weekly's edition cycle and the span a daily's "last week"
reaches) before, or on, the day it was published. `attach` joins each lead to the one
dated group of that window that tells the same happening, and to nothing else:

- a shared participant that is no place (a place holds many happenings), the same act
  (the lead's main verb, `titleacts.act_verb`, among the group's verbs), `MIN_SHARED_STEMS`
  shared content stems, and no other number for a thing both count (`_other_count`:
  "has cut 2,000 jobs" is not "cut 500 jobs");
- of several such groups, the one more sources tell, then the one sharing more stems,
  then the later.

A lead never makes a group of its own (with no dated partner it is on no timeline) and
never votes: the event's date, title and summary come from its dated candidates
(`timeline.Index.events` reads `Candidate.undated`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Container, Iterable

from ..annotate.happenings import MIN_SHARED_STEMS
from ..annotate.stems import NO_HAPPENING, stem
from ..annotate.titleacts import act_verb, told_verbs
from ..annotation import Candidate
from .telling import day_of, in_event

LEAD_DAYS = 7
"""How many days before its publication a lead's happening may lie (see the module)."""


def _span(group: list[Candidate]) -> tuple[str, str] | None:
    """The first and last day of the date a group's event takes (its day, or the month of
    a group dated by a month); None for any other precision."""
    day, _ = day_of(group)
    if day:
        return day, day
    first = min(group, key=in_event)
    if first.precision == "day":
        return first.date[:10], first.date[:10]
    if first.precision == "month":
        return first.date + "-01", first.date + "-31"
    return None


_COUNTED = re.compile(r"(?<![\w.,])(\d[\d,.]*\d|\d)(?:\s(?:million|billion|thousand|per\s?cent|percent))?\s([a-z]{3,})")
"""A number and the noun it counts ("2,000 jobs", "40,000 pies", "3 million doses")."""


def _counts(sentence: str) -> dict[str, set[str]]:
    """The nouns a sentence counts -> the numbers it gives them ("cut 2,000 jobs" -> jobs: 2000)."""
    found: dict[str, set[str]] = defaultdict(set)
    for number, noun in _COUNTED.findall(sentence):
        found[stem(noun)].add(number.replace(",", "").rstrip("."))
    return found


def _other_count(lead: Candidate, group: list[Candidate]) -> bool:
    """Whether the lead counts a thing the group counts too by another number only ("has
    cut 2,000 jobs" and "cut 500 jobs on Monday": two cuts, or one the sources dispute;
    either way no citation for the other's figure)."""
    own = _counts(lead.sentence)
    theirs: dict[str, set[str]] = defaultdict(set)
    for c in group:
        for noun, numbers in _counts(c.sentence).items():
            theirs[noun] |= numbers
    return any(noun in theirs and not numbers & theirs[noun] for noun, numbers in own.items())


def _fits(lead: Candidate, group: list[Candidate], places: Container[str]) -> int:
    """How many content stems `lead` shares with `group` when it tells the group's
    happening (see the module), else 0."""
    if not {e for e in lead.entities if e not in places} & {e for c in group for e in c.entities}:
        return 0
    verb = act_verb(lead.title)
    if not verb or verb in NO_HAPPENING or verb not in {v for c in group for v in (act_verb(c.title), *told_verbs(c.title))}:
        return 0
    if _other_count(lead, group):
        return 0
    shared = len(set(lead.stems.split()) & {w for c in group for w in c.stems.split()})
    return shared if shared >= MIN_SHARED_STEMS else 0


def attach(groups: list[list[Candidate]], leads: Iterable[Candidate], places: Container[str] = frozenset()) -> list[list[Candidate]]:
    """`groups` (dated candidates, each one happening) with each lead appended to the group
    of its happening (see the module). A group a lead joins is a new list (the inputs may be
    kept by a `timeline.Index`); the others are returned as they came, in their order."""
    leads = list(leads)
    if not leads:
        return groups
    by_entity: dict[str, list[int]] = defaultdict(list)
    spans: dict[int, tuple[str, str]] = {}
    for i, group in enumerate(groups):
        span = _span(group)
        if span is None:
            continue
        spans[i] = span
        for entity in {e for c in group for e in c.entities}:
            by_entity[entity].append(i)
    result = list(groups)
    for lead in leads:
        published = dt.date.fromisoformat(lead.published)
        start = (published - dt.timedelta(days=LEAD_DAYS)).isoformat()
        best: tuple[int, int, str, int] | None = None
        for i in sorted({i for e in lead.entities if e not in places for i in by_entity.get(e, ())}):
            first, last = spans[i]
            if last < start or first > lead.published:
                continue
            shared = _fits(lead, groups[i], places)
            if shared:
                key = (len({c.source for c in groups[i]}), shared, first, -i)
                if best is None or key > best:
                    best = key
        if best is not None:
            i = -best[3]
            result[i] = [*result[i], lead]
    return result

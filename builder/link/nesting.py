"""Which timeline groups of different dates tell one happening (the link stage's joins
across dates; which candidates of one date do is `annotate.happenings.related_pairs`).

`join_nested` joins a group dated by a month, week or short range to another source's
group on a day inside it that shares an entity and two stems (compatible dates), a year's
to the one month of it telling the same happening (`_join_years`), and a day's to a day at
most `NEAR_DAYS` away that more sources give it (`_join_days`: the event lists the other
day). Candidates that name no entity join only when one nearly retells the other with the
same main verb (`happenings.retold`, `titleacts.title_verb`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Container
from dataclasses import replace

from ..annotate import senses, verbs
from ..annotate.attributions import present_perfect
from ..annotate.happenings import MIN_SHARED_STEMS, MIN_TOLD_STEMS, NEIGHBOURS, retold, told_alike
from ..annotate.likeness import defined_titles, retold_titles, same_kind, title_words
from ..annotate.stems import NO_HAPPENING, REPORTING, stem
from ..annotate.titleacts import PLANNED, act_verb, subject_noun, title_verb, told_verbs, verb_lemma
from ..annotation import Candidate
from .moves import move_superseded
from .spans import join_span_starts, plan_met


def _days(value: str, precision: str) -> tuple[str, str] | None:
    """The first and last day (YYYY-MM-DD) of the month, ISO week or range of days
    `value`, or None for a range longer than 31 days or any other precision."""
    if precision == "month":
        return value + "-01", value + "-31"
    if precision == "week":
        year, _, week = value.partition("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        sunday = monday + dt.timedelta(days=6) if monday < dt.date.max - dt.timedelta(days=6) else dt.date.max
        return monday.isoformat(), sunday.isoformat()
    first, _, last = value.partition("/")
    if len(first) == len(last) == 10 and first <= last and (
            dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days <= 31:
        return first, last
    return None


class _DayIndex:
    """Day groups by a key (an entity, a noun), each key's in date order, so that the day
    groups inside a period are found by bisection rather than by reading them all."""

    def __init__(self) -> None:
        self._dates: dict[str, list[str]] = defaultdict(list)
        self._groups: dict[str, list[int]] = defaultdict(list)

    def add(self, key: str, date: str, group: int) -> None:
        """Add day group `group` dated `date` (call in date order)."""
        self._dates[key].append(date)
        self._groups[key].append(group)

    def __bool__(self) -> bool:
        return bool(self._dates)

    def inside(self, key: str, days: tuple[str, str] | None) -> list[int]:
        """The day groups under `key` dated from `days[0]` to `days[1]`, in date order (at
        most `NEIGHBOURS`, the first ones)."""
        dates = self._dates.get(key)
        if not dates or days is None:
            return []
        lo = bisect.bisect_left(dates, days[0])
        hi = min(bisect.bisect_right(dates, days[1]), lo + NEIGHBOURS)
        return self._groups[key][lo:hi]


def _named_only(told: str) -> bool:
    """Whether a title only names a happening by a short noun phrase ("The polls", "The
    hearing"): no finite verb, at most four words."""
    return len(told.split()) <= 4 and not verbs.has_finite(told)


def join_nested(groups: list[list[Candidate]], places: Container[str] = frozenset()) -> list[list[Candidate]]:
    """Join a group dated by a month, a week or a short range of days ("filed for
    bankruptcy in June") to a group dated by a day inside it that another source tells
    ("filed for bankruptcy on June 1"; its own source may tell it too: "last week's
    conviction" in the lede, "who was convicted on Friday" below) when they share an entity and `MIN_SHARED_STEMS` content stems,
    a noun and its definition (`defined`) or a title the other retells (`retold_titles`), and tell one act (`_same_act`): compatible
    dates, one happening. A group that names no one joins the one day group inside its
    period that names who acts and tells the act with the same main verb (`_told_unnamed`:
    "The Commissioner opened an investigation last week" and "X has today opened an
    investigation into Y"). A group that
    only names its happening ("The polls") joins a day of its own source too, and a group
    whose date premodifies a noun ("ahead of the July polls") joins the one day group in its
    period whose date premodifies the same noun or one of its definition (`_named_day`):
    the source told the happening at that day ("Sunday's election"). Of two such days, the
    one more sources tell wins ("filed ... last month" joins the filing three sources date
    June 2, not the one dating it June 1), then the earlier. New lists are made for joined groups (the inputs may
    be kept by a `timeline.Index`); the others are returned as they came, in their order.
    A day that opens a range of days telling the same act joins the range
    (`spans.join_span_starts`; `places`: the ids of the dossier's places); a plan moved by a
    stated shift takes its new day (`moves.move_superseded`)."""
    groups = join_span_starts(groups, places)  # before a range is read as a period holding its first day
    result = list(groups)
    by_entity, by_noun, named_days = _DayIndex(), _DayIndex(), _DayIndex()
    for i, group in enumerate(groups):
        if group[0].precision == "day":
            date = group[0].date
            if any(c.entities for c in group):
                named_days.add("", date, i)
            for entity in sorted({e for c in group for e in c.entities}) or [""]:
                by_entity.add(entity, date, i)
            for noun in sorted({c.noun for c in group} - {""}):
                by_noun.add(noun, date, i)
    if not by_entity:
        return _join_years(result)
    absorbed: set[int] = set()
    for i, group in enumerate(groups):
        precision = group[0].precision
        if precision not in ("month", "week", "range") or any(_SPAN_FROM_YEAR.search(c.sentence) for c in group):
            continue
        days = _days(group[0].date, precision)
        entities = {e for c in group for e in c.entities}
        words = {w for c in group for w in c.stems.split()}
        thin = all(_named_only(c.title) for c in group)
        for entity in [*sorted(entities), ""]:
            target = max((j for j in by_entity.inside(entity, days)
                           if (thin or _told_again(group, result[j]))
                           and ((len(words & {w for c in result[j] for w in c.stems.split()}) >= MIN_SHARED_STEMS
                                 or any(defined_titles(a, b) or retold_titles(a, b) for a in {c.title for c in group}
                                        for b in {d.title for d in result[j]}))
                                and (thin or _same_act(group, result[j]))
                                if entity else _told_unnamed(group, result[j], words, bool(entities)))),
                         key=lambda j: (len({c.source for c in result[j]}), -j), default=None)
            if target is None and not entity and (not entities or all(_names_no_one(c.title) for c in group)):
                # no name (or none in what it tells: "Ambrose had estimated liabilities ... when
                # the company filed for bankruptcy last month"): the one day inside the period
                # that names who acts and tells the act
                found = [j for j in named_days.inside("", days) if _told_again(group, result[j])
                         and (_told_unnamed(group, result[j], words, True) or plan_met(group, result[j]))]
                target = found[0] if len(found) == 1 else None
            if target is not None:
                result[target] = result[target] + group
                absorbed.add(i)
                break
        else:
            target = _named_day(group, days, by_noun) if all(c.noun for c in group) else None
            if target is not None:
                result[target] = result[target] + group
                absorbed.add(i)
    kept = [group for i, group in enumerate(result) if i not in absorbed]
    return _join_said(_join_days(_join_years(move_superseded(kept))))


_SPAN_FROM_YEAR = re.compile(
    r"\b(?:from|between)\s(?:at\sleast\s|as\searly\sas\s)?(?:(?:early|late|mid-?)\s?)?(?:[A-Z][a-z]+\s)?\d{4},?\s"
    r"(?:through|to|until|till|and)\s")
"""A span that opens in a year ("from at least 2022 through March 2026", "between 2022 and
this year"): its closing month or day is a bound of the span, not the time of one
happening (TimeML: a TIMEX3 of type DURATION with begin and end points), so it never
joins a day's happening (review s20 f#6)."""


def _names_no_one(told: str) -> bool:
    """Whether a title names no participant: no capitalised word after its first ("The
    company filed for bankruptcy"; a name is capitalised, AP style), whatever names the
    rest of its sentence gives."""
    return not any(w[:1].isupper() for w in verbs.words_of(told)[1:])


def _told_unnamed(group: list[Candidate], day: list[Candidate], words: set[str], named: bool) -> bool:
    """Whether a period's group (its content stems `words`; `named`: it names an entity)
    tells the happening of a day group that names no entity: the same main verb (`act_verb`:
    a plan's is its infinitive, "is expected to declare" -> declare; not a
    reporting, aspectual or light one) and a near retelling (`retold`), or, when the
    period's group names who acts and the day's names no one (compatible participants,
    `compatible`), the same main verb and `MIN_TOLD_STEMS` shared stems (`told_alike`):
    "The FVSA opened a preliminary evaluation into the Aster in November" and "The agency
    opened its preliminary evaluation on November 18, 2024" (TimeML: a month's telling
    and a day inside it, the same event, the finer date kept)."""
    day_words = {w for c in day for w in c.stems.split()}
    # the day's verb forms too: its main verb may be read after a participle that
    # premodifies a noun ("X and 41 affiliated companies filed for ...")
    shared_verbs = {act_verb(c.title) for c in group} & {v for c in day for v in (act_verb(c.title), *told_verbs(c.title))} - {""}
    if not shared_verbs:
        return False
    if retold(words, day_words):
        return True
    return named and bool(shared_verbs - NO_HAPPENING) and told_alike(frozenset(words), frozenset(day_words))


def _same_act(group: list[Candidate], day: list[Candidate]) -> bool:
    """Whether a period's group tells the act a day's group tells, not only its participants:
    a word it names its happening by (`happening_words`: "were expelled last month" ->
    expel) among the day's content stems or happening words, or two words of one WordNet
    synset (`same_kind`: "walked out in March" and "the strike began on March 3"), or
    `MIN_TOLD_STEMS` shared content stems (a retelling, whichever clause its title took:
    "ending the dispute that shut the port for 15 days last month"). A
    month holds many happenings of one participant; a shared name and two shared words
    ("the club", "matches") do not make an expulsion of the arrests three weeks before it
    (TimeML's TLINK IDENTITY is between two tellings of one event, not of one participant).
    A period's telling with no such word has no act to tell apart, and passes: a
    telling whose main verb is a reporting one ("X told the committee last month that
    ...": the telling is the act, `stems.REPORTING`), a plan's verb alone ("is
    expected to announce next week": the planned act is its infinitive, `PLANNED`)."""
    told = {w for c in group if title_verb(c.title) not in REPORTING for w in happening_words(c)} - PLANNED
    if not told:
        return True
    day_words = {w for c in day for w in (*c.stems.split(), *happening_words(c))}
    if told & day_words or len({w for c in group for w in c.stems.split()} & day_words) >= MIN_TOLD_STEMS:
        return True
    return any(same_kind(a, b) for a in group for b in day)


def _alike(a: list[Candidate], b: list[Candidate]) -> bool:
    """Whether two groups tell one happening by the strict test of `_join_days` and
    `_join_years`: a shared entity, `MIN_SHARED_STEMS` shared content stems and the same
    main verb (not a reporting, aspectual or light one)."""
    return bool({e for c in a for e in c.entities} & {e for c in b for e in c.entities}) and (
        len({w for c in a for w in c.stems.split()} & {w for c in b for w in c.stems.split()}) >= MIN_SHARED_STEMS) and bool(
        ({title_verb(c.title) for c in a} & {title_verb(c.title) for c in b}) - NO_HAPPENING - {""})


def _join_years(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join a group dated by a year to the one group of another source dated by a month of
    that year that tells the same happening (`_alike`: "Park pleaded guilty last year" and
    "Park, who pleaded guilty in March 2024"): compatible dates, the finer one kept. With two
    such months it stays (a year holds many happenings)."""
    months: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        if g[0].precision == "month":
            months[g[0].date[:4]].append(i)
    if not months:
        return groups
    result, absorbed = list(groups), set()
    for i, g in enumerate(groups):
        if g[0].precision != "year" or len({c.date for c in g}) != 1:
            continue
        told = {c.source for c in g}
        found = [j for j in months.get(g[0].date, [])[:NEIGHBOURS]
                 if not told & {c.source for c in groups[j]} and _alike(g, groups[j])]
        if len(found) == 1:
            result[found[0]] = result[found[0]] + g
            absorbed.add(i)
    return [g for i, g in enumerate(result) if i not in absorbed]


NEAR_DAYS = 3
"""How many days apart two sources may date one happening (`_join_days`)."""


def _join_days(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join a day's group to a group of a day at most `NEAR_DAYS` away that more sources tell
    when they are one happening dated differently: no source in both, a shared entity, the
    same main verb (not a reporting, aspectual or light one) and `MIN_SHARED_STEMS` shared
    content stems ("Hollis & Reed, which filed for Chapter 11 on June 1" against three sources'
    "filed ... on June 2"). The joined group keeps both days; the event takes the day most
    sources give and lists the other (`Event.other_dates`): a date the sources dispute, as
    a disputed count is shown (TimeML's TLINK IDENTITY holds between the two tellings).
    Groups stay in their order; the majority's group takes the minority's candidates."""
    days = [(i, g) for i, g in enumerate(groups) if g[0].precision == "day" and len({c.date for c in g if c.precision == "day"}) == 1]
    sources = {i: {c.source for c in g} for i, g in days}
    ordinals = {i: dt.date.fromisoformat(g[0].date[:10]).toordinal() for i, g in days}
    joined: dict[int, int] = {}
    for n, (i, small) in enumerate(days):
        told = sources[i]
        best = None
        for j, big in days[max(0, n - NEIGHBOURS): n + NEIGHBOURS]:
            if j == i or j in joined or len(sources[j]) <= len(told) or told & sources[j]:
                continue
            if abs(ordinals[j] - ordinals[i]) > NEAR_DAYS:
                continue
            if not _alike(small, big):
                continue
            if best is None or len(sources[j]) > len(sources[best]):
                best = j
        if best is not None and i not in joined.values():
            joined[i] = best
    if not joined:
        return groups
    result = list(groups)
    for i, j in joined.items():
        result[j] = result[j] + groups[i]
    return [g for i, g in enumerate(result) if i not in joined]


def _told_again(group: list[Candidate], day: list[Candidate]) -> bool:
    """Whether a period's group may join a day's group by what their sources tell: the day
    is told by another source, and each of the group's sources that tells the day too
    names there a happening (`happening_words`) the period's telling names as well (a
    lede's "last week's conviction" and "who was convicted on Friday" below it; not a
    lede's election day and "returned to Cambodia this month", nor "would be eligible to
    receive a free case" on a day and "received criticism last month")."""
    told = {c.source for c in day}
    if told <= {c.source for c in group}:
        return False
    return all(any(happening_words(c) & set(own.stems.split()) for c in day if c.source == own.source)
               for own in group if own.source in told)


def happening_words(c: Candidate) -> frozenset[str]:
    """The stems a candidate names its happening by: its title's verbs (`told_verbs`), the
    noun heading its subject (`subject_noun`) and its event nouns ("convicted", "The
    conviction of X" -> convict)."""
    return frozenset(told_verbs(c.title) | {subject_noun(c.title)} | set(c.nouns.split())) - {""} - NO_HAPPENING


def _named_day(group: list[Candidate], days: tuple[str, str] | None, by_noun: _DayIndex) -> int | None:
    """The day group inside `group`'s period (`days`) whose date names the same happening by its noun
    ("the July polls" -> "Sunday's general election": `Candidate.noun` is the noun a date
    premodifies), the noun itself or one of its definitions' (`senses.gloss_stems` of every
    happening sense: a poll is "the counting of votes (as in an election)"); None when there
    is none or more than one."""
    found: set[int] = set()
    for c in group:
        lemma = next((w for w in title_words(c.sentence) if stem(w) == c.noun), c.noun)
        for key in {c.noun} | senses.gloss_stems(lemma, every=True):
            found.update(by_noun.inside(key, days))
    return found.pop() if len(found) == 1 else None


_SAID_ON = re.compile(
    r",\s(?:[\w’'&.()-]+\s){1,6}(?:said|says|confirmed|confirms|announced|announces|stated|reported|added|told\s\w+)\s"
    r"(?:(?:late\s|early\s)?on\s(?:[\w-]+\s){0,2}[\w-]+|today|yesterday|this\s\w+)[.!?]?[\"”’]?$")
"""A closing attribution dated by its own day at a sentence's end (", health officials
confirmed on Thursday.", ", the agency said on 28 January."): AP style dates the report
on its verb of saying."""


def _said_on(c: Candidate) -> bool:
    """Whether a candidate of a day is dated by the closing attribution of its sentence
    (`_SAID_ON`) and tells its act in the present perfect ("A child has died ..., officials
    confirmed on Thursday"; `present_perfect`): that takes no definite time of the past, so
    the date is the saying's (Quirk et al. 1985, ch. 4). A simple past keeps the date
    ("Shares fell 5 percent, the exchange said on Tuesday": the fall may be of that day)."""
    if not _SAID_ON.search(c.sentence.rstrip()):
        return False
    words = [w.lower() for w in verbs.words_of(c.title)]
    first = verbs.first_finite(tuple(words))
    after = words[first + 1] if 0 <= first < len(words) - 1 else ""
    # (`present_perfect` reads a participle in -ed of five letters or more: "has died" too)
    return present_perfect(c.title) or (words[first] in ("has", "have") and after.endswith("ed")
                                        and (verb_lemma(after) != after or bool(senses.verb_synsets(after[:-1]))))


def _join_said(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join a day's group dated only by closing attributions ("A child has died of
    complications from measles, health officials confirmed on Thursday": `_said_on`) to the
    one group of a day at most `NEAR_DAYS` before it that tells the same act (`act_verb`,
    not a reporting, aspectual or light one) with `MIN_SHARED_STEMS` shared content stems
    ("The child died in hospital on Wednesday evening"), from any source: the date dates
    the saying, not the happening (TimeML's TLINK of a time to the verb it modifies; AP
    style puts the day of the report on "said"), so it makes no second entry; its
    candidates take the happening's day (review19 c#1, review s20 e#10)."""
    days = [(i, g) for i, g in enumerate(groups) if g[0].precision == "day" and len({c.date for c in g}) == 1]
    result, absorbed = list(groups), set()
    for n, (i, group) in enumerate(days):
        acts = {act_verb(c.title) for c in group}
        if len(acts) != 1 or acts & NO_HAPPENING or "" in acts or not all(_said_on(c) for c in group):
            continue
        day = dt.date.fromisoformat(group[0].date[:10]).toordinal()
        words = {w for c in group for w in c.stems.split()}
        found = [j for j, other in days[max(0, n - NEIGHBOURS) : n]
                 if j not in absorbed and 0 < day - dt.date.fromisoformat(other[0].date[:10]).toordinal() <= NEAR_DAYS
                 and acts <= {act_verb(c.title) for c in other}
                 and len(words & {w for c in other for w in c.stems.split()}) >= MIN_SHARED_STEMS]
        if len(found) == 1:
            j = found[0]
            result[j] = result[j] + [replace(c, date=groups[j][0].date) for c in group]
            absorbed.add(i)
    return [g for i, g in enumerate(result) if i not in absorbed]

"""A happening told by its first day and by its whole span: "its first public hearing on
14 September" and "public hearings from 14 to 17 September" are one entry, on the span;
a plan for a span met on a day inside it ("would begin work later this month", "started
on Monday": `plan_met`).

`join_span_starts` is a pass of `nesting.join_nested`: a short range of days is not a
vague period holding many happenings (as a month is) but the extent of one (TimeML: a
TIMEX3 DURATION anchored by its begin and end points); a day of another source that is its
first day and tells the same act is its beginning, told alone.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from ..annotate import senses, verbs
from ..annotate.happenings import MIN_SHARED_STEMS
from ..annotate.stems import NO_HAPPENING, stem
from ..annotate.titleacts import act_verb, plan, subject_head, subject_noun, verb_lemmas
from ..annotation import Candidate


def _apart(group: list[Candidate], places: Container[str]) -> tuple[set[str], set[str]]:
    """A group's places and its other entities."""
    named = {e for c in group for e in c.entities}
    return {e for e in named if e in places}, {e for e in named if e not in places}


def _meets(a: set[str], b: set[str]) -> bool:
    """One set is empty, or they share one."""
    return not a or not b or not a.isdisjoint(b)


def _one_act(a: list[Candidate], b: list[Candidate]) -> bool:
    """Whether two groups tell one act: `MIN_SHARED_STEMS` shared content stems and a shared
    event noun ("hearing", `Candidate.nouns`, or the subject's: "The trial ... will open",
    `subject_noun`) or main verb (`act_verb`, not a reporting,
    aspectual or light one)."""
    stems_a = {w for c in a for w in c.stems.split()}
    stems_b = {w for c in b for w in c.stems.split()}
    if len(stems_a & stems_b) < MIN_SHARED_STEMS:
        return False
    nouns = ({w for c in a for w in (*c.nouns.split(), subject_noun(c.title))}
             & {w for c in b for w in (*c.nouns.split(), subject_noun(c.title))}) - {""}
    acts = ({act_verb(c.title) for c in a} & {act_verb(c.title) for c in b}) - NO_HAPPENING - {""}
    return bool(nouns or acts)


def join_span_starts(groups: list[list[Candidate]], places: Container[str] = frozenset()) -> list[list[Candidate]]:
    """Join each group of a day to the one group of a range of days (at most 31) that opens
    on that day, from another source, naming no different participant (places and the
    other entities apart: "the OER's inquiry" and "the inquiry ... in Lenham") and telling
    one act (`_one_act`); the day's candidates take the range's dates, so the entry is the
    span's. Two such ranges, or none: the day stays. Groups stay in their order."""
    starts: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        c = g[0]
        if c.precision == "range" and len({d.date for d in g}) == 1:
            first, _, last = c.date.partition("/")
            if len(first) == len(last) == 10 and first < last:
                starts.setdefault(first, []).append(i)
    if not starts:
        return groups
    result, absorbed = list(groups), set()
    for i, g in enumerate(groups):
        if g[0].precision != "day" or len({c.date for c in g}) != 1 or g[0].date not in starts:
            continue
        own_places, own_others = _apart(g, places)
        told = {c.source for c in g}
        found = [j for j in starts[g[0].date] if not told & {c.source for c in groups[j]}
                 and _meets(own_places, _apart(groups[j], places)[0]) and _meets(own_others, _apart(groups[j], places)[1])
                 and _one_act(g, groups[j])]
        if len(found) == 1:
            j = found[0]
            span = groups[j][0]
            result[j] = result[j] + [replace(c, date=span.date, precision=span.precision) for c in g]
            absorbed.add(i)
    return [g for i, g in enumerate(result) if i not in absorbed]


def plan_met(group: list[Candidate], day: list[Candidate]) -> bool:
    """Whether a period's plan is met by a day's telling inside the period: the plan's subject
    head and the day's have one stem ("Reviewers would begin work later this month" and
    "The independent review ... started on Monday": the agent noun and its verb's noun,
    Snowball's stem) and the plan's verb shares a WordNet synset with one of the day's
    verbs (begin, start). A plan and its fulfilment are one happening (Saurí and
    Pustejovsky 2009, FactBank), the fulfilment's day kept."""
    told = [(stem(subject_head(w, f).lower()), verb_lemmas(d.title).values())
            for d in day if (f := verbs.first_finite(w := verbs.words_of(d.title))) > 0]
    for c in group:
        subject, act = plan(c.title)
        lemma = verb_lemmas(c.title).get(act_verb(c.title), "")
        if not act or not subject or not lemma:
            continue
        meant = senses.verb_synsets(lemma)
        if any(head == stem(subject) and any(meant & senses.verb_synsets(v) for v in lemmas) for head, lemmas in told):
            return True
    return False

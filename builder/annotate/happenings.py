"""Which timeline candidates tell one happening: the rules.

`related_pairs` tells `timeline.merge_date` which candidates of one date report the same
happening: the same noun named by the date ("Sunday's election", "the July 28
elections"), or a shared entity and at least two shared content stems (Snowball English
stemmer, `stems.py`) of the sentence outside names, or a shared event noun
(`eventnouns.event_nouns`). `link.nesting.join_nested` then joins the groups of
different dates that tell one happening. Candidates that name no entity join only when
one nearly retells the other with the same main verb (`retold`, `titleacts.title_verb`), or
name the happening by its noun (`_named_pairs`). The stems and event nouns are made per
source (`events.py`); the verbs a title tells its act by are `titleacts.py`'s, the kinship of
two tellings by WordNet `likeness.py`'s.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Container, Iterable
from collections.abc import Set as AbstractSet

from ..annotation import Candidate
from . import senses, verbs
from .alternation import alternated_pairs
from .announcements import announced_pairs
from .eventnouns import event_noun_words
from .fulfilment import done_as_planned
from .likeness import defined, same_kind, two_acts
from .stems import NO_HAPPENING, stem, stems
from .titleacts import act_verb, plan, subject_head, subject_word, title_verb, told_verbs, verb_lemma, verb_lemmas

MIN_SHARED_STEMS = 2
"""Content stems two candidates with a shared entity need in common to be one happening."""
MIN_RETOLD_STEMS = 4
RETOLD_OTHER = 6
"""Two candidates with no entity are one happening only when they share `MIN_RETOLD_STEMS`
content stems and the shorter has at most one other in `RETOLD_OTHER` (`retold`)."""
HEADLINE_STEMS = 2
"""A source's headline (its first paragraph) and a sentence of its body on the same date
tell one happening when they share this many content stems: a headline states the
story's lead in other words (`related_pairs`)."""
NEIGHBOURS = 64
"""How many earlier candidates naming an entity each candidate is compared with, and how
many day groups inside a period `nesting.join_nested` tries for each of its entities."""


def related_pairs(items: list[Candidate], places: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """Pairs of indices into `items` (candidates of one date) that report the same
    happening: the same head noun, or a shared entity and either `MIN_SHARED_STEMS` shared
    content stems or a shared event noun (`event_nouns`: "The trial of X opened on Monday"
    and "... as X went on trial on Monday"), or a headline and a sentence of its own
    story sharing `HEADLINE_STEMS` (paragraph 1 is the headline); on a day, also a shared entity and the same main verb
    told by two sources ("A jury convicted X on Friday" and "X, who was convicted on Friday"), one speaker's saying
    two sources tell (`announced_pairs`), a happening named by its noun and another source's telling (`_named_pairs`). A year holds many
    happenings: there a shared entity needs `YEAR_STEMS` stems or a shared event noun
    (`_coarse`). `places`: the ids of the dossier's places. Each candidate is compared with
    at most `NEIGHBOURS` earlier ones per entity, so a date with thousands of candidates
    stays linear."""
    pairs: list[tuple[int, int]] = (_named_pairs(items, places) + _stated_pairs(items) + _nominal_pairs(items, places)
                                    + _planned_pairs(items, places) + alternated_pairs(items, places) + announced_pairs(items, places))
    coarse = bool(items) and _coarse(items[0].precision)
    by_noun: dict[str, int] = {}
    by_entity: dict[str, list[int]] = defaultdict(list)
    by_event_noun: dict[str, list[int]] = defaultdict(list)
    by_verb: dict[str, list[int]] = defaultdict(list)
    by_told_verb: dict[str, list[int]] = defaultdict(list)
    stem_sets = [frozenset(c.stems.split()) for c in items]
    noun_sets = [frozenset(c.nouns.split()) for c in items]
    headlines = {c.source: i for i, c in enumerate(items) if c.paragraph == 1}
    for i, c in enumerate(items):
        if c.paragraph != 1 and (h := headlines.get(c.source)) is not None and len(stem_sets[h] & stem_sets[i]) >= HEADLINE_STEMS:
            pairs.append((h, i))  # "Inquiry into port strike to report next month" and "will publish its findings next month"
        if c.noun:
            if c.noun in by_noun:
                pairs.append((by_noun[c.noun], i))
            else:
                by_noun[c.noun] = i
        checked: set[int] = set()
        for entity in c.entities:
            for j in by_entity[entity][-NEIGHBOURS:]:
                if j not in checked:
                    checked.add(j)
                    if coarse:
                        if len(stem_sets[i] & stem_sets[j]) >= YEAR_STEMS or noun_sets[i] & noun_sets[j]:
                            pairs.append((j, i))
                    elif ((len(stem_sets[i] & stem_sets[j]) >= MIN_SHARED_STEMS or noun_sets[i] & noun_sets[j]
                            or same_kind(items[j], c) or defined(items[j], c) or _same_verb(items[j], c))
                            and not two_acts(items[j], c)):
                        pairs.append((j, i))
            by_entity[entity].append(i)
        if not c.entities:
            pairs += [(j, i) for j in by_entity[""][-NEIGHBOURS:]
                      if retold(stem_sets[i], stem_sets[j]) and title_verb(c.title) == title_verb(items[j].title) != ""]
            by_entity[""].append(i)
        # Told without a shared name ("The union began its strike" and "Dock workers at Port
        # X went on strike"; "a bankruptcy judge approved $200 million in financing" and
        # "Judge Y approved a $200 million loan"): the same event noun, or the same main verb
        # and `MIN_TOLD_STEMS` stems, when the two name no different participants (one names
        # none, or they share one, places and others apart: "Britain's regulator fined X" and
        # "The Commission fines X", `_compatible_places`). Across sources only: within one story two
        # sentences of one date tell two happenings ("Stock markets continued to fall" and
        # "The index continued to fall").
        for noun in noun_sets[i]:
            for j in by_event_noun[noun][-NEIGHBOURS:]:
                if (j not in checked and items[j].source != c.source and _compatible_places(c.entities, items[j].entities, places)
                        and not two_acts(items[j], c)):
                    checked.add(j)
                    pairs.append((j, i))
            by_event_noun[noun].append(i)
        verb = title_verb(c.title)
        if verb and verb not in NO_HAPPENING:
            for j in by_verb[verb][-NEIGHBOURS:]:
                if (j not in checked and items[j].source != c.source and _compatible_places(c.entities, items[j].entities, places)
                        and told_alike(stem_sets[i], stem_sets[j])):
                    checked.add(j)
                    pairs.append((j, i))
            by_verb[verb].append(i)
        if not coarse:
            for told in told_verbs(c.title) - NO_HAPPENING:
                for j in by_told_verb[told][-NEIGHBOURS:]:
                    if j not in checked and items[j].source != c.source and _retelling(c, items[j], stem_sets[i], stem_sets[j]):
                        checked.add(j)
                        pairs.append((j, i))
                by_told_verb[told].append(i)
    return pairs


def _planned_pairs(items: list[Candidate], places: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """Pairs of candidates of one day where one tells a plan for the day (`plan`: "The
    judge will deal with costs at a hearing on 11 December") and exactly one candidate of
    another source published on the day or after tells it done (`_fulfils`: "A High Court
    judge on Friday refused permission to appeal and ordered each side to pay its own legal
    costs"): the report after the fact of what was planned (TimeML: a modal or future event
    and its realisation are one event when their arguments agree, Saurí and Pustejovsky
    2009, FactBank; "will" and the semi-auxiliaries of future time, Quirk et al. 1985,
    §4.54). Another act of the subject that day shares no word of the plan's act and stays apart."""
    pairs: list[tuple[int, int]] = []
    if not items or items[0].precision != "day":
        return pairs
    for i, c in enumerate(items):
        subject, act = plan(c.title)
        if not act:
            continue
        found = [j for j, other in enumerate(items) if other.source != c.source and other.published >= other.date
                 and not plan(other.title)[1] and _fulfils(c, subject, act, other, places)]
        if len(found) == 1:
            pairs.append((min(i, found[0]), max(i, found[0])))
    return pairs


def _fulfils(c: Candidate, subject: str, act: frozenset[str], other: Candidate, places: Container[str]) -> bool:
    """Whether `other` tells done the plan `c` tells (its subject head `subject` and act stems
    `act`, `plan`): a stem of the act and the same subject head or a shared name; or the
    act's verb with the plan's object as its subject ("The agency would open clinics" and
    "the clinics opened": the causative alternation, Levin 1993, §1.1.2.1); or, for a plan
    whose subject names a happening (`subject_word`, or the subject of a light verb, which
    carries no act of its own: "A donors' conference will be held", "The resit will take
    place"; Sinclair 1990, §3.8), `MIN_SHARED_STEMS` of its subject's stems (its one) and no
    different participant but places ("International donors pledged $1.3 billion"); or,
    with a shared name, the other's main verb in a sense of the plan's event noun ("would
    make a statement to parliament" and "told MPs": WordNet's state, say, tell; `_noun_senses`); or `done_as_planned`."""
    words = verbs.words_of(other.title)
    first = verbs.first_finite(words)
    head = subject_head(words, first).lower() if first > 0 else ""
    told, shared, verb = frozenset(other.stems.split()), not set(c.entities).isdisjoint(other.entities), act_verb(c.title)
    lemma = verb_lemmas(other.title).get(title_verb(other.title), "")
    own = verbs.words_of(c.title)
    said = frozenset(stems([w.lower() for w in own[: verbs.first_finite(own)]]))
    return ((bool(act & told) and ((bool(subject) and head == subject) or shared))
            or (shared and bool(lemma) and any(_noun_senses(w.lower()) & senses.verb_synsets(lemma)
                                               for w in own if stem(w.lower()) in c.nouns.split()))
            or (bool(head) and act_verb(other.title) == verb and stem(head) in act - {verb}) or done_as_planned(c, verb, act, other, places)
            or ((bool(subject_word(c.title)) or verb in NO_HAPPENING) and len(said & told) >= min(MIN_SHARED_STEMS, len(said)) > 0
                and _meets({e for e in c.entities if e not in places}, {e for e in other.entities if e not in places})))


def _retelling(a: Candidate, b: Candidate, stems_a: frozenset[str], stems_b: frozenset[str]) -> bool:
    """Whether two candidates of one date from two sources with a verb of their titles in
    common (`told_verbs`, its participles too) tell one happening: on a day, `RETELLING_STEMS`
    shared content stems whatever names they give; in a month or week (a period both
    sources tell less precisely), names that allow one happening (`compatible`) and
    `MIN_TOLD_STEMS` ("which were built after a supplier changed the fuel-pump relay in
    August 2023" and "the relay supplier had changed the part in August 2023")."""
    if a.precision == "day":
        return len(stems_a & stems_b) >= RETELLING_STEMS
    return compatible(a.entities, b.entities) and told_alike(stems_a, stems_b)


RETELLING_STEMS = 6
"""Content stems two candidates of one day from two sources with a verb of their titles in
common (`told_verbs`: "considered the proposal and unanimously rejected it" and "had
rejected the proposal") need in common to be one happening whatever names they give: a
retelling in other words, its names differing in asides ("The Board, which has been
advised by X, ...") or in how each source names the actor ("Its board", "The Board").
Twice `MIN_TOLD_STEMS`: the same verb, day and six content words are one happening in
the manner of near-duplicate detection (Broder 1997, resemblance of shingles)."""
YEAR_STEMS = 3
"""Content stems two candidates dated by a year (or a coarser period) need in common with
a shared entity: a year holds many happenings of one company ("inflated its revenue in
2022" and "was valued at $1.1 billion in a funding round in 2022"), so a shared name and
a kinship of words (`same_kind`, `defined`) join only the candidates of a shorter period
(TimeML's granularity: the coarser the anchor, the weaker it is as evidence of one event)."""


def _coarse(precision: str) -> bool:
    """Whether a precision is a year or coarser (`YEAR_STEMS`)."""
    return precision in ("year", "decade", "century")


def _same_verb(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates of one day from two sources tell their happening with the same
    main verb (`act_verb`), not a reporting, aspectual or light one ("A federal jury
    convicted X" and "X was convicted"; "X was forced to sell euros" and "X sold reserves"):
    with a shared entity (the caller's), one happening."""
    if a.precision != "day" or a.source == b.source:
        return False
    verb = act_verb(a.title)
    return bool(verb) and verb not in NO_HAPPENING and verb == act_verb(b.title)


def _nominal_pairs(items: list[Candidate], places: Container[str]) -> list[tuple[int, int]]:
    """Pairs of candidates of one day where one names the happening by a noun its date
    premodifies (`Candidate.noun`: "Thursday's decision", "the June 11 cut") and exactly one
    candidate of another source, naming no different participant (`_compatible_places`),
    tells it by the noun's verb (`act_verb`): the verb WordNet derives the noun from
    ("decision" -> decided, "cut" -> cut; Quirk et al. 1985, §17.51-17.54, deverbal nouns),
    or the infinitive complementing the noun ("Thursday's decision to cut the base rate"
    and "The bank cut its main rate on Thursday": what was decided that day is what was
    done that day, Quirk et al. 1985, §17.22, the to-infinitive postmodifying a noun). Only
    one such telling of each, so that two cuts of one day stay two."""
    pairs: list[tuple[int, int]] = []
    if not any(c.noun for c in items) or items[0].precision != "day":
        return pairs
    acts = [(j, verb, other) for j, other in enumerate(items)
            if (verb := act_verb(other.title)) and verb not in NO_HAPPENING]  # once per date, not per noun
    for i, c in enumerate(items):
        if not c.noun:
            continue
        lower = [w.lower() for w in verbs.words_of(c.sentence)]
        at = next((k for k, w in enumerate(lower) if stem(w) == c.noun), -1)
        if at < 0:
            continue
        word = lower[at]
        told = _noun_senses(word)
        infinitive = stem(verb_lemma(lower[at + 2])) if lower[at + 1 : at + 2] == ["to"] and at + 2 < len(lower) else ""
        others = [(j, verb, other.title) for j, verb, other in acts
                  if other.source != c.source and _compatible_places(c.entities, other.entities, places)]
        for found in ([j for j, verb, title in others if _derived(verb, title, c.noun, told)],
                      [j for j, verb, _ in others if infinitive and verb == infinitive]):
            if len(found) == 1:
                pairs.append((min(i, found[0]), max(i, found[0])))
    return pairs


def _derived(verb: str, title: str, noun: str, told: frozenset[int]) -> bool:
    """Whether a title whose act is `verb` (a stem) tells it by the verb of a noun (stem
    `noun`, the verb synsets it derives from `told`)."""
    if verb == noun:
        return True
    lemma = verb_lemmas(title).get(verb, "")
    return bool(lemma) and bool(told & senses.verb_synsets(lemma))


def _noun_senses(word: str) -> frozenset[int]:
    """The verb synsets a happening's noun stands for (`senses.noun_synsets`, a plural's
    singular's), or a gerund's verb's ("sentencing" -> sentence)."""
    found = senses.noun_synsets(word) or (senses.noun_synsets(word[:-1]) if word.endswith("s") else frozenset())
    return found or (senses.verb_synsets(verb_lemma(word)) if word.endswith("ing") else frozenset())


def _named_pairs(items: list[Candidate], places: Container[str]) -> list[tuple[int, int]]:
    """Pairs of candidates of one date where one names the happening by its noun (its title's
    subject, `subject_noun`: "The strike began on March 3"; or the noun a light verb carries,
    `event_noun_words`: "Judge Y set sentencing for Feb. 12") and exactly one candidate of
    another source tells a happening by that word: among its content stems, naming no
    different participant (the places and the other entities apart: "An auction is scheduled for July 15 in
    New York" and "Castellan won the auction on Tuesday"), or as its verb in a sense of
    the noun (WordNet: "is due to be sentenced on February 12", not "struck a deal" for a
    strike), naming no different place (the noun left who is sentenced unsaid). A
    nominalisation and its verb tell one happening (Quirk et al. 1985, §17.51-17.54,
    deverbal nouns); only one such telling, so that two strikes of one day stay two."""
    pairs: list[tuple[int, int]] = []
    stem_sets = [frozenset(c.stems.split()) for c in items]
    # the candidates that may tell a noun: those with it among their stems or verb forms
    # (`_names`), found by the noun instead of by comparing every pair of the date
    nouns = [{stem(w): w for w in (subject_word(c.title), *(w.lower() for w in event_noun_words(c.sentence))) if w}
             for c in items]
    wanted = {noun for named in nouns for noun in named}
    if not wanted:
        return pairs
    telling = _indexed((stem_sets[j] | verb_lemmas(c.title).keys() for j, c in enumerate(items)), wanted)
    # each candidate's places and other entities, apart
    split = [(frozenset(e for e in c.entities if e in places), frozenset(e for e in c.entities if e not in places))
             for c in items]
    meeting = _Meeting([own for own, _ in split])
    for i, (c, named) in enumerate(zip(items, nouns, strict=True)):
        (own_places, own_others) = split[i]
        for noun, word in sorted(named.items()):
            found = list(itertools.islice((
                j for j in meeting.among(telling.get(noun, ()), own_places) if (other := items[j]).source != c.source
                and _names(noun, word, other, stem_sets[j])
                and (noun in verb_lemmas(other.title) or _meets(own_others, split[j][1]))), 2))
            if len(found) == 1:
                pairs.append((min(i, found[0]), max(i, found[0])))
                break
    return pairs


_COPULAS = frozenset("is are was were be remains remained".split())


def _stated_pairs(items: list[Candidate]) -> list[tuple[int, int]]:
    """Pairs of candidates of one date where one only states the date as its subject's (the
    date the complement of a copula: "The bid deadline under the Takeover Code remains 9
    June", its title the subject, a noun phrase of two words or more, with the copula or
    without it) and exactly one candidate of another source,
    naming no different participant (`compatible`), shares a content stem with that
    subject ("Under UK takeover rules, X has until 5 p.m. on 9 June to announce a firm
    offer"): the subject complement identifies the subject with the date (Quirk et al.
    1985, §16.21, subject complements), so the subject names what the other source tells
    of that day; with two such candidates it stays (which one is unsaid)."""
    pairs: list[tuple[int, int]] = []
    subjects: list[tuple[int, frozenset[str]]] = []
    for i, c in enumerate(items):
        if _coarse(c.precision):
            continue  # a year holds many happenings
        words = verbs.words_of(c.title)
        if words and words[-1].lower() in _COPULAS:
            words = words[:-1]
        elif words and words[-1][-1:] == "s" and senses.verb_synsets(verb_lemma(words[-1].lower())):
            continue  # a present the tagger leaves ("Boeing's contract to produce the aircraft expires")
        if len(words) < 2 or verbs.first_finite(words) >= 0:
            continue
        subjects.append((i, frozenset(stems([w.lower() for w in words]))))
    if not subjects:
        return pairs
    by_stem = _indexed((frozenset(c.stems.split()) for c in items), {s for _, subject in subjects for s in subject})
    meeting = _Meeting([frozenset(c.entities) for c in items])
    for i, subject in subjects:
        sharing = set().union(*(by_stem.get(s, ()) for s in subject))
        found = list(itertools.islice(
            (j for j in meeting.among(sharing, frozenset(items[i].entities)) if items[j].source != items[i].source), 2))
        if len(found) == 1:
            pairs.append((min(i, found[0]), max(i, found[0])))
    return pairs


def _indexed(keys: Iterable[AbstractSet[str]], wanted: set[str]) -> dict[str, list[int]]:
    """Each `wanted` key -> the indices (ascending) of the key sets holding it."""
    found: dict[str, list[int]] = defaultdict(list)
    for j, held in enumerate(keys):
        for key in wanted.intersection(held):
            found[key].append(j)
    return found


class _Meeting:
    """The candidates of a date by entity, to find those `compatible` with one's entities."""

    def __init__(self, entities: list[frozenset[str]]) -> None:
        self._by_entity = _indexed(entities, {e for held in entities for e in held})
        self._bare = {j for j, held in enumerate(entities) if not held}

    def among(self, indices: Iterable[int], own: frozenset[str]) -> list[int]:
        """Those of `indices` whose entities allow one happening with `own` (one names none,
        or they share one), ascending."""
        if not own:
            return sorted(indices)
        return sorted(self._bare.union(*(self._by_entity.get(e, ()) for e in own)).intersection(indices))


def _names(noun: str, word: str, other: Candidate, stems: frozenset[str]) -> bool:
    """Whether `other` tells the happening the noun `word` (stem `noun`) names: as its verb in
    a sense of the noun ("sentenced", not "struck a deal" for a strike), else among its
    content stems."""
    lemmas = verb_lemmas(other.title)
    if noun in lemmas:
        return bool(_noun_senses(word) & senses.verb_synsets(lemmas[noun]))
    return noun in stems


def _meets(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """`compatible` of two sets of entities: one is empty, or they share one."""
    return not a or not b or not a.isdisjoint(b)


def _compatible_places(a: tuple[str, ...], b: tuple[str, ...], places: Container[str]) -> bool:
    """`_meets` of the places and of the other entities apart: a place one names where the
    other names none is no other participant ("scheduled in New York" and "Castellan won")."""
    return _meets({e for e in a if e in places}, {e for e in b if e in places}) and _meets(
        {e for e in a if e not in places}, {e for e in b if e not in places})


MIN_TOLD_STEMS = 3
"""Content stems two candidates with the same main verb and no shared name need in common."""


def told_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two candidates with the same main verb share `MIN_TOLD_STEMS` content stems, or
    all of the shorter one's (at least two): "Talks had broken down on October 8" retells
    "Talks between X and Y broke down on Thursday after four hours"."""
    return len(a & b) >= min(MIN_TOLD_STEMS, max(2, min(len(a), len(b))))


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two candidates' entities allow one happening: one names none, or they share one."""
    return not a or not b or not set(a).isdisjoint(b)


def retold(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Whether two candidates that name no entity tell the same happening (their titles'
    verbs, `title_verb`, must be one too): at least
    `MIN_RETOLD_STEMS` content stems in common, and all of the shorter one's but one in
    `RETOLD_OTHER` (at least one) among them ("Dock workers around the country have walked
    out today" and "Dock workers across the country walked out this week on
    worries that ...": 5 of 6). Without a shared name only a near retelling is one
    happening: "Dock workers across the country held a vote" shares four stems with "...
    walked out", but not its verb (two others)."""
    shared = len(a & b)
    shorter = min(len(a), len(b))
    return shared >= MIN_RETOLD_STEMS and shorter - shared <= shorter // RETOLD_OTHER

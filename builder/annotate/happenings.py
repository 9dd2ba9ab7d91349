"""Which timeline candidates tell one happening: the words they are compared by, and the rules.

`related_pairs` tells `timeline.merge_date` which candidates of one date report the same
happening: the same noun named by the date ("Sunday's election", "the July 28
elections"), or a shared entity and at least two shared content stems (Snowball English
stemmer) of the sentence outside names, or a shared event noun (`event_nouns`). `link.nesting.join_nested`
then joins the groups of different dates that tell one happening.
Candidates that name no entity join only when one nearly retells the other with the same
main verb (`retold`, `title_verb`), or name the happening by its noun (`_named_pairs`).
The stems and event nouns are made per source (`events.py`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Container, Iterable
from collections.abc import Set as AbstractSet

import snowballstemmer

from ..annotation import Candidate
from . import senses, verbs, wordclass
from .phrases import STOP

_LETTERS = re.compile(r"[a-z]+")

_STEMMER = snowballstemmer.stemmer("english")
REPORTING = frozenset(
    "say said says saying tell told tells report reported reports reporting announce announced announces "
    "state stated states add added adds claim claimed claims according accord confirm confirmed confirms "
    "note noted notes explain explained explains".split()
)
"""Reporting verbs: they say who tells, not what happened, so they never join two events."""
ASPECTUAL = frozenset("begin start continu keep resum finish stop have do give make take get go come hold put set bring".split())
"""Stems of the aspectual verbs (Quirk et al. 1985, ch. 3, verbs and auxiliaries: begin, start, continue, keep,
resume, finish, stop) and of the delexical ("light") verbs (have, do, give, make, take,
get, go, come, hold, put, set, bring: Sinclair, *Collins COBUILD English Grammar*, 1990,
§3.8, their meaning is in the noun): they tell when or that something happens, not what,
so they never join two events ("will begin production in 2006" and "development, begun
two years ago"; "planned to hold three days of demonstrations" and "the meetings held")."""
TIME_WORDS = frozenset(
    "day days week weeks month months year years today yesterday tomorrow tonight morning afternoon evening "
    "night weekend quarter half decade time monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december earlier later "
    "ago last next early late mid".split()
)
EVENT_FRAMES = ASPECTUAL | frozenset("open end close".split())
"""Stems of the verbs whose meaning is in their noun (`ASPECTUAL`, and open/end/close as
said of a happening: "the trial opened"): the noun they carry names the happening."""
_BEGIN_END = frozenset("begin start continu resum finish stop open end close".split())
"""The aspectual stems whose subject is the happening ("talks began", "the trial opened");
a light verb's subject is who acts ("workers went on strike")."""
_FRAME_PARTICLES = frozenset("on into to under up off out a an the its their his her this that".split())
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

@functools.lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """The Snowball English stem of a lower-cased word (kept: the pure-Python stemmer costs
    about 0.3 ms a word, and a dossier's vocabulary repeats)."""
    return str(_STEMMER.stemWord(word))


@functools.lru_cache(maxsize=131072)
def token_stem(token: str) -> str:
    """The content stem of one word as written (lower-cased, without a possessive), or ""
    for a function, reporting or time word: `stems` of one word, kept per word."""
    found = stems([_unpossessive(token.lower())])
    return found[0] if found else ""


def stems(words: list[str]) -> list[str]:
    """Snowball English stems of the content words among `words` (lower-cased); an irregular
    verb's past or participle is stemmed as its base ("fell", "fallen" -> "fall")."""
    content = [verbs.BASE_OF.get(w, w) for w in words if w not in STOP and w not in REPORTING and w not in TIME_WORDS
               and len(w) > 2]
    return [s for s in map(stem, content) if s not in REPORTING and s not in ASPECTUAL]


def event_noun_words(sentence: str) -> frozenset[str]:
    """The nouns (lower case, as written) that name the happening a sentence tells: the noun an
    `EVENT_FRAMES` verb takes after it, past particles and determiners ("went on trial",
    "held a vote", "began talks") and, for a verb of beginning or ending, its subject's
    head noun ("talks began", "The trial of X over Y opened": the noun after the clause's
    first determiner when no finite verb comes before). Light verbs carry their meaning in the noun (Sinclair 1990, §3.8)."""
    words = list(verbs.words_of(sentence))
    found: set[str] = set()
    first = -2  # the first finite verb's index, found when a verb of beginning or ending needs it
    frames = [(i, frame) for i, frame in enumerate(map(_frame, words)) if frame]  # a few words of many
    for i, frame in frames:
        k = i + 1
        while k < len(words) and words[k].lower() in _FRAME_PARTICLES:
            k += 1
        run = k
        while run < min(len(words), k + 3) and _plain_word(words[run]):
            run += 1
        if run > k:
            found.add(words[run - 1])  # the head of the noun phrase: "begin regular service", "went on strike"
        if frame not in _BEGIN_END:
            continue
        if first == -2:
            first = verbs.first_finite(tuple(words))
        # the subject of a verb of beginning or ending, when it names a happening: "talks
        # began", "The trial of X opened", "services will continue", "a strike that began"
        before = words[i - 1].lower() if i else ""
        if before in ("that", "which") and i > 1:
            subject = words[i - 2]  # "a strike that began"
        elif i == first or (0 <= first < i and all(w.lower() in _AUXILIARIES for w in words[first:i])):
            det = next((j for j in range(first if first >= 0 else i) if words[j].lower() in ("the", "a", "an")), -1)
            k = first if 0 <= first < i else i
            subject = words[k - 1] if det < 0 and (k == 1 or k > 1 and words[k - 1][:1].islower()) else ""
            if 0 <= det < k - 1 and words[det + 1][:1].islower():
                found.update(w for w in (words[det + 1],) if w.isalpha() and w not in STOP and _happening(w))
        else:
            subject = ""
        # with no object ("continued from", not "continued to fall", "began its strike") the
        # subject is what begins or ends, whatever its noun
        intransitive = i + 1 >= len(words) or (words[i + 1].lower() in STOP and words[i + 1].lower() != "to")
        if subject.isalpha() and subject.lower() not in STOP and (_happening(subject) or (intransitive and subject[:1].islower())):
            found.add(subject.lower())  # ("Special services will continue from October 28": what continues)
    return frozenset(w for w in found if stem(w) not in TIME_WORDS and stem(w) not in REPORTING)


@functools.lru_cache(maxsize=131072)
def _frame(word: str) -> str:
    """The stem of `word` (as written) when it is an `EVENT_FRAMES` verb in lower case, or ""."""
    if not word[:1].islower():
        return ""
    lowered = word.lower()
    found = stem(verbs.BASE_OF.get(lowered, lowered))
    return found if found in EVENT_FRAMES else ""


def _plain_word(word: str) -> bool:
    """Whether `word` may be part of a noun phrase after a verb: lower case, letters, no
    function word or -ly adverb."""
    return word[:1].islower() and word.isalpha() and word not in STOP and not word.endswith("ly")


def _happening(noun: str) -> bool:
    """Whether WordNet's table of happenings knows `noun` or its singular ("talks" -> talk)."""
    lowered = noun.lower()
    if wordclass.group_noun(lowered):
        return False  # "The union began its strike": a body, who acts
    return bool(senses.noun_synsets(lowered) or (lowered.endswith("s") and senses.noun_synsets(lowered[:-1])))


def event_nouns(sentence: str) -> frozenset[str]:
    """Stems of `event_noun_words` ("went on trial" -> `trial`)."""
    return frozenset(stem(w) for w in event_noun_words(sentence))


def _unpossessive(word: str) -> str:
    """`word` without a final apostrophe or possessive 's ("party's" -> "party")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def related_pairs(items: list[Candidate], places: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """Pairs of indices into `items` (candidates of one date) that report the same
    happening: the same head noun, or a shared entity and either `MIN_SHARED_STEMS` shared
    content stems or a shared event noun (`event_nouns`: "The trial of X opened on Monday"
    and "... as X went on trial on Monday"), or a headline and a sentence of its own
    story sharing `HEADLINE_STEMS` (paragraph 1 is the headline); on a day, also a shared
    entity and the same main verb told by two sources ("A jury convicted X on Friday" and
    "X, who was convicted on Friday"), and a happening named by its noun joined to the one
    telling of another source that names it too (`_named_pairs`). A year holds many
    happenings: there a shared entity needs `YEAR_STEMS` stems or a shared event noun
    (`_coarse`). `places`: the ids of the dossier's places. Each candidate is compared with
    at most `NEIGHBOURS` earlier ones per entity, so a date with thousands of candidates
    stays linear."""
    pairs: list[tuple[int, int]] = (_named_pairs(items, places) + _stated_pairs(items) + _nominal_pairs(items, places)
                                    + _planned_pairs(items))
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
        # none, or they share one: checked above). Across sources only: within one story two
        # sentences of one date tell two happenings ("Stock markets continued to fall" and
        # "The index continued to fall").
        for noun in noun_sets[i]:
            for j in by_event_noun[noun][-NEIGHBOURS:]:
                if (j not in checked and items[j].source != c.source and compatible(c.entities, items[j].entities)
                        and not two_acts(items[j], c)):
                    checked.add(j)
                    pairs.append((j, i))
            by_event_noun[noun].append(i)
        verb = title_verb(c.title)
        if verb and verb not in NO_HAPPENING:
            for j in by_verb[verb][-NEIGHBOURS:]:
                if (j not in checked and items[j].source != c.source and compatible(c.entities, items[j].entities)
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


def _subject_head(words: tuple[str, ...], first: int) -> str:
    """The last word of a title's subject (`words` before its first finite verb at `first`),
    before a preposition that postmodifies it: "Shares in X fell" -> Shares."""
    cut = next((n for n, w in enumerate(words[:first]) if n and w.lower() in _PREPOSITIONS), first)
    return next((w for w in reversed(words[:cut]) if w.isalpha()), "")


_WILL = frozenset("will shall".split())


@functools.lru_cache(maxsize=1 << 14)
def _plan(told: str) -> tuple[str, frozenset[str]]:
    """A title that tells a plan ("The judge will deal with costs at a hearing"; "X is
    expected to declare general average": `will`/`shall` or a `PLANNED` verb): its
    subject head (lower case) and the content stems after its verb (cost, hear); else
    ("", frozenset())."""
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first <= 0:
        return ("", frozenset())
    if words[first].lower() not in _WILL and act_verb(told) == title_verb(told):
        return ("", frozenset())
    after = [w.lower() for w in words[first + 1:] if w.isalpha()]
    verb = act_verb(told)
    after = after[next((n + 1 for n, w in enumerate(after) if stem(verb_lemma(w)) == verb), 0):]
    return (_subject_head(words, first).lower(), frozenset(stems([w for w in after if w not in STOP and w not in TIME_WORDS])))


def _planned_pairs(items: list[Candidate]) -> list[tuple[int, int]]:
    """Pairs of candidates of one day where one tells a plan for the day (`_plan`: "The
    judge will deal with costs at a hearing on 11 December") and exactly one candidate of
    another source published on the day or after tells a happening with the same subject
    head or a shared name and a stem of the plan's act ("A High Court judge on Friday
    refused permission to appeal and ordered each side to pay its own legal costs"): the
    report after the fact of what was planned (TimeML: a modal or future event and its
    realisation are one event when their arguments agree, Saurí and Pustejovsky 2009,
    FactBank; "will" and the semi-auxiliaries of future time, Quirk et al. 1985, §4.54).
    Another act of the subject that day shares no word of the plan's act and stays apart."""
    pairs: list[tuple[int, int]] = []
    if not items or items[0].precision != "day":
        return pairs
    for i, c in enumerate(items):
        subject, act = _plan(c.title)
        if not act:
            continue
        found = [j for j, other in enumerate(items) if other.source != c.source and other.published >= other.date
                 and not _plan(other.title)[1] and act & frozenset(other.stems.split())
                 and ((subject and _subject_head(verbs.words_of(other.title), verbs.first_finite(verbs.words_of(other.title))).lower() == subject)
                      or not set(c.entities).isdisjoint(other.entities))]
        if len(found) == 1:
            pairs.append((min(i, found[0]), max(i, found[0])))
    return pairs


@functools.lru_cache(maxsize=1 << 14)
def _active_act(told: str) -> tuple[str, str]:
    """A title's subject head and main verb (lower case, the verb as WordNet lists it) when
    it tells an act in the active voice: ("shares", "fall") for "Shares in X fell 18
    percent", ("agency", "suspend") for "The Agency has suspended the licence"; ("", "")
    for a passive ("X was convicted": its subject is who the act befell), a catenative
    verb ("appeared to make", "agreed to sell": Quirk et al. 1985, §16.38), a subject whose
    head as written names a happening (`senses.names_happening`: "The strike shut the
    port"; a plural names things: "Shares fell"), a reporting,
    aspectual or light verb (`NO_HAPPENING`), a verb WordNet does not list, or no subject."""
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first <= 0:
        return ("", "")
    i = first
    passive = False
    while words[i].lower() in _AUXILIARIES and i + 1 < len(words):
        passive = passive or words[i].lower() in ("is", "are", "was", "were", "be", "been", "being")
        i += 1
    lemma = verb_lemma(words[i].lower())
    head = _subject_head(words, first)
    if words[i + 1 : i + 2] == ("to",):
        return ("", "")  # a catenative ("appeared to make gains"): its act is the infinitive's
    if senses.names_happening(head.lower()):
        return ("", "")  # "The strike shut the port": the subject is the happening, not who acts
    if passive or lemma in NO_HAPPENING or stem(lemma) in NO_HAPPENING or not senses.verb_synsets(lemma) or not head:
        return ("", "")
    return (head.lower(), lemma)


def two_acts(a: Candidate, b: Candidate) -> bool:
    """Whether two titles of one date tell two happenings for all the words they share: both
    tell an act in the active voice (`_active_act`) by different subjects with verbs of no
    common WordNet synset ("Shares in X fell 18 percent on Tuesday after the regulator
    suspended sales" and "The Agency has today suspended the licence": a fall of shares
    and a suspension; the after-clause's words are the other act's, not the fall's). An
    event is its predicate and its participants (TimeML/TIDES event coreference: two
    mentions corefer when they share event type and arguments, Hovy et al. 2013, "Events
    are not simple"); a different agent doing a different act is another event. Not when
    one tells the other's happening by a word of one synset (`same_kind`: "Dockworkers
    walked off the job" and "The strike shut the port")."""
    subject_a, verb_a = _active_act(a.title)
    subject_b, verb_b = _active_act(b.title)
    return (bool(verb_a) and bool(verb_b) and subject_a != subject_b and verb_a != verb_b
            and not senses.verb_synsets(verb_a) & senses.verb_synsets(verb_b) and not same_kind(a, b))


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


IMPLICATIVE = frozenset(stem(w) for w in "force compel oblige manage".split())
"""Stems of the implicative verbs whose infinitive tells what happened: "X was forced to
sell" entails that X sold, "X managed to sell" too (Karttunen 1971, "Implicative verbs";
Nairn, Condoravdi and Karttunen 2006: force and compel are one-way implicatives, manage a
two-way one). "asked to", "urged to", "ordered to" entail nothing and are not here."""


PLANNED = frozenset(stem(w) for w in "due expect schedule slate plan intend timetable set".split())
"""Stems of the verbs and adjective of a plan ("is due to", "is expected to", "is scheduled
to", "is set to": Quirk et al. 1985, §4.54, semi-auxiliaries of future time; the list is
`plans`'): what happens is their infinitive, so a plan and the report of it after the
fact tell one act ("X is scheduled to appear on March 23" and "X appeared on March 23")."""


@functools.lru_cache(maxsize=1 << 14)
def act_verb(told: str) -> str:
    """The stem of the verb telling a title's act: its main verb (`title_verb`), or after an
    `IMPLICATIVE` or a `PLANNED` one its infinitive, past a passive's or perfect's
    auxiliary ("The bank was forced to sell euros" -> sell; "X is due to be sentenced" ->
    sentenc; "X is scheduled to appear" -> appear)."""
    verb = title_verb(told)
    if verb not in IMPLICATIVE and verb not in PLANNED:
        return verb
    words = [w.lower() for w in verbs.words_of(told)]
    at = next((i for i, w in enumerate(words) if w == "to" and i > 0 and stem(verb_lemma(words[i - 1])) == verb), -1)
    if at < 0:
        return verb
    at += 1
    while at < len(words) - 1 and words[at] in ("be", "have", "been"):
        at += 1
    return stem(verb_lemma(words[at])) if at < len(words) and words[at].isalpha() else verb


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
    lemma = _verb_lemmas(title).get(verb, "")
    return bool(lemma) and bool(told & senses.verb_synsets(lemma))


_PREPOSITIONS = frozenset("of at in on for with by from to over under after before between that which who whose".split())


@functools.lru_cache(maxsize=1 << 14)
def _subject_word(told: str) -> str:
    """The noun heading a title's subject (lower case, singular) when WordNet gives it a
    sense that names a happening (`senses.names_happening`), else "" (see `subject_noun`)."""
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first <= 0:
        return ""
    head = ""
    for n, word in enumerate(words[:first]):
        if word.lower() in _PREPOSITIONS:
            break
        head = word.lower() if n == 0 and word[1:].islower() else word  # "Talks collapsed": the title's capital
    if not head.isalpha() or not head[:1].islower() or head in STOP or wordclass.group_noun(head):
        return ""
    if senses.names_happening(head):
        return head
    return head[:-1] if head.endswith("s") and senses.names_happening(head[:-1]) else ""  # "Talks" -> talk


def subject_noun(told: str) -> str:
    """The stem of the noun heading a title's subject when it names a happening (`_subject_word`):
    "The strike began" -> strike, "An auction is scheduled" -> auction; "" for a subject that
    names who acts ("Voss was convicted", "The union began its strike", "A judge approved")
    or for none. The head is the last word before the first finite verb, a preposition or
    a relative."""
    word = _subject_word(told)
    return stem(word) if word else ""


@functools.lru_cache(maxsize=1 << 14)
def _verb_lemmas(told: str) -> dict[str, str]:
    """A title's verb forms, stem -> base form: its main verb (as `title_verb` finds it) and
    its participles in -ed ("Voss is due to be sentenced" -> due, sentenc: sentence)."""
    words = verbs.words_of(told)
    found = {}
    i = verbs.first_finite(words)
    if i >= 0:
        while words[i].lower() in _AUXILIARIES and i + 1 < len(words):
            i += 1
        lemma = verb_lemma(words[i].lower())
        found[stem(lemma)] = lemma
    for w in words:
        if w.isalpha() and w.islower() and w.endswith("ed") and len(w) > 4:
            lemma = verb_lemma(w)
            found[stem(lemma)] = lemma
    return found


def told_verbs(told: str) -> frozenset[str]:
    """Stems of a title's verb forms (`_verb_lemmas`)."""
    return frozenset(_verb_lemmas(told)) - {""}


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
    nouns = [{stem(w): w for w in (_subject_word(c.title), *(w.lower() for w in event_noun_words(c.sentence))) if w}
             for c in items]
    wanted = {noun for named in nouns for noun in named}
    if not wanted:
        return pairs
    telling = _indexed((stem_sets[j] | _verb_lemmas(c.title).keys() for j, c in enumerate(items)), wanted)
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
                and (noun in _verb_lemmas(other.title) or _meets(own_others, split[j][1]))), 2))
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
    lemmas = _verb_lemmas(other.title)
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
NO_HAPPENING = REPORTING | ASPECTUAL | frozenset(["be"])
"""Main verbs that tell no happening of their own (reporting, aspectual, light verbs, "be")."""


def told_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two candidates with the same main verb share `MIN_TOLD_STEMS` content stems, or
    all of the shorter one's (at least two): "Talks had broken down on October 8" retells
    "Talks between X and Y broke down on Thursday after four hours"."""
    return len(a & b) >= min(MIN_TOLD_STEMS, max(2, min(len(a), len(b))))


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two candidates' entities allow one happening: one names none, or they share one."""
    return not a or not b or not set(a).isdisjoint(b)


_AUXILIARIES = verbs.MODALS | verbs.FINITE_AUX | frozenset("be been being not n't never also still".split())


@functools.lru_cache(maxsize=1 << 14)
def title_verb(told: str) -> str:
    """The stem of the main verb of a title: its first finite verb, or the verb after its
    auxiliaries ("Dock workers have walked out again" -> "walk", "walked" -> "walk"),
    or "" when it has none."""
    words = verbs.words_of(told)
    i = verbs.first_finite(words)
    if i < 0:
        return ""
    while (words[i].lower() in _AUXILIARIES or _manner_adverb(words[i].lower())) and i + 1 < len(words):
        i += 1
    word = words[i].lower()
    return stem(verbs.BASE_OF.get(word, word))


def _manner_adverb(word: str) -> bool:
    """Whether a word between an auxiliary and its verb is an adverb in -ly that WordNet
    lists as no verb ("was fully refloated", "has quietly withdrawn"; not "rally", "reply":
    Quirk et al. 1985, §8.20, adverbs in medial position)."""
    return len(word) > 4 and word.endswith("ly") and not senses.verb_synsets(word)


def verb_lemma(word: str) -> str:
    """The base form of a verb form (lower case) as WordNet lists it: an irregular form's
    base (`verbs.BASE_OF`), else the form less its ending when that is a verb ("walked" ->
    "walk", "filed" -> "file", "stopped" -> "stop", "carries" -> "carry"), else the word."""
    if word in verbs.BASE_OF:
        return verbs.BASE_OF[word]
    tries = [word]
    for ending, put in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            tries.append(word[: -len(ending)] + put)
            if put == "" and ending in ("ed", "ing") and word[-len(ending) - 1] == word[-len(ending) - 2]:
                tries.append(word[: -len(ending) - 1])  # "stopped" -> "stop"
    return next((t for t in tries if senses.verb_synsets(t)), word)


_CONTROL = frozenset("order force tell ask urge allow require compel direct persuade".split())
"""Verbs whose object does what their infinitive says (object control, Quirk et al. 1985,
ch. 16, verb complementation): "ordered the factory to shut down" tells of a shut-down."""


@functools.lru_cache(maxsize=1 << 14)
def word_senses(told: str, sentence: str) -> dict[str, frozenset[int]]:
    """What a candidate tells, as WordNet synsets (`senses`): its title's main verb (with
    its particle: "walked out" -> walk_out) and the event nouns of its sentence
    (`event_noun_words`: "the strike began" -> strike), each with the synsets it stands
    for; after an object-control verb, its infinitive ("ordered the factory to shut down"
    -> shut_down). Reporting, aspectual and light verbs tell no happening and are left out."""
    found: dict[str, frozenset[int]] = {}
    words = verbs.words_of(told)
    i = verbs.first_finite(words)
    if i >= 0:
        while words[i].lower() in _AUXILIARIES and i + 1 < len(words):
            i += 1
        word = words[i].lower()
        base = verb_lemma(word)
        if base in _CONTROL and "to" in words[i + 1 : i + 10]:
            # "ordered the factory to shut down": the happening is the infinitive's
            i = words.index("to", i + 1) + 1
            word = words[i].lower() if i < len(words) else ""
            base = verb_lemma(word)
        if word and stem(base) not in REPORTING and stem(base) not in ASPECTUAL and word not in REPORTING:
            lemma = senses.phrasal(base, words[i + 1].lower() if i + 1 < len(words) else "")
            if synsets := senses.verb_synsets(lemma):
                found["v:" + lemma] = synsets
    for noun in event_noun_words(sentence):
        noun = noun.lower()
        if not senses.noun_synsets(noun) and noun.endswith("s"):
            noun = noun[:-1]  # "talks" -> "talk"
        if synsets := senses.noun_synsets(noun):
            found["n:" + noun] = synsets
    return found


def same_kind(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates tell their happening with two different words of one WordNet
    synset ("walked out" and "the strike began"; `senses.same_kind`)."""
    return _same_kind_told(a.title, a.sentence, b.title, b.sentence)


@functools.lru_cache(maxsize=1 << 16)
def _same_kind_told(title_a: str, sentence_a: str, title_b: str, sentence_b: str) -> bool:
    """`same_kind` of two candidates' titles and sentences (kept: a story many sources
    carry compares the same two sentences again and again)."""
    return senses.same_kind(_plain(word_senses(title_a, sentence_a)), _plain(word_senses(title_b, sentence_b)))


def defined(a: Candidate, b: Candidate) -> bool:
    """Whether one candidate's title names a happening by a noun and the other's title tells
    it by a content noun of that noun's WordNet definition (`senses.gloss_stems`): "filed for
    bankruptcy" (a legal process ... among the creditors of a corporation) and "sought
    court protection from creditors". A gloss overlap in the manner of Lesk (1986), one way
    or the other; only nouns of happenings have definitions in the table."""
    return defined_titles(a.title, b.title)


@functools.lru_cache(maxsize=1 << 16)
def defined_titles(title_a: str, title_b: str) -> bool:
    """`defined` of two titles (kept, as `_same_kind_told`)."""
    words_a, words_b = title_words(title_a), title_words(title_b)
    stems_a, stems_b = frozenset(stems(list(words_a))), frozenset(stems(list(words_b)))
    return any(senses.gloss_stems(w) & stems_b for w in words_a) or any(senses.gloss_stems(w) & stems_a for w in words_b)


@functools.lru_cache(maxsize=1 << 14)
def title_words(told: str) -> tuple[str, ...]:
    """The lower-case words of a title, a plural's "s" gone where WordNet then knows the noun."""
    found = []
    for word in _LETTERS.findall(told.lower()):
        if word in STOP:
            continue
        if word.endswith("s") and not senses.gloss_stems(word, True) and senses.gloss_stems(word[:-1], True):
            word = word[:-1]
        found.append(word)
    return tuple(found)


def _plain(found: dict[str, frozenset[int]]) -> dict[str, frozenset[int]]:
    """The words without their part of speech: "strike" the noun and "strike" the verb are one word."""
    return {k[2:]: v for k, v in found.items()}


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

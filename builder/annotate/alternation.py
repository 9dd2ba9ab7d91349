"""One act told in two voices or frames: "Dr X confirmed the disease" and "The disease was
confirmed"; "we made the decision to pause withdrawals" and "the exchange said it had
paused withdrawals".

`alternated_pairs` (`voice_pairs`, `reported_pairs`) tells `happenings.related_pairs` which candidates of one day tell one act,
one in the active voice and one in the passive: the same verb, the passive's subject the
active's object. The passive without a "by" phrase leaves its agent unsaid, so the names
its sentence gives (who reported it) are no other participant. Closed classes of English
only (auxiliaries, determiners, prepositions); WordNet decides what is a verb.
"""

from __future__ import annotations

import functools
from collections.abc import Container

from ..annotation import Candidate
from . import verbs
from .stems import NO_HAPPENING, REPORTING, stem
from .titleacts import AUXILIARIES, act_verb, title_verb, told_verbs, verb_lemma

_BE = frozenset("is are was were be been being".split())
_STOPS = frozenset("of at in on for with by from to over under after before between following during "
                   "that which who whose and but as when while".split())
"""Words that close the object's noun phrase (a preposition, a conjunction, a relative)."""
_SAYING = frozenset(stem(w) for w in REPORTING)
SHARED_STEMS = 2
"""Content stems a reported act and its report need in common (`happenings.MIN_SHARED_STEMS`)."""
_DITRANSITIVE = frozenset("tell ask inform give show offer send promise teach".split())
"""Verbs whose passive subject may be the indirect object, the one told or given ("The
court was told", Quirk et al. 1985, §16.55): the addressee of two sayings is no one act."""
_OBJECT_WORDS = 4
"""How many words after the verb the object's head may be ("froze all customer withdrawals")."""


@functools.lru_cache(maxsize=1 << 14)
def voice(told: str) -> tuple[str, str, str]:
    """A title's voice, verb and the stem of its patient: ("passive", "confirm", "diseas")
    for "The disease was confirmed" (the subject's head; no "by" phrase after the verb),
    ("active", "confirm", "chief diseas ...") for "Dr X confirmed the disease following
    tests" (the stems of the object's words, up to a preposition or conjunction, at most
    `_OBJECT_WORDS`); ("", "", "") for any other title (no finite verb, a passive with its
    agent, a verb WordNet does not list, a ditransitive one: `_DITRANSITIVE`). Quirk et al. 1985, §3.63-3.70: the active's
    object is the passive's subject."""
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first <= 0:
        return ("", "", "")
    i, passive = first, False
    while words[i].lower() in AUXILIARIES and i + 1 < len(words):
        passive = passive or words[i].lower() in _BE
        i += 1
    word = words[i].lower()
    lemma = verb_lemma(word)
    if lemma == word and word not in verbs.BASE_OF or not word.isalpha() or lemma in _DITRANSITIVE:
        return ("", "", "")  # not a past or participle WordNet knows
    rest = [w.lower() for w in words[i + 1 :]]
    if passive:
        if "by" in rest:
            return ("", "", "")
        head = next((w for w in reversed(words[:first]) if w.isalpha()), "").lower()
        return ("passive", lemma, stem(head)) if head else ("", "", "")
    object_words = []
    for w in rest[:_OBJECT_WORDS]:
        if w in _STOPS:
            break
        object_words.append(stem(w) if w.isalpha() else w)  # ("a 22-year-old man")
    return ("active", lemma, " ".join(object_words)) if object_words else ("", "", "")


def alternated_pairs(items: list[Candidate], places: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """`voice_pairs` and `reported_pairs` of the candidates of one date (`places`: the ids of
    the dossier's places)."""
    return voice_pairs(items) + reported_pairs(items, places)


def voice_pairs(items: list[Candidate]) -> list[tuple[int, int]]:
    """Pairs of candidates of one day from two sources where one tells an act in the
    passive ("The disease was confirmed") and exactly one tells it in the active with the
    same verb and the passive's subject among its object's words ("The Chief Veterinary
    Officer, Dr X, confirmed the disease"): one
    actor, one act and one day, whatever the voice (TimeML/TIDES event coreference: the
    same predicate and arguments; the passive's unsaid agent is compatible with any)."""
    pairs: list[tuple[int, int]] = []
    if not items or items[0].precision != "day":
        return pairs
    told = [voice(c.title) for c in items]
    for i, (kind, lemma, head) in enumerate(told):
        if kind != "passive":
            continue
        found = [j for j, (k, other, patient) in enumerate(told)
                 if k == "active" and other == lemma and head in patient.split() and items[j].source != items[i].source]
        if len(found) == 1:
            pairs.append((min(i, found[0]), max(i, found[0])))
    return pairs


def reported_pairs(items: list[Candidate], places: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """Pairs of candidates of one day from two sources where one tells an act (`act_verb`,
    past a decision frame: "we made the difficult decision to pause withdrawals") and
    exactly one other reports it as said ("The exchange said it had 'temporarily paused'
    withdrawals": a reporting main verb, the act among its other verbs, `told_verbs`),
    with `SHARED_STEMS` content stems in common and no different participant (places
    and other entities apart): the saying of one's own act on its day reports that act
    (Quirk et al. 1985, §14.31, indirect speech; review s20 f#8)."""
    pairs: list[tuple[int, int]] = []
    if not items or items[0].precision != "day":
        return pairs
    said = [(j, told_verbs(c.title)) for j, c in enumerate(items) if title_verb(c.title) in _SAYING]
    if not said:
        return pairs
    for i, c in enumerate(items):
        verb = act_verb(c.title)
        if not verb or verb in NO_HAPPENING:
            continue
        own = frozenset(c.stems.split())
        found = [j for j, verbs_told in said if j != i and items[j].source != c.source and verb in verbs_told
                 and len(own & frozenset(items[j].stems.split())) >= SHARED_STEMS and _apart_meet(c, items[j], places)]
        if len(found) == 1:
            pairs.append((min(i, found[0]), max(i, found[0])))
    return pairs


def _apart_meet(a: Candidate, b: Candidate, places: Container[str]) -> bool:
    """Whether two candidates name no different participant: their places, and their other
    entities, are each one side's none or shared."""
    for keep in (True, False):
        x = {e for e in a.entities if (e in places) == keep}
        y = {e for e in b.entities if (e in places) == keep}
        if x and y and x.isdisjoint(y):
            return False
    return True

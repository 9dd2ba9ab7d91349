"""Whether two tellings of one date are of one kind of happening or of two acts, by
WordNet: what a candidate tells as synsets (`word_senses`), two words of one synset
(`same_kind`), a noun and a word of its definition (`defined`, over `title_words`), and
two acts in the active voice by different subjects with unrelated verbs (`two_acts`).
"""

from __future__ import annotations

import functools
import re

from ..annotation import Candidate
from . import senses, verbs
from .eventnouns import event_noun_words
from .phrases import STOP
from .stems import ASPECTUAL, NO_HAPPENING, REPORTING, stem, stems
from .titleacts import AUXILIARIES, subject_head, verb_lemma

_LETTERS = re.compile(r"[a-z]+")
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
        while words[i].lower() in AUXILIARIES and i + 1 < len(words):
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


@functools.lru_cache(maxsize=1 << 16)
def retold_titles(title_a: str, title_b: str) -> bool:
    """Whether one title retells the other whole: the same main verb, telling a happening
    (`NO_HAPPENING` aside), and every word of the shorter title (`title_words`, names
    included, at least `RETOLD_WORDS`) among the longer's ("The Kelsey Bridge was closed"
    and "The Kelsey Bridge was closed to all traffic"; "X was convicted" and "X was convicted
    of fraud"): the same predicate and arguments, one event (TimeML/TIDES event coreference,
    Hovy et al. 2013), whatever else the two sentences say."""
    verb = verb_lemma(_main_verb(title_a))
    if not verb or verb in NO_HAPPENING or stem(verb) in NO_HAPPENING or verb != verb_lemma(_main_verb(title_b)):
        return False
    words_a, words_b = set(title_words(title_a)), set(title_words(title_b))
    shorter, longer = (words_a, words_b) if len(words_a) <= len(words_b) else (words_b, words_a)
    return len(shorter) >= RETOLD_WORDS and shorter <= longer


RETOLD_WORDS = 3
"""Words a title needs to be a retelling of another (`retold_titles`): a name and its verb
at least ("Kelsey Bridge closed")."""


def _main_verb(told: str) -> str:
    """A title's main verb as written (lower case), past its auxiliaries, or ""."""
    words = verbs.words_of(told)
    i = verbs.first_finite(words)
    if i < 0:
        return ""
    while words[i].lower() in AUXILIARIES and i + 1 < len(words):
        i += 1
    return words[i].lower()


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
    while words[i].lower() in AUXILIARIES and i + 1 < len(words):
        passive = passive or words[i].lower() in ("is", "are", "was", "were", "be", "been", "being")
        i += 1
    lemma = verb_lemma(words[i].lower())
    head = subject_head(words, first)
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
    if (verb_a and happening_antecedent(a.sentence, verb_a)) or (verb_b and happening_antecedent(b.sentence, verb_b)):
        return False
    return (bool(verb_a) and bool(verb_b) and subject_a != subject_b and verb_a != verb_b
            and not senses.verb_synsets(verb_a) & senses.verb_synsets(verb_b) and not same_kind(a, b))


_HAPPENING_WHICH = re.compile(r"\b(?:the|a|an|its|their|this|that)\s([a-z]+)\s(?:of|in|at|on|off|near|to)\s[^,.;]{1,60}?,"
                              r"\s(?:which|that)\s((?:[a-z]+\s){0,2}[a-z]+)")


def happening_antecedent(sentence: str, verb: str) -> bool:
    """Whether `verb` (a title's main verb, as WordNet lists it) is told in `sentence` by a
    non-restrictive relative clause whose antecedent is a noun of a happening ("the capsizing
    of the Carra Star, which killed at least 26 people"; "the collapse of the roof, which
    injured 12"): the happening does the act, not the name inside its of-phrase, so the
    title's subject is a happening and no agent of another act (a relative pronoun takes the
    head of its antecedent noun phrase, Quirk et al. 1985, §17.10; a gerund names its verb's
    act, §17.54)."""
    for mt in _HAPPENING_WHICH.finditer(sentence):
        noun, clause = mt.group(1), mt.group(2).split()
        happening = senses.names_happening(noun) or (noun.endswith("ing") and bool(senses.verb_synsets(verb_lemma(noun))))
        if happening and any(verb_lemma(w) == verb for w in clause):
            return True
    return False

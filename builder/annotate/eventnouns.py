"""The nouns that name the happening a sentence tells (`event_noun_words`; their stems,
`event_nouns`): the noun an aspectual or light verb carries ("went on trial", "held a
vote", "began talks") and the subject of a verb of beginning or ending ("talks began",
"The trial of X opened") when WordNet knows it as a happening. Made per source
(`events.py`) and compared by `happenings.related_pairs`.
"""

from __future__ import annotations

import functools

from . import senses, verbs, wordclass
from .phrases import STOP
from .stems import ASPECTUAL, REPORTING, TIME_WORDS, stem
from .titleacts import AUXILIARIES

EVENT_FRAMES = ASPECTUAL | frozenset("open end close".split())
"""Stems of the verbs whose meaning is in their noun (`ASPECTUAL`, and open/end/close as
said of a happening: "the trial opened"): the noun they carry names the happening."""
_BEGIN_END = frozenset("begin start continu resum finish stop open end close".split())
"""The aspectual stems whose subject is the happening ("talks began", "the trial opened");
a light verb's subject is who acts ("workers went on strike")."""
_FRAME_PARTICLES = frozenset("on into to under up off out a an the its their his her this that".split())


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
        if frame == "have" and _participle(words[i + 1] if i + 1 < len(words) else ""):
            continue  # "had suspended smaller vessels": the perfect's auxiliary, no light verb
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
        elif i == first or (0 <= first < i and all(w.lower() in AUXILIARIES for w in words[first:i])):
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


def _participle(word: str) -> bool:
    """Whether `word` is a past participle after "have" (the perfect: Quirk et al. 1985,
    §4.17): "-ed", an irregular one ("had fallen", "has been"), or an adverb then one."""
    lowered = word.lower()
    return lowered.endswith("ed") or lowered in verbs.PARTICIPLES or lowered in ("been", "already", "not", "never", "also")


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

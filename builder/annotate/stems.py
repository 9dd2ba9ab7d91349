"""The content stems candidates are compared by: the Snowball English stem of a word
(`stem`), the stems of a sentence's content words (`stems`, `token_stem`), and the closed
classes they leave out: reporting, aspectual and light verbs and time words
(`REPORTING`, `ASPECTUAL`, `TIME_WORDS`; `NO_HAPPENING`, the main verbs that tell no
happening). The base the readers of titles and event nouns (`titleacts.py`, `eventnouns.py`,
`likeness.py`) and the rules of one happening (`happenings.py`) share.
"""

from __future__ import annotations

import functools

import snowballstemmer

from . import verbs
from .phrases import STOP

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


def _unpossessive(word: str) -> str:
    """`word` without a final apostrophe or possessive 's ("party's" -> "party")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


NO_HAPPENING = REPORTING | ASPECTUAL | frozenset(["be"])
"""Main verbs that tell no happening of their own (reporting, aspectual, light verbs, "be")."""

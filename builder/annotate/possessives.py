"""Possessive dates: a date that owns a noun ("Friday's verdict") dates that noun's happening.

A date owning the object of a clause ("The union appealed Friday's verdict") titles the
object, the clause its relative ("The verdict that the union appealed": `possessive_object`);
one inside a participle clause set off by commas ("The agreement, based on last month's
ruling by the court, gives ...") titles the noun it owns ("The ruling by the court":
`possessive_in_aside`). A date owning the subject, or placing the clause inside the noun's
happening ("spoke at Monday's hearing"), leaves the clause as it is. Closed classes of
English only (prepositions, determiners); no topic words.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from . import verbs
from .phrases import DETERMINERS, TITLE_WORDS, balanced, noun_phrase
from .titlewords import PLACE_WORDS

_OWNED_AFTER = re.compile(r"['’]s\s")
_INSIDE_HAPPENING = frozenset("at during in on throughout for within".split())
"""Prepositions that place the clause inside the noun's happening ("spoke at Monday's
hearing"): the clause then happened on the noun's date and titles it."""
_ORDERING_LAST = frozenset("before after since until till following despite amid".split())
_ORDERING_PAIRS = (["ahead", "of"], ["prior", "to"], ["spite", "of"], ["run-up", "to"], ["time", "for"])
"""The ends of the prepositions that place a clause before, after or against a happening
(`phrases.dated_noun_phrase`)."""


def possessive_object(told: str, text: str, s: int, e: int, anchor: TimeExpression, names: list[Mention]) -> str:
    """A title whose date owns the object of its clause ("The Russian RTS partly recovered
    from yesterday's fall", "The union appealed Friday's verdict") turned to name what the
    date dates, the object, with the clause as its relative: "The fall that the Russian RTS
    partly recovered from", "The verdict that the union appealed". The clause's own happening
    (the recovery, the appeal) is not on the date. `told` as it was when the date is no
    possessive, owns the subject ("Monday's vote was delayed"), or follows a preposition
    that places the clause inside the noun's happening ("spoke at Monday's hearing")."""
    if not _OWNED_AFTER.match(text, anchor.end):
        return told
    before = [w.lower() for w in text[max(s, anchor.start - 30) : anchor.start].split()]
    if not before or before[-1] in _INSIDE_HAPPENING | DETERMINERS | _ORDERING_LAST or before[-2:] in _ORDERING_PAIRS:
        return told  # "rose ahead of Tuesday's hearing": the clause is placed around the hearing, and titles it
    noun = noun_phrase(["the"] + text[anchor.end + 2 : e].split())[1:]
    noun = noun[: next((k for k, w in enumerate(noun) if w in PLACE_WORDS), len(noun))]
    if not noun:
        return told
    at = told.find(" the " + " ".join(noun))
    if at < 0 or not verbs.has_finite(told[:at]):
        return told
    clause = told[:at]
    first, _, rest = clause.partition(" ")
    if first in ("The", "A", "An") or not any(text.startswith(first, m.start, m.end) for m in names):
        clause = first.lower() + " " + rest  # "the union", "shares"; a name keeps its capital
    return "The " + " ".join(noun) + " that " + clause


_ASIDE_PARTICIPLE = re.compile(r",\s(?P<participle>[a-z]+(?:ed|ing|en))\s(?:[a-z]+\s){0,2}$")


def possessive_in_aside(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """The noun a possessive date owns inside a participle clause set off by commas ("The
    agreement, based on last month's ruling by the Central Arbitration Court, gives ..."
    -> "The ruling by the Central Arbitration Court"): the date dates that noun's
    happening, and the non-finite aside tells nothing of its own (Quirk et al. 1985,
    ch. 15, non-finite clauses); the main clause is another happening's. "" otherwise."""
    if text[anchor.end : anchor.end + 2] not in ("'s", "’s"):
        return ""
    aside = _ASIDE_PARTICIPLE.search(text, max(s, anchor.start - 40), anchor.start)
    close = text.find(",", anchor.end, e)
    if aside is None or close < 0 or verbs.has_finite(text[aside.end("participle") : anchor.start]):
        return ""
    noun = text[anchor.end + 2 : close].split()
    if not noun or len(noun) > TITLE_WORDS - 1 or verbs.has_finite(" ".join(noun)):
        return ""
    return balanced("The " + " ".join(noun))

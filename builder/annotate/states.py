"""The state a counted noun is said to be in: what a figure counts when the predicate
after its noun is a copula and a complement, not a verb of an act ("412 people had been
confirmed dead", "38,000 people were in temporary shelters", "212 passengers were on
board"). Closed classes of English only (copulas, verbs of knowing, prepositions of
place); no topic words. `acts.subject_act` asks it first; `acts.base` compares its
states as written, "dead" as the verb "die".
"""

from __future__ import annotations

import re

from . import senses, verbs, wordclass

_NOT_STATES = frozenset("able unable likely unlikely due".split())
"""Adjectives after a copula that say how likely or able, not a state counted."""
STATES = {"dead": "die"}
"""A state adjective that English uses for the result of a verb with no participle of its
own in that sense ("dead", the state of having died: Huddleston & Pullum 2002, ch. 6 on
adjectives and the suppletive pair "die"/"dead"), mapped to that verb's base form: "412
people had been confirmed dead" and "ten people died" are one count."""
PREPOSITIONS = frozenset("in on aboard without".split())
_COPULA = re.compile(
    r"\s+(?:(?:who|that)\s+)?((?:(?:had|have|has|were|was|are|is|been|being|remain|remains|remained|still|now|all"
    r"|so\s+far|already|later|reportedly)\s+)*)"
    r"(?:(?:confirmed|reported|feared|presumed|believed|listed|declared|found|known|thought)\s+(?:(?:as|to\s+be)\s+)?)?"
    r"(?:still\s+)?")
_LOST_LIVES = re.compile(r"\s+(?:(?:have|has|had)\s+)?lost\s+(?:their|his|her|its|our)\s+lives?\b")
_ABOARD = re.compile(r"\s+(?:on\s+board|aboard)\b")
"""The adverb "aboard" ("on board", Merriam-Webster) right after a counted noun: a reduced
relative ("the 152 people on board": who were on board; Quirk et al. 1985, ch. 17), the
same state as "212 passengers were on board"."""
PLACE = re.compile(r"(in|on|aboard|without)\s+(?:(?:the|a|an|temporary|emergency|makeshift|[a-z]+ed)\s+)?([a-z]{4,})\b")


def state(text: str, end: int, e: int) -> str:
    """The state the counted things (their noun ending at `end`; `e`: the sentence's end)
    are said to be in, or "": a copula or a verb of knowing ("confirmed", "reported",
    "listed as": how a figure is known, not what it counts) and then an adjective ("412
    people had been confirmed dead" -> "dead", "420 people are still missing" ->
    "missing", "Three schools remain closed" -> "closed") or a prepositional phrase of
    place ("38,000 people were in temporary shelters" -> "in shelters", "212 passengers
    were on board" -> "on board"; not one whose noun names a happening, "on strike", "in
    custody": taking part in it is what the act that began it counts, "joined the strike",
    Quirk et al. 1985, ch. 9 on "on" and "in" with activities); or "died" for the idiom "lost their lives"
    (Merriam-Webster, "lose one's life": to die). The predicative complement says what
    the figure counts, not the noun alone (Quirk et al. 1985, ch. 16 on subject
    complements): the dead, the missing and the sheltered are three counts of people."""
    if _LOST_LIVES.match(text, end, e):
        return "died"
    if _ABOARD.match(text, end, e):
        return "on board"  # "none of the 152 people on board": a reduced relative, "who were on board"
    mt = _COPULA.match(text, end, e)
    if not mt or mt.end() == end:
        return ""
    held = place(text, mt.end(), e)
    if held and mt.group(1) and "remain" not in mt.group(1):  # "Two workers remain in the chamber": `_REMAIN`
        return held
    word = re.match(r"[a-z]{3,}\b", text[mt.end() : e])
    if not word:
        return ""
    w = word.group()
    copula = mt.group(1) or ""
    if w in STATES or (wordclass.adjective_only(w) and not w.endswith("ed") and w not in verbs.PARTICIPLES and w not in _NOT_STATES):
        return w if copula or mt.end() > end + len(copula) + 1 else ""
    if "remain" in copula and (w in verbs.PARTICIPLES or w.endswith("ed")):
        return w  # "Three schools remain closed": the state, not what is left
    return ""


def place(text: str, start: int, e: int) -> str:
    """The prepositional phrase of place at `start` as a state ("in temporary shelters" ->
    "in shelters", "without shelter"), or "" (`e`: the sentence's end); "" for a noun that
    names a happening ("on strike", "in custody"): taking part in it is what the act that
    began it counts too ("900 members were on strike" and "1,200 members had joined the
    strike" are one count; `senses.names_happening`)."""
    mt = PLACE.match(text, start, e)
    return f"{mt.group(1)} {mt.group(2)}" if mt and not senses.names_happening(mt.group(2)) else ""

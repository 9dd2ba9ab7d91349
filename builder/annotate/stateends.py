"""The end of a state held until a day: the change that ends it, as a title.

"The museum will stay closed until Thursday" dates no closing on Thursday: "until" with a
durative verb ends the state at the date (Quirk et al. 1985, ch. 8, "until" and ch. 4,
durative verbs), and what happens on the day is the change back, the plan to reopen
(TimeML's TLINK ENDS: the date ends the state, the event at the date is its end). A state
of a closed class of participles names its change by a verb of reversal (closed, shut ->
reopen; suspended, halted, paused -> resume), so the title says that verb: "The museum
will reopen". An open end ("until at least Thursday") is `nonevents`': no dated happening.
"""

from __future__ import annotations

import re

_HELD_UNTIL = re.compile(r"\b(?:stay|stays|stayed|remain|remains|remained|be|is|are|kept|keep|keeps)\s+"
                         r"(?:(?:temporarily|fully|completely)\s+)?(?P<state>closed|shut|suspended|halted|paused)\s+(?:until|till)\s+(?:the\s+)?$")
"""A state held until the date ("will stay closed until", "remains suspended until")."""
_STATE_IN_TITLE = re.compile(
    r"\b(?P<modal>will|would|shall|should|could|may|might|must|to)?\s*(?P<verb>stay|stays|remain|remains|be|is|are)"
    r"(?:\s+(?:temporarily|fully|completely))?(?:\s+(?:closed|shut|suspended|halted|paused)\b|$)")
"""The state's verb group in the title, its participle or the title's end after it (a title
cut before the participle: "Trading will remain")."""
_REVERSAL = {"closed": "reopen", "shut": "reopen", "suspended": "resume", "halted": "resume", "paused": "resume"}
"""A state's participle -> the verb of the change that ends it."""


def state_end_title(told: str, text: str, s: int, at: int) -> str:
    """`told` with a state held until the date at `at` (its sentence starting at `s`) told
    as the change that ends it ("The Pellworth will stay closed" -> "The Pellworth will
    reopen", "The line remains suspended" -> "The line resumes"), else `told`."""
    held = _HELD_UNTIL.search(text, max(s, at - 60), at)
    mt = _STATE_IN_TITLE.search(told) if held else None
    if held is None or mt is None:
        return told
    verb = _REVERSAL[held.group("state")]
    if mt.group("modal"):
        change = f"{mt.group('modal')} {verb}"
    else:
        change = verb + "s" if mt.group("verb") in ("stays", "remains", "is") else verb
    start = mt.start() if mt.group("modal") else mt.start("verb")
    return told[:start] + change + told[mt.end() :]


_STOPPED_THEM = re.compile(r"\band\s+(?:adjourn|suspend|halt|paus|recess|interrupt)[a-z]*\s+(?:them|it)\s+(?:until|till)\s+(?:the\s+)?$")
_OPENED_OBJECT = re.compile(r"^.+?\s(?:has\s|have\s|had\s)?(?:\w+ly\s)?[a-z]+(?:ed|en|un)\s(?P<thing>(?:(?:the|its|their|an?)\s)?(?P<head>[a-z]+)\b.*)$")
_PREPOSITIONS = frozenset("of into in on at for over about from by with against".split())


def resumed_title(told: str, text: str, s: int, at: int) -> str:
    """The title of a date that a second verb stops a thing until, its object a pronoun for
    the first verb's object ("The coroner has opened inquests into the deaths of X ... and
    adjourned them until December" -> "Inquests into the deaths of X are due to resume"):
    the opening is the report's, the date ends the stop (TimeML's TLINK ENDS), what is then
    due is the thing's resumption (as `plans.deferred` tells a stopped thing's); else `told`."""
    if _STOPPED_THEM.search(text, max(s, at - 40), at) is None:
        return told
    mt = _OPENED_OBJECT.match(told)
    if mt is None:
        return told
    thing = re.split(r"\s+and\s+[a-z]+ed\b", mt.group("thing"))[0]  # ("the hearing and adjourned it": the object alone)
    head = mt.group("head")
    plural = head.endswith("s") and not head.endswith("ss")
    return thing[:1].upper() + thing[1:] + (" are" if plural else " is") + " due to resume"

"""A toll is one count, whatever noun carries it: the figures of the people a happening
killed, or left missing, told as "bringing the death toll to 31", "the number of people
confirmed dead rose to 23", "nine bodies recovered", "killed at least 26 people" or
"among the 14 still missing". `claims` asks this module for the unit and act such a
figure counts when its own noun does not say; `present.countacts` then lines "deaths" up
with the people who died. Closed classes of English only; no topic words.
"""

from __future__ import annotations

import re

from . import acts, states, verbs, wordclass
from .counted import APPROX, BOUND, counted_by

_TOLL_TO = re.compile(
    r"\b(?:bringing|brought|brings|bring|taking|took|takes|take|pushing|pushed|pushes|raising|raised|raises|lifting"
    r"|lifted|lifts)\s+(?:the\s+|its\s+|their\s+)?(?:(?:total|overall|official|final|latest|confirmed|new)\s+)?"
    r"(?!(?:the|its|their|total|overall|official|final|latest|confirmed|new)\b)([a-z]{3,})\s+toll\b[^.;:]{0,60}?\bto\s+" + APPROX + r"$", re.I)
"""Before the figure a step brings a toll to: "recovered five more bodies, bringing the
death toll to 31", "taking the death toll to 12" (the causative "bring X to N", Merriam-
Webster's "bring", "to cause to be in a certain state"; a toll counts the things its first
noun names, "death toll": deaths, as `counted.number_of` reads "the death toll rose to")."""


def toll_unit(text: str, s: int, fs: int) -> str:
    """The unit of a figure a step brings a toll to ("bringing the death toll to 31" ->
    "deaths"), or "" (`s`: the sentence's start)."""
    mt = _TOLL_TO.search(text, max(s, fs - 120), fs)
    if mt is None:
        return ""
    noun = mt.group(1).lower()  # "injury toll" -> injuries: the regular plural (a toll alone, "the toll", names no noun)
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def stated_act(text: str, s: int, fs: int) -> str:
    """The state a counted noun is told in after "the number of X" ("the number of people
    confirmed dead … rose to 23" -> "dead"; `states.state`: a verb of knowing and an
    adjective), or "". What the figure counts is the complement, not the verb of knowing
    ("confirmed" says how the dead are known: Quirk et al. 1985, ch. 16 on subject
    complements), so the figure is one count with "ten people died"."""
    by = counted_by(text, s, fs)
    return states.state(text, by.end(1), fs) if by else ""


_BODIES = frozenset({"bodies", "corpses"})
"""Nouns of a dead person's body (WordNet 3.0: body.n.02 "the body of a dead animal or
person", with corpse.n.01)."""
_FOUND = frozenset({"find", "recover", "retrieve", "pull"})


def bodies(text: str, s: int, fs: int, unit: str, act: str) -> bool:
    """Whether the figure at `fs` counts dead people by their bodies found ("nine bodies
    recovered", "divers had recovered 23 bodies"): a count of `_BODIES` whose act is one
    of finding (`acts.SAME_ACT`: recover, discover -> find). A body found is a death
    confirmed, so news reports give the toll by it ("nine bodies recovered", then "the
    number of people confirmed dead rose to 23"): one count of the dead. A figure told
    with "more" ("14 more bodies") is the step, not the toll."""
    if unit not in _BODIES or not act or re.search(r"\b(?:more|further|another|other)\s+$", text[max(s, fs - 12) : fs + 40]):
        return False
    return acts.base(act) == "find" or acts.base(act).split(" ")[0] in _FOUND


def bound(text: str, s: int, fs: int) -> int:
    """Where a bound before the figure at `fs` starts when the figure is a toll of the dead
    ("which killed at least 26 people"), else -1. A toll that may still rise is
    told as its minimum, the count of the dead confirmed so far, as "recovered more than
    10,000" is the count as found (`counted.bound_back`): the count's reading of that day,
    shown as written ("at least 26"), never dropped. The act is the verb's whose object
    the figure is (`acts.act`), compared by its effect ("killed" -> "die": `acts.base`):
    the happening that killed them is the verb's subject, the toll's whole. A bounded
    subject ("At least four people were killed", "at least 40 died") stays no count: told
    alone, it is as often a part's (an aftershock's) as the whole's, and a bound is no
    rival of the count it is below."""
    mt = BOUND.search(text, max(s, fs - 16), fs)
    if not mt:
        return -1
    act = acts.act(text, s, mt.start())
    return mt.start() if act and acts.base(act) == "die" else -1


_HEADED = re.compile(r"\s+((?:still|now|so\s+far|reported|confirmed|presumed|feared|believed)\s+)?([a-z]{4,})\b"
                     r"(?!\s+[a-z]+s\b(?<!was)(?<!has)(?<!is))")
"""After a figure: a state word not followed by a plural noun ("the 30 missing passengers"
is a count of passengers, the adjective a premodifier)."""
_THE = re.compile(r"\b(?:the|those)\s+" + APPROX + r"$", re.I)


def adjective_head(text: str, s: int, fs: int, fe: int, e: int) -> str:
    """The state a figure with no noun is told in when it heads a noun phrase with an
    adjective or participle of state after it ("among the 14 still missing" -> "missing",
    "the 40 injured were taken to hospital" -> "injured"), or "". An adjective heading a
    definite noun phrase refers to people (Quirk et al. 1985, §7.23 on adjectives as heads:
    "the dead", "the injured"), and the figure counts them in that state: a participle, or
    a word WordNet knows only as an adjective ("missing", `wordclass.adjective_only`)."""
    if not _THE.search(text, max(s, fs - 16), fs):
        return ""
    mt = _HEADED.match(text, fe, e)
    if not mt:
        return ""
    word = mt.group(2)
    known = word in states.STATES or word in verbs.PARTICIPLES or word.endswith("ed") or wordclass.adjective_only(word)
    return word if known and acts.base(word) not in acts.NOT_ACTS else ""  # "of the 30 listed": how known, no state


def recount(text: str, s: int, fs: int, fe: int, e: int, unit: str, act: str, written: bool) -> tuple[str, str]:
    """(unit, act) of the figure at `fs` (ending at `fe`; `e`: the sentence's end) as a toll
    counts it, or (`unit`, `act`) as `claims` read them: ("people", "dead") for bodies
    found (`bodies`), the verb before a toll's bound ("killed at least 26"), the state after "the number of X" (`stated_act`), the state a figure
    with no noun of its own (`written` False) heads (`adjective_head`)."""
    if bodies(text, s, fs, unit, act):
        return "people", "dead"
    limit = BOUND.search(text, max(s, fs - 16), fs)
    if not act and limit and acts.base(killed := acts.act(text, s, limit.start())) == "die":
        return unit, killed  # "which killed at least 26 people": the verb before the bound
    if held := stated_act(text, s, fs):
        return unit, held
    if not written and unit == "people" and (head := adjective_head(text, s, fs, fe, e)):
        return unit, head
    return unit, act


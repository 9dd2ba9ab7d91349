"""Reporting verbs in the passive: its subject is what was told, estimated or counted,
never who tells it; the agent after "by" does ("the 240 estimated by police": police's
figure; "one victim had been counted twice": nobody's). Closed classes of English only
(forms of "be", reporting participles, "by"); no topic words.
"""

from __future__ import annotations

import re

PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?$")
"""A form of "be" right before a reporting verb's participle: a passive ("one victim had
been counted twice"), whose subject is what was told or counted, not who tells it (Quirk
et al. 1985, ch. 3 on the passive: the agent, if any, follows "by")."""
_AGENT = re.compile(
    r"\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:estimated|reported|counted|given|stated|cited|recorded|claimed)"
    r"\s+by\s+((?:the\s+)?[\w’'&.-]+(?:\s+(?!(?:on|in|at|last|this|earlier|yesterday|before|after|and)\b)[\w’'&.-]+){0,4})")
"""A reporting verb's past participle after a figure, with its agent: a reduced or full
relative clause in the passive ("far fewer than the 240 estimated by police on the
night", "the 31 that were reported by the agency"), which says who gave that figure (Quirk
et al. 1985, ch. 17 on postmodification by -ed clauses). The agent ends before a time
adverbial or a conjunction."""


def agent_after(text: str, end: int, e: int) -> tuple[int, str]:
    """(start, words) of the agent of a passive reporting participle right after the figure
    (or its noun) ending at `end` (`e`: the sentence's end), or (-1, "")."""
    mt = _AGENT.match(text, end, e)
    if not mt:
        return -1, ""
    return mt.start(1), mt.group(1).rstrip(".")

"""Two more ways a report after a planned day tells the plan done (`happenings._fulfils`
has the others): the plan's subject doing the plan's act by the same verb, and the plan's
object beginning.
"""

from __future__ import annotations

from collections.abc import Container

from ..annotation import Candidate
from . import verbs
from .stems import ASPECTUAL, stem
from .titleacts import act_verb, subject_head

BEGINNING = frozenset(stem(w) for w in "begin start launch".split())
"""Stems of the verbs of beginning said of a thing put into service ("the shuttle bus
started", "the service began": Quirk et al. 1985, §16.36, aspectual verbs taking a noun of
an activity as subject)."""


def done_as_planned(plan: Candidate, verb: str, act: frozenset[str], other: Candidate, places: Container[str]) -> bool:
    """Whether `other` (a candidate of another source, of the planned day, published on it or
    after) tells done the plan `plan` tells, its act's verb stem `verb` and content stems
    `act` (`titleacts.plan`):

    - the same act verb, no light one (`ASPECTUAL`: "will make a statement" and "made a
      donation" are two acts), and a shared participant other than a place ("Halvorsen will report
      its results on 26 February" and "Halvorsen Interactive reported a 31% fall in profit":
      a reporting verb leaves no content stem to compare; "The board will vote on the offer"
      and "The board voted to reject it");
    - a verb of beginning (`BEGINNING`) whose subject is the plan's object ("From Monday the
      council will run a free shuttle bus" and "the shuttle bus, which started on Monday";
      "The union will stage a strike from Monday" and "the strike began on Monday").

    A modal future or planned event and its realisation with agreeing arguments are one
    event (Saurí and Pustejovsky 2009, FactBank; Quirk et al. 1985, §4.54)."""
    done = act_verb(other.title)
    if not done or not verb:
        return False
    if done == verb:
        return done not in ASPECTUAL and not {e for e in plan.entities if e not in places}.isdisjoint(e for e in other.entities if e not in places)
    if done not in BEGINNING:
        return False
    words = verbs.words_of(other.title)
    first = verbs.first_finite(words)
    head = subject_head(words, first).lower() if first > 0 else ""
    return bool(head) and stem(head) in act - {verb}

"""A plan moved by a stated shift: "The hearing was originally listed for Monday but was
moved back a day" is no entry on Monday; it is the hearing on Tuesday.

`move_superseded` is a pass of `nesting.join_nested`: a group dated by a superseded plan
whose sentence tells the shift in days or weeks takes the new day, and joins the one group
of that day that names the planned happening's noun. Closed classes of English only
(plan participles, the verbs of moving, number words); no topic words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..annotate import verbs
from ..annotate.stems import stem
from ..annotate.titleacts import subject_head, subject_noun
from ..annotation import Candidate

_MOVED = re.compile(
    r"\b(?:originally|initially|first|previously)\s+(?:been\s+)?(?:listed|due|scheduled|set|planned|fixed|timetabled|slated)"
    r"\s+(?:for|on)\s+[^,;.]{1,40}?\s+but\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:moved|put|pushed|brought)\s+(?P<way>back|forward)\s+(?:by\s+)?(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\b")
"""A superseded plan and its shift ("originally listed for Monday but was moved back a
day", "initially scheduled for 3 May but has been put back two weeks"): "back" later,
"forward" earlier (Collins COBUILD English Usage: "put back", "bring forward" a meeting)."""
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def shifted(c: Candidate) -> str:
    """The day a candidate's superseded plan was moved to (`_MOVED`), or "" when its
    sentence tells no such move or its date is no day."""
    found = _MOVED.search(c.sentence)
    if found is None or c.precision != "day":
        return ""
    word = found.group("n").lower()
    n = _NUMBER[word] if word.isalpha() else int(word)
    days = n * (7 if found.group("unit").startswith("week") else 1) * (1 if found.group("way") == "back" else -1)
    return (dt.date.fromisoformat(c.date) + dt.timedelta(days=days)).isoformat()


def _planned(told: str) -> str:
    """The stem of what a title's plan is of: the noun heading its subject (`subject_noun`:
    "The hearing was originally listed" -> hear), or its subject's last word ("The
    sentencing ..." -> sentenc, a gerund WordNet lists as no noun of a happening)."""
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    return subject_noun(told) or (stem(subject_head(words, first).lower()) if first > 0 else "")


def move_superseded(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Each day group one of whose candidates tells its plan superseded by a shift
    (`shifted`) moved to the new day: joined to the one group of that day whose stems
    hold the plan's noun (`_planned`: "The hearing was originally listed" -> hear;
    "ordered ... until a full hearing"), else an entry of its own there; the groups of the
    old day told no later than the move that hold the noun move with it. TimeML: the
    superseded time anchors no event (FactBank: a cancelled plan is counterfactual)."""
    moves = {i: day for i, g in enumerate(groups) if (day := next((d for c in g if (d := shifted(c))), ""))}
    if not moves:
        return groups
    result, absorbed = list(groups), set()
    for i, day in moves.items():
        if i in absorbed:
            continue
        told = max(c.published for c in groups[i] if shifted(c))
        nouns = {_planned(c.title) for c in groups[i]} - {""}
        # the plan told before the move, in a group of its own ("will be sentenced on 12 April")
        with_it = [k for k, g in enumerate(groups) if k != i and k not in moves and g[0].date == groups[i][0].date
                   and all(c.published <= told for c in g) and any(nouns & set(c.stems.split()) for c in g)]
        moved = [replace(c, date=day) for k in (i, *with_it) for c in groups[k]]
        absorbed.update(with_it)
        found = [j for j, g in enumerate(groups) if j not in moves and j not in with_it and g[0].date == day
                 and g[0].precision == "day" and any(nouns & (set(c.stems.split()) | set(c.nouns.split())) for c in g)]
        if len(found) == 1:
            result[found[0]] = result[found[0]] + moved
            absorbed.add(i)
        else:
            result[i] = moved
    return [g for i, g in enumerate(result) if i not in absorbed]

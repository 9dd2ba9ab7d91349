"""Figures written as words ("Nine cases", "Fourteen people have fallen ill", "up from
nine"): the English cardinal numerals two to ninety-nine, compounds hyphenated
("twenty-three"), capitalised at a sentence's start (Quirk et al. 1985, ch. 6, numerals;
news style spells out numbers below ten and any number opening a sentence: AP and
Chicago). "one" is left out: it is as often a pronoun or a determiner ("one of the",
"one visit every few years") as a count. A helper of `claims` and `present.quantities`.
"""

from __future__ import annotations

import re

from .units import UNITS_PATTERN

_SMALL = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNITS_WORDS = "one two three four five six seven eight nine".split()

VALUES: dict[str, int] = {w: i + 2 for i, w in enumerate(_SMALL)}
for _t, _tens in enumerate(_TENS):
    VALUES[_tens] = 20 + 10 * _t
    for _u, _unit in enumerate(_UNITS_WORDS):
        VALUES[f"{_tens}-{_unit}"] = 20 + 10 * _t + _u + 1
"""A cardinal numeral written as a word -> its value."""

_WORD = "|".join(sorted(VALUES, key=len, reverse=True))
FIGURE = re.compile(rf"(?<![\w’'-])((?i:{_WORD}))(?![\w’'-])(?:\s({UNITS_PATTERN})\b)?")
"""A figure written as a word, with its counted noun when one follows (groups as
`units.FIGURE`'s: 1 the figure, 2 the unit)."""
_DETERMINED = re.compile(
    r"(?<![\w’'])(?:the|its|their|his|her|our|these|those|all|both|every|first|last|next|other"
    r"|(?<!up\s)(?<!down\s)(?:in|on|at|for|from|with|by|into|across|over|to|among|between|within|of)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|just|exactly))?)\s+$", re.I)
"""A determiner before a numeral: a definite set ("the two companies", "its three plants")
referred to, no count stated; or a preposition: the numeral is in a phrase of place or
extent ("fallen ill in three states", "posts in five commissions"), not a count claimed,
but for a count's earlier value ("up from nine"); with an approximator between ("at about
five this afternoon": a time of day)."""
_CHANGED_TO = re.compile(
    r"\b(?:risen|rose|rises|grown|grew|grows|climbed|climbs|increased|increases|jumped|jumps|fallen|fell|falls"
    r"|dropped|drops|declined|declines|swelled|swollen)\s+to\s+$", re.I)
"""Before a numeral that is a moving count's new value ("the number arrested has risen to
nine"): "to" after a verb of change marks the endpoint of the change (Quirk et al. 1985,
§9.17 on "to" of destination), a count stated, not a phrase of place."""
_LARGER = re.compile(r"[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b", re.I)
"""A numeral word that multiplies the next ("nine hundred"): read as no figure here."""


def value(word: str) -> int | None:
    """The value of a figure written as a word ("Nine" -> 9), or None."""
    return VALUES.get(word.lower())


def figures(text: str, s: int, e: int) -> list[re.Match[str]]:
    """The figures written as words in the sentence `text[s:e]` that may be counts: not
    after a determiner or a preposition (`_DETERMINED`; "risen to nine" is a count's new
    value, `_CHANGED_TO`), nor multiplying a larger numeral (`_LARGER`)."""
    return [mt for mt in FIGURE.finditer(text, s, e)
            if (not _DETERMINED.search(text, max(s, mt.start() - 22), mt.start())
                or _CHANGED_TO.search(text, max(s, mt.start() - 22), mt.start()))
            and not _LARGER.match(text, mt.end(1))]

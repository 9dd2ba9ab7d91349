"""Reported speech and accusations in a title: who said what, who is accused of what.

A title too long for "SPEAKER said (that) CLAUSE" keeps what was said, after the speaker
("SPEAKER: CLAUSE") or alone, and never ends on the reporting verb (`speaker_and_said`).
A date after "accused X of GERUND" dates the act X is accused of, not the accusation
(`accused_act`: "X's alleged spying for him" for 1997). Closed classes of English only
(reporting and accusation verbs, auxiliaries, subordinators); no topic words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..annotation import Mention, TimeExpression
from . import verbs
from .phrases import DETERMINERS, STOP, TITLE_WORDS, capitalised, cut, untrail

Teller = Callable[[str, int, int, list[TimeExpression], list[Mention]], str]
"""Titles the span text[a:b] with the dates and names in it (`clausetitle.clause_title`)."""

_ACCUSED_OF = re.compile(
    r"\b(?P<verb>accus|suspect|charg|convict|blam)(?:e|es|ed|ing|s)?\s+(?P<object>(?:[\w’'.-]+\s+){1,6}?)(?:of|for)\s+"
    r"(?P<gerund>[a-z]+ing)\b(?P<rest>[^,;:]*)$")
"""A verb of accusation, its object and "of/for" + a gerund before the date ("accused X of
spying for him in 1997"): the date dates the act the object is accused of."""
_ACCUSING = re.compile(r"accus|suspect|charg|convict|blam")
_POSSESSIVE_PRONOUN = {"him": "his", "her": "her", "them": "their", "it": "its", "us": "our", "me": "my"}


def accused_act(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                anchor: TimeExpression, tell: Teller, clause: re.Pattern[str]) -> str:
    """The title of the act a date after "accused X of GERUND" dates: "X's alleged GERUND
    ..." ("Son Chhay's alleged spying for him"), or "" when the date is not in such a
    phrase. A date before the verb ("In 1997 X accused Y of ...") dates the accusation, and
    so does a day or week ("accused X of lying on Tuesday": news dates its own report);
    a year, month or period after the gerund dates the act. `tell` titles a span of the
    text (`clausetitle.clause_title`), `clause` finds where a clause ends (`clausebreaks.CLAUSE`)."""
    if anchor.precision in ("day", "week"):
        return ""  # "accused X of lying on Tuesday": a near day is most often the accusation's
    before = text[max(s, anchor.start - 160) : anchor.start]
    if not _ACCUSING.search(before):
        return ""
    found = _ACCUSED_OF.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or clause.search(text, found.start("gerund"), anchor.start):
        return ""
    holder = found.group("object").split()
    if holder[0].lower() in DETERMINERS - {"the", "a", "an", "this", "that", "these", "those"}:
        return ""  # "accused its rival of": a phrase, not a clause's object
    owner = _POSSESSIVE_PRONOUN.get(holder[-1].lower()) if len(holder) == 1 else None
    if owner is None:
        mark = "’" if "’" in text else "'"
        owner = " ".join(holder) + (mark if holder[-1].endswith("s") else mark + "s")
        owner = capitalised(owner)
    else:
        owner = owner.capitalize()
    stop = text.find(", ", anchor.end, e)
    act = tell(text, found.start("gerund"), stop if stop > 0 else e,
                [d for d in dates if found.start("gerund") <= d.start < (stop if stop > 0 else e)], names)
    words = (owner + (" alleged " if found.group("verb") != "convict" else " ") + act[:1].lower() + act[1:]).split()
    k = len(owner.split()) + (found.group("verb") != "convict")
    if k + 1 < len(words) and words[k + 1].lower() not in STOP:
        words.insert(k + 1, "of")  # a gerund after a possessive takes its object with "of": "hiding of losses"
    return " ".join(cut(words) if len(words) > TITLE_WORDS else words)



_SAYING = frozenset("said says announced stated warned added insisted argued reported".split())
_TIME_OPENERS = frozenset("after before when as because while since once until".split())
SAYING_WORD = re.compile(r"\b(?:said|says|announced|stated|warned|added|insisted|argued|reported)\b", re.IGNORECASE)
_BEFORE_SAYING = frozenset("had has have also earlier later then was is".split())
_BE = frozenset("is are was were be been being".split())
SPEAKER_WORDS = 6
"""The longest speaker kept before a colon in a title that tells what was said."""


_SPEAKER_PRONOUNS = frozenset("they it he she".split())
"""A pronoun opening what was said, standing for the speaker ("X said it would close")."""


def _named_in_apposition(words: list[str], r: int) -> list[str] | None:
    """The name in apposition closing a speaker before the reporting verb at `r` ("The
    bankruptcy trustee for X, Sandra Ortiz, said"): the name renames the noun phrase (Quirk
    et al. 1985, ch. 17, apposition) and is the shorter speaker; None when there is none."""
    if r < 4 or not words[r - 1].endswith(","):
        return None
    c = max((i for i in range(r - 1) if words[i].endswith(",")), default=-1)
    name = words[c + 1 : r]
    if c < 1 or not 1 <= len(name) <= 4 or not all(w[:1].isupper() for w in name):
        return None
    return name[:-1] + [name[-1].rstrip(",")]


_NOT_SURNAMES = frozenset("group bank company corp corporation limited holdings council court police office ministry "
                          "department agency union party association commission committee authority board".split())
"""Last words of an organisation's name: no surname to stand for the speaker."""


def speaker_and_said(words: list[str]) -> tuple[list[str], list[str]]:
    """A title too long for "SPEAKER said (that) CLAUSE": "SPEAKER: CLAUSE" when the
    speaker has at most `SPEAKER_WORDS` words and both fit, else what was said alone, so
    that the title never ends on the reporting verb ("The independent Committee for Free
    and Fair Elections said" told nothing) nor starts inside the speaker's name. Returns
    (the words to cut, or `words` itself when unchanged; `words` cut)."""
    bare = [w.lower().strip(",;:") for w in words]
    r = next((i for i, w in enumerate(bare) if w in _SAYING), -1)
    plain = cut(words)
    named = _named_in_apposition(words, r)
    if named is not None:
        words, r = named + words[r:], len(named)  # "The trustee for X, Sandra Ortiz, said she": Sandra Ortiz said
        bare = [w.lower().strip(",;:") for w in words]
    if r < 1 or words[r - 1].endswith(","):
        return words, plain
    k = r + 1 + (r + 1 < len(bare) and bare[r + 1] == "that")
    if r < len(plain) and plain[-1].lower().strip(",;:") not in _SAYING | {"that"} and (
            bare[r] not in ("said", "says") or len(cut(words)) <= k or verbs.first_finite(verbs.words_of(" ".join(cut(words)[k:]))) >= 0):
        # ("reported the breach to the regulator": a verb that takes a noun object too, Quirk et al. 1985, 16.31)
        return words, plain  # the cut keeps the speaker, the verb and what was said up to its own verb ("said two lorries" is no title)
    if bare[r - 1] in _BE and bare[r] not in ("said", "says"):
        return words, plain  # "The company was warned in writing": a passive, its subject the one warned, no speaker
    while r > 1 and bare[r - 1] in _BEFORE_SAYING:
        r -= 1  # "Holt had said": the speaker is "Holt"
    if any(w.endswith(",") for w in words[: r - 1]) or verbs.first_finite(verbs.words_of(" ".join(words[:r]))) >= 0:
        # not a speaker but a clause before a time clause ("Stock indexes rose, after X
        # said ..."): the title is that clause
        j = max((i for i in range(1, r) if words[i - 1].endswith(",") or bare[i] in _TIME_OPENERS), default=0)
        if j >= 3:
            return untrail(words[:j], 1)[:-1] + [untrail(words[:j], 1)[-1].rstrip(",;:")], plain
        return words, plain
    said = words[k:]
    if len(said) < 3 or verbs.first_finite(verbs.words_of(" ".join(said))) < 0:
        return words, plain
    speaker = words[:r]
    if len(speaker) <= SPEAKER_WORDS and len(speaker) + len(said) <= TITLE_WORDS:
        return speaker[:-1] + [speaker[-1].rstrip(",") + ":"] + said, plain
    surname = speaker[-1].rstrip(",")
    if 3 <= len(speaker) <= SPEAKER_WORDS and all(w[:1].isupper() for w in speaker) and surname.isalpha() and len(surname) >= 4 and (
            surname[1:].islower() and surname.lower() not in _NOT_SURNAMES and 1 + len(said) <= TITLE_WORDS):
        # "Finance Minister Aurelia Bánffy said that ...": the surname alone names the speaker
        # (AP Stylebook, "names": the last name on second reference), what was said kept
        return [speaker[-1].rstrip(",") + ":"] + said, plain
    while len(speaker) > 1 and speaker[-1].lower().endswith("ly"):
        speaker = speaker[:-1]  # "X jointly announced": the speaker is X
    if said[0].lower() in _SPEAKER_PRONOUNS and len(speaker) <= SPEAKER_WORDS + 3 and (
            speaker[0][:1].isupper() or speaker[0].lower() in DETERMINERS) and not any(
            w.endswith(",") for w in speaker) and verbs.first_finite(tuple(said[1:2])) == 0:
        # "X and five others announced that they would ...": "they" is the speaker
        return [capitalised(speaker[0])] + speaker[1:] + said[1:], plain
    return [capitalised(said[0])] + said[1:], plain

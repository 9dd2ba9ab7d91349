"""Dates of requested things: what a mandative verb asks for is to last until, or be done by.

"Okafor asked for a delay until next month", "demanded a pay rise by June", "urged workers
to return by Monday": the date is the requested thing's, which may never happen, not the
request's (Quirk et al. 1985, ch. 16, verb complementation: verbs of demand, request,
proposal and suggestion, with a noun phrase or an object and a to-infinitive). The title
tells the thing as requested, with who asked ("A delay until April requested by Okafor").
Closed classes of English only (mandative verbs, prepositions); no topic words.
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import tense, verbs, wordclass
from .phrases import STOP, capitalised
from .titlewords import AUXILIARY_END

_REQUEST = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)\b(?P<verb>" + tense.MANDATIVE_VERB + r")\b"
    r"(?:\s+for)?\s+(?P<np>(?:(?!\b(?:that|to|and|but|or|who|which)\b)[^,;:.!?\"“”]){1,60}?)\s+"
    r"(?P<lead>until|till|by|for)\s+(?:the\s+)?$")
"""A mandative verb (Quirk et al. 1985, ch. 16, verb complementation: verbs of demand, request, proposal and
suggestion, "ask for", "seek", "propose", "demand", "urge", "call for", "press for",
"apply for", "petition for", "recommend") with its noun phrase and the date it is to last
until, be done by or take place on ("asked for a delay until next month", "demanded a pay
rise by June", "sought a hearing for April 9"): the date is the requested thing's, which
may never happen, not the request's."""
_REQUESTED = {"ask": "requested", "request": "requested", "seek": "sought", "sought": "sought", "propos": "proposed",
              "demand": "demanded", "urg": "urged", "call": "called for", "press": "pressed for", "push": "pushed for",
              "appl": "applied for", "petition": "petitioned for", "suggest": "suggested", "recommend": "recommended",
              "requir": "required", "order": "ordered", "direct": "directed", "instruct": "instructed"}
"""The participle a mandative verb's stem is told with after its object."""
_NEEDS_FOR = frozenset("call press push appl".split())
"""Stems that are mandative only with "for" ("called for a vote", not "called a vote")."""
_RELATIVE_DATE = re.compile(r"\b(?:next|last|this|coming|following|previous|ago|later|earlier|today|tomorrow|yesterday|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _when(anchor: TimeExpression) -> str:
    """How a title names `anchor` as the end of a requested thing: as written when it
    holds no word relative to the day of writing ("April 9", "the end of the year"), else from its value ("next month" ->
    "April"; "Friday" -> "21 March"), else "then"."""
    if not _RELATIVE_DATE.search(anchor.text):
        return anchor.text  # "April 9", "June", "the end of the year"
    value = anchor.value
    if anchor.precision == "month" and re.fullmatch(r"[0-9]{4}-[0-9]{2}", value):
        return _MONTH_NAMES[int(value[5:]) - 1]
    if anchor.precision == "day" and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return f"{int(value[8:])} {_MONTH_NAMES[int(value[5:7]) - 1]}"
    if anchor.precision == "year" and re.fullmatch(r"[0-9]{4}", value):
        return value
    return "then"


def _asker(told: str, verb: str) -> str:
    """Who asked, from the title `told` of the asking clause: the words before the
    mandative verb `verb`, its auxiliaries dropped, the first word in lower case when it
    is a determiner or a common noun before a lower-case word or none ("the union",
    "lawyers for Okafor", "creditors"; not "Brannock Bau"); "" when there is none or it
    is long or holds a verb."""
    at = told.find(" " + verb + " ")
    if at <= 0:
        return ""
    who = AUXILIARY_END.sub("", told[:at]).strip()
    if len(who.split()) > 6 or verbs.has_finite(who):
        return ""
    first, *rest = who.split()
    if first in ("The", "A", "An", "Its", "Their", "His", "Her") or (
            first.isalpha() and wordclass.common_word(first) and not wordclass.adjective_only(first)
            and (not rest or rest[0][:1].islower())):
        who = who[:1].lower() + who[1:]
    return who


def requested(told: str, text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date a mandative verb's object is to last until, be done by or take
    place on (`_REQUEST`): the thing requested, told as requested, with who asked when the
    clause names them ("Okafor asked for a delay until next month" -> "A delay until April
    requested by Okafor"; it was titled "Okafor asked for a delay" on April, the asking put
    on the month asked for). `told` as it was for any other date."""
    found = _REQUEST.search(text, max(s, anchor.start - 120), anchor.start)
    if found is None:
        return _requested_act(told, text, s, anchor)
    stem = next(k for k in _REQUESTED if found.group("verb").startswith(k))
    with_for = text[found.end("verb") : found.start("np")].strip() == "for"
    np = found.group("np").strip()
    if stem == "ask" and not with_for and " for " in f" {np} ":
        with_for, np = True, f" {np} ".split(" for ", 1)[1].strip()  # "asked the judge for a delay"
    if (stem in _NEEDS_FOR or stem == "ask") and not with_for:
        return told  # "called a vote for May 3": it is the vote that was called, not asked for
    if not np or verbs.has_finite(np) or len(np.split()) > 8:
        return told
    who = _asker(told, found.group("verb"))
    asked = f"{capitalised(np)} {found.group('lead')} {_when(anchor)} {_REQUESTED[stem]}"
    return asked + (f" by {who}" if who else "")


_REQUIRING = r"|requir(?:e|es|ed|ing)|order(?:s|ed|ing)?|direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?"
"""Verbs of directive that take an object and a to-infinitive ("a notice requiring the firm to
confirm by 31 January", "ordered the bank to repay customers by March": Quirk et al. 1985, ch.
16, object + to-infinitive after verbs of command): the act is still to be done, by the date."""
_REQUEST_TO = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)\b(?P<verb>" + tense.MANDATIVE_VERB + _REQUIRING + r")\b"
    r"(?:\s+on)?(?P<object>(?:\s+(?!(?:that|for|and|but|or|who|which|to)\b)[^\s,;:.!?\"“”]+){0,6}?)"
    r"(?:\s+to\s+[a-z]{2,}(?:\s+(?!(?:that|and|but|or|who|which|to)\b)[^\s,;:.!?\"“”]+){0,10}?\s+and)?\s+to\s+"
    r"(?P<act>[a-z]{2,})(?P<np>(?:\s+(?!(?:that|and|but|or|who|which)\b)[^\s,;:.!?\"“”]+){0,8}?)\s+"
    r"(?P<lead>until|till|by)\s+(?:the\s+)?$")
"""A mandative verb with an object and a to-infinitive (the last of two joined by "and"), the
infinitive's act to last until or be done by the date ("asked the court to delay the hearing
until May", "urged workers to return by Monday", "sought to extend the deadline until April",
"requiring the firm to delete the data and to confirm by 31 January"): the mandative
to-infinitive (Quirk et al. 1985, ch. 16, verb complementation: object + to-infinitive
after verbs of request), whose act is still to be done, and may never be."""
_PREPOSITIONS = frozenset("to of on in at for from with into over under".split())


def _requested_act(told: str, text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date a requested act is to last until or be done by (`_REQUEST_TO`):
    the act as a noun (`verbs.act_noun`), told as requested, with who asked when the clause
    names them ("The union asked the court to delay the hearing until May" -> "A delay of
    the hearing until May requested by the union"; it was titled "The union asked the court
    to delay the hearing" on May, the asking put on the month asked for). `told` as it was
    for any other date."""
    found = _REQUEST_TO.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or found.group("act") in STOP or verbs.has_finite(found.group("object") + found.group("np")):
        return told
    stem = next(k for k in _REQUESTED if found.group("verb").startswith(k))
    act = verbs.act_noun(found.group("act"))
    np = found.group("np").strip()
    thing = act + (" " + np if np.split()[:1] and np.split()[0] in _PREPOSITIONS else " of " + np if np else "")
    who = _asker(told, found.group("verb"))
    article = "An" if act[:1] in "aeiou" else "A"
    asked = f"{article} {thing} {found.group('lead')} {_when(anchor)} {_REQUESTED[stem]}"
    return asked + (f" by {who}" if who else "")

"""Dates of plans: a thing planned, put off or superseded, told as still to come.

A date inside an infinitive whose governing verb has a date of its own ("The firm agreed
in May to sell the site in June") titles the planned act ("The firm is to sell the site":
`infinitive`); a date a thing was stopped, put off or prolonged until ("adjourned until
March 19") titles what is then due ("The hearing is due to resume": `deferred`); a date
in a superseded plan set off as an aside ("The ruling, originally due on Monday, was
delayed") titles the plan ("The ruling was originally due": `superseded_aside`), and a
title that left such a plan out loses the "now" that contrasted with it
(`now_of_contrast`). Closed classes of English only (plan and deferral verbs,
auxiliaries); no topic words.
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import senses, verbs
from .phrases import STOP, capitalised
from .titlewords import HEAD_ENDS

_SUPERSEDED_IN = re.compile(r",\s(?:originally|initially|previously|first)\s(?:been\s)?"
                            r"(?:due|expected|scheduled|slated|set|planned|timetabled)\b[^,]*,")
_SUPERSEDED_LEFT = re.compile(r",\s(?:originally|initially|previously|first)\s(?:been\s)?"
                              r"(?:due|expected|scheduled|slated|set|planned|timetabled)(?:\s(?:to\s)?[a-z]+)?,")
_NOW_AFTER_AUXILIARY = re.compile(r"\b(will|would|shall|should|is|are|was|were|has|have|had|must|can|could|may|might)\snow\s")


def now_of_contrast(told: str, text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """`told` without a "now" that sets the new time against a superseded plan the title
    left out ("The first of the two ships, originally due in the third quarter, will now be
    delivered by early next year" -> "The first of the two ships will be delivered"): with
    the plan gone it contrasts with nothing, and on the timeline reads as the day of
    writing (Quirk et al. 1985, ch. 8, adverbials: "now" of contrast). What is left of the
    aside once its date is cut (", initially scheduled,") goes too. Kept when the sentence
    tells no plan ("Its verdict is now due")."""
    aside = _SUPERSEDED_IN.search(text, s, e)
    if aside is None or aside.start() <= anchor.start < aside.end():
        return told
    told = _SUPERSEDED_LEFT.sub("", told)  # "The hearing, initially scheduled, will now open": the plan's date gone
    if " now " not in text[s:e]:
        return told  # "will be delayed until October" told "is now due": the title's own "now" tells the change
    return _NOW_AFTER_AUXILIARY.sub(r"\1 ", told, count=1)


_SUPERSEDED_ASIDE = re.compile(
    r"\s*(?P<np>[^,;:()\"“”]{2,80}?),\s+(?P<plan>(?:originally|initially|previously|first)\s+(?:been\s+)?"
    r"(?:due|expected|scheduled|slated|set|planned|timetabled)(?:\s+to\s+[a-z]+)?)\s+"
    r"(?:(?:in|on|at|by|for|during|until)\s+)?(?:the\s+)?$")
_AGREEING = {"was": "was", "is": "was", "has": "was", "were": "were", "are": "were", "have": "were"}
"""A finite auxiliary after the aside, and the past of `be` that agrees with it."""


def superseded_aside(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """The title of a date in a superseded plan set off as an aside after the subject ("The
    ruling, originally due on Monday, was delayed" -> "The ruling was originally due"): the
    aside is a reduced non-restrictive relative ("which was originally due", Quirk et al.
    1985, ch. 17, the complex noun phrase: non-restrictive postmodification), and its date
    is the plan's, not the main clause's happening (`roles` marks it no event). `be`
    agrees with the main clause's auxiliary, else with the subject's head ("were" after a
    plural noun not followed by "of"). "" when the date is not in such an aside."""
    found = _SUPERSEDED_ASIDE.fullmatch(text, s, anchor.start)
    if found is None or text[anchor.end : anchor.end + 1] != "," or verbs.has_finite(found.group("np")):
        return ""
    np = found.group("np").strip()
    following = verbs.words_of(text[anchor.end + 1 : min(e, anchor.end + 40)])[:1]
    be = _AGREEING.get(following[0].lower(), "") if following else ""
    if not be:
        head = np.split(" of ")[0].split()[-1].lower()
        be = "were" if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) else "was"
    return capitalised(f"{np} {be} {' '.join(found.group('plan').split())}")


_INFINITIVE_BEFORE = re.compile(r"\sto\s(?P<verb>[a-z]{2,})\s[^,;:]{0,60}?$")
_NEGATIVE_IMPLICATIVE = frozenset(
    "fail fails failed failing refuse refuses refused refusing decline declines declined declining "
    "neglect neglects neglected neglecting forget forgets forgot forgotten forgetting "
    "omit omits omitted omitting".split())
"""Forms of the negative implicative verbs (Karttunen 1971, "Implicative verbs",
*Language* 47: "fail to", "neglect to", "forget to", "decline to", "refuse to"): "X failed
to pay" entails that X did not pay, so its infinitive is no plan; a date in it dates the
failure, told as written ("The firm failed to pay its workers")."""


def infinitive(told: str, text: str, s: int, dates: list[TimeExpression], anchor: TimeExpression) -> str:
    """The title of a date inside an infinitive whose governing verb has a date of its own
    before it ("The firm agreed in May to sell the site in June": June dates the sale, May
    the agreement): the infinitive's happening, told as planned ("The firm is to sell the
    site"); `told` as it was otherwise (the May entry keeps "The firm agreed to sell the
    site"), and after a negative implicative verb (`_NEGATIVE_IMPLICATIVE`: "after failing
    to pay its workers on Tuesday" -> "The firm failed to pay its workers")."""
    first = next((d for d in dates if s <= d.end <= anchor.start and d.value != anchor.value), None)
    if first is None:
        return told
    found = _INFINITIVE_BEFORE.search(text, first.end, anchor.start)
    if found is None or found.group("verb") in STOP or found.group("verb") == "be" or not senses.verb_synsets(
            found.group("verb")) or (  # "widened to another nine models": a preposition, no infinitive
            len(text[first.end : found.start()].split()) > 3 or "," in text[first.end : found.start()]):
        return told  # ("should reopen in June, and that the council hoped to rebuild": another clause's date)
    governor = text[first.end : found.start()].split()[-1:]
    if governor and governor[0].lower() in _NEGATIVE_IMPLICATIVE:
        return told  # "collapsed on Friday after failing to pay its workers on Tuesday": no plan to pay
    at = told.find(" to " + found.group("verb") + " ")
    at = at if at >= 0 else (len(told) - len(" to " + found.group("verb")) if told.endswith(" to " + found.group("verb")) else -1)
    words = tuple(told[:at].split()) if at > 0 else ()
    verb = verbs.first_finite(words) if words else -1
    if verb <= 0 or verb != len(words) - 1 or any(w.lower() in ("to", "that") for w in words[:verb]):
        return told  # ("The court ordered the firm to pay": the infinitive's subject is the object)
    subject = words[:verb]
    head = subject[-1]
    plural = head.endswith("s") and not head.endswith("ss") and (head[:1].islower() or len(subject) == 1)
    return " ".join(subject) + (" are" if plural else " is") + told[at:]


_DEFERRED = re.compile(r"\b(?P<verb>adjourn|recess|suspend|halt|interrupt|pause|postpon|delay|defer|put\s+off|pushed\s+back|"
                       r"push\s+back|reschedul|extend|prolong)\w*(?:\s+[^,;.]{1,100}?)?\s+(?P<to>until|till|to|for)\s+(?:the\s+)?$")
"""A verb that stops, puts off or prolongs something, then the date it lasts until ("was
adjourned until March 19", "postponed the vote to May 3", "extended the deadline to
Friday"): the date is when what it moved is next due, not when it was moved."""
_STOPPED = frozenset("adjourn recess suspend halt interrupt pause".split())
_PROLONGED = frozenset("extend prolong".split())
_DEFERRED_TOLD = re.compile(
    r"^(?P<x>.+?)\s(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen|will\sbe|would\sbe)\s(?:\w+ly\s)?(?P<verb>\w+)(?:\s(?:off|back))?$"
    r"|^(?P<s>.+?)\s(?:has\s|have\s|had\s|will\s|would\s)?(?:\w+ly\s)?(?P<verb2>\w+)(?:\s(?:off|back))?\s(?P<o>(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]ll|[a-z]+s\b).*)$")


def deferred(told: str, text: str, s: int, anchor: TimeExpression) -> str:
    """The title of the date a thing was stopped, put off or prolonged until (`_DEFERRED`):
    what is then due, told as due ("The hearing was adjourned until March 19" -> "The
    hearing is due to resume"; "The board postponed the vote to May 3" -> "The vote is now
    due"; "The deadline was extended to Friday" -> "The deadline now ends"), the thing
    moved being the subject of a passive or the object of an active verb; `told` as it
    was for any other date (or a title of another shape)."""
    found = _DEFERRED.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or (found.group("to") == "for" and found.group("verb") != "reschedul"):
        return told
    shape = _DEFERRED_TOLD.match(told)
    if shape is None:
        return told
    verb = shape.group("verb") or shape.group("verb2")
    stem = found.group("verb").split()[0]
    if not verb.lower().startswith(stem):
        return told
    thing = shape.group("x") or shape.group("o")
    if not thing or verbs.has_finite(thing):
        return told
    words = thing.split()
    ahead = next((k for k, w in enumerate(words) if k and w.lower() in HEAD_ENDS), len(words))
    head = words[ahead - 1]  # "Talks between the union and the port", "Trading in the shares"
    plural = head.endswith("s") and not head.endswith("ss") and (head[:1].islower() or ahead == 1)
    if stem in _STOPPED:
        due = ("are" if plural else "is") + " due to resume"
    elif stem in _PROLONGED:
        due = "now end" if plural else "now ends"
    else:
        due = ("are" if plural else "is") + " now due"
    return capitalised(thing) + " " + due

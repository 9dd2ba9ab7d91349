"""What an amount of money is when a verb says it: what something costs ("repairs could
cost £6 million to £8 million", "a repair programme expected to cost £7.4 million", "the
repairs, which are now forecast to cost £8.1 million": one count, the repair costs), and
money given towards something ("awarded the council £5 million towards the repairs": an
award, not the repairs' cost). `claims` asks it before `amounts.what`. Closed classes of
English only (determiners, modals, verbs of giving and of forecasting); no topic words.
"""

from __future__ import annotations

import re

from . import wordclass
from .counted import APPROX

_COSTS = re.compile(
    r"\b(?:the|a|an|its|their|this|that|these|those)?\s*((?:[a-z-]{3,}\s+)?[a-z]{3,})"
    r"(?:,?\s+(?:which|that)\s+)?\s*"
    r"(?:(?:is|are|was|were|could|would|will|may|might|should|must|now|still|also|then|be|been|being)\s+)*"
    r"(?:(?:expected|forecast|estimated|projected|likely|set|due|predicted|thought|believed|budgeted)\s+)?(?:to\s+)?"
    r"(?:cost|costs|costing)\s+" + APPROX + r"$")
"""Before an amount that is what the noun phrase before "cost" costs, the verb's subject
(perhaps a relative "which" after it, a modal, "expected to", "forecast to": "repairs could
cost", "a programme expected to cost", "the repairs, which are now forecast to cost").
"Cost" takes the price as its object, the thing priced as its subject (Huddleston &
Pullum 2002, ch. 4 on "cost" as a verb of measure)."""
_AUXILIARIES = frozenset("is are was were could would will may might should must now still also then be been being".split())
_NOT_SUBJECTS = frozenset("it they this that which what who and or but also would could will".split())


def cost_of(text: str, s: int, start: int) -> str:
    """What the amount at `start` (its currency sign; `s`: the sentence's start) is the cost
    of, named "X costs" by the thing's noun ("repairs could cost £6 million" -> "repair
    costs"; "a repair programme expected to cost £7.4 million" -> "repair costs": the
    modifier of a compound names what the programme is of, Quirk et al. 1985, §17.108 on
    noun premodifiers), or "" when no noun is the verb's subject ("it could cost £5
    million": a pronoun, `amounts.cost` reads "cost it £38 million")."""
    mt = _COSTS.search(text, max(s, start - 90), start)
    if not mt:
        return ""
    words = [w for w in mt.group(1).lower().split() if w not in _AUXILIARIES]  # "merger would": the noun
    if not words or words[-1] in _NOT_SUBJECTS or not wordclass.common_noun(words[-1]):
        return ""
    noun = words[0] if len(words) == 2 and wordclass.common_noun(words[0]) and words[0] not in _NOT_SUBJECTS else words[-1]
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return f"{stem} costs"


_FORECAST = re.compile(r"\b(?:could|would|will|may|might|expected|forecast|estimated|projected|likely|set|due"
                       r"|predicted|budgeted)\b")


def forecast(text: str, s: int, start: int) -> bool:
    """Whether the cost at `start` (`cost_of`) is a forecast ("repairs could cost £6
    million to £8 million", "expected to cost £7.4 million", "now forecast to cost £8.1
    million"): a modal of prediction or a verb of expecting (Quirk et al. 1985, §4.57 on
    the modals of prediction). A forecast is the estimate as of its report's day, revised
    as the work goes on, so the figures of later reports are the count's next readings
    (a series, `present.series`), not rival figures of one day."""
    mt = _COSTS.search(text, max(s, start - 90), start)
    return bool(mt and _FORECAST.search(text, mt.end(1), start))


_GIVEN = re.compile(
    r"\b(award(?:ed|s)?|grant(?:ed|s)?|contribut(?:ed|es|e)|allocat(?:ed|es|e)|gave|given|gives|provided|provides"
    r"|lent|lends|paid|pays)\s+(?:(?:the|its|their|a|an|[A-Z][\w’'&-]*)\s+)?(?:[a-z-]+\s+)?" + APPROX + r"$")
_NOUN_OF_VERB = {"award": "awards", "grant": "grants", "contribut": "contributions", "allocat": "allocations",
                 "gave": "contributions", "given": "contributions", "gives": "contributions", "provide": "contributions",
                 "lent": "loans", "lends": "loans", "paid": "payments", "pays": "payments"}
"""A verb of giving and its noun by conversion or derivation (Quirk et al. 1985, App. I):
what the money given is ("awarded £5 million" is an award)."""
_TOWARDS = re.compile(r"\s+towards?\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z-]+s)\b")


def towards(text: str, s: int, e: int, start: int, end: int) -> tuple[str, int] | None:
    """What the amount from `start` (its currency sign) to `end` is when a verb of giving
    takes it and "towards X" says what for ("awarded the council £5 million towards the
    repairs" -> ("awards towards repairs", where the phrase ends)), or None. "Towards" of
    purpose names what the money is for, not what it is (Quirk et al. 1985, ch. 9): an
    award is money given, no figure of the repairs' cost."""
    to = _TOWARDS.match(text, end, e)
    given = _GIVEN.search(text, max(s, start - 60), start) if to else None
    if not (to and given):
        return None
    verb = given.group(1).lower()
    noun = next((n for stem, n in _NOUN_OF_VERB.items() if verb.startswith(stem)), "contributions")
    return f"{noun} towards {to.group(1)}", to.end()


_PAY_OUT = re.compile(
    r"\b(?:pay|pays|paying|paid)\s+(?:out\s+|(?:its|their|the|his|her)\s+(?:[a-z]+\s+)?claims?(?:\s+in\s+full)?,?\s+at\s+)"
    + APPROX + r"$")
"""Before an amount paid out on a claim: "insurers are preparing to pay out about $340
million", "had agreed to pay its claim in full, at $338 million" (the phrasal verb "pay
out", whose noun is "payout", Merriam-Webster: "an act of paying out: disbursement"; and
"pay a claim at N", the sum the claim is paid at)."""


def paid_out(text: str, s: int, start: int, end: int) -> str:
    """"payouts" when the amount from `start` (its currency sign) to `end` is paid out on a
    claim (`_PAY_OUT`) and no noun after it says what the money is ("paid out more than
    $600 million in claims": claims paid, another count), else "": one count whoever
    estimates it and whenever it is settled."""
    if re.match(r"\s+(?:in|of)\s+[a-z]", text[end : end + 40]):
        return ""
    return "payouts" if _PAY_OUT.search(text, max(s, start - 70), start) else ""


_SETTLED = re.compile(r"\b(?:agreed|agrees|agree|settled|settles)\s+to\s+(?:pay|accept)\b")


def settled(text: str, s: int, start: int) -> bool:
    """Whether the payout at `start` (`paid_out`) is one agreed ("insurers had agreed to pay
    its claim in full, at $338 million"): an agreement fixes the sum (Merriam-Webster's
    "settle", "to fix or resolve conclusively"), the count's last reading, which follows
    the estimates before it over time rather than disputing them."""
    return bool(_SETTLED.search(text, max(s, start - 70), start))


_WORDS = re.compile(r"\s+([a-z][a-z-]+)\b(?:\s+([a-z][a-z-]+)\b)?(?:\s+([a-z][a-z-]+)\b)?")
_PRICED_BEFORE = re.compile(r"\b(?i:a|an|the|its|their|his|her)\s+$")


def value_of(text: str, s: int, e: int, start: int, end: int) -> tuple[str, int] | None:
    """("X value", where X ends) when the amount from `start` (its currency sign) to `end`
    premodifies the noun of a made thing ("a $300 million communications satellite" ->
    "satellite value"), else None. A measure phrase before a noun gives what the thing is
    worth or cost (Quirk et al. 1985, §17.104 on premodification by a measure phrase); only
    a made thing's (`wordclass.made_thing`): "a £2 million loan" says no value of a thing."""
    if not _PRICED_BEFORE.search(text, max(s, start - 8), start):
        return None
    mt = _WORDS.match(text, end, e)
    words = [w for w in mt.groups() if w] if mt else []
    for k in range(len(words), 0, -1):  # the head: the last word of the run of nouns after the amount
        head = words[k - 1]
        if wordclass.made_thing(head) and all(wordclass.common_noun(w) for w in words[: k - 1]):
            return f"{head} value", mt.end(k) if mt else end
    return None


def named(text: str, s: int, e: int, start: int, end: int) -> tuple[str, int] | None:
    """What the amount from `start` (its currency sign) to `end` is, read before
    `amounts.what`: money given towards something (`towards`), a made thing's value
    (`value_of`); or None."""
    return towards(text, s, e, start, end) or value_of(text, s, e, start, end)


def verb_named(text: str, s: int, start: int, end: int) -> str:
    """What the amount is by the verb before it, read after `amounts.what` finds nothing: a
    cost ("repairs could cost £6 million": `cost_of`), a payout (`paid_out`); or ""."""
    return cost_of(text, s, start) or paid_out(text, s, start, end)


def act_and_reading(text: str, s: int, start: int, what: str, act: str) -> tuple[str, bool]:
    """(the act of the amount at `start`, whether it is a reading of a series) for an amount
    that is `what`: a cost has no act of its own ("could cost", "expected to cost", "cost":
    one count), and a forecast cost or an agreed payout is the count's reading of its day
    (`forecast`, `settled`); any other amount keeps `act` and is no reading here."""
    if what == cost_of(text, s, start):
        return "", forecast(text, s, start)
    return act, what == "payouts" and settled(text, s, start)

"""The markers of futurity that make an underspecified date look forward (`tense.direction`
reads them): modal and future forms, semi-modals of obligation, verbs of plan, intention
and expectation before an infinitive, and the modals of possibility before a plain
infinitive (`is_future`, `possible`); not a plan told as superseded, a forward word used
as a noun ("the plan"), or a modal with a perfect infinitive, which speaks of the past.
Closed classes of English only; no topic words.
"""

from __future__ import annotations

import re

_FUTURE_WORDS = frozenset(
    "will 'll ’ll shall should would won't wo must going expected expects expect plans plan planned "
    "scheduled intends intend intended aims due set upcoming coming until till next forthcoming "
    "anticipated slated likely unlikely".split()
)
"""Words that point forward. `likely`/`unlikely` count only after a copula (below). `planned` and `set` count only before `to`/`for` (below)."""
_PREDICTING = frozenset("likely unlikely".split())
_COPULAS = frozenset("is are was were be been being seems seemed looks looked appears appeared remains remained".split())
"""`likely`/`unlikely` predict only as a predicative adjective ("a hearing was unlikely
before the spring", "a verdict is likely in March": Quirk et al. 1985, ch. 3, `be likely`
among the semi-auxiliaries of prediction); "the likely cause of the crash on Monday" is
an attributive adjective and predicts nothing."""
_NEEDS_TO = frozenset("going planned set scheduled slated aims".split())
"""Forward only when followed by `to` or `for` ("set to begin", "due to close", "scheduled for")."""
_OBLIGED_TO = frozenset("has have 've need needs ought".split())
"""Present forms of the semi-modals of obligation and necessity (Quirk, Greenbaum, Leech
and Svartvik 1985, ch. 3 and ch. 4, the modals and semi-modals: `have to`, `need to`, `ought to` beside the
modal `must`): with `to` and an infinitive, the act is required and not yet done, so the
date looks forward, as HeidelTime's `getLastTense` reads any modal (Penn tag `MD`) as the
future. Their past forms (`had to`, `needed to`) report an obligation of the past and stay
back (`had` and `-ed`)."""
PERFECT_AFTER_MODAL = frozenset("have 've".split())
"""After `must` or an obligation's `to`, a perfect infinitive ("must have sailed", "needs to
have been paid") is the past seen from now (Quirk et al. ch. 4, the semantics of the verb phrase: epistemic `must have`):
no forward marker."""
MODAL_OF_THE_PAST = frozenset("must should would could might may ought".split())
"""Modals that with a perfect infinitive speak of the past ("must have sailed", "should
have been sent", "would have closed", "might have left": Quirk et al. 1985, ch. 4, the
semantics of the verb phrase, the perfective with modals): a past-time marker, not a
future one. "will have finished" is a future perfect, not listed."""
_INTENTION = frozenset(
    "hope hopes hoped hoping plan plans planned intend intends intended aim aims aimed want wants wanted "
    "promise promises promised vow vows vowed pledge pledges pledged agree agrees agreed decide decides decided "
    "prepare prepares prepared threaten threatens threatened seek seeks sought mean means meant "
    "vote votes voted resolve resolves resolved".split()
)
"""Verbs of intention and of decision: with "to" and an infinitive they look forward
whatever their own tense, as HeidelTime's and SUTime's "planned to" does: the infinitive
names an act the intention or decision puts after itself ("the company hoped to reopen it
in the third quarter", "agreed to sell the unit in May"). "vote" and "resolve" are a body's
decisions as "decide" is one person's: a board "voted to close the mill", a union "voted
to strike", shareholders "voted to approve the merger", a council "resolved to sell the
depot". Only before the date (the date is the infinitive's): after it they say nothing of
the date ("the dispute over the July 28 merger threatens to derail the deal")."""
_AFTER_COMING_VERB = frozenset("in on at from to back up out down under into as".split())
"""Words after "saw this coming" that make "coming" the verb "come" said of an object,
not the adjective of the future ("the coming weeks", "this coming Friday")."""
_NOUN_TOO = frozenset("plan plans set aims".split())
"""Forward words that are also nouns: after a determiner, with no "to"/"for" after them
("rejected the plan on Monday", not "the plan to sell the site in June"), they mark no tense."""
DETERMINERS = frozenset("the a an its their his her our my your this that these those".split())
_ORIGINAL_PLAN = frozenset("originally initially previously first".split())
_PLAN_WORDS = frozenset("due expected scheduled slated set planned timetabled".split())


def _noun_phrase_before(words: list[str], i: int) -> bool:
    """Whether words[i] ends a noun phrase: a determiner or a possessive right before it, or
    before one participle premodifying it ("the plan", "the company's plan", "its amended
    plan"; not "the union plans", where a noun is the subject and "plans" its verb)."""
    def opens(w: str) -> bool:
        return w in DETERMINERS or w.endswith(("'s", "’s"))
    return i >= 1 and opens(words[i - 1]) or i >= 2 and opens(words[i - 2]) and words[i - 1].endswith(("ed", "ing"))


_ADJUNCT_OPENERS = frozenset("on in at last this earlier early late with by".split())
"""Words that open a short adjunct between a verb and its infinitive ("decided on Monday to
strike", "agreed with the union to")."""


def _infinitive_after(words: list[str], i: int) -> bool:
    """Whether words[i] governs a to-infinitive: "to" right after it, or after a short
    adjunct of at most three words ("voted on Monday to strike on Friday")."""
    following = words[i + 1 : i + 5]
    return following[:1] == ["to"] or (bool(following) and following[0] in _ADJUNCT_OPENERS and "to" in following[1:])


def is_future(words: list[str], i: int, before: bool = True) -> bool:
    word = words[i]
    if word in _PLAN_WORDS and _ORIGINAL_PLAN.intersection(words[max(0, i - 2) : i]) and (
            {"was", "were", "had", "been"}.intersection(words[max(0, i - 3) : i])):
        return False  # "its report was originally due at the end of August": a plan since changed, in the past
    if before and word in _INTENTION and _infinitive_after(words, i):
        return True  # "hoped to reopen it in the third quarter": what was intended lies ahead
    if word == "be" and i and words[i - 1] == "to":
        return True  # "an event to be held on October 12"
    if word == "coming" and 0 < i < len(words) - 1 and words[i - 1] in ("this", "that", "it", "them") and (
            words[i + 1] in _AFTER_COMING_VERB):
        return False  # "saw this coming in January": the verb's object and the verb, no future
    if word in _NOUN_TOO and i and _noun_phrase_before(words, i) and (i + 1 >= len(words) or words[i + 1] not in ("to", "for")):
        return False  # "rejected the plan on Monday", "filed its amended plan": a noun, the verb before it tells the tense
    if word in _PREDICTING:
        return i > 0 and words[i - 1] in _COPULAS  # "a ruling was unlikely before", not "the likely cause of"
    if word in _NEEDS_TO:
        following = words[i + 1] if i + 1 < len(words) else ""
        return following in ("to", "for")
    if word in _OBLIGED_TO:
        # "has to repay", "needs to approve", "ought to settle"; not "has to date" or "need to the port"
        return words[i + 1 : i + 2] == ["to"] and bool(INFINITIVE.fullmatch(words[i + 2] if i + 2 < len(words) else "")) and (
            words[i + 2] not in PERFECT_AFTER_MODAL)
    if word in MODAL_OF_THE_PAST and words[i + 1 : i + 2] and words[i + 1] in PERFECT_AFTER_MODAL:
        return False  # "the ship must have sailed on Friday": inferred of the past
    return word in _FUTURE_WORDS or word.endswith(("'ll", "’ll"))  # "we'll see", "it’ll close": a contracted "will"


_POSSIBILITY = frozenset("could may might".split())
"""Modals of possibility (Quirk et al. 1985, ch. 4, the semantics of the verb phrase: `may`, `might`, `could` of
possibility): with a plain infinitive ("a buyer could be named in June", "may close in
May") what is possible is still to happen, so the date looks forward, as HeidelTime's
`getLastTense` reads any modal (Penn tag `MD`) as the future. With a perfect infinitive
("could have been named in June", "may have left on Friday") the possibility is of the
past: no forward marker. Only in lower case: "May" is also a month."""
_BETWEEN_MODAL = frozenset("not n't also still well yet even soon".split())
"""Words that may stand between a modal and its infinitive ("could not be named")."""


def possible(words: list[str], i: int, surface: str) -> bool:
    """Whether words[i] is a modal of possibility before a plain infinitive (`_POSSIBILITY`)."""
    if words[i] not in _POSSIBILITY or not surface[:1].islower():
        return False
    k = i + 1
    while k < len(words) and words[k] in _BETWEEN_MODAL:
        k += 1
    if k >= len(words) or words[k] in PERFECT_AFTER_MODAL or not INFINITIVE.fullmatch(words[k]):
        return False
    if words[k] == "be":
        # "could be named", "may be closing": a happening ahead; "could be to blame", "may
        # be true": a state now (epistemic possibility of the present, Quirk et al. ch. 4, the semantics of the verb phrase)
        from . import verbs  # verbs reads this module's word classes: imported here, not at the top

        following = words[k + 1] if k + 1 < len(words) else ""
        return following.endswith(("ed", "ing")) or following in verbs.PARTICIPLES
    return True


INFINITIVE = re.compile(r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)$)[a-z]{2,}")
"""The word after `to` that makes it an infinitive: lower case (not "to Paris"), no
determiner ("to the court")."""

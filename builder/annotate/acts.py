"""The act that made a count: the verb whose object (or subject) a figure is, compared by
its base form. Closed classes of English only (verb forms, modals, particles); no topic
words, so the rules hold for a recall, a strike, a court case or a bankruptcy alike.

- **act**: the verb whose object the figure is, in the past ("recalled 40,000 packs",
  "had refunded 31,000 packs", "laid off 300 workers", "won 63 seats"), compared by its
  base form ("recall", "refund", "lay off", "win"). Two acts make two counts of one unit when they
  never give the same figure (`present.quantities`). A present form ("employs 1,200"), an
  -ing form (", idling 1,200 employees"), a passive, and verbs that only state, estimate
  or hold a count (`NOT_ACTS`) are no act: the figure counts what the count is.
  A modal with a base form is a plan ("will close 120 stores": "to close"), another count
  than the act done; a clause of what would have happened (`counterfactual`) states no
  count at all.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from . import counted, states, tense, verbs
from .counted import APPROX

NOT_ACTS = frozenset(
    "say tell report estimate count claim put announce state give_as insist number total include "
    "have hold be employ own represent contain reach record list cite put_at give operate confirm verify".split()
)
"""Base forms of verbs that state, estimate or hold a count rather than make it ("the
results gave it 68 seats" states the seats it won)."""

SAME_ACT = {"arrest": "detain", "apprehend": "detain", "draw": "gather", "attract": "gather",
            "recover": "find", "discover": "find", "found": "find", "take part": "join", "participate": "join"}
"""Base forms of verbs that name one act, mapped to the one acts are compared by: "23
people were detained" and "31 had been arrested" count one thing, the people taken into
custody (WordNet 3.0: arrest.v.01 "take into custody", lemmas arrest, apprehend, …;
detain "deprive of freedom; take into confinement"; recover.v.04 "regain or find possession
of" and discover.v.03 "make a discovery", both found things, with find.v.03; "found" as an act
is the past of "find", which has no -ed form to stem). General English, no topic's words;
two voices' figures of one act are a dispute, not two counts (`present.quantities.by_act`).
The people a gathering draws or attracts are the people gathered ("the protest drew
15,000 people": Merriam-Webster's "draw", "to attract", "to bring in"): one count with
"estimated the crowd at 4,000" (`GATHERED`). Taking part in a collective activity is
joining it ("600 people took part", "2,000 people had joined it": Merriam-Webster's
"join", "to take part in a collective activity"; participate.v.01 "take part")."""

GATHERED = "gathered"
"""The act of a crowd's size (`number_of`'s "estimated the crowd at 4,000"; "drew 15,000
people" shown so, not as "people drew", which reads as if the people drew)."""
_INDIRECT = r"(?:it|them|him|her|us|me|you|(?:its|their|his|her|our)\s+[a-z]+)"
"""An indirect object between a verb and its figure: "had cost it 41 million", "cost its
members 60 million", "paid them 300" (a pronoun, or a possessive and a noun)."""
_BEFORE = re.compile(
    r"\b([a-z]+)(?:\s+(off|out|up|down|back|away|in|over))?(?:\s+(" + _INDIRECT + r"))?"
    r"(?:\s+[a-z]+s\s+worth)?\s+" + APPROX + r"$"
)
"""The verb whose object a figure is: right before it ("recalled 40,000"), with a particle
("laid off 300"), an indirect object ("cost it 41 million": the count of what it cost
it), or a plural noun the figure gives the worth of ("lost orders worth 40 million": an
amount lost)."""
_PARTICLES = frozenset("off out up down back away in over".split())


def act(text: str, s: int, fs: int) -> str:
    """The past verb whose object is the figure at `fs`, as written ("recalled 40,000" ->
    "recalled"; "laid off 300" -> "laid off"), the participle restricting the counted noun
    of "the number of X" ("the number of people killed … has risen to 11" -> "killed": a
    reduced relative, Quirk et al. 1985, ch. 17), or "" (`s`: the sentence's start)."""
    by = counted.counted_by(text, s, fs)  # "the number of people killed … has risen to 11": "killed"
    told = re.match(r"\s+([a-z]+(?:ed|en))\b", text[by.end(1) : fs]) if by else None
    if told and told.group(1) not in _NOT_SUBJECT_ACTS and (told.group(1) in verbs.PARTICIPLES or told.group(1).endswith("ed")):
        return told.group(1)
    if by and (place := states.place(text, by.end(1) + 1, fs)):
        return place  # "the number of people without shelter": a state; not "the number of members on strike"
    proposal = _PROPOSED.search(text, max(s, fs - 60), fs)  # "had proposed a fine of £28 million"
    if proposal:
        return proposal.group(1)
    before = text[max(s, fs - 40) : fs]
    prep = _PREP_BEFORE.search(before)
    if prep and (done := _agent_or_found(prep.group(1), before[: prep.start()].rstrip())):
        return done
    mt = _BEFORE.search(before)
    if not mt:
        return ""
    word, particle = mt.group(1), mt.group(2) or ""
    head = before[: mt.start()].rstrip()
    words = [*re.findall(r"[a-z’']+", head.lower())[-3:], word]
    if _planned(text, s, fs - len(before) + mt.start(), word):
        return f"to {word} {particle}" if particle else f"to {word}"
    if words[-2:-1] and not particle and (done := _present(word, words[-2])):
        return done
    if not (word in verbs.PAST_FORMS or word in verbs.PARTICIPLES or tense.is_past(words, len(words) - 1)):
        return ""
    if word.endswith("ing"):
        return ""
    if SAME_ACT.get(base(word)) == "gather" and not particle:
        return GATHERED
    if base(word) in NOT_ACTS or word in _AUX_WORDS or (words[-2:-1] and words[-2] in ("be", "been", "being", "is", "are", "was", "were")):
        return ""
    return f"{word} {particle}" if particle else word


MANDATIVE = frozenset("proposed recommended suggested requested demanded sought urged".split())
"""Verbs of proposing: what they take is asked for, not done ("had proposed a fine of £28
million" against "fined it £14.2 million"): the mandative verbs of Quirk et al. 1985,
§16.32. A figure of such an act is a count of its own (`present.countacts`)."""
_PROPOSED = re.compile(r"\b(" + "|".join(sorted(MANDATIVE)) + r")\s+(?:a|an|the)\s+"
                       r"(?:[a-z]+\s+){0,2}?[a-z]+\s+of\s+" + APPROX + r"$")
_PREP_BEFORE = re.compile(r"\b(by|in)\s+" + APPROX + r"$")
_PASSIVE_BY = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+ed|[a-z]+en)$")


def _agent_or_found(word: str, head: str) -> str:
    """The act of a figure after "by" in a passive ("had been contacted by about 1,100
    people" -> "contacted": the agent of a passive is the doer of its verb, Huddleston &
    Pullum 2002, ch. 16), or after "in" following a past verb and its plural object
    ("identified manipulated images in 11 papers" -> "identified": the figure counts the
    things the act found its object in, a locative complement of the verb, Quirk et al.
    1985, ch. 9); "" otherwise. `head`: the words before the preposition `word`."""
    if word == "by":
        mt = _PASSIVE_BY.search(head)
        return mt.group(1) if mt and (mt.group(1).endswith("ed") or mt.group(1) in verbs.PARTICIPLES) else ""
    words = re.findall(r"[a-z’'-]+", head[-60:].lower())
    if len(words) < 2 or not re.fullmatch(r"[a-z]{2,}s", words[-1]) or words[-1].endswith(("ss", "us", "is")):
        return ""
    for w in words[-4:-1]:  # the verb, before at most two modifiers of its plural object
        if (w in verbs.PAST_FORMS or (w.endswith("ed") and tense.is_past([w], 0))) and base(w) not in NOT_ACTS:
            return w if w not in _AUX_WORDS else ""
    return ""


_MODAL = r"\b(?:will|would|shall|could|may|might|must|should|can|wo|'ll|’ll)\s+(?:(?:not|also|still|only|now|then|[a-z]+ly)\s+)?"
_MODAL_BEFORE = re.compile(_MODAL + r"$")
_MODAL_VERB = re.compile(_MODAL + r"([a-z]+)\b")
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+$")
_NOT_PLANNED = frozenset("the a an its their his her our all only just some any no each both few many more most less "
                         "be have do not also".split())
"""Words after a modal that are no verb of a planned act ("will be", "would have"), or
after "and" no verb at all ("and all 300", "and only 300")."""


def _planned(text: str, s: int, at: int, word: str) -> bool:
    """Whether `word` (starting at `at`; `s`: the sentence's start) is a verb's base form
    after a modal ("will close 120 stores", "would keep about 130 stores open"), or after
    "and" in a clause with such a verb before it ("would keep 130 stores open and save
    8,000 jobs": coordinated verbs share the modal, Quirk et al. 1985, ch. 13 on
    coordination of predicates). A modal with the base form speaks of what is to happen
    (Quirk et al. 1985, ch. 4, the modals of prediction and intention), so the act is a
    plan, another count than the act done ("closed 40 stores" against "will close 120
    stores": `present.quantities.by_act`)."""
    if word in _NOT_PLANNED or word in NOT_ACTS or word.endswith(("ed", "ing", "ly")) or word in verbs.PAST_ONLY:
        return False
    if _MODAL_BEFORE.search(text, max(s, at - 24), at):
        return True
    if not _AND_BEFORE.search(text, max(s, at - 6), at):
        return False
    cut = max(text.rfind(",", s, at), text.rfind(";", s, at), s)
    return any(m.group(1) not in _NOT_PLANNED and base(m.group(1)) not in NOT_ACTS
               for m in _MODAL_VERB.finditer(text, cut, at))


_NOT_SUBJECT = frozenset(
    "the a an of to in on at by for and or but nor with from as than into over under about after before since until "
    "its their his her our your my this that these those some any each every no all both many more most few".split())
_IRREGULAR_PARTICIPLE = {b: participle for b, _, participle in verbs.FORMS}


def _present(word: str, before: str) -> str:
    """The act of a present-tense verb whose object a figure is, as its participle
    ("the offer covers about 190 stores" -> "covered": the stores the offer covers), or
    "" when `word` is no such verb: an `-s` form after a word that can end a subject (no
    determiner, preposition or conjunction), whose base form states, estimates or holds
    the count (`NOT_ACTS`: "employs", "has", "counts") is no act either. The present
    states what the subject does to the things counted as the past does (Quirk et al.
    1985, ch. 4 on the simple present), so the figure counts what that act reaches, not
    the things as a whole ("covers 190 stores" against "has 312 stores")."""
    if (not word.endswith("s") or word.endswith(("ss", "us", "is")) or len(word) < 4 or before in _NOT_SUBJECT
            or before[:1].isdigit()):
        return ""
    stem = (word[:-3] + "y" if word.endswith("ies") else word[:-2] if word.endswith(("sses", "shes", "ches", "xes", "zes"))
            else word[:-1])
    if stem in NOT_ACTS or stem in _NOT_PLANNED:
        return ""
    if stem in _IRREGULAR_PARTICIPLE:
        return _IRREGULAR_PARTICIPLE[stem]
    return stem + ("d" if stem.endswith("e") else "ied" if re.search(r"[^aeiou]y$", stem) else "ed")


_AUX = r"(?:(?:will|would|could|may|might|must|should|can|had|has|have|were|was|are|is|be|been|being|all|so\s+far|already|now|since|[a-z]+ly)\s+)*"
_AFTER = re.compile(
    r"\s+(?:(?:who|that|which)\s+|whose\s+(?:(?!(?:had|has|have|were|was|are|is|will|would)\b)[a-z’'-]+\s+){1,3})?"
    + _AUX + r"([a-z]{3,})\b(?:\s+(off|out|up|down|back|away)\b)?")
"""After a counted noun: the verb of which the figure and its noun are the subject
("about 200 residents gathered", "2,100 homes are affected", "jobs would be cut"), a
participle restricting the noun ("Four residents treated for smoke inhalation"), or the
verb of a relative clause restricting it ("38 patients whose cancer treatment had been
delayed", "people who fell ill")."""
_PER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:" + counted.PERIODS + r")\b")
"""A rate's period between a counted noun and its verb ("900 babies a year are born"): no word of the subject's head."""
_NOT_SUBJECT_ACTS = frozenset(
    "said reported estimated thought believed expected alleged claimed given stated told known named called aged "
    "based located left listed counted registered involved concerned due able likely set".split())
"""Participles that state, estimate or describe a count rather than make it ("are thought
to", "men aged 41", "people registered", "workers involved")."""


_POSTMODIFIER = re.compile(r"(?:\s+(?:by|of|from|in|at|across)\s+[^.;:,!?\"“”]{1,80}?|,\s+[^.;:,!?\"“”]{1,40},)"
                           r"(?=\s+(?:(?:has|have|had)\s+(?:now\s+)?been|(?:is|are|was|were)\s+(?:now\s+)?[a-z]+ed"
                           r"|(?:will|would|could|may|might|should|must)\s+be\s+[a-z]+ed)\b)")
"""A prepositional phrase ("Two schools in the town were closed") or an appositive between
commas ("seven people, five of them children, had been admitted") after a counted noun,
before a passive ("Seven papers by the
scientist have now been retracted", "Nine of X's papers were retracted", "650 roles across
the company will be affected"): part of the
subject noun phrase (Quirk et al. 1985, ch. 17 on postmodification), so the passive's act
is still the subject's (an active verb after a partitive, "30 of the creditors had
voted", says what the part did, not what made the count, and stays none)."""


def subject_act(text: str, end: int, e: int) -> str:
    """The act of a figure that is no verb's object: the verb after its noun (ending at
    `end`; `e`: the sentence's end), past or a participle, of which the counted things are
    the subject, active or passive ("about 200 residents gathered" -> "gathered", "2,100
    homes are affected" -> "affected"), or which restricts them ("Four residents treated
    …", "38 patients whose cancer treatment had been delayed" -> "delayed"); "" when none.
    The predication says what made the count as an object's verb does ("destroyed 146
    homes"): figures of different acts are different counts (the subject of a passive is
    what undergoes the act, Huddleston & Pullum 2002, ch. 16; a reduced relative or
    participle clause restricts its head as a relative clause does, Quirk et al. 1985,
    ch. 17 on postmodification)."""
    post = _POSTMODIFIER.match(text, end, e) or _PER.match(text, end, e)  # "Seven papers by X have been retracted"
    if (held := states.state(text, post.end() if post else end, e)):
        return held  # "412 people had been confirmed dead", "38,000 people were in temporary shelters"
    mt = _AFTER.match(text, post.end() if post else end, e)
    if not mt:
        return ""
    word, particle = mt.group(1), mt.group(2) or ""
    if word in _NOT_SUBJECT_ACTS or word in _AUX_WORDS or base(word) in NOT_ACTS:
        return ""
    if not particle and base(word) == "take" and re.match(r"\s+part\b", text[mt.end(1) : e]):
        particle = "part"  # "600 people took part": the verb with its object, one act (`SAME_ACT`)
    if word in _REMAIN:
        return word  # "Two workers remain in the chamber": what is left of a count, a count of its own
    if word.endswith("ing"):
        # "the 120 stores already closing", "workers remaining": a participle restricting the noun; "ships
        # were waiting", a progressive, says what the things counted are doing, no act that made the count
        aux = re.search(r"\b(?:am|is|are|was|were|be|been|being)\b", text[end : mt.start(1)])
        return "" if aux or word in _NOT_ING_ACTS else word
    if not (word in verbs.PAST_FORMS or word in verbs.PARTICIPLES
            or (word.endswith("ed") and tense.is_past([word], 0))):
        return ""
    return f"{word} {particle}" if particle else word


_PREPOSITION_BEFORE = re.compile(r"\d\s+[a-z]+\s+(?:from|of|among|across|between)\s+" + APPROX + r"$")


def in_complement(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` (its sentence from `s`) is a preposition's complement
    after a counted noun ("110 people from 11 agencies took part", "300 workers from 12
    plants joined"): the phrase postmodifies the counted noun before it, whose verb is the clause's (Quirk et al. 1985, ch. 17
    on postmodification by prepositional phrases), so the verb after the figure's noun is
    no act of this figure (`subject_act`): each number counts its own noun."""
    return _PREPOSITION_BEFORE.search(text, max(s, fs - 30), fs) is not None


_REMAIN = frozenset("remain remains remained".split())
"""Verbs of what is left ("Two workers remain in the refuge chamber" after "brought seven
workers to the surface"): the figure counts the rest of a group, a count of its own and no
rival of the group's size (Merriam-Webster's "remain", "to be left after the removal,
loss, or destruction of all else")."""
_NOT_ING_ACTS = frozenset(
    "including according following regarding concerning excluding during pending notwithstanding considering "
    "saying reporting estimating thinking believing expecting claiming stating telling counting totalling totaling "
    "being having bringing making taking getting something nothing anything everything "
    "spring morning evening string king thing ring wing ceiling building".split())
"""-ing words after a counted noun that make no act of it: prepositions ("300 workers
including 40 managers"), verbs that state or count (`_NOT_SUBJECT_ACTS`'s), the
auxiliaries, and nouns ending in -ing."""


_AUX_WORDS = frozenset("had has have were was are is be been being".split())


_COUNTERFACTUAL = re.compile(
    r"\s*\b(?:would|could|might|should)(?:\s+not|n[’']t)?\s+have\s+(?:been\s+)?(?:[a-z]+ly\s+)?([a-z]{3,})\b")


def counterfactual(text: str, s: int, fs: int, fe: int = -1, e: int = -1) -> bool:
    """Whether the figure at `fs` is in a clause of what would have happened and did not
    ("Without those steps the Commission would have proposed a fine of £6.2 million", "the
    strike would have cost it £40 million"): a modal with the perfect and a participle, the
    hypothetical past of a remote condition (Quirk et al. 1985, ch. 15 on conditional
    clauses), which states no fact; its figure is no claim. The clause runs from the last
    comma, semicolon or colon before the figure (`s`: the sentence's start); its predicate
    may follow the figure and its noun (ending at `fe`; `e`: the sentence's end): "300
    dockers would have been hired"."""
    after = _COUNTERFACTUAL.match(text, fe, e) if fe >= 0 else None
    if after and (
            after.group(1).endswith(("ed", "en", "n")) or after.group(1) in verbs.PARTICIPLES):
        return True
    cut = max(text.rfind(",", s, fs), text.rfind(";", s, fs), text.rfind(":", s, fs), s)
    return any(w.group(1).endswith(("ed", "en", "n")) or w.group(1) in verbs.PARTICIPLES
               for w in _COUNTERFACTUAL.finditer(text, cut, fs))


def indirect_object(text: str, s: int, fs: int) -> str:
    """The indirect object between the figure at `fs` and the verb whose object it is, as
    written ("cost it 41 million" -> "it", "cost its members 60 million" -> "its
    members"), or "" (`s`: the sentence's start). Whom the act was done to or for: the
    count's owner (the organisation "it" or "its" stands for)."""
    mt = _BEFORE.search(text[max(s, fs - 60) : fs])
    return (mt.group(3) or "") if mt and act(text, s, fs) else ""


def base(act: str) -> str:
    """The base form of an act as written ("recalled" -> "recall", "laid off" -> "lay
    off", "won" -> "win"): two acts are the same when their base forms are."""
    if act in states.STATES or act.split(" ", 1)[0] in states.PREPOSITIONS:
        return states.STATES.get(act, act)  # "dead" -> "die"; "on board", "in shelters": a state, as written
    word, _, particle = act.partition(" ")
    stem = verbs.BASE_OF.get(word) or _regular_base(word)
    stem = SAME_ACT.get(stem, stem) if not particle else stem
    if particle and f"{stem} {particle}" in SAME_ACT:
        return SAME_ACT[f"{stem} {particle}"]  # "took part" -> "join"
    if not particle and word != "to":
        stem = _causes().get(stem, stem)  # "killed nine people", "nine people died": one count
    return f"{stem} {particle}" if particle else stem


@functools.cache
def _causes() -> dict[str, str]:
    """cause -> effect, from WordNet 3.0's cause pointers (`lexicon/verb_causes.tsv`, made by
    `scripts/verb_causes.py`: kill.v.01 "cause to die" > die.v.01). The object of the cause
    is the subject of the effect ("killed nine people", "nine people died"): a figure of
    either counts the same things, so acts compare by the effect (Levin 1993, §1.1.2.1 on
    the causative alternation). Only a one-word effect: "kill" -> "die"."""
    rows = (line.split("\t") for line in _CAUSES.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {cause: effect for cause, effect in rows if "_" not in effect and "_" not in cause}


_CAUSES = Path(__file__).parent / "lexicon" / "verb_causes.tsv"


def _regular_base(word: str) -> str:
    """ "recalled" -> "recall", "refunded" -> "refund", "arrested" -> "arrest", "idled" ->
    "idle", "carried" -> "carry" (the spelling rules of English -ed forms, roughly: the
    base is only a label, two acts compare by it)."""
    if word.endswith("ied"):
        return word[:-1] if len(word) == 4 else word[:-3] + "y"  # "died" -> "die", "carried" -> "carry"
    stem = word[:-2] if word.endswith("ed") else word
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]  # "stopped" -> "stop"
    return stem


_RESCOPED = re.compile(
    r"\b(?:expanded|expands|expanding|widened|widens|widening|extended|extends|extending|broadened|broadens|enlarged"
    r"|enlarges|narrowed|narrows|narrowing)\s+(?:its|their|his|her|our|the)\s+([a-z]+)\b[^.;:,]{0,40}?\bto\s+"
    + APPROX + r"$", re.I)
"""Before a figure that is the new size of what a verb of changing scope acts on:
"expanded its recall of Aster SUVs to 318,000 vehicles", "widened its layoffs to 900
workers" (the verb changes the count; the figure is its new value)."""


def rescoped(text: str, s: int, fs: int) -> str | None:
    """The act of a figure that is the new size of a thing whose scope a verb changes
    ("expanded its recall of Aster SUVs to 318,000 vehicles" -> "to recall"), "" when the
    thing is no act ("widened its investigation to 305,000": an investigation is no verb),
    None when no such verb is before the figure. The noun is the act when English uses it
    as a verb too (conversion: "a recall", "to recall"; Quirk et al. 1985, App. I.43; WordNet 3.0
    has verb senses of it); its figure counts what the act is to reach, as "will recall
    318,000" does (a plan: `_planned`)."""
    mt = _RESCOPED.search(text, max(s, fs - 80), fs)
    if not mt:
        return None
    from . import senses  # the WordNet table is read only when a scope changes

    noun = mt.group(1).lower()
    return f"to {noun}" if noun not in NOT_ACTS and senses.verb_synsets(noun) else ""


_GAP_VERB = re.compile(
    r"(?:\s+(?:on|in|last|this|earlier)(?:\s+[A-Za-z0-9]+){1,2})?\s+(?:that\s+)?(?:it|they|he|she|we)\s+"
    r"(?:(would|will|could|planned\s+to|was\s+going\s+to)\s+|had\s+|has\s+|have\s+)?([a-z]{3,})"
    r"(?:\s+(off|out|up|down|back))?(?=\s*(?:[,.;:)]|$))")
"""After a contact relative clause's reporting verb ("the 212,000 vehicles [Veloria said
on March 4 it would recall]"): the clause it reports, whose verb's object is the gap the
counted noun fills (Quirk et al. 1985, ch. 17 on relative clauses with the relative
pronoun omitted)."""


def gap_act(text: str, end: int, e: int) -> str:
    """The act of a figure whose counted noun is the object of the verb reported in a
    contact relative clause after it (`end`: the reporting verb's end, `e`: the sentence's
    end): "to recall" for "… said it would recall", "recalled" for "… said it had
    recalled"; "" when none."""
    mt = _GAP_VERB.match(text, end, e)
    if not mt:
        return ""
    word, particle = mt.group(2), mt.group(3) or ""
    if base(word) in NOT_ACTS or word in _NOT_PLANNED:
        return ""
    if mt.group(1):
        return f"to {word} {particle}" if particle else f"to {word}"
    if not (word in verbs.PAST_FORMS or word in verbs.PARTICIPLES or word.endswith("ed")):
        return ""
    return f"{word} {particle}" if particle else word


_QUALIFIED = r"\b(?:the|these|those|its|their)\s+(new|further|additional|latest|other|remaining)\s+([a-z]{3,}s)\s+(?:[a-z]+\s+){0,2}?"


def qualified(text: str, s: int, fs: int, act: str) -> str:
    """`act` with the subject that restricts it ("the new closures would cost about 2,500
    jobs" -> "to cost (new closures)"), when its subject is a plural noun phrase whose
    adjective makes it another set ("new", "further", "additional", "latest", "other",
    "remaining": `units._RESTRICTIVE`'s sense); else `act`. The jobs the new closures cost
    are a part of the jobs all closures cost, another count (Quirk et al. 1985, ch. 17 on
    restrictive premodification)."""
    verb = act.split()[-1] if act.startswith("to ") else act.split()[0]
    mt = re.search(_QUALIFIED + re.escape(verb) + r"\b", text[max(s, fs - 80) : fs])
    return f"{act} ({mt.group(1)} {mt.group(2)})" if mt else act

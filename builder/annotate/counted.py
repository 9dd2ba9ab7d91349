"""What a figure counts beyond its unit noun: the act that made the count, whether it is
stated as a change over time, and the unit of "the number of X … had risen to 23".

Closed classes of English only (verb forms, approximators, verbs of change); no topic
words, so the rules hold for a recall, a strike, a court case or a bankruptcy alike:

- **act**: the verb whose object the figure is, in the past ("recalled 40,000 packs",
  "had refunded 31,000 packs", "laid off 300 workers", "won 63 seats"), compared by its
  base form ("recall", "refund", "lay off", "win"). Two acts make two counts of one unit when they
  never give the same figure (`present.quantities`). A present form ("employs 1,200"), an
  -ing form (", idling 1,200 employees"), a passive, and verbs that only state, estimate
  or hold a count (`NOT_ACTS`) are no act: the figure counts what the count is.
- **change**: the figure is written as the new or the old value of a count that moves
  ("had risen to 23", "now counts 26", "up from 14", "more than the 23 it reported
  earlier"): a count whose figures change over time is a series, not a dispute.
- **the number of X**: a figure without a unit noun after "the number of X … (had risen
  to | was | stood at | reached)" counts X ("the number of people who had fallen ill had
  risen to 23": people; not "rose 15,000", a change by that much).
- **one unit, several nouns**: the people an organisation employs are one count whether
  the source says workers, employees, staff or personnel (`SAME_UNIT`; the English
  synonyms of WordNet's synset `worker.n.01`/`employee.n.01` that news writes after a
  figure), and a made thing's noun with a broader one the dossier also counts ("ships"
  with "vessels": WordNet's hypernym of its first sense, `wordclass.kind_of`). Nothing
  else is merged: "jobs" (positions) and "members" (of a union) are other counts.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import tense, verbs, wordclass
from . import units as units_

SAME_UNIT = {"employees": "workers", "staff": "workers", "personnel": "workers", "staffers": "workers"}
"""Unit nouns that count the same thing, mapped to the one the claims pages show."""

NOT_ACTS = frozenset(
    "say tell report estimate count claim put announce state give_as insist number total include "
    "have hold be employ own represent contain reach record list cite put_at give operate".split()
)
"""Base forms of verbs that state, estimate or hold a count rather than make it ("the
results gave it 68 seats" states the seats it won)."""

SAME_ACT = {"arrest": "detain", "apprehend": "detain", "draw": "gather", "attract": "gather"}
"""Base forms of verbs that name one act, mapped to the one acts are compared by: "23
people were detained" and "31 had been arrested" count one thing, the people taken into
custody (WordNet 3.0: arrest.v.01 "take into custody", lemmas arrest, apprehend, …;
detain "deprive of freedom; take into confinement"). General English, no topic's words;
two voices' figures of one act are a dispute, not two counts (`present.quantities.by_act`).
The people a gathering draws or attracts are the people gathered ("the protest drew
15,000 people": Merriam-Webster's "draw", "to attract", "to bring in"): one count with
"estimated the crowd at 4,000" (`GATHERED`)."""

GATHERED = "gathered"
"""The act of a crowd's size (`number_of`'s "estimated the crowd at 4,000"; "drew 15,000
people" shown so, not as "people drew", which reads as if the people drew)."""
_APPROX = (r"(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated|a\s+further|another|over|more\s+than"
           r"|(?:closer|close|nearer)\s+to)\s+)?")
_INDIRECT = r"(?:it|them|him|her|us|me|you|(?:its|their|his|her|our)\s+[a-z]+)"
"""An indirect object between a verb and its figure: "had cost it 41 million", "cost its
members 60 million", "paid them 300" (a pronoun, or a possessive and a noun)."""
_BEFORE = re.compile(
    r"\b([a-z]+)(?:\s+(off|out|up|down|back|away|in|over))?(?:\s+(" + _INDIRECT + r"))?"
    r"(?:\s+[a-z]+s\s+worth)?\s+" + _APPROX + r"$"
)
"""The verb whose object a figure is: right before it ("recalled 40,000"), with a particle
("laid off 300"), an indirect object ("cost it 41 million": the count of what it cost
it), or a plural noun the figure gives the worth of ("lost orders worth 40 million": an
amount lost)."""
_PARTICLES = frozenset("off out up down back away in over".split())
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:risen|rose|rises|grown|grew|grows|climbed|climbs|increased|increases|jumped|jumps|fallen|fell|falls|"
    r"dropped|drops|declined|declines|reached|reaches|swelled|swollen)\s+(?:to\s+)?"
    r"|\bnow\s+(?:[a-z]+s\s+|stands\s+at\s+|at\s+|[a-z]+ed\s+(?:(?:up|on|in|off)\s+)?)?"
    r"|\b(?:up|down)\s+from\s+(?:the\s+)?"
    r"|\b(?:more|fewer|less|higher|lower)\s+than\s+the\s+)" + _APPROX + r"$",
    re.I,
)
"""Words before a figure that give it as a moving count's new or old value ("has now
received 93 complaints": "now" with the perfect states the count to date, a reading of a
running count; Quirk et al. 1985, ch. 4 on the present perfect of continuing situations)."""
_CUES = frozenset("to now from than reached reaches".split())
"""A word each of `_CHANGE_BEFORE`'s phrases has."""
EARLIER = re.compile(r"\b(?:(?:more|fewer|less|higher|lower)\s+than\s+the|(?:above|below)\s+the|(?:up|down)\s+from(?:\s+the)?)\s+$",
                     re.I)
"""Before a figure that is a count's earlier value, which a bound ("more than 500") is not:
"more than the 23 it reported earlier", "well above the 412 it reported", "up from 14"."""
_HEAD = r"(?:(?!(?:at|to|in|of|who|that|which)\b)[a-z-]+\s+){0,2}?((?:[a-z]+ed\s+)?(?:[a-z]{2,}s|people|staff))"
"""The counted noun after "the number of": the first plural, after at most two modifiers
("the number of unpaid workers": the head of the noun phrase is its last noun, the
modifiers before it; Huddleston & Pullum 2002, ch. 5), with a participle before it kept as
`claims` keeps it after a figure ("registered voters")."""
COLLECTIVES = "number|total|count|tally|queue|line|list|crowd|group|backlog"
"""Nouns for a collection whose size is a count: "the queue of X grew to 31" counts X."""
_NUMBER_OF = re.compile(
    r"\bthe\s+(?:total\s+)?(?:" + COLLECTIVES + r")\s+of\s+" + _HEAD + r"\b[^.;:]{0,120}?\b"
    r"(?:(?:had\s+|has\s+|have\s+)?(?:risen|rose|grown|grew|climbed|increased|fallen|fell|dropped|declined)\s+to"
    r"|reached|is|was|were|(?:stood|stands|stand)\s+at)\s+" + _APPROX + r"$",
    re.I,
)


def act(text: str, s: int, fs: int) -> str:
    """The past verb whose object is the figure at `fs`, as written ("recalled 40,000" ->
    "recalled"; "laid off 300" -> "laid off"), or "" (`s`: the sentence's start)."""
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


_PREP_BEFORE = re.compile(r"\b(by|in)\s+" + _APPROX + r"$")
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
_NOT_SUBJECT_ACTS = frozenset(
    "said reported estimated thought believed expected alleged claimed given stated told known named called aged "
    "based located left listed counted registered involved concerned due able likely set".split())
"""Participles that state, estimate or describe a count rather than make it ("are thought
to", "men aged 41", "people registered", "workers involved")."""


_POSTMODIFIER = re.compile(r"\s+(?:by|of|from)\s+[^.;:,!?\"“”]{1,80}?"
                           r"(?=\s+(?:(?:has|have|had)\s+(?:now\s+)?been|(?:is|are|was|were)\s+(?:now\s+)?[a-z]+ed)\b)")
"""A prepositional phrase after a counted noun, before a passive ("Seven papers by the
scientist have now been retracted", "Nine of X's papers were retracted"): part of the
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
    post = _POSTMODIFIER.match(text, end, e)  # "Seven papers by X have been retracted", "Nine of X's papers have been"
    mt = _AFTER.match(text, post.end() if post else end, e)
    if not mt:
        return ""
    word, particle = mt.group(1), mt.group(2) or ""
    if word in _NOT_SUBJECT_ACTS or word in _AUX_WORDS or base(word) in NOT_ACTS:
        return ""
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


_PERIODS = r"day|night|week|fortnight|month|quarter|year|hour|minute|shift|season"
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(" + _PERIODS + r")\b")
"""After a figure and its unit: the period it is counted per ("2.5 million euros a day",
"40 claims per week", "300 calls an hour")."""


def rate(text: str, fe: int, e: int) -> str:
    """The period a figure is a rate per, as shown in its unit ("per day"), or "" for a
    count (`fe`: the end of the figure and its unit, `e`: the sentence's end). A rate is a
    different quantity from any total of the same unit: "2.5 million euros a day" never
    disputes "41 million euros"."""
    mt = _RATE.match(text, fe, e)
    return f"per {mt.group(1)}" if mt else ""


_PARTITIVE = re.compile(
    r"\s+of\s+(its|their|his|her|our|the|(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s)\s+((?:[a-z]+(?:ed|ing)\s+)?[^\W\d_]{2,}[^\W\d_]s|people|staff)\b(?!\s+of\b)"
)
"""After a figure: "of its members", "of their employees", "of the creditors", "of
Costa's papers" (a part of a
group named by its noun, which is the figure's unit; a noun with accented letters too:
"of our compañeros")."""


def partitive(text: str, fe: int, e: int) -> tuple[str, str]:
    """(unit, determiner) of a figure written as a part of a group ("200 of its members" ->
    ("members", "its")), or ("", "") (`fe`: the figure's end, `e`: the sentence's end).
    "its"/"their" stand for the body the group belongs to, the count's owner."""
    mt = _PARTITIVE.match(text, fe, e)
    return (mt.group(2), mt.group(1)) if mt and mt.group(2).islower() else ("", "")


_SAME_FIGURE = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|number|total|count|tally)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+|later\s+|since\s+|now\s+)?"
    r"(?:risen|rose|grown|grew|climbed|increased|fallen|fell|dropped|declined|reached|jumped|doubled)\s+(?:to\s+)?"
    + _APPROX + r"$",
    re.I,
)
"""Before a figure that continues an earlier one: "the figure had risen to 260", "that
number fell to 12" (the noun stands for the count named before)."""


def continues(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is the new value of a count named earlier ("… 200 of its
    members … the figure had risen to 260"): it counts what the paragraph's last figure
    counted, and is a change."""
    return bool(_SAME_FIGURE.search(text, max(s, fs - 60), fs))


_REFERS_BACK = re.compile(
    r"(?:(?:\b(?:the|that|this|its|their|our)|[’']s)\s+(?:(?:correct|corrected|right|actual|true|accurate|real|own)\s+)?"
    r"(?:figure|number|total|count|tally)\s+(?:is|was|should\s+have\s+been|(?:stands|stood)\s+at)"
    r"|\bput\s+(?:it|(?:the|that|this|its|their)\s+(?:figure|number|total|count|tally))\s+(?:at|(?=[\"“]?(?:closer|close|nearer)\s+to)))\s*[\"“]?"
    + _APPROX + r"$",
    re.I,
)
"""Before a figure that says no noun of its own but names the count as "the figure":
"the union says the figure is 2,300", "the correct figure is 2,060", "the company's figure
is £38 million", "the port put the number at 2,500", "said the real number was closer to
6,000" (a definite noun phrase with a general noun refers back to the count named
before, as "the figure" does; Quirk et al. 1985, ch. 19 on substitution and reference)."""


BOUND = re.compile(r"\b(?:(?:fewer|less|more|no\s+more|no\s+fewer)\s+than|at\s+(?:least|most)|up\s+to|as\s+(?:many|few|much|little)\s+as|under|over)\s+$",
                    re.I)
"""A bound right before a figure ("fewer than", "at least", "up to", "more than")."""


_COMPARED_AFTER = re.compile(
    r"[^.;:]{0,80}?,\s+(?:[a-z]+\s+)?(?:(?:more|fewer|less|higher|lower)\s+than\s+the|(?:above|below)\s+the"
    r"|(?:up|down)\s+from(?:\s+the)?)\s+[^\w\s]?\d")
"""After a figure, a comparison of it with the count's earlier figure ("…, far more than the
400,000 it gave last week", "…, up from 14")."""


def bound_back(text: str, s: int, fs: int, e: int = -1) -> int:
    """Where a bound before the figure at `fs` starts when the bound is what a voice puts
    "the number" at ("the company put the number at fewer than 2,500", "the real figure
    is at least 6,000"), or when the sentence (ending at `e`) compares the bounded figure
    with the count's earlier one ("the data of as many as 650,000 patients may have been
    taken, far more than the 400,000 it gave last week": the estimate's new value, of which
    the earlier figure is the old; `_COMPARED_AFTER`), else -1. A bound is no count
    (`units.NOT_A_COUNT`), but one a voice gives for the count another states is its
    contrary figure, and one set against the earlier figure is the count's new reading,
    which the reader must see beside it (the claims pages show it as written: "fewer than
    2,500", "as many as 650,000"). Source: a comparative states both terms of one scale
    (Quirk et al. 1985, ch. 15 on comparison)."""
    mt = BOUND.search(text, max(s, fs - 16), fs)
    if not mt:
        return -1
    if refers_back(text, s, mt.start()):
        return mt.start()
    return mt.start() if e > fs and _COMPARED_AFTER.match(text, fs, e) else -1


def refers_back(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is stated of "the figure" named before (`_REFERS_BACK`):
    it counts what the paragraph's last figure counted, as another statement of it, not a
    change (`continues` is the change)."""
    return bool(_REFERS_BACK.search(text, max(s, fs - 60), fs))


_TALLY_FIRST = re.compile(r"\s+to\s+\d")
_TALLY_SECOND = re.compile(r"\bby\s+\d[\d,. \u00a0]*\s+([a-z]{2,}s)\s+to\s+$")


def tally(text: str, s: int, fs: int, end: int, unit: str) -> str:
    """The unit of a figure in a tally "by N X to M" ("backed the deal by 1,640 votes to
    410", "approved the plan by 212 votes to 19"): "X for" for N, "X against" for M (the
    second figure borrows the first's noun: ellipsis of the repeated head, Quirk et al.
    1985, ch. 12 on ellipsis); "" for any other figure. `end`: the end of the figure and
    its noun `unit` ("" when it has none). The two are figures of two counts, never two
    figures of one."""
    if unit and re.search(r"\bby\s+$", text[max(s, fs - 4) : fs]) and _TALLY_FIRST.match(text, end):
        return f"{unit} for"
    second = _TALLY_SECOND.search(text, max(s, fs - 40), fs)
    return f"{second.group(1)} against" if second and not unit else ""


_BY_TIME = re.compile(
    r"\b[Bb]y\s+(?:(?:early\s+|late\s+|mid-?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|noon|midnight|nightfall|dawn|then|now|yesterday|today|tonight|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b"
    r"|(?:the\s+)?(?:end|close|morning|afternoon|evening|night|weekend)\b)"
)
"""A time the figure's count stood at ("23 ships were waiting by Monday evening", "By
Tuesday morning 44 ships were waiting", "by noon"): a running count read at a time."""


def timed(text: str, s: int, e: int) -> bool:
    """Whether the sentence `text[s:e]` states its count as of a time ("by Monday
    evening"): such a count is read at that time, and a later, higher or lower reading is
    the count moving, not a dispute (`present.quantities.series`)."""
    return bool(_BY_TIME.search(text, s, e))


def base(act: str) -> str:
    """The base form of an act as written ("recalled" -> "recall", "laid off" -> "lay
    off", "won" -> "win"): two acts are the same when their base forms are."""
    word, _, particle = act.partition(" ")
    stem = verbs.BASE_OF.get(word) or _regular_base(word)
    stem = SAME_ACT.get(stem, stem) if not particle else stem
    return f"{stem} {particle}" if particle else stem


def _regular_base(word: str) -> str:
    """ "recalled" -> "recall", "refunded" -> "refund", "arrested" -> "arrest", "idled" ->
    "idle", "carried" -> "carry" (the spelling rules of English -ed forms, roughly: the
    base is only a label, two acts compare by it)."""
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2] if word.endswith("ed") else word
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]  # "stopped" -> "stop"
    return stem


def is_change(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is written as a moving count's new or old value."""
    window = text[max(s, fs - 50) : fs]
    if _CUES.isdisjoint(window.lower().split()):
        return False  # none of the words every change phrase has: the regex need not run
    return bool(_CHANGE_BEFORE.search(window))


_NOW_AFTER = re.compile(r"(?:\s+(?:by|of|from|at|in|on)\s+[^.;:,!?\"“”]{1,80}?)?"
                        r"\s+(?:(?:has|have|had|is|are|was|were)\s+now\b|now\s+[a-z]+ed\b)")


def now_after(text: str, end: int, e: int) -> bool:
    """Whether the counted noun ending at `end` is the subject of a perfect or a copula with
    "now" ("11 people had now been arrested", "40 ships are now waiting", after a
    postmodifying phrase: "Seven papers by the scientist have now been retracted"), or is
    restricted by "now" and a participle ("with 11 tugboats now deployed"): the count to
    date, a reading of a running count as "has now received 93" is (`_CHANGE_BEFORE`;
    Quirk et al. 1985, ch. 4 on the present perfect of continuing situations, ch. 17 on
    postmodification by a prepositional phrase or a reduced relative)."""
    return bool(_NOW_AFTER.match(text, end, e))


_REVISED_TO = re.compile(
    r"\b(?:revised|revises|corrected|updated|amended|raised|lowered|cut|reduced|increased|put|puts)\s+"
    r"(?:the|its|their|his|her|our)\s+(?:total\s+)?(?:" + COLLECTIVES + r"|estimate|figure)\s+of\s+"
    r"(?:(?:its|their|his|her|our|the)\s+)?" + _HEAD + r"\b[^.;:]{0,80}?\b(?:to|at)\s+" + _APPROX + r"$",
    re.I,
)
"""Before a figure that is the new value of a count named in its clause: "has revised the
number of its members at the plant to 900"."""


_TOTAL_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|pushed|lifting|lifts|lifted)\s+"
    r"(?:the\s+|its\s+|their\s+)?total\s+(?:number\s+of\s+)?((?:[a-z-]+\s+){0,2}?[a-z]{2,}s)\b[^.;:]{0,60}?\bto\s+"
    + _APPROX + r"$",
    re.I,
)
"""Before a figure that a part brings a total to: "bringing total job losses since the
bankruptcy to about 7,000", "taking the total number of claimants to 480" (the total is
a count of its own: "total job losses", never the part's "2,500 jobs")."""


_CROWD_AT = re.compile(
    r"\b(?:estimated|estimates|estimate|put|puts|placed|places)\s+(?:the\s+|its\s+|their\s+)?(?:size\s+of\s+the\s+)?"
    r"(?:crowd|turnout|attendance)(?:\s+size)?\s+at\s+" + _APPROX + r"$", re.I)
"""Before a figure that is the size of a gathering: "Police estimated the crowd at 4,000",
"put the turnout at 15,000" (a crowd, a turnout, an attendance are counts of the people
present: Merriam-Webster's "crowd", "a large number of persons gathered together")."""


def crowd(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is a crowd's size ("Police estimated the crowd at 4,000")."""
    return bool(_CROWD_AT.search(text, max(s, fs - 60), fs))


_RESCOPED = re.compile(
    r"\b(?:expanded|expands|expanding|widened|widens|widening|extended|extends|extending|broadened|broadens|enlarged"
    r"|enlarges|narrowed|narrows|narrowing)\s+(?:its|their|his|her|our|the)\s+([a-z]+)\b[^.;:,]{0,40}?\bto\s+"
    + _APPROX + r"$", re.I)
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


def number_of(text: str, s: int, fs: int) -> str:
    """The unit of a figure after "the number of X … had risen to", after "revised the
    number of X … to", or after "bringing total X … to" ("total X"), "people" after
    "estimated the crowd at" (`_CROWD_AT`), or ""."""
    if _CROWD_AT.search(text, max(s, fs - 60), fs):
        return "people"
    total = _TOTAL_TO.search(text, max(s, fs - 160), fs)
    if total:
        return f"total {total.group(1).lower()}"
    mt = _NUMBER_OF.search(text, max(s, fs - 180), fs) or _REVISED_TO.search(text, max(s, fs - 160), fs)
    return mt.group(1) if mt else ""


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


def unit_key(unit: str, units: Collection[str] = ()) -> str:
    """The unit a count is lined up under: `SAME_UNIT`'s one for its synonyms; an amount
    of money by what it is in the plural ("$2 billion of debt" and "debts of $2.5
    billion" are one quantity, "debts ($)", not "Debt" beside "Debts"), in the currency's
    sign when the dossier writes the currency both ways (`units.SIGN_OF`: "public money
    (pounds)" and "public money (£)" are one quantity); and among the
    dossier's `units`, the broader noun of a made thing's ("ships" under "vessels" when
    a source counts vessels: `wordclass.kind_of`)."""
    money = re.fullmatch(r"([a-z][a-z -]*?[a-z]) \((.+)\)", unit)
    if money:
        what, currency = money.groups()
        sign = units_.SIGN_OF.get(currency)
        if sign and any(u.endswith(f"({sign})") for u in units):
            currency = sign  # "public money (pounds)" beside "public money (£)": one currency, shown by its sign
        if not what.endswith("s") and " " not in what and not (what.endswith("ed") or what in verbs.PARTICIPLES):
            what += "s"  # a noun, not the participle of a passive ("recovered (£)": `amounts.passive`)
        head = what.rsplit(" ", 1)[-1]
        if " " in what and any(_money_head(u) in (head, head[:-1]) and _money_currency(u) in (currency, sign)
                               for u in units):
            what = head  # "40 million euros in emergency funds" beside "An emergency fund of €40 million": funds
        return f"{what} ({currency})"
    unit = SAME_UNIT.get(unit, unit)
    if " " not in unit:
        broader = sorted(u for u in units if u != unit and " " not in u and wordclass.kind_of(unit, u))
        if broader:
            return SAME_UNIT.get(broader[0], broader[0])
    return unit


def _money_head(unit: str) -> str:
    """What an amount of money unit is, when it is one word ("fund (€)" -> "fund"), else ""."""
    mt = re.fullmatch(r"([a-z]+) \((.+)\)", unit)
    return mt.group(1) if mt else ""


def _money_currency(unit: str) -> str:
    """The currency of an amount of money unit ("fund (€)" -> "€"), else ""."""
    mt = re.fullmatch(r"[a-z][a-z -]*? \((.+)\)", unit)
    return mt.group(1) if mt else ""

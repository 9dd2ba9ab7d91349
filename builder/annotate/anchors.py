"""Which clause of its sentence a date anchors: the noun a date premodifies (`head_noun`),
the dates that anchor no happening of their own (a participle that postmodifies a noun,
`postmodifying`; a relative clause's or a closing attribution's saying,
`relative_saying`, `closing_saying`; a second date of a clause an earlier one dates,
`second_in_clause`; a definite past after a present perfect, `perfect_past`), whether a
date may date the main clause (`main_anchor`), and the
title of a date inside a reporting verb's "that" clause (`complement_title`). Closed
classes of English only (reporting, asserting and subordinating words); no topic words.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from . import senses, verbs
from .attributions import ATTRIBUTED_DATE
from .phrases import STOP
from .stems import REPORTING, stem
from .titleacts import verb_lemma
from .titles import title

_PREMODIFIED = re.compile(r"(?:['’]s)?\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")


def head_noun(text: str, date: TimeExpression, sentence_end: int) -> str:
    """The stem of the noun a date names as a premodifier ("Sunday's election", "the
    July 28 elections", "the March 9 filing"), or "": the phrase's last word before a stop
    word, a reporting verb or the clause's finite verb ("Friday's ruling means ..." ->
    "ruling"; the noun phrase's head is its last noun, Quirk et al. 1985, ch. 17)."""
    after = text[date.end : min(sentence_end, date.end + 60)]
    mt = _PREMODIFIED.match(after)
    if not mt:
        return ""
    before = text[max(0, date.start - 6) : date.start].lower()
    if not (after[:1] in "'’" or _DETERMINER_BEFORE.search(before)):
        return ""
    # the noun phrase ends before its clause's finite verb ("Today's decision reflects what
    # ...": "decision", not "reflects"; `verbs.is_finite`, with the date as the possessive)
    prefix = text[date.start : date.end] + after[: mt.start(1)]
    words = verbs.words_of(prefix + after[mt.start(1) :])
    at = len(prefix.split())
    run: list[str] = []
    for k, word in enumerate(mt.group(1).split()):
        if word in STOP or word in REPORTING or (run and verbs.is_finite(words, at + k)):
            break
        run.append(word)
    return stem(run[-1]) if run else ""


_REPORTED_THAT = re.compile(r"\b([a-z]+)\s+(?:(?P<put>it\s+to\s+)?(?:him|her|them|us|me|you|jurors|the\s+(?:court|jury|panel|committee|tribunal))\s+)?that\s+")
"""A reporting verb and its "that" clause, an indirect object between ("told jurors that", "put
it to him that": the idiom "put it to someone that", to assert it for them to answer; Quirk
et al. 1985, ch. 16, ditransitive complementation)."""
_ASSERTING = frozenset("repeated repeats reiterated reiterates insisted insists maintained maintains admitted admits "
                       "acknowledged acknowledges conceded concedes argued argues stressed stresses "
                       "reminded reminds assured assures warned warns learned learnt understands understood "
                       "found finds concluded concludes".split())
"""Verbs that report a "that" clause as asserted, besides `REPORTING`'s ("Ashdown repeated
that her meetings in February had been social": the date is the complement's; Biber et al.
1999, ch. 10, speech-act verbs with that-clauses), and a news outlet's frame of what it
found out ("The Post has learned that", "The Gazette understands that": AP Stylebook,
"sources", the outlet's own attribution), and an inquiry's finding ("Our investigation found
that between January 2023 and August 2025 the firm passed ...": the finding frames the
dated happening, Biber et al. 1999, ch. 10, verbs of cognition with that-clauses); not
those that deny or doubt it. Here
only: `REPORTING` also decides which verbs never join two events."""
_PRONOUN_SUBJECT = re.compile(r"(?:It|He|She)\s")


def complement_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                      d: TimeExpression, told: str) -> str:
    """The title of a date inside the "that" clause of a reporting verb when `told` (the
    title `titles.title` gave) is the main clause's ("The Board notes the speculation and
    confirms that on 2 May 2025 it received a proposal" -> "The Board received a
    proposal"): the complement holds its own happening and time, the reporting clause only
    says who tells it (Quirk et al. 1985, ch. 16, that-clauses as reported content; TimeML
    anchors a time to the verb of its own clause). An opening "It"/"He"/"She" of the
    complement is the main clause's subject (the words of `told` before its first finite
    verb). Else `told`."""
    report = None
    for mt in _REPORTED_THAT.finditer(text, s, d.start):
        if mt.group(1) in REPORTING or mt.group(1) in _ASSERTING or (mt.group("put") and mt.group(1) in ("put", "puts")):
            report = mt
    if report is None:
        return told
    what = (told.partition(": ")[2] or told).lower().split()[:3]
    if " ".join(what) in " ".join(text[report.end() : e].lower().split()):
        return told  # the title is what was said already
    said = title(text, report.end(), e, [x for x in dates if x.start >= report.end()],
                 [m for m in names if m.start >= report.end()], d)
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first < 0:  # a present in -s the tagger leaves ("The Board notes"): a lower-case verb of WordNet's after a noun
        first = next((i for i, w in enumerate(words) if i and w[:1].islower() and w.endswith("s")
                      and words[i - 1].lower() not in STOP and senses.verb_synsets(verb_lemma(w))), -1)
    if _PRONOUN_SUBJECT.match(said) and first > 0:
        said = " ".join(words[:first]) + said[said.index(" "):]
    return said or told


_RELATIONAL = re.compile(r"([A-Za-z]+)\s+([a-z]+)\s+(?:after|before|since|between|from|through)\s+"
                         r"(?:[^,;.]{1,40}?\s+(?:and|to|through|until)\s+)?$")
_BE_HAVE = verbs.FINITE_AUX | verbs.MODALS | frozenset("be been being".split())


def postmodifying(text: str, s: int, at: int) -> bool:
    """Whether the date at `at` (its sentence starting at `s`) bounds a participle that
    postmodifies a noun ("reviewing vehicles built after August 2023", "The recall covers
    models built between January 2021 and August 2023"): a reduced relative clause
    (Quirk et al. 1985, ch. 17, postmodification by -ed clauses) after its clause's finite
    verb, and a relation to the date, not an anchor (TimeML's BEFORE/AFTER/DURING
    signals): it says which things, no happening at the date; no candidate. A participle
    right after its noun with no finite verb before it is the main verb ("Prices rose
    after March"); one after "be"/"have" is a passive ("was built between 2008 and 2012")."""
    mt = _RELATIONAL.search(text, max(s, at - 90), at)
    if mt is None:
        return False
    noun, participle = mt.group(1), mt.group(2)
    if not (participle.endswith("ed") or participle in verbs.BASE_OF) or noun.lower() in _BE_HAVE or noun.lower() in STOP:
        return False
    if noun.endswith("ly"):
        return False  # an adverb before a verb ("had not been significantly updated since 2008", "which partly recovered from")
    return verbs.first_finite(verbs.words_of(text[s : mt.start()])) >= 0


_SUBORDINATORS = frozenset("after before when while since until because although though if unless as that which who whom whose "
                           "where once".split())


def main_anchor(text: str, s: int, d: TimeExpression) -> bool:
    """Whether the date `d` (its sentence starting at `s`) may date the sentence's main
    clause: no subordinating word or relative pronoun after the sentence's first finite verb
    and before the date ("... bosses admitted today", "published on Wednesday, showed"; not
    "came five weeks after she said on 7 May", "reports which repeat claims made yesterday":
    the date is the subordinate clause's, Quirk et al. 1985, ch. 14-15). A date that
    premodifies a noun ("last weekend's attack", "the June 11 meeting") gives way to such
    a date: it names its noun's happening, and the sentence's verb is the other date's."""
    words = [w.lower() for w in verbs.words_of(text[s : d.start])]
    first = verbs.first_finite(tuple(words))
    return not _SUBORDINATORS.intersection(words[max(first, 0) :])


_RELATIVE_SAYING = re.compile(r"\b(?:who|which|that)\s+(?:(?:he|she|it|they|we|I)\s+)?(?:(?:had|has|have|also)\s+)*([a-z]+)\s+(?:(?:on|in)\s+)?$")


def relative_saying(text: str, s: int, at: int) -> bool:
    """Whether the date at `at` (its sentence starting at `s`) dates the saying of a relative
    clause ("bowing to pressure from regulators who said last week that ...", "the
    investigation, which he had said last month would report in April,"): the date
    anchors that reporting verb (TimeML's TLINK of a time to the verb it modifies), which
    tells no happening, and not the main clause a title is cut from; no candidate."""
    mt = _RELATIVE_SAYING.search(text, max(s, at - 60), at)
    return mt is not None and mt.group(1) in REPORTING


def closing_saying(text: str, s: int, d: TimeExpression, dates: list[TimeExpression], published: str = "") -> bool:
    """Whether the date `d` dates only a closing attribution (", officials said on Monday")
    of a sentence whose happening has a date of its own before it ("A jet crashed on Sunday
    evening, killing 140 people, officials said on Monday"): the date anchors the saying
    (TimeML's TLINK of a time to the verb it modifies; AP style puts the day of the report
    on "said"), which is no happening, and makes no second, later copy of the main clause's;
    no candidate. A sentence with no other date ("The plant will close, the firm said on
    Monday") or whose other date premodifies a noun ("after testing positive at last month's
    Grand Prix"), unless that noun opens the sentence as its subject ("Saturday's rally drew
    10,000 people, police said on Sunday": the rally's day), or which dates a noun after a present perfect (`perfect_past`: "Police have
    recovered a painting stolen last month, police said on Friday") keeps the saying's date."""
    if ATTRIBUTED_DATE.search(text, max(s, d.start - 80), d.start) is None:
        return False
    return any(x.end <= d.start and x.value != d.value and (not text[s : x.start].strip() or (
               not head_noun(text, x, d.start) and text[x.end : x.end + 2] not in ("'s", "’s")))
               and not perfect_past(text, s, x, published) for x in dates)


_CLAUSE_LINK = re.compile(r"[;:(—–]|\s--\s|\b(?:and|but|or|nor|then|to|from|until|till|through|between)\b")


def second_in_clause(text: str, s: int, d: TimeExpression, dates: list[TimeExpression]) -> bool:
    """Whether the date `d` is a second date of a main clause an earlier date dates already
    ("The board today published its report into the accident near Hessel on 8 March",
    "The firm on Tuesday reported its results for 2025"): a happening has one time (TimeML
    anchors one TIMEX3 to an event), so a later date with no verb, clause link or
    subordinator between the two modifies a noun of the clause, the accident's or the
    results' (Quirk et al. 1985, ch. 17, postmodification by prepositional phrases); no
    candidate. A finer time of the same day ("on Monday ... at 3pm"), a span ("from X to
    Y") and a date past a verb or a link ("... and will meet again on Thursday") or before its
    own verb ("said profits in 2025 fell") stay."""
    for x in dates:
        if x.end > d.start or x.value[:10] == d.value[:10] or not main_anchor(text, s, x) or head_noun(text, x, d.start):
            continue  # ("the June 11 meeting, published on Wednesday": the first date is its noun's)
        between = text[x.end : d.start]
        words = [w.lower() for w in verbs.words_of(text[s : d.start])]
        first = verbs.first_finite(tuple(words))
        if (first >= 0 and not _CLAUSE_LINK.search(between) and not _SUBORDINATORS.intersection(words[first:])
                and verbs.first_finite(("it", *words[first + 1 :])) < 0
                and verbs.first_finite(("it", *verbs.words_of(re.split(r"[,;:.]", text[d.end : d.end + 80])[0]))) < 0):
            return True  # ("said profits in 2025 fell": the verb after the date is the date's)
    return False


_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|never|also|already|now|just|[a-z]+ly)\s+)?(?:been\s+)?(?P<part>[a-z]+)\s+(?P<rest>.*)$",
                      re.DOTALL)
_CLOSING_VERB = re.compile(r",\s(?:[\w’'&.-]+\s){0,6}?([a-z]+)\s+(?:(?:on|in|at)\s+)?$")
_DEFINITE_PAST = re.compile(r"(?:\b(?:on|in|during|at)\s+(?:the\s+)?$)|(?:\blast\s+$)")
_BOUNDING = re.compile(r"\b(?:since|for|over|until|till|through|between|from|by|before|after|within|ago)\s+(?:the\s+)?$")


def perfect_past(text: str, s: int, d: TimeExpression, published: str) -> bool:
    """Whether the date `d` (its sentence starting at `s`) is a definite past time at the end
    of a noun phrase after a present perfect main verb ("A man has been charged with burglary
    in connection with the theft of three paintings last month", "Police have recovered a
    painting, one of three stolen from the museum last month, ..."): English does not put a
    definite past adverbial on a present perfect (Quirk et al. 1985, ch. 4, §4.22; Comrie
    1976, the "present perfect puzzle"), so the date dates a noun or a modifier of the
    object, not the main verb; no candidate (also a deictic past: "has opened an inquiry into
    the loss of the rocket earlier this month", "three weeks ago"). A date right after the verb group ("have
    been arrested on Monday"), one a subordinate clause holds, a span's bound ("since",
    "until") and a future date stay."""
    if not published or d.value[: len(published)] >= published[: len(d.value)]:
        return False
    closing = _CLOSING_VERB.search(text, max(s, d.start - 80), d.start)
    if closing and (closing.group(1) in REPORTING or closing.group(1) in _ASSERTING):
        return False  # ("A child has died, officials confirmed on Thursday": the saying's date, `closing_saying`')
    words = [w.lower() for w in verbs.words_of(text[s : d.start])]
    first = verbs.first_finite(tuple(words))
    if first < 0 or words[first] not in ("has", "have") or _SUBORDINATORS.intersection(words):
        return False
    mt = _PERFECT.search(text, s, d.start)
    if mt is None or not (mt.group("part").endswith(("ed", "en", "wn")) or mt.group("part") in verbs.PARTICIPLES):
        return False
    rest = mt.group("rest")
    if len(verbs.words_of(rest)) < 3 or _BOUNDING.search(rest) or not (
            _DEFINITE_PAST.search(rest) or d.text.lower().startswith(("last ", "yesterday", "earlier "))
            or d.text.lower().endswith(" ago")):
        return False
    return not d.text.lower().startswith(("since", "for ", "over "))

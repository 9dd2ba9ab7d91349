"""A date inside a modifier of a noun, or a bound of a state: the noun's time or the state's,
never the time of the clause's verb (`nonevents.non_event` asks `modifier_date`).

Each rule is a closed class of English grammar (Quirk et al. 1985, ch. 17, postmodification
and premodification of the noun phrase; ch. 8-9, adverbials and prepositions of time), no
topic word; TimeML anchors a TIMEX3 to the event of its own phrase:

- a **noun of happening coordinated into the object** ("blamed rising costs and the discovery
  of old workings under the site last year"): the date ends that noun phrase (no finite verb
  after "and"), so it dates the discovery, not the blaming;
- a **participle after the subject's name** ("Larkford Rovers, relegated from the league in
  May, now pay rent"): a reduced relative in apposition, its own time, told by `apposed_title`
  ("Larkford Rovers were relegated from the league");
- a **date premodifying a noun inside a prepositional phrase** ("admitted on the strength of
  last year's test", "the scale of the pollution from Monday's explosion", "photographs of
  the January 23 paper"): it names the noun's happening, not the verb's; after "at",
  "during", "in" or "on" it dates the verb, unless that verb is a present perfect, which
  takes no definite past time (Quirk et al. 1985, §4.22: "Families left without power during
  last week's blackout have called ...");
- a **participle postmodifying a noun in the subject** ("Questions from the paper taken on 14
  November were shared"): the date says which paper, the main verb after it is undated;
- a **state up to now**: "since" after a perfect that counts ("has led to the culling of
  about 640,000 birds at 11 farms since early November") or is negated in a relative clause
  ("the rules, which it said had not been updated since 2006": a state of the noun; a main
  clause's "has not closed above 8,000 since February" keeps its last time);
- a **bound**: "not ... before D" and "before D at the earliest" (a lower bound, nothing on D);
- a **deadline aside** (", due last year,", ", due to be held on 12 December"): a reduced
  relative giving the noun's own time;
- a **back-reference, a reason, a contrast**: a fronted "Following our announcement on
  Tuesday," (the speaker's own act told before), or "Following the closure of X on Monday,"
  before a present perfect, present or future main clause (which takes no definite past), a because-clause (a reason given, Quirk et
  al. 1985, ch. 15, no happening of the timeline), "not the 34 it announced earlier this
  month" (a figure contrasted, `roles`' comparison);
- a **resulting state's end**: a past or perfect passive and "until D" ("have been released on
  bail until 30 April"): the act was done by the report's time, D ends the state it made (a
  verb that stops or puts off a thing titles what is then due: `plans.deferred`).
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import senses, verbs
from .stems import REPORTING

_COORDINATED_NOUN = re.compile(r"\band\s+(?:the|a|an|its|their|his|her)\s+(?P<noun>[a-z]+)\s+of\s+[^,;:()\"“”]{1,80}$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:]|$)")
_APPOSED_PARTICIPLE = re.compile(r"(?P<subject>[^,;:()\"“”]{2,60}),\s+(?P<part>[a-z]+)\s+(?:[^,;:()\"“”]{1,60}?\s)?"
                                 r"(?:(?:in|on|at|during|last|early|late)\s+)?(?:the\s+)?$")
_NOT_PAST_AFTER = re.compile(r",\s+(?:(?:now|still|also|already)\s+)?(?!(?:was|were|had|did)\b)(?![a-z]+ed\b)(?P<verb>[a-z]+)")
"""The main verb after the aside, not a simple past ("Rovers, relegated in May, now pay"; "The minutes, published
on Wednesday, showed ..." is the publication told)."""
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+[a-z]")
_DETERMINED_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$")
_RELATIVE_BEEN_SINCE = re.compile(r"\b(?:which|that|who)\s+(?:has|have|had)\s+been\s+(?!(?:[a-z]+ed|[a-z]+en)\b)[^,;:]{0,60}?\bsince\s+(?:the\s+)?$")
"""A relative's perfect of "be" and "since D" ("a game that had been in production since 2022"):
a state of the noun from D on (Quirk et al. 1985, §4.20, the state up to now), no happening."""
_RELATIVE_NOT_SINCE = re.compile(r"\b(?:which|that|who)\s+(?:[a-z]+\s+){0,3}?(?:has|have|had)\s+(?:not|never)\s+[^,;:]{0,60}?\bsince\s+(?:the\s+)?$")
"""A negated perfect with "since" in a relative clause ("the rules, which it said had not been
updated since 2006"): a state of the noun up to now, what it lacks, no happening told."""
_MODIFIER_PREP = re.compile(r"\b(?P<before>[A-Za-z]+)\s+(?:of|from|into|behind|against|after|to|following)\s+(?:the\s+)?$")
"""A preposition after a noun ("the scale of the pollution from", "the strength of"), not after a verb
("marched from Monday's rally": the verb's own path), nor "over"/"about" (what the sentence is about)."""
_TIME_PREP = re.compile(r"\b(?:at|during|in|on|throughout)\s+(?:the\s+)?$")
_FIGURE_BEFORE = re.compile(r"(?:[0-9%]|percent|points?)\s+(?:\w+\s+){0,3}from\s+(?:the\s+)?$")
_PERFECT_NEXT = re.compile(r"(?:['’]s?)?(?:\s+[a-z][\w-]*){0,3}\s+(?:have|has)\s+(?:(?:not|also|now|already|since)\s+)?(?:been\s+)?[a-z]+\b")
_POSTMODIFYING_PARTICIPLE = re.compile(r"\b[A-Za-z][\w-]*\s+(?P<part>[a-z]+)\s+(?:(?:by|from|at|in)\s+[^,;:]{1,40}?\s+)?"
                                       r"(?:(?:on|in|at|during|last|early|late)\s+)?(?:the\s+)?$")
_MAIN_VERB_NEXT = re.compile(r"\s+(?:was|were|are|is|have|has|had|will|would|could|must|remain|remained)\s")
_SUBORDINATORS = frozenset("when after before as since while once until because who which that where".split())
"""A time clause or a relative clause whose finite verb the participle-looking word is ("killed
when a jet crashed in March have formed": the crash's own clause, `subordinates`')."""
_AUXILIARY_BEFORE = frozenset("is are was were be been being has have had get got gets".split())
_COUNTED_SINCE = re.compile(r"\b(?:has|have|had)\s+(?!not\b|never\b)(?:[a-z]+\s+)?[a-z]+\s(?:[^,;:]|(?<=[0-9]),(?=[0-9]))*?\b(?!(?:1[89]|20)[0-9]{2}\b)[0-9][0-9,]*\s"
                            r"(?:[^,;:]|(?<=[0-9]),(?=[0-9]))*\bsince\s+(?:the\s+)?$")
_BEFORE = re.compile(r"\bbefore\s+(?:the\s+)?$")
_NOT = re.compile(r"\b(?:not|never|no)\b|n['’]t\b")
EARLIEST_AFTER = re.compile(r"\s*,?\s*[\"“‘']?at\s+the\s+earliest\b")
"""A bound "at the earliest" right after a date ("before Wednesday at the earliest")."""
_DUE_ASIDE = re.compile(r",\s+due\s+(?P<to>to\s+(?:be\s+)?[a-z]+\s+)?(?:(?:in|on|by|for)\s+)?(?:the\s+)?$")
_PERFECT_AFTER_ASIDE = re.compile(r"\s*,\s+(?:(?:had|has|have)\s|(?:\w+\s+){0,2}(?:had|has|have)\s+been\s)")
_RESULT_UNTIL = re.compile(r"\b(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?(?P<part>[a-z]+)\s+(?:[^,;:]{0,40}?\s)?(?:until|till)\s+(?:the\s+)?$")
_FOLLOWING_THE = re.compile(r"\s*(?:Following|After)\s+the\s+[^,;:()\"“”]{1,80}?\s+(?:(?:on|in|at|last)\s+)?(?:the\s+)?$")
_NOT_PAST_MAIN = re.compile(r",\s+(?:[^,;:()\"“”]{1,80}?\s)?(?:has|have|will|is|are|can)\s+(?:(?:now|also|today)\s+)?(?:been\s+)?[a-z]+")
"""A fronted "Following/After the N on D," before a main clause in the present perfect, the
present or the future: that clause takes no definite past time (Quirk et al. 1985, §4.22),
so the date is the noun's ("Following the closure of the bridge on Monday, the council has
commissioned an assessment"); a past main clause keeps it ("After talks on Tuesday, the
union called off the strike")."""
_FOLLOWING_OWN = re.compile(r"\s*(?:Following|After)\s+(?:our|its|their|my|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:on|in|at|last)\s+)?(?:the\s+)?$")
_BECAUSE = re.compile(r"\bbecause\s+(?!of\b)[^,;:()\"“”]{3,100}$")
_NOT_THE_ANNOUNCED = re.compile(r"\bnot\s+(?:the\s+)?[^,;:]{1,30}?\s(?:it|they|he|she|we)\s+(?:had\s+)?[a-z]+ed\s+$")
_PUT_OFF = re.compile(r"(?:adjourn|recess|suspend|halt|interrupt|paus|postpon|delay|defer|reschedul|extend|prolong)")
"""Verbs that stop, put off or prolong a thing: `plans.deferred` titles what is then due."""


def _participle(word: str) -> bool:
    return (word.endswith("ed") or word in verbs.PARTICIPLES) and word not in REPORTING


def modifier_date(text: str, s: int, e: int, date: TimeExpression) -> str:
    """`description` or `state` when the date of text[s:e] dates a noun's modifier or bounds a
    state (see the module's list), else ""."""
    window = text[max(s, date.start - 160) : date.start]
    coordinated = _COORDINATED_NOUN.search(window)
    if coordinated and date.precision not in ("day", "week") and senses.noun_synsets(coordinated.group("noun")) and (
            _CLAUSE_END.match(text, date.end, e)) and (
            verbs.has_finite(text[s : max(s, date.start - 160) + coordinated.start()])
            and not verbs.has_finite(coordinated.group()[4:])):
        return "description"  # "blamed rising costs and the discovery of old workings last year"
    premodifies = _POSSESSIVE_AFTER.match(text, date.end) or (
        _DETERMINED_BEFORE.search(text, max(s, date.start - 6), date.start) and re.match(r"\s+[a-z]+\b", text[date.end : e])
        and date.precision == "day")
    if premodifies:
        lead = text[max(s, date.start - 30) : date.start]
        if re.search(r"\b(?:last|this|next)\s*$", lead):
            lead = lead[: lead.rstrip().rfind(" ") + 1] if " " in lead.rstrip() else ""
        prep = _MODIFIER_PREP.search(lead)
        if prep and not _FIGURE_BEFORE.search(lead) and "since" not in window[-80:] and not (
                prep.group("before").endswith("ed") or verbs.is_finite(("it", prep.group("before").lower()), 1)):
            return "description"  # "on the strength of last year's test", "photographs of the January 23 paper"
        if _TIME_PREP.search(lead) and _PERFECT_NEXT.match(text, date.end, e):
            return "description"  # "left without power during last week's blackout have called"
    post = _POSTMODIFYING_PARTICIPLE.search(text, max(s, date.start - 80), date.start)
    if post and _participle(post.group("part")) and _MAIN_VERB_NEXT.match(text, date.end, e):
        before = verbs.words_of(text[max(s, post.start() - 12) : post.start("part")])
        lead_words = {w.lower() for w in verbs.words_of(text[max(s, post.start() - 40) : post.start()])}
        if not (_AUXILIARY_BEFORE & {w.lower() for w in before[-2:]}) and not (_SUBORDINATORS & lead_words):
            return "description"  # "Questions from the paper taken on 14 November were shared"
    if "since" in window and (_COUNTED_SINCE.search(window) or _RELATIVE_NOT_SINCE.search(window) or _RELATIVE_BEEN_SINCE.search(window)):
        return "state"  # "has led to the culling of 640,000 birds since early November", "rules which had not been updated since 2006"
    if _BEFORE.search(window) and date.precision in ("day", "week") and (
            _NOT.search(text, max(s, date.start - 80), date.start) or EARLIEST_AFTER.match(text, date.end, e)):
        return "comparison"  # "would not be allowed back before Wednesday at the earliest": a bound, nothing on D
    due = _DUE_ASIDE.search(window)
    if due and (due.group("to") or _PERFECT_AFTER_ASIDE.match(text, date.end, e)):
        return "description"  # "a permit review, due last year, had been postponed", "the show, due to be held on 12 December"
    if _FOLLOWING_OWN.fullmatch(text, s, date.start) and text.startswith(",", date.end):
        return "description"  # "Following our announcement on Tuesday, X can confirm": the back-reference's date
    if _FOLLOWING_THE.fullmatch(text, s, date.start) and _NOT_PAST_MAIN.match(text, date.end, e):
        return "description"  # "Following the closure of the bridge on Monday 2 March, the council has commissioned"
    if _BECAUSE.search(window):
        return "description"  # "because seven more were quietly removed last week": a reason, no happening told
    if _NOT_THE_ANNOUNCED.search(window):
        return "comparison"  # "41 students, not the 34 it announced earlier this month": the figure contrasted
    result = _RESULT_UNTIL.search(window)
    if result and _participle(result.group("part")) and not _PUT_OFF.match(result.group("part")):
        return "state"  # "have been released on bail until 30 April": the release is done, D ends its state
    return ""


_DATE_LEAD = re.compile(r"(?:\s+(?:in|on|at|during|last|early|late|the))+$")


def apposed_title(text: str, s: int, e: int, date: TimeExpression) -> str:
    """The title of a date in a participle apposed to the sentence's subject whose main verb
    is no simple past ("Larkford Rovers, relegated from the league in May, now pay rent" ->
    "Larkford Rovers were relegated from the league"; "The repayment, made last Friday,
    covers rent" -> "The repayment was made"): a reduced relative clause tells its own
    happening, told in the passive, "were" when the main verb is plural ("pay", "are",
    "have"), else "was" (subject-verb concord, Quirk et al. 1985, ch. 10); else ""."""
    apposed = _APPOSED_PARTICIPLE.fullmatch(text, s, date.start)
    main = _NOT_PAST_AFTER.match(text, date.end, e)
    if not (apposed and main) or main.group("verb") in verbs.PAST_FORMS or not _participle(apposed.group("part")):
        return ""
    subject, phrase = apposed.group("subject").strip(), text[apposed.start("part") : date.start]
    if verbs.has_finite(subject) or verbs.has_finite(phrase[len(apposed.group("part")) :]):
        return ""
    verb = main.group("verb")
    plural = verb in ("are", "have", "were") or not verb.endswith("s")
    return f"{subject} {'were' if plural else 'was'} {_DATE_LEAD.sub('', phrase.rstrip())}"


_INCLUDING = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s+(?P<np>(?:a|an|the|its|their)\s[^,;:()\"“”]{3,80}?)"
                        r"(?:\s+(?:in|on|at|during|last|early|late|the))*\s*$")


def included_title(text: str, s: int, e: int, date: TimeExpression) -> str:
    """The noun phrase an "including" appendage dates ("the council has issued 143 change
    instructions, including a redesign of the roof in February" -> "A redesign of the
    roof"): a member of the list the main clause counts, its own time (Quirk et al. 1985,
    ch. 17, appended postmodifiers), not the counting verb's; else ""."""
    mt = _INCLUDING.search(text, max(s, date.start - 100), date.start)
    if mt is None or verbs.has_finite(mt.group("np")):
        return ""
    np = mt.group("np")
    return np[:1].upper() + np[1:]


_BY_AGENT = re.compile(r"\b(?P<np>(?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?P<part>[a-z]+)\s+by\s+"
                       r"(?P<agent>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'&.-]*){0,5})\s+(?:(?:on|in|at|last)\s+)?$")
_PRESENT_BEFORE = re.compile(r"\b[a-z]{3,}s\s+$")
"""A main verb in the present right before the object ("notes the comments"): a present takes no
past day, so the day is the participle's."""
_PAST_OF = {participle: past for _, past, participle in verbs.FORMS}
_AFTER_DATE = re.compile(r"\s+(?P<pp>(?:about|on|over|into|against|to|for)\s[^,;:.()\"“”]{2,60})")


def agent_title(text: str, s: int, e: int, date: TimeExpression) -> str:
    """The title of a date in a passive participle with its agent that postmodifies the object
    of a main verb in the present ("Halden notes the comments made by Larkford City Council on Tuesday about
    the cost" -> "Larkford City Council made the comments about the cost"): a reduced
    relative clause (Quirk et al. 1985, ch. 17) tells the agent's own act, the date's; the
    main verb ("notes") is the report's. Else ""."""
    mt = _BY_AGENT.search(text, max(s, date.start - 120), date.start)
    if mt is None:
        return ""
    main = verbs.words_of(text[s : mt.start()])
    if not _participle(mt.group("part")) or not _PRESENT_BEFORE.search(text, s, mt.start()) or any(
            w.endswith("ed") or w in verbs.PAST_FORMS or w in ("was", "were", "had") for w in main):
        return ""  # ("The board rejected the offer made by X on Monday": the rejection may be Monday's)
    part = mt.group("part")
    past = part if part.endswith("ed") else _PAST_OF.get(part, "")
    if not past:
        return ""
    after = _AFTER_DATE.match(text, date.end, e)
    agent = mt.group("agent")
    return f"{agent[:1].upper()}{agent[1:]} {past} {mt.group('np')}" + (" " + after.group("pp").strip() if after else "")

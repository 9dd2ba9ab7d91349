"""Why a date is a state's, not a happening's (`roles.role`'s `state`): the patterns
before a date that make it the start, end or time of measure of a state ("will remain
closed until next spring", "had known about the cables since 2021", "is banned ... until
30 September", "was positive yesterday", "as of Friday", "has called every night since
Tuesday", "would cost it €8 million in the first quarter"). Closed classes of English
only (copulas, stative and aspectual verbs, auxiliaries, prepositions of time).
"""

from __future__ import annotations

import re

FORECAST_FIGURE = re.compile(
    r"\b(?:would|will|could|may|might|should|expects?\sto|expected\sto|is\sexpected\sto|are\sexpected\sto)\s+(?:\w+\s+)?"
    r"(?:cost|total|reach|amount\sto|come\sto|be\sworth|exceed|top)\b[^.;]{0,50}?"
    r"(?:[$€£¥]\s?[0-9]|[0-9][0-9,.]*\s?(?:%|percent|per\scent|million|billion))[^.;]{0,30}?\b(?:in|for|during|over)\s+$")
"""A figure forecast for a period ("the recall would cost it €8 million in the first
quarter", "sales are expected to reach $2 billion in 2026"): what a figure will be, not a
happening."""
STATE_UNTIL = re.compile(r"\b(?:remain|remains|remained|stay|stays|stayed|continue|continues|continued|persist|persists|"
                          r"persisted|keep|keeps|kept)\b[^,;.]{0,40}?\s(?:into|until|till|through|throughout)\s+(?:the\s+)?$")
"""A state said to hold into or until a date ("will remain closed until next spring",
"expects losses to continue into next year"): the date ends a state, no happening; a
named day that ends one ("to remain closed until Friday") is the state's scheduled change
(the reopening), a happening."""
STATE_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:long\s+|already\s+|always\s+)?(?:known|owned|had|lived|belonged|existed|"
                          r"remained|stayed|held|served|been\s+(?![a-z]+(?:ed|en|ing)\b)(?!not\b|never\b))\b[^,;.]{0,60}?\bsince\s+(?:the\s+)?$")
"""A stative verb in the perfect before "since" ("had known about rusting cables since 2021",
"has been in administration since March"): the state's start, not a happening ("has
been suspended since July 24", a passive, dates the suspension; "has been attempting to
take over X since December", a progressive, its start; "has not been in recession since
2001", a negated state, the last time it held). Stative verbs: Quirk et al. 1985, ch. 4, the semantics of the verb phrase."""


COPULA_ADJECTIVE = re.compile(
    r"\b(?:is|was|were|are|remained|remains|stayed|stays)\s+(?:(?:still|also|largely|mostly|again)\s+)?"
    r"(?P<adj>(?![a-z]+(?:ed|er|ing)\b)(?!(?:up|down|off|out|over|set|due|expected|likely|between|before|after|since|until|till|around|about|near|beyond|against|within|among|through|across|from|into|onto|toward|towards|like|unlike|via|per)\b)[a-z]+)\s+(?:(?:on|in|at|during|throughout)\s+)?(?:the\s+)?$"
)
"""A copula and an adjective right before a date ("was positive yesterday", "remained
calm on Monday", "is open this week"): a quality the subject had then, a state, not a
happening. Participles (-ed, -en and the irregular ones: "was closed", "was struck",
"were held": `verbs.PARTICIPLES`), comparatives and particles ("was down 3%", "was higher", "was up") are
changes, and stay events."""


STATAL_UNTIL = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+|also\s+|temporarily\s+)?(?!(?:adjourn|recess|suspend|halt|interrupt|paus|postpon|delay|defer|extend|prolong|reschedul|"
    r"expect|schedul|plann|slat|timetabl|forecast|predict|anticipat)\w*\b)"
    r"(?P<verb>[a-z]{3,}ed|shut|forbidden)\b"
    r"(?:(?!\sto\s[a-z])[^,;:.]){0,60}?\s(?:until|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$")
"""A present statal passive held until a date ("Agricultural burning is banned across the
region until 30 September", "The road is closed until Friday"): the participle names the
state the subject is in now (Quirk et al. 1985, ch. 3, statal and actional passives), and
"until" its end: the end of a period, no happening. A verb that stops something for a time
("is suspended until", "is adjourned until") titles what then resumes (`plans.deferred`)
and is left to it; a verb of planning ("is expected until", "is scheduled until") tells a
plan's time."""


SINCE_THE_NOUN_ON = re.compile(r"\bsince\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*\s+(?:on|in)\s+$")
"""A since-phrase whose noun the date dates ("since the suspension on 2 June", "since its
listing in 2019"): a back-reference to a happening and the start of the span the clause
holds over (TimeML's beginPoint; Quirk et al. 1985, ch. 9, "since" with a noun phrase),
no new happening of the clause."""
EXPECTED_TO_PASS = re.compile(
    r"\bexpect(?:s|ed|ing)?\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){0,5}?to\s+(?:pass|reach|exceed|top|hit|surpass|rise\s+to|"
    r"fall\s+to|climb\s+to|double|treble)\s+[^.;]{0,40}?\b(?:by|in|before)\s+(?:the\s+)?$")
"""A count someone expects to pass a mark by a time ("expected the number of claimants to
pass 1,000 by the autumn"): a forecast of a figure, as `FORECAST_FIGURE`'s, not a
happening (a state's measure; TimeML marks no occurrence on it)."""
AS_OF = re.compile(r"\bas\s+of\s+(?:the\s+)?$", re.IGNORECASE)
""""as of Friday", "as of the end of June": the time at which a state or a figure holds
(Merriam-Webster, "as of": "at, during, or until a certain time"), not a happening."""


ACCUMULATED = re.compile(
    r"\b(?:has|have|had)\s(?=.*\b(?:(?:every|each)\s(?:single\s)?(?:day|night|morning|evening|week|month|year|time)|daily|nightly|weekly|monthly|"
    r"repeatedly|regularly|routinely|(?!(?:above|below|over|under|at|to|from|by|of|than|around|about|near|nearly|almost|since|in|for|until)\s)[a-z]+\s"
    r"(?:[0-9]{1,3}(?:,[0-9]{3})*(?![0-9])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)"
    r"\s(?!(?:%|percent|per\scent|points?|since)\b)[a-z]))(?:[^,;:]|(?<=[0-9]),(?=[0-9]))*\bsince\s+(?:the\s+)?$")
"""A perfect verb group whose clause counts or repeats its happening up to now, and "since"
before the date ("had logged 17 written complaints since early 2024", "has spoken to him
every night since Tuesday"): the date is the start of a span over which things accumulate
or recur (TimeML's TIMEX3 beginPoint; Quirk et al. 1985, ch. 4, the perfect of a habit or
of a sum up to now), no happening on it. A single change ("has been suspended since July
24") keeps its date; a change by a percentage is `comparison`; a level after a preposition
("has not closed above 8,000 since February") and a year ("fighting the illness since 2004
and has been on leave since January") are no count."""

"""Why a date describes a thing, not a happening's time (`roles.role`'s `description`):
the patterns around a date that make it a premodifier of a noun ("a 2020 funding round",
"the 1975-79 rule"), part of a name ("the Harbour Reserve Act of 1934"), a measured
period ("its estimate of fourth-quarter 2006 growth", "a 6.5% rise this year"), the end
of a duration or a period's limit ("to last at least until Friday", "bars cranes until
2030"), a subject's deadline ("The payment, due December 1, is …") or the label of a
range that sorts things ("models built between January 2021 and August 2023";
`described_range`). Closed classes of English only.
"""

from __future__ import annotations

import re

from . import verbs

NAME_OF = re.compile(r"(?:\b[A-Z][\w'’-]+\s+){2,5}of\s+$")
"""Capitalised words and "of" before a year: a name ("the Harbour Reserve Act of 1934")."""


NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|by|for|from|with|as|was|were|is|are|had|has|the|a|an|"
                         r"our|their|his|her|its|my|your|we|they|he|she|it|i)\b)[A-Za-z][\w-]*\s+[a-z]")
"""A noun (and another word) right after a date: the date premodifies it. A pronoun or a
possessive determiner opens a clause or a noun phrase of its own ("in the early hours of 7
February our team detected ...": the date ends its phrase; Quirk et al. 1985, ch. 5,
determiners are no premodifiers)."""
LASTS = re.compile(r"\blast(?:s|ed|ing)?\s+(?:(?:at\s+least|at\s+most|about|around|roughly|well|until|till|through|into|beyond)\s+)+(?:the\s+)?$")
"""The verb of duration before the date that ends it ("to last at least until Friday")."""


PREMODIFIED_RANGE = re.compile(r"\s+[\"“‘'](?:[\w’'-]+\s){0,3}[\w’'-]+[\"”’']\s+[a-z]")
"""A named noun phrase in quotes after a period, then its head ('the 1975-79 "Killing
Fields" rule'): the period describes the head."""
DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a)\s+$")
DURING = re.compile(r"\b(?:during|throughout)\s+(?:the\s)?$")


FIGURE_NP = re.compile(r"(?:\b(?:a|an|the)\s+(?:[$£€¥][0-9](?:[0-9.,]*[0-9])?|[0-9](?:[0-9.,]*[0-9])?\s?(?:%|percent|per\scent))(?:\s+(?!(?:in|on|at|by|for|from|to|during|of|until|since)\b)[a-z][a-z-]*){1,2}"
                        r"|\band\s+[$£€¥]?[0-9][0-9.,]*\s?(?:%|percent|per\scent))\s+$")
"""A noun phrase of a figure right before a date, no preposition between ("gives a 6.5%
rise this year and 4% next year"): the date is the period the figure holds for (a
measure's period, TIMEX3's period of a quantity), not when anything happens; a change by
a figure after its verb ("rose 5% last year") has no determiner and stays an event."""


UNTIL_PERIOD = re.compile(r"\b(?P<word>until|till|before)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?$")
NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|neither|nor)\b|n['’]t\b", re.IGNORECASE)
DEFERRED_TO = re.compile(r"\b(?:delay|postpon|defer|adjourn|suspend|reschedul|push|pushed|put\s+off|wait|expect|schedul|plann|slat|due|"
                          r"timetabl|set\s+for)\w*\b|\b(?:have|has|had|given|gave|get|gets|got)\s+(?:\w+\s+)?until\b", re.IGNORECASE)
"""The limit of a period at a year or a month: "until 2030", "till next year", and "before 2028"
in a negated clause. "Until" needs a durative verb (Quirk et al. 1985, ch. 8, §8.61 and ch. 10,
"not ... until"): what it bounds holds over a period ("bars automated cranes ... until 2030",
"a ban on exports until 2027", "barred him from working until April 2009"), whose end is
told, no happening at it (TIMEX3's endPoint of a duration); and a negated clause with
"before" ("a guarantee that no worker would lose a job before 2028") tells nothing that
happens (TimeML polarity NEG). Left alone: "not ... until" (when the thing is due: "not due
until October"), a verb that puts something off or plans it ("delayed until October 2007",
"is scheduled until", "must wait until 2027"), a deadline ("have until next month to file":
the filing is due by then), "by" ("will be completed by 2030": a plan
due by then, telic), and a day ("free until September 30": the state's scheduled change)."""
PREP_DETERMINER = re.compile(
    r"(?<![\w-])(?P<prep>to|of|on|about|over|for|from|with|against|into|under|concerning|regarding|involving)\s+"
    r"(?:a|an|the|its|their|his|her|our)\s+$", re.IGNORECASE)
TEMPORAL_BEFORE_PREP = re.compile(r"\b(?:ahead|prior|run-up|eve|wake|aftermath|time|end|start|beginning|middle|close|height|"
                                   r"day|days|week|weeks|month|months|year|years|anniversary|because|instead)\s+$", re.IGNORECASE)
INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+$")
"""An indefinite article right before a year or a season word that premodifies a noun ("a
2020 award", "a spring tide"): the date or season word is a classifier telling which thing
(Quirk et al. 1985, ch. 17, premodification by nouns; TimeML marks no event on it), no
time of the clause's happening."""
DUE_ASIDE = re.compile(r",\s+due\s+(?:(?:in|on|by)\s+)?$")
COPULA_AFTER_ASIDE = re.compile(r",\s+(?:is|are)\s+(?!(?:being|to|due|expected|set|likely|scheduled|now)\b)")
"""An aside "due X" on a subject whose main verb is a present copula ("The payment, due
December 1, is interest on $380 million of bonds"): the date is the subject's deadline and
the sentence describes what the subject is (Quirk et al. 1985, ch. 10, copular
complementation), no happening of its own; "is expected", "is to" stay plans."""


HEAD_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|by|for|from|with|of|as|was|were|is|are|had|has|have|will|would|"
                         r"when|that|which|who|where|the|a|an)\b)[a-z][\w-]*")
"""A year or a month that premodifies a noun inside a prepositional phrase ("wire fraud
linked to a 2020 funding round", "a lawsuit over the 2009 strike", "the terms of a 2019
merger"): it dates that noun, a thing the clause mentions, not the clause's happening
(Quirk et al. 1985, ch. 17, premodification: the modifier restricts the head). The
subject's ("The 2009 strike ... was settled") and the verb's object ("won the 2013
election") are left events: the clause tells that happening. Temporal prepositions ("in",
"at", "during", "after", "ahead of", "on the eve of", "at the end of") place the clause at
the noun's time and are left too."""


_YEAR_LABEL = re.compile(r"\b[a-z]+\s+years?\s+(?:(?:1[6-9]|20)[0-9]{2}\s*(?:through|to|until|and|or|-|–)\s*)?$")
"""A year after a premodified noun "year" ("model years 2021 through 2024", "tax year 2023"):
a label sorting things by a year, not a happening's time."""
_PARTICIPLE_RANGE = re.compile(r"\b(?P<before>[A-Za-z'’]+)\s+(?P<part>[a-z]+)\s+(?:between|from)\s+"
                               r"(?:[^,;]{0,30}?\s(?:and|to|through|until)\s+)?$")
_AUXILIARIES = frozenset("is are was were be been being am has have had".split())


def described_range(text: str, s: int, start: int) -> bool:
    """Whether the date at `start` (not a day) is a label or an end of a range that sorts
    the things a noun names, not a happening's time: after a premodified "year" ("vehicles
    from model years 2021 through 2024") or in a range after a past participle that
    follows a noun of a clause with its own finite verb, a reduced relative clause
    ("covers Aster models built between January 2021 and August 2023"; Quirk et al. 1985,
    ch. 17, nonfinite postmodifiers). "The plant was built between 2019 and 2021" and "The
    company built the plant between 2019 and 2021" keep their event."""
    window = text[max(s, start - 70) : start]
    if _YEAR_LABEL.search(window):
        return True
    found = _PARTICIPLE_RANGE.search(window)
    if found is None or found.group("before").lower() in _AUXILIARIES:
        return False
    part = found.group("part")
    if not (part.endswith("ed") or part in verbs.PARTICIPLES):
        return False
    return verbs.has_finite(text[s : max(s, start - 70) + found.start("part")])

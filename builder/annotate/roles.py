"""Why a date anchors a happening or not: its `role` in the timeline.

`event` when it anchors something that happened or is planned; else the reason, kept
on the date (`TimeExpression.role`, exported): a **dateline** (a paragraph that is only
a date and a place), a **publication** line ("Posted on March 9"), a **comparison** (the
base or span of a comparison: "compared to April 2010", "higher than in 2008", "the worst
since 1998", "up from $3m a year earlier", "fell two percent from Monday's close", "has
fallen 40% since the beginning of the year", "the second-biggest loss of 2007"; a
contrast: "around 2020, and not 2015"; what did not happen: "would have been delivered
by 2011", "if the sale had gone through last year"), a **description** (a period or a
thing that a date names or measures: "the 1975-79 rule", "during the 1980s", "chief
executive since 2019", "the Harbour Reserve Act of 1934", "estimate of fourth-quarter
2006 growth", the end of a duration: "to last at least until Friday"), a **state** (a
state's start or end, not a happening: "will remain closed until next spring", "expects
losses to continue into next year", "had known about the cables since 2021") and **quote**
(words in a speaker's mouth). Closed classes of English only (comparison markers,
copulas, modals, determiners, figures); no topic words. The patterns of a description
are `descriptions`', those of a state `statives`'; a comparison's are here.
"""

from __future__ import annotations

import re

from ..annotation import Mention, Quote, TimeExpression
from ..read.text import release_banner
from . import opening, verbs
from .days import REFERENCE_OF
from .descriptions import (
    COPULA_AFTER_ASIDE,
    DEFERRED_TO,
    DETERMINER_BEFORE,
    DUE_ASIDE,
    DURING,
    FIGURE_NP,
    HEAD_AFTER,
    INDEFINITE_BEFORE,
    LASTS,
    NAME_OF,
    NEGATION,
    NOUN_AFTER,
    PREMODIFIED_RANGE,
    PREP_DETERMINER,
    TEMPORAL_BEFORE_PREP,
    UNTIL_PERIOD,
    described_range,
)
from .nonevents import non_event
from .opening import dateline as opening_dateline
from .ownlines import own_line
from .phrases import STOP
from .statives import (
    ACCUMULATED,
    AS_OF,
    COPULA_ADJECTIVE,
    EXPECTED_TO_PASS,
    FORECAST_FIGURE,
    SINCE_THE_NOUN_ON,
    STATAL_UNTIL,
    STATE_SINCE,
    STATE_UNTIL,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NOT_SUPERLATIVE_WORDS = r"(?!(?:pro|inter|re|con|for|har|sugg|inv|manif|hon|mod|arr|conqu|t|qu|b|w|n|ch|v|g|l|j|z|prot)est\b)"
"""Words in -est that are no superlative ("protest", "interest", "request", "contest",
"forest", "harvest", "arrest", "test", "rest", "west", "nest", "chest", "vest", "guest")."""
COMPARISON = frozenset("compared comparison than versus vs relative".split())
"""Words that make the date after them a point of comparison, not a happening. `since`
does too after a superlative or an ordinal ("the worst result since 1998", "the fifth
election since 1993"), not after a verb ("has been suspended since July 24")."""
_RANKED = re.compile(r"\b(?:" + _NOT_SUPERLATIVE_WORDS + r"\w+est|most|least|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                     r"highest|lowest|best|worst|only)\b")
PERIOD_PRECISIONS = frozenset(("decade", "range", "season", "half", "quarter"))
PUBLICATION = re.compile(r"[*_([]*(?:Published|Posted|Updated|Last updated|Retrieved|Accessed|First published)\b", re.IGNORECASE)
_LIMIT_THAN = re.compile(r"\b(?:[Nn]o|[Nn]ot)\s+(?:later|earlier|sooner)\s+than\s+(?:[^,;]{0,25}?\s)?$")
"""A limit written as a negated comparative ("by not later than 5.00 p.m. on 9 June", "no
earlier than Monday"): a deadline or a start, as "by" and "from" are (Quirk et al. 1985,
ch. 9, prepositions of time), not a point of comparison."""
_NEGATED = re.compile(r"\b(?:not|instead\sof)\s+(?:(?:in|on|by|at)\s+)?(?:the\s+)?$")
_SUPERLATIVE_IN = re.compile(r"\b(?:is|was|were|are|be|been|remains|remained)\s+(?:(?:the|its|their|his|her|[\w'’-]+['’]s)\s+){0,2}"
                             r"(?:\w+est|worst|best|most|least)\s+(?:[\w'’-]+\s+){0,2}(?:in|of)\s+(?:the\s+)?$")
"""A date after a superlative that a copula ranks ("was the party's worst result in 1998"):
a comparison; "posted its highest profit in 2009" stays an event."""
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:n['’]t)?\s+(?:not\s+)?have\s+(?:been\s+)?(?P<verb>[a-z]+)\b[^.;:,]*$")
"""A modal perfect ("would have been delivered in 2006"): what would have happened, and
did not; the date is a contrast with what did."""
_IF_HAD = re.compile(r"(?:^|[^\w])[Ii]f\s(?:[^,;.]*\s)?had\s[^,;.]*$")
"""A date in an "if ... had" clause ("if the sale had gone through last year"): a condition
that was not met."""
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$")
_FIGURE = r"(?:[0-9][0-9.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+few|several)"
_FIGURE_FROM = re.compile(r"\b" + _FIGURE + r"\s?(?:%|percent|per\scent|points?)\s+(?:of\s+\w+\s+)?from\s+(?:the\s+)?$")
"""A change by a figure from a base ("lost two percent from [Monday's close]")."""
_NOT_SUPERLATIVE = _NOT_SUPERLATIVE_WORDS
_SUPERLATIVE_OF = re.compile(r"\b" + _NOT_SUPERLATIVE + r"(?:\w+est|worst|best)\s+(?:[\w'’-]+\s+){0,2}of\s+(?:the\s+)?$",
                             re.IGNORECASE)
"""A superlative ranking over a period ("the second-biggest loss of 2007"): the period is
the ranking's span, not the happening's date (a day stays: "the worst index of the day")."""
_SINCE_PHRASE = re.compile(r"\bsince\s+(?P<np>(?:the|its|their|his|her)\s[^,;]{3,70}?)\s*$")
"""A date inside the noun phrase of a since-phrase ("since the re-opening of the markets
following the September 11th")."""
_SINCE_OPEN = re.compile(r"\bsince\s[^,;:()—–\"“”]{1,100}$")
"""A since-clause or since-phrase that the date ends, no clause break between ("since
records began in 1998", "since Sears Holdings filed in October 2018", "since the conviction
of X in 2022")."""
_RANKED_HEAD = re.compile(_RANKED.pattern + r"(?:\s+[\w'’.&-]+){0,5}\s+$")
"""A superlative or an ordinal and at most five words of its noun phrase, right before
"since" ("the longest queue", "one of the largest start-up fraud prosecutions", "the first
at the port")."""
_BASE_BEFORE = re.compile(r"\b(?:from|than|with|against|to|over|versus|vs\.?|on)\s+$")
"""The word before "the same month last year" that makes it the base of a comparison."""
_NOT_SEEN = re.compile(r"\b(?:(?:not|never)\s+(?:been\s+)?(?:seen|reached|recorded|witnessed|touched|matched|experienced)|unseen)"
                       r"\s+(?:before\s+|in\s+\w+\s+)?since\s+(?:the\s+)?$")
"""A level "not seen since" a date ("lows not seen since October 1982", "a price not reached
since 2004", "levels unseen since the 1990s"): the date is the base of a comparison."""
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|end)\s+of\s+$")
_CHANGE_BEFORE_SINCE = re.compile(r"\b" + _FIGURE + r"\s?(?:%|percent|per\scent|points?)\s+(?:(?:of|behind|below|above|against|on|in)\s+(?:[\w'’-]+\s+){1,2})?since\b")
"""A change by a figure measured from a date ("has lost 40% of its members since", "has
fallen 11% behind inflation since"): the date is the base the change is measured from,
the start of a period (TIMEX3's anchor of a duration), not a happening."""
_THAN_PHRASE = re.compile(r"\bthan\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[$£€¥]?[0-9][\w.,%]*\s+|[a-z]+\s+){0,4}?"
                          r"(?P<rel>(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
                          r"(?:[a-z]{2,}ed|gave|made|said|put|set|paid|saw|took|told|had|got|found|sought|won|lost|spent)\s+(?:[a-z]+\s+){0,2})$")
"""A than-phrase whose noun phrase takes a contact relative clause (one with no relative
pronoun; Quirk et al. 1985, ch. 17, relative clauses) that the date ends: "more than the
8 million euros the administrator cited last month". The date is inside the base of the
comparison, not a happening the sentence tells."""
_OF_BEFORE = re.compile(r"\bof\s+$")
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about\s|around\s|nearly\s|just\s|only\s)?(?:[$£€¥#]?[0-9][^A-Za-z]*|" + _FIGURE + r"\s+)(?!of\s)(?:\w+\s){0,3}$")
"""A base figure after "from" ("rose to 9% from 7% [in 2010]"); not a partitive ("remove
her name from two of the papers [last month]": a selection of things, Quirk et al. 1985,
ch. 5, "of"-partitives)."""
_BASELINE = re.compile(r"\b(?:(?:up|down)\s+(?:\w+ly\s+)?from|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+against)\s[^,;:()]{0,60}$")
"""The baseline of a change or a comparison, however long its noun phrase ("14 ships ... on
Tuesday, up from three on Sunday", "down from the record set in 2019", "compared with 1.2
million shares traded on Monday"): the figure then, the term a comparison is measured
against, no happening (TimeML: a date of a comparison's standard, not of an event)."""
_EARLIER_PERIOD = re.compile(r"\b(?:(?:a|one)\s\w+\s(?:earlier|ago|before)|previous|preceding|prior|same)\b")
_DIGIT = re.compile(r"[0-9]")
_SAME_PERIOD = re.compile(r"\b(?:same|previous|preceding|prior|year-earlier|year-ago)\b")
"""A period named as the counterpart of another ("the same period a year earlier"): a
comparison wherever the sentence's figure stands; a bare "a year earlier" compares only
with a figure before it in its clause ("up from $3m a year earlier"; "the plant, which
opened a year earlier," dates the opening)."""
_POSSESSIVE_NOUN = re.compile(r"['’]s?\s+(?:[a-z][a-z-]*\s+){0,2}[a-z]")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_DATELINE_PLACE = re.compile(opening.PLACE + opening.REGION + r"?(?:\s\([^)]{1,30}\))?,\s*")
"""A place in capitals and a comma opening a paragraph, before a date ("DUNMORE, ")."""
_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-)\s")
"""The dash that ends a date line ("DUNMORE, Oct 6 — "), after an agency at most."""
_COPULA_THAN = re.compile(r"\b(?:is|was|were|are|be|been|remains|remained)\s+(?:[\w.,%$£€-]+\s+){0,4}?(?:[a-z]{2,}er|more|less|fewer)\s+than\b")
"""A figure set against another by a copula and a comparative ("Revenue in the first quarter
was 40 percent lower than a year earlier"): the clause compares, nothing happens."""


_SUPERSEDED_PLAN = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:been\s+)?(?:due|expected|scheduled|slated|set|planned|timetabled)"
                              r"(?:\s+(?:to\s+[a-z]+|for))?\s+(?:(?:in|on|at|by|for|during|until)\s+)?(?:the\s+)?$")
"""A plan told as superseded ("originally due in the third quarter", "had initially been
scheduled for November"): what was to happen and now will not, then; like "not 2015 as
previously planned", a contrast with what now is, not a happening of its date."""
_CHANGE_FROM = re.compile(r"\b(?:slip|slips|slipped|slipping|move|moves|moved|moving|shift|shifts|shifted|shifting|push|pushes|pushed|"
                          r"pushing|put|puts|putting|bring|brings|brought|bringing|delay|delays|delayed|delaying|postpone|postpones|"
                          r"postponed|postponing|defer|defers|deferred|deferring|change|changes|changed|changing)\b"
                          r"(?:\s+(?:back|forward|out|off|[a-z]+ly))?\s+from\s+(?:the\s+)?$")
"""A verb of change of position and "from" before a date that a "to" and another date
follow ("would slip from the third quarter to the first quarter of 2026"): the source of
the change (Quirk et al. 1985, ch. 9, prepositions of source and goal), the old time,
not when anything happens."""


_NEGATED_EXPECTATION = re.compile(
    r"(?:\b[Nn]o\s+(?:[\w-]+\s+){1,3}(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?|"
    r"\b(?:is|are|was|were|be)\s+not\s+|\bnot\s+)(?:expected|forecast|planned|scheduled|due|likely|anticipated|foreseen)\b"
    r"[^,;:.]{0,50}?\s(?:before|on|by|in|for|at)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$")
"""A negated expectation before the date ("No rain expected before Saturday", "Talks are not
scheduled before Monday"): a negative determiner or "not" on a verb of expecting or planning
asserts that nothing is to happen by then (TimeML's polarity NEG: no happening to place on a
timeline). "Not ... until" is left alone: it tells when the thing is due ("Deliveries are not
due until October": due in October; Quirk et al. 1985, ch. 10, negation and "until")."""
_WHEN_CLAUSE = re.compile(r",\s+when\s+(?:[\w’'-]+\s+){0,6}?[a-z]+ed\b")
"""A relative "when" clause on a date ("since March 22, when a court ordered it detained"):
its happening took place on the date (Quirk et al. 1985, ch. 17, relative adverbs; TimeML
anchors the clause's event to the date its "when" stands for), though the main clause's
"since" makes the date a state's start."""
_CALLED_OFF = re.compile(
    r"\b(?:postpon|cancel|call\s+off|called\s+off|calling\s+off|scrap|defer|delay|suspend)\w*\s+"
    r"(?:(?:the|its|their|our|his|her|all|some|planned|scheduled|[a-z]+)\s+){1,4}(?:on|for|in|at)\s+(?:the\s+)?"
    r"(?:[\w-]+(?:\s[\w-]+){0,3},?\s+(?:and|or)\s+)?$")
"""A date after the object of a verb that calls something off ("decided to postpone planned
operations on Monday and Tuesday", "agreed to cancel the march on Saturday") in a sentence
dated before: the date is when the thing called off was to be, what now will not happen, and
the sentence's happening (the decision) is its earlier date's."""


_START_IN_COMPLEMENT = re.compile(r"\bto\s(?:be\s)?[a-z]+(?:\s[\w'’-]+){0,4}?\s(?:from|starting|with\seffect\sfrom)\s$")
"""A start ("from Monday") inside a to-infinitive complement ("requiring all poultry to be kept
indoors from"): with a day of its sentence dating the governing verb, the date is when the
required state begins (TimeML's beginPoint of a state), no second happening of that verb."""
_RANGE_NEXT = re.compile(r"\s(?:to|until|till|through|and)\s")


def _clause_start(text: str, s: int, at: int) -> int:
    """Where the clause holding offset `at` starts: after the last comma, semicolon or
    relative pronoun before it in the sentence starting at `s`, else `s` (a mark not found,
    `str.rfind`'s -1, is no clause start)."""
    s = max(s, at - 200)
    marks = [found + len(mark) for mark in (", ", "; ", " which ", " who ", " that ") if (found := text.rfind(mark, s, at)) >= 0]
    return max([s, *marks])


def role(text: str, sentence: tuple[int, int], paragraph: tuple[int, int], date: TimeExpression,
         dates: list[TimeExpression], names: list[Mention], quotes: tuple[Quote, ...]) -> str:
    """`event`, or why the date anchors no happening: `dateline`, `publication`,
    `comparison`, `description`, `state`, `question` or `quote` (a coreferent date's `repeat` is
    `events`')."""
    s, e = sentence
    if PUBLICATION.match(text, s) and date.start - s < 40:
        return "publication"
    if _is_dateline(text, paragraph, dates, names) or (
            paragraph[1] - paragraph[0] <= 120 and release_banner(text[paragraph[0] : paragraph[1]])) or (
            date.start - paragraph[0] < 40 and _DATELINE_PLACE.fullmatch(text, paragraph[0], date.start)
            and _DATELINE_DASH.match(text, date.end)) or (
            date.start - paragraph[0] < 80 and date.end <= paragraph[0] + opening_dateline(text[paragraph[0] : paragraph[1]])[0]):
        return "dateline"  # a release banner's too ("EMBARGOED UNTIL 10:00 GMT 3 MARCH"); a date line opening the paragraph: "DUNMORE, Oct 6 — The trial ...", "COPIAPÓ, Chile, Aug 6 (Austral Press) -"
    if (own := own_line(text, s, e, date)):
        return own  # a heading's date, an issue line, a correction's label: the document's own (`ownlines`)
    if any(q.start <= date.start and date.end <= q.end for q in quotes):
        return "quote"
    if (why := non_event(text, s, e, date)):
        return why  # a question, a label line, a present state, a state of knowledge, a figure's period: `nonevents`
    if date.text == "now":
        return "state"  # "have been on strike for three weeks now": the present end of a duration
    if _START_IN_COMPLEMENT.search(text, max(s, date.start - 120), date.start) and not _RANGE_NEXT.match(text, date.end) and any(
            d.end <= date.start and d.start >= s and d.precision == "day" for d in dates):
        return "state"  # "Last Thursday X introduced an order requiring poultry to be kept indoors from Monday": the state's start
    if (copula := COPULA_ADJECTIVE.search(text, max(s, date.start - 40), date.start)) and copula.group("adj") not in STOP | verbs.PARTICIPLES:
        return "state"  # "one of the few markets that was positive yesterday": a quality held, not a happening
    before = [w.lower() for w in _WORD.findall(text[max(s, date.start - 60) : date.start])][-5:]
    window = text[max(s, date.start - 80) : date.start]
    tail = window[-12:]
    if "from" in tail and _FIGURE_FROM.search(window):
        return "comparison"  # "fell two percent from Monday's close": the base of a change
    if _POSSESSIVE_NOUN.match(text, date.end) and not (before and before[-1] in COMPARISON | {"since"}):
        return "event"  # "Saturday's rally", "at Monday's hearing": the date of the noun's happening
    if any(w in COMPARISON for w in before) and not _LIMIT_THAN.search(window):
        return "comparison"
    if ("originally" in window or "initially" in window or "previously" in window or "first" in window) and _SUPERSEDED_PLAN.search(window):
        return "comparison"  # "originally due in the third quarter": a plan superseded
    if "from" in tail and _CHANGE_FROM.search(window) and any(
            d is not date and 0 <= d.start - date.end <= 8 and text[date.end : d.start].strip() == "to" for d in dates):
        return "comparison"  # "would slip from the third quarter to the first quarter of 2026": the old time
    if date.precision != "day" and described_range(text, s, date.start):
        return "description"  # "from model years 2021 through 2024", "models built between January 2021 and August 2023"
    if date.precision not in ("day", "week") and FIGURE_NP.search(text, max(s, date.start - 40), date.start):
        return "description"  # "a 6.5% rise this year and 4% next year": the periods the figures hold for
    if "than" in window and _THAN_PHRASE.search(window) and not re.search(r"[,;:()]", window[window.rfind("than"):]):
        return "comparison"  # "more than the 8 million euros the administrator cited last month"
    if _NEGATED.search(text[max(s, date.start - 20) : date.start]):
        return "comparison"  # "around 2020, and not 2015 as previously hoped": a contrast, not a happening
    if _NEGATED_EXPECTATION.search(text, max(s, date.start - 90), date.start):
        return "comparison"  # "No rain expected before Saturday": what is expected not to happen
    if date.precision not in ("day", "week") and (date.text[:1].isdigit() or date.text[:1].isupper()) and HEAD_AFTER.match(text, date.end, e):
        prep = PREP_DETERMINER.search(text, max(s, date.start - 30), date.start)
        if prep and not TEMPORAL_BEFORE_PREP.search(text, max(s, prep.start() - 20), prep.start()):
            return "description"  # "linked to a 2020 funding round": the date of a noun the clause mentions
    if date.precision in ("year", "season") and INDEFINITE_BEFORE.search(window) and HEAD_AFTER.match(text, date.end, e) and (
            date.precision == "year" or not date.text[:1].isupper()):
        return "description"  # "include a 2020 award", "after a spring tide lifted the stern": a premodifier saying which thing
    if text[max(s, date.start - 7) : date.start].rstrip().endswith("since") and _WHEN_CLAUSE.match(text, date.end, e) and (
            not _RANKED.search(text[max(s, date.start - 80) : date.start].lower())):  # ("the fifth since 1993, when": a ranking's base)
        return "event"  # "held since March 22, when a court ordered it detained": the when-clause happened then
    if "due" in tail and DUE_ASIDE.search(window) and COPULA_AFTER_ASIDE.match(text, date.end, e):
        return "description"  # "The payment, due December 1, is interest on ...": the subject's deadline in a sentence that describes
    back = SINCE_THE_NOUN_ON.search(window) if "since" in window else None
    if back and not verbs.has_finite(back.group()):  # ("since the merger closed in 2021": a clause, its own happening)
        return "state"  # "had been contacted by 1,100 people since the suspension on 2 June": a span from a happening told already
    if "expect" in window and EXPECTED_TO_PASS.search(window):
        return "state"  # "expected the number of claimants to pass 1,000 by the autumn": a figure forecast, not a happening
    if AS_OF.search(window):
        return "state"  # "had $9.1 million in its general fund as of Friday": the time a state is measured at
    if (" until " in window or " till " in window) and STATAL_UNTIL.search(window):
        return "state"  # "Agricultural burning is banned across the region until 30 September": the state's end
    limit = UNTIL_PERIOD.search(window) if date.precision not in ("day", "week") and not STATE_UNTIL.search(window) else None
    if limit:
        clause = text[_clause_start(text, s, date.start) : date.start]
        negated = NEGATION.search(clause) is not None
        if negated == (limit.group("word") == "before") and not DEFERRED_TO.search(clause):
            return "description"  # "bars automated cranes until 2030", "no worker would lose a job before 2028": a period's limit
    if _CALLED_OFF.search(window) and any(d.end <= date.start and d.value != date.value and "T" not in d.timex for d in dates):
        return "comparison"  # "On 6 October we decided to postpone operations on Monday": what will not happen then
    counterfactual = _COUNTERFACTUAL.search(window) if " have " in window else None
    if (counterfactual and (counterfactual.group("verb").endswith("ed") or counterfactual.group("verb") in verbs.PARTICIPLES)
            or (" had " in window and _IF_HAD.search(window))):
        return "comparison"  # "the plant would have opened in 2006" (had the sale gone through): it did not happen
    if _SUPERLATIVE_IN.search(text[max(s, date.start - 60) : date.start]):
        return "comparison"  # "the party's worst result in 1998": the date ranks, nothing happens on it
    since = _SINCE.search(text[max(s, date.start - 12) : date.start])
    if since and _RANKED.search(text[max(s, date.start - 80) : date.start].lower()):
        return "comparison"
    opened = _SINCE_OPEN.search(text, max(s, date.start - 110), date.start) if "since" in window else None
    if opened and _RANKED_HEAD.search(text[_clause_start(text, s, opened.start()) : opened.start()].lower()):
        # "the longest queue since records began in 1998", "the largest bankruptcy since Sears
        # filed in October 2018": a superlative or an ordinal ranks over the span from the
        # since-clause's date (the span's anchor, TimeML's TIMEX3 beginPoint; Quirk et al.
        # 1985, ch. 14, since-clauses of time): the date is the comparison's base, as a bare
        # "the worst since 1998" is, and the ranked noun phrase's happening is not on it
        return "comparison"
    if date.text[:9].lower() == "the same " and _BASE_BEFORE.search(text[max(s, date.start - 25) : date.start]):
        return "comparison"  # "rose from the same quarter a year earlier": the base of a change
    if since and _NOT_SEEN.search(text[max(s, date.start - 60) : date.start]):
        return "comparison"  # "fell to lows not seen since October 1982": the base of a level, not a happening
    of_before = "of" in tail and _OF_BEFORE.search(tail) is not None
    if of_before and date.precision != "day" and _SUPERLATIVE_OF.search(window):
        return "comparison"  # "the second-biggest loss of 2007": the date is the ranking's span
    inside = _SINCE_PHRASE.search(window) if "since" in window else None
    if inside and not verbs.has_finite(inside.group("np")) and _RANKED.search(window[: inside.start()].lower()):
        return "comparison"  # "the worst day since the re-opening ... following the September 11th attacks"
    if (since or (inside and _SINCE_START.search(window))) and _CHANGE_BEFORE_SINCE.search(window):
        return "comparison"  # "has fallen 40% since the beginning of the year": a change's base
    if of_before and (NAME_OF.search(window) or REFERENCE_OF.search(window)):
        return "description"  # "the Harbour Reserve Act of 1934", "quoting reference 0417 of 7 March": part of a name
    if of_before and NOUN_AFTER.match(text, date.end) and not verbs.is_finite(
            ("it",) + verbs.words_of(text[date.end : date.end + 30])[:1], 1):
        return "description"  # "its estimate of fourth-quarter 2006 pension growth": a period measured
    if since:
        # "Holt, chief executive since 2019, said", "the firm, in turmoil since 2019,": a
        # since-phrase on a noun phrase (no finite verb back to the comma) says how long a
        # role or state has held, not that anything happened then; "has been suspended
        # since July 24" has its verb and dates the suspension.
        at = max(s, date.start - 12) + since.start()
        opening = max(text.rfind(mark, s, at) for mark in (", ", "(", "—", "–", " -- ", "; "))
        segment = text[max(s, opening + 1) : at]
        if opening >= s and verbs.words_of(segment) and not verbs.has_finite(segment):
            return "description"
    if since and ACCUMULATED.search(text, max(s, date.start - 150), date.start):
        return "state"  # "had logged 17 complaints since early 2024", "has called every night since Tuesday": a span's start
    if "last" in window and LASTS.search(text[max(s, date.start - 40) : date.start]):
        return "description"  # "the strike is expected to last at least until Friday": a duration's end
    between = text[max(s, date.start - 40) : date.start]
    if _FROM_FIGURE.search(between) or ((" from " in window or "compar" in window or " against " in window) and _BASELINE.search(window)):
        return "comparison"  # "up to 5% from 3% in 2010"
    surface = date.text.lower()
    same = _SAME_PERIOD.search(text[max(s, date.start - 24) : date.end].lower())
    clause_end = min([e, *(at for mark in (", and ", ", but ", "; ") if (at := text.find(mark, date.end, e)) >= 0)])
    if _EARLIER_PERIOD.search(surface) and _DIGIT.search(text, s if same else _clause_start(text, s, date.start), clause_end if same else date.start):
        # "$704 million in the same period a year earlier"; "which opened a year earlier" is an event; a figure
        # in a later coordinated clause compares nothing with it ("had been confirmed the previous day, and that ... 21 days")
        return "comparison"
    if date.precision == "range" and text[date.start - 1 : date.start] == "(" and text[date.end : date.end + 1] == ")":
        return "description"  # "Steve Holt (1955-2011)": a span of life or office in brackets
    if date.precision == "decade" or (
        date.precision in PERIOD_PRECISIONS and "/" in date.value and len(date.value.split("/")[0]) == 4
        and (_LOWER_NEXT.match(text, date.end) is not None or (
            PREMODIFIED_RANGE.match(text, date.end) is not None and DETERMINER_BEFORE.search(text, max(s, date.start - 7), date.start)))
    ):
        return "description"  # "the 1980s", "the 1975-79 rule", 'the 1975-79 "Killing Fields" rule'

    if DURING.search(text[max(s, date.start - 20) : date.start]) and date.precision in (
        PERIOD_PRECISIONS | {"year"}
    ):
        return "description"
    than = _COPULA_THAN.search(text, s, e) if " than " in text[s:e] else None
    if than and any(0 <= d.start - than.end() <= 5 for d in dates if d is not date) and not _LIMIT_THAN.search(window):
        return "comparison"  # "Revenue in the first quarter was 40 percent lower than a year earlier": two periods compared
    if date.precision != "day" and FORECAST_FIGURE.search(window):
        return "state"  # "would cost it €8 million in the first quarter": a figure forecast for a period
    if (STATE_UNTIL.search(window) and (date.precision != "day" or window.rstrip().endswith("into"))) or (since and STATE_SINCE.search(window) and not _LOWER_NEXT.match(text, date.end)):
        # ("stuck in an impasse since the July election": the date names the election)
        return "state"  # "will remain closed until next spring", "had known about it since 2021"
    return "event"


_HEADING_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|THE|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")
"""A determiner right before a short paragraph's date: the date modifies a noun phrase ("The
2021 Series C", "The last night"), a section heading's, not a date line's (a date line
states its day bare: "LONDON, March 4", "Tuesday 4 February 2025")."""


def _is_dateline(text: str, paragraph: tuple[int, int], dates: list[TimeExpression], names: list[Mention]) -> bool:
    """A paragraph of a date and at most a place, an agency or a weekday: a date line. Not a
    heading whose date a determiner opens (`_HEADING_DETERMINER`)."""
    a, b = paragraph
    if b - a > 120:
        return False
    if any(a <= d.start < b and _HEADING_DETERMINER.search(text, a, d.start) for d in dates):
        return False
    rest = text[a:b]
    for span in sorted([(d.start, d.end) for d in dates] + [(m.start, m.end) for m in names], reverse=True):
        if a <= span[0] and span[1] <= b:
            rest = rest[: span[0] - a] + " " + rest[span[1] - a :]
    words = _WORD.findall(rest)
    lower = [w for w in words if w[0].islower() and w not in ("of", "the", "and", "by", "on", "at", "in")]
    return not lower and len([w for w in words if w.lower() not in STOP]) <= 3

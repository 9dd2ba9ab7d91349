"""Sentences that date no happening whatever their date: a question, a form's label line,
a present state, a state of knowledge, a figure's period.

`roles.role` asks `non_event` before its own tests. Each rule is a closed class of
English grammar, no topic word:

- a **question** asserts nothing (Quirk et al. 1985, ch. 11, questions): a sentence that
  ends with "?" ("Why did a plant that inspectors had flagged last October keep
  producing?"), an interviewer's "Q:" line, and a date inside an embedded question ("did
  not answer questions on Thursday about whether inspectors returned in January": the
  January return is asked about, not told; "asking him to explain which supplements were
  used last winter");
- a **label line** ("Best-before dates: from 1 March 2025 to 15 April 2025 inclusive.",
  "Enquiries: ... Monday to Friday"): a label, a colon and no finite verb is a form's
  field, no clause;
- a **present state**: a present copula and a predicate noun phrase ("Today it is a
  byword for failure", "Now the port is a car park"): TimeML's STATE class, a state
  annotated as an event only when it changes;
- a **state of knowledge** (Quirk et al. 1985, ch. 4, stative verbs of private states:
  know, believe, be aware, have heard of): "Two weeks ago, few people had heard of X";
- a **noun's period**: a date in a participle phrase that sets a noun's period ("a ban of
  four years, starting on 13 June 2025"), or "from" a date inside the subject ("All results
  obtained from 14 August 2022 are disqualified"): the noun's bound, not the verb's date;
- a **figure's period** after "of" ("reported revenue of 61 million euros last year",
  "a loss of $3m in 2023"): the period the figure holds for, not a happening (session
  14: a figure's period is no event);
- what does **not** happen (TimeML's POLARITY="NEG": a negated event is no happening on the
  timeline): a state's open end ("will stay closed until at least 25 January": the end is
  only a lower bound, Quirk et al. 1985, ch. 8, "until" with a durative verb), a plan
  negated ("will not reopen on 25 January as planned"), and a refusal or silence ("did
  not respond to requests for comment on Saturday", "declined to comment": AP Stylebook,
  "no comment", a report's closing formula);
- a **noun's own date**: a participle in an appositive noun phrase ("The train, a unit
  built in 2009, was inspected on 29 October": the unit's building, Quirk et al. 1985, ch.
  17, apposition and postmodification by -ed clauses), and an "of" complement after the
  verb ("has revised the magnitude of the earthquake of 14 September": the date names the
  earthquake, the noun's happening told already, not the revision);
- a **routine** ("publishes its figures every Tuesday and Friday"): a date after "every"
  and its coordinated days states a habit, a set of times (TimeML's SET), no dated act;
- a **feeling** ("X is deeply saddened by the loss of life following the incident on 13
  September"): "be" and an emotive adjective or participle (Quirk et al. 1985, §16.69,
  adjectives of emotion with a "by/at/about" complement) is a state of the speaker, TimeML's
  STATE; the date is its cause's, a noun of the complement;
- a **promise of nothing** ("there would be no further cuts this year"): an existential
  "there be no N" over a period is a negated event (TimeML's POLARITY="NEG"), no happening;
- a **release's house-keeping** ("The next update will be issued Wednesday at 10 a.m."): a
  notice of the issuer's next update or briefing (AP Stylebook, "news release") is about the
  reporting, not a happening of the story;
- a **quoted judgement** of a dated noun ('said the 2024 inspection "was carried out
  correctly"'): the speaker's opinion, dated by the saying, not by the noun;
- a **present with "now"** ("engineers now believe ...") and a past date after a comma in a
  clause with a past verb of its own: the date is that clause's (`_NOW_PRESENT`);
- an **intention given up**: "had planned/hoped/intended to V on D" (`_UNFULFILLED`);
- a **quotation and its tag** alone ("'Let them try,' she said on Friday"): the words are a
  quote (the quotes list has them), the saying no happening of its own (TimeML annotates the
  reported event inside, not a bare "said").
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import limits, tense, verbs
from .modifierdates import EARLIEST_AFTER, modifier_date
from .participles import noun_period
from .stems import REPORTING

_CLAUSE_END = re.compile(r"\s*[.!]?\s*$")
_Q_LINE = re.compile(r"\s*Q\s*[:.]\s")
"""An interviewer's line in a question-and-answer text ("Q: What happens now?")."""
_LABEL = re.compile(r"\s*(?:[A-Z][\w’'-]*)(?:[ -][\w’'-]+){0,4}:\s")
"""A label of at most five words and a colon opening the sentence ("Best-before dates: ")."""
_EMBEDDED_QUESTION = re.compile(
    r"\b(?:whether|to\s+[a-z]+\s+(?:which|what|why|how|whether)|(?:ask(?:s|ed|ing)?(?:\s+(?:him|her|them|it|us|me))?|"
    r"wonder(?:s|ed|ing)?|(?:examin|investigat|determin|establish|explor)(?:e|es|ed|ing)|"
    r"(?:did|does|do|could|can|would)\s+not\s+(?:say|know|explain|disclose|reveal)|unclear|not\s+clear|"
    r"not\s+known)\s+(?:which|what|why|how|whether|if|when|where))\s[^,;:()\"“”]*$")
"""A date in an embedded question (an interrogative subordinate clause, Quirk et al. 1985,
ch. 15): "whether X", or a wh-word after a verb of asking or inquiry ("asked what", "to
explain which", "did not say when", "will examine why")."""
_NEXT_QUESTION = re.compile(r",\s+(?:and\s+|or\s+)?(?:which|what|why|how|whether|if|when|where)\s[^,;:()\"“”]*$")
"""A wh-clause coordinated after a comma ("..., why 23 samples went untested in January"):
a further member of a list of embedded questions when the first is one."""
_PRESENT_COPULA_NOMINAL = re.compile(
    r"\b(?:it|he|she|they|this|that|[\w’'-]+)\s+(?:is|are|remains|remain)\s+(?:(?:still|now|also|already|no\s+longer|"
    r"effectively|simply)\s+)?(?:a|an|no)\s+(?![\w-]+ed\b)[\w’'-]+")
"""A present copula and an indefinite predicate noun phrase ("it is a byword", "the site is
now a car park"): a state; an -ed word after the article ("is a closed site") is left alone."""
_KNOWING = re.compile(
    r"\b(?:had|has|have)\s+(?:not\s+|never\s+|already\s+|long\s+)?(?:heard\s+of|known\s+(?:of|about)|been\s+aware)\b"
    r"|\b(?:knew|know|knows)\s+(?:of|about)\b|\b(?:was|were|is|are)\s+(?:not\s+|well\s+|already\s+)?aware\b")
"""A state of knowledge ("had heard of", "knew about", "was aware of")."""
_FIGURE_OF = re.compile(
    r"\b[a-z][\w-]*\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|almost\s+)?"
    r"(?:[$£€¥]\s?[0-9][0-9.,]*|[0-9][0-9.,]*\s?(?:%|percent|per\scent)?)"
    r"(?:\s?(?:million|billion|trillion|thousand|bn|m|k))?(?:\s+(?![a-z]+ed\b)[a-z]+){0,2}?"
    r"\s+(?:(?:in|for|during|over)\s+)?(?:the\s+)?$")
"""A noun, "of" and a figure right before a date ("revenue of 61 million euros last year")."""


_OPEN_END = re.compile(r"\b(?:until|till)\s+at\s+(?:the\s+)?(?:least|earliest)\s+$")
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$")
"""A state's end given as a lower bound ("until at least next Wednesday", 'until Feb. 1 "at the
earliest"')."""
_NEGATED_PLAN = re.compile(r"\s*,?\s*as\s+(?:planned|scheduled|expected|intended|hoped|announced|promised|originally\s+\w+)\b")
"""A plan named after the date of a negated clause ("will not reopen on 25 January as planned")."""
_NOT = re.compile(r"\b(?:not|never)\b|n['’]t\b")
_NO_RESPONSE = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|could|would)\s+not|didn['’]t|hasn['’]t|haven['’]t|couldn['’]t|wouldn['’]t)\s+"
    r"(?:(?:immediately|yet|publicly)\s+)?(?:respond|reply|comment|return|be\s+reached)\b"
    r"|\b(?:declined|refused)\s+to\s+(?:comment|respond|reply)\b|\bcould\s+not\s+be\s+reached\b")
"""Silence or a refusal to comment ("did not respond to requests for comment", "declined to comment")."""
_EVERY = re.compile(r"\b[Ee]very\s+(?:other\s+)?[A-Za-z]+(?:\s*,\s*[A-Za-z]+)*(?:\s*,?\s+(?:and|or)\s+|\s*,\s+)$")
"""A day coordinated after "every X" ("every Tuesday and Friday"): one more day of a routine."""
_APPOSITIVE_PARTICIPLE = re.compile(
    r",\s+(?:a|an|the|one\s+of)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*\s+(?P<part>[a-z]+)\s+(?:(?:in|on|at|during|from|by|to|near)\s+"
    r"(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?)?(?:(?:in|on|during|last|early|late)\s+)?(?:the\s+)?$")
"""An appositive noun phrase after a comma, its participle and the date ("The train, a
Class 417 unit built in 2009,"), the appositive closed after the date."""
_RELATIVE_WORD = re.compile(r"\b(?:who|which|that|whose|whom)\b")
_APPOSITIVE_CLOSE = re.compile(r"\s*(?:,|\)|\s[—–]\s|\s--\s)")
_NOUN_OF_DATE = re.compile(r"\b(?:the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)\s+of\s+$")
"""A definite noun and "of" right before the date ("the earthquake of 14 September")."""
_TIME_NOUNS = frozenset("hours hour morning afternoon evening night day days week weekend end start beginning middle "
                        "close turn rest course night-time".split())
"""Nouns of a part of time ("in the early hours of 7 February"): the date's own phrase."""
_OF_THE = re.compile(r"\b(?:of|from)\s+(?:(?:the|its|their|his|her)\s+)?$")
_PERIOD_NOUN_AFTER = re.compile(r"\s+(?:financial\s+|fiscal\s+|calendar\s+|racing\s+|academic\s+)?(?:season|year|quarter|term|session|half)\b(?!\s+[a-z])")
"""A time noun the date premodifies ("of the 2023 season"): the period is named, no happening."""
_IDENTIFYING_PARTICIPLE = re.compile(r"\b(?:the|all\s+the|those|these)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+"
                                     r"[a-z]+ed\s+(?:(?:in|on|at|during|since|last)\s+)?(?:the\s+)?$")
_SUBJECT_ENDS = re.compile(r"\s+[\"“]?(?:was|were|are|have|had|will|would|could|must|remain|remained)\s")
"""A plural noun phrase, a participle with no complement but the date, and the main verb
right after ("all the points raised in October were corrected"): a restrictive reduced
relative that says which ones (Quirk et al. 1985, ch. 17); the date identifies, told as
known, and titles nothing alone ("The points were raised")."""
_DIGIT = re.compile(r"[0-9]")
_WHOLE_PERIODS = frozenset(("year", "quarter", "half", "month", "season", "range"))
_DEICTIC_SPAN = re.compile(r"(?:earlier|later|recently|so\s+far)\b", re.IGNORECASE)
"""A span up to now ("earlier this year"): when a figure was reported, not the period it holds for."""
_TO_NEXT = re.compile(r"\s+(?:to|until|till|through|into)\s")
"""A span's end after the date ("from the third quarter to the first"): a change or a span, `roles`'."""
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
_AUX_NEXT = re.compile(r"\s+(?:(?:have|has|had)\s+been|is|are|was|were|will|shall|must|may|can|would|should)\s+(?:not\s+)?(?:be\s+)?[a-z]+ed\b")
"""A passive verb group right after the date: the date ended the subject ("from 14 August
2022 are disqualified")."""
_AUX_WORDS = verbs.FINITE_AUX | verbs.MODALS


_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?!plan\b|schedule\b)[^,;:()—–\"“”]{1,100}$")
"""A date inside an "according to" phrase ("according to a copy seen by the agency on
Friday", "according to documents published last week"): the phrase names the source of what
is told (Quirk et al. 1985, ch. 8, style and content disjuncts), and its date is the
source's (when it was seen, published), not the reported happening's (TimeML anchors a time
to the event of its own phrase); "according to plan" is no source."""
_DATED = re.compile(r"\b(?:dated|datelined|postmarked|timestamped)\s+(?:on\s+)?$")
"""A document's date after a participle of dating ("a text message dated 22 February"): it
says which document, not when the clause's verb ("read out") happened."""
_NOUN_FROM = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+from\s+(?:the\s+)?$")
"""A noun phrase and "from" right before a year or a month ("an inspection report from
2023", "a recording from March"): the date is the noun's time, a postmodifying prepositional
phrase (Quirk et al. 1985, ch. 17), not the clause's happening; a span ("from 2019 to 2021")
and a day ("from 1 June", a start) stay `roles`'."""
_SUBJECT_PARTICIPLE = re.compile(
    r"\s*(?:[Tt]he|[Aa]ll\s+the|[Tt]hose|[Tt]hese|[Bb]oth)\s+(?P<np>(?:[\w’'-]+\s+){0,3}?)(?P<part>[a-z]+)\s+"
    r"(?:(?:on|in|at|near|from|by|outside|inside)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?)?(?:(?:on|in|at|during|last|early|late)\s+)?(?:the\s+)?$")
"""The subject of the sentence, a participle after its noun, and the participle's own place
before the date ("The two people found on Ridgeback Lane on Saturday were identified as
..."): a reduced relative clause in the subject (Quirk et al. 1985, ch. 17) whose verb the
date anchors; the main verb after it is undated."""


def _subject_participle(text: str, s: int, e: int, date: TimeExpression) -> bool:
    """Whether `date` ends a reduced relative in the subject of text[s:e] whose main verb
    follows the date (`_SUBJECT_PARTICIPLE`, `_SUBJECT_ENDS`)."""
    mt = _SUBJECT_PARTICIPLE.fullmatch(text, s, date.start)
    if mt is None or not _SUBJECT_ENDS.match(text, date.end, e):
        return False
    part = mt.group("part")
    return (part.endswith("ed") or part in verbs.PARTICIPLES) and not verbs.has_finite(mt.group("np"))


def _appositive_participle(text: str, s: int, e: int, date: TimeExpression) -> bool:
    """Whether `date` ends a participle phrase inside an appositive noun phrase of text[s:e]
    that closes right after the date (`_APPOSITIVE_PARTICIPLE`, `_APPOSITIVE_CLOSE`)."""
    mt = _APPOSITIVE_PARTICIPLE.search(text, max(s, date.start - 80), date.start)
    if mt is None or not _APPOSITIVE_CLOSE.match(text, date.end, e):
        return False
    part = mt.group("part")
    between = text[mt.start() + 1 : mt.start("part")]
    return ((part.endswith("ed") or part in verbs.PARTICIPLES) and part not in REPORTING and not verbs.has_finite(between)
            and not _RELATIVE_WORD.search(between))


def _clause(text: str, s: int, e: int, date: TimeExpression) -> tuple[int, int]:
    """The clause around `date`: from the last comma, semicolon or colon before it to the
    next one after it, inside the sentence text[s:e]."""
    a = max([s] + [text.rfind(mark, s, date.start) + len(mark) for mark in (", ", "; ", ": ") if text.rfind(mark, s, date.start) >= 0])
    ends = [i for i in (text.find(mark, date.end, e) for mark in (",", ";", ":")) if i >= 0]
    b = min(ends) if ends else e
    if len(verbs.words_of(text[a : date.start])) <= 1 and text.startswith(",", b) and not verbs.has_finite(text[date.end : b]):
        # a fronted adverbial ("Two weeks ago, few people had heard of it"): the clause after its comma
        ends = [i for i in (text.find(mark, b + 1, e) for mark in (",", ";", ":")) if i >= 0]
        b = min(ends) if ends else e
    return a, b


_FEELING = re.compile(
    r"\b(?:is|are|am|was|were|remains?|remained|feels?|felt)\s+(?:(?:deeply|very|so|truly|extremely|profoundly|utterly|"
    r"greatly|incredibly)\s+)?(?:saddened|shocked|devastated|heartbroken|grateful|thankful|pleased|delighted|disappointed|"
    r"dismayed|appalled|horrified|distressed|relieved|proud|sorry|sad|concerned|troubled|upset|angered|outraged)\s+"
    r"(?:by|at|about|over|that|to|with|for)\b")
_NOTHING = re.compile(r"\b[Tt]here\s+(?:will|would|shall|could|is|are|was|were)\s+(?:be\s+)?no\s")
_HOUSEKEEPING = re.compile(r"\s*(?:The|A|Our|Its)\s+(?:next|further|new)\s+(?:(?:media|news|press)\s+)?"
                           r"(?:update|briefing|bulletin|statement|release|conference)s?\s+(?:will|is|are)\b")
_QUOTE_TAG = re.compile(r"\s*[\"“'‘]?(?:[^\"”'’]|(?<=[A-Za-z])['’](?=[a-z]))+[,.!?][\"”'’]\s+(?P<tag>(?:[\w’'.-]+\s+){1,5}?)"
                        r"(?:(?:on|in|at|last|this|earlier)\s+)?")
_APPEAL = re.compile(r"\s*(?:Anyone|Anybody|Whoever|Those|People|Members\s+of\s+the\s+public)\b[^.;:]{0,160}?\b"
                     r"(?:is|are)\s+(?:being\s+)?(?:asked|urged|encouraged|requested|invited|advised)\s+to\s")
"""An appeal to readers ("Anyone who was on the trail between October 9 and October 11 is asked
to call the tip line", "Those with information are urged to contact police"): a directive to
an indefinite addressee (Quirk et al. 1985, 6.45, indefinite pronouns; 11.24, directives), no
happening, whatever date the relative clause holds."""
_UNFULFILLED = re.compile(r"\bhad\s+(?:(?:originally|initially|once|also|long)\s+)?(?:planned|intended|hoped|meant|wanted|aimed|expected)\s+to\s")
"""The past perfect of a verb of intention ("Corvane had planned to launch the next mission on
28 March", "traders who had hoped to see traffic return next month"): an intention no longer
held at the time told (Quirk et al. 1985, §4.26, "had hoped/intended/meant": the hope was not
fulfilled), a counterfactual plan (FactBank), no happening to come."""
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told\s+[^,;:\"“”]{1,40}?|argued|insisted|claimed|added|maintained)\s+(?:that\s+)?"
                              r"(?P<det>(?:the|its|their|his|her)\s+)?$")
_QUOTED_PREDICATE = re.compile(r"(?P<s>['’]s)?(?:\s+(?!that\b)[A-Za-z][\w-]*){1,6}?\s+(?:(?:was|were|is|are|had|has|have)\s+(?:[a-z]+\s+)?)?[\"“]")
"""A reported clause whose subject a date premodifies and whose predicate is quoted ("told the
meeting that the 2024 inspection "was carried out correctly"", "said last year's round of
layoffs had left "a culture of fear""): a judgement quoted, the speaker's at the saying, no
happening at the noun's date (the reported event is the saying's, TimeML's REPORTING)."""
_NOW_PRESENT = re.compile(r"\bnow\s+(?:[a-z]+ly\s+)?(?:believes?|thinks?|expects?|estimates?|says?|is|are|has|have|will|can|could|may|might)\s")
"""A main clause in the present with "now" ("engineers now believe repairs could cost ..."):
"now" is the time of writing (Quirk et al. 1985, §8.59, time-position adjuncts), so a past
date after a comma, in a clause with a past verb of its own ("..., more than double the
figure officers gave councillors at a briefing last week"), is that clause's, not the main
clause's."""
_SUBORDINATE_NEXT = re.compile(r"\s*(?:after|before|when|while|as|since|because|once|until|and|but|which|who|where)\b")
_PRESENT_RELATIVE_NOUN = re.compile(
    r",\s+(?:which|that)\s+(?:is|are)\s+(?:[a-z]+ly\s+)?(?!(?:scheduled|planned|set|expected|timed|slated)\b)[a-z]+(?:ed|en)\s+"
    r"(?:to|from|by|with|over|after|against)\s+(?:his|her|its|their|the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:on|in|at|of)\s+(?:the\s+)?$")
"""A present passive relative and a noun phrase before the date ("The ban, which is backdated
to his provisional suspension on 6 July, runs until 2029"): a present state takes no past
date (Quirk et al. 1985, §4.22), so the date is that noun's, no happening of the relative's
head; a relative of a plan ("which is scheduled for ...") keeps its own."""
"""A sentence that is a quotation (or its last sentence) and its speech tag, the date right
after the tag; an apostrophe inside a word ("don't") is no closing mark. The tag opens or
ends with its verb ("she said", "said Jane Doe"): a telling to someone ("she told the Post")
is an interview, kept."""


def non_event(text: str, s: int, e: int, date: TimeExpression) -> str:
    """Why the date of text[s:e] dates no happening ("question", "description", "state", "quote"), or ""."""
    sentence = text[s:e].rstrip()
    before = text[s : date.start]
    feeling = _FEELING.search(before)
    if feeling and not verbs.has_finite(before[feeling.end() :]):
        return "state"  # "is deeply saddened by the loss of life following the incident on 13 September"
    if _NOTHING.search(before) or _HOUSEKEEPING.match(text, s, e):
        return "state"  # "there would be no further cuts this year", "The next update will be issued Wednesday"
    if _APPEAL.match(text, s, e):
        return "description"  # "Anyone who was on the trail between October 9 and October 11 is asked to call ..."
    reported = _REPORTED_BEFORE.search(text, max(s, date.start - 60), date.start)
    judged = _QUOTED_PREDICATE.match(text, date.end, e) if reported else None
    if reported and judged and (reported.group("det") or judged.group("s")):  # the date premodifies the subject's noun
        return "quote"  # 'told the meeting that the 2024 inspection "was carried out correctly"': a judgement quoted
    now = _NOW_PRESENT.search(text, s, date.start)
    comma = text.rfind(", ", now.end() if now else s, date.start)
    if now and comma > 0 and not _SUBORDINATE_NEXT.match(text, comma + 1) and any(
            tense.is_past(list(w.lower() for w in verbs.words_of(text[comma:date.start])), i) for i in range(len(verbs.words_of(text[comma:date.start])))):
        return "description"  # "engineers now believe ..., more than double the figure officers gave at a briefing last week"
    unfulfilled = _UNFULFILLED.search(text, max(s, date.start - 120), date.start)
    if unfulfilled and not verbs.has_finite(text[unfulfilled.end() : date.start]):
        return "comparison"  # "Corvane had planned to launch the next mission on 28 March": a plan given up
    if _PRESENT_RELATIVE_NOUN.search(text, max(s, date.start - 120), date.start):
        return "description"  # "The ban, which is backdated to his provisional suspension on 6 July, runs until 2029"
    tag = _QUOTE_TAG.fullmatch(text, s, date.start)
    if tag and _CLAUSE_END.match(text, date.end, e) and REPORTING.intersection((tag.group("tag").split()[0], tag.group("tag").split()[-1])):
        return "quote"  # "'There are buyers out there. Let them try,' she said on Friday."
    if sentence.endswith("?") or _Q_LINE.match(text, s, e):
        return "question"
    if _EMBEDDED_QUESTION.search(text, max(s, date.start - 80), date.start):
        return "question"
    listed = _NEXT_QUESTION.search(text, max(s, date.start - 120), date.start)
    if listed and _EMBEDDED_QUESTION.search(text, max(s, listed.start() - 200), listed.start()):
        return "question"  # "to examine why A, why B in January, and why C": one more question of the list
    if _EVERY.search(text, max(s, date.start - 40), date.start):
        return "description"  # "publishes its figures every Tuesday and Friday": a routine
    if _OPEN_END.search(text, max(s, date.start - 20), date.start) or (
            _UNTIL.search(text, max(s, date.start - 7), date.start) and EARLIEST_AFTER.match(text, date.end, e)):
        return "state"  # "will stay closed until at least 25 January": the state's open end
    if _negated(text, s, e, date):
        return "comparison"  # "will not reopen on 25 January as planned", "did not respond on Saturday"
    label = _LABEL.match(text, s, e)
    if label and not verbs.has_finite(text[label.end() : e]):
        return "description"
    if _OF_THE.search(text, max(s, date.start - 14), date.start) and (
            _PERIOD_NOUN_AFTER.match(text, date.end, e) or (_PERIOD_NOUN_AFTER.match(" " + date.text.split()[-1]) and _DIGIT.search(date.text))) and not (
            _TO_NEXT.match(text, date.end, e)):
        return "description"  # "all other results of the 2023 season": a period named, what it holds
    if _IDENTIFYING_PARTICIPLE.search(text, max(s, date.start - 50), date.start) and _SUBJECT_ENDS.match(text, date.end, e):
        return "description"  # 'all the points raised in October "were corrected"': the date says which points
    if noun_period(text, s, date):
        return "description"  # "a period of ineligibility of four years, starting on 13 June 2025": the noun's period
    if limits.thing_limit(text, s, date.start):
        return "description"  # "packs … with best-before dates up to April 15", "tickets valid until May 2": a thing's limit
    if _FROM.search(text, max(s, date.start - 6), date.start) and _AUX_NEXT.match(text, date.end, e) and not (
            _AUX_WORDS & {w.lower() for w in verbs.words_of(text[s : date.start])}):
        return "description"  # "All results obtained from 14 August 2022 are disqualified": the subject's bound
    if _ACCORDING.search(text, max(s, date.start - 120), date.start) or _DATED.search(text, max(s, date.start - 20), date.start):
        return "description"  # "according to documents published last week", "a message dated 22 February"
    noun_from = _NOUN_FROM.search(text, max(s, date.start - 50), date.start) if date.precision not in ("day", "week") else None
    if noun_from and not _TO_NEXT.match(text, date.end, e) and not verbs.is_finite(
            ("it",) + verbs.words_of(noun_from.group())[-2:-1], 1):
        return "description"  # "cites an inspection report from 2023": the report's time
    if _appositive_participle(text, s, e, date):
        return "description"  # "The train, a unit built in 2009, was inspected": the unit's building
    noun_of = _NOUN_OF_DATE.search(text, max(s, date.start - 40), date.start) if date.precision == "day" else None
    if noun_of and noun_of.group("noun") not in _TIME_NOUNS and _DIGIT.search(date.text) and verbs.has_finite(
            text[s : noun_of.start()]) and not _TO_NEXT.match(text, date.end, e):
        return "description"  # "has revised the magnitude of the earthquake of 14 September": the noun's date
    if _subject_participle(text, s, e, date):
        return "description"  # "The two people found on Saturday were identified": the finding's date
    if (why := modifier_date(text, s, e, date)):
        return why  # "the discovery of X last year", "since early November", "released on bail until D": `modifierdates`
    a, b = _clause(text, s, e, date)
    # the date's clause with the date itself out (a sentence-opening "Today" keeps its comma-less clause)
    clause = text[a : date.start] + " " + text[date.end : b]
    if date.precision in _WHOLE_PERIODS and not _DEICTIC_SPAN.match(date.text) and _FIGURE_OF.search(text, max(s, date.start - 80), date.start):
        return "description"
    if _PRESENT_COPULA_NOMINAL.search(clause) and verbs.first_finite(verbs.words_of(clause)) == _copula_at(clause):
        return "state"
    if _KNOWING.search(clause):
        return "state"
    return ""


def _negated(text: str, s: int, e: int, date: TimeExpression) -> bool:
    """Whether the date's clause tells that nothing happened then: a negated verb and "as
    planned" after the date (`_NEGATED_PLAN`), or silence or a refusal to comment
    (`_NO_RESPONSE`)."""
    a, b = _clause(text, s, e, date)
    before = text[a : date.start]
    if _NOT.search(before) and _NEGATED_PLAN.match(text, date.end, e):
        return True
    return _NO_RESPONSE.search(text, a, b) is not None


def _copula_at(clause: str) -> int:
    """The word index of the present copula in `clause` (`_PRESENT_COPULA_NOMINAL`), or -2."""
    mt = _PRESENT_COPULA_NOMINAL.search(clause)
    if mt is None:
        return -2
    words = verbs.words_of(clause[: mt.start()] + mt.group().split()[0])
    return len(words)

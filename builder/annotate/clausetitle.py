"""A chosen clause told as a title: its date phrases cut, tidied, capitalised.

Once the clause of a date is chosen (`titles`), its title is its text without the dates
and the words that lead them in ("in Sunday's general election" -> "in the general
election", "as early as March"), except where a date is part of what the clause says: the
subject ("7/8/07 was chosen"), a ranked unit, a complement ("the seventh straight day"),
the term of a comparison, a restrictive relative clause before the main verb. `tidy` then
drops attributions and asides. `clause_title` tells a chosen span, `span_title` a span
after a subject it lacks, `plain_title` a span with no anchor.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from ..escaping import printable_line
from . import periods, verbs
from .clauses import SUBORDINATE, TIME_SUBJECT_VERBS
from .corefer import antecedent as date_antecedent
from .memo import per_date, per_sentence
from .participles import dangling_start
from .phrases import STOP, TITLE_WORDS, capitalised, cut
from .tidy import OPEN_APPOSITION, tidy

_LEAD = re.compile(
    r"(?:\b(?:as\s(?:early|late|soon)\sas|(?:(?:originally|initially)\s)?due(?:\s(?:in|on|by))?|(?:starting|beginning)(?:\s(?:in|on|from))?|"
    r"(?:dating\s)?back\sto|dating\sfrom|around|as\sof|"
    r"(?:(?:at|on|by|from|until)\s)?(?:approximately|roughly|about|shortly\s(?:before|after)|just\s(?:before|after)|soon\safter|at\sleast)|"
    r"(?:at|by|in|from|until|till|before|after|towards?)\s+the\s+(?:very\s+)?(?:end|start|beginning|middle|close|turn)\s+of|"
    r"(?:in|during|on|by|since|from|until|till|before|after)\s+the\s+(?:(?:early|small|late)\s+)?(?:hours|morning|afternoon|evening|night)\s+of|"
    r"(?:late|early|later|earlier)\s+(?:on|in)|(?:as\s)?compared\s(?:to|with)|(?:up|down)\sfrom|instead\sof|rather\sthan|"
    r"on|in|at|by|for|of|during|over|throughout|since|from|until|between|this|last|next|early|late)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""The words that lead a date into its sentence and go with it ("as early as March",
"originally due later this year", "starting in April", "around 2020", "at the end of
August", "late on Sunday", the date a new one replaces: "instead of next year"), with an approximation ("at approximately 2:47 p.m.", "shortly
before 3 p.m.", "from at least 2022": TimeML's SIGNAL and the approximation modifier of TIDES' MOD) or the part
of the day the date names ("in the early hours of 7 February", Quirk et al. 1985, ch. 8,
time adjuncts)."""
_PREMODIFIER_DATE = re.compile(r"[12][0-9]{3}|[A-Z][a-z]{2,8}\.?\s[0-9]{1,2}(?:st|nd|rd|th)?")
"""The shapes of a date written before its noun ("the 2008 Olympic Games", "the July 28 elections")."""
_RUN = re.compile(r"\b(?:consecutive|straight|successive)\b")
"""A run of units ("the seventh straight day"): after a copula (`_COPULA_END`) the date is
the complement, and stays."""
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|remains|remained)\s+(?:(?:\w+ly|now|still|also|already)\s+)?$")
"""A copula right before a date or its lead, at most one adverb between ("This was [the
seventh straight day]", "Results are [due on Friday]")."""
_HYPHENED = re.compile(r"\b(?:mid|early|late)-$", re.IGNORECASE)
"""A part of a period written onto its date ("mid-2006"): cut with it."""
_PART_OF_DAY = re.compile(r"\s(?:lunchtime|midday|noon|teatime|morning|afternoon|evening|night|overnight)\b(?!['’])")
"""A part of the day written after its day and left out of the date's words ("by Friday
lunchtime"): TIDES' part-of-day values (MO, AF, EV, NI, MI), cut with their day."""
_IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b")
"""The end of a run told after its date ("for a fourth week in a row"): cut with it."""


_SUBJECT_RELATIVE = re.compile(r"\b(?:that|which|who)\s(?P<clause>[^,;:()]*)$")
"""A restrictive relative clause ("that began ...", "that the union signed ...") open up to
the date, no punctuation between."""


def _ends_subject_relative(text: str, s: int, d: TimeExpression, anchor: TimeExpression) -> bool:
    """Whether the date `d` ends a restrictive relative clause with a verb of its own, and
    the main clause's finite verb comes right after it ("The strike that began in March
    ended in May", "The deal that the union signed in March collapsed in May"): cut, the
    relative's verb would run into the main verb ("that began ended"). A restrictive
    relative identifies its noun (Quirk et al. 1985 ch. 17, the complex noun phrase), so the title keeps it whole
    with its date, as the sentence has it."""
    if not _relative_open(text, s, 0, d):
        return False
    following = verbs.words_of(text[d.end : anchor.start])
    return bool(following) and following[0][:1].islower() and verbs.is_finite(("it",) + following[:1], 1)


@per_date
def _relative_open(text: str, s: int, _: int, d: TimeExpression) -> bool:
    """Whether a restrictive relative clause with a verb of its own is open up to the date
    `d` (`_SUBJECT_RELATIVE`): asked by each of a sentence's dates' titles, worked out once."""
    rel = _SUBJECT_RELATIVE.search(text, max(s, d.start - 60), d.start)
    return rel is not None and verbs.has_finite("it " + rel.group("clause"))


LIST_MARK = re.compile(r"\s*(?:\(?(?:[0-9]{1,3}|[A-Za-z]|[ivx]{1,5})\)|[0-9]{1,3}\.|[ivx]{1,5}\.|[a-z]\.|[•◦▪‣·*–—-])\s+"
                       r"(?=[\"“‘'A-Z0-9])")
"""The number, letter or bullet of a list item opening a sentence ("1. ", "(a) ", "2) ",
"iii. ", "• "): no word of the item's clause. A capital letter with a full stop is left
alone: it may be an initial ("A. Okafor said ...")."""


def prepared(text: str, s: int, e: int, dates: list[TimeExpression]) -> tuple[int, list[TimeExpression]]:
    """Where the title of text[s:e] starts, after a list item's mark ("1. The court ruled
    ...": the number is the list's, not the clause's), and the dates to cut from it: a
    coreferent date ("its date", "which": `corefer`) is words of the clause, not a date
    phrase to drop."""
    if len(dates) > 1:
        dates = [dates[i] for i in _own_dates(text, tuple(dates))]
    mark = LIST_MARK.match(text, s, e)
    return (mark.end() if mark else s), dates


@per_sentence(64)
def _own_dates(text: str, dates: tuple[TimeExpression, ...]) -> tuple[int, ...]:
    """Which of `dates` (their indices) are no coreferent form of another
    (`corefer.antecedent`): the same for each of a sentence's dates' titles, worked out
    once (anew for each, a sentence of many dates cost time cubic in their number).
    Indices, not dates: the caller keeps its own objects (titles compare dates by identity)."""
    return tuple(i for i, d in enumerate(dates) if date_antecedent(text, d, list(dates)) is None)


def plain_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention]) -> str:
    """`titles.title` of text[s:e] with no anchor: the span as it stands, its dates cut,
    without the characters a one-line field may not hold (`escaping.printable_line`)."""
    s, dates = prepared(text, s, e, dates)
    told = clause_title(text, s, e, dates, names)
    return told if told.isprintable() else printable_line(told)


def span_title(text: str, a: int, b: int, dates: list[TimeExpression], names: list[Mention], prefix: str = "",
               anchor: TimeExpression | None = None) -> str:
    """`titles.title` of the clause text[a:b], after `prefix` (a subject the clause lacks); an
    `anchor` lets a time clause opening it title its own happening."""
    told = plain_title(text, a, b, [d for d in dates if a <= d.start < b], names) if anchor is None else clause_title(
        text, a, b, [d for d in dates if a <= d.start < b], names, anchor)
    if not prefix:
        return told
    if text[a:b].lstrip()[:1].islower():
        told = told[:1].lower() + told[1:]
    words = (capitalised(prefix) + " " + told).split()
    return " ".join(cut(words) if len(words) > TITLE_WORDS + 2 else words)  # "about 12 words"


_ASIDE_AFTER_SUBJECT = re.compile(r",\s(?:(?:already|now|still|once|also|[a-z]+ly)\s)?[a-z]+(?:ing|ed|en)\s[^,;:]{1,60},\s(?=[a-z])")
"""A participle phrase between commas after a subject, the clause going on in lower case
(", already bearing its livery, arrives": Quirk et al. 1985, ch. 17, non-restrictive postmodification)."""


def clause_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                 anchor: TimeExpression | None = None) -> str:
    """`titles.title` of text[s:e] once the clause is chosen."""
    opening = SUBORDINATE.match(text, s, e)
    comma = text.find(", ", s, e) if opening else -1
    if opening and 0 < comma and not verbs.has_finite(text[opening.end() : comma]):
        aside = _ASIDE_AFTER_SUBJECT.match(text, comma, e)
        later = text.find(", ", aside.end(), e) if aside else -1
        if later > 0 and anchor is not None and aside is not None and aside.end() <= anchor.start < later:
            # "After the 787, already bearing its livery, arrives in Tokyo next month, the airline ...": an
            # aside after the time clause's subject; the clause ends at the comma after its verb
            comma = later
    if opening and anchor is not None and comma > 0 and len(text[opening.end() : comma].split()) >= 3:
        # The time clause dates its own happening; the main clause is told after it.
        if anchor.start < comma:
            told = plain_title(text, opening.end(), comma, [d for d in dates if opening.end() <= d.start < comma], names)
            main = plain_title(text, comma + 2, e, [d for d in dates if comma + 2 <= d.start < e], names)
            if len(told.split()) <= 3 and not verbs.has_finite(told) and verbs.has_finite(main) and len(main.split()) + len(told.split()) < TITLE_WORDS:
                # "After talks on Tuesday, the union called off the strike": a bare noun phrase is no
                # title alone; the main clause, told with its time phrase ("... after talks")
                return f"{main} {opening.group().strip().lower()} {told[:1].lower() + told[1:] if not told[1:2].isupper() else told}"
            return told
        if len(text[comma + 2 : e].split()) >= 4:
            return plain_title(text, comma + 2, e, [d for d in dates if comma + 2 <= d.start < e], names)
    cuts: list[tuple[int, int, str]] = []  # (start, end, replacement), relative to s
    for d in dates:
        cut_of = _date_cut(text, s, e, d)
        if cut_of is None:
            continue
        if d is not anchor and text[max(s, d.start - 5) : d.start].lower() == "than ":
            continue  # the term of a comparison stays: "40 percent lower than a year earlier"
        if d is not anchor and anchor is not None and d.end < anchor.start and _ends_subject_relative(text, s, d, anchor):
            continue  # "The strike that began in March ended": the relative clause stays whole
        cuts.append(cut_of)
    pieces, at = [], 0
    for cut_start, cut_end, put in _joined(text, s, sorted(cuts)):
        if cut_start >= at:
            pieces += [text[s + at : s + cut_start], put]
            at = cut_end
    chars = "".join(pieces) + text[s + at : e]
    result = tidy(chars)
    return capitalised(result) if result else " ".join(text[s:e].split()[:TITLE_WORDS])


_JOINER = re.compile(r"\s*,?\s*(?:and|or|to|through|and\s(?:on|in|at|from))?\s*")
"""What joins two dates of one phrase ("on Monday 9 February and Tuesday 10 February",
"between 2 February and 7 February", "in March or April"): a coordinating conjunction or a
range's "to", goes with the dates it joins (TimeML: the coordinated TIMEX3s of one SIGNAL)."""


def _joined(text: str, s: int, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`cuts` (sorted, relative to `s`) with two dates joined only by `_JOINER` cut as one:
    the conjunction goes with them, or the title keeps "appointments and at the hospital"."""
    joined: list[tuple[int, int, str]] = []
    for cut_of in cuts:
        if joined and joined[-1][2] == " " and cut_of[2] == " " and joined[-1][1] < cut_of[0] and _JOINER.fullmatch(
                text, s + joined[-1][1], s + cut_of[0]):
            joined[-1] = (joined[-1][0], cut_of[1], " ")
        else:
            joined.append(cut_of)
    return joined


@per_date
def _date_cut(text: str, s: int, e: int, d: TimeExpression) -> tuple[int, int, str] | None:
    """What `clause_title` cuts of text[s:e] for the date `d` whatever the anchor, as (start,
    end, replacement) relative to `s`; None when the date stays or lies outside the span.
    The same for each of a sentence's dates' titles: worked out once (anew for each, a
    sentence of many dates cost time cubic in their number)."""
    following = verbs.words_of(text[d.end : e])[:1]
    if d.start == s and not text.startswith(",", d.end) and verbs.first_finite(following) == 0 and (
            following[0].lower() in TIME_SUBJECT_VERBS):
        return None  # the date is the subject: "7/8/07 was chosen as its date" ("last Tuesday announced": an adjunct)
    if periods.RANKED_BEFORE.search(text, max(s, d.start - 30), d.start):
        return None  # a ranked unit stays: "US stock markets have their best week"
    if _RUN.search(d.text) and _COPULA_END.search(text, max(s, d.start - 12), d.start):
        return None  # the complement stays: "This was the seventh straight day of markets closing lower"
    if not (s <= d.start and d.end <= e):
        return None
    possessive = text[d.end : d.end + 2] in ("'s", "’s")
    hyphened = _HYPHENED.search(text, max(s, d.start - 6), d.start) if text[d.start - 1 : d.start] == "-" else None
    at = d.start - (len(hyphened.group()) if hyphened else 0)
    lead = _LEAD.search(text[max(s, at - 32) : at])
    if lead and lead.group(0).lower().startswith("of "):
        following = verbs.words_of(text[d.end : d.end + 40])[:1] if text[d.end : d.end + 1] == " " else ()
        if following and following[0][:1].isalpha() and not verbs.is_finite(("it",) + following, 1):
            lead = None  # "announcement of August unemployment data": "of" stays with its noun
    if lead and lead.group(0).lower().endswith(("the ", "the")) and not possessive and _PREMODIFIER_DATE.fullmatch(d.text) and (
            text[d.end : d.end + 1] == " "):
        following = verbs.words_of(text[d.end : d.end + 40])[:1]
        if following and following[0][:1].isalpha() and following[0].lower() not in STOP and not verbs.is_finite(
                ("it",) + following, 1):
            lead = None  # "in time for the 2008 Olympic Games": "for the" stays with its noun
    due = lead.group(0).lower().find("due ") if lead else -1
    if lead and due >= 0 and _COPULA_END.search(text, max(s, at - 40), at - len(lead.group(0))):
        # "Results are due [on Friday]", "was originally due [in August]": the predicate stays
        lead = _LEAD.search(text[at - len(lead.group(0)) + due + 4 : at])
    start = at - (len(lead.group(0)) if lead and not possessive else 0)
    end = d.end + (2 if possessive else 0)
    row = _IN_A_ROW.match(text, end) if d.precision in ("day", "week", "month", "year") and text.startswith(
        " in a", end) else None
    end = row.end() if row else end  # "for a fourth week in a row"
    part = _PART_OF_DAY.match(text, end) if d.precision == "day" and not possessive else None
    end = part.end() if part else end  # "by Friday lunchtime"
    if not possessive:
        start, end = dangling_start(text, s, max(s, start), min(e, end), e)  # ", dated October 15, 2024,"
    # "in Sunday's general election" -> "in the general election"
    closes = not possessive and text[max(s, start) : max(s, start) + 1] == "," and text[min(e, end) - 1 : min(e, end)] == "," and (
        OPEN_APPOSITION.search(text, s, max(s, start)))  # "X, the council's auditors, published on [D], said": the apposition's comma
    return (max(s, start) - s, min(e, end) - s, "the" if possessive else "," if closes else " ")

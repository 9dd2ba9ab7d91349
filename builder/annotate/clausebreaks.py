"""Where one clause of a sentence ends and another starts, for the title of a date.

A date in one of two clauses ("met Vogt on Monday and will meet her again on Thursday",
"left last week but is expected to return this week") titles its own clause, lent the
first clause's subject when it has none (`between_breaks`); with two dates, " and " before
a past verb or a new subject and a participle clause after a comma break too. An absolute
"with" phrase ("..., with workers due to return on Monday") tells its own happening, its
noun the subject (`absolute_title`). Closed classes of English only (conjunctions,
auxiliaries, plan words); no topic words.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from . import tense, verbs
from .clauses import MODAL_START, in_range, subject_before, subjectless
from .clausetitle import span_title
from .phrases import OPENERS, capitalised
from .tidy import DASH_ASIDE

CLAUSE = re.compile(r";\s|\s(?:--|—|–)\s|,\s(?:and|but|then|while|whereas|although|though)\s|,?\s(?:and|but)\sthat\s|\s(?:after|before|when|while|because)\s(?!\w+ing\b)"
                     r"|\s(?:and|but)\s(?=(?:[\w’'-]+\s){0,3}(?:will|would|could|can|may|might|should|shall|must)\s"
                     r"|(?:not\s|also\s|then\s|still\s|now\s|[a-z]+ly\s)?(?:is|are|was|were|has|have|had)\s"
                     r"|(?:scheduled|expected|due|set|slated|planned)\sto\s)")
"""Where one clause of a sentence ends and another starts (also " and "/" but " before a
clause with its own modal or a finite form of be/have and no subject: "met Vogt on Monday
and will meet her again on Thursday", "left last week but is expected to return this week")."""
_AND_PAST = re.compile(r"\s(?:and|but)\s(?=([a-z]+)\s)")
"""With two dates in a sentence, " and " before a past-tense verb starts a clause that
shares the subject ("filed for protection in March and closed 40 stores in April")."""
_PARTICIPLE_CLAUSE = re.compile(r",\s(?=[a-z]{3,}ing\s)")
"""With two dates, a participle clause after a comma that holds a clause of its own ends
the clause of a date before it ("signed the deal on Thursday, ending a strike that began
on October 5": cut at "began", it would dangle); without one it stays ("walked out on
Tuesday, halting the harbour for the first time since 2009")."""
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>(?:[^,;]{1,60}?|[^,;]{1,40}?,\s[^,;]{1,40}?,)\s+(?:(?:due|expected|set|scheduled|slated|planned)\s+to|"
                            r"(?:due|set|scheduled|slated|planned)\s+for)\s)")
"""An absolute "with" phrase whose noun is due, expected or set to do something ("with
workers due to return on Monday"), or set for a time ("with closing arguments scheduled for Monday")."""
_PLAN_IN = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)\s(?:(?:scheduled|expected|due|set|slated|planned)\sto|"
                      r"(?:scheduled|due|set|slated|planned)(?=\s+for\s|$))")
_PLAN_START = re.compile(r"(?:scheduled|expected|due|set|slated|planned)\sto\s")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|whom|that)\b")
_NEW_SUBJECT = re.compile(r",\swhere\s|\s(?:and|but)\s(?=(?:the|a|an|its|their|his|her)\s(?:[\w’'-]+\s){0,4}?"
                          r"(?:[a-z]{3,}ed|said|was|were|had|has|will|would|" + "|".join(sorted(verbs.PAST_ONLY | {"met", "held", "made"}))
                          + r")\s)")
"""With two dates in a sentence, " and " before a subject (a determiner, up to five words)
and its verb starts a clause too, as ", where" does."""
_BARE_START = frozenset("af be wh".split())
"""How a bare " after/before/when/while/because " break starts (after its space)."""


def absolute_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                   anchor: TimeExpression) -> str | None:
    """The title of a date in an absolute "with" phrase after the main clause (`_WITH_ABSOLUTE`):
    the phrase told as a clause, its noun the subject ("Workers are due to return"); None
    when the date is in no such phrase."""
    absolute = next(reversed(list(_WITH_ABSOLUTE.finditer(text, s, anchor.start))), None) if ", with " in text[s : anchor.start] else None
    if absolute is not None and not CLAUSE.search(text, absolute.end(), anchor.start):
        # "..., with the first customer due to receive its first aircraft in May 2008": the
        # absolute phrase tells its own happening, the noun its subject
        told = span_title(text, absolute.start("np"), e, dates, names)
        plan = _PLAN_IN.search(told)
        if plan and plan.start() > 0:
            noun_words = _PLAN_IN.split(" " + absolute.group("np"))[0].split(",")[0].split()
            plural = noun_words[-1].endswith("s") and not noun_words[-1].endswith("ss") and noun_words[-1][:1].islower()
            told = told[: plan.start()] + (" are" if plural else " is") + told[plan.start() :]
        return told
    if ", with " in text[anchor.end : e]:
        after = next((m for m in _WITH_ABSOLUTE.finditer(text, anchor.end, e)
                      if not CLAUSE.search(text, anchor.end, m.start()) and any(
                          m.start() < d.start < e and d.value != anchor.value for d in dates)), None)
        if after is not None:
            # "The defense is expected to rest on Friday, with closing arguments scheduled for
            # Monday": the phrase is the other date's happening, the main clause this one's
            return span_title(text, s, after.start(), dates, names, "", anchor)
    return None


def breaks(text: str, s: int, e: int, dates: list[TimeExpression]) -> list[tuple[int, int]]:
    """The clause breaks of text[s:e], a sentence with two dates (`CLAUSE`, and " and "
    before a new subject or a past verb after a finite one, a participle clause with a
    finite verb after it; not the "and" of a range of dates), each as (start, end)."""
    found = sorted(list(CLAUSE.finditer(text, s, e)) + list(_NEW_SUBJECT.finditer(text, s, e))
                   + [m for m in _AND_PAST.finditer(text, s, e) if tense.is_past([m.group(1)], 0)]
                   + [m for m in _PARTICIPLE_CLAUSE.finditer(text, s, e) if verbs.has_finite(text[m.end() : e])],
                   key=lambda m: m.start())
    return [(m.start(), m.end()) for m in found
            if (m.re is CLAUSE or verbs.has_finite(text[s : m.start()])) and not ("and" in m.group() and in_range(m.start(), dates, text))
            and not _preposition(m, dates)]


def _participle_aside(text: str, s: int, at: int) -> bool:
    """Whether the " and " at `at` joins two participles of an aside after a comma ("The
    draft, prepared by the clerks and dated Sept. 28, says"): the second is a participle
    as the first is, no past tense opening a clause (Quirk et al. 1985, ch. 17,
    non-restrictive postmodification by -ed clauses)."""
    comma = text.rfind(", ", s, at)
    first = text[comma + 2 : at].split(None, 1)[0] if comma >= 0 and comma + 2 < at else ""
    return first.islower() and first.isalpha() and (first.endswith(("ed", "en")) or first in verbs.PARTICIPLES) and (
        not verbs.has_finite(text[s:comma]))  # after the subject alone: "tripled in 2004, doubled in 2005 and increased" is a series


def _subjects_joined(text: str, s: int, mt: re.Match[str]) -> bool:
    """Whether a ", and " break joins two noun phrases of one subject, no verb before it
    ("Assistant manager X, 41, and midfielder Y, 26, are due to appear"): coordinated noun
    phrases share the verb after them, which agrees with both (Quirk et al. 1985, ch. 10,
    concord with coordinated subjects), so no clause ends there."""
    return mt.group().strip(" ,") == "and" and not verbs.has_finite(text[s : mt.start()])


def _preposition(mt: re.Match[str], dates: list[TimeExpression]) -> bool:
    """Whether a bare " after "/" before " break heads a date, not a clause ("broke out
    shortly before 3 p.m. Friday"): "before" and "after" are prepositions before a noun
    phrase and conjunctions only before a clause (Quirk et al. 1985, ch. 9 and 14), and a
    time expression is a noun phrase (TimeML's TIMEX3 with its signal "before")."""
    return mt.group().strip() in ("after", "before") and any(d.start == mt.end() for d in dates)


def between_breaks(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                   anchor: TimeExpression) -> str:
    """The title of the clause of text[s:e] between the clause breaks (`CLAUSE`) around
    `anchor`, with the subject it lacks lent from the first clause, or "" when the sentence
    is one clause or the date's clause tells nothing alone: the sentence then titles it."""
    two_dates = any(d.value != anchor.value for d in dates if s <= d.start < e)
    seg = text[s:e]
    if not two_dates and ";" not in seg and "—" not in seg and "–" not in seg and "--" not in seg and (
            " and " not in seg and " but " not in seg and ", then " not in seg and ", while " not in seg
            and ", whereas " not in seg and "though " not in seg):
        return ""  # no clause break a single date could sit behind
    found_breaks = list(CLAUSE.finditer(text, s, e))
    if two_dates:  # "... set records and the court signaled on Tuesday that ...": a new subject, a new clause
        found_breaks = sorted(found_breaks + list(_NEW_SUBJECT.finditer(text, s, e))
                              + [m for m in _AND_PAST.finditer(text, s, e) if tense.is_past([m.group(1)], 0)
                                 and not _participle_aside(text, s, m.start())]
                              + [m for m in _PARTICIPLE_CLAUSE.finditer(text, s, e)
                                 if m.start() > anchor.start and verbs.has_finite(text[m.end() : e])],
                              key=lambda m: m.start())
        # (" and " after a subject with no verb yet joins two subjects: "The union and the
        # port authority signed the deal")
        found_breaks = [m for m in found_breaks if m.re is CLAUSE or verbs.has_finite(text[s : m.start()])]
    breaks = [m for m in found_breaks if (two_dates or m.group()[1:3] not in _BARE_START) and not _preposition(m, dates)
              and not _subjects_joined(text, s, m) and (
        "and" not in m.group() or not in_range(m.start(), dates, text)) and not (
        m.re is CLAUSE and m.group().strip() in ("and", "but") and not MODAL_START.match(text, m.end())
        and _RELATIVE_WORD.search(text, s, m.start()))]
    # ("whose V400 first sailed in 2005 and is expected to ...": the elliptical clause's
    # subject is the relative clause's, which a title cannot lend: no break there)
    asides = [(m.start(), m.end()) for m in DASH_ASIDE.finditer(text, s, e) if not m.start() <= anchor.start < m.end()] if (
        "--" in seg or "—" in seg or "–" in seg) else []
    if asides:  # "the fifteen unions -- that is, those which ... -- had agreed": one clause
        breaks = [m for m in breaks if not any(a <= m.start() < b for a, b in asides)]
    # ("protest before the GAO": with one date, a bare "before" may head a phrase, not a clause)
    starts = [s] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [e]
    bounds = starts + [e]
    for a, b in zip(starts, ends, strict=True):
        if a < anchor.start and text.startswith("that ", a) and (a, b) != (s, e):
            a += len("that ")  # "..., and that deliveries would slip": the second reported clause, its complementizer no title word
        if a <= anchor.start < b and len(text[a:b].split()) >= 5 and (a, b) != (s, e) and (
                text[a:b].split()[-1].lower().strip(",;:") not in OPENERS):  # "said Saturday that [while ...]"
            lend = MODAL_START.match(text, a) or subjectless(text, a, b, dates)
            if not two_dates and not (lend or verbs.has_finite(text[a:b])):
                break  # one date, and its clause tells nothing alone: the sentence titles it
            prefix = subject_before(text, s, bounds[1], 10) if lend else ""
            if prefix and _PLAN_START.match(text, a):
                # "... and scheduled to enter service in 2008": the subject is scheduled
                subject_words = prefix.split(",")[0].split()
                plural = subject_words[-1].endswith("s") and not subject_words[-1].endswith("ss") and subject_words[-1][:1].islower()
                prefix = " ".join(subject_words) + (" are" if plural else " is")
            told = span_title(text, a, b, dates, names, prefix, anchor if a == s else None)
            return _pronoun_as_subject(told, text, s, bounds[1]) if a > s and not prefix else told
    return ""


_PRONOUN_START = re.compile(r"(It|They)\s(?!(?:is|was)\s(?:a|an|the|not|no)\s)")
_PRONOUNS = frozenset("it they he she we this that these those there".split())


def _pronoun_as_subject(told: str, text: str, s: int, first_end: int) -> str:
    """A later clause's title opening with "It"/"They" with the first clause's subject put in,
    when it agrees in number ("stocks have been down 14% ...; today, they were down 5%" ->
    "Stocks were down 5%"): a pronoun in a coordinated clause takes the subject of the
    clause before as its antecedent (Quirk et al. 1985, ch. 13, coordination; ch. 6, pronoun
    concord). A fronted phrase before the first subject is passed over."""
    mt = _PRONOUN_START.match(told)
    if mt is None:
        return told
    comma = text.find(", ", s, first_end)
    start = comma + 2 if comma > 0 and not verbs.has_finite(text[s:comma]) else s
    subject = subject_before(text, start, first_end, 4)
    words = subject.split()
    if not words or words[0].lower() in _PRONOUNS:
        return told
    plural = words[-1].endswith("s") and not words[-1].endswith("ss")
    if plural != (mt.group(1) == "They"):
        return told
    return capitalised(subject) + told[mt.end(1) :]

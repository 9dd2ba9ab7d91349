"""Participle phrases around a date: what a title keeps of them once the date is cut, and
what a date in one dates.

A participle phrase in apposition whose only complement is a date ("The report, dated
October 15, 2024, records ...", "beginning at 10:00 and ending at 16:30", "born on 2
February 1998") has nothing left once the date is cut: the phrase goes with it
(`dangling_start`). A date in such a phrase that modifies a noun ("a period of
ineligibility of four years, starting on 13 June 2025") dates that noun's period, not
the main verb (`noun_period`). A birth date titles "X was born" (`born_title`). Quirk et
al. 1985, ch. 15 (non-finite and verbless clauses) and ch. 17 (postmodification by
non-finite clauses). Closed classes of English only: no topic words.
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import verbs
from .phrases import STOP, capitalised

_PARTICIPLE_BEFORE = re.compile(
    r"(?P<comma>,\s+)?(?P<participle>\b(?:[a-z]+(?:ed|ing|en)|born|effective|valid|due|set|held|run|begun|"
    r"built|bought|brought|sold|made|paid|sent|spent|lost|won|kept|laid|shut|struck|sunk|dug|"
    r"valid\s+(?:from|until))(?:\s+(?:on|in|at|from|to|until|till|by|as\s+of|with\s+effect\s+from))?)\s+(?:the\s+)?$")
"""A participle (and its preposition) right before a date or its lead ("dated", "beginning
at", "born on", "effective from"; the irregular past participles news writes of a thing's
making or changing hands: "built in 1994", "bought in 2021")."""
_AFTER_DATE = re.compile(r"(?:\s+\(?[A-Z]{2,5}\)?)?\s*(?P<end>[,;.)]|$|\s+and\s+(?=[a-z]+(?:ed|ing)\s))")
"""What may follow the cut date for the participle to have had no other complement: a
time zone at most, then a comma, the clause's end, or "and" and another participle."""


def dangling_start(text: str, s: int, start: int, end: int, e: int) -> tuple[int, int]:
    """The cut text[start:end] of a date (with its lead) widened over a participle before it
    that had no other complement ("The report, dated October 15, 2024, records" -> "The
    report records"; ", beginning at 10:00 and ending at 16:30" -> ""), with the comma that
    opened the phrase or the "and" that joined it; the cut as it was otherwise. A past
    form after "and" may be a finite verb ("met and voted on Monday"): only an -ing
    participle is cut after "and"."""
    before = _PARTICIPLE_BEFORE.search(text, max(s, start - 40), start)
    after = _AFTER_DATE.match(text, end, e) if before else None
    if before is None or after is None:
        return start, end
    closing = after.group("end")
    participle = before.group("participle").split()[0]
    if before.group("comma") and not participle.endswith("ing") and not (
            closing == "," and _verb_next(text, after.end(), e)):
        return start, end  # a past form after a comma may be the clause's verb (", resigned on Monday."): only an aside before the verb
    if before.group("comma"):
        a = before.start()
    else:
        joined = _AND_BEFORE.search(text, max(s, before.start() - 8), before.start())
        if joined is None or not participle.endswith("ing"):
            return start, end
        a = joined.start()
    b = after.end("end") if closing == "," and before.group("comma") else after.start("end")
    return a, b


def _verb_next(text: str, a: int, e: int, plural: bool = False) -> bool:
    """Whether text[a:e] opens with a finite verb ("records", "resigned", "will"; after a
    `plural` subject a plain present too, "its shares, delisted in 2023, trade"): the aside
    before it sat between the subject and its verb."""
    words = verbs.words_of(text[a:e])[:1]
    if not words or not words[0][:1].islower():
        return False
    word = words[0]
    if plural and word.isalpha() and word not in STOP and verbs.is_finite(("they", word), 1):
        return True
    return verbs.is_finite(("it", word), 1) or (word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))
                                               and word not in STOP)


_AND_BEFORE = re.compile(r"\s+and\s+$")


_BORN = re.compile(r",\s+born\s+(?:on\s+|in\s+)?$")
_NAME_IN_APPOSITION = re.compile(r",\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Mx|Prof)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*){0,4})$")


def born_title(text: str, s: int, anchor: TimeExpression) -> str:
    """"X was born" for a birth date in apposition ("The Athlete, Mr Łukasz Wróblewski, born
    on 2 February 1998, is ..."), the name in apposition preferred to the noun before it;
    else ""."""
    born = _BORN.search(text, max(s, anchor.start - 14), anchor.start)
    if born is None:
        return ""
    subject = text[s : born.start()].strip()
    named = _NAME_IN_APPOSITION.search(subject)
    if named:
        subject = named.group("name")
    if not subject or len(subject.split()) > 8:
        return ""
    return f"{capitalised(subject)} was born"


_PARTICIPLE_ASIDE = re.compile(r",\s+(?P<verb>[a-z]{3,})\s+(?:(?:on|in|at|during|around|about)\s+)?(?:the\s+)?$")


ISSUING = frozenset("dated signed issued published released written sent filed posted delivered adopted enacted presented "
                    "submitted tabled circulated".split())
"""Participles of a document's making ("The ruling, signed on 2 May, orders ..."): the
document's date is its act's, and the main clause titles it."""


_COORDINATED = re.compile(r"(?:,\s+(?:and|but)|;)\s+")
"""Where a coordinated clause starts (", and", ", but", ";", Quirk et al. 1985, ch. 13,
coordination): the subject of a participle aside in it is that clause's."""


def participle_aside_title(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """"X was installed" for a date in a past participle phrase between the subject and its
    verb ("Its line, installed in 1987, crosses the ravine"; "The firm, founded in 1990, filed
    for bankruptcy"): a reduced non-restrictive relative ("which was installed in 1987",
    Quirk et al. 1985, ch. 17, postmodification by -ed clauses) whose happening is the date's,
    told in the passive; the main clause's happening has no date from it. In the second of
    two coordinated clauses the subject is that clause's ("Sales fell, and its shares,
    delisted in 2023, trade over the counter" -> "Its shares were delisted"). "" otherwise."""
    aside = _PARTICIPLE_ASIDE.search(text, max(s, anchor.start - 30), anchor.start)
    if aside is None or not text.startswith(",", anchor.end):
        return ""
    verb = aside.group("verb")
    if not (verb in verbs.PARTICIPLES or verb.endswith("ed")) or verb in ISSUING:
        return ""
    subject = text[s : aside.start()].strip()
    joined = list(_COORDINATED.finditer(subject))
    if joined:
        subject = subject[joined[-1].end() :]  # "X fell 11% last year, and its shares, delisted in 2023, trade": the second clause's subject
    if not subject or len(subject.split()) > 8 or verbs.has_finite(subject) or "," in subject:
        return ""
    head = subject.split(" of ")[0].split()[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and head[:1].islower()
    if not _verb_next(text, anchor.end + 1, e, plural):
        return ""
    return f"{capitalised(subject)} {'were' if plural else 'was'} {verb}"


_HAVING = re.compile(r",\s+having\s+(?:just\s+|already\s+|earlier\s+)?(?P<verb>[a-z]{3,})\s")


def having_clause(text: str, s: int, e: int, anchor: TimeExpression) -> tuple[int, int] | None:
    """(start, end) of the perfect participle clause after a comma that holds `anchor`
    ("Ryanair is the most profitable airline, having reported record profits of $269m
    earlier this year, and ..."), from its participle to its closing comma; its implied
    subject is the main clause's (Quirk et al. 1985, ch. 15, nonfinite clauses: the
    attachment rule) and its happening is the date's, not the main clause's. None otherwise."""
    having = _HAVING.search(text, s, anchor.start)
    if having is None or ", " in text[having.end() : anchor.start]:
        return None
    verb = having.group("verb")
    if not (verb in verbs.PARTICIPLES or verb.endswith("ed")):
        return None
    close = text.find(", ", anchor.end, e)
    return having.start("verb"), close if close > 0 else e


_NOUN_PERIOD = re.compile(r"(?:\b[a-z][\w-]*|[0-9%)]),?\s+(?:starting|beginning|commencing|running|effective|backdated|valid|"
                          r"dating|retroactive|with\s+effect)\s+(?:on|from|to|as\s+of|back\s+to|in)?\s*(?:the\s+)?$")
"""A noun and a participle phrase that sets its period ("a period of ineligibility of four
years, starting on 13 June 2025", "a pay rise of 3%, backdated to January")."""


def noun_period(text: str, s: int, anchor: TimeExpression) -> bool:
    """Whether the date starts or bounds the period of a noun before it, in a participle
    phrase that postmodifies it, with the clause's finite verb before the noun: the noun's
    period, not the verb's happening."""
    found = _NOUN_PERIOD.search(text, max(s, anchor.start - 40), anchor.start)
    return found is not None and "," in found.group() and verbs.has_finite(_ADVERB.sub("", text[s : found.start()]))


_ADVERB = re.compile(r"\b(?:therefore|thus|hence|also|accordingly|further|[a-z]+ly)\s+")
"""A sentence adverb between a subject and its verb ("The Panel therefore imposes"), left out
when the verb is looked for."""


_GERUND = re.compile(r"(?P<verb>[a-z]{2,}ing)\s")
_PAST_OF = {base: past for base, past, _ in verbs.FORMS}


def finite_past(clause: str, plural: bool = False) -> str:
    """An -ing clause told as a finite clause in the past, for a subject it lacks ("testing
    positive for X" -> "tested positive for X", "being charged with fraud" -> "was charged
    with fraud", "having missed a payment" -> "had missed a payment", "winning a pay rise"
    -> "won a pay rise"): a non-finite clause's subject is the main clause's and its time
    the main clause's or before (Quirk et al. 1985, ch. 15, non-finite clauses); "" when
    the clause does not open with an -ing form."""
    found = _GERUND.match(clause)
    if found is None:
        return ""
    verb, rest = found.group("verb"), clause[found.end("verb") :]
    if verb == "being":
        return ("were" if plural else "was") + rest
    if verb == "having":
        return "had" + rest
    stem = verb[:-3]
    base = next((b for b in (stem, stem + "e", stem[:-1]) if b in _PAST_OF), "")
    if base:
        return _PAST_OF[base] + rest
    if len(stem) == 2 and stem.endswith("y"):
        return stem[0] + "ied" + rest  # "dying" -> "died"
    if stem.endswith("e"):
        return stem + "d" + rest  # "agreeing" -> "agreed"
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ied" + rest  # "carrying" -> "carried"
    return stem + "ed" + rest  # "testing" -> "tested", "stopping" -> "stopped", "filing" -> "filed"


_OPENING_DETERMINERS = frozenset("the a an its their his her".split())
_FRONTED_PARTICIPLE = re.compile(r"\s*(?P<verb>[A-Z][a-z]{2,})\s+(?:(?:on|in|at|during|around|about)\s+)?(?:the\s+)?$")


def fronted_participle_title(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """"X was founded" for a date in a past participle clause opening the sentence ("Founded
    in 2011, the company employs more than 1,800 people"; "Built in 1994, the ferry carried
    ..."): a supplementive clause whose implied subject is the main clause's (Quirk et al.
    1985, 15.58), its happening the date's, told in the passive. "" otherwise."""
    fronted = _FRONTED_PARTICIPLE.fullmatch(text, s, anchor.start)
    if fronted is None or not text.startswith(", ", anchor.end):
        return ""
    verb = fronted.group("verb").lower()
    if not (verb in verbs.PARTICIPLES or verb.endswith("ed")) or verb in ISSUING:
        return ""
    after = verbs.words_of(text[anchor.end + 2 : e])
    k = verbs.first_finite(after)
    if not 1 <= k <= 8 or not (after[0][:1].isupper() or after[0] in _OPENING_DETERMINERS) or (
            after[0].lower() in STOP - _OPENING_DETERMINERS):
        return ""  # ("Asked in March, he declined": a pronoun names no one)
    subject = " ".join(after[:k])
    head = subject.split(" of ")[0].split()[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and head[:1].islower()
    return f"{capitalised(subject)} {'were' if plural else 'was'} {verb}"


_ISSUED_ASIDE = re.compile(r",\s+(?P<verb>[a-z]{3,})\s+(?:(?:to|by|before|about|over|for)\s+[^,;:]{1,50}?\s+)?(?:(?:on|in|at|during|late|early)\s+)?(?:the\s+)?$")
_ASKED = frozenset("asked questioned pressed contacted approached interviewed".split())
"""Participles of being asked ("Nordstar, asked about the figure on Thursday, said ..."): the
asking's date is the answer's, and the main clause, what was said, titles it."""


def issued_aside(text: str, s: int, e: int, anchor: TimeExpression) -> tuple[int, int] | None:
    """The span of a participle aside of a document's making that holds `anchor`, between
    the subject and its verb ("A report by X, presented to the cabinet on Tuesday, found
    cracks"): the document's date is its act's, and the main clause, told without the
    aside, titles it (`ISSUING`); None otherwise."""
    aside = _ISSUED_ASIDE.search(text, max(s, anchor.start - 80), anchor.start)
    if aside is None or aside.group("verb") not in ISSUING | _ASKED or not text.startswith(",", anchor.end):
        return None
    subject = text[s : aside.start()]
    if not subject.strip() or verbs.has_finite(subject) or "," in subject or not _verb_next(text, anchor.end + 1, e):
        return None
    return aside.start(), anchor.end + 1


_OPENING_PARTICIPLE = re.compile(r"\s*(?P<clause>[A-Z][a-z]+ing\s(?:[^,;:()\"“”]|(?<=\d),(?=\d)){2,100}?)\s+(?:(?:on|in|at|during|last|this|earlier)\s+)?(?:the\s+)?$")
_NOT_ACTS = frozenset("during following according including regarding concerning notwithstanding pending barring considering "
                      "excluding starting beginning speaking talking writing addressing responding replying testifying "
                      "commenting appearing being having".split())
"""Prepositions that end in -ing (Quirk et al. 1985, §9.5, marginal prepositions) and verbs of
speaking, whose act is the main clause's saying itself: no act of their own to title."""


_SUBJECT_OPENERS = frozenset("the a an its their his her he she they it we".split())


def opening_participle_title(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """"Ms Varga announced the inquiry in parliament" for a date closing an -ing clause that
    opens the sentence ("Announcing the inquiry in parliament on Monday, Ms Varga said it
    would be led by ..."): the participle clause holds the dated act, its implied subject is
    the main clause's (Quirk et al. 1985, ch. 15, non-finite clauses: the attachment rule),
    and the main clause only adds what was said. "" otherwise."""
    found = _OPENING_PARTICIPLE.fullmatch(text, s, anchor.start)
    if found is None or not text.startswith(",", anchor.end) or found.group("clause").split()[0].lower() in _NOT_ACTS:
        return ""
    main = verbs.words_of(text[anchor.end + 1 : e])
    k = verbs.first_finite(main)
    subject = " ".join(main[:k]) if k > 0 else ""
    if not subject or len(main[:k]) > 5 or not (subject[:1].isupper() or main[0] in _SUBJECT_OPENERS):
        return ""
    act = finite_past(found.group("clause")[:1].lower() + found.group("clause")[1:] + " ")
    return f"{capitalised(subject)} {act.strip()}" if act else ""

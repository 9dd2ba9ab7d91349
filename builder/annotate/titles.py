"""An event's title: a short whole clause, never a sentence cut with an ellipsis.

The sentence stays the event's summary; the title is that sentence without its date
line, its date phrases ("in Sunday's general election" -> "in the general election"),
attributions ("..., he said"), parentheses, asides between commas and a fronted phrase
("Despite ..., "), cut at a phrase boundary to at most `TITLE_WORDS` words. A sentence
that dates two happenings gives each event the clause of its own date. Closed classes of
English only (conjunctions, prepositions, relative words); no topic words.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from ..escaping import printable_line
from . import periods, tense, verbs, wordclass
from .clauses import (
    MODAL_START,
    SUBORDINATE,
    antecedent,
    ended_before,
    in_range,
    owned,
    quoted_first,
    subject_before,
    subjectless,
)
from .conjuncts import coordinated, gapped, gapped_amount
from .corefer import antecedent as date_antecedent
from .phrases import (
    DETERMINERS,
    OPENERS,
    STOP,
    TITLE_WORDS,
    balanced,
    capitalised,
    cut,
    dated_noun_phrase,
    noun_phrase,
)
from .reported import accused_act
from .tidy import DASH_ASIDE, tidy

_LEAD = re.compile(
    r"(?:\b(?:as\s(?:early|late|soon)\sas|(?:(?:originally|initially)\s)?due(?:\s(?:in|on|by))?|(?:starting|beginning)(?:\s(?:in|on|from))?|"
    r"(?:dating\s)?back\sto|dating\sfrom|around|as\sof|"
    r"(?:at|by|in|from|until|till|before|after|towards?)\s+the\s+(?:very\s+)?(?:end|start|beginning|middle|close|turn)\s+of|"
    r"(?:late|early|later|earlier)\s+(?:on|in)|(?:as\s)?compared\s(?:to|with)|(?:up|down)\sfrom|"
    r"on|in|at|by|for|of|during|since|from|until|between|this|last|next|early|late)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""The words that lead a date into its sentence and go with it ("as early as March",
"originally due later this year", "starting in April", "around 2020", "at the end of
August", "late on Sunday")."""
_PREMODIFIER_DATE = re.compile(r"[12][0-9]{3}|[A-Z][a-z]{2,8}\.?\s[0-9]{1,2}(?:st|nd|rd|th)?")
"""The shapes of a date written before its noun ("the 2008 Olympic Games", "the July 28 elections")."""
_RUN = re.compile(r"\b(?:consecutive|straight|successive)\b")
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|remains|remained)\s+(?:(?:\w+ly|now|still|also|already)\s+)?$")
_HYPHENED = re.compile(r"\b(?:mid|early|late)-$", re.IGNORECASE)
"""A part of a period written onto its date ("mid-2006"): cut with it."""
_IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b")
_CLAUSE = re.compile(r";\s|\s(?:--|—|–)\s|,\s(?:and|but|then|while|whereas|although|though)\s|,?\s(?:and|but)\sthat\s|\s(?:after|before|when|while|because)\s(?!\w+ing\b)"
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
_THAT_RELATIVE = re.compile(r"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s(?P<np>(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*)\s(?:that|which|who)\s"
                            r"(?P<verb>[a-z]+)(?P<rest>(?:\s(?!(?:and|but|or|that|which|who)\b)[\w’'-]+){0,4}?)"
                            r"\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A relative clause whose verb the date follows, at most four words of its complement
between them ("a strike that began on October 5", "the strike that began at the port in
March")."""
_OBJECT_RELATIVE = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s(?P<np>(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*)\s(?:that|which)\s"
    r"(?P<subject>(?:the|its|their|his|her)\s(?:[a-z][\w’'-]*\s){0,2}?[a-z][\w’'-]*|[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3})\s"
    r"(?P<verb>(?!(?:on|in|at|during)\b)[a-z]+)(?P<rest>(?:\s(?!(?:and|but|or|that|which|who)\b)[\w’'-]+){0,4}?)"
    r"\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A relative clause whose object is the relative word, its own subject after it, and the
date after its verb ("the deal that the union signed in March"): its happening is told
with the noun put back in the object's place ("The union signed the deal")."""
_COORDINATORS = frozenset("and but or".split())
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>(?:[^,;]{1,60}?|[^,;]{1,40}?,\s[^,;]{1,40}?,)\s+(?:due|expected|set|scheduled|slated|planned)\s+to\s)")
"""An absolute "with" phrase whose noun is due, expected or set to do something ("with
workers due to return on Monday")."""
_PLAN_IN = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)\s(?:scheduled|expected|due|set|slated|planned)\sto\s")
_PLAN_START = re.compile(r"(?:scheduled|expected|due|set|slated|planned)\sto\s")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|whom|that)\b")
_NEW_SUBJECT = re.compile(r",\swhere\s|\s(?:and|but)\s(?=(?:the|a|an|its|their|his|her)\s(?:[\w’'-]+\s){0,4}?"
                          r"(?:[a-z]{3,}ed|said|was|were|had|has|will|would)\s)")
"""With two dates in a sentence, " and " before a subject (a determiner, up to five words)
and its verb starts a clause too, as ", where" does."""
_REPORT = re.compile(r"\b(?:said|says|told|announced|added|stated|reported|warned|insisted|argued)\b")
_REPORTING_PARTICIPLE = re.compile(r",?\s(?:adding|saying)\b")
"""Reporting verbs: what follows them is what was said, with its own subject and verb; also
a reporting participle after a comma ("he told reporters, adding the union planned to ...")."""
_REPORT_OBJECT = re.compile(r"\s+(?:(?:reporters|journalists|the\s\w+|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*)\s+)?")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|not|n't)\s+$")
_NOT_COMPLEMENT = re.compile(r"\s+(?:when|if|after|before|since|as|while|because|in|on|at|by|to|for|from|over|about|against|with|of)\b"
                             r"(?!\s+[A-Z0-9])")
"""What follows a reporting verb that is no clause said: a time clause, or a preposition
of the verb's own ("argued over fees on Monday", "warned of job losses")."""
_THAT = re.compile(r"(?:(?:[^,.;]{0,40}?)\s)?that\s")
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:from|at|of|to|for|with|over|about|into|during|despite|against)|(?<![,;])\s(?!(?:when|after|before|once|as|since|until|while|because|if|and|but|or)\b)[a-z]+)\s+$")
"""What puts a noun phrase in object position (a preposition or a verb before it), so that
a participle after it is a reduced relative ("hide from the meetings held ...", "cited the
talks held ..."), not the clause's own verb ("when the plant opened on ...")."""
_PERIOD_NOUNS = frozenset("day days week weeks month months year years quarter quarters period session".split())
"""Spans of time: "the week ended Friday" names a period, not a happening."""
_REDUCED_RELATIVE = re.compile(
    r"\b(?P<det>the|its|their|his|her|a|an)\s+(?P<np>(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+(?P<verb>(?!(?:on|in|at)\b)[a-z]+)\s+(?:(?:on|in|at)\s+)?$")
"""A noun phrase and a participle right before a date ("the meetings held Sept. 14-15")."""
_OWN_SUBJECT = re.compile(r"(?:the|a|an|its|their|his|her|[A-Z][\w’'&.-]*)\s")
_WHICH = re.compile(r"(?:,|\s(?:--|—|–))\swhich\s")


def _object_relative(text: str, s: int, rel: re.Match[str], close: int, dates: list[TimeExpression],
                     names: list[Mention]) -> str:
    """The title of a date in a non-restrictive relative clause whose object is "which",
    its own subject after it ("the sale of the towers, which the liquidator hopes to
    complete by the end of the year"): the clause with its antecedent put back in the
    object's place, at the end of its verb group ("The liquidator hopes to complete the
    sale of the towers"; it was "The towers the liquidator hopes to complete"). The
    antecedent keeps an "of" phrase after its head (`clauses.antecedent(of_phrase=True)`):
    which of the two nouns "which" refers to is not told by grammar, and the whole noun
    phrase is true of both. "" when the clause opens with its verb (a subject relative),
    or its title does not end on its verb."""
    if not _WHICH.match(text, rel.start()) or not _OWN_SUBJECT.match(text, rel.end()):
        return ""
    clause = verbs.words_of(text[rel.end() : close])
    verb = verbs.first_finite(clause)
    if verb < 1 or verb > 4:
        return ""
    told = _told(text, rel.end(), close, [d for d in dates if rel.end() <= d.start < close], names)
    words = told.split()
    last = words[-1] if words else ""
    if len(words) < 2 or not last.isalpha() or not (words[-2].lower() == "to" or last.lower() == clause[verb].lower()):
        return ""
    referent = antecedent(text, s, rel.start(), of_phrase=True)
    if not referent:
        return ""
    if referent.split()[0] in ("The", "A", "An", "Its", "Their", "His", "Her"):
        referent = referent[:1].lower() + referent[1:]
    return f"{told} {referent}"


_CONTACT_DETERMINERS = frozenset("the a an its their his her".split())
"""What opens the noun phrase a relative clause with no relative word follows ("the 8 million
euros [the administrator cited last month]"), besides a figure."""


_CONTACT_CLAUSE = re.compile(r"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s(?P<np>(?:(?!(?:the|a|an)\b)[a-z][\w’'-]*\s){0,2}?"
                             r"(?!(?:the|a|an)\b)[a-z][\w’'-]*)\s(?P<verb>[a-z]+)\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A relative clause with no relative word: its subject (a determiner and up to three
words) and its verb right before the date ("the administrator cited [last month]")."""


def _contact_relative(text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date in a relative clause with no relative word whose subject is its
    own noun phrase (the zero relative in object position, "the book I bought": Quirk et
    al. 1985, ch. 17): "more than the 8 million euros the administrator cited last month"
    -> "The administrator cited the 8 million euros" (it was "The administrator was cited",
    the clause read as a reduced passive relative of "the administrator"). The noun phrase
    before is the verb's object: a determiner or a figure and at most four words whose last
    is no verb, preposition or function word. "" when the words are not so made."""
    reduced = _CONTACT_CLAUSE.search(text, max(s, anchor.start - 60), anchor.start)
    if reduced is None or reduced.start() <= s:
        return ""
    verb = reduced.group("verb")
    if not (verb.endswith("ed") or tense.is_past([verb], 0)) or STOP.intersection(reduced.group("np").lower().split()):
        return ""
    before = text[max(s, reduced.start() - 50) : reduced.start()].split()
    if max(s, reduced.start() - 50) > s and before:
        before = before[1:]  # (a word cut by the window)
    k = next((k for k in range(len(before) - 1, max(-1, len(before) - 6), -1)
              if before[k].lower() in _CONTACT_DETERMINERS or before[k][:1].isdigit()), -1)
    if k < 0 or k == len(before) - 1:
        return ""
    if k and before[k][:1].isdigit() and before[k - 1].lower() in _CONTACT_DETERMINERS:
        k -= 1  # "the 8 million euros"
    word = before[-1]
    if not word.isalpha() or not word.islower() or word in STOP or word.endswith("ed") or tense.is_past([word], 0) or (
            verbs.is_finite(["it", word], 1) or word in _HEAD_ENDS or word in _PLACE_WORDS or word.endswith("ing")):
        return ""
    obj = " ".join(before[k:])
    return f"{reduced.group('det').capitalize()} {reduced.group('np')} {verb} {obj[:1].lower() + obj[1:] if obj[:1] in 'TAIH' else obj}"


_RELATIVE = re.compile(r"(?:,|\s(?:--|—|–))\s(?:which|who)\s")
_AND_VERB = re.compile(r"\sand\s([a-z]+)\s([\w’'-]+)")
_RELATIVE_BEFORE = re.compile(r",\s(?:which|who)\s+$")
"""A non-restrictive relative opening right before a reporting verb."""
_RELATIVE_END = re.compile(r",|\s(?:--|—|–)\s")
_SUBORDINATE_IN = re.compile(r"\s(?:since|when|after|before|because|once|as|while|whereas|although|though)\s")
_AS_REPORTED = re.compile(
    r"(?P<np>(?:[$€£¥]\s?)?[0-9][0-9.,]*%?(?:\s(?!as\b)[a-z][\w-]*){0,3})\s+as\s+(?:[^,;]{0,60}?\s+and\s+as\s+)?"
    r"(?P<subject>(?:the|this|that|its|their|his|her|[A-Z][\w’'&.-]*)(?:\s[\w’'&.-]+){0,3}?)\s"
    r"(?P<verb>said|reported|stated|estimated|announced|claimed|forecast|predicted|expected|put\sit|had\s[a-z]+ed|[a-z]+ed)"
    r"\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A figure and a comment clause of source after it ("12.5 million euros as this newspaper
reported on 11 March", Quirk et al. 1985 ch. 15, the subordinate clause: "as" standing for the figure in
the clause): the clause's date is the report's, of that figure."""
_ATTRIBUTED_DATE = re.compile(
    r",\s(?P<speaker>(?:[\w’'&.-]+\s){0,5}?[\w’'&.-]+)\s(?:said|says|told\s\w+|added|announced|stated)\s+(?:(?:on|in|at)\s+)?$")
_TIME_CLAUSE = re.compile(r"\s(?:when|after|before|since|until|once)\s(?=(?:it|they|he|she|the|its|their|[A-Z])\b)|,\s(?:and\s)?not\s")


def _as_reported(text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date in a comment clause of source after a figure (`_AS_REPORTED`):
    who reported it, the verb, the figure ("This newspaper reported 12.5 million euros";
    it was the clause around it, "It collapsed, not 12.5 million euros"). "" otherwise."""
    found = _AS_REPORTED.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or verbs.has_finite(found.group("np")):
        return ""
    return f"{capitalised(found.group('subject'))} {found.group('verb')} {found.group('np')}"


def _said_of_earlier(text: str, s: int, e: int, names: list[Mention], anchor: TimeExpression) -> str:
    """The title of the date of a closing attribution (", the administrator said on
    Wednesday") when what was said is anchored elsewhere (a time clause of its own: "owed
    15.2 million euros when it collapsed") or corrects a figure (", not 12.5 million"):
    the saying, with what was said up to there ("The firm's provisional administrator said
    Brannock Bau owed 15.2 million euros"); what was said alone would put the debt, or the
    collapse, on the day of the saying. "" for any other date."""
    if text[anchor.end : e].strip(" .!?\"”’'"):
        return ""
    found = _ATTRIBUTED_DATE.search(text, max(s, anchor.start - 60), anchor.start)
    if found is None or verbs.has_finite(found.group("speaker")):
        return ""
    said = _TIME_CLAUSE.search(text, s, found.start())
    if said is None:
        return ""
    content = title(text, s, said.start(), [], names)
    if len(content.split()) < 3:
        return ""
    speaker = found.group("speaker")
    if speaker.split()[0] in ("The", "A", "An", "Its", "Their", "His", "Her"):
        speaker = speaker[:1].lower() + speaker[1:]
    first = content.split()[0]
    if first in ("The", "A", "An", "Its", "Their", "His", "Her", "It", "They") and not any(text.startswith(first, m.start) for m in names):
        content = content[:1].lower() + content[1:]
    words = f"{capitalised(speaker)} said {content}".split()
    return " ".join(words if len(words) <= TITLE_WORDS + 2 else cut(words))


_NOT_APPENDED = re.compile(r",\s(?:and\s)?not\s")
"""A negated contrastive appendage after a comma (", not 12.5 million euros", Quirk et al.
1985, ch. 13: "not" coordination): it is the main clause's, so a clause before it has ended."""
_AS_PHRASE = frozenset("part well much many far long soon early late of a an such if though to for".split())
_NEVER_PREPOSITION = frozenset("while whereas although though".split())
"""Subordinators that never head a phrase: the date right after one is in its clause
("while earlier this month another A330 suffered ...")."""
_PRONOUN_SUBJECT = re.compile(r"(?:it|they)\s", re.IGNORECASE)
HE_SHE_SUBJECT = re.compile(r"(?:he|she)\s")
"""A person's pronoun opening what a named speaker said: it stands for the speaker."""
_SPEAKER_HEAD = re.compile(r"^((?:[\w’'&.-]+\s){0,3}[\w’'&.-]+)(?:,\s(?:which|who|whose|the|a|an)\b.*)?$", re.DOTALL)
"""A speaker of at most four words, before a relative or an apposition after a comma."""
_QUOTE_CLOSED = re.compile(r"[,.!?]?[\"”’]\s*$")
"""A quotation closed right before a reporting verb: the verb is inverted, its subject after it."""
_APPOSITIVE_RELATIVE = re.compile(
    r"(?:^|[,;:]\s|[\"”]\s|\b(?:said|says|told|added|insisted|warned)\s)(?P<head>(?!(?:said|says|told|added|insisted|warned)\s)(?:[^\s,;:\"”]+\s){0,3}[^\s,;:\"”]+),\s"
    r"(?:a|an|the)\s(?:[\w’'-]+\s){0,3}?(?:who|that|which)\s(?P<clause>[^,;:()]+?)\s*$")
"""A name, a noun phrase in apposition to it, and that noun phrase's relative clause up to
the date ("said 陈志明, a plater who came to Port Ardmore from Ningbo in")."""
_APPOSITIVE_NAME = re.compile(r"^(?:[\w’'&.-]+\s){0,3}[\w’'&.-]+,\s(?P<name>[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3}),?$")
"""A speaker told as a noun phrase and a name in apposition ("Its parent, Nordhavn AG"):
the name is what a pronoun in what was said stands for."""
_APPOSITIVE_SPEAKER = re.compile(
    r"^(?:[\w’'&.-]+\s){0,3}[\w’'&.-]+,\s(?P<name>(?:the\s)?[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3}),?$")
"""A speaker told as a noun phrase and a name in apposition ("Its parent, Nordhavn AG",
"Their union, the CSWU"): the name speaks for the phrase."""
_PARTICIPLE_END = re.compile(r"\b(?:\w+ing|to|for|of|at|with|about|from|by|as|like)$", re.IGNORECASE)
"""Words a title does not end on: a dangling participle or preposition ("… saying")."""


def _told(text: str, a: int, b: int, dates: list[TimeExpression], names: list[Mention], prefix: str = "",
          anchor: TimeExpression | None = None) -> str:
    """`title` of the clause text[a:b], after `prefix` (a subject the clause lacks); an
    `anchor` lets a time clause opening it title its own happening."""
    told = title(text, a, b, [d for d in dates if a <= d.start < b], names) if anchor is None else _title(
        text, a, b, [d for d in dates if a <= d.start < b], names, anchor)
    if not prefix:
        return told
    if text[a:b].lstrip()[:1].islower():
        told = told[:1].lower() + told[1:]
    words = (capitalised(prefix) + " " + told).split()
    return " ".join(cut(words) if len(words) > TITLE_WORDS + 2 else words)  # "about 12 words"


def _clause_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                  anchor: TimeExpression) -> str:
    """The title of the clause of text[s:e] that holds `anchor`, or "" when the clause is
    the whole sentence: what was said after a reporting verb ("X said the union would hold
    a rally on Saturday" -> "The union would hold a rally"), a relative clause ("the
    walkout, which began last Wednesday" -> "The walkout began"), a subordinate clause
    ("since Cambodia returned to democracy in 1998"), one of two clauses joined by "and"
    ("met Vogt on Monday and will meet her again on Thursday")."""
    until = anchor.start if anchor.start > s else e
    report = _REPORT.search(text, s, until)
    chunk = text[s:until]
    if "adding" in chunk or "saying" in chunk:
        participle = _REPORTING_PARTICIPLE.search(text, s, until)
        if participle and (report is None or participle.start() < report.start()):
            report = participle
    if report is not None and (_PASSIVE.search(text, max(s, report.start() - 12), report.start())
                               or _NOT_COMPLEMENT.match(text, report.end())):
        report = None  # "was not reported when ...": no speaker, no complement
    if report is not None and _RELATIVE_BEFORE.search(text, max(s, report.start() - 8), report.start()) and (
            0 <= text.find(", ", report.end(), anchor.start)):
        report = None  # "The union, which says it has 1,200 members, has called a protest": an aside's verb
    if report is not None and _QUOTE_CLOSED.search(text, max(s, report.start() - 4), report.start()):
        report = None  # '"...," said X, a plater who came ...': after an inverted verb comes its speaker, not what was said
    if report is not None:
        at = report.end()
        if report.group() == "told":
            told_whom = _REPORT_OBJECT.match(text, at)
            at = told_whom.end() if told_whom else at
        else:
            at += len(text[at:]) - len(text[at:].lstrip())
        said_date = [d for d in dates if 0 <= d.start - at <= 4 and d.start < e]
        that = _THAT.match(text, at, e)
        if that and text[at : that.end()].split(None, 1)[0].lower() in DETERMINERS - {"that"}:
            that = None  # "said the last of the 44 ships that waited at anchor left": a relative "that", not the said clause's
        start = that.end() if that else (said_date[0].end if said_date else at)
        if said_date and not that:
            start += len(text[start:e]) - len(text[start:e].lstrip(" ,"))
            if text.startswith("that ", start):
                start += len("that ")  # "said the week before that it would": what was said follows "that"
        speaker = text[s : report.start()].strip()
        # the reporting verb's own auxiliaries and adverbs are no part of its subject ("Judge
        # X has said she will rule": "Judge X", not "Judge X has"; Quirk et al. 1985, ch. 3, the verb phrase)
        speaker_np = _AUXILIARY_END.sub("", " " + speaker).strip()
        if anchor.start >= start and len(text[start:e].split()) >= 3 and speaker:
            prefix = ""
            pronoun = _PRONOUN_SUBJECT.match(text, start)
            subject = subject_before(text, s, e) if pronoun and pronoun.group().lower().startswith("it") else ""
            head = _SPEAKER_HEAD.match(speaker_np)
            named = _APPOSITIVE_NAME.match(speaker_np)
            if pronoun and named and pronoun.group().lower().startswith("it") and (not subject or "," in subject):
                subject = named.group("name")  # "Its parent, Nordhavn AG, said it would": Nordhavn AG
            if pronoun and not subject and head and pronoun.group().lower().startswith("it"):
                subject = head.group(1)  # "The CSWU, whose 900 members ..., said it would": the CSWU
            if not pronoun and head and head.group(1)[:1].isupper() and head.group(1).split()[0].lower() not in DETERMINERS:
                pronoun = HE_SHE_SUBJECT.match(text, start)
                subject = head.group(1) if pronoun else ""  # "Justice Eleanor Wyatt said she would"
            if pronoun and subject and len(subject.split()) <= 4 and "," not in subject:
                prefix, start = subject, pronoun.end()
            inner = _clause_title(text, start, e, dates, names, anchor) if start < e else ""
            if inner and prefix and text[start : start + 1].islower() and (
                    inner.split(None, 1)[0].lower() == text[start:e].split(None, 1)[0].lower()):
                inner = f"{capitalised(prefix)} {inner[:1].lower()}{inner[1:]}"  # the clause after the pronoun, its subject put back
            return inner or _told(text, start, e, dates, names, prefix)
        named = _APPOSITIVE_SPEAKER.match(speaker_np)
        if (anchor.start < start and anchor.start >= report.start() and named and report.group() != "told"
                and len(text[start:e].split()) >= 3 and not verbs.has_finite(speaker_np)):
            # "Its parent, Nordhavn AG, said last week that it would review its investment in
            # Port Ardmore": the saying is the date's happening; the name in apposition stands
            # for the noun phrase it renames (Quirk et al. 1985, ch. 17, apposition), and what
            # was said is told whole, its "that" dropped as in speech (ch. 16, "that" omitted)
            return _told(text, start, e, dates, names, f"{named.group('name')} {report.group()}")
        if (anchor.start < start and anchor.start >= report.start() and speaker and len(text[start:e].split()) >= 3
                and any(start <= d.start < e and d.value != anchor.value for d in dates)):
            # "said last month that it expected a loss next year": the saying is the
            # happening of its own date, told with what was said (the other date cut:
            # "The company said that it expected a loss"; "X said" alone tells nothing);
            # without a date of its own, what was said is the news and the whole
            # sentence titles it ("had said that talks broke down").
            return _told(text, s, e, dates, names)
    absolute = next(reversed(list(_WITH_ABSOLUTE.finditer(text, s, anchor.start))), None) if ", with " in text[s : anchor.start] else None
    if absolute is not None and not _CLAUSE.search(text, absolute.end(), anchor.start):
        # "..., with the first customer due to receive its first aircraft in May 2008": the
        # absolute phrase tells its own happening, the noun its subject
        told = _told(text, absolute.start("np"), e, dates, names)
        plan = _PLAN_IN.search(told)
        if plan and plan.start() > 0:
            noun_words = _PLAN_IN.split(" " + absolute.group("np"))[0].split(",")[0].split()
            plural = noun_words[-1].endswith("s") and not noun_words[-1].endswith("ss") and noun_words[-1][:1].islower()
            told = told[: plan.start()] + (" are" if plural else " is") + told[plan.start() :]
        return told
    appositive = _APPOSITIVE_RELATIVE.search(text, max(s, anchor.start - 200), anchor.start)
    if appositive and not verbs.has_finite(appositive.group("head")) and verbs.has_finite("it " + appositive.group("clause")):
        # "陈志明, a plater who came to Port Ardmore from Ningbo in 2003": the relative clause
        # of a noun phrase in apposition to a name tells the name's happening (the
        # appositive and its head corefer: Quirk et al. 1985, ch. 17, apposition)
        closing = _RELATIVE_END.search(text, anchor.end, e)
        return _told(text, appositive.start("clause"), closing.start() if closing else e, dates, names, appositive.group("head"))
    relative = _relative_happening(text, s, e, anchor)
    if relative:
        return relative
    reduced = _REDUCED_RELATIVE.search(text, max(s, anchor.start - 80), anchor.start)
    contact = _contact_relative(text, s, anchor)
    if contact:
        return contact
    if reduced and reduced.start() > s and not STOP.intersection(reduced.group("np").lower().split() + [reduced.group("verb")]) and (
            reduced.group("np").split()[-1].lower() not in _PERIOD_NOUNS) and _OBJECT_BEFORE.search(
            text, max(s, reduced.start() - 30), reduced.start()) and (
            reduced.group("verb").endswith("ed") or tense.is_past([reduced.group("verb")], 0)) and (
            reduced.group("verb") not in verbs.PAST_ONLY) and (
            reduced.group("det").lower() not in ("a", "an") or anchor.precision != "day") and (
            verbs.has_finite(text[s : reduced.start()]) or _RELATIVE.search(text, s, reduced.start())):
        # ("the strike began on Monday": its own verb; "The trial of X over the collapse of
        # the bridge opened on Monday": no finite verb before it, so it is the main verb)
        # "nothing to hide from the meetings held Sept. 14-15": the meetings are what the
        # date anchors (a reduced relative clause), told in the passive.
        noun = reduced.group("np").split()[-1]
        be = "were" if noun.endswith("s") and not noun.endswith("ss") else "was"
        return f"{reduced.group('det').capitalize()} {reduced.group('np')} {be} {reduced.group('verb')}"
    for rel in _RELATIVE.finditer(text, s, anchor.start):
        found = _RELATIVE_END.search(text, rel.end(), e)
        close = found.start() if found else -1
        if 0 <= close < anchor.start:
            between = text[close + 1 : anchor.start].split()
            if len(between) > 2 or verbs.has_finite(" ".join(between)) or (between and verbs.is_finite(["it", between[0]], 1)):
                continue  # ("The PUF, which speaks for 35 lines, said earlier this year": the main verb's date)
            found = _RELATIVE_END.search(text, anchor.end, e)
            close = found.start() if found else -1
        close = e if close < 0 else close
        referent = antecedent(text, s, rel.start())
        if referent and anchor.end <= close and len(text[rel.end() : close].split()) >= 2:
            # "which gives a 7.5 per cent rise and phases out night shifts by the end of next
            # year": the date is the second verb's; its clause is told
            by_object = _object_relative(text, s, rel, close, dates, names)
            if by_object:
                return by_object
            start = rel.end()
            for conj in _AND_VERB.finditer(text, rel.end(), anchor.start):
                if verbs.is_finite(["it", conj.group(1)], 1) or verbs.is_finite(["the", "firm", conj.group(1), conj.group(2)], 2):
                    start = conj.start(1)
            return _told(text, start, close, dates, names, referent)
    for sub in _SUBORDINATE_IN.finditer(text, s, anchor.start):
        word = sub.group().strip()
        if word == "as" and (text[sub.end() :].split(" ", 1)[0].lower() in _AS_PHRASE
                             or text[sub.end() :].split(" ", 2)[1:2] == ["as"]
                             or text[max(s, sub.start() - 20) : sub.start()].split()[-2:-1] == ["as"]
                             or text[max(s, sub.start() - 20) : sub.start()].split()[-1:] in (["such"], ["Such"])):
            continue  # "as part of", "as a result", "as quickly as it had", "such as": a phrase or a comparison
        if word not in _NEVER_PREPOSITION and any(0 <= d.start - sub.end() <= 4 for d in dates):
            continue  # "in turmoil since 2019, filed ...": a preposition heading a date, no clause
        if _NOT_APPENDED.search(text, sub.end(), anchor.start) or _ATTRIBUTED_DATE.search(text, sub.end(), anchor.start):
            continue  # "owed 15.2 million when it collapsed, not 12.5 million as ... on 11 March": the time clause ended
        main_verb = ended_before(text, sub.end(), anchor.start)
        if main_verb >= 0:
            # "Relatives of the two people killed when the bridge gave way packed the
            # gallery on Monday": the time clause belongs to the subject; the title is
            # the main clause without it (blanked, so that offsets stay)
            blanked = text[: sub.start()] + " " * (main_verb - sub.start()) + text[main_verb:]
            return _title(blanked, s, e, [d for d in dates if not sub.start() <= d.start < main_verb], names, anchor)
        if (len(text[sub.end() : anchor.start].split()) >= 3 or word in _NEVER_PREPOSITION) and not _CLAUSE.search(
                text, sub.end() - 1 if word in _NEVER_PREPOSITION else sub.end(), anchor.start):
            end = _CLAUSE.search(text, anchor.end, e)
            b = end.start() if end else e
            own = (text[sub.end() : anchor.start] + text[anchor.end : b]).split(", which")[0].split(", who")[0]
            if len(text[sub.end() : b].split()) >= 4 and verbs.has_finite(own):  # not a relative clause's verb
                pronoun = _PRONOUN_SUBJECT.match(text, sub.end())
                referent = _referent(text[s : sub.start()], pronoun.group().strip().lower()) if pronoun else ""
                if pronoun and referent:
                    # "infused into the stock markets when they opened on Friday": "they" are the markets
                    return _told(text, pronoun.end(), b, dates, names, referent)
                return _told(text, sub.end(), b, dates, names)
            if word in ("after", "before", "since"):
                # "after the collapse of Marlow & Penn in September": the noun phrase
                # is what the date dates
                phrase = text[sub.end() : anchor.start].split()
                day_of_clause = word != "since" and bool(phrase) and phrase[-1].lower() in ("on", "at")
                while phrase and phrase[-1].lower() in ("in", "on", "at", "during", "of"):
                    phrase.pop()
                # ("appeared before the court on Monday": a day after "on" is the clause's own)
                if phrase and not day_of_clause and phrase[0].lower() in DETERMINERS and noun_phrase(phrase) == phrase:
                    return balanced(" ".join([phrase[0].capitalize()] + phrase[1:]))
    two_dates = any(d.value != anchor.value for d in dates if s <= d.start < e)
    seg = text[s:e]
    if not two_dates and ";" not in seg and "—" not in seg and "–" not in seg and "--" not in seg and (
            " and " not in seg and " but " not in seg and ", then " not in seg and ", while " not in seg
            and ", whereas " not in seg and "though " not in seg):
        return ""  # no clause break a single date could sit behind
    found_breaks = list(_CLAUSE.finditer(text, s, e))
    if two_dates:  # "... set records and the court signaled on Tuesday that ...": a new subject, a new clause
        found_breaks = sorted(found_breaks + list(_NEW_SUBJECT.finditer(text, s, e))
                              + [m for m in _AND_PAST.finditer(text, s, e) if tense.is_past([m.group(1)], 0)]
                              + [m for m in _PARTICIPLE_CLAUSE.finditer(text, s, e)
                                 if m.start() > anchor.start and verbs.has_finite(text[m.end() : e])],
                              key=lambda m: m.start())
        # (" and " after a subject with no verb yet joins two subjects: "The union and the
        # port authority signed the deal")
        found_breaks = [m for m in found_breaks if m.re is _CLAUSE or verbs.has_finite(text[s : m.start()])]
    breaks = [m for m in found_breaks if (two_dates or m.group()[1:3] not in _BARE_START) and (
        "and" not in m.group() or not in_range(m.start(), dates, text)) and not (
        m.re is _CLAUSE and m.group().strip() in ("and", "but") and not MODAL_START.match(text, m.end())
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
            return _told(text, a, b, dates, names, prefix, anchor if a == s else None)
    return ""


_DEFINITE_NP = re.compile(r"\b[Tt]he\s(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*\b(?!\s(?:of|'s|’s)\b)")


def _referent(before: str, pronoun: str) -> str:
    """The last definite noun phrase in `before` (the main clause before a time clause) that
    "they" (a plural) or "it" (a singular) may stand for, or ""."""
    for mt in reversed(list(_DEFINITE_NP.finditer(before))):
        head = mt.group().split()[-1]
        if head in STOP or verbs.is_finite(["it", head], 1) and not head.endswith("s"):
            continue
        plural = head.endswith("s") and not head.endswith("ss")
        if plural == (pronoun == "they"):
            return mt.group()
    return ""


def _relative_happening(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """The happening of a relative clause whose past verb the date follows, told with its
    noun as subject ("ending a strike that began on October 5" -> "The strike began"), also
    inside a subject whose main verb follows ("The strike that began in March ended in May":
    March titles "The strike began", not the main clause cut to "that began ended"), or ""
    when the relative clause goes on after the date with a verb of its own ("a strike that
    began in March and cost 40 million": the coordinated clause's title is `conjuncts`').
    A relative whose object is the relative word tells the noun in the object's place
    ("the deal that the union signed in March" -> "The union signed the deal")."""
    found = _THAT_RELATIVE.search(text, max(s, anchor.start - 80), anchor.start)
    by_object = None
    if found is None or not tense.is_past([found.group("verb")], 0):
        by_object = _OBJECT_RELATIVE.search(text, max(s, anchor.start - 100), anchor.start)
        found = by_object
    if not found or found.group("np").split()[-1].lower() in _PERIOD_NOUNS or STOP.intersection(found.group("np").lower().split()):
        return ""
    rest = found.group("rest")
    if not tense.is_past([found.group("verb")], 0) or (rest and verbs.has_finite(rest)):
        return ""
    if by_object is not None and (STOP.intersection(by_object.group("subject").lower().split()[1:])
                                  or verbs.has_finite(by_object.group("subject"))):
        return ""
    after = _RELATIVE_END.search(text, anchor.end, e)
    following = verbs.words_of(text[anchor.end : after.start() if after else e])
    k = verbs.first_finite(following)
    if k >= 0 and _COORDINATORS.intersection(w.lower() for w in following[:k]):
        return ""
    det = "The" if found.group("det").lower() in ("a", "an") else found.group("det").capitalize()
    if by_object is not None:
        return f"{capitalised(by_object.group('subject'))} {found.group('verb')} {det.lower()} {found.group('np')}{rest}"
    return f"{det} {found.group('np')} {found.group('verb')}{rest}"


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
    rel = _SUBJECT_RELATIVE.search(text, max(s, d.start - 60), d.start)
    if rel is None or not verbs.has_finite("it " + rel.group("clause")):
        return False
    following = verbs.words_of(text[d.end : anchor.start])
    return bool(following) and following[0][:1].islower() and verbs.is_finite(("it",) + following[:1], 1)


LIST_MARK = re.compile(r"\s*(?:\(?(?:[0-9]{1,3}|[A-Za-z]|[ivx]{1,5})\)|[0-9]{1,3}\.|[ivx]{1,5}\.|[a-z]\.|[•◦▪‣·*–—-])\s+"
                       r"(?=[\"“‘'A-Z0-9])")
"""The number, letter or bullet of a list item opening a sentence ("1. ", "(a) ", "2) ",
"iii. ", "• "): no word of the item's clause. A capital letter with a full stop is left
alone: it may be an initial ("A. Okafor said ...")."""
_BARE_START = frozenset("af be wh".split())
"""How a bare " after/before/when/while/because " break starts (after its space)."""


def title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
          anchor: TimeExpression | None = None) -> str:
    """`_told_title` without the characters a one-line field may not hold (bidirectional
    overrides and isolates, controls: `escaping.CONTROLS`; "Trojan Source"): the source's
    paragraph keeps its exact text, the title shows as written. A coreferent date ("its
    date", "which": `corefer`) is words of the clause, not a date phrase to drop."""
    if len(dates) > 1:
        dates = [d for d in dates if date_antecedent(text, d, dates) is None]
    mark = LIST_MARK.match(text, s, e)
    s = mark.end() if mark else s  # "1. The court ruled ...": the number is the list's, not the clause's
    told = _told_title(text, s, e, dates, names, anchor)
    told = _now_of_contrast(told, text, s, e, anchor)
    return told if told.isprintable() else printable_line(told)


_SUPERSEDED_IN = re.compile(r",\s(?:originally|initially|previously|first)\s(?:been\s)?"
                            r"(?:due|expected|scheduled|slated|set|planned|timetabled)\b[^,]*,")
_SUPERSEDED_LEFT = re.compile(r",\s(?:originally|initially|previously|first)\s(?:been\s)?"
                              r"(?:due|expected|scheduled|slated|set|planned|timetabled)(?:\s(?:to\s)?[a-z]+)?,")
_NOW_AFTER_AUXILIARY = re.compile(r"\b(will|would|shall|should|is|are|was|were|has|have|had|must|can|could|may|might)\snow\s")


def _now_of_contrast(told: str, text: str, s: int, e: int, anchor: TimeExpression | None) -> str:
    """`told` without a "now" that sets the new time against a superseded plan the title
    left out ("The first of the two ships, originally due in the third quarter, will now be
    delivered by early next year" -> "The first of the two ships will be delivered"): with
    the plan gone it contrasts with nothing, and on the timeline reads as the day of
    writing (Quirk et al. 1985, ch. 8, adverbials: "now" of contrast). What is left of the
    aside once its date is cut (", initially scheduled,") goes too. Kept when the sentence
    tells no plan ("Its verdict is now due")."""
    if anchor is None:
        return told
    aside = _SUPERSEDED_IN.search(text, s, e)
    if aside is None or aside.start() <= anchor.start < aside.end():
        return told
    told = _SUPERSEDED_LEFT.sub("", told)  # "The hearing, initially scheduled, will now open": the plan's date gone
    if " now " not in text[s:e]:
        return told  # "will be delayed until October" told "is now due": the title's own "now" tells the change
    return _NOW_AFTER_AUXILIARY.sub(r"\1 ", told, count=1)


def _told_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                anchor: TimeExpression | None = None) -> str:
    """A short whole clause for the event in text[s:e]: the dateline, date phrases,
    attributions, parentheses and side clauses removed, then cut at a phrase boundary
    so that it has at most `TITLE_WORDS` words. Never an ellipsis. The clause told is
    the one that holds `anchor` (the event's date), not the sentence's main clause when
    the date sits in what was said, a relative or subordinate clause, or the second of
    two clauses (`_clause_title`)."""
    if anchor is not None:
        quoted = quoted_first(text, s, e, anchor) if text[s : s + 3].lstrip()[:1] in "\"“‘'" else ""
        if quoted:
            return quoted
        phrase = dated_noun_phrase(text, s, e, anchor, after=True)
        if phrase and not _thin(phrase):
            return phrase  # the date dates the noun phrase, not the clause around it
        aside = _possessive_in_aside(text, s, e, anchor) or _superseded_aside(text, s, e, anchor)
        if aside:
            return aside
        told = (_as_reported(text, s, anchor) or _said_of_earlier(text, s, e, names, anchor)
                or gapped(text, s, e, dates, names, anchor, title)
                or gapped_amount(text, s, e, dates, names, anchor, title)
                or coordinated(text, s, e, dates, names, anchor, title, _title)
                or accused_act(text, s, e, dates, names, anchor, _title, _CLAUSE)
                or _clause_title(text, s, e, dates, names, anchor)
                or _title(text, s, e, dates, names, anchor))
        thin = phrase or (told if _thin(told) and len(told.split()) <= 3 and not verbs.has_finite(told) else "")
        if thin and not _names_it(told, thin):
            whole = _title(text, s, e, dates, names, anchor)  # the main clause, the phrase in it
            return whole if _names_it(whole, thin) else owned(text, s, anchor.start, thin, names)
        told = possessive_object(told, text, s, e, anchor, names)
        asked = requested(told, text, s, anchor)
        return infinitive(asked if asked != told else deferred(told, text, s, anchor), text, s, dates, anchor)
    return _title(text, s, e, dates, names, anchor)


_ASIDE_PARTICIPLE = re.compile(r",\s(?P<participle>[a-z]+(?:ed|ing|en))\s(?:[a-z]+\s){0,2}$")


def _possessive_in_aside(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """The noun a possessive date owns inside a participle clause set off by commas ("The
    agreement, based on last month's ruling by the Central Arbitration Court, gives ..."
    -> "The ruling by the Central Arbitration Court"): the date dates that noun's
    happening, and the non-finite aside tells nothing of its own (Quirk et al. 1985,
    ch. 15, non-finite clauses); the main clause is another happening's. "" otherwise."""
    if text[anchor.end : anchor.end + 2] not in ("'s", "’s"):
        return ""
    aside = _ASIDE_PARTICIPLE.search(text, max(s, anchor.start - 40), anchor.start)
    close = text.find(",", anchor.end, e)
    if aside is None or close < 0 or verbs.has_finite(text[aside.end("participle") : anchor.start]):
        return ""
    noun = text[anchor.end + 2 : close].split()
    if not noun or len(noun) > TITLE_WORDS - 1 or verbs.has_finite(" ".join(noun)):
        return ""
    return balanced("The " + " ".join(noun))


_SUPERSEDED_ASIDE = re.compile(
    r"\s*(?P<np>[^,;:()\"“”]{2,80}?),\s+(?P<plan>(?:originally|initially|previously|first)\s+(?:been\s+)?"
    r"(?:due|expected|scheduled|slated|set|planned|timetabled)(?:\s+to\s+[a-z]+)?)\s+"
    r"(?:(?:in|on|at|by|for|during|until)\s+)?(?:the\s+)?$")
_AGREEING = {"was": "was", "is": "was", "has": "was", "were": "were", "are": "were", "have": "were"}
"""A finite auxiliary after the aside, and the past of `be` that agrees with it."""


def _superseded_aside(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """The title of a date in a superseded plan set off as an aside after the subject ("The
    ruling, originally due on Monday, was delayed" -> "The ruling was originally due"): the
    aside is a reduced non-restrictive relative ("which was originally due", Quirk et al.
    1985, ch. 17, the complex noun phrase: non-restrictive postmodification), and its date
    is the plan's, not the main clause's happening (`roles` marks it no event). `be`
    agrees with the main clause's auxiliary, else with the subject's head ("were" after a
    plural noun not followed by "of"). "" when the date is not in such an aside."""
    found = _SUPERSEDED_ASIDE.fullmatch(text, s, anchor.start)
    if found is None or text[anchor.end : anchor.end + 1] != "," or verbs.has_finite(found.group("np")):
        return ""
    np = found.group("np").strip()
    following = verbs.words_of(text[anchor.end + 1 : min(e, anchor.end + 40)])[:1]
    be = _AGREEING.get(following[0].lower(), "") if following else ""
    if not be:
        head = np.split(" of ")[0].split()[-1].lower()
        be = "were" if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) else "was"
    return capitalised(f"{np} {be} {' '.join(found.group('plan').split())}")


_INFINITIVE_BEFORE = re.compile(r"\sto\s(?P<verb>[a-z]{2,})\s[^,;:]{0,60}?$")


def infinitive(told: str, text: str, s: int, dates: list[TimeExpression], anchor: TimeExpression) -> str:
    """The title of a date inside an infinitive whose governing verb has a date of its own
    before it ("The firm agreed in May to sell the site in June": June dates the sale, May
    the agreement): the infinitive's happening, told as planned ("The firm is to sell the
    site"); `told` as it was otherwise (the May entry keeps "The firm agreed to sell the
    site")."""
    first = next((d for d in dates if s <= d.end <= anchor.start and d.value != anchor.value), None)
    if first is None:
        return told
    found = _INFINITIVE_BEFORE.search(text, first.end, anchor.start)
    if found is None or found.group("verb") in STOP or found.group("verb") == "be" or (
            len(text[first.end : found.start()].split()) > 3 or "," in text[first.end : found.start()]):
        return told  # ("should reopen in June, and that the council hoped to rebuild": another clause's date)
    at = told.find(" to " + found.group("verb") + " ")
    at = at if at >= 0 else (len(told) - len(" to " + found.group("verb")) if told.endswith(" to " + found.group("verb")) else -1)
    words = tuple(told[:at].split()) if at > 0 else ()
    verb = verbs.first_finite(words) if words else -1
    if verb <= 0 or verb != len(words) - 1 or any(w.lower() in ("to", "that") for w in words[:verb]):
        return told  # ("The court ordered the firm to pay": the infinitive's subject is the object)
    subject = words[:verb]
    head = subject[-1]
    plural = head.endswith("s") and not head.endswith("ss") and (head[:1].islower() or len(subject) == 1)
    return " ".join(subject) + (" are" if plural else " is") + told[at:]


_DEFERRED = re.compile(r"\b(?P<verb>adjourn|recess|suspend|halt|interrupt|pause|postpon|delay|defer|put\s+off|pushed\s+back|"
                       r"push\s+back|reschedul|extend|prolong)\w*(?:\s+[^,;.]{1,100}?)?\s+(?P<to>until|till|to|for)\s+(?:the\s+)?$")
"""A verb that stops, puts off or prolongs something, then the date it lasts until ("was
adjourned until March 19", "postponed the vote to May 3", "extended the deadline to
Friday"): the date is when what it moved is next due, not when it was moved."""
_HEAD_ENDS = frozenset("of in on at for from with between among by to over under".split())
"""Prepositions after a noun phrase's head."""
_STOPPED = frozenset("adjourn recess suspend halt interrupt pause".split())
_PROLONGED = frozenset("extend prolong".split())
_DEFERRED_TOLD = re.compile(
    r"^(?P<x>.+?)\s(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen|will\sbe|would\sbe)\s(?:\w+ly\s)?(?P<verb>\w+)(?:\s(?:off|back))?$"
    r"|^(?P<s>.+?)\s(?:has\s|have\s|had\s|will\s|would\s)?(?:\w+ly\s)?(?P<verb2>\w+)(?:\s(?:off|back))?\s(?P<o>(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]ll|[a-z]+s\b).*)$")


def deferred(told: str, text: str, s: int, anchor: TimeExpression) -> str:
    """The title of the date a thing was stopped, put off or prolonged until (`_DEFERRED`):
    what is then due, told as due ("The hearing was adjourned until March 19" -> "The
    hearing is due to resume"; "The board postponed the vote to May 3" -> "The vote is now
    due"; "The deadline was extended to Friday" -> "The deadline now ends"), the thing
    moved being the subject of a passive or the object of an active verb; `told` as it
    was for any other date (or a title of another shape)."""
    found = _DEFERRED.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or (found.group("to") == "for" and found.group("verb") != "reschedul"):
        return told
    shape = _DEFERRED_TOLD.match(told)
    if shape is None:
        return told
    verb = shape.group("verb") or shape.group("verb2")
    stem = found.group("verb").split()[0]
    if not verb.lower().startswith(stem):
        return told
    thing = shape.group("x") or shape.group("o")
    if not thing or verbs.has_finite(thing):
        return told
    words = thing.split()
    ahead = next((k for k, w in enumerate(words) if k and w.lower() in _HEAD_ENDS), len(words))
    head = words[ahead - 1]  # "Talks between the union and the port", "Trading in the shares"
    plural = head.endswith("s") and not head.endswith("ss") and (head[:1].islower() or ahead == 1)
    if stem in _STOPPED:
        due = ("are" if plural else "is") + " due to resume"
    elif stem in _PROLONGED:
        due = "now end" if plural else "now ends"
    else:
        due = ("are" if plural else "is") + " now due"
    return capitalised(thing) + " " + due


_REQUEST = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)\b(?P<verb>" + tense.MANDATIVE_VERB + r")\b"
    r"(?:\s+for)?\s+(?P<np>(?:(?!\b(?:that|to|and|but|or|who|which)\b)[^,;:.!?\"“”]){1,60}?)\s+"
    r"(?P<lead>until|till|by|for)\s+(?:the\s+)?$")
"""A mandative verb (Quirk et al. 1985, ch. 16, verb complementation: verbs of demand, request, proposal and
suggestion, "ask for", "seek", "propose", "demand", "urge", "call for", "press for",
"apply for", "petition for", "recommend") with its noun phrase and the date it is to last
until, be done by or take place on ("asked for a delay until next month", "demanded a pay
rise by June", "sought a hearing for April 9"): the date is the requested thing's, which
may never happen, not the request's."""
_REQUESTED = {"ask": "requested", "request": "requested", "seek": "sought", "sought": "sought", "propos": "proposed",
              "demand": "demanded", "urg": "urged", "call": "called for", "press": "pressed for", "push": "pushed for",
              "appl": "applied for", "petition": "petitioned for", "suggest": "suggested", "recommend": "recommended"}
"""The participle a mandative verb's stem is told with after its object."""
_NEEDS_FOR = frozenset("call press push appl".split())
"""Stems that are mandative only with "for" ("called for a vote", not "called a vote")."""
_AUXILIARY_END = re.compile(r"(?:\s(?:has|have|had|will|would|also|then|again|formally|repeatedly|later|earlier))+$")
_RELATIVE_DATE = re.compile(r"\b(?:next|last|this|coming|following|previous|ago|later|earlier|today|tomorrow|yesterday|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _when(anchor: TimeExpression) -> str:
    """How a title names `anchor` as the end of a requested thing: as written when it
    holds no word relative to the day of writing ("April 9", "the end of the year"), else from its value ("next month" ->
    "April"; "Friday" -> "21 March"), else "then"."""
    if not _RELATIVE_DATE.search(anchor.text):
        return anchor.text  # "April 9", "June", "the end of the year"
    value = anchor.value
    if anchor.precision == "month" and re.fullmatch(r"[0-9]{4}-[0-9]{2}", value):
        return _MONTH_NAMES[int(value[5:]) - 1]
    if anchor.precision == "day" and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return f"{int(value[8:])} {_MONTH_NAMES[int(value[5:7]) - 1]}"
    if anchor.precision == "year" and re.fullmatch(r"[0-9]{4}", value):
        return value
    return "then"


def _asker(told: str, verb: str) -> str:
    """Who asked, from the title `told` of the asking clause: the words before the
    mandative verb `verb`, its auxiliaries dropped, the first word in lower case when it
    is a determiner or a common noun before a lower-case word or none ("the union",
    "lawyers for Okafor", "creditors"; not "Brannock Bau"); "" when there is none or it
    is long or holds a verb."""
    at = told.find(" " + verb + " ")
    if at <= 0:
        return ""
    who = _AUXILIARY_END.sub("", told[:at]).strip()
    if len(who.split()) > 6 or verbs.has_finite(who):
        return ""
    first, *rest = who.split()
    if first in ("The", "A", "An", "Its", "Their", "His", "Her") or (
            first.isalpha() and wordclass.common_word(first) and not wordclass.adjective_only(first)
            and (not rest or rest[0][:1].islower())):
        who = who[:1].lower() + who[1:]
    return who


def requested(told: str, text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date a mandative verb's object is to last until, be done by or take
    place on (`_REQUEST`): the thing requested, told as requested, with who asked when the
    clause names them ("Okafor asked for a delay until next month" -> "A delay until April
    requested by Okafor"; it was titled "Okafor asked for a delay" on April, the asking put
    on the month asked for). `told` as it was for any other date."""
    found = _REQUEST.search(text, max(s, anchor.start - 120), anchor.start)
    if found is None:
        return _requested_act(told, text, s, anchor)
    stem = next(k for k in _REQUESTED if found.group("verb").startswith(k))
    with_for = text[found.end("verb") : found.start("np")].strip() == "for"
    np = found.group("np").strip()
    if stem == "ask" and not with_for and " for " in f" {np} ":
        with_for, np = True, f" {np} ".split(" for ", 1)[1].strip()  # "asked the judge for a delay"
    if (stem in _NEEDS_FOR or stem == "ask") and not with_for:
        return told  # "called a vote for May 3": it is the vote that was called, not asked for
    if not np or verbs.has_finite(np) or len(np.split()) > 8:
        return told
    who = _asker(told, found.group("verb"))
    asked = f"{capitalised(np)} {found.group('lead')} {_when(anchor)} {_REQUESTED[stem]}"
    return asked + (f" by {who}" if who else "")


_REQUEST_TO = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)\b(?P<verb>" + tense.MANDATIVE_VERB + r")\b"
    r"(?:\s+on)?(?P<object>(?:\s+(?!(?:that|for|and|but|or|who|which|to)\b)[^\s,;:.!?\"“”]+){0,6}?)\s+to\s+"
    r"(?P<act>[a-z]{2,})(?P<np>(?:\s+(?!(?:that|and|but|or|who|which)\b)[^\s,;:.!?\"“”]+){0,8}?)\s+"
    r"(?P<lead>until|till|by)\s+(?:the\s+)?$")
"""A mandative verb with an object and a to-infinitive, the infinitive's act to last until
or be done by the date ("asked the court to delay the hearing until May", "urged workers to
return by Monday", "sought to extend the deadline until April"): the mandative
to-infinitive (Quirk et al. 1985, ch. 16, verb complementation: object + to-infinitive
after verbs of request), whose act is still to be done, and may never be."""
_PREPOSITIONS = frozenset("to of on in at for from with into over under".split())


def _requested_act(told: str, text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date a requested act is to last until or be done by (`_REQUEST_TO`):
    the act as a noun (`verbs.act_noun`), told as requested, with who asked when the clause
    names them ("The union asked the court to delay the hearing until May" -> "A delay of
    the hearing until May requested by the union"; it was titled "The union asked the court
    to delay the hearing" on May, the asking put on the month asked for). `told` as it was
    for any other date."""
    found = _REQUEST_TO.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or found.group("act") in STOP or verbs.has_finite(found.group("object") + found.group("np")):
        return told
    stem = next(k for k in _REQUESTED if found.group("verb").startswith(k))
    act = verbs.act_noun(found.group("act"))
    np = found.group("np").strip()
    thing = act + (" " + np if np.split()[:1] and np.split()[0] in _PREPOSITIONS else " of " + np if np else "")
    who = _asker(told, found.group("verb"))
    article = "An" if act[:1] in "aeiou" else "A"
    asked = f"{article} {thing} {found.group('lead')} {_when(anchor)} {_REQUESTED[stem]}"
    return asked + (f" by {who}" if who else "")


_OWNED_AFTER = re.compile(r"['’]s\s")
_INSIDE_HAPPENING = frozenset("at during in on throughout for within".split())
"""Prepositions that place the clause inside the noun's happening ("spoke at Monday's
hearing"): the clause then happened on the noun's date and titles it."""
_ORDERING_LAST = frozenset("before after since until till following despite amid".split())
_ORDERING_PAIRS = (["ahead", "of"], ["prior", "to"], ["spite", "of"], ["run-up", "to"], ["time", "for"])
"""The ends of the prepositions that place a clause before, after or against a happening
(`phrases.dated_noun_phrase`)."""
_PLACE_WORDS = frozenset("outside inside near against between among across through without within along around behind "
                         "beyond upon over under".split())


def possessive_object(told: str, text: str, s: int, e: int, anchor: TimeExpression, names: list[Mention]) -> str:
    """A title whose date owns the object of its clause ("The Russian RTS partly recovered
    from yesterday's fall", "The union appealed Friday's verdict") turned to name what the
    date dates, the object, with the clause as its relative: "The fall that the Russian RTS
    partly recovered from", "The verdict that the union appealed". The clause's own happening
    (the recovery, the appeal) is not on the date. `told` as it was when the date is no
    possessive, owns the subject ("Monday's vote was delayed"), or follows a preposition
    that places the clause inside the noun's happening ("spoke at Monday's hearing")."""
    if not _OWNED_AFTER.match(text, anchor.end):
        return told
    before = [w.lower() for w in text[max(s, anchor.start - 30) : anchor.start].split()]
    if not before or before[-1] in _INSIDE_HAPPENING | DETERMINERS | _ORDERING_LAST or before[-2:] in _ORDERING_PAIRS:
        return told  # "rose ahead of Tuesday's hearing": the clause is placed around the hearing, and titles it
    noun = noun_phrase(["the"] + text[anchor.end + 2 : e].split())[1:]
    noun = noun[: next((k for k, w in enumerate(noun) if w in _PLACE_WORDS), len(noun))]
    if not noun:
        return told
    at = told.find(" the " + " ".join(noun))
    if at < 0 or not verbs.has_finite(told[:at]):
        return told
    clause = told[:at]
    first, _, rest = clause.partition(" ")
    if first in ("The", "A", "An") or not any(text.startswith(first, m.start, m.end) for m in names):
        clause = first.lower() + " " + rest  # "the union", "shares"; a name keeps its capital
    return "The " + " ".join(noun) + " that " + clause


_POSSESSIVE_START = re.compile(r"(?:Its|Their|His|Her)\s")
_NP_START = re.compile(r"(?:The|A|An|Its|Their|His|Her|This|That)\s")


def _thin(phrase: str) -> bool:
    """Whether a dated noun phrase says too little alone to title an event: at most a
    determiner and two words ("The polls", "Its launch") or an owner only a pronoun names
    ("Its debut")."""
    return bool(_NP_START.match(phrase)) and (len(phrase.split()) <= 3 or bool(_POSSESSIVE_START.match(phrase)))


def _names_it(told: str, phrase: str) -> bool:
    """Whether the clause title `told` still holds the dated noun phrase `phrase` whole,
    with more than it: then the clause, which says what happened around the
    happening ("Since its debut 5,700 jets have been delivered"), titles it better."""
    return len(told.split()) > len(phrase.split()) + 1 and f" {phrase.lower()} " in f" {told.lower()} "


def _title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
           anchor: TimeExpression | None = None) -> str:
    """`title` of text[s:e] once the clause is chosen."""
    opening = SUBORDINATE.match(text, s, e)
    comma = text.find(", ", s, e) if opening else -1
    if opening and anchor is not None and comma > 0 and len(text[opening.end() : comma].split()) >= 3:
        # The time clause dates its own happening; the main clause is told after it.
        if anchor.start < comma:
            return title(text, opening.end(), comma, [d for d in dates if opening.end() <= d.start < comma], names)
        if len(text[comma + 2 : e].split()) >= 4:
            return title(text, comma + 2, e, [d for d in dates if comma + 2 <= d.start < e], names)
    cuts: list[tuple[int, int, str]] = []  # (start, end, replacement), relative to s
    for d in dates:
        if d.start == s and not text.startswith(",", d.end) and verbs.first_finite(verbs.words_of(text[d.end : e])[:1]) == 0:
            continue  # the date is the subject: "7/8/07 was chosen as its date"
        if periods.RANKED_BEFORE.search(text, max(s, d.start - 30), d.start):
            continue  # a ranked unit stays: "US stock markets have their best week"
        if _RUN.search(d.text) and _COPULA_END.search(text, max(s, d.start - 12), d.start):
            continue  # the complement stays: "This was the seventh straight day of markets closing lower"
        if d is not anchor and text[max(s, d.start - 5) : d.start].lower() == "than ":
            continue  # the term of a comparison stays: "40 percent lower than a year earlier"
        if d is not anchor and anchor is not None and d.end < anchor.start and _ends_subject_relative(text, s, d, anchor):
            continue  # "The strike that began in March ended": the relative clause stays whole
        if s <= d.start and d.end <= e:
            possessive = text[d.end : d.end + 2] in ("'s", "’s")
            hyphened = _HYPHENED.search(text, max(s, d.start - 6), d.start) if text[d.start - 1 : d.start] == "-" else None
            at = d.start - (len(hyphened.group()) if hyphened else 0)
            lead = _LEAD.search(text[max(s, at - 20) : at])
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
            # "in Sunday's general election" -> "in the general election"
            cuts.append((max(s, start) - s, min(e, end) - s, "the" if possessive else " "))
    pieces, at = [], 0
    for cut_start, cut_end, put in sorted(cuts):
        if cut_start >= at:
            pieces += [text[s + at : s + cut_start], put]
            at = cut_end
    chars = "".join(pieces) + text[s + at : e]
    result = tidy(chars)
    return capitalised(result) if result else " ".join(text[s:e].split()[:TITLE_WORDS])



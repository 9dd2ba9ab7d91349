"""An event's title: a short whole clause, never a sentence cut with an ellipsis.

The sentence stays the event's summary; the title is that sentence without its date
line, its date phrases ("in Sunday's general election" -> "in the general election"),
attributions ("..., he said"), parentheses, asides between commas and a fronted phrase
("Despite ..., "), cut at a phrase boundary to at most `TITLE_WORDS` words. A sentence
that dates two happenings gives each event the clause of its own date. Closed classes of
English only (conjunctions, prepositions, relative words); no topic words.

This module chooses which clause a date titles, in order: what was said (`speech`), an
absolute "with" phrase (`clausebreaks`), a relative or appositive clause (`relatives`), a
subordinate clause (`subordinates`), one of two clauses (`clausebreaks`); the chosen
clause is told by `clausetitle`. A title is then turned to what the date dates: a noun a
possessive date owns (`possessives`), a requested thing (`mandative`), a planned, put off
or superseded one (`plans`); a figure's report and an attribution are `attributions`'.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from ..escaping import printable_line
from . import senses, tense, verbs
from .attributions import as_reported, fronted_document, said_of_earlier
from .clausebreaks import CLAUSE, absolute_title, between_breaks
from .clauses import antecedent, owned, quoted_first, quoted_speaker_relative, subject_before
from .clausetitle import clause_title, plain_title, prepared, span_title
from .conjuncts import coordinated, gapped, gapped_amount, gapped_object
from .mandative import requested
from .participles import born_title, fronted_participle_title, having_clause, issued_aside, participle_aside_title
from .phrases import dated_noun_phrase
from .plans import deferred, infinitive, now_of_contrast, superseded_aside
from .possessives import possessive_in_aside, possessive_object
from .relatives import relative_title, said_relative_title
from .reported import accused_act
from .speech import said_clause
from .subordinates import sequenced_title, subordinate_title
from .titleacts import verb_lemma

_SPEAKING = re.compile(r"\s*(?:Speaking|Talking|Writing|Addressing|Responding|Replying|Testifying|Commenting|Appearing)\s[^,;:]{0,80}?"
                       r"(?:(?:on|in|at|during|late|early)\s+)?(?:the\s+)?")
"""A fronted participle of speaking before its date ("Speaking to reporters on Monday, the
mayor said ..."): its act is the main clause's saying itself (Quirk et al. 1985, 15.58,
supplementive clauses), so the main clause titles the date."""
_TIME_RELATIVE = re.compile(r",\s+(?:when|by\s+which\s+time|at\s+which\s+point|after\s+which)\s")
"""A non-restrictive relative clause whose antecedent is the date before it ("adjourned the
case until Monday, when the defence is expected to call Farrow": the relative adverb
"when" with a time as antecedent, Quirk et al. 1985, ch. 17): it tells what happens at
that date, not the clause's own happening, and once the date is cut it has nothing to
hang on ("The union met, when it voted" before)."""


def title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
          anchor: TimeExpression | None = None) -> str:
    """`_told_title` without the characters a one-line field may not hold (bidirectional
    overrides and isolates, controls: `escaping.CONTROLS`; "Trojan Source"): the source's
    paragraph keeps its exact text, the title shows as written. A coreferent date ("its
    date", "which": `corefer`) is words of the clause, not a date phrase to drop. With no
    `anchor`, the span as it stands (`clausetitle.plain_title`)."""
    if anchor is None:
        return plain_title(text, s, e, dates, names)
    s, dates = prepared(text, s, e, dates)
    relative = _TIME_RELATIVE.match(text, anchor.end, e)
    if relative and relative.group().strip(", ").startswith("when") and text[max(s, anchor.start - 7) : anchor.start].rstrip().endswith("since"):
        # "has been held since March 22, when a court ordered it detained": the date is the
        # state's start and the when-clause's time; the when-clause is what happened then
        return printable_line(span_title(text, relative.end(), e, dates, names))
    if relative:
        e = anchor.end  # the date's own relative clause ends the title's clause with the date it hangs on
    told = _told_title(text, s, e, dates, names, anchor)
    told = _registered_case(now_of_contrast(told, text, s, e, anchor), names, s, e)
    return told if told.isprintable() else printable_line(told)


def _told_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                anchor: TimeExpression) -> str:
    """A short whole clause for the event in text[s:e]: the dateline, date phrases,
    attributions, parentheses and side clauses removed, then cut at a phrase boundary
    so that it has at most `TITLE_WORDS` words. Never an ellipsis. The clause told is
    the one that holds `anchor` (the event's date), not the sentence's main clause when
    the date sits in what was said, a relative or subordinate clause, or the second of
    two clauses (`_clause_title`)."""
    born = born_title(text, s, anchor) or participle_aside_title(text, s, e, anchor) or fronted_participle_title(text, s, e, anchor)
    if born:
        return born  # "The Athlete, Mr X, born on 2 February 1998, is ...": "Mr X was born"
    speaking = _SPEAKING.fullmatch(text, s, anchor.start)
    comma = text.find(", ", anchor.end, e) if speaking else -1
    if speaking and comma >= 0 and not verbs.words_of(text[anchor.end : comma]):
        return plain_title(text, comma + 2, e, [d for d in dates if d.start > comma], names)  # "Speaking to reporters on Monday, the mayor said ..."
    issued = issued_aside(text, s, e, anchor)
    if issued is not None:
        # "A report by X, presented to the cabinet on Tuesday, found cracks": the main clause, the aside blanked
        blanked = text[: issued[0]] + " " * (issued[1] - issued[0]) + text[issued[1] :]
        return clause_title(blanked, s, e, [d for d in dates if not issued[0] <= d.start < issued[1]], names)
    quoted = quoted_first(text, s, e, anchor) if text[s : s + 3].lstrip()[:1] in "\"“‘'" else ""
    if quoted:
        return quoted
    described = quoted_speaker_relative(text, s, e, anchor) if text[s : s + 3].lstrip()[:1] in "\"“‘'" else None
    if described is not None:
        return span_title(text, described[1], e, dates, names, described[0], anchor)  # "Ray Lund invested $60,000"
    phrase = dated_noun_phrase(text, s, e, anchor, after=True)
    if phrase and not _thin(phrase):
        return phrase  # the date dates the noun phrase, not the clause around it
    aside = possessive_in_aside(text, s, e, anchor) or superseded_aside(text, s, e, anchor)
    if aside:
        return aside
    having = having_clause(text, s, e, anchor)
    subject = subject_before(text, s, e) if having is not None else ""
    if having is not None and subject:
        # "Ryanair is the most profitable airline, having reported record profits of $269m earlier
        # this year": the participle's happening, told with the main clause's subject
        return span_title(text, having[0], having[1], dates, names, subject)
    told = (as_reported(text, s, anchor) or said_of_earlier(text, s, e, names, anchor)
            or fronted_document(text, s, e, dates, names, anchor)
            or gapped(text, s, e, dates, names, anchor, title)
            or gapped_amount(text, s, e, dates, names, anchor, title)
            or gapped_object(text, s, e, dates, names, anchor, clause_title)
            or coordinated(text, s, e, dates, names, anchor, title, clause_title)
            or accused_act(text, s, e, dates, names, anchor, clause_title, CLAUSE)
            or _clause_title(text, s, e, dates, names, anchor)
            or clause_title(text, s, e, dates, names, anchor))
    thin = phrase or (told if _thin(told) and len(told.split()) <= 3 and not verbs.has_finite(told) else "")
    if thin and not _names_it(told, thin):
        whole = clause_title(text, s, e, dates, names, anchor)  # the main clause, the phrase in it
        return whole if _names_it(whole, thin) else owned(text, s, anchor.start, thin, names)
    told = possessive_object(told, text, s, e, anchor, names)
    asked = requested(told, text, s, anchor)
    return infinitive(asked if asked != told else deferred(told, text, s, anchor), text, s, dates, anchor)


def _clause_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                  anchor: TimeExpression) -> str:
    """The title of the clause of text[s:e] that holds `anchor`, or "" when the clause is
    the whole sentence: what was said after a reporting verb ("X said the union would hold
    a rally on Saturday" -> "The union would hold a rally"), a relative clause ("the
    walkout, which began last Wednesday" -> "The walkout began"), a subordinate clause
    ("since Cambodia returned to democracy in 1998"), one of two clauses joined by "and"
    ("met Vogt on Monday and will meet her again on Thursday")."""
    across = said_relative_title(text, s, e, anchor)
    if across is not None:
        return across
    said = said_clause(text, s, e, dates, names, anchor, _clause_title)
    if said is not None:
        return said
    absolute = absolute_title(text, s, e, dates, names, anchor)
    if absolute is not None:
        return absolute
    described = _described_subject(text, s, e, dates, names, anchor)
    if described:
        return described
    relative = relative_title(text, s, e, dates, names, anchor)
    if relative is not None:
        return relative
    sequenced = sequenced_title(text, s, e, dates, names, anchor)
    if sequenced is not None:
        return sequenced
    subordinate = None if _preposition_in_subject(text, s, anchor) else subordinate_title(text, s, e, dates, names, anchor)
    if subordinate is not None and not _part_of_the_day(subordinate, text, s, anchor):
        return subordinate
    return between_breaks(text, s, e, dates, names, anchor)


_PRESENT_RELATIVE = re.compile(r"\s(?:that|which|who)\s(?P<verb>[a-z]+s)\s")
_FORWARD = frozenset("next coming later upcoming tomorrow".split())


def _described_subject(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                       anchor: TimeExpression) -> str:
    """The main clause's title when the date stands between a subject that holds a
    present-tense relative clause and the main clause's past verb ("The body that sets the
    exam on Tuesday cancelled 212 results" -> "The body that sets the exam cancelled 212
    results"), else "". A simple present in a restrictive relative tells what the noun
    habitually is (Quirk et al. 1985, ch. 4, the habitual present; ch. 17, the restrictive
    relative), and a past date cannot date it; the past verb right after the date is the
    one finite verb the subject still needs (ch. 3). A forward date ("a lease that expires
    next year was sold") is the timetable present's, and stays the relative's. The
    relative is kept when the title has room for it, else the subject's head alone
    ("The body cancelled the results of 212 candidates")."""
    rel = _PRESENT_RELATIVE.search(text, s, anchor.start)
    if rel is None or rel.start() - s > 60 or verbs.has_finite(text[s : rel.start()]) or _FORWARD.intersection(anchor.text.lower().split()):
        return ""
    verb = rel.group("verb")
    if verb.endswith(("ss", "us", "is")) or not senses.verb_synsets(verb_lemma(verb)) or verbs.has_finite(text[rel.end() : anchor.start]):
        return ""
    after = verbs.words_of(text[anchor.end : e])
    if not after or not after[0][:1].islower() or not tense.is_past(list(after), 0) or after[0] in verbs.FINITE_AUX:
        return ""
    whole = clause_title(text, s, e, dates, names, anchor)
    head = antecedent(text, s, rel.start())
    short = span_title(text, anchor.end, e, dates, names, head) if head else whole
    return whole if whole.split()[-1:] == short.split()[-1:] else short


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


_TIME_WORD = re.compile(r"\s(?:before|after|since|until)\s")


def _preposition_in_subject(text: str, s: int, anchor: TimeExpression) -> bool:
    """Whether a "before"/"after"/"since"/"until" before `anchor` follows a subject with no
    verb yet ("A first hearing before Judge X is scheduled for Thursday"): it is then a
    preposition inside the subject, not a subordinator, for a clause needs its verb
    (Quirk et al. 1985, ch. 9, prepositions beside subordinators, and ch. 3)."""
    mt = _TIME_WORD.search(text, s, anchor.start)
    if mt is None or mt.start() - s < 3 or text[s : s + 8].split(" ", 1)[0].lower() in ("before", "after", "since", "until"):
        return False
    head = text[s : mt.start()]
    return "," not in head and not verbs.has_finite(head) and verbs.has_finite(text[mt.end() : anchor.start])


def _part_of_the_day(told: str, text: str, s: int, anchor: TimeExpression) -> bool:
    """Whether `told` is only the part of the day that leads the date in ("since [the early
    hours] of last Monday"): a part of its date (TIDES' part-of-day values), no happening."""
    return not verbs.has_finite(told) and " ".join(text[s : anchor.start].split()).lower().endswith(f"{told.lower()} of")


_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){1,3}")


def _registered_case(told: str, names: list[Mention], s: int, e: int) -> str:
    """`told` with a name of two to four words written in capitals ("SELIN AYDIN pleaded
    guilty", a press release's way of naming defendants) in the case names are written in
    ("Selin Aydin"): the title is read beside the other sources' titles (AP Stylebook,
    "capitalization": proper nouns capitalised, not written in capitals). Only a name the
    sentence names (a mention of the entity); a single word in capitals may be an
    initialism ("NATO") and stays."""
    for m in names:
        if s <= m.start < e and m.text in told and _CAPITALS_NAME.fullmatch(m.text):
            told = told.replace(m.text, " ".join(w[:1] + w[1:].lower() for w in m.text.split()))
    return told

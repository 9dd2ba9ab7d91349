"""Dates of attributions: a figure's source, and a saying of what happened earlier.

A comment clause of source after a figure ("12.5 million euros as this newspaper reported
on 11 March", Quirk et al. 1985, ch. 15) dates the report of that figure
(`as_reported`: "This newspaper reported 12.5 million euros"). A closing attribution (",
the administrator said on Wednesday") after what was said that is anchored elsewhere (its
own time clause: "owed 15.2 million euros when it collapsed") or corrects a figure (",
not 12.5 million") dates the saying, told with what was said (`said_of_earlier`), not the
debt or the collapse. Closed classes of English only; no topic words.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from . import verbs, wordclass
from .clausetitle import plain_title
from .namewords import demonym_of
from .phrases import TITLE_WORDS, capitalised, cut

_AS_REPORTED = re.compile(
    r"(?P<np>(?:[$€£¥]\s?)?[0-9][0-9.,]*%?(?:\s(?!as\b)[a-z][\w-]*){0,3})\s+as\s+(?:[^,;]{0,60}?\s+and\s+as\s+)?"
    r"(?P<subject>(?:the|this|that|its|their|his|her|[A-Z][\w’'&.-]*)(?:\s[\w’'&.-]+){0,3}?)\s"
    r"(?P<verb>said|reported|stated|estimated|announced|claimed|forecast|predicted|expected|put\sit|had\s[a-z]+ed|[a-z]+ed)"
    r"\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A figure and a comment clause of source after it ("12.5 million euros as this newspaper
reported on 11 March", Quirk et al. 1985 ch. 15, the subordinate clause: "as" standing for the figure in
the clause): the clause's date is the report's, of that figure."""
ATTRIBUTED_DATE = re.compile(
    r",\s(?P<speaker>(?:[\w’'&.-]+\s){0,5}?[\w’'&.-]+)(?:\s\([A-Z][\w’'&.-]{0,11}\))?\s(?:said|says|told\s\w+|added|announced|stated)"
    r"\s+(?:(?:on|in|at)\s+)?$")
"""A closing attribution right before its date (", the administrator said on Wednesday"), the
speaker's abbreviation in brackets after its name at most (", the Athletics Integrity Unit
(AIU) said on Friday": a name's short form given at its first use, Chicago ch. 10)."""
_TIME_CLAUSE = re.compile(r"\s(?:when|after|before|since|until|once)\s(?=(?:it|they|he|she|the|its|their|[A-Z])\b)|,\s(?:and\s)?not\s")
_DETERMINERS = frozenset("the a an its their his her".split())
NOT_APPENDED = re.compile(r",\s(?:and\s)?not\s")
"""A negated contrastive appendage after a comma (", not 12.5 million euros", Quirk et al.
1985, ch. 13: "not" coordination): it is the main clause's, so a clause before it has ended."""


def as_reported(text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date in a comment clause of source after a figure (`_AS_REPORTED`):
    who reported it, the verb, the figure ("This newspaper reported 12.5 million euros";
    it was the clause around it, "It collapsed, not 12.5 million euros"). "" otherwise."""
    found = _AS_REPORTED.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or verbs.has_finite(found.group("np")):
        return ""
    return f"{capitalised(found.group('subject'))} {found.group('verb')} {found.group('np')}"


_REPORT_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
"""A participle clause after the closing attribution's date (", confirming a report over the
weekend"): the saying's own, no clause of what was said."""
_BETWEEN_PERFECT = frozenset("also already now just not recently since still yet".split())


def present_perfect(clause: str) -> bool:
    """Whether the first finite verb of `clause` is `has`/`have` before a past participle
    ("Harlow has made an offer", "The firm has also been charged"; not "has to announce" or
    "has 300 staff"): the present perfect, which takes no definite time adverbial of the
    past (Quirk et al. 1985, ch. 4, the present perfective: *"has made an offer on Monday"),
    so a date in the attribution after it is the saying's (Reichenbach's reference time is
    the report's)."""
    words = [w.lower() for w in verbs.words_of(clause)]
    first = verbs.first_finite(tuple(words))
    if first < 0 or words[first] not in ("has", "have", "'ve", "’ve"):
        return False
    k = first + 1
    while k < len(words) and words[k] in _BETWEEN_PERFECT:
        k += 1
    following = words[k] if k < len(words) else ""
    return following == "been" or following in verbs.PARTICIPLES or (following.endswith("ed") and len(following) > 4)


def said_of_earlier(text: str, s: int, e: int, names: list[Mention], anchor: TimeExpression) -> str:
    """The title of the date of a closing attribution (", the administrator said on
    Wednesday") when what was said is anchored elsewhere (a time clause of its own: "owed
    15.2 million euros when it collapsed"), corrects a figure (", not 12.5 million") or is
    in the present perfect (`present_perfect`: "Harlow has made an offer for the group, its
    chairman said on Monday"): the saying, with what was said up to there ("The firm's
    provisional administrator said Brannock Bau owed 15.2 million euros", "Its chairman
    said Harlow has made an offer for the group"); what was said alone would put the debt,
    the collapse or the offer on the day of the saying. A participle clause may follow the
    date (", confirming a report"). "" for any other date (", the company said on Friday"
    after a past: the report's date is most often the act's too)."""
    rest = text[anchor.end : e].strip(" .!?\"”’'")
    if rest and not _REPORT_PARTICIPLE.match(text, anchor.end, e):
        return ""
    found = ATTRIBUTED_DATE.search(text, max(s, anchor.start - 60), anchor.start)
    if found is None or verbs.has_finite(found.group("speaker")):
        return ""
    said = _TIME_CLAUSE.search(text, s, found.start())
    if said is None:
        from .opening import dateline  # opening reads dates, which reads titles: imported here

        s += dateline(text[s : found.start()])[0]  # "LONDON, 12 May (Reuters) - ": the source's, not what was said
        if not present_perfect(text[s : found.start()]):
            return ""
    content = plain_title(text, s, said.start() if said else found.start(), [], names)
    if len(content.split()) < 3:
        return ""
    speaker = found.group("speaker")
    if speaker.split()[0] in ("The", "A", "An", "Its", "Their", "His", "Her"):
        speaker = speaker[:1].lower() + speaker[1:]
    first, *following = content.split()
    named = any(text.startswith(first, m.start) for m in names)
    if not named and (first in ("The", "A", "An", "Its", "Their", "His", "Her", "It", "They") or (
            following and following[0][:1].islower() and wordclass.common_word(first) and not demonym_of(first))):
        content = content[:1].lower() + content[1:]  # "Private equity firm X has agreed": a common word, capitalised as the sentence's first
    words = f"{capitalised(speaker)} said {content}".split()
    if len(words) > TITLE_WORDS + 2 and len(speaker.split()) > 3 and speaker.split()[0].lower() in _DETERMINERS:
        # "the bankrupt department store chain said": its determiner and head noun say who
        # ("The chain said"), leaving room for what was said (Quirk et al. 1985, ch. 17: the head of the noun phrase)
        speaker = f"{speaker.split()[0]} {speaker.split()[-1]}"
        words = f"{capitalised(speaker)} said {content}".split()
    return " ".join(words if len(words) <= TITLE_WORDS + 2 else cut(words))


_FRONTED_DOCUMENT = re.compile(
    r"\s*(?:In|Through|With)\s(?:a|an|its|their|his|her|the)\s(?:[\w’'-]+\s){0,3}?"
    r"(?:[a-z]+ed|issued|made|sent|given|written|shown|seen)\s+(?:(?:to|before)\s(?:[\w’'-]+\s){1,3}?)?"
    r"(?:(?:on|in|at|during|late|early)\s+)?(?:the\s+)?$")
"""A fronted phrase naming the document or speech that carries what the sentence says, a
participle dating it ("In an interim report published on Thursday, the Directorate said",
"In a letter sent to MPs on Friday, the minister wrote"): the date is the saying's (the
document's issue is the act of saying it; Quirk et al. 1985, 8.79, adjuncts of means
fronted), not a happening of the phrase's own."""


def fronted_document(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                     anchor: TimeExpression) -> str:
    """The title of the main clause when `anchor` ends a `_FRONTED_DOCUMENT` phrase that the
    sentence's first comma closes and a clause with a finite verb follows ("The union said
    its members would strike"); "" otherwise."""
    if not _FRONTED_DOCUMENT.fullmatch(text, s, anchor.start):
        return ""
    comma = text.find(",", anchor.end, e)
    if comma < 0 or verbs.words_of(text[anchor.end : comma]) or not verbs.has_finite(text[comma + 1 : e]):
        return ""
    return plain_title(text, comma + 1, e, [d for d in dates if d.start > comma], names)

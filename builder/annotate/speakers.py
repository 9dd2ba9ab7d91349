"""Who said a quotation: the speaker a reporting verb next to it names ("…," X said; X
said "…"; said X; X told AFP "…"; "…," the ORG's TITLE, NAME, said), a sentence's subject
that speaks, or a body's spokesperson. Part of `quotes`, which finds the quotations."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from . import antecedents, genders, pronouns
from .namewords import TITLES
from .reporting import (
    FRAMED,
    IT_SAYS,
    PRONOUN_SAYS,
    PRONOUN_SUBJECT,
    SPEAKING_KINDS,
    VERBS,
    WITH_SUBJECT,
    reports,
)


def people_of(mentions: tuple[Mention, ...], entities: dict[str, Entity]) -> list[Mention]:
    """The mentions of people, in text order."""
    return [m for m in mentions if entities.get(m.entity) and entities[m.entity].kind == "person"]


class Names:
    """A source's names for attribution: the people's mentions in text order with their
    starts and ends (each quotation takes a slice by bisection: filtering all of them for
    every quote cost time quadratic in the source's length), and all mentions alike."""

    def __init__(self, mentions: tuple[Mention, ...], entities: dict[str, Entity], text: str = "") -> None:
        self.entities = entities
        self.people = people_of(mentions, entities)
        self.text = text
        self.known = genders.cues(text, self.people, entities) if text else {}
        """The genders the source tells of its people (`genders.cues`)."""
        self.starts = [m.start for m in self.people]
        self.ends = [m.end for m in self.people]
        self.every = mentions
        self.every_starts = [m.start for m in mentions]

    def within(self, start: int, end: int) -> Sequence[Mention]:
        """Every mention starting in [start, end), in text order."""
        return self.every[bisect_left(self.every_starts, start) : bisect_left(self.every_starts, end)]


_PARENTHETICAL = re.compile(r"(?:[’']s?)?\s*,\s*[^,;:.!?“”\"()\s][^,;:.!?“”\"()]{0,80}")
"""What follows a name when it opens a comma-delimited parenthetical, a relative clause or
an apposition, that names someone else ("Okafor, who represents Dietrich Brannock, said";
"Okafor, the lawyer for Dietrich Brannock, said"): the subject of the verb after the
closing comma is the name before the opening one (English punctuation of non-restrictive
modifiers)."""
_CLOSED = re.compile(r"(?:[’']s?)?[^,;:.!?“”\"]{0,60},")
"""The rest of a parenthetical after a name inside it, up to its closing comma."""
_HONORIFIC_END = re.compile(r"\b([A-Z][a-z]{1,4})\.\s*$")


def window(text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int) -> tuple[int, int]:
    """Start of the sentence the quote opens in, end of the one it closes in."""
    s_start = next((s for s, e in spans if s <= qs < e), spans[0][0])
    s_end = next((e for s, e in spans if s < qe <= e), max(qe, end))
    # "Who will pay?" Ilse Varga asked.  The question mark ended a sentence; the short
    # reporting clause after it is still the quotation's attribution.
    after = next(((s, e) for s, e in spans if s >= qe), None)
    if s_end <= qe and after and _TRAILING_ATTRIBUTION.fullmatch(text, qe, after[1]):
        s_end = after[1]
    return s_start, max(s_end, qe)


_APPOSED_GAP = re.compile(
    r"[\s,.’'”\"]*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.’'-]*[’']s?)\s+[^,.;:!?“”\"()]{1,60},\s*")
"""Between a quotation and a name in apposition: a noun phrase opened by a determiner or
a genitive ("the AIU's head of case management, "; "the union's general secretary, ")
and the comma that sets the name off (Quirk et al. 1985, ch. 17, apposition; the wire's
commonest attribution)."""
_APPOSED_TAIL = re.compile(r"[’']?s?\s*,\s*(?:(?:also|later|then|again|\w+ly)\s+)?" + VERBS)
"""After the apposed name: its closing comma and the reporting verb ("…, said")."""


_TRAILING_ATTRIBUTION = re.compile(r"\s*(?:[\w.’'-]+\s+){0,5}?" + VERBS + r"(?:\s+[\w.’'-]+){0,6}[.!?]?\s*")
"""A sentence that is only a reporting clause: "Ilse Varga asked.", "said the judge, Helena Vos." """


_OWN_REPORT = re.compile(VERBS + r"|\b(?:the|a|an|this|that|his|her|its|their)\s+[\w’'-]+\s+(?:reads?|went|goes|ran|runs)\b")
"""A reporting clause of its own between a quotation and "according to": "the letter
said", "the note read", "the message went": the quotation is the document's words."""


def attribute(
    text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, names: Names,
    previous: tuple[int, int] | None, voiced: tuple[int, int, str] | None = None,
) -> str:
    """The speaker named by a reporting verb in the quote's sentence, or "". `previous`:
    the last sentence of the paragraph before (the sentence before the quote's when the
    quote's opens its paragraph); `voiced`: the last attributed quotation (start, end,
    speaker). A name inside a fronted adverbial ("Under cross-examination by Julian
    Brack KC, she said") is not the subject of the main clause's verb
    (`pronouns.clause_start`)."""
    s_start, s_end = window(text, spans, end, qs, qe)
    people, starts, ends = names.people, names.starts, names.ends
    after_people = people[bisect_left(starts, qe) : bisect_left(starts, s_end)]
    c_start = pronouns.clause_start(text, s_start, qs)
    if not text[c_start:qs].strip():
        c_start = s_start  # "As Vos said, "…"": the adverbial is the reporting clause
    before_people = people[bisect_left(starts, c_start) : max(bisect_left(starts, c_start), bisect_right(ends, qs))]
    # "…," X said  /  "…," said X  /  "…," X told AFP
    if after_people:
        m = after_people[0]
        gap = text[qe : m.start]
        # an abbreviated title before the name ("said Ms. Jane Rowe") is part of the gap
        title = _HONORIFIC_END.search(gap)
        if title and title.group(1).lower() in TITLES:
            gap = gap[: title.start()] + " "
        tail = text[m.end : s_end]
        # "…," said X; "…," said the union's general secretary, X (a role in apposition)
        if re.fullmatch(r"[\s,.]*" + VERBS + r"\s*(?:[\w’' -]{0,60}?(?:,\s*|\s))?", gap):
            return m.entity
        # (a title before the name, its initialisms' full stops too: "…," Assistant U.S.
        # Attorney Daniel Cho said)
        if re.fullmatch(r"[\s,.]*(?:(?:[\w’' -]|(?<=\b[A-Z])\.){0,30}\s)?", gap) and re.match(
            r"[’']?s?\s*(?:,[^,.“\"]{0,60},)?\s*(?:\w+\s)?" + VERBS, tail
        ):
            return m.entity
        according = re.search(r"according to\s+(?:[\w’' -]{0,50}\s)?$", gap)
        if according and not _OWN_REPORT.search(gap, 0, according.start()):
            # "…," according to X; "a “big blow” and leaves the party “shaken”, according to
            # X"; not "…," the note read, according to X: the note's words, X its reader
            return m.entity
        # "…," the AIU's head of case management, Pieter van der Berg, said: a noun
        # phrase and the name in apposition to it, the subject of the verb after both
        if _APPOSED_GAP.fullmatch(gap) and _APPOSED_TAIL.match(tail):
            return m.entity
    # X said "…"  /  X told AFP: "…"  /  X called the walkout "…"  /  X accused Y of "…"
    if before_people:
        m = before_people[-1]
        for subject in dict.fromkeys((_outer_subject(text, before_people, m), m)):
            if pronouns.modifies_head(text, c_start, subject):
                continue  # "The father of X, …, said"; "Y, X's solicitors, said": X is no subject
            gap = text[subject.end : qs]
            if len(gap) < 200 and (re.search(VERBS, gap) or FRAMED.match(gap)) and not (
                    PRONOUN_SAYS.search(gap) or WITH_SUBJECT.search(gap)):
                return subject.entity
    # "…," he said  /  He said it would take "…": the subject of the sentence before, or
    # the last person named, when the pronoun can stand for them (`pronouns`)
    said = re.match(r"[\s,.]*(he|she)\s+" + VERBS, text[qe:s_end], re.I) or PRONOUN_SAYS.search(
        text[s_start:qs]) or PRONOUN_SUBJECT.match(text[c_start:qs])
    if said:
        named = _subject_before(text, spans, s_start, previous, names)
        before = _sentence_before(spans, s_start, previous)
        if voiced and before and voiced[0] < before[1] and before[0] < voiced[1] and (
                named is None or voiced[0] <= named.start < voiced[1]):
            # the sentence before holds a quotation and no subject outside it: its speaker
            # is the centre ("«…» She added that …"), not a name inside the quoted words
            return voiced[2] if pronouns.allows(said.group(1), names.entities[voiced[2]], names.known) else ""
        last = bisect_right(ends, qs)
        return pronouns.speaker(said.group(1), named, people[max(0, last - 8) : last], names.entities, names.known, text)
    return ""


def subject_speaks(
    text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, names: Names,
    previous: tuple[int, int] | None,
) -> str:
    """A body named as the subject of a reporting verb right after the quotation ("…," said
    Kestrel Yards; "…," the court ruled: people are `_attribute`'s), or the subject of the
    quote's sentence, when the quotation completes its reporting or framing verb (`FRAMED`)
    or a participle clause after its clause (`PARTICIPLE`): a person or a body named as the
    subject ("SATU said the offer was still "…""; "The
    Employment Minister, Dafydd Prys-Jones, on Wednesday referred the strike to the court,
    saying the dispute was "…""; "The court ruled that the offer had "…""), or the body
    that a generic noun phrase opening the sentence ("The company said …") or the pronoun
    "it" of a relative clause ("The company has offered 3.5%, which it says is "…"")
    stands for (`antecedents.subject_body`, read only); "it" as the subject of a reporting
    verb that opens the sentence or follows the quotation ("It said …"; "…," it said), the
    body that is the subject of the sentence before (`previous`: the last sentence of the
    paragraph before; "it" stands for no person, Quirk et al. 1985, ch. 6, pronouns and
    numerals). "" when the sentence has no such subject, or someone else's reporting
    clause stands between (a person's pronoun)."""
    s_start, s_end = window(text, spans, end, qs, qe)
    after = next(iter(names.within(qe, s_end)), None)
    if after is not None and names.entities[after.entity].kind in SPEAKING_KINDS and (
            re.fullmatch(r"[\s,.’'”\"]*" + VERBS + r"\s+(?:the\s+)?", text[qe : after.start])
            or (re.fullmatch(r"[\s,.’'”\"]*(?:the\s+)?", text[qe : after.start], re.I)
                and re.match(r"\s+(?:\w+ly\s+)?" + VERBS, text[after.end : s_end]))):
        return after.entity  # "…," said Kestrel Yards  /  "…," the Central Arbitration Court ruled
    generic = re.match(r"[\s,.’'”\"]*(?=[Tt]he\s+[a-z]+\s+(?:\w+ly\s+)?" + VERBS + r")", text[qe:s_end])
    if generic:
        # "…," the company said  /  "…," the union said in a statement: the body of that kind
        # the story names before it, the most named for "the company" (`antecedents.subject_body`)
        at = qe + generic.end()
        found = antecedents.subject_body(text, at, at, names.within(s_start - _RECENT, s_end), names.entities)
        if found:
            return found
    subject = pronouns.sentence_subject(text, s_start, qs, names.within(s_start, qs))
    if subject is not None:
        kind = names.entities[subject.entity].kind
        if kind in SPEAKING_KINDS and reports(text, subject.end, qs) or (
                kind in ("organisation", "party") and IT_SAYS.search(text, subject.end, qs)):
            return subject.entity
        return ""
    c_start = pronouns.clause_start(text, s_start, qs)  # "In a statement, the company said"
    phrase = re.match(r"\s*[Tt]he\s+[a-z]+\b", text[c_start:qs])
    if (phrase and reports(text, c_start + phrase.end(), qs)) or IT_SAYS.search(text, s_start, qs):
        found = antecedents.subject_body(text, c_start, qs, names.within(s_start - _RECENT, s_end), names.entities)
        if any(m.entity != found and names.entities[m.entity].kind in ("organisation", "party")
               for m in names.within(s_start, c_start)):
            return ""  # "In a statement on the Airbus website, the company said": which company is not sure
        if found or not IT_SAYS.match(text, s_start):
            return found
    elif not re.match(r"[\s,.]*it\s+" + VERBS, text[qe:s_end], re.I):
        return ""
    # "It said …"  /  "…," it said: the body that is the subject of the sentence before
    named = _subject_before(text, spans, s_start, previous, names)
    return named.entity if named is not None and names.entities[named.entity].kind in ("organisation", "party") else ""


def _subject_before(
    text: str, spans: Sequence[tuple[int, int]], s_start: int, previous: tuple[int, int] | None, names: Names,
) -> Mention | None:
    """The name that is the subject of the sentence before the one at `s_start`
    (`pronouns.sentence_subject`): in the paragraph (`spans`), or `previous`, the last
    sentence of the paragraph before; None when it has none."""
    before = _sentence_before(spans, s_start, previous)
    return pronouns.sentence_subject(text, *before, names.within(*before)) if before else None


def _sentence_before(
    spans: Sequence[tuple[int, int]], s_start: int, previous: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The sentence before the one at `s_start`: in the paragraph (`spans`), or `previous`."""
    return next((sp for sp in reversed(spans) if sp[1] <= s_start), None) or previous


_RECENT = 3000
"""How far back (characters, about five news paragraphs) the bodies named before a generic
noun phrase or "it" are looked for: the salience `antecedents.subject_body` ranks is the
recent text's, and all the source's names for every quotation cost time quadratic in the
source's length."""


def _outer_subject(text: str, before: Sequence[Mention], m: Mention) -> Mention:
    """The subject of a verb after `m`: `m` itself, or, when `m` sits inside a
    parenthetical set off by commas after an earlier name ("Okafor, the lawyer for
    Brannock, said"), that earlier name (`_PARENTHETICAL`, `_CLOSED`)."""
    if not _CLOSED.match(text, m.end):
        return m
    for p in reversed(before[:-1]):
        if _PARENTHETICAL.fullmatch(text, p.end, m.start):
            return p
    return m


_ROLE = r"(?:spokes(?:man|woman|person|people)|representative)"
_ROLE_FOR = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s+" + _ROLE + r"\s+for\s+(?:the\s+)?$")
"""Before a body's name: "a spokeswoman for X", "the spokesman for the X"."""
_ROLE_SAID = re.compile(r"[\s,.’'”\"]*(?:an?|the)\s+(" + _ROLE + r")\s+(?:for\s+(?:the\s+)?)?")
"""After a quotation: "…," a spokesman for X said / "…," the spokesman said."""


def spokesperson(
    text: str, spans: Sequence[tuple[int, int]], start: int, end: int, qs: int, qe: int, bodies: Sequence[Mention],
) -> str:
    """The organisation or party whose spokesperson speaks the quotation, or "": "…," a
    spokesman for X said; A spokeswoman for X said "…"; "…," the spokesman said after "A
    spokesman for X said …" earlier in the paragraph (`start`, `end`). The words are the
    body's, through its spokesperson (English news usage for a body's voice)."""
    s_start, s_end = window(text, spans, end, qs, qe)
    role = _ROLE_SAID.match(text, qe, s_end)
    if role and re.match(r"(?:[\w’' -]{0,60}?\s)?" + VERBS, text[role.end() : s_end]):
        named = next((m for m in bodies if m.start == role.end()), None)
        if named:
            return named.entity  # "…," a spokesman for X said
        if role.group(0).lower().lstrip(" ,.’'”\"").startswith("the"):
            earlier = [m for m in bodies if start <= m.start < qs and _ROLE_FOR.search(text, max(start, m.start - 40), m.start)
                       and role.group(1) in text[max(start, m.start - 40) : m.start]]
            if earlier:
                return earlier[-1].entity  # "…," the spokesman said: the one named before
    before = [m for m in bodies if s_start <= m.start < qs and _ROLE_FOR.search(text, max(s_start, m.start - 40), m.start)]
    if before and len(text[before[-1].end : qs]) < 200 and (
            re.search(VERBS, text[before[-1].end : qs]) or FRAMED.match(text, before[-1].end, qs)):
        return before[-1].entity  # A spokeswoman for X said "…"
    return ""

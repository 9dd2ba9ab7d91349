"""Attributed quotations in one source.

Heuristics over the text and its mentions, no model: a quotation is attributed by the
reporting verb next to it ("…," X said; X said "…"; said X; X told AFP "…"; according
to X), by "he" or "she" to the person it can stand for (`pronouns`: the subject of the
sentence before, else the last person named; none when neither can be meant), or by
continuing the previous paragraph's quote, or by a paragraph before that ends in a
reporting clause and a colon ("X said:"); in double marks of any family or in single
marks. A short quoted fragment counts when a speaker's reporting verb reports the clause
it sits in (X said the council had "cooperated fully").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..annotation import Mention, Quote
from ..model import Entity, Source
from . import antecedents, pronouns, transcript, verbs
from .namewords import TITLES
from .reporting import (
    FRAMED,
    INTRO,
    INTRODUCES,
    IT_SAYS,
    PRONOUN_SAYS,
    PRONOUN_SUBJECT,
    SPEAKING_KINDS,
    VERBS,
    WITH_SUBJECT,
    reports,
)

OPENING = "“\"„«‹»‟"
"""Marks that open a quotation: curly, straight, low-high, guillemets either way."""
CLOSING = "”\"“»›«"
"""Marks that close one. Any opening mark pairs with the first closing mark after it
(“…" opened curly and closed straight is one quotation); a quotation may run over line
breaks inside its paragraph, and one left open continues in the next paragraph."""
_MARKS = re.escape("".join(sorted(set(OPENING + CLOSING))))
_QUOTE = re.compile(rf"[{re.escape(OPENING)}]([^{_MARKS}]*)([{re.escape(CLOSING)}]|$)")
# A quotation in single marks ('…,' said X; ‘…’): opened at a word's start, closed after
# the speech's own punctuation ("open,'") or just before it ("open', he said"); an
# apostrophe inside a word ("union's", "don't") is no mark. Scare quotes ('green'
# jobs) have neither, and are left alone.
_SINGLE = re.compile(
    r"(?<![\w’'‘])[‘'](?=[^\W_])((?:[^‘’'\"“”„«»‹›\n]|(?<=\w)[’'](?=\w))*?)"
    r"(?:(?<=[,.!?…])[’'](?!\w)|[’'](?=[,.]\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:said|says|told|added|he|she|they)\b))"
)
MIN_QUOTE_WORDS = 4


def people_of(mentions: tuple[Mention, ...], entities: dict[str, Entity]) -> list[Mention]:
    """The mentions of people, in text order."""
    return [m for m in mentions if entities.get(m.entity) and entities[m.entity].kind == "person"]


def find_quotes(
    source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity]
) -> tuple[Quote, ...]:
    """Quotations with their speakers."""
    text = source.text
    names = _Names(mentions, entities)
    bodies = [m for m in mentions if entities.get(m.entity) and entities[m.entity].kind in ("organisation", "party")]
    quotes: list[Quote] = []
    last_speaker = ""
    open_quote = quoted_before = False
    previous: tuple[int, int] | None = None  # the last sentence of the paragraph before
    voiced: tuple[int, int, str] | None = None  # the last attributed quotation: start, end, speaker
    introducer = ""  # the speaker whose reporting clause closed the paragraph before with a colon
    labels = transcript.speakers(source, mentions, entities)
    for p in source.paragraphs:
        if p.skipped:
            continue
        para_quotes = _quotations(text, p.start, p.end)
        para_speaker = ""
        labelled, said_from, speech = labels.get(p.number, ("", p.start, False))
        if speech and not para_quotes and len(text[said_from : p.end].split()) >= MIN_QUOTE_WORDS:
            # "MAYOR LINDQVIST: We will not …": the label's words, unquoted, are its speaker's
            para_quotes = [(said_from, p.end, " ".join(text[said_from : p.end].split()))]
        spans = p.sentences if para_quotes else ()
        for i, (qs, qe, body) in enumerate(para_quotes):
            speaker = labelled if labelled and qs >= said_from and not text[said_from:qs].strip() else ""
            speaker = speaker or _attribute(text, spans, p.end, qs, qe, names, previous, voiced) or _spokesperson(
                text, spans, p.start, p.end, qs, qe, bodies) or _subject_speaks(
                text, spans, p.end, qs, qe, names, previous) or labelled
            words = len(body.split())
            if not speaker and i == 0 and qs == p.start and introducer:
                speaker = introducer  # X said:  /  "…" (the next paragraph, or a blockquote)
            if not speaker and words >= MIN_QUOTE_WORDS and not _attributed_after(text, qe, p.end) and not (
                    _introduced(text, spans, p.end, qs, qe, para_quotes[i - 1][1] if i else p.start)):
                if para_speaker:
                    speaker = para_speaker  # a second quote in the same paragraph
                elif i == 0 and qs == p.start and last_speaker and (open_quote or quoted_before):
                    speaker = last_speaker  # the paragraph continues the previous speaker
            if words < MIN_QUOTE_WORDS and _named(body):
                continue  # Valbrune's "Tendre de Bresse" cheese; the ship "Northern Star": a name
            if words < MIN_QUOTE_WORDS and not (speaker and (
                    _spoken(text, body, qe, p.end) or _fragment(text, spans, p.end, qs, qe, words))):
                continue
            quotes.append(Quote(speaker, qs, qe, _speech(body), p.number))
            if speaker:
                last_speaker = para_speaker = speaker
                voiced = (qs, qe, speaker)
        introducer = _introducer(text, p.sentences, p.start, p.end, names)
        quoted_before = bool(para_quotes) and bool(para_speaker or (open_quote and last_speaker))
        if not para_quotes:
            last_speaker = ""
        # A quote left open at the end of a paragraph continues in the next one.
        open_quote = bool(para_quotes) and _ends_open(text, p.start, p.end)
        previous = p.sentences[-1] if p.sentences else previous
    return tuple(quotes)


class _Names:
    """A source's names for attribution: the people's mentions in text order with their
    starts and ends (each quotation takes a slice by bisection: filtering all of them for
    every quote cost time quadratic in the source's length), and all mentions alike."""

    def __init__(self, mentions: tuple[Mention, ...], entities: dict[str, Entity]) -> None:
        self.entities = entities
        self.people = people_of(mentions, entities)
        self.starts = [m.start for m in self.people]
        self.ends = [m.end for m in self.people]
        self.every = mentions
        self.every_starts = [m.start for m in mentions]

    def within(self, start: int, end: int) -> Sequence[Mention]:
        """Every mention starting in [start, end), in text order."""
        return self.every[bisect_left(self.every_starts, start) : bisect_left(self.every_starts, end)]


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The quotations of one paragraph in text order: (start, end, words), in double
    marks of any family (`_QUOTE`) or in single marks (`_SINGLE`) outside those."""
    double = [(mt.start(), mt.end(), " ".join(mt.group(1).split())) for mt in _QUOTE.finditer(text, start, end)]
    if "'" not in text[start:end] and "‘" not in text[start:end]:
        return double
    single = [
        (mt.start(), mt.end(), " ".join(mt.group(1).split()))
        for mt in _SINGLE.finditer(text, start, end)
        if not any(a <= mt.start() < b for a, b, _ in double)
    ]
    return sorted(double + single)


def _spoken(text: str, body: str, qe: int, end: int) -> bool:
    """A short quotation is speech, not a scare quote, when punctuation closes it, or when
    (attributed to a speaker) it ends its sentence: X said the deal was "expensive but
    fair"."""
    return bool(re.search(r"[,.!?…]$", body)) or bool(re.match(r",\s+(?:according to|\w+\s+said)|[.!?…]", text[qe:end]))


def _fragment(text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, words: int) -> bool:
    """Whether a short quotation of two words or more is a fragment of the speaker's words
    inside the clause their reporting verb reports (X said the authority had "cooperated
    fully" with the police): a reporting verb (`VERBS`) stands before it in its sentence
    (the quoted fragment within indirect speech, Quirk et al. 1985, ch. 14, the complex
    sentence). A single quoted word is a scare quote or a term; so is a quoted phrase a
    determiner heads ("seen as a "negative reaction""), the name of a thing rather than
    words spoken; and a phrase a framing verb names ("called it a "constitutional
    coup"") is a label, not a reported clause."""
    s_start, _ = _window(text, spans, end, qs, qe)
    return words >= 2 and bool(re.search(VERBS, text[s_start:qs])) and not _DETERMINER.search(text, s_start, qs)


_NAME_PARTICLES = frozenset("of the and for in on at to a an de du des la le van von der den di da del y".split())
"""Words a title or a name leaves in lower case inside it (AP and Chicago headline style;
a surname's or a place's particle: "Tendre de Bresse")."""
_SPEAKERS = frozenset("i we you they he she".split())


def _named(body: str) -> bool:
    """Whether a short quotation is a name or a title (scare quotes around a product, a
    ship, a report: "Tendre de Bresse", "Northern Star", "Lessons Unlearned"), not words
    said: every word but a title's particles capitalised (headline style), and no personal
    pronoun, modal or finite auxiliary, which make it a clause ("We Failed You"; a finite
    verb makes a clause, Quirk et al. 1985, ch. 2, elements of clause structure)."""
    words = [w.strip(".,;:!?…’'‘") for w in body.split()]
    words = [w for w in words if w]
    if len(words) < 2 or not words[0][:1].isupper():
        return False  # one capitalised word may be an exclamation's ("called it "Shameful"")
    if any(w.lower() in _SPEAKERS or w.lower() in verbs.MODALS or w.lower() in verbs.FINITE_AUX for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or w[:1].isdigit() for w in words)


_DETERMINER = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Ss]uch)\s+$")
"""A determiner just before a quotation: the quoted words are a noun phrase it heads (the
closed class of central determiners, Quirk et al. 1985, ch. 5, nouns and determiners)."""


def _introducer(text: str, spans: Sequence[tuple[int, int]], start: int, end: int, names: _Names) -> str:
    """The speaker of a paragraph that ends in a reporting clause and a colon ("Julian
    Brack KC, who represented Mr Farrow, said:"): a colon after a reporting verb
    introduces the direct speech that follows (Quirk et al. 1985, ch. 14, direct and
    indirect speech), here the next paragraph (a blockquote's or quoted text); the subject
    of the clause (`pronouns.sentence_subject`), a person or a body, or ""."""
    if not spans or not INTRO.search(text, start, end):
        return ""
    s_start, s_end = spans[-1]
    subject = pronouns.sentence_subject(text, s_start, s_end, names.within(s_start, s_end))
    if subject is None or names.entities[subject.entity].kind not in SPEAKING_KINDS:
        return ""
    return subject.entity


def _speech(body: str) -> str:
    """A quotation's words without the comma, semicolon or colon that joins it to the
    reporting clause ("not for weeks," Alvarez said -> "not for weeks"): that mark is the
    sentence's punctuation, not the speaker's; a full stop, question or exclamation mark
    and an ellipsis are the speaker's and stay."""
    return body.rstrip(",;: ")


def _ends_open(text: str, start: int, end: int) -> bool:
    """Whether the paragraph's last quotation has no closing mark."""
    closers = [mt.group(2) for mt in _QUOTE.finditer(text, start, end)]
    return bool(closers) and not closers[-1]


def _introduced(text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, since: int) -> bool:
    """Whether the quote's sentence introduces it with a reporting clause of its own
    (`INTRODUCES`) after the previous quotation (which ends at `since`): such a quote
    never takes the previous quote's speaker."""
    s_start, _ = _window(text, spans, end, qs, qe)
    return bool(INTRODUCES.search(text, max(s_start, since), qs))


def _attributed_after(text: str, qe: int, end: int) -> bool:
    """Whether a reporting verb right after the quote gives it a speaker of its own
    ("…," said Ms. Rowe; "…," the clerk added), named or not: such a quote never takes
    the previous quote's speaker."""
    return bool(_OWN_VERB.match(text, qe, end))


_PARENTHETICAL = re.compile(r"(?:[’']s?)?\s*,\s*[^,;:.!?“”\"()\s][^,;:.!?“”\"()]{0,80}")
"""What follows a name when it opens a comma-delimited parenthetical, a relative clause or
an apposition, that names someone else ("Okafor, who represents Dietrich Brannock, said";
"Okafor, the lawyer for Dietrich Brannock, said"): the subject of the verb after the
closing comma is the name before the opening one (English punctuation of non-restrictive
modifiers)."""
_CLOSED = re.compile(r"(?:[’']s?)?[^,;:.!?“”\"]{0,60},")
"""The rest of a parenthetical after a name inside it, up to its closing comma."""
_OWN_VERB = re.compile(r"[’'”\"\s,.]*(?:[\w.’'-]+\s+){0,5}?" + VERBS)
_HONORIFIC_END = re.compile(r"\b([A-Z][a-z]{1,4})\.\s*$")


def _window(text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int) -> tuple[int, int]:
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


def _attribute(
    text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, names: _Names,
    previous: tuple[int, int] | None, voiced: tuple[int, int, str] | None = None,
) -> str:
    """The speaker named by a reporting verb in the quote's sentence, or "". `previous`:
    the last sentence of the paragraph before (the sentence before the quote's when the
    quote's opens its paragraph); `voiced`: the last attributed quotation (start, end,
    speaker). A name inside a fronted adverbial ("Under cross-examination by Julian
    Brack KC, she said") is not the subject of the main clause's verb
    (`pronouns.clause_start`)."""
    s_start, s_end = _window(text, spans, end, qs, qe)
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
        if re.fullmatch(r"[\s,.]*(?:[\w’' -]{0,30}\s)?", gap) and re.match(
            r"[’']?s?\s*(?:,[^,.“\"]{0,60},)?\s*(?:\w+\s)?" + VERBS, tail
        ):
            return m.entity
        if re.search(r"according to\s+(?:[\w’' -]{0,50}\s)?$", gap):
            return m.entity
        # "…," the AIU's head of case management, Pieter van der Berg, said: a noun
        # phrase and the name in apposition to it, the subject of the verb after both
        if _APPOSED_GAP.fullmatch(gap) and _APPOSED_TAIL.match(tail):
            return m.entity
    # X said "…"  /  X told AFP: "…"  /  X called the walkout "…"  /  X accused Y of "…"
    if before_people:
        m = before_people[-1]
        for subject in dict.fromkeys((_outer_subject(text, before_people, m), m)):
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
            return voiced[2] if pronouns.allows(said.group(1), names.entities[voiced[2]]) else ""
        last = bisect_right(ends, qs)
        return pronouns.speaker(said.group(1), named, people[last - 1] if last else None, names.entities)
    return ""


def _subject_speaks(
    text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, names: _Names,
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
    s_start, s_end = _window(text, spans, end, qs, qe)
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
    text: str, spans: Sequence[tuple[int, int]], s_start: int, previous: tuple[int, int] | None, names: _Names,
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


def _spokesperson(
    text: str, spans: Sequence[tuple[int, int]], start: int, end: int, qs: int, qe: int, bodies: Sequence[Mention],
) -> str:
    """The organisation or party whose spokesperson speaks the quotation, or "": "…," a
    spokesman for X said; A spokeswoman for X said "…"; "…," the spokesman said after "A
    spokesman for X said …" earlier in the paragraph (`start`, `end`). The words are the
    body's, through its spokesperson (English news usage for a body's voice)."""
    s_start, s_end = _window(text, spans, end, qs, qe)
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

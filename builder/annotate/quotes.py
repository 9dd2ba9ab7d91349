"""Attributed quotations in one source.

Heuristics over the text and its mentions, no model: a quotation is attributed by the
reporting verb next to it ("…," X said; X said "…"; said X; X told AFP "…"; according
to X), by "he" or "she" to the person it can stand for (`pronouns`: the subject of the
sentence before, else the last person named; none when neither can be meant), or by
continuing the previous paragraph's quote, or by a paragraph before that ends in a
reporting clause and a colon ("X said:", "X issued the following statement:"), by a
definite role noun to the one person the source names with that role ("the minister
said:"), or by a document to its author ("a message from Y that said: …"); in double
marks of any family or in single marks. A short quoted fragment counts when a speaker's reporting verb reports the clause
it sits in (X said the council had "cooperated fully"). The reporting clause is read in
`speakers`; a speaker's label opening a paragraph ("Wróblewski: …") in `transcript`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention, Quote
from ..model import Entity, Source
from . import pronouns, speakers, transcript, verbs, voices, wordclass
from .reporting import (
    FRAMING,
    INTRO,
    INTRODUCES,
    SPEAKING_KINDS,
    VERBS,
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


def find_quotes(
    source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity]
) -> tuple[Quote, ...]:
    """Quotations with their speakers."""
    text = source.text
    names = speakers.Names(mentions, entities, text)
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
            accused = speakers.denied(text, spans, p.end, qs, qe)  # "denied telling her she was "…"": no one's
            document = _document_words(text, spans, p.end, qs, qe, names)  # "the notice, which told members "…""
            if document is not None:
                speaker, accused = document, not document
            if not accused and not speaker:
                speaker = speaker or speakers.attribute(text, spans, p.end, qs, qe, names, previous, voiced) or (
                    voices.spokesperson(text, spans, p.start, p.end, qs, qe, bodies, names)) or voices.subject_speaks(
                    text, spans, p.end, qs, qe, names, previous) or speakers.role_holder(
                    text, spans, p.end, qs, qe, names) or labelled
            words = len(body.split())
            if not speaker and not accused and i == 0 and qs == p.start and introducer:
                speaker = introducer  # X said:  /  "…" (the next paragraph, or a blockquote)
            if not speaker and not accused and words >= MIN_QUOTE_WORDS and not _attributed_after(text, qe, p.end) and not (
                    _introduced(text, spans, p.end, qs, qe, para_quotes[i - 1][1] if i else p.start)):
                if para_speaker:
                    speaker = para_speaker  # a second quote in the same paragraph
                elif i == 0 and qs == p.start and last_speaker and (open_quote or quoted_before):
                    speaker = last_speaker  # the paragraph continues the previous speaker
            if (words < MIN_QUOTE_WORDS and _named(body)) or _titled(text, body, qs, qe, p.start, p.end):
                continue  # Valbrune's "Tendre de Bresse" cheese; the ship "Northern Star"; "Girl with a Blue Shawl" by X
            if words < MIN_QUOTE_WORDS and not (speaker and (
                    _spoken(text, body, qe, p.end) or _fragment(text, spans, p.end, qs, qe, words))):
                continue
            via = voices.through(text, *speakers.window(text, spans, p.end, qs, qe), speaker, names) if speaker else ""
            quotes.append(Quote(speaker, qs, qe, _speech(body), p.number, via))
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
    coup"") is a label, not a reported clause. A phrase a framing verb predicates of its
    object with no determiner ("called the deal "expensive but fair"", "described the
    offer as "insulting and late"": an object complement, Quirk et al. 1985, ch. 16) is
    the speaker's own evaluation, as a reported clause is."""
    s_start, _ = speakers.window(text, spans, end, qs, qe)
    return words >= 2 and bool(re.search(VERBS, text[s_start:qs]) or re.search(FRAMING, text[s_start:qs])) and not (
        _DETERMINER.search(text, s_start, qs))


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


_MINOR = _NAME_PARTICLES | frozenset("with from by into onto over under upon as but or nor for via after before "
                                    "through without across against between among off out up down about".split())
"""Words a title in headline style leaves in lower case: articles, conjunctions and
prepositions (The Chicago Manual of Style, 8.159, headline-style capitalisation)."""
_BY_NAME = re.compile(r",?\s+by\s+(?:the\s+)?[A-Z]")
_BEFORE_TITLE = re.compile(r"([A-Za-z]+)(?:,?\s+(?:titled|entitled|called|named))?,?\s+$")


def _titled(text: str, body: str, qs: int, qe: int, start: int, end: int) -> bool:
    """Whether a quotation is a work's title, no words said: headline-style capitals (every
    word capitalised but articles, conjunctions and prepositions, `_MINOR`), and either
    "by" and a capitalised name right after it (the credit of a work, "Girl with a Blue
    Shawl" by Anna Lindqvist) or, for words that make no clause (no personal pronoun,
    modal or finite auxiliary, as `_named`), a noun of works or messages right before
    them, in apposition ("the painting "…"", "his report, titled "…"":
    `wordclass.work_noun`, WordNet's noun.communication and creations). AP Stylebook, "composition titles":
    titles of books, films, songs, works of art and reports go in quotation marks."""
    words = [w.strip(".,;:!?…’'‘()") for w in body.split()]
    words = [w for w in words if w]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR for w in words[1:]):
        return False
    if _BY_NAME.match(text, qe, end):
        return True
    if any(w.lower() in _SPEAKERS or w.lower() in verbs.MODALS or w.lower() in verbs.FINITE_AUX for w in words):
        return False  # a clause ("the banner read "We Are Owed""): words said or written, as in `_named`
    noun = _BEFORE_TITLE.search(text[max(start, qs - 40) : qs])
    return noun is not None and wordclass.work_noun(noun.group(1).lower())


_DETERMINER = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Ss]uch)\s+$")
"""A determiner just before a quotation: the quoted words are a noun phrase it heads (the
closed class of central determiners, Quirk et al. 1985, ch. 5, nouns and determiners)."""


_TELLS = (r"(?:told|tells|said|says|stated|states|read|reads|promised|promises|warned|warns|described|describes"
          r"|informed|informs|assured|assures|invited|invites|asked|asks|claimed|claims|offered|offers)")
_DOCUMENT_CLAUSE = re.compile(r"\b([a-z]+)(?:\s+(?:from|by)\s+[^,;:“”\"]{1,60}?)?\s*,?\s+(?:which|that)\s+(?:had\s+|has\s+)?"
                              + _TELLS + r"\b[^,;:!?“”\"«»]{0,120}$")
"""A relative clause of telling whose antecedent is a noun, still open at the quotation:
"the chain's privacy notice, which told members their data would be used "…""."""


def _document_words(
    text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, names: speakers.Names,
) -> str | None:
    """When the quotation gives what a document says, in a relative clause whose
    antecedent is a noun of works or messages (`wordclass.work_noun`: "notice", "letter",
    "report", "contract"), the document's author: a speaking body or person named in a
    genitive before the noun ("Meadowbrook's privacy notice, which told …") or after
    "from" or "by" ("a letter from Y, which promised …"), else "" (nobody known); None
    when the quotation is no such document's words. The words belong to the document's
    author, not to the subject of the reporting verb the relative clause sits under ("The
    regulator said the chain's notice, which told members …, could not be stretched":
    a relative clause modifies its antecedent, Quirk et al. 1985, ch. 17; the author of a
    reported text is its speaker, ch. 14)."""
    s_start, _ = speakers.window(text, spans, end, qs, qe)
    clause = _DOCUMENT_CLAUSE.search(text, max(s_start, qs - 240), qs)
    if clause is None or not wordclass.work_noun(clause.group(1)):
        return None
    noun_at, noun_end = clause.span(1)
    for m in reversed(names.within(max(s_start, noun_at - 60), clause.end())):
        owner = m.end <= noun_at and re.fullmatch(r"[’']s?\s+(?:[a-z-]+\s+){0,3}", text[m.end : noun_at])
        sender = m.start > noun_end and re.fullmatch(r"\s+(?:from|by)\s+(?:the\s+)?", text[noun_end : m.start])
        if (owner or sender) and names.entities[m.entity].kind in SPEAKING_KINDS:
            return m.entity
    return ""


def _introducer(text: str, spans: Sequence[tuple[int, int]], start: int, end: int, names: speakers.Names) -> str:
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
    s_start, _ = speakers.window(text, spans, end, qs, qe)
    return bool(INTRODUCES.search(text, max(s_start, since), qs))


def _attributed_after(text: str, qe: int, end: int) -> bool:
    """Whether a reporting verb right after the quote gives it a speaker of its own
    ("…," said Ms. Rowe; "…," the clerk added), named or not: such a quote never takes
    the previous quote's speaker."""
    return bool(_OWN_VERB.match(text, qe, end))


_OWN_VERB = re.compile(r"[’'”\"\s,.]*(?:[\w.’'-]+\s+){0,5}?" + VERBS)

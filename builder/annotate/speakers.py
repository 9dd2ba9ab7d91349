"""Who said a quotation: the speaker a reporting verb next to it names ("…," X said; X
said "…"; said X; X told AFP "…"; "…," the ORG's TITLE, NAME, said; "…" before the vote, X
said), a sentence's subject that speaks, a body's spokesperson or office ("X's office
said"), a document's author ("a letter from X which said"), a definite noun phrase's body
("the league said"; "the Lyon-based manufacturer said": the company last named) or role
holder ("the minister said"; "The judge found … He said"); a passive ("were told") and
words the subject denies saying ("denied telling her she was "…"") name no one. How a body
speaks (through its spokesperson, as a subject, as "the company") is `voices`. Part of
`quotes`, which finds the quotations."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from . import genders, pronouns, wordclass
from .appositions import ROLE_WORDS
from .namewords import TITLES
from .reporting import (
    CAUSED_TO,
    CAUSING,
    FRAMED,
    FRAMING,
    INTRODUCES,
    PRONOUN_SAYS,
    PRONOUN_SUBJECT,
    SPEAKING_KINDS,
    VERBS,
    WITH_SUBJECT,
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


_PARENTHETICAL = re.compile(r"(?:[’']s?)?(?:\s+[A-Z]{2,4})?\s*,\s*[^,;:.!?“”\"()\s][^,;:.!?“”\"()]{0,80}")
"""What follows a name when it opens a comma-delimited parenthetical, a relative clause or
an apposition, that names someone else ("Okafor, who represents Dietrich Brannock, said";
"Okafor, the lawyer for Dietrich Brannock, said"): the subject of the verb after the
closing comma is the name before the opening one (English punctuation of non-restrictive
modifiers). Post-nominal letters may stand between the name and the comma ("David Sheringham
KC, for Avery, said": KC, QC, MP, after the name in British usage, Debrett's forms of
address)."""
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


_TITLE_END = re.compile(r"\b([A-Z][a-z]{1,14})\s+$")
"""A title written without a full stop right before a name ("said the committee's chair,
Dame Fiona Ellacott"; "said Sir Tom Reed"), of one or two words ("said its commander, Rear
Admiral Tomas Ekland": a compound rank, AP Stylebook "military titles"): part of the gap
when it is one of `TITLES`, and so is a title before it."""
_COMMENT_TAIL = re.compile(r"\s*(?:\w+ly\s+)?" + VERBS + r"(?:\s+(?:on|in|at|late|earlier|later|last)\b[^,.;:!?“”\"]{0,30})?[.!?]?\s*")
"""A comment clause closing its sentence after the name: " said.", " said on Friday."."""


def _comment_clause(text: str, s_start: int, qs: int, gap: str, tail: str) -> bool:
    """Whether a reporting clause that ends the sentence after a comma (", Marr said.")
    covers a quotation earlier in it ("The recommendation was "noted but not acted upon"
    before the ground fall, Marr said."): a comment clause is the whole sentence's
    attribution (Quirk et al. 1985, ch. 15, comment clauses; AP style puts the attribution
    at the sentence's end). Not when the words between hold a quotation mark or a
    reporting verb, or the sentence has a reporting verb of its own before the quotation
    (then that clause reports it)."""
    return bool(re.search(r",\s*$", gap)) and not re.search(r"[“”\"«»]", gap) and not re.search(VERBS, gap) and bool(
        _COMMENT_TAIL.fullmatch(tail)) and not re.search(INTRODUCES, text[s_start:qs])


_BE_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:(?:not|never|also|\w+ly)\s+)?$")
"""A form of "be" (or "get") right before a past participle: the passive ("officials were
told"), whose subject is the one spoken to, not the speaker (Quirk et al. 1985, ch. 3,
voice)."""


def _active_report(gap: str) -> bool:
    """Whether `gap`, after a subject, holds a reporting verb (`VERBS`) in the active voice:
    "were told to" and "was asked" (`_BE_PASSIVE`) name no speaker, and the name before
    them is not one."""
    return any(not _BE_PASSIVE.search(gap, 0, mt.start()) for mt in re.finditer(VERBS, gap))


_VOICE_OF = re.compile(r"(?:[’']s|(?<=s)[’'])\s+(?:press\s+)?(?:office|spokes(?:man|woman|person)|press\s+secretary)\b")
"""A genitive whose head speaks for its possessor: "Ashdown's office said", "Reed's
spokeswoman said": the words are the possessor's, through the office that speaks for
them (English news usage for a person's or a body's voice, as with a spokesperson)."""
_DOCUMENT_FROM = re.compile(
    r"\b(?:message|letter|e-?mail|note|memo|memorandum|text|post|tweet|statement|submission|report)s?"
    r"\s+(?:sent\s+|written\s+)?(?:from|by)\s+(?:the\s+)?$")
"""A document and its author after it: "a text message from ", "a letter written by "."""
_DOCUMENT_SAYS = re.compile(r"(?:\b(?:that|which)\s+(?:said|says|read|reads|stated|states|went)|,?\s*\bsaying)\b"
                            r"[^“”\"«»]{0,40}$")
"""After the author: the relative or participle clause that gives the document's words
right before the quotation: "… that said: ", "… which read ", ", saying "."""


_DOCUMENT_BETWEEN = re.compile(
    r"(?:\s+(?:to|for|at|on|in|of|about|with)\b[^,;:!?“”\"]{0,50})*"
    r"(?:,\s+(?:dated|sent|written|signed|received)\b[^,;:!?“”\"]{0,40},?)?\s*")
"""What may stand between a document's author and the clause giving its words: the
document's post-modifiers ("to a Home Department official", ", dated 22 February,"), no
clause of its own ("…, Reed issued a statement saying" is Reed's)."""


def _author(text: str, c_start: int, qs: int, names: Names) -> str:
    """The author of a document whose words the quotation gives ("Ellacott read out a text
    message from Mayhew to an official, dated 22 February, that said: "…""; "a letter from
    Y which said"; "an email from Y saying"): the person or body after "from" or "by"
    (`_DOCUMENT_FROM`), when a relative or participle clause of saying that the document
    heads (`_DOCUMENT_SAYS`) introduces the quotation. The one who reads it out, quotes
    it or publishes it only reports it (the author of a reported text is its speaker:
    Quirk et al. 1985, ch. 14, direct and indirect speech). "" when the clause has none."""
    said = _DOCUMENT_SAYS.search(text, c_start, qs)
    if said is None:
        return _document_subject(text, c_start, qs, names)
    for m in reversed(names.within(c_start, said.start())):
        if names.entities[m.entity].kind in SPEAKING_KINDS and _DOCUMENT_FROM.search(text, max(c_start, m.start - 60), m.start):
            return m.entity if _DOCUMENT_BETWEEN.fullmatch(text, m.end, said.start()) else ""
    return ""


_DOCUMENT_SUBJECT = re.compile(r"\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?([a-z]+?)s?"
                               r"\s+(?:sent\s+|written\s+|commissioned\s+|published\s+)?(?:from|by)\s+(?:the\s+)?")
"""A clause's subject that is a document and its author: "A report by ", "The letter from "."""
_DOCUMENT_PREDICATE = re.compile(
    r"(?:\s+(?:to|for|at|on|in|of|about|into)\s+[^,;:!?“”\"]{1,50}?)?(?:,(?:[^,;:!?“”\"]|(?<=\d),(?=\d)){1,80}){0,3},?\s*"
    r"(?:(?:also|later|then|again|\w+ly)\s+)*" + FRAMING + r"[^“”\"«»]{0,120}$")
"""After the author: the document's post-modifiers (a prepositional phrase, appositions and
participle phrases set off by commas: ", the council's external auditors, published on
Wednesday,") and its framing verb, open up to the quotation."""


def _document_subject(text: str, c_start: int, qs: int, names: Names) -> str:
    """The author of a document that is the subject of the framing verb before the
    quotation ("A report by Grantley Marsh, the council's external auditors, published on
    Wednesday, said the forecast "…""; "A letter from X to the court said"): the person or
    body after "by" or "from" (`_DOCUMENT_SUBJECT`, a noun of works or messages,
    `wordclass.work_noun`), when only the document's post-modifiers stand between the
    author and the verb (`_DOCUMENT_PREDICATE`) and no other speaker is named there. The
    author of a reported text is its speaker (Quirk et al. 1985, ch. 14, direct and
    indirect speech; AP style attributes a report's words to the body that issued it).
    "" when the clause opens otherwise."""
    head = _DOCUMENT_SUBJECT.match(text, c_start, qs)
    if head is None or not wordclass.work_noun(head.group(1)):
        return ""
    author = next(iter(names.within(head.end(), qs)), None)
    if author is None or author.start != head.end() or names.entities[author.entity].kind not in SPEAKING_KINDS:
        return ""
    if any(names.entities[m.entity].kind in SPEAKING_KINDS and not re.match(r"[’']s?\s", text[m.end : m.end + 3])
           for m in names.within(author.end, qs)):
        return ""  # another speaker named there (a genitive only determines a noun: "the council's auditors")
    gap = text[author.end : qs]
    return author.entity if _DOCUMENT_PREDICATE.match(gap) and not PRONOUN_SAYS.search(gap) else ""


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
        title = _HONORIFIC_END.search(gap) or _TITLE_END.search(gap)
        while title and title.group(1).lower() in TITLES:
            gap = gap[: title.start()] + " "  # "said Ms. Jane Rowe"; "said the chair, Dame Jane Rowe"
            title = _TITLE_END.search(gap)  # a compound rank: "said its commander, Rear Admiral X"
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
        if _comment_clause(text, s_start, qs, gap, tail):
            return m.entity  # The deal was "dead" before the vote, Marr said.
        # "…," the AIU's head of case management, Pieter van der Berg, said: a noun
        # phrase and the name in apposition to it, the subject of the verb after both
        if _APPOSED_GAP.fullmatch(gap) and _APPOSED_TAIL.match(tail):
            return m.entity
    # X said "…"  /  X told AFP: "…"  /  X called the walkout "…"  /  X accused Y of "…"
    author = _author(text, c_start, qs, names)
    if author:
        return author
    if before_people:
        m = before_people[-1]
        for subject in dict.fromkeys((_outer_subject(text, before_people, m), m)):
            if pronouns.modifies_head(text, c_start, subject) and not _VOICE_OF.match(text, subject.end):
                continue  # "The father of X, …, said"; "Y, X's solicitors, said": X is no subject
            gap = text[subject.end : qs]
            caused = CAUSED_TO.match(gap) and CAUSING.search(text, max(c_start, subject.start - 100), subject.start)
            if len(gap) < 200 and (_active_report(gap) or FRAMED.match(gap) or caused) and not (
                    PRONOUN_SAYS.search(gap) or WITH_SUBJECT.search(gap)):
                return subject.entity
    # "…," he said  /  He said it would take "…": the subject of the sentence before, or
    # the last person named, when the pronoun can stand for them (`pronouns`)
    said = re.match(r"[\s,.]*(he|she)\s+" + VERBS, text[qe:s_end], re.I)
    at = qe
    if not said:
        said, at = PRONOUN_SAYS.search(text[s_start:qs]), s_start
    if not said:
        said, at = PRONOUN_SUBJECT.match(text[c_start:qs]), c_start
    if said:
        pronoun_at = at + said.start(1)
        own = pronouns.sentence_subject(text, s_start, pronoun_at, names.within(s_start, pronoun_at)) if (
            pronoun_at < qs) else None
        if own is not None and names.entities[own.entity].kind == "person" and pronouns.allows(
                said.group(1), names.entities[own.entity], names.known):
            # "X awarded Y damages over the article, which he said had "…"": a pronoun in a
            # clause after its sentence's subject stands for that subject (subject
            # preference, Grosz, Joshi and Weinstein 1995, centering)
            return own.entity
        named = subject_before(text, spans, s_start, previous, names)
        before = _sentence_before(spans, s_start, previous)
        role = _ROLE_OPENS_ANY.match(text, *before) if named is None and before else None
        if role and before and role.group(1) in ROLE_WORDS:
            # "The judge found … He said …": the pronoun continues the unnamed subject before
            return _holder(text, role.group(1), names, before[0])
        if named is None and before and genders.opening(text, *before) == pronouns.GENDER_OF[said.group(1).lower()]:
            return ""  # "His mother said …. "…," she said": the unnamed subject before, no one named earlier
        if voiced and before and voiced[0] < before[1] and before[0] < voiced[1] and (
                named is None or voiced[0] <= named.start < voiced[1]):
            # the sentence before holds a quotation and no subject outside it: its speaker
            # is the centre ("«…» She added that …"), not a name inside the quoted words
            return voiced[2] if pronouns.allows(said.group(1), names.entities[voiced[2]], names.known) else ""
        # a pronoun never stands for a name after it in its own sentence ("He said he
        # preferred the evidence of Tran to Avery's, whom he described as "…"": not Avery;
        # binding principle C, Chomsky 1981, Lectures on Government and Binding)
        last = bisect_right(ends, min(qs, pronoun_at))
        return pronouns.speaker(said.group(1), named, people[max(0, last - 8) : last], names.entities, names.known, text,
                                spans[0][0] if spans else -1)
    return ""


_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|never)\s+(?:(?:ever|having|that|he|she|they|had|has|once|\w+ly)\s+){0,4}(?:told|telling|said|saying|called|calling|described"
    r"|describing|shouted|shouting|wrote|writing|used|using)\b")
"""A verb of denial (or "never") before a verb of saying: "denied telling her she was",
"denies ever calling him", "denied that he had said", "never said"; not "denied any
wrongdoing and said" (a coordinated verb of its own)."""


def denied(text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int) -> bool:
    """Whether the quotation gives words its sentence's subject denies saying ("he denied
    telling a trainee that she was "useless" and should "go home and cry""): reported
    speech under a verb of denial is what others say was said, not the subject's
    statement, and names no speaker (Quirk et al. 1985, ch. 14, direct and indirect
    speech; AP style: a quotation is attributed to the one who said it). Not when a
    reporting clause of its own stands between the denial and the quotation ("denied
    calling her lazy, saying "…"")."""
    s_start, _ = window(text, spans, end, qs, qe)
    said = next(reversed(list(_DENIED.finditer(text, s_start, qs))), None)
    return said is not None and not re.search(r"[;.!?]", text[said.end() : qs]) and not INTRODUCES.search(text, said.end(), qs)


def subject_before(
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


_ROLE_SUBJECT = r"[Tt]he\s+([a-z][a-z-]+)\s+(?:\w+ly\s+)?" + VERBS + r"[^“”\"«»]{0,150}$"
_ROLE_OPENS = re.compile(r"\s*" + _ROLE_SUBJECT)
_ROLE_BEFORE = re.compile(r",\s+" + _ROLE_SUBJECT)
"""A definite role noun as the subject of the reporting clause before a quotation, opening
its sentence (`_ROLE_OPENS`: "The minister said …") or its clause after a comma ("Asked
whether …, the minister said: "…"")."""
_ROLE_AFTER = re.compile(r"[\s,.’'”\"]*the\s+([a-z][a-z-]+)\s+(?:\w+ly\s+)?" + VERBS)
"""The same after the quotation: "…," the minister said."""


def role_holder(
    text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, names: Names,
) -> str:
    """The person a definite role noun that reports the quotation stands for ("the minister
    said: "…""; "…," the governor said): the one person the source names, before the
    quotation, with that role noun (`ROLE_WORDS`) as a title before the name ("Finance
    Minister Aurelia Bánffy"; "The Minister of Finance, Aurelia Bánffy,") or in apposition
    after it ("Helen Ashdown, the minister for border security,"). A definite description
    refers to the one referent the text has made familiar with it (Huddleston & Pullum
    2002, ch. 5, definiteness); "" when no one or more than one person holds the role
    ("Prime Minister X" and "Finance Minister Y" are both ministers)."""
    s_start, s_end = window(text, spans, end, qs, qe)
    mt = _ROLE_OPENS.match(text, s_start, qs) or _ROLE_BEFORE.search(text, s_start, qs) or _ROLE_AFTER.match(text, qe, s_end)
    if mt is None or mt.group(1) not in ROLE_WORDS:
        return ""
    return _holder(text, mt.group(1), names, qs)


_ROLE_OPENS_ANY = re.compile(r"\s*[Tt]he\s+([a-z][a-z-]+)\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+s|said|told|wrote|found|held)\b")
"""A sentence whose subject is a definite role noun and its verb: "The judge found", "The
minister said". "he" or "she" in the next sentence continues that subject, the centre of
the text (Grosz, Joshi and Weinstein 1995, centering), not a name in its object."""


_TITLE_FORMS = {"judge": "justice"}
"""A role noun's form as a title before a name where it differs: a judge is "Mr Justice X",
"Justice X" (Debrett's forms of address; the US style for a supreme court's judges)."""


def _holder(text: str, noun: str, names: Names, before: int) -> str:
    """The one person the source names before `before` with the role noun `noun`
    (`ROLE_WORDS`; see `role_holder`), or "" (none, several, or not a role noun)."""
    if noun not in ROLE_WORDS:
        return ""
    # the title's words in any case; the name's words before the mention capitalised
    # ("Justice Pellew awarded Avery": "awarded" is no name's word, so Avery holds no title)
    titled = re.compile(rf"\b(?i:{noun}|{_TITLE_FORMS.get(noun, noun)})(?:\s+(?:of|for)\s+[^,.;:!?“”\"()]{{1,40}})?,?\s+"
                        r"(?:[A-Z][\w.’'-]*\s+){0,2}$")
    apposed = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{noun}\b", re.I)
    holders = {m.entity for m in names.people[: bisect_left(names.starts, before)]
               if titled.search(text, max(0, m.start - 80), m.start) or apposed.match(text, m.end, m.end + 80)}
    return holders.pop() if len(holders) == 1 else ""

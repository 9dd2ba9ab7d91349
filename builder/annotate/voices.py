"""A body's voice: the organisation or party that speaks a quotation through its
spokesperson ("…," a spokesman for X said; "A spokeswoman for X said "…""; "He said …"
after "a spokesman for the service said"), as the subject of a reporting verb ("…," said
Kestrel Yards; "SATU said the offer was still "…""), or as what a definite noun phrase or
"it" stands for ("…," the company said; "It said …"). `speakers` finds a person's words;
both are parts of `quotes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..annotation import Mention
from . import antecedents, pronouns, verbs
from .reporting import FRAMED, IT_SAYS, PARTICIPLE, PRONOUN_SAYS, SPEAKING_KINDS, VERBS, reports
from .speakers import Names, subject_before, window


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
    # (a hyphenated modifier may stand before the noun: "the Lyon-based manufacturer said")
    generic = re.match(r"[\s,.’'”\"]*(?=[Tt]he\s+(?:[A-Za-z]+-[a-z]+\s+)?[a-z]+\s+(?:\w+ly\s+)?" + VERBS + r")",
                       text[qe:s_end])
    if generic:
        # "…," the company said  /  "…," the union said in a statement: the body of that kind
        # the story names before it, the most named for "the company" (`antecedents.subject_body`)
        at = qe + generic.end()
        recent = names.within(s_start - _RECENT, s_end)
        found = antecedents.subject_body(text, at, at, recent, names.entities) or _head_body(text, at, names) or (
            antecedents.business_body(text, at, recent, names.entities))
        if found:
            return found
    lead = pronouns.clause_start(text, s_start, qs)  # a place in its modifier is no subject: "The Bahamas-registered"
    second = antecedents.BUSINESS.match(text, lead + len(text[lead:qs]) - len(text[lead:qs].lstrip()))
    if second and reports(text, second.end(), qs):  # "The Bahamas-registered exchange said … it had "…""
        return antecedents.business_body(text, second.start(), names.within(s_start - _RECENT, s_end), names.entities)
    subject = pronouns.sentence_subject(text, s_start, qs, names.within(s_start, qs))
    if subject is not None:
        kind = names.entities[subject.entity].kind
        if kind in SPEAKING_KINDS and (reports(text, subject.end, qs) or coordinated(text, subject.end, qs, s_end)) or (
                kind in ("organisation", "party") and IT_SAYS.search(text, subject.end, qs)):
            return subject.entity
        return ""
    c_start = pronouns.clause_start(text, s_start, qs)  # "In a statement, the company said"
    phrase = _OWNED.match(text, c_start, qs)  # "The league said", "Her department said"
    if (phrase and reports(text, phrase.end(), qs)) or IT_SAYS.search(text, s_start, qs):
        found = antecedents.subject_body(text, c_start, qs, names.within(s_start - _RECENT, s_end), names.entities) or (
            _head_body(text, c_start, names) if phrase else "")
        if any(m.entity != found and names.entities[m.entity].kind in ("organisation", "party")
               for m in names.within(s_start, c_start)):
            return ""  # "In a statement on the Airbus website, the company said": which company is not sure
        if found or not IT_SAYS.match(text, s_start):
            return found
    elif not re.match(r"[\s,.]*it\s+" + VERBS, text[qe:s_end], re.I):
        return ""
    # "It said …"  /  "…," it said: the body that is the subject of the sentence before
    named = subject_before(text, spans, s_start, previous, names)
    return named.entity if named is not None and names.entities[named.entity].kind in ("organisation", "party") else ""


_PREDICATE_HEAD = re.compile(r"(?:[’']s?)?(?:\s*,(?:[^,“”\"]|(?<=\d),(?=\d{3})){1,100},|\s*,)?\s+"
                             r"(?:(?:also|then|later|again|on\s+\w+|\w+ly)\s+)*([a-z]+)\b")
"""After a subject (and its apposition or relative clause): the first word of its predicate."""
_AND_SAID = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|later|then|\w+ly)\s+)?" + VERBS + "|" + PARTICIPLE.pattern)
"""A reporting verb coordinated with the verb before it ("and said", "but added"), or a
reporting participle clause after it (", saying")."""
_OWN_CLAUSE = re.compile(r"[;“”\"«»]|,\s*(?:who|which|whom|whose)\b|\b(?:he|she|it|they|we|I)\s+" + VERBS)
"""What gives the coordinated verb a subject of its own: a relative pronoun, a pronoun's
reporting clause, or a clause break."""


def coordinated(text: str, subject_end: int, qs: int, s_end: int) -> bool:
    """Whether the quotation stands in the predicate of the subject that ends at
    `subject_end`, whose finite verb ("thanked", "welcomed", "rejected") is coordinated
    with a reporting verb ("… and said", "… but said", "…, saying"), before the quotation
    or after it: "The Prime Minister, X, thanked him for his "…" and said he had "…""
    gives both quotations to X; "The union welcomed the order but said it had come "…""
    to the union. Coordinated verbs share the clause's subject (Quirk et al. 1985, ch. 13,
    coordination; a supplementive participle's subject is the main clause's, ch. 15).
    Not when a relative pronoun, a pronoun's own reporting clause, a semicolon or another
    quotation stands between the subject and the reporting verb ("Y hired Z, who joined
    in May and said": Z's), nor when the second conjunct has its own subject ("X
    rejected it and Y said" is no "and said")."""
    head = _PREDICATE_HEAD.match(text, subject_end, qs)
    if head is None or not _finite(head.group(1)):
        return False
    said = _AND_SAID.search(text, head.end(), s_end)
    if said is None:
        return False
    between = text[head.end() : min(said.start(), qs)]
    return not _OWN_CLAUSE.search(between) and not _OWN_CLAUSE.search(text, said.end(), qs) if said.end() <= qs else (
        not _OWN_CLAUSE.search(between))


def _finite(word: str) -> bool:
    """Whether `word` can be a past or present finite verb heading a predicate."""
    return word.endswith("ed") or word in verbs.PAST_FORMS or (word.endswith("s") and not word.endswith("ss"))


_OWNED = re.compile(r"\s*(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+([a-z]+)\b")
"""A definite noun phrase opening a clause: "The league", "Her department"."""


def _head_body(text: str, at: int, names: Names) -> str:
    """The body a definite noun phrase at `at` ("the league", "her department", `_OWNED`)
    stands for: the organisation or party the source named last before it whose name ends
    in that noun ("Southern Premier League", "Home Department"): a definite description
    whose head is a name's head refers to the body last named with it (Huddleston &
    Pullum 2002, ch. 5, definiteness). "" when none was named."""
    phrase = _OWNED.match(text, at)
    if phrase is None:
        return ""
    noun = phrase.group(1)
    for m in reversed(names.every[: bisect_left(names.every_starts, at)]):
        entity = names.entities.get(m.entity)
        if entity is not None and entity.kind in ("organisation", "party") and entity.name.split()[-1].lower() == noun:
            return entity.id
    return ""


_RECENT = 3000
"""How far back (characters, about five news paragraphs) the bodies named before a generic
noun phrase or "it" are looked for: the salience `antecedents.subject_body` ranks is the
recent text's, and all the source's names for every quotation cost time quadratic in the
source's length."""


_ROLE = r"(?:spokes(?:man|woman|person|people)|representative)"
_ROLE_FOR = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s+" + _ROLE + r"\s+for\s+(?:the\s+)?$")
"""Before a body's name: "a spokeswoman for X", "the spokesman for the X"."""
_ROLE_SAID = re.compile(r"[\s,.’'”\"]*(?:an?|the)\s+(" + _ROLE + r")\s+(?:for\s+(?:the\s+)?)?")
"""After a quotation: "…," a spokesman for X said / "…," the spokesman said."""


def spokesperson(
    text: str, spans: Sequence[tuple[int, int]], start: int, end: int, qs: int, qe: int, bodies: Sequence[Mention],
    names: Names | None = None,
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
        found = _head_body(text, _the_before(text, role.end()), names) if names and "for" in role.group(0) else ""
        if found:
            return found  # "…," a spokesman for the service said: the body named with that head
        if role.group(0).lower().lstrip(" ,.’'”\"").startswith("the"):
            earlier = [m for m in bodies if start <= m.start < qs and _ROLE_FOR.search(text, max(start, m.start - 40), m.start)
                       and role.group(1) in text[max(start, m.start - 40) : m.start]]
            if earlier:
                return earlier[-1].entity  # "…," the spokesman said: the one named before
    before = [m for m in bodies if s_start <= m.start < qs and _ROLE_FOR.search(text, max(s_start, m.start - 40), m.start)]
    if before and len(text[before[-1].end : qs]) < 200 and (
            re.search(VERBS, text[before[-1].end : qs]) or FRAMED.match(text, before[-1].end, qs)):
        return before[-1].entity  # A spokeswoman for X said "…"
    if names:
        after = _PREMODIFIED_SAID.match(text, qe, s_end)
        opening = after or next(reversed(list(_PREMODIFIED.finditer(text, s_start, qs))), None)
        if opening and (after or (len(text[opening.end() : qs]) < 200 and (
                re.search(VERBS, text[opening.end() : qs]) or FRAMED.match(text, opening.end(), qs)))):
            found = premodifier(text, opening.start(2), names)
            if found:
                return found  # "A Halvorsen spokesperson said …"; "…," a council spokeswoman said
    if names and (_BARE_SAID.match(text, qe, s_end) or _BARE_OPENS.match(text, s_start, qs)):
        return _body_before(text, spans, s_start, names)  # "The trust disputes it. A spokesman said …"
    return _spokesperson_before(text, spans, s_start, qs, qe, s_end, bodies, names) if names else ""


_BARE_OPENS = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+" + _ROLE + r"\s+(?:(?:also|later|then|\w+ly)\s+)?" + VERBS + r"[^“”\"«»]{0,150}$")
"""A spokesperson for no one named, opening the quotation's sentence as its reporting
clause's subject: "A spokesman said its own reviews had found that care "…"."""
_BARE_SAID = re.compile(r"[\s,.’'”\"]*(?:an?|the)\s+" + _ROLE + r"\s+(?:\w+ly\s+)?" + VERBS)
"""The same after the quotation: "…," a spokeswoman said."""


def _body_before(text: str, spans: Sequence[tuple[int, int]], s_start: int, names: Names) -> str:
    """The body a spokesperson named for no one speaks for (`_BARE_OPENS`): the organisation
    or party that is the subject of the sentence before in the paragraph, named ("Calder
    Trust disputes the figures. A spokesman said …") or by a definite noun phrase that
    opens it and stands for a body named before ("The trust disputes …": `_head_body`,
    `antecedents.subject_body`). A spokesperson speaks for the body the text is about, its
    centre (Grosz, Joshi and Weinstein 1995; AP Stylebook, "spokesman, spokeswoman"). ""
    when that subject is a person, unnamed, or no body."""
    before = next((sp for sp in reversed(spans) if sp[1] <= s_start), None)
    if before is None:
        return ""
    named = subject_before(text, spans, s_start, None, names)
    if named is not None:
        return named.entity if names.entities[named.entity].kind in ("organisation", "party") else ""
    recent = names.within(before[0] - _RECENT, before[1])
    return antecedents.subject_body(text, before[0], before[1], recent, names.entities) or _head_body(text, before[0], names)


_PREMODIFIED = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&’'.-]*\s+){1,5}|[a-z]+\s+)(" + _ROLE + r")\b")
"""A spokesperson whose body's name, or the head noun of its name, premodifies the role
noun: "A Halvorsen spokesperson", "a council spokeswoman", "the Kestrel Yards spokesman"."""
_PREMODIFIED_SAID = re.compile(r"[\s,.’'”\"]*" + _PREMODIFIED.pattern[len("(?<![\\w’'])"):] + r"\s+(?:\w+ly\s+)?" + VERBS)
"""The same after a quotation, with its reporting verb: "…," a council spokeswoman said."""


_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def premodifier(text: str, role: int, names: Names) -> str:
    """The organisation or party that the premodifier of a spokesperson noun at `role`
    names (`_PREMODIFIED`): a body's name ending right before it ("A Halvorsen
    spokesperson"), or a lower-case noun (`antecedents.fits`: "a council spokeswoman",
    "a union spokesman") that stands for the body the source named last with it ("the
    company" for its most named company), else for the dossier's only body whose name's
    head it is. An attributive noun before a spokesperson noun names the body spoken for,
    as "a spokesman for X" does (English news usage; AP Stylebook, "spokesman,
    spokeswoman"). "" when it names none, or several bodies fit."""
    earlier = names.every[: bisect_left(names.every_starts, role)]
    named = next((m for m in earlier[-3:] if not text[m.end : role].strip()), None)
    if named is not None:
        kind = names.entities[named.entity].kind
        return named.entity if kind in ("organisation", "party") else ""
    noun = _NOUN_BEFORE.search(text, max(0, role - 30), role)
    if noun is None:
        return ""
    word = noun.group(1)
    fitting = [m for m in earlier if names.entities[m.entity].kind in ("organisation", "party") and antecedents.fits(word, names.entities[m.entity])]
    if fitting:
        return antecedents.salient(fitting) if word in antecedents.ANY_COMPANY else fitting[-1].entity
    heads = {e.id for e in names.entities.values()
             if e.kind in ("organisation", "party") and e.name.split()[-1].lower() == word}
    return heads.pop() if len(heads) == 1 else ""


_THROUGH_BEFORE = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:press\s+)?(" + _ROLE
                             + r"|office|press\s+secretary)\s+for\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$")
"""Before the speaker's name: "a spokesman for ", "the press office for Mr "."""
_THROUGH_AFTER = re.compile(r"(?:[’']s|(?<=s)[’'])\s+(?:press\s+)?(" + _ROLE + r"|office|press\s+secretary)\b")
"""After the speaker's name: "'s spokeswoman", "'s office"."""


def through(text: str, s_start: int, s_end: int, speaker: str, names: Names) -> str:
    """The one who spoke for `speaker` in the quotation's sentence (text[s_start:s_end]),
    by role noun: "A spokesman for Mr Talbot said …" -> "spokesman"; "Ashdown's office
    said" -> "office"; "" when the sentence names the speaker otherwise. The words are
    the speaker's, said on their behalf (English news usage: a spokesperson or an office
    speaks for the one named, AP Stylebook, "spokesman, spokeswoman"), and the site shows
    who said them ("through a spokesman")."""
    for m in names.within(s_start, s_end):
        if m.entity != speaker:
            continue
        role = _THROUGH_BEFORE.search(text, max(s_start, m.start - 40), m.start) or _THROUGH_AFTER.match(text, m.end)
        if role:
            return " ".join(role.group(1).split()).lower()
    premodified = next((mt for mt in _PREMODIFIED.finditer(text, s_start, s_end) if premodifier(text, mt.start(2), names) == speaker),
                       None)
    if premodified:
        return premodified.group(2).lower()
    bare = _BARE_ROLE.search(text, s_start, s_end)  # "The trust disputes it. A spokesman said …"
    named = any(m.entity == speaker for m in names.within(s_start, s_end))
    return bare.group(1).lower() if bare and not named and names.entities[speaker].kind != "person" else ""


_BARE_ROLE = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s+(" + _ROLE + r")\s+(?:\w+ly\s+)?" + VERBS)
"""A spokesperson for no one named, with the reporting verb: "A spokesman said"."""


_SPOKESPERSON_FOR = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s+spokes(man|woman|person)\s+for\s+")
"""A body's spokesperson: "a spokesman for ", "the spokeswoman for "."""


def _the_before(text: str, at: int) -> int:
    """`at`, or the start of a "the " just before it."""
    return at - 4 if text[max(0, at - 4) : at].lower() == "the " else at


def _agrees(pronoun: str, role: str) -> bool:
    """Whether "he" or "she" can stand for the spokesperson noun in `role` ("spokeswoman",
    "a spokesman for ", "spokesperson"): not "he" for a "-woman", nor "she" for a "-man"."""
    noun = role.split()[1] if role.split()[0].lower() in ("a", "an", "the") and len(role.split()) > 1 else role.split()[0]
    marked = "f" if noun.lower().endswith("woman") else "m" if noun.lower().endswith("man") else ""
    return not marked or marked == ("f" if pronoun.lower() == "she" else "m")


def _spokesperson_before(
    text: str, spans: Sequence[tuple[int, int]], s_start: int, qs: int, qe: int, s_end: int,
    bodies: Sequence[Mention], names: Names,
) -> str:
    """The body whose spokesperson, named in the sentence before, "he" or "she" stands for
    ("…, a spokesman for the service said. He said it could take "two to three days""): a
    personal pronoun refers to the last human referent of its gender the text made
    salient, here the unnamed spokesperson (Quirk et al. 1985, ch. 6, pronouns; the
    pronoun's antecedent is the previous sentence's speaker), and the words are the
    body's, through its spokesperson. "" when the sentence before names none, or the
    pronoun's gender does not fit it ("spokeswoman" and "he")."""
    said = PRONOUN_SAYS.search(text, s_start, qs) or re.match(r"[\s,.’'”\"]*(he|she)\s+" + VERBS, text[qe:s_end], re.I)
    before = next((sp for sp in reversed(spans) if sp[1] <= s_start), None)
    if said is None or before is None:
        return ""
    premodified = next(reversed(list(_PREMODIFIED.finditer(text, *before))), None)
    if premodified and _agrees(said.group(1), premodified.group(2)):
        return premodifier(text, premodified.start(2), names)  # "A council spokeswoman said …. She said "…""
    role = next(reversed(list(_SPOKESPERSON_FOR.finditer(text, *before))), None)
    if role is None or not _agrees(said.group(1), role.group(0)):
        return ""
    at = role.end()
    name_at = at + 4 if text[at : at + 4].lower() == "the " else at
    named = next((m for m in bodies if m.start == name_at), None)
    return named.entity if named else _head_body(text, at, names)  # "for Kestrel Water"; "for the service"

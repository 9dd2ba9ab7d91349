"""An organisation named, in a figure's clause, only by a generic noun phrase ("the
company", "the union", "the firm"): the organisation that phrase stands for, so that
"The company owes suppliers £8 million" is a debt of the company named before it.

Source: English news usage (a definite description with an organisation's generic head
word refers back to the organisation last named with it; "the company" and "the firm"
to the last company named). Nothing is guessed where the source names none before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from .namewords import GENERIC_HEADS

_ANY_COMPANY = frozenset("company firm corporation group".split())
"""Generic nouns any company answers to, whatever its name's head word ("the company"
after "Vantmoor Construction Ltd")."""
_THE_NOUN = re.compile(r"(?<![\w’'])[Tt]he\s+(" + "|".join(sorted(GENERIC_HEADS | _ANY_COMPANY)) + r")\b(?!\s+(?:of|for)\b|[’'])")
"""A definite generic noun phrase ("The company", "the union"), not "the union of X" (a
name's start) nor a possessive ("the company's chairman")."""


_OWES = re.compile(
    r"(?:[’']s?)?\s+(?:(?:still|now|already|reportedly|allegedly)\s+)?(?:owes|owed|owe)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?"
)
"""Between a debtor's name and the amount: "Marlow & Penn owes £8 million", "Vantmoor
still owes suppliers about £8 million"."""


def debtor(text: str, start: int, s: int, earlier: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The organisation or party that owes the amount of money at `start`: the one named
    as the subject of "owes" right before it in the sentence from `s` ("Marlow & Penn
    owes £8 million in unpaid wages"), else the one "the company" stands for
    (`generic_owner`). `earlier`: the source's mentions before the amount, in text
    order. "" when neither is found. Source: English syntax (the subject of "owe" is
    the debtor)."""
    for m in reversed(earlier):
        if m.end < s:
            break
        entity = entities.get(m.entity)
        if entity is not None and entity.kind in ("organisation", "party") and _OWES.fullmatch(text, m.end, start):
            return entity.id
    return generic_owner(text, start, s, earlier, entities) or pronoun_subject(text, start, s, earlier, entities)


_PRONOUN_OWES = re.compile(
    r"(?<![\w’'])(?:[Ii]t|[Tt]hey)\s+(?:(?:still|now|already|reportedly|allegedly)\s+)?(?:owes|owed|owe)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
"""A pronoun as the subject of "owe" right before the amount: "it owed 97 million"."""
_OPENS = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n\s*)(?:[Tt]he\s+)?$")
"""Before a name that opens its sentence: the sentence's subject."""
_IN_PHRASE = re.compile(r"\b(?:of|for|with|in|at|by|from|to|on|before|against|told)\s+(?:the\s+)?$")
"""Before a name in a prepositional phrase ("a filing with the Kestrel County Court"): not
the subject a generic noun phrase or a pronoun of the clause stands for."""


def _bodies(earlier: Sequence[Mention], entities: dict[str, Entity]) -> list[Mention]:
    return [m for m in earlier if (e := entities.get(m.entity)) is not None and e.kind in ("organisation", "party")]


def pronoun_subject(text: str, start: int, s: int, earlier: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The body a pronoun subject of "owe" before the amount at `start` stands for ("In a
    filing with the court, it said it owed £97 million"): the organisation or party named
    last as a sentence's subject before the sentence at `s`, else the one the source names
    most before it; "" when the amount has no pronoun subject or no body is named."""
    if not _PRONOUN_OWES.search(text, max(s, start - 60), start):
        return ""
    phrase = _THE_NOUN.match(text, s)
    if phrase and not text[s : phrase.start()].strip():  # "The company said ... it owed": the phrase's body
        found = subject_body(text, s, start, earlier, entities)
        if found:
            return found
    bodies = [m for m in _bodies(earlier, entities) if m.end <= s]
    opening = [m for m in bodies if _OPENS.search(text, max(0, m.start - 8), m.start)]
    if opening:
        return opening[-1].entity
    counts: dict[str, int] = {}
    for m in bodies:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    return max(counts, key=lambda eid: counts[eid], default="")


def subject_body(text: str, s: int, start: int, mentions: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The body that is the subject opening the sentence at `s`, which "its" before the
    figure at `start` stands for ("The Harbour Workers Union said 87 per cent of its 900
    members", "The union representing workers at Meridian has revised the number of its
    members"): a name opening the sentence, or a generic noun phrase opening it ("The
    union"), the body last named before it whose name has the noun, else the first named
    after it in the source (`mentions`: the source's, in text order); for "the company"
    the body that opens the sentence just before it (`JUST_NAMED`; "Brannock Ferries
    chief executive Maren Holt resigned. In a statement, the company said": the subject's
    body is the preferred centre, Grosz, Joshi and Weinstein 1995; not an object, "X
    hired Y. The company said"), else the story's most named (`_salient`). "" when
    neither."""
    bodies = _bodies(mentions, entities)
    first = next((m for m in bodies if s <= m.start < start), None)
    if first and re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[s : first.start]):
        return first.entity
    phrase = _THE_NOUN.match(text, s)
    if not phrase or text[s : phrase.start()].strip():
        return ""
    noun = phrase.group(1).lower()
    fits = [m for m in bodies if _fits(noun, entities[m.entity])]
    before = [m for m in fits if m.end <= s]
    if before and noun in _ANY_COMPANY:
        last = _outside_brackets(text, before)[-1]
        if phrase.start() - last.end <= JUST_NAMED and _OPENS.search(text, max(0, last.start - 8), last.start):
            return last.entity  # "X chief executive Y resigned. In a statement, the company said": X, just named
        return _salient(_outside_brackets(text, before))
    if before:
        return before[-1].entity
    return next((m.entity for m in fits if m.start >= start), "")


def _salient(before: Sequence[Mention]) -> str:
    """The organisation "the company" stands for among those named before it (`before`, in
    text order; a wire service in its date line's brackets is none): the one named most
    often so far, the first named of equals. A story's own company is its most named and
    its first; a creditor named in the sentence before is not "the company" (the salience
    ranking of centering theory, Grosz, Joshi and Weinstein 1995, by its simplest proxy)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for n, m in enumerate(before):
        counts[m.entity] = counts.get(m.entity, 0) + 1
        first.setdefault(m.entity, n)
    return max(counts, key=lambda e: (counts[e], -first[e]))


def _fits(noun: str, entity: Entity) -> bool:
    """Whether a generic noun ("the union", "the company") can stand for `entity`: its name
    has the noun as a word; "the company", "the firm" any organisation but one whose name
    says it is another kind of body ("Kestrel County Court", "Harbour Workers Union")."""
    words = [w.lower() for w in entity.name.split()]
    if noun in words:
        return True
    return noun in _ANY_COMPANY and entity.kind == "organisation" and not (
        words and words[-1] in GENERIC_HEADS and words[-1] not in _ANY_COMPANY)


def generic_owner(text: str, start: int, s: int, earlier: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The entity id a generic noun phrase ("the company", "the union") stands for when
    it is the last such phrase between the sentence's start `s` and the figure at
    `start`, and no organisation or party is named between it and the figure: the
    organisation or party named last before it in the source (`earlier`: the source's
    mentions before the figure, in text order) whose name carries the noun as a word
    ("the union" -> "Harbour Workers Union"), or, for "the company", "the firm", "the
    corporation" and "the group", the organisation named last whose name does not say it
    is another kind of body (`_fits`: not "Kestrel County Court"). A body named in a
    prepositional phrase between the phrase and the figure ("in a filing with the court")
    is not the clause's own. "" when the clause has no
    such phrase or nothing fits."""
    phrases = list(_THE_NOUN.finditer(text, s, start))
    if not phrases:
        return ""
    phrase = phrases[-1]
    noun = phrase.group(1).lower()
    fitting = []
    for m in reversed(earlier):
        entity = entities.get(m.entity)
        if entity is None or entity.kind not in ("organisation", "party"):
            continue
        if m.start >= phrase.start():
            if _IN_PHRASE.search(text, max(s, m.start - 12), m.start):
                continue  # "The company said in a filing with the court that it owed": not its subject
            return ""  # "The company owes Kessel Bank £8 million": the clause names one
        if _fits(noun, entity):
            if noun not in _ANY_COMPANY:
                return entity.id
            fitting.append(m)
    if fitting and phrase.start() - fitting[0].end <= JUST_NAMED and not _IN_PHRASE.search(
            text, max(0, fitting[0].start - 12), fitting[0].start):
        return fitting[0].entity  # "Lefèvre Roussel Avocats filed … The firm is seeking": the body just named
    return _salient(_outside_brackets(text, fitting[::-1])) if fitting else ""


JUST_NAMED = 200
"""Characters (about the sentence before) within which a body named before "the firm" or
"the company", not inside a prepositional phrase ("Lawyers for Rheinfeld Kreditbank told
the court …"), is the one it stands for, the most accessible referent, rather than the
body the source names most (a definite noun phrase refers to the referent just named,
Huddleston & Pullum 2002, ch. 5, definiteness)."""


def _outside_brackets(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions` less a name in brackets of its own (a date line's wire service: "(Northline
    Wire) -"), unless that leaves none."""
    return [m for m in mentions if not (text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")")] or list(mentions)


_BUSINESS = re.compile(r"[Tt]he\s+(?:(?:[A-Za-z]+-[a-z]+\s+)?(?:manufacturer|maker|producer|supplier|retailer|lender|insurer)"
                       r"|[A-Za-z]+-(?:registered|listed|headquartered|incorporated|owned)\s+[a-z]+)\b")
"""A company's second reference by its line of business, perhaps with a hyphenated
modifier: "the manufacturer", "the Lyon-based manufacturer"; or by any noun after a
modifier of where a body is registered, listed or owned ("the Bahamas-registered
exchange", "the Oslo-listed miner", "the state-owned carrier"), which describes a body,
never a person (company law's seat and listing)."""
BUSINESS = _BUSINESS
"""For `speakers`: such a second reference opening a reporting clause."""


def business_body(text: str, at: int, mentions: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The organisation that a second reference by its line of business at `at` (`_BUSINESS`)
    stands for ("Valmont Aerospace said … "…," the Lyon-based manufacturer said"): the
    organisation last named before it outside a quotation and a date line's brackets (an
    even count of quotation marks since), not the story's most named one (AP style's
    second reference by a descriptive noun refers to the body just named). "" when none."""
    second = _BUSINESS.match(text, at)
    if not second:
        return ""
    noun = second.group(0).split()[-1].lower()  # "the Bahamas-registered exchange" fits "Vaultline Exchange" too
    before = [m for m in _bodies(mentions, entities) if m.end <= at and (
        _fits("company", entities[m.entity]) or _fits(noun, entities[m.entity]))]
    before = [m for m in before if not (text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")")]
    return next((m.entity for m in reversed(before) if len(re.findall(r"[“”\"]", text[m.end : at])) % 2 == 0), "")


ANY_COMPANY = _ANY_COMPANY
"""For `claimants`: the generic nouns any company answers to."""
fits = _fits
"""For `claimants`: whether a generic noun can stand for an entity."""
salient = _salient
"""For `claimants`: the organisation "the company" stands for among those named before."""

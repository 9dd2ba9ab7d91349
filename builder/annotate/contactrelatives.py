"""Relative clauses with no relative word, and the object relatives a date in one tells.

A relative clause may leave its relative word out when the word is the clause's object
(a contact clause: "the 8 million euros [the administrator cited last month]", "the deal
[the union signed in March]", Quirk et al. 1985, 17.15): the date dates the clause's own
happening, told with the antecedent put back as its object ("The administrator cited the
8 million euros"), or with a name the clause's pronoun stands for. Moved out of
`relatives` unchanged; closed classes of English only, no topic words.
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import appositions, tense, verbs
from .facts import ROLE_NOUNS
from .phrases import STOP, capitalised
from .titlewords import HEAD_ENDS, PLACE_WORDS

_CONTACT_DETERMINERS = frozenset("the a an its their his her".split())
"""What opens the noun phrase a relative clause with no relative word follows ("the 8 million
euros [the administrator cited last month]"), besides a figure."""


_CONTACT_CLAUSE = re.compile(r"\b(?:(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s(?P<np>(?:(?!(?:the|a|an|it|they|he|she|we)\b)[a-z][\w’'-]*\s){0,2}?"
                             r"(?!(?:the|a|an|it|they|he|she|we)\b)[a-z][\w’'-]*)|(?P<pronoun>it|they|he|she|we|I))\s(?P<verb>[a-z]+)\s+"
                             r"(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A relative clause with no relative word: its subject (a determiner and up to three
words) and its verb right before the date ("the administrator cited [last month]")."""


_NAMED_CONTACT = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s(?P<np>(?:(?!(?:the|an?|its|their|his|her)\s)[a-z][\w’'-]*\s){0,2}?(?!(?:the|an?|its|their|his|her)\s)[a-z][\w’'-]*)\s"
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,2})\s(?P<verb>[a-z]+)\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A common noun phrase, a name and a past verb right before the date ("showed the jury a
message Voss sent in November 2021"): a contact relative clause whose subject is the name
and whose object is the noun phrase (the zero relative in object position, Quirk et al.
1985, ch. 17), told "Voss sent a message", not the reduced passive "A message Voss was
sent". A role noun before the name is a title in apposition ("the chairman John Smith
resigned"), left alone."""


def named_contact(text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date ending a contact relative whose subject is a name (`_NAMED_CONTACT`),
    when a finite verb before the noun phrase makes it an object; else ""."""
    found = _NAMED_CONTACT.search(text, max(s, anchor.start - 80), anchor.start)
    if found is None or found.start() <= s or not tense.is_past([found.group("verb")], 0):
        return ""
    words = found.group("np").lower().split()
    if STOP.intersection(words) or words[-1] in appositions.ROLE_WORDS or words[-1] in ROLE_NOUNS or not verbs.has_finite(text[s : found.start()]):
        return ""
    return f"{found.group('name')} {found.group('verb')} {found.group('det').lower()} {found.group('np')}"


_THAT_OBJECT = re.compile(
    r"\b(?P<obj>(?:the|a|an|its|their|his|her)\s(?:(?!(?:that|which|whom)\s)[^\s,;:]+\s){0,6}?)(?:that|which|whom)\s"
    r"(?P<subject>(?:the|its|their|his|her|a|an)\s(?:[\w’'-]+\s){0,2}?[\w’'-]+|[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,2})"
    r"\s(?P<verb>[a-z]+)\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A noun phrase, "that"/"which" and a relative clause with a subject of its own and a past
verb up to the date ("the house on Harlan Creek Road that her grandparents built in 1952"):
the relative word is the verb's object (Quirk et al. 1985, ch. 17, restrictive relative
clauses, the relative pronoun as object), told "Her grandparents built the house on Harlan
Creek Road", not the reduced passive "Her grandparents were built"."""


def that_object(text: str, s: int, anchor: TimeExpression) -> str:
    """The title of a date ending an object relative clause after a main clause's verb
    (`_THAT_OBJECT`): its subject, its verb and the noun phrase it relates to; else ""."""
    found = _THAT_OBJECT.search(text, max(s, anchor.start - 120), anchor.start)
    if found is None or found.start() <= s or not (found.group("verb").endswith("ed") or tense.is_past([found.group("verb")], 0)):
        return ""
    if found.group("verb") in STOP or not verbs.has_finite(text[s : found.start()]):
        return ""
    subject = found.group("subject")
    obj = found.group("obj").strip()
    return f"{subject[:1].upper()}{subject[1:]} {found.group('verb')} {obj[:1].lower() + obj[1:] if obj[:1] in 'TAIH' else obj}"


_FIGURE_WORD = re.compile(r"[$£€¥]?[0-9][0-9.,]*(?:%|bn|m)?")


def contact_relative(text: str, s: int, anchor: TimeExpression) -> str:
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
    pronoun = reduced.group("pronoun")
    if not (verb.endswith("ed") or tense.is_past([verb], 0)) or STOP.intersection((reduced.group("np") or "").lower().split()):
        return ""
    subject = _pronoun_subject(text, reduced.start(), pronoun) if pronoun else f"{reduced.group('det').capitalize()} {reduced.group('np')}"
    if not subject:
        return ""
    before = text[max(s, reduced.start() - 50) : reduced.start()].split()
    if max(s, reduced.start() - 50) > s and before:
        before = before[1:]  # (a word cut by the window)
    k = next((k for k in range(len(before) - 1, max(-1, len(before) - 6), -1)
              if before[k].lower() in _CONTACT_DETERMINERS or before[k][:1].isdigit()), -1)
    if k < 0:
        # "$380 million of pension obligation bonds the city sold": a figure and an "of" phrase
        # head the object (a partitive noun phrase, Quirk et al. 1985, ch. 5)
        k = next((k for k in range(len(before) - 2, max(-1, len(before) - 9), -1)
                  if _FIGURE_WORD.fullmatch(before[k]) and "of" in before[k + 1 :]), -1)
    figure = bool(_FIGURE_WORD.fullmatch(before[-1])) if before else False
    if k < 0 or (k == len(before) - 1 and not figure):
        return ""
    if k and before[k][:1].isdigit() and before[k - 1].lower() in _CONTACT_DETERMINERS:
        k -= 1  # "the 8 million euros", "the 40%"
    if k == len(before) - 1:
        return ""
    word = before[-1]
    if figure:
        pass  # "twice the 40% it recorded in March": a figure is the noun phrase's head
    elif not word.isalpha() or not word.islower() or word in STOP or word.endswith("ed") or tense.is_past([word], 0) or (
            verbs.is_finite(["it", word], 1) or word in HEAD_ENDS or word in PLACE_WORDS or word.endswith("ing")):
        return ""
    obj = " ".join(before[k:])
    return f"{subject} {verb} {obj[:1].lower() + obj[1:] if obj[:1] in 'TAIH' else obj}"


_SUBJECT_NP = re.compile(r"(?:^|\s)(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?:(?!(?:the|its|their)\b)[\w’'-]+\s){0,3}?[\w’'-]+|[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3})\s*$")


def _pronoun_subject(text: str, at: int, pronoun: str) -> str:
    """What the subject pronoun of a contact relative stands for ("the fire service said 4,800
    hectares had burned, four times the 1,200 hectares it reported"; "the court heard the firm
    owed ..., double the debts it declared"): the subject of the last finite verb before `at`
    in its sentence that agrees with it (a personal pronoun refers back to the nearest prominent
    noun phrase, the main clause's subject: Quirk et al. 1985, ch. 6, pronouns), a determiner
    and at most four words or a name; "" when there is none."""
    stop, line = text.rfind(". ", max(0, at - 300), at), text.rfind("\n", max(0, at - 300), at)
    s = max(stop + 2 if stop >= 0 else 0, line + 1, max(0, at - 300))
    words = verbs.words_of(text[s:at])
    subject = ""
    for i in range(1, len(words)):
        if not verbs.is_finite(words, i):
            continue
        found = _SUBJECT_NP.search(" ".join(words[:i]))
        head = found.group("np").split()[-1] if found else ""
        if found is None or verbs.has_finite(found.group("np")) or head.lower() in STOP or (
                pronoun == "it" and head.endswith("s") and not head.endswith("ss") and head[:1].islower()):
            continue  # ("it" is no plural noun phrase's)
        subject = capitalised(found.group("np"))
    return subject

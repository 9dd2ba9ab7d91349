"""Speaker labels of a transcript or a question-and-answer interview (a helper of
`quotes`): a paragraph that opens with a speaker's name and a colon ("Wróblewski: "We
filed the appeal …"", "MAYOR LINDQVIST: We will not …", "Judge Okafor: The court will
rise") holds that speaker's words, quoted or not; "Q:" is the interviewer's question
(no speaker of the dossier), "A:" the answer of the interview's subject when the source
is an interview with one subject: one person is the only speaker its labels name, or its
headline or standfirst calls it an interview ("interview", "Q&A with", "spoke to") and
its headline names one person. A feature's service questions and answers ("Q: Can I go
home? A: Residents of Zones A and C may return …") are the paper's own words: no one's.

Source: the layout of a transcript and of a printed interview, where a label and a colon
stand for the reporting clause (the colon introducing direct speech, Quirk et al. 1985,
ch. 14, direct and indirect speech). Closed classes only: no topic words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity, Source
from .namewords import TITLES

_LABEL = re.compile(
    r"(?P<label>[^\W\d_a-z][\w’'.-]*(?:[ \u00a0]+(?:[^\W\d_a-z][\w’'.-]*|[a-z]{1,3}(?=[ \u00a0]))){0,5})"
    r"[ \u00a0]*:[ \t\u00a0]+(?=\S)")
"""A paragraph's opening label: up to six capitalised words (a surname's lower-case
particle between: "van der Berg") and a colon ("Wróblewski:", "MAYOR LINDQVIST:", "Judge
Miriam Okafor:", "Q:"); a clause ("The mayor criticised X:") is no label."""
_QUOTE_MARKS = "\"“‘'„«"
_ENDS = (".", "!", "?", "\"", "”", "’")
QUESTION = frozenset({"q", "question", "interviewer"})
"""Labels of the interviewer's question: no speaker of the dossier."""
ANSWER = frozenset({"a", "answer"})
"""Labels of the interviewee's answer: the interview's subject."""


def label(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The speaker label opening text[start:end] and where what is said begins, or None."""
    found = _LABEL.match(text, start, end)
    if not found:
        return None
    return found.group("label"), found.end()


def speaker_of(
    words: str, start: int, end: int, mentions: Sequence[Mention], entities: dict[str, Entity],
) -> str:
    """The person a label text[start:end] (`words`) names: a person's mention inside it
    ("Judge Okafor"), else the one registered person whose name or alias the label is or
    ends in, in any capitals ("MAYOR LINDQVIST", a title before the name); "" when none
    or more than one can be meant. A label of a body or a place names no speaker."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    people = {m.entity for m in inside if entities.get(m.entity) and entities[m.entity].kind == "person"}
    if len(people) == 1:
        return next(iter(people))
    if inside:
        return ""  # a body's or place's label ("Producer: …" read as a name), or two people
    folded = " ".join(words.casefold().split())
    rest = folded.split()
    while rest and rest[0].rstrip(".") in TITLES:
        rest = rest[1:]  # "Mayor Lindqvist", "Judge Okafor": the title is no part of the name
    if not rest:
        return ""
    bare = " ".join(rest)
    # a label that is a surname alone names only a person the source itself names (attack
    # review s15b #1: "MARSH:" gave a registered Edda Marsh the words of a harbourmaster the
    # source calls John Marsh, and never names her); a title with it ("MAYOR LINDQVIST",
    # "Judge Vos") or the full name is the transcript's own naming
    titled = len(rest) < len(folded.split())
    named = {m.entity for m in mentions}
    found = {e.id for e in entities.values() if e.kind == "person" and (titled or " " in bare or e.id in named) and any(
        form == bare or form.endswith(" " + bare) for form in _forms(e))}
    return next(iter(found)) if len(found) == 1 else ""


def _forms(entity: Entity) -> set[str]:
    """A person's name and aliases, folded: a label is one of them or ends one ("Lindqvist"
    of "Eva Lindqvist", "van der Berg" of "Pieter van der Berg")."""
    return {" ".join(f.casefold().split()) for f in (entity.name, *(a.text for a in entity.aliases))}


def speakers(
    source: Source, mentions: Sequence[Mention], entities: dict[str, Entity],
) -> dict[int, tuple[str, int, bool]]:
    """Each paragraph number that opens with a speaker label -> (the speaker, or "" for the
    interviewer or an answer with no clear subject; where the words begin; whether the
    words are speech to record, quoted or not: not a question's). "A:" is the
    interview's subject: the one person the source's named labels name, else the one person
    its first paragraph (the headline) names; "" when the source names none clearly."""
    text = source.text
    found: dict[int, tuple[str, int, bool]] = {}
    answers: list[tuple[int, int]] = []
    named: set[str] = set()
    first = True
    for p in source.paragraphs:
        if p.skipped:
            continue
        opened = label(text, p.start, p.end)
        headline, first = first, False
        if opened is None:
            continue
        words, at = opened
        if headline and text[at : at + 1] not in _QUOTE_MARKS and not text[p.start : p.end].rstrip().endswith(_ENDS):
            continue  # "Edda Marsh: the councillor who saved the ferry": a headline's subject, no speaker (s15b #2)
        key = words.casefold().rstrip(".")
        if key in QUESTION:
            found[p.number] = ("", at, False)
        elif key in ANSWER:
            answers.append((p.number, at))
        else:
            who = speaker_of(words, p.start, p.start + len(words), mentions, entities)
            if who:
                found[p.number] = (who, at, True)
                named.add(who)
    if answers:
        subject = next(iter(named)) if len(named) == 1 else _headline_person(source, mentions, entities)
        for number, at in answers:
            found[number] = (subject, at, bool(subject))  # no subject: the answer is no one's speech
    return found


_INTERVIEW = re.compile(
    r"\b(?:interview(?:s|ed)?|Q\s?&\s?A|questions\s+and\s+answers\s+with|in\s+conversation\s+with"
    r"|(?:spoke|talked|talks|speaks)\s+to)\b", re.I)
"""Words of a headline or standfirst that present the text as an interview ("Health
Systems Weekly spoke to Søren Kjærgaard …", "Q&A with the mayor", "an interview with")."""


def interview(source: Source) -> bool:
    """Whether the source presents itself as an interview: its title or one of its first two
    paragraphs (headline, standfirst) says so (`_INTERVIEW`). A feature that quotes several
    people and ends with a service "Questions and answers" box does not."""
    opening = [source.title or ""] + [source.text[p.start : p.end] for p in source.paragraphs[:3]
                                      if not label(source.text, p.start, p.end)]
    return any(_INTERVIEW.search(t) for t in opening)


def _headline_person(source: Source, mentions: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The interview's subject: the one person the source's first paragraph (its headline)
    names, when the source presents itself as an interview (`interview`) or the headline
    is an interview's "X on Y" ("Eva Lindqvist on the library closure"); else ""."""
    first = next((p for p in source.paragraphs if not p.skipped), None)
    if first is None:
        return ""
    named = [m for m in mentions if first.start <= m.start < first.end
             and entities.get(m.entity) and entities[m.entity].kind == "person"]
    people = {m.entity for m in named}
    if len(people) != 1:
        return ""
    on = any(re.match(r"[’']?s?\s+on\s", source.text[m.end : first.end]) for m in named)
    return next(iter(people)) if on or interview(source) else ""

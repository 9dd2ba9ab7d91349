"""Names from review s20 g and h (a blackout, an admissions-test leak, a stadium's cost, a
chemical plant's explosion, a minister's expenses, a bird-flu outbreak): a registered short
form opening another body's name, titles of office, possessives, kinds from context and
one profile per referent. Each review case is rewritten as a small invented sentence, with
siblings from other kinds of story and negatives that must not change; expected values
were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder import pipeline
from builder.annotate import discover, nameruns
from builder.annotate.matcher import Matcher, resolve
from builder.model import Alias, Dossier, Entity, Source
from builder.read.text import split_paragraphs


def spans(text: str) -> list[str]:
    """The names `names` finds in one sentence, as written."""
    return [text[a:b] for a, b, _, _ in nameruns.runs(text, 0, len(text), frozenset())]


def cued(text: str) -> dict[str, list[str]]:
    return {text[a:b]: cues for a, b, cues, _ in nameruns.runs(text, 0, len(text), frozenset())}


def source(text: str, sid: str = "s1") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2026, 3, 12), paragraphs=split_paragraphs(text))


def _org(eid: str, name: str, short: str) -> Entity:
    return Entity(id=eid, kind="organisation", name=name, aliases=(Alias(name), Alias(short, after_full_name=True)), summary="s")


def suggestions(registry: tuple[Entity, ...], *texts: str) -> dict[str, discover.Suggestion]:
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    found = discover.group_names(Dossier(srcs, registry), pipeline.annotate_all(srcs, registry, 1))
    return {s.name: s for s in found}


# -- g#4: a registered short form that opens a longer body's name is not that body


def linked(registry: tuple[Entity, ...], text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], eid) for h, eid in resolve(Matcher(registry).hits(text), text)]


UNI = _org("cu", "Carrowmere University", "Carrowmere")


@pytest.mark.parametrize(
    ("registry", "text", "expected"),
    [
        ((UNI,), "Carrowmere University expelled them. Officers from Carrowmere Police arrested a tutor.",
         [("Carrowmere University", "cu")]),
        ((UNI,), "Carrowmere University expelled them. He will appear before Carrowmere Magistrates' Court on April 29.",
         [("Carrowmere University", "cu")]),
        # a recall's maker and the town's council; a merger's bank and the city's court
        ((_org("kb", "Kessel Brewing", "Kessel"),), "Kessel Brewing recalled the cans. Kessel City Council tested them.",
         [("Kessel Brewing", "kb")]),
        ((_org("ab", "Avel Bank", "Avel"),), "Avel Bank bought Nordwin. The Avel High Court approved it.",
         [("Avel Bank", "ab")]),
        # negatives: the short form alone, or before a verb or a non-head word, is the body
        ((UNI,), "Carrowmere University expelled them. Carrowmere said it had acted.",
         [("Carrowmere University", "cu"), ("Carrowmere", "cu")]),
        ((UNI,), "Carrowmere University expelled them. A Carrowmere Professor said so.",
         [("Carrowmere University", "cu"), ("Carrowmere", "cu")]),
    ],
)
def test_a_short_form_opening_another_bodys_name_is_not_that_body(
    registry: tuple[Entity, ...], text: str, expected: list[tuple[str, str]]
) -> None:
    assert linked(registry, text) == expected


def test_the_longer_body_is_discovered() -> None:
    found = suggestions((UNI,), "Carrowmere University expelled 34 students.",
                        "Carrowmere University said so. Officers from Carrowmere Police arrested Victor Szalai.")
    assert found["Carrowmere Police"].kind == "organisation"


# -- h#10, g#9: titles of office are roles, never entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At Prime Minister's Questions yesterday, Ellwood was asked about it.", ["Ellwood"]),
        ("Talbot, the Minister of State for Transport and MP for Brayford North, denied it.", ["Talbot", "Brayford North"]),
        ("He will stand down as the Member of Parliament for Brayford North.", ["Brayford North"]),
        ("The review was ordered by the Secretary of State.", []),
        ("The Local Government Secretary has ordered an independent review.", []),
        ("Vice-Chancellor Professor Gerald Whitcombe said the panel had acted.", ["Gerald Whitcombe"]),
        ("In a statement, Vice-Chancellor Gerald Whitcombe said the university stood by it.", ["Gerald Whitcombe"]),
        ("I have today received the Parliamentary Commissioner for Standards' report.", []),
        # siblings: a court case's minister, a recall's secretary, a merger's vice-president
        ("The Secretary of State for Health Anna Pryor said so.", ["Anna Pryor"]),
        ("Vice-President Omar Hale signed the merger.", ["Omar Hale"]),
        ("The Chancellor's Statement was delayed, Kessel Bank said.", ["Kessel Bank"]),
        # negatives: a body's name, a person's possessive, a department keep their names
        ("The Labour Party Secretary resigned.", ["Labour Party"]),
        ("The Department of State said the visa was valid.", ["Department of State"]),
        ("Kessel's Harbour Authority said the berth was closed.", ["Kessel", "Harbour Authority"]),
    ],
)
def test_titles_of_office_are_no_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_the_seat_after_mp_for_is_a_place() -> None:
    assert cued("He is the MP for Kessel West.")["Kessel West"] == ["place:the seat of 'MP for X'"]

"""Linking and one profile per person (review s21: j.md #1, #8, #14; i.md #9, #10).

- A registered surname after another given name is the last word of another person's
  full name ("Susan Ashworth" for a registered "Daniel Ashworth"), the usual case of
  relatives in news about a missing person, a victim or a defendant.
- A registered name of anything but a place that opens a longer body's name ("the Carra
  Star Families Group") is not that entity.
- Ranks are titles: "Sheriff", "Undersheriff", the compound "Rear Admiral".
- A registered surname marked `after_full_name` counts in every source when the dossier
  names nobody else so (`provisionals.surnames_alone`).

Every story here is invented; the expected values were worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_discovery import suggestions
from test_quotes_pronouns import _entity

from builder.annotate import provisionals
from builder.annotate.discover import Suggestion
from builder.annotate.matcher import Matcher, resolve, titled
from builder.annotate.namewords import TITLE_MODIFIERS, TITLES
from builder.model import Alias, Entity

from conftest import quotes_in


def linked(text: str, entities: list[Entity]) -> list[tuple[str, str]]:
    """(words, entity id) of every mention the matcher keeps in `text`."""
    return [(text[h.start : h.end], e) for h, e in resolve(Matcher(entities).hits(text), text)]


HIKER = _entity("daniel", "Daniel Ashworth")
DEFENDANT = _entity("trelawny", "Mark Trelawny")
CHIEF = _entity("lindqvist", "Anna Lindqvist")


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # the review's case: his parents, both named in full, are two other people
        ("Daniel Ashworth is missing. Ashworth's parents, Graham and Susan Ashworth, arrived on Tuesday. "
         "Susan Ashworth said he was tough.", HIKER, ["Daniel Ashworth", "Ashworth"]),
        # a court case: the defendant's brother
        ("Mark Trelawny denies fraud. His brother, Paul Trelawny, gave evidence. Trelawny was calm.",
         DEFENDANT, ["Mark Trelawny", "Trelawny"]),
        # a recall: the chief executive's husband
        ("Anna Lindqvist apologised for the recall. Her husband, Erik Lindqvist, sits on the board.",
         CHIEF, ["Anna Lindqvist"]),
    ],
)
def test_another_given_name_is_another_person(text: str, entity: Entity, expected: list[str]) -> None:
    assert [w for w, _ in linked(text, [entity])] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Ashworth is missing. Danny Ashworth knows mountains.",  # his own nickname
        "Daniel Ashworth is missing. Sheriff Ashworth said so.",  # a title, no given name
        "Daniel Ashworth is missing. On Tuesday Ashworth was seen.",  # a weekday
        "Daniel Ashworth is missing. When Ashworth fell, he sheltered.",  # a function word
        "Daniel Ashworth is missing. Even Ashworth's friends were worried.",  # an English word opening a sentence
        "Daniel Ashworth is missing. So Ashworth waited.",  # a common word
    ],
)
def test_own_given_name_title_or_word_before_the_surname_still_links(text: str) -> None:
    assert [w for w, e in linked(text, [HIKER])] == ["Daniel Ashworth", "Ashworth"]


SYSTEMS = Entity(id="kls", kind="organisation", name="Kessel Launch Systems", aliases=(Alias("Kessel Launch Systems"),),
                 summary="s")
VESSEL = Entity(id="carra-star", kind="organisation", name="Carra Star", aliases=(Alias("Carra Star"),), summary="s")
FIRM = Entity(id="halvorsen", kind="organisation", name="Halvorsen", aliases=(Alias("Halvorsen"),), summary="s")
JUDGE = Entity(id="varga", kind="person", name="Nelson Varga", aliases=(Alias("Nelson Varga"),), summary="s")
TOWN = Entity(id="kessel", kind="place", name="Kessel", aliases=(Alias("Kessel"),), summary="s")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the families' group is another body
        ("Families of the missing, who have formed the Carra Star Families Group, said they would meet him.", []),
        # a merger: the staff's union is not the firm
        ("The Halvorsen Staff Union opposed the merger.", []),
        # a court case: a foundation named after a person
        ("The Nelson Varga Foundation paid his costs.", []),
        # not a longer body: the firm with "Group" or a legal form, a word that is no body's head
        ("Halvorsen Group said the deal was done. Halvorsen Holdings Ltd agreed.", ["Halvorsen", "Halvorsen"]),
        ("Halvorsen Airlines cut 300 jobs.", ["Halvorsen"]),  # a trade word: the firm's own line of business
        ("The Carra Star Monday sailing was cancelled.", ["Carra Star"]),
        # a place inside a body's name still says where the body is
        ("Kessel City Council met.", ["Kessel"]),
        # a release's boilerplate heading joined to its line: the name twice, no longer name
        ("About Kessel Launch Systems Kessel Launch Systems designs rockets.",
         ["Kessel Launch Systems", "Kessel Launch Systems"]),
    ],
)
def test_registered_name_opening_a_longer_body_name(text: str, expected: list[str]) -> None:
    assert [w for w, _ in linked(text, [VESSEL, FIRM, JUDGE, TOWN, SYSTEMS])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: two parents, the surname written once
        ("His parents, Graham and Susan Ashworth, arrived.", [("Graham", "graham"), ("Susan Ashworth", "susan")]),
        # a court case: the defendant's parents in the gallery
        ("Graham and Ruth Ashworth watched from the gallery.", [("Graham", "graham")]),
        # another surname after the pair: another Graham
        ("Graham and Susan Holt arrived.", []),
    ],
)
def test_a_given_name_before_and_another_shares_the_surname(text: str, expected: list[tuple[str, str]]) -> None:
    father = Entity(id="graham", kind="person", name="Graham Ashworth",
                    aliases=(Alias("Graham Ashworth"), Alias("Graham", after_full_name=True)), summary="s")
    mother = Entity(id="susan", kind="person", name="Susan Ashworth", aliases=(Alias("Susan Ashworth"),), summary="s")
    assert linked(text, [father, mother]) == expected


def test_a_title_in_the_registered_name_is_no_given_name() -> None:
    sheriff = Entity(id="keller", kind="person", name="Sheriff Tom Keller",
                     aliases=(Alias("Sheriff Tom Keller"), Alias("Keller", after_full_name=True)), summary="s")
    text = "Sheriff Tom Keller spoke. Tom Keller said the search went on, and Rose Keller thanked him."
    assert linked(text, [sheriff]) == [("Sheriff Tom Keller", "keller"), ("Keller", "keller")]


def test_ranks_are_titles() -> None:
    assert {"sheriff", "undersheriff", "rear"} <= TITLES
    assert "rear" in TITLE_MODIFIERS  # "Rear" only before "Admiral"
    keller = _entity("keller", "Tom Keller")
    text = "Sheriff Keller said the search would go on."
    assert titled(text, text.index("Keller"))
    assert linked(text, [keller]) == [("Keller", "keller")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the review's case: a compound naval rank between the apposed noun and the name
        ('The coastguard said 261 people had been rescued. "We still have people in the water," said its '
         "commander, Rear Admiral Tomas Ekland.", "ekland"),
        # siblings: an army's and a police force's compound ranks
        ('"The bridge is secure," said the operation\'s commander, Lieutenant General Tomas Ekland.', "ekland"),
        ('"We have made two arrests," said the force\'s head, Chief Superintendent Tomas Ekland.', "ekland"),
        # one title, as before
        ('"We have made two arrests," said its head, Admiral Tomas Ekland.', "ekland"),
    ],
)
def test_compound_rank_before_a_speaker(text: str, speaker: str) -> None:
    assert quotes_in(text, [_entity("ekland", "Tomas Ekland")], dt.date(2026, 9, 14))[0][0] == speaker


def test_an_open_is_a_tournament_not_a_body() -> None:
    # j.md #14: "the Varenna Chess Open" and "the Varenna Open" were two organisations
    found = suggestions("Salnikov was removed from the Varenna Chess Open on Saturday.",
                        "The Varenna Open finished on Sunday. Kessel Bank sponsored the Kessel Open.")
    assert found["Varenna Chess Open"].kind == "event"
    assert found["Kessel Open"].kind == "event"
    assert found["Kessel Bank"].kind == "organisation"  # a body's head stays a body


def _suggestion(name: str, registered: str = "") -> Suggestion:
    return Suggestion(name, "person", 1, ("s",), (name,), "", "s", 1, registered=registered)


COUNCILLOR = _entity("maltby", "Diane Maltby")
COOK = _entity("cook", "Harriet Cook")


def test_surname_alone_when_the_dossier_names_nobody_else_so() -> None:
    # the review's case: "Maltby said" in a wire that never writes "Diane Maltby"
    assert provisionals.surnames_alone([_suggestion("Sam Okafor")], (COUNCILLOR,)) == {"maltby": "Maltby"}
    attached = provisionals.attach([_suggestion("Sam Okafor")], (COUNCILLOR,))[0]
    assert [(a.text, a.after_full_name) for a in attached.aliases] == [("Diane Maltby", False), ("Maltby", False)]
    # a merger: the chief executive, no other of that surname
    assert provisionals.surnames_alone([], (DEFENDANT, CHIEF)) == {"trelawny": "Trelawny", "lindqvist": "Lindqvist"}


def test_surname_stays_after_the_full_name_when_shared_or_a_word() -> None:
    # another person of that surname found in the dossier (the hiker's parents)
    assert provisionals.surnames_alone([_suggestion("Susan Ashworth")], (HIKER,)) == {}
    # another registered entity with that surname
    assert provisionals.surnames_alone([], (HIKER, _entity("graham", "Graham Ashworth"))) == {}
    # an English word ("cook") stays after the full name
    assert provisionals.surnames_alone([], (COOK,)) == {}
    # a registered body is no person
    assert provisionals.surnames_alone([], (FIRM,)) == {}

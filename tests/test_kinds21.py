"""Kinds of discovered names, and names cut in two, from review s21 (i #11, j #13). Each
review case is rewritten as a small invented sentence, with siblings from other kinds of
story (a court case, a recall, a merger) and negatives that must not change; expected
values were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder import pipeline
from builder.annotate import discover, nameruns
from builder.model import Alias, Dossier, Entity, Source
from builder.read.text import split_paragraphs


def source(text: str, sid: str) -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2024, 3, 12), paragraphs=split_paragraphs(text))


def kinds_of(*texts: str, registry: tuple[Entity, ...] = ()) -> dict[str, str]:
    """Discovered name -> kind (products, measures and dropped names absent)."""
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    found = discover.group_names(Dossier(srcs, registry), pipeline.annotate_all(srcs, registry, 1))
    return {s.name: s.kind for s in found}


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b, _, _ in nameruns.runs(text, 0, len(text), frozenset())]


# -- i#11, j#13: a name's own head word, an appositive, a verb of climbing


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Former staff said they had formed an independent studio, Ember Lane Games, in Avel.", "Ember Lane Games", "organisation"),
        ("The fault was in a valve supplied by Tervik Components. Tervik Components said it disagreed.", "Tervik Components", "organisation"),
        ("Divers recovered more bodies from the hull off Skerra Point.", "Skerra Point", "place"),
        ("The satellite was to serve ships across the North Atlantic.", "North Atlantic", "place"),
        ("A vigil will be held at St Brendan's Church on Saturday.", "St Brendan's Church", "place"),
        ("Carver, who climbed with him on Ben Nevis last winter, said he was strong.", "Ben Nevis", "place"),
        ("Teams searched a gully below Harlan Saddle. He fell near Harlan Saddle.", "Harlan Saddle", "place"),
        ("Hikers on the Cathedral Lake Trail were asked to call.", "Cathedral Lake Trail", "place"),
        ("He was lost in the Granite Peaks Wilderness on Monday.", "Granite Peaks Wilderness", "place"),
        ("Ridgway Mountain Rescue said the search would go on.", "Ridgway Mountain Rescue", "organisation"),
        ("He drew his game against Dutch grandmaster Pieter van Dam, she said.", "Pieter van Dam", "person"),
        # siblings: a merger's new firm, a recall's parts maker, a court case's publisher
        ("The founders set up a new company, Brightwater Studios, in March.", "Brightwater Studios", "organisation"),
        ("Brakes made by Halden Components were recalled.", "Halden Components", "organisation"),
        ("The suit was filed by Corrin Interactive on Monday.", "Corrin Interactive", "organisation"),
        ("Her lawyer, Anna de Ponte, said the ruling was wrong.", "Anna de Ponte", "person"),
    ],
)
def test_kinds_of_names(text: str, name: str, kind: str) -> None:
    assert kinds_of(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # negatives: an event's "Games", an airline with an ocean's name, a church as a body,
        # a person after "the group,", a person named Ben
        ("Athletes arrived for the Commonwealth Games in Avel.", "Commonwealth Games", "event"),
        ("Staff at Kessel Atlantic were told of the cuts.", "Kessel Atlantic", "organisation"),
        ("The Church of England said it would review the case.", "Church of England", "organisation"),
        ("To save the group, Tomas Brandt said he would sell the plant.", "Tomas Brandt", "person"),
        ("Ben Carver said the weather had turned.", "Ben Carver", "person"),
        ("Shares in Kessel Holdings climbed on Monday.", "Kessel Holdings", "organisation"),
        ("It was felt as far away as the capital, Ardesh, 340 km away, and in Ardesh itself.", "Ardesh", "place"),
    ],
)
def test_kinds_that_must_not_change(text: str, name: str, kind: str) -> None:
    assert kinds_of(text)[name] == kind


# -- i#11: a work's title in quotation marks is no organisation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The studio will focus on its "Iron Tide" shooter games.', "Iron Tide"),
        ("The cancelled game was 'Lantern Vale', in production since 2022.", "Lantern Vale"),
        # siblings: a court case's disputed film, a recall's product line
        ('The lawsuit claims the film "Silent Harbour" copied her script.', "Silent Harbour"),
        ("Sales of the \u201cBreeze Max\u201d heater were halted.", "Breeze Max"),
    ],
)
def test_a_quoted_title_is_no_organisation(text: str, name: str) -> None:
    assert name not in kinds_of(text)


def test_a_quoted_name_with_a_head_word_keeps_its_kind() -> None:
    # negative: a body's name quoted keeps its kind (its head word outweighs the quotes)
    assert kinds_of('He called it "Harlow Group" in the letter.')["Harlow Group"] == "organisation"


# -- j#13: units, grades and a registered person's first name are no names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Temperatures dropped to about 15 degrees Fahrenheit on Sunday.", "Fahrenheit"),
        ("The bridge is a Grade II listed structure.", "Grade II"),
        # siblings: a storm's category, a trial's phase
        ("It was upgraded to a Category 4 storm overnight.", "Category 4"),
        ("The drug entered Phase III trials in May.", "Phase III"),
    ],
)
def test_units_and_grades_are_no_names(text: str, name: str) -> None:
    assert name not in kinds_of(text)


def test_a_registered_persons_first_name_is_no_new_name() -> None:
    hiker = Entity(id="dan", kind="person", name="Daniel Ashworth", aliases=(Alias("Daniel Ashworth"), Alias("Ashworth")), summary="s")
    found = kinds_of(
        "Daniel Ashworth, 34, went missing on Saturday.",
        '"We are in close contact with Daniel\'s family," the sheriff said. "If anyone can sit out a storm, it\'s Dan," a friend said.',
        registry=(hiker,),
    )
    assert "Daniel" not in found and "Dan" not in found
    # negative: a single word that is no registered person's given name stays
    assert kinds_of("Talks with Orbis stalled.", registry=(hiker,))["Orbis"] == "organisation"


# -- j#13: names cut at "and" or at a saint's possessive


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (("Summit County Search and Rescue joined the search on Tuesday.",), "Summit County Search and Rescue"),
        (("He was flown to St. Mary's Medical Center in Grand Junction.",), "St. Mary's Medical Center"),
        # siblings: a recall's hospital, a court case's school
        (("Two patients were treated at St Anne's General Hospital.",), "St Anne's General Hospital"),
        (("Pupils at St Luke's Primary School were sent home.",), "St Luke's Primary School"),
    ],
)
def test_whole_names_across_and_and_a_saints_possessive(texts: tuple[str, ...], name: str) -> None:
    assert name in kinds_of(*texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negatives: a possessive of a place or firm still parts two names
        ("Singapore's Changi Airport reopened.", ["Singapore", "Changi Airport"]),
        ("Kessel's Harbour Authority objected.", ["Kessel", "Harbour Authority"]),
    ],
)
def test_other_possessives_still_part_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Foreign, Commonwealth and Development Office said it was in contact with the family.",
         "Foreign, Commonwealth and Development Office"),
        # siblings: a recall's safety committee, a merger's ministry
        ("The Health, Safety and Environment Committee said the recall was late.", "Health, Safety and Environment Committee"),
        ("Approval from the Trade, Energy and Industry Department came on Monday.", "Trade, Energy and Industry Department"),
    ],
)
def test_a_list_of_fields_before_a_head_is_one_name(text: str, name: str) -> None:
    found = kinds_of(text)
    assert found[name] == "organisation"
    assert not any(n != name and name.endswith(n) for n in found)


def test_a_list_of_names_stays_apart() -> None:
    # negative: "the X, Y and Z Group" whose first member is no English word is a list of bodies
    found = kinds_of("Talks between the Orvane, Kessel and Brandt Group ended.")
    assert "Orvane" in found and not any(n.startswith("Orvane,") for n in found)


# -- j#13: a title's field is no body


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('"We are sorry," said Mark Ellery, Director of Highways and Transport.', {"Highways", "Transport"}),
        # siblings: a court case's official, a merger's finance head, a recall's desk byline
        ("Ana Ruiz, Head of Finance and Operations, said the deal was closed.", {"Finance", "Operations"}),
        ("By Alison Greaves, Transport Correspondent\n\nThe recall widened on Monday.", {"Transport"}),
    ],
)
def test_a_titles_fields_are_no_names(text: str, gone: set[str]) -> None:
    assert not gone & set(kinds_of(text))


def test_a_body_after_a_title_stays() -> None:
    # negative: one body after a title, no second field coordinated
    assert kinds_of("Tomas Brandt, Chief Executive of Orvane, said sales fell.")["Orvane"] == "organisation"

"""Names from review s20 (a derailment, a measles outbreak, an art theft, a data fine, a
crypto exchange's collapse, an earthquake): a rank before a surname, an abbreviation's
full stop, kinds of names and fragments of names. Each review case is rewritten as a small
invented sentence, with siblings from other kinds of story and negatives that must not
change; expected values were worked out by hand."""

from __future__ import annotations

import pytest
from test_discovery import suggestions

from builder.annotate import nameruns
from builder.annotate.matcher import Matcher, resolve
from builder.model import Alias, Entity


def spans(text: str) -> list[str]:
    """The names `names` finds in one sentence, as written."""
    return [text[a:b] for a, b, _, _ in nameruns.runs(text, 0, len(text), frozenset())]


# -- e#12: a rank abbreviation before a surname is a title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DCI Benning said officers had searched four addresses.", ["Benning"]),
        ("Chief Supt Rourke apologised to the families.", ["Rourke"]),
        # a court case's detective, a recall's army unit, a merger's police escort
        ("Det Insp Hollis told the court the phone was seized.", ["Hollis"]),
        ("Lt Gen Omar Hale said the trucks would be withdrawn.", ["Omar Hale"]),
        ("DS Patel and PC Moran arrested him at the depot.", ["Patel", "Moran"]),
        ("Maj. Ortiz said the convoy was safe.", ["Ortiz"]),
    ],
)
def test_a_rank_before_a_surname_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negatives: a rank's letters with no name after them, or before another acronym
        ("He bought a new PC from Harlow Stores.", ["PC", "Harlow Stores"]),
        ("The PC NHS scheme was cut.", ["PC", "NHS"]),
        # a full rank still opens nothing but the person
        ("Detective Chief Inspector Laura Benning said the van was found.", ["Laura Benning"]),
    ],
)
def test_a_rank_alone_is_left_as_it_was(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_rank_and_surname_join_the_person_named_in_full_elsewhere() -> None:
    found = suggestions(
        "Alan Rourke, the force's chief superintendent, said the line was closed.",
        "Chief Supt Rourke apologised to the families.",
    )
    assert found["Alan Rourke"].count == 2
    assert "Supt Rourke" not in found and "Rourke" not in found


REGISTRY = [
    Entity(id="laura-benning", kind="person", name="Laura Benning",
           aliases=(Alias("Laura Benning"), Alias("Benning", after_full_name=True)), summary="s"),
    Entity(id="kestrel-rail", kind="organisation", name="Kestrel Rail",
           aliases=(Alias("Kestrel Rail"), Alias("Kestrel", after_full_name=True)), summary="s"),
]


def matched(text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], e) for h, e in resolve(Matcher(REGISTRY).hits(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source that never names her in full: the rank names her
        ("DCI Benning said officers had searched four addresses. Benning said more arrests were likely.",
         [("Benning", "laura-benning"), ("Benning", "laura-benning")]),
        ("Mr. Benning was not in court.", [("Benning", "laura-benning")]),
        # negatives: a bare short form before the full name, a short form after a common word
        ("Benning said more arrests were likely.", []),
        ("The Kestrel timetable was cut.", []),
    ],
)
def test_a_title_before_a_registered_surname_names_the_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert matched(text) == expected


# -- e#14: an abbreviation's full stop makes no second name


@pytest.mark.parametrize(
    ("first", "second", "name", "other"),
    [
        ("Pupils at St. Brendan's Academy were sent home.", "St Brendan's Academy said it would reopen.",
         "St Brendan's Academy", "St. Brendan's Academy"),
        # a recall's plant and a court case's clinic
        ("The recall covers vans built at the Mt. Ardley Works.", "Mt Ardley Works said the vans were safe.",
         "Mt Ardley Works", "Mt. Ardley Works"),
        ("The claim names Dr. Osman Reyes.", "Dr Osman Reyes denied it.", "Osman Reyes", ""),
    ],
)
def test_an_abbreviations_full_stop_makes_one_name(first: str, second: str, name: str, other: str) -> None:
    found = suggestions(first, second)
    assert found[name].count == 2
    assert other not in found


def test_a_full_stop_ending_a_sentence_is_kept_apart() -> None:
    # negative: two different names stay two ("St Ives" the town, "Stives" no abbreviation)
    found = suggestions("Visitors to St Ives fell.", "The Stives Group said sales fell.")
    assert "St Ives" in found and "Stives Group" in found

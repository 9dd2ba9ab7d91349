"""Name discovery and kinds from review 19 (an air crash, a drug withdrawal, a libel trial,
a canal blockage, a city budget): a close apposition after a body's noun, a company's
trade word, an acronym then a land. Each review case has siblings from other kinds of
story and negatives that must not change; expected values were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_discovery import suggestions

from builder.annotate import nameruns
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def spans(text: str) -> list[str]:
    """The names `names` finds in one sentence, as written."""
    return [text[a:b] for a, b, _, _ in nameruns.runs(text, 0, len(text), frozenset())]


# -- c#11, d#12: companies and bodies made persons


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("The claim was filed on Monday by the law firm Brennan Lowe.",
         "Brennan Lowe partner Richard Hale said the paper had lied. Brennan Lowe said it would appeal.", "Brennan Lowe"),
        # a merger and a recall
        ("The deal was advised by the investment bank Morgan Hale.", "Morgan Hale said the terms were fair.", "Morgan Hale"),
        ("The heaters were made by the engineering company Tomas Breck.", "Tomas Breck said it would replace them.", "Tomas Breck"),
    ],
)
def test_a_body_noun_before_a_name_makes_it_a_body(first: str, second: str, name: str) -> None:
    found = suggestions(first, second)
    assert found[name].kind == "organisation"


def test_a_person_after_a_role_noun_stays_a_person() -> None:
    # negatives: "the partner Y", "the company's founder Y" name people
    found = suggestions(
        "The claim was filed by her partner Richard Hale on Monday.",
        "The company's founder Anna Kowal said the figures were wrong. Anna Kowal, 52, resigned.",
    )
    assert found["Richard Hale"].kind == "person"
    assert found["Anna Kowal"].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NHS England said the drug was withdrawn. NHS England will review the guidance.", "NHS England"),
        ("BBC Scotland said the programme would air. BBC Scotland apologised.", "BBC Scotland"),
        ("The ship is managed by Orsund Ship Management. Orsund Ship Management said the crew were safe.",
         "Orsund Ship Management"),
        ("Holbeck Asset Management said the fund would close. Holbeck Asset Management lost the case.",
         "Holbeck Asset Management"),
    ],
)
def test_company_words_and_an_acronym_then_a_land_make_a_body(text: str, name: str) -> None:
    assert suggestions(text)[name].kind == "organisation"


def test_a_japanese_company_word_joins_its_short_form() -> None:
    found = suggestions("The owner, Kisaragi Kisen Kaisha, apologised.", "Kisaragi Kisen said the hull was sound.")
    company = found["Kisaragi Kisen Kaisha"]
    assert company.kind == "organisation"
    assert set(company.forms) == {"Kisaragi Kisen", "Kisaragi Kisen Kaisha"}
    assert "Kisaragi Kisen" not in found


def test_a_person_named_after_a_land_stays_a_person() -> None:
    # negatives: a given name with a land's name is a person; a land alone is a place
    found = suggestions("Jordan Wales, 41, said the road was shut. Officials in Scotland agreed.")
    assert found["Jordan Wales"].kind == "person"
    assert found["Scotland"].kind == "place"


# -- c#11, d#12: junk names (a kin noun's person, a registration mark, a title in apposition,
# a numbered series, a report's title after a body)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marta Lind, whose 24-year-old son Oskar was on board, spoke. Oskar had flown twice before.", "Oskar"),
        # a court case and a recall
        ("The defendant's wife Ilse wept in court.", "Ilse"),
        ("Her daughter Maren was hurt when the heater caught fire.", "Maren"),
    ],
)
def test_a_kin_noun_before_a_name_makes_a_person(text: str, name: str) -> None:
    assert suggestions(text)[name].kind == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The aircraft, registered LN-SKV, was new.", []),
        ("The jet, G-EUPT, was grounded by Valdor Air.", ["Valdor Air"]),
        ("The cause is unclear, said Ingrid Solberg, Chief Investigator.", ["Ingrid Solberg"]),
        ("The recall was ordered, said Tomas Breck, Senior Engineer, on Monday.", ["Tomas Breck"]),
        ("It cut the rating on its Pension Obligation Bonds, Series 2015, to C.", ["Pension Obligation Bonds"]),
        # negatives: a title then a surname after a comma is a person; a place before a year stays
        ("The hearing was led by Ana Ruiz, Inspector Kowalczyk and a clerk.", ["Ana Ruiz", "Kowalczyk"]),
        ("The games were held in London 2012 style.", ["London"]),
    ],
)
def test_codes_titles_and_numbered_series_are_no_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_reports_title_after_a_body_is_no_person() -> None:
    found = suggestions("The methodology used was US Local Government General Obligation Debt published in January.")
    assert "General Obligation Debt" not in found
    # negative: a person after a firm's name is still split off
    found = suggestions("Fort Pitt Capital Group Charlie Smith said shares fell.")
    assert found["Charlie Smith"].kind == "person"


# -- d#12: a title before a name is a role, no part of the name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Provost Janet Holbrook said the review would end.", "Janet Holbrook"),
        ("Comptroller Denise Albright said the budget was short.", "Denise Albright"),
        ("Rector Piotr Nowak said the college would close.", "Piotr Nowak"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert spans(text) == [name]


# -- c#18, d#12: a role fact keeps no clause word before a title; "Mr Justice X" is a judge


def _person(eid: str, name: str) -> Entity:
    return Entity(id=eid, kind="person", name=name, aliases=(Alias(name), Alias(name.split()[-1])), summary="s")


PEOPLE = [_person("berg", "Jonas Berg"), _person("marsh", "Helen Marsh"), _person("pellew", "Pellew"),
          _person("ward", "Ward"), _person("ruiz", "Ana Ruiz")]


def roles(text: str) -> list[tuple[str, str]]:
    src = Source("s0", "s0.txt", text, "s0", published=dt.date(2026, 3, 2), paragraphs=split_paragraphs(text))
    by_id = {e.id: e for e in PEOPLE}
    return [(f.entity, f.value) for f in annotate(src, Matcher(PEOPLE), by_id).facts if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rules were tightened, though Transport Minister Jonas Berg said more was needed.",
         [("berg", "Transport Minister")]),
        ("I will meet Governor Helen Marsh on Monday.", [("marsh", "Governor")]),
        ("He told Mr Justice Pellew the article was false.", [("pellew", "judge")]),
        # a recall and a merger
        ("Mrs Justice Ward ruled the recall lawful.", [("ward", "judge")]),
        ("The deal closed although Finance Minister Ana Ruiz had doubts.", [("ruiz", "Finance Minister")]),
        # negative: "former" stays in the role
        ("The talks were led by former Governor Helen Marsh.", [("marsh", "former Governor")]),
    ],
)
def test_a_role_keeps_no_clause_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# -- d#12: a body's numbered branch keeps its number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members of Municipal Employees Local 77 voted on Tuesday.", ["Municipal Employees Local 77"]),
        ("He joined Teamsters Local 120 last year.", ["Teamsters Local 120"]),
        ("The Fraternal Order of Police Lodge 7 backed the chief.", ["Fraternal Order of Police Lodge 7"]),
        # negatives: a designation after a name, a label alone
        ("Valdor Airlines Flight 447 crashed.", ["Valdor Airlines"]),
        ("Local 14 voted on Monday.", []),
    ],
)
def test_a_numbered_branch_keeps_its_number(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


# -- c#12 (first half): a body's name that opens with a code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They briefed members of the SV417 Families Association on Monday.", ["SV417 Families Association"]),
        ("The MH17 Relatives Foundation said the verdict was fair.", ["MH17 Relatives Foundation"]),
        ("The K10 Owners Group wants a recall.", ["K10 Owners Group"]),
        # negatives: a code before a product's name or an event is a designation
        ("The V400 Skyhopper was grounded by Valdor Air.", ["Skyhopper", "Valdor Air"]),
        ("Flight SV417 left Oslo at noon.", ["Flight", "Oslo"]),
    ],
)
def test_a_code_opens_a_bodys_name(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_body_named_with_a_code_is_discovered() -> None:
    found = suggestions("The Board briefed members of the SV417 Families Association on Monday.",
                        "The SV417 Families Association said the report was late.")
    assert found["SV417 Families Association"].kind == "organisation"


def test_a_role_after_a_bodys_name_of_two_words_names_it_once() -> None:
    people = [_person("hale", "Richard Hale"),
              Entity(id="bl", kind="organisation", name="Brennan Lowe", aliases=(Alias("Brennan Lowe"),), summary="s")]
    text = "Brennan Lowe partner Richard Hale said the article was false."
    src = Source("s0", "s0.txt", text, "s0", published=dt.date(2026, 3, 2), paragraphs=split_paragraphs(text))
    facts = annotate(src, Matcher(people), {e.id: e for e in people}).facts
    assert [(f.entity, f.value) for f in facts if f.kind == "role"] == [("hale", "partner (Brennan Lowe)")]

"""Name discovery, spans and kinds from review 19 (a ransomware attack, a wildfire, a rate
cut, a mine collapse, match-fixing, a procurement inquiry): a role noun between a body and
its holder, a title and a surname on second reference, an office's name ending in its
holder's title, a minister's portfolio, a sentence-case title, a couple sharing one
surname, press-release furniture, stock listings, members of an elected body, a label
noun after its number, a state's adjective, a list of places, and a registered company's
name without its legal form. Each review case has siblings from other kinds of story;
expected values were worked out by hand."""

from __future__ import annotations

import pytest
from test_discovery import source, suggestions

from builder import pipeline
from builder.annotate import discover, nameruns, provisionals
from builder.annotate.matcher import Matcher, resolve
from builder.model import Alias, Dossier, Entity


def spans(text: str) -> list[str]:
    """The names `names` finds in one sentence, as written."""
    return [text[a:b] for a, b, _, _ in nameruns.runs(text, 0, len(text), frozenset())]


# -- #10: "Alder County Sheriff Dale Okonkwo said": a role noun the closed list of titles
# lacks, between a place and a full name; "Sheriff Okonkwo" later is the same man


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people died on Ridgeback Lane, Alder County Sheriff Dale Okonkwo said.", ["Ridgeback Lane", "Alder County", "Dale Okonkwo"]),
        ("Alder County Supervisor Nadine Ferreira-Holt, whose district includes Pinecastle, said the count was low.",
         ["Alder County", "Nadine Ferreira-Holt", "Pinecastle"]),
        # a court case and a recall
        ("Kessel Township Clerk Maria Ortiz said the filings were late.", ["Kessel Township", "Maria Ortiz"]),
        ("Valdor Motors Engineer Ana Ruiz said the recall covers 40,000 cars.", ["Valdor Motors", "Ana Ruiz"]),
        # no given name after the noun: one name ("Avel Harbour Master Plan" is a plan's name)
        ("The Avel Harbour Master Plan was approved.", ["Avel Harbour Master Plan"]),
    ],
)
def test_a_role_noun_between_a_body_and_its_holder(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_title_and_surname_on_second_reference_is_the_person() -> None:
    found = suggestions(
        "Two people died on Ridgeback Lane, Alder County Sheriff Dale Okonkwo said.",
        "Residents may return on Thursday. Sheriff Okonkwo said the roads were open.",
    )
    assert found["Dale Okonkwo"].kind == "person"
    # "Sheriff" is a title (s21 j.md #14): no part of the name, its surname the short form
    assert set(found["Dale Okonkwo"].forms) == {"Dale Okonkwo"}
    assert found["Dale Okonkwo"].short_forms == ("Okonkwo",)
    assert "Sheriff Okonkwo" not in found


def test_title_and_surname_stays_apart_when_two_people_share_the_surname() -> None:
    found = suggestions(
        "Kessel Township Clerk Maria Ortiz said the filings were late. Her brother Tomas Ortiz agreed.",
        "The hearing resumed on Monday. Clerk Ortiz said the papers were ready.",
    )
    assert "Clerk Ortiz" in found
    assert "Clerk Ortiz" not in found["Maria Ortiz"].forms


# -- #15: an office's name ends in its holder's title; "(ABBR)" after it is its alias; a
# portfolio after a minister's title, and a title in sentence case, are no organisation


def test_an_office_named_after_its_holder_runs_through_the_title() -> None:
    found = suggestions(
        "We have informed the Office of the Data Protection Commissioner.",
        "The Office of the Data Protection Commissioner (ODPC) opened an inquiry. The ODPC said it would report.",
    )
    office = found["Office of the Data Protection Commissioner"]
    assert office.kind == "organisation"
    assert "ODPC" in office.forms
    assert "Office of the Data Protection" not in found and "ODPC" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fraud referral went to the Office of the Inspector General on Friday.", ["Office of the Inspector General"]),
        # no article after "of": a body and its officer
        ("The Bank of England Governor said rates would hold.", ["Bank of England"]),
        ("Bank of England Governor Andrew Bailey said rates would hold.", ["Bank of England", "Andrew Bailey"]),
    ],
)
def test_a_title_after_of_the(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Minister of Finance, Aurelia Bánffy, issued the following statement.", ["Aurelia Bánffy"]),
        ("A statement from the Minister for Mines and Resources, the Hon. Priya Raghunathan MLA, said so.", ["Priya Raghunathan"]),
        ("The Hon Priya Raghunathan said the inquiry would sit in May.", ["Priya Raghunathan"]),
        ("The merger was cleared by the Commissioner for Trade, Ana Ruiz.", ["Ana Ruiz"]),
        # a body after the title keeps its name
        ("A memo went to Secretary of the Harbour Board Ana Ferreira.", ["Harbour Board", "Ana Ferreira"]),
        # "Hon" without its full stop or "the" opens a firm's name
        ("Hon Hai Precision said orders were up.", ["Hon Hai Precision"]),
        # a portfolio of two common words before the title; a body's name before it stays
        ("The Data Protection Commissioner opened a formal investigation.", []),
        ("Foreign Affairs Minister Ana Ruiz said the talks would resume.", ["Ana Ruiz"]),
        ("Labour Party Secretary Jo Hart backed the strike.", ["Labour Party", "Jo Hart"]),
    ],
)
def test_a_portfolio_and_a_style_are_no_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy chief executive Sunil Rao said the network was restored.", ["Sunil Rao"]),
        ("Acting chief executive Jo Hart said stores would reopen after the recall.", ["Jo Hart"]),
        ("Senior vice president Ana Ruiz said the merger would close in May.", ["Ana Ruiz"]),
    ],
)
def test_a_title_in_sentence_case_is_no_name(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


# -- #16, #17: junk names and kinds


def test_press_release_furniture_names_nothing() -> None:
    found = suggestions(
        "NEWS RELEASE\n\nKessel Foods recalled 4,000 jars on Monday, Kessel Foods said.\n\n"
        "Forward-Looking Statements\n\nThis release contains statements about the future.\n\n"
        "Media Contact: Kessel Foods Press Office, 555-0148\n\nENDS",
        "MEDIA STATEMENT\n\nThe Avel Harbour Authority said the port was shut.\n\nMedia contact: Ana Ruiz, 555-0199",
    )
    assert set(found) >= {"Kessel Foods", "Avel Harbour Authority"}
    for junk in ("NEWS RELEASE", "ENDS", "Forward-Looking Statements", "Media Contact", "Media", "MEDIA STATEMENT"):
        assert junk not in found, junk


def test_a_heading_with_a_name_is_read() -> None:
    found = suggestions("Avel Harbour Authority\n\nThe port was shut on Monday, the Avel Harbour Authority said.")
    assert found["Avel Harbour Authority"].kind == "organisation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallbrook Mining Ltd (ASX: HBM) provides the following update.", ["Hallbrook Mining Ltd"]),
        ("Golden Basin Electric (NYSE: GBEC) said its equipment was checked.", ["Golden Basin Electric"]),
        ("They cleared the 640 Level drive on Thursday.", []),
        ("Opposition MPs on the committee said the figure was wrong.", ["Opposition"]),
        ("Kessel Party MPs voted against the merger.", ["Kessel Party"]),
        ("A committee of MPs will open an inquiry.", []),
    ],
)
def test_listings_labels_and_members_are_no_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_two_given_names_share_one_surname() -> None:
    found = suggestions("The fire took the home of Lorraine and Gene Atwater, a couple in their 70s.")
    assert found["Lorraine"].kind == "person"
    assert found["Gene Atwater"].kind == "person"
    # two names of bodies keep their own kinds
    found = suggestions("Shares in Kessel and Avel Shipping fell after the merger, traders said.")
    assert found.get("Kessel") is None or found["Kessel"].kind != "person"


def test_a_states_adjective_is_no_name() -> None:
    found = suggestions("Californian fire survivors sued the utility.", "More than 200 Californian residents joined the suit.")
    assert "Californian" not in found


def test_a_list_of_places_with_a_compass_point_shares_its_kind() -> None:
    found = suggestions("Searches were carried out at eight addresses in Essex, Hertfordshire and north London on Tuesday.")
    assert found["Hertfordshire"].kind == "place"


# -- #19: a registered company's name without its legal form, written where a registered
# short form opens it, is found whole and attached to the entity; the longer match wins


def _org(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind="organisation", name=name, aliases=(Alias(name), *(Alias(a) for a in aliases)), summary="s")


def _found(entities: tuple[Entity, ...], *texts: str) -> dict[str, discover.Suggestion]:
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    return {s.name: s for s in discover.group_names(Dossier(srcs, entities), pipeline.annotate_all(srcs, entities, 1))}


@pytest.mark.parametrize(
    ("entity", "text", "form"),
    [
        (_org("hb", "Hallbrook Mining Ltd", "Hallbrook"), "Hallbrook Mining, the operator, said all nine workers were safe.",
         "Hallbrook Mining"),
        # a recall and a merger
        (_org("kf", "Kessel Foods plc", "Kessel"), "Kessel Foods said the recall covered 4,000 jars.", "Kessel Foods"),
        (_org("mp", "Marlow Penn Shipping Inc.", "Marlow"), "Marlow Penn Shipping agreed to the merger on Monday.",
         "Marlow Penn Shipping"),
    ],
)
def test_a_registered_name_without_its_legal_form_is_found_whole(entity: Entity, text: str, form: str) -> None:
    found = _found((entity,), text)
    assert found[form].registered == entity.id
    extended = provisionals.attach(list(found.values()), (entity,))[0]
    hits = resolve(Matcher([extended]).hits(text))
    assert [(text[h.start : h.end], e) for h, e in hits][0] == (form, entity.id)


def test_a_longer_name_that_is_no_registered_form_stays_out() -> None:
    # "Hallbrook Gold" is no form of "Hallbrook Mining Ltd": the short form's mention stands
    found = _found((_org("hb", "Hallbrook Mining Ltd", "Hallbrook"),), "Hallbrook Gold, a new venture, said so.")
    assert "Hallbrook Gold" not in found


def test_the_hon_does_not_end_a_sentence() -> None:
    found = suggestions("The Board will be chaired by former judge the Hon. Margaret Castellane, who sat for 20 years.")
    assert found["Margaret Castellane"].kind == "person"
    assert not any(name.startswith("Hon") for name in found)


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (("A draft report says Britain's border minister met the founder twice.",), "Britain"),
        # a recall and a merger
        (("Great Britain's regulator ordered the recall on Monday.",), "Great Britain"),
        (("Bosnia's competition regulator approved the merger on Friday.",), "Bosnia"),
    ],
)
def test_a_countrys_other_name_is_a_place(texts: tuple[str, ...], name: str) -> None:
    assert suggestions(*texts)[name].kind == "place"


def test_a_short_last_word_of_a_countrys_name_is_no_place() -> None:
    found = suggestions("Director Sergio Leone said the film would open in May. Leone said the cast was set.")
    assert found["Sergio Leone"].kind == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Media contact: Anika Deol, Head of Corporate Affairs, +61 8 5550 0142", ["Anika Deol"]),
        ("Jo Hart, Director of Communications, said the recall was voluntary.", ["Jo Hart"]),
        # a body's own name after the title stays
        ("Ana Ruiz, Head of the Avel Harbour Authority, said the port was shut.", ["Ana Ruiz", "Avel Harbour Authority"]),
    ],
)
def test_a_function_after_head_or_director_is_no_name(text: str, expected: list[str]) -> None:
    assert [n for n in spans(text) if n != "Media"] == expected


@pytest.mark.parametrize(
    ("texts", "land", "adjective"),
    [
        # the review's rate cut: an invented country the gazetteer lacks
        (("VESTRAD, June 11 (Northgate) - Corvenia's central bank cut its main rate.",
          "Corvenian government bond yields jumped. Corvenian banks fell."), "Corvenia", "Corvenian"),
        # a court case and a recall in invented lands
        (("Ostravia's top court heard the appeal.", "Ostravian judges rarely sit on Sundays."), "Ostravia", "Ostravian"),
        (("Regulators in Velmark ordered the recall.", "Velmarkish drivers were told to stop."), "Velmark", "Velmarkish"),
    ],
)
def test_a_name_beside_its_peoples_adjective_is_a_place(texts: tuple[str, ...], land: str, adjective: str) -> None:
    found = suggestions(*texts)
    assert found[land].kind == "place"
    assert adjective not in found and adjective not in found[land].forms


def test_a_person_beside_a_like_adjective_stays_a_person() -> None:
    found = suggestions("Karin Ostrav said the deal was fair. Ostrav said so again.", "Ostravan workers agreed.")
    assert found["Karin Ostrav"].kind == "person"

"""Names, spans and kinds from review 18b (a car recall, a takeover, a dam protest): a
preposition opening a sentence, an organ of a body ("The Board of X"), a company's fullest
name, Romance particles inside a name, a title before a person "of the Y community",
coordinated lists, road names, product names and adjectives. Each review case has
siblings from other kinds of story; expected values were worked out by hand."""

from __future__ import annotations

import pytest
from test_discovery import suggestions

from builder.annotate import discover


def forms(s: discover.Suggestion) -> set[str]:
    return set(s.forms) | set(s.short_forms)


# -- #22: "Under UK takeover rules": a preposition opening a sentence is no part of a name

@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Under UK takeover rules, Harlow has until 9 June to make a firm offer.", "UK"),
        ("Across Chile, thousands of students marched on Thursday.", "Chile"),
        ("During Brazil's trial of the airline, three witnesses were heard.", "Brazil"),
    ],
)
def test_a_preposition_opening_a_sentence_before_a_place(text: str, place: str) -> None:
    found = suggestions(text)
    assert found[place].kind == "place"
    assert not any(n.split()[0] in ("Under", "Across", "During") for n in found)


def test_a_name_that_opens_with_a_preposition_stays_whole() -> None:
    found = suggestions("Under Armour shares fell 4 percent.", "Investors sold Under Armour on Monday.")
    assert "Under Armour" in found and "Armour" not in found


# -- #22: "The Board of Castellan Foods plc" is the board of the company, a mention of it

@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Board of Castellan Foods plc notes the recent press speculation.", "Castellan Foods plc"),
        ("The Trustees of the Avel Heritage Trust met on Monday to discuss the recall.", "Avel Heritage Trust"),
        ("Directors of Kessel Ltd resigned after the merger was blocked.", "Kessel Ltd"),
    ],
)
def test_an_organ_of_a_body_names_the_body(text: str, body: str) -> None:
    found = suggestions(text)
    assert body in found, found
    assert found[body].kind == "organisation"
    assert not any(n.startswith(("Board", "Trustees", "Directors")) for n in found)


def test_a_board_named_by_english_words_stays_a_name() -> None:
    found = suggestions("The Board of Trade ruled on Monday.", "The Board of Governors met in Avel.")
    assert {"Board of Trade", "Board of Governors"} <= set(found)


# -- #22: a company is named by its fullest form ("Harlow Group plc", not "Harlow")

@pytest.mark.parametrize(
    ("texts", "name", "short"),
    [
        (("Harlow Group plc made an unsolicited offer on Monday.",
          "Harlow said it would wait. Harlow declined to comment. Harlow Group shares rose."), "Harlow Group plc", "Harlow"),
        (("Kessel Holdings agreed to buy Avel Foods.", "Kessel said the deal would close in May. Kessel shares fell."),
         "Kessel Holdings", "Kessel"),
    ],
)
def test_a_company_is_named_by_its_fullest_form(texts: tuple[str, ...], name: str, short: str) -> None:
    found = suggestions(*texts)
    assert name in found, found
    assert short in forms(found[name])
    assert short not in found


def test_an_acronym_keeps_its_place_as_the_name() -> None:
    found = suggestions("Shares of NVX Group rose. NVX said sales doubled. NVX shares rose again.")
    assert "NVX" in forms(found[next(n for n in found if n.startswith("NVX"))])


# -- #18: lower-case Romance particles inside a capitalised run join one name

@pytest.mark.parametrize(
    ("texts", "name", "short"),
    [
        (("Organisers from the Coordinadora por el Río Quilén said 15,000 people took part.",
          "María José Huenchullán, a spokeswoman for the Coordinadora, said the river was not for sale."),
         "Coordinadora por el Río Quilén", "Coordinadora"),
        # a court case in France, a merger in Argentina
        (("The Comité pour la Défense des Salariés filed the suit in Lyon on Monday.",), "Comité pour la Défense des Salariés", ""),
        (("The Frente Amplio por la Democracia opposed the merger of the two banks.",), "Frente Amplio por la Democracia", ""),
    ],
)
def test_romance_particles_inside_a_name(texts: tuple[str, ...], name: str, short: str) -> None:
    found = suggestions(*texts)
    assert found[name].kind == "organisation", found
    if short:
        assert short in forms(found[name]) and short not in found
    assert not any(n in found for n in ("Río Quilén", "Défense des Salariés", "Democracia"))


def test_romance_particles_after_a_place_or_an_english_word_join_nothing() -> None:
    found = suggestions("Why do Kessel workers strike, asked Ana Ruiz on Monday in Avel.")
    assert "Ana Ruiz" in found
    assert not any(" do " in n for n in found)


# -- #19: "Lonko Ceferino Catrileo Ñanco of the Lof Quilén community said": a title in
# another language, a person, and the community

@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ('Lonko Ceferino Catrileo Ñanco of the Lof Quilén community said: "The dam will drown our graves."',
         "Ceferino Catrileo Ñanco", "Lof Quilén"),
        # a recall, a court case
        ("Ingeniero Carlos Mendoza Ruiz of the Kessel Motors plant said the fault was known.",
         "Carlos Mendoza Ruiz", "Kessel Motors"),
        ("Avvocato Giulia Ferri Conti of the Avel Bar Association told the court the charge was false.",
         "Giulia Ferri Conti", "Avel Bar Association"),
    ],
)
def test_a_title_before_a_full_name_of_a_body(text: str, person: str, body: str) -> None:
    found = suggestions(text)
    assert found[person].kind == "person", found
    assert body in found, found
    assert not any(" of " in n for n in found)


def test_a_name_of_three_words_of_a_place_keeps_its_first_word() -> None:
    found = suggestions("The three-member panel, chaired by Nguyen Thi Lan of Vietnam, ruled on Friday.")
    assert found["Nguyen Thi Lan"].kind == "person"


# -- #20: members of one list after a preposition of place share the place's kind;
# roads are places; a cry in a sign-off is no name

@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("People came, neighbours from Curacautín, Lonquimay and Temuco, and marched.", ("Curacautín", "Lonquimay")),
        ("The recalled heaters were sold in Ohio, Marysville and Dunmore.", ("Marysville", "Dunmore")),
        ("Witnesses travelled from Avelgrad and Lyon to the trial.", ("Avelgrad",)),
    ],
)
def test_a_list_after_a_preposition_of_place_shares_the_place_kind(text: str, members: tuple[str, ...]) -> None:
    found = suggestions(text)
    for m in members:
        assert found[m].kind == "place", found[m]


def test_a_list_without_a_preposition_of_place_is_left_alone() -> None:
    found = suggestions("On Monday Kessel Holdings, Avel Foods and Ohio Power said the merger was off.")
    assert found["Kessel Holdings"].kind == "organisation"
    assert found["Avel Foods"].kind == "organisation"


@pytest.mark.parametrize("road", ["Pan-American Highway", "Trans-Canada Highway", "Avel Motorway"])
def test_a_road_is_a_place(road: str) -> None:
    found = suggestions(f"Protesters tried to block the {road} at the end of the march.")
    assert found[road].kind == "place"


def test_a_cry_in_a_sign_off_is_no_name() -> None:
    found = suggestions("The Avel Workers Union thanks every person who marched. Avel Workers Union — Solidaridad!",
                        "Coordinadora por el Río Quilén — Marichiweu!")
    assert "Solidaridad" not in found and "Marichiweu" not in found
    assert "Avel Workers Union" in found


def test_parties_between_or_a_premodifying_place_are_no_list_of_places() -> None:
    found = suggestions("The sale is the result of a deal begun between Aeroflot and Chicago-based Boeing last year.")
    assert found["Aeroflot"].kind == "organisation"
    assert found["Chicago"].kind == "place"


# -- #21: a maker's name and a model's before a made thing's noun is a product, no place;
# an adjective of two words, a term after "its" are no names

@pytest.mark.parametrize(
    ("texts", "gone"),
    [
        (("The agency upgraded its investigation into engine stalls in Veloria Aster sport-utility vehicles.",
          "Regulators widened their probe into stalling Veloria Aster SUVs on Thursday."), ("Veloria Aster", "Veloria Aster SUVs", "Aster SUVs")),
        # a recall of laptops, a court case over phones
        (("Complaints about fires in Kessel Breeze laptop computers grew.", "Kessel Breeze PCs were pulled from shops."),
         ("Kessel Breeze", "Kessel Breeze PCs", "Breeze PCs")),
    ],
)
def test_a_model_before_a_made_things_noun_is_no_place(texts: tuple[str, ...], gone: tuple[str, ...]) -> None:
    found = suggestions(*texts)
    for name in gone:
        assert name not in found or found[name].kind != "place", found[name]
    assert not any(n.endswith(("SUVs", "PCs")) for n in found)


def test_an_adjective_of_two_words_before_its_noun_is_no_name() -> None:
    found = suggestions('"We will fix this," said Dana Whitcombe, the head of North American quality.',
                        "Latin American markets fell on Monday, Kessel said. The Southeast Asian nation voted.")
    assert not {"North American", "Latin American", "Southeast Asian"} & set(found)
    assert found["Dana Whitcombe"].kind == "person"


def test_a_term_after_its_or_a_is_no_name() -> None:
    found = suggestions("Owners can enter its 17-character Vehicle Identification Number at the website.",
                        "Claimants must give a Social Security Number to the court.")
    assert "Vehicle Identification Number" not in found and "Social Security Number" not in found


def test_a_body_after_a_determiner_with_a_head_word_stays() -> None:
    found = suggestions("The merger was cleared by a Federal Trade Commission panel on Monday.",
                        "Volunteers from a Red Cross team helped the workers.")
    assert "Federal Trade Commission" in found and "Red Cross" in found


# -- #26: a leading word the dossier writes in lower case is no short form

def test_a_common_adjective_opening_a_sentence_is_no_short_form() -> None:
    found = suggestions("The Federal Vehicle Safety Administration opened a probe.",
                        "Federal safety regulators widened it on Thursday. A suit was filed in federal court.")
    assert "Federal" not in forms(found["Federal Vehicle Safety Administration"])
    assert "Federal" not in found


def test_a_firms_own_word_opening_a_sentence_stays_a_short_form() -> None:
    found = suggestions("Meridian Health Group runs 40 hospitals.", "Meridian said profits rose on Monday.")
    assert "Meridian" in forms(found["Meridian Health Group"])


def test_a_place_named_with_a_head_word_before_a_preposition_stays() -> None:
    found = suggestions("The Airbus A330 jetliner crashed into the Atlantic Ocean in June, killing all 228 people on board.")
    assert found["Atlantic Ocean"].kind == "place"

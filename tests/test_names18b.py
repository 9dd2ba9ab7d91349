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

"""A discovered name is whole: an acronym in brackets keeps the run it spells as one name
across a plural possessive, and a short form is a whole word of the name, not the start
of one that the dossier names on its own or that its own words call something else
(fresh-user review, session 14, findings 2 and 3: a bankruptcy's "Builders' and Allied
Trades Union (BATU)" made two organisations "Builders" and "Allied Trades Union"; "the
river Vel" was an alias of "Velsburg Commercial Court"). Each case has siblings from a
port strike and a court case; expected values worked out by hand."""

from __future__ import annotations

import pytest
from test_discovery import suggestions


@pytest.mark.parametrize(
    ("texts", "name", "forms"),
    [
        # the review's case: the acronym's initials cover the run across "' and"
        (("Carla Mendes, general secretary of the Builders' and Allied Trades Union (BATU), spoke.",),
         "Builders' and Allied Trades Union", {"Builders' and Allied Trades Union", "BATU"}),
        # the same, the union also named without its acronym in another source
        (("Carla Mendes, general secretary of the Builders' and Allied Trades Union (BATU), spoke.",
          "The Builders' and Allied Trades Union said 300 members were unpaid."),
         "Builders' and Allied Trades Union", {"Builders' and Allied Trades Union", "BATU"}),
        # ... and named without it only ("A' and B" is one name when neither half is named alone)
        (("The Builders' and Allied Trades Union said 300 members were unpaid.",),
         "Builders' and Allied Trades Union", {"Builders' and Allied Trades Union"}),
        # a port strike: "&" after the possessive
        (("Pickets from the Dockers' & Harbour Pilots Union (DHPU) blocked the gates.",),
         "Dockers' & Harbour Pilots Union", {"Dockers' & Harbour Pilots Union", "DHPU"}),
        # a court case: "of the" between the parts the acronym spells, the first part a plural possessive
        (("The Solicitors' Federation of the Northern Circuit (SFNC) filed a brief in Avel.",),
         "Solicitors' Federation of the Northern Circuit", {"Solicitors' Federation of the Northern Circuit", "SFNC"}),
    ],
)
def test_an_acronym_keeps_the_run_it_spells_one_name(texts: tuple[str, ...], name: str, forms: set[str]) -> None:
    found = suggestions(*texts)
    assert set(found[name].forms) == forms, found
    assert not {"Builders", "Allied Trades Union", "Dockers", "Harbour Pilots Union"} & set(found), found


@pytest.mark.parametrize(
    ("texts", "longer", "clipped"),
    [
        # the review's case: a place by its own words ("the river Vel")
        (("The site, on the east bank of the river Vel, faces the Velsburg Commercial Court.",),
         "Velsburg Commercial Court", "Vel"),
        # a port strike: the start of a first word the dossier names alone ("Kessington", the town)
        (("The Kessington Harbour Board raised its fees in Kessington on Monday. Shippers said Kess had gone too far.",),
         "Kessington Harbour Board", "Kess"),
        # a court case: a person's by its own words ("Judge Hal")
        (("The Halbrook County Court sat on Monday. Judge Hal said the case would resume.",),
         "Halbrook County Court", "Hal"),
    ],
)
def test_the_start_of_a_word_is_no_short_form(texts: tuple[str, ...], longer: str, clipped: str) -> None:
    found = suggestions(*texts)
    assert clipped not in found[longer].short_forms + found[longer].forms, found


def test_a_clipping_of_a_name_of_its_own_still_stands_for_it() -> None:
    """"the Fed" of "Federal Reserve" (no "Federal" named alone, nothing calling "Fed" other than a body)."""
    found = suggestions("The Federal Reserve raised rates on Tuesday. Traders expect the Fed to cut again.")
    assert "Fed" in found["Federal Reserve"].short_forms

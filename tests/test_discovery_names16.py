"""Discovered names from the session-16 fresh-user reviews (s16A, s16B, s16C, s16D):
wrong referents (a country's constituent taken for the country, a city folded into its
council), duplicates of one referent, and junk a transcript's labels make.

Each expected value below was worked out by hand from the sentence."""

from __future__ import annotations

import pytest
from test_discovery import suggestions

from builder.annotate import discover
from builder.annotate.referents import country_code


def all_forms(s: discover.Suggestion) -> set[str]:
    return set(s.forms) | set(s.short_forms)


# -- s16A #13: "the UK ... covering England, Wales and Northern Ireland": the UK is no
# alias of Northern Ireland. Of an official name's parts joined by "and" ("United Kingdom
# of Great Britain and Northern Ireland"), only the first names the state.

@pytest.mark.parametrize(
    ("name", "code"),
    [("Northern Ireland", ""), ("Tobago", ""), ("Herzegovina", ""), ("Principe", ""),
     ("Britain", "GB"), ("Great Britain", "GB"), ("Bosnia", "BA"), ("UK", "GB"), ("Ireland", "IE")],
)
def test_a_later_part_of_an_official_name_is_no_country(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("texts", "region"),
    [
        # the review's fraud case
        (("It is part of the UK criminal justice system covering England, Wales and Northern Ireland, but not Scotland.",
          "The SFO said the UK had no other case like it."), "Northern Ireland"),
        # a strike: the UK and one of its parts named side by side
        (("Rail workers across the UK walked out on Monday. Unions in Northern Ireland joined them on Tuesday.",),
         "Northern Ireland"),
        # a recall in the Caribbean: the island is no name of the state
        (("The recall reached shops in Trinidad and Tobago on Friday, the UK regulator said.",
          "Fishermen in Tobago said they had not been told."), "Tobago"),
    ],
)
def test_a_region_is_not_joined_to_the_country(texts: tuple[str, ...], region: str) -> None:
    found = suggestions(*texts)
    assert region in found, found.keys()
    assert "UK" not in all_forms(found[region]) and "Trinidad and Tobago" not in all_forms(found[region]), found[region]


# -- s16D #9: "in Brackenford", "BRACKENFORD, 15 November 2022 -": the city is a place of
# its own, no alias of "Brackenford City Council", which borrows its name

@pytest.mark.parametrize(
    ("texts", "city", "body"),
    [
        # the review's bridge collapse
        (("BRACKENFORD, 15 November 2022 - A section of the Calder Street Bridge in Brackenford collapsed on Tuesday.",
          "The bridge is owned and maintained by Brackenford City Council. Traffic in Brackenford was diverted.",
          "Brackenford City Council said it would publish its inspection records. Brackenford City Council apologised."),
         "Brackenford", "Brackenford City Council"),
        # a bankruptcy: the town and its borough council
        (("HARLOWBY, 3 March 2024 - The last steelworks in Harlowby closed on Friday.",
          "Harlowby Borough Council said it would help the 400 workers. Harlowby Borough Council met on Monday.",
          "Shops in Harlowby were quiet."),
         "Harlowby", "Harlowby Borough Council"),
        # a hospital recall: the town and its hospital trust
        (("Patients in Tallinford were told to return the pumps. Tallinford Hospital Trust said 40 were affected.",
          "Tallinford Hospital Trust wrote to every patient in Tallinford."),
         "Tallinford", "Tallinford Hospital Trust"),
    ],
)
def test_a_town_is_no_short_form_of_the_body_named_after_it(texts: tuple[str, ...], city: str, body: str) -> None:
    found = suggestions(*texts)
    assert body in found, found.keys()
    assert city not in all_forms(found[body]), found[body]
    assert found[city].kind == "place", found[city]


def test_a_station_named_after_a_town_is_not_the_town() -> None:
    """"Brackenford Central" (a station) does not join the town "Brackenford" as a common
    noun after its name: the town is a place by its own cues."""
    found = suggestions("Trains in Brackenford stopped. Network Rail closed the line between Brackenford Central and Marsh Lane.",
                        "Buses in Brackenford ran late.")
    assert "Brackenford Central" not in found["Brackenford"].forms, found["Brackenford"]


# -- s16A #12: "MR MEHTA:" transcript labels: "MR" is the title in capitals, no country
# code (Mauritania) before a name

@pytest.mark.parametrize(
    ("text", "title", "person", "surname"),
    [
        # the review's fraud trial
        ("Rohan Mehta, for the prosecution, began at 10am.\n\nMR MEHTA: Mr Marsh, you never put this in writing, did you?\n\n"
         "MR MARSH: No.\n\nMR MEHTA: Why not?\n\nMR MARSH: Because I was told not to.", "MR", "Rohan Mehta", "Mehta"),
        # a public inquiry into a fire (MS is Montserrat's code)
        ("Counsel to the inquiry, Amelia Okoro, asked about the alarms.\n\nMS OKORO: When did the alarm sound?\n\n"
         "MR DAVIES: At six.\n\nMS OKORO: Who heard it?", "MS", "Amelia Okoro", "Okoro"),
        # a strike arbitration hearing
        ("The union's counsel was Niamh Ferris.\n\nMS FERRIS: Did the company offer a rise?\n\nMR HOLT: It did not.\n\n"
         "MS FERRIS: Thank you.", "MS", "Niamh Ferris", "Ferris"),
    ],
)
def test_a_title_in_capitals_before_a_name_is_no_country(text: str, title: str, person: str, surname: str) -> None:
    found = suggestions(text)
    assert title not in found, found[title]
    assert found[person].kind == "person", found[person]
    assert surname in all_forms(found[person]), found[person]


# -- s16B F14, s16C #14, s16A #14, s16D #10: one referent named several ways (values by hand)

def one_group(found: dict[str, discover.Suggestion], full: str, other: str) -> None:
    """Both names are forms of one suggestion (whichever of them names it)."""
    assert [s.name for s in found.values() if {full, other} <= all_forms(s) | {s.name}], found


@pytest.mark.parametrize(
    ("texts", "full", "other"),
    [
        # Spanish and Portuguese names: the name less its second surname is the same person
        (("Carolina Ibáñez Muñoz, the engineer, spoke first. Carolina Ibáñez said the shaft held.",), "Carolina Ibáñez Muñoz", "Carolina Ibáñez"),
        (("Luis Alberto Gómez Araya led the crew. Later Luis Alberto Gómez told the press it was over.",), "Luis Alberto Gómez Araya", "Luis Alberto Gómez"),
        # a document's defined short name in brackets and quotes
        (('Ashcombe Industries plc ("Ashcombe") made an offer. Ashcombe said the offer was final.',), "Ashcombe Industries plc", "Ashcombe"),
        # a person named by initials and surname
        (("Eleanor Whitcombe chaired the hearing.", "The report was signed by E. Whitcombe on Friday."), "Eleanor Whitcombe", "E. Whitcombe"),
    ],
)
def test_one_referent_named_several_ways(texts: tuple[str, ...], full: str, other: str) -> None:
    one_group(suggestions(*texts), full, other)


def test_a_fellowship_s_letters_are_no_part_of_the_name() -> None:
    found = suggestions("The panel was chaired by Anthony Reeve FREng, who spoke on Monday. Reeve said the bridge was sound.")
    assert "Anthony Reeve" in found, found.keys()
    assert not any("FREng" in n for n in found), found.keys()


def test_a_surname_particle_opens_the_name() -> None:
    found = suggestions("The chief executive officer of Van Houten said the plant would close. Van Houten employs 900 people.")
    assert "Van Houten" in found, found.keys()
    assert "Houten" not in found, found.keys()

"""Review s20 (e#3, e#15, f#13): a numeric date line read in the dossier's order or left
to the user; a work's title is no quote; words a document says are not its critic's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.annotate import events, numeric, opening
from builder.model import Alias, Entity
from builder.read.text import make_source

from conftest import call_builder, quotes_in

GAZETTE = ("Man charged over museum theft\n\nBy Ada Kerr, Crime Correspondent\n\n02/04/2027\n\n"
           "A man was charged with burglary on Tuesday.\n")


def _line_date(text: str, language: str) -> tuple[str, list[str]]:
    either: list[str] = []
    source = make_source("a.txt", text, {"skip": [1, 2, 3]}, "a", language=language)
    return events.dateline_date(source, either), either


@pytest.mark.parametrize(("language", "day", "either"), [
    ("en-GB", "2027-04-02", []),  # review s20 e#3: British day first
    ("en-AU", "2027-04-02", []),
    ("fr", "2027-04-02", []),
    ("en-US", "2027-02-04", []),
    ("en", "", ["2027-04-02", "2027-02-04"]),  # CLDR's regions of English disagree: left to the user
    ("", "", ["2027-04-02", "2027-02-04"]),
])
def test_a_numeric_date_line_follows_the_dossier_language(language: str, day: str, either: list[str]) -> None:
    assert _line_date(GAZETTE, language) == (day, either)


@pytest.mark.parametrize(("line", "day"), [
    ("23/11/2026", "2026-11-23"),  # a number above 12 is the day, in any language
    ("11/23/2026", "2026-11-23"),
    ("04/04/2027", "2027-04-04"),  # either reading is the same day
])
def test_a_numeric_date_line_that_tells_its_order_is_read_whatever_the_language(line: str, day: str) -> None:
    assert _line_date(GAZETTE.replace("02/04/2027", line), "en") == (day, [])


def test_the_source_own_dates_order_its_date_line() -> None:
    # a recall notice dated 05/06/2025 that also writes 14/05/2025: its writer puts the day first
    text = ("Recall of kettles\n\nBy Ada Kerr\n\n05/06/2025\n\n"
            "The maker recalled the kettles sold from 14/05/2025 onwards.\n")
    assert _line_date(text, "en") == ("2025-06-05", [])


def test_undecided_gives_both_readings_day_first() -> None:
    assert numeric.undecided("02/04/2027", "") == ("2027-04-02", "2027-02-04")
    assert numeric.undecided("02/04/27", "") == ("2027-04-02", "2027-02-04")
    assert numeric.undecided("02/04/2027", "dm") == ()
    assert numeric.undecided("13/04/2027", "") == ()
    assert numeric.undecided("2 April 2027", "") == ()


def test_the_suggested_skip_covers_a_date_line_under_the_byline() -> None:
    said = opening.opening(GAZETTE)
    assert said.skip == (1, 2, 3)
    # a merger story with no byline: headline, date line, text
    assert opening.opening("Merger cleared\n\n14 May 2025\n\nThe regulator cleared the merger.\n").skip == (1, 2)


def _seeds(tmp_path: Path, language: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "dossier.yml").write_text(f"title: Court case\nlanguage: {language}\n" if language else "title: Court case\n")
    (tmp_path / "ruling.txt").write_text(GAZETTE.replace("museum theft", "fraud at the crown court"))
    return seeds


@pytest.mark.parametrize(("language", "published"), [("en-GB", "2027-04-02"), ("en-US", "2027-02-04")])
def test_add_prints_the_day_the_build_reads(tmp_path: Path, language: str, published: str) -> None:
    seeds = _seeds(tmp_path, language)
    added = call_builder("add", "--seeds", str(seeds), "--append", str(tmp_path / "ruling.txt"))
    assert added.returncode == 0, added.stderr
    assert f'  published: "{published}"\n' in (seeds / "sources.yml").read_text()
    assert "  skip: [1, 2, 3]\n" in (seeds / "sources.yml").read_text()
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0 and "date line" not in checked.stderr, checked.stderr  # the build agrees


def test_add_leaves_an_undecided_date_line_to_the_user(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "")
    added = call_builder("add", "--seeds", str(seeds), str(tmp_path / "ruling.txt"))
    assert added.returncode == 0, added.stderr
    assert "  published:" not in added.stdout.replace("  # published:", "")
    assert ("  # published: YYYY-MM-DD    # its date line may be 2027-04-02 (day first) or 2027-02-04 (month first)"
            in added.stdout), added.stdout


def test_the_build_warns_of_an_undecided_date_line_unless_published_settles_it(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, "")
    (seeds / "ruling.txt").write_text(GAZETTE)
    (seeds / "sources.yml").write_text("ruling.txt:\n  title: Fraud case\n  published: 2027-04-03\n  skip: [1, 2, 3]\n")
    checked = call_builder("check", "--seeds", str(seeds))
    assert "its date line may be 2027-04-02 (day first) or 2027-02-04 (month first)" in checked.stderr
    (seeds / "sources.yml").write_text("ruling.txt:\n  title: Fraud case\n  published: 2027-04-02\n  skip: [1, 2, 3]\n")
    checked = call_builder("check", "--seeds", str(seeds))
    assert "date line" not in checked.stderr, checked.stderr


# --- a work's title is no quote (review s20 e#15) -------------------------------------

def _entity(eid: str, name: str, kind: str = "person") -> Entity:
    aliases = (Alias(name), Alias(name.split()[-1], after_full_name=True)) if kind == "person" else (Alias(name),)
    return Entity(id=eid, kind=kind, name=name, aliases=aliases, summary="s")


ENTITIES = [
    _entity("lindqvist", "Anna Lindqvist"),
    _entity("garrick", "Thomas Garrick"),
    _entity("okafor", "Ruth Okafor"),
    _entity("brennan", "Mark Brennan"),
    _entity("regulator", "Data Rights Office", "organisation"),
    _entity("larder", "Larder Stores", "organisation"),
    _entity("vaultex", "Vaultex", "organisation"),
    Entity(id="coinvale", kind="organisation", name="Coinvale Exchange", summary="s",
           aliases=(Alias("Coinvale Exchange"), Alias("Coinvale"))),
    _entity("wire", "Harbour Wire", "organisation"),
    _entity("halden", "Halden Motors", "organisation"),
    _entity("norrow", "Norrow Bank", "organisation"),
    _entity("bahamas", "Bahamas", "place"),  # a place in the body's modifier is no subject
    _entity("oslo", "Oslo", "place"),
    _entity("london", "London", "place"),
]


def quoted(text: str) -> list[tuple[str, str]]:
    return quotes_in(text, ENTITIES, dt.date(2027, 3, 8))


@pytest.mark.parametrize("text", [
    # review e#15: a painting's title and its painter
    'The other two works taken were "Girl with a Blue Shawl" by Anna Lindqvist and a small landscape by Thomas Garrick.',
    # a court case: a book in evidence, after a noun of works
    'The court heard that the book "A Year in the Life of the Port" had been copied word for word.',
    # a recall: a report, its title after "titled"
    'The maker published a report titled "Lessons From the Kettle Recall" on Monday.',
    # a merger: a song in an advertisement, credited to its band
    'The advert used "Running Up That Hill Again" by the Northern Lights without a licence.',
])
def test_a_work_title_is_no_quote(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # speech stays speech: not title case, or no work noun and no credit
    ('"We will not give in to the thieves," Ruth Okafor said.', [("okafor", "We will not give in to the thieves")]),
    ('Ruth Okafor said in a statement: "We will not give in to the thieves."',
     [("okafor", "We will not give in to the thieves.")]),
    # a phrase in capitals with no credit and no work noun before it is left as it was
    ('Mark Brennan said the deal was "Good News For Everyone Here" and left.',
     [("brennan", "Good News For Everyone Here")]),
])
def test_speech_is_still_a_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


# --- words a document says; a body's second reference (review s20 f#13) --------------------

@pytest.mark.parametrize(("text", "expected"), [
    # review f#13: the regulator quotes the chain's notice; the notice's words are not the regulator's
    ("The Data Rights Office said the chain's privacy notice, which told members their data would be used "
     '"to personalise your offers", could not be stretched to cover sale to third parties.',
     [("", "to personalise your offers")]),
    # the author named in a genitive speaks through the document
    ("The Data Rights Office said Larder Stores' privacy notice, which told members their data would be used "
     '"to personalise your offers", could not be stretched.',
     [("larder", "to personalise your offers")]),
    # a court case: a letter from a bank, quoted by the judge's subject
    ("Mark Brennan said a letter from Norrow Bank, which promised him the loan would be "
     '"approved within the week", had misled him.',
     [("norrow", "approved within the week")]),
    # a recall: a safety notice with no author named
    ("Ruth Okafor said the recall notice, which told owners to "
     '"stop using the kettle at once and unplug it", came too late.',
     [("", "stop using the kettle at once and unplug it")]),
])
def test_a_document_words_are_its_author(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause about a person is no document's: the speaker's reporting verb still reports it
    ('Ruth Okafor said the driver, who told police he was "very sorry for what happened", had been released.',
     [("okafor", "very sorry for what happened")]),
    # the reporting verb right before the quotation
    ('The Data Rights Office said the fine was "proportionate and fully deserved".',
     [("regulator", "proportionate and fully deserved")]),
])
def test_other_relative_clauses_keep_their_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review f#13 (and review19 c#3): "The Bahamas-registered exchange said … that it had "…""
    ("Crypto exchange Vaultex froze all withdrawals on Friday.\n\n"
     'The Bahamas-registered exchange said in a post late on Friday that it had "temporarily paused" withdrawals '
     '"to protect the platform and all of our users".',
     [("vaultex", "temporarily paused"), ("vaultex", "to protect the platform and all of our users")]),
    # the body's name ends in the noun ("Coinvale Exchange"); the wire in the date line's brackets is never it
    ("NEW YORK, March 7 (Harbour Wire) - Crypto exchange Coinvale froze withdrawals on Friday.\n\n"
     'The Bahamas-registered exchange said in a post that it had "temporarily paused" withdrawals.',
     [("coinvale", "temporarily paused")]),
    ("NEW YORK, March 7 (Harbour Wire) - Prices fell on Friday.\n\n"
     'The Bahamas-registered exchange said in a post that it had "temporarily paused" withdrawals.', []),
    # a recall: a listed carmaker
    ("Halden Motors recalled 40,000 cars on Monday.\n\n"
     'The Oslo-listed carmaker said the fault was "rare but serious enough to act on".',
     [("halden", "rare but serious enough to act on")]),
    # a merger: a state-owned lender, after the quotation
    ("Norrow Bank agreed to buy a rival on Tuesday.\n\n"
     '"This deal makes us stronger in every region," the state-owned lender said.',
     [("norrow", "This deal makes us stronger in every region")]),
])
def test_a_body_second_reference_speaks_for_the_body_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


def test_a_person_with_a_place_modifier_is_no_body() -> None:
    # "the London-based analyst" is a person: not the bank named before
    text = ('Norrow Bank shares fell on Tuesday.\n\n'
            'The London-based analyst said the shares were "far too cheap to ignore now".')
    assert quoted(text) == [("", "far too cheap to ignore now")]

"""Discovery precision on invented stories (a bankruptcy, a strike, a court case, an
election): products named after their maker, measures, a company's name with a common
noun after it. Each expected value was worked out by hand from the sentence."""

from __future__ import annotations

import pytest
from test_discovery import suggestions

from builder.annotate.matcher import Matcher, designation_after, resolve
from builder.model import Alias, Entity


def forms(*texts: str) -> set[str]:
    return {f for s in suggestions(*texts).values() for f in s.forms}


# ---- model designations: "Valdor V400" names a product, not the maker


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Valdor V400 jets", "Valdor", True),
        ("the Kessel 310 Turbo", "Kessel", True),
        ("a Nordhavn 737s order", "Nordhavn", True),
        ("the Brandt 737-800, delivered", "Brandt", True),
        ("the Arkady VC-10 aircraft", "Arkady", True),
        ("the Avel 500 index fell", "Avel", True),
        # not designations: a year, a score, results, counted figures, amounts
        ("Kessel 2009 results", "Kessel", False),
        ("Arsenal 2 Chelsea 1", "Arsenal", False),
        ("Labour 356, Greens 120.", "Labour", False),
        ("Labour 356 seats", "Labour", False),
        ("the Dockers' Union 12 500 members", "Union", False),
        ("Ferreira 300 percent", "Ferreira", False),
        ("Kessel 400 million", "Kessel", False),
        ("Avel 1,200 marched", "Avel", False),
        ("Kessel Street 12", "Street", False),
    ],
)
def test_designation_after(text: str, at: str, expected: bool) -> None:
    assert designation_after(text, text.index(at) + len(at)) is expected


def test_a_maker_before_a_designation_is_no_mention() -> None:
    valdor = Entity(id="valdor", kind="organisation", name="Valdor", aliases=(Alias("Valdor"),), summary="s")
    text = "Valdor said its Valdor V400 jets are grounded; Valdor 2009 results were poor."
    hits = [(text[h.start : h.end], e) for h, e in resolve(Matcher([valdor]).hits(text))]
    assert hits == [("Valdor", "valdor"), ("Valdor", "valdor")]
    assert [h.start for h, _ in resolve(Matcher([valdor]).hits(text))] == [0, text.index("Valdor 2009")]


def test_a_bankrupt_makers_product_names_are_no_entities() -> None:
    found = suggestions(
        "Valdor Aviation filed for bankruptcy on Monday. Creditors of Valdor Aviation met in Avel.",
        "Its Valdor V400 Skyhopper jets were grounded, and the Skyhopper will not fly again, "
        "a court in Avel was told.",
    )
    assert "Valdor Aviation" in found and "Avel" in found
    assert "Skyhopper" not in found  # named after a designation: a product's own name
    assert not any(f.startswith("Valdor V") for s in found.values() for f in s.forms)


def test_an_election_results_list_keeps_its_parties() -> None:
    # bare numbers before a comma or a plural are results, not designations
    assert {"Labour", "Greens"} <= forms("In the count Labour won 356 seats. The Greens won 120 seats. "
                                         "The final tally read Labour 356, Greens 120.")


# ---- measures are figures, not actors


def test_a_measure_named_with_a_possessive_and_a_number_gets_no_profile() -> None:
    # "Kessel & Lind's 300 index": the firm's name opens a measure's; named so every
    # time (the index word once is enough), it is the measure's, with no profile
    found = suggestions(
        "The Kessel & Lind's 300 index lost 26 points. The Kessel & Lind's 300 plunged by 30 points.",
        "The Brandt and Ostrow's 500 index fell. The Avel 40 index and the Ostrow 2000 Index rose.",
    )
    assert not ({"Kessel & Lind", "Ostrow", "Avel"} & set(found))
    # the words around the name also say it acts: an organisation, kept
    assert "Kessel & Lind" in suggestions("The Kessel & Lind's 300 index lost 26 points. Kessel & Lind said it would review it.")


def test_measures_get_no_profile() -> None:
    found = suggestions(
        "The Avel Consumer Price Index rose 3 percent, the statistics office said.",
        "Strikers cited the Avel Consumer Price Index and the Harbour Freight Average in court.",
    )
    assert "Avel Consumer Price Index" not in found and "Harbour Freight Average" not in found
    assert not any("Index" in f for s in found.values() for f in s.forms)


# ---- a company's name with a common noun after it is the company


def test_name_with_common_nouns_after_it_joins_the_name() -> None:
    found = suggestions(
        "Nordhavn Shipping Group was sued by Kessel on Monday. Kessel Computer denied wrongdoing.",
        "A computer glitch and a commercial dispute: Kessel lawyers said Kessel Commercial Aircraft paid.",
        "Workers at the commercial aircraft plant struck.",
    )
    assert set(found["Kessel"].forms) == {"Kessel", "Kessel Computer", "Kessel Commercial Aircraft"}


def test_head_words_places_and_people_keep_their_own_profiles() -> None:
    found = suggestions(
        "Kessel was fined by a court. The Kessel Foundation appealed. A foundation is a charity.",
        "Avel Street was closed as strikers marched. The street was full. Avel said nothing.",
        "China Southern cancelled flights; China said the southern route was open.",
        "Tomas Brandt spoke at the Tomas Brandt Theatre. The theatre was packed.",
    )
    for name in ("Kessel Foundation", "Avel Street", "China Southern", "Tomas Brandt Theatre"):
        assert found[name].forms == (name,)


# ---- spans: parts of longer names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a capitalised article or particle begins the name (a newspaper, a family firm)
        ("The strike was reported by German weekly Der Spiegel and by Le Monde in Paris.", {"Der Spiegel", "Le Monde", "Paris"}),
        ("The creditors of De Beers met in Avel.", {"De Beers", "Avel"}),
        # ... but a connector in lower case never begins one
        ("The court heard the case of the Avel Dockers' Union.", {"Avel Dockers' Union"}),
        # a web address is the outlet's name
        ("The bankruptcy was first reported by Detik.com on Monday.", {"Detik.com"}),
        # a legal form alone is no name; a camel-case word opening a sentence is a name
        ("AirTanker Ltd., a creditor, sued. The airtanker contract was void, and Ltd. was all it said.", {"AirTanker Ltd."}),
        # "No." before a number is the abbreviation of "number"
        ("Valdor Retail passed Best Buy for the No. 2 spot, the court heard.", {"Valdor Retail", "Best Buy"}),
    ],
)
def test_parts_of_longer_names(text: str, names: set[str]) -> None:
    assert forms(text) == names


def test_a_brand_written_with_a_small_letter_keeps_its_tail() -> None:
    # discovery: the run after "eKessel" is that brand's tail, not a name of its own
    found = forms("The creditors of Valdor Retail said the eKessel Music Store owed them money.",
                  "The court heard that Music Store staff were unpaid.")
    assert found == {"Valdor Retail", "Music Store"}
    # the matcher: no mention of "Music Store" in the brand's tail
    store = Entity(id="music-store", kind="organisation", name="Music Store", aliases=(Alias("Music Store"),), summary="s")
    text = "The eKessel Music Store closed; Music Store staff struck."
    hits = [(h.start, e) for h, e in resolve(Matcher([store]).hits(text))]
    assert hits == [(text.index("Music Store staff"), "music-store")]


def test_a_title_word_ending_a_persons_name_is_a_surname() -> None:
    assert forms("The court was closed in honour of Martin Luther King on Monday.") == {"Martin Luther King"}
    assert forms("Strikers cheered as Carole King sang in Avel.") == {"Carole King", "Avel"}
    # still a title before a name, and after an organisation
    assert forms("Valdor Airlines Chief Executive Tomas Brandt said pilots would strike.") == {"Valdor Airlines", "Tomas Brandt"}


def test_a_name_before_a_measures_head_word_or_opening_a_measures_name_is_the_measure() -> None:
    found = suggestions(
        "The Kessel Freight Average fell as dockers struck. Kessel fell 2 percent by noon.",
        "The Arvo index rose, and the Arvo index closed higher, the court was told in Avel.",
    )
    # "Kessel" opens the measure's full name; "Arvo" stands before "index": both measures
    assert "Kessel" not in found and "Arvo" not in found
    assert "Avel" in found


def test_a_place_before_a_measures_head_word_stays_a_place() -> None:
    found = suggestions("Prices in Tokyo rose as the Tokyo index fell; strikers marched in Tokyo.")
    assert found["Tokyo"].kind == "place"
    found = suggestions("The Avel Price Index rose. Strikers in Avel said rents in Avel doubled.")
    assert found["Avel"].kind == "place"


def test_a_plural_nationality_word_names_people_not_the_country() -> None:
    found = suggestions(
        "Norway's dockers went on strike in Oslo. Norwegians queued for ferries.",
        "Norwegian unions backed the strike, and Norway's court heard the case.",
    )
    assert "Norwegian" not in found["Norway"].forms and "Norwegian" not in found  # an adjective, no name
    assert "Norwegians" not in {f for s in found.values() for f in s.forms}


def test_a_lower_case_word_opening_a_sentence_stays_in_a_name_the_dossier_never_shortens() -> None:
    found = suggestions(
        "General Motors said it would close the plant. The general strike began.",
        "Air Canada has ordered ten jets, the court heard. The air was cold.",
        "Rival Valdor Airlines cut fares. The creditors of Valdor Airlines met; a rival bid failed.",
    )
    assert {"General Motors", "Air Canada", "Valdor Airlines"} <= set(found)
    assert not {"Motors", "Canada", "Rival Valdor Airlines"} & {f for s in found.values() for f in s.forms}


def test_a_year_after_a_name_keeps_its_head_word() -> None:
    # a designation after a word cuts it ("Arkady Air Flight 447"), not a year
    assert forms("Strikers picketed the Avel Dockers Summit 2024 in Brussels.") == {"Avel Dockers Summit", "Brussels"}


def test_the_outlet_in_a_dateline_is_an_organisation() -> None:
    # (named in the story too: an outlet seen only in the dateline gets no profile, test_misc21)
    found = suggestions("AVEL, May 3 (Nordic Wire) - Valdor Aviation filed for bankruptcy in Avel on Friday, "
                        "a spokesman told Nordic Wire.")
    assert found["Nordic Wire"].kind == "organisation"
    assert "outlet in a dateline" in found["Nordic Wire"].evidence


def test_a_city_named_like_a_common_word_opening_a_sentence_is_no_name() -> None:
    found = suggestions(
        "Reading the ruling, the judge cited the law. Central banks lent to the bankrupt firm.",
        "The central question was whether reading the contract aloud mattered.",
    )
    assert "Reading" not in found and "Central" not in found
    # a country opening a sentence is still one, and a city inside a sentence
    found = suggestions("Chile signed. Strikers marched in Reading. The reading was long.")
    assert {"Chile", "Reading"} <= set(found)


def test_a_title_case_headline_gives_no_names_of_its_own() -> None:
    found = suggestions(
        "Judge Rules Against Kessel Shipping In Strike Case\n\nA judge ruled against Kessel Shipping in Avel. "
        "The strike case rules were clear, and workers said it was against the law.",
    )
    assert set(found) == {"Kessel Shipping", "Avel"}
    # a headline in sentence case is read as any sentence
    assert forms("Judge rules against Kessel Shipping in Avel strike case") == {"Kessel Shipping", "Avel"}


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        # a portfolio or common word before a title is no name; a place or company is
        (("The Finance Minister met strikers in Avel. The finance ministry was silent.",), {"Avel"}),
        (("Avel Mayor Tom Ek met Valdor Airlines Chief Executive Tomas Brandt.",),
         {"Avel", "Tom Ek", "Valdor Airlines", "Tomas Brandt"}),
        # "General" is a title next to another one, not in a company's name
        (("The Attorney General appealed against the ruling for General Motors.",), {"General Motors"}),
        # generic head words alone, in title case, are references, not names
        (("According to the Government, the Company owes creditors; the Union and the Court agreed.",), set()),
        (("The Supreme Court heard the Union's appeal; Police Chief Tom Ek testified.",), {"Supreme Court", "Tom Ek"}),
        # a hyphen before a small letter cuts an adjective off, not a given name
        (("Secretary General Ban Ki-moon met Oslo-based and Avel-born strikers.",), {"Ban Ki-moon", "Oslo", "Avel"}),
    ],
)
def test_titles_portfolios_and_generic_heads(texts: tuple[str, ...], names: set[str]) -> None:
    assert forms(*texts) == names

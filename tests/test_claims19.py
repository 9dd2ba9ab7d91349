"""Claims of review 19 (a ransomware attack, a wildfire, a rate cut, a mine rescue, a
match-fixing case, a procurement row): a duration is no count of people; a figure told
before any act's is not lined up with that act; "42 basis points" counts nothing; a later
report's reading of a running count continues it; "a final count of 731 structures" is a
figure and "well above the 412 it reported" its earlier value; a bounded estimate set
against the earlier figure is the count's new reading; "what it says are" gives the figure
to the subject; "letters for 9,000 patients" counts no patients. Each reviewer's case is
rewritten as a small invented sentence, with siblings from a court case, a recall and a
merger, and the cases that must stay as they were. Expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.present import quantities
from builder.read.text import split_paragraphs

Lined = list[tuple[str, bool, list[str], list[tuple[str, str]]]]


def _entities(names: str) -> list[Entity]:
    return [Entity(id=n.lower().replace(" ", "-"), kind="organisation", name=n, aliases=(Alias(n),), summary="s")
            for n in names.split(",") if n]


def _claims(names: str, text: str) -> list[tuple[str, str, str, str, str]]:
    """(figure, unit, act, claimant or words for one, revision) of each claim in `text`."""
    ents = _entities(names)
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.act, c.claimant or c.stated_as, c.revision)
            for c in annotate(src, Matcher(ents), {e.id: e for e in ents}).claims]


def _lined_up(names: str, *stories: tuple[str, str]) -> Lined:
    """Counts of sources given as (publication date, text), with `names` registered:
    (heading without owner, disputed, figures, changes as (figure, date))."""
    ents = _entities(names)
    found, published = [], {}
    for i, (when, text) in enumerate(stories):
        src = Source(f"s{i}", f"s{i}.txt", text, f"s{i}", published=dt.date.fromisoformat(when),
                     paragraphs=split_paragraphs(text))
        published[src.id] = src.published
        found += [(c, src.id) for c in annotate(src, Matcher(ents), {e.id: e for e in ents}).claims]
    return [(c.unit, c.disputed, [v for v, _ in c.figures], [(v, d.isoformat()) for v, d in c.changes])
            for c in quantities.counts(found, published)]


# ---- a.md #1: a duration is no count of people; a figure told before any act's is its own count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's regulator (R4 ¶7)
        ("The network reported the breach on 8 February, within the 72 hours required by law.", []),
        # a court case and a recall
        ("The appeal was lodged within the 28 days allowed by the rules.", []),
        ("The maker recalled the cars within the 10 weeks demanded by regulators.", []),
        # unchanged: a figure that is a verb's subject still counts people
        ("Crowds grew and 3,000 marched through the city.", [("3,000", "people", "marched", "", "")]),
    ],
)
def test_a_duration_is_no_count_of_people(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims("", text) == expected


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's wildfire (W0 ¶3, ¶5)
        ((("2026-08-15", "The fire was forcing about 14,000 people from their homes. "
                         "Two people were found dead in a car, the sheriff said. About 600 people spent the night "
                         "in a shelter."),),
         [("people", False, ["14,000"], []), ("people dead", False, ["Two"], []),
          ("people spent", False, ["600"], [])]),
        # a merger: the staff a firm has, then the staff it cut and hired
        ((("2026-03-01", "The merged bank will employ about 9,000 workers. It laid off 400 workers in May "
                         "and hired 120 workers in June."),),
         [("workers", False, ["9,000"], []), ("workers laid off", False, ["400"], []),
          ("workers hired", False, ["120"], [])]),
        # unchanged: a figure that names no act, told after the act's, is that count's other figure
        ((("2026-03-01", "Valbrune recalled 40,000 packs and refunded 31,000 packs."),
          ("2026-03-02", "The agency put the figure at 52,000 packs.")),
         [("packs recalled", True, ["40,000", "52,000"], []), ("packs refunded", False, ["31,000"], [])]),
    ],
)
def test_a_figure_told_before_any_act_is_not_that_acts_rival(stories: tuple[tuple[str, str], ...],
                                                             expected: Lined) -> None:
    assert sorted(_lined_up("", *stories)) == sorted(expected)


# ---- a.md #19: basis points count nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's rate cut (C1 ¶4, C0 ¶9)
        ("The council decided to lower the base rate by 100 basis points. The yield rose 42 basis points.", []),
        # singulars in -sis, -us, -ss are no counted plural; their plurals still are
        ("The court heard the case on a daily basis for 12 days.", []),
        ("The firm cut 30 bonuses and closed 12 classes.", [("30", "bonuses", "cut", "", ""), ("12", "classes", "closed", "", "")]),
    ],
)
def test_basis_points_are_no_count(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims("", text) == expected


# ---- a.md #4: a later report's reading of a running count continues it


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's fire: the agency's reading, the outlet's later ones
        ((("2026-08-15", "The fire had burned 3,800 acres by Saturday, according to the Fire Agency."),
          ("2026-08-18", "The blaze had grown to 21,400 acres by Tuesday."),
          ("2026-09-10", "The fire burned 27,950 acres before it was contained, the Press Service said.")),
         [("acres", False, ["3,800", "21,400", "27,950"],
           [("3,800", "2026-08-15"), ("21,400", "2026-08-18"), ("27,950", "2026-09-10")])]),
        # a recall growing, a later regulator's total
        ((("2026-03-01", "Veloria said it had now recalled 40,000 cars."),
          ("2026-03-20", "Veloria has recalled 55,000 cars in all, the Transport Agency said.")),
         [("cars", False, ["40,000", "55,000"], [("40,000", "2026-03-01"), ("55,000", "2026-03-20")])]),
    ],
)
def test_a_later_reading_continues_a_running_count(stories: tuple[tuple[str, str], ...], expected: Lined) -> None:
    assert sorted(_lined_up("Fire Agency,Press Service,Transport Agency,Veloria", *stories)) == sorted(expected)


def test_another_voice_before_the_running_count_still_disputes_it() -> None:
    # and a figure that names no act against one act's stays that count's (one act: no split)
    # unchanged (review 18b): the maker's figure told while the bureau's count ran
    assert _lined_up("Veloria,Food Safety Bureau",
                     ("2025-03-04", "Veloria said it was aware of 14 crashes."),
                     ("2025-03-06", "The Food Safety Bureau said it had identified 22 crashes."),
                     ("2025-03-17", "The Food Safety Bureau now counts 31 crashes, up from 22.")) == [
        ("crashes", True, ["14", "22", "31"], [])]


# ---- a.md #3: "a final count of 731 structures", "well above the 412 it reported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's fire (W4 ¶5)
        ("The department's final damage count of 731 structures destroyed was well above the 412 it reported.",
         [("731", "structures", "destroyed", "", ""), ("412", "structures", "", "", "")]),
        # a court case and a merger
        ("The court listed a total of 60 claimants.", [("60", "claimants", "", "", "")]),
        ("The bank's final tally of 1,200 branches was below the 1,350 branches it announced.",
         [("1,200", "branches", "", "", ""), ("1,350", "branches", "", "", "")]),
        # unchanged: a loss of seats is a change, no count
        ("The party suffered a loss of 22 seats.", []),
    ],
)
def test_a_count_of_n_is_a_figure(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims("", text) == expected


def test_a_final_count_above_the_first_is_the_count_over_time() -> None:
    assert _lined_up("", ("2026-08-18", "Fire officials said the fire has destroyed 412 structures."),
                     ("2026-09-10", "The department's final damage count of 731 structures destroyed was well "
                                    "above the 412 it reported in the first days.")) == [
        ("structures", False, ["412", "731"], [("412", "2026-08-18"), ("731", "2026-09-10")])]


# ---- a.md #2: a bounded estimate against the earlier figure; "what it says are"; "letters for N patients"


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's attack (R3 ¶9)
        ("KVHN", "KVHN now estimates that the data of as many as 650,000 patients may have been taken, far more "
                 "than the 400,000 it gave last week.",
         [("as many as 650,000", "patients", "taken", "kvhn", ""), ("400,000", "patients", "", "kvhn", "")]),
        # a recall: an upper bound set against the earlier figure
        ("", "The recall now covers up to 90,000 cars, up from 60,000.",
         [("up to 90,000", "cars", "", "", ""), ("60,000", "cars", "", "", "")]),
        # unchanged: a bound alone is no count
        ("", "More than 300 people were hurt, police said.", []),
    ],
)
def test_a_bound_against_the_earlier_figure_is_the_new_reading(
    names: str, text: str, expected: list[tuple[str, str, str, str, str]],
) -> None:
    assert _claims(names, text) == expected


def test_the_earlier_term_comes_first_in_one_sources_series() -> None:
    assert _lined_up("KVHN", ("2026-02-20", "KVHN now estimates that the data of as many as 650,000 patients may "
                                            "have been taken, far more than the 400,000 it gave last week.")) == [
        ("patients", False, ["400,000", "as many as 650,000"],
         [("400,000", "2026-02-20"), ("as many as 650,000", "2026-02-20")])]


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's leak (R5 ¶3): the gang's claim, not the outlet's nor the network's
        ("Meridian News,Kestrel Health",
         "LONDON, March 12 (Meridian News) - A ransomware gang has published what it says are the medical records "
         "of 1.3 million patients of Kestrel Health, the hospital group said on Thursday.",
         [("1.3 million", "patients", "", "a ransomware gang", "")]),
        # a merger and a court case
        ("Orbis", "Orbis released what it says are the votes of 4,000 shareholders, its rival said.",
         [("4,000", "shareholders", "", "orbis", "")]),
        ("", "The union leaked what it says are the names of 300 informants.",
         [("300", "informants", "", "the union", "")]),
    ],
)
def test_what_it_says_are_is_the_subjects_claim(names: str, text: str,
                                               expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims(names, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's leak (R3 ¶8)
        ("The files included scanned referral letters for about 9,000 patients.", []),
        # a merger and a court case
        ("The deal keeps pensions for 3,000 retirees.", []),
        # unchanged: a verb before "for", and a relative clause's verb
        ("The union asks for 300 workers.", [("300", "workers", "", "", "")]),
        ("The Guild, which speaks for 35 shipping lines, met.", [("35", "shipping lines", "", "", "")]),
    ],
)
def test_what_a_noun_is_for_is_no_count(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims("", text) == expected


# ---- b.md #8: "has risen to nine", "had now been arrested" over time; "remain" counts what is left


def test_arrests_told_as_rising_are_a_series() -> None:
    # the review's arrests (AFP ¶2, Courier ¶5, Reuters ¶8)
    assert _lined_up("Essex Police",
                     ("2026-04-07", "Police arrested six people in dawn raids on Monday, officers said."),
                     ("2026-04-20", "The number of people arrested has risen to nine after three more were detained, "
                                    "Essex Police said."),
                     ("2026-05-12", "Police said on Monday that 11 people had now been arrested.")) == [
        ("people", False, ["six", "nine", "11"],
         [("six", "2026-04-07"), ("nine", "2026-04-20"), ("11", "2026-05-12")])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recall and a court case: a numeral word after a verb of change and "to"
        ("The number of cars recalled has grown to seven.", [("seven", "cars", "recalled", "", "")]),
        ("The number of defendants has fallen to four.", [("four", "defendants", "", "", "")]),
        # unchanged: a numeral after a preposition of place is no count
        ("The firm sold the plant to three investors in five states.", []),
    ],
)
def test_a_numeral_word_risen_to_is_a_count(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims("", text) == expected


def test_what_remains_is_a_count_of_its_own() -> None:
    # the review's rescue (release ¶4-5): seven brought out, two remain; the nine trapped stand alone
    assert sorted(_lined_up("Hallbrook",
                            ("2026-02-10", "Nine workers were trapped after the tunnel collapsed."),
                            ("2026-02-12", "Crews brought seven workers to the surface. Two workers remain in the "
                                           "refuge chamber."))) == sorted([
        ("workers trapped", False, ["Nine"], []), ("workers brought", False, ["seven"], []),
        ("workers remain", False, ["Two"], [])])


# ---- b.md #18: a date word or the counted noun phrase is never a claimant


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's statements (minister ¶5, release ¶6)
        ("Mines and Resources,Priya Raghunathan",
         "The Minister for Mines and Resources, Priya Raghunathan, today announced an inquiry into the fall, which "
         "trapped nine workers underground.",
         [("nine", "workers", "trapped", "priya-raghunathan", "")]),
        ("", "Two contractors referred to in media reports had signed out.",
         [("Two", "contractors", "referred", "", "")]),
        # a court case and a merger
        ("Ann Moss", "The clerk, Ann Moss, today said 12 jurors had been sworn.",
         [("12", "jurors", "sworn", "ann-moss", "")]),
        ("", "Yesterday the board said 300 shareholders had voted.", [("300", "shareholders", "voted", "the board", "")]),
    ],
)
def test_a_date_word_or_the_count_is_no_claimant(names: str, text: str,
                                                 expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims(names, text) == expected


# ---- b.md #9: "puts the value of X at N, well above the N Y has given", "insists the figure is N"


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's leak (wire ¶4)
        ("Home Department",
         "The report puts the total value of the contract, including extensions and support costs, at 412 million "
         "pounds, well above the 340 million pounds the Home Department has given.",
         [("412 million", "contract value (pounds)", "", "the report", ""),
          ("340 million", "contract value (pounds)", "", "home-department", "")]),
        # a merger and a court case
        ("Kessel Bank",
         "Analysts put the value of the deal at 2.1 billion euros, more than the 1.8 billion euros Kessel Bank gave.",
         [("2.1 billion", "deal value (euros)", "", "Analysts", ""),
          ("1.8 billion", "deal value (euros)", "", "kessel-bank", "")]),
        ("Home Department",
         "Opposition MPs said the contract's total cost was now close to £450m. The department insists the figure "
         "is £340m.",
         [("£450m", "cost (£)", "", "Opposition MPs", ""), ("£340m", "cost (£)", "", "the department", "")]),
        # unchanged: the total cost of a thing put at a figure
        ("Valbrune", "Valbrune estimated the total cost of the recall at €14 million.",
         [("€14 million", "total cost (€)", "", "valbrune", "")]),
    ],
)
def test_a_value_put_at_against_the_one_given_is_a_dispute(
    names: str, text: str, expected: list[tuple[str, str, str, str, str]],
) -> None:
    assert _claims(names, text) == expected


def test_the_contract_value_two_voices_give_is_disputed() -> None:
    assert _lined_up("Home Department",
                     ("2026-10-02", "The report puts the total value of the contract at 412 million pounds, well "
                                    "above the 340 million pounds the Home Department has given.")) == [
        ("contract value (pounds)", True, ["340 million", "412 million"], [])]


# ---- a.md #19: a stock held and an amount sold are different acts


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's intervention (C4 ¶3-4)
        ((("2026-06-15", "The bank sold an estimated €1.2 billion of reserves on Friday, according to the ministry. "
                         "Dealers put the figure at closer to €600 million. \"We have reserves of €38 billion,\" "
                         "she said."),),
         [("reserves (€) sold", True, ["€600 million", "€1.2 billion"], []),
          ("reserves (€) held", False, ["€38 billion"], [])]),
        # a merger: shares held against shares sold
        ((("2026-03-01", "The fund sold £400 million of shares in May. It still holds shares of £2 billion."),),
         [("shares (£) sold", False, ["£400 million"], []), ("shares (£) held", False, ["£2 billion"], [])]),
    ],
)
def test_a_stock_held_is_no_rival_of_an_amount_sold(stories: tuple[tuple[str, str], ...], expected: Lined) -> None:
    assert sorted(_lined_up("", *stories)) == sorted(expected)


def test_someone_with_a_numeral_in_their_description_still_states_a_figure() -> None:
    assert _claims("", "Dealers at two banks put the figure at closer to €600 million, after the bank said it sold "
                       "€1.2 billion of reserves.")[0][3] == "Dealers at two banks"


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's matches (AFP ¶6): a numeral word after a name is a count, not a model's number
        ("AFP", "A source close to the inquiry told AFP four matches were under scrutiny.",
         [("four", "matches", "", "a source close to the inquiry", "")]),
        # a court case
        ("Reuters", "A court official told Reuters three defendants were missing.",
         [("three", "defendants", "missing", "a court official", "")]),
        # unchanged: a model's number in digits
        ("", "The airline ordered four Rolls-Royce Trent 900 engines.", []),
    ],
)
def test_a_numeral_word_after_a_name_is_a_count(names: str, text: str,
                                                expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _claims(names, text) == expected


# ---- a.md #2: "the true figure was 'closer to 800,000'" in the next paragraph is the count named before


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's leak (R5 ¶3-4)
        ("Kestrel Health",
         "A gang has published what it says are the records of 1.3 million patients of Kestrel Health.\n\n"
         "The network said early checks suggested the true figure was \"closer to 800,000\".",
         [("1.3 million", "patients", "", "a gang", ""), ("800,000", "patients", "", "the network", "")]),
        # a court case
        ("", "The firm says it owes wages to 2,000 workers.\n\nThe union said the real number was closer to 3,500.",
         [("2,000", "workers", "", "the firm", ""), ("3,500", "workers", "", "the union", "")]),
        # unchanged: "the figure" two paragraphs on names nothing
        ("", "The firm has 2,000 workers.\n\nIt is based in Leeds.\n\nThe union said the real number was 3,500.",
         [("2,000", "workers", "", "", "")]),
    ],
)
def test_the_figure_opening_a_paragraph_is_the_count_before(
    names: str, text: str, expected: list[tuple[str, str, str, str, str]],
) -> None:
    assert _claims(names, text) == expected

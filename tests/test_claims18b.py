"""Claims of review 18b (a recall, a takeover, a dam protest): one recall growing is a
count over time, not a dispute; a figure in a contact relative clause is the relative
clause's subject's, not the sentence's others; counts read "now" and counts coordinated
with a change are readings of running counts; "detained" and "arrested" are one act; a
crowd's size is a count; counts after "aware of"/"knew of" are claims; a name's number is
no count. Each reviewer's case is rewritten as a small invented sentence, with siblings
from a court case, a merger and a concert, and the cases that must stay as they were.
Expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_claims18 import _stated
from test_counts_over_time import FSIB, claims, lined_up

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.present import quantities
from builder.read.text import split_paragraphs

Lined = list[tuple[str, bool, list[str], list[tuple[str, str]]]]

# ---- #1: an investigation's scope is not the recall; a recall expanded is the recall growing


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's recall (FVSA ¶5, AP ¶3)
        ((("2025-03-06", "The analysis covers an estimated 305,000 vehicles, more than the 212,000 vehicles "
                         "Veloria said on March 4 it would recall."),
          ("2025-03-17", "Veloria expanded its recall of Aster SUVs to 318,000 vehicles.")),
         [("vehicles covered", False, ["305,000"], []),
          ("vehicles to recall", False, ["212,000", "318,000"], [("212,000", "2025-03-06"), ("318,000", "2025-03-17")])]),
        # a court case: a review widened
        ((("2025-02-01", "The commission said it would review 25 cases."),
          ("2025-03-01", "The commission expanded its review of the convictions to 40 cases.")),
         [("cases", False, ["25", "40"], [("25", "2025-02-01"), ("40", "2025-03-01")])]),
    ],
)
def test_a_recall_expanded_grows_over_time(stories: tuple[tuple[str, str], ...], expected: Lined) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's claimant: Veloria said the 212,000, not the 305,000
        ("Veloria Motors Corporation",
         "The engineering analysis covers an estimated 305,000 vehicles from model years 2021 through 2024, more than "
         "the 212,000 vehicles Veloria Motors Corporation said on March 4 it would recall.",
         [("305,000", "vehicles", "", ""), ("212,000", "vehicles", "", "veloria-motors-corporation")]),
        # a merger's sibling
        ("Kessel Bank", "The merged bank will have 420 branches, more than the 300 branches Kessel Bank said it would keep.",
         [("420", "branches", "", ""), ("300", "branches", "", "kessel-bank")]),
        # unchanged: a reporting verb of the whole sentence
        ("Veloria", "Veloria said the recall covers 212,000 vehicles.", [("212,000", "vehicles", "", "veloria")]),
    ],
)
def test_a_contact_relatives_speaker_states_its_own_figure(names: str, text: str,
                                                           expected: list[tuple[str, str, str, str]]) -> None:
    assert _stated(names, text) == expected


def test_an_investigation_widened_is_no_recall() -> None:
    # "investigation" is no verb: the figure is the count's new value with no act
    assert lined_up(("2025-03-07", "Regulators widened their investigation of the SUVs to 305,000 vehicles.")) == [
        ("vehicles", False, ["305,000"], [])]


# ---- #8: "has now received", and a figure coordinated with a change


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's complaints (Reuters ¶5, FVSA ¶4)
        ((("2025-03-04", "The agency opened its review in November after receiving 57 complaints."),
          ("2025-03-06", "The agency has now received 93 complaints.")),
         [("complaints", False, ["57", "93"], [("57", "2025-03-04"), ("93", "2025-03-06")])]),
        # the review's injuries (AP ¶6): coordinated with the crashes' change
        ((("2025-03-06", "The agency said it had identified 22 crashes and four injuries."),
          ("2025-03-17", "The agency now counts 31 crashes and six injuries, up from 22 crashes and four injuries.")),
         [("crashes", False, ["22", "31"], [("22", "2025-03-06"), ("31", "2025-03-17")]),
          ("injuries", False, ["four", "six"], [("four", "2025-03-06"), ("six", "2025-03-17")])]),
        # a court case's claimants
        ((("2025-01-10", "Lawyers had signed up 300 claimants."), ("2025-02-10", "Lawyers have now signed up 480 claimants.")),
         [("claimants", False, ["300", "480"], [("300", "2025-01-10"), ("480", "2025-02-10")])]),
        # unchanged: two figures, neither read as running, on one date: a dispute
        ((("2025-03-06", "The agency received 93 complaints."), ("2025-03-06", "The maker said it received 57 complaints.")),
         [("complaints", True, ["57", "93"], [])]),
    ],
)
def test_counts_read_now_are_over_time(stories: tuple[tuple[str, str], ...], expected: Lined) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


# ---- #9: detained, arrested, apprehended: one act


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's march (AFP ¶6, EFE ¶5)
        ((("2025-06-04", "Carabineros said 23 people were detained; Huenchullan said 31 had been arrested."),
          ("2025-06-05", "The force said 23 people had been detained.")),
         [("people", True, ["23", "31"], [])]),
        # a court case's sibling
        ((("2025-02-01", "Police arrested 12 men on Monday."), ("2025-02-02", "The lawyers said 15 men had been apprehended.")),
         [("men", True, ["12", "15"], [])]),
        # unchanged: released is another act
        ((("2025-02-01", "Police detained 40 people."), ("2025-02-03", "Police released 12 people.")),
         [("people detained", False, ["40"], []), ("people released", False, ["12"], [])]),
    ],
)
def test_detained_and_arrested_are_one_act(stories: tuple[tuple[str, str], ...], expected: Lined) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


# ---- #7: a crowd's size is a count of people; a relative pronoun is no claimant


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's march (AFP ¶2, EFE ¶6)
        ((("2025-06-04", "Police estimated the crowd at 4,000."),
          ("2025-06-05", "The protest, which organisers said drew 15,000 people, was the biggest.")),
         [("people", True, ["4,000", "15,000"], [])]),
        # a concert
        ((("2025-07-01", "The concert attracted 20,000 people, the promoter said."),
          ("2025-07-02", "The city put the turnout at 12,000.")),
         [("people", True, ["20,000", "12,000"], [])]),
        # beside another act: the crowd's own count
        ((("2025-06-04", "Police estimated the crowd at 4,000 and said 23 people were detained."),
          ("2025-06-05", "Organisers said the march drew 15,000 people.")),
         [("people detained", False, ["23"], []), ("people gathered", True, ["4,000", "15,000"], [])]),
    ],
)
def test_a_crowds_size_is_a_count(stories: tuple[tuple[str, str], ...], expected: Lined) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        ("Carabineros", "Police estimated the crowd at 4,000.", [("4,000", "people", "", "Police")]),
        ("Carabineros", "The protest, which organisers said drew 15,000 people, was the biggest.",
         [("15,000", "people", "", "organisers")]),
        # unchanged: a bound is no claim
        ("Carabineros", "Organisers said more than 15,000 people took part.", []),
    ],
)
def test_who_states_a_crowd(names: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _stated(names, text) == expected


# ---- #5: counts after "aware of", "knew of"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company said it was aware of 14 crashes and three injuries.", [("14", "crashes"), ("three", "injuries")]),
        ("Veloria had told the agency on Tuesday that it knew of 14 crashes.", [("14", "crashes")]),
        # a court case
        ("The bank said it had learned of 30 complaints.", [("30", "complaints")]),
        # unchanged: a part of a total
        ("Three of 14 crashes were fatal.", []),
    ],
)
def test_a_count_known_of_is_a_claim(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


# ---- #24: a name's number is no count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They never held the consultation that ILO Convention 169 requires.", []),
        ("The sanctions lapsed under Security Council Resolution 2231 last year.", []),
        # unchanged: a weekday after a capitalised word
        ("On Friday 23 ships were waiting at anchor.", [("23", "ships")]),
    ],
)
def test_a_names_number_is_no_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


# ---- #5: another named voice's figure against a running count is a dispute


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's crashes (Reuters ¶3, FVSA ¶4, AP ¶6)
        ((("2025-03-04", "Veloria said it was aware of 14 crashes."),
          ("2025-03-06", "The Food Safety Bureau said it had identified 22 crashes."),
          ("2025-03-17", "The Food Safety Bureau now counts 31 crashes, up from 22.")),
         [("crashes", True, ["14", "22", "31"], [])]),
        # unchanged: one voice's running count
        ((("2025-03-06", "The Food Safety Bureau said it had identified 22 crashes."),
          ("2025-03-17", "The Food Safety Bureau now counts 31 crashes, up from 22.")),
         [("crashes", False, ["22", "31"], [("22", "2025-03-06"), ("31", "2025-03-17")])]),
    ],
)
def test_another_voice_against_a_running_count_disputes_it(stories: tuple[tuple[str, str], ...], expected: Lined) -> None:
    assert sorted(_lined_up_with_maker(*stories)) == sorted(expected)


VELORIA = Entity(id="veloria", kind="organisation", name="Veloria", aliases=(Alias("Veloria"),), summary="s")


def _lined_up_with_maker(*stories: tuple[str, str]) -> Lined:
    """`lined_up` with the maker Veloria registered beside the bureau."""
    found, published = [], {}
    for i, (when, text) in enumerate(stories):
        src = Source(f"s{i}", f"s{i}.txt", text, f"s{i}", published=dt.date.fromisoformat(when),
                     paragraphs=split_paragraphs(text))
        published[src.id] = src.published
        found += [(c, src.id) for c in annotate(src, Matcher([FSIB, VELORIA]), {FSIB.id: FSIB, VELORIA.id: VELORIA}).claims]
    return [(c.unit, c.disputed, [v for v, _ in c.figures], [(v, d.isoformat()) for v, d in c.changes])
            for c in quantities.counts(found, published)]


# ---- #9: a numeral word with a partitive counts the group's noun, accented or not


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's statement (¶4)
        ("Thirty-one of our compañeros were detained.", [("Thirty-one", "compañeros")]),
        # a strike and a court case
        ("Twelve of its members were arrested.", [("Twelve", "members")]),
        ("The court heard that 14 of the jurors had left.", [("14", "jurors")]),
        # unchanged: a numeral word with no noun of its own
        ("Thirty-one were detained.", []),
    ],
)
def test_a_numeral_word_of_a_group_counts_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected

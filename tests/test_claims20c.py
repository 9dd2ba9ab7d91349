"""Claims after merging claims20a and claims20b: the rules the earlier reviews' tests
protect hold beside the new ones ("put the number of X at N" estimates, it does not move a
count; "on strike" is what "joined the strike" counts), and the open parts of review s20
(e.md, f.md) both fixers listed. Invented sentences of several topics."""

from __future__ import annotations

import datetime as dt

import pytest
from test_counts_over_time import FSIB, lined_up

from builder.annotate import counted, states
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("A spokesman put the number of packs at 52,000.", False),
        ("The union now puts the number of striking drivers at 1,150.", False),
        ("The court put the number of claimants at 310.", False),
        # unchanged: a revision verb with "to" moves the count
        ("The agency raised its count of confirmed cases to 67.", True),
        ("The firm revised the number of cars affected to 9,000.", True),
    ],
)
def test_an_estimate_put_at_is_no_change(text: str, changed: bool) -> None:
    fs = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert counted.is_change(text, 0, fs) is changed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" were on strike.", ""),  # taking part in a happening: what "joined the strike" counts
        (" are in custody.", ""),
        (" were in quarantine.", ""),
        # unchanged: places and things
        (" were in temporary shelters.", "in shelters"),
        (" were in hospital.", "in hospital"),
        (" were on board.", "on board"),
    ],
)
def test_a_happening_is_no_place_state(text: str, expected: str) -> None:
    assert states.state(text, 0, len(text)) == expected


def test_joined_and_on_strike_are_one_disputed_count() -> None:
    got = lined_up(
        ("2024-03-12", "The union said 1,200 members had joined the strike."),
        ("2024-03-12", "The port said only 900 members were on strike."),
    )
    assert got == [("members", True, ["900", "1,200"], [])]  # one act left: no act in its heading


def test_the_number_of_people_in_a_place_is_no_act() -> None:
    # "the number of X on Y" restricts X; it joins the count an act made, as any figure with no act
    got = lined_up(
        ("2024-05-01", "The union said 1,200 members walked out."),
        ("2024-05-03", "The number of members on strike had risen to 2,000, the union said."),
    )
    assert got == [("members", False, ["1,200", "2,000"], [("1,200", "2024-05-01"), ("2,000", "2024-05-03")])]


def test_confirmed_cases_and_cases_are_one_running_count() -> None:
    # e#2: one agency's count, "confirmed cases" and "cases", raised "to 67 from 51": a series
    got = lined_up(
        ("2027-01-12", "The outbreak grew to 31 confirmed cases, regional health officials said."),
        ("2027-01-15", "The agency today confirmed 44 cases of measles, up from 31 on Tuesday."),
        ("2027-01-29", "The agency raised its count of confirmed cases to 67 from 51 on Tuesday."),
    )
    assert got == [("cases", False, ["31", "44", "51", "67"],
                    [("31", "2027-01-12"), ("44", "2027-01-15"), ("51", "2027-01-29"), ("67", "2027-01-29")])]


def test_reported_claims_and_claims_are_one_count_suspected_another() -> None:
    # a court case: "reported claims" and "claims" one count; "suspected cases" stays apart
    got = lined_up(
        ("2026-02-01", "The registry said 120 reported claims had been filed."),
        ("2026-02-09", "The registry said 150 claims had now been filed."),
    )
    assert [(u, f) for u, _, f, _ in got] == [("claims", ["120", "150"])]
    assert counted.unit_key("suspected cases", {"cases", "suspected cases"}) == "suspected cases"
    assert counted.unit_key("confirmed cases", {"confirmed cases"}) == "confirmed cases"


def test_a_toll_revised_down_is_a_correction_not_a_dispute() -> None:
    # e#1: 8, then 11 (risen), then "revised … down to ten": the fall is a correction of the peak
    got = lined_up(
        ("2026-11-06", "The operator said eight passengers have died."),
        ("2026-11-09", "The number of people killed has risen to 11, police said on Sunday."),
        ("2026-11-23", "Police have revised the number of people killed down to ten, admitting that one victim had been "
                       "counted twice."),
    )
    assert got == [("people", False, ["eight", "ten", "11"],
                    [("eight", "2026-11-06"), ("11", "2026-11-09"), ("ten", "2026-11-23")])]


def test_a_fall_with_no_correction_stays_disputed() -> None:
    # negative: a recall's count up then down with no word of correction is a dispute
    got = lined_up(
        ("2025-03-03", "The maker said it had recalled 40,000 packs."),
        ("2025-03-09", "The number of packs recalled has risen to 52,000, the bureau said."),
        ("2025-03-20", "The chain said 45,000 packs had been recalled."),
    )
    assert got[0][:2] == ("packs", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # e#1: the agent of "estimated by" gives the earlier figure; a passive "had been counted" tells no one
        ("The operator has said 212 passengers were on board, far fewer than the 240 estimated by police on the night.",
         [("212", "the operator"), ("240", "police")]),
        ("The firm said 40 cars were affected, not the 60 reported by the Daily Post.",
         [("40", "the firm"), ("60", "the Daily Post")]),
        ("Police have revised the number of people killed down to ten, admitting that one victim had been counted twice.",
         [("ten", "Police")]),
        ("The registry has corrected the number of claims to 40.", [("40", "the registry")]),
        # unchanged: an active reporting verb after the figure
        ("The court heard 12 witnesses, the clerk said.", [("12", "the clerk")]),
    ],
)
def test_who_gives_a_figure_in_a_passive(text: str, expected: list[tuple[str, str]]) -> None:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 3, 4), paragraphs=split_paragraphs(text))
    assert [(c.value, c.claimant or c.stated_as) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims] == expected


def test_the_group_a_body_has_is_no_sign_up() -> None:
    # f#5: "which employs 48,000 people" is no reading of the sign-ups' count
    got = lined_up(
        ("2026-11-17", "The retailer, which employs 48,000 people, reports results on Thursday."),
        ("2026-11-30", "The group said that 67,000 people had now joined its claim, up from 52,000 two weeks ago."),
    )
    assert sorted(got) == [("people", False, ["48,000"], []),
                           ("people joined", False, ["52,000", "67,000"], [("52,000", "2026-11-30"), ("67,000", "2026-11-30")])]


def test_a_union_has_members_and_members_walked_out() -> None:
    # a sibling (a strike): the members a union has are not those who walked out
    got = lined_up(
        ("2024-05-01", "The union has 9,000 members."),
        ("2024-05-03", "The union said 1,200 members walked out."),
    )
    assert sorted((u, f) for u, _, f, _ in got) == [("members", ["9,000"]), ("members walked out", ["1,200"])]


def test_a_held_figure_that_an_act_gives_is_still_joined() -> None:
    # negative: the same figure held and made is one count, as before
    got = lined_up(
        ("2024-02-01", "The yard employs 900 workers."),
        ("2024-04-01", "Its workforce had fallen to 700 workers."),
    )
    assert got == [("workers", False, ["700", "900"], [("900", "2024-02-01"), ("700", "2024-04-01")])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # f#1 part: a superlative's benchmark year and its "when" clause count another happening
        ("It is the deadliest earthquake in the country since 1988, when about 1,100 people died.", []),
        ("It was the largest recall since 2019, when the firm withdrew 40,000 cars.", []),
        ("It is the biggest merger since 2001, when 3,000 jobs were cut.", []),
        # unchanged: the story's own figure after such a clause, and a "when" clause of the story's year
        ("Output is at its lowest since 2019, when the strike began, and 300 workers have left.", [("300", "workers")]),
        ("Since 2026, when the plant opened, it has hired 300 workers.", [("300", "workers")]),
    ],
)
def test_a_past_benchmark_figure_is_no_count_of_the_story(text: str, expected: list[tuple[str, str]]) -> None:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 3, 4), paragraphs=split_paragraphs(text))
    assert [(c.value, c.unit) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims] == expected


def test_the_number_without_shelter_is_its_own_count() -> None:
    got = lined_up(
        ("2026-09-14", "The agency said 38,000 people were in temporary shelters."),
        ("2026-09-16", "The Red Crescent said the number of people without shelter was closer to 150,000."),
    )
    assert sorted((u, f) for u, _, f, _ in got) == [("people in shelters", ["38,000"]), ("people without shelter", ["150,000"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" on board had survived.", "on board"),  # "none of the 152 people on board": a reduced relative
        (" aboard the ferry were rescued.", "on board"),
        (" were on board.", "on board"),
        # unchanged: a place after the noun with no copula is no state
        (" in the town were evacuated.", ""),
    ],
)
def test_on_board_after_the_noun_is_a_state(text: str, expected: str) -> None:
    assert states.state(text, 0, len(text)) == expected


def test_a_rounding_is_half_up() -> None:
    # test_court12's debts: "$2 billion" against "$2.5 billion" is a dispute, no rounding (2.5 rounds to 3)
    from fractions import Fraction

    from builder.present.roundings import merge_roundings

    def merged(*written: str) -> list[list[str]]:
        values = {Fraction(w.split()[0].lstrip("$£")) * 10**6 * (1000 if "billion" in w else 1): [w] for w in written}
        return sorted(merge_roundings(values, lambda w: w).values())

    assert merged("$2 billion", "$2.5 billion") == [["$2 billion"], ["$2.5 billion"]]
    assert merged("$3 billion", "$2.5 billion") == [["$2.5 billion", "$3 billion"]]
    assert merged("£14 million", "£14.2 million") == [["£14.2 million", "£14 million"]]

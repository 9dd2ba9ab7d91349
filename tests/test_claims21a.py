"""Review s21 (i#1, i#3, j#7): which count a figure is and who claims it. A verb of
containing makes a held count, no rival of an act's ("was carrying 342" against "261 had
been rescued"); "X disputes that count and says at least N" is X's rival figure; "X puts
the number at N" after a semicolon is X's; "three people with knowledge of the plans
told Outlet" are who state it; a figure in "from M agencies" counts its own noun; "revising
an earlier figure of 85" makes the bound before it the newer value. Invented sentences of
other topics too (a recall, a court case, a merger)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_counts_over_time import FSIB, lined_up

from builder.annotate import acts, counted, holders, namedby
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.annotation import Mention
from builder.model import Entity, Source
from builder.read.text import split_paragraphs


def _claims(text: str) -> list[tuple[str, str, str, str]]:
    """(value, unit, act, stated_as) of each claim of one invented source."""
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.act, c.stated_as) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims]


# ---- i#1: the verb decides what a figure counts; a coordinated "disputes that count and says"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case, rewritten
        ("The report said the ferry was carrying 342 people, but a passenger group disputes that count and says at least 370 "
         "were aboard.",
         [("342", "people", "", "the report"), ("at least 370", "people", "", "a passenger group")]),
        # siblings: a recall, a court case; the disputed figure in the same sentence, with a comma
        ("The maker said 40,000 cars were affected, but a consumer group disputed that figure, saying more than 52,000 were.",
         [("40,000", "cars", "affected", "the maker"), ("more than 52,000", "cars", "affected", "a consumer group")]),
        ("Prosecutors said 31 investors lost money, and the defence rejects that number and says fewer than 20 did.",
         [("31", "investors", "lost", "Prosecutors"), ("fewer than 20", "investors", "lost", "the defence")]),
    ],
)
def test_a_rival_figure_of_the_count_just_named(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _claims(text) == expected


def test_a_bound_with_no_dispute_is_still_left_out() -> None:
    got = _claims("The council said at least 370 people attended, and the police said 300 did.")
    assert [(value, who) for value, _, _, who in got] == [("300", "the police")]


def test_carrying_is_held_and_no_rival_of_the_rescued() -> None:
    text = "The ship was carrying 342 people."
    assert counted.HELD.search(text, 0, text.index("342"))
    assert counted.HELD.search("The lorry carried 40 pallets", 0, 18)
    assert not counted.HELD.search("The lorry recovered 40 pallets", 0, 20)  # an act
    got = lined_up(
        ("2026-09-14", "The coastguard said 261 people had been rescued."),
        ("2026-10-19", "The report said the ship was carrying 342 people, but a passenger group disputes that count "
                       "and says at least 370 were aboard."),
    )
    by_figures = {tuple(figures): disputed for _, disputed, figures, _ in got}
    assert by_figures == {("261",): False, ("342", "at least 370"): True}


# ---- i#3: who puts the number at N, unnamed sources, scope "at X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company says 118 of those jobs are at the plant; the union puts the number at 140.",
         [("118", "jobs", "", "the company"), ("140", "jobs", "", "the union")]),
        ("The bank says 40 branches will close; the union puts the number at 55.",
         [("40", "branches", "", "the bank"), ("55", "branches", "", "the union")]),
    ],
)
def test_puts_the_number_at_after_a_semicolon_is_the_clause_subjects(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The layoffs the publisher announced on Tuesday will affect close to 900 people, three people with knowledge of "
         "the plans told PlayWire.", "three people with knowledge of the plans"),
        ("The cuts Halvorsen Interactive announced on Tuesday will affect close to 900 people, three people with knowledge "
         "of the plans told PlayWire.", "three people with knowledge of the plans"),
        ("The merger will cost 2,000 jobs, two people familiar with the matter said.", "two people familiar with the matter"),
        # negative: a counted noun phrase is no one
        ("Two contractors referred to in media reports said 40 jobs would go.", ""),
    ],
)
def test_unnamed_sources_state_the_figure(text: str, who: str) -> None:
    assert _claims(text)[-1][3] == who


def test_a_partitive_at_a_place_is_that_bodys_count() -> None:
    text = "The company says 118 of those jobs are at Greyfell."
    at = text.index("Greyfell")
    plant = Mention("greyfell", at, at + 8, "Greyfell", 1)
    assert holders.located(text, text.index("118") + 3, [plant]) == "greyfell"
    staff = "the 140 people who work at Greyfell have until March."
    at = staff.index("Greyfell")
    assert holders.located(staff, staff.index(" who"), [Mention("greyfell", at, at + 8, "Greyfell", 1)]) == "greyfell"
    # negative: a place that is not the figure's predicate
    far = "The company cut 118 jobs and opened an office at Greyfell."
    at = far.index("Greyfell")
    assert holders.located(far, far.index(" jobs") + 5, [Mention("greyfell", at, at + 8, "Greyfell", 1)]) == ""


def test_the_company_is_the_subject_of_the_sentence_before() -> None:
    entities = {i: Entity(i, "organisation", name, (), "") for i, name in
                (("h", "Halvorsen Interactive"), ("g", "Greyfell Studios"))}
    text = ("Greyfell Studios will close. Greyfell Studios staff were told on Tuesday. "
            "Halvorsen Interactive, which owns Greyfell Studios, said it would cut jobs. The company says 118 are there.")
    bodies = [Mention(i, m, m + len(n), n, 1) for i, n in (("g", "Greyfell Studios"), ("h", "Halvorsen Interactive"))
              for m in range(len(text)) if text.startswith(n, m)]
    bodies.sort(key=lambda m: m.start)
    s = text.index("The company")
    assert namedby.previous_subject(text, s, "The company", bodies, entities) == "h"
    # negative: the sentence before opens with no body; a description that is not a company's noun
    s2 = text.index("Greyfell Studios staff")
    assert namedby.previous_subject(text, s2, "The company", bodies[:1], entities) == ""
    assert namedby.previous_subject(text, s, "The union", bodies, entities) == ""


# ---- j#7: each number counts its own noun; a revision's newer value


def test_from_m_agencies_counts_agencies_and_takes_no_act() -> None:
    text = "More than 300 workers from 12 plants joined the strike, the union said."
    assert acts.in_complement(text, 0, text.index("12"))
    assert not acts.in_complement(text, 0, text.index("300"))
    assert _claims(text) == [("12", "plants", "", "the union")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 110 people from 11 agencies took part in the search, the sheriff's office said, revising an earlier "
         "figure of 85.",
         [("More than 110", "people", "", "the sheriff's office"), ("11", "agencies", "", "the sheriff's office"),
          ("85", "people", "", "the sheriff's office")]),
        ("About 1,400 claimants joined the case, the firm said, updating an earlier figure of 900.",
         [("1,400", "claimants", "joined", "the firm"), ("900", "claimants", "joined", "the firm")]),
    ],
)
def test_a_bound_that_revises_an_earlier_figure_is_the_newer_value(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _claims(text) == expected


def test_the_revision_replaces_the_earlier_figure_over_time() -> None:
    got = lined_up(
        ("2026-10-14", "Mountain rescuers said about 85 people had now taken part in the search."),
        ("2026-10-17", "More than 110 people from 11 agencies took part in the search, the sheriff's office said, revising "
                       "an earlier figure of 85."),
    )
    people = next(figures for unit, _, figures, _ in got if unit == "people")
    assert people == ["85", "More than 110"]
    # negative: a bound with no revision stays out
    assert _claims("More than 110 people took part in the search, the sheriff's office said.") == []


# ---- i#3: "roles", "positions" and "jobs" are one count; a modal passive after a postmodifier


def test_roles_and_jobs_are_one_count_over_time() -> None:
    assert counted.SAME_UNIT["roles"] == counted.SAME_UNIT["positions"] == "jobs"
    got = lined_up(
        ("2026-01-20", "The publisher said it would cut about 650 jobs. About 650 roles across the company will be affected."),
        ("2026-02-26", "The publisher said about 700 roles were now affected."),
    )
    jobs = [(figures, changes) for unit, _, figures, changes in got if unit.startswith("jobs")]
    assert jobs == [(["650", "700"], [("650", "2026-01-20"), ("700", "2026-02-26")])]
    # siblings: a bank's positions; negative: members are another count
    assert _claims("About 300 positions across the bank will be eliminated.") == [("300", "positions", "eliminated", "")]
    assert _claims("About 300 members across the union will be balloted.")[0][1] == "members"


def test_a_contact_clause_gives_way_only_to_a_later_reporting_clause() -> None:
    # negative: with no reporting clause after the figure, the relative clause's subject states it
    # (the description keeps its head noun, as `described` does for "Results that the party said")
    assert _claims("The results the party said gave it 68 seats.") == [("68", "seats", "", "the results the party")]

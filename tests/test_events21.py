"""Review s21 (events): which happening a date dates, and what is no happening.

- A date in a who-clause dates that clause, also after a proper adjective ("a British
  hiker who failed to return ... on Saturday"), an age in apposition ("X, 34, who was
  reported missing on Saturday, October 10") or a date with its own comma.
- A fronted "Following the N on D," before a present perfect, present or future main clause
  is the noun's date; a present passive relative's date ("which is backdated to his
  suspension on 6 July") is its noun's.
- An opening participle clause holds the dated act ("Announcing the inquiry on Monday, X
  said ..." -> "X announced the inquiry").
- A feeling ("is deeply saddened by"), a promise of nothing ("there would be no further
  cuts this year"), a release's notice of its next update, and a quotation with only its
  speech tag are no happenings.
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events20 import candidates

TUE = dt.date(2027, 3, 9)


@pytest.mark.parametrize(("text", "expected"), [
    ("Divers on Tuesday were searching the lake for a Danish swimmer who failed to return from a long evening swim on Sunday.",
     [("2027-03-09", "Divers were searching the lake for a Danish swimmer"), ("2027-03-07", "The Danish swimmer failed to return from a long evening swim")]),
    ("Police continue to search for Anna Berg, 34, who was reported missing on Saturday, March 6.",
     [("2027-03-06", "Anna Berg was reported missing")]),
    ("The court heard from Tom Reyes, 51, who resigned as chief executive on Friday.",
     [("2027-03-05", "Tom Reyes resigned as chief executive")]),
    # negatives: the main clause's own date; a relative with no date keeps the main clause's
    ("The airline recalled a pilot who was on leave, the union said on Monday.",
     [("2027-03-08", "The airline recalled a pilot who was on leave")]),
])
def test_a_date_in_a_who_clause_dates_that_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Following the emergency closure of the Elm Street bridge on Monday 8 March, the council has commissioned an assessment.", []),
    ("Following the recall of the heaters in February, the regulator has opened an inquiry.", []),
    ("Following the collapse of the merger talks on Monday, the board will meet again.", []),
    ("The ban, which is backdated to his provisional suspension on 6 January, runs for three years.", []),
    # negatives: a past main clause keeps the date; a relative of a plan keeps its own
    ("Following the vote on Monday, the company withdrew the offer.", [("2027-03-08", "The company withdrew the offer")]),
    ("The hearing, which is scheduled for 12 April, will be public.", [("2027-04-12", "The hearing is scheduled")]),
])
def test_a_date_of_a_noun_in_a_fronted_phrase_or_present_relative_is_the_nouns(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Announcing the inquiry in parliament on Monday, Ms Varga said it would be led by a judge.",
     [("2027-03-08", "Ms Varga announced the inquiry in parliament")]),
    ("Recalling 40,000 cars on Friday, the carmaker said a brake part could fail.",
     [("2027-03-05", "The carmaker recalled 40,000 cars")]),
    ("Approving the merger last week, the regulator said prices would not rise.",
     [("2027-W09", "The regulator approved the merger")]),
    # negatives: a preposition in -ing and a verb of speaking hold no act of their own
    ("During talks on Monday, the two sides agreed a deal.", [("2027-03-08", "The two sides agreed a deal")]),
])
def test_an_opening_participle_clause_holds_the_dated_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Ferries is deeply saddened by the loss of life following the incident on the night of 6 March.", []),
    ("The club said it was shocked by the attack on Saturday.", []),
    ("The chief executive said there would be no further job cuts this year.", []),
    ("There will be no trains on Sunday, the operator said.", []),
    ("The next update will be issued Wednesday at 10 a.m.", []),
    ("A further briefing is planned for Thursday.", []),
    ("'There are buyers out there. Let them try,' she said on Friday.", []),
    ("'We have filed the papers,' the lawyer said on Monday.", []),
    # negatives: a happening told with its feeling, a quote inside a clause of its own, an update as news
    ("The mayor was shocked by the damage and resigned on Monday.", [("2027-03-08", "The mayor was shocked by the damage and resigned")]),
    ("The court heard that 'he was there,' she testified on Friday.",
     [("2027-03-05", "The court heard that 'he was there,' she testified")]),
    ('"I did nothing wrong," she told the Harbour Post on Friday.', [("2027-03-05", "She told the Harbour Post")]),
    ("The agency issued an update on Monday.", [("2027-03-08", "The agency issued an update")]),
])
def test_feelings_promises_of_nothing_house_keeping_and_bare_quotes_are_no_happenings(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The carmaker had planned to launch the new model on 28 March.", []),
    ("Shopkeepers, who had hoped to see trade return next month, said the delay was a blow.", []),
    ("The club had intended to open the stand in April.", []),
    # negatives: a plan still held, and a past perfect that is no intention
    ("The carmaker plans to launch the new model on 28 March.", [("2027-03-28", "The carmaker plans to launch the new model")]),
    ("She had planned the trip in May and left on 2 June.", [("2026-05", "She had planned the trip"), ("2026-06-02", "She had left")]),
])
def test_an_intention_in_the_past_perfect_is_given_up(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency has opened its own inquiry into the loss of the rocket earlier this month.", []),
    ("The regulator has fined the bank over the collapse of its website earlier this year.", []),
    # negatives: a deictic date right after a short object is the perfect's own
    ("The company has cut 200 jobs earlier this month.", [("2027-03-01/2027-03-09", "The company has cut 200 jobs")]),
])
def test_a_deictic_past_ending_a_noun_after_a_perfect_is_the_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('The director told the meeting that the 2024 inspection "was carried out correctly".', []),
    ('The lawyer said the 2023 audit "was thorough and complete".', []),
    ('Its organiser said last year\'s round of layoffs had left "a culture of fear".', []),
    # negatives: the saying's own date stays; a reported happening with no quote keeps its date
    ('She said on Monday that the 2024 audit "was thorough".', [("2027-03-08", 'She said that the audit "was thorough"')]),
    ('The minister told MPs on 8 March that the inquiry would "leave no stone unturned".',
     [("2027-03-08", 'The minister told MPs that the inquiry would "leave no stone unturned"')]),
    ("The minister said the 2024 flood had destroyed 300 homes.", [("2024", "The minister said the flood had destroyed 300 homes")]),
])
def test_a_quoted_judgement_of_a_dated_noun_is_dated_by_the_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Engineers now believe repairs could cost £6 million, double the £3 million figure officers gave councillors at a briefing last week.", []),
    ("Lawyers now say the fine could reach $9 million, triple the sum the regulator proposed at a hearing in January.", []),
    # negatives: a subordinate or coordinate clause of its own is titled; "now" with a past keeps the date
    ("The council now says the road will reopen, and engineers inspected it on Monday.", [("2027-03-08", "Engineers inspected it")]),
    ("Police now believe the fire was started deliberately on Monday.", [("2027-03-08", "Police now believe the fire was started deliberately")]),
])
def test_a_past_date_after_a_present_with_now_is_not_the_main_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


def release(text: str, outlet: str = "Harbour Trust") -> list[tuple[str, str]]:
    """(date, title) of each candidate of `text` as a release issued by `outlet` on Tuesday."""
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher
    from builder.model import Source
    from builder.read.text import split_paragraphs

    src = Source("s1", "s1.md", text, "s1", published=TUE, paragraphs=split_paragraphs(text), outlet=outlet)
    return [(c.date, c.title) for c in annotate(src, Matcher([]), {}).candidates]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Trust has opened a formal investigation into an incident at the marina on Saturday 6 March.",
     [("2027-03-09", "The Harbour Trust has opened a formal investigation into an incident")]),
    ("Following the closure of the pier on Monday 8 March, the Harbour Trust has commissioned a structural survey.",
     [("2027-03-09", "The Harbour Trust has commissioned a structural survey")]),
    ("Pending the outcome, the skipper is suspended from all races with immediate effect.",
     [("2027-03-09", "The skipper is suspended from all races with immediate effect")]),
    # negatives: another body's perfect, and the issuer's verbs of learning or saying
    ("The Coastguard has opened its own inquiry.", []),
    ("The Harbour Trust has learned that the pier was unsafe.", []),
])
def test_an_issuers_present_perfect_and_an_act_with_immediate_effect_are_dated_by_the_release(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert release(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('The game was "Lantern Vale", a fantasy title that had been in production since 2022, two developers said.', []),
    ("The drug, which has been on sale since 2019, was withdrawn on Monday.", [("2027-03-08", "The drug was withdrawn")]),
    # negatives: a passive's participle after "been" starts with a happening of its own
    ("The man, who has been detained since Friday, appeared in court.", [("2027-03-05", "The man has been detained")]),
])
def test_a_relatives_state_since_a_date_is_no_happening(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an appeal to readers is no happening, whatever date its relative clause holds (review s21 j hiker)
    ("Anyone who was on the Cathedral Lake Trail or Mount Harlan between October 9 and October 11 is asked to call "
     "the Sheriff's Office tip line.", []),
    ("Those who saw the crash on Monday are urged to contact police.", []),
    # must not change: people who were asked, in the past, did something asked of them
    ("People who lost power on Monday were asked to report damage.", [("2026-10-12", "People who lost power were asked to report damage")]),
])
def test_an_appeal_to_readers_is_no_happening(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, dt.date(2026, 10, 13)) == expected

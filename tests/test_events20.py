"""Review s20 (events): when a dated sentence tells no happening, and which clause a date dates.

- "until D" ends a state: the title tells the change that ends it ("will stay closed until
  Thursday" -> "will reopen"); "until at least D" and 'until D "at the earliest"' date no
  happening; "will not reopen on D as planned" and "did not respond to requests for comment"
  are no happenings.
- A date in a participle or relative modifier dates that modifier ("a unit built in 2009",
  "a franchise that expires next year", "buildings that had been damaged on Monday"), a
  noun's "of D" complement names the noun ("the earthquake of 14 September"), and a definite
  past after a present perfect dates a noun, not the perfect ("has been charged ... in
  connection with the theft ... last month").
- A release's heading in bold is its date line; "every Tuesday and Friday" is a routine; an
  outlet's "has learned that" frames the title; a span across years is one entry; a date in
  a further embedded question of a list is asked about.
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs

MON = dt.date(2027, 3, 8)


def candidates(text: str, published: dt.date = MON) -> list[tuple[str, str]]:
    """(date, title) of each timeline candidate of `text` as one source."""
    src = Source("s1", "s1.md", text, "s1", published=published, paragraphs=split_paragraphs(text))
    return [(c.date, c.title) for c in annotate(src, Matcher([]), {}).candidates]


@pytest.mark.parametrize(("text", "expected"), [
    ("The gallery will stay closed until Thursday.", [("2027-03-11", "The gallery will reopen")]),
    ("The bridge will remain shut until Friday, the council said.", [("2027-03-12", "The bridge will reopen")]),
    ("Trading in the shares will remain suspended until Friday.", [("2027-03-12", "Trading in the shares will resume")]),
    # an open end, a negated plan, silence: no happening
    ("Both schools will stay closed until at least 15 March, officials said.", []),
    ('The head said they would stay closed until 15 March "at the earliest".', []),
    ("The two schools will not reopen on 15 March as planned, the board said.", []),
    ("The firm did not respond to requests for comment on Saturday.", []),
    ("The club declined to comment on Friday.", []),
    # negatives: a state that is no closing, a plan kept, a past act, a refusal that is news
    ("The plant will stay open until Friday.", [("2027-03-12", "The plant will stay open")]),
    ("Talks will resume on Friday as planned.", [("2027-03-12", "Talks will resume as planned")]),
    ("The museum reopened on Thursday.", [("2027-03-04", "The museum reopened")]),
])
def test_a_state_held_until_a_day_ends_there_and_a_negated_act_is_no_happening(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The train, a unit built in 2009, was last inspected on 29 October.", [("2026-10-29", "The train was last inspected")]),
    ("The tanker, a vessel launched in 1998, ran aground on Friday.", [("2027-03-05", "The tanker ran aground")]),
    ("The carrier, which flies under a licence that expires next year, said it was ready.", [("2028", "The licence expires")]),
    ("A storm hit the coast on 2 March, flooding several homes that had been damaged on 1 March.",
     [("2027-03-02", "A storm hit the coast"), ("2027-03-01", "Several homes had been damaged")]),
    ("The institute has revised the magnitude of the earthquake of 14 February 2027 from 7.1 to 6.8.", []),
    ("A man has been charged with fraud in connection with the collapse of the fund last month.", []),
    ("The regulator has fined the bank over the data breach at its branch in January.", []),
    # negatives: a relative clause of a person is a happening; "of" a part of the day goes with its
    # date; a perfect's own closing saying keeps its date; the election of a day is its noun's
    ("Mr Hale, a banker who retired in 2009, said on Monday he would run.",
     [("2009", "Mr Hale retired"), ("2027-03-08", "Mr Hale said he would run")]),
    ("In the early hours of 7 February 2027 the team detected an intrusion.", [("2027-02-07", "The team detected an intrusion")]),
    ("A child has died in the outbreak, health officials confirmed on Thursday.", [("2027-03-04", "A child has died in the outbreak")]),
    ("Two men have been arrested on Monday.", [("2027-03-08", "Two men have been arrested")]),
])
def test_a_date_in_a_modifier_dates_the_modifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Intro.\n\n**Harbour Health Agency — press release, 15 January 2027**\n\nThe agency opened a clinic on Friday.",
     [("2027-03-05", "The agency opened a clinic")]),
    ("The agency publishes its figures every Tuesday and Friday.", []),
    ("The court sits every Monday, Wednesday and Friday.", []),
    ("The Post has learned that the night shift was cut in April 2026.", [("2026-04", "The night shift was cut")]),
    ("The Gazette understands that engineers replaced the signal last month.", [("2027-02", "Engineers replaced the signal")]),
    ("The inquiry found that between January 2023 and August 2025 the firm passed data to brokers.",
     [("2023-01/2025-08", "The firm passed data to brokers")]),
    ("From at least 2022 through March 2026, the director moved client money to a fund he controlled.",
     [("2022/2026-03", "The director moved client money to a fund he controlled")]),
    ("The letter asks the panel to examine why the tests lagged, why samples went untested in January, and why parents waited.",
     []),
    # negatives: months of one year stay two; a real dated act after "every" is not; a heading
    # of a clause with a verb stays
    ("Output fell between April and June.", [("2026-04", "Output fell"), ("2026-06", "Output fell")]),
    ("Every member voted on Friday to strike.", [("2027-03-05", "Every member voted to strike")]),
])
def test_furniture_routines_frames_spans_and_questions(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our inquiry found that between January 2023 and August 2025 the firm passed data to brokers.",
     [("2023-01/2025-08", "The firm passed data to brokers")]),
    # negative: the finding's own date stays the finding's
    ("The inquiry found on Monday that the firm had misled investors.",
     [("2027-03-08", "The inquiry found that the firm had misled investors")]),
])
def test_an_inquirys_finding_frames_its_dated_complement(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency issued a notice requiring the clinic to delete the records and to confirm by 31 March 2027 that it has done so.",
     [("2027-03-31", "A confirmation by 31 March 2027 required")]),
    ("The regulator ordered the bank to repay customers by 31 March 2027.",
     [("2027-03-31", "A repayment of customers by 31 March 2027 ordered by the regulator")]),
    # negative: "ordered" with an object and no infinitive is the act itself
    ("The club ordered new kit on Monday.", [("2027-03-08", "The club ordered new kit")]),
])
def test_a_deadline_in_a_required_act_dates_the_act_not_the_requiring(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The review will examine why the data lagged, why 23 samples went untested in January, and why parents waited.", []),
    ("The inquiry is investigating why the bridge failed in January.", []),
    # negatives: a verb of inquiry with an object, or its own date before a that-clause, is an act
    ("Police examined the car on Monday.", [("2027-03-08", "Police examined the car")]),
    ("Investigators established on Monday that the brakes failed.", [("2027-03-08", "Investigators established that the brakes failed")]),
])
def test_a_date_in_an_embedded_question_after_a_verb_of_inquiry_is_asked_about(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected

"""Review 19: which verb a date anchors, and when a dated sentence is an event.

- A date in a relative clause ("the attack that was first detected on 7 February") dates
  that clause's verb: the relative is titled, not the main clause.
- A date that premodifies a noun ("the June 11 meeting", "last weekend's attack") gives way
  to a date of the main clause; a date after "dated", a noun's "from 2023", a reduced
  relative in the subject ("the two people found on Saturday were identified") and a date
  in an "according to" phrase date their noun or source, not the main verb.
- "between 2 February and 7 February" is one range (two months stay two); "since X" after a perfect that counts
  or repeats is a span's start.
- "A on X before B-ing on Y" gives each date its own predicate.
- A reduced relative in a long subject goes before the title is cut, so the main verb stays
  ("The last two miners were brought to the surface", not "... trapped in the mine").
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs

TUE = dt.date(2026, 3, 3)


def candidates(text: str, published: dt.date = TUE) -> list[tuple[str, str]]:
    """(date, title) of each timeline candidate of `text` as one source."""
    src = Source("s1", "s1.txt", text, "s1", published=published, paragraphs=split_paragraphs(text))
    return [(c.date, c.title) for c in annotate(src, Matcher([]), {}).candidates]


def roles(text: str, published: dt.date = TUE) -> dict[str, str]:
    """The role of each date of `text`, by its words."""
    src = Source("s1", "s1.txt", text, "s1", published=published, paragraphs=split_paragraphs(text))
    return {d.text: d.role for d in annotate(src, Matcher([]), {}).dates}


@pytest.mark.parametrize(("text", "expected"), [
    ("The regulator has today opened an investigation into the clinic following the attack that was first detected "
     "on 7 February 2026.",
     [("2026-03-03", "The regulator has opened an investigation into the clinic following the attack"),
      ("2026-02-07", "The attack was first detected")]),
    ("The court on Monday heard from the driver of the van that was recalled in January.",
     [("2026-03-02", "The court heard from the driver of the van that was recalled"), ("2026-01", "The van was recalled")]),
    ("The regulator said it would look at the merger, which had been announced in February.",
     [("2026-02", "The merger had been announced")]),
    # negative: an active relative was titled so already
    ("The regulator opened an inquiry into the strike that began on 7 February.", [("2026-02-07", "The strike began")]),
])
def test_a_date_in_a_passive_relative_titles_the_relative(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The minutes of the June 11 meeting, published early on Wednesday, showed that the cut was approved by four votes.",
     [("2026-02-25", "The minutes of the meeting showed that the cut was approved")]),
    ("The records of up to 400,000 patients may have been stolen in last weekend's attack on the network, the clinic "
     "admitted today.", [("2026-03-03", "The records of up to 400,000 patients may have been stolen")]),
    ("Results of Sunday's election were announced on Monday.", [("2026-03-02", "Results of the election were announced")]),
    # negatives: the noun's date alone dates the sentence; another date in a subordinate clause leaves it
    ("Saturday's rally drew 10,000 people.", [("2026-02-28", "The rally drew 10,000 people")]),
    ("Thursday's decision to recall the vans came five weeks after the regulator said on 7 January that brakes failed.",
     [("2026-02-26", "The decision to recall the vans came five weeks"),
      ("2026-01-07", "The regulator said that brakes failed")]),
])
def test_a_date_that_premodifies_a_noun_gives_way_to_the_main_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "date_text", "expected"), [
    ("The lawsuit cites an inspection report from 2023.", "2023", "description"),
    ("The jury heard a recording from March 2025.", "March 2025", "description"),
    ("The chair read out a text message from the minister dated 22 February.", "22 February", "description"),
    ("The two people found on Ridgeback Lane on Saturday were identified as a couple from the town.", "Saturday", "description"),
    ("The vans recalled in January were found to have faulty brakes.", "January", "description"),
    ("Foley signed the contract award, according to documents published by the committee last week.", "last week", "description"),
    ("The minister met the founder twice before the firm was handed a contract, according to a copy seen by the agency on "
     "Friday.", "Friday", "description"),
    # negatives: a verb before "from", a span, the clause's own date, "according to plan"
    ("Profit in the third quarter rose from the same quarter a year earlier.", "the same quarter a year earlier", "comparison"),
    ("The plant was built from 2019 to 2021.", "2019", "event"),
    ("The talks went ahead according to plan on Monday.", "Monday", "event"),
    ("The two people were found on Ridgeback Lane on Saturday.", "Saturday", "event"),
])
def test_a_date_of_a_noun_or_a_source_is_no_event(text: str, date_text: str, expected: str) -> None:
    assert roles(text)[date_text] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Files had been copied from a server between 2 February and 7 February, he said.",
     [("2026-02-02/2026-02-07", "Files had been copied from a server")]),
    # negative: two months stay two (a happening's start and end, as MEANTIME annotates them)
    ("The recalled vans were sold between January and February.",
     [("2026-01", "The recalled vans were sold"), ("2026-02", "The recalled vans were sold")]),
    ("The court sat between 2019 and 2021.", [("2019/2021", "The court sat")]),
])
def test_between_two_dates_is_one_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


def test_from_one_day_to_another_stays_two_dates() -> None:
    assert roles("The vote was moved from 2 May to 9 May.") == {"2 May": "comparison", "9 May": "comparison"}


@pytest.mark.parametrize(("text", "date_text", "expected"), [
    ("The union had logged 17 written safety complaints since early 2024.", "early 2024", "state"),
    ("She had spoken to him by radio every night since Tuesday.", "Tuesday", "state"),
    ("Police have arrested 11 people since Friday.", "Friday", "state"),
    ("The firm has cut 2,000 jobs since 2019, he said on Monday.", "2019", "state"),
    # negatives: a single change keeps its date; a change by a percentage is a comparison
    ("The plant has been closed since Friday.", "Friday", "event"),
    ("Shares have fallen 40% since Friday.", "Friday", "comparison"),
    ("The index has not closed above 8,000 since February.", "February", "event"),
])
def test_since_after_a_count_or_a_habit_is_a_spans_start(text: str, date_text: str, expected: str) -> None:
    assert roles(text)[date_text] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The last two miners trapped in the Carrow Deep gold mine were brought to the surface late on Friday night, more "
     "than 90 hours after a tunnel collapsed around them.", [("2026-02-27", "The last two miners were brought to the surface")]),
    ("The 40,000 vans recalled by the Bremen carmaker over faulty brake hoses were returned to dealers on Friday.",
     [("2026-02-27", "The 40,000 vans were returned to dealers")]),
    ("The head of the company charged with fraud in the case was remanded in custody on Friday for two more weeks.",
     [("2026-02-27", "The head of the company was remanded in custody for two more weeks")]),
    # negative: a short subject with its participle fits the title whole
    ("The two miners trapped in the mine were rescued on Friday.", [("2026-02-27", "The two miners trapped in the mine were rescued")]),
])
def test_a_long_subjects_participle_goes_before_its_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Forecasters expect winds to ease on Sunday before picking up again on Tuesday.",
     [("2026-08-16", "Forecasters expect winds to ease"), ("2026-08-18", "Forecasters expect winds to pick up again")]),
    ("The company will close the plant in September before moving production to Poland in November.",
     [("2026-09", "The company will close the plant"), ("2026-11", "The company will move production to Poland")]),
    ("The jury retired on Monday before returning its verdict on Wednesday.",
     [("2026-08-10", "The jury retired"), ("2026-08-12", "The jury returned its verdict")]),
    # negative: one date, the -ing clause undated, stays one title
    ("Shares rose on Monday after falling for three days.", [("2026-08-10", "Shares rose after falling for three days")]),
])
def test_a_on_one_day_before_b_on_another_gives_each_its_predicate(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text, dt.date(2026, 8, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The clinic can confirm that in the early hours of Saturday 7 February 2026 our security team detected unauthorised "
     "activity.", [("2026-02-07", "Our security team detected unauthorised activity")]),
    ("During the early hours of 2 March the recalled vans were moved to a depot.", [("2026-03-02", "The recalled vans were moved to a depot")]),
    ("On the morning of 2 March the board met.", [("2026-03-02", "The board met")]),
])
def test_a_part_of_the_day_goes_with_its_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


def test_a_date_before_a_possessive_determiner_ends_its_phrase() -> None:
    text = "The clinic said that in the early hours of 7 February 2026 our team detected unauthorised activity."
    assert roles(text) == {"7 February 2026": "event"}


def test_a_subjects_own_verb_group_is_no_participle() -> None:
    text = ("The last time the index had risen for four weeks in a row was between September and October of 2007, when "
            "the index reached its high.")
    assert candidates(text, dt.date(2009, 4, 4))[0] == ("2007-09", "The last time the index had risen for four weeks")


def test_a_year_is_no_count_before_since() -> None:
    text = "The founder has been fighting the illness since 2004 and has been on leave since January of this year."
    assert roles(text, dt.date(2011, 8, 25))["January"] == "event"


@pytest.mark.parametrize(("text", "expected"), [
    ('Giving evidence to the committee, the minister repeated that the two meetings with the founder in February had been '
     '"purely social".', [("2026-02", 'The two meetings with the founder had been "purely social"')]),
    ("The carmaker insisted that the brake fault was first reported in January.",
     [("2026-01", "The brake fault was first reported")]),
    # negative: a denied clause is not told as what happened
    ("The minister denied that she met him in February.", [("2026-02", "The minister denied that she met him")]),
])
def test_a_date_in_an_asserted_that_clause_titles_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected

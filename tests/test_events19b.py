"""Review 19 c/d: which verb a date anchors, and when a dated sentence is an event (second round).

- ", officials said on Monday" after a happening with its own date dates only the saying.
- "minutes after taking off ... on Sunday evening": a short interval puts both on one day,
  so the date is the main verb's.
- a second date in a main clause another date dates already modifies a noun ("today
  published its report into the accident ... on 8 March").
- "put it to him that ... in 2023", "told jurors that": the date is the complement's.
- "A did X on D1 and B did Y on D2" inside a time clause: each date its own conjunct.
- a contact relative after "$N of Xs" ("bonds the city sold in 2015"): the head is the object;
  "since it was refloated": "it" is the main clause's subject.
- "a 2020 award", "a spring tide": a premodifier, no time; "as of Friday" dates a state; "The
  payment, due December 1, is interest on ..." describes.
- "since the suspension on 2 June" and "expected ... to pass 1,000 by the autumn" are no new
  happenings; "since March 22, when a court ordered ..." dates the when-clause.
- a relative across a saying ("which he had said last month would report in April") and a
  relative that ends in the date ("the ship that blocked the waterway ... this month").
- a clock time after ", officials said on Monday" takes the told day, not the saying's.
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs

MON = dt.date(2026, 3, 9)


def candidates(text: str, published: dt.date = MON) -> list[tuple[str, str]]:
    """(date, title) of each timeline candidate of `text` as one source."""
    src = Source("s1", "s1.txt", text, "s1", published=published, paragraphs=split_paragraphs(text))
    return [(c.date, c.title) for c in annotate(src, Matcher([]), {}).candidates]


def roles(text: str, published: dt.date = MON) -> dict[str, str]:
    """The role of each date of `text`, by its words."""
    src = Source("s1", "s1.txt", text, "s1", published=published, paragraphs=split_paragraphs(text))
    return {d.text: d.role for d in annotate(src, Matcher([]), {}).dates}


@pytest.mark.parametrize(("text", "expected"), [
    ("A passenger jet crashed into farmland minutes after taking off from Lorvik on Sunday evening, killing at least "
     "140 people, officials said on Monday.", [("2026-03-08", "A passenger jet crashed into farmland")]),
    ("A ferry capsized in the harbour on Saturday, police said on Monday.", [("2026-03-07", "A ferry capsized in the harbour")]),
    ("The ferry sank seconds after leaving the harbour on Tuesday, police said.", [("2026-03-03", "The ferry sank")]),
    ("The chief executive resigned shortly after announcing the merger on Friday.", [("2026-03-06", "The chief executive resigned")]),
    # negatives: the saying's date alone stays; two days may cross a date, the -ing clause keeps it
    ("The plant will close, the firm said on Monday.", [("2026-03-09", "The plant will close")]),
    ("The driver was arrested two days after fleeing the scene on Friday.",
     [("2026-03-06", "The driver was arrested two days after fleeing the scene")]),
])
def test_a_closing_saying_and_a_short_interval_leave_one_entry(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The investigation board today published its preliminary report into the accident involving flight SV417, a "
     "V-190, near Hessel on 8 March 2026.", [("2026-03-09", "The investigation board published its preliminary report")]),
    ("The firm on Tuesday reported its results for 2025.", [("2026-03-03", "The firm reported its results")]),
    ("The jury on Monday convicted the man of the murder of a teenager in Leeds in May 2024.",
     [("2026-03-09", "The jury convicted the man of the murder of a teenager in Leeds")]),
    # negatives: a verb of its own after the date, a second verb phrase, a time of the same day
    ("The company on Monday said profits in 2025 fell.", [("2026-03-09", "The company said profits fell"), ("2025", "Profits fell")]),
    ("The minister met union leaders on Monday and will meet them again on Thursday.",
     [("2026-03-09", "The minister met union leaders"), ("2026-03-12", "The minister will meet them again")]),
    ("The jury began deliberating on Monday at 10am.", [("2026-03-09", "The jury began deliberating")]),
])
def test_a_second_date_in_a_dated_main_clause_is_its_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ms Noakes put it to him that at least seven members of staff had left the restaurant in 2023.",
     [("2023", "At least seven members of staff had left the restaurant")]),
    ("The prosecutor told jurors that the defendant had bought the knife in May 2024.",
     [("2024-05", "The defendant had bought the knife")]),
    ("The bank assured them that the branch had been inspected in January.", [("2026-01", "The branch had been inspected")]),
    # negative: "put" with no "it to ... that" is the clause's own verb
    ("He put the report on the table in January.", [("2026-01", "He put the report on the table")]),
])
def test_a_date_in_a_complement_after_an_indirect_object_is_the_complements(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The retractions came after the journal Cortex Letters withdrew three articles on 16 February and the Journal of "
     "Sleep Biology pulled two on Monday.",
     [("2026-02-16", "The journal Cortex Letters withdrew three articles"), ("2026-03-09", "The Journal of Sleep Biology pulled two")]),
    ("The shares fell after Acme recalled 4,000 heaters on 2 March and the rival Borel withdrew a kettle on Friday.",
     [("2026-03-02", "Acme recalled 4,000 heaters"), ("2026-03-06", "The rival Borel withdrew a kettle")]),
    # negative: one subject, two verb phrases
    ("The talks resumed after the union met on Monday and voted on Tuesday.",
     [("2026-03-09", "The union met"), ("2026-03-03", "The union voted")]),
])
def test_each_conjunct_of_a_time_clause_takes_its_own_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The city missed interest on $380 million of pension bonds the city sold in 2015.",
     [("2015", "The city sold $380 million of pension bonds")]),
    ("The fund lost 40% of the shares the bank bought in January.", [("2026-01", "The bank bought the shares")]),
    ("The vessel has been anchored in the Great Salt Basin since it was refloated on 15 February.",
     [("2026-02-15", "The vessel was refloated")]),
    ("The trucks have been parked at the depot since they were recalled in January.", [("2026-01", "The trucks were recalled")]),
    # negative: a subject that does not agree leaves the nearer noun phrase
    ("The central bank infused cash into the stock markets when they opened on Friday.",
     [("2026-03-06", "The stock markets opened")]),
])
def test_a_contact_relative_and_a_since_pronoun_keep_their_subjects(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Reports that the laboratory received $4.6 million include a 2020 award.", "2020", "description"),
    ("The vessel was refloated after a spring tide lifted the stern.", "spring", "description"),
    ("The city had $9.1 million in its general fund as of Friday.", "Friday", "state"),
    ("The payment, due December 1, is interest on $380 million of bonds.", "December 1", "description"),
    ("The coupon, due in June, is the first of four.", "June", "description"),
    ("The payment, due December 1, was missed.", "December 1", "event"),
    # negatives: a season of the clause, a year heading the clause, a day after "as"
    ("The plant will reopen in the spring.", "spring", "event"),
    ("The firm was founded in 2020.", "2020", "event"),
    ("The talks collapsed on Friday, as expected.", "Friday", "event"),
])
def test_premodifiers_and_states_are_no_events(text: str, date: str, expected: str) -> None:
    assert roles(text)[date] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("LORVIK, March 9 (Northwire) - A passenger jet crashed into farmland minutes after taking off from Lorvik on Sunday "
     "evening, officials said on Monday.\n\nThe flight lost contact with air traffic control at 7:42 p.m., the board said.",
     [("2026-03-08", "A passenger jet crashed into farmland"), ("2026-03-08", "The flight lost contact with air traffic control")]),
    ("A ferry capsized off the coast on Saturday night, the coastguard said on Sunday.\n\nThe ferry sent a distress call at 11:40 p.m.",
     [("2026-03-07", "A ferry capsized off the coast"), ("2026-03-07", "The ferry sent a distress call")]),
    # negative: the reference day with no attribution stays the last day named
    ("The plant closed on Friday.\n\nWorkers left at 5 p.m.", [("2026-03-06", "The plant closed"), ("2026-03-06", "Workers left")]),
])
def test_a_clock_time_takes_the_told_day_not_the_sayings(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The canal authority has impounded the Calloway Star, the container ship that blocked the waterway for almost a "
     "week this month.", [("2026-03", "The container ship blocked the waterway for almost a week")]),
    ("The council voted on Friday.\n\nThe vote came at the end of a marathon session that began Thursday evening.",
     [("2026-03-06", "The council voted"), ("2026-03-05", "The marathon session began")]),
    ("Bahnasi said the authority's investigation, which he had said last month would report in April, had found that "
     "the ship was too fast.", [("2026-04", "The authority's investigation would report")]),
    ("The chief executive said the board's review, which she had said in January would end by June, had cleared "
     "the directors.", [("2026-06", "The board's review would end")]),
    ("The ship has been held since March 2, when a court in Ismara ordered it detained.",
     [("2026-03-02", "A court in Ismara ordered it detained")]),
    ("The plant has been closed since 2019, when the owner filed for bankruptcy.", [("2019", "The owner filed for bankruptcy")]),
    ("Marlowe said she had asked the journals to remove her name from two of the papers last month.",
     [("2026-02", "Marlowe had asked the journals to remove her name from two of the papers")]),
])
def test_a_date_in_a_relative_or_when_clause_is_that_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Hale said the firm had been contacted by 1,100 people since the suspension on 2 June and expected the number of "
     "claimants to pass 1,000 by the autumn.", "2 June", "state"),
    ("Hale said the firm had been contacted by 1,100 people since the suspension on 2 June and expected the number of "
     "claimants to pass 1,000 by the autumn.", "autumn", "state"),
    ("The union has held three strikes since the dismissal on 4 May.", "4 May", "state"),
    ("The bank expects its losses to reach $2 billion by the end of the year.", "the end of the year", "state"),
    # negatives: a base figure stays a comparison; a since-clause with its own verb stays an event
    ("Inflation rose to 9% from 7% in 2010.", "2010", "comparison"),
    ("The court heard the case on 4 May, since the defendant was in hospital in April.", "April", "event"),
    ("The firm has cut 900 jobs since the merger closed in 2021.", "2021", "event"),
    ("The vote was the fifth since 1993, when the United Nations helped stage the first free polls.", "1993", "comparison"),
])
def test_a_back_reference_and_an_expected_count_are_no_events(text: str, date: str, expected: str) -> None:
    assert roles(text, dt.date(2026, 6, 24))[date] == expected

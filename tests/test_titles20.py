"""Titles of review s20 (e.md #18, #8 title half; f.md #15 title half): a title is a short
whole clause with its own subject, ending at a phrase boundary.

- a shared subject of coordinated verbs is lent to the second verb, a date before that verb
  no subject ("X told MPs ..., and last Tuesday announced a fund" -> "X announced a fund");
- a reporting verb keeps what it reported ("The agency also admitted" is no title), a hearer
  of four words is the hearer, not what was said;
- a cut never splits an "of" phrase from its noun, an amount from the noun it measures,
  nor an infinitive from its object;
- a count keeps what it counts ("The number of people killed in ...").
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.phrases import cut
from builder.annotate.titles import title

PUBLISHED = dt.date(2026, 11, 23)


def titled(sentence: str, date_text: str, published: dt.date = PUBLISHED) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ('Ms Orme told MPs on 9 November that the ministry would "act fast", and last Tuesday announced a '
     "£3 million fund for tenants.", "last Tuesday", "Ms Orme announced a £3 million fund for tenants"),
    # siblings: a court case, a recall
    ("Judge Amira Cole told jurors on Monday that the trial would run long, and on Friday adjourned the case.",
     "Friday", "Judge Amira Cole adjourned the case"),
    ("The carmaker said on 2 November that the fault was rare, but last Thursday recalled 40,000 vans.",
     "last Thursday", "The carmaker recalled 40,000 vans"),
    # negatives: the first clause keeps its own date; a date that is a subject stays
    ("Ms Orme told MPs on 9 November that the ministry would act, and last Tuesday announced a fund.",
     "9 November", "Ms Orme told MPs that the ministry would act"),
    ("The firm made a loss, and 2025 was its worst year.", "2025", "2025 was its worst year"),
])
def test_coordinated_verbs_share_their_subject(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The regulator also admitted on Thursday that a backlog at its office had left 40 complaints unread for a month, "
     "and raised its fine to £9 million from £6 million on Tuesday.", "Thursday",
     "The regulator also admitted that a backlog had left 40 complaints unread"),
    ("Mayor Ana Ruiz told a crowded public council meeting on Saturday night that the county's tally of 30 left out "
     "dozens of families who had been told to wait at home for a call.", "Saturday night",
     "Ruiz: the county's tally of 30 left out dozens of families"),
    # negatives: a short report stays whole; a said clause opening with a pronoun keeps the old title
    ("The bank admitted on Monday that its systems had failed.", "Monday", "The bank admitted that its systems had failed"),
])
def test_a_reporting_verb_keeps_what_it_reported(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    # an "of" phrase binds to its noun
    ("A packed commuter train derailed on a curve near the village of Calder Cross, killing at least nine people",
     "A packed commuter train derailed on a curve near the village of Calder Cross"),
    ("A crowded ferry ran aground on a sandbank off the island of Inchmore, stranding 200 passengers",
     "A crowded ferry ran aground on a sandbank off the island of Inchmore"),
    # an amount keeps the noun it measures, or the cut goes back before its phrase
    ("A tribunal will hear the supermarket group Harlow's appeal against a 14.2 million pound data protection fine",
     "A tribunal will hear the supermarket group Harlow's appeal"),
    # an infinitive keeps its object, or the cut goes back before the non-finite clause
    ("The Commission has also issued an enforcement notice requiring Dunmore to delete the profiles created from the data",
     "The Commission has also issued an enforcement notice"),
    ("The court has also made an order requiring the bank to repay the fees charged to its customers",
     "The court has also made an order"),
    # negatives: a cut at a phrase boundary stays; an "of" phrase too long is not taken
    ("The union called off the strike at the port, after talks with the employers ended in a deal",
     "The union called off the strike at the port"),
])
def test_a_cut_ends_at_a_phrase_boundary(words: str, expected: str) -> None:
    assert " ".join(cut(words.split())) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The number of people killed in Thursday's derailment at Calder Cross has risen to 11, police said on Sunday.",
     "Sunday", "The number of people killed in the derailment has risen to 11"),
    ("The total of homes flooded in last week's storm across the three valleys has reached 400, the council said on Monday.",
     "Monday", "The total of homes flooded in the storm has reached 400"),
    # negative: no count, the participle clause goes as before
    ("The last two miners trapped in the Carrow Deep gold mine since Friday were brought to the surface on Sunday.",
     "Sunday", "The last two miners were brought to the surface"),
])
def test_a_count_keeps_what_it_counts(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected

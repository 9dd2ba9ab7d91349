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
from pathlib import Path

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


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a preposition inside a subject with no verb yet is no subordinator
    ("A first hearing before Judge Leonard Haskins is scheduled for Thursday.", "Thursday",
     "A first hearing before Judge Leonard Haskins is scheduled"),
    ("A meeting after the annual vote is planned for Friday.", "Friday", "A meeting after the annual vote is planned"),
    # negative: a real subordinate clause titles its own happening
    ("The court adjourned before the jury returned on Monday.", "Monday", "The jury returned"),
    # the part of the day leading a date in is the date's, the clause is the happening
    ("Lena Hoxha had been trapped in a gap beside a collapsed stairwell since the early hours of last Monday, "
     "surviving on rainwater.", "last Monday", "Lena Hoxha had been trapped in a gap beside a collapsed stairwell"),
    ("The ferry had been stuck on the sandbank since the early hours of Sunday.", "Sunday",
     "The ferry had been stuck on the sandbank"),
])
def test_a_title_keeps_its_subject(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # names in apposition give way to the verb; a copula keeps its complement
    ("The two closed schools, Ridgefield Primary and St. Brendan's Academy, will not reopen on Jan. 25 as planned, "
     "the board said on Sunday.", "Jan. 25", "The two closed schools will not reopen as planned"),
    ("The two recalled models, the Vantor X2 and the Vantor X3 Sport, will not be sold on 1 December as planned, "
     "the carmaker said.", "1 December", "The two recalled models will not be sold as planned"),
    ("The museum reopened on 11 March but the east gallery remains closed.", "11 March",
     "The museum reopened but the east gallery remains closed"),
    # negative: a short apposition of a name stays
    ("A third school, Harcourt Lane Elementary, will close from Tuesday.", "Tuesday",
     "A third school, Harcourt Lane Elementary, will close"),
])
def test_a_title_keeps_its_verb_and_complement(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2026, 11, 18)) == expected


def test_a_name_in_capitals_is_told_in_the_case_of_names() -> None:
    from builder.annotation import Mention
    sentence = "Its former finance chief, SELIN AYDIN, pleaded guilty on March 19 to fraud charges."
    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2026, 3, 23))
    at = sentence.index("SELIN")
    names = [Mention("p1", at, at + len("SELIN AYDIN"), "SELIN AYDIN", 1)]
    assert title(sentence, 0, len(sentence), found, names, found[0]) == "Its former finance chief, Selin Aydin, pleaded guilty to fraud charges"
    recall = "The regulator charged ORBIS MOTORS LTD on 2 May over the recall."
    found = find_dates(recall, 0, len(recall), 1, dt.date(2026, 5, 3))
    at = recall.index("ORBIS")
    names = [Mention("o1", at, at + len("ORBIS MOTORS LTD"), "ORBIS MOTORS LTD", 1)]
    assert title(recall, 0, len(recall), found, names, found[0]) == "The regulator charged Orbis Motors Ltd over the recall"
    # negative: an initialism stays in capitals
    short = "The NTSB opened an inquiry on 2 May."
    found = find_dates(short, 0, len(short), 1, dt.date(2026, 5, 3))
    names = [Mention("o2", 4, 8, "NTSB", 1)]
    assert title(short, 0, len(short), found, names, found[0]) == "The NTSB opened an inquiry"


THEY_ENTITIES = """
- {id: tom-vale, kind: person, name: Tom Vale, aliases: [Vale], summary: A chair.}
"""


@pytest.mark.parametrize(("text", "date", "expected"), [
    # "They" opening a sentence is the plural subject of the sentence before
    ("At about 03:01 on Sunday 7 March, two men entered the gallery through a skylight. They left at about 03:08 on "
     "Sunday 7 March.", "2026-03-07", ["The two men left"]),
    ("The striking dockers rejected the offer on Monday. They returned to work on Wednesday.", "2026-03-11",
     ["The striking dockers returned to work"]),
    # what one person said: a person is no "they"
    ("The two recalled models, the X2 and the X3, will not be sold on 1 April. Board chair Tom Vale said they would "
     "stay off sale until 1 May.", "2026-05-01", ["The two recalled models would stay off sale"]),
    # negative: no plural subject before, the title stays
    ("Tom Vale chaired the meeting on Monday. They voted on Wednesday.", "2026-03-11", ["They voted"]),
])
def test_they_names_the_plural_subject_before(tmp_path: Path, text: str, date: str, expected: list[str]) -> None:
    from test_merge18 import built

    events, _ = built(tmp_path, {"a.txt": ("2026-03-12", "Story\n\n" + text)}, THEY_ENTITIES)
    titles = [ev.title for ev in events if ev.date == date]
    assert [t for t in expected if t in titles] == expected, titles


WE_ENTITIES = """
- {id: harlow, kind: organisation, name: Harlow Foods, aliases: [Harlow], summary: A grocer.}
- {id: kessel, kind: organisation, name: Kessel Motors, aliases: [Kessel], summary: A carmaker.}
"""


@pytest.mark.parametrize(("heading", "text", "date", "expected"), [
    # a statement's "we" is the one organisation its title names
    ("Harlow statement on the data ruling", "We accept the notice was unclear, and we changed it in September 2025.",
     "2025-09", "Harlow Foods changed it"),
    ("Kessel recall update", "We recalled 4,000 vans on 3 March 2026.", "2026-03-03", "Kessel Motors recalled 4,000 vans"),
    ("Kessel recall update", "We were told of the fault on 3 March 2026.", "2026-03-03", "Kessel Motors was told of the fault"),
    # negatives: two organisations in the title, or a quoted "we"
    ("Harlow and Kessel joint statement", "We signed the agreement on 3 March 2026.", "2026-03-03", "We signed the agreement"),
])
def test_we_in_a_statement_is_its_organisation(tmp_path: Path, heading: str, text: str, date: str, expected: str) -> None:
    from test_merge18 import built

    events, _ = built(tmp_path, {"a.txt": ("2026-03-12", f"{heading}\n\n{text}")}, WE_ENTITIES)
    assert expected in [ev.title for ev in events if ev.date == date]


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a source's own finding frames what it found: the title is what was found
    ("Our investigation found that between January 2023 and August 2025 Harlow passed the records of 6.1 million "
     "card holders to three brokers.", "August 2025", "Harlow passed the records of 6.1 million card holders to three brokers"),
    ("Our review concluded that in March 2026 the bank misled 3,000 customers.", "March 2026",
     "The bank misled 3,000 customers"),
    # negatives: a finding with a noun object, a third party's finding
    ("Our reporters found the depot empty on Monday.", "Monday", "Our reporters found the depot empty"),
    ("The inquiry found that in March 2026 the bank misled 3,000 customers.", "March 2026",
     "The inquiry found that the bank misled 3,000 customers"),
])
def test_a_sources_own_finding_is_told_as_what_it_found(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected

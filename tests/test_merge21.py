"""Review s21, one timeline entry per happening (i.md #14, j.md #12, #16), each finding a
kind, with siblings from other stories and the cases that must not change:

- i #14: a clock time after a paragraph whose last day dates a past progressive ("rescuers
  were searching on Monday") takes the day of the happening before it ("capsized late on
  Sunday"); "the
  capsizing of X, which killed 26" tells the capsizing's toll, not an act of X; "had
  suspended smaller vessels" is a perfect, no light verb carrying a noun.
- the fixers, j #16: a plan and the report of its act on the planned day are one entry
  ("will report its results" and "reported a fall"; "will run a shuttle bus" and "the shuttle
  bus, which started"); "since X was closed last week" retelling the day's title is that day.
- i #14 (games): "X announced a restructuring" (its statement) and "X said it would cut 650
  jobs" (a wire) of one day are one announcement.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_merge18 import cited
from test_merge19b import entries
from test_times15 import _story

from builder.annotate.announcements import announced_pairs
from builder.annotate.eventnouns import event_noun_words
from builder.annotation import Candidate

ENTITIES = """\
- {id: carra-star, kind: organisation, name: Carra Star, summary: A ferry.}
- {id: veln, kind: place, name: Veln Strait, summary: A strait.}
- {id: orrin-arena, kind: place, name: Orrin Arena, summary: An arena.}
- {id: kessel, kind: organisation, name: Kessel Foods, aliases: [Kessel], summary: A food maker.}
- {id: harlow, kind: organisation, name: Harlow Group, aliases: [Harlow], summary: A bidder.}
- {id: ana-voss, kind: person, name: Ana Voss, aliases: [{text: Voss, after_full_name: true}], summary: A defendant.}
"""


@pytest.mark.parametrize(("paragraphs", "published", "expected"), [
    # the review's: the call at 23:10 is on the capsizing's Sunday, not on Monday's search
    (["A ferry capsized in the strait late on Sunday, and rescuers were searching on Monday for 40 people.",
      "The ferry was crossing to the island when it sent a distress call at about 23:10."], dt.date(2026, 9, 14),
     [(1, "Sunday", "2026-09-13"), (1, "Monday", "2026-09-14"), (2, "23:10", "2026-09-13T23:10")]),
    # a court case: lawyers waiting on a day is no happening of that day
    (["The jury retired on Thursday, and lawyers were still waiting on Friday for a verdict.",
      "The foreman passed a note to the judge at 16:45."], dt.date(2026, 3, 14),
     [(1, "Thursday", "2026-03-12"), (1, "Friday", "2026-03-13"), (2, "16:45", "2026-03-12T16:45")]),
    # must not change: the last day dates an event, which moves the story on
    (["The factory closed on Sunday, and workers picketed the gates on Monday.",
      "Police arrived at 07:40."], dt.date(2026, 3, 17),
     [(1, "Sunday", "2026-03-15"), (1, "Monday", "2026-03-16"), (2, "07:40", "2026-03-16T07:40")]),
])
def test_a_clock_time_takes_the_day_of_the_last_event_not_of_a_progressive(
        paragraphs: list[str], published: dt.date, expected: list[tuple[int, str, str]]) -> None:
    assert _story(paragraphs, published) == expected


@pytest.mark.parametrize(("sentence", "nouns"), [
    ("Winds reached gale force on Sunday night, and the port authority had suspended smaller vessels on Saturday.",
     frozenset()),
    ("The company has recalled 40,000 jars of its pies.", frozenset()),
    # must not change: "have" as a light verb carries its noun
    ("The union had talks with the board on Monday.", frozenset({"talks"})),
    ("The members have held a vote on the offer.", frozenset({"vote"})),
])
def test_the_perfects_have_carries_no_noun(sentence: str, nouns: frozenset[str]) -> None:
    assert event_noun_words(sentence) == nouns


@pytest.mark.parametrize(("first", "second", "expected"), [
    # the review's: the capsizing, and the inquiry into it "which killed at least 26 people"
    ("A passenger ferry capsized in rough seas in the Veln Strait on Sunday, leaving 26 people dead.",
     "The minister ordered an inquiry into the capsizing of the Carra Star, which killed 26 people "
     "in the Veln Strait on Sunday.",
     {"2026-09-13": [["a.txt", "b.txt"]]}),
    # a stadium: the collapse of a stand, which injured 12 people
    ("The roof of a stand at the Orrin Arena collapsed on Sunday, injuring 12 fans.",
     "Engineers are examining the collapse of the stand at the Orrin Arena, which injured 12 fans on Sunday.",
     {"2026-09-13": [["a.txt", "b.txt"]]}),
    # must not join: the antecedent is no happening ("the owner of X, which ...")
    ("The Carra Star capsized in rough seas in the Veln Strait on Sunday, leaving 26 people dead.",
     "Kessel Foods, the owner of the Orrin Arena, which sold 26 people tickets in the Veln Strait on Sunday, "
     "said nothing.",
     {"2026-09-13": [["a.txt"], ["b.txt"]]}),
])
def test_a_relative_clause_on_a_happenings_noun_tells_that_happening(
        tmp_path: Path, first: str, second: str, expected: dict[str, list[list[str]]]) -> None:
    stories = {"a.txt": ("2026-09-14", "Wire\n\n" + first), "b.txt": ("2026-09-15", "Report\n\n" + second)}
    assert entries(cited(tmp_path, stories, ENTITIES)) == expected


@pytest.mark.parametrize(("plan", "done", "expected"), [
    # the fixers': "will report its results on D" and "reported a fall in profit" that day
    ("Kessel Foods will report its results for the third quarter of its fiscal year on June 12.",
     "Kessel Foods reported a 31% fall in quarterly operating profit on June 12.",
     {"2026-06-12": [["a.txt", "b.txt"]]}),
    # the review's: "From Monday D the council will run a shuttle bus" and "the shuttle bus, which started on Monday"
    ("From Monday 15 June, Kessel Foods will run a free shuttle bus every 20 minutes between its plants.",
     "Ana Voss said the shuttle bus, which started on Monday 15 June, had carried 3,000 passengers.",
     {"2026-06-15": [["a.txt", "b.txt"]]}),
    # a court case: the judge will rule; the judge ruled
    ("The judge will rule on the application by Ana Voss on June 12.",
     "Ana Voss lost on June 12 when the judge ruled against her application.",
     {"2026-06-12": [["a.txt", "b.txt"]]}),
    # must not join: another verb of the subject that day
    ("Kessel Foods will report its results on June 12.",
     "Kessel Foods recalled 40,000 jars of its pies on June 12.",
     {"2026-06-12": [["a.txt"], ["b.txt"]]}),
    # must not join: a light verb's two acts
    ("Kessel Foods will make a statement on its pies on June 12.",
     "Kessel Foods made a donation of 40,000 jars to a food bank on June 12.",
     {"2026-06-12": [["a.txt"], ["b.txt"]]}),
    # must not join: something else began that day
    ("From Monday 15 June, Kessel Foods will run a free shuttle bus between its plants.",
     "Ana Voss said the strike, which started on Monday 15 June, had shut both plants.",
     {"2026-06-15": [["a.txt"], ["b.txt"]]}),
])
def test_a_plan_and_its_fulfilment_are_one_entry(tmp_path: Path, plan: str, done: str,
                                                 expected: dict[str, list[list[str]]]) -> None:
    stories = {"a.txt": ("2026-06-04", "Notice\n\n" + plan), "b.txt": ("2026-06-20", "Wire\n\n" + done)}
    assert entries(cited(tmp_path, stories, ENTITIES)) == expected


@pytest.mark.parametrize(("day", "week", "expected"), [
    # the review's: "since the bridge was closed last week" is the closure of 2 March
    ("The Orrin Arena was closed to all traffic on Monday after engineers found cracks.",
     "The Orrin Arena was closed last week, and traders fear for their shops.",
     {"2026-03-02": [["a.txt", "b.txt"]]}),
    # a court case: "was convicted last week" retells "was convicted of fraud on Monday"
    ("Ana Voss was convicted of fraud on Monday after a six-week trial.",
     "Ana Voss was convicted last week, and lawyers say an appeal is likely.",
     {"2026-03-02": [["a.txt", "b.txt"]]}),
    # must not join: another act of the week
    ("The Orrin Arena was closed to all traffic on Monday after engineers found cracks.",
     "The Orrin Arena was sold last week, and traders fear for their shops.",
     {"2026-03-02": [["a.txt"]], "2026-W10": [["b.txt"]]}),
])
def test_a_week_that_retells_a_days_title_is_that_day(tmp_path: Path, day: str, week: str,
                                                      expected: dict[str, list[list[str]]]) -> None:
    stories = {"a.txt": ("2026-03-03", "Wire\n\n" + day), "b.txt": ("2026-03-13", "Gazette\n\n" + week)}
    assert entries(cited(tmp_path, stories, ENTITIES)) == expected


@pytest.mark.parametrize(("release", "wire", "expected"), [
    # the review's: the statement's restructuring and the wire's job cuts, one announcement
    ("Kessel Foods announced a restructuring to focus its resources on its largest brands on Tuesday.",
     "Food maker Kessel Foods said on Tuesday it would cut about 650 jobs and close a plant.",
     {"2026-01-20": [["a.txt", "b.txt"]]}),
    # a merger: the bidder's release and the wire's price
    ("Harlow Group announced a recommended offer for a rival grocer on Tuesday.",
     "Investment firm Harlow Group said on Tuesday it would pay 2 billion pounds in cash.",
     {"2026-01-20": [["a.txt", "b.txt"]]}),
    # must not join: two speakers
    ("Kessel Foods announced a restructuring to focus its resources on its largest brands on Tuesday.",
     "Investment firm Harlow Group said on Tuesday it would pay 2 billion pounds in cash.",
     {"2026-01-20": [["a.txt"], ["b.txt"]]}),
    # must not join: an unnamed speaker ("The company") may be any of several
    ("Kessel Foods announced a restructuring to focus its resources on its largest brands on Tuesday.",
     "The company said on Tuesday it would cut about 650 jobs, Kessel Foods staff were told.",
     {"2026-01-20": [["a.txt"], ["b.txt"]]}),
])
def test_one_speakers_saying_told_by_two_sources_is_one_entry(tmp_path: Path, release: str, wire: str,
                                                               expected: dict[str, list[list[str]]]) -> None:
    stories = {"a.txt": ("2026-01-20", "Statement\n\n" + release), "b.txt": ("2026-01-20", "Wire\n\n" + wire)}
    assert entries(cited(tmp_path, stories, ENTITIES)) == expected


def _said(source: str, title: str) -> Candidate:
    return Candidate(date="2026-01-20", precision="day", source=source, published="2026-01-20", paragraph=3,
                     sentence=title + ".", entities=("kessel",), noun="", words=title.lower(), title=title)


def test_a_speakers_several_sayings_in_one_source_stay_apart() -> None:
    one = [_said("a", "Kessel Foods announced a restructuring"), _said("b", "Food maker Kessel Foods said it would cut jobs")]
    assert announced_pairs(one, frozenset()) == [(0, 1)]
    two = [*one, _said("a", "Kessel Foods said it would sell a brand")]
    assert announced_pairs(two, frozenset()) == []
    assert announced_pairs([_said("a", "The company announced a restructuring"), one[1]], frozenset()) == []

"""Review s20, merging more shapes of one happening (g#15, h#15, f#8), each finding a kind
with siblings from other stories and the cases that must not change:

- one act of one day told in the active and in the passive ("Dr X confirmed the disease"
  / "The disease was confirmed") is one entry;
- a decision frame tells its act ("made the difficult decision to pause withdrawals"), and
  a body's report of its own act on the day ("said it had paused withdrawals") joins it;
- a plan by "expected X to be moved next week" joins the act on a day of that week;
- a light-verb plan ("The resit will now take place on D") joins the one report of it;
- a day that opens a range telling the same act is the range's ("first public hearing on
  14 September" / "hearings from 14 to 17 September");
- a plan superseded by a stated shift ("originally listed for Monday but was moved back a
  day") is no entry on the old day;
- a plan for a span ("would begin work later this month") met on a day inside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_merge18 import cited
from test_merge18b import titles

from builder.annotate.alternation import voice
from builder.annotate.titleacts import act_verb, plan

ENTITIES = """\
- {id: vasko, kind: person, name: Irena Vasko, aliases: [Vasko], summary: A vet.}
- {id: dorvan, kind: place, name: Dorvan, summary: A town.}
- {id: vaultline, kind: organisation, name: Vaultline, summary: An exchange.}
- {id: kessel, kind: organisation, name: Kessel Foods, aliases: [Kessel], summary: A food maker.}
- {id: petrakis, kind: person, name: Jonah Petrakis, aliases: [Petrakis], summary: A defendant.}
"""


@pytest.mark.parametrize(("title", "expected"), [
    ("They expected the writ to be moved", "move"),  # an object before the infinitive
    ("Vaultline made the difficult decision to pause withdrawals", "paus"),  # a decision frame
    ("The board took the decision to sell the site", "sell"),
    ("The board decided to sell the site", "decid"),  # named by its verb ("Monday's decision")
    ("The resit will now take place", "take"),  # "now" between the modal and its verb
    ("The firm made a profit", "make"),  # no frame
    ("Officials expected that the figures would rise", "expect"),  # a that-clause, no infinitive
])
def test_the_act_a_title_tells(title: str, expected: str) -> None:
    assert act_verb(title) == expected


def test_a_decision_is_no_plan() -> None:
    assert plan("The board took the decision to sell the site") == ("", frozenset())
    assert plan("They expected the writ to be moved") == ("they", frozenset({"move"}))


@pytest.mark.parametrize(("title", "expected"), [
    ("The disease was confirmed", ("passive", "confirm", "diseas")),
    ("Dr Irena Vasko confirmed the disease following tests", ("active", "confirm", "the diseas")),
    ("Police arrested a 22-year-old man", ("active", "arrest", "a 22-year-old man")),
    ("The merger was approved by shareholders", ("", "", "")),  # its agent said
    ("The court was told", ("", "", "")),  # the one told: two witnesses, two sayings
])
def test_a_titles_voice(title: str, expected: tuple[str, str, str]) -> None:
    assert voice(title) == expected


@pytest.mark.parametrize(("active", "passive", "expected"), [
    # the review's: the vet confirmed the disease; the disease was confirmed
    ("The Chief Veterinary Officer, Dr Irena Vasko, confirmed the disease on Thursday 5 November following tests.",
     "The protection zone around the farm near Dorvan, where the disease was confirmed on November 5, was lifted.",
     {"2026-11-05": ["a.txt", "b.txt"]}),
    # a recall
    ("Kessel Foods recalled 40,000 jars of its pies on Thursday 5 November.",
     "The jars were recalled on November 5 after a shop in Dorvan found glass in one.",
     {"2026-11-05": ["a.txt", "b.txt"]}),
    # a merger
    ("Regulators approved the merger of the two lenders on Thursday 5 November.",
     "The merger was approved on November 5, a spokesman in Dorvan said.",
     {"2026-11-05": ["a.txt", "b.txt"]}),
    # must stay apart: a witness told the court; the court was told by another
    ("Jonah Petrakis told the court on Thursday 5 November that he had never seen the money.",
     "The court in Dorvan was told on November 5 that the money had gone to a second account.",
     {"2026-11-05": ["a.txt", "|", "b.txt"]}),
    # must stay apart: another patient
    ("Police arrested a man on Thursday 5 November.",
     "A woman was arrested on November 5 in Dorvan.",
     {"2026-11-05": ["b.txt", "|", "a.txt"]}),
])
def test_one_act_in_two_voices(tmp_path: Path, active: str, passive: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2026-11-06", "Report\n\n" + active), "b.txt": ("2026-12-11", "Update\n\n" + passive)}
    assert cited(tmp_path, stories, ENTITIES) == expected


@pytest.mark.parametrize(("said", "done", "expected"), [
    # the review's: the exchange said it had paused; "we made the decision to pause"
    ("The exchange said in a post late on Friday that it had temporarily paused withdrawals to protect the platform.",
     "On Friday, March 6, Vaultline made the difficult decision to pause withdrawals.",
     {"2026-03-06": ["a.txt", "b.txt"]}),
    # a recall
    ("The company said on Friday that it had recalled its frozen pies.",
     "On Friday, March 6, Kessel Foods took the decision to recall its frozen pies.",
     {"2026-03-06": ["a.txt", "b.txt"]}),
    # must stay apart: another act decided that day
    ("The exchange said in a post late on Friday that it had temporarily paused withdrawals to protect the platform.",
     "On Friday, March 6, Vaultline made the decision to cut its trading fees.",
     {"2026-03-06": ["a.txt", "|", "b.txt"]}),
])
def test_a_decision_and_the_report_of_it(tmp_path: Path, said: str, done: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2026-03-07", "Report\n\n" + said), "b.txt": ("2026-03-09", "Statement\n\n" + done)}
    assert cited(tmp_path, stories, ENTITIES) == expected


@pytest.mark.parametrize(("planned", "done", "day"), [
    # the review's: the writ expected to be moved next week, moved on Thursday
    ("Party sources said they expected the writ to be moved next week.",
     "Voters in Dorvan will elect a new member on April 16, after the governing party moved the writ for a by-election "
     "on Thursday.", "2026-03-05"),
    # a salvage
    ("Salvage officials said they expected the ship to be refloated next week.",
     "Salvage crews refloated the ship off Dorvan on Thursday after two weeks aground.", "2026-03-05"),
])
def test_a_plan_of_a_week_and_its_day(tmp_path: Path, planned: str, done: str, day: str) -> None:
    stories = {"a.txt": ("2026-02-24", "Report\n\n" + planned), "b.txt": ("2026-03-06", "Update\n\n" + done)}
    found = cited(tmp_path, stories, ENTITIES)
    assert (found[day], "2026-W10" in found) == (["a.txt", "b.txt"], False)


@pytest.mark.parametrize(("planned", "done", "expected"), [
    # the review's: the resit will now take place; 244 sat it
    ("The resit will now take place on Saturday 27 March, not 20 March as previously announced.",
     "Of the 301 candidates, 244 sat the resit on March 27, the board said.",
     {"2027-03-27": ["a.txt", "b.txt"]}),
    # must stay apart: another happening of the day
    ("The resit will now take place on Saturday 27 March.",
     "Kessel Foods recalled its pies on March 27.",
     {"2027-03-27": ["b.txt", "|", "a.txt"]}),
])
def test_a_light_verb_plan_and_its_report(tmp_path: Path, planned: str, done: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2027-03-04", "Statement\n\n" + planned), "b.txt": ("2027-04-13", "Update\n\n" + done)}
    assert cited(tmp_path, stories, ENTITIES) == expected


def test_the_report_titles_a_light_verb_plan(tmp_path: Path) -> None:
    stories = {"a.txt": ("2027-03-04", "Statement\n\nThe resit will now take place on Saturday 27 March."),
               "b.txt": ("2027-04-13", "Update\n\nOf the 301 candidates, 244 sat the resit on March 27, the board said.")}
    assert titles(tmp_path, stories, ENTITIES) == {"2027-03-27": ["Of the 301 candidates, 244 sat the resit"]}


@pytest.mark.parametrize(("day", "span", "expected"), [
    # the review's: the first public hearing against the hearings' range
    ("The inquiry will hold its first public hearing on 14 September.",
     "The inquiry will hold public hearings in Dorvan from 14 to 17 September.",
     {"2026-09-14/2026-09-17": ["a.txt", "b.txt"]}),
    # a trial
    ("The trial of Jonah Petrakis will open at the crown court on 14 September.",
     "The trial of Petrakis will be held at the crown court in Dorvan from 14 to 25 September.",
     {"2026-09-14/2026-09-25": ["a.txt", "b.txt"]}),
    # must stay apart: another act on the first day
    ("Kessel Foods will recall its pies on 14 September.",
     "The inquiry will hold public hearings in Dorvan from 14 to 17 September.",
     {"2026-09-14": ["a.txt"], "2026-09-14/2026-09-17": ["b.txt"]}),
])
def test_a_day_that_opens_a_span(tmp_path: Path, day: str, span: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2026-07-23", "Report\n\n" + day), "b.txt": ("2026-08-09", "Update\n\n" + span)}
    assert cited(tmp_path, stories, ENTITIES) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    # the review's: listed for Monday, moved back a day; the Tuesday ruling
    ("A hearing has been listed for 12 April.",
     "A High Court judge on Tuesday ordered the university to let 19 students resume their studies until a full "
     "hearing of their challenge.\n\nThe hearing was originally listed for Monday but was moved back a day because "
     "of a shortage of judges.",
     {"2027-04-13": ["a.txt", "b.txt"]}),
    # a sentencing put back two days, no report of it yet: an entry on the new day
    ("Jonah Petrakis will be sentenced on 12 April.",
     "The sentencing was originally listed for 12 April but was moved back two days because of a shortage of judges.",
     {"2027-04-14": ["a.txt", "b.txt"]}),
    # must not move: a plan that was not moved
    ("A hearing has been listed for 12 April.",
     "The hearing was originally listed for Monday.",
     {"2027-04-12": ["a.txt", "b.txt"]}),
])
def test_a_moved_plan(tmp_path: Path, first: str, second: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2027-03-26", "Report\n\n" + first), "b.txt": ("2027-04-13", "Update\n\n" + second)}
    assert cited(tmp_path, stories, ENTITIES) == expected


@pytest.mark.parametrize(("planned", "done", "expected"), [
    # the review's: reviewers would begin later this month; the review started on Monday
    ("Vasko wrote to the council on Tuesday to say that reviewers would begin work later this month.",
     "The independent review started on Monday in Dorvan.",
     {"2026-10-12": ["a.txt", "b.txt"]}),
    # must stay apart: another verb
    ("Vasko wrote to the council on Tuesday to say that reviewers would begin work later this month.",
     "The independent review ended on Monday in Dorvan.",
     {"2026-10-12": ["b.txt"]}),
])
def test_a_plan_for_a_span_met_on_a_day(tmp_path: Path, planned: str, done: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2026-10-02", "Report\n\n" + planned), "b.txt": ("2026-10-15", "Update\n\n" + done)}
    assert {d: c for d, c in cited(tmp_path, stories, ENTITIES).items() if d == "2026-10-12"} == expected

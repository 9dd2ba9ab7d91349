"""Review 19, merging timeline entries across sources (second round): each finding a kind,
with siblings from other stories and the cases that must not change:

- c #6: two acts of one day by different subjects with different verbs ("Shares in X fell
  18 percent on Tuesday after the regulator suspended sales" and "The regulator has today
  suspended the licence") are two entries, however many words the after-clause shares;
  the same act told twice, or a passive's retelling, still joins.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_merge18 import cited

ENTITIES = """\
- {id: orrin, kind: organisation, name: Orrin Pharmaceuticals, aliases: [Orrin], summary: A drug maker.}
- {id: lumavexin, kind: organisation, name: Lumavexin, summary: A drug.}
- {id: mhsa, kind: organisation, name: Medicines Standards Agency, aliases: [MSA], summary: A regulator.}
- {id: kessel, kind: organisation, name: Kessel Foods, aliases: [Kessel], summary: A food maker.}
- {id: harlow, kind: organisation, name: Harlow Group, aliases: [Harlow], summary: A bidder.}
- {id: castellan, kind: organisation, name: Castellan Foods, aliases: [Castellan], summary: A food maker.}
- {id: halverton, kind: place, name: Port of Halverton, summary: A port.}
- {id: ana-voss, kind: person, name: Ana Voss, aliases: [{text: Voss, after_full_name: true}], summary: A defendant.}
"""


def entries(result: dict[str, list[str]]) -> dict[str, list[list[str]]]:
    """`cited`'s entries of each date as lists of files, in sorted order (the order of one
    date's entries is not what is tested)."""
    found: dict[str, list[list[str]]] = {}
    for date, files in result.items():
        groups = " ".join(files).split(" | ")
        found[date] = sorted(group.split() for group in groups)
    return found


@pytest.mark.parametrize(("wire", "release", "expected"), [
    # the review's: a share fall "after" the regulator's suspension, and the suspension itself
    ("Shares in Orrin Pharmaceuticals fell 18 percent on Tuesday after the medicines regulator suspended sales "
     "of its weight-loss injection Lumavexin over a risk of heart valve damage.",
     "The Medicines Standards Agency has today suspended the licence of the weight-loss injection Lumavexin "
     "made by Orrin over a risk of heart valve damage.",
     {"2026-06-02": [["a.txt"], ["b.txt"]]}),
    # a recall: shares fell after the maker recalled its pies
    ("Shares in Kessel Foods fell 9 percent on Tuesday after the company recalled 40,000 jars of its pies "
     "over complaints about glass.",
     "Kessel Foods has today recalled 40,000 jars of its pies over complaints about glass in the jars.",
     {"2026-06-02": [["a.txt"], ["b.txt"]]}),
    # a merger: shares rose after the bidder bought the food maker
    ("Shares in Castellan Foods rose 30 percent on Tuesday after Harlow Group bought a stake in the food maker "
     "for 2 billion pounds.",
     "Harlow Group has today bought a stake in Castellan Foods for 2 billion pounds.",
     {"2026-06-02": [["a.txt"], ["b.txt"]]}),
    # must still join: one act told twice, by the same verb
    ("The Medicines Standards Agency suspended the licence of Lumavexin on Tuesday over a risk of heart valve damage.",
     "The Medicines Standards Agency has today suspended the licence of the weight-loss injection Lumavexin "
     "over a risk of heart valve damage.",
     {"2026-06-02": [["a.txt", "b.txt"]]}),
    # must still join: a court case told in the active and in the passive
    ("A jury convicted Ana Voss of fraud on Tuesday after a six-week trial.",
     "Ana Voss was today found guilty of fraud after a six-week trial.",
     {"2026-06-02": [["a.txt", "b.txt"]]}),
    # must still join: a subject that names the happening is not who acts
    ("About 3,200 dockworkers at the Port of Halverton walked off the job on Tuesday over pay.",
     "The strike today shut the Port of Halverton as dockworkers walked off the job over pay.",
     {"2026-06-02": [["a.txt", "b.txt"]]}),
])
def test_two_acts_of_one_day_by_different_subjects_are_two_entries(tmp_path: Path, wire: str, release: str,
                                                                    expected: dict[str, list[list[str]]]) -> None:
    stories = {"a.txt": ("2026-06-02", "Wire\n\n" + wire), "b.txt": ("2026-06-02", "Release\n\n" + release)}
    assert entries(cited(tmp_path, stories, ENTITIES)) == expected


@pytest.mark.parametrize(("plan", "done", "expected"), [
    # the review's: "The judge will deal with costs at a hearing on D" and the report of that day
    ("The judge will deal with costs, which are estimated to exceed 2 million pounds, at a hearing on June 12.",
     "A High Court judge on Friday refused Kessel Foods permission to appeal, and ordered each side to pay "
     "most of its own legal costs.",
     {"2026-06-12": [["a.txt", "b.txt"]]}),
    # a merger: the board will vote on the offer; the board rejected the offer
    ("The board of Castellan Foods will vote on the offer from Harlow Group on June 12.",
     "The board of Castellan Foods on Friday rejected the offer from Harlow Group as too low.",
     {"2026-06-12": [["a.txt", "b.txt"]]}),
    # must not join: another act of the plan's subject that day shares no word of the plan's act
    ("Ana Voss is due to be sentenced on June 12 for fraud.",
     "Ana Voss lodged an appeal against her conviction on Friday.",
     {"2026-06-12": [["a.txt"], ["b.txt"]]}),
    # must not join: another subject's act that day
    ("The judge will deal with costs at a hearing on June 12.",
     "Kessel Foods on Friday recalled 40,000 jars of its pies, at a cost of 2 million pounds.",
     {"2026-06-12": [["a.txt"], ["b.txt"]]}),
])
def test_a_plan_for_a_day_and_the_report_of_its_act_are_one_entry(tmp_path: Path, plan: str, done: str,
                                                                   expected: dict[str, list[list[str]]]) -> None:
    stories = {"a.txt": ("2026-06-04", "Report\n\n" + plan), "b.txt": ("2026-06-12", "Wire\n\n" + done)}
    assert entries(cited(tmp_path, stories, ENTITIES)) == expected


@pytest.mark.parametrize(("plan", "done", "expected"), [
    # the review's: "is expected to declare general average later this week" and "declared it on D"
    ("Harlow Group is expected to declare general average later this week, a procedure under which owners share the cost.",
     "The owner declared general average on June 11, meaning owners must share the cost.",
     {"2026-06-11": [["a.txt", "b.txt"]]}),
    # a recall: "is expected to recall its pies later this week" and "recalled its pies on D"
    ("Kessel Foods is expected to recall its pies later this week over complaints about glass.",
     "The company recalled its pies on June 11 over complaints about glass.",
     {"2026-06-11": [["a.txt", "b.txt"]]}),
    # must not join: the day tells another act
    ("Kessel Foods is expected to recall its pies later this week over complaints about glass.",
     "The company apologised for its pies on June 11 over complaints about glass.",
     {"2026-06-11": [["b.txt"]], "2026-W24": [["a.txt"]]}),
])
def test_a_weeks_plan_joins_the_day_its_act_is_told(tmp_path: Path, plan: str, done: str,
                                                    expected: dict[str, list[list[str]]]) -> None:
    stories = {"a.txt": ("2026-06-08", "Report\n\n" + plan), "b.txt": ("2026-06-19", "Wire\n\n" + done)}
    assert entries(cited(tmp_path, stories, ENTITIES)) == expected


@pytest.mark.parametrize(("title", "verb"), [
    # the review's: an adverb between the auxiliary and the verb is not the verb
    ("The vessel was fully refloated local time", "refloat"),
    ("Kessel Foods has quietly withdrawn its pies", "withdraw"),
    ("The talks were finally abandoned", "abandon"),
    # must not change: a verb in -ly, and a verb with no adverb
    ("Shares rallied", "ralli"),
    ("The vessel was refloated", "refloat"),
])
def test_a_medial_adverb_is_not_the_titles_verb(title: str, verb: str) -> None:
    from builder.annotate.titleacts import title_verb

    assert title_verb(title) == verb

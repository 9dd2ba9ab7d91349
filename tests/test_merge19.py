"""Review 19, merging timeline entries across sources: each finding a kind, with siblings
from other stories and the cases that must not change:

- b #2: a month's telling ("were expelled last month") joins a day inside it only when the
  day tells the same act, not any day of the month that shares a name and two words;
- a #17: a week's or month's telling that names no one ("The Commissioner opened an
  investigation last week") joins the one day inside it that names who acts and tells the
  act with the same main verb;
- a #9: one act of one day told in other words is one entry: a noun its date premodifies
  ("Thursday's decision to cut") and the verb it derives from ("decided to lower") or its
  infinitive ("cut its main rate"); an implicative verb's infinitive ("was forced to sell"
  and "sold"); not "was asked to", nor a noun two different tellings could mean;
- b #15: a plan ("is scheduled to appear", "is due to be sentenced") and its report after
  the fact on the same day are one happening; another act of that day stays apart;
- a #9: a heading that only names a happening ("Statement by the Minister of Finance on
  today's monetary policy decision") does not title the entry it joins.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_merge18 import cited

ENTITIES = """\
- {id: dunmore, kind: organisation, name: Dunmore Rovers, aliases: [Dunmore], summary: A club.}
- {id: pell-labs, kind: organisation, name: Pell Labs, summary: A start-up.}
- {id: castellan, kind: organisation, name: Castellan Foods, aliases: [Castellan], summary: A food maker.}
- {id: harlow, kind: organisation, name: Harlow Group, aliases: [Harlow], summary: A bidder.}
- {id: kessel, kind: organisation, name: Kessel Foods, aliases: [Kessel], summary: A food maker.}
"""


@pytest.mark.parametrize(("day", "month", "expected"), [
    # the review's: the arrests on a day, an expulsion "last month" by a panel; two acts
    ("Police arrested four Dunmore Rovers players on April 6 in an inquiry into the club's matches.",
     "Dunmore were expelled last month by a disciplinary panel, which found the club had ignored warnings about its matches.",
     {"2025-04": ["b.txt"], "2025-04-06": ["a.txt"]}),
    # a court case: a search of the offices, a fine "last month"
    ("Investigators searched the offices of Pell Labs on April 6 over its accounts and its auditors.",
     "Pell Labs was fined last month over its accounts by the regulator, which criticised its auditors.",
     {"2025-04": ["b.txt"], "2025-04-06": ["a.txt"]}),
    # must still join: the same act on the day and in the month
    ("Dunmore Rovers were expelled on April 23 by a disciplinary panel after a two-day hearing.",
     "Dunmore were expelled last month by a disciplinary panel, which found the club had ignored warnings about its matches.",
     {"2025-04-23": ["a.txt", "b.txt"]}),
    # a recall: the same act by a synonym of one WordNet synset (recall / call back)
    ("Kessel Foods recalled 40,000 jars of its pies on April 14 after complaints about glass.",
     "Kessel recalled its pies last month after complaints about glass in the jars.",
     {"2025-04-14": ["a.txt", "b.txt"]}),
])
def test_a_months_telling_joins_only_the_day_of_its_own_act(tmp_path: Path, day: str, month: str,
                                                             expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2025-04-24", "Report\n\n" + day), "b.txt": ("2025-05-12", "Update\n\n" + month)}
    assert cited(tmp_path, stories, ENTITIES) == expected


@pytest.mark.parametrize(("days", "week", "expected"), [
    # the review's: the day names who acts, the week's retelling names no one
    (["The Competition Authority has today opened a formal investigation into Harlow Group over its bid."],
     "The Competition Authority opened a formal investigation into the bid last week.",
     {"2025-03-05": ["a.txt", "b.txt"]}),
    # a merger: the same act in other words of the same verb
    (["Harlow Group today completed its takeover of Castellan Foods for 2 billion pounds."],
     "The bidder completed its takeover of the food maker last week for 2 billion pounds.",
     {"2025-03-05": ["a.txt", "b.txt"]}),
    # must not join: another act of the week
    (["The Competition Authority has today closed its formal investigation into Harlow Group over its bid."],
     "The Competition Authority opened a formal investigation into the bid last week.",
     {"2025-03-05": ["a.txt"], "2025-W10": ["b.txt"]}),
    # must not join: two days of the week tell the act, which one is unsaid
    (["The Competition Authority has today opened a formal investigation into Harlow Group over its bid.",
      "The Competition Authority on Friday opened a formal investigation into Kessel Foods over its bid."],
     "The Competition Authority opened a formal investigation into the bid last week.",
     {"2025-03-05": ["a.txt"], "2025-03-07": ["c.txt"], "2025-W10": ["b.txt"]}),
])
def test_a_weeks_telling_with_no_name_joins_the_one_named_day_of_its_act(
        tmp_path: Path, days: list[str], week: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2025-03-05", "Release\n\n" + days[0]), "b.txt": ("2025-03-13", "Update\n\n" + week)}
    if len(days) > 1:
        stories["c.txt"] = ("2025-03-08", "Wire\n\n" + days[1])
    assert cited(tmp_path, stories, ENTITIES) == expected


RATE_ENTITIES = ENTITIES + """\
- {id: nbv, kind: organisation, name: National Bank of Veldia, aliases: [NBV], summary: A central bank.}
- {id: veldia, kind: place, name: Veldia, summary: A country.}
"""


@pytest.mark.parametrize(("stories", "expected"), [
    # the review's: a cut, a decision to lower, and the day's decision named by its noun
    ({"a.txt": ("2025-06-12", "Wire\n\nVeldia's central bank unexpectedly cut its main interest rate by a full "
                              "percentage point on June 12."),
      "b.txt": ("2025-06-12", "Release\n\nThe National Bank of Veldia decided to lower the base rate by 100 basis "
                              "points on June 12."),
      "c.txt": ("2025-06-13", "Ledger\n\nThursday's decision to cut the base rate from 7.5% to 6.5% surprised analysts.")},
     {"2025-06-12": ["a.txt", "b.txt", "c.txt"]}),
    # the review's: "was forced to sell" tells a sale (an implicative verb)
    ({"a.txt": ("2025-06-14", "Ledger\n\nThe National Bank of Veldia was forced to sell euros in the market on Friday "
                              "morning to slow the fall."),
      "b.txt": ("2025-06-15", "Daily\n\nThe NBV sold an estimated 1.2 billion of reserves on Friday to support the currency.")},
     {"2025-06-13": ["a.txt", "b.txt"]}),
    # a recall: the same implicative verb
    ({"a.txt": ("2025-06-14", "Ledger\n\nKessel Foods was forced to withdraw its pies from shops on Friday."),
      "b.txt": ("2025-06-15", "Daily\n\nKessel withdrew 40,000 jars on Friday after complaints.")},
     {"2025-06-13": ["a.txt", "b.txt"]}),
    # a merger: the day's decision named by its noun, the act by its infinitive
    ({"a.txt": ("2025-06-10", "Wire\n\nHarlow Group bought Castellan Foods for 2 billion pounds on Monday."),
      "b.txt": ("2025-06-11", "Ledger\n\nMonday's decision to buy the food maker surprised investors.")},
     {"2025-06-09": ["a.txt", "b.txt"]}),
    # must not join: "asked to" entails nothing
    ({"a.txt": ("2025-06-14", "Ledger\n\nKessel Foods was asked to withdraw its pies from shops on Friday."),
      "b.txt": ("2025-06-15", "Daily\n\nKessel withdrew 40,000 jars on Friday after complaints.")},
     {"2025-06-13": ["a.txt", "|", "b.txt"]}),
    # must not join: two sources cut two things that day; which one was decided is unsaid
    ({"a.txt": ("2025-06-12", "Wire\n\nThe National Bank of Veldia cut its main interest rate on June 12."),
      "b.txt": ("2025-06-12", "Release\n\nHarlow Group cut 300 jobs at its plants on June 12."),
      "c.txt": ("2025-06-13", "Ledger\n\nThursday's decision to cut surprised everyone.")},
     {"2025-06-12": ["b.txt", "|", "c.txt", "|", "a.txt"]}),
])
def test_one_act_of_one_day_in_other_words_is_one_happening(tmp_path: Path, stories: dict[str, tuple[str, str]],
                                                            expected: dict[str, list[str]]) -> None:
    assert cited(tmp_path, stories, RATE_ENTITIES) == expected


PLAN_ENTITIES = ENTITIES + """\
- {id: gareth-pryce, kind: person, name: Gareth Pryce, aliases: [{text: Pryce, after_full_name: true}], summary: A chief executive.}
- {id: ana-voss, kind: person, name: Ana Voss, aliases: [{text: Voss, after_full_name: true}], summary: A defendant.}
"""


@pytest.mark.parametrize(("plan", "done", "expected"), [
    # the review's: "scheduled to appear on March 23" and the appearance reported after it
    ("Gareth Pryce, the chief executive, is scheduled to appear on March 23.",
     "Gareth Pryce appeared before the board of inquiry on March 23.",
     {"2026-03-23": ["a.txt", "b.txt"]}),
    # a court case: "due to be sentenced" and "was sentenced"
    ("Ana Voss is due to be sentenced on March 23 for fraud.",
     "Ana Voss was sentenced to six years in prison on March 23.",
     {"2026-03-23": ["a.txt", "b.txt"]}),
    # a merger: "expected to complete" and "completed"
    ("Harlow Group is expected to complete its takeover on March 23.",
     "Harlow Group completed the purchase of the food maker on March 23.",
     {"2026-03-23": ["a.txt", "b.txt"]}),
    # must not join: the plan's act and another act of that day
    ("Ana Voss is due to be sentenced on March 23 for fraud.",
     "Ana Voss lodged an appeal against her conviction on March 23.",
     {"2026-03-23": ["a.txt", "|", "b.txt"]}),
])
def test_a_plan_and_its_report_after_the_fact_are_one_happening(tmp_path: Path, plan: str, done: str,
                                                                expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2026-03-09", "Wire\n\n" + plan), "b.txt": ("2026-03-24", "Report\n\n" + done)}
    assert cited(tmp_path, stories, PLAN_ENTITIES) == expected


@pytest.mark.parametrize(("heading", "told", "title"), [
    # the review's: the statement's heading merged with the act it names
    ("Statement by the Minister of Finance on today's monetary policy decision",
     "The National Bank of Veldia decided today to cut its main interest rate by a full point.",
     "The National Bank of Veldia decided to cut its main interest rate"),
    # a recall: a notice's heading
    ("Notice to customers on today's recall",
     "Kessel Foods recalled 40,000 jars of its pies today after complaints about glass.",
     "Kessel Foods recalled 40,000 jars of its pies after complaints about glass"),
])
def test_a_heading_that_names_a_happening_does_not_title_it(tmp_path: Path, heading: str, told: str, title: str) -> None:
    from test_merge18b import titles

    stories = {"a.txt": ("2025-06-12", heading + "\n\nThe minister welcomed it."), "b.txt": ("2025-06-12", "Wire\n\n" + told)}
    assert titles(tmp_path, stories, RATE_ENTITIES) == {"2025-06-12": [title]}

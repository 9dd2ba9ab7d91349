"""Review 18b, the consolidated timeline: each finding a kind, with siblings from other
stories and the cases that must not change:

- #15: a month's telling joins the day inside it that another source tells without a name
  ("The FVSA opened an evaluation in November" / "The agency opened its evaluation on
  November 18"): the same main verb and shared stems; a date that dates the saying of a
  relative clause ("regulators who said last week that ...") is no date of the main clause;
- #17: the person a title's "She" stands for ("On Monday she said ...") is among the event's entities;
- #11: a date inside the "that" clause of a reporting verb titles that clause ("confirms
  that on 2 May 2025 it received a proposal" -> "The Board ... received a proposal");
- #13: a sentence that tells on one date what happened on another ("said on Tuesday that
  the supplier had changed the part in August 2023") does not title the saying's day when
  another telling of that day titles it alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_merge18 import built, cited


def titles(tmp_path: Path, stories: dict[str, tuple[str, str]], entities: str) -> dict[str, list[str]]:
    """Each event's date -> its titles."""
    events, _ = built(tmp_path, stories, entities)
    result: dict[str, list[str]] = {}
    for ev in events:
        result.setdefault(ev.date, []).append(ev.title)
    return result


RECALL_ENTITIES = """\
- {id: fvsa, kind: organisation, name: Federal Vehicle Safety Administration, aliases: [FVSA], summary: A regulator.}
- {id: veloria, kind: organisation, name: Veloria Motors, aliases: [Veloria], summary: A carmaker.}
- {id: dana-whitcombe, kind: person, name: Dana Whitcombe, aliases: [Whitcombe], summary: A manager.}
- {id: amy-lin, kind: person, name: Amy Lin, summary: A judge.}
- {id: pell-labs, kind: organisation, name: Pell Labs, summary: A start-up.}
- {id: castellan, kind: organisation, name: Castellan Foods, aliases: [Castellan], summary: A food maker.}
- {id: harlow, kind: organisation, name: Harlow Group, aliases: [Harlow], summary: A bidder.}
"""


@pytest.mark.parametrize(("month", "day", "expected"), [
    # the review's: a month with names, the day inside it told with none
    ("The FVSA opened a preliminary evaluation into Veloria in November after receiving 57 complaints.",
     "The agency opened its preliminary evaluation on November 18, 2024, and requested information from the maker.",
     {"2024-11-18": ["a.txt", "b.txt"]}),
    # a court case
    ("Pell Labs filed a lawsuit against its former auditors in November, seeking damages.",
     "The company filed its lawsuit against the auditors on November 18, 2024, in Delaware.",
     {"2024-11-18": ["a.txt", "b.txt"]}),
    # must not join: another verb, another happening of the month
    ("The FVSA opened a preliminary evaluation into Veloria in November after receiving 57 complaints.",
     "The agency closed its preliminary evaluation on November 18, 2024, without a recall.",
     {"2024-11": ["a.txt"], "2024-11-18": ["b.txt"]}),
])
def test_a_month_joins_the_day_inside_it_told_without_a_name(tmp_path: Path, month: str, day: str,
                                                              expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2025-03-04", "Review\n\n" + month), "b.txt": ("2025-03-06", "Release\n\n" + day)}
    assert cited(tmp_path, stories, RECALL_ENTITIES) == expected


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Veloria on Monday expanded its recall to 318,000 vehicles, bowing to pressure from regulators who said "
     "last week that the original recall left out thousands of vehicles.", ["2025-03-17"]),
    ("Pell Labs on Monday settled the lawsuit with its auditors, who had said on Thursday that they would fight it.",
     ["2025-03-17"]),
    # must not change: the saying is the main clause's, its date the event's
    ("The FVSA said last week that the original recall left out thousands of vehicles.", ["2025-W11"]),
    ("Veloria expanded its recall on Monday and said last week's data showed the flaw.", ["2025-03-17", "2025-W11"]),
])
def test_the_date_of_a_relative_clauses_saying_is_no_date_of_the_main_clause(tmp_path: Path, sentence: str,
                                                                              dates: list[str]) -> None:
    assert sorted(cited(tmp_path, {"a.txt": ("2025-03-17", "Recall\n\n" + sentence)}, RECALL_ENTITIES)) == dates


@pytest.mark.parametrize(("text", "person"), [
    ("Dana Whitcombe spoke to reporters on March 4. On Monday she said new field data showed the relay could fail.",
     "dana-whitcombe"),
    ("Dana Whitcombe led the review. On Monday she told investors the relay could fail.", "dana-whitcombe"),
])
def test_the_person_a_titles_pronoun_stands_for_is_a_participant(tmp_path: Path, text: str, person: str) -> None:
    events, _ = built(tmp_path, {"a.txt": ("2025-03-17", "Recall\n\n" + text)}, RECALL_ENTITIES)
    monday = [ev for ev in events if ev.date == "2025-03-17"]
    assert len(monday) == 1 and person in monday[0].entities
    assert monday[0].title.startswith("Dana Whitcombe")


@pytest.mark.parametrize(("sentence", "date", "told"), [
    ("The Board of Castellan Foods notes the recent press speculation and confirms that on 2 May 2025 it received "
     "an unsolicited proposal from Harlow.", "2025-05-02", "The Board of Castellan Foods received an unsolicited proposal from Harlow"),
    ("The ministry notes the audit and confirms that on 3 March 2025 it received the final report from the auditors.",
     "2025-03-03", "The ministry received the final report from the auditors"),
    # must not change: the title is what was said already
    ("Harlow said on 2 May 2025 that it would raise its offer.", "2025-05-02", "Harlow said that it would raise its offer"),
])
def test_a_date_inside_a_reported_that_clause_titles_that_clause(tmp_path: Path, sentence: str, date: str, told: str) -> None:
    assert titles(tmp_path, {"a.txt": ("2025-05-12", "Statement\n\n" + sentence)}, RECALL_ENTITIES)[date] == [told]


def test_a_saying_of_another_dates_happening_does_not_title_the_saying_day(tmp_path: Path) -> None:
    """#13: the Friday story's "said on Tuesday that the supplier had changed the part in August
    2023" tells the part change (August 2023); the 4 March event is titled by the telling
    whose own date it is."""
    stories = {
        "a.txt": ("2025-03-07", "Ledger\n\nDana Whitcombe said on Tuesday that the relay supplier had changed the part "
                                "in August 2023."),
        "b.txt": ("2025-03-17", "Wire\n\nDana Whitcombe had said on March 4 that the relay problem was limited to vehicles "
                                "built before the part changed."),
    }
    told = titles(tmp_path, stories, RECALL_ENTITIES)
    assert told["2025-03-04"] == ["Dana Whitcombe had said that the relay problem was limited to vehicles"]  # titles18 drops a participle whose phrase was cut
    assert told["2023-08"] == ["The relay supplier had changed the part"]


@pytest.mark.parametrize(("a", "b", "expected"), [
    # the review's: one rejection, the names differing in an aside and in who is said to act
    ("Castellan said its board had rejected the proposal of 410 pence per share on Friday because it "
     "significantly undervalues the company and its prospects.",
     "The Board, which has been advised by Harlow Group, carefully considered the Proposal and unanimously rejected "
     "it on 9 May 2025, concluding that it significantly undervalues the company and its future prospects.",
     {"2025-05-09": ["a.txt", "b.txt"]}),
    # a court case
    ("Pell Labs said the judge had denied its motion to dismiss the fraud charges on Friday, finding the evidence "
     "sufficient for a jury trial.",
     "Judge Amy Lin denied the motion to dismiss the fraud charges on 9 May 2025, finding the evidence sufficient "
     "for trial.",
     {"2025-05-09": ["a.txt", "b.txt"]}),
    # must not join: the same verb and day, few words in common
    ("Castellan said its board had rejected the proposal of 410 pence per share on Friday.",
     "The union, which Harlow Group had courted, rejected the pay offer on 9 May 2025 after a vote of members.",
     {"2025-05-09": ["a.txt", "|", "b.txt"]}),
])
def test_a_retelling_with_a_verb_in_common_is_one_happening_whatever_its_names(
        tmp_path: Path, a: str, b: str, expected: dict[str, list[str]]) -> None:
    """#11: two sources, one day, a verb of their titles in common and six content words."""
    stories = {"a.txt": ("2025-05-12", "Wire\n\n" + a), "b.txt": ("2025-05-12", "Statement\n\n" + b)}
    assert cited(tmp_path, stories, RECALL_ENTITIES) == expected


@pytest.mark.parametrize(("sentence", "dates"), [
    # the review's: a date bounding a participle that says which things, no happening at the date
    ("The recall covers Veloria models built between January 2021 and August 2023 at the company's plant.", []),
    ("Whitcombe said the company was reviewing vehicles built after August 2023.", []),
    ("The lawsuit covers Pell Labs shares sold after June 2024.", []),
    # must not change: a passive's range, a main verb, a participle with its own "in"
    ("The factory was built between 2008 and 2012.", ["2008/2012"]),
    ("The newer models were built after a supplier changed the relay in August 2023.", ["2023-08"]),
])
def test_a_date_bounding_a_postmodifying_participle_is_no_event(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    """#12, #14: "vehicles built after August 2023" says which vehicles (a reduced relative clause)."""
    assert sorted(cited(tmp_path, {"a.txt": ("2025-03-17", "Recall\n\n" + sentence)}, RECALL_ENTITIES)) == dates


@pytest.mark.parametrize(("a", "b", "expected"), [
    # the review's: the same verb of a title and three stems, one source naming no one
    ("Dana Whitcombe said on Tuesday that the relay supplier had changed the part in August 2023.",
     "The expansion adds 106,000 vehicles from the 2024 model year, which were built after a supplier changed the "
     "fuel-pump relay in August 2023.",
     {"2023-08": ["a.txt", "b.txt"], "2025-03-04": ["a.txt"]}),
    # a court case
    ("Pell Labs said the bank had closed its accounts in June 2024, weeks before the charges.",
     "The charges cover losses on trades, which were made after the bank closed the company accounts in June 2024.",
     {"2024-06": ["a.txt", "b.txt"]}),
    # must not join: the same verb in a month, two different participants
    ("Pell Labs changed its auditor and its bank in June 2024.",
     "Castellan changed its auditor and its bank in June 2024.",
     {"2024-06": ["b.txt", "|", "a.txt"]}),
])
def test_a_months_happening_told_by_two_sources_with_one_verb_is_one(tmp_path: Path, a: str, b: str,
                                                                      expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2025-03-07", "Ledger\n\n" + a), "b.txt": ("2025-03-17", "Wire\n\n" + b)}
    assert cited(tmp_path, stories, RECALL_ENTITIES) == expected


@pytest.mark.parametrize("sentence", [
    "The laptop had not been significantly updated since 2008.",  # sentences of the dev set
    "The index, which partly recovered from yesterday's fall, closed higher.",
])
def test_an_adverb_before_a_verb_is_no_noun_a_participle_postmodifies(sentence: str) -> None:
    from builder.annotate.anchors import postmodifying

    at = sentence.index("2008") if "2008" in sentence else sentence.index("yesterday")
    assert not postmodifying(sentence, 0, at)


@pytest.mark.parametrize(("a", "b", "expected"), [
    # the review's: a date as its subject's complement and the one telling of another source naming the subject's word
    ("Under UK takeover rules, Harlow has until 5 p.m. on 9 June to announce a firm offer or walk away.",
     "The bid deadline under the Takeover Code remains 9 June.",
     {"2025-06-09": ["a.txt", "b.txt"]}),
    # a court case, a bankruptcy
    ("Pell Labs has until 9 June to answer the complaint, the judge ruled.",
     "The deadline for an answer to the complaint is 9 June.",
     {"2025-06-09": ["a.txt", "b.txt"]}),
    ("Bidders have until 9 June to submit offers for the stores in the auction.",
     "The bid deadline in the auction remains 9 June.",
     {"2025-06-09": ["a.txt", "b.txt"]}),
    # must not join: two tellings of that day share the word (which one is unsaid)
    ("Harlow has until 9 June to make a takeover offer. Castellan's takeover defence hearing is set for 9 June.",
     "The takeover deadline remains 9 June.",
     {"2025-06-09": ["a.txt", "|", "a.txt", "|", "b.txt"]}),
    # must not join: no word in common
    ("Harlow has until 9 June to announce a firm offer.", "The vote on the merger is 9 June.",
     {"2025-06-09": ["a.txt", "|", "b.txt"]}),
])
def test_a_date_stated_as_its_subjects_joins_the_one_telling_that_names_it(
        tmp_path: Path, a: str, b: str, expected: dict[str, list[str]]) -> None:
    """#3: "The bid deadline ... remains 9 June" and "Harlow has until 5 p.m. on 9 June to announce ... under takeover rules"."""
    stories = {"a.txt": ("2025-05-12", "Wire\n\n" + a), "b.txt": ("2025-05-21", "Paper\n\n" + b)}
    assert cited(tmp_path, stories, RECALL_ENTITIES) == expected


def test_a_title_ending_with_a_present_verb_states_no_date(tmp_path: Path) -> None:
    """A sentence of the dev set: "Boeing's contract to produce the aircraft expires in 2008" is
    a happening, not a date stated as its subject's (and a year holds many happenings)."""
    stories = {"a.txt": ("2025-05-12", "Wire\n\nHarlow's contract to supply the stores expires on 9 June."),
               "b.txt": ("2025-05-21", "Paper\n\nThe new stores are scheduled to open on 9 June.")}
    assert cited(tmp_path, stories, RECALL_ENTITIES) == {"2025-06-09": ["a.txt", "|", "b.txt"]}

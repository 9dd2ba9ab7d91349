"""Review s20 g/h (events): new shapes of a date that dates a modifier, a state's bound, a
subordinate or coordinated clause, and a release heading.

- A date in a modifier dates its noun, never the clause's verb: a noun of happening
  coordinated into the object ("blamed A and the discovery of B last year"), a participle
  after the subject's name ("X, relegated from Y in May, now pay"), a date premodifying a
  noun inside a prepositional phrase ("on the strength of last year's test", "photographs
  of the January 23 paper", "from Monday's explosion"), one after "during" with a present
  perfect ("left without power during last week's blackout have called"), a participle
  in the subject ("the paper taken on 14 November were shared").
- States and bounds: "since early November" after a perfect that counts, "not ... before
  Wednesday at the earliest", ", due last year, had been postponed", ", due to be held on
  D", "have been released on bail until 30 April" date no happening.
- A release heading with a clock time after its date is the document's date line.
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import pytest
from test_events20 import candidates


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor blamed higher wages and the discovery of asbestos in the hall last year.", []),
    ("The bank blamed weak demand and the collapse of a fund in March.", []),
    ("Dunmore Town, relegated from the league in May, now play at a school ground.",
     [("2026-05", "Dunmore Town were relegated from the league")]),
    ("The ferry firm, fined by the regulator in 2024, still runs four boats.", [("2024", "The ferry firm was fined by the regulator")]),
    ("The repayment, made last Friday, covers rent for the flat.", [("2027-03-05", "The repayment was made")]),
    ("Rent went up. Dunmore Town, relegated from the league in May, now pay more.",
     [("2026-05", "Dunmore Town were relegated from the league")]),
    ("Rent went up. Answers from the exam taken on 14 November 2026 were posted online.", []),
    ("The board said it was checking pupils admitted on the strength of last year's test.", []),
    ("Copies of the March 2 filing were sent to reporters.", []),
    ("The scale of the damage from Monday's storm became clear.", []),
    ("Shoppers stranded during last week's flood have called the payout an insult.", []),
    ("Answers from the exam taken on 14 November 2026 were posted online.", []),
    # negatives: a day after the coordinated noun may date the verb; the aside before a simple
    # past is the publication told; a verb's own preposition; a subject event noun; a time
    # adverbial of a simple past; a passive's own date
    ("The firm blamed the storm and the closure of the port on Friday.",
     [("2027-03-05", "The firm blamed the storm and the closure of the port")]),
    ("The minutes of the March 1 meeting, published on Wednesday, showed that the cut was approved.",
     [("2027-03-03", "The minutes of the meeting showed that the cut was approved")]),
    ("Dockers marched from Monday's rally to the port.", [("2027-03-08", "The rally that dockers marched from")]),
    ("Saturday's rally drew 10,000 people.", [("2027-03-06", "The rally drew 10,000 people")]),
    ("Protesters clashed with police during Saturday's rally.", [("2027-03-06", "Protesters clashed with police during the rally")]),
    ("Two men were arrested on Monday and have been charged.", [("2027-03-08", "Two men were arrested")]),
])
def test_a_date_in_a_modifier_dates_its_noun_not_the_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


def test_a_time_clause_in_the_subject_keeps_its_date() -> None:
    # "killed when a bus crashed in Norland last month": the crash's own clause, no participle of the subject
    text = "Families of the people hurt when a bus crashed in Norland last month have formed a group."
    assert [date for date, _ in candidates(text)] == ["2027-02"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The lifting is the first sign of easing in an outbreak that has led to the loss of about 640,000 jobs at 11 plants "
     "since early November.", []),
    ("The chain has closed 40 stores since January.", []),
    ("The board will review its pay rules, which it said had not been updated since 2006.", []),
    ("The firm uses software that has not been patched since 2019.", []),
    ("The council said residents would not be allowed back before Wednesday at the earliest.", []),
    ("The court will not sit before Friday.", []),
    ("Residents asked why a safety review of the dam, due last year, had been postponed.", []),
    ("The club said it had cancelled its annual fair, due to be held on 12 June.", []),
    ("Both have been released on bail until 30 April.", []),
    ("The two directors were released on bail until 30 April.", []),
    ("The hearing, due on 1 March, had been postponed.", []),
    # negatives: a verb that puts off a thing titles what is then due; a negated perfect's last time stays
    ("The court adjourned the case until Friday.", [("2027-03-12", "The case is due to resume")]),
    ("The index has not closed above 8,000 since February.", [("2027-02", "The index has not closed above 8,000")]),
])
def test_a_state_or_a_bound_dates_no_happening(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Intro.\n\n**Harbour Water — customer update, 14 July 2027, 11:00**\n\nThe agency opened a clinic on Friday.",
     [("2027-03-05", "The agency opened a clinic")]),
    ("Intro.\n\nKestrel Rail - service notice - 2 March 2027, 09:30\n\nThe line reopened on Friday.",
     [("2027-03-05", "The line reopened")]),
    # negative: a clock time in a sentence is the sentence's
    ("The line reopened at 09:30 on 2 March 2027.", [("2027-03-02", "The line reopened")]),
])
def test_a_heading_with_a_clock_time_is_the_documents_date_line(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "until D" after a second verb that stops the first's object: what is then due
    ("The coroner has opened inquests into the deaths of two men and adjourned them until December.",
     [("2027-12", "Inquests into the deaths of two men are due to resume")]),
    ("The judge opened the hearing and adjourned it until Friday.", [("2027-03-12", "The hearing is due to resume")]),
    # a comment clause of disclosure ends the time clause before it: the main clause is dated
    ("The minister has ordered a review of the council's finances after the cost of its bridge rose to £90m, it emerged "
     "yesterday.", [("2027-03-07", "The minister has ordered a review of the council's finances")]),
    ("The club sacked its manager after a run of eight defeats, it was announced on Monday.",
     [("2027-03-08", "The club sacked its manager after a run of eight defeats")]),
    # "X said on D as it <act>ed": the act is D's; an opening possessive keeps its own day
    ("Tuesday's outage cut power to 900,000 homes, the regulator said on Thursday as it opened a formal inquiry into the "
     "failure.", [("2027-03-02", "The outage cut power to 900,000 homes"),
                  ("2027-03-04", "The regulator opened a formal inquiry into the failure")]),
    ("Prices rose 3 percent in February, the agency said on Tuesday as it raised its forecast.",
     [("2027-02", "Prices rose 3 percent"), ("2027-03-02", "The agency raised its forecast")]),
    ("Saturday's rally drew 10,000 people, police said on Sunday.", [("2027-03-06", "The rally drew 10,000 people")]),
    # a back-reference, a reason and a contrasted figure date no happening
    ("Following our announcement on Tuesday, the board can confirm that the number of voided results has risen to 287.", []),
    ("The lawyer said the club had sacked 41 staff, not the 34 it announced earlier this month, because seven more were "
     "quietly removed last week.", []),
    # negatives: "because of" is a phrase; a since-clause opening the sentence titles itself
    ("The match was called off because of rain on Saturday.", [("2027-03-06", "The match was called off because of rain")]),
    ("Since work began in May 2024, the council has issued 143 change orders, including a redesign of the roof in "
     "February this year.", [("2024-05", "Work began"), ("2027-02", "A redesign of the roof")]),
    ("Since 2019, the firm has grown tenfold.", [("2019", "The firm has grown tenfold")]),
])
def test_subordinate_and_comment_clauses_date_their_own_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The council has already cut opening hours at eight libraries and plans to close three pools next year.",
     [("2028", "The council plans to close three pools")]),
    ("The inquiry will hold hearings from 14 to 17 September and expects to publish its report in December.",
     [("2027-09-14/2027-09-17", "The inquiry will hold hearings"), ("2027-12", "The inquiry expects to publish its report")]),
    ("The club has sold its ground and hopes to move in 2028.", [("2028", "The club hopes to move")]),
    # negative: two past verb phrases keep their own dates
    ("The firm cut 200 jobs last week and plans to close a plant next year.",
     [("2027-W09", "The firm cut 200 jobs"), ("2028", "The firm plans to close a plant")]),
])
def test_a_second_verb_phrase_of_intention_takes_its_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Halden notes the comments made by the City Council on Tuesday about the cost and programme.",
     [("2027-03-02", "The City Council made the comments about the cost and programme")]),
    ("The union welcomes the offer made by the Ferry Board on Monday.", [("2027-03-08", "The Ferry Board made the offer")]),
    # negatives: a past main verb may be the day's; a passive main verb is its own
    ("The board rejected the offer made by Kestrel Foods on Monday.",
     [("2027-03-08", "The board rejected the offer made by Kestrel Foods")]),
    ("The plan was approved by the council on Monday.", [("2027-03-08", "The plan was approved by the council")]),
])
def test_a_participle_with_its_agent_after_a_present_verb_tells_the_agents_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comparison's date is no happening's: the closing attribution's day stays
    ("The cost of the new bridge has risen to £90m, nearly half more than the budget approved three years ago, the "
     "council said on Tuesday.", [("2027-03-02", "The council said the cost of the new bridge has risen to £90m")]),
    # negative: an earlier happening's date leaves the saying's no entry
    ("A jet crashed on Sunday, killing 140 people, officials said on Monday.", [("2027-03-07", "A jet crashed")]),
])
def test_a_closing_saying_gives_way_only_to_a_happenings_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert candidates(text) == expected

"""Titles of review s20 (g.md #13, h.md #5, #6 title half, #14): a title is a whole clause.

- a comma between digits groups thousands ("1,200", "6,412": AP Stylebook, "numerals"): it
  ends no relative clause or aside, and a numeral that follows it is no determiner;
- a pronoun's person agrees with it in gender ("her office" is not the man named);
- a clause inside a quotation never titles the date of its saying ("'...,' he said on Sunday");
  a participle aside ("named locally as X, 34,") goes whole; a relative after a verb's object
  names the object ("will stand Ben Ashdown, who came third" -> "Ben Ashdown came third");
- a present-tense relative in the subject ("The body that sets the exam") is a description: a
  past date right before the main verb dates the main verb;
- a title never ends on "to say" with what was said cut, on "most recently" left by its date,
  inside an open appositive, or inside a quotation (all of it within the length, or none);
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titlepronouns import owner_named
from builder.annotate.titles import title
from builder.annotation import Mention
from builder.model import Entity

PUBLISHED = dt.date(2026, 4, 16)


def titled(sentence: str, date_text: str, published: dt.date = PUBLISHED) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("Most of the roughly 1,200 residents who left their homes on Monday night have now returned.", "Monday night",
     "1,200 residents left their homes"),
    ("Eastfield, which Ms Royle won in 2019 with a majority of 6,412, will now hold a by-election.", "2019",
     "Ms Royle won Eastfield with a majority of 6,412"),
    ("Power is back for all but 23,000 of the 640,000 customers who lost supply yesterday.", "yesterday",
     "640,000 customers lost supply"),
    # siblings: a merger, a court case, a recall
    ("The insurer, which paid out 14,500 claims in 2023, agreed a merger on Monday.", "2023",
     "The insurer paid out 14,500 claims"),
    ("The bank, which fined 2,300 customers in March, said on Tuesday that the fees were lawful.", "March",
     "The bank fined 2,300 customers"),
    ("The plan, approved by 1,204 votes to 12 on Monday, will cut costs.", "Monday", "The plan will cut costs"),
    # negatives: a number without a separator, and a real comma after a number
    ("Most of the roughly 1200 residents who left their homes on Monday night have now returned.", "Monday night",
     "1200 residents left their homes"),
    ("The firm, which cut 40 jobs in March, said on Tuesday that sales fell.", "March", "The firm cut 40 jobs"),
    ("The carmaker recalled 40,000 vans on Monday after a fault, the regulator said.", "Monday",
     "The carmaker recalled 40,000 vans after a fault"),
])
def test_a_thousands_comma_splits_no_clause(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The body that sets the national entrance exam on Tuesday cancelled the results of 212 candidates.", "Tuesday",
     "The body that sets the national entrance exam cancelled the results of 212 candidates"),
    # siblings: a regulator, a court, a union
    ("The agency that regulates drinking water on Monday fined the firm 2 million pounds.", "Monday",
     "The agency that regulates drinking water fined the firm 2 million pounds"),
    ("The court that hears appeals on Friday overturned the ruling.", "Friday", "The court that hears appeals overturned the ruling"),
    # negatives: a past relative keeps its date; a forward date is the timetable present's
    ("The strike that began in March ended in May.", "March", "The strike began"),
    ("A lease that expires next year was sold on Monday.", "next year", "The lease expires"),
])
def test_a_present_relative_in_the_subject_is_no_title(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("Mr Hale wrote to Cllr Pryce on Tuesday to say that he was 'seriously concerned' about the rising cost.", "Tuesday",
     "Mr Hale wrote to Cllr Pryce"),
    ("The stadium's opening had been postponed twice, most recently in March.", "March",
     "The stadium's opening had been postponed twice"),
    ("A report by Marsh and Co, the council's external auditors, published on Wednesday morning, said the forecast "
     "'does not include adequate provision' for risk.", "Wednesday morning",
     "A report by Marsh and Co said the forecast 'does not include adequate provision'"),
    # siblings: a court, a recall
    ("A ruling by Judge Amy Lee, the county's senior judge, issued on Friday, said the fine was lawful.", "Friday",
     "A ruling by Judge Amy Lee said the fine was lawful"),
    ("The trial has been delayed three times, most recently on Monday, because of illness.", "Monday",
     "The trial has been delayed three times, because of illness"),
    # negatives: "to say" with what was said kept; "recently" inside the clause; an apostrophe is no quotation
    ("The judge wrote to the parties on Friday to say the trial would be delayed.", "Friday",
     "The judge wrote to the parties to say the trial would be delayed"),
    ("The firm had most recently raised prices in May.", "May", "The firm had most recently raised prices"),
    ("The firm said on Monday that its workers' union had agreed to the deal in principle after long talks.", "Monday",
     "The firm said that its workers' union had agreed to the deal"),
])
def test_a_title_ends_on_a_whole_phrase(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


def _person(eid: str, name: str) -> Entity:
    return Entity(id=eid, kind="person", name=name, aliases=(), summary="")


@pytest.mark.parametrize(("sentence", "told", "expected"), [
    # "her" is not the man of the sentence: no woman named, the title stays as it was
    ("The standards commissioner has opened an inquiry into the minister Andrew Talbot over his claims, her office said.",
     "Her office said the standards commissioner has opened an inquiry", "Her office said the standards commissioner has opened an inquiry"),
    # siblings: a court case, a merger; "her" is the woman named, "his" the man
    ("Judge Mary Cole fined Peter Hale for contempt, her clerk said.", "Her clerk said Judge Mary Cole fined Peter Hale",
     "Mary Cole's clerk said Judge Mary Cole fined Peter Hale"),
    ("The deal that Elizabeth Shaw agreed with Thomas Reid was approved, his lawyer said.", "His lawyer said the deal was approved",
     "Thomas Reid's lawyer said the deal was approved"),
    # negative: one person of that gender, as before
    ("Andrew Talbot resigned on Monday, his office said.", "His office said Andrew Talbot resigned", "Andrew Talbot's office said Andrew Talbot resigned"),
])
def test_his_her_agrees_with_its_person(sentence: str, told: str, expected: str) -> None:
    names = {"Andrew Talbot": "talbot", "Mary Cole": "cole", "Peter Hale": "hale", "Elizabeth Shaw": "shaw", "Thomas Reid": "reid"}
    entities = {eid: _person(eid, name) for name, eid in names.items()}
    mentions = sorted((Mention(entity=eid, start=sentence.index(name), end=sentence.index(name) + len(name), text=name, paragraph=1)
                       for name, eid in names.items() if name in sentence), key=lambda m: m.start)
    assert owner_named(told, mentions, mentions, [m.end for m in mentions], 0, entities) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a clause inside the quotation never titles the date of its saying
    ("'I will cooperate fully with the commissioner, and when she has looked at the facts she will find that this "
     "was an honest mistake,' he said in a statement on Sunday.", "Sunday", "He said: I will cooperate fully with the commissioner"),
    ("\"We will appeal against the ruling,\" she said on Monday.", "Monday", "She said: We will appeal against the ruling"),
    # a participle aside with a name and an age is dropped whole, and what was said starts at "that"
    ("Harrowgate Chemicals said in an update on Thursday that the search for the missing technician, named locally as "
     "Daniel Okoro, 34, was continuing.", "Thursday", "Harrowgate Chemicals: the search for the missing technician was continuing"),
    ("Police said on Friday that the driver, named as Tom Hill, 41, had been charged.", "Friday",
     "Police said that the driver had been charged"),
    ("The firm, based locally in Leeds, said on Monday that it would close.", "Monday", "The firm said that it would close"),
    # a relative clause after a verb's object names the object, not the verb
    ("The Liberal Reform party has said it will stand Ben Ashdown, who came third in 2024.", "2024", "Ben Ashdown came third"),
    ("The board named Mary Lee, who joined the firm in 2019, as chief executive.", "2019", "Mary Lee joined the firm"),
    # negatives: a named speaker keeps the old shape; a subordinate before "that" is still dropped
    ("\"The money is gone,\" Mary Hale said on Friday.", "Friday", "Mary Hale: The money is gone"),
    ("Mrs Dollimore told Lenham City Council's scrutiny committee on Wednesday that the company had followed its "
     "emergency plan \"to the letter\" and that the cuts had prevented a longer blackout.", "Wednesday",
     "Dollimore: the company had followed its emergency plan \"to the letter\""),
    ("The union said that on Monday, after a long meeting, members voted to strike.", "Monday",
     "After a long meeting, members voted to strike"),
])
def test_a_title_is_a_whole_clause_outside_quotes_and_asides(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a role with one name in apposition gives way to the name in a long title
    ("The Parliamentary Commissioner for Standards, Dame Helen Marsh, is expected to interview the minister next week.",
     "next week", "Dame Helen Marsh is expected to interview the minister"),
    # the speaker is lent to the second, elliptical clause of what was said
    ("Energy Minister Rachel Tennant said she had asked the regulator for a full account and would speak to Dollimore "
     "later on Tuesday.", "Tuesday", "Energy Minister Rachel Tennant would speak to Dollimore"),
    # negatives: a short role and name stay; one clause stays whole
    ("The trustee, Sandra Orme, said on Monday that the fund was empty.", "Monday", "Sandra Orme said the fund was empty"),
    ("Judge Amy Cole said she had read the file and would rule on Friday.", "Friday", "Judge Amy Cole had read the file and would rule"),
])
def test_a_title_has_its_subject(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2027, 7, 13)) == expected

"""Titles of review 18 (issue 18 item 4): a short whole clause, subject + verb + object.

- A restrictive relative clause between a subject and its verb goes, not the main clause
  ("The strike that shut the port" for "... entered its fourth day").
- "X reported a loss and said it would ..." titles what was said with X as subject.
- A pronoun opening what was said is put as the speaker or hearer it stands for.
- A quote as a title names its speaker; a date in the speaker's "who" clause titles that clause.
- What was told keeps its object ("told a jury [that] she ..."), a comparative its "than" amount.
- A "with" phrase set for another date is that date's happening, not this one's.
Each kind: the reviewer's example rewritten small, siblings from other stories, negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titles import title

THU = dt.date(2025, 3, 6)


def titled(sentence: str, date_text: str, published: dt.date = THU) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The strike that shut the Port of Alder on March 3 entered its fourth day on Thursday with no talks planned "
     "until next Tuesday, as the union and the operator traded different accounts.", "Thursday",
     "The strike entered its fourth day with no talks planned"),
    ("The recall that began with the brake fault in January widened to another nine models of the same van on "
     "Thursday, the regulator said.", "Thursday", "The recall widened to another nine models of the same van"),
    # negatives: a complementizer "that" after its verb stays the said clause
    ("Hun Sen had said earlier this week that talks broke down.", "earlier this week",
     "Hun Sen had said that talks broke down"),
    ("Other analysts pointed out on Thursday that the market had not fallen as quickly as in 1987.", "Thursday",
     "Other analysts pointed out that the market had not fallen as quickly"),
])
def test_a_subject_relative_gives_way_to_the_main_verb(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The company reported a first-quarter loss it blamed on the strike and said it would publish full results "
     "on May 8.", "May 8", "The company would publish full results"),
    ("The carmaker recalled 40,000 vans and said it would replace the brakes by June.", "June",
     "The carmaker would replace the brakes"),
    ("NEW YORK, July 17 (Reuters) - Halden Capital won the auction for the chain on Tuesday with a bid of $345 "
     "million, and said it would close about 60 more stores, the company said on Thursday.", "Thursday",
     "Halden Capital would close about 60 more stores"),
])
def test_a_coordinated_reporting_verb_shares_its_subject(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 4, 5) if "May" in sentence or "June" in sentence else dt.date(2025, 7, 17)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The harbor authority said 22 ships were still waiting on Friday, down from 74, and that it expected the "
     "backlog to be cleared by the end of May.", "May", "The harbor authority expected the backlog to be cleared"),
    ("Judge Ruth Amsel told jurors they could expect to begin deliberations next week.", "next week",
     "Jurors could expect to begin deliberations"),
    ("The regulator said 12 models were affected on Friday and that it expected the repairs to finish in June.",
     "June", "The regulator expected the repairs to finish"),
    # negative: "they" after a plural speaker is the speaker, not the hearer; left as it is
    ("Officials told reporters they would publish the plan next week.", "next week", "They would publish the plan"),
])
def test_a_pronoun_in_what_was_said_is_named(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("\"Our members kept this port running through two hurricanes, and they are told a machine will do their "
     "job,\" Dana Okoro, the local's president, told reporters on Tuesday.", "Tuesday",
     "Dana Okoro: Our members kept this port running through two hurricanes"),
    ("\"I put my kids' college fund into that company,\" said Ray Dunmore, a retired teacher from Quincy, "
     "who invested $60,000 through a crowdfunding platform in 2021.", "2021",
     "Ray Dunmore invested $60,000 through a crowdfunding platform"),
    ("\"We trusted the brand,\" said Lena Holt, a nurse who bought the van in 2019.", "2019", "Lena Holt bought the van"),
])
def test_a_quote_names_its_speaker(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("Quillco's former finance chief told a federal jury on Wednesday that she created fake customer contracts at "
     "the direction of the company's founder, Adam Vell, to make the start-up look bigger.", "Wednesday",
     "Quillco's former finance chief told a federal jury she created fake customer contracts"),
    ("The bankruptcy trustee for Quillco, Sandra Orme, said in a court filing on Thursday that she expected to "
     "recover about $31 million for creditors and investors, roughly 13 cents on the dollar.", "Thursday",
     "Sandra Orme said she expected to recover about $31 million for creditors"),
    ("Adam Vell, the founder of collapsed payments start-up Quillco, lied to investors about the company's "
     "revenue to raise more than $240 million, a prosecutor told jurors on Monday.", "Monday",
     "Adam Vell lied to investors about the company's revenue to raise more than $240 million"),
    ("Under cross-examination on Wednesday, prosecutor Dan Cole showed the jury a message Vell sent in "
     "November 2021 that read: \"Need 90 by year end.\"", "Wednesday", "Prosecutor Dan Cole showed the jury a message Vell sent"),
])
def test_what_was_told_keeps_its_object(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 10, 24)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The defense is expected to rest on Friday, with closing arguments scheduled for Monday.", "Friday",
     "The defense is expected to rest"),
    ("The defense is expected to rest on Friday, with closing arguments scheduled for Monday.", "Monday",
     "Closing arguments are scheduled"),
    ("The merger vote is set for Tuesday, with the deal due to close on Friday.", "Tuesday", "The merger vote is set"),
    ("The merger vote is set for Tuesday, with the deal due to close on Friday.", "Friday", "The deal is due to close"),
])
def test_each_date_of_a_with_phrase_titles_its_own_clause(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 10, 16)) == expected


def test_a_relative_verb_left_alone_goes_only_when_it_is_a_verb_of_saying() -> None:
    from builder.annotate.tidy import tidy

    assert tidy("Prosecutor Dan Cole showed the jury a message Vell sent that read") == (
        "Prosecutor Dan Cole showed the jury a message Vell sent")
    # the dev set's stock title: the relative's verb says what the index did, and stays
    assert tidy("The British FTSE 100 index was one the indices that suffered") == (
        "The British FTSE 100 index was one the indices that suffered")


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's stock example: "they" after ";" is the first clause's plural subject
    ("For the past five trading days, stocks have been down by a total of 14%; today, they were down as much as "
     "five percent, but rebounded.", "today", "Stocks were down as much as five percent"),
    ("The recall has cost the carmaker $40 million so far; on Friday, it was widened to nine more models.", "Friday",
     "The recall was widened to nine more models"),
    # negative: number disagrees, the pronoun stays
    ("The recall has cost the carmakers $40 million; on Friday, they widened it to nine more models.", "Friday",
     "They widened it to nine more models"),
    # the said clause's "it" is the speaker before its apposition
    ("The Bank of Avel Corporation, the second-largest lender in the country, has announced that it lost $2.24 billion "
     "in the third quarter, mainly due to loan losses.", "the third quarter",
     "The Bank of Avel Corporation lost $2.24 billion, mainly due to loan losses"),
])
def test_a_pronoun_in_a_later_clause_takes_the_first_subject(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2009, 10, 16)) == expected


def test_an_it_title_names_the_previous_subject_or_its_identified_complement(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    seeds = Path(str(tmp_path)) / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text("a.txt:\n  title: Markets\n  published: 2008-10-06\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    (seeds / "a.txt").write_text(
        "Markets\n\nOne of the worst indexes of the day was the Brazilian Bovespa index. It has already fallen by 14% "
        "today.\n\nThe Avel Composite had seen its fourth loss on Thursday. It has lost almost 9% this week.\n\n"
        "The court met the parties. It was a hard hearing on Tuesday.\n", encoding="utf-8")
    dossier = sources.load(seeds)
    titles = {ev.title for ev in build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))}
    assert "The Brazilian Bovespa index has already fallen by 14%" in titles
    assert "The Avel Composite has lost almost 9%" in titles
    assert "It was a hard hearing" in titles  # a situation, not the subject before


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's airbus examples: a time clause's "it" is the main clause's named thing
    ("It is expected that the Airbus 380 will wear the livery of Avel Air when it arrives on November 11, three "
     "days later than planned.", "November 11", "The Airbus 380 arrives, three days later than planned"),
    ("So far, the maker has received five orders for the 777-200LR since it was announced in February 2000.",
     "February 2000", "The 777-200LR was announced"),
    ("Regulators questioned the Avel X5 after it was recalled in March.", "March", "The Avel X5 was recalled"),
    # the second "it" of what was said is the speaker too
    ("Under the agreement, Aer Avel Group PLC said it will receive six aircraft from 2009 to 2011, then between 2014 "
     "and 2016 it will take delivery of six more.", "2014", "Aer Avel Group PLC will take delivery of six more"),
])
def test_a_time_clause_pronoun_is_named(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2005, 11, 1)) == expected


@pytest.mark.parametrize(("words", "expected"), [
    # the dev set's stock examples: a purpose infinitive or a postmodifying participle cut to its verb
    ("The Avel index gained 155.91 points, or 1.67%, to end", "The Avel index gained 155.91 points, or 1.67%"),
    ("The share index increased by 48.3 points, or 0.9% to finish", "The share index increased by 48.3 points, or 0.9%"),
    ("The Times cites a rise in unemployment numbers released", "The Times cites a rise in unemployment numbers"),
    ("The regulator described the recall plan in a press release released", "The regulator described the recall plan in a press release"),
    ("The exchange put in place trading restrictions meant", "The exchange put in place trading restrictions"),
    ("Wire reported that the exchange had put in place restrictions meant", "Wire reported that the exchange had put in place restrictions"),
    ("The delivery date for the van is now anticipated", "The delivery date for the van is now anticipated"),
    # negatives: the main verb, the verb's own participle, an absolute phrase, a catenative infinitive
    ("The firm said the plant closed", "The firm said the plant closed"),
    ("Talks aimed at ending the recall at Avel Motors collapsed", "Talks aimed at ending the recall at Avel Motors collapsed"),
    ("The strike that began in March ended", "The strike that began in March ended"),
    ("The runner has been provisionally suspended", "The runner has been provisionally suspended"),
    ("The strike entered its fourth day with no talks planned", "The strike entered its fourth day with no talks planned"),
    ("The Avel index continued to fall", "The Avel index continued to fall"),
    ("Their shares lost nearly six percent to close at $73.57", "Their shares lost nearly six percent to close at $73.57"),
])
def test_a_last_word_its_phrase_was_cut_from_goes(words: str, expected: str) -> None:
    from builder.annotate.tidy import tidy

    assert tidy(words) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's airbus example: a perfect participle clause's happening, the main subject its subject
    ("Ryanair is the world's most profitable airline, having reported record profits of $269m earlier this year, "
     "and is pursuing an aggressive expansion plan.", "earlier this year", "Ryanair reported record profits of $269m"),
    ("The carmaker is under pressure, having recalled 40,000 vans in March, and faces a fine.", "March",
     "The carmaker recalled 40,000 vans"),
    # negative: a date in the main clause keeps the main clause (as before: the aside is not this rule's)
    ("The carmaker, having recalled 40,000 vans, was fined on Monday.", "Monday", "The carmaker, having recalled 40,000 vans, was fined"),
    # a fraction keeps its unit ("half [a percent]")
    ("The Avel index posted a modest gain of half a percent or 39 points, ending the day at 8,017 on Friday.",
     "Friday", "The Avel index posted a modest gain of half a percent"),
])
def test_a_participle_clause_and_a_fraction(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2005, 6, 13)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's airbus example: an aside after the time clause's subject is no end of the clause
    ("After the 787, already bearing the airline's livery, arrives in Tokyo next month, the airline will use it for a "
     "charter.", "next month", "The 787, already bearing the airline's livery, arrives in Tokyo"),
    ("After the recalled van, now fitted with new brakes, returns to dealers in May, the maker will resume sales.",
     "May", "The recalled van, now fitted with new brakes, returns to dealers"),
])
def test_a_time_clause_with_an_aside_titles_its_own_date(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2011, 8, 20)) == expected


def test_a_cut_does_not_end_inside_a_complex_preposition_with_an_article() -> None:
    from builder.annotate.phrases import cut

    # the dev set's stock example: "as a result [from ...]" is one preposition, the cut goes before it
    words = "The volatile week began with Avel Bank tumbling as a result from its loss of two major funds worth $1.5 billion"
    assert " ".join(cut(words.split())) == "The volatile week began with Avel Bank"
    # a plain preposition after a noun phrase is still a boundary, and so is one after "in a" + noun
    words = "The Hang Seng Index in Hong Kong was in a freefall for the most of the day, ending down 12.7 percent"
    assert " ".join(cut(words.split())) == "The Hang Seng Index in Hong Kong was in a freefall"
    words = "The carmaker recalled 40,000 vans made at its plant in Avel from March to June of last year"
    assert " ".join(cut(words.split())) == "The carmaker recalled 40,000 vans made at its plant in Avel"

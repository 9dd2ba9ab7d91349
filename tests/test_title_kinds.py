"""Titles and roles of session 10's kinds, each from a dev-set or demo title that read
wrong, with siblings from invented strike, court and bankruptcy stories.

- A possessive date that owns the clause's object dates the object, not the clause:
  "recovered from yesterday's fall" titled the recovery on the day of the fall.
- A cut does not end inside a complex preposition ("spying for him in exchange").
- A clause one word over the length stays whole ("...of markets closing [in severely
  negative numbers]").
- A copula and an adjective before a date is a state ("that was positive yesterday").
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titles import title

THU = dt.date(2024, 3, 14)


def titled(sentence: str, date_text: str, published: dt.date = THU) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's example (stock, 9 October 2008): the fall was yesterday, the recovery today
    ("The only major world indexes that gained any value were the Hang Seng in Hong Kong, which closed up 511.51 "
     "points or 3.31%, and the Russian RTS, which partly recovered from yesterday's fall with a 10.91% increase.",
     "yesterday", "The fall that the Russian RTS partly recovered from"),
    ("The union appealed Friday's verdict.", "Friday", "The verdict that the union appealed"),
    ("Police broke up Saturday's rally outside the court.", "Saturday", "The rally that police broke up"),
    ("Creditors of Rivermark objected to Monday's bankruptcy filing.", "Monday",
     "The bankruptcy filing that creditors of Rivermark objected to"),
    # a clause inside the noun's happening keeps its title; so does an owned subject
    ("The judge spoke at Monday's hearing.", "Monday", "The judge spoke at the hearing"),
    ("Monday's vote was delayed by the court.", "Monday", "The vote was delayed by the court"),
])
def test_a_possessive_date_on_the_object_titles_the_object(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the demo's example: "in exchange for" is one preposition; the cut goes before "in"
    ("Hun Sen had also accused CNRP senior official Son Chhay of spying for him in 1997 in exchange for U.S. "
     "$10,000, claiming he had a CD recording which proved that the opposition member had tipped him off.",
     "1997", "CNRP senior official Son Chhay's alleged spying for him"),
    ("The prosecutor said the harbour master of North Avel took cash from shipping agents in 2019 in return for "
     "berths worth $4 million.", "2019", "The harbour master of North Avel took cash from shipping agents"),
])
def test_a_cut_does_not_end_inside_a_complex_preposition(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the dev set's example (13 words): whole
    ("This was the seventh straight day of markets closing in severely negative numbers.",
     "the seventh straight day", "This was the seventh straight day of markets closing in severely negative numbers"),
    ("The first ferry was delivered to the island's operator 18 months behind schedule in 2007.", "2007",
     "The first ferry was delivered to the island's operator 18 months behind schedule"),
])
def test_a_clause_one_word_over_stays_whole(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2008, 10, 9)) == expected


def test_a_clause_two_words_over_is_still_cut() -> None:
    told = titled("The dockers of the three ports on the northern coast returned to work after long talks on Monday.",
                  "Monday")
    assert told == "The dockers of the three ports on the northern coast returned to work"


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The Hang Seng, which was one of the few markets that was positive yesterday, fell 7.19%.", "yesterday", "state"),
    ("The court was silent on Monday about the appeal.", "Monday", "state"),
    ("The strikers' mood remained calm on Friday.", "Friday", "state"),
    # participles, particles and comparatives are changes: events
    ("The port was closed on Monday.", "Monday", "event"),
    ("The ferry was struck by lightning on Monday.", "Monday", "event"),
    ("The index was down 3.7% on Monday.", "Monday", "event"),
    ("Shares were higher on Monday.", "Monday", "event"),
    ("The trial was held on Monday.", "Monday", "event"),
    # a preposition is no adjective ("was between September and October of 2007")
    ("The last strike was between September and October of 2007, when the port shut.", "September", "event"),
])
def test_a_copula_and_adjective_before_a_date_is_a_state(sentence: str, date_text: str, expected: str) -> None:
    from builder.annotate.roles import role

    found = find_dates(sentence, 0, len(sentence), 1, THU)
    date = next(d for d in found if d.text == date_text)
    assert role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ()) == expected


def _events(tmp_path, table: str, texts: dict[str, str], entities: str = "[]\n"):  # type: ignore[no-untyped-def]
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(table, encoding="utf-8")
    (seeds / "entities.yml").write_text(entities, encoding="utf-8")
    for name, text in texts.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    return build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))


def test_what_happened_titles_a_group_before_its_forecast(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # review finding M4 (fresh10): "talks would resume next Monday" (said on 5 March) and
    # "Mediated talks ... broke down on Monday" (11 March) are one entry, titled by the
    # breakdown; its id stays the earlier source's (events.yml keeps working)
    table = ("a.txt:\n  title: Appeal set\n  published: 2024-03-06\n"
             "b.txt:\n  title: Appeal fails\n  published: 2024-03-12\n")
    texts = {"a.txt": "Appeal set\n\nThe court said Vantmoor's appeal would be heard next Monday.",
             "b.txt": "Appeal fails\n\nVantmoor's appeal collapsed on Monday after the court heard two witnesses."}
    entities = "- id: vantmoor\n  kind: organisation\n  name: Vantmoor\n  summary: A builder.\n"
    events = [ev for ev in _events(tmp_path, table, texts, entities) if ev.date == "2024-03-11"]
    assert [(ev.title, len(ev.citations)) for ev in events] == [("Vantmoor's appeal collapsed after the court heard two witnesses", 2)]
    assert events[0].id == "2024-03-11-vantmoors-appeal-would-be-heard"  # its title's words (session 13)
    assert "2024-03-11-the-court-said-vantmoors-appeal-would" in events[0].aliases  # its sentence's, as before


def test_a_headline_and_its_lead_on_one_date_are_one_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # review finding M4 (fresh10): "Inquiry into port strike to report next month" (the
    # headline) and "The inquiry ... will publish its findings next month" were two entries
    table = "a.txt:\n  title: Tribunal to rule on dock strike next month\n  published: 2025-10-08\n"
    texts = {"a.txt": "Tribunal to rule on dock strike next month\n\n"
             "The tribunal hearing the dock strike case will give its ruling next month, its chair said.\n\n"
             "The harbour board will publish its accounts next month."}
    months = sorted((len(ev.citations), ev.title) for ev in _events(tmp_path, table, texts) if ev.date == "2025-11")
    assert [n for n, _ in months] == [1, 2]  # the accounts (no stems shared with the headline) stay apart


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # review finding M3 (fresh10), each with a sibling from another story
    # a speaker in apposition is the subject: the saying stays, told by the name that stands
    # for the noun phrase ("Its president, Sunita Devi": session 14d)
    ("Its president, Sunita Devi, said on Thursday that the figure had risen to 260.", "Thursday",
     "Sunita Devi said the figure had risen to 260"),
    ("Its chair, Ana Vogt, said on Monday the union would strike.", "Monday", "Ana Vogt said the union would strike"),
    ("Talks with lenders collapsed last week, said a spokeswoman.", "last week", "Talks with lenders collapsed"),
    # a "that" after an object noun phrase is a relative, not the said clause ("Waited at anchor left")
    ("Harbour master Ruth Alvarez said the last of the 44 ships that waited at anchor left on April 9.", "April 9",
     "The last of the 44 ships that waited at anchor left"),
    # (the relative clause's date is its own happening's: "The hearing opened", session 14)
    ("The judge said the hearing that opened on Monday would last a week.", "Monday", "The hearing opened"),
    # a measure left by a cut before "after" goes ("The inquiry was set up, three weeks")
    ("The inquiry was set up in May, three weeks after the strike ended, and its report was originally due at the end "
     "of August.", "May", "The inquiry was set up"),
    # (session 15: "two days before the vote" is no date when the source names no vote's
    # date, so the title keeps it; it was counted from publication)
    ("The strike ended in May, two days before the vote.", "May", "The strike ended, two days before the vote"),
    # the lead of a date goes with it ("due at the end", "collapsed late")
    ("Its report was originally due at the end of August.", "August", "Its report was originally due"),
    ("Its verdict is now due in June.", "June", "Its verdict is now due"),
    ("Talks over pay and shift patterns collapsed late on Sunday after 14 hours.", "Sunday",
     "Talks over pay and shift patterns collapsed after 14 hours"),
    ("The ferry left early in March for the island.", "March", "The ferry left for the island"),
    # the date of a second verb in a relative clause is that verb's ("gives a rise [and phases out]")
    ("The union backed the agreement, which gives a 7.5 per cent rise over two years and phases out 12-hour night "
     "shifts by the end of next year.", "the end of next year", "The agreement phases out 12-hour night shifts"),
    ("The port, which handles grain and coal shipments, shut on Monday.", "Monday", "The port shut"),
    ("The PUF, which speaks for 35 shipping lines, said earlier this year that the strike had cost 60 million euros.",
     "earlier this year", "The PUF said that the strike had cost 60 million euros"),
    # a participle with a determiner before a date is the date's happening ("a 30-year concession signed")
    ("Meridian Terminals, which runs the container berths under a 30-year concession signed in 2009, said talks "
     "would resume next Monday.", "2009", "A 30-year concession was signed"),
    ("The union opposed a contract signed in 2009.", "2009", "A contract was signed"),
    # an -ing word opening a subject is no fronted phrase ("Ending a 17-day walkout ...")
    ("Striking dockers at the Port of Kestrel Bay voted on Wednesday to accept a new pay deal, ending a 17-day walkout.",
     "Wednesday", "Striking dockers at the Port of Kestrel Bay voted to accept"),
    ("Citing safety, the port closed on Monday.", "Monday", "The port closed"),
    # a date line with its country or region written out (fresh-user review s14c: "England,
    # Desmond Farrow went on trial"); with a state's abbreviation, as before
    ("LOWMOOR, England, March 20 (Albion Press) - Desmond Farrow went on trial on Monday.", "Monday",
     "Desmond Farrow went on trial"),
    ("AVEL, New South Wales, March 20 (Harbour Wire) - Dockers walked out on Monday.", "Monday", "Dockers walked out"),
    ("WILMINGTON, Del., March 20 (Harbour Wire) - The firm filed for bankruptcy on Monday.", "Monday",
     "The firm filed for bankruptcy"),
    # the date's own relative clause ", when …" is no part of the title (fresh-user review
    # s14c: "Judge Helena Marchetti adjourned the case, when the defence is expected")
    ("Judge Helena Marchetti adjourned the case until Monday, when the defence is expected to call Farrow.", "Monday",
     "The case is due to resume"),
    ("The union met on Monday, when it voted to strike.", "Monday", "The union met"),
    ("The administrators will report on Friday, by which time the creditors must lodge their claims.", "Friday",
     "The administrators will report"),
    # a date in a "whose" clause titles the clause, its owner in the genitive (fresh-user
    # review s14c: "The payments went through the council's account at Northgate Bank the
    # jury heard")
    ("The payments went through the council's account at Northgate Bank, whose compliance team first raised "
     "concerns on Monday, the jury heard.", "Monday", "Northgate Bank's compliance team first raised concerns"),
    ("The union backed Mara Lind, whose term ends in June.", "June", "Mara Lind's term ends"),
    ("Talks with the dockers, whose contract expired in March, resumed.", "March", "The dockers' contract expired"),
    ("The firm, whose shares fell 20% on Monday, filed for bankruptcy on Friday.", "Friday", "The firm filed for bankruptcy"),
])
def test_review_m3_titles(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 3, 20)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a relative clause inside the subject: its date titles its own happening, the main
    # clause's date the main clause with the relative kept whole (never "that began ended")
    ("The strike that began in March ended in May.", "March", "The strike began"),
    ("The strike that began in March ended in May.", "May", "The strike that began in March ended"),
    ("The plant that closed in 2001 reopened on 3 May.", "2001", "The plant closed"),
    ("The plant that closed in 2001 reopened on 3 May.", "3 May", "The plant that closed in 2001 reopened"),
    ("The company, which was founded in 1998, collapsed in 2009.", "1998", "The company was founded"),
    ("The company, which was founded in 1998, collapsed in 2009.", "2009", "The company collapsed"),
    ("The strike that began at the port in March ended in May.", "March", "The strike began at the port"),
    ("The workers who struck in March returned on Friday.", "March", "The workers struck"),
    ("The workers who struck in March returned on Friday.", "Friday", "The workers who struck in March returned"),
    ("Workers at the plant that closed in 2001 found new jobs in 2003.", "2003",
     "Workers at the plant that closed in 2001 found new jobs"),
    ("The plant that closed in 2001 will reopen next year.", "next year", "The plant that closed in 2001 will reopen"),
    # the relative word as the relative clause's object: the noun goes back in its place
    ("The deal that the union signed in March collapsed in May.", "March", "The union signed the deal"),
    ("The deal that the union signed in March collapsed in May.", "May", "The deal that the union signed in March collapsed"),
    ("The union rejected the offer that the port made on Friday.", "Friday", "The port made the offer"),
    # a relative clause going on after its date with a verb of its own is not cut there
    ("The union ended a strike that began in March.", "March", "The strike began"),
])
def test_a_relative_clause_in_the_subject_titles_its_own_date(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2024, 6, 10)) == expected


def dated(sentence: str, date_text: str, published: dt.date) -> tuple[str, str]:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return date.value, title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # review 14: a mandative verb's object dated by "until", "by" or "for" is what was asked
    # for; the asking is not on that date ("April 2025 — Okafor asked for a delay" was wrong)
    ("Okafor asked for a delay until next month.", "next month", ("2025-04", "A delay until April requested by Okafor")),
    ("Okafor asked the judge for a delay until Friday.", "Friday", ("2025-03-21", "A delay until 21 March requested by Okafor")),
    ("Okafor had asked for an adjournment until April 2.", "April 2",
     ("2025-04-02", "An adjournment until April 2 requested by Okafor")),
    ("The union demanded a pay rise by June.", "June", ("2025-06", "A pay rise by June demanded by the union")),
    ("The firm's lawyers sought a hearing for April 9.", "April 9",
     ("2025-04-09", "A hearing for April 9 sought by the firm's lawyers")),
    ("The bank asked for repayment by the end of the year.", "the end of the year",
     ("2025-12", "Repayment by the end of the year requested by the bank")),
    # "on"/"in" may date the asking itself; an act done is not a request; a thing called is no request
    ("The council proposed a vote on May 3.", "May 3", ("2024-05-03", "The council proposed a vote")),
    ("Brannock Bau had asked for 3 million euros on 6 February.", "6 February",
     ("2025-02-06", "Brannock Bau had asked for 3 million euros")),
    ("The judge adjourned the hearing until March 19.", "March 19", ("2025-03-19", "The hearing is due to resume")),
    # session 14d: a mandative verb's object and to-infinitive: the act asked for, as a noun
    # WordNet derives from its verb, is dated, not the asking ("The union asked the court to
    # delay the hearing" was titled on May)
    ("The union asked the court to delay the hearing until May.", "May",
     ("2025-05", "A delay of the hearing until May requested by the union")),
    ("The union asked the court on Monday to delay the hearing until May.", "May",
     ("2025-05", "A delay of the hearing until May requested by the union")),
    ("The union asked members to suspend the strike until next month.", "next month",
     ("2025-04", "A suspension of the strike until April requested by the union")),
    ("The union called on workers to return to work by Monday.", "Monday",
     ("2025-03-17", "A return to work by 17 March called for by the union")),
    ("Lawyers for Okafor asked the judge to adjourn the trial until April 2.", "April 2",
     ("2025-04-02", "An adjournment of the trial until April 2 requested by lawyers for Okafor")),
    ("Brannock Bau asked the court to extend the deadline for its plan until April.", "April",
     ("2025-04", "An extension of the deadline for its plan until April requested by Brannock Bau")),
    ("The firm asked the court to rule by May.", "May", ("2025-05", "A ruling by May requested by the firm")),
    # the asking's own date is the asking's
    ("The union asked the court on Monday to delay the hearing until May.", "Monday",
     ("2025-03-10", "The union asked the court to delay the hearing")),
])
def test_what_a_mandative_verb_asks_for_is_dated_not_the_asking(sentence: str, date_text: str,
                                                                 expected: tuple[str, str]) -> None:
    assert dated(sentence, date_text, dt.date(2025, 3, 15)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # review 14: a long apposition or a place phrase between the subject and its verb is
    # skipped to reach the verb (the title was the apposition alone, with no verb)
    ("Brannock Bau, the Velsburg construction firm behind the unfinished Harlow Quay towers, filed for insolvency "
     "at the Velsburg Commercial Court last Tuesday, owing 12.5 million euros to suppliers, subcontractors and its own staff.",
     "last Tuesday", "Brannock Bau filed for insolvency at the Velsburg Commercial Court"),
    ("Brannock Bau, the Velsburg construction firm, filed for insolvency last Tuesday.", "last Tuesday",
     "Brannock Bau filed for insolvency"),
    ("The site, on the east bank of the river Vel, was meant to hold 212 flats by the end of the year.",
     "the end of the year", "The site was meant to hold 212 flats"),
    ("The depot, near the old harbour wall, closed on Friday, the council said.", "Friday", "The depot closed"),
    ("Kessel Freight, the haulier that carried most of the port's containers until last year, collapsed on Monday.",
     "Monday", "Kessel Freight collapsed"),
])
def test_a_long_apposition_before_the_verb_is_skipped(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 3, 15)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # review 14: a gapped second conjunct that is an amount titles its own date with its
    # own amount (the 2023 loan was titled with the 2021 one's "8 million euros")
    ("The bank had lent the firm 8 million euros in 2021 and a further 1.5 million in 2023, he said, "
     "bringing its exposure to 9.5 million euros.", "2023", "The bank had lent the firm a further 1.5 million"),
    ("The bank had lent the firm 8 million euros in 2021 and a further 1.5 million in 2023, he said, "
     "bringing its exposure to 9.5 million euros.", "2021", "The bank had lent the firm 8 million euros"),
    ("The council paid $40,000 in 2019 and another $12,000 in 2020, records show.", "2020", "The council paid another $12,000"),
    ("Sales rose 5% in 2019 and 7% in 2020.", "2020", "Sales rose 7%"),
    # a reply word after a verb is its object, and stays
    ("Brannock Bau had asked for 3 million euros on 6 February and had been told no on 19 February.", "19 February",
     "Brannock Bau had been told no"),
    ("Shareholders voted no on Friday.", "Friday", "Shareholders voted no"),
    # any verb's base or -s form, not a listed few (the rule named "say" and "vote")
    ("The board will answer no on Monday.", "Monday", "The board will answer no"),
    ("The creditors will vote yes on Friday.", "Friday", "The creditors will vote yes"),
])
def test_a_gapped_amount_and_a_reply_word(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 4, 2)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # review 14: a relative clause with no relative word has its own subject, the noun
    # before it its object ("The administrator was cited" reversed the meaning)
    ("That is more than the 8 million euros the administrator cited last month.", "last month",
     "The administrator cited the 8 million euros"),
    ("The union rejected the offer the port made on Friday.", "Friday", "The port made the offer"),
    ("The figure matches the 40 jobs the company cut in March.", "March", "The company cut the 40 jobs"),
    # a participle after a preposition or a verb stays a reduced passive relative
    ("Nobody could hide from the meetings held Sept. 14-15.", "Sept. 14-15", "The meetings were held"),
    ("Officials cited the talks held on Monday.", "Monday", "The talks were held"),
])
def test_a_relative_clause_with_no_relative_word(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 4, 2)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # review 14: a non-restrictive "which" as its clause's object goes back in the object's
    # place, with the "of" phrase of its noun ("The Harlow Quay towers the liquidator hopes
    # to complete" was no clause)
    ("Judge Helena Vos said the workers' claims, about 3.4 million euros in all, would be met from the sale of the "
     "Harlow Quay towers, which the liquidator hopes to complete by the end of the year.", "the end of the year",
     "The liquidator hopes to complete the sale of the Harlow Quay towers"),
    ("The union rejected the new offer, which the port made on Friday.", "Friday", "The port made the new offer"),
    ("The deal, which Reyes signed in March, collapsed.", "March", "Reyes signed the deal"),
    # "which" as subject: the clause as before
    ("The walkout, which began last Wednesday, ended on Monday.", "last Wednesday", "The walkout began"),
])
def test_which_as_the_object_of_its_clause(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 4, 10)) == expected


CORRECTED = ("Brannock Bau owed 15.2 million euros when it collapsed, not 12.5 million euros as the company said at the "
             "time and as this newspaper reported on 11 March, the firm's provisional administrator said on Wednesday.")


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # review 14: both dates were titled "It collapsed, not 12.5 million euros" (a time clause
    # run on past its comma into the ", not" appendage). The date of a comment clause of
    # source after a figure is the report of that figure; a closing attribution's date is
    # the saying's when what was said is anchored elsewhere or corrects a figure
    (CORRECTED, "11 March", "This newspaper reported 12.5 million euros"),
    (CORRECTED, "Wednesday", "The firm's provisional administrator said Brannock Bau owed 15.2 million euros"),
    ("Brannock Bau owed 15.2 million euros when it collapsed, the firm's provisional administrator said on Wednesday.",
     "Wednesday", "The firm's provisional administrator said Brannock Bau owed 15.2 million euros"),
    ("Brannock Bau owed 15.2 million euros, not 12.5 million euros, the administrator said on Wednesday.", "Wednesday",
     "The administrator said Brannock Bau owed 15.2 million euros"),
    ("The strike cost 40 million, not 25 million as the port estimated in May.", "May", "The port estimated 25 million"),
    # what was said with no time of its own is the news, as before
    ("Sales rose 4%, the firm said on Wednesday.", "Wednesday", "Sales rose 4%"),
])
def test_a_correction_titles_the_report_and_the_saying(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 3, 20)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "published", "expected"), [
    # review 14c: the reporting verb's auxiliary is no part of its subject
    ("Judge Margarethe Østergaard has said she will rule by the end of the month.", "the end of the month",
     dt.date(2025, 5, 2), "Judge Margarethe Østergaard will rule"),
    ("Administrator Sofia Reyes had said she would sell the stores in June.", "June",
     dt.date(2025, 3, 2), "Administrator Sofia Reyes would sell the stores"),
    # an inverted attribution's speaker, a noun phrase in apposition and its relative clause: the name's happening
    ("\"I have welded ships at this yard for 22 years,\" said 陈志明, a plater who came to Port Ardmore from "
     "Ningbo in 2003.", "2003", dt.date(2025, 4, 17), "陈志明 came to Port Ardmore from Ningbo"),
    ("\"I have worked at this depot for nine years, and so did my mother,\" said Dana Holt, a cashier who joined the "
     "chain in 2011.", "2011",
     dt.date(2025, 4, 17), "Dana Holt joined the chain"),
    # a subject too long for the title gives up its last postmodifier, not its verb
    ("More than two thousand shipyard workers at Kestrel Yards plc in Port Ardmore walked out on Monday, the first "
     "all-out strike at the yard since 1987.", "Monday", dt.date(2025, 3, 4),
     "More than two thousand shipyard workers at Kestrel Yards plc walked out"),
    ("About three hundred cleaners at Harlow Foods in the county of Westmere stopped work on Friday.", "Friday",
     dt.date(2025, 3, 4), "About three hundred cleaners at Harlow Foods stopped work"),
    # a second reported clause ("..., and that ...") titles without its complementizer
    ("The company told investors last week that the strike had cost it £38 million, and that deliveries of the two "
     "frigates would slip from the third quarter to the first quarter of 2026.", "the first quarter of 2026",
     dt.date(2025, 7, 21), "Deliveries of the two frigates would slip"),
    # "it" in what was said stands for the name the speaker is in apposition with
    ("Its parent, Nordhavn AG, said last week that it would review its investment in Port Ardmore by the end "
     "of the year.", "the end of the year", dt.date(2025, 7, 21), "Nordhavn AG would review its investment in Port Ardmore"),
    ("Its lender, Northmere Bank, said on Monday that it would call in the loan in May.", "May",
     dt.date(2025, 3, 4), "Northmere Bank would call in the loan"),
    # session 14d: the saying's own date titles the saying, the name in apposition for its
    # noun phrase, what was said whole ("Its parent, Nordhavn AG, said that it would review
    # its investment" lost its object and kept the phrase)
    ("Its parent, Nordhavn AG, said last week that it would review its investment in Port Ardmore.", "last week",
     dt.date(2025, 7, 21), "Nordhavn AG said it would review its investment in Port Ardmore"),
    ("Its lender, Northmere Bank, said on Monday that it would call in the loan.", "Monday",
     dt.date(2025, 3, 4), "Northmere Bank said it would call in the loan"),
    ("Their union, the CSWU, said on Friday that it would ballot members.", "Friday",
     dt.date(2025, 3, 4), "The CSWU said it would ballot members"),
    ("Its administrator, Sofia Reyes, said on Wednesday that the stores would close.", "Wednesday",
     dt.date(2025, 3, 14), "Sofia Reyes said the stores would close"),
    ("The firm's lawyer, Dana Holt, said on Monday that it would appeal the ruling.", "Monday",
     dt.date(2025, 3, 14), "Dana Holt said it would appeal the ruling"),
    # the dev set's airbus source: the pronoun's clause cut at ", then" keeps the name as its subject
    ("Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E aircraft from 2009 to 2011, "
     "then between 2014 and 2016 it will take delivery of six new A350 XWB aircraft.", "2009", dt.date(2008, 5, 1),
     "Aer Lingus Group PLC will receive six new A330-300E aircraft"),
    ("Under the deal, Harlow Foods said it will close six stores from 2026 to 2027, then between 2028 and 2029 it "
     "will sell its depots.", "2026", dt.date(2025, 5, 1), "Harlow Foods will close six stores"),
])
def test_review_14c_titles(sentence: str, date_text: str, published: dt.date, expected: str) -> None:
    assert titled(sentence, date_text, published) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a possessive date inside a participle aside dates the noun it owns, not the main clause
    ("The agreement, based on last month's ruling by the Central Arbitration Court, gives a 6.5% rise this year.",
     "last month", "The ruling by the Central Arbitration Court"),
    ("The plan, drawn up after Monday's meeting of creditors, was approved.", "Monday", "The meeting of creditors"),
    # a finite clause in the aside is its own: left to the clause rules
    ("The judge spoke at Monday's hearing.", "Monday", "The judge spoke at the hearing"),
])
def test_a_possessive_date_in_a_participle_aside_titles_its_noun(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, dt.date(2025, 6, 12)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "published", "expected"), [
    # fresh-user review s15a #7: an "it" said by an owner's officer is the owner; no doubled auxiliary
    ("The company's chief executive, Hélène Marchetti-Dubois, said it had halted production at its main plant on "
     "Sunday and was \"cooperating fully\" with investigators.", "Sunday", dt.date(2025, 3, 4),
     "The company had halted production at its main plant"),
    ("The union's general secretary, Dana Holt, said it would ballot members on Friday.", "Friday", dt.date(2024, 3, 11),
     "The union would ballot members"),
    ("The court's chief clerk, Amir Haddad, said it had adjourned the hearing on Monday and would sit again.", "Monday",
     dt.date(2024, 3, 14), "The court had adjourned the hearing"),
    # the subject's head stays; an -ing clause after "after" ends before the main verb
    ("The number of people taken ill with listeriosis after eating soft cheese made by Fromagerie Valbrune has risen to "
     "14, the agency said on Thursday.", "Thursday", dt.date(2025, 3, 6),
     "The number of people taken ill with listeriosis has risen to 14"),
    ("The number of workers laid off after closing the yard has risen to 400, the union said on Monday.", "Monday",
     dt.date(2024, 3, 14), "The number of workers laid off has risen to 400"),
    # a participle whose only complement was the cut date goes with it
    ("The report, dated October 15, 2024, records standing water near a cheese-ripening room.", "October 15, 2024",
     dt.date(2025, 3, 7), "The report records standing water near a cheese-ripening room"),
    ("The ruling, signed on 2 May, orders the port to pay the dockers.", "2 May", dt.date(2024, 10, 3),
     "The ruling orders the port to pay the dockers"),
    ("The hearing took place on 9 September 2025 by video conference, beginning at 10:00 CEST and ending at 18:30 CEST.",
     "9 September 2025", dt.date(2025, 10, 3), "The hearing took place by video conference"),
    ("The creditors' meeting opened on 4 May, starting at 9am and ending at 5pm.", "4 May", dt.date(2025, 10, 3),
     "The creditors' meeting opened"),
    ("The founder, born in 1950, resigned on Monday.", "Monday", dt.date(2024, 10, 3), "The founder resigned"),
    ("The union met and voted on Monday.", "Monday", dt.date(2024, 10, 3), "The union met and voted"),
    # a birth date titles the birth, told by the name in apposition
    ("The Athlete, Mr Łukasz Wróblewski, born on 2 February 1998, is a 27-year-old Polish middle-distance runner.",
     "2 February 1998", dt.date(2025, 10, 3), "Mr Łukasz Wróblewski was born"),
    ("The founder, born in 1950, resigned on Monday.", "1950", dt.date(2024, 10, 3), "The founder was born"),
    # a telling with nothing said after it is the happening
    ("I will prove my innocence,\" he told Polish broadcaster TVP Sport on Saturday.", "Saturday", dt.date(2025, 6, 14),
     "He told Polish broadcaster TVP Sport"),
    ("We will not go back,\" the shop steward told reporters on Monday.", "Monday", dt.date(2024, 3, 14),
     "The shop steward told reporters"),
    # a gapped object conjunct borrows the first conjunct's subject and verb; each date its own conjunct
    ("The AIU interviewed the Athlete's coach, Mr Joseph Kiprotich Mutai, on 8 July 2025 in Eldoret, and the team "
     "physician, Dr Ana María Núñez de la Fuente, on 15 July 2025 in Madrid.", "15 July 2025", dt.date(2025, 10, 3),
     "The AIU interviewed the team physician, Dr Ana María Núñez de la Fuente, in Madrid"),
    ("Police questioned the foreman on 3 May at the yard and the site manager on 9 May in Leeds.", "9 May",
     dt.date(2025, 10, 3), "Police questioned the site manager in Leeds"),
    ("Police questioned the foreman on 3 May at the yard and the site manager on 9 May in Leeds.", "3 May",
     dt.date(2025, 10, 3), "Police questioned the foreman at the yard"),
    # coordinated verb phrases, a time and its day one date: each date its own verb phrase (s15a #9)
    ("Retailers must remove the product from sale by 6pm on 4 March 2025 and report the quantities withdrawn to the "
     "agency by 10 March 2025.", "10 March 2025", dt.date(2025, 3, 3),
     "Retailers must report the quantities withdrawn to the agency"),
    ("Retailers must remove the product from sale by 6pm on 4 March 2025 and report the quantities withdrawn to the "
     "agency by 10 March 2025.", "6pm", dt.date(2025, 3, 3), "Retailers must remove the product from sale"),
    ("The administrator must file the accounts by noon on 4 April and pay the staff by 10 April.", "10 April",
     dt.date(2025, 3, 3), "The administrator must pay the staff"),
    # a reduced relative with a place titles its own participle (s15b #6)
    ("All competitive results obtained by the Athlete from 14 August 2022 are disqualified, including the forfeiture of "
     "the silver medal won at the European Championships in August 2022, the national record of 3:29.87 set in Monaco "
     "on 21 July 2023 and all other results of the 2023 season.", "21 July 2023", dt.date(2025, 10, 3),
     "The national record of 3:29.87 was set in Monaco"),
    ("All competitive results obtained by the Athlete from 14 August 2022 are disqualified, including the forfeiture of "
     "the silver medal won at the European Championships in August 2022, the national record of 3:29.87 set in Monaco "
     "on 21 July 2023 and all other results of the 2023 season.", "August 2022", dt.date(2025, 10, 3),
     "The silver medal was won at the European Championships"),
    ("The court voided all contracts signed by the board, including the lease of the depot signed in Leeds in May 2019.",
     "May 2019", dt.date(2025, 10, 3), "The lease of the depot was signed in Leeds"),
])
def test_review_s15_titles(sentence: str, date_text: str, published: dt.date, expected: str) -> None:
    assert titled(sentence, date_text, published) == expected


def test_a_teller_after_a_quote_is_the_previous_sentences_subject(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # fresh-user review s15b #7: '"...," he told Polish broadcaster TVP Sport on Saturday' was
    # titled "Broadcaster TVP Sport"; "he" is the subject of the sentence before, not the
    # coach its relative clause names
    table = "a.txt:\n  title: Foreman denies\n  published: 2024-03-11\n"
    texts = {"a.txt": "Foreman denies\n\nDana Holt, who works under site manager Amir Haddad, denied the charge. "
                      "\"I did nothing wrong,\" she told the Harbour Post on Saturday."}
    entities = ("- id: dana-holt\n  kind: person\n  name: Dana Holt\n  summary: A foreman.\n"
                "- id: amir-haddad\n  kind: person\n  name: Amir Haddad\n  summary: A manager.\n")
    events = [ev for ev in _events(tmp_path, table, texts, entities) if ev.date == "2024-03-09"]
    assert [ev.title for ev in events] == ["Dana Holt told the Harbour Post"]

"""Issue 18's small inputs and the kinds around them, each with invented siblings from a
bankruptcy, a strike and a court case: (text, publication date, expected dates as
(surface, TIMEX value, precision)). The two-source filing and the date line are built in
`test_events.py`; here every row is one sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.annotate.dates import find_dates

D = dt.date
ROWS = [
    # the same week's day, forward ("this Friday" on Monday 31 December 2012)
    ("They meet this Friday.", D(2012, 12, 31), [("this Friday", "2013-01-04", "day")]),
    ("Creditors vote on the plan this Thursday.", D(2014, 3, 3), [("this Thursday", "2014-03-06", "day")]),
    ("Dockers walk out again this Saturday.", D(2014, 3, 3), [("this Saturday", "2014-03-08", "day")]),
    # "last Tuesday" on a Wednesday: not the day before (news calls it "on Tuesday" or
    # "yesterday") but the Tuesday of the week before (review 18 A2; natty's reading)
    ("The judge ruled last Tuesday.", D(2010, 2, 17), [("last Tuesday", "2010-02-09", "day")]),
    ("The pickets left last Tuesday.", D(2021, 9, 8), [("last Tuesday", "2021-08-31", "day")]),
    # "last Thursday" on a Friday: a week and a day back; "yesterday" is the day before;
    # "last Friday" on a Friday: a week before; "last Friday" on a Tuesday: four days back
    ("Chandran told the court last Thursday that the figure was wrong.", D(2024, 5, 17),
     [("last Thursday", "2024-05-09", "day")]),
    ("Chandran told the court yesterday that the figure was wrong.", D(2024, 5, 17), [("yesterday", "2024-05-16", "day")]),
    ("Harlow Foods filed for bankruptcy last Thursday.", D(2024, 5, 17), [("last Thursday", "2024-05-09", "day")]),
    ("The dockers walked out last Friday.", D(2024, 5, 17), [("last Friday", "2024-05-10", "day")]),
    ("The dockers walked out last Friday.", D(2024, 5, 21), [("last Friday", "2024-05-17", "day")]),
    # the year after a range's second date holds for both
    ("The exhibition ran from June 9 to June 23, 2014.", D(2015, 2, 13),
     [("June 9", "2014-06-09", "day"), ("June 23, 2014", "2014-06-23", "day")]),
    ("The strike lasted from March 3 to March 19, 2012.", D(2013, 1, 10),
     [("March 3", "2012-03-03", "day"), ("March 19, 2012", "2012-03-19", "day")]),
    ("The trial ran from 4 May to 2 June 2016.", D(2017, 1, 10),
     [("4 May", "2016-05-04", "day"), ("2 June 2016", "2016-06-02", "day")]),
    # three-letter months without a full stop
    ("The plant will open on Sep 30 2025.", D(2025, 1, 2), [("Sep 30 2025", "2025-09-30", "day")]),
    ("The lender filed its claim on Jan 5 and the court ruled on Oct 12.", D(2025, 11, 2),
     [("Jan 5", "2025-01-05", "day"), ("Oct 12", "2025-10-12", "day")]),
    # an ISO date is a day, not a range
    ("The decree, dated 2009-10-05, was published.", D(2010, 1, 2), [("2009-10-05", "2009-10-05", "day")]),
    ("The ruling, dated 2019-04-30, was appealed.", D(2019, 6, 2), [("2019-04-30", "2019-04-30", "day")]),
    # tense decides the direction
    ("The merger should close in November.", D(2010, 6, 4), [("November", "2010-11", "month")]),
    ("The sale of the plants is expected to close in February.", D(2010, 6, 4), [("February", "2011-02", "month")]),
    ("The union will ballot its members in May.", D(2010, 6, 4), [("May", "2011-05", "month")]),
    ("The court adjourned the case in May.", D(2010, 6, 4), [("May", "2010-05", "month")]),
    # day first
    ("The hearing was held on 12 March.", D(2011, 6, 4), [("12 March", "2011-03-12", "day")]),
    ("The lender was paid on the 3rd of May, 2011.", D(2012, 6, 4), [("the 3rd of May, 2011", "2011-05-03", "day")]),
    # quarters and halves
    ("Sales fell in the first quarter of 2009.", D(2010, 6, 4), [("the first quarter of 2009", "2009-01/2009-03", "quarter")]),
    ("The port lost trade in Q3.", D(2010, 11, 4), [("Q3", "2010-07/2010-09", "quarter")]),
    ("Output will recover in the second half.", D(2010, 3, 4), [("the second half", "2010-07/2010-12", "half")]),
    ("Output fell in the second half.", D(2010, 3, 4), [("the second half", "2009-07/2009-12", "half")]),
    # seasons
    ("The strike began last summer.", D(2010, 3, 4), [("last summer", "2009-06/2009-08", "season")]),
    ("The appeal will be heard in the spring.", D(2010, 1, 4), [("spring", "2010-03/2010-05", "season")]),
    # session 14d: a time of day with no day in its sentence is on the day the paragraph
    # last named, else on publication; a day written after it is its day
    ("Pickets arrived on Monday. They left at 7am.", D(2025, 3, 12),
     [("Monday", "2025-03-10", "day"), ("7am", "2025-03-10", "day")]),
    ("The court sat on Tuesday. At 16:00 BST the judge adjourned the hearing.", D(2025, 3, 12),
     [("Tuesday", "2025-03-11", "day"), ("16:00 BST", "2025-03-11", "day")]),
    ("Harlow Foods filed for bankruptcy on Monday. Its stores shut at 9pm.", D(2025, 3, 12),
     [("Monday", "2025-03-10", "day"), ("9pm", "2025-03-10", "day")]),
    ("The stores shut at 9pm.", D(2025, 3, 12), [("9pm", "2025-03-12", "day")]),
    ("The strike will begin at 16:00 BST on Friday.", D(2025, 3, 12),
     [("16:00 BST", "2025-03-14", "day"), ("Friday", "2025-03-14", "day")]),
    ("The hearing will resume at 10am on Thursday.", D(2025, 3, 10),
     [("10am", "2025-03-13", "day"), ("Thursday", "2025-03-13", "day")]),
    # session 14d: early, mid, late: a third of a year, as a range of months
    ("The first of the two ships, originally due in the third quarter, will now be delivered by early next year.",
     D(2025, 7, 21), [("the third quarter", "2025-07/2025-09", "quarter"), ("early next year", "2026-01/2026-04", "range")]),
    ("The store chain will reopen its depots in early 2026.", D(2025, 7, 21), [("early 2026", "2026-01/2026-04", "range")]),
    ("Harlow Foods collapsed late last year.", D(2025, 7, 21), [("late last year", "2024-09/2024-12", "range")]),
    ("The trial is expected to open in mid-2026.", D(2025, 7, 21), [("mid-2026", "2026-05/2026-08", "range")]),
    ("The dockers struck in late 2024 over pay.", D(2025, 7, 21), [("late 2024", "2024-09/2024-12", "range")]),
    ("Talks will resume early this year.", D(2025, 1, 7), [("early this year", "2025-01/2025-04", "range")]),
    # early, mid, late: a third of the month
    ("The creditors will meet in early June.", D(2010, 3, 4), [("early June", "2010-06-01/2010-06-10", "range")]),
    ("The plant closed in late June.", D(2010, 8, 4), [("late June", "2010-06-21/2010-06-30", "range")]),
    # a month of the current year
    ("The chain reported its January sales.", D(2010, 2, 14), [("January", "2010-01", "month")]),
    # "the previous year", "a year earlier"
    ("Losses doubled in the previous year.", D(2010, 2, 14), [("the previous year", "2009", "year")]),
    ("Revenue was $3 million a year earlier.", D(2010, 2, 14), [("a year earlier", "2009", "year")]),
    # decades
    ("Unions grew in the 1980s.", D(2010, 2, 14), [("1980s", "1980/1989", "decade")]),
    # a time with a zone, attached to its day
    ("The vote closed at 16:00 UTC on Friday.", D(2010, 2, 14),
     [("16:00 UTC", "2010-02-12", "day"), ("Friday", "2010-02-12", "day")]),
    ("The court sat at 16:00 UTC.", D(2010, 2, 14), [("16:00 UTC", "2010-02-14", "day")]),
    # a date-like word inside a name is no date
    ("Staff at Windows 2000 Ltd walked out.", D(2010, 2, 14), []),
    # a date line alone is a date (its role, `dateline`, keeps it off the timeline: test_events)
    ("March 09, 2011", D(2011, 3, 9), [("March 09, 2011", "2011-03-09", "day")]),
]


@pytest.mark.parametrize("text,published,expected", ROWS)
def test_kind(text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert [(d.text, d.value, d.precision) for d in find_dates(text, 0, len(text), 1, published)] == expected


def titled(sentence: str, date_text: str, published: dt.date) -> str:
    from builder.annotate.titles import title

    found = find_dates(sentence, 0, len(sentence), 1, published)
    return title(sentence, 0, len(sentence), found, [], next(d for d in found if d.text == date_text))


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a particle after an irregular participle stays ("had broken down")
    ("Talks had broken down on October 8.", "October 8", "Talks had broken down"),
    ("The lender had taken over the mill on May 2.", "May 2", "The lender had taken over the mill"),
    ("The court had shut down the hearing on June 4.", "June 4", "The court had shut down the hearing"),
    # the term of a comparison goes with its date ("compared to a year earlier")
    ("Sales fell 14 percent in the fourth quarter compared to a year earlier, the company said.", "the fourth quarter",
     "Sales fell 14 percent"),
    ("Membership rose 3 percent in June compared with a year earlier.", "June", "Membership rose 3 percent"),
    # two past verbs of one subject, each with its date: each its own clause
    ("Harlow Foods filed for protection in March and closed 40 of its stores in April.", "April",
     "Harlow Foods closed 40 of its stores"),
    ("The union struck at the port in May and settled with the employers in August.", "August",
     "The union settled with the employers"),
    # two subjects of one verb stay one subject
    ("The union and the port authority signed the deal on Thursday, ending a strike that began on October 5.",
     "Thursday", "The union and the port authority signed the deal"),
    # a relative clause's past verb, its date after it, with no main verb following: the noun's happening
    ("The union and the port authority signed the deal on Thursday, ending a strike that began on October 5.",
     "October 5", "The strike began"),
    ("The appeal court upheld the ruling, ending a case that opened in 2011.", "2011", "The case opened"),
    # a participle clause with no clause of its own stays with its main clause
    ("Dockers at the port walked out on Tuesday, halting the harbour for the first time since 2009.", "Tuesday",
     "Dockers at the port walked out, halting the harbour"),
    # an absolute "with" phrase of a plan tells its own happening; so does "and scheduled to" after a predicate
    ("The union said the strike would end on Friday, with workers due to return on Monday.", "Monday",
     "Workers are due to return"),
    ("The judge adjourned the hearing on Tuesday, with the creditors expected to vote on the plan in June.", "June",
     "The creditors are expected to vote on the plan"),
    ("The new terminal is now under construction and scheduled to open in 2018.",
     "2018", "The new terminal is scheduled to open"),
    # "they" opening a time clause that titles its date stands for the main clause's last plural noun phrase
    ("The lenders said $40 million would be paid into the mills when they reopened on Friday.", "Friday",
     "The mills reopened"),
    # a cut does not stop between "related", "linked", "due" and their "to"
    ("A lot of the losses at the chain were related to the collapse of its largest supplier on Monday.", "Monday",
     "A lot of the losses at the chain were related to the collapse"),
    ("Trading in the shares of Harlow Foods has been suspended due to the ongoing turmoil in its bond markets on Monday.",
     "Monday", "Trading in the shares of Harlow Foods has been suspended"),
    # a name is not cut in two at the title's length (and what was told keeps its object: the zero "that", review 18)
    ("A builder told Keston Crown Court on Tuesday that he paid former mayor Daniel Orme 50,000 pounds in cash.",
     "Tuesday", "A builder told Keston Crown Court he paid former mayor Daniel Orme 50,000 pounds"),
    # a series of names is no string of appositions: the first name and how many others; "they"
    # opening what they announced is them
    ("On Monday, the Harbour Workers Union, the Port Authority, Kessel Lines, Avel Shipping and the Dock Board "
     "jointly announced that they would be working together to reopen the port by the end of the month.", "Monday",
     "The Harbour Workers Union and four others would be working together"),
    ("On Monday, Harlow Foods, Dunmore Markets, Westfield Bank and the Grocers Guild said that they "
     "had agreed to a rescue plan for the chain's 120 stores and its 9,000 staff.", "Monday",
     "Harlow Foods and three others said that they had agreed"),
    # a cut never splits an amount from its magnitude (fresh-user review, session 12: "to borrow $150")
    ("On Wednesday a bankruptcy judge gave Meridian Health Partners interim approval to borrow $150 million of "
     "its $300 million loan.", "Wednesday", "A bankruptcy judge gave Meridian Health Partners interim approval to borrow $150 million"),
    # session 14d: a part of a year is the date, its "early"/"late" with it; the "now" that
    # contrasts the new time with a superseded plan goes with the plan
    ("The first of the two ships, originally due in the third quarter, will now be delivered by early next year.",
     "early next year", "The first of the two ships will be delivered"),
    ("The hearing, initially scheduled for 3 November, will now open in January.", "January", "The hearing will open"),
    ("Harlow Foods collapsed late last year.", "late last year", "Harlow Foods collapsed"),
    ("The dockers struck in late 2014 over pay.", "late 2014", "The dockers struck over pay"),
    ("Its verdict is now due in early 2016.", "early 2016", "Its verdict is now due"),
    ("The delivery, originally due later this year, will be delayed until October 2016.", "October 2016",
     "The delivery is now due"),
])
def test_title_kind(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text, D(2015, 10, 16)) == expected


@pytest.mark.parametrize(("sentence", "nouns"), [
    ("The union began its strike on Monday.", {"strike"}),  # a body that acts is no happening
    ("The deal ended a strike that began on October 5.", {"strike"}),
    ("The trial, which began on February 1, is expected to end in March.", {"trial"}),
    ("Talks will resume on Monday.", {"talk"}),
])
def test_event_nouns_of_beginning_and_ending(sentence: str, nouns: set[str]) -> None:
    from builder.annotate.eventnouns import event_nouns

    assert event_nouns(sentence) == nouns


@pytest.mark.parametrize(("sentence", "spans"), [
    ("Prosecutors say he took bribes between 2008 and 2012.", {"2008/2012"}),
    ("The strike lasted from March 3 to March 19, 2012.", {"2012-03-03", "2012-03-19"}),  # days stay two
    ("Orders fell in 2009 and rose in 2012.", {"2009", "2012"}),  # two years, no span
])
def test_a_span_between_two_dates_is_one_candidate(sentence: str, spans: set[str]) -> None:
    from builder.annotate.events import _spans

    found = find_dates(sentence, 0, len(sentence), 1, D(2013, 1, 10))
    joined = _spans(sentence, found)
    values = {joined.get(d.start, d.value) for d in found} - {""}
    assert values == spans


SAME_DAY_SOURCES = {
    "a.txt": ("2014-03-03", "Ports\n\nDockers at Port Avel went on strike on Monday over pay.\n\n"
                            "Harlow Foods filed for bankruptcy protection on Monday."),
    "b.txt": ("2014-03-04", "Ports again\n\nDockers at Port Kessel went on strike on Monday over shifts.\n\n"
                            "Harlow Foods named Dana Holt chief executive on Monday.\n\n"
                            "A judge approved the sale of the stores on Tuesday."),
    "c.txt": ("2014-03-05", "Court\n\nJudge Peter Kline approved a $200 million loan on Tuesday.\n\n"
                            "The union began its strike on Monday at Port Avel."),
}
SAME_DAY_ENTITIES = """\
- {id: port-avel, kind: place, name: Port Avel, summary: A port.}
- {id: port-kessel, kind: place, name: Port Kessel, summary: A port.}
- {id: harlow-foods, kind: organisation, name: Harlow Foods, summary: A grocer.}
- {id: dana-holt, kind: person, name: Dana Holt, summary: An executive.}
- {id: peter-kline, kind: person, name: Peter Kline, summary: A judge.}
"""


def test_different_happenings_the_same_day_stay_apart(tmp_path: Path) -> None:
    """Two strikes the same day at two named ports, a filing and an appointment the same day
    by the same company, and two approvals by judges the same day of different things are
    six entries; the strike at Port Avel told by two sources is one."""
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    from conftest import write_stories

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_stories(seeds, {name: (when, text) for name, (when, text) in SAME_DAY_SOURCES.items()})
    (seeds / "entities.yml").write_text(SAME_DAY_ENTITIES, encoding="utf-8")
    dossier = sources.load(seeds)
    file_of = {s.id: s.file for s in dossier.sources}
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    cited = {ev.title: sorted({file_of[c.source] for c in ev.citations}) for ev in events}
    assert cited == {
        "Dockers at Port Avel went on strike over pay": ["a.txt", "c.txt"],
        "Dockers at Port Kessel went on strike over shifts": ["b.txt"],
        "Harlow Foods filed for bankruptcy protection": ["a.txt"],
        "Harlow Foods named Dana Holt chief executive": ["b.txt"],
        "A judge approved the sale of the stores": ["b.txt"],
        "Judge Peter Kline approved a $200 million loan": ["c.txt"],
    }


ONE_LOAN_SOURCES = {
    "a.txt": ("2025-03-11", "Insolvency\n\nNorthmere Bank, which lent Brannock Bau 8 million euros in 2021 to finance the "
                            "first two towers, declined to comment."),
    "b.txt": ("2025-04-02", "Bank\n\nThe bank had lent the firm 8 million euros in 2021 and a further 1.5 million in 2023, "
                            "he said.\n\nThe bank sold 3 ships in 2021."),
}
ONE_LOAN_ENTITIES = """\
- {id: northmere-bank, kind: organisation, name: Northmere Bank, summary: A bank.}
- {id: brannock-bau, kind: organisation, name: Brannock Bau, summary: A builder.}
"""


def test_one_amount_told_by_two_sources_is_one_happening(tmp_path: Path) -> None:
    """Review 14: the 2021 loan told by two sources ("lent Brannock Bau 8 million euros in
    2021", "had lent the firm 8 million euros in 2021") is one entry citing both: the same
    main verb and amount (a one-digit number with its magnitude is an amount); a bare
    one-digit count ("3 ships") is no amount, and another verb stays apart."""
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    from conftest import write_stories

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_stories(seeds, dict(ONE_LOAN_SOURCES))
    (seeds / "entities.yml").write_text(ONE_LOAN_ENTITIES, encoding="utf-8")
    dossier = sources.load(seeds)
    file_of = {s.id: s.file for s in dossier.sources}
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    cited = {(ev.date, ev.title): sorted({file_of[c.source] for c in ev.citations}) for ev in events}
    assert cited == {
        ("2021", "Northmere Bank lent Brannock Bau 8 million euros to finance the first two towers"): ["a.txt", "b.txt"],
        ("2023", "The bank had lent the firm a further 1.5 million"): ["b.txt"],
        ("2021", "The bank sold 3 ships"): ["b.txt"],
    }


DATELINE_SOURCES = {
    "a.txt": ("2025-03-04", "Walkout\n\nMore than two thousand shipyard workers at Kestrel Yards in Port Ardmore walked out "
                            "on Monday, the first all-out strike at the yard since 1987."),
    "b.txt": ("2025-06-12", "Deal\n\nGLASGOW, June 12 (Meridian Wire) - Workers at Kestrel Yards, the shipbuilder owned by "
                            "Germany's Nordhavn AG, voted on Wednesday to accept a pay deal, ending a strike that began in March."),
}
DATELINE_ENTITIES = """\
- {id: kestrel-yards, kind: organisation, name: Kestrel Yards, summary: A shipbuilder.}
- {id: nordhavn-ag, kind: organisation, name: Nordhavn AG, summary: Its owner.}
- {id: germany, kind: place, name: Germany, summary: A country.}
- {id: port-ardmore, kind: place, name: Port Ardmore, summary: A town.}
- {id: glasgow, kind: place, name: Glasgow, summary: A city.}
"""


def test_a_date_line_is_no_part_of_a_summary_and_a_joined_month_lends_no_place(tmp_path: Path) -> None:
    """Review 14c: the wire's date line ("GLASGOW, June 12 (Meridian Wire) -") stays out of
    the 11 June event's summary; the 3 March walkout, which the wire's "a strike that began
    in March" joins, takes no place from that sentence (Germany is named there for the
    owner), only the places of its own day's telling."""
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    from conftest import write_stories

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_stories(seeds, dict(DATELINE_SOURCES))
    (seeds / "entities.yml").write_text(DATELINE_ENTITIES, encoding="utf-8")
    dossier = sources.load(seeds)
    events = {ev.date: ev for ev in build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))}
    assert events["2025-06-11"].summary.startswith("Workers at Kestrel Yards, the shipbuilder")
    walkout = events["2025-03-03"]
    assert len(walkout.citations) == 2
    assert "germany" not in walkout.entities and "port-ardmore" in walkout.entities


CLOCK_SOURCES = {
    "a.txt": ("2025-03-12", "Strike\n\nPickets arrived at the Avel depot on Monday. They left at 7am.\n\n"
                            "The strike will begin at 16:00 BST on Friday."),
    "b.txt": ("2025-03-12", "Stores\n\nThe stores shut at 9pm."),
}


def test_a_time_of_day_with_no_day_in_its_sentence_is_no_event(tmp_path: Path) -> None:
    """Session 14d: "They left at 7am" and "The stores shut at 9pm" have no day in their
    sentence: the first is on the day the story named (Monday), an event of that day; the
    second falls back on publication and makes no event of its own; a time written with
    its day ("16:00 BST on Friday") is that day's event."""
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    from conftest import write_stories

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_stories(seeds, CLOCK_SOURCES)
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    dossier = sources.load(seeds)
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    assert sorted((ev.date, ev.title) for ev in events) == [
        ("2025-03-10", "Pickets arrived at the Avel depot"),
        ("2025-03-10", "Pickets left"),  # "They" is the subject before (titles20)
        ("2025-03-14", "The strike will begin"),
    ]

"""Events, not sentences: which dates anchor a happening, one entry per happening, titles.

A small dossier on a made-up bankruptcy (no word of it is in the builder) is built in
process; every expected value below was read off the texts by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.annotation import Candidate
from builder.link.nesting import join_nested
from builder.link.timeline import build_events
from builder.model import Event
from builder.pipeline import annotate_all
from builder.read import sources

SOURCES = """\
a.txt:
  title: Rivermark files
  published: 2009-06-01
b.txt:
  title: Rivermark to close plants
  published: 2009-06-04
c.txt:
  title: Results
  published: 2011-03-09
d.txt:
  title: A month on
  published: 2009-07-10
e.txt:
  title: Holt to go
  published: 2009-08-03
"""
ENTITIES = """\
- id: rivermark-motors
  kind: organisation
  name: Rivermark Motors
  summary: A carmaker.
- id: avel-union
  kind: organisation
  name: Avel Union
  summary: A union.
- id: dana-holt
  kind: person
  name: Dana Holt
  summary: An executive.
  aliases: [{text: Holt, after_full_name: true}]
"""
TEXTS = {
    "a.txt": (
        "Rivermark files\n\n"
        "Rivermark Motors filed for bankruptcy protection on Monday.\n\n"
        "Rivermark Motors named Dana Holt chief executive on Monday.\n\n"
        "Avel Union members went on strike on Monday at the Avel plant."
    ),
    "b.txt": (
        "Rivermark to close plants\n\n"
        "Rivermark Motors, which filed for bankruptcy on June 1, will close plants.\n\n"
        "The merger should close in November."
    ),
    "e.txt": "Holt to go\n\nDespite his firm's strong sales on Sunday, Dana Holt will resign next month.",
    "d.txt": "A month on\n\nA month after Rivermark Motors filed for bankruptcy protection in June, its plants are idle.",
    "c.txt": (
        "Results\n\n"
        "March 09, 2011\n\n"
        "Last updated on March 10, 2011 by the news desk\n\n"
        "Orders fell 17% compared to April of 2010.\n\n"
        "It was the worst result since 1998.\n\n"
        "Sales were higher than in 2008.\n\n"
        "The company was founded during the 1975-79 boom years.\n\n"
        "\"We will be back in 2012,\" Dana Holt said.\n\n"
        "Profit was $5 million, up from $3 million a year earlier.\n\n"
        "Trading in its shares had been suspended since July 24, 2010.\n\n"
        "Rivermark Motors opened a new plant in Avel on March 7 after two years of delays caused "
        "by the long dispute with suppliers over prices.\n\n"
        "The second plant is now expected to open around 2020, and not 2015 as previously planned.\n\n"
        "Rivermark Motors will not open it until 2016."
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], tuple[Event, ...]]:
    seeds = tmp_path_factory.mktemp("bankruptcy") / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    for name, text in TEXTS.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    annotated = annotate_all(dossier.sources, dossier.entities, 1)
    by_file = {s.file: annotated[s.id] for s in dossier.sources}
    return by_file, build_events(dossier, annotated)  # type: ignore[return-value]


def roles(built: tuple[dict[str, object], tuple[Event, ...]], file: str) -> list[tuple[str, str]]:
    return [(d.text, d.role) for d in built[0][file].dates]  # type: ignore[attr-defined]


def test_dates_that_are_not_events_keep_their_reason(built: tuple[dict[str, object], tuple[Event, ...]]) -> None:
    assert roles(built, "c.txt") == [
        ("March 09, 2011", "dateline"),
        ("March 10, 2011", "publication"),
        ("April of 2010", "comparison"),
        ("1998", "comparison"),
        ("2008", "comparison"),
        ("1975-79", "description"),
        ("2012", "quote"),
        ("a year earlier", "comparison"),
        ("July 24, 2010", "event"),
        ("March 7", "event"),
        ("2020", "event"),
        ("2015", "comparison"),  # a contrast: "not 2015 as previously planned"
        ("2016", "event"),  # "not ... until 2016" is when it happens
    ]


def test_a_possessive_pronoun_title_names_its_person(built: tuple[dict[str, object], tuple[Event, ...]]) -> None:
    # "Despite his firm's strong sales on Sunday, Dana Holt will resign next month": the
    # Sunday before publication (the fronted phrase takes no tense from "will") dates the
    # sales, titled with the person "his" stands for; next month dates the resignation.
    _, events = built
    titles = {(e.date, e.title) for e in events if any(c.source.endswith("holt-to-go") for c in e.citations)}
    assert titles == {("2009-08-02", "Dana Holt's firm's strong sales"), ("2009-09", "Dana Holt will resign")}


def test_a_dateline_makes_no_event(built: tuple[dict[str, object], tuple[Event, ...]]) -> None:
    assert not [ev for ev in built[1] if "March 09" in ev.title or ev.date in ("2011-03-09", "2010-04", "1998", "2008")]


def test_one_happening_two_sources_is_one_event(built: tuple[dict[str, object], tuple[Event, ...]]) -> None:
    filings = [ev for ev in built[1] if ev.date == "2009-06-01" and "bankruptcy" in ev.summary]
    assert len(filings) == 1
    assert {c.paragraph for c in filings[0].citations} == {2}
    # A's Monday and B's June 1 are the same day; D's "in June" is a compatible date.
    assert len({c.source for c in filings[0].citations}) == 3
    assert filings[0].precision == "day"
    assert not [ev for ev in built[1] if ev.date == "2009-06"]
    assert filings[0].title == "Rivermark Motors filed for bankruptcy protection"


def test_different_happenings_on_the_same_day_stay_apart(built: tuple[dict[str, object], tuple[Event, ...]]) -> None:
    same_day = sorted(ev.title for ev in built[1] if ev.date == "2009-06-01")
    assert same_day == [
        "Avel Union members went on strike at the Avel plant",
        "Rivermark Motors filed for bankruptcy protection",
        "Rivermark Motors named Dana Holt chief executive",
    ]


def test_planned_happening_is_in_the_future(built: tuple[dict[str, object], tuple[Event, ...]]) -> None:
    # Published 4 June 2009: "should close in November" is November 2009, not 2008.
    assert [(ev.date, ev.precision) for ev in built[1] if "merger" in ev.summary] == [("2009-11", "month")]


def test_titles_are_short_whole_clauses(built: tuple[dict[str, object], tuple[Event, ...]]) -> None:
    for ev in built[1]:
        assert "…" not in ev.title and len(ev.title.split()) <= 12, ev.title
        assert ev.summary.endswith((".", "\"", "”"))
    plant = [ev for ev in built[1] if ev.date == "2011-03-07"]
    assert [ev.title for ev in plant] == ["Rivermark Motors opened a new plant in Avel"]


TITLES = [
    # (sentence, published, title)
    ("7/8/07 was chosen as its date matches the designation.", "2007-07-09", "7/8/07 was chosen as its date matches the designation"),
    ("The visit will be rescheduled for November 20, occurring later.", "2005-11-05", "The visit will be rescheduled, occurring later"),
    ("The first flight of the 777 was in 1994.", "2005-04-27", "The first flight of the 777"),
    ("Despite his party's good showing Sunday, Rainsy will be in a state of political limbo.", "2013-07-28",
     "Rainsy will be in a state of political limbo"),
    ("Cambodia's opposition appeared to make impressive gains in Sunday's general election, though the ruling "
     "party claimed a victory that would extend the mandate of the prime minister.", "2013-07-28",
     "Cambodia's opposition appeared to make impressive gains in the general election"),
    ("He returned July 19 only after receiving a royal pardon at the behest of Hun Sen, his longtime rival.",
     "2013-07-28", "He returned only after receiving a royal pardon"),
    ("PHNOM PENH, Cambodia -- Thousands of workers marched on Monday.", "2013-07-30", "Thousands of workers marched"),
    ("The Dow Jones Industrial Average, a stock market index used to gauge the performance of American stock "
     "exchanges, fell 344.65 at the close of trading Thursday.", "2008-09-04",
     "The Dow Jones Industrial Average fell 344.65 at the close of trading"),
    ("Stock markets around the world, particularly those in the United States, have fallen dramatically today.",
     "2008-09-17", "Stock markets around the world have fallen dramatically"),
    ("The Central Bank offered to loan an additional 60 billion rubles on top of the 1.13 trillion it offered "
     "yesterday.", "2008-09-18", "The Central Bank offered to loan an additional 60 billion rubles"),
    ("The economy contracted by 0.9% between April and June and a further 0.1% since September.", "2008-11-18",
     "The economy contracted by 0.9% and a further 0.1%"),
    # The words that lead a date in go with it; an aside that was only a date leaves no commas.
    ("Qantas plans to commence A380 operations starting in April 2007.", "2005-01-18",
     "Qantas plans to commence A380 operations"),
    ("The delivery, originally due later this year, will be delayed until the autumn.", "2006-10-05",
     "The delivery will be delayed"),
    ("The launch is now anticipated to be around 2020.", "2010-03-01", "The launch is now anticipated"),
    ("Around 4 p.m., the union reported that the plant had been closed.", "2010-03-01",
     "The union reported that the plant had been closed"),
    ("The take-off, on Monday, was normal.", "2010-03-03", "The take-off was normal"),
    # A speaker followed by what was said is the clause; an attribution that ends the
    # sentence or sits between commas goes.
    ("Under the agreement, Avel Union said it will receive six new plants from 2009 to 2011.", "2008-05-01",
     "Avel Union said it will receive six new plants"),
    ("The plants closed on Monday, Dana Holt said.", "2010-03-03", "The plants closed"),
    ("This switch, he said, would happen in 2006.", "2005-06-06", "This switch would happen"),
    ("Rivermark Motors has had a policy of local hiring dating back to the early 1990s.", "2007-06-10",
     "Rivermark Motors has had a policy of local hiring"),
    ("Avel Union, which will be the first union to sign, in July 2006, has opened a register.", "2005-04-27",
     "Avel Union has opened a register"),
]


def test_clauses_between_dashes_title_their_own_dates() -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title

    sentence = ("The fault was not reported when the plant opened on 11 December -- two years late -- and only "
                "became public this weekend, when a magazine cited internal papers.")
    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2010, 1, 25))
    assert [d.text for d in found] == ["11 December", "this weekend"]
    assert title(sentence, 0, len(sentence), found, [], found[0]) == "The plant opened"
    assert title(sentence, 0, len(sentence), found, [], found[1]) == "The fault only became public"


def test_a_sentence_with_two_happenings_titles_each_by_its_clause() -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title

    sentence = ("The company filed for bankruptcy on Monday after two banks pulled out of "
                "negotiations over the weekend.")
    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2008, 9, 17))
    assert [d.text for d in found] == ["Monday", "the weekend"]
    assert title(sentence, 0, len(sentence), found, [], found[0]) == "The company filed for bankruptcy"
    assert title(sentence, 0, len(sentence), found, [], found[1]) == "Two banks pulled out of negotiations"


@pytest.mark.parametrize("sentence,clause,title_of_clause", [
    ("When the agency selected Rivermark Motors on February 29 to build the plant, Avel Union filed a protest.",
     0, "The agency selected Rivermark Motors to build the plant"),
    ("After the union voted on Monday to strike, the plants closed on Wednesday for a week.",
     1, "The plants closed for a week"),
    ("Once the court approves the plan in June, Rivermark Motors will sell its plants in August.",
     0, "The court approves the plan"),
])
def test_a_time_clause_titles_its_own_happening(sentence: str, clause: int, title_of_clause: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title

    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2008, 3, 3))
    assert found
    assert title(sentence, 0, len(sentence), found, [], found[clause]) == title_of_clause


@pytest.mark.parametrize("sentence,published,expected", TITLES)
def test_title(sentence: str, published: str, expected: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title

    found = find_dates(sentence, 0, len(sentence), 1, dt.date.fromisoformat(published))
    assert found
    assert title(sentence, 0, len(sentence), found, []) == expected


def test_date_line_fills_or_checks_published(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: A\nb.txt:\n  title: B\n  published: 2011-03-08\nc.txt:\n  title: C\n  published: 2011-03-09\n",
        encoding="utf-8",
    )
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.txt"):
        (seeds / name).write_text("Title\n\nMarch 09, 2011\n\nOrders fell on Monday.\n", encoding="utf-8")
    dossier = sources.load(seeds)
    published = {s.file: s.published.isoformat() if s.published else None for s in dossier.sources}
    assert published == {"a.txt": "2011-03-09", "b.txt": "2011-03-08", "c.txt": "2011-03-09"}
    assert sorted(w.split(": ", 1)[1] for w in dossier.warnings if "date line" in w) == [
        "its date line says 2011-03-09; sources.yml says published 2011-03-08",
        "no 'published' in sources.yml; taken from its date line (2011-03-09)",
    ]


@pytest.mark.parametrize("sentence,date_text,expected", [
    # A possessive date before a noun dates the noun's happening, even near a comparison word.
    ("Thousands joined Saturday's rally.", "Saturday", "event"),
    ("Police said 10,000 marched, up from 3,000 at Saturday's rally.", "Saturday", "event"),
    ("Protesters marched against the decree at Monday's hearing.", "Monday", "event"),
    # "against" is opposition, not comparison.
    ("The union protested against the closures on Monday.", "Monday", "event"),
    # Still a comparison: right after "than"/"since" with a superlative.
    ("It was the biggest crowd since Saturday's rally.", "Saturday", "comparison"),
    ("Sales were higher than last year's sales.", "last year", "comparison"),
    # A superlative ranked by a copula: the date ranks, nothing happens on it.
    ("The vote was the party's worst result in 1998.", "1998", "comparison"),
    ("It was the biggest bankruptcy of 2009.", "2009", "comparison"),
    ("It posted its highest profit in 2009.", "2009", "event"),
    ("The first flight of the plane was in 1994.", "1994", "event"),
    # A since-phrase on a noun phrase says how long a role or state has held: no event then.
    ("Dana Holt, chief executive since 2019, said the firm would file for bankruptcy.", "2019", "description"),
    ("The company, in turmoil since 2019, filed for bankruptcy on Monday.", "2019", "description"),
    ("The judge (on the bench since 2011) adjourned the case.", "2011", "description"),
    ("Trading has been suspended since July 24.", "July 24", "event"),
    # The end of a duration is no happening.
    ("The strike is expected to last at least until next Friday.", "next Friday", "description"),
    ("The hearing could last into March.", "March", "description"),
    ("The strike will end next Friday.", "next Friday", "event"),
    # The base of a change by a figure, and the span of a ranking, are no happenings.
    ("The three unions each lost two percent of members from Monday's count.", "Monday", "comparison"),
    ("Shares of the carmaker fell 3% from Friday's close.", "Friday", "comparison"),
    ("Dockers marched from Monday's rally to the port.", "Monday", "event"),
    ("The walkout marked the second-biggest loss of 2007 for the port.", "2007", "comparison"),
    ("The protest of 2009 ended in court.", "2009", "event"),
    ("One of the worst hit ports of the day was Avel.", "the day", "event"),
    ("The union has lost 40% of its members since the beginning of the year.", "the beginning of the year", "comparison"),
    # a change by a figure measured since a date: the date is its base, the start of a period
    ("Our evidence shows that pay has fallen 11% behind inflation since 2019.", "2019", "comparison"),
    ("Membership has dropped 20% below its peak since 2016.", "2016", "comparison"),
    # a date ending a contact relative clause inside a than-phrase is in the base of the comparison
    ("That is more than the 8 million euros the administrator cited last month.", "last month", "comparison"),
    ("The bill is higher than the figure the council gave in March.", "March", "comparison"),
    ("Turnout was lower than the 40% the union reported on Monday.", "Monday", "comparison"),
    ("The firm paid more than it owed, and the administrator cited the loss last month.", "last month", "event"),
    # a plan told as superseded, and the old time of a change from one time to another, are no happenings
    ("The first of the two ships, originally due in the third quarter, will now be delivered by early next year.",
     "the third quarter", "comparison"),
    ("The hearing, initially scheduled for 3 November, will now open in January.", "3 November", "comparison"),
    ("The ruling, originally due on Monday, was delayed.", "Monday", "comparison"),
    ("The talks, first set to resume on Monday, were called off.", "Monday", "comparison"),
    ("The sale of the stores, previously expected in May, collapsed.", "May", "comparison"),
    ("Deliveries of the two frigates would slip from the third quarter to the first quarter of 2026.",
     "the third quarter", "comparison"),
    ("Deliveries of the two frigates would slip from the third quarter to the first quarter of 2026.",
     "the first quarter of 2026", "event"),
    ("The vote was moved from Monday to Friday.", "Monday", "comparison"),
    ("The exhibition ran from June 9 to June 23.", "June 9", "event"),
    # a figure's noun phrase right before a period: the period the figure holds for
    ("The agreement gives a 6.5% rise this year and 4% next year.", "this year", "description"),
    ("The agreement gives a 6.5% rise this year and 4% next year.", "next year", "description"),
    ("The workers won a 6.5% rise this year and 4% next year.", "next year", "description"),
    ("The deal includes a 3% bonus in 2026.", "2026", "event"),
    ("Sales rose 5% last year.", "last year", "event"),
    ("The 777-200LR will be the basis for a freight version of the 777, announced last November.", "last November", "event"),
    ("It was the worst day since the reopening of the port following the September 11th attacks.", "September 11th",
     "comparison"),
    # A span of life or office in brackets describes a person.
    ("The union's founder Dana Holt (1955-2011) was remembered on Monday.", "1955-2011", "description"),
    # What would have happened did not: no event.
    ("Had the sale gone through, the plant would have been delivered in 2006.", "2006", "comparison"),
    ("The union could have struck in March but chose to talk.", "March", "comparison"),
    ("The union will have struck by March.", "March", "event"),
    ("If the sale had gone through last year, the plant would be open.", "last year", "comparison"),
    ("If the union strikes in March, the port will close.", "March", "event"),
    # A year that ends a name, or premodifies what is measured, is no happening either.
    ("The plan is permitted under the Harbour Reserve Act of 1934, the court said.", "1934", "description"),
    ("The court will revise its estimate of fourth-quarter 2006 pension growth.", "fourth-quarter 2006", "description"),
])
def test_role_of_a_possessive_date(sentence: str, date_text: str, expected: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.roles import role

    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2024, 3, 19))
    date = next(d for d in found if d.text == date_text)
    assert role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ()) == expected


@pytest.mark.parametrize("sentence,date_text,expected", [
    # What was said after a reporting verb is the clause of a date inside it.
    ("Vogt, 52, said the union would hold a rally on Saturday and talks could resume next month.", "Saturday",
     "The union would hold a rally"),
    ("Vogt, 52, said the union would hold a rally on Saturday and talks could resume next month.", "next month",
     "Talks could resume"),
    ("Vogt said the union would hold a rally on Saturday.", "Saturday", "The union would hold a rally"),
    ("The company said last month that it expected a loss next year.", "last month", "The company said that it expected a loss"),
    ("The company said last month that it expected a loss next year.", "next year", "The company expected a loss"),
    ("He said on Friday it would appeal.", "Friday", "He said it would appeal"),
    ("Hun Sen had said earlier this week that talks broke down.", "earlier this week", "Hun Sen had said that talks broke down"),
    ("The plants closed on Monday, Dana Holt said.", "Monday", "The plants closed"),
    # Two clauses joined by "and": the second borrows the first one's subject.
    ("Rasmussen met Vogt on Monday and will meet her again on Thursday.", "Monday", "Rasmussen met Vogt"),
    ("Rasmussen met Vogt on Monday and will meet her again on Thursday.", "Thursday", "Rasmussen will meet her again"),
    # A relative or subordinate clause holding the date titles its own happening.
    ("The walkout, which began last Wednesday, continues.", "last Wednesday", "The walkout began"),
    ("Workers extended the walkout, which began last Wednesday, into a second week.", "last Wednesday",
     "The walkout began"),
    ("Opposition leader Sam Rainsy -- who returned to Cambodia this month from years in exile -- said in a "
     "statement that it was a historic day.", "this month", "Opposition leader Sam Rainsy returned to Cambodia from years in exile"),
    # A date that dates the saying, the speaker after it: the saying is the title.
    ("On Monday, Vogt said the union would strike.", "Monday", "Vogt said the union would strike"),
    ("The vote was the party's worst result since the country returned to full democracy in 1998 after "
     "decades of war.", "1998", "The country returned to full democracy"),
    # A noun phrase with a participle before the date (a reduced relative): its happening.
    ("The party fired back, saying they had nothing to hide from the meetings held Sept. 14-15, provided the "
     "recording is not edited.", "Sept. 14-15", "The meetings were held"),
    ("The company cited the talks held on Monday.", "Monday", "The talks were held"),
    ("He signed the deal reached on Friday.", "Friday", "The deal was reached"),
    ("When the plant opened on Monday, it hired 50 workers.", "Monday", "The plant opened"),
    # Not a reporting complement: a passive "was reported when".
    ("The fault was not reported when the plant opened on 11 December.", "11 December", "The plant opened"),
])
def test_a_title_comes_from_the_clause_of_its_date(sentence: str, date_text: str, expected: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title

    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2024, 3, 19))
    date = next(d for d in found if d.text == date_text)
    assert title(sentence, 0, len(sentence), found, [], date) == expected


@pytest.mark.parametrize("sentence,date_text,expected", [
    # A phrasal verb keeps its particle, a verb its object pronoun.
    ("Hun Sen had said earlier this week that talks broke down because he could not meet demands for key posts "
     "in parliament.", "earlier this week", "Hun Sen had said that talks broke down"),
    ("Rainsy had issued a statement early Sunday evening claiming victory, but later retracted it.",
     "early Sunday evening", "Rainsy had issued a statement claiming victory"),
    # ... but a preposition after a noun goes.
    ("The company filed for bankruptcy on Monday after two banks pulled out of negotiations over the weekend.",
     "the weekend", "Two banks pulled out of negotiations"),
    # A quotation mark opened in a title is closed.
    ("Kem Sokha had said on Monday his remarks were “twisted out of context to weaken the opposition ahead of "
     "the polls.", "Monday", "Kem Sokha had said his remarks were “twisted out of context”"),
    # No dangling participle or "ahead" at the end.
    ("In June, pro-government media carried remarks attributed to Kem Sokha saying that the prison had not been "
     "run by the regime.", "June", "Pro-government media carried remarks attributed to Kem Sokha"),
    ("Thousands of opposition supporters rallied in the capital Phnom Penh last week demanding an international "
     "inquiry into the election.", "last week", "Thousands of opposition supporters rallied in the capital Phnom Penh"),
    # A short apposition after a name goes, so the title keeps its verb.
    ("The streets around the residence in Phnom Penh, the capital, were closed Sunday, with security personnel "
     "patrolling in an apparent effort to ward off any protesters.", "Sunday",
     "The streets around the residence in Phnom Penh were closed"),
    ("Talks in Geneva, the Swiss city, ended on Monday.", "Monday", "Talks in Geneva ended"),
])
def test_a_title_is_not_clipped(sentence: str, date_text: str, expected: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title

    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2013, 7, 30))
    date = next(d for d in found if d.text == date_text)
    assert title(sentence, 0, len(sentence), found, [], date) == expected


@pytest.mark.parametrize("sentence,date_text,expected", [
    # A gerund fragment is no title: the date dates the noun phrase before it.
    ("It is the union's worst result since 1998, losing 22 seats since the last vote five years ago.", "five years ago",
     "The last vote"),
    # A date inside a phrase that orders the clause around a happening dates that happening only.
    ("His remarks were “twisted” out of context to weaken the union ahead of the July vote.", "July", "The vote"),
    # A thin noun phrase ("The hearing", "Its debut") gets the main clause around it when that
    # clause, cut to a title, still names it; else it stays alone.
    ("Shares in Rivermark Motors rose ahead of Tuesday's hearing.", "Tuesday",
     "Shares in Rivermark Motors rose ahead of the hearing"),
    ("Since its 1967 debut the plant has built 5,700 engines.", "1967", "Since its debut the plant has built 5,700 engines"),
    ("The port has handled 4 billion tonnes since its opening in 1998.", "1998",
     "The port has handled 4 billion tonnes since its opening"),
    ("The Avel index gained 0.8%, but after a large loss yesterday.", "yesterday",
     "The Avel index gained 0.8%, but after a large loss"),
    ("Fears eased after the collapse of Avel Bank in September.", "September", "The collapse of Avel Bank"),
    ("The deliveries are scheduled to be in time for the 2008 trade fair in Avel.", "2008",
     "The deliveries are scheduled to be in time for the trade fair"),
    # a year or "Month Day" before its noun: "for the" stays with the noun ("in time Trade Fair" before)
    ("Ferry prices rose at the 2008 Avel Trade Fair.", "2008", "Ferry prices rose at the Avel Trade Fair"),
    ("Turnout was low in the July 28 elections.", "July 28", "Turnout was low in the elections"),
    ("The terminal will open in the fall of 2011 alongside the new berth.", "fall of 2011",
     "The terminal will open alongside the new berth"),
    # ... but "in" places the clause at it.
    ("The union won 55 seats in Sunday's vote.", "Sunday", "The union won 55 seats in the vote"),
    # A reported clause is not cut before its verb.
    ("The independent committee said on Saturday that the ink with which voters were supposed to stain their "
     "fingers to prevent them from voting twice was not indelible.", "Saturday",
     "The independent committee said that the ink was not indelible"),
    ("Holt had said on Saturday that while the company could not expect a profit with the market against it, the "
     "plan would mark a break with the past.", "Saturday", "Holt had said that the plan would mark a break with the past"),
    ("The union says the strike is legal, but Holt said on Thursday that on the second day of talks, the union "
     "dropped its demand for a pay rise.", "Thursday", "Holt said that the union dropped its demand for a pay rise"),
    ("Lawmakers rejected the proposal in October, although industry experts say the deal had been killed by the "
     "ministry because of reports stating that it had favoured Rivermark Motors.", "October",
     "Lawmakers rejected the proposal"),
    # A relative clause after the verb's object stays out of the way.
    ("The minister threatened on Thursday to release a recording in which the union leader acknowledged defeat "
     "during a meeting between the two leaders aimed at ending the strike.", "Thursday",
     "The minister threatened to release a recording"),
    # An elliptical clause takes the subject of the clause before it.
    ("Rivermark Motors opened its own bank in 1995, and two years later narrowly escaped a takeover.",
     "two years later", "Rivermark Motors narrowly escaped a takeover"),
    ("Rivermark Motors opened its own bank in 1995, and two years later narrowly escaped a takeover.", "1995",
     "Rivermark Motors opened its own bank"),
    # A date in a "while" or "as" clause dates that clause, not the main one.
    ("The board is probing two cases while earlier this month another plant suffered a similar fault.",
     "earlier this month", "Another plant suffered a similar fault"),
    ("Its future is uncertain as the contract to run the plant expires in 2008.", "2008",
     "The contract to run the plant expires"),
    # The "and" of a range is not a clause break (and the second "it" is the speaker's, review 18).
    ("The firm said it will receive six engines from 2009 to 2011, then between 2014 and 2016 it will take "
     "delivery of six more.", "2016", "The firm will take delivery of six more"),
    # A past form that is never a participle is its clause's verb, not a reduced relative.
    ("Talks to end the strike began on Monday at the town hall.", "Monday", "Talks to end the strike began at the town hall"),
    # A noun phrase is not cut in two at the title's length.
    ("Union officials said nearly 14,000 employees at four French sites had a two hour work stoppage Wednesday "
     "afternoon to protest the cuts.", "Wednesday afternoon",
     "Nearly 14,000 employees at four French sites had a two hour work stoppage"),
    # A verb keeps its object pronoun.
    ("The board approved it on Monday.", "Monday", "The board approved it"),
    # An apposition or a participle with its agent between the subject and its verb goes.
    ("The company's newest plant, the largest in the valley, was opened today after a short delay.", "today",
     "The company's newest plant was opened after a short delay"),
    ("The first engine, made by Rivermark Motors, was delivered today to the airline.", "today",
     "The first engine was delivered to the airline"),
    ("Rivermark's main rival, Avel Motors, is preparing to release a similar car, the A5, in 2013.", "2013",
     "Rivermark's main rival, Avel Motors, is preparing to release a similar car"),
    # An elliptical clause lends a long subject too; the title is cut after it, not before its verb.
    ("The first leg of the tour going towards the coast will be run by a new crew, and is due to arrive at the "
     "port at 12:30 UTC.", "12:30 UTC", "The first leg of the tour going towards the coast is due"),
    # "mid-" goes with its date; a particle after "to" + verb stays.
    ("The plant may open as early as March, and the first line is expected to start up in mid-2006.",
     "mid-2006", "The first line is expected to start up"),  # "mid" is the date's own (session 14d)
    # An abbreviation keeps its full stop.
    ("A second engine is also travelling to the U.S. on Monday, but without a crew.", "Monday",
     "A second engine is also travelling to the U.S."),
    # A possessive before the date: the noun phrase runs on after it.
    ("It was the worst day for the market since the country's 1998 financial crisis.", "1998",
     "The country's financial crisis"),
    # "as ... as" compares; it opens no clause of its own.
    ("The market had not fallen as quickly as it had in October, and volume was low.", "October",
     "The market had not fallen as quickly"),
    # A long description before a name gives way to the name, so the verb is in the title.
    ("The founder and former chief executive officer of Rivermark Motors Inc. Dana Holt has died yesterday at the "
     "age of 56, the company said.", "yesterday", "Dana Holt has died at the age of 56"),
    # A fronted phrase goes even before a three-word clause.
    ("Within one month of the plant's opening, Rivermark Motors announced today a second plant to be opened on "
     "October 12.", "today", "Rivermark Motors announced a second plant to be opened"),
    # ", then" starts a clause; a time clause before the subject is not the subject.
    ("After the union lost the vote in 1993, Vogt called a strike, then resigned four years later in protest.",
     "1993", "The union lost the vote"),
    # What a reporting participle introduces is what was said ("adding", "saying").
    ("The union will not join the talks without an inquiry first, he told reporters, adding the union planned to "
     "hold three days of strikes from next Sunday.", "next Sunday", "The union planned to hold three days of strikes"),
    ("The board issued a statement saying the strike would begin on Monday.", "Monday", "The strike would begin"),
    ("Dockers walked out on Monday, saying the port had cut wages.", "Monday", "Dockers walked out"),
    # "but" + a finite be/have with no subject opens an elliptical clause: each week its own title.
    ("Vogt left the country last week to attend a hearing but is expected to return this week.", "this week",
     "Vogt is expected to return"),
    ("Vogt left the country last week to attend a hearing but is expected to return this week.", "last week",
     "Vogt left the country to attend a hearing"),
    # A date in a "despite"/"amid" phrase dates its noun phrase, not the clause.
    ("Despite the union's strong showing Sunday, Vogt will be in a state of legal limbo.", "Sunday",
     "The union's strong showing"),
    # A date after "accused X of GERUND" dates the act, a near day the accusation.
    ("The prosecutor had also accused court clerk Dana Holt of stealing from the fund in 1997 for $10,000, "
     "claiming he had a recording.", "1997", "Court clerk Dana Holt's alleged stealing from the fund for $10,000"),
    ("The board accused them of hiding losses in March.", "March", "Their alleged hiding of losses"),
    ("The minister accused Holt of lying on Tuesday.", "Tuesday", "The minister accused Holt of lying"),
    ("In 1997 the prosecutor accused Holt of stealing from the fund.", "1997", "The prosecutor accused Holt of stealing from the fund"),
    # "on DAY" after a noun phrase of before/after is the clause's own date; "in MONTH" dates the noun phrase.
    ("Holt appeared before the court on Monday.", "Monday", "Holt appeared before the court"),
    ("The news lessened fears after the collapse of the bank in September.", "September", "The collapse of the bank"),
    ("Amid protests on Sunday, the board resigned.", "Sunday", "The board resigned"),
    # A title never ends on the reporting verb: what was said stays, after the speaker or alone.
    ("The independent Committee for Free and Fair Trials said Saturday that the evidence with which the jurors were "
     "supposed to decide the case was not complete as claimed.", "Saturday", "The evidence was not complete as claimed"),
    ("The Port Authority of Avel and the Independent Union of Harbour Workers said on Monday that the strike would end.",
     "Monday", "The strike would end"),
    ("The union's general secretary said on Monday that members would vote on the offer at a meeting in the town hall "
     "next month.", "Monday", "The union's general secretary said that members would vote on the offer"),
    # With two dates, " and " before a new subject and its verb, or ", where", starts a clause.
    ("Holt indicated on Monday that the firm would not sustain its growth, where the union set records and the "
     "court signaled on Tuesday that it would revise its estimate.", "Tuesday", "The court signaled that it would revise its estimate"),
    ("The union walked out on Monday and the port closed on Tuesday.", "Tuesday", "The port closed"),
    # "and that" opens a second reported clause; "as of DATE," goes with its date.
    ("The firm said more than 4 billion tickets had been sold by the port since its launch in 2003 and that as of "
     "February, the port accounts for 70% of all freight.", "February", "The port accounts for 70% of all freight"),
    ("The firm said more than 4 billion tickets had been sold by the port since its launch in 2003 and that as of "
     "February, the port accounts for 70% of all freight.", "2003", "Its launch"),
    ("The union's membership continued to fall today, and, as of 18:00 UTC, it had lost 260 members.", "today",
     "The union's membership continued to fall, and it had lost 260 members"),
    # A name written with a lower-case first letter keeps it at a title's start.
    ("eDock tickets went on sale on Monday, overwhelming the port's website.", "Monday",
     "eDock tickets went on sale, overwhelming the port's website"),
    # A cut does not keep a piece of a phrase after a comma; a fronted purpose clause goes.
    ("The union has already lost 14.45% of its members today, despite the fact that the strike is not even half "
     "way through.", "today", "The union has already lost 14.45% of its members"),
    ("To help with this, starting on October 1 the port will lower its fees on grain.", "October 1",
     "The port will lower its fees on grain"),
    # What a removed date leaves: no "for ... in a row", no bare "For,", no sentence in brackets.
    ("Dock strikes spread for a fourth week in a row.", "a fourth week", "Dock strikes spread"),
    ("For the day, the index closed down 6.4 percent.", "the day", "The index closed down 6.4 percent"),
    ("(By the end of the month the plan had been abandoned.)", "the end of the month", "The plan had been abandoned"),
    # An aside between commas or dashes is not where the title stops.
    ("Charities, such as the Dockers' Fund, today said that they have lost much of their money in the strike.",
     "today", "Charities said that they have lost much of their money in the strike"),
    ("On Sunday, the fifteen unions from the federation -- that is, those unions which signed the charter -- had "
     "agreed on a joint plan to end the strike.", "Sunday", "The fifteen unions from the federation had agreed"),
    # A since-phrase on a date is no subordinate clause: the subject stays.
    ("The company, in turmoil since 2019, filed for bankruptcy on Monday.", "Monday",
     "The company, in turmoil, filed for bankruptcy"),
    ("After the union lost the vote in 1993, Vogt called a strike, then resigned four years later in protest.",
     "four years later", "Vogt resigned in protest"),
    # A date that is the subject stays; a bare "before" with one date is no clause break.
    ("2007 was the year of the strike, and 2010 the year of the merger.", "2007", "2007 was the year of the strike"),
    ("When the agency selected Rivermark Motors on February 29 to build the plant, Avel Union filed a protest before "
     "the court, claiming the award was unfair.", "February 29", "The agency selected Rivermark Motors to build the plant"),
    # The subject is the head noun phrase ("The trial of X over Y"), never a name inside it.
    ("DUNMORE, Oct 6 — The trial of Vantmoor Construction Ltd over the collapse of the Harrow Street Bridge opened on "
     "Monday at Dunmore Crown Court, seven months after the span fell into the river Sell.", "Monday",
     "The trial of Vantmoor Construction Ltd opened at Dunmore Crown Court"),
    ("The strike of dock workers at Port Avel over the closure of the Rivermark Motors plant began on Monday outside "
     "the gates, a week after the talks broke down.", "Monday", "The strike of dock workers began outside the gates"),
    ("The bankruptcy hearing of Rivermark Motors over the unpaid debts of the Avel Steel Works opened on Monday in "
     "the high court in the capital.", "Monday", "The bankruptcy hearing of Rivermark Motors opened in the high court"),
    # A "when" clause inside the subject: the verb after it is the main one.
    ("Relatives of the two people killed when the Harrow Street Bridge gave way packed the public gallery in "
     "Dunmore on Monday as the builder of the bridge went on trial.", "Monday",
     "Relatives of the two people killed packed the public gallery in Dunmore"),
    ("Workers laid off when the Rivermark plant closed blocked the port gates on Tuesday.", "Tuesday",
     "Workers laid off blocked the port gates"),
    # A non-restrictive "which" clause (with a number's comma inside) is an aside, not the main clause.
    ("The Civil and Structural Workers' Union, which says it has 1,200 members at Vantmoor, has called a protest "
     "outside the court for next Friday.", "next Friday", "The Civil and Structural Workers' Union has called a protest outside the court"),
    ("The creditors' committee, which says it speaks for 3,400 suppliers, filed a motion on Tuesday.", "Tuesday",
     "The creditors' committee filed a motion"),
    # Two dates for two coordinated clauses, the second gapped: each date titles its own clause, in full.
    ("Okonedo said her first report was sent in June 2022 and her second last January.", "June 2022",
     "Her first report was sent"),
    ("Okonedo said her first report was sent in June 2022 and her second last January.", "last January",
     "Her second report was sent"),
    ("The union held its first strike in March 2012 and its second in May 2013.", "May 2013", "The union held its second strike"),
    # A comparison keeps its term; ", the filing shows" is an attribution.
    ("Revenue in the first quarter was 40 percent lower than a year earlier, the filing shows.", "the first quarter",
     "Revenue was 40 percent lower than a year earlier"),
    # A pronoun after a named speaker stands for the speaker.
    ("Justice Eleanor Wyatt said she would pass sentence on December 5.", "December 5",
     "Justice Eleanor Wyatt would pass sentence"),
    ("The CSWU, whose 900 members at the firm face an uncertain future, said it would seek talks with the "
     "administrators next week.", "next week", "The CSWU would seek talks with the administrators"),
    ("Union leader Dana Reyes said he would call a strike on Friday.", "Friday", "Union leader Dana Reyes would call a strike"),
    # A quote first, its speaker after an inverted or a plain verb: "SPEAKER: CLAUSE", never the
    # bare name, no stray quotation marks.
    ("'The money is gone,' insisted Mary O'Hara on Friday.", "Friday", "Mary O'Hara: The money is gone"),
    ('"We will appeal," said Ms. Jane Rowe on Friday.', "Friday", "Ms. Jane Rowe: We will appeal"),
    ('"We will appeal," John Smith said on Wednesday.', "Wednesday", "John Smith: We will appeal"),
    ("“The strike is over,” declared Dana Reyes outside the depot on Monday.", "Monday", "Dana Reyes: The strike is over"),
    # A plural noun as the speaker of a closing attribution.
    ("The count will end on Monday, July 29, 2013, officials said.", "Monday, July 29, 2013", "The count will end"),
    ("The strike will end on Friday, union officials said.", "Friday", "The strike will end"),
    # "due" after a copula is the predicate, not the date's lead.
    ("Results are due on Friday, 2 August.", "Friday, 2 August", "Results are due"),
    ("The creditors' vote is due on Monday.", "Monday", "The creditors' vote is due"),
    # a superseded plan's date (no event: `roles`) titles the plan, not the main clause (session 14d)
    ("The ruling, originally due on Monday, was delayed.", "Monday", "The ruling was originally due"),
    ("The hearing, initially scheduled for 3 November, will now open in January.", "3 November",
     "The hearing was initially scheduled"),
    ("The talks, first set to resume on Monday, were called off.", "Monday", "The talks were first set to resume"),
    ("The sale of the stores, previously expected in May, collapsed.", "May", "The sale of the stores was previously expected"),
    # Two verb phrases of one subject, each with its own date: each titles its own (fresh9 2)
    ("The inspectors told reporters the bureau would test samples this week and publish the results next week.",
     "next week", "The bureau would publish the results"),
    ("The inspectors told reporters the bureau would test samples this week and publish the results next week.",
     "this week", "The bureau would test samples"),
    ("The union will meet the port on Monday and vote on the offer on Friday.", "Friday", "The union will vote on the offer"),
    ("The firm closed its plant in May and sold the site in June.", "June", "The firm sold the site"),
    # ... sharing only the auxiliaries its verb's form needs: a finite past with an object a
    # passive cannot take shares no "was"; a participle shares the group; a modal of its own wins
    ("The dockers' union was founded in 1885 and bought its hall in 2009.", "2009", "The dockers' union bought its hall"),
    ("The dockers' union was founded in 1885 and bought its hall in 2009.", "1885", "The dockers' union was founded"),
    ("The firm was sold in 2003 and renamed itself in 2005.", "2005", "The firm renamed itself"),
    ("The firm was founded in 1998 and bought a rival in 2001.", "2001", "The firm bought a rival"),
    ("The bank has cut 400 jobs since May and will close branches in July.", "July", "The bank will close branches"),
    ("The bank has cut 400 jobs since May and will close branches in July.", "May", "The bank has cut 400 jobs"),
    ("The plant was closed in 2001 and reopened in 2005.", "2005", "The plant was reopened"),
    ("The union was founded in 1885 and awarded a grant in 1990.", "1990", "The union was awarded a grant"),
    ("The port will be sold in 2025 and renamed in 2026.", "2026", "The port will be renamed"),
    # ... not a noun after "and", nor a verb phrase in another clause
    ("The port reopened in 1998 after years of strikes and turmoil that included the 1975-79 lockout.", "1998",
     "The port reopened"),
    # Review findings (fresh9): an apposition after a bracketed name, one word left after a
    # comma, an object kept with its infinitive, a reported clause's "that".
    ("Avel Ferries (阿维尔), the island's operator, cancelled 40 sailings on Monday after a storm hit the strait.", "Monday",
     "Avel Ferries cancelled 40 sailings after a storm hit the strait"),
    ("The union pulled out of talks at all its 12 depots on Monday, hours after the port made an offer.", "Monday",
     "The union pulled out of talks at all its 12 depots"),
    ("Inspectors ordered the ferry terminal in North Haven to close on Friday, stranding 3,000 passengers and 400 lorries.",
     "Friday", "Inspectors ordered the ferry terminal to close, stranding 3,000 passengers"),
    ("The mayor said the road should reopen in June, and that the council hoped to rebuild the bridge in the third quarter.",
     "the third quarter", "The council hoped to rebuild the bridge"),
    ("That ruling was overturned in 1991, also on appeal, with the union paying costs.", "1991",
     "That ruling was overturned, also on appeal, with the union paying costs"),
    # A running count that is a copula's complement stays ("This was of markets closing" before).
    ("It was the third straight week of strikes at the port.", "the third straight week",
     "It was the third straight week of strikes at the port"),
    ("The port was closed for a second consecutive day.", "a second consecutive day", "The port was closed"),
    # A sentence adverb between commas goes with its commas.
    ("The Avel index, however, gained 0.8% on Monday.", "Monday", "The Avel index gained 0.8%"),
    ("The dockers, too, walked out on Monday.", "Monday", "The dockers walked out"),
    # A stray comma between a subject and its verb goes; an apposition's commas stay.
    ("The Avel index, was down 3.7% on Monday, a slight rise from the morning.", "Monday",
     "The Avel index was down 3.7%"),  # the closing comment on the figure is no part of the happening (tidy._COMMENT)
    ("The Avel index, the port's benchmark, was down 3.7% on Monday.", "Monday", "The Avel index was down 3.7%"),
    # An attribution by a nameless speaker with an article ends no title.
    ("Talks with lenders collapsed last week, a spokeswoman said.", "last week", "Talks with lenders collapsed"),
    ("The plant closed on Friday, a union official said.", "Friday", "The plant closed"),
    ("The strike will end on Friday, an official told reporters.", "Friday", "The strike will end"),
])
def test_a_title_reads_as_an_event(sentence: str, date_text: str, expected: str) -> None:
    # Every title a clause with a finite verb or a noun phrase naming the happening; the
    # main clause is not dated by a date that only places it around another happening.
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title

    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2013, 7, 30))
    date = next(d for d in found if d.text == date_text)
    assert title(sentence, 0, len(sentence), found, [], date) == expected


RETOLD_SOURCES = """\
f.txt:
  title: Walkout
  published: 2009-06-03
g.txt:
  title: Week of strikes
  published: 2009-06-05
h.txt:
  title: Prices
  published: 2009-06-03
i.txt:
  title: Vote
  published: 2009-06-02
"""
RETOLD_TEXTS = {
    # No registered names: only a near retelling joins two sources.
    "f.txt": "Walkout\n\nDock workers across the country walked out on strike on Monday over unpaid wages.",
    "g.txt": "Week of strikes\n\nDock workers across the country walked out on strike this week over wages.",
    "h.txt": "Prices\n\nFuel prices across the country rose on Monday.",
    "i.txt": "Vote\n\nDock workers across the country held a strike vote on Monday.",
}


def test_a_retelling_without_names_is_one_event_and_other_happenings_stay_apart(
        tmp_path: Path) -> None:
    # f (Monday 1 June) and g ("this week", the ISO week of 1-7 June) tell the walkout
    # in nearly the same words: one event on the day, citing both. The vote (i) shares
    # four stems with it (dock, worker, across, country) and "strike", but not its verb;
    # the fuel prices (h) share two: both stay events of their own on the same day.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(RETOLD_SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    for name, text in RETOLD_TEXTS.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    on_the_day = sorted((ev.title, len({c.source for c in ev.citations})) for ev in events if ev.date == "2009-06-01")
    assert on_the_day == [
        ("Dock workers across the country held a strike vote", 1),
        ("Dock workers across the country walked out on strike over unpaid wages", 2),
        ("Fuel prices across the country rose", 1),
    ]
    assert not [ev for ev in events if ev.date == "2009-W23"]


def test_retold_needs_the_verb_too() -> None:
    from builder.annotate.happenings import retold
    from builder.annotate.stems import stems

    def s(text: str) -> set[str]:
        return set(stems(text.lower().split()))

    assert retold(s("stock markets around the world have fallen dramatically"),
                  s("stock markets across the world fell dramatically on worries that a recession would come"))
    assert not retold(s("dock workers across the country walked out"), s("dock workers across the country held a vote"))
    assert not retold(s("the index fell dramatically by points"), s("the other index continued to fall by points below"))


def test_a_sentence_ends_after_a_day_number() -> None:
    # "on December 5. The firm": a number before a full stop is no initial; a letter is,
    # and so is a list number at the sentence's start.
    from builder.read.sentences import sentences

    text = "She said she would pass sentence on December 5. The firm, now in administration, faces a fine."
    assert [text[a:b] for a, b in sentences(text)] == [
        "She said she would pass sentence on December 5.", "The firm, now in administration, faces a fine."]
    text = "1. The union met J. Smith on Monday. The strike ended."
    assert [text[a:b] for a, b in sentences(text)] == ["1. The union met J. Smith on Monday.", "The strike ended."]


@pytest.mark.parametrize(("text", "expected"), [
    # fresh-user review s14c: a low-high quotation opening the next sentence ran one title
    # into the next ("The bank had frozen Kestrel's account. „We flagged the account twice")
    ("The bank had frozen the account on 30 June 2022. „We flagged it twice,” he said.",
     ["The bank had frozen the account on 30 June 2022.", "„We flagged it twice,” he said."]),
    ("The union met on Monday. «The offer is too low», she said. The talks ended.",
     ["The union met on Monday.", "«The offer is too low», she said.", "The talks ended."]),
    ("Die Firma schloss am Montag. »Wir sind enttäuscht.« Der Streik endete.",
     ["Die Firma schloss am Montag.", "»Wir sind enttäuscht.«", "Der Streik endete."]),
    ("He said: «It is over.» The court rose.", ["He said: «It is over.»", "The court rose."]),
])
def test_a_sentence_ends_before_any_opening_quotation_mark(text: str, expected: list[str]) -> None:
    from builder.read.sentences import sentences

    assert [text[a:b] for a, b in sentences(text)] == expected


SAME_DAY_SOURCES = """\
a.txt:
  title: Trial opens
  published: 2025-10-06
b.txt:
  title: Families pack court
  published: 2025-10-06
c.txt:
  title: Strike
  published: 2025-10-06
d.txt:
  title: Hearing
  published: 2025-10-06
"""
SAME_DAY_TEXTS = {
    "a.txt": "Trial opens\n\nThe trial of Vantmoor over the collapse of the bridge opened on Monday at the crown court.",
    "b.txt": "Families pack court\n\nRelatives of the victims packed the gallery on Monday as Vantmoor went on trial.",
    # The same entity, the same day, other happenings: a strike and a bankruptcy hearing.
    "c.txt": "Strike\n\nVantmoor workers went on strike at the depot on Monday.",
    "d.txt": "Hearing\n\nThe bankruptcy hearing of Vantmoor began on Monday in the high court.",
}


def test_a_shared_entity_and_event_noun_on_one_day_is_one_event(tmp_path: Path) -> None:
    # "The trial ... opened" and "... went on trial" share the entity and the event noun
    # "trial" (their verbs differ: open, go): one event citing both. The strike and the
    # hearing name the same entity on the same day but another happening: apart.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(SAME_DAY_SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text("- id: vantmoor\n  kind: organisation\n  name: Vantmoor\n  summary: A builder.\n", encoding="utf-8")
    for name, text in SAME_DAY_TEXTS.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    on_the_day = sorted(sorted(c.source for c in ev.citations) for ev in events if ev.date == "2025-10-06")
    assert on_the_day == [["2025-10-06-families-pack-court", "2025-10-06-trial-opens"], ["2025-10-06-hearing"],
                          ["2025-10-06-strike"]]


@pytest.mark.parametrize("sentence,nouns", [
    ("The trial of Vantmoor over the collapse of the bridge opened on Monday.", {"trial"}),
    ("Relatives packed the gallery on Monday as the builder went on trial.", {"trial"}),
    ("Dock workers went on strike on Monday.", {"strike"}),  # who acts is not the happening
    ("Talks began on Monday.", {"talk"}),
    ("The union held a vote on Monday.", {"vote"}),
    ("The firm filed for bankruptcy on Monday.", set()),  # no light verb: its own stems decide
])
def test_event_nouns(sentence: str, nouns: set[str]) -> None:
    from builder.annotate.eventnouns import event_nouns

    assert event_nouns(sentence) == nouns


@pytest.mark.parametrize("sentence,date_text,expected", [
    # A forecast of a state, a comparison, a state since a date: dates, not events.
    ("The company expects losses to continue into next year.", "next year", "state"),
    ("The bridge will remain closed until next spring, the council said.", "next spring", "state"),
    ("The port will stay shut until March 2026, the union said.", "March 2026", "state"),
    ("Opening the case for the Crown, Helen Marsh said the contractor had known about rusting cables since 2021.",
     "2021", "state"),
    ("The firm has been in administration since March.", "March", "state"),
    ("Revenue in the first quarter was 40 percent lower than a year earlier, the filing shows.", "the first quarter",
     "comparison"),
    ("Strike days in May 2025 were three times higher than in April 2025.", "May 2025", "comparison"),
    # A figure at a time against a base that is no date; a named day ending a state; a
    # negated or progressive perfect before since: happenings.
    ("The index was 1.75% lower than the start of the day at 16:08 UTC.", "16:08 UTC", "event"),
    ("The government has kept the port closed until Friday.", "Friday", "event"),
    ("The port has not been in administration since 2001.", "2001", "event"),
    ("The union has been attempting to take over the fund since December 2024.", "December 2024", "event"),
    # Happenings stay events: a passive since a date, a happening that continued, a plan.
    ("The strike has been suspended since July 24.", "July 24", "event"),
    ("The port has been in turmoil since the July strike, the union said.", "July", "event"),
    ("The firm filed for administration on Tuesday with debts of £12 million.", "Tuesday", "event"),
    ("The court will hear the case until Friday.", "Friday", "event"),
    # "a year earlier" after a past verb with no figure before it in its clause dates that
    # happening (review finding fresh9 4); a figure before it, or "the same period", compares
    ("The terminal, which opened a year earlier, employs 1,200 dockers, the port says.", "a year earlier", "event"),
    ("Revenue rose to $5m, up from $3m a year earlier.", "a year earlier", "comparison"),
    ("In the same period a year earlier, the port had handled 4 million tonnes.", "a year earlier", "comparison"),
    # a period before a quoted name and its head describes the head (review finding fresh9 7)
    ('The port recovered after decades of unrest that included the 1975-79 "Long Lockout" era of the docks.', "1975-79",
     "description"),
    # a figure forecast for a period is no happening (review finding fresh9 2)
    ("The retailer said the recall would cost it €8 million in the first quarter, including refunds.", "the first quarter",
     "state"),
    ("Port revenue is expected to reach $2 billion in 2026.", "2026", "state"),
    ("The strike cost the port $4 million in March.", "March", "event"),
    # a level "not seen since" a date: the date is a comparison's base
    ("Shares in the port operator fell to lows not seen since October 1982.", "October 1982", "comparison"),
    ("Freight rates dropped to levels not reached since 2004.", "2004", "comparison"),
    ("Strike days rose to a level unseen since the 1990s.", "1990s", "comparison"),
    ("Freight rates have risen since June.", "June", "event"),
    # "the same quarter a year earlier" after "from", "than", "with": a comparison's base
    ("Profit in the third quarter rose from the same quarter a year earlier.", "the same quarter a year earlier", "comparison"),
    ("Revenue fell, compared with the same period a year earlier.", "a year earlier", "comparison"),
    # a question asserts nothing (fresh-user review s15a #8, s15b #7): a direct question, an
    # interviewer's line, a date inside an embedded question
    ("Why did a plant that inspectors had flagged last October keep producing soft cheese for five months?",
     "last October", "question"),
    ("Q: What does losing the 2022 medal mean to you?", "2022", "question"),
    ("Why did the court wait until March to hear the creditors?", "March", "question"),
    ("Q: When did the strike committee last meet the owners, in August?", "August", "question"),
    ("The NFSA did not answer questions on Thursday about whether inspectors returned in January, as planned.",
     "January", "question"),
    ("The NFSA did not answer questions on Thursday about whether inspectors returned in January, as planned.",
     "Thursday", "event"),
    ("The union has asked the owners whether the pay offer made in June still stands.", "June", "question"),
    ("The federation wrote to the coach, asking him to explain which supplements were used last winter.", "last winter",
     "question"),
    ("The administrator did not say when the plant closed in May.", "May", "question"),
    # a form's label line with no finite verb is a field, not a clause
    ("Best-before dates: from 1 March 2025 to 15 April 2025 inclusive.", "1 March 2025", "description"),
    ("Claims deadline: 30 November 2025.", "30 November 2025", "description"),
    ("Hearing: 4 December 2025, courtroom 3.", "4 December 2025", "description"),
    ("Update: the court adjourned the hearing on Monday.", "Monday", "event"),
    # a present copula and a predicate noun phrase is a state (TimeML's STATE); a state of knowledge too
    ("Today it is a byword for failure.", "Today", "state"),
    ("Today the old terminal is a car park.", "Today", "state"),
    ("This week the firm is no longer a going concern.", "This week", "state"),
    ("Today the court is closed.", "Today", "event"),
    ("Two weeks ago, few people outside the region had heard of the dairy.", "Two weeks ago", "state"),
    ("Until March, the dockers were not aware of the sale.", "March", "state"),
    ("Two weeks ago, few people outside the region had seen the dairy.", "Two weeks ago", "event"),
    # a figure's period after "of" is the period it holds for
    ("The company employs 230 people and reported revenue of 61 million euros last year.", "last year", "description"),
    ("The carrier posted a loss of $3.2 billion in 2024.", "2024", "description"),
    ("The carrier posted a loss on Tuesday.", "Tuesday", "event"),
    # a date in a participle phrase that sets a noun's period, "from" a date in the subject, a
    # period noun named: no happening of the verb's (s15b #5, #6)
    ("The Panel therefore imposes a period of ineligibility of four (4) years, starting on 13 June 2025, with credit.",
     "13 June 2025", "description"),
    ("The board granted the dockers a pay rise of 3%, backdated to 1 January.", "1 January", "description"),
    ("The court imposed a ban of two years, effective from 1 March.", "1 March", "description"),
    ("All competitive results obtained by the Athlete from 14 August 2022 are disqualified.", "14 August 2022",
     "description"),
    ("All contracts signed from 1 March will be voided.", "1 March", "description"),
    ("The firm traded from 2019 and was dissolved last year.", "2019", "event"),
    ("The court annulled all other results of the 2023 season.", "2023", "description"),
    # a plural subject's participle with only the date: it says which ones, no happening
    ('The company said all the points raised in October "were corrected within the deadline".', "October", "description"),
    ("The union said the claims filed in May were rejected.", "May", "description"),
    ("The union filed the claims in May.", "May", "event"),
    # the dev set's events these rules must leave alone: a span up to now is when a figure was
    # reported; "of this year" completes a month; a fronted participle phrase modifies no noun
    ("Ryanair is the most profitable airline, having reported record profits of $269m earlier this year, and is "
     "pursuing an aggressive expansion plan.", "earlier this year", "event"),
    ("The first flight is expected to take place in August or September of this year.", "this year", "event"),
    ("To help with this, starting on October 1 regulators will lower the export duty on oil.", "October 1", "event"),
    # a thing's limit (a noun's or an adjective's "until", "up to", "best before") dates no happening (s15a #1)
    ("The agency said the recall covered 48,000 packs sold since January 20, with best-before dates up to April 15.",
     "April 15", "description"),
    ("The union bought rail tickets valid until November 2 for the march.", "November 2", "description"),
    ("The administrator listed debts with repayment dates through December 31.", "December 31", "description"),
    ("The court adjourned the hearing until November 14.", "November 14", "event"),
])
def test_a_state_or_a_comparison_is_no_event(sentence: str, date_text: str, expected: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.roles import role

    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2025, 10, 21))
    date = next(d for d in found if d.text == date_text)
    assert role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ()) == expected


def test_bidi_controls_never_reach_a_title(tmp_path: Path) -> None:
    # A right-to-left override in the source ("Trojan Source") would reverse the rest of a
    # one-line field: titles and summaries drop it; the source's text keeps it.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text("a.txt:\n  title: Strike\n  published: 2025-10-06\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    text = "Strike\n\nDock workers \u202ewalked out\u202c on Monday over pay.\n\nThe \u2067union\u2069 met the \u200fboard on Tuesday.\n"
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    dossier = sources.load(seeds)
    assert "\u202e" in dossier.sources[0].text
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    titles = sorted(ev.title for ev in events)
    assert titles == ["Dock workers walked out over pay", "The union met the board"]
    assert not any(ch in ev.summary for ev in events for ch in "\u202e\u202c\u2067\u2069\u200f")


@pytest.mark.parametrize("paragraph,date_text,expected", [
    # A date line opening a paragraph ("PLACE, date —"), the month abbreviated with or
    # without a full stop, is metadata; the dates of the sentence after it are events.
    ("DUNMORE, Oct 6 — The trial of Vantmoor opened on Monday at the crown court.", "Oct 6", "dateline"),
    ("DUNMORE, Oct 6 — The trial of Vantmoor opened on Monday at the crown court.", "Monday", "event"),
    ("PORT AVEL, Nov. 14 — Dock workers went on strike on Friday.", "Nov. 14", "dateline"),
    ("KESTREL BAY, 21 October 2025 (Reuters) — Rivermark Motors filed for bankruptcy.", "21 October 2025", "dateline"),
    ("Talks resumed on Oct 6 — and broke down again on Friday.", "Oct 6", "event"),
])
def test_a_dateline_opening_a_paragraph(paragraph: str, date_text: str, expected: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.roles import role

    found = find_dates(paragraph, 0, len(paragraph), 1, dt.date(2025, 11, 20))
    date = next(d for d in found if d.text == date_text)
    assert role(paragraph, (0, len(paragraph)), (0, len(paragraph)), date, found, [], ()) == expected


IT_SOURCES = "a.txt:\n  title: Administration\n  published: 2025-10-21\n"


def test_an_it_title_names_the_previous_sentences_subject(tmp_path: Path) -> None:
    # "It would seek talks next week": the entity the sentence before names as its subject;
    # a person or a name that is no subject lends nothing.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(IT_SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text(
        "- id: cswu\n  kind: organisation\n  name: CSWU\n  summary: A union.\n"
        "- id: reyes\n  kind: person\n  name: Dana Reyes\n  summary: A union leader.\n", encoding="utf-8")
    text = ("Administration\n\nThe CSWU has 900 members at the firm. It would seek talks with the administrators "
            "next week.\n\nDana Reyes spoke to the members. It was a hard meeting on Tuesday.\n\n"
            "The CSWU met the court. It is expected that the firm will pay when it closes on Friday.\n")
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    dossier = sources.load(seeds)
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    assert sorted(ev.title for ev in events) == [
        "CSWU would seek talks with the administrators", "It is expected that the firm will pay when it closes",
        "It was a hard meeting"]


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    # "its" before a dated noun phrase names the owner written right before its preposition
    ("The firm said more than 4 billion songs had been downloaded from the Avel Music store since its launch in 2003 "
     "and that as of February, the store accounts for 70% of sales.", "Avel Music", "The Avel Music store's launch"),
    # no name there: the phrase stays as it was; a verb between: no owner
    ("The firm said more than 4 billion songs had been downloaded from the store since its launch in 2003 "
     "and that as of February, the store accounts for 70% of sales.", "", "Its launch"),
])
def test_a_thin_phrase_owned_by_its_names_its_owner(sentence: str, name: str, expected: str) -> None:
    import datetime as dt

    from builder.annotate.dates import find_dates
    from builder.annotate.titles import title
    from builder.annotation import Mention

    names = [Mention("owner", sentence.index(name), sentence.index(name) + len(name), name, 1)] if name else []
    found = find_dates(sentence, 0, len(sentence), 1, dt.date(2008, 4, 3))
    date = next(d for d in found if d.text == "2003")
    assert title(sentence, 0, len(sentence), found, names, date) == expected


def _candidate(date: str, precision: str, source: str, title: str, stems: str) -> Candidate:
    return Candidate(date=date, precision=precision, source=source, published=date[:10], paragraph=2, sentence=title + ".",
                     entities=("rivermark",), noun="", words=stems, title=title, stems=stems)


@pytest.mark.parametrize(("period", "precision"), [("2009-06", "month"), ("2009-W23", "week"), ("2009-05-30/2009-06-03", "range")])
def test_a_period_finds_its_day_however_often_the_entity_is_named_later(period: str, precision: str) -> None:
    # A long-running story names its company on many days after the filing: the month,
    # week or range still finds the filing's day inside it (it once looked only at the
    # 64 latest days naming the company, so a dossier of a hundred days lost the join).
    filing = [_candidate("2009-06-01", "day", "a", "Rivermark Motors filed for bankruptcy", "bankruptci file")]
    later = [[_candidate(f"2009-{7 + n // 28:02d}-{1 + n % 28:02d}", "day", "c", f"Rivermark Motors sold plant {n}",
                         f"plant sold w{n}")] for n in range(100)]
    month = [_candidate(period, precision, "b", "Rivermark Motors filed for bankruptcy", "bankruptci file")]
    joined = join_nested([filing, month, *later])
    assert len(joined) == 101
    assert [c.source for c in joined[0]] == ["a", "b"]


def test_a_period_joins_no_day_outside_it() -> None:
    filing = [_candidate("2009-07-01", "day", "a", "Rivermark Motors filed for bankruptcy", "bankruptci file")]
    week = [_candidate("2009-W23", "week", "b", "Rivermark Motors filed for bankruptcy", "bankruptci file")]
    assert join_nested([filing, week]) == [filing, week]

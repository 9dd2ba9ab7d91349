"""Review s20, merging timeline entries across sources and dates: each finding a kind, with
siblings from other stories and the cases that must not change:

- e#10: "X has died ..., officials confirmed on Thursday" dates the confirming: it joins
  the one telling of the same act a few days before ("died on Wednesday evening");
- e#11, f#12: a plan for an act on a day ("would visit the region on Tuesday", "clinics
  will open", "a conference will be held") and the later report of that act on that day
  are one entry, titled by the fulfilment;
- f#8: one act of one day told by two sources, one naming only a place ("Britain's
  regulator fined X") is one entry, not titled by a headline; a month's back-reference
  whose title names no one ("when the company filed for bankruptcy last month") joins the
  day of the same act;
- f#6: a span that opens in a year ("from at least 2022 through March 2026") joins no
  day's happening.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_merge18 import cited
from test_merge18b import titles

from builder.annotate.titleacts import plan

ENTITIES = """\
- {id: vasko, kind: person, name: Irena Vasko, aliases: [Vasko], summary: A president.}
- {id: dorvan, kind: place, name: Dorvan, summary: A town.}
- {id: geneva, kind: place, name: Geneva, summary: A city.}
- {id: kestria, kind: place, name: Kestria, summary: A country.}
- {id: britain, kind: place, name: Britain, summary: A country.}
- {id: meadowbrook, kind: organisation, name: Meadowbrook, summary: A retailer.}
- {id: irc, kind: organisation, name: Information Rights Commission, aliases: [IRC], summary: A regulator.}
- {id: vaultline, kind: organisation, name: Vaultline, summary: An exchange.}
- {id: ambrose, kind: person, name: Ruth Ambrose, aliases: [Ambrose], summary: An administrator.}
- {id: petrakis, kind: person, name: Jonah Petrakis, aliases: [Petrakis], summary: A founder.}
- {id: northgate, kind: organisation, name: Northgate Capital, summary: A trading firm.}
- {id: kessel, kind: organisation, name: Kessel Foods, aliases: [Kessel], summary: A food maker.}
- {id: harlow, kind: organisation, name: Harlow Group, aliases: [Harlow], summary: A bidder.}
- {id: wha, kind: organisation, name: Westmarch Health Agency, aliases: [WHA], summary: An agency.}
- {id: raio, kind: organisation, name: Rail Accident Investigation Office, aliases: [RAIO], summary: A board.}
"""


@pytest.mark.parametrize(("title", "expected"), [
    ("President Irena Vasko would visit the region", ("vasko", {"visit", "region"})),  # backshifted "will"
    ("The judge will deal with costs at a hearing", ("judge", {"deal", "cost", "hear"})),
    ("The RAIO is due to publish its interim report", ("raio", {"publish", "interim"})),
    ("President Irena Vasko visited the region", ("", set())),  # done, no plan
])
def test_a_plan_and_its_act(title: str, expected: tuple[str, set[str]]) -> None:
    subject, act = plan(title)
    assert (subject, set(act)) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    # the review's: a death confirmed on Thursday, told on Wednesday in the next paragraph
    ("A four-year-old child has died of complications from the infection, health officials confirmed on Thursday.",
     "The child died in hospital on Wednesday evening, the agency said.",
     {"2027-01-27": ["a.txt"]}),
    # a recall: a recall confirmed on Friday, made on Wednesday
    ("Kessel Foods has recalled 40,000 jars of its pies, the company confirmed on Friday.",
     "Kessel recalled the jars of pies on Wednesday after a shop found glass in one.",
     {"2027-01-27": ["a.txt"]}),
    # must stay apart: another act the day before
    ("A four-year-old child has died of complications from the infection, health officials confirmed on Thursday.",
     "The child was admitted to hospital on Wednesday evening, the agency said.",
     {"2027-01-27": ["a.txt"], "2027-01-28": ["a.txt"]}),
    # must stay apart: a simple past may be of the saying's day (a second fall)
    ("Shares in Kessel Foods fell a further 5 percent, the exchange said on Thursday.",
     "Shares in Kessel Foods fell 8 percent on Wednesday after a profit warning.",
     {"2027-01-27": ["a.txt"], "2027-01-28": ["a.txt"]}),
    # must stay apart: the saying's day is the only day the sentence gives
    ("Harlow Group will close its plant in the north, the company said on Thursday.",
     "Harlow closed its plant in the south on Wednesday.",
     {"2027-01-27": ["a.txt"], "2027-01-28": ["a.txt"]}),
])
def test_a_confirmed_happening_joins_its_own_day(tmp_path: Path, first: str, second: str,
                                                 expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2027-01-29", f"Report\n\n{first}\n\n{second}")}
    assert cited(tmp_path, stories, ENTITIES) == expected


@pytest.mark.parametrize(("plan_text", "done", "expected"), [
    # the review's: a visit said on Monday for Tuesday, told done on Wednesday
    ("President Irena Vasko declared an emergency and said she would visit the region on Tuesday.",
     "President Irena Vasko, visiting Dorvan on Tuesday, promised that every family would be rehoused.",
     {"2026-09-15": ["a.txt", "b.txt"]}),
    # clinics that will open and the clinics that opened (the plan's object the report's subject)
    ("The agency said it would open walk-in vaccination clinics in Dorvan on Tuesday.",
     "Vaccination rates have risen sharply since the clinics opened on 15 September, according to the WHA.",
     {"2026-09-15": ["a.txt", "b.txt"]}),
    # a meeting named by its noun, held by a light verb, and what was done there
    ("An international donors' conference will be held in Geneva on Tuesday.",
     "International donors pledged $1.3 billion on Tuesday to help Kestria rebuild.",
     {"2026-09-15": ["a.txt", "b.txt"]}),
    # a statement planned and the telling of it, by a verb of one sense of the noun (state, tell)
    ("President Irena Vasko said she would make a statement to parliament on Tuesday.",
     "Ms Vasko told MPs on Tuesday that every family would be rehoused.",
     {"2026-09-15": ["a.txt", "b.txt"]}),
    # must stay apart: another act of that day, no word of the plan's
    ("President Irena Vasko said she would visit the region on Tuesday.",
     "Kessel Foods recalled its pies on Tuesday after complaints about glass.",
     {"2026-09-15": ["b.txt", "|", "a.txt"]}),
])
def test_a_plan_joins_its_fulfilment(tmp_path: Path, plan_text: str, done: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2026-09-14", "Report\n\n" + plan_text), "b.txt": ("2026-09-16", "Update\n\n" + done)}
    assert cited(tmp_path, stories, ENTITIES) == expected


@pytest.mark.parametrize(("plan_text", "done", "title"), [
    ("The agency said it would open walk-in vaccination clinics on Tuesday.",
     "Vaccination rates have risen since the clinics opened on 15 September.", "The clinics opened"),
    # the fulfilment, though its sentence dates another happening too
    ("The RAIO is due to publish its interim report on 15 September.",
     "The Rail Accident Investigation Office (RAIO) today published its interim report into the derailment of the "
     "18:12 service near Dorvan on 5 November 2025, in which ten people died.",
     "The Rail Accident Investigation Office published its interim report"),
])
def test_the_fulfilment_titles_the_entry(tmp_path: Path, plan_text: str, done: str, title: str) -> None:
    stories = {"a.txt": ("2026-09-01", "Report\n\n" + plan_text), "b.txt": ("2026-09-15", "Update\n\n" + done)}
    assert titles(tmp_path, stories, ENTITIES)["2026-09-15"] == [title]


@pytest.mark.parametrize(("first", "second", "expected"), [
    # the review's: a regulator named by its country, and the regulator by name
    ("Information Rights Commission fines Meadowbrook over loyalty card data\n\n"
     "The Information Rights Commission has today fined Meadowbrook over its loyalty card data.",
     "Britain's data protection regulator on Tuesday fined a supermarket chain for sharing loyalty card data.",
     {"2026-11-03": ["a.txt", "b.txt"]}),
    # must stay apart: another act of that day
    ("Information Rights Commission fines Meadowbrook over loyalty card data\n\n"
     "The Information Rights Commission has today fined Meadowbrook over its loyalty card data.",
     "Shares in Kessel Foods fell 3 percent on Tuesday after a profit warning.",
     {"2026-11-03": ["b.txt", "|", "a.txt"]}),
])
def test_one_act_of_one_day_named_by_a_place(tmp_path: Path, first: str, second: str, expected: dict[str, list[str]]) -> None:
    stories = {"a.txt": ("2026-11-03", first), "b.txt": ("2026-11-05", "Update\n\n" + second)}
    assert cited(tmp_path, stories, ENTITIES) == expected


def test_a_headline_does_not_title_the_entry(tmp_path: Path) -> None:
    stories = {"a.txt": ("2026-11-03", "Information Rights Commission fines Meadowbrook £14.2 million over loyalty card data\n\n"
                         "The Information Rights Commission has today issued a monetary penalty of £14,200,000 to "
                         "Meadowbrook for sharing the data of members of its loyalty scheme.")}
    assert titles(tmp_path, stories, ENTITIES) == {
        "2026-11-03": ["The Information Rights Commission has issued a monetary penalty of £14,200,000 to Meadowbrook"]}


@pytest.mark.parametrize(("month", "day_cites"), [
    # the review's: the filing last month, its sentence naming someone else
    ("Ruth Ambrose had estimated liabilities at $3.4 billion when the company filed for bankruptcy last month.",
     ["a.txt", "b.txt"]),
    # must stay apart: a span from a year through the month, whatever words it shares (it is
    # dated by the month, or by the span once the span is read as one)
    ("From at least 2022 through March 2026, Petrakis directed employees of Vaultline to transfer customer deposits "
     "to Northgate Capital.",
     ["a.txt"]),
])
def test_a_months_back_reference_joins_the_day_of_its_act(tmp_path: Path, month: str, day_cites: list[str]) -> None:
    day = ("Vaultline and 41 affiliated companies filed for bankruptcy protection on Tuesday after customers "
           "withdrew deposits, and Petrakis blamed Northgate Capital.")
    stories = {"a.txt": ("2026-03-11", "Report\n\n" + day), "b.txt": ("2026-04-10", "Update\n\n" + month)}
    assert cited(tmp_path, stories, ENTITIES)["2026-03-10"] == day_cites

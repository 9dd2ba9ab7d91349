"""Review 18, group A (the cross-source timeline), each finding a kind with siblings from
other stories and the cases that must not change:

- A8: one happening told by two sources on one day is one entry: the same main verb and a
  shared name ("A jury convicted X on Friday" / "X, who was convicted on Friday"); a noun
  and its verb ("set sentencing for June 12" / "is due to be sentenced on June 12"); a
  happening named by its noun joined to the one telling of another source that names it
  ("The strike began on March 3", "A vote is scheduled for May 6" and "voted on Tuesday");
  two happenings of one company on one day stay two;
- A9: a year holds many happenings: a shared name and a kinship of words join no two of
  one year (sales inflated in 2022, a funding round valued in 2022, a round led in 2022);
- A7: one happening two sources date a few days apart ("filed on June 1" against two
  "June 2") is one entry on the day most sources give, the other day listed with its
  citations (`Event.other_dates`); a month's telling ("since it filed last month") joins it;
- A1: the entry is told by the sentence whose own date it is, told after the day rather
  than ahead of it, not by one that names the day in passing;
- A12: a date line without a place ("June 2 (Reuters) - ", "(AP) — ", also after a sentence
  break inside it: "WILMINGTON, Del. (AP) —") is no part of a summary and its wire service
  no participant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.annotate.opening import dateline
from builder.annotate.titleacts import subject_noun
from builder.model import Event

from conftest import write_stories


def built(tmp_path: Path, stories: dict[str, tuple[str, str]], entities: str) -> tuple[tuple[Event, ...], dict[str, str]]:
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_stories(seeds, stories)
    (seeds / "entities.yml").write_text(entities, encoding="utf-8")
    dossier = sources.load(seeds)
    return build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1)), {s.id: s.file for s in dossier.sources}


def cited(tmp_path: Path, stories: dict[str, tuple[str, str]], entities: str) -> dict[str, list[str]]:
    """Each event's date -> the files it cites, sorted; two events of one date are joined by " | "."""
    events, file_of = built(tmp_path, stories, entities)
    result: dict[str, list[str]] = {}
    for ev in events:
        files = sorted({file_of[c.source] for c in ev.citations})
        result[ev.date] = [*result[ev.date], "|", *files] if ev.date in result else files
    return result


@pytest.mark.parametrize(("paragraph", "length", "agency"), [
    ("June 2 (Reuters) - Hollis & Reed filed for bankruptcy.", 19, "Reuters"),
    ("(AP) — A federal judge on Tuesday approved the loan.", 7, "AP"),
    ("March 14, 2025 (Harbour Wire) -- Kessel Foods recalled its pies.", 33, "Harbour Wire"),
    ("WILMINGTON, Del. (AP) — A federal judge approved the loan.", 24, "AP"),
    # no date line: a list's letter, an editing note, a bracket inside the sentence
    ("(a) - The union called a strike.", 0, ""),
    ("(Adds quote from the mayor)", 0, ""),
    ("The merger (AP) - was approved.", 0, ""),
])
def test_a_date_line_without_a_place(paragraph: str, length: int, agency: str) -> None:
    found = dateline(paragraph)
    assert (found[0], found[4]) == (length, agency)


@pytest.mark.parametrize(("title", "noun"), [
    ("The strike began", "strike"),
    ("An auction is scheduled in New York", "auction"),
    ("A ballot on the merger is scheduled", "ballot"),
    ("Talks between the two sides collapsed", "talk"),
    ("The last strike at Halverton ended after nine days", "strike"),
    # who acts, not what happens
    ("A judge approved the sale of the stores", ""),
    ("Voss was convicted", ""),
    ("The union began its strike", ""),
    ("Prosecutors say Voss inflated revenue", ""),
    ("The trading value for the currency fell to 90.89", ""),  # a value is no happening (a sentence of the dev set)
    ("The index had fallen by almost six per cent", ""),
])
def test_the_noun_a_title_names_its_happening_by(title: str, noun: str) -> None:
    assert subject_noun(title) == noun


COURT = {
    "a.txt": ("2025-03-07", "Verdict\n\nA federal jury convicted Dana Roe, the founder of Pell Labs, of fraud on Friday.\n\n"
                            "Judge Amy Lin set sentencing for June 12."),
    "b.txt": ("2025-03-10", "Investors\n\nRoe, who was convicted on Friday, is due to be sentenced on June 12."),
}
COURT_ENTITIES = """\
- {id: dana-roe, kind: person, name: Dana Roe, aliases: [Roe], summary: A founder.}
- {id: amy-lin, kind: person, name: Amy Lin, summary: A judge.}
- {id: pell-labs, kind: organisation, name: Pell Labs, summary: A start-up.}
"""


def test_a_verdict_and_a_sentencing_told_by_two_sources_are_one_each(tmp_path: Path) -> None:
    """A8: the same main verb and a shared name ("convicted ... on Friday" twice); a noun and
    its verb ("set sentencing for June 12", "is due to be sentenced on June 12")."""
    assert cited(tmp_path, COURT, COURT_ENTITIES) == {"2025-03-07": ["a.txt", "b.txt"], "2025-06-12": ["a.txt", "b.txt"]}


STRIKE = {
    "c.txt": ("2025-03-04", "Walkout\n\nBus drivers at Avel Transit walked off the job on Monday, starting the first strike "
                            "at the company in a decade."),
    "d.txt": ("2025-03-20", "Deal\n\nAvel Transit and its drivers reached a deal on Wednesday.\n\nThe strike began on March 3."),
    "i.txt": ("2025-03-11", "Past\n\nThe last strike at Avel Transit, in 2009, ended after nine days."),
    "j.txt": ("2025-03-20", "Then\n\nThe 2009 strike, which lasted nine days, was settled with a 2% raise."),
}
STRIKE_ENTITIES = "- {id: avel-transit, kind: organisation, name: Avel Transit, summary: A bus company.}\n"


def test_a_happening_named_by_its_noun_joins_the_one_telling_that_names_it(tmp_path: Path) -> None:
    """A8: "The strike began on March 3" joins the walkout of that day, and "The 2009 strike,
    which lasted nine days" the "last strike ..., in 2009"."""
    assert cited(tmp_path, STRIKE, STRIKE_ENTITIES) == {
        "2009": ["i.txt", "j.txt"], "2025-03-03": ["c.txt", "d.txt"], "2025-03-19": ["d.txt"]}


VOTE = {
    "e.txt": ("2025-04-20", "Ballot\n\nA ballot on the merger is scheduled for May 6 in Leeds."),
    "f.txt": ("2025-05-07", "Approved\n\nShareholders of Brill Foods approved the merger with Kessel Foods in a ballot on Tuesday."),
}
VOTE_ENTITIES = """\
- {id: brill-foods, kind: organisation, name: Brill Foods, summary: A grocer.}
- {id: kessel-foods, kind: organisation, name: Kessel Foods, summary: A grocer.}
- {id: leeds, kind: place, name: Leeds, summary: A city.}
"""


def test_a_plan_and_its_outcome_on_one_day_are_one_entry_told_by_the_outcome(tmp_path: Path) -> None:
    """A8 and A1: the ballot scheduled for May 6 (a place is no other participant) and the
    approval in a ballot on that Tuesday are one entry, titled by what happened, not by the plan."""
    events, file_of = built(tmp_path, VOTE, VOTE_ENTITIES)
    assert [(ev.date, sorted(file_of[c.source] for c in ev.citations)) for ev in events] == [("2025-05-06", ["e.txt", "f.txt"])]
    assert events[0].title.startswith("Shareholders of Brill Foods approved the merger")


def test_two_happenings_of_one_company_on_one_day_stay_two(tmp_path: Path) -> None:
    """A8's limit: a shared name, one day, two sources, two different verbs."""
    stories = {
        "k.txt": ("2025-03-04", "Plant\n\nBrill Foods closed its bakery in Leeds on Monday."),
        "l.txt": ("2025-03-05", "Board\n\nBrill Foods named Ann Key chairman on Monday."),
    }
    assert cited(tmp_path, stories, VOTE_ENTITIES) == {"2025-03-03": ["k.txt", "|", "l.txt"]}


YEAR = {
    "g.txt": ("2025-06-01", "Probe\n\nProsecutors say Brill Foods inflated its sales to $90 million in 2022.\n\n"
                            "Brill Foods was valued at $1 billion in a funding round in 2022."),
    "h.txt": ("2025-06-05", "Fund\n\nVenture firm Oakley Partners led a $150 million investment in Brill Foods in 2022."),
}
YEAR_ENTITIES = """\
- {id: brill-foods, kind: organisation, name: Brill Foods, summary: A grocer.}
- {id: oakley-partners, kind: organisation, name: Oakley Partners, summary: A fund.}
"""


def test_a_shared_name_in_one_year_joins_no_two_happenings(tmp_path: Path) -> None:
    """A9: sales inflated in 2022, a valuation in 2022 and an investment led in 2022 are three entries."""
    events, _ = built(tmp_path, YEAR, YEAR_ENTITIES)
    assert sorted(len(ev.citations) for ev in events if ev.date == "2022") == [1, 1, 1]


FILING = {
    "m.txt": ("2025-06-03", "Judge\n\nHarlow Foods, which filed for bankruptcy on June 1, owes $2 billion."),
    "n.txt": ("2025-06-02", "Filing\n\nHarlow Foods filed for bankruptcy on June 2."),
    "o.txt": ("2025-06-10", "Stores\n\nHarlow Foods filed for bankruptcy protection on June 2, listing debts of $1 billion."),
    "p.txt": ("2025-07-17", "Sale\n\nHarlow Foods has closed 40 stores since it filed for bankruptcy last month."),
}
FILING_ENTITIES = "- {id: harlow-foods, kind: organisation, name: Harlow Foods, summary: A grocer.}\n"


def test_one_happening_dated_differently_is_one_entry_on_the_day_most_sources_give(tmp_path: Path) -> None:
    """A7: "which filed for bankruptcy on June 1" against two sources' June 2 is one entry on 2
    June that lists 1 June with the paragraph giving it; "since it filed for bankruptcy last
    month" joins it too. A lawsuit filed two days later by the same company, with the same
    verb, is another happening."""
    stories = {**FILING, "v.txt": ("2025-06-05", "Suit\n\nHarlow Foods filed a lawsuit against its landlord on June 4.")}
    events, file_of = built(tmp_path, stories, FILING_ENTITIES)
    assert [(ev.date, sorted(file_of[c.source] for c in ev.citations),
             [(d, [file_of[c.source] for c in cs]) for d, cs in ev.other_dates]) for ev in events] == [
        ("2025-06-02", ["m.txt", "n.txt", "o.txt", "p.txt"], [("2025-06-01", ["m.txt"])]),
        ("2025-06-04", ["v.txt"], []),
    ]
    assert events[0].title == "Harlow Foods filed for bankruptcy"


WIRE = {
    "r.txt": ("2025-06-02", "Filing\n\nJune 2 (Reuters) - Harlow Foods filed for bankruptcy protection on Monday."),
    "s.txt": ("2025-06-03", "Court\n\nWILMINGTON, Del. (AP) — A federal judge on Tuesday let Harlow Foods keep paying its staff."),
    "t.txt": ("2025-06-04", "Recall\n\n(AP) — Kessel Foods recalled 3,000 pies on Wednesday."),
}
WIRE_ENTITIES = """\
- {id: harlow-foods, kind: organisation, name: Harlow Foods, summary: A grocer.}
- {id: kessel-foods, kind: organisation, name: Kessel Foods, summary: A grocer.}
- {id: reuters, kind: organisation, name: Reuters, summary: A wire service.}
- {id: ap, kind: organisation, name: AP, summary: A wire service.}
- {id: wilmington, kind: place, name: Wilmington, aliases: [WILMINGTON], summary: A city.}
"""


def test_a_date_line_is_no_summary_and_its_wire_no_participant(tmp_path: Path) -> None:
    """A12: summaries start after the date line; its wire service and place are no "Who"."""
    events, _ = built(tmp_path, WIRE, WIRE_ENTITIES)
    assert [(ev.date, ev.summary[:20], ev.entities) for ev in events] == [
        ("2025-06-02", "Harlow Foods filed f", ("harlow-foods",)),
        ("2025-06-03", "A federal judge on T", ("harlow-foods",)),
        ("2025-06-04", "Kessel Foods recalle", ("kessel-foods",)),
    ]


TALKS = {
    "q.txt": ("2025-03-06", "Talks\n\nThe strike at Avel Transit entered its fourth day on Thursday with no talks scheduled "
                            "until next Tuesday."),
    "u.txt": ("2025-03-11", "Collapse\n\nTalks between Avel Transit and the drivers collapsed on Tuesday after three hours."),
}


def test_an_entry_is_told_by_the_sentence_whose_own_date_it_is(tmp_path: Path) -> None:
    """A1: 11 March is told by the talks that collapsed that day, not by the strike's fourth
    day, whose sentence names the Tuesday in passing."""
    events, _ = built(tmp_path, TALKS, STRIKE_ENTITIES)
    titles = {ev.date: ev.title for ev in events}
    assert titles["2025-03-11"].startswith("Talks between Avel Transit and the drivers collapsed")



PLEA = {
    "w.txt": ("2025-10-06", "Trial\n\nLena Park pleaded guilty last year and is expected to testify.\n\n"
                            "Kessel Foods recalled 3,000 pies last year."),
    "x.txt": ("2025-10-09", "Witness\n\nPark, who pleaded guilty in March 2024 to fraud, faces prison."),
    "y.txt": ("2025-10-10", "Recalls\n\nKessel Foods recalled 2,000 pies in May 2024.\n\nKessel Foods recalled 900 pies in June 2024."),
}
PLEA_ENTITIES = """\
- {id: lena-park, kind: person, name: Lena Park, aliases: [Park], summary: A witness.}
- {id: kessel-foods, kind: organisation, name: Kessel Foods, summary: A grocer.}
"""


def test_a_years_telling_joins_the_one_month_of_it_that_tells_the_same_happening(tmp_path: Path) -> None:
    """A8: "pleaded guilty last year" (2024) joins "pleaded guilty in March 2024", an entry of
    March 2024; "recalled pies last year" stays a year's entry when two months of it tell a recall."""
    assert cited(tmp_path, PLEA, PLEA_ENTITIES) == {
        "2024": ["w.txt"], "2024-03": ["w.txt", "x.txt"], "2024-05": ["y.txt"], "2024-06": ["y.txt"]}

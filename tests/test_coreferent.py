"""Time expressions that stand for a date named right before them, "now" closing a
duration, and "the same period" across sentences (`corefer.py`, `deixis.same_period`).

Each case is a kind seen in the dev set's gold (MEANTIME marks "which" in "the last
quarter, which ended December 30, 2006", "its date" in "Sunday was chosen as its date",
"three days later than originally planned" after "November 11", and "now" in "shipping
for more than a week now"), told again in invented strike, court and bankruptcy
sentences. Values were worked out by hand from the publication date given.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.annotate.dates import find_dates

THU_2024_03_14 = dt.date(2024, 3, 14)


def found(text: str, published: dt.date = THU_2024_03_14) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, 0, len(text), 1, published)]


@pytest.mark.parametrize(("text", "expected"), [
    # a relative pronoun whose clause bounds a period: the period's value
    ("Rivermark lost $40 million in the last quarter, which ended December 31.",
     [("the last quarter", "2023-10/2023-12"), ("which", "2023-10/2023-12"), ("December 31", "2023-12-31")]),
    ("The union's strike fund ran dry in the second half of 2023, which began with a walkout.",
     [("the second half of 2023", "2023-07/2023-12"), ("which", "2023-07/2023-12")]),
    # a "which" whose clause says something no span of time does is another antecedent's
    ("The court heard a report released on Monday, which said the firm was insolvent.", [("Monday", "2024-03-11")]),
    ("The strike began in 2021, which surprised the owners.", [("2021", "2021")]),
    # a noun "date" or "day" equated with a date by the copula or "as"
    ("Sunday was chosen as its date because the union's founding fell on it.",
     [("Sunday", "2024-03-10"), ("its date", "2024-03-10")]),
    ("3 May will be the date of the bankruptcy hearing, the judge said.", [("3 May", "2024-05-03"), ("the date", "2024-05-03")]),
    ("Friday was the day the strikers returned.", [("Friday", "2024-03-08"), ("the day", "2024-03-08")]),
    # ... and in apposition with a day
    ("The plant closed on 3 March, the day the strike began.", [("3 March", "2024-03-03"), ("the day", "2024-03-03")]),
    # no copula, no "as": no equation ("on Friday the day was lost")
    ("He said on Friday the day was lost.", [("Friday", "2024-03-08")]),
    # an offset that says how a day stands to a plan names the same day
    ("The creditors will meet on March 28, three days later than originally planned.",
     [("March 28", "2024-03-28"), ("three days later than originally planned", "2024-03-28")]),
    ("The ferry resumed service on 2 March, a week ahead of schedule.",
     [("2 March", "2024-03-02"), ("a week ahead of schedule", "2024-03-02")]),
    # ... only after a day: a month is not moved by days
    ("The trial will end in June, two weeks later than planned.", [("June", "2024-06")]),
])
def test_a_coreferent_form_takes_its_antecedents_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The workers have been on strike for three weeks now.", [("now", "2024-03-14")]),
    ("The firm has been in administration for more than a year now.", [("now", "2024-03-14")]),
    ("They have been shipping for more than a week now.", [("now", "2024-03-14")]),
    # "now" alone is the present, not a date
    ("Now the union is talking.", []),
    ("The firm now employs 40 people.", []),
    ("The jury has now sat for nine days.", []),
])
def test_now_after_a_duration_is_the_publication_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the same period" repeats the period the paragraph named last, a year back
    ("Rivermark said it lost $2.2 billion in the third quarter of this year. The loss is $1.10 a share. "
     "In the same period a year earlier, it gained $704 million.",
     [("the third quarter of this year", "2024-07/2024-09"), ("the same period a year earlier", "2023-07/2023-09")]),
    ("Strike days rose in the first quarter of 2023, the union said. In the same period a year earlier they fell.",
     [("the first quarter of 2023", "2023-01/2023-03"), ("the same period a year earlier", "2022-01/2022-03")]),
    ("Filings rose in February. In the same period a year earlier they fell.",
     [("February", "2024-02"), ("the same period a year earlier", "2023-02")]),
    # with no period named before it, only "a year earlier" is a date
    ("In the same period a year earlier, the union had 900 members.", [("a year earlier", "2023")]),
])
def test_the_same_period_repeats_the_paragraphs_last_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, dt.date(2024, 10, 16)) == expected


COREF_SOURCES = """\
a.txt:
  title: Creditors
  published: 2024-03-14
b.txt:
  title: Results
  published: 2024-01-18
"""
COREF_TEXTS = {
    "a.txt": "Creditors\n\nThe creditors of Rivermark will meet on March 28, three days later than originally planned.",
    "b.txt": "Results\n\nRivermark lost $40 million in its profits during the last quarter, which ended December 31.",
}


def test_a_coreferent_date_is_no_event_of_its_own_and_stays_in_the_title(tmp_path: Path) -> None:
    # The repeat of "March 28" keeps its words in the title and makes no second entry;
    # the relative clause titles its own date, its antecedent for "which";
    # "which" (of a period measured, a description) makes no event of its own either.
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(COREF_SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text("- id: rivermark\n  kind: organisation\n  name: Rivermark\n  summary: A maker.\n",
                                        encoding="utf-8")
    for name, text in COREF_TEXTS.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    annotations = annotate_all(dossier.sources, dossier.entities, 1)
    events = build_events(dossier, annotations)
    assert [(ev.date, ev.title) for ev in events] == [
        ("2023-12-31", "The last quarter ended"),
        ("2024-03-28", "The creditors of Rivermark will meet, three days later than originally planned"),
    ]
    roles = sorted((d.text, d.role) for a in annotations.values() for d in a.dates)
    assert ("three days later than originally planned", "repeat") in roles
    assert ("which", "repeat") in roles


@pytest.mark.parametrize(("text", "published", "expected"), [
    # review finding H2 (fresh10, 05-deal ¶3): "6 a.m." was the publication day, Thursday
    ("Marsh said work would resume at 6 a.m. on Friday.", dt.date(2025, 3, 20),
     [("6 a.m.", "2025-03-21", "2025-03-21T06:00"), ("Friday", "2025-03-21", "2025-03-21")]),
    ("The court will sit at 10 a.m. on Monday.", THU_2024_03_14,
     [("10 a.m.", "2024-03-18", "2024-03-18T10:00"), ("Monday", "2024-03-18", "2024-03-18")]),
    ("The ferry sailed at 18:00 UTC, Tuesday, from Avel.", THU_2024_03_14,
     [("18:00 UTC", "2024-03-12", "2024-03-12T18:00"), ("Tuesday", "2024-03-12", "2024-03-12")]),
    # a time not written before its day stays on the publication's
    ("The ferry left at 9 a.m. and the strike began on Friday.", THU_2024_03_14,
     [("9 a.m.", "2024-03-14", "2024-03-14T09:00"), ("Friday", "2024-03-08", "2024-03-08")]),
    # "the same day" after a week is a day of that week (was the paragraph's last day)
    ("The union said on Monday that two weeks ago it heard the owners and the dockers on the same day.",
     THU_2024_03_14, [("Monday", "2024-03-11", "2024-03-11"), ("two weeks ago", "2024-W09", "2024-W09"),
                      ("the same day", "2024-W09", "2024-W09")]),
    ("On Friday the index fell, and it rose on the same day in Tokyo.", THU_2024_03_14,
     [("Friday", "2024-03-08", "2024-03-08"), ("the same day", "2024-03-08", "2024-03-08")]),
    # "the following day" after no day is no date (it was the day after publication)
    ("The forum said earlier this year that the strike had cost 60 million euros. On the following day, the "
     "operator disputed that figure.", dt.date(2025, 10, 8), [("earlier this year", "2025-01-01/2025-10-08",
                                                               "2025-01-01/2025-10-08")]),
    ("The union struck on 3 March. On the following day, the operator closed the gates.", THU_2024_03_14,
     [("3 March", "2024-03-03", "2024-03-03"), ("the following day", "2024-03-04", "2024-03-04")]),
    # a plan told as superseded is in the past (was August 2026, forward from "due")
    ("The inquiry's report was originally due at the end of August.", dt.date(2025, 10, 8),
     [("August", "2025-08", "2025-08")]),
    ("The hearing had initially been scheduled to take place in November.", THU_2024_03_14,
     [("November", "2023-11", "2023-11")]),
    ("The report is due at the end of August.", dt.date(2025, 10, 8), [("August", "2026-08", "2026-08")]),
])
def test_anchors_of_times_and_same_days(text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert [(d.text, d.value, d.timex) for d in find_dates(text, 0, len(text), 1, published)] == expected

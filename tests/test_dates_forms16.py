"""Date forms of the fresh-user reviews of session 16 (s16C #1 #2 #10 #19, s16A #19,
s16B F9 F10 F12, s16D #15): a time with a bracketed zone before its day, "12 noon",
forward months in a plan, ranges written with "between"/"from", the week commencing a
day, a decade counted back, and datelines with accented cities.

Each value was worked out by hand from the publication date of its row (weekdays
checked against a calendar): the reviews' sentences and siblings from other kinds of
story (a strike, a bankruptcy, a recall, a court case).
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.read.sentences import sentences


def times(text: str, published: dt.date) -> list[tuple[str, str]]:
    """(text, TIMEX3 value) of each date found."""
    return [(d.text, d.timex or d.value) for d in find_dates(text, 0, len(text), 1, published)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # s16C #1: a regulatory timetable's time, its zone in brackets, then its day
    ("Latest time for acceptance of the Ashcombe Offer (first closing date): 5.00 p.m. (London time) on 14 March 2025",
     dt.date(2025, 2, 4), [("5.00 p.m.", "2025-03-14T17:00"), ("14 March 2025", "2025-03-14")]),
    ("The exchange rate published at 4.30 p.m. (London time) on Friday 10 January 2025.", dt.date(2025, 1, 13),
     [("4.30 p.m.", "2025-01-10T16:30"), ("Friday 10 January 2025", "2025-01-10")]),
    # s16C #19: "12 noon"
    ("Acceptances must be received by no later than 12 noon (London time) on 14 January 2025.", dt.date(2025, 1, 13),
     [("12 noon", "2025-01-14T12:00"), ("14 January 2025", "2025-01-14")]),
    # siblings: a strike, a bankruptcy, a recall, a court case
    ("The strike committee said pickets would stand down at 10am (local time) on Monday.", dt.date(2025, 3, 5),
     [("10am", "2025-03-10T10:00"), ("Monday", "2025-03-10")]),
    ("Creditors must lodge their claims by noon (CET) on 3 June 2025.", dt.date(2025, 5, 20),
     [("noon", "2025-06-03T12:00"), ("3 June 2025", "2025-06-03")]),
    ("The recall hotline opens at 9 a.m. ET on Tuesday.", dt.date(2025, 3, 5),
     [("9 a.m. ET", "2025-03-11T09:00"), ("Tuesday", "2025-03-11")]),
    ("The jury retired at 2.15 p.m. (local time) on Thursday 6 March 2025. It returned within the hour.", dt.date(2025, 3, 10),
     [("2.15 p.m.", "2025-03-06T14:15"), ("Thursday 6 March 2025", "2025-03-06")]),
    ("Bids must reach the administrators by 12 midnight on 30 April 2025.", dt.date(2025, 4, 2),
     [("12 midnight", "2025-04-30T24:00"), ("30 April 2025", "2025-04-30")]),
])
def test_a_time_with_a_bracketed_zone_is_on_the_day_after_it(text: str, published: dt.date,
                                                             expected: list[tuple[str, str]]) -> None:
    assert times(text, published) == expected


@pytest.mark.parametrize(("text", "count"), [
    ("Latest time for acceptance: 5.00 p.m. (London time) on 14 March 2025", 1),
    ("Pickets stood down at 10 a.m. (local time) on Monday.", 1),
    ("Trading resumed at 2 p.m. (GMT+1) on Friday.", 1),
    # a bracketed sentence after a time still opens a sentence of its own
    ("The store closed at 5 p.m. (It reopened the next day.)", 2),
])
def test_a_bracketed_zone_after_a_clock_does_not_end_the_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(("text", "published", "expected"), [
    # s16C #2: a day in a conditional clause of a plan, "we'll", a modal's period to a limit
    ("Ashcombe's offer is expected to complete in the second quarter, provided its shareholders back the deal "
     "at a general meeting on March 17.", dt.date(2025, 2, 5), [("the second quarter", "2025-Q2"), ("March 17", "2025-03-17")]),
    ("We'll see who laughs in March.", dt.date(2025, 2, 24), [("March", "2025-03")]),
    ("The deal might sit in a regulatory queue until September.", dt.date(2025, 2, 5), [("September", "2025-09")]),
    # siblings: a bankruptcy, a court case, a strike, a recall
    ("The administrators expect to sell the stores, provided creditors approve the plan at a meeting on March 17.",
     dt.date(2025, 2, 5), [("March 17", "2025-03-17")]),
    ("The trial will go ahead, providing the defendant is fit to appear on March 3.", dt.date(2025, 2, 10),
     [("March 3", "2025-03-03")]),
    ("They'll vote in April, the union said.", dt.date(2025, 2, 24), [("April", "2025-04")]),
    ("The recalled cars could stay off the road until October.", dt.date(2025, 3, 4), [("October", "2025-10")]),
    ("The bankrupt chain may keep trading in its remaining stores until May.", dt.date(2025, 3, 10), [("May", "2025-05")]),
    # the past stays past; "provided" as a verb is a past tense
    ("The queue of lorries lasted until September.", dt.date(2025, 2, 5), [("September", "2024-09")]),
    ("The firm provided its auditors with the accounts on March 3.", dt.date(2025, 2, 5), [("March 3", "2024-03-03")]),
])
def test_a_date_without_a_year_in_a_plan_looks_forward(text: str, published: dt.date,
                                                       expected: list[tuple[str, str]]) -> None:
    assert times(text, published) == expected


def _role(paragraph: str, date_text: str, published: dt.date) -> str:
    """The role of `date_text` in a one-paragraph, one-sentence text."""
    from builder.annotate.roles import role

    found = find_dates(paragraph, 0, len(paragraph), 1, published)
    date = next(d for d in found if d.text == date_text)
    return role(paragraph, (0, len(paragraph)), (0, len(paragraph)), date, found, [], ())


@pytest.mark.parametrize(("paragraph", "date_text", "expected"), [
    # s16B F9: a dateline whose city has an accented capital is a dateline
    ("COPIAPÓ, Chile, Aug 6 (Austral Press) - Rescuers in northern Chile made contact with the miners.", "Aug 6", "dateline"),
    ("BOGOTÁ, March 3 (Andes Wire) - Striking dockers blocked the port.", "March 3", "dateline"),
    ("ASUNCIÓN, May 12 (Chaco News) — The court adjourned the trial.", "May 12", "dateline"),
    ("ŁÓDŹ, Poland, 12 May (Vistula News) — The administrators closed the plant.", "12 May", "dateline"),
    ("COPIAPO, Chile, Aug 6 (Austral Press) - Rescuers in northern Chile made contact with the miners.", "Aug 6", "dateline"),
    # s16A #19: a section heading is no dateline ("The 2021 Series C")
    ("The 2021 Series C", "2021", "event"),
    ("The 2019 recall", "2019", "event"),
    # a date line alone stays one
    ("Tuesday 4 February 2025", "Tuesday 4 February 2025", "dateline"),
    ("LONDON, 4 Feb 2025", "4 Feb 2025", "dateline"),
])
def test_a_dateline_with_an_accented_capital_and_a_heading(paragraph: str, date_text: str, expected: str) -> None:
    assert _role(paragraph, date_text, dt.date(2025, 2, 5)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # s16B F10: "the last night" is the final night, no deictic date
    ("The last night", dt.date(2024, 8, 17), []),
    ("They spent the last night of the strike at the depot gate.", dt.date(2025, 3, 5), []),
    ("On the last morning of the trial, the judge thanked the jury.", dt.date(2025, 3, 5), []),
    # "last night" on its own is the night before publication
    ("The court sat late last night.", dt.date(2025, 3, 5), [("last night", "2025-03-04")]),
])
def test_the_last_night_is_no_deictic_date(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert times(text, published) == expected


@pytest.mark.parametrize(("text", "agency", "month_day"), [
    ("COPIAPÓ, Chile, Aug 6 (Austral Press) - Rescuers in northern Chile made contact with the trapped miners.",
     "Austral Press", "08-06"),
    ("BOGOTÁ, March 3 (Andes Wire) - Striking dockers blocked the port for a second day.", "Andes Wire", "03-03"),
    ("MÉXICO, June 4 (Valle News) - A court ordered the recall of 40,000 heaters.", "Valle News", "06-04"),
])
def test_add_reads_a_dateline_with_an_accented_capital(text: str, agency: str, month_day: str) -> None:
    from builder.annotate.opening import opening

    found = opening(text + "\n\nA second paragraph.")
    assert (found.agency, found.month_day) == (agency, month_day)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("COPIAPÓ, Chile, Aug 6 (Austral Press) - Rescuers in northern Chile made contact early on Tuesday with miners "
     "trapped underground.", dt.date(2024, 8, 6), "Rescuers in northern Chile made contact with miners trapped underground"),
    ("BOGOTÁ, March 3 (Andes Wire) - Striking dockers blocked the port on Monday.", dt.date(2025, 3, 3),
     "Striking dockers blocked the port"),
    ("ŁÓDŹ, Poland, 12 May (Vistula News) — The administrators closed the plant on Friday.", dt.date(2025, 5, 12),
     "The administrators closed the plant"),
])
def test_an_accented_dateline_is_cut_from_the_title(text: str, published: dt.date, expected: str) -> None:
    from builder.annotate.titles import title

    found = find_dates(text, 0, len(text), 1, published)
    assert title(text, 0, len(text), found, [], found[-1]) == expected

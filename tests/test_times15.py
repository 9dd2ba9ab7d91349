"""24-hour clock times, noon and midnight, weekday ranges, definite weekdays, office hours
and "from the weekend" (fresh-user review s15 c#2 c#7 c#10 c#11 c#22, d#7 d#10 d#14).

Each value was worked out by hand from the publication date of its row (weekdays checked
against a calendar): the reviews' sentences and siblings from other kinds of story.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.anaphora import Story
from builder.annotate.dates import find_dates
from builder.timex import explain_date


def times(text: str, published: dt.date) -> list[tuple[str, str]]:
    """(text, TIMEX3 value) of each date found."""
    return [(d.text, d.timex or d.value) for d in find_dates(text, 0, len(text), 1, published)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # c#10: a statement's bulleted timeline and a press release's note
    ("Saturday 5 October, 02:10: Our out-of-hours monitoring detected files being encrypted.", dt.date(2024, 10, 10),
     [("Saturday 5 October", "2024-10-05"), ("02:10", "2024-10-05T02:10")]),
    ("The Commission was told of the breach at 08:15 on Monday 7 October 2024.", dt.date(2024, 11, 20),
     [("08:15", "2024-10-07T08:15"), ("Monday 7 October 2024", "2024-10-07")]),
    # d#14: a live blog, a situation report, a court report, a decree
    ("Civil Protection ordered residents to leave at 18:30 local time on Tuesday.", dt.date(2025, 8, 12),
     [("18:30", "2025-08-12T18:30"), ("Tuesday", "2025-08-12")]),
    ("One firefighter died at approximately 19:15 today.", dt.date(2025, 8, 11),
     [("19:15", "2025-08-11T19:15"), ("today", "2025-08-11")]),
    ("Next update: 06:00 tomorrow.", dt.date(2025, 8, 11), [("06:00", "2025-08-12T06:00"), ("tomorrow", "2025-08-12")]),
    ("Area burned: 4,800 ha (previous report: 1,200 ha at 20:00 on 10 August)", dt.date(2025, 8, 11),
     [("20:00", "2025-08-10T20:00"), ("10 August", "2025-08-10")]),
    ("Buses will leave at noon on Wednesday.", dt.date(2025, 8, 12),
     [("noon", "2025-08-13T12:00"), ("Wednesday", "2025-08-13")]),
    ("Civil Protection lifted the evacuation order by noon Thursday.", dt.date(2025, 8, 14),
     [("noon", "2025-08-14T12:00"), ("Thursday", "2025-08-14")]),
    # midnight is the end of its day (T24:00)
    ("A state of emergency is declared for 30 days from midnight on 13 August 2025.", dt.date(2025, 8, 13),
     [("midnight", "2025-08-13T24:00"), ("13 August 2025", "2025-08-13")]),
    # siblings: a strike, a bankruptcy, a recall (a one-digit hour after "at"), a court
    ("Pickets will gather at 06:30 on Monday outside the depot.", dt.date(2025, 2, 12),
     [("06:30", "2025-02-17T06:30"), ("Monday", "2025-02-17")]),
    ("The administrators filed the papers at 16:45 on Friday.", dt.date(2025, 3, 10),
     [("16:45", "2025-03-07T16:45"), ("Friday", "2025-03-07")]),
    ("The recall notice was issued at 9:15 on Thursday.", dt.date(2025, 3, 7),
     [("9:15", "2025-03-06T09:15"), ("Thursday", "2025-03-06")]),
    ("Court resumes at 10:00.", dt.date(2025, 3, 4), [("10:00", "2025-03-04T10:00")]),
    ("The jury was sent out on Tuesday. It returned at 15:40 with its verdict.", dt.date(2025, 3, 6),
     [("Tuesday", "2025-03-04"), ("15:40", "2025-03-04T15:40")]),
    # no times: race times, scores, paces, ratios, verses, "the midnight sun"
    ("She ran 3:31.45 to win the 1,500m.", dt.date(2025, 3, 4), []),
    ("City won 2:1 on Saturday.", dt.date(2025, 3, 10), [("Saturday", "2025-03-08")]),
    ("It was a 3-2 win for the visitors.", dt.date(2025, 3, 4), []),
    ("He kept a pace of 9:30 per mile.", dt.date(2025, 3, 4), []),
    ("The map is drawn at a scale of 1:50,000.", dt.date(2025, 3, 4), []),
    ("The banner quoted John 3:16.", dt.date(2025, 3, 4), []),
    ("The pastor read from Luke 12:30 on the steps.", dt.date(2025, 3, 4), []),
    ("United won 21:15 in the final set.", dt.date(2025, 3, 4), []),
    ("The lap record of 12:03:45 still stands.", dt.date(2025, 3, 4), []),
    ("Tourists come for the midnight sun.", dt.date(2025, 3, 4), []),
])
def test_a_24_hour_time_noon_and_midnight(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert times(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # c#2: the second day of a range is the first one on or after the first (was 1 October)
    ("The trust said 412 planned operations had been postponed between Saturday and Tuesday.", dt.date(2024, 10, 7),
     [("Saturday", "2024-10-05"), ("Tuesday", "2024-10-08")]),
    ("Dockers walked out from Friday to Monday.", dt.date(2025, 2, 12), [("Friday", "2025-02-07"), ("Monday", "2025-02-10")]),
    ("The stores were closed from Saturday to Thursday, the administrators said.", dt.date(2025, 3, 5),
     [("Saturday", "2025-03-01"), ("Thursday", "2025-03-06")]),
    ("The court will sit between Monday and Wednesday.", dt.date(2025, 3, 5),
     [("Monday", "2025-03-10"), ("Wednesday", "2025-03-12")]),
    # two days joined by "and" with no "between" are each their own
    ("The recall was announced on Monday and widened on Tuesday.", dt.date(2025, 3, 5),
     [("Monday", "2025-03-03"), ("Tuesday", "2025-03-04")]),
])
def test_a_weekday_range_runs_forward(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert times(text, published) == expected


def _story(paragraphs: list[str], published: dt.date) -> list[tuple[int, str, str]]:
    text = "\n\n".join(paragraphs)
    story, found, at = Story(), [], 0
    for number, paragraph in enumerate(paragraphs, 1):
        found += [(d.paragraph, d.text, d.timex or d.value)
                  for d in find_dates(text, at, at + len(paragraph), number, published, story=story)]
        at += len(paragraph) + 2
    return found


@pytest.mark.parametrize(("paragraphs", "published", "expected"), [
    # c#7: "the Saturday" with nothing named is no date (was the latest Saturday, 12 October),
    # and a time on it takes no other day
    (["We got the call at 03:15 on the Saturday morning, about an hour after the encryption started. "
      "Our incident lead was on site by 7am."], dt.date(2024, 10, 16), []),
    (["The attack began in the early hours of Saturday 5 October.",
      "We got the call at 03:15 on the Saturday morning."], dt.date(2024, 10, 16),
     [(1, "Saturday 5 October", "2024-10-05"), (2, "03:15", "2024-10-05T03:15"), (2, "Saturday morning", "2024-10-05")]),
    # a court case: "that Friday" is the Friday the story named
    (["The jury was sent out on Friday 7 March 2025.", "That Friday the judge discharged a juror."], dt.date(2025, 3, 20),
     [(1, "Friday 7 March 2025", "2025-03-07"), (2, "Friday", "2025-03-07")]),
    # a strike: "the Saturday" of a weekend the story named
    (["Dockers struck over the weekend.", "On the Saturday, pickets blocked the gates."], dt.date(2025, 2, 12),
     [(1, "the weekend", "2025-W06-WE"), (2, "Saturday", "2025-02-08")]),
    (["Dockers returned to work the Monday after."], dt.date(2025, 2, 12), []),
])
def test_a_definite_weekday_is_the_one_the_story_named(paragraphs: list[str], published: dt.date,
                                                       expected: list[tuple[int, str, str]]) -> None:
    assert _story(paragraphs, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # d#7, c#11: hours beside a range of weekdays or before "every day" make a SET: no dates
    ("Claims can be filed at the town hall from Monday to Friday, 9am to 2pm, for the next 60 days.",
     dt.date(2025, 8, 18), []),
    ("A patient helpline is open from 8am to 8pm every day on 0800 555 0147.", dt.date(2024, 10, 10), []),
    ("Customers can call the hotline 09:00 to 17:00, Monday to Friday.", dt.date(2025, 3, 5), []),
    ("The union office is staffed between Monday and Friday, 10am to 4pm.", dt.date(2025, 2, 12), []),
    ("The creditors' line is open 9am to 5pm from Monday to Friday.", dt.date(2025, 3, 5), []),
    ("Press briefing: daily at 10:00 at the town hall.", dt.date(2025, 8, 11), []),
    # without hours a range of weekdays is a stretch of one week: dates
    ("The strike will run from Monday to Friday.", dt.date(2025, 2, 12), [("Monday", "2025-02-17"), ("Friday", "2025-02-21")]),
    ("Pickets will stand from 6am on Monday to 6pm on Friday.", dt.date(2025, 2, 12),
     [("6am", "2025-02-17T06:00"), ("Monday", "2025-02-17"), ("6pm", "2025-02-21T18:00"), ("Friday", "2025-02-21")]),
])
def test_office_hours_are_no_dates(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert times(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # d#10: "from the weekend" was never marked
    ("AEMET forecast rain from the weekend, which could help crews contain the fire.", dt.date(2025, 8, 13),
     [("the weekend", "2025-W33-WE")]),
    ("Talks will continue until the weekend.", dt.date(2025, 2, 12), [("the weekend", "2025-W07-WE")]),
    ("The shares have fallen since the weekend.", dt.date(2025, 2, 12), [("the weekend", "2025-W06-WE")]),
])
def test_the_weekend_after_a_preposition(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert times(text, published) == expected
    assert find_dates(text, 0, len(text), 1, published)[0].precision == "range"


def test_a_times_tooltip_says_to_the_minute() -> None:
    """c#22: "about 2 a.m. on Saturday" said "(to the day)" beside its hour."""
    assert explain_date("2024-10-05", "day", "2024-10-05T02:00", "2 a.m.") == "Saturday 5 October 2024, 02:00 (to the minute)"
    assert explain_date("2025-08-13", "day", "2025-08-13T24:00", "midnight") == "Wednesday 13 August 2025, 24:00 (to the minute)"
    assert explain_date("2024-10-05", "day") == "Saturday 5 October 2024 (to the day)"

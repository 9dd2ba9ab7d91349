"""The narrative's reference time and the direction of underspecified dates (fresh-user
reviews s16: A #1 #2 #3 #6, B F1 F2 F11, C #19, D #1 #6 #15).

Each row is the reviewer's sentence or a sibling from another kind of story (a strike, a
bankruptcy, a court case, a recall), read paragraph by paragraph as `annotate` reads a
source. The values were worked out by hand from the publication date of the row and a
calendar (weekdays checked: 5 August 2024 was a Monday, 3 March 2021 a Wednesday, 12
January 2022 a Wednesday, 3 March 2025 a Monday, 17 March 2025 a Monday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.anaphora import Story
from builder.annotate.dates import find_dates


def story_dates(paragraphs: list[str], published: dt.date) -> list[tuple[str, str]]:
    """(text, TIMEX3 value) of each date of the paragraphs, read in order with one `Story`."""
    text = "\n\n".join(paragraphs)
    story, found, at = Story(), [], 0
    for number, paragraph in enumerate(paragraphs, 1):
        start = text.index(paragraph, at)
        at = start + len(paragraph)
        found += [(d.text, d.timex or d.value) for d in find_dates(text, start, at, number, published, story=story)]
    return found


ROWS = [
    # A #1, #2: a magazine's past told after "In the summer of 2022" (published 28 June 2025)
    (["In the summer of 2022 the FCA asked Lumora for a breakdown of its accounts. Daniel Marsh, the head of treasury, "
      "resigned in July. On 3 August the FCA opened a formal inquiry. A month later Raghunathan stepped down as chief "
      "executive, and Adebayo left in October.",
      "Three months after the FCA's inquiry began, on 14 November 2022, Lumora entered administration."],
     dt.date(2025, 6, 28),
     [("summer of 2022", "2022-SU"), ("July", "2022-07"), ("3 August", "2022-08-03"), ("A month later", "2022-09"),
      ("October", "2022-10"), ("Three months after", "2022-11"), ("14 November 2022", "2022-11-14")]),
    # a strike and a bankruptcy told in the past
    (["In the spring of 2021 the union balloted its members. The first walkout began in May. On 14 June the company "
      "made an offer."], dt.date(2024, 3, 10),
     [("spring of 2021", "2021-SP"), ("May", "2021-05"), ("14 June", "2021-06-14")]),
    (["The retailer filed for administration in January 2020. Its last shop closed on 30 March."], dt.date(2023, 9, 1),
     [("January 2020", "2020-01"), ("30 March", "2020-03-30")]),
    # no reference fine enough (a year), or the paragraph came back to the present: the publication's
    (["The firm was founded in 2016. It reported results in May."], dt.date(2025, 6, 28),
     [("2016", "2016"), ("May", "2025-05")]),
    (["The lender filed its claim on Jan 5. The court ruled on Oct 12."], dt.date(2025, 11, 2),
     [("Jan 5", "2025-01-05"), ("Oct 12", "2025-10-12")]),  # a reference read from the publication places nothing
    (["In June 2018 the round closed.", '"It was true," said Obi, speaking to me in May.'], dt.date(2025, 6, 28),
     [("June 2018", "2018-06"), ("May", "2025-05")]),
    # A #6: "that October", "That March": the month in the reference time's year
    (["Raghunathan and Adebayo were arrested in March 2023 and charged by the Serious Fraud Office that October."],
     dt.date(2025, 6, 28), [("March 2023", "2023-03"), ("that October", "2023-10")]),
    (["Ashcroft left in 2019.", "That March, Raghunathan hired a finance chief."], dt.date(2025, 6, 28),
     [("2019", "2019"), ("That March", "2019-03")]),
    (["The jury was sworn in January 2024 and returned its verdict that April."], dt.date(2025, 2, 1),
     [("January 2024", "2024-01"), ("that April", "2024-04")]),
    (["In 2019 the party said that May would resign."], dt.date(2025, 2, 1), [("2019", "2019")]),
    # D #15: "this year" after a range, "last year" after a day, "a year ago today"
    (["They were arrested in March 2023 and charged that October. Their trial lasted from 3 March to 1 May this year."],
     dt.date(2025, 6, 28),
     [("March 2023", "2023-03"), ("that October", "2023-10"), ("3 March", "2025-03-03"), ("1 May this year", "2025-05-01")]),
    (["The bridge fell on 15 November last year, the inquiry heard."], dt.date(2023, 6, 13),
     [("15 November last year", "2022-11-15")]),
    (["A year ago today my sister got on a bus."], dt.date(2023, 11, 15), [("A year ago today", "2022-11-15")]),
    (["The recall began six months ago today."], dt.date(2025, 3, 10), [("six months ago today", "2024-09-10")]),
    # A #3: a quotation counts from its own stated date; "that autumn" after a turn with no date
    (['The message, read to the court, was dated 3 March 2021 and said: "Seun – the diligence team want the bank '
      'letters by Monday."'], dt.date(2025, 3, 19), [("3 March 2021", "2021-03-03"), ("Monday", "2021-03-08")]),
    (['The letter was dated 12 January 2022 and read: "Please return the units by Friday."'], dt.date(2024, 5, 2),
     [("12 January 2022", "2022-01-12"), ("Friday", "2022-01-14")]),
    (["In September 2021 he said the gap was closed.", "Q: Did you check?", "I lost access to the account that autumn."],
     dt.date(2025, 3, 19), [("September 2021", "2021-09"), ("that autumn", "2021-FA")]),
    # B F1, F11: a feature's week set out by "Monday, August 5" (published Sunday 18 August 2024)
    (["On day 5 of the rescue, Monday, August 5, the mood broke.", "Nobody slept.",
      "The minister arrived on Tuesday morning, only hours after the drill reached the chamber at 4:15 a.m.",
      "His partner had been calling the hotline since Thursday morning.",
      '"I went to the gate on Friday," she says.'], dt.date(2024, 8, 18),
     [("Monday, August 5", "2024-08-05"), ("Tuesday morning", "2024-08-06"), ("4:15 a.m.", "2024-08-06T04:15"),
      ("Thursday morning", "2024-08-01"), ("Friday", "2024-08-02")]),
    (["The capsule went down at 9:40 p.m. on Thursday, August 8. The last man came out the next day.",
      "Juan Pablo came up seventh, at 8:40 a.m. on Friday."], dt.date(2024, 8, 18),
     [("9:40 p.m.", "2024-08-08T21:40"), ("Thursday, August 8", "2024-08-08"), ("the next day", "2024-08-09"),
      ("8:40 a.m.", "2024-08-09T08:40"), ("Friday", "2024-08-09")]),
    (["By dawn on Thursday, August 1, there were around 60 people at the gate. By the weekend there were more than 200."],
     dt.date(2024, 8, 18), [("Thursday, August 1", "2024-08-01"), ("the weekend", "2024-W31-WE")]),
    # the present and plans count from the publication
    (["On day 5 of the rescue, Monday, August 5, the mood broke.", "He has been home since Tuesday.",
      "She will go back on Monday."], dt.date(2024, 8, 18),
     [("Monday, August 5", "2024-08-05"), ("Tuesday", "2024-08-13"), ("Monday", "2024-08-19")]),
    # a strike's week; a news report whose dates set out no week
    (["Pickets gathered on Monday, March 3, outside the depot.", "Management replied on Wednesday with a new offer."],
     dt.date(2025, 3, 24), [("Monday, March 3", "2025-03-03"), ("Wednesday", "2025-03-05")]),
    (["The report was released on 3 March.", "On Tuesday the firm said it would appeal."], dt.date(2025, 3, 24),
     [("3 March", "2025-03-03"), ("Tuesday", "2025-03-18")]),
    (["Nine years later, on 13 June, she was jailed. On Tuesday her lawyers lodged an appeal."], dt.date(2025, 6, 28),
     [("13 June", "2025-06-13"), ("Tuesday", "2025-06-24")]),
    # D #1: "All times are on Tuesday 15 November unless stated." before a list of times
    (["All times are on Tuesday 15 November unless stated.", "5.08pm – The central span collapses into the river.",
      "5.09pm – The first 999 call is received."], dt.date(2022, 11, 17),
     [("Tuesday 15 November", "2022-11-15"), ("5.08pm", "2022-11-15T17:08"), ("5.09pm", "2022-11-15T17:09")]),
    (["Timeline of Friday 7 March:", "9.15am – The first complaint is logged."], dt.date(2025, 3, 10),
     [("Friday 7 March", "2025-03-07"), ("9.15am", "2025-03-07T09:15")]),
    (["The last of the men trapped since the night of 31 July has been brought up.", "22:30 That's where we leave it"],
     dt.date(2024, 8, 9), [("31 July", "2024-07-31"), ("22:30", "2024-08-09T22:30")]),
    # D #6: "the day" when the story stands years back; a market report's own day
    (["The bridge was inspected in 2009, 2014 and 2019.",
      "The Panel's present view is that the loading on the day was not an unusual event."], dt.date(2023, 3, 9),
     [("2009", "2009"), ("2014", "2014"), ("2019", "2019")]),
    (["Shares rose 2% on the day."], dt.date(2025, 3, 10), [("the day", "2025-03-10")]),
]


@pytest.mark.parametrize(("paragraphs", "published", "expected"), ROWS, ids=[r[0][0][:40] for r in ROWS])
def test_a_story_told_in_the_past_places_its_dates_from_its_reference_time(
        paragraphs: list[str], published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert story_dates(paragraphs, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # B F2: a perfect infinitive after a modal is the past; "until" governs nothing itself
    ("Nobody should have been sent down that ramp on Wednesday night.", dt.date(2024, 8, 6),
     [("Wednesday night", "2024-07-31")]),
    ("The plant would have closed on Friday without the loan.", dt.date(2025, 3, 12), [("Friday", "2025-03-07")]),
    ("Gómez rationed two spoonfuls of tuna per man every 48 hours until the drill broke through on Tuesday.",
     dt.date(2024, 8, 9), [("Tuesday", "2024-08-06")]),
    ("Workers stayed on the picket line until the company gave in on Thursday.", dt.date(2025, 3, 12),
     [("Thursday", "2025-03-06")]),
    # D #6: what was cancelled for a day had been set for it, ahead
    ("Brackenford Royal Infirmary said it had cancelled non-urgent operations for Wednesday.", dt.date(2022, 11, 15),
     [("Wednesday", "2022-11-16")]),
    ("The airline cancelled all flights for Friday.", dt.date(2025, 3, 12), [("Friday", "2025-03-14")]),
    # C #19: a correction's weekdays are days of one week
    ("The general meeting took place on Monday, not Tuesday.", dt.date(2025, 3, 17),
     [("Monday", "2025-03-17"), ("Tuesday", "2025-03-18")]),
    ("The strike ended on Wednesday, not Thursday as first reported.", dt.date(2025, 3, 14),
     [("Wednesday", "2025-03-12"), ("Thursday", "2025-03-13")]),
])
def test_the_direction_of_a_weekday(sentence: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert story_dates([sentence], published) == expected

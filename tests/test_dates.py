"""Time expressions: every date in every demo source, and tricky and negative cases.

The expected values were worked out by hand from each source's publication date (000
and 001: Sunday 28 July 2013; 002: Monday 12 August 2013; 003: Sunday 8 September 2013;
004: Thursday 26 September 2013) and the rules in DESIGN.md: a bare weekday is the most
recent such day on or before publication, "next" moves forward, a month without a year is
the most recent such month, "N years later" counts from the year named earlier in the
sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.numeric import numeric_order
from builder.read.text import read_text, split_paragraphs

from conftest import SEEDS

DEMO = {
    "000_b586a3971dd3c03c.txt": [
        (1, "Sunday", "2013-07-28", "day"),
        (5, "this month", "2013-07", "month"),
        (6, "Sunday night", "2013-07-28", "day"),
        (8, "Saturday", "2013-07-27", "day"),
        (10, "1993", "1993", "year"),
        (10, "1975-79", "1975/1979", "range"),
        (12, "1993", "1993", "year"),
        (12, "four years later", "1997", "year"),
    ],
    "001_07409e06a383f7f9.txt": [
        (1, "Sunday", "2013-07-28", "day"),
        (4, "this month", "2013-07", "month"),
        (5, "Sunday night", "2013-07-28", "day"),
        (7, "Saturday", "2013-07-27", "day"),
        (9, "1993", "1993", "year"),
        (9, "1975-79", "1975/1979", "range"),
        (11, "1993", "1993", "year"),
        (11, "four years later", "1997", "year"),
        (12, "Sunday", "2013-07-28", "day"),
        (14, "1993", "1993", "year"),
        (15, "1995", "1995", "year"),
        (15, "two years later", "1997", "year"),
        (16, "Sunday", "2013-07-28", "day"),
        (16, "July 19", "2013-07-19", "day"),
        (19, "Saturday", "2013-07-27", "day"),
        (20, "Sunday", "2013-07-28", "day"),
        (24, "early Sunday evening", "2013-07-28", "day"),
        (25, "late Sunday", "2013-07-28", "day"),
        (28, "today", "2013-07-28", "day"),
    ],
    "002_51bbc30d19ac0094.txt": [
        (3, "today", "2013-08-12", "day"),
        (5, "July 28th", "2013-07-28", "day"),
        (6, "earlier today", "2013-08-12", "day"),
        (11, "1998", "1998", "year"),
        (11, "1975-79", "1975/1979", "range"),
        (15, "last week", "2013-W32", "week"),
        (15, "this week", "2013-W33", "week"),
        (16, "last week", "2013-W32", "week"),
        (17, "Thursday", "2013-08-08", "day"),
    ],
    "003_d852035ef8d2e0ca.txt": [
        (1, "Sunday", "2013-09-08", "day"),
        (2, "July", "2013-07", "month"),
        (5, "1998", "1998", "year"),
        (5, "five years ago", "2008", "year"),
        (7, "Saturday", "2013-09-07", "day"),
        (8, "Sunday", "2013-09-08", "day"),
        (10, "next Sunday", "2013-09-15", "day"),
        (21, "July", "2013-07", "month"),
        (22, "late 1970s", "1977/1979", "range"),
    ],
    "004_655b0d2d04cd4c32.txt": [
        (2, "July 28, 2013", "2013-07-28", "day"),
        (3, "Thursday", "2013-09-26", "day"),
        (4, "Sept. 14-15", "2013-09-14/2013-09-15", "range"),
        (5, "July 28", "2013-07-28", "day"),
        (6, "Thursday", "2013-09-26", "day"),
        (12, "earlier this week", "2013-W39", "week"),
        (14, "this week", "2013-W39", "week"),
        (17, "Thursday", "2013-09-26", "day"),
        (23, "June", "2013-06", "month"),
        (24, "July", "2013-07", "month"),
        (25, "1997", "1997", "year"),
    ],
}
PUBLISHED = {
    "000_b586a3971dd3c03c.txt": dt.date(2013, 7, 28),
    "001_07409e06a383f7f9.txt": dt.date(2013, 7, 28),
    "002_51bbc30d19ac0094.txt": dt.date(2013, 8, 12),
    "003_d852035ef8d2e0ca.txt": dt.date(2013, 9, 8),
    "004_655b0d2d04cd4c32.txt": dt.date(2013, 9, 26),
}


@pytest.mark.parametrize("name", sorted(DEMO))
def test_every_date_in_demo_source(name: str) -> None:
    text = read_text((SEEDS / name).read_bytes(), name, [])
    assert text is not None
    found = [
        (d.paragraph, d.text, d.value, d.precision)
        for p in split_paragraphs(text)
        for d in find_dates(text, p.start, p.end, p.number, PUBLISHED[name])
    ]
    assert found == DEMO[name]


SUNDAY = dt.date(2013, 7, 28)
MONDAY = dt.date(2013, 8, 12)
CASES = [
    # (text, published, expected [(surface, value, precision)])
    ("on July 28, 2013 they voted", MONDAY, [("July 28, 2013", "2013-07-28", "day")]),
    ("on 28 July 2013 they voted", MONDAY, [("28 July 2013", "2013-07-28", "day")]),
    ("the July 28 elections", MONDAY, [("July 28", "2013-07-28", "day")]),
    ("the July 28th election", MONDAY, [("July 28th", "2013-07-28", "day")]),
    ("He returned July 19 only", SUNDAY, [("July 19", "2013-07-19", "day")]),
    ("talks on Sept. 14-15 failed", dt.date(2013, 9, 26), [("Sept. 14-15", "2013-09-14/2013-09-15", "range")]),
    ("talks on Sept. 14–15, 2012 failed", MONDAY, [("Sept. 14–15, 2012", "2012-09-14/2012-09-15", "range")]),
    ("in June they met", MONDAY, [("June", "2013-06", "month")]),
    ("in October they met", MONDAY, [("October", "2012-10", "month")]),
    ("next October they meet", MONDAY, [("next October", "2013-10", "month")]),
    ("in March 2014 they meet", MONDAY, [("March 2014", "2014-03", "month")]),
    ("July's poll", MONDAY, [("July", "2013-07", "month")]),
    ("since 1998", MONDAY, [("1998", "1998", "year")]),
    ("the 1975-79 rule", MONDAY, [("1975-79", "1975/1979", "range")]),
    ("from 1975 to 1979", MONDAY, [("1975", "1975", "year"), ("1979", "1979", "year")]),
    ("the late 1970s", MONDAY, [("late 1970s", "1977/1979", "range")]),
    ("the early 1990s", MONDAY, [("early 1990s", "1990/1993", "range")]),
    ("the 1980s", MONDAY, [("1980s", "1980/1989", "decade")]),
    ("On Sunday they voted", SUNDAY, [("Sunday", "2013-07-28", "day")]),
    ("On Sunday they voted", MONDAY, [("Sunday", "2013-08-11", "day")]),
    ("Sunday night", MONDAY, [("Sunday night", "2013-08-11", "day")]),
    ("next Sunday", SUNDAY, [("next Sunday", "2013-08-04", "day")]),
    ("last Sunday", SUNDAY, [("last Sunday", "2013-07-21", "day")]),
    ("on Thursday", MONDAY, [("Thursday", "2013-08-08", "day")]),
    ("today", MONDAY, [("today", "2013-08-12", "day")]),
    ("yesterday", MONDAY, [("yesterday", "2013-08-11", "day")]),
    ("last week", MONDAY, [("last week", "2013-W32", "week")]),
    ("earlier this week", MONDAY, [("earlier this week", "2013-W33", "week")]),
    ("this month", MONDAY, [("this month", "2013-08", "month")]),
    ("last month", MONDAY, [("last month", "2013-07", "month")]),
    ("last year", MONDAY, [("last year", "2012", "year")]),
    ("five years ago", MONDAY, [("five years ago", "2008", "year")]),
    ("3 days ago", MONDAY, [("3 days ago", "2013-08-09", "day")]),
    ("In 1993 he lost, and four years later he won", MONDAY, [("1993", "1993", "year"), ("four years later", "1997", "year")]),
    # Negative cases: durations, ages, counts and money are not dates.
    ("in power for 28 years", MONDAY, []),
    ("for nearly three decades", MONDAY, []),
    ("Hun Sen, 60, said", MONDAY, []),
    ("25-year-old Reth Sonitha", MONDAY, []),
    ("until he is 74", MONDAY, []),
    ("68 of the 123 seats", MONDAY, []),
    ("U.S. $10,000 in cash", MONDAY, []),
    ("$2013 in cash", MONDAY, []),
    ("1.3 million names", MONDAY, []),
    ("9.7 million voters", MONDAY, []),
    ("4,2013 items", MONDAY, []),
    ("four years later", MONDAY, []),
    ("you may go", MONDAY, []),
    ("Sunday", None, []),
    # a year ending the title of a law or document is part of its name (fresh-user review
    # 14c: "Proceeds of Crime Act 2002" made a timeline entry "2002")
    ("Confiscation proceedings under the Proceeds of Crime Act 2002 will follow.", MONDAY, []),
    ("The administrators acted under the Insolvency Act 1986.", MONDAY, []),
    ("The Insolvency (England and Wales) Rules 2016 apply to the sale.", MONDAY, []),
    ("The ballot met the thresholds of the Trade Union Act 2016.", MONDAY, []),
    ("Both sides signed the Harbour Pay Agreement 2019.", MONDAY, []),
    ("The Act came into force in 2002.", MONDAY, [("2002", "2002", "year")]),
    ("The strike of 2016 closed the port.", MONDAY, [("2016", "2016", "year")]),
    # a bare number right after a common noun is a label or a count, no year (hostile
    # review 16 #7); after a preposition, a determiner or a time word it still is one
    ("He took bus 1999 home.", MONDAY, []),
    ("They met in room 2001.", MONDAY, []),
    ("The entry 1812 was wrong.", MONDAY, []),
    ("The plane on flight 1549 landed.", MONDAY, []),
    ("Trains leave from platform 2024.", MONDAY, []),
    # the later numbers of a list after such a noun are labels too
    ("They met in rooms 2001 and 2002.", MONDAY, []),
    ("The buses 1999, 2001 or 2002 stop here.", MONDAY, []),
    ("The flights 1549 to 1999 were late.", MONDAY, []),
    ("It grew in 1999 and 2000.", MONDAY, [("1999", "1999", "year"), ("2000", "2000", "year")]),
    ("The seasons 2001 and 2002 were dry.", MONDAY, [("2001", "2001", "year"), ("2002", "2002", "year")]),
    ("It began in 1999.", MONDAY, [("1999", "1999", "year")]),
    ("Prices rose since 2001.", MONDAY, [("2001", "2001", "year")]),
    ("He lost the 2013 election.", MONDAY, [("2013", "2013", "year")]),
    ("1999 was a hard year.", MONDAY, [("1999", "1999", "year")]),
    ("The report (1999) said so.", MONDAY, [("1999", "1999", "year")]),
    ("the year 2000 passed", MONDAY, [("2000", "2000", "year")]),
    ("He was born 1950 in Avel.", MONDAY, [("1950", "1950", "year")]),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_cases(text: str, published: dt.date | None, expected: list[tuple[str, str, str]]) -> None:
    found = [(d.text, d.value, d.precision) for d in find_dates(text, 0, len(text), 1, published)]
    assert found == expected


# Numeric dates: (text, the dossier's language, published, expected). The day and month
# come in the order the language writes them (CLDR); a number above 12 is the day whatever
# the language; a year first is ISO's order.
FRI_2024_05_17 = dt.date(2024, 5, 17)
NUMERIC = [
    ("Desmond Farrow (born 12/03/1966) denies fraud.", "en-GB", FRI_2024_05_17, [("12/03/1966", "1966-03-12", "day")]),
    ("Desmond Farrow (born 12/03/1966) denies fraud.", "en-US", FRI_2024_05_17, [("12/03/1966", "1966-12-03", "day")]),
    ("The dockers walked out on 04/03/2024.", "en-IE", FRI_2024_05_17, [("04/03/2024", "2024-03-04", "day")]),
    ("The dockers walked out on 04/03/2024.", "en-AU", FRI_2024_05_17, [("04/03/2024", "2024-03-04", "day")]),
    ("The dockers walked out on 04/03/2024.", "en-IN", FRI_2024_05_17, [("04/03/2024", "2024-03-04", "day")]),
    ("Les dockers ont cessé le travail le 04/03/2024.", "fr", FRI_2024_05_17, [("04/03/2024", "2024-03-04", "day")]),
    ("The dockers walked out on 04/03/2024.", "en-US", FRI_2024_05_17, [("04/03/2024", "2024-04-03", "day")]),
    ("Harlow Foods filed for bankruptcy on 25/12/2023.", "en-US", FRI_2024_05_17, [("25/12/2023", "2023-12-25", "day")]),
    ("Harlow Foods filed for bankruptcy on 12/25/2023.", "en-GB", FRI_2024_05_17, [("12/25/2023", "2023-12-25", "day")]),
    ("Harlow Foods filed for bankruptcy on 2024/03/12.", "en-US", FRI_2024_05_17, [("2024/03/12", "2024-03-12", "day")]),
    ("Harlow Foods filed for bankruptcy on 2024-03-12.", "en-US", FRI_2024_05_17, [("2024-03-12", "2024-03-12", "day")]),
    # a bare "en" tells no order (CLDR's regions of English disagree): the reading nearest
    # before publication
    ("Desmond Farrow (born 12/03/1966) denies fraud.", "en", FRI_2024_05_17, [("12/03/1966", "1966-12-03", "day")]),
    ("The jury was sworn in on 05/04/2024.", "en", FRI_2024_05_17, [("05/04/2024", "2024-05-04", "day")]),
]


@pytest.mark.parametrize("text,language,published,expected", NUMERIC, ids=[f"{r[1]}-{r[0][:30]}" for r in NUMERIC])
def test_numeric_dates_follow_the_language(text: str, language: str, published: dt.date,
                                           expected: list[tuple[str, str, str]]) -> None:
    found = [(d.text, d.value, d.precision) for d in find_dates(text, 0, len(text), 1, published, language=language)]
    assert found == expected


@pytest.mark.parametrize("language,order", [
    ("en-GB", "dm"), ("en-IE", "dm"), ("en-AU", "dm"), ("en-IN", "dm"), ("fr", "dm"), ("de", "dm"), ("pt-BR", "dm"),
    ("en-US", "md"), ("en", ""), ("ja", ""), ("fr-CA", ""), ("", ""), ("xx-YY", ""),
    # a registered variant (attack review s15 #9): its language and region decide
    ("en-GB-oed", "dm"), ("en-US-posix", "md"),
])
def test_numeric_order_of_a_language(language: str, order: str) -> None:
    assert numeric_order(language) == order


def test_at_least_sixty_cases() -> None:
    assert sum(len(v) for v in DEMO.values()) + len(CASES) >= 60


def test_annotate_passes_the_dossiers_language_to_numeric_dates() -> None:
    """`annotate(..., language=)` carries `Dossier.identity.language` to `find_dates`."""
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher
    from builder.read.text import make_source

    text = "Farrow convicted\n\nDesmond Farrow (born 12/03/1966) of Hillside Road was convicted.\n"
    source = make_source("a.txt", text, {"title": "Farrow convicted", "published": "2024-06-14"}, "a")
    values = {lang: [d.value for d in annotate(source, Matcher(()), {}, language=lang).dates] for lang in ("en-GB", "en-US")}
    assert values == {"en-GB": ["1966-03-12"], "en-US": ["1966-12-03"]}


def test_the_dossiers_language_reaches_a_build_and_a_new_one_annotates_again(tmp_path) -> None:
    """Fresh-user review s14c: "born 12/03/1966" on an en-GB dossier was 3 December: the
    language of dossier.yml never reached annotation. It is each source's (`Source.language`),
    so it is part of the cache key: changing it annotates the sources again."""
    import json

    from builder import pipeline

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Farrow\n\nDesmond Farrow (born 12/03/1966) was in court.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  title: Farrow\n  published: 2024-05-17\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("# none\n", encoding="utf-8")

    def built(language: str) -> list[str]:
        (seeds / "dossier.yml").write_text(f"title: Trial\nlanguage: {language}\n", encoding="utf-8")
        pipeline.build(pipeline.Options(seeds, docs, jobs=1))
        return [d["value"] for d in json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))["dates"]]

    assert built("en-GB") == ["1966-03-12"]
    assert built("en-US") == ["1966-12-03"]  # the same cache folder: the key changed with the language
    assert built("en-GB") == ["1966-03-12"]


@pytest.mark.parametrize(("text", "expected"), [
    # attack review s14b: a year the rules do not read put the day in the publication's year
    ("The lease runs to 19 July 9999.", []),
    ("The charter is dated 1 January 0001.", []),
    ("The lease runs to 19 July, 3000 tenants said.", [("19 July", "2024-07-19")]),  # a comma and a count: no year
    ("The lease runs to 19 July 2030.", [("19 July 2030", "2030-07-19")]),
])
def test_a_day_with_an_unreadable_year_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, 0, len(text), 1, dt.date(2025, 3, 1))] == expected


def test_a_time_of_days_tooltip_shows_its_hour_and_zone() -> None:
    """s15b #17: the hover of "14:00 CET" showed only the day."""
    from builder.timex import explain_date

    assert explain_date("2025-06-14", "day", "2025-06-14T14:00", "14:00 CET") == "Saturday 14 June 2025, 14:00 CET (to the minute)"
    assert explain_date("2025-03-04", "day", "2025-03-04T18:00", "6pm") == "Tuesday 4 March 2025, 18:00 (to the minute)"
    assert explain_date("2025-03-04", "day") == "Tuesday 4 March 2025 (to the day)"


@pytest.mark.parametrize(("text", "published"), [
    # attack review s15 #15: a past day at the calendar's start was put after publication (0001-12-30)
    ("On December 30 they voted.", dt.date(1, 1, 1)),
    # a leap day said in the past with none in the year before: no date, not the next one (2024-02-29)
    ("On February 29 the board met.", dt.date(2023, 6, 1)),
    # a plan at the calendar's end: no year after 9999
    ("The union will vote on January 2.", dt.date(9999, 12, 31)),
])
def test_a_day_with_none_on_its_side_within_a_year_is_no_date(text: str, published: dt.date) -> None:
    assert [d.value for d in find_dates(text, 0, len(text), 1, published)] == []


@pytest.mark.parametrize("text,language,expected", [
    # attack review s15 #9: under a language that tells no order, one sentence was read both ways
    ("The board met on 03/04/2024 and again on 05/06/2024, and the union voted on 13/04/2024.", "en",
     ["2024-04-03", "2024-06-05", "2024-04-13"]),
    # the writer's month-first date decides the others, whatever the dossier's tag says
    ("The firm filed on 12/25/2023 and paid on 01/02/2024.", "en-GB", ["2023-12-25", "2024-01-02"]),
    # dates that disagree (an error, or two writers quoted) tell nothing: the language decides
    ("The strike began 13/04/2024 and ended 04/14/2024; talks resumed 03/05/2024.", "en-GB",
     ["2024-04-13", "2024-04-14", "2024-05-03"]),
])
def test_a_sources_own_numeric_dates_decide_its_order(text: str, language: str, expected: list[str]) -> None:
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher
    from builder.read.text import make_source

    source = make_source("a.txt", "Minutes\n\n" + text + "\n", {"title": "Minutes", "published": "2024-06-14"}, "a")
    assert [d.value for d in annotate(source, Matcher(()), {}, language=language).dates] == expected

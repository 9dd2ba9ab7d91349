"""What a count is (fresh-user review, session 9, finding 6): figures of different acts are
different counts ("recalled" against "refunded"), a count that changes over time is a
series, not a dispute, "the number of X … had risen to 23" and "more than the 23 it
reported earlier" are figures of X, and workers, employees and staff are one unit. Each
case from the review's food recall has siblings from a strike, a court case and a
bankruptcy. Expected values worked out by hand from the sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import pipeline
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.present import quantities
from builder.read.text import split_paragraphs

from conftest import write_stories

FSIB = Entity(id="fsib", kind="organisation", name="Food Safety Bureau", aliases=(Alias("Food Safety Bureau"), Alias("FSIB")),
              summary="s")


def lined_up(*stories: tuple[str, str]) -> list[tuple[str, bool, list[str], list[tuple[str, str]]]]:
    """Counts of sources given as (publication date, text): (heading without owner,
    disputed, figures, changes as (figure, date))."""
    claims, published = [], {}
    for i, (when, text) in enumerate(stories):
        sid = f"s{i}"
        src = Source(sid, f"{sid}.txt", text, sid, published=dt.date.fromisoformat(when), paragraphs=split_paragraphs(text))
        published[sid] = src.published
        claims += [(c, sid) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims]
    return [
        (c.unit, c.disputed, [v for v, _ in c.figures], [(v, d.isoformat()) for v, d in c.changes])
        for c in quantities.counts(claims, published)
    ]


def claims(text: str) -> list[tuple[str, str]]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims]


# ---- different acts, different counts


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's case (01 ¶4, 02 ¶4, 07 ¶4): refunded packs are not recalled packs; a figure
        # that names no act joins the act stated first
        ((("2025-03-03", "The maker recalled 40,000 packs of dumplings on Monday."),
          ("2025-03-04", "A spokesman put the number of packs at 52,000."),
          ("2025-03-25", "The chain said it had refunded 31,000 packs.")),
         [("packs recalled", True, ["40,000", "52,000"], []), ("packs refunded", False, ["31,000"], [])]),
        # the subject's verb is an act too (fresh-user review s15b d#4): a passive "are affected" is not
        # "recalled" ("destroyed 146 homes" against "About 2,100 homes are affected" by an evacuation)
        ((("2025-03-03", "The maker recalled 40,000 packs of dumplings on Monday."),
          ("2025-03-04", "About 52,000 packs are affected, a spokesman said.")),
         [("packs affected", False, ["52,000"], []), ("packs recalled", False, ["40,000"], [])]),
        ((("2025-08-12", "About 2,100 homes are affected by the evacuation order."),
          ("2025-08-18", "The fire destroyed 146 homes, according to the fire service.")),
         [("homes affected", False, ["2,100"], []), ("homes destroyed", False, ["146"], [])]),
        # counted things as the subject, or restricted by a participle or a relative clause: the wildfire's
        # residents treated, gathered, questioning officials; a court case's patients whose treatment was delayed
        ((("2025-08-11", "Four residents treated for smoke inhalation."),
          ("2025-08-14", "Outside the court about 200 residents gathered."),
          ("2025-08-18", "At the meeting about 400 residents questioned officials for three hours.")),
         [("residents gathered", False, ["200"], []), ("residents questioned", False, ["400"], []),
          ("residents treated", False, ["Four"], [])]),
        ((("2024-10-11", "He said 38 patients whose cancer treatment had been delayed had all been seen."),
          ("2024-10-16", "The attackers stole the records of 312,450 patients."),
          ("2024-10-20", "The regulator said 312,450 patients were affected.")),
         [("patients affected", False, ["312,450"], []), ("patients delayed", False, ["38"], [])]),
        # a strike: dockers laid off against dockers hired
        ((("2024-05-01", "The port laid off 300 dockers in April."),
          ("2024-05-02", "The union said the port laid off 350 dockers, and the port hired 120 dockers.")),
         [("dockers laid off", True, ["300", "350"], []), ("dockers hired", False, ["120"], [])]),
        # a court case: witnesses summoned against witnesses heard
        ((("2024-06-01", "The court summoned 20 witnesses."), ("2024-06-09", "The court heard 12 witnesses.")),
         [("witnesses heard", False, ["12"], []), ("witnesses summoned", False, ["20"], [])]),
        # two acts that give the same figure are one count said two ways
        ((("2024-07-01", "The union signed 1,200 members."), ("2024-07-02", "The union gained 1,200 members."),
          ("2024-07-03", "The union said it had 1,000 members.")),
         [("members", True, ["1,200", "1,000"], [])]),
    ],
)
def test_figures_of_different_acts_are_different_counts(
    stories: tuple[tuple[str, str], ...], expected: list[tuple[str, bool, list[str], list[tuple[str, str]]]],
) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


# ---- a count that changes over time


def test_a_rising_count_is_a_series_not_a_dispute() -> None:
    # the review's case (01 ¶5, 02 ¶6, 04 ¶5, 07 ¶5)
    got = lined_up(
        ("2025-03-03", "The bureau said 14 people had fallen ill in three states."),
        ("2025-03-04", "Health officials said 17 people had fallen ill."),
        ("2025-03-11", "The FSIB said the number of people who had fallen ill had risen to 23, including a woman."),
        ("2025-03-25", "The FSIB now counts 26 people who fell ill, more than the 23 it reported earlier this month."),
    )
    assert got == [("people", False, ["14", "17", "23", "26"],
                    [("14", "2025-03-03"), ("17", "2025-03-04"), ("23", "2025-03-11"), ("26", "2025-03-25")])]


@pytest.mark.parametrize(
    ("stories", "changes"),
    [
        # a strike: members out, rising
        ((("2024-05-01", "The union said 1,200 members walked out."),
          ("2024-05-03", "The number of members on strike had risen to 2,000, the union said.")),
         [("1,200", "2024-05-01"), ("2,000", "2024-05-03")]),
        # a bankruptcy: a workforce falling
        ((("2024-02-01", "The yard employs 900 workers."), ("2024-04-01", "Its workforce had fallen to 700 workers.")),
         [("900", "2024-02-01"), ("700", "2024-04-01")]),
        # a court case: claimants joining a class action, one source giving the old and new figure
        ((("2024-01-10", "The lawyers said 40 claimants had joined."),
          ("2024-03-10", "The lawyers now count 65 claimants, up from 40 in January.")),
         [("40", "2024-01-10"), ("65", "2024-03-10")]),
    ],
)
def test_a_count_written_as_a_change_is_shown_over_time(
    stories: tuple[tuple[str, str], ...], changes: list[tuple[str, str]],
) -> None:
    [(_, disputed, _, got)] = lined_up(*stories)
    assert not disputed and got == changes


@pytest.mark.parametrize(
    "stories",
    [
        # the review's workers (03 ¶6, 08 ¶3, 05 ¶3, 07 ¶5): up and down again, a dispute
        (("2025-03-04", "The plant employs 1,200 workers, the company says."),
         ("2025-03-15", "Inspectors shut the plant, idling 1,200 employees."),
         ("2025-03-18", "The bureau closed the plant, sending about 900 workers home."),
         ("2025-03-25", "The number of workers had risen to 1,150, according to the union.")),
        # two sources on one day with different figures, even written as a change
        (("2024-05-01", "The union said 1,200 members walked out."),
         ("2024-05-03", "The number of members on strike had risen to 2,000, the union said."),
         ("2024-05-03", "The port said the number of members on strike had risen to 1,500.")),
        # different figures on different days, none written as a change: a disagreement
        (("2024-06-01", "The defence said 12 witnesses testified."), ("2024-06-02", "The prosecution said 14 witnesses testified.")),
    ],
)
def test_other_different_figures_stay_disputed(stories: tuple[tuple[str, str], ...]) -> None:
    [(_, disputed, _, changes)] = lined_up(*stories)
    assert disputed and changes == []


# ---- figures with no unit after them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases (04 ¶5, 07 ¶5)
        ("The FSIB said the number of people who had fallen ill had risen to 23, including a woman.", [("23", "people")]),
        ("The FSIB now counts 26 people who fell ill, more than the 23 it reported earlier this month.",
         [("26", "people"), ("23", "people")]),
        # a bankruptcy and a strike
        ("The administrator said the number of creditors who filed claims had risen to 480.", [("480", "creditors")]),
        ("The union now counts 2,100 members, more than the 1,800 it reported in May.",
         [("2,100", "members"), ("1,800", "members")]),
        ("The number of witnesses stood at 14 on Friday.", [("14", "witnesses")]),
        # a bound is still no claim
        ("More than 500 people marched, more than 300 of them dockers.", []),
        # a change by a figure is no count of it (dev set: "rose 15,000 last week to 444,000")
        ("The number of people claiming benefits rose 1,500 last week to 44,000.", []),
    ],
)
def test_the_number_of_and_an_earlier_figure_are_claims(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


# ---- one unit, several nouns


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's case (08 ¶3 against 07 ¶5)
        # a dispute's figures in the order first stated (fresh-user review s15b c#3: by date, not by value)
        ((("2025-03-15", "Inspectors shut the plant, idling 1,200 employees."),
          ("2025-03-25", "The plant employs some 1,150 workers, according to the union.")),
         [("workers", True, ["1,200", "1,150"], [])]),
        # a strike and a bankruptcy: staff and personnel
        ((("2024-05-01", "The port has 300 staff."), ("2024-05-02", "The port has 280 workers.")),
         [("workers", True, ["300", "280"], [])]),
        ((("2024-05-01", "The yard employs 90 personnel."), ("2024-05-02", "The yard employs 90 employees.")),
         [("workers", False, ["90"], [])]),
        # jobs are positions, another count
        ((("2024-05-01", "The yard employs 900 workers."), ("2024-05-02", "The yard will cut 200 jobs.")),
         [("jobs", False, ["200"], []), ("workers", False, ["900"], [])]),
    ],
)
def test_workers_employees_and_staff_are_one_unit(
    stories: tuple[tuple[str, str], ...], expected: list[tuple[str, bool, list[str], list[tuple[str, str]]]],
) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


# ---- the claims page and a profile, end to end


def test_claims_page_shows_acts_apart_and_a_series_over_time(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "entities.yml").write_text(
        "- id: fsib\n  kind: organisation\n  name: Food Safety Bureau\n  aliases: [FSIB]\n  summary: The regulator.\n",
        encoding="utf-8")
    stories = {
        "a.txt": ("2025-03-03", "Recall\n\nThe maker recalled 40,000 packs on Monday.\n\n"
                                "The Food Safety Bureau said 14 people had fallen ill.\n"),
        "b.txt": ("2025-03-04", "Shelves\n\nAbout 52,000 packs are affected, a retailer said.\n\n"
                                "Health officials said 17 people had fallen ill.\n"),
        "c.txt": ("2025-03-11", "Extended\n\nThe FSIB said the number of people who had fallen ill had risen to 23.\n"),
        "d.txt": ("2025-03-25", "Losses\n\nThe chain said it had refunded 31,000 packs.\n\n"
                                "The FSIB now counts 26 people who fell ill, more than the 23 it reported earlier this month.\n"),
    }
    write_stories(seeds, stories)
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    page = (docs / "claims" / "index.md").read_text(encoding="utf-8")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == [
        "## People — over time",
        "## Packs affected",
        "## Packs recalled",
        "## Packs refunded",
    ]
    assert "**14** (3 March 2025) → **17** (4 March 2025) → **23** (11 March 2025) → **26** (25 March 2025)." in page
    profile = (docs / "organisations" / "fsib.md").read_text(encoding="utf-8")
    assert "- **People** (over time): **14** according to Food Safety Bureau; **17** according to Health officials;" in profile


# ---- figures written as words (fresh-user review s15a #4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the recall: a numeral opening the sentence, capitalised, and one in a clause
        ("Nine cases of listeriosis, including one death, have been linked to the product.", [("Nine", "cases")]),
        ("Fourteen people have fallen ill.", [("Fourteen", "people")]),
        ("The recall came after nine people were taken to hospital.", [("nine", "people")]),
        # "up from nine": the earlier value of the count the sentence states
        ("The number of people taken ill with listeriosis after eating soft cheese made by the dairy has risen to "
         "14, the bureau said on Thursday, up from nine at the start of the week.", [("14", "people"), ("nine", "people")]),
        # a strike and a bankruptcy: a hyphenated compound; "up from" a compound
        ("Twenty-three dockers were arrested on Monday.", [("Twenty-three", "dockers")]),
        ("The number of creditors has risen to 61, up from forty-two in May.", [("61", "creditors"), ("forty-two", "creditors")]),
        # no count: "one" (a pronoun as often), a definite set, a phrase of place, a multiplier, a duration
        ("One of the two unions said the three companies had talks in five cities.", []),
        ("Nine hundred workers marched.", []),
        ("The court case lasted three weeks.", []),
    ],
)
def test_a_numeral_written_as_a_word_is_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


def test_a_count_in_words_then_digits_is_a_series() -> None:
    # a court case: the count of claimants rises from "eleven" to 17 over two reports
    assert lined_up(("2025-03-07", "Eleven families have joined the claim, the lawyer said."),
                    ("2025-03-14", "The number of families has risen to 17, up from eleven last week.")) == [
        ("families", False, ["Eleven", "17"], [("Eleven", "2025-03-07"), ("17", "2025-03-14")])]


# ---- the same figure told without its owner (fresh-user review s15a #5)


def _claim(value: str, unit: str, owner: str = "") -> quantities.Claim:
    return quantities.Claim(f"{unit} of {owner}" if owner else unit, value, "", 1, unit, owner)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # the recall: 48,000 packs, once with its owner, three times without: one count, the owner's
        ([_claim("48,000", "packs", "valbrune"), _claim("48,000", "packs"), _claim("48,000", "packs")],
         [("packs", "valbrune", ["48,000"])]),
        # a strike: another figure without an owner keeps none (nothing says whose it is)
        ([_claim("1,200", "dockers", "union"), _claim("3,000", "dockers")],
         [("dockers", "union", ["1,200"]), ("dockers", "", ["3,000"])]),
        # a bankruptcy: two owners count the unit: a figure without one joins neither
        ([_claim("40", "creditors", "meridian"), _claim("40", "creditors", "calder"), _claim("40", "creditors")],
         [("creditors", "calder", ["40"]), ("creditors", "meridian", ["40"]), ("creditors", "", ["40"])]),
    ],
)
def test_an_unowned_figure_joins_the_one_owned_count_stating_it(
    claims: list[quantities.Claim], expected: list[tuple[str, str, list[str]]],
) -> None:
    found = quantities.counts([(c, f"s{i}") for i, c in enumerate(claims)])
    assert [(c.unit, c.owner, [v for v, _ in c.figures]) for c in found] == expected

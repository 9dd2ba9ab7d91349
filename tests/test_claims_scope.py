"""What makes two figures the same quantity (fresh-user review, session 10, finding H3): a
rate ("a day") is not a total, an indirect object ("cost it", "cost its members") names
whose the amount is, "lost orders worth" is an act of its own, a part of a group ("200 of
its members") and the figure that continues it ("the figure had risen to 260") are
claims of that group, an -ing noun before the unit is part of it ("35 shipping lines"), a
count read at a time ("by Monday evening") or the size of a collection ("the queue of
vessels grew to 31") moves over time. Each case from the review's port strike has
siblings from a court case and a bankruptcy. Expected values worked out by hand."""

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


def _body(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind="organisation", name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


ENTITIES = [
    _body("meridian", "Meridian Terminals"),
    _body("guild", "Selby Traders' Guild", "STG"),
    _body("court", "Kestrel County Court"),
    _body("halden", "Halden Foods"),
    Entity(id="okafor", kind="person", name="Nadia Okafor", aliases=(Alias("Nadia Okafor"), Alias("Okafor")), summary="s"),
]
BY_ID = {e.id: e for e in ENTITIES}


def _source(text: str, sid: str = "s1", when: str = "2025-03-04") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date.fromisoformat(when), paragraphs=split_paragraphs(text))


def claims(text: str) -> list[tuple[str, str, str, str, bool]]:
    """(figure, unit, owner, act, change) of every claim in `text`."""
    return [(c.value, c.unit, c.owner, c.act, c.change) for c in annotate(_source(text), Matcher(ENTITIES), BY_ID).claims]


def lined_up(*stories: tuple[str, str]) -> list[tuple[str, str, bool, list[str], list[str]]]:
    """Counts of sources given as (publication date, text): (unit, owner, disputed,
    figures, figures over time)."""
    found, published = [], {}
    for i, (when, text) in enumerate(stories):
        src = _source(text, f"s{i}", when)
        published[src.id] = src.published
        found += [(c, src.id) for c in annotate(src, Matcher(ENTITIES), BY_ID).claims]
    return [(c.unit, c.owner, c.disputed, [v for v, _ in c.figures], [v for v, _ in c.changes])
            for c in quantities.counts(found, published)]


# ---- a rate is not a total


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (01 ¶4)
        ("The company expects to lose about 2.5 million euros a day while the gates stay shut.",
         [("2.5 million", "euros per day", "", "", False)]),
        # a court case: a fine per day
        ("The court fined the company 20,000 euros per day until the order is obeyed.",
         [("20,000", "euros per day", "", "", False)]),
        # a bankruptcy: customers a week
        ("The shop served 3,000 customers a week before it closed.", [("3,000", "customers per week", "", "served", False)]),
    ],
)
def test_a_figure_per_period_is_a_rate(text: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    assert claims(text) == expected


# ---- whose an amount is: the indirect object; an amount lost is an act


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases (06 ¶3, 08 ¶6)
        ("Meridian Terminals said the stoppage had cost it 41 million euros.",
         [("41 million", "euros", "meridian", "cost", False)]),
        ("The Selby Traders' Guild said the strike had cost its members 60 million euros.",
         [("60 million", "euros", "guild", "cost", False)]),
        # a bankruptcy: the collapse cost it
        ("Halden Foods said the collapse had cost it 9 million pounds.", [("9 million", "pounds", "halden", "cost", False)]),
        # the review's case (03 ¶5) and a court case: a noun the amount is the worth of
        ("Exporters had lost orders worth 40 million euros since Monday.", [("40 million", "euros", "", "lost", False)]),
        ("The firm had won contracts worth 12 million euros before the trial.", [("12 million", "euros", "", "won", False)]),
    ],
)
def test_an_indirect_object_owns_the_amount(text: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    assert claims(text) == expected


def test_the_review_amounts_are_four_counts_none_disputed() -> None:
    # the review's four amounts in euros (01 ¶4, 03 ¶5, 06 ¶3, 08 ¶6): a day's loss, lost
    # orders, one company's total cost, another body's members' cost
    got = lined_up(
        ("2025-03-04", "Meridian Terminals said 23 ships were waiting. The company expects to lose about 2.5 million euros a day."),
        ("2025-03-06", "Nadia Okafor said exporters had lost orders worth 40 million euros since Monday."),
        ("2025-04-22", "Meridian Terminals said the stoppage had cost it 41 million euros, more than the 2.5 million a day it had forecast."),
        ("2025-10-08", "The Selby Traders' Guild said the strike had cost its members 60 million euros."),
    )
    assert not any(disputed for _, _, disputed, _, _ in got)
    assert sorted((unit, owner, values) for unit, owner, _, values, _ in got) == [
        ("euros", "", ["40 million"]), ("euros", "guild", ["60 million"]), ("euros", "meridian", ["41 million"]),
        ("euros per day", "", ["2.5 million"]), ("ships", "", ["23"]),
    ]


# ---- a part of a group, and the figure that continues it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (03 ¶6)
        ("The Selby Traders' Guild (STG) said last week that 200 of its members depended on the port. "
         "Its president, Nadia Okafor, said on Thursday that the figure had risen to 260.",
         [("200", "members", "guild", "", False), ("260", "members", "guild", "", True)]),
        # a court case: the number grew
        ("The Kestrel County Court said 40 of its judges had signed the letter. The number later grew to 52.",
         [("40", "judges", "court", "", False), ("52", "judges", "court", "", True)]),
        # a bankruptcy: "their", and the total fell
        ("Halden Foods said 120 of their stores would close; the total has since fallen to 90.",
         [("120", "stores", "halden", "", False), ("90", "stores", "halden", "", True)]),
        # "of the" a group: no owner
        ("Nadia Okafor said 30 of the creditors had voted.", [("30", "creditors", "", "", False)]),
    ],
)
def test_a_part_of_a_group_counts_the_group(text: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Selby Traders' Guild said last week that 200 of its members depended on the port. "
        "Its president, Nadia Okafor, said on Thursday that the figure had risen to 260.",
        "Halden Foods said 120 of their stores would close; the total has since fallen to 90.",
    ],
)
def test_one_source_giving_the_change_is_a_series_not_a_dispute(text: str) -> None:
    ((_, _, disputed, values, changes),) = lined_up(("2025-03-06", text))
    assert not disputed
    assert changes == sorted(values, key=text.index)


def test_two_figures_in_one_source_without_a_change_stay_disputed() -> None:
    ((_, _, disputed, values, changes),) = lined_up(
        ("2025-03-06", "Police said 3,000 people marched; organisers said 10,000 people marched."))
    assert disputed and values == ["3,000", "10,000"] and changes == []


# ---- an -ing noun before the unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (08 ¶6)
        ("The Selby Traders' Guild, which speaks for 35 shipping lines, said the strike was costly.",
         [("35", "shipping lines", "guild", "", False)]),
        # a bankruptcy and a court case
        ("Halden Foods closed 14 processing plants.", [("14", "processing plants", "", "closed", False)]),
        ("The court heard that 300 striking workers had been dismissed.", [("300", "striking workers", "", "dismissed", False)]),
        # a preposition in -ing is not part of a unit
        ("Police held 40 during talks on Monday.", []),
    ],
)
def test_an_ing_noun_before_the_unit_is_part_of_it(text: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    assert claims(text) == expected


# ---- a count read at a time, and the size of a collection, move over time


def test_a_queue_growing_over_a_week_is_shown_over_time() -> None:
    # the review's case (01 ¶4, 04 ¶6)
    got = lined_up(
        ("2025-03-04", "Nadia Okafor said 23 ships were waiting at anchor by Monday evening."),
        ("2025-03-11", "By Tuesday morning 44 ships were waiting off the port, according to the harbour master's office."),
    )
    assert got == [("ships", "", False, ["23", "44"], ["23", "44"])]


@pytest.mark.parametrize(
    "stories",
    [
        # a court case: claimants joining a suit
        (("2025-06-02", "By Friday 112 claimants had joined the suit."),
         ("2025-06-09", "The court said 120 claimants had joined by Wednesday.")),
        # a bankruptcy: creditors filing by a time of day
        (("2025-02-01", "By noon 450 creditors had filed claims, the administrator said."),
         ("2025-02-08", "By the end of the week 610 creditors had filed claims.")),
    ],
)
def test_counts_read_at_a_time_rise_over_time(stories: tuple[tuple[str, str], ...]) -> None:
    ((_, _, disputed, values, changes),) = lined_up(*stories)
    assert not disputed and changes == values


def test_different_figures_with_no_time_or_change_stay_disputed() -> None:
    ((_, _, disputed, _, changes),) = lined_up(
        ("2025-06-02", "The union said 112 claimants had joined the suit."),
        ("2025-06-09", "The court said 120 claimants had joined the suit."),
    )
    assert disputed and changes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (02 ¶2)
        ("The queue of vessels outside the port grew to 31 on Tuesday, the harbour master said.",
         [("31", "vessels", "", "", True)]),
        # a bankruptcy and a strike
        ("The list of creditors had grown to 450 by March.", [("450", "creditors", "", "", True)]),
        ("The crowd of protesters outside the court grew to 3,000.", [("3,000", "protesters", "", "", True)]),
    ],
)
def test_the_size_of_a_collection_counts_its_members(text: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    assert claims(text) == expected


# ---- who states a figure, as the source words it, when the dossier does not know them


def stated_as(text: str) -> list[tuple[str, str, str]]:
    """(figure, claimant, stated_as) of every claim in `text`."""
    return [(c.value, c.claimant, c.stated_as) for c in annotate(_source(text), Matcher(ENTITIES), BY_ID).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases (04 ¶6, 02 ¶2)
        ("By Tuesday morning 44 ships were waiting off the port, according to the harbour master's office.",
         [("44", "", "the harbour master's office")]),
        ("The queue of vessels grew to 31 on Tuesday as the strike entered its second day, the harbour master said.",
         [("31", "", "the harbour master")]),
        # a court case and a bankruptcy
        ("Court officials said 12 witnesses had testified.", [("12", "", "Court officials")]),
        ("The administrator said 450 creditors had filed claims.", [("450", "", "the administrator")]),
        # a named entity is the claimant, with no words beside it
        ("Nadia Okafor said 450 creditors had filed claims.", [("450", "okafor", "")]),
        # no reporting verb: the source's own statement; a long clause is no description
        ("The shop served 3,000 customers a week before it closed.", [("3,000", "", "")]),
        ("Lawyers acting for the families of the passengers said 30 claims were filed.", [("30", "", "")]),
    ],
)
def test_an_unknown_claimant_is_shown_as_the_source_words_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert stated_as(text) == expected


def test_claims_page_keeps_scopes_apart_and_shows_counts_over_time(tmp_path: Path) -> None:
    # the review's claims page (H3), in a bankruptcy's words
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "entities.yml").write_text(
        "- id: halden\n  kind: organisation\n  name: Halden Foods\n  summary: A food maker.\n"
        "- id: guild\n  kind: organisation\n  name: Selby Traders' Guild\n  aliases: [STG]\n  summary: Traders.\n",
        encoding="utf-8")
    stories = {
        "a.txt": ("2025-03-04", "Halted\n\nHalden Foods said 23 lorries were waiting at the gate by Monday evening. "
                                "The company expects to lose about 2.5 million euros a day.\n"),
        "b.txt": ("2025-03-06", "Members\n\nThe Selby Traders' Guild (STG) said last week that 200 of its members depended "
                                "on the plant. The STG said on Thursday that the figure had risen to 260.\n"),
        "c.txt": ("2025-03-11", "Queue\n\nBy Tuesday morning 44 lorries were waiting at the gate, "
                                "according to the administrator's office.\n"),
        "d.txt": ("2025-04-22", "Cost\n\nHalden Foods said the closure had cost it 41 million euros.\n"),
    }
    write_stories(seeds, stories)
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    page = (docs / "claims" / "index.md").read_text(encoding="utf-8")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == [  # what changes over time first (nothing here is disputed), each group owned first
        "## Members&#58; Selby Traders' Guild — over time",
        "## Lorries — over time",
        "## Euros&#58; Halden Foods",
        "## Euros per day",
    ]
    assert "**200** → **260** (6 March 2025)." in page  # one date, said once
    assert "**23** (4 March 2025) → **44** (11 March 2025)." in page
    assert "| the administrator's office (no profile) |" in page
    assert "Disputed" not in page
    profile = (docs / "organisations" / "halden.md").read_text(encoding="utf-8")
    assert ("- **Lorries** (over time): **23** according to Halden Foods; **44** according to the administrator's office."
            in profile)


# ---- a name's number is not a count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dev set's "four Rolls-Royce Trent 900 engines" read as 900 engines (Airbus's profile)
        ("The plane is built with four Rolls-Royce Trent 900 engines.", []),
        # a model number between a maker's name and the unit: the count before it is the count
        ("Halden Foods bought 20 Tavik 300 trucks last year.", [("20", "trucks", "", "bought", False)]),
        ("The court heard that Meridian Terminals ran 6 Kalmar 450 cranes.", [("6", "cranes", "", "ran", False)]),
        # a capitalised word that opens the sentence, a month or a weekday before a count: still a count
        ("Some 300 workers walked out.", [("300", "workers", "", "walked out", False)]),  # the subject's verb: its act
        # a label's number: a chapter of the bankruptcy code is no count of what follows
        ("Halden Foods filed for Chapter 11 protection; it has 40 stores.", [("40", "stores", "", "", False)]),
        # (the subject of "has" across the apposition holds the stores: `holders`)
        ("Halden Foods, in Chapter 11 since May, has 40 stores. It filed under Chapter 11.",
         [("40", "stores", "halden", "", False)]),
        ("By Friday 112 claimants had joined the suit.", [("112", "claimants", "", "joined", True)]),  # a running count
    ],
)
def test_a_model_number_is_no_count(text: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    assert claims(text) == expected


def test_a_figure_for_a_body_named_after_a_modifier_is_tied_to_it() -> None:
    """"55 for the opposition CNRP" had its modifier words listed (opposition, ruling): any
    one lower-case word between "for the" and the body's name ties the figure to it."""
    from builder.annotate.holders import tied
    from builder.annotation import Mention

    text = "The tally gave 412 votes for the striking Selby Traders' Guild."
    start = text.index("Selby")
    guild = Mention("guild", start, start + len("Selby Traders' Guild"), "Selby Traders' Guild", 1)
    figure = text.index("412")
    assert tied(text, 0, figure, figure + len("412 votes"), [guild]) == "guild"

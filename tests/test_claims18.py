"""Claims of review 18 (group B): figures of different quantities are not one disputed
count, and a count that rises to a peak and falls again is shown over time. Each
reviewer's case (a retail bankruptcy, a dockworkers' strike) is rewritten as a small
invented sentence, with siblings from a recall, a court case and a merger, and the
cases that must stay as they were. Expected values worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_counts_over_time import FSIB, claims, lined_up

from builder import pipeline
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs

from conftest import write_stories

# ---- B1/B2: what the act is; a plan, a present act and a participle are acts too


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's bankruptcy (closings ¶1, auction ¶2/¶3, stalking-horse ¶2)
        ("The chain will close 120 of its 312 stores.", [("120", "stores", "to close"), ("312", "stores", "")]),
        ("The buyer said the sale would keep about 130 stores open and save about 8,000 jobs.",
         [("130", "stores", "to keep"), ("8,000", "jobs", "to save")]),
        ("The offer covers about 190 stores.", [("190", "stores", "covered")]),
        ("Including the 120 stores already closing, the chain will have shut about 180 stores.",
         [("120", "stores", "closing"), ("180", "stores", "shut")]),
        # a recall and a merger
        ("The maker will recall 52,000 packs.", [("52,000", "packs", "to recall")]),
        ("The merged bank would cut 900 jobs and shut 40 branches.",
         [("900", "jobs", "to cut"), ("40", "branches", "to shut")]),
        # not acts: a verb that holds or states the count, a progressive, the future perfect
        ("The chain, which operates 312 stores and employs 14,000 people, filed.",
         [("312", "stores", ""), ("14,000", "people", "")]),
        ("By Monday 23 ships were waiting at anchor.", [("23", "ships", "")]),
        ("The chain will have shut 180 stores.", [("180", "stores", "shut")]),
        ("The court will be able to hear 12 witnesses.", [("12", "witnesses", "")]),
    ],
)
def test_the_act_of_a_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(value, unit) for value, unit in claims(text)] == [(v, u) for v, u, _ in expected]
    assert _acts(text) == [a for _, _, a in expected]


def _acts(text: str) -> list[str]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [c.act for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims]


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's stores (B1): closed before, in the bid, to close, to keep, the whole fleet: no dispute
        ((("2025-06-03", "The chief executive has closed 40 stores since she took over."),
          ("2025-06-10", "The chain will close 120 of its 312 stores."),
          ("2025-06-24", "The buyer's offer covers about 190 stores."),
          ("2025-07-17", "The sale would keep about 130 stores open.")),
         [("stores", False, ["312"], []), ("stores closed", False, ["40"], []),
          ("stores covered", False, ["190"], []), ("stores to close", False, ["120"], []),
          ("stores to keep", False, ["130"], [])]),
        # the review's jobs (B2): jobs saved are not jobs lost
        ((("2025-06-10", "The closures will cost about 4,300 jobs, the company said."),
          ("2025-07-17", "The sale would save about 8,000 jobs, the buyer said.")),
         [("jobs to cost", False, ["4,300"], []), ("jobs to save", False, ["8,000"], [])]),
        # a merger: branches shut last year against branches to shut
        ((("2025-01-10", "The bank shut 60 branches last year."), ("2025-02-10", "The merged bank will shut 25 branches.")),
         [("branches shut", False, ["60"], []), ("branches to shut", False, ["25"], [])]),
        # still a dispute: one plan, two figures
        ((("2025-06-10", "The company said the closures will cost 4,300 jobs."),
          ("2025-06-11", "The union said the closures will cost 6,000 jobs.")),
         [("jobs", True, ["4,300", "6,000"], [])]),
        # still one count: the pinned recall (a figure that names no act joins the act stated first)
        ((("2025-03-03", "The maker recalled 40,000 packs of dumplings on Monday."),
          ("2025-03-04", "A spokesman put the number of packs at 52,000.")),
         [("packs", True, ["40,000", "52,000"], [])]),
    ],
)
def test_different_quantities_are_no_dispute(
    stories: tuple[tuple[str, str], ...], expected: list[tuple[str, bool, list[str], list[tuple[str, str]]]],
) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


# ---- B3: a peak and a fall, told by the report of the fall, is a count over time


def test_a_queue_that_peaks_and_falls_is_shown_over_time() -> None:
    # the review's ships (gazette ¶5, AP ¶5, deal ¶5, ratified ¶5)
    got = lined_up(
        ("2025-03-06", "By Wednesday evening 38 ships were waiting at anchor, according to the harbor authority."),
        ("2025-03-11", "The number of ships waiting off the port has grown to 61, according to the harbor authority."),
        ("2025-03-19", "At its height, 74 ships were waiting at anchor, the authority said."),
        ("2025-04-05", "The authority said 22 ships were still waiting at anchor on Friday, down from 74 at the peak."),
    )
    assert got == [("ships", False, ["22", "38", "61", "74"],
                    [("38", "2025-03-06"), ("61", "2025-03-11"), ("74", "2025-03-19"), ("22", "2025-04-05")])]


@pytest.mark.parametrize(
    ("stories", "changes"),
    [
        # a recall: people ill rising, then the count falls as cases are reclassified
        ((("2025-03-03", "The bureau said the number of people ill had risen to 23."),
          ("2025-03-10", "The number of people ill had risen to 31, the bureau said."),
          ("2025-03-20", "The bureau said 27 people were ill, down from 31 last week.")),
         [("23", "2025-03-03"), ("31", "2025-03-10"), ("27", "2025-03-20")]),
        # a court case: a backlog falling, then rising again from its low
        ((("2025-01-10", "The number of cases had fallen to 400."),
          ("2025-02-10", "The number of cases had fallen to 350."),
          ("2025-03-10", "The court now counts 420 cases, up from 350 in February.")),
         [("400", "2025-01-10"), ("350", "2025-02-10"), ("420", "2025-03-10")]),
    ],
)
def test_a_turn_told_by_its_report_is_over_time(stories: tuple[tuple[str, str], ...], changes: list[tuple[str, str]]) -> None:
    [(_, disputed, _, got)] = lined_up(*stories)
    assert not disputed and got == changes


def test_a_rise_and_fall_nobody_reports_stays_disputed() -> None:
    # the fall's report does not name the peak: figures that disagree
    [(_, disputed, _, changes)] = lined_up(
        ("2025-03-06", "By Wednesday evening 38 ships were waiting at anchor."),
        ("2025-03-11", "The number of ships waiting has grown to 61."),
        ("2025-04-05", "The authority said 22 ships were waiting at anchor on Friday."),
    )
    assert disputed and changes == []


# ---- B5: "X, owed $N": the reduced relative's noun phrase is the one owed


def _owned(names: str, text: str) -> list[tuple[str, str, str]]:
    ents = [Entity(id=n.lower().replace(" ", "-"), kind="organisation", name=n, aliases=(Alias(n),), summary="s")
            for n in names.split(",")]
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.owner) for c in annotate(src, Matcher(ents), {e.id: e for e in ents}).claims]


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's creditors (Reuters ¶8)
        ("Hollis Reed,Tanaka Apparel,Greystone Properties",
         "Hollis Reed's biggest unsecured creditors include clothing supplier Tanaka Apparel, owed $38 million, "
         "and the landlord Greystone Properties, owed $22 million, according to the filing.",
         [("$38 million", "claims ($)", "tanaka-apparel"), ("$22 million", "claims ($)", "greystone-properties")]),
        # a court case's claimants and a merger's lenders
        ("Orvane Foods,Kessel Bank",
         "The creditors are Kessel Bank, owed about €4 million, and Orvane Foods, owed €1.5 million.",
         [("€4 million", "claims (€)", "kessel-bank"), ("€1.5 million", "claims (€)", "orvane-foods")]),
        # no name before the comma: owed to no one named
        ("Kessel Bank", "Kessel Bank said its landlord, owed £2 million, had objected.",
         [("£2 million", "claims (£)", "")]),
        # unchanged: the passive after its subject
        ("Tanaka Apparel", "Tanaka Apparel is owed $38 million.", [("$38 million", "claims ($)", "tanaka-apparel")]),
    ],
)
def test_a_reduced_relative_owed_names_its_own_creditor(names: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _owned(names, text) == expected


# ---- B4/B2: a bound or an approximation another voice puts the number at is a contrary figure


def _stated(names: str, text: str) -> list[tuple[str, str, str, str]]:
    ents = [Entity(id=n.lower().replace(" ", "-"), kind="organisation", name=n, aliases=(Alias(n),), summary="s")
            for n in names.split(",")]
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.owner, c.claimant or c.stated_as)
            for c in annotate(src, Matcher(ents), {e.id: e for e in ents}).claims]


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's strike (gazette ¶2): the company's bound for the union's members
        ("Coastal Dockworkers Union,Brightwater Terminals",
         "The Coastal Dockworkers Union said 4,100 of its members were on the picket lines. "
         "Brightwater Terminals put the number at fewer than 2,500, saying many work elsewhere.",
         [("4,100", "members", "coastal-dockworkers-union", "coastal-dockworkers-union"),
          ("fewer than 2,500", "members", "coastal-dockworkers-union", "brightwater-terminals")]),
        # the review's bankruptcy (dispatch ¶6): "closer to" is an approximation, another voice's "real number"
        ("Retail Workers Union",
         "The closures will cost about 4,300 jobs, the company said. "
         "The Retail Workers Union said the real number was closer to 6,000.",
         [("4,300", "jobs", "", "the company"), ("6,000", "jobs", "", "retail-workers-union")]),
        # a recall and a court case
        ("Valbrune,Food Standards Agency",
         "Valbrune said it had recalled 40,000 packs. The Food Standards Agency put the figure at more than 52,000.",
         [("40,000", "packs", "", "valbrune"), ("more than 52,000", "packs", "", "food-standards-agency")]),
        # unchanged: a bound nobody puts the number at is no claim
        ("Coastal Dockworkers Union", "More than 500 people marched, more than 300 of them dockers.", []),
    ],
)
def test_a_bound_put_for_the_number_is_a_claim(names: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _stated(names, text) == expected


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # another voice's "real number" disputes a figure, it does not correct it
        ((("2025-06-10", "The closures will cost about 4,300 jobs, the company said. "
                         "The union said the real number was closer to 6,000."),),
         [("jobs", True, ["4,300", "6,000"], [])]),
        # unchanged: the newsroom's own "correct figure" corrects its figure
        ((("2025-06-10", "We said that 2,600 members had voted. The correct figure is 2,060."),),
         [("members", False, ["2,060"], [])]),
    ],
)
def test_another_voices_real_number_is_a_dispute(
    stories: tuple[tuple[str, str], ...], expected: list[tuple[str, bool, list[str], list[tuple[str, str]]]],
) -> None:
    assert lined_up(*stories) == expected


# ---- B2: a total is its own count; a subject that makes another set restricts the act


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's jobs (dispatch ¶6, auction ¶7): first wave 4,300 vs 6,000; total 7,000 vs 6,200;
        # the new closures' 2,500 and the jobs saved apart
        ((("2025-06-10", "The closures will cost about 4,300 jobs, the company said. "
                         "The union said the real number was closer to 6,000."),
          ("2025-07-17", "The union said the new closures would cost about 2,500 jobs, bringing total job losses "
                         "since the filing to about 7,000. The company put the total at 6,200."),
          ("2025-07-17", "The sale would save about 8,000 jobs, the buyer said.")),
         [("jobs to cost", True, ["4,300", "6,000"], []), ("jobs to cost (new closures)", False, ["2,500"], []),
          ("jobs to save", False, ["8,000"], []), ("total job losses", True, ["6,200", "7,000"], [])]),
        # a court case: claimants joining a class action, and the total they bring it to
        ((("2025-02-01", "The lawyers said 60 more claimants had joined, taking the total number of claimants to 480. "
                         "The defendant put the total at 400."),),
         [("total claimants", True, ["400", "480"], [])]),
        # a merger: the further cuts are another set than the cuts
        ((("2025-01-10", "The bank said the cuts would eliminate 900 jobs."),
          ("2025-03-10", "The bank said the further cuts would eliminate 300 jobs.")),
         [("jobs to eliminate", False, ["900"], []), ("jobs to eliminate (further cuts)", False, ["300"], [])]),
    ],
)
def test_totals_and_restricted_acts_are_counts_of_their_own(
    stories: tuple[tuple[str, str], ...], expected: list[tuple[str, bool, list[str], list[tuple[str, str]]]],
) -> None:
    assert sorted(lined_up(*stories)) == sorted(expected)


# ---- B9: a description with modifiers names the one registered body it fits


def _claimants(ents: list[Entity], text: str) -> list[tuple[str, str, str]]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.claimant, c.stated_as) for c in annotate(src, Matcher(ents), {e.id: e for e in ents}).claims]


def _body(name: str, summary: str = "s") -> Entity:
    return Entity(id=name.lower().replace(" ", "-").replace("&", "and"), kind="organisation", name=name,
                  aliases=(Alias(name),), summary=summary)


CHAIN = _body("Hollis Reed", "Department store chain founded in 1934, headquartered in Columbus, Ohio.")
PORT = _body("Halverton Harbor Authority", "Runs the port.")
RIVAL = _body("Marlow Retail", "Discount store chain based in Ohio.")


@pytest.mark.parametrize(
    ("ents", "text", "expected"),
    [
        # the review's cases: the harbor authority named nowhere before in the source; the chain just named
        ([CHAIN, PORT], "The number of ships waiting has grown to 61, according to the harbor authority.",
         [("61", "halverton-harbor-authority", "")]),
        ([CHAIN, PORT], "Hollis Reed will close 120 stores, the bankrupt department store chain said on Monday.",
         [("120", "hollis-reed", "")]),
        # a recall: the food agency; a court case: the appeals court
        ([_body("Food Safety Agency")], "The food agency said 52,000 packs were affected.",
         [("52,000", "food-safety-agency", "")]),
        # two bodies fit: nobody named
        ([CHAIN, RIVAL], "The store chain said 120 stores would close.", [("120", "", "the store chain")]),
        # no modifier: unchanged
        ([PORT], "The authority said 22 ships were waiting.", [("22", "", "the authority")]),
    ],
)
def test_a_description_names_the_body_it_fits(ents: list[Entity], text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claimants(ents, text) == expected


# ---- B7: money put at, lost, and a figure put closer to


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's strike (Chamber ¶11) and fraud (investors ¶7, AP ¶8)
        ("Halverton Chamber of Commerce,Victor Osei",
         "The Halverton Chamber of Commerce estimated the total cost of the stoppage at $1.2 billion. "
         "An economist, Victor Osei, put the figure closer to $700 million.",
         [("$1.2 billion", "total cost ($)", "", "halverton-chamber-of-commerce"),
          ("$700 million", "total cost ($)", "", "victor-osei")]),
        ("Howard Lim",
         "Prosecutors put investor losses at $198 million. A lawyer for investors, Howard Lim, said the true figure "
         "was closer to $260 million.",
         [("$198 million", "losses ($)", "", "Prosecutors"), ("$260 million", "losses ($)", "", "howard-lim")]),
        ("Quillpay", "Prosecutors said investors lost about $198 million when Quillpay collapsed.",
         [("$198 million", "losses ($)", "", "Prosecutors")]),
        # a recall: the maker's cost
        ("Valbrune", "Valbrune estimated the total cost of the recall at €14 million.",
         [("€14 million", "total cost (€)", "", "valbrune")]),
        # unchanged: a rate lost is a rate, and money no noun names is none
        ("Meridian", "Meridian expects to lose about €2.5 million a day.", []),
    ],
)
def test_money_put_at_or_lost_is_a_claim(names: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _stated(names, text) == expected


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's Feld (AP ¶3): a bound on money is shown with the figure, not dropped from it
        ("Hollis Reed", "Hollis Reed owes more than $2 billion to creditors, according to a lawyer.",
         [("more than $2 billion", "debts ($)", "hollis-reed", "a lawyer")]),
        ("Orvane", "Orvane owes at least €40 million to its suppliers.",
         [("at least €40 million", "debts (€)", "orvane", "")]),
        # unchanged: no bound
        ("Orvane", "Orvane owes €40 million to its suppliers.", [("€40 million", "debts (€)", "orvane", "")]),
    ],
)
def test_a_bound_on_money_is_shown(names: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _stated(names, text) == expected


# ---- B8: a figure in a question is no claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's prosecutor (voss ¶9): the question's figure goes, the statement after it stays
        ('"Ninety engineers, Mr. Voss? Quillpay had 41 employees that year," Cho said.', [("41", "employees")]),
        # a strike and a recall
        ("Did the port really lose 300 workers?", []),
        ('"Who recalls 40,000 packs over a label?" the lawyer asked. The maker recalled 52,000 packs.',
         [("52,000", "packs")]),
        # unchanged: an abbreviation's full stop, and a question after the figure's sentence
        ("The U.S. firm employs 300 workers. Why?", [("300", "workers")]),
    ],
)
def test_a_figure_in_a_question_is_no_claim(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


def test_disputed_counts_come_first_on_the_claims_page(tmp_path: Path) -> None:
    # a dispute no one owns before a count an owner states once: the page says "disputed ones first"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "entities.yml").write_text(
        "- id: halden\n  kind: organisation\n  name: Halden Foods\n  summary: A food maker.\n", encoding="utf-8")
    write_stories(seeds, {
        "a.txt": ("2025-03-04", "Closures\n\nHalden Foods said the closure had cost it 41 million euros. "
                                "The police said 4,000 people marched on Monday.\n"),
        "b.txt": ("2025-03-04", "March\n\nThe organisers said 15,000 people marched on Monday.\n"),
    })
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    page = (docs / "claims" / "index.md").read_text(encoding="utf-8")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings[0].endswith("— disputed") and "People" in headings[0], headings
    assert headings[1:] == ["## Euros&#58; Halden Foods"]

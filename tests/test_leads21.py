"""Session 21 (issue 18): a source's undated lead cites the dated event of its happening.

A news lead often reports its news with no date ("Rivermark Motors has filed for bankruptcy
protection."); another source dates the same happening ("which filed for bankruptcy on June
1", "Last month, ... defeated Boeing"). The lead joins that event as a citation: on the
dated source's day, never an event, a date or a title of its own. It joins only a group
dated within a week before (or on) its publication, that names a participant it names and
tells the same act; a lead in the future, a question or a quotation joins nothing.
Each kind: the issue's examples, siblings from other stories (a court case, a strike, a
recall), negatives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_merge18 import built, cited

from builder.annotate.leads import done_act, predicate
from builder.annotation import Candidate
from builder.link.leads import attach

TANKER_ENTITIES = (
    "- {id: northrop-grumman, kind: organisation, name: Northrop Grumman, summary: A US defence firm.}\n"
    "- {id: eads, kind: organisation, name: EADS, summary: A European aerospace group.}\n"
    "- {id: boeing, kind: organisation, name: Boeing, summary: A US aircraft maker.}\n"
)
TANKER = {
    "a.txt": ("2008-03-01", "Northrop and EADS defeat Boeing\n\nNorthrop Grumman and EADS have unexpectedly defeated "
                            "Boeing for a US$40 billion contract to supply tankers.\n\nIt is the biggest contract of its kind."),
    "b.txt": ("2008-03-27", "EADS wins RAF contract\n\nLast month, Northrop Grumman and EADS defeated Boeing to win a "
                            "massive order for 179 tankers from the Air Force."),
}
MOTORS_ENTITIES = "- {id: rivermark-motors, kind: organisation, name: Rivermark Motors, summary: A carmaker.}\n"
MOTORS = {
    "a.txt": ("2009-06-01", "Rivermark files\n\nRivermark Motors has filed for bankruptcy protection.\n\nIts 4,000 "
                            "workers were told by letter."),
    "b.txt": ("2009-06-04", "Plants to close\n\nRivermark Motors, which filed for bankruptcy on June 1, will close "
                            "three plants."),
}


def test_the_issues_two_examples_cite_the_lead(tmp_path: Path) -> None:
    (tmp_path / "t").mkdir()
    (tmp_path / "m").mkdir()
    assert cited(tmp_path / "t", TANKER, TANKER_ENTITIES) == {"2008-02": ["a.txt", "b.txt"]}
    assert cited(tmp_path / "m", MOTORS, MOTORS_ENTITIES)["2009-06-01"] == ["a.txt", "b.txt"]


def test_the_lead_gives_no_date_title_or_summary(tmp_path: Path) -> None:
    events, _ = built(tmp_path, TANKER, TANKER_ENTITIES)
    (event,) = events
    assert (event.date, event.precision) == ("2008-02", "month")
    assert event.summary.startswith("Last month, Northrop Grumman and EADS defeated Boeing")
    assert event.other_dates == ()


RECALL_ENTITIES = "- {id: kessel-foods, kind: organisation, name: Kessel Foods, summary: A pie maker.}\n"
RECALL = {
    "a.txt": ("2025-03-11", "Pies recalled\n\nKessel Foods has recalled 40,000 pies after metal was found."),
    "b.txt": ("2025-03-11", "Pie recall\n\nKessel Foods has recalled 40,000 meat pies."),
    "c.txt": ("2025-03-11", "Recall\n\nKessel Foods recalled 40,000 pies on Monday after metal was found in two."),
}


def test_a_lead_of_the_publication_day_lists_no_other_date(tmp_path: Path) -> None:
    (event,) = built(tmp_path, RECALL, RECALL_ENTITIES)[0]
    assert (event.date, event.other_dates, len(event.citations)) == ("2025-03-10", (), 3)
COURT_ENTITIES = "- {id: dana-roe, kind: person, name: Dana Roe, summary: A fund manager.}\n"
STRIKE_ENTITIES = "- {id: avel-transit, kind: organisation, name: Avel Transit, summary: A bus company.}\n"


@pytest.mark.parametrize(("stories", "entities", "expected"), [
    # a recall: three sources of one day, two with the undated lead, one dating it "on Monday"
    (RECALL, RECALL_ENTITIES, {"2025-03-10": ["a.txt", "b.txt", "c.txt"]}),
    # a court case: the verdict told undated, then dated by the next report
    ({"a.txt": ("2025-03-08", "Roe guilty\n\nDana Roe has been convicted of fraud by a jury in Avel."),
      "b.txt": ("2025-03-10", "Sentencing\n\nDana Roe, who was convicted of fraud on Friday, will be sentenced in June.")},
     COURT_ENTITIES, {"2025-03-07": ["a.txt", "b.txt"], "2025-06": ["b.txt"]}),
    # a strike: the walkout told undated the next day, dated by a later report
    ({"a.txt": ("2025-03-04", "Walkout\n\nAvel Transit drivers have walked out over pay."),
      "b.txt": ("2025-03-06", "Day three\n\nAvel Transit drivers, who walked out over pay on Monday, met managers.")},
     STRIKE_ENTITIES, {"2025-03-03": ["a.txt", "b.txt"]}),
])
def test_siblings_from_other_stories(tmp_path: Path, stories: dict[str, tuple[str, str]], entities: str,
                                     expected: dict[str, list[str]]) -> None:
    assert cited(tmp_path, stories, entities) == expected


ACME_ENTITIES = "- {id: acme, kind: organisation, name: Acme, summary: A carmaker.}\n"


@pytest.mark.parametrize(("stories", "entities", "expected"), [
    # no dated partner: no event
    ({"a.txt": ("2009-06-01", "Rivermark files\n\nRivermark Motors has filed for bankruptcy protection.")}, MOTORS_ENTITIES, {}),
    # a lead in the future, a question, a quotation: no done act
    ({"a.txt": ("2025-03-11", "Plants\n\nAcme will close three plants."),
      "b.txt": ("2025-03-12", "Closed\n\nAcme closed three plants on Monday.")}, ACME_ENTITIES, {"2025-03-10": ["b.txt"]}),
    ({"a.txt": ("2025-03-11", "Plants\n\nHas Acme closed three plants?"),
      "b.txt": ("2025-03-12", "Closed\n\nAcme closed three plants on Monday.")}, ACME_ENTITIES, {"2025-03-10": ["b.txt"]}),
    ({"a.txt": ("2025-03-11", 'Plants\n\n"Acme has closed three plants to punish us," a union leader said.'),
      "b.txt": ("2025-03-12", "Closed\n\nAcme closed three plants on Monday.")}, ACME_ENTITIES, {"2025-03-10": ["b.txt"]}),
    # a dated event three weeks before the lead's publication
    ({"a.txt": ("2009-06-01", "Rivermark files\n\nRivermark Motors has filed for bankruptcy protection."),
      "b.txt": ("2009-06-03", "Plants\n\nRivermark Motors, which filed for bankruptcy on May 11, will close three plants.")},
     MOTORS_ENTITIES, {"2009-05-11": ["b.txt"]}),
    # a dated event after the lead's publication
    ({"a.txt": ("2009-06-01", "Rivermark files\n\nRivermark Motors has filed for bankruptcy protection."),
      "b.txt": ("2009-06-08", "Plants\n\nRivermark Motors, which filed for bankruptcy on June 3, will close three plants.")},
     MOTORS_ENTITIES, {"2009-06-03": ["b.txt"]}),
    # two happenings of one company on one day; one act counted by two numbers
    ({"a.txt": ("2025-03-11", "Jobs\n\nAcme has cut 2,000 jobs."),
      "b.txt": ("2025-03-11", "Plant\n\nAcme opened a plant on Monday.")}, ACME_ENTITIES, {"2025-03-10": ["b.txt"]}),
    ({"a.txt": ("2025-03-11", "Jobs\n\nAcme has cut 2,000 jobs."),
      "b.txt": ("2025-03-11", "Jobs\n\nAcme cut 500 jobs at its Avel plant on Monday.")}, ACME_ENTITIES, {"2025-03-10": ["b.txt"]}),
])
def test_a_lead_joins_nothing_else(tmp_path: Path, stories: dict[str, tuple[str, str]], entities: str,
                                   expected: dict[str, list[str]]) -> None:
    assert cited(tmp_path, stories, entities) == expected


@pytest.mark.parametrize(("told", "done"), [
    ("Rivermark Motors has filed for bankruptcy protection", True),
    ("Northrop Grumman and EADS have unexpectedly defeated Boeing", True),
    ("Dana Roe was convicted of fraud", True),
    ("Kessel Foods recalled 40,000 pies", True),
    ("Acme will close three plants", False),
    ("Acme could have been sold", False),
    ("Acme has not filed for bankruptcy", False),
    ("Acme plans to close plants", False),
    ("Acme is the largest carmaker", False),
    ("Acme has three plants", False),
    ("Acme said it would close plants", False),
])
def test_a_done_act(told: str, done: bool) -> None:
    assert done_act(told) is done


def _candidate(date: str, precision: str, source: str, title: str, stems: str, undated: bool = False,
               published: str = "2025-03-11") -> Candidate:
    return Candidate(date=date, precision=precision, source=source, published=published, paragraph=2, sentence=title + ".",
                     entities=("acme",), noun="", words="", title=title, stems=stems, undated=undated)


@pytest.mark.parametrize(("told", "main"), [
    ("Nineteen students expelled by the university have launched a legal challenge", "have launched a legal challenge"),
    ("Residents of a town destroyed by wildfire have sued the power company", "have sued the power company"),
    ("Dana Roe was convicted by a jury", "Dana Roe was convicted by a jury"),
    ("Kessel Foods recalled 40,000 pies", "Kessel Foods recalled 40,000 pies"),
])
def test_a_participle_postmodifying_the_subject_is_not_the_leads_act(told: str, main: str) -> None:
    assert predicate(told) == main


def test_a_lead_told_after_a_reduced_relative_joins_its_own_act_only(tmp_path: Path) -> None:
    stories = {
        "a.txt": ("2025-03-11", "Challenge\n\nNineteen students expelled by Carrow University have launched a legal challenge."),
        "b.txt": ("2025-03-12", "Expelled\n\nCarrow University expelled nineteen students on Monday."),
    }
    entities = "- {id: carrow-university, kind: organisation, name: Carrow University, summary: A university.}\n"
    assert cited(tmp_path, stories, entities) == {"2025-03-10": ["b.txt"]}


def test_attach_leaves_groups_it_does_not_join_as_they_came() -> None:
    dated = [_candidate("2025-03-10", "day", "b", "Acme closed three plants", "close plant three")]
    other = [_candidate("2025-01-02", "day", "c", "Acme closed three plants", "close plant three")]
    lead = _candidate("2025-03-11", "day", "a", "Acme has closed three plants", "close plant three", undated=True)
    groups = [other, dated]
    joined = attach(groups, [lead])
    assert joined[0] is other and joined[1] == [*dated, lead] and groups[1] == dated

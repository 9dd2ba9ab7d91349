"""Session 15 (fresh-user review s15b #19, #7): a sentence with several dates gives each
date's event the names of its own clause, its title's and the sentence's speaker's; an
-ing clause after a subordinator titles its own date as a finite clause.

The doping case's examples and siblings from a strike, a bankruptcy and a court case,
invented here; every expected value was read off the sentences by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titles import title
from builder.pipeline import annotate_all
from builder.read import sources

from conftest import write_stories

ENTITIES = """\
- {id: aiu, kind: organisation, name: Athletics Integrity Unit, summary: A body., aliases: [AIU]}
- {id: mutai, kind: person, name: Joseph Mutai, summary: A coach.}
- {id: nunez, kind: person, name: Ana Núñez, summary: A doctor.}
- {id: eldoret, kind: place, name: Eldoret, summary: A town.}
- {id: madrid, kind: place, name: Madrid, summary: A city.}
- {id: lukasz, kind: person, name: Łukasz Wróblewski, summary: A runner., aliases: [{text: Wróblewski, after_full_name: true}]}
- {id: champs, kind: organisation, name: European Championships, summary: A meeting.}
- {id: paris, kind: place, name: Paris, summary: A city.}
- {id: olympics, kind: organisation, name: Olympic Games, summary: A meeting.}
- {id: prix, kind: organisation, name: Nairobi Grand Prix, summary: A meeting.}
- {id: avel-union, kind: organisation, name: Avel Union, summary: A union.}
- {id: harbour-board, kind: organisation, name: Harbour Board, summary: A port's board.}
- {id: port-avel, kind: place, name: Port Avel, summary: A port.}
- {id: kestrel, kind: place, name: Kestrel, summary: A town.}
- {id: rivermark, kind: organisation, name: Rivermark Motors, summary: A carmaker.}
- {id: delaware, kind: place, name: Delaware, summary: A state.}
- {id: avel, kind: place, name: Avel, summary: A town.}
- {id: berlin, kind: place, name: Berlin, summary: A city.}
- {id: vienna, kind: place, name: Vienna, summary: A city.}
"""
STORIES = {
    "a.txt": ("2025-10-03", "Decision\n\n"
              "The AIU interviewed the coach, Mr Joseph Mutai, on 8 July 2025 in Eldoret, and the team physician, "
              "Dr Ana Núñez, on 15 July 2025 in Madrid.\n\n"
              "Łukasz Wróblewski won silver at the European Championships in August 2022 and finished fourth at the "
              "Olympic Games in Paris the previous year."),
    "c.txt": ("2025-06-14", "Suspended\n\n"
              "Łukasz Wróblewski has been provisionally suspended after testing positive at last month's Nairobi "
              "Grand Prix, the Athletics Integrity Unit (AIU) said on Friday."),
    "b.txt": ("2025-03-14", "Strike\n\n"
              "Dock workers at Port Avel walked out on Monday and the Harbour Board met the strikers in Kestrel on "
              "Thursday, the Avel Union said.\n\n"
              "Rivermark Motors filed for bankruptcy in Delaware in June 2009 and closed its plant in Avel in March 2010.\n\n"
              "Rivermark Motors will sell the Kestrel plant in 2011 and the buyer should reopen it in 2012.\n\n"
              "The court annulled the contract signed in Berlin on 3 May 2021, the loan agreed in Vienna on 9 June 2022 "
              "and all later payments.\n\n"
              "Dock workers at Port Avel met the Harbour Board in Kestrel on Tuesday."),
}


@pytest.fixture(scope="module")
def candidates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, tuple[str, ...]]]:
    seeds = tmp_path_factory.mktemp("clause") / "seeds"
    seeds.mkdir()
    write_stories(seeds, dict(STORIES))
    (seeds / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    dossier = sources.load(seeds)
    found = annotate_all(dossier.sources, dossier.entities, 1)
    return {c.date: (c.title, c.entities) for a in found.values() for c in a.candidates}


@pytest.mark.parametrize(("date", "expected"), [
    # the review's examples: each interview its own person and place, the AIU (the subject) in both
    ("2025-07-08", ("aiu", "eldoret", "mutai")),
    ("2025-07-15", ("aiu", "madrid", "nunez")),
    # the silver in August 2022, not the Olympic Games in Paris of "the previous year"
    ("2022-08", ("champs", "lukasz")),
    # the suspension on Friday: the suspended runner and the speaker, not the meeting of last month
    ("2025-06-13", ("aiu", "lukasz")),
    ("2025-05", ("aiu", "lukasz", "prix")),
    # a strike: the walkout at Port Avel, the meeting in Kestrel; the speaker (the union) reports both
    ("2025-03-10", ("avel-union", "port-avel")),
    ("2025-03-13", ("avel-union", "harbour-board", "kestrel")),
    # a bankruptcy: the second clause shares the subject, not the first's place
    ("2009-06", ("delaware", "rivermark")),
    ("2010-03", ("avel", "rivermark")),
    # a later clause's subject that points back ("the buyer") keeps the sentence's subject name; its own place stays
    ("2011", ("kestrel", "rivermark")),
    ("2012", ("rivermark",)),
    # a court case's list of annulled things: each its own place
    ("2021-05-03", ("berlin",)),
    ("2022-06-09", ("vienna",)),
    # one date: every name of the sentence
    ("2025-03-11", ("harbour-board", "kestrel", "port-avel")),
])
def test_each_date_takes_the_names_of_its_own_clause(candidates: dict[str, tuple[str, tuple[str, ...]]], date: str,
                                                     expected: tuple[str, ...]) -> None:
    assert candidates[date][1] == expected


def test_the_suspension_and_the_positive_test_are_titled_by_their_own_clauses(
        candidates: dict[str, tuple[str, tuple[str, ...]]]) -> None:
    # a present perfect dated by the closing attribution: the date is the saying's (left19)
    assert candidates["2025-06-13"][0] == "The Athletics Integrity Unit said Łukasz Wróblewski has been provisionally suspended"
    assert candidates["2025-05"][0] == "Łukasz Wróblewski tested positive at the Nairobi Grand Prix"


def titled(sentence: str, date_text: str, published: dt.date = dt.date(2025, 6, 14)) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the review's example: the Friday date is the saying's (a present perfect told by a dated attribution,
    # left19); last month's the test's
    ("NAIROBI, June 14 (Sportwire) - Polish middle-distance runner Łukasz Wróblewski has been provisionally "
     "suspended after testing positive for a banned anabolic steroid at last month's Nairobi Grand Prix, the "
     "Athletics Integrity Unit (AIU) said on Friday.", "Friday",
     "The Athletics Integrity Unit said Polish middle-distance runner Łukasz Wróblewski has been provisionally suspended"),
    ("NAIROBI, June 14 (Sportwire) - Polish middle-distance runner Łukasz Wróblewski has been provisionally "
     "suspended after testing positive for a banned anabolic steroid at last month's Nairobi Grand Prix, the "
     "Athletics Integrity Unit (AIU) said on Friday.", "last month",
     "Polish middle-distance runner Łukasz Wróblewski tested positive for a banned anabolic steroid"),
    # a strike, a court case, a bankruptcy, a recall
    ("The Avel dockers' union (ADU) called off the strike after winning a 4% pay rise in talks last week, the Port "
     "Authority (PA) said on Monday.", "last week", "The Avel dockers' union won a 4% pay rise in talks"),
    ("The Avel dockers' union (ADU) called off the strike after winning a 4% pay rise in talks last week, the Port "
     "Authority (PA) said on Monday.", "Monday", "The Avel dockers' union called off the strike"),
    ("Judge Maria Okafor was removed from the case after meeting the defendant's lawyer at a dinner in March, the "
     "Judicial Conduct Board (JCB) said on Tuesday.", "March", "Judge Maria Okafor met the defendant's lawyer at a dinner"),
    ("Judge Maria Okafor was removed from the case after meeting the defendant's lawyer at a dinner in March, the "
     "Judicial Conduct Board (JCB) said on Tuesday.", "Tuesday", "Judge Maria Okafor was removed from the case"),
    ("Rivermark Motors has been placed in administration after missing a payment to bondholders last month, the "
     "company said on Friday.", "last month", "Rivermark Motors missed a payment to bondholders"),
    ("Fromagerie Valbrune closed its plant after being linked to listeria cases in February, the agency said on Monday.",
     "February", "Fromagerie Valbrune was linked to listeria cases"),
])
def test_an_ing_clause_titles_its_date_as_a_finite_clause(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


def test_a_dateline_dash_is_no_hyphen_inside_a_word(tmp_path: Path) -> None:
    # "Polish middle-distance runner": the date line's pattern took "Polish middle-" for an agency
    from builder.annotate.tidy import tidy  # noqa: F401  (the pattern lives there)

    assert titled("NAIROBI, June 14 (Sportwire) - Polish middle-distance runner Tom Kip resigned on Friday.", "Friday") == (
        "Polish middle-distance runner Tom Kip resigned")

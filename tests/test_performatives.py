"""Session 15 (fresh-user review s15b #5, s15a #9): a decision's own act, in the simple
present ("The Panel therefore imposes ...", "The agency orders the immediate withdrawal
..."), is an event at the document's date when the document dates itself ("Date: 3 October
2025") or its issuer is the subject; the ban then joins another source's report of it on
that day when they share a name and a content word (the recall).

The doping case's and the recall's examples, with siblings from a strike's arbitration, a
bankruptcy court and a news story (which does not date an act it reports in the present);
every expected value was read off the texts by hand.
"""

from __future__ import annotations

import pytest

from builder.link.timeline import build_events
from builder.pipeline import annotate_all
from builder.read import sources

ENTITIES = """\
- {id: lis, kind: person, name: Anna Lis, summary: A runner.}
- {id: nfsa, kind: organisation, name: National Food Safety Agency, summary: A regulator., aliases: [NFSA]}
- {id: valbrune, kind: organisation, name: Fromagerie Valbrune, summary: A cheesemaker.}
- {id: avel-union, kind: organisation, name: Avel Union, summary: A union.}
- {id: rivermark, kind: organisation, name: Rivermark Motors, summary: A carmaker.}
"""
SOURCES = """\
decision.txt: {title: Decision, published: 2025-10-03}
ban.txt: {title: Ban, published: 2025-10-04}
notice.txt: {title: Notice, published: 2025-03-03, outlet: National Food Safety Agency}
wire.txt: {title: Recall, published: 2025-03-04}
award.txt: {title: Award, published: 2024-05-10}
order.txt: {title: Order, published: 2009-07-02}
news.txt: {title: News, published: 2009-07-03}
"""
TEXTS = {
    "decision.txt": "DISCIPLINARY TRIBUNAL\n\nDate: 3 October 2025\n\n"
                    "1. The hearing took place on 9 September 2025.\n\n"
                    "2. The Panel therefore imposes on Anna Lis a period of ineligibility of four years, starting on 13 June 2025.\n\n"
                    "3. The Panel noted the athlete's apology.",
    "ban.txt": "Ban\n\nAnna Lis was banned for four years on Friday.",
    "notice.txt": "RECALL NOTICE\n\nIssued 3 March 2025.\n\n"
                  "The National Food Safety Agency orders the immediate withdrawal and recall of Fromagerie Valbrune's soft cheese.",
    "wire.txt": "Recall\n\nThe National Food Safety Agency on Monday ordered the recall of soft cheese made by Fromagerie Valbrune.",
    "award.txt": "ARBITRATION AWARD\n\nDated: 10 May 2024\n\n"
                 "The Board orders the Avel Union to end its strike and awards the dockers a pay rise of 4%.\n\n"
                 "Rivermark Motors imposes a hiring freeze.",
    "order.txt": "ORDER\n\nDate: 2 July 2009\n\nThe Court approves the sale of the Avel plant by Rivermark Motors.",
    "news.txt": "News\n\nThe court approves sales of this kind in most cases, a lawyer for Rivermark Motors said.",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list:
    seeds = tmp_path_factory.mktemp("performatives") / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    for name, text in TEXTS.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    return list(build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1)))


def _at(events: list, date: str) -> list[tuple[str, list[str]]]:
    return sorted((ev.title, sorted(c.source for c in ev.citations)) for ev in events if ev.date == date)


def test_the_panel_imposes_the_ban_at_the_decisions_date(built: list) -> None:
    # the ban is the decision's act on 3 October, not on 13 June (the start of its period);
    # "The Panel noted" is past: no act of the decision's date
    # The report's "was banned" shares the name but no content word with "imposes ... a period
    # of ineligibility" (WordNet gives the two no common sense or definition word): two
    # entries of the day, as two same-day happenings of one name stay apart.
    assert _at(built, "2025-10-03") == [("Anna Lis was banned for four years", ["2025-10-04-ban"]),
                                        ("The Panel therefore imposes on Anna Lis a period of ineligibility of four years",
                                         ["2025-10-03-decision"])]  # a title is not cut before an of-complement (titles20)
    assert _at(built, "2025-06-13") == []


def test_the_agencys_own_notice_joins_the_wire_on_the_day(built: list) -> None:
    on_the_day = _at(built, "2025-03-03")
    assert len(on_the_day) == 1 and on_the_day[0][1] == ["2025-03-03-notice", "2025-03-04-recall"]


@pytest.mark.parametrize(("date", "expected"), [
    # a strike's arbitration board: its order (another body named as the subject is no act of the award)
    ("2024-05-10", [("The Board orders the Avel Union to end its strike", ["2024-05-10-award"])]),
    # a bankruptcy court's order
    ("2009-07-02", [("The Court approves the sale of the Avel plant by Rivermark Motors", ["2009-07-02-order"])]),
    # a news story's present tense is no act of its date (not dated by its own front matter, not the court's)
    ("2009-07-03", []),
])
def test_a_documents_own_act_and_no_other(built: list, date: str, expected: list) -> None:
    assert _at(built, date) == expected

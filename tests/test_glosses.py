"""One happening told by a noun in one report and by words of its WordNet definition in
another ("filed for bankruptcy" / "sought court protection from its creditors"), and
other happenings of the same entity on the same day kept apart (`senses.gloss_stems`,
`likeness.defined`, `scripts/noun_glosses.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.annotate import senses


@pytest.mark.parametrize(("noun", "stem"), [
    ("bankruptcy", "creditor"),  # "a legal process ... among the creditors of a corporation ..."
    ("strike", "refus"),         # "a group's refusal to work in protest ..."
    ("walkout", "worker"),       # "a strike in which the workers walk out ..."
    ("lawsuit", "proceed"),      # "a comprehensive term for any proceeding in a court of law ..."
])
def test_a_happening_noun_has_the_nouns_of_its_definition(noun: str, stem: str) -> None:
    assert stem in senses.gloss_stems(noun)


def test_a_noun_of_no_happening_has_none() -> None:
    # "creditor" is a person (noun.person), "plant" a thing: no happening sense, no row
    assert senses.gloss_stems("creditor") == frozenset()
    assert senses.gloss_stems("plant") == frozenset()


SOURCES = """\
a.txt:
  title: Filing
  published: 2009-06-01
b.txt:
  title: Protection
  published: 2009-06-02
c.txt:
  title: Plant
  published: 2009-06-02
d.txt:
  title: Strike
  published: 2009-06-03
e.txt:
  title: Walkout
  published: 2009-06-03
"""
TEXTS = {
    "a.txt": "Filing\n\nRivermark Motors filed for bankruptcy on Monday.",
    "b.txt": "Protection\n\nRivermark Motors sought court protection from its creditors on Monday.",
    # the same entity, the same day, another happening: apart
    "c.txt": "Plant\n\nRivermark Motors closed its plant in Avel on Monday.",
    # a strike told as a refusal to work, two days later
    "d.txt": "Strike\n\nDockers at Port Avel went on strike on Wednesday.",
    "e.txt": "Walkout\n\nDockers at Port Avel refused to work on Wednesday.",
}
ENTITIES = """\
- id: rivermark-motors
  kind: organisation
  name: Rivermark Motors
  summary: A carmaker.
- id: port-avel
  kind: place
  name: Port Avel
  summary: A port.
"""


def test_a_happening_and_its_definition_are_one_event_other_happenings_apart(tmp_path: Path) -> None:
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    for name, text in TEXTS.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    cited = sorted((ev.date, sorted(c.source.split("-", 3)[3] for c in ev.citations)) for ev in events)
    assert cited == [
        ("2009-06-01", ["filing", "protection"]),
        ("2009-06-01", ["plant"]),
        ("2009-06-03", ["strike", "walkout"]),
    ]


def _cited(tmp_path: Path, table: str, texts: dict[str, str], entities: str = "[]\n") -> list[tuple[str, str, list[str]]]:
    from builder.link.timeline import build_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "sources.yml").write_text(table, encoding="utf-8")
    (seeds / "entities.yml").write_text(entities, encoding="utf-8")
    for name, text in texts.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    return sorted((ev.date, ev.title, sorted(f"{c.source.split('-', 3)[3]} ¶{c.paragraph}" for c in ev.citations))
                  for ev in events)


def test_a_happening_only_named_joins_the_day_its_noun_names(tmp_path: Path) -> None:
    # "ahead of the June polls" names a happening by a month; the same source dates it by
    # its noun, "Sunday's council election" (a poll is "the counting of votes (as in an
    # election)", WordNet's fifth sense): one entry. "ahead of the May hearing" has no day
    # in May to join: it stays, named.
    table = "a.txt:\n  title: Count\n  published: 2025-06-16\n"
    texts = {"a.txt": "Count\n\n"
             "Voters in Avel turned out in large numbers for Sunday's council election.\n\n"
             "The mayor said the road plan had been delayed ahead of the June polls.\n\n"
             "The builder appealed ahead of the May hearing."}
    assert [(d, t) for d, t, _ in _cited(tmp_path, table, texts)] == [
        ("2025-05", "The builder appealed ahead of the hearing"),
        ("2025-06-15", "Voters in Avel turned out in large numbers for the council election"),
    ]


def test_a_named_happening_with_two_days_to_choose_stays(tmp_path: Path) -> None:
    # two hearings in March: "ahead of the March hearing" could be either; it stays apart
    # (with one, it joins it)
    table = "a.txt:\n  title: Hearings\n  published: 2025-03-28\n"
    texts = {"a.txt": "Hearings\n\n"
             "Lawyers argued at Monday's hearing on the bridge collapse.\n\n"
             "Engineers spoke at the March 4 hearing.\n\n"
             "Shares in the builder fell ahead of the March hearing."}
    dates = [d for d, _, _ in _cited(tmp_path, table, texts)]
    assert dates == ["2025-03", "2025-03-04", "2025-03-24"]
    texts["a.txt"] = texts["a.txt"].replace("Engineers spoke at the March 4 hearing.", "Engineers spoke on March 4.")
    dates = [d for d, _, _ in _cited(tmp_path / "one", table, texts)]
    assert dates == ["2025-03-04", "2025-03-24"]

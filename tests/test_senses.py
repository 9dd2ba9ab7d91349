"""One happening told with different words (WordNet 3.0 verb synsets, `annotate/senses.py`),
and different happenings of one entity on one day kept apart. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.annotate import senses
from builder.annotate.likeness import word_senses
from builder.annotate.titleacts import verb_lemma
from builder.link.timeline import build_events
from builder.pipeline import annotate_all
from builder.read import sources


@pytest.mark.parametrize(("a", "b", "same"), [
    ("walk_out", "strike", True),    # {strike, walk out}: "stop work in order to press demands" (the noun's)
    ("resign", "step_down", True),   # {resign, step down, quit}
    ("buy", "purchase", True),
    ("shut", "close", True),
    ("file", "seek", False),
    ("strike", "walk_out", False),   # the verb "strike": {strike, walk out} is only its seventh sense
])
def test_verbs_and_nouns_of_one_happening(a: str, b: str, same: bool) -> None:
    left = {a: senses.verb_synsets(a)}
    right = {b: senses.noun_synsets(b) if (a, b) == ("walk_out", "strike") else senses.verb_synsets(b)}
    assert senses.same_kind(left, right) is same
    assert senses.same_kind(left, {a: senses.verb_synsets(a)}) is False  # the same word is no synonym


@pytest.mark.parametrize(("form", "lemma"), [
    ("walked", "walk"), ("filed", "file"), ("stopped", "stop"), ("carries", "carry"), ("sought", "seek"),
    ("closing", "close"), ("resigns", "resign"), ("xyzzed", "xyzzed"),
])
def test_verb_lemma(form: str, lemma: str) -> None:
    assert verb_lemma(form) == lemma


def test_word_senses_read_the_title_verb_with_its_particle_and_the_event_nouns() -> None:
    assert set(word_senses("Dockers at Port Avel walked out", "Dockers at Port Avel walked out on Monday.")) == {"v:walk_out"}
    assert set(word_senses("The strike at Port Avel began", "The strike at Port Avel began on Monday.")) == {"n:strike"}
    # after an object-control verb, the infinitive tells the happening
    assert set(word_senses("Inspectors ordered the terminal to shut down", "")) == {"v:shut_down"}
    # reporting and light verbs tell no happening
    assert word_senses("The union said", "The union said on Monday.") == {}


SOURCES = """\
a.txt:
  title: Dockers walk out
  published: 2024-03-11
b.txt:
  title: Port strike
  published: 2024-03-12
c.txt:
  title: Deal
  published: 2024-03-12
d.txt:
  title: Chief quits
  published: 2024-03-13
e.txt:
  title: Boss goes
  published: 2024-03-14
f.txt:
  title: Lawsuit
  published: 2024-03-14
g.txt:
  title: Terminal closed
  published: 2024-03-18
h.txt:
  title: Terminal shut
  published: 2024-03-15
"""
TEXTS = {
    "a.txt": "Dockers walk out\n\nDockers at Port Avel walked out on Monday over a pay offer.",
    "b.txt": "Port strike\n\nThe strike at Port Avel began on Monday, the second in a year.",
    # the same entity, the same day, another happening told with "strike" in another sense
    "c.txt": "Deal\n\nPort Avel struck a deal with its lenders on Monday to refinance the cranes.",
    "d.txt": "Chief quits\n\nThe chief executive of Port Avel, Mara Lind, resigned on Tuesday.",
    "e.txt": "Boss goes\n\nMara Lind stepped down as chief executive of Port Avel on Tuesday.",
    # the same entity and day, the same verb "file" as nothing else: a lawsuit is no resignation
    "f.txt": "Lawsuit\n\nPort Avel filed a lawsuit against its insurer on Tuesday.",
    # "closed" and "ordered ... to shut down" (close sense 3 is {close down, shut down})
    "g.txt": "Terminal closed\n\nThe harbour board closed the Port Avel terminal on Thursday, sending 900 dockers home.",
    "h.txt": "Terminal shut\n\nInspectors ordered the Port Avel ferry terminal in North Haven to shut down on Thursday.",
}


def test_one_happening_in_other_words_is_one_event_and_other_happenings_stay_apart(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (seeds / "entities.yml").write_text(
        "- id: port-avel\n  kind: organisation\n  name: Port Avel\n  summary: A port.\n"
        "- id: mara-lind\n  kind: person\n  name: Mara Lind\n  summary: Its chief.\n", encoding="utf-8")
    for name, text in TEXTS.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    dossier = sources.load(seeds)
    events = build_events(dossier, annotate_all(dossier.sources, dossier.entities, 1))
    cited = sorted((ev.date, sorted(c.source.split("-", 3)[3] for c in ev.citations)) for ev in events)
    assert cited == [
        ("2024-03-11", ["deal"]),
        ("2024-03-11", ["dockers-walk-out", "port-strike"]),
        ("2024-03-12", ["boss-goes", "chief-quits"]),
        ("2024-03-12", ["lawsuit"]),
        ("2024-03-14", ["terminal-closed", "terminal-shut"]),
    ]

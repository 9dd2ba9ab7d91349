"""dossier.yml's `not_names`: capitalised words the sources write that are no names, left
out of discovery and `suggest` (fresh-user reviews s15c #19 and s15d #12: "Relative" of
"Relative humidity", "Can I" of "Q: Can I go home?", "Ambulances" opening a sentence came
back with every --discover build, and nothing but registering them could stop it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder import pipeline
from builder.annotate import discover
from builder.errors import InputError
from builder.read import sources

TEXTS = {
    "sitrep.txt": "Situation report\n\nRelative humidity fell to 12% as the fire crossed the ridge near Valdecasas on "
                  "Monday, Relative Risk Ltd said. Ambulances took four residents to Valdecasas hospital.\n",
    "feature.txt": "Residents ask\n\nQ: Can I go home? A: Not yet, the mayor of Valdecasas said. "
                   "Ambulances stood by while Relative Risk Ltd counted the damage.\n",
}


def _names(tmp_path: Path, dossier_yml: str) -> set[str]:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for name, text in TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "dossier.yml").write_text(dossier_yml, encoding="utf-8")
    dossier = sources.load(seeds)
    annotated = pipeline.annotate_all(dossier.sources, (), 1)
    found = discover.group_names(dossier, annotated)
    return {s.name for s in found} | {f for s in found for f in s.forms + s.short_forms}


def test_listed_words_are_left_out_and_the_rest_kept(tmp_path: Path) -> None:
    plain = _names(tmp_path, "title: Fire\n")
    listed = _names(tmp_path, 'title: Fire\nnot_names: [Relative, "Can I", Ambulances]\n')
    assert "Valdecasas" in listed and "Relative Risk Ltd" in listed
    assert not {"Relative", "Can I", "Ambulances"} & listed, listed
    assert {"Relative", "Can I", "Ambulances"} & plain  # discovery found at least one of them before


def test_a_provisional_entity_is_not_made_for_a_listed_word(tmp_path: Path) -> None:
    _names(tmp_path, 'title: Fire\nnot_names: [Relative, "Can I", Ambulances]\n')
    docs = tmp_path / "docs"
    result = pipeline.build(pipeline.Options(tmp_path / "seeds", docs, jobs=1, discover=True))
    made = {e.name for e in result.dossier.entities}
    assert "Valdecasas" in made and not {"Relative", "Can I", "Ambulances"} & made, made


@pytest.mark.parametrize("value", ["Relative", "[1, 2]", '["two\\nlines"]', "[" + ", ".join(["x"] * 1001) + "]"])
def test_not_names_is_a_list_of_one_line_texts(tmp_path: Path, value: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("A\n\nText.\n", encoding="utf-8")
    (seeds / "dossier.yml").write_text(f"title: Fire\nnot_names: {value}\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        sources.load(seeds)
    assert any("dossier.yml:2:" in p and "field 'not_names'" in p for p in raised.value.problems), raised.value.problems

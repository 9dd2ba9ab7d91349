"""Quotes, facts and claims on the demo dossier against hand-made labels.

Labels were made by reading every quotation mark in the five sources and writing down who
speaks. Scare quotes ("Killing Fields", "twisted", "constitutional coup", "concerned about
voters", "negative reaction") are labelled as not quotes of a person: the sources use them
for a phrase, not as attributed speech closed by punctuation.
"""

from __future__ import annotations

import json
from pathlib import Path

from builder.model import Entity, Role
from builder.present.profiles import registry_role

QUOTES = [
    ("000", 5, "sam-rainsy", "historic day"),
    ("000", 8, "sam-rainsy", "truly free and fair elections."),
    ("001", 4, "sam-rainsy", "historic day"),
    ("001", 7, "sam-rainsy", "truly free and fair elections."),
    ("001", 23, "tioulong-saumura", "Of course."),
    ("001", 26, "yem-ponhearith", "I can say that"),
    ("001", 26, "yem-ponhearith", "At the moment"),
    ("001", 28, "reth-sonitha", "I am delighted"),
    ("002", 9, "kem-sokha", "We are disappointed"),
    ("002", 10, "kem-sokha", "The National Election Committee is responsible"),
    ("003", 9, "sam-rainsy", "We do not accept"),
    ("003", 14, "khieu-kanharith", "We got the message"),
    ("003", 16, "lao-mong-hay", "big blow for Hun Sun"),
    ("003", 16, "lao-mong-hay", "badly shaken"),
    ("003", 17, "lao-mong-hay", "We now have a confrontation"),
    ("003", 18, "lao-mong-hay", "The people have shown"),
    ("004", 7, "hun-sen", "If they continue"),
    ("004", 8, "hun-sen", "Sam Rainsy said he would stop"),
    ("004", 8, "hun-sen", "Sam Rainsy added"),
    ("004", 9, "hun-sen", "He [Sam Rainsy] said it"),
    ("004", 10, "hun-sen", "there is no further use"),
    ("004", 13, "hun-sen", "They [CNRP] want"),
    ("004", 13, "hun-sen", "My stance is"),
    ("004", 19, "kem-sokha", "It’s not a problem"),
    ("004", 19, "kem-sokha", "demanded an investigation"),
    ("004", 20, "kem-sokha", "If he releases"),
]


def test_quotes_and_speakers(demo: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    prefix = {s["id"]: s["file"][:3] for s in data["sources"]}
    found = [(prefix[q["source"]], q["paragraph"], q["speaker"], q["text"]) for q in data["quotes"]]
    matched, hits = set(), 0
    for f, p, speaker, start in QUOTES:
        same = [i for i, q in enumerate(found) if q[:2] == (f, p) and q[3].startswith(start) and i not in matched]
        assert same, (f, p, start)
        matched.add(same[0])
        hits += found[same[0]][2] == speaker
    extra = [q for i, q in enumerate(found) if i not in matched]
    print(f"quotes: {hits}/{len(QUOTES)} attributed as labelled; {len(extra)} found that are not in the labels")
    assert not extra
    assert hits == len(QUOTES)


def test_ages_give_birth_year(demo: Path) -> None:
    page = (demo / "people" / "hun-sen.md").read_text(encoding="utf-8")
    assert "**Born 1952 (estimated)**" in page
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    ages = sorted((f["value"], f["source"][:10]) for f in data["facts"] if f["entity"] == "hun-sen" and f["kind"] == "age")
    assert ages == [("60", "2013-07-28"), ("61", "2013-09-08")]
    rainsy = [f["value"] for f in data["facts"] if f["entity"] == "sam-rainsy" and f["kind"] == "age"]
    assert rainsy == ["64"]
    sonitha = [f["value"] for f in data["facts"] if f["entity"] == "reth-sonitha" and f["kind"] == "age"]
    assert sonitha == ["25"]


def test_roles_from_titles_and_appositions(demo: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    facts = {(f["entity"], f["kind"], f["value"]) for f in data["facts"]}
    assert ("kem-sokha", "role", "deputy president (CNRP)") in facts
    assert ("yem-ponhearith", "role", "spokesman (CNRP)") in facts
    assert ("khieu-kanharith", "description", "a spokesman for the ruling Cambodian People's Party") in facts
    assert ("sam-rainsy", "description", "a French-educated former banker") in facts


def test_stated_roles_are_compared_with_the_registry(demo: Path) -> None:
    hun_sen = (demo / "people" / "hun-sen.md").read_text(encoding="utf-8")
    assert "<td>Cambodian Prime Minister</td>\n<td>role</td>\n<td>agrees: prime minister</td>" in hun_sen
    assert "<td>60</td>\n<td>age</td>\n<td></td>" in hun_sen
    e = Entity("x", "person", "X", (), "s", roles=(Role("spokesman", "cpp"),))
    assert registry_role(e, "a spokesman for the party") == "spokesman"
    assert registry_role(e, "finance minister") == ""

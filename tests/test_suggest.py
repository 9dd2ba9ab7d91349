"""`suggest` on the demo sources with an empty registry recovers the registry's names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import SEEDS, call_builder

EXPECTED = [
    "Hun Sen", "Sam Rainsy", "Kem Sokha", "Khieu Kanharith", "Tioulong Saumura", "Yem Ponhearith",
    "Reth Sonitha", "Lao Mong Hay", "Hun Many", "Son Chhay", "Samean Yun", "Joshua Lipes",
    "CPP", "CNRP", "Cambodia National Rescue Party", "National Election Committee", "NEC",
    "European Union",  # from "The United States and European Union": two names, split at "and"
    "United States", "National Assembly", "Committee for Free and Fair Elections", "United Nations",
    "Khmer Rouge", "Associated Press", "AFP", "Phnom Penh", "Cambodia",
]


def test_suggest_with_empty_registry(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, seeds)
    shutil.copy(SEEDS / "sources.yml", seeds)
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    result = call_builder("suggest", "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    names = [line.split(": ", 1)[1].strip('"') for line in result.stdout.splitlines() if line.startswith("  name: ")]
    aliases = [a for line in result.stdout.splitlines() if line.startswith("  aliases: ")
               for a in re.findall(r'"([^"]+)"', line)]
    missing = [n for n in EXPECTED if n not in names + aliases]
    assert not missing
    # an acronym joins the name it abbreviates, as its alias: one entity per referent
    assert "CNRP" in aliases and "NEC" in aliases and "CNRP" not in names
    assert "Monday" not in names and "July" not in names and "The" not in names


def test_suggested_kinds_are_mostly_right(tmp_path: Path) -> None:
    """Against the registry's kinds for the same names (acronyms take the kind of their
    expansion; "in Phnom Penh" reads as a place)."""
    import yaml

    registry = yaml.safe_load((SEEDS / "entities.yml").read_text(encoding="utf-8"))
    kind_of = {}
    for e in registry:
        for form in [e["name"], *(a if isinstance(a, str) else a["text"] for a in e.get("aliases", []))]:
            kind_of[form] = e["kind"]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, seeds)
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    out = call_builder("suggest", "--seeds", str(seeds)).stdout.splitlines()
    guessed = {}
    for i, line in enumerate(out[:-2]):
        if line.startswith("  kind: "):
            kind = line.split(": ", 1)[1]
            guessed[out[i + 1].split(": ", 1)[1].strip('"')] = kind
            j = i + 2
            while j < len(out) and out[j].startswith("  ") and not out[j].startswith("  aliases: "):
                j += 1
            if j < len(out) and out[j].startswith("  aliases: "):
                for alias in re.findall(r'"([^"]+)"', out[j]):
                    guessed.setdefault(alias, kind)  # an alias has its entity's kind
    judged = [(n, guessed[n], kind_of[n]) for n in EXPECTED if n in kind_of and n in guessed]
    right = [j for j in judged if j[1] == j[2]]
    print(f"kinds right: {len(right)}/{len(judged)}; wrong: {[j for j in judged if j[1] != j[2]]}")
    assert len(judged) >= 25
    assert len(right) / len(judged) >= 0.8

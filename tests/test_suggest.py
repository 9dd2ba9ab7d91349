"""`suggest` on the demo sources with an empty registry recovers the registry's names."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SEEDS, run_builder

EXPECTED = [
    "Hun Sen", "Sam Rainsy", "Kem Sokha", "Khieu Kanharith", "Tioulong Saumura", "Yem Ponhearith",
    "Reth Sonitha", "Lao Mong Hay", "Hun Many", "Son Chhay", "Samean Yun", "Joshua Lipes",
    "CPP", "CNRP", "Cambodia National Rescue Party", "National Election Committee", "NEC",
    # "European Union" is missed: its only occurrence, "The United States and European Union",
    # comes out as one name, since names may contain "and" (Committee for Free and Fair Elections).
    "National Assembly", "Committee for Free and Fair Elections", "United Nations",
    "Khmer Rouge", "Associated Press", "AFP", "Phnom Penh", "Cambodia",
]


def test_suggest_with_empty_registry(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, seeds)
    shutil.copy(SEEDS / "sources.yml", seeds)
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    result = run_builder("suggest", "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    names = [line.split(": ", 1)[1].strip('"') for line in result.stdout.splitlines() if line.startswith("  name: ")]
    missing = [n for n in EXPECTED if n not in names]
    assert not missing
    assert "Monday" not in names and "July" not in names and "The" not in names

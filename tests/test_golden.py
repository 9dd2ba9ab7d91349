"""Golden mention counts for the demo dossier, per source and entity.

Derived by hand, not from the builder: for each alias, `grep -o '\\bALIAS\\b' FILE | wc -l`
on each source, then corrected by reading — "Cambodia" inside "Cambodia National Rescue
Party" is not a Cambodia mention; "Rainsy" inside "Sam Rainsy" is one mention, not two;
"Cambodian People’s Party" counts for the CPP once; the misspelling "Hun Sun" (003)
counts for Hun Sen; "RFA’s Khmer Service" is the RFA Khmer Service; the comment-form
boilerplate (004, paragraph 28) is skipped. Files are named by their number prefix.
"""

from __future__ import annotations

import json
from pathlib import Path

GOLDEN = {
    "000": {"associated-press": 1, "cambodia": 4, "cnrp": 3, "cpp": 4, "facebook": 1, "hun-sen": 4,
            "khieu-kanharith": 1, "khmer-rouge": 1, "national-assembly": 1, "nec": 1, "sam-rainsy": 2,
            "united-nations": 1},
    "001": {"cambodia": 5, "cnrp": 5, "comfrel": 1, "cpp": 3, "facebook": 1, "france": 1, "hun-sen": 11,
            "khieu-kanharith": 1, "khmer-rouge": 3, "national-assembly": 1, "nec": 2, "phnom-penh": 3,
            "reth-sonitha": 1, "sam-rainsy": 9, "tioulong-saumura": 1, "twitter": 1, "united-nations": 1,
            "united-states": 1, "vietnam": 1, "yem-ponhearith": 1},
    "002": {"cambodia": 4, "china": 1, "cnrp": 8, "cpp": 4, "european-union": 1, "hun-sen": 6, "kem-sokha": 3,
            "khmer-rouge": 1, "nec": 5, "phnom-penh": 3, "sam-rainsy": 2, "united-states": 2},
    "003": {"afp": 1, "cambodia": 3, "cnrp": 6, "cpp": 10, "hun-many": 1, "hun-sen": 5, "khieu-kanharith": 1,
            "khmer-rouge": 2, "lao-mong-hay": 1, "national-assembly": 1, "nec": 4, "phnom-penh": 1,
            "sam-rainsy": 2, "southeast-asia": 1},
    "004": {"cnrp": 15, "cpp": 5, "facebook": 1, "hun-sen": 18, "joshua-lipes": 1, "kandal-province": 1,
            "kem-sokha": 5, "khmer-rouge": 1, "national-assembly": 4, "norodom-sihamoni": 1,
            "rfa-khmer-service": 2, "sam-rainsy": 7, "samean-yun": 1, "son-chhay": 2, "tuol-sleng": 1},
}


def test_mention_counts(demo: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    prefix = {s["id"]: s["file"][:3] for s in data["sources"]}
    counts: dict[str, dict[str, int]] = {}
    for m in data["mentions"]:
        per = counts.setdefault(prefix[m["source"]], {})
        per[m["entity"]] = per.get(m["entity"], 0) + 1
    assert counts == GOLDEN
    totals = {e["id"]: e["mention_count"] for e in data["entities"]}
    for eid, n in totals.items():
        assert n == sum(g.get(eid, 0) for g in GOLDEN.values()), eid

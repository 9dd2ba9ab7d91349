"""Duplicate profiles in a `--discover` build of a meantime-dev dossier:
`python scripts/dev_duplicates.py TOPIC_DIR DOSSIER_JSON`.

The dev set's `score.py` measures names, kinds and dates but not whether one referent
got one profile. This counts, for each gold entity (its DBpedia reference, else the
annotators' descriptor), the dossier entities whose mentions have exactly the span of one
of its PER/ORG/LOC names inside the annotated text: every entity past the first is a
duplicate profile. Exact spans only, so a nested gold name ("US" inside "US Federal
Reserve") overlapping a longer mention is a span error, not a duplicate. Prints the
count, then each gold entity with its dossier entities and their mention counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def duplicates(topic: Path, dossier: dict) -> dict[str, Counter[str]]:
    """Gold entity -> Counter(dossier entity id -> exact mentions), for those with several."""
    gold = [json.loads(line) for line in (topic / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ann = {g["file"]: tuple(g["annotated_chars"]) for g in gold if g["kind"] == "doc"}
    fid = {s["id"]: s["file"] for s in dossier["sources"]}
    mentions = {
        (fid[m["source"]], m["start"], m["end"]): m["entity"] for m in dossier["mentions"] if m["source"] in fid
    }
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for g in gold:
        if g["kind"] != "entity" or not g.get("name") or g["ent_type"] not in ("PER", "ORG", "LOC"):
            continue
        a, b = ann.get(g["file"], (0, 0))
        if not (a <= g["name_start"] and g["name_end"] <= b):
            continue
        eid = mentions.get((g["file"], g["name_start"], g["name_end"]))
        if eid:
            found[(g.get("external_ref") or g["TAG_DESCRIPTOR"] or g["name"]).lower()][eid] += 1
    return {k: v for k, v in found.items() if len(v) > 1}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python scripts/dev_duplicates.py TOPIC_DIR DOSSIER_JSON", file=sys.stderr)
        return 2
    dups = duplicates(Path(argv[0]), json.loads(Path(argv[1]).read_text(encoding="utf-8")))
    print(f"duplicate profiles: {sum(len(v) - 1 for v in dups.values())}")
    for key, ids in sorted(dups.items()):
        print(f"  {key.rsplit('/', 1)[-1]}: " + ", ".join(f"{e} ({n})" for e, n in ids.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

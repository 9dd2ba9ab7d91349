"""Write `builder/annotate/lexicon/kinds_of.tsv` from a WordNet 3.0 database.

    python scripts/kinds_of.py WORDNET_DICT_DIR

(the folder `scripts/word_classes.py` reads: Debian's `wordnet-base` has it in
/usr/share/wordnet). Rows `noun<TAB>broader noun`: a noun whose first sense (WordNet's
commonest) is a made thing (lexicographer file noun.artifact), and each one-word lemma of
that sense's direct hypernyms ("ship" -> "vessel", "watercraft"; "jet" -> "airplane").
`counted.unit_key` lines up two units of one dossier's figures when one is a kind of the
other ("35 ships" and "40 vessels" are one count): a source writes either for the same
things. Multi-word lemmas ("cargo_ship") are left out. The WordNet 3.0 licence (Princeton
University) is beside the table.
"""

from __future__ import annotations

import sys
from pathlib import Path

from word_classes import ARTIFACT_FILE, _hypernyms, _index, _noun_data, _words

OUT = Path(__file__).resolve().parent.parent / "builder" / "annotate" / "lexicon" / "kinds_of.tsv"


def main(folder: Path) -> None:
    nouns = _index(folder / "index.noun")
    data = _noun_data(folder)
    rows = sorted({
        (word, broader)
        for word, senses in nouns.items() if word.isalpha() and int(data[senses[0]][1]) == ARTIFACT_FILE
        for h in _hypernyms(data[senses[0]]) for broader in _words(data[h])
        if broader.isalpha() and broader.lower() != word
    })
    lines = ["# noun<TAB>broader noun from WordNet 3.0 (see scripts/kinds_of.py)"]
    lines += [f"{w}\t{b.lower()}" for w, b in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

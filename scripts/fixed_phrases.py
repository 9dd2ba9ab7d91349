"""Write `builder/annotate/lexicon/fixed_phrases.tsv` from a WordNet 3.0 database.

    python scripts/fixed_phrases.py WORDNET_DICT_DIR

(the folder `scripts/word_classes.py` reads: Debian's `wordnet-base` has it in
/usr/share/wordnet). One row per fixed English phrase that WordNet lists as a lemma of
several words, written in lower case but for a capitalised word inside ("act of God",
"man Friday", "lazy Susan", "mark of Cain", "beef Wellington"): in such a phrase the
capitalised word is part of a common noun or adjective, no name (`names`). Left out:
lemmas of an instance synset (a unique thing, whose words are a name: "battle of
Marathon"), taxonomic names ("genus Olea"), a place's name with a qualifier ("northern
Europe", "island of Jersey": the gazetteer's places and direction words), a surname with
its particle ("von Blucher"), and capitalised
words of fewer than three letters or in capitals ("vitamin A", "color TV"). The WordNet
3.0 licence (Princeton University) is beside the table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from builder.annotate import gazetteer  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "builder" / "annotate" / "lexicon" / "fixed_phrases.tsv"
TAXA = frozenset("genus family order class subfamily suborder phylum division subclass superfamily tribe subgenus "
                 "infraorder superorder subdivision subphylum kingdom superclass subkingdom group section series".split())
QUALIFIERS = frozenset("the northern southern eastern western north south east west central middle upper lower "
                       "island isle capital battle siege von van de da del di du le la".split())


def main(folder: Path) -> None:
    rows: set[str] = set()
    places = gazetteer.places()
    for name in ("data.noun", "data.adj", "data.adv"):
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            if not line[:1].isdigit():
                continue
            parts = line.split("|")[0].split()
            count = int(parts[3], 16)
            at = 4 + 2 * count
            if any(parts[at + 1 + 4 * k] == "@i" for k in range(int(parts[at]))):
                continue  # an instance: its lemma is a name
            for word in (re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(count)):
                words = word.split("_")
                capitals = [w for w in words[1:] if w[:1].isupper()]
                if (len(words) < 2 or not words[0][:1].islower() or not capitals or words[0] in TAXA
                        or words[0] in QUALIFIERS):
                    continue
                if all(len(w) >= 3 and w.isalpha() and not w.isupper() and gazetteer.key(w) not in places
                       for w in capitals):
                    rows.add(" ".join(words))
    lines = ["# fixed phrase with a capitalised word inside, from WordNet 3.0 (see scripts/fixed_phrases.py)"]
    lines += sorted(rows)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} phrases")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

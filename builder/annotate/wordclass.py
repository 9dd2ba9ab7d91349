"""What English uses a common word as, for telling names from words written with a
capital: WordNet 3.0's adjectives and its nouns of made things.

The table `lexicon/word_classes.tsv` comes from Princeton WordNet 3.0 (made by
`scripts/word_classes.py`; the licence is `lexicon/WORDNET-LICENSE.txt`):

- an adjective-only word ("congressional", "digital", "worldwide") is an adjective
  however it is written: capitalised at a sentence's start or as part of a heading
  ("Congressional lawmakers rejected…", "the 3D Digital mock-up") it is no name;
- a made-thing noun ("laptops", "engines", "jets", "heaters") is the head of a phrase
  whose modifier names a product or its maker ("Kessel Breeze heaters", "Valdor Skyline
  jets"): the first sense WordNet gives is a device, machine, vehicle, system or good,
  not a building or site ("plant", "airport") and not a person or body;
- an abbreviation of a common noun ("TV", "LCD", "GDP") written alone is that noun
  ("TV episodes", "a 3.5-inch LCD screen"), no name of a body, place or person;
- a common word (a common noun, written in lower case in WordNet, or an adjective) is
  what a term written in capitals is made of ("Maintenance, Repair and Overhaul");
- a noun of works or messages ("painting", "book", "report", "song") names the work
  whose title follows it in quotation marks: a title, not a quotation (`quotes`);
- a made thing's noun is a kind of the nouns one step above its first sense
  (`lexicon/kinds_of.tsv`: "ship" of "vessel"), so that two sources' counts of ships and
  of vessels line up (`counted.unit_key`).
"""

from __future__ import annotations

import functools
from pathlib import Path

TABLE = Path(__file__).parent / "lexicon" / "word_classes.tsv"


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    """class ("adj", "made", "noun", "abbr", "group", "work") -> lemmas (in capitals for "abbr",
    else lower case)."""
    rows: dict[str, set[str]] = {"adj": set(), "made": set(), "noun": set(), "abbr": set(), "group": set(), "work": set()}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, lemma = line.split("\t")
        rows[kind].add(lemma)
    return {k: frozenset(v) for k, v in rows.items()}


KINDS_OF = Path(__file__).parent / "lexicon" / "kinds_of.tsv"


@functools.cache
def _kinds_of() -> dict[str, frozenset[str]]:
    """noun -> the broader nouns its first sense is a kind of (`lexicon/kinds_of.tsv`,
    made by `scripts/kinds_of.py`)."""
    rows: dict[str, set[str]] = {}
    for line in KINDS_OF.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            word, broader = line.split("\t")
            rows.setdefault(word, set()).add(broader)
    return {k: frozenset(v) for k, v in rows.items()}


def kind_of(noun: str, broader: str) -> bool:
    """Whether a made thing's noun is a kind of `broader` in WordNet, one step up from its
    first sense (lower case; regular plurals too: "ships" of "vessels", "boats" of
    "watercraft"; not "vessels" of "ships")."""
    table = _kinds_of()
    return any(b in table.get(n, ()) for n in _singulars(noun) for b in _singulars(broader))


def _singulars(noun: str) -> list[str]:
    """The noun and the singulars a regular plural of it may have ("ships" -> "ship",
    "boxes" -> "box", "lorries" -> "lorry")."""
    found = [noun]
    if noun.endswith("ies"):
        found.append(noun[:-3] + "y")
    if noun.endswith("es"):
        found.append(noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        found.append(noun[:-1])
    return found


def adjective_only(word: str) -> bool:
    """Whether WordNet knows `word` (any case) as an adjective and as nothing else: no
    noun, verb or adverb ("Congressional", "Digital"; not "General", also a noun)."""
    return word.lower() in _table()["adj"]


def made_thing(noun: str) -> bool:
    """Whether `noun` (lower case, singular or a regular plural: "laptops", "engines",
    "aircraft") is a made thing's noun (see the module's docstring)."""
    return _lemma_in(noun, _table()["made"])


def group_noun(noun: str) -> bool:
    """Whether `noun` (lower case, singular or a regular plural: "committee", "unions",
    "industries") has a sense WordNet files under noun.group: a grouping of people or
    things ("court", "parliament", "company", "union"), the class of English nouns an
    organisation's name can end in, whatever its field."""
    return _lemma_in(noun, _table()["group"])


def work_noun(noun: str) -> bool:
    """Whether `noun` (lower case, singular or a regular plural: "painting", "films",
    "report") is a noun of works or messages: its first sense is in WordNet's
    noun.communication, or a creation in noun.artifact (`scripts/word_classes.py`). Such a
    noun puts a work's title in apposition ("the painting "Girl with a Blue Shawl"")."""
    return _lemma_in(noun, _table()["work"])


def _lemma_in(noun: str, lemmas: frozenset[str]) -> bool:
    """Whether `noun` or the singular of a regular plural of it is in `lemmas`
    ("laptops" -> "laptop", "industries" -> "industry", "boxes" -> "box")."""
    if noun in lemmas:
        return True
    if noun.endswith("ies") and noun[:-3] + "y" in lemmas:
        return True
    if noun.endswith("es") and noun[:-2] in lemmas and noun[-3] in "sxzh":
        return True
    return noun.endswith("s") and not noun.endswith("ss") and noun[:-1] in lemmas


def common_noun(word: str) -> bool:
    """Whether `word` (lower case, singular or a regular plural: "bus", "rooms") is a
    common noun in WordNet (a made thing's noun too); adjectives and verbs alone are not."""
    return _lemma_in(word, _table()["noun"]) or made_thing(word)


def abbreviation(word: str) -> bool:
    """Whether `word` is an abbreviation in capitals that WordNet knows only as a common
    noun of a thing, act, state or idea ("TV", "LCD", "GDP", or a plural: "PCs", "DVDs";
    not "NATO", a body)."""
    bare = word.replace(".", "")
    return bare in _table()["abbr"] or (bare.endswith("s") and bare[:-1] in _table()["abbr"])


def common_word(word: str) -> bool:
    """Whether `word` (any case; a regular plural too) is an English common noun or
    adjective in WordNet, not only a proper name ("repair", "overhaul"; not "Disney")."""
    low = word.lower()
    table = _table()
    if low in table["adj"] or made_thing(low):
        return True
    nouns = table["noun"]
    return low in nouns or (low.endswith("ies") and low[:-3] + "y" in nouns) or (
        low.endswith("s") and (low[:-1] in nouns or (low.endswith("es") and low[:-2] in nouns))
    )


PHRASES = Path(__file__).parent / "lexicon" / "fixed_phrases.tsv"


@functools.cache
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """capitalised word -> the fixed phrases holding it, as word tuples (`lexicon/fixed_phrases.tsv`,
    made by `scripts/fixed_phrases.py`)."""
    rows: dict[str, list[tuple[str, ...]]] = {}
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words = tuple(line.split())
            for w in words[1:]:
                if w[:1].isupper():
                    rows.setdefault(w, []).append(words)
    return {k: tuple(v) for k, v in rows.items()}


def in_fixed_phrase(text: str, a: int, b: int) -> bool:
    """Whether the capitalised word text[a:b] stands inside a fixed English phrase that
    WordNet writes in lower case but for it ("an act of God", "a man Friday", "a lazy
    Susan"): part of a common noun, no name. The phrase's other words match in any case,
    one space or line break between words."""
    for words in _phrases().get(text[a:b], ()):
        j = words.index(text[a:b])
        before = " ".join(words[:j]).lower()
        after = " ".join(words[j + 1 :]).lower()
        written_before = " ".join(text[max(0, a - len(before) - 8) : a].split()).lower()
        written_after = " ".join(text[b : b + len(after) + 8].split()).lower()
        if written_before.endswith(before) and (not after or written_after.startswith(after)):
            start = written_before[: len(written_before) - len(before)]
            if not start or not start[-1:].isalpha():  # "an act of God", not "fact of God"
                return True
    return False

"""Words that tell one happening in other words: WordNet 3.0's verb synsets.

The table `lexicon/verb_senses.tsv` comes from Princeton WordNet 3.0 (made by
`scripts/verb_senses.py`; the licence is `lexicon/WORDNET-LICENSE.txt`). For each verb it
lists its senses in WordNet's order, most frequent first; for each noun, the verb senses
derivationally related to its first two senses. A verb stands for the synsets of its first
`TOP` senses, a noun for its related verb synsets. Two different words tell one kind of
happening when they stand for a common synset: "walk out" (sense 1) and "strike" (the
noun's work stoppage) share {strike, walk out}, "stop work in order to press demands";
"resign" and "step down"; "buy" and "purchase". A word's rarer senses do not count: "struck
a deal" is not a walk-out, because {strike, walk out} is only the seventh sense of the verb
"strike". A word that is the same in both is no synonym: "filed for bankruptcy" and
"filed a lawsuit" are two happenings (`happenings.related_pairs` merges same words by
other evidence).
"""

from __future__ import annotations

import functools
from pathlib import Path

TOP = 3
"""How many of a verb's most frequent senses it stands for."""
PARTICLES = frozenset("out up down off back over away in on".split())
"""Adverb particles that make a phrasal verb with the verb before them ("walk out", "step down")."""
TABLE = Path(__file__).parent / "lexicon" / "verb_senses.tsv"
GLOSSES = Path(__file__).parent / "lexicon" / "noun_glosses.tsv"


@functools.cache
def _table() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """(verb -> synsets of its first `TOP` senses, noun -> related verb synsets), keyed by
    the lemma as WordNet writes it ("walk_out")."""
    verbs: dict[str, frozenset[int]] = {}
    nouns: dict[str, frozenset[int]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, lemma, senses = line.split("\t")
        numbers = senses.split()
        if kind == "v":
            verbs[lemma] = frozenset(int(n) for n in numbers[:TOP] if n != "-")
        else:
            nouns[lemma] = frozenset(int(n) for n in numbers if n != "-")
    return verbs, nouns


def verb_synsets(lemma: str) -> frozenset[int]:
    """The synsets of the first `TOP` senses of the verb `lemma` (base form, lower case,
    a phrasal verb joined by "_": "walk_out"); empty when WordNet has none shared."""
    return _table()[0].get(lemma, frozenset())


def noun_synsets(lemma: str) -> frozenset[int]:
    """The verb synsets related to the first senses of the noun `lemma` (singular, lower
    case): "strike" -> {strike, walk out}."""
    return _table()[1].get(lemma, frozenset())


@functools.cache
def _nouns_of() -> dict[int, frozenset[str]]:
    """verb synset -> the nouns related to it (the inverse of the noun rows)."""
    found: dict[int, set[str]] = {}
    for noun, synsets in _table()[1].items():
        for synset in synsets:
            found.setdefault(synset, set()).add(noun)
    return {k: frozenset(v) for k, v in found.items()}


def related_nouns(synsets: frozenset[int]) -> frozenset[str]:
    """The nouns whose first senses WordNet relates by derivation to any of `synsets`
    ("delay", "adjournment", "extension" for the verbs "delay", "adjourn", "extend")."""
    table = _nouns_of()
    return frozenset(noun for synset in synsets for noun in table.get(synset, ()))


def phrasal(base: str, following: str) -> str:
    """The verb lemma of `base` followed by the word `following`: "walk_out" when WordNet
    has the phrasal verb, else `base`."""
    if following in PARTICLES:
        joined = base + "_" + following
        if joined in _table()[0]:
            return joined
    return base


def same_kind(a: dict[str, frozenset[int]], b: dict[str, frozenset[int]]) -> bool:
    """Whether two candidates' words (word -> its synsets, `verb_synsets`/`noun_synsets`)
    hold two different words that stand for a common synset."""
    return any(wa != wb and sa & sb for wa, sa in a.items() for wb, sb in b.items())


@functools.cache
def _glosses() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """noun -> (stems of its first happening senses' definitions, of all its happening
    senses') from `lexicon/noun_glosses.tsv`."""
    table: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for line in GLOSSES.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            _, lemma, first, rest = line.split("\t")
            table[lemma] = (frozenset(first.split()), frozenset(first.split() + rest.split()))
    return table


_NONE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def names_happening(noun: str) -> bool:
    """Whether WordNet 3.0 gives the noun `noun` (singular, lower case) a sense that names a
    happening (its synset in noun.act, noun.event or noun.process: "strike", "auction",
    "ballot"; not "value", "index", "judge"), as `scripts/noun_glosses.py` keeps them."""
    return noun in _glosses()


def gloss_stems(noun: str, every: bool = False) -> frozenset[str]:
    """The Snowball stems of the content nouns WordNet 3.0 defines the noun `noun` (singular,
    lower case) with, in those of its first senses that name a happening (made by
    `scripts/noun_glosses.py`): "bankruptcy" -> {corpor, creditor, equal}, from "a legal
    process intended to insure equality among the creditors of a corporation declared to
    be insolvent". With `every`, from all its happening senses ("poll" -> {count, elect,
    vote}: "the counting of votes (as in an election)" is its fifth sense). Empty for a
    noun that names no happening."""
    return _glosses().get(noun, _NONE)[1 if every else 0]

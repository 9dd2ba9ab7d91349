"""Word-level diffs between versions of a story, as data for its template: the changed
words of each paragraph, with typographic variants (quotes, dashes, soft hyphens, white
space) folded together and counted apart rather than shown as changes."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

Piece = tuple[str, str]
"""(`same`, `del` or `ins`, text)."""

_DASHES = "‐‑‒–—―−"
_JOINERS = "‐‑‒–−"
"""The dash forms that join a compound or a range (`much-beleaguered`, `2008–2013`); the
em dash and the horizontal bar set off a clause, so they stay words' neighbours."""
_TYPOGRAPHIC = str.maketrans({
    **dict.fromkeys("‘’‚‛′`´", "'"), **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys(_DASHES, "-"), "\u00ad": None, "\u200b": None, "\u2060": None,
})
"""Typographic variants folded together: curly and straight quotes and apostrophes (and
primes, guillemets), the dash forms, soft hyphens and zero-width breaks (Unicode
General Punctuation; the choice between them is the outlet's style, not the story's)."""
_TOKEN = re.compile(
    rf"\s+|\d+(?:[.,:/]\d+)+|[\w\u00ad\u200b\u2060]+(?:[-{_JOINERS}][\w\u00ad\u200b\u2060]+)*|[^\w\s]"
)
"""Words (with any soft hyphen or zero-width break inside them; a hyphenated compound,
such as one a line-end break was joined into, is one word, so a change to it shows the
whole word as the source page has it, never a lone hyphen), numbers with their decimal
points, thousands separators and time or date marks ("4.2", "1,200", "16:00", "3/4": a
changed figure shows whole, never "4." kept and "2" against "5"), runs of white space,
and single other characters."""


def typographic_key(text: str) -> str:
    """`text` with typographic variants folded (see `_TYPOGRAPHIC`) and every run of white
    space made one space: two texts with the same key differ only in typography."""
    return re.sub(r"\s+", " ", text.translate(_TYPOGRAPHIC))


@dataclass(frozen=True)
class WordDiff:
    """A word-level comparison of two texts."""

    paragraphs: list[list[Piece]]
    """Paragraphs of pieces; a typographic difference shows the first text's form, as `same`."""
    set_aside: int
    """How many typographic differences (quotes, apostrophes, dashes, white space, soft
    hyphens) were not counted as changes."""


def word_diff(a: str, b: str) -> WordDiff:
    """A word-level diff of two texts as paragraphs of pieces.

    Paragraphs are aligned first; only paragraphs that changed are compared word by
    word (which keeps a long pair of texts cheap: most paragraphs of two versions are
    equal, or wholly added or cut). Words equal up to typography (`typographic_key`)
    are the same word, and a change of white space alone is no change: each such
    difference is counted in `set_aside`.
    """
    paras_a = [p for p in re.split(r"\n\s*\n", a) if p.strip()]
    paras_b = [p for p in re.split(r"\n\s*\n", b) if p.strip()]
    keys_a = [typographic_key(p).strip() for p in paras_a]
    keys_b = [typographic_key(p).strip() for p in paras_b]
    result: list[list[Piece]] = []
    set_aside = 0

    def words(x: str, y: str) -> list[Piece]:
        nonlocal set_aside
        pieces, n = _words(x, y)
        set_aside += n
        return pieces

    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for x, y in zip(paras_a[i1:i2], paras_b[j1:j2], strict=True):
                result.append([("same", x.strip())] if x.strip() == y.strip() else words(x, y))
            continue
        result.extend(_replaced(paras_a[i1:i2], paras_b[j1:j2], words))
    return WordDiff(result, set_aside)


ALIKE = 0.5
"""The share of words (`SequenceMatcher.ratio`) from which two paragraphs are versions of
each other."""


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, typographic_key(a).split(), typographic_key(b).split(), autojunk=False).ratio()


def _replaced(left: list[str], right: list[str], words: Callable[[str, str], list[Piece]]) -> list[list[Piece]]:
    """The paragraphs of a changed stretch: the two most alike (at least `ALIKE`) compared
    word by word, the stretches before and after that pair treated alike in turn, and a
    paragraph with no version on the other side shown whole as cut or added, never word
    by word against an unrelated one (`difflib.Differ`'s "fancy replace" of lines, made
    for paragraphs: a paragraph moved below two new ones and shortened by a sentence
    shows as that sentence cut, not as three paragraphs rewritten)."""
    best, pair = ALIKE, None
    for i, x in enumerate(left):
        for j, y in enumerate(right):
            ratio = _likeness(x, y)
            if ratio >= best and (pair is None or ratio > best):
                best, pair = ratio, (i, j)
    if pair is None:
        return [[("del", x.strip())] for x in left] + [[("ins", y.strip())] for y in right]
    i, j = pair
    return [*_replaced(left[:i], right[:j], words), words(left[i], right[j]), *_replaced(left[i + 1:], right[j + 1:], words)]


def _words(a: str, b: str) -> tuple[list[Piece], int]:
    """Pieces of two paragraphs compared word by word, and the count of typographic
    differences set aside."""
    tokens_a = _TOKEN.findall(a.strip())
    tokens_b = _TOKEN.findall(b.strip())
    keys_a = [typographic_key(t) for t in tokens_a]
    keys_b = [typographic_key(t) for t in tokens_b]
    pieces: list[Piece] = []
    set_aside = 0

    def emit(kind: str, tokens: list[str]) -> None:
        if not tokens:
            return
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + "".join(tokens))
        else:
            pieces.append((kind, "".join(tokens)))

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            set_aside += sum(x != y for x, y in zip(tokens_a[i1:i2], tokens_b[j1:j2], strict=True))
            emit("same", tokens_a[i1:i2])
        elif not "".join(keys_a[i1:i2] + keys_b[j1:j2]).strip():
            # white space (or an invisible break) added or removed: no change of the words
            set_aside += 1
            emit("same", tokens_a[i1:i2])
        else:
            emit("del", tokens_a[i1:i2])
            emit("ins", tokens_b[j1:j2])
    return _joined(pieces), set_aside


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Changes separated only by a short stretch in both texts made one change, each side
    whole: "debts stand" struck out then "debt stands" put in, not "debts|debt stand|stands"
    word against word. A stretch kept between two changes is folded in when it is white
    space or no longer than the smaller of the two changes around it (the semantic
    clean-up of Myers's diff in diff-match-patch), and never when it ends a sentence."""
    runs: list[list[str]] = []  # [same] or [deleted, inserted]
    for kind, text in pieces:
        if kind == "same":
            runs.append([text])
        elif runs and len(runs[-1]) == 2:
            runs[-1][kind == "ins"] += text
        else:
            runs.append(["", text] if kind == "ins" else [text, ""])
    merged: list[list[str]] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if (len(run) == 1 and merged and len(merged[-1]) == 2 and i + 1 < len(runs) and len(runs[i + 1]) == 2
                and not re.search(r"[.!?;]", run[0])):
            before, after = merged[-1], runs[i + 1]
            size = min(max(len(before[0]), len(before[1])), max(len(after[0]), len(after[1])))
            if not run[0].strip() or len(run[0].strip()) <= size:
                merged[-1] = [before[0] + run[0] + after[0], before[1] + run[0] + after[1]]
                i += 2
                continue
        merged.append(run)
        i += 1
    out: list[Piece] = []
    for run in merged:
        if len(run) == 1:
            out.append(("same", run[0]))
        else:
            out.extend((kind, text) for kind, text in zip(("del", "ins"), run, strict=True) if text)
    return out

"""What one source contributes to the cross-source indexes, made with its annotations
(per source, pure, cached with them): the pairs of entities it names in one paragraph,
and a sample of its word 5-grams (which tell versions of one story)."""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict

from ..annotation import Mention


def co_mentions(mentions: tuple[Mention, ...], date_lines: dict[int, int] | None = None) -> tuple[tuple[str, str, int], ...]:
    """Pairs of entities named in the same paragraph of one source, and in how many.
    `date_lines`: paragraph number -> the offset where its date line ends; the names in a
    date line (the place the story was filed from, the wire service: "DUNMERE, Feb 3
    (Northline Wire) -") take part in no pair, as they are no participants of the story's
    events (`events.source_candidates`): a wire service would otherwise be linked to
    everything it reports."""
    by_paragraph: dict[int, set[str]] = defaultdict(set)
    lines = date_lines or {}
    for m in mentions:
        if m.start >= lines.get(m.paragraph, 0):
            by_paragraph[m.paragraph].add(m.entity)
    pairs: Counter[tuple[str, str]] = Counter()
    for ids in by_paragraph.values():
        ordered = sorted(ids)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs[(a, b)] += 1
    return tuple((a, b, n) for (a, b), n in sorted(pairs.items()))


SAMPLE = 4
"""One word 5-gram in SAMPLE is kept (those whose checksum is divisible by it): the share of
common 5-grams is estimated from a quarter of them, the same quarter in every text."""


def shingles(text: str, n: int = 5) -> set[int]:
    """A sample of the text's word n-grams, as stable checksums (the same in every run)."""
    words = re.findall(r"\w+", text.lower())
    grams = map(" ".join, zip(*(words[i:] for i in range(n)), strict=False))  # each run of n words
    return {s for s in map(zlib.crc32, map(str.encode, grams)) if s % SAMPLE == 0}

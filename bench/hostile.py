"""Annotation cost of hostile shapes of text: prints figures (asserted nowhere).

Annotation must be linear in a paragraph's length and in the number of paragraphs: a
source of N characters in one unpunctuated paragraph, a source of N short paragraphs,
and one paragraph of nothing but dates ("May 12 on Monday ..."), are each annotated with the demo registry, for growing N. A linear cost
shows as a flat "µs per 1,000 characters" column.

    python bench/hostile.py [--scale 1.0]      (1.0: up to a 1 MB paragraph and 100,000 paragraphs)
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.sources import load
from builder.read.text import split_paragraphs

ROOT = Path(__file__).resolve().parent.parent


def source(text: str) -> Source:
    import datetime as dt

    return Source(id="x", file="x.txt", text=text, title="x", outlet="", agency="", published=dt.date(2013, 7, 29),
                  url="", byline="", notes="", paragraphs=split_paragraphs(text))


def shapes(n: int, words: list[str]) -> dict[str, str]:
    """Texts of about `n` characters: one paragraph with no punctuation, and short paragraphs."""
    line = " ".join(words)
    one = (line + " ") * (n // (len(line) + 1) + 1)
    # "Name said on Sunday." paragraphs: a date, a speaker, a "He ..." sentence now and then
    short = "\n\n".join(
        f"{'He' if i % 3 else words[i % len(words)].capitalize()} said “{words[(i * 7) % len(words)]}” on Sunday."
        for i in range(n // 10)
    )
    # dates with nothing between them: every date's tense and anchor year are looked up
    dates = ("May 12 on Monday " * (n // 17 + 1))[:n]
    return {"one paragraph": one[:n], "short paragraphs": short, "dates only": dates}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: up to 1,000,000 characters")
    args = parser.parse_args()
    dossier = load(ROOT / "seeds")
    entities = {e.id: e for e in dossier.entities}
    matcher = Matcher(dossier.entities)
    words = " ".join(s.text for s in dossier.sources).replace(".", " ").replace(",", " ").replace('"', " ").split()[:3000]
    print(f"load average: {os.getloadavg()[0]:.2f}; cores: {os.cpu_count()}")
    print(f"{'shape':<18} {'characters':>11} {'paragraphs':>11} {'seconds':>8} {'µs per 1,000 chars':>19}")
    for size in (125_000, 250_000, 500_000, 1_000_000):
        size = int(size * args.scale)
        for shape, text in shapes(size, words).items():
            s = source(text)
            start = time.perf_counter()
            annotate(s, matcher, entities)
            took = time.perf_counter() - start
            print(f"{shape:<18} {len(text):>11,} {len(s.paragraphs):>11,} {took:>8.2f} {took / len(text) * 1e9:>19,.0f}", flush=True)


if __name__ == "__main__":
    main()

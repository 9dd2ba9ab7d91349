"""CPU cost of annotating the hostile review's shapes (s15b #4 and #5): one sentence of
many relative dates ("The council met on 3 March 2024 and " + "two days later and a week
earlier and that day and " x N), and ordinary prose of two dated sentences repeated, with
and without an outlet (an outlet turns on `performatives`). Prints figures, asserts none:
a linear cost shows as a flat "µs per 1,000 chars" column.

    python bench/long_sentences.py [--scale 1.0]      (1.0: up to 1,000,000 characters)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs


def shapes(n: int) -> dict[str, tuple[str, str]]:
    dates = "The council met on 3 March 2024 and " + "two days later and a week earlier and that day and " * (n // 51)
    prose = "The council met on 3 March 2024 in the town hall. The union said it would strike on Friday. " * (n // 91)
    return {"dates, one sentence": (dates, "Gazette"), "prose, outlet": (prose, "Gazette"), "prose, no outlet": (prose, "")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: up to 1,000,000 characters")
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.2f}; cores: {os.cpu_count()}")
    print(f"{'shape':<20} {'characters':>11} {'dates':>7} {'CPU s':>7} {'µs per 1,000 chars':>19}")
    for size in (125_000, 250_000, 500_000, 1_000_000):
        size = max(1_000, int(size * args.scale))
        for shape, (text, outlet) in shapes(size).items():
            source = Source("s", "s.txt", text, "t", outlet=outlet, published=dt.date(2024, 3, 4),
                            paragraphs=split_paragraphs(text))
            start = time.process_time()
            annotated = annotate(source, Matcher(()), {})
            took = time.process_time() - start
            print(f"{shape:<20} {len(text):>11,} {len(annotated.dates):>7,} {took:>7.2f} {took / len(text) * 1e9:>19,.0f}",
                  flush=True)


if __name__ == "__main__":
    main()

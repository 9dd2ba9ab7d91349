"""Matching throughput with 10, 1,000 and 10,000 aliases over the same text.

Prints figures (not asserted anywhere): the Aho-Corasick matcher's cost should stay flat
as the registry grows, since one automaton holds every alias.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from builder.annotate.matcher import Matcher, resolve
from builder.model import Alias, Entity

ROOT = Path(__file__).resolve().parent.parent


def registry(n: int, rng: random.Random) -> list[Entity]:
    syllables = "ka lo mi ra sen pen tu va ni so chh ay mong hay rith kem".split()
    entities = [Entity("hun-sen", "person", "Hun Sen", (Alias("Hun Sen"),), "s"),
                Entity("cnrp", "party", "CNRP", (Alias("CNRP"),), "s")]
    while len(entities) < n:
        name = " ".join("".join(rng.choice(syllables) for _ in range(2)).capitalize() for _ in range(2))
        entities.append(Entity(f"e{len(entities)}", "person", name, (Alias(name),), "s"))
    return entities


def main() -> None:
    rng = random.Random(7)
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))) * 40
    print(f"load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; cores: {os.cpu_count()}")
    print(f"text: {len(text):,} characters")
    print(f"{'aliases':>8} {'build ms':>9} {'match ms':>9} {'MB/s':>7} {'mentions':>9}")
    for n in (10, 1_000, 10_000):
        entities = registry(n, rng)
        t0 = time.perf_counter()
        matcher = Matcher(entities)
        t1 = time.perf_counter()
        runs = 5
        for _ in range(runs):
            found = resolve(matcher.hits(text))
        t2 = time.perf_counter()
        per = (t2 - t1) / runs
        print(f"{n:>8,} {1000 * (t1 - t0):>9.1f} {1000 * per:>9.1f} {len(text) / per / 1e6:>7.2f} {len(found):>9,}")


if __name__ == "__main__":
    main()

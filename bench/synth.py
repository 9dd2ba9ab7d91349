"""A realistic synthetic dossier: N sources recombined from the demo's paragraphs, with
the demo's names replaced by names from a generated registry of M entities.

    python bench/synth.py OUT --sources 1000 --entities 2000 [--seed 1]

Each synthetic source takes 8 to 24 paragraphs of the demo sources at random and gives
every entity named in them a stand-in of the same kind, consistent within the source
(so a source reads as one story about one cast). People get a family-name short form
(`after_full_name`, `shared` between namesakes); parties get an acronym. Publication
dates are spread over 2000-2024, so relative dates resolve across the years.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.annotate.annotate import annotate  # noqa: E402
from builder.annotate.matcher import Matcher  # noqa: E402
from builder.read import sources  # noqa: E402
from builder.read.text import slugify  # noqa: E402

SYLLABLES = "ka lo mi ra sen pen tu va ni so ay mong rith kem dar vel on is tam bor lin ges ul fen".split()
ORG_WORDS = ["Committee", "Institute", "Commission", "Council", "Agency", "Foundation", "Union", "Network"]
SHARES = {"person": 0.6, "party": 0.05, "organisation": 0.2, "place": 0.15}


def word(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def registry(m: int, rng: random.Random) -> list[dict]:
    """M entities with unique names and aliases (family names shared between namesakes)."""
    entities: list[dict] = []
    taken: set[str] = set()
    families: dict[str, int] = {}
    for kind, share in SHARES.items():
        count = max(1, round(m * share))
        made = 0
        while made < count:
            if kind == "person":
                family = word(rng)
                name = f"{word(rng)} {family}"
            elif kind == "party":
                name = f"{word(rng)} {word(rng)} Party"
            elif kind == "organisation":
                name = f"{word(rng)} {rng.choice(ORG_WORDS)}"
            else:
                name = word(rng, 3)
            if name in taken:
                continue
            taken.add(name)
            made += 1
            entity: dict = {"id": slugify(name), "kind": kind, "name": name, "summary": f"A synthetic {kind}."}
            if kind == "person":
                families[family] = families.get(family, 0) + 1
                entity["aliases"] = [{"text": family, "after_full_name": True, "shared": True}]
            elif kind == "party":
                acronym = "".join(w[0] for w in name.split()) + str(made)
                entity["aliases"] = [acronym]
            entities.append(entity)
    return entities


def pool() -> list[list[tuple[str, str | None]]]:
    """The demo's paragraphs as runs of plain text and entity kinds to substitute."""
    demo = sources.load(ROOT / "seeds")
    matcher = Matcher(demo.entities)
    by_id = {e.id: e for e in demo.entities}
    paragraphs: list[list[tuple[str, str | None]]] = []
    for source in demo.sources:
        annotated = annotate(source, matcher, by_id)
        for p in source.paragraphs:
            if p.skipped:
                continue
            runs: list[tuple[str, str | None]] = []
            at = p.start
            for mention in annotated.mentions:
                if p.start <= mention.start and mention.end <= p.end:
                    runs.append((source.text[at:mention.start], None))
                    runs.append((mention.entity, by_id[mention.entity].kind))
                    at = mention.end
            runs.append((source.text[at:p.end], None))
            paragraphs.append(runs)
    return paragraphs


def generate(out: Path, n: int, m: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    entities = registry(m, rng)
    by_kind: dict[str, list[dict]] = {}
    for e in entities:
        by_kind.setdefault(e["kind"], []).append(e)
    paragraphs = pool()
    seeds = out
    seeds.mkdir(parents=True, exist_ok=True)
    meta: dict[str, dict] = {}
    start = date(2000, 1, 1)
    for i in range(n):
        cast: dict[str, dict] = {}
        chosen = rng.sample(paragraphs, rng.randint(8, 24))
        text_parts = []
        for runs in chosen:
            out_runs = []
            for value, kind in runs:
                if kind is None:
                    out_runs.append(value)
                else:
                    stand_in = cast.setdefault(value, rng.choice(by_kind[kind]))
                    out_runs.append(stand_in["name"])
            text_parts.append("".join(out_runs).strip())
        name = f"{i:05d}.txt"
        (seeds / name).write_text("\n\n".join(text_parts) + "\n", encoding="utf-8")
        lead = next(iter(cast.values()), {"name": "the dossier"})["name"]
        meta[name] = {
            "title": f"Report {i}: {lead} and {len(cast)} others",
            "outlet": rng.choice(["The Daily Record", "Wire Service", "Evening Post", "Radio Free Example"]),
            "published": (start + timedelta(days=rng.randrange(25 * 365))).isoformat(),
        }
    (seeds / "entities.yml").write_text(yaml.safe_dump(entities, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (seeds / "sources.yml").write_text(yaml.safe_dump(meta, sort_keys=True, allow_unicode=True), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--entities", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.sources, args.entities, args.seed)


if __name__ == "__main__":
    main()

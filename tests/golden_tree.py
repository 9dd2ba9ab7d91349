"""Whole-site golden trees, as pelican's `tests/output`: every file a build generates
under `docs/`, compared byte for byte with a reviewed copy in `tests/golden/site/<case>/`.

`pytest --regen-golden` (or `REGEN_GOLDEN=1 pytest`) rewrites the copies from the
current build; the change is then read in `git diff` and committed with the change
that made it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden" / "site"
SKIPPED = (".dossier-cache/",)
"""Not output: the annotation cache (pickles, keyed by the builder's code)."""


def generated(docs: Path, hand_written: Path) -> dict[str, bytes]:
    """Every file under `docs` that the build made (not in `hand_written`, not the
    cache), by its path relative to `docs` with forward slashes."""
    given = {p.relative_to(hand_written).as_posix() for p in hand_written.rglob("*") if p.is_file()}
    out = {}
    for p in sorted(docs.rglob("*")):
        rel = p.relative_to(docs).as_posix()
        if p.is_file() and rel not in given and not rel.startswith(SKIPPED):
            out[rel] = p.read_bytes()
    return out


def compare(case: str, files: dict[str, bytes], regen: bool) -> None:
    """Assert `files` equal the golden tree of `case` (or rewrite it when `regen`)."""
    target = GOLDEN / case
    if regen:
        shutil.rmtree(target, ignore_errors=True)
        for rel, data in files.items():
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return
    assert target.is_dir(), f"no golden tree for {case}: run pytest --regen-golden and review the diff"
    golden = {p.relative_to(target).as_posix(): p.read_bytes() for p in sorted(target.rglob("*")) if p.is_file()}
    missing, extra = sorted(golden.keys() - files.keys()), sorted(files.keys() - golden.keys())
    assert not missing and not extra, f"{case}: files missing {missing[:10]}, unexpected {extra[:10]}"
    differing = [rel for rel in golden if golden[rel] != files[rel]]
    if differing:
        first = differing[0]
        old, new = golden[first].decode("utf-8", "replace").splitlines(), files[first].decode("utf-8", "replace").splitlines()
        line = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
        raise AssertionError(
            f"{case}: {len(differing)} files differ from the golden tree ({differing[:10]}); "
            f"first at {first}:{line + 1}:\n- {old[line] if line < len(old) else '<end>'}\n+ {new[line] if line < len(new) else '<end>'}\n"
            "If the change is intended: pytest --regen-golden, and review the diff."
        )

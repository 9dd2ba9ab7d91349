"""Page fingerprints: a page is rendered again exactly when the digest of what it shows
(and of what every page depends on: the templates, the registry and code, the options)
differs from the one its file was written from."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"


TEMPLATES_DIGEST = hashlib.sha256(
    b"".join(p.name.encode() + p.read_bytes() for p in sorted(TEMPLATES.glob("*.j2")))
).hexdigest()


def fingerprint(*parts: object) -> str:
    """A digest of `parts` (built from strings, numbers and tuples, whose repr is stable)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class Memo:
    """Which pages need rendering: those whose inputs' fingerprint differs from the one
    their file was written from."""

    reusable: dict[str, str] | None
    """Path -> fingerprint, for the files still as the last build wrote them (None: no
    page is kept or fingerprinted)."""
    base: tuple[object, ...]
    """What every page depends on: templates, registry and code, options."""
    prints: dict[str, str] = dataclasses.field(default_factory=dict)
    kept: set[str] = dataclasses.field(default_factory=set)

    def stale(self, path: str, make_print: Callable[[], object]) -> bool:
        """Record the page's fingerprint; True when the page must be rendered."""
        print_, stale = self.check(path, make_print)
        self.record(path, print_, not stale)
        return stale

    def check(self, path: str, make_print: Callable[[], object]) -> tuple[str | None, bool]:
        """The page's fingerprint (None when pages are not fingerprinted) and whether the
        page must be rendered. Records nothing: worker processes call it."""
        if self.reusable is None:
            return None, True
        print_ = fingerprint(self.base, make_print())
        return print_, self.reusable.get(path) != print_

    def record(self, path: str, print_: str | None, kept: bool) -> None:
        """Note a page's fingerprint, and that its file is kept as it is."""
        if print_ is not None:
            self.prints[path] = print_
        if kept:
            self.kept.add(path)

"""What reading the seeds keeps between runs: each YAML file parsed (`read_yaml`) and
each file converted (`converted`) once, held in this process for the next build (`watch`)
and pickled in the memo folder by the bytes' digest, once the build has succeeded
(`parsed_to_keep`), for the next process.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .. import cache
from ..escaping import shown
from . import convert, listing
from .text import read_text
from .yamldoc import load_yaml


def converted(path: Path, data: bytes, problems: list[str], memo: Path | None) -> convert.Converted | None:
    """The file's bytes `data` (its front matter cut off) converted (`convert.convert`),
    from the memo folder when they were converted before (keyed by their SHA-256 and the
    converters' version)."""
    digest = hashlib.sha256(data + convert.VERSION.encode()).hexdigest()
    kept = memo / f"converted-{digest}.pickle" if memo else None
    held = cache.read_pickle(kept) if kept else {}
    if isinstance(held.get("converted"), convert.Converted):
        return held["converted"]  # type: ignore[no-any-return]
    try:
        result = convert.convert(str(path), data)
    except convert.ConversionError as exc:
        problems.append(str(exc))
        return None
    if kept:
        _unsaved[kept] = {"converted": result}
    return result


_parsed: dict[str, tuple[bytes, Any]] = {}
"""Path -> (bytes, parsed YAML) of the last read without problems: a process that builds
again (`watch`) parses an unchanged file once. Readers never modify what they get."""


def read_yaml(path: Path, problems: list[str], memo: Path | None = None) -> Any:
    if not path.exists() and not path.is_symlink():
        return None
    if path.is_symlink() and not listing.link_target(path).is_relative_to(path.parent.resolve()):
        problems.append(f"{path}: a symbolic link to {shown(str(listing.link_target(path)))}, outside the seeds folder; copy the file in instead")
        return None
    data = listing.read_bytes(path, problems)
    if data is None:
        return None
    known = _parsed.get(str(path))
    if known and known[0] == data:
        return known[1]
    # A registry of thousands of entries takes a second to parse, its pickle a tenth.
    digest = hashlib.sha256(data).hexdigest()
    kept = memo / f"{path.name}.pickle" if memo else None
    held = cache.read_pickle(kept) if kept else {}
    if held.get("digest") == digest:
        _parsed[str(path)] = (data, held["parsed"])
        return held["parsed"]
    before = len(problems)
    text = read_text(data, str(path), problems)
    result = None if text is None else load_yaml(text, str(path), problems)
    if len(problems) == before:
        _parsed[str(path)] = (data, result)
        if kept:
            _unsaved[kept] = {"digest": digest, "parsed": result}
    return result


_unsaved: dict[Path, dict[str, Any]] = {}
"""Parsed YAML to keep in the memo folder once the build has succeeded."""


def parsed_to_keep() -> dict[Path, dict[str, Any]]:
    """The parsed YAML of this run's inputs not yet in the memo folder given to `load`:
    memo file -> {digest, parsed}, for the caller to write once the build has succeeded
    (a failed one leaves the output folder as it was). Given once: the list is emptied."""
    result = dict(sorted(_unsaved.items()))
    _unsaved.clear()
    return result

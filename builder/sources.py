"""Read and validate a dossier's inputs: the only module that reads files.

`load(seeds)` reads every source text, `sources.yml`, `entities.yml` and `events.yml`,
validates them against declared schemas and returns an immutable `Dossier`, or raises
`InputError` listing every problem found, one line each.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
import time
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import cache, events, linebreaks, registry
from .errors import InputError
from .model import Dossier, Paragraph, Source
from .schema import Field, Mapping, check_record, is_int_list, is_iso_date, is_text, load_yaml
from .sentences import sentences

SOURCE_SUFFIXES = (".txt", ".md")

SOURCE_FIELDS = [
    Field("title", "a one-line title", is_text, required=True),
    Field("outlet", "the publication's name", is_text),
    Field("agency", "a wire service's name", is_text),
    Field("published", "an ISO date such as 2013-07-28", is_iso_date),
    Field("url", "an http(s) address", lambda v: is_text(v) and v.startswith(("http://", "https://"))),
    Field("byline", "a reporting credit", is_text),
    Field("notes", "free text", is_text),
    Field("skip", "a list of paragraph numbers such as [12]", is_int_list),
]

_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def read_text(data: bytes, name: str, problems: list[str]) -> str | None:
    """Decode a source file: UTF-8 (a byte-order mark is dropped), "\\n" line ends, NFC."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(
            f"{name}: not valid UTF-8 at byte {exc.start} (byte 0x{data[exc.start]:02x}); "
            "expected a UTF-8 text file"
        )
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=1 << 16)
def split_paragraphs(text: str, skip: frozenset[int] = frozenset()) -> tuple[Paragraph, ...]:
    """Paragraphs are runs of non-blank lines; offsets exclude surrounding white space."""
    paragraphs = []
    for number, m in enumerate(_BLOCK.finditer(text), start=1):
        start, end = m.start(), m.end()
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        paragraphs.append(Paragraph(number, start, end, sentences(text, start, end), number in skip))
    return tuple(paragraphs)


def slugify(text: str, limit: int = 80) -> str:
    """A readable ASCII slug: `Cambodia's 2013 vote` -> `cambodias-2013-vote`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "untitled"


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    return line[:120] or "Untitled"


def load(seeds: Path, memo: Path | None = None) -> Dossier:
    """Read and validate everything in `seeds`; raise `InputError` with every problem.
    `memo`: a folder where parsed YAML is kept between runs (keyed by the file's bytes)."""
    problems: list[str] = []
    warnings: list[str] = []
    if not seeds.is_dir():
        raise InputError([f"{seeds}: no such folder; expected the dossier's seeds folder"])
    meta = _read_yaml(seeds / "sources.yml", problems, memo)
    if meta is None:  # no sources.yml (or an empty one): every source warns below
        meta = Mapping()
        meta.line, meta.lines = 0, {}
    elif not isinstance(meta, Mapping):
        problems.append(f"{seeds / 'sources.yml'}: expected a mapping of file name to metadata")
        meta = Mapping()
        meta.line, meta.lines = 0, {}
    found = sorted(
        (e.name, e.stat()) for e in os.scandir(seeds) if os.path.splitext(e.name)[1] in SOURCE_SUFFIXES and e.is_file()
    )
    files = [seeds / name for name, _ in found]
    names = {name for name, _ in found}
    meta_name = str(seeds / "sources.yml")
    for key in meta:
        if key not in names:
            problems.append(
                f"{meta_name}:{meta.lines[key]}: '{key}': no such source file in {seeds}"
            )
    sources: list[Source] = []
    used_ids: set[str] = set()
    for path, (_, st) in zip(files, found, strict=True):
        # A file is known by its modification time and size only when it was older than
        # a second when this process read it: a change within the clock's granularity
        # of the read could otherwise keep both (git's "racy" files).
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        known = _made.get(str(path))
        if known and known[0] != stamp:
            known = None
        if known:
            text: str | None = known[1].text  # unchanged since this process read it
            joins = known[1].joined
        else:
            text = read_text(path.read_bytes(), str(path), problems)
            text, joins = linebreaks.join(text) if text is not None else (None, ())
        record = meta.get(path.name)
        if record is None:
            warnings.append(f"{path}: no entry in sources.yml; title taken from its first line")
            record = Mapping()
            record.line, record.lines = 0, {}
        elif not check_record(record, SOURCE_FIELDS, f"source '{path.name}'", meta_name, problems):
            continue
        if text is None:
            continue
        if not text.strip():
            warnings.append(f"{path}: the source is empty")
        sid = _source_id(text, record, used_ids)
        if known and known[1].id == sid and known[2] == record:
            source = known[1]  # the same object: later stages find their memos by identity
        else:
            source = _make_source(path.name, text, record, sid, joins)
        # A date line is metadata: it fills a missing 'published' and checks a given one.
        stated = events.dateline_date(source)
        if stated and "published" not in record:
            if source.published is None:
                source = replace(source, published=dt.date.fromisoformat(stated))
            warnings.append(f"{path}: no 'published' in sources.yml; taken from its date line ({stated})")
        elif stated and source.published and stated != source.published.isoformat():
            warnings.append(f"{path}: its date line says {stated}; sources.yml says published {source.published}")
        if known or st.st_mtime_ns < time.time_ns() - 1_000_000_000:
            _made[str(path)] = (stamp, source, record)
        else:
            _made.pop(str(path), None)
        for n in record.get("skip", []):
            if n > len(source.paragraphs):
                problems.append(
                    f"{meta_name}:{record.lines['skip']}: source '{path.name}': field 'skip' "
                    f"names paragraph {n}; expected a paragraph number from 1 to "
                    f"{len(source.paragraphs)}"
                )
        sources.append(source)
    if not files:
        warnings.append(f"{seeds}: no source files (*.txt, *.md)")
    entities = registry.parse_entities(
        _read_yaml(seeds / "entities.yml", problems, memo), str(seeds / "entities.yml"), problems
    )
    events_path = seeds / "events.yml"
    curated = registry.parse_events(
        _read_yaml(events_path, problems, memo) if events_path.exists() else None,
        str(events_path),
        {e.id for e in entities},
        {k: (s.id, len(s.paragraphs)) for s in sources for k in (s.id, s.file)},
        problems,
    )
    if problems:
        raise InputError(problems)
    return Dossier(
        sources=tuple(sorted(sources, key=lambda s: s.id)),
        entities=entities,
        curated_events=curated,
        warnings=tuple(warnings),
    )


_made: dict[str, tuple[tuple[int, int, int], Source, Mapping]] = {}
"""Path -> (modification time, size and inode; source; its metadata) as this process
last made it: a process that builds again (`watch`) reads only the files that changed."""

_parsed: dict[str, tuple[bytes, Any]] = {}
"""Path -> (bytes, parsed YAML) of the last read without problems: a process that builds
again (`watch`) parses an unchanged file once. Readers never modify what they get."""


def _read_yaml(path: Path, problems: list[str], memo: Path | None = None) -> Any:
    if not path.exists():
        return None
    data = path.read_bytes()
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


def _source_id(text: str, record: Mapping, used_ids: set[str]) -> str:
    """A readable slug of the publication date and the title, unique among `used_ids`
    (to which it is added)."""
    published = record.get("published")
    base = slugify(record.get("title") or _first_line(text))
    if published:
        base = f"{dt.date.fromisoformat(published).isoformat()}-{base}"
    sid, n = base, 1
    while sid in used_ids:
        n += 1
        sid = f"{base}-{n}"
    used_ids.add(sid)
    return sid


def _make_source(name: str, text: str, record: Mapping, sid: str, joins: linebreaks.Joins = ()) -> Source:
    """A source from its text (line-end hyphen breaks already joined: `joins`) and record."""
    published = dt.date.fromisoformat(record["published"]) if "published" in record else None
    title = record.get("title") or _first_line(text)
    return Source(
        id=sid,
        file=name,
        text=text,
        joined=joins,
        title=title.strip(),
        outlet=record.get("outlet", "").strip(),
        agency=record.get("agency", "").strip(),
        published=published,
        url=record.get("url", "").strip(),
        byline=record.get("byline", "").strip(),
        notes=record.get("notes", "").strip(),
        paragraphs=split_paragraphs(text, frozenset(record.get("skip", []))),
    )

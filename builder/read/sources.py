"""Read and validate a dossier's inputs: with `listing` (which files are sources, read
safely), the only modules that read the seeds.

`load(seeds)` reads every source text, `sources.yml`, `entities.yml` and `events.yml`,
validates them against declared schemas and returns an immutable `Dossier`, or raises
`InputError` listing every problem found, one line each. What a source is made of (its
decoded text, paragraphs, id and fields) is `text`'s, which reads nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from dataclasses import replace
from pathlib import Path

import yaml

from .. import paths
from ..annotate import events, opening
from ..annotate.numeric import known_language
from ..errors import InputError
from ..escaping import shown, visible
from ..model import Dossier, Identity, Source
from . import convert, frontmatter, linebreaks, listing, registry, seedcache
from .schema import (
    IMAGE_SUFFIXES,
    SUMMARY_CHARS,
    Field,
    check_record,
    is_description,
    is_docs_image,
    is_int_list,
    is_iso_date,
    is_line,
    is_line_list,
    is_text,
    is_web_address,
    not_a,
)
from .text import Splits, made_id, make_source, read_text, source_id
from .yamldoc import (
    Mapping,
)

FRONT_MATTER = (".md", ".markdown", ".txt")
"""Source kinds whose files may open with front matter (`frontmatter`): their metadata."""
SOURCE_ID_CHARS = 100
"""The longest fixed `id:` of a source (its page's name)."""

SOURCE_FIELDS = [
    Field("title", "a one-line title", is_line, required=True),
    Field("outlet", "the publication's name", is_line),
    Field("agency", "a wire service's name", is_line),
    Field("published", "an ISO date such as 2013-07-28", is_iso_date),
    Field("url", "an http(s) address with a host", is_web_address),
    Field("byline", "a reporting credit", is_line),
    Field("notes", "free text", is_text),
    Field("skip", "a list of paragraph numbers such as [12]", is_int_list),
    Field("id", f"a fixed name for the source's page such as 2024-03-12-walkout (lowercase letters, digits and "
          f"hyphens, at most {SOURCE_ID_CHARS} characters)",
          lambda v: isinstance(v, str) and len(v) <= SOURCE_ID_CHARS and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", v) is not None),
]

DOSSIER_ID_CHARS = 64
"""The longest `id:` of dossier.yml (it prefixes every exported id: unbounded, a 20 MB
one was accepted and slowed the build several times over)."""

DOSSIER_FIELDS = [
    Field("title", "the dossier's name, one line", is_line, required=True),
    Field("description", f"one or two sentences for search engines and link previews, at most {SUMMARY_CHARS} characters", is_description),
    # The author's own Markdown, like mkdocs.yml's pages: HTML in it works (README).
    Field("home", "Markdown text for the home page", is_text),
    Field("about", "Markdown text for the about page", is_text),
    Field("language", "a language tag such as en or pt-BR",
          lambda v: isinstance(v, str) and re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", v) is not None),
    Field("site_url", "an http(s) address ending in /",
          lambda v: is_text(v) and re.fullmatch(r"https?://[^\s\"'<>`\\]+/", v) is not None),
    Field("logo", f"an image's path inside the docs folder, such as assets/logo.svg ({', '.join(IMAGE_SUFFIXES)})",
          is_docs_image),
    Field("id", f"a fixed short name for the exported ids, such as harbour-strike-2024 (lowercase letters, digits and hyphens, "
          f"at most {DOSSIER_ID_CHARS} characters)",
          lambda v: isinstance(v, str) and len(v) <= DOSSIER_ID_CHARS and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", v) is not None),
    Field("not_names", "a list of capitalised words the sources write that are no names, such as [Relative, Celsius] "
          "(each one line of at most 100 characters)", is_line_list),
]

UNLISTED_SHOWN = 10
"""Sources without a sources.yml entry named one by one; the rest are counted in one line."""


def load(seeds: Path, memo: Path | None = None, splits: Splits | None = None) -> Dossier:
    """Read and validate everything in `seeds`; raise `InputError` with every problem.
    `memo`: a folder where parsed YAML is kept between runs (keyed by the file's bytes);
    `splits`: the paragraph splits earlier builds kept (`text.Splits`), which gets this
    build's."""
    problems: list[str] = []
    warnings: list[str] = []
    if not seeds.is_dir():
        raise InputError([f"{not_a(seeds, 'folder')}; expected the dossier's seeds folder"])
    meta = seedcache.read_yaml(seeds / "sources.yml", problems, memo)
    if meta is None:  # no sources.yml (or an empty one): every source warns below
        meta = Mapping()
        meta.line, meta.lines = 0, {}
    elif not isinstance(meta, Mapping):
        problems.append(f"{seeds / 'sources.yml'}:{getattr(meta, 'line', 1)}: expected a mapping of file name to metadata")
        meta = Mapping()
        meta.line, meta.lines = 0, {}
    identity = _identity(seeds / "dossier.yml", problems, memo)  # its language orders numeric dates
    warnings.extend(_unedited(identity, seeds / "dossier.yml"))
    if not known_language(identity.language):
        warnings.append(f"{seeds / 'dossier.yml'}: language {shown(identity.language)} is no language tag CLDR knows "
                        "(such as en, en-GB, fr, pt-BR): numeric dates such as 03/04/2027 are left undecided")
    found = listing.source_files(seeds, problems)
    warnings.extend(listing.unread(seeds))
    unlisted = 0
    files = [seeds / name for name, _ in found]
    names = {name for name, _ in found}
    meta_name = str(seeds / "sources.yml")
    meta = _keyed_as_files(meta, names)
    for key in meta:
        if key not in names:
            hidden = isinstance(key, str) and key.startswith(".") and "/" not in key and (seeds / key).is_file()
            problems.append(f"{meta_name}:{meta.lines[key]}: {shown(key)}: " + (
                "a hidden file, not read as a source (rename it without the leading dot to publish it)" if hidden
                else f"no such source file in {seeds}"))
    sources: list[Source] = []
    used_ids: set[str] = set()
    given_ids: set[str] = set()
    """The ids given by an `id:` field (the rest of `used_ids` are made from titles)."""
    fixed = _fixed_ids(meta, meta_name, problems)
    """Fixed ids (`id:` in sources.yml) -> file: no generated id takes one."""
    for path, (_, st) in zip(files, found, strict=True):
        # A file is known by its modification time and size only when it was older than
        # a second when this process read it: a change within the clock's granularity
        # of the read could otherwise keep both (git's "racy" files).
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        known = _made.get(str(path))
        if known and known[0] != stamp:
            known = None
        converted: convert.Converted | None = None
        joins: linebreaks.Joins = ()
        as_read = ""
        front: Mapping | None = None
        if known:
            text: str | None = known[1].text  # unchanged since this process read it
            converted = known[3]
            joins, as_read = known[1].joined, known[1].as_read
            front = known[4]
        else:
            data = listing.read_bytes(path, problems)
            block = b""
            if data is not None and convert.suffix(path.name) in FRONT_MATTER:
                block, data = frontmatter.split(data)
                if block:
                    front = frontmatter.parse(block, str(path), SOURCE_FIELDS, problems)
                    if front is None:
                        continue
            if data is None:
                text = None
            elif convert.suffix(path.name) in convert.PLAIN:
                text = read_text(data, str(path), problems)
                # Offsets count the file itself only when its characters are the text as read.
                as_read = text if text is not None and (block or text != data.decode("utf-8")) else ""
                text, joins = linebreaks.join(text) if text is not None else (None, ())
            else:
                converted = seedcache.converted(path, data, problems, memo)
                text = None if converted is None else converted.text
        record = meta.get(path.name)
        if front is not None and (record is None or isinstance(record, Mapping)):
            before = len(problems)
            record = front if record is None else frontmatter.merge(front, record, str(path), meta_name, problems)
            if len(problems) > before:
                continue
        if record is None:
            said = "title taken from the file" if converted and "title" in converted.meta else "title taken from its first line"
            unlisted += 1
            if unlisted <= UNLISTED_SHOWN:
                warnings.append(f"{path}: no entry in sources.yml; {said}")
            record = Mapping()
            record.line, record.lines = 0, {}
        elif not isinstance(record, Mapping):
            check_record(record, SOURCE_FIELDS, f"source {shown(path.name)}", meta_name, problems, meta.lines[path.name])
            continue
        editor_dated = "published" in record  # by sources.yml or front matter, not the file's metadata
        if converted and converted.meta:
            record = _with_file_metadata(record, _checked_metadata(path, converted.meta, warnings))
        if path.name in meta and not check_record(
            record, SOURCE_FIELDS, f"source {shown(path.name)}", meta_name, problems, meta.lines[path.name]
        ):
            continue
        if text is None:
            continue
        if not visible(text):
            warnings.append(f"{path}: the source is empty (nothing but white space or invisible characters)")
        if "id" in record and fixed.get(record["id"], path.name) != path.name:
            continue  # (the second file claiming a fixed id: reported by `_fixed_ids`)
        in_front = front is not None and "id" in front
        where = f"{path}:{front.lines.get('id', front.line)}" if in_front and front is not None else (
            f"{meta_name}:{record.lines.get('id', record.line)}")
        if in_front and paths.reserved(record["id"]):  # (sources.yml's own: `_fixed_ids`)
            problems.append(f"{where}: front matter: field 'id' {shown(record['id'])} is reserved "
                            "(a folder's listing is index.md, its further pages page-2.md, ...); choose another id")
            continue
        if "id" in record and record["id"] in used_ids:
            how = "the id given to" if record["id"] in given_ids else "the page name of"
            made = "" if record["id"] in given_ids else " (made from its title)"
            problems.append(f"{where}: source {shown(path.name)}: field 'id' {shown(record['id'])} is already {how} "
                            f"another source{made}; choose another id")
            continue
        if "id" in record:
            given_ids.add(record["id"])
        sid = source_id(text, record, used_ids, frozenset(fixed))
        if "id" not in record and (made := made_id(text, record)) in fixed and fixed[made] != path.name:
            warnings.append(f"{path}: its page is sources/{sid}.md, not sources/{made}.md: that is the id "
                            f"{meta_name} gives {fixed[made]}; if that id was meant for this source, move it here")
        if known and known[1].id == sid and known[2] == record and known[1].language == identity.language:
            source = known[1]  # as read before: its paragraphs and sentences are not split again
            if splits is not None:
                splits.reused.append(path.name)
        else:
            source = make_source(path.name, text, record, sid, joins, converted, as_read, splits, identity.language)
        # A date line is metadata: it fills a missing 'published' and checks a given one;
        # so does a release banner's embargo ("EMBARGOED UNTIL ... 17 NOVEMBER 2022").
        first = source.text[source.paragraphs[0].start : source.paragraphs[0].end] if source.paragraphs else ""
        line = "date line"
        either: list[str] = []  # a numeric date line nothing orders: its two readings, day first then month first
        stated = events.dateline_date(source, either) or (
            opening.wire_day(source.text, [source.text[p.start : p.end] for p in source.paragraphs[:3]], source.language, either)
            if "published" not in record else "")
        if not stated and (stated := opening.release_date(first)):
            line = "release banner"
        # A PDF's or Word file's own date is when the file was made: the text's date wins ('add' proposes it too).
        file_made = not editor_dated and "published" in record and convert.suffix(path.name) in convert.FILE_MADE
        if stated and ("published" not in record or file_made) and (source.published is None or stated != source.published.isoformat()):
            why = (f"the file's metadata says {source.published} (when the file was made)" if file_made and source.published
                   else "no 'published' in sources.yml")
            source = replace(source, published=dt.date.fromisoformat(stated))
            warnings.append(f"{path}: {why}; taken from its {line} ({stated})")
        elif stated and source.published and stated != source.published.isoformat():
            said = "sources.yml says" if editor_dated else "the file's metadata says"
            warnings.append(f"{path}: its {line} says {stated}; {said} published {source.published}")
        if either and (source.published is None or source.published.isoformat() not in either):
            warnings.append(f"{path}: its date line may be {either[0]} (day first) or {either[1]} (month first); "
                            "give 'published' in sources.yml, or the dossier's language (such as en-GB or en-US) in dossier.yml")
        if known or st.st_mtime_ns < time.time_ns() - 1_000_000_000:
            _made[str(path)] = (stamp, source, record, converted, front)
        else:
            _made.pop(str(path), None)
        for n in record.get("skip", []):
            if n > len(source.paragraphs):
                skip_file = str(path) if front is not None and "skip" in front else meta_name
                problems.append(
                    f"{skip_file}:{record.lines['skip']}: source '{path.name}': field 'skip' "
                    f"names paragraph {n}; expected a paragraph number from 1 to "
                    f"{len(source.paragraphs)}"
                )
        sources.append(source)
    if unlisted > UNLISTED_SHOWN:
        warnings.append(f"{seeds}: {unlisted - UNLISTED_SHOWN:,} more source files have no entry in sources.yml ({unlisted:,} in all)")
    if not files:
        warnings.append(f"{seeds}: no source files ({', '.join('*' + x for x in listing.SOURCE_SUFFIXES)})")
    registry_data = seedcache.read_yaml(seeds / "entities.yml", problems, memo)
    entities = registry.parse_entities(registry_data, str(seeds / "entities.yml"), problems, warnings)
    events_path = seeds / "events.yml"
    curated = registry.parse_events(
        seedcache.read_yaml(events_path, problems, memo),  # None when there is none; a broken link is a problem
        str(events_path),
        {e.id for e in entities} | registry.declared_ids(registry_data),
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
        identity=identity,
    )


def _fixed_ids(meta: Mapping, meta_name: str, problems: list[str]) -> dict[str, str]:
    """The fixed ids `sources.yml` gives (`id:`): id -> file name; one given to two
    files is a problem naming both lines."""
    fixed: dict[str, str] = {}
    for name, record in meta.items():
        value = record.get("id") if isinstance(record, Mapping) else None
        if not isinstance(value, str):
            continue
        if value in fixed:
            first = meta[fixed[value]]
            problems.append(
                f"{meta_name}:{record.lines['id']}: source {shown(name)}: field 'id' {shown(value)} is also the id of "
                f"source {shown(fixed[value])} (line {first.lines['id']}); each source needs its own"
            )
            continue
        if paths.reserved(value):
            problems.append(f"{meta_name}:{record.lines['id']}: source {shown(name)}: field 'id' {shown(value)} is reserved "
                            "(a folder's listing is index.md, its further pages page-2.md, ...); choose another id")
            continue
        fixed[value] = name
    return fixed


def entry_names(path: Path) -> set[str]:
    """The file names `sources.yml` at `path` has entries for (none if it is missing).
    Raises `InputError` for a file that is not a mapping of valid YAML."""
    problems: list[str] = []
    meta = seedcache.read_yaml(path, problems)
    if meta is not None and not isinstance(meta, Mapping):
        problems.append(f"{path}: expected a mapping of file name to metadata")
    if problems:
        raise InputError(problems)
    return set(meta or ())


def _keyed_as_files(meta: Mapping, names: set[str]) -> Mapping:
    """`meta` (sources.yml: file name -> entry) with each key that names a file only in
    another Unicode normal form re-keyed to the file's name: macOS and zips made there
    write "café.txt" decomposed (NFD), an editor composed (NFC); the two look the same."""
    by_form: dict[str, list[str]] = {}
    for name in names:
        by_form.setdefault(unicodedata.normalize("NFC", name), []).append(name)
    moved = {}
    for key in meta:
        if key not in names:
            same = by_form.get(unicodedata.normalize("NFC", key), [])
            if len(same) == 1 and same[0] not in meta:
                moved[key] = same[0]
    if not moved:
        return meta
    out = Mapping((moved.get(k, k), v) for k, v in meta.items())
    out.line = meta.line
    out.lines = {moved.get(k, k): line for k, line in meta.lines.items()}
    return out


_FIELD = {f.name: f for f in SOURCE_FIELDS}


def _checked_metadata(path: Path, found: dict[str, str], warnings: list[str]) -> dict[str, str]:
    """The fields a file states about itself (`found`: a PDF's /Title, a page's
    byline …) that pass the check the same field in sources.yml would; each one that
    does not is left out with a warning naming the file, whether or not sources.yml
    lists it: a file's metadata is as untrusted as its text."""
    kept = {}
    for key, value in sorted(found.items()):
        field = _FIELD.get(key)
        if field is None or field.check(value):
            kept[key] = value
        elif value:
            warnings.append(f"{path}: the file's own {key} {shown(value, 40)} is not {field.expected}; left out")
    return kept


def _with_file_metadata(record: Mapping, found: dict[str, str]) -> Mapping:
    """`record` (from sources.yml) with the fields only the file states added: sources.yml
    wins. A field from the file is reported at the entry's line."""
    merged = Mapping({**found, **record})
    merged.line = record.line
    merged.lines = {**{k: record.line for k in found}, **record.lines}
    return merged


def dossier_language(seeds: Path) -> str:
    """The language tag `seeds/dossier.yml` gives ("en" when none): `add` reads a numeric date line by it, as the build does."""
    return _identity(seeds / "dossier.yml", [], None).language


def _identity(path: Path, problems: list[str], memo: Path | None) -> Identity:
    """The dossier's identity from `dossier.yml` (defaults when there is none; a link
    that leads nowhere or in a loop is a problem, not an absent file)."""
    if not path.exists() and not path.is_symlink():
        return Identity()
    before = len(problems)
    record = seedcache.read_yaml(path, problems, memo)
    if len(problems) > before or not check_record(record, DOSSIER_FIELDS, "the dossier", str(path), problems):
        return Identity()  # a file that cannot be read is not also called empty
    fields = {k: v.strip() for k, v in record.items() if k != "not_names"}
    return Identity(**fields, not_names=tuple(dict.fromkeys(x.strip() for x in record.get("not_names", ()))))


NEW_DOSSIER = Path(__file__).resolve().parent.parent / "present" / "templates" / "new-dossier" / "dossier.yml"
"""The `dossier.yml` that `new` writes: its title and about text are placeholders."""


def _unedited(identity: Identity, path: Path) -> list[str]:
    """A warning (one line, or none) naming the fields of `dossier.yml` that still hold the
    placeholder text `new` wrote ("My dossier", "Replace this text ..."): the site would
    publish them as the dossier's name and about page."""
    template = yaml.safe_load(NEW_DOSSIER.read_text(encoding="utf-8"))
    left = [k for k in ("title", "description", "about") if getattr(identity, k) and getattr(identity, k) == str(template.get(k, "")).strip()]
    if not left:
        return []
    named = ", ".join(repr(k) for k in left[:-1]) + " and " * (len(left) > 1) + repr(left[-1])
    return [f"{path}: {named} still {'holds' if len(left) == 1 else 'hold'} the example text "
            f"that `new` wrote ({shown(getattr(identity, left[0]), 40)}): the site publishes it; write your own"]


_made: dict[str, tuple[tuple[int, int, int], Source, Mapping, convert.Converted | None, Mapping | None]] = {}
"""Path -> (modification time, size and inode; source; its metadata) as this process
last made it: a process that builds again (`watch`) reads only the files that changed."""

"""Front matter: a YAML block at the top of a `.md` or `.txt` source giving that source's
metadata, with the fields and checks of its `sources.yml` entry (Jekyll's and MkDocs'
convention: a first line `---`, YAML, a closing line `---` or `...`).

    ---
    title: Union statement
    published: 2025-10-23
    ---
    The union said ...

`split(data)` cuts the block off the file's bytes (the source's text is what follows
it); `parse` reads it as a record. A block counts as front matter only when it is closed
and its first line of YAML is a key (`title:`), so a text that merely opens with a
horizontal rule stays text. Reads no file.
"""

from __future__ import annotations

import dataclasses
import re

from ..escaping import shown
from .schema import Field, check_record
from .text import read_text
from .yamldoc import Mapping, load_yaml

_OPEN = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n")
_CLOSE = re.compile(rb"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_FIRST_KEY = re.compile(rb"(?:[ \t]*(?:#[^\n]*)?\r?\n)*[A-Za-z_][\w -]*:(?:[ \t]|\r?$)", re.M)


def split(data: bytes) -> tuple[bytes, bytes]:
    """(front matter, body) of a source file's bytes: the front matter from its opening
    `---` line up to (not including) the closing line, so that its line numbers are the
    file's; the body after the closing line. (b"", data) when the file has none."""
    opened = _OPEN.match(data)
    if not opened or not _FIRST_KEY.match(data, opened.end()):
        return b"", data
    closed = _CLOSE.search(data, opened.end())
    if not closed:
        return b"", data
    end = data.find(b"\n", closed.end())
    return data[: closed.start()], (data[end + 1 :] if end >= 0 else b"")


def parse(block: bytes, filename: str, fields: list[Field], problems: list[str]) -> Mapping | None:
    """The front matter `block` (from `split`) as a record checked against `fields`
    (none required: `sources.yml` or the text's first line may give the title), or
    None with one line per problem (file, line, field) appended to `problems`."""
    text = read_text(block, filename, problems)
    if text is None:
        return None
    before = len(problems)
    record = load_yaml(text, filename, problems)
    if len(problems) > before:
        return None
    if not isinstance(record, Mapping):
        problems.append(f"{filename}:2: front matter: is {shown(record)}; expected a mapping of fields such as 'title: ...'")
        return None
    optional = [dataclasses.replace(f, required=False) for f in fields]
    return record if check_record(record, optional, "front matter", filename, problems) else None


def merge(front: Mapping, entry: Mapping, filename: str, entry_file: str, problems: list[str]) -> Mapping:
    """One record from a source's front matter (in `filename`) and its `sources.yml`
    entry (in `entry_file`): each field from whichever gives it; a field both give with
    different values is a problem (one line naming both places)."""
    for key in sorted(front.keys() & entry.keys()):
        if front[key] != entry[key]:
            problems.append(
                f"{filename}:{front.lines[key]}: front matter: field '{key}' is {shown(front[key])} but "
                f"{entry_file}:{entry.lines[key]} says {shown(entry[key])}; give it in one place"
            )
    merged = Mapping({**front, **entry})
    merged.line = entry.line
    merged.lines = {**front.lines, **entry.lines}
    return merged

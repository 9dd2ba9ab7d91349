"""Declared record schemas: a record's fields (`Field`), the checks of their values, and
`check_record`, which reports every unknown, missing or bad field with its file and line
(the mappings come from `yamldoc`, which remembers the line of each key).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..escaping import CONTROLS, shown, visible
from .yamldoc import Mapping, Sequence

SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


@dataclass(frozen=True)
class Field:
    """One declared field of a record."""

    name: str
    """Key in the YAML mapping."""
    expected: str
    """What a valid value is, in words, for messages."""
    check: Callable[[Any], bool]
    """True when the value is valid."""
    required: bool = False
    """Must be present."""


def is_text(v: Any) -> bool:
    """Text with something visible in it and no control character (see `escaping.CONTROLS`)."""
    return isinstance(v, str) and visible(v) and not CONTROLS.search(v)


LINE_CHARS = 1000
"""The longest one-line field, in characters (a title, a name, an outlet): a line lands in
headings, the navigation, every page's `<title>` and the search index (a 3,000,000-character
title was accepted and made a 29 MB site; headlines run to about 100)."""


def is_line(v: Any) -> bool:
    """`is_text` on one line of at most `LINE_CHARS` characters: no line feed either (a
    title, name or summary lands in headings, table cells, tooltips and front matter,
    where a line break forges Markdown). Multi-line fields (notes, descriptions, home and
    about texts) use `is_text`."""
    return is_text(v) and "\n" not in v and len(v) <= LINE_CHARS


ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]|(?<![^\\x00-\\x7f])[\u200c\u200d]|[\u200c\u200d](?![^\\x00-\\x7f])")
"""Zero-width space, word joiner and byte-order mark, invisible anywhere; a zero-width
non-joiner or joiner except between two characters outside ASCII, where Persian, Indic
scripts and emoji sequences need them: next to a Latin letter or at an edge it only makes
a name look like another."""


def is_name(v: Any) -> bool:
    """`is_line` with no zero-width character (`ZERO_WIDTH`) either: an entity's name or
    alias with one looks like another name and matches text that only looks the same."""
    return is_line(v) and not ZERO_WIDTH.search(v)


def invisible_in(value: str) -> str:
    """The first control, bidirectional or zero-width character in `value` as " (U+XXXX)"
    for a problem line; "" when it holds none."""
    found = CONTROLS.search(value) or ZERO_WIDTH.search(value)
    return f" (U+{ord(found.group()):04X})" if found else ""


SUMMARY_CHARS = 500
"""The longest summary, in characters: an entity's summary is copied as a tooltip into
every mention of it (a 200,000-character summary made a 100 MB page)."""


def is_web_address(v: Any) -> bool:
    """An http or https URL on one line with a host (`https://` alone, `https:///x` are
    not addresses)."""
    if not (is_line(v) and isinstance(v, str) and v.lower().startswith(("http://", "https://"))):
        return False
    try:
        return bool(urlsplit(v).hostname)
    except ValueError:
        return False


def is_description(v: Any) -> bool:
    """Free text (`is_text`) of at most `SUMMARY_CHARS` characters: a dossier's
    description is copied into every page's <meta> (a 1 MB one made a 22 MB site)."""
    return is_text(v) and len(v) <= SUMMARY_CHARS


def is_summary(v: Any) -> bool:
    """A one-line summary (`is_line`) of at most `SUMMARY_CHARS` characters."""
    return is_line(v) and len(v) <= SUMMARY_CHARS


def not_a(path: Path, expected: str) -> str:
    """Why `path` is not the `expected` thing ("folder", "file"): it does not exist, or it
    is the other one, or something else (a pipe, a device) — for a one-line problem."""
    if not path.exists():
        return f"{path}: no such {expected}"
    if path.is_dir():
        return f"{path}: a folder, not a {expected}"
    if path.is_file():
        return f"{path}: a file, not a {expected}"
    return f"{path}: not a regular {expected} (a pipe, a socket or a device)"


IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".avif")
"""What a browser shows as a logo (the theme puts it in an <img>)."""


def is_docs_image(v: Any) -> bool:
    """A relative path inside the docs folder to an image: segments of letters, digits,
    `_`, `-` and `.`, none of them empty, `.` or `..` (`assets/../../x.svg` would name a
    file outside the site), ending in one of `IMAGE_SUFFIXES` (any case)."""
    if not is_text(v) or not re.fullmatch(r"[\w.-]+(?:/[\w.-]+)*", v):
        return False
    return all(part not in (".", "..") for part in v.split("/")) and v.lower().endswith(IMAGE_SUFFIXES)


def is_slug(v: Any) -> bool:
    return isinstance(v, str) and bool(SLUG.fullmatch(v))  # `match` lets "evil\n" through


def is_iso_date(v: Any) -> bool:
    if not isinstance(v, str):
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v)) and v[:4] != "0000"


def is_partial_date(v: Any) -> bool:
    """ISO day, month or year (`2013-07-28`, `2013-07`, `2013`), or a range `a/b` of them,
    in ASCII digits (a regex `\\d` also takes "２０２４") and from year 0001 (ISO 8601's calendar
    has no year 0000 in dates without an agreed extension)."""
    if not isinstance(v, (str, int)):
        return False
    parts = str(v).split("/")
    if len(parts) > 2:
        return False
    if len(parts) == 2 and _bound(parts[1], "-12-31") < _bound(parts[0], "-01-01"):
        return False  # a range must not end before it starts
    for part in parts:
        if part[:4] == "0000":
            return False
        if re.fullmatch(r"[0-9]{4}", part):
            continue
        if re.fullmatch(r"[0-9]{4}-(0[1-9]|1[0-2])", part):
            continue
        if not is_iso_date(part):
            return False
    return True


def _bound(part: str, edge: str) -> str:
    """The first (`edge` "-01-01") or last ("-12-31") day a partial date can mean, as text
    that compares in date order (`2013` -> `2013-12-31`, `2013-07` -> `2013-07-31`)."""
    return part + edge[len(part) - 4:] if re.fullmatch(r"[0-9]{4}(-[0-9]{2}){0,2}", part) else part


def is_count(v: Any) -> bool:
    """A whole number from 1 (a paragraph's number): `true` is not one, though Python's
    bool is an int."""
    return isinstance(v, int) and not isinstance(v, bool) and v > 0


def is_bool(v: Any) -> bool:
    return isinstance(v, bool)


def is_int_list(v: Any) -> bool:
    return isinstance(v, list) and all(is_count(i) for i in v)


def is_slug_list(v: Any) -> bool:
    return isinstance(v, list) and all(is_slug(i) for i in v)


NOT_NAMES = 1000
"""The most entries of dossier.yml's `not_names`."""


def is_line_list(v: Any) -> bool:
    """A list of at most `NOT_NAMES` one-line texts of at most 100 characters each."""
    return isinstance(v, list) and len(v) <= NOT_NAMES and all(is_line(i) and len(i) <= 100 for i in v)


def check_record(
    record: Any, fields: list[Field], where: str, filename: str, problems: list[str], line: int = 0
) -> bool:
    """Check a mapping against declared fields; report unknown, missing and bad fields.
    `line`: where the value is, for a value that is not a mapping (which has no line of its own)."""
    if not isinstance(record, Mapping):
        at = f":{line}" if line else ""
        problems.append(f"{filename}{at}: {where}: is {_show(record)}; expected a mapping of fields")
        return False
    known = {f.name: f for f in fields}
    ok = True
    for key in record:
        if key not in known:
            names = ", ".join(sorted(known))
            problems.append(
                f"{filename}:{record.lines[key]}: {where}: unknown field {shown(key)} "
                f"(expected one of: {names})"
            )
            ok = False
    for f in fields:
        if f.name not in record:
            if f.required:
                problems.append(
                    f"{filename}:{record.line}: {where}: missing required field "
                    f"'{f.name}' ({f.expected})"
                )
                ok = False
        elif not f.check(record[f.name]):
            value = record[f.name]
            why = ""
            if isinstance(value, str) and CONTROLS.search(value):
                why = f" (it holds the control character U+{ord(CONTROLS.findall(value)[0]):04X})"
            elif isinstance(value, str) and ZERO_WIDTH.search(value):
                why = f" (it holds the zero-width character U+{ord(ZERO_WIDTH.findall(value)[0]):04X})"
            elif isinstance(value, str) and len(value) > min(SUMMARY_CHARS, LINE_CHARS):
                why = f" (it has {len(value):,} characters)"
            problems.append(
                f"{filename}:{record.lines[f.name]}: {where}: field '{f.name}' "
                f"is {_show(value)}; expected {f.expected}{why}"
            )
            ok = False
    return ok


def _show(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, str):
        return shown(value, 40)
    if isinstance(value, (list, dict)):
        return f"{type_name(value)} of {len(value)}"  # its text could be huge (aliases)
    return f"{type_name(value)} {shown(value, 40)[1:-1]}"


def type_name(value: Any) -> str:
    return {
        bool: "a yes/no value",
        int: "a number",
        float: "a number",
        list: "a list",
        Sequence: "a list",
        Mapping: "a mapping",
    }.get(type(value), "a value")

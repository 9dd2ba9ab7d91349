"""Which files of a seeds folder are sources, read safely: regular files (a symbolic link
only to one inside the folder), names without control characters and in one Unicode
normal form; the rest warned about (`unread`) or refused as problems, one line each."""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..escaping import CONTROLS, shown
from . import convert

SOURCE_SUFFIXES = convert.PLAIN + convert.CONVERTED
"""The kinds of source file read (in any case: `.TXT` too)."""
INPUTS = ("sources.yml", "entities.yml", "events.yml", "dossier.yml")
"""The other files a seeds folder holds."""

def _is_file(entry: os.DirEntry[str]) -> bool:
    """Whether a folder entry is a regular file or a link to one; False for a link in a
    loop (which `DirEntry.is_file` raises on)."""
    return _asked(entry.is_file)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Whether a folder entry is a folder or a link to one; False for a link in a loop."""
    return _asked(entry.is_dir)


def _asked(question: Callable[[], bool]) -> bool:
    try:
        return question()
    except OSError:
        return False


def unsafe_name(name: str) -> bool:
    """Whether a file name holds a character it must not: a control character (a tab and a
    line feed included) or a bidirectional one (`escaping.CONTROLS`). Such a name would
    reach the pages and the terminal, and split a warning line in two."""
    return bool(CONTROLS.search(name)) or "\t" in name or "\n" in name


def unread(seeds: Path) -> list[str]:
    """A warning for each file in the seeds folder that is neither a source nor an input."""
    return [
        f"{seeds / e.name}: not a kind of source the builder reads "
        f"({', '.join(SOURCE_SUFFIXES)}, in any case); ignored"
        for e in sorted(os.scandir(seeds), key=lambda e: e.name)
        if not e.name.startswith(".") and e.name not in INPUTS and not convert.is_source(e.name) and _is_file(e)
    ] + [
        f"{seeds / e.name}: a folder named like a source; not read (sources are files in the seeds folder itself)"
        for e in sorted(os.scandir(seeds), key=lambda e: e.name)
        if not e.name.startswith(".") and convert.is_source(e.name) and _is_dir(e)
    ] + [
        f"{seeds / e.name}: a hidden file; not read as a source (rename it without the leading dot to publish it)"
        for e in sorted(os.scandir(seeds), key=lambda e: e.name)
        if e.name.startswith(".") and convert.is_source(e.name) and not CONTROLS.search(e.name) and e.name.isprintable()
    ]


def link_target(path: Path) -> Path:
    """Where a symbolic link leads, as far as it leads: a link in a loop (`x.txt -> x.txt`)
    gives a path (`Path.resolve` raises RuntimeError there), and reading it then fails
    with the system's "Too many levels of symbolic links", reported as a problem."""
    return Path(os.path.realpath(path))


def source_files(seeds: Path, problems: list[str]) -> list[tuple[str, os.stat_result]]:
    """The source files in `seeds` with their `stat`, by name. Only regular files are
    read: a symbolic link is followed only to a regular file inside `seeds` (one that
    points out of it is a problem: its content would be published), and anything else
    with a source's suffix (a folder, a pipe, a device) is a problem. A file name with
    a control character, a tab or a line feed included, is a problem (it would reach the
    pages and the terminal, and split a warning line in two)."""
    root = seeds.resolve()
    found = []
    for entry in sorted(os.scandir(seeds), key=lambda e: e.name):  # problems in the same order every time
        if not convert.is_source(entry.name) or entry.name.startswith("."):
            continue  # a hidden file (an editor's or a system's) is never published: `unread` warns
        if unsafe_name(entry.name):
            problems.append(f"{seeds}/{shown(entry.name)[1:-1]}: the file name holds a control character; rename the file")
            continue
        try:
            entry.name.encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes (surrogate escapes) or an encoded lone surrogate
            raw = os.fsencode(entry.name).decode("utf-8", "backslashreplace")
            problems.append(f"{seeds}/{shown(raw)[1:-1]}: the file name is not valid UTF-8; rename the file")
            continue
        try:
            if entry.is_symlink():
                path = seeds / entry.name  # (only here: a Path per file cost more than its stat)
                target = link_target(path)
                if not target.is_relative_to(root):
                    problems.append(
                        f"{path}: a symbolic link to {shown(str(target))}, outside the seeds folder; "
                        "copy the file into the seeds folder instead"
                    )
                    continue
            st = entry.stat()
        except OSError as exc:
            problems.append(f"{seeds / entry.name}: cannot read ({exc.strerror or exc})")
            continue
        if stat.S_ISDIR(st.st_mode):
            continue  # a folder named like a source: `unread` warns
        if not stat.S_ISREG(st.st_mode):
            problems.append(f"{seeds / entry.name}: not a regular file; expected a text file")
            continue
        found.append((entry.name, st))
    return _one_per_form(seeds, sorted(found), problems)


def _one_per_form(seeds: Path, found: list[tuple[str, os.stat_result]], problems: list[str]) -> list[tuple[str, os.stat_result]]:
    """`found` when no two of its file names differ only in Unicode normal form (a composed
    "café.txt", NFC, beside a decomposed one, NFD: they look the same on every page and in
    every listing, a `sources.yml` key could name either, and macOS cannot hold both);
    else a problem for each pair, naming both forms, and the files without them."""
    by_form: dict[str, list[str]] = {}
    for name, _ in found:
        by_form.setdefault(unicodedata.normalize("NFC", name), []).append(name)
    clashes = {n for names in by_form.values() if len(names) > 1 for n in names}
    for form, names in sorted(by_form.items()):
        if len(names) > 1:
            spelled = " and ".join(
                f"{shown(n)} (composed, NFC)" if n == form else f"'{n.encode('ascii', 'backslashreplace').decode()}'"
                for n in names
            )
            problems.append(
                f"{seeds}/{shown(form)[1:-1]}: {len(names)} files whose names differ only in Unicode normal form: "
                f"{spelled}; they look the same, so rename or remove all but one"
            )
    return [f for f in found if f[0] not in clashes]


def read_bytes(path: Path, problems: list[str]) -> bytes | None:
    """A file's bytes, or None with a problem when it cannot be read (gone since it was
    listed, no permission)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            problems.append(f"{path}: not a regular file; expected a text file")
            return None
        return path.read_bytes()
    except OSError as exc:
        problems.append(f"{path}: cannot read ({exc.strerror or exc}); expected a readable text file")
        return None

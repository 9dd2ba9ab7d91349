"""`add` as a command: copy files into the seeds folder and print their `sources.yml`
entries, or append them (`--append`), replacing `new`'s untouched example the first time.

What `add` writes is written so that nothing else is lost (attack review s15 #1, #2, #5):

- the whole add holds an exclusive lock on the seeds folder (`flock` on the folder
  itself, so nothing is left behind): a second add at the same time stops with one line;
- a file is replaced (`sources.yml`, `entities.yml`) through a staging file created with
  O_CREAT|O_EXCL under a random name (`tempfile.mkstemp`, which never follows a link),
  and only if its bytes are still those it was read with just before: an edit made
  meanwhile (the user's registry) is kept, never overwritten;
- the new `sources.yml` is parsed before it replaces the old one: an append that would
  leave it unreadable (a file in flow style, one ending with "...", a duplicate key) is
  refused before anything is copied;
- an error after the seeds folder changed says what was changed.
"""

from __future__ import annotations

import fcntl
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import scaffold
from .errors import InputError
from .escaping import shown
from .present.wording import counted
from .read import sources
from .read.schema import not_a
from .read.text import read_text
from .read.yamldoc import Mapping, load_yaml

NOTHING = "nothing was changed in the seeds folder"
INTERRUPTED = ("interrupted; each file add copied is whole and sources.yml and entities.yml were replaced whole "
               "or not at all: look at the seeds folder, and add again what is missing")
"""The one line for Ctrl-C during an add."""


@contextmanager
def lock(seeds: Path) -> Iterator[None]:
    """Hold an exclusive `flock` on the folder `seeds` itself for an add: a second add of
    the same folder at the same time stops with one line (exit 2). The kernel drops the
    lock when the process ends, however it ends."""
    if not seeds.is_dir():
        raise InputError([f"{not_a(seeds, 'folder')}; expected the dossier's seeds folder"])
    fd = os.open(seeds, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError([f"{seeds}: another add is writing this seeds folder; wait for it to finish, "
                          f"then add again ({NOTHING})"]) from None
    try:
        yield
    finally:
        os.close(fd)


def current(path: Path) -> bytes | None:
    """`path`'s bytes as a regular file (None when there is none); OSError for a link or
    anything else (`scaffold.regular_bytes`)."""
    try:
        return scaffold.regular_bytes(path)
    except FileNotFoundError:
        return None


def replace(target: Path, data: bytes, expected: bytes | None) -> bool:
    """Put `data` in `target` if its bytes are still `expected` (None: no file); False,
    and nothing written, if they are not. The data is staged in a file created beside
    it (O_EXCL, a random name, never through a link) and moved over it."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".new")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            os.fchmod(f.fileno(), _mode(target))  # mkstemp's 0600 would hide the file from the user's group
        if current(target) != expected:  # changed since it was read: the change is kept
            return False
        os.replace(temp, target)
        return True
    finally:
        Path(temp).unlink(missing_ok=True)


def _mode(path: Path) -> int:
    """The permissions `path` has (a regular file's), else those a new file gets (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.lstat(path).st_mode)
    except FileNotFoundError:
        return scaffold.new_mode()


def _opening_comments(name: str) -> bytes:
    """The opening comments of `new`'s example `name` (its guide to the format)."""
    lines = (scaffold.EXAMPLE / name).read_bytes().splitlines(keepends=True)
    return b"".join(lines[: next(n for n, line in enumerate(lines) if not line.startswith(b"#"))])


def _example(name: str) -> bytes:
    return (scaffold.EXAMPLE / name).read_bytes()


def appended(meta: Path, old: bytes | None, entries: list[tuple[str, str]]) -> tuple[bytes, int]:
    """`sources.yml` (`old` its bytes, None when there is none) with the entries it lacks
    appended, and how many; parsed first: InputError (one line) if the result would not
    be a mapping of the file names it had and the new ones."""
    problems: list[str] = []
    before = "" if old is None else read_text(old, str(meta), problems)
    if before is None:
        raise InputError(problems)
    had = load_yaml(before, str(meta), problems) if before.strip() else None
    known = set(had) if isinstance(had, Mapping) else set()
    new = [(name, text) for name, text in entries if name not in known]
    text = before + ("\n" if before and not before.endswith("\n") else "") + "".join(t for _, t in new)
    parsed = load_yaml(text, str(meta), problems) if text.strip() else None
    if problems or (new and (not isinstance(parsed, Mapping) or set(parsed) != known | {n for n, _ in new})):
        why = problems[0].removeprefix(f"{meta}:").strip() if problems else "its entries would not read back"
        why = f"line {why}" if why[:1].isdigit() else why
        raise InputError([f"{meta}: appending the entries would leave it unreadable ({why}; is it in flow style, or "
                          f"does it end with '...'?); run add without --append and paste them in by hand ({NOTHING})"])
    if old is None or not new:
        return text.encode("utf-8"), len(new)
    # the user's own bytes kept as they were (a byte-order mark, CRLF line ends), the new
    # entries written with the file's line ends (attack review s15b #8: a CRLF file was
    # rewritten with LF throughout)
    crlf = b"\r\n" in old and old.count(b"\r\n") == old.count(b"\n")
    tail = ("" if before.endswith("\n") or not before else "\n") + "".join(t for _, t in new)
    return old + (tail.replace("\n", "\r\n") if crlf else tail).encode("utf-8"), len(new)


def run(files: list[Path], seeds: Path, append: bool) -> int:
    """`python -m builder add`: see the module's documentation."""
    meta = seeds / "sources.yml"
    with lock(seeds):
        if append:
            sources.entry_names(meta)  # a broken or linked-out sources.yml is refused before anything is copied
            if meta.is_symlink():
                raise InputError([f"{meta}: a symbolic link; add --append writes only a plain sources.yml: "
                                  f"run add without --append and paste the entries in by hand ({NOTHING})"])
        # (a file added under the example's own name keeps it: its entry is the example's)
        example = untouched_example(seeds) and all(f.name not in scaffold.EXAMPLE_FILES for f in files)
        added = scaffold.add(files, seeds)
        fronted = [name for name, text in added.entries if not text]
        entries = [(name, text) for name, text in added.entries if text]
        if not append:
            _copy(added, seeds)
            print("# Review, then paste into sources.yml:")
            print("".join(text for _, text in entries), end="")
            for name in fronted:
                print(f"# {name}: its front matter is its entry")
            if example:
                print(f"# {seeds / 'example.txt'} is `new`'s invented example: delete it and its entries in "
                      "sources.yml and entities.yml (with --append, `add` does so while they are untouched)")
            undated(entries, meta)
            return 0
        old = current(meta)
        base = _opening_comments("sources.yml") if example and old == _example("sources.yml") else old
        appended(meta, base, entries)  # refused here, before anything is copied, if it would not parse
        copied = _copy(added, seeds)
        done = [f"copied {', '.join(copied)} into {seeds}"] if copied else []
        try:
            count, removed = _append(meta, entries, example, done)
        except OSError as exc:
            raise InputError([_failed(exc, done)]) from None
        except InputError as exc:
            raise InputError([f"{line}; {_done(done)}" for line in exc.problems]) from None
    if removed:
        print(f"{seeds}: removed `new`'s invented example ({removed}, untouched since `new`)")
    also = ""
    if fronted:
        also = f", {len(fronted)} with {'its entry in its' if len(fronted) == 1 else 'their entry in their'} front matter"
    print(f"{meta}: {counted(count, 'entry', 'entries')} added, {len(entries) - count} already there{also}")
    undated(entries, meta)
    return 0


def undated(entries: list[tuple[str, str]], meta: Path) -> None:
    """One line on standard error for the entries with no date (no date line, no date in
    the file or its front matter: `scaffold.UNDATED`'s placeholder), whose relative
    dates ("Tuesday", "last week") wait for one (fresh-user review s21 #8: only "3 entries
    added" was said, the placeholder a comment in sources.yml)."""
    names = [name for name, text in entries if scaffold.UNDATED in text]
    if names:
        which = ", ".join(shown(n) for n in names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        one = len(names) == 1
        sys.stdout.flush()  # after the entries or the count, in a pipe too
        print(f"note: {which}: no date found (no date line, no published date): fill in the commented 'published:' "
              f"line of {'its entry' if one else 'each entry'} in {meta}, or {'its' if one else 'their'} relative dates "
              "stay off the timeline",
              file=sys.stderr)


def _copy(added: scaffold.Added, seeds: Path) -> list[str]:
    copied: list[str] = []
    try:
        scaffold.copy(added, copied)
    except OSError as exc:  # the copies made before it are whole
        raise InputError([_failed(exc, [f"copied {', '.join(copied)} into {seeds}"] if copied else [])]) from None
    return copied


def _append(meta: Path, entries: list[tuple[str, str]], example: bool, done: list[str]) -> tuple[int, str]:
    """Append `entries` to `meta` (sources.yml), replacing `new`'s example with them when
    `example`: each of its files only while its bytes are still the example's, each checked
    again just before it is replaced. Returns how many entries were added and what of the
    example was removed ("" for nothing). `done` grows with each change made."""
    seeds = meta.parent
    removed = []
    if example and replace(seeds / "entities.yml", _opening_comments("entities.yml"), _example("entities.yml")):
        removed.append("its entries in entities.yml")
        done.append(f"removed the example's entries from {seeds / 'entities.yml'}")
    for _ in range(3):  # read, compose, replace if unchanged meanwhile (else read again)
        old = current(meta)
        # the example's entry goes only with example.txt, both as `new` wrote them
        dropping = example and old == _example("sources.yml") and current(seeds / "example.txt") == _example("example.txt")
        data, count = appended(meta, _opening_comments("sources.yml") if dropping else old, entries)
        if replace(meta, data, old):
            break
    else:
        raise InputError([f"{meta}: changed again and again while add was writing it; its entries were not appended"])
    if count or dropping:
        done.append(f"appended {counted(count, 'entry', 'entries')} to {meta}")
    if dropping:  # example.txt goes with its entry, only as `new` wrote it
        removed.insert(0, "example.txt and its entry in sources.yml")
        path = seeds / "example.txt"
        if current(path) == _example("example.txt"):
            path.unlink(missing_ok=True)
    return count, ", ".join(removed)


def _done(done: list[str]) -> str:
    return f"already done: {'; '.join(done)}" if done else NOTHING


def _failed(exc: OSError, done: list[str]) -> str:
    where = shown(os.fsdecode(exc.filename), 4096)[1:-1] if exc.filename is not None else "seeds"
    return f"{where}: {exc.strerror or exc}; {_done(done)}"


def untouched_example(seeds: Path) -> bool:
    """Whether `seeds` still holds `new`'s example exactly as written (each of
    `EXAMPLE_FILES` a regular file, not a link, byte for byte): then nothing in them is the
    user's, and removing it writes nowhere but `seeds`."""
    try:
        return all(current(seeds / name) == _example(name) for name in scaffold.EXAMPLE_FILES)
    except OSError:
        return False

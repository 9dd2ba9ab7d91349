"""Write the generated files under `docs/`: the only module that writes.

A write is a small transaction. Changed files are staged in `docs/.dossier-staging/`;
when every one is staged, a journal naming the files to move and delete is renamed into
place: that rename is the commit point. Then the files are moved in, each with an atomic
rename, and the staging folder is removed. A build that fails or is killed before the
commit point leaves the previous output exactly as it was (the next build discards the
partial staging); one killed after it is completed by the next build before anything
else happens. No file is ever half-written. Unchanged files are not touched (their mtime
stays). Only files listed in the manifest of the previous build are ever deleted, and a
hand-written file in the way of a generated one stops the build.
"""

from __future__ import annotations

import fcntl
import itertools
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import AnyStr, BinaryIO, cast

from .errors import BuildError, InputError
from .manifest import MANIFEST, read_manifest, safe

STAGING = ".dossier-staging"
JOURNAL = "commit.json"


@dataclass(frozen=True)
class Report:
    """What a write did."""

    written: int
    """Files created or changed."""
    unchanged: int
    """Files left as they were."""
    deleted: int
    """Files of the previous build no longer generated."""


LOCK = ".dossier-lock"


@contextmanager
def lock(docs: Path) -> Iterator[None]:
    """Hold `docs`' lock (an exclusive `flock` on `docs/.dossier-lock`) for a build: a
    second build of the same folder at the same time stops with one line (exit 2). The
    kernel drops the lock when the process ends, however it ends."""
    docs.mkdir(parents=True, exist_ok=True)
    own_files(docs)
    try:
        fd = os.open(docs / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:  # ELOOP: a link made after `own_files` looked
        raise InputError([f"{docs / LOCK}: cannot open the build lock ({exc.strerror}); it must be a plain file"]) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError([f"{docs}: another build is writing this folder; wait for it to finish, then build again"]) from None
    try:
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


OWN = (".dossier-cache", STAGING, LOCK)
"""The builder's own files under docs/ (its cache, staging folder and lock)."""


def own_files(docs: Path) -> None:
    """Raise InputError (one line) if one of the builder's own files under `docs` is a
    symbolic link: the builder would read its cache from, or write into, wherever it
    points. Checked before anything is read from or written to them."""
    for name in OWN:
        if (docs / name).is_symlink():
            raise InputError([f"{docs / name}: a symbolic link; the builder keeps its own files only in a real {name} under {docs}; remove the link"])


CHUNK = 1 << 20
"""Characters of a `Pieces` file encoded and written at a time."""


@dataclass(frozen=True)
class Pieces:
    """A file's text in pieces, in order, each but the first after `sep`, then `end`: a
    large export (tens of MB at 10,000 sources, twice that as a Python string) is staged
    a chunk at a time, never held as one string nor as one block of bytes."""

    parts: Sequence[str] | Sequence[bytes]
    """Text, or text already encoded (UTF-8; then `sep` and `end` are bytes too)."""
    sep: str | bytes = ""
    end: str | bytes = ""

    def text(self) -> str:
        """The whole text, as one string."""
        if isinstance(self.end, bytes):
            return b"".join(self._encoded()).decode("utf-8")
        return cast(str, self.sep).join(cast(Sequence[str], self.parts)) + self.end

    def chunks(self) -> Iterator[bytes]:
        """The text encoded (UTF-8), about `CHUNK` characters (bytes, if encoded) at a time."""
        if isinstance(self.end, bytes):
            yield from self._encoded()
            return
        for joined in _runs(cast(Sequence[str], self.parts), cast(str, self.sep), cast(str, self.end)):
            yield joined.encode("utf-8")

    def _encoded(self) -> Iterator[bytes]:
        """Encoded parts, joined about `CHUNK` bytes at a time."""
        yield from _runs(cast(Sequence[bytes], self.parts), cast(bytes, self.sep), cast(bytes, self.end))


def _runs(parts: Sequence[AnyStr], sep: AnyStr, end: AnyStr) -> Iterator[AnyStr]:
    """`sep.join(parts) + end` a run of parts at a time, each about `CHUNK` long: the
    number of parts per run follows the length of the last run (at most sixteen times
    as many), so the parts are never visited one by one in Python (a million records
    of an export cost a second that way)."""
    n, step = 0, 1
    while n < len(parts):
        last = min(n + step, len(parts))
        run = sep.join(parts[n:last])
        if n:
            run = sep + run
        if last == len(parts):
            run += end
        yield run
        step = max(1, min(step * 16, step * CHUNK // max(len(run), 1)))
        n = last
    if not parts:
        yield end


HELD_FROM = 1 << 20
"""Characters from which a file's content is held for a next build's comparison (the
exports; never the pages, which are many and small)."""


def _signature(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class Held:
    """The large files a process that builds again (`watch`) last left in docs/, with
    their content and the file's size, times and inode then: while a file's are
    unchanged, the next build compares its new content with the content held (most
    pieces of an export are the very strings of the previous build: compared by
    identity) instead of reading and encoding tens of megabytes."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[tuple[int, int, int, int], str | Pieces]] = {}

    def same(self, rel: str, target: Path, content: str | Pieces) -> bool | None:
        """Whether the file `target` (at `rel`) holds `content`, when it is as this
        process left it; None when that is not known (the file must be read)."""
        before = self.files.get(rel)
        if before is None or before[0] != _signature(target):
            return None
        old = before[1]
        if isinstance(content, str) or isinstance(old, str):
            return isinstance(old, str) and isinstance(content, str) and old == content
        return (
            old.sep == content.sep and old.end == content.end and len(old.parts) == len(content.parts)
            and all(a is b or a == b for a, b in zip(old.parts, content.parts, strict=True))
        )

    def settle(self, docs: Path, contents: dict[str, str | Pieces]) -> None:
        """Hold `contents` (rel -> content), now in place, with their files' signatures."""
        self.files = {
            rel: (sig, content if isinstance(content, str) else replace(content, parts=cast("Sequence[str] | Sequence[bytes]", tuple(content.parts))))
            for rel, content in contents.items() if (sig := _signature(docs / rel)) is not None
        }  # the parts copied: a list the caller changes in place no longer says what the file holds


def _copy(source: BinaryIO, target: BinaryIO, size: int) -> None:
    """The first `size` bytes of `source` written to `target`."""
    while size > 0:
        block = source.read(min(size, CHUNK))
        if not block:
            raise BuildError("a generated file changed while it was being written; build again")
        target.write(block)
        size -= len(block)


@dataclass(frozen=True)
class Staged:
    """Stands for a file's content when another process has already staged it."""

    changed: bool
    """Whether the file differs from the one in place (and so was staged)."""


class Stager:
    """Stages changed files for `write`. Made before worker processes are forked, it
    lets them stage the pages they render themselves (`Staged` tells `write`)."""

    def __init__(self, docs: Path, held: Held | None = None) -> None:
        docs.mkdir(parents=True, exist_ok=True)
        recover(docs)
        self.docs = docs
        self.previous = read_manifest(docs)
        self._folders: set[Path] = set()
        self._held = held
        self._large: dict[str, str | Pieces] = {}

    def stage(self, rel: str, content: str | Pieces) -> bool:
        """Stage `content` for `rel` unless the file in place holds it; True if staged.
        `Pieces` are compared with the file in place, then written, a chunk at a time;
        with `held` (a process that builds again), a large file is compared with the
        content this process last left in it instead, while the file is as it left it."""
        target = safe(self.docs, rel, "a generated page")
        known: bool | None = None  # the file known to hold `content` (True) or not (False)
        if self._held is not None and (isinstance(content, Pieces) or len(content) >= HELD_FROM):
            self._large[rel] = content
            known = self._held.same(rel, target, content)
        if isinstance(content, str):
            data = content.encode("utf-8")
            chunks: Callable[[], Iterable[bytes]] = lambda: (data,)  # noqa: E731
        else:
            chunks = content.chunks
        # The content is encoded once: compared with the file in place chunk by chunk, and
        # from the first chunk that differs, written (the part before it, equal, copied
        # from the file in place).
        rest: Iterator[bytes] = iter(chunks())
        first: list[bytes] = []  # the first chunk not yet compared equal
        equal = 0  # bytes of the file in place equal to the content's first ones
        if known is not None:
            existed, same = True, known
        else:
            try:
                with target.open("rb") as old:
                    for chunk in rest:
                        if old.read(len(chunk)) != chunk:
                            first.append(chunk)
                            break
                        equal += len(chunk)
                    same = not first and not old.read(1)
                existed = True
            except FileNotFoundError:
                existed = same = False
        if same:
            return False
        if existed and rel not in self.previous:
            raise BuildError(
                f"{target}: a file the builder did not generate is in the way of a "
                "generated page; move or rename it (the builder never overwrites hand-written pages)"
            )
        path = self.docs / STAGING / rel
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        if isinstance(content, str):
            path.write_bytes(data)
            return True
        with path.open("wb") as f:
            if equal:
                with target.open("rb") as old:
                    _copy(old, f, equal)
            for chunk in itertools.chain(first, rest):
                f.write(chunk)
        return True

    def settle(self) -> None:
        """Once the build's files are in place: hold the large ones for the next build."""
        if self._held is not None:
            self._held.settle(self.docs, self._large)
            self._large = {}


def write(
    docs: Path, files: Iterable[tuple[str, str | Pieces | Staged]], kept: Set[str] = frozenset(),
    stager: Stager | None = None, discovered: bool = False, pages: dict[str, str] | None = None,
) -> Report:
    """Make `docs` hold exactly `files` among generated paths, plus the `kept` files of
    the previous build, left as they are. `files` is consumed as it comes (a changed file
    is staged at once, so the pages are never all in memory); `kept` is read once
    `files` is exhausted. A file given as `Staged` was staged by `stager` in another
    process; one given as `Pieces` is staged a chunk at a time. `discovered`: the build
    made provisional entities (`--discover`); the manifest says so (`built_with_discover`).
    `pages`: each source file's page name (its id), kept in the manifest for the next
    build to tell a page that moved (`source_pages`)."""
    stager = stager or Stager(docs)
    previous = stager.previous
    staging = docs / STAGING
    names: set[str] = set()
    changed: list[str] = []
    try:
        for rel, content in files:
            if rel in names:
                raise BuildError(f"{docs / rel}: generated twice in one build; two inputs claim one page")
            names.add(rel)
            if content.changed if isinstance(content, Staged) else stager.stage(rel, content):
                changed.append(rel)
    except BaseException:
        close = getattr(files, "close", None)
        if close is not None:
            close()  # stop whatever produces the files before removing what they staged
        shutil.rmtree(staging, ignore_errors=True)
        raise
    keep = set(kept) & previous - names
    everything = names | keep
    stale = sorted(previous - everything)
    record: dict[str, object] = {"files": sorted(everything)}
    if discovered:
        record["discover"] = True
    if pages:
        record["sources"] = dict(sorted(pages.items()))
    manifest = json.dumps(record, indent=0) + "\n"
    manifest_changed = not (docs / MANIFEST).exists() or (docs / MANIFEST).read_text(encoding="utf-8") != manifest
    if not (changed or stale or manifest_changed):
        shutil.rmtree(staging, ignore_errors=True)
        return Report(0, len(everything), 0)
    staging.mkdir(exist_ok=True)
    if manifest_changed:
        (staging / MANIFEST).write_text(manifest, encoding="utf-8")
    journal = staging / (JOURNAL + ".tmp")
    journal.write_text(json.dumps({"replace": sorted(changed), "delete": stale}), encoding="utf-8")
    os.replace(journal, staging / JOURNAL)  # the commit point
    _apply(docs)
    return Report(len(changed), len(everything) - len(changed), len(stale))


def recover(docs: Path) -> None:
    """Finish a committed write that was interrupted, or discard an uncommitted one."""
    staging = docs / STAGING
    if not staging.exists():
        return
    if (staging / JOURNAL).exists():
        try:
            _apply(docs)
        except (InputError, BuildError, OSError) as exc:
            # A journal this builder cannot apply (damaged, or naming what it never
            # writes) would stop every later build: drop it; this build rewrites what differs.
            shutil.rmtree(staging, ignore_errors=True)
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            print(f"warning: {staging / JOURNAL}: discarded an interrupted write that cannot be completed ({reason})", file=sys.stderr)
    else:
        shutil.rmtree(staging)


def _apply(docs: Path) -> None:
    """Move the committed files in and delete the stale ones; safe to repeat."""
    staging = docs / STAGING
    journal = staging / JOURNAL
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        replace, delete = plan["replace"], plan["delete"]
        if not isinstance(replace, list) or not isinstance(delete, list):
            raise TypeError("'replace' and 'delete' must be lists")
    except (ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{journal}: unreadable journal ({exc}); delete {staging} to build again") from exc
    for rel in replace + delete:
        safe(docs, rel, str(journal))  # every entry checked before anything moves
    _move_new_folders(staging, docs)
    for rel in replace:
        if (staging / rel).exists():
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, safe(docs, rel, str(journal)))
    for rel in delete:
        path = safe(docs, rel, str(journal))
        if path.exists() or path.is_symlink():
            path.unlink()
        _prune(path.parent, docs)
    if (staging / MANIFEST).exists():
        os.replace(staging / MANIFEST, docs / MANIFEST)
    (staging / JOURNAL).unlink()  # done: what is left of the staging folder is empty folders
    shutil.rmtree(staging)


def _move_new_folders(staged: Path, target: Path) -> None:
    """Move each staged folder that has no counterpart in place yet with one rename (a
    first build moves a handful of folders, not every file); safe to repeat."""
    for entry in sorted(staged.iterdir()):
        if entry.is_dir():
            if (target / entry.name).is_symlink():
                raise InputError([f"{target / entry.name}: a symbolic link; the builder writes only into real folders"])
            if not (target / entry.name).exists():
                os.rename(entry, target / entry.name)
            else:
                _move_new_folders(entry, target / entry.name)


def _prune(folder: Path, docs: Path) -> None:
    """Remove folders emptied by deletions, up to `docs`."""
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

"""Render into a fresh folder beside the target, then swap it in:
`python scripts/swap_in.py [--env NAME] TARGET -- COMMAND [ARG ...]`.

`make site`, `make offline` and `make pdf` render a whole site folder. A renderer writes
into its folder as it goes (MkDocs first empties it), so a render that fails or is killed
half-way used to leave the previous site half deleted. This runs COMMAND with `{}` in its
arguments replaced by the absolute path of a fresh folder `.<name>.rendering` beside
TARGET (and, with `--env NAME`, that folder's path as TARGET was given, in the
environment variable NAME: Zensical reads its site folder from mkdocs.yml, which reads
SITE_DIR). Only when COMMAND succeeds is the fresh folder put in TARGET's place, by one
atomic exchange of the two (Linux `renameat2(RENAME_EXCHANGE)`), or else by two renames
with the previous site kept as `.<name>.previous` between them; the previous site is then
removed. When COMMAND fails or is interrupted, TARGET is left exactly as it was, the fresh
folder is removed, and the exit status is COMMAND's (128 + the signal's number when a
signal ended it). A run killed outright leaves its fresh folder behind: the next run
removes it first, and puts back a previous site a kill left between the two renames.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

AT_FDCWD = -100
RENAME_EXCHANGE = 2


def beside(target: Path) -> tuple[Path, Path]:
    """(the fresh folder, the previous site's place during a two-rename swap) for `target`."""
    return target.with_name(f".{target.name}.rendering"), target.with_name(f".{target.name}.previous")


def recover(target: Path) -> None:
    """Undo what a killed run left: a previous site between the two renames goes back to
    `target` (when `target` is missing), leftover folders are removed."""
    fresh, previous = beside(target)
    if previous.is_dir() and not target.exists():
        os.rename(previous, target)
    for leftover in (fresh, previous):
        shutil.rmtree(leftover, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap the folders `a` and `b` in one atomic step; False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    done = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def swap(fresh: Path, target: Path) -> None:
    """Put `fresh` in `target`'s place and remove the previous `target`."""
    _, previous = beside(target)
    if target.exists() and _exchange(fresh, target):
        shutil.rmtree(fresh)  # now the previous site
        return
    if target.exists():
        os.rename(target, previous)
    os.rename(fresh, target)
    shutil.rmtree(previous, ignore_errors=True)


def main(argv: list[str]) -> int:
    """Run the command line `argv` (see the module's docstring); returns the exit status."""
    env_name = None
    if argv[:1] == ["--env"] and len(argv) > 1:
        env_name, argv = argv[1], argv[2:]
    if len(argv) < 3 or argv[1] != "--":
        print("usage: swap_in.py [--env NAME] TARGET -- COMMAND [ARG ...]", file=sys.stderr)
        return 2
    given, command = Path(argv[0]), argv[2:]
    target = given.absolute()
    fresh, _ = beside(target)
    recover(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if env_name:
        env[env_name] = str(beside(given)[0])
    try:
        status = subprocess.run([a.replace("{}", str(fresh)) for a in command], env=env).returncode
    except KeyboardInterrupt:
        status = 128 + signal.SIGINT
    if status < 0:
        status = 128 - status
    if status == 0 and not fresh.is_dir():
        print(f"{given}: {command[0]} finished but made no folder at {fresh}; {given} left as it was", file=sys.stderr)
        return 1
    if status != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"{given}: rendering failed (exit status {status}); the previous {given} is left as it was", file=sys.stderr)
        return status
    swap(fresh, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

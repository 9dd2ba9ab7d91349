"""Start the live preview once the watcher's first build is done:
`python scripts/serve_after.py WATCH_COMMAND [ARG ...] --then SERVE_COMMAND [ARG ...]`.

`make serve` used to run a whole build, then `builder watch`, whose first build is the
same build again (its session starts empty: "0 written", seconds at a few sources, some
15 s at ten thousand), beside `mkdocs serve`'s first render, both for the two cores
(review 10, L11). Now the watcher makes the first build and the preview starts after it:
this runs WATCH_COMMAND, passes on every line it prints (standard output and error, as
they come), and starts SERVE_COMMAND once the watcher's first build is over, whether it
succeeded or failed (its first line that is not a `warning:`: the build's summary, or the
one line that says what is wrong, which the watcher repeats after the next edit). When
SERVE_COMMAND ends (Ctrl-C stops both; so does SIGTERM sent to this script), the watcher
is stopped; the exit status is
SERVE_COMMAND's (128 + the signal's number when a signal ended it).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from typing import IO


def first_build_over(line: str) -> bool:
    """Whether `line`, printed by `builder watch`, ends its first build: any line but a
    warning (the summary `built ...`, or an error)."""
    return bool(line.strip()) and not line.startswith("warning:")


def relay(stream: IO[str], out: IO[str], done: threading.Event) -> None:
    """Copy `stream` to `out` line by line; set `done` at the first line that ends the
    first build (or when the stream ends)."""
    for line in stream:
        out.write(line)
        out.flush()
        if not done.is_set() and first_build_over(line):
            done.set()
    done.set()


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str]) -> int:
    if "--then" not in argv or argv.index("--then") in (0, len(argv) - 1):
        print("usage: serve_after.py WATCH_COMMAND [ARG ...] --then SERVE_COMMAND [ARG ...]", file=sys.stderr)
        return 2
    cut = argv.index("--then")
    watch, serve = argv[:cut], argv[cut + 1 :]
    signal.signal(signal.SIGTERM, _interrupted)  # stopped as by Ctrl-C: both commands with it
    watcher = subprocess.Popen(watch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    assert watcher.stdout is not None
    done = threading.Event()
    threading.Thread(target=relay, args=(watcher.stdout, sys.stdout, done), daemon=True).start()
    server: subprocess.Popen[bytes] | None = None
    try:
        while not done.wait(0.2):
            if watcher.poll() is not None:
                break
        if watcher.poll() is not None and watcher.returncode != 0:
            return watcher.returncode  # the watcher could not start (bad options): say so, serve nothing
        server = subprocess.Popen(serve)
        status = server.wait()
    except KeyboardInterrupt:
        status = 128 + signal.SIGINT
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    finally:
        if watcher.poll() is None:
            watcher.terminate()
            watcher.wait()
    return status if status >= 0 else 128 - status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`mkdocs build` on two cores: half of the pages read, rendered and written by a second
process.

MkDocs reads, converts and renders its pages one after the other, in one process: at ten
thousand sources, some 90 s on one of the machine's two cores while the other idles
(the builder, before it, uses both). This MkDocs plugin (`dossier-parallel` in
`mkdocs.yml`, last among the plugins) splits a large build's pages in two once the
navigation is made (`on_nav`): the pages up to about half of the Markdown, and every page
of the navigation, stay with MkDocs; a forked copy of the process reads, converts and
renders the others (`theirs`) with the same code, plugins and theme, writes their files,
and hands back what the rest of the build needs of each: the ids its anchors give, its
links to other pages' anchors (so MkDocs checks them as before), its entries in the
search index, and the warnings it logged (so `--strict` counts them). MkDocs' own loop
reads and renders those pages as empty (a template that renders nothing, no file written)
and, when it reaches the first of them, takes the copy's results. Pages in the navigation
are read by both processes (their titles show in every page's navigation).

The site is the same, byte for byte, search index included (a test builds it both ways);
a build below `min_pages` pages, `mkdocs serve` and a `--dirty` build are left as MkDocs
runs them, as is any MkDocs but 1.6 (the loop's functions are its own). A failure in the
copy fails the build with its message.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import sys
import tempfile
from typing import Any

import mkdocs
from jinja2 import ChoiceLoader, DictLoader
from mkdocs.commands import build as mkbuild
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

SKIP = "dossier-parallel-elsewhere.html"
"""The template MkDocs renders the copy's pages with in this process: nothing."""
MIRRORED = ("1.6.0", "1.6.1")
"""The MkDocs versions whose build loop (`_populate_page`, `_build_page`) this drives."""


class _Config(Config):
    min_pages = config_options.Type(int, default=400)
    """Builds with fewer pages are left to MkDocs alone (a fork costs more than it saves)."""


def split(sizes: list[int], keep: list[bool]) -> list[int]:
    """The indexes of the pages the copy takes: those after the point where the pages'
    `sizes` (bytes of Markdown, a page's cost) reach half the total, but for the pages
    this process must `keep`."""
    total, run = sum(sizes), 0
    for n, size in enumerate(sizes):
        run += size
        if run * 2 >= total:
            return [i for i in range(n + 1, len(sizes)) if not keep[i]]
    return []


class _Captured(logging.Handler):
    """Warnings and errors the copy logs, kept to be logged again by MkDocs' process."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


class _Quiet(logging.Filter):
    """Drops what the copy must not print itself (it is logged again by the other
    process), and MkDocs' note that the copy's pages rendered empty here."""

    def __init__(self, below: int = logging.WARNING, skipped: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.below = below
        self.skipped = skipped

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= self.below:
            return False
        message = record.getMessage()
        return not (message.startswith("Page skipped: '") and message[len("Page skipped: '"):].split("'", 1)[0] in self.skipped)


class ParallelPlugin(BasePlugin[_Config]):
    """`dossier-parallel`: a large `mkdocs build`'s pages shared with a forked copy."""

    def __init__(self) -> None:
        self.building = False
        self.theirs: set[str] = set()
        """Pages (`src_uri`) the copy renders, in this build."""
        self.child: tuple[int, str] | None = None
        """The copy's process id and the file it writes its results to."""
        self.results: dict[str, Any] | None = None
        self.in_child = False
        self.entries: dict[str, list[Any]] = {}
        """(In the copy) each page's search entries."""
        self.quiet: _Quiet | None = None
        self.files: Any = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.building = command == "build" and not dirty

    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        self.theirs, self.child, self.results, self.files = set(), None, None, files
        if not self.building or not hasattr(os, "fork") or mkdocs.__version__ not in MIRRORED:
            return nav
        pages = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
        if len(pages) < self.config.min_pages:
            return nav
        for file in pages:  # as MkDocs' loop makes them
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
        in_nav = {id(page) for page in nav.pages}
        keep = [file.page is None or id(file.page) in in_nav for file in pages]
        sizes = [os.path.getsize(file.abs_src_path) if file.abs_src_path else 0 for file in pages]
        theirs = [pages[i] for i in split(sizes, keep)]
        if not theirs:
            return nav
        handle, path = tempfile.mkstemp(prefix="dossier-parallel-", suffix=".pickle")
        os.close(handle)
        pid = os.fork()
        if pid == 0:
            self._child(config, files, nav, [f for f in pages if id(f.page) in in_nav], theirs, path)
        self.child = (pid, path)
        self.theirs = {file.src_uri for file in theirs}
        for file in theirs:
            file.page.read_source = _elsewhere.__get__(file.page)
        self.quiet = _Quiet(below=logging.CRITICAL + 1, skipped=frozenset(self.theirs))
        logging.getLogger("mkdocs.commands.build").addFilter(self.quiet)
        return nav

    def _child(self, config: Any, files: Any, nav: Any, navigation: list[Any], theirs: list[Any], path: str) -> None:
        """The copy: read, render and write `theirs`, write the results to `path`, exit."""
        code = 1
        try:
            self.in_child = True
            captured = _Captured()
            logger = logging.getLogger("mkdocs")
            for handler in logger.handlers:
                handler.addFilter(_Quiet())
            logger.addHandler(captured)
            for file in navigation:  # their titles show in every page's navigation
                mkbuild._populate_page(file.page, config, files)
            for file in theirs:
                mkbuild._populate_page(file.page, config, files)
            env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
            doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
            for file in theirs:
                mkbuild._build_page(file.page, config, doc_files, nav, env)
            results = {
                "pages": {
                    file.src_uri: (
                        file.page.present_anchor_ids,
                        {to.src_uri: links for to, links in (file.page.links_to_anchors or {}).items()},
                        self.entries.get(file.src_uri, []),
                    )
                    for file in theirs
                },
                "log": captured.records,
            }
            code = 0
        except BaseException as exc:  # noqa: BLE001 (said to the other process, which fails the build)
            results = {"error": f"{type(exc).__name__}: {exc}"}
        try:
            with open(path, "wb") as f:
                pickle.dump(results, f, protocol=pickle.HIGHEST_PROTOCOL)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        search = next((config.plugins[n] for n in ("search", "material/search") if n in config.plugins), None)
        index = getattr(search, "search_index", None)
        if self.in_child:
            if index is not None:  # each page's entries, kept to be handed back
                add = index.add_entry_from_context

                def recorded(page: Any) -> None:
                    before = len(index.entries)
                    add(page)
                    self.entries[page.file.src_uri] = index.entries[before:]

                index.add_entry_from_context = recorded
            return env
        if not self.theirs:
            return env
        env.loader = ChoiceLoader([DictLoader({SKIP: ""}), env.loader])
        if index is not None:
            add = index.add_entry_from_context

            def add_entry_from_context(page: Any) -> None:
                if page.file.src_uri in self.theirs:
                    index.entries.extend(self._collect()["pages"][page.file.src_uri][2])
                else:
                    add(page)

            index.add_entry_from_context = add_entry_from_context
        return env

    @event_priority(100)  # before the search plugin's: the copy's results are in first
    def on_page_context(self, context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        if self.theirs and page.file.src_uri in self.theirs:
            self._collect()
        return context

    def _collect(self) -> dict[str, Any]:
        """The copy's results, once it is done (waited for at the first of its pages):
        its pages' anchors and links to anchors set on them, its warnings logged here."""
        if self.results is not None:
            return self.results
        assert self.child is not None
        pid, path = self.child
        _, status = os.waitpid(pid, 0)
        self.child = None
        try:
            with open(path, "rb") as f:
                results: dict[str, Any] = pickle.load(f)  # noqa: S301 (written by this process's copy, just now)
        except (OSError, EOFError, pickle.UnpicklingError):
            results = {"error": f"the second process ended without its results (status {status})"}
        finally:
            os.unlink(path)
        if "error" in results:
            raise PluginError(f"dossier-parallel: {results['error']}")
        for uri, (anchors, links, _) in results["pages"].items():
            page = self.files.get_file_from_path(uri).page
            page.present_anchor_ids = anchors
            page.links_to_anchors = {self.files.get_file_from_path(to): found for to, found in links.items()}
        for name, level, message in results["log"]:
            logging.getLogger(name).log(level, message)
        self.results = results
        return results

    def on_post_build(self, *, config: Any) -> None:
        self._done()

    def on_build_error(self, *, error: Exception) -> None:
        self._done(kill=True)

    def _done(self, kill: bool = False) -> None:
        if self.child is not None:
            pid, path = self.child
            if kill:
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
            if os.path.exists(path):
                os.unlink(path)
            self.child = None
        if self.quiet is not None:
            logging.getLogger("mkdocs.commands.build").removeFilter(self.quiet)
            self.quiet = None


def _elsewhere(self: Any, config: Any) -> None:
    """`Page.read_source` for a page the copy renders: no Markdown, and a template that
    renders nothing (MkDocs then writes no file)."""
    self.markdown = ""
    self.meta = {"template": SKIP}

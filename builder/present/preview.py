"""Live preview (`mkdocs serve`): what a rebuild after an edit need not do again.

`make serve` runs `builder watch` beside `mkdocs serve --dirty`: the builder rewrites only
the pages an edit changes and MkDocs re-renders only those. But each rebuild still does
the work of a whole site a second time over in places, which at ten thousand sources is
seconds per edit (profiled on a dirty rebuild at 10,000 sources: the theme's templates
compiled again, 0.8 s; the 404 page rendered again). This
MkDocs plugin (`dossier-preview`, in `mkdocs.yml`; it does nothing but under `serve`)
keeps, from one build of a `serve` session to the next:

- the theme's compiled templates (a Jinja bytecode cache held in memory: a template is
  compiled again only when its source changed);
- with `--dirty` (as `make serve` runs it), the 404 page, while what it shows is
  unchanged: it holds no page's content, but the site's name, navigation, theme settings
  and the rest of the configuration. Each build compares a fingerprint of those
  (`shown`) with the one the site on disk was rendered from.

When that fingerprint changed (a `title:` edited in dossier.yml, a kind of entity the
navigation gains or loses, a theme setting), a `--dirty` rebuild would leave every page
it does not re-render, and the 404 page served for every missing address, with the old
title and navigation: the plugin then has this build re-render every page and the 404
page, as a clean build would. The templates themselves are read again by every build
(MkDocs makes a new Jinja environment each time); the cache only spares compiling one
whose source is unchanged.

Two more things a rebuild under `serve` no longer does:

- start while the builder is still at work: MkDocs rebuilds on any file event in the
  docs folder, and `builder watch` writes its cache and stages every changed page inside
  it (`.dossier-cache`, `.dossier-staging`) for seconds before moving the pages into
  place at once: the watcher now ignores the builder's own folders (`write.OWN`), so the
  rebuild starts when the pages land, not once or twice before (measured at 10,000
  sources in session 8: one to three rebuilds per edit, competing with the builder for
  the two cores); and the pages land one rename at a time, so under load a rebuild
  could start after the first and a second one follow for the rest: the watcher waits
  until the builder's write is over (its staging folder gone or its lock free:
  `writing`) and MkDocs rebuilds once;
- serialize the whole search index again: the theme's search plugin writes all of
  `search_index.json` after every rebuild (38 MB at 10,000 sources), merging the rebuilt
  page's entries into the previous ones by the first rebuilt page's address only, so a
  rebuild of several pages (an edit changes a source's page and its entities' profiles)
  left the others' old entries beside their new ones. `SearchFragments` keeps each page's
  entries as JSON text and serializes only the rebuilt pages' (and drops deleted pages'):
  the same index a clean build writes, entry for entry.

`mkdocs build` is untouched: the plugin acts only when MkDocs starts it for `serve`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import watchdog.events
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from mkdocs.plugins import BasePlugin

from ..write import LOCK, OWN, STAGING

ONCE = ("404.html",)
"""Theme pages a `serve` session renders in its first build only (an HTML template left
out of the static templates is not copied as a file: MkDocs skips `*.html`; the sitemap
is not left out, since its template would then be copied raw)."""


def _plain(value: Any) -> Any:
    """`value` (a loaded configuration's value) as JSON-ready data that is equal from one
    load to the next when the configuration is: mappings (configurations, the theme) by
    their items, plugins by their configuration, any other object by its `repr` unless
    that holds an address (then by its type)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(repr(v) for v in value)
    config = getattr(value, "config", None)
    if isinstance(config, Mapping):  # a plugin
        return {"plugin": type(value).__qualname__, "config": _plain(config)}
    items = getattr(value, "items", None)
    if isinstance(value, Mapping) or callable(items):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    text = repr(value)
    return type(value).__qualname__ if " at 0x" in text else text


def _navigation(items: Any) -> list[Any]:
    """The navigation as the theme shows it: each item's title, address and children."""
    return [
        [getattr(i, "title", None), getattr(i, "url", None), _navigation(getattr(i, "children", None) or [])]
        for i in items
    ]


def _overrides(config: Any) -> list[Any]:
    """The theme's custom folder (`theme.custom_dir`, the project's own template
    overrides), if any: each file's path, size and modification time."""
    folder = getattr(config.theme, "custom_dir", None)
    if not folder or not os.path.isdir(folder):
        return []
    out = []
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            stat = path.stat()
            out.append([path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns])
    return out


def shown(config: Any, nav: Any) -> str:
    """A fingerprint (SHA-256, hexadecimal) of what a theme page that holds no page's
    content (the 404 page) shows: the whole loaded configuration (site name and address,
    theme settings, navigation as configured, extra files, plugins' settings), the
    navigation as built (titles and addresses) and the theme's custom templates."""
    data = {
        "config": _plain({k: v for k, v in config.items() if k != "theme"}),
        "theme": _plain(config.theme),
        "nav": _navigation(getattr(nav, "items", None) or []),
        "overrides": _overrides(config),
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=True, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Memory(BytecodeCache):
    """Jinja's compiled templates, kept in memory for the session (by template and
    source checksum, as Jinja keys its bytecode caches)."""

    def __init__(self) -> None:
        self.codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.codes.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.codes[bucket.key] = bucket.bytecode_to_string()


def _always() -> bool:
    return True


def _locked(path: str) -> bool | None:
    """Whether a process holds a `flock` on the file `path` (read from Linux's
    `/proc/locks`, never by taking the lock: a build that found it taken would stop);
    None when that cannot be told (no `/proc/locks`), False when there is no such file."""
    try:
        inode = os.stat(path).st_ino
        with open("/proc/locks", encoding="ascii") as f:
            listing = f.read()
    except FileNotFoundError:
        return False if not os.path.exists(path) else None
    except OSError:
        return None
    # "1: FLOCK  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF": the device, then the inode
    return any(
        len(fields) > 5 and fields[1] == "FLOCK" and fields[5].rsplit(":", 1)[-1] == str(inode)
        for fields in (line.split() for line in listing.splitlines())
    )


def writing(docs: str) -> bool:
    """Whether the builder is at work on `docs`: its staging folder is there and its lock
    is held (or, where locks cannot be read, the staging folder alone). A build killed
    midway leaves the folder but no lock."""
    if not os.path.isdir(os.path.join(docs, STAGING)):
        return False
    return _locked(os.path.join(docs, LOCK)) is not False


WAIT = 120.0
"""Seconds a rebuild waits at most for the builder to finish writing."""


def settle(docs: str, limit: float = WAIT, step: float = 0.02) -> None:
    """Return once the builder is no longer writing `docs` (`writing`), or after `limit`
    seconds."""
    end = time.monotonic() + limit
    while writing(docs) and time.monotonic() < end:
        time.sleep(step)


def own(path: str, docs: str) -> bool:
    """Whether `path` (absolute) is in one of the builder's own folders of `docs` (its
    cache, its staging folder, its lock), which MkDocs renders nothing from."""
    rel = os.path.relpath(path, docs)
    return rel.split(os.sep, 1)[0] in OWN


class SearchFragments:
    """The search index of a `serve` session as each page's entries in JSON, made anew
    only for the pages each build renders."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        """Page address -> its entries as JSON, comma-separated (no page: no entries)."""

    def generate(self, index: Any, rendered: list[str], current: set[str]) -> str:
        """`search_index.json` as the theme's `SearchIndex.generate_search_index` writes
        it for a clean build: `index`'s entries (those of the `rendered` pages, by
        address) replace the pages' earlier ones; pages not among the `current` ones are
        dropped. A clean build (every page rendered) gives the theme's text exactly."""
        grouped: dict[str, list[str]] = {url: [] for url in rendered}
        for entry in index.entries:
            grouped.setdefault(str(entry["location"]).split("#", 1)[0], []).append(
                json.dumps(entry, separators=(",", ":"), default=str)
            )
        for url, entries in grouped.items():
            if entries:
                self.pages[url] = ",".join(entries)
            else:
                self.pages.pop(url, None)
        for url in [url for url in self.pages if url not in current]:
            del self.pages[url]
        config = {key: index.config[key] for key in ("lang", "separator", "pipeline", "fields")}
        head = json.dumps({"config": config}, separators=(",", ":"), default=str)[:-1]
        return head + ',"docs":[' + ",".join(self.pages.values()) + "]}"


class PreviewPlugin(BasePlugin):  # type: ignore[type-arg]
    """`dossier-preview`: under `mkdocs serve`, later builds reuse the first's compiled
    templates and (with `--dirty`) leave the 404 page as it is while what the theme shows
    around pages (`shown`) is unchanged; when it changed, re-render every page."""

    def __init__(self) -> None:
        self.serving = False
        self.dirty = False
        """`serve --dirty`: the site folder is kept from build to build (else each
        build empties it, and the 404 page and sitemap are made each time)."""
        self.builds = 0
        """Builds finished in this `serve` session."""
        self.cache = _Memory()
        self.rendered: str | None = None
        """The fingerprint (`shown`) the site on disk was rendered from."""
        self.rendering: str | None = None
        """This build's fingerprint, when it renders every page (kept once it is done)."""
        self.fragments = SearchFragments()
        self.built: list[str] = []
        """Addresses of the pages this build rendered."""
        self.current: set[str] = set()
        """Addresses of every page of this build."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty
        self.builds = 0  # a new session
        self.rendered = None
        self.fragments = SearchFragments()

    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        # After the navigation is made, before MkDocs reads the pages (a dirty build reads
        # and renders only those whose source is newer than their output) and renders the
        # theme's pages from `static_templates`.
        self.rendering = None
        if self.serving and self.dirty:
            now = shown(config, nav)
            if self.builds and now == self.rendered:
                for name in ONCE:
                    config.theme.static_templates.discard(name)
            else:
                self.rendering = now
                if self.builds:  # every page shows the old title and navigation
                    for file in files.documentation_pages():
                        file.is_modified = _always
        return nav

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        if self.serving:
            env.bytecode_cache = self.cache
            self.built = []
            self.current = {file.page.url for file in files.documentation_pages() if file.page is not None}
            search = next((config.plugins[n] for n in ("search", "material/search") if n in config.plugins), None)
            index = getattr(search, "search_index", None)
            if index is not None and hasattr(index, "generate_search_index"):
                index.generate_search_index = lambda prev: self.fragments.generate(index, self.built, self.current)
        return env

    def on_page_context(self, context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        if self.serving:
            self.built.append(page.url)
        return context

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        # The docs folder watched as MkDocs watches it, but for the builder's own folders.
        docs = os.path.abspath(config.docs_dir)
        watched = getattr(server, "_watched_paths", None)
        condition = getattr(server, "_rebuild_cond", None)
        if not isinstance(watched, dict) or docs not in watched or condition is None:
            return server  # another MkDocs: left as it is

        def callback(event: Any) -> None:
            if event.is_directory:
                return
            paths = [event.src_path, getattr(event, "dest_path", "") or event.src_path]
            if all(own(os.fsdecode(path), docs) for path in paths):
                return
            # The builder moves its pages into place one by one: a rebuild started at the
            # first would render half an edit, and the rest would start a second one (seen
            # under load: MkDocs rebuilt twice for one edit). The watcher's thread waits
            # here until the builder is done; the events queued meanwhile then come at
            # once, and MkDocs, which waits for a pause in them, rebuilds once.
            settle(docs)
            with condition:
                server._want_rebuild = True
                condition.notify_all()

        server.unwatch(docs)
        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = callback  # type: ignore[method-assign]
        server.observer.schedule(handler, docs, recursive=True)
        return server

    def on_post_build(self, *, config: Any) -> None:
        if self.serving:
            self.builds += 1
            if self.rendering is not None:
                self.rendered = self.rendering

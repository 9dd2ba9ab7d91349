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

`mkdocs build` is untouched: the plugin acts only when MkDocs starts it for `serve`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from mkdocs.plugins import BasePlugin

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

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty
        self.builds = 0  # a new session
        self.rendered = None

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
        return env

    def on_post_build(self, *, config: Any) -> None:
        if self.serving:
            self.builds += 1
            if self.rendering is not None:
                self.rendered = self.rendering

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
- with `--dirty` (as `make serve` runs it), the 404 page, rendered by the first build
  only (it depends on no page's content).

`mkdocs build` is untouched: the plugin acts only when MkDocs starts it for `serve`.
"""

from __future__ import annotations

from typing import Any

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from mkdocs.plugins import BasePlugin

ONCE = ("404.html",)
"""Theme pages a `serve` session renders in its first build only (an HTML template left
out of the static templates is not copied as a file: MkDocs skips `*.html`; the sitemap
is not left out, since its template would then be copied raw)."""


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


class PreviewPlugin(BasePlugin):  # type: ignore[type-arg]
    """`dossier-preview`: under `mkdocs serve`, later builds reuse the first's compiled
    templates and (with `--dirty`) leave its 404 page as it is."""

    def __init__(self) -> None:
        self.serving = False
        self.dirty = False
        """`serve --dirty`: the site folder is kept from build to build (else each
        build empties it, and the 404 page and sitemap are made each time)."""
        self.builds = 0
        """Builds finished in this `serve` session."""
        self.cache = _Memory()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty
        self.builds = 0  # a new session

    def on_config(self, config: Any) -> Any:
        if self.serving and self.dirty and self.builds:
            for name in ONCE:
                config.theme.static_templates.discard(name)
        return config

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        if self.serving:
            env.bytecode_cache = self.cache
        return env

    def on_post_build(self, *, config: Any) -> None:
        if self.serving:
            self.builds += 1

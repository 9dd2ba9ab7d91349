"""The theme's page-independent partials rendered once per build, not once per page.

mkdocs-material renders its whole frame around every page: the primary navigation, the
search box, the colour palette toggle. For a page that is not itself in the navigation (a
dossier's sources and profiles, thousands of them: the navigation lists only the index
pages), none of that depends on the page but through the relative addresses of its links,
which are the same for every page in the same folder. Profiled at 1,000 sources, those
partials were about a third of the theme's template time (the navigation alone a
quarter), all of it the same text over and over.

This MkDocs plugin (`dossier-partials` in `mkdocs.yml`) has the theme render each of
`CACHED` once per build for each `key` (the partial, the page's `base_url`, and the
address of every navigation link as seen from the page) and reuse that text; a page in the
navigation (whose item the partial marks as active, and whose table of contents it may
hold) and a page-less template (the 404 page) are rendered as the theme renders them. The
site is the same, byte for byte, with or without the plugin (a test builds it both ways).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from mkdocs.plugins import BasePlugin
from mkdocs.utils import normalize_url

CACHED = ("partials/nav.html", "partials/search.html", "partials/palette.html")
"""The theme's partials that depend on the page only through its links' addresses (read
in mkdocs-material 9.8's templates: the navigation marks the current page's item and
may hold its table of contents, which `key` rules out; search and palette hold none)."""


def _addresses(items: Any) -> list[str]:
    """Every address the navigation links to (pages, links), sections' children
    included, in order."""
    out: list[str] = []
    for item in items:
        url = getattr(item, "url", None)
        if isinstance(url, str):
            out.append(url)
        out.extend(_addresses(getattr(item, "children", None) or []))
    return out


class PartialsPlugin(BasePlugin):  # type: ignore[type-arg]
    """`dossier-partials`: each of `CACHED` rendered once per `key` in a build."""

    def __init__(self) -> None:
        self.in_nav: set[int] = set()
        """The navigation's pages (by identity): never served from the cache."""
        self.addresses: list[str] = []
        """The navigation's link addresses (see `_addresses`), and the home page's."""

    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        self.in_nav = {id(page) for page in nav.pages}
        homepage = getattr(nav, "homepage", None)
        self.addresses = _addresses(nav.items) + ([homepage.url] if homepage is not None else [])
        return nav

    def key(self, name: str, context: Any) -> tuple[Any, ...] | None:
        """What `name` rendered in `context` depends on: the partial, the page's
        `base_url` and its navigation links' addresses as its `url` filter gives them; None (not cached) for a
        page in the navigation or no page."""
        page = context.get("page")
        if page is None or id(page) in self.in_nav or not isinstance(getattr(page, "url", None), str):
            return None
        base = context.get("base_url")
        return (name, base, tuple(normalize_url(url, page=page, base=base) for url in self.addresses))

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        for name in CACHED:
            try:
                template = env.get_template(name)
            except Exception:  # a theme without it: nothing to cache
                continue
            template.root_render_func = self._cached(name, template.root_render_func)
        return env

    def _cached(self, name: str, render: Callable[[Any], Iterator[str]]) -> Callable[[Any], Iterator[str]]:
        cache: dict[tuple[Any, ...], str] = {}

        def root_render_func(context: Any) -> Iterator[str]:
            key = self.key(name, context)
            if key is None:
                yield from render(context)
                return
            text = cache.get(key)
            if text is None:
                text = cache[key] = "".join(render(context))
            yield text

        return root_render_func

"""Where every generated page lives, and its address in either URL style: the one
module that knows page paths.

A page path is relative to `docs/` and ends in `.md` (`sources/<id>.md`,
`people/<id>.md`, `claims/page-2.md`). MkDocs serves `x/y.md` as `x/y.html` (the site's
default: plain `.html` links, readable from disk) or, with `use_directory_urls`, as
`x/y/`; `x/index.md` as `x/index.html` or `x/`.
"""

from __future__ import annotations

KIND_FOLDERS = {"person": "people", "party": "parties", "organisation": "organisations", "place": "places"}
STANDARD_KINDS = tuple(KIND_FOLDERS)
"""The kinds every dossier's site has a section for (others get one when used)."""
DIRECTORY_URLS = False
"""The site's default URL style (mkdocs.yml: `use_directory_urls`, false unless the
environment's USE_DIRECTORY_URLS says otherwise)."""
TIMELINE = "timeline.md"
CONNECTIONS = "connections.md"
DATA_INDEX = "data/index.md"
REVIEW = "review/index.md"


def folder(kind: str) -> str:
    """The docs folder of an entity kind: `person` -> `people`, `ship` -> `ships`."""
    return KIND_FOLDERS.get(kind) or (kind + "es" if kind.endswith("s") else kind + "s")


def source_page(source_id: str) -> str:
    """A source's annotated page: `sources/<id>.md`."""
    return f"sources/{source_id}.md"


def entity_page(kind: str, entity_id: str) -> str:
    """An entity's profile: `<kind's folder>/<id>.md`."""
    return f"{folder(kind)}/{entity_id}.md"


def version_page(a: str, b: str) -> str:
    """The page comparing two versions of a story (source ids in either order)."""
    first, second = sorted((a, b))
    return f"versions/{first}--{second}.md"


def timeline_part(key: str) -> str:
    """A part of a timeline split by year (`2013`) or month (`2013-07`)."""
    return f"timeline/{key}.md"


def page_names(base: str, total: int, per_page: int) -> list[str]:
    """A listing of `total` rows split `per_page` to a page: `base/index.md`, then
    `base/page-2.md` … (at least the first)."""
    return [f"{base}/index.md"] + [f"{base}/page-{n}.md" for n in range(2, (total - 1) // per_page + 2)]


def url(page: str, directory_urls: bool = DIRECTORY_URLS) -> str:
    """The address of `page` relative to the site's root, as MkDocs serves it:
    `sources/x.md` -> `sources/x.html` (or `sources/x/` with directory URLs),
    `claims/index.md` -> `claims/index.html` (or `claims/`)."""
    stem = page.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def from_folder(folder_: str, pages: list[str]) -> list[str]:
    """Links from a page in `folder_` ("" for the top folder) to `pages`, each one
    folder down (as `markup.relative` gives them, without its path arithmetic for each
    of tens of thousands)."""
    assert all(p.count("/") == 1 for p in pages) and "/" not in folder_
    if not folder_:
        return list(pages)
    inside = folder_ + "/"
    return [p[len(inside):] if p.startswith(inside) else "../" + p for p in pages]

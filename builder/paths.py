"""Where every generated page lives, its address in either URL style, and which input
claims which path: the one module that knows page paths.

A page path is relative to `docs/` and ends in `.md` (`sources/<id>.md`,
`people/<id>.md`, `claims/page-2.md`). MkDocs serves `x/y.md` as `x/y.html` (the site's
default: plain `.html` links, readable from disk) or, with `use_directory_urls`, as
`x/y/`; `x/index.md` as `x/index.html` or `x/`.

Which input claims which generated path: every path is claimed once.

Sources go to `sources/<id>.md`, an entity to `<folder of its kind>/<id>.md`, each folder
has its listing (`index.md`, then `page-2.md`, ...), and the builder has fixed pages and
folders of its own. `check` finds, before anything is written, a path two inputs would
write (an entity of kind `source` whose id is a source's, an entity `index` that would
replace a listing, two kinds with one folder) and a generated folder that would go where
the docs folder holds something that is not the builder's (`assets/`, a file, a symbolic
link): each is one line naming both claimants, and the build stops (exit 2).
"""


from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

from anyascii import anyascii

from .escaping import shown
from .model import Dossier

KIND_FOLDERS = {"person": "people", "party": "parties", "organisation": "organisations", "place": "places"}
STANDARD_KINDS = tuple(KIND_FOLDERS)
"""The kinds every dossier's site has a section for (others get one when used)."""


def kind_order(used: Iterable[str]) -> list[str]:
    """The kinds of `used` in the order the site lists them: the standard kinds first, in
    `STANDARD_KINDS` order, then any other kind (`product`, `event`) alphabetically."""
    kinds = set(used)
    return [k for k in STANDARD_KINDS if k in kinds] + sorted(kinds - set(STANDARD_KINDS))
DIRECTORY_URLS = False
"""The site's default URL style (mkdocs.yml: `use_directory_urls`, false unless the
environment's USE_DIRECTORY_URLS says otherwise)."""
TIMELINE = "timeline.md"
CONNECTIONS = "connections.md"
DATA_INDEX = "data/index.md"
REVIEW = "review/index.md"


FILE_NAME_CHARS = 80
"""Characters of a file name made from the dossier's title (the offline zip, the PDF):
file systems refuse names over 255 bytes, and a title may be 1,000 characters."""


def file_name(site_name: str) -> str:
    """The file name a dossier's outputs take from its site name (`Cambodia 2013: an
    annotated dossier` -> `cambodia-2013-an-annotated-dossier`): lower-case ASCII letters
    and digits joined by hyphens, at most `FILE_NAME_CHARS`, cut at a hyphen; "dossier"
    when nothing is left. The name is HTML in MkDocs (`Marlow &amp; Penn`): it is made
    from the plain text, so `&` is a separator, not the word `amp`; letters outside ASCII
    are transliterated (`anyascii`: `Gdańsk` -> `gdansk`, not `gda-sk`)."""
    name = re.sub(r"[^a-z0-9]+", "-", anyascii(html.unescape(site_name)).lower()).strip("-")
    if len(name) > FILE_NAME_CHARS:
        name = name[: FILE_NAME_CHARS + 1].rsplit("-", 1)[0] if "-" in name[:FILE_NAME_CHARS + 1] else name[:FILE_NAME_CHARS]
    return name or "dossier"


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


BUILDER_FOLDERS = {
    "sources": "the sources and their listing",
    "claims": "the claims pages",
    "data": "the data export",
    "review": "the names to review",
    "versions": "the version comparisons",
    "timeline": "the timeline's pages per year",
    "connections": "the connections page (connections.md)",
}
"""Top-level folders the builder fills itself (`connections` and `timeline` are also
pages, `connections.md` and `timeline.md`: a folder of that name would give the same
address when MkDocs makes directory URLs)."""

ASSETS = "assets"
"""The folder of the site's stylesheet and scripts (`present.assets` writes them)."""

_RESERVED = re.compile(r"index|page-[0-9]+")


def reserved(page_id: str) -> bool:
    """Whether a page name is taken by a folder's listing (`index`, `page-2`, ...)."""
    return bool(_RESERVED.fullmatch(page_id))


def check(dossier: Dossier, seeds: Path, docs: Path, manifest: set[str]) -> list[str]:
    """Problems, one line each, with what the build would write: paths claimed twice,
    reserved page names, generated folders where `docs` holds something else.
    `manifest`: the files the previous build generated (docs-relative)."""
    problems: list[str] = []
    registry = seeds / "entities.yml"
    if docs.exists() and not docs.is_dir():
        return [f"{docs}: not a folder; expected the folder the pages go into (--docs)"]
    s, d = seeds.resolve(), docs.resolve()
    if s == d or s.is_relative_to(d) or d.is_relative_to(s):
        return [f"{docs}: the docs folder and the seeds folder {seeds} overlap; the pages would be read back as sources"]
    claimed: dict[str, tuple[str | None, str]] = {name: (None, what) for name, what in BUILDER_FOLDERS.items()}
    """Top-level folder -> (the entity kind that fills it, or None: the builder; who)."""
    told: set[str] = set()
    pages = {f"sources/{s.id}.md": f"source {shown(s.file)}" for s in dossier.sources}
    for e in dossier.entities:
        where = f"{registry}:{e.line}: entity {shown(e.id)}" if e.line else f"discovered entity {shown(e.id)}"
        if reserved(e.id):
            problems.append(
                f"{where}: field 'id' is reserved (a folder's listing is index.md, its further "
                "pages page-2.md, ...); choose another id"
            )
        top = folder(e.kind)
        if top == ASSETS and e.kind not in told:
            told.add(e.kind)
            problems.append(f"{where}: kind {shown(e.kind)} would write into {ASSETS}/, the folder of the site's stylesheet and scripts; choose another kind")
            continue
        if f"{top}/{e.id}.md" in pages:
            problems.append(f"{where}: its page {top}/{e.id}.md is the page of {pages[f'{top}/{e.id}.md']}; choose another id or kind")
        kind, owner = claimed.setdefault(top, (e.kind, f"{where} (kind {shown(e.kind)})"))
        if kind != e.kind and e.kind not in told:
            told.add(e.kind)
            problems.append(f"{where}: kind {shown(e.kind)} would write into {top}/, the folder of {owner}; choose another kind")
    for top in sorted(claimed):
        kind, owner = claimed[top]
        place = docs / top
        if place.is_symlink():
            problems.append(f"{place}: a symbolic link where the folder of {owner} goes; the builder writes only into real folders")
        elif place.exists() and not place.is_dir():
            problems.append(f"{place}: a file where the folder of {owner} goes; move it away")
        elif (
            kind and kind not in STANDARD_KINDS and place.is_dir() and any(place.iterdir())
            and not any(f.startswith(top + "/") for f in manifest)
        ):  # the standard kinds' folders are the builder's (a hand-written page in one is kept)
            problems.append(f"{owner}: would write into {place}/, a folder the builder did not make; choose another kind")
        page = docs / f"{top}.md"
        if kind and page.is_file() and f"{top}.md" not in manifest:
            problems.append(f"{owner}: {top}/index.md would have the address of the hand-written page {page}; choose another kind")
    return problems

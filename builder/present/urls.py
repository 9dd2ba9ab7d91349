"""Links between pages as the browser follows them, in both of MkDocs' URL styles, and
the builder's own check of them.

Markdown links (`../people/x.md`) are resolved and checked by MkDocs. Text the builder
hands MkDocs as raw HTML blocks (source paragraphs, the panel, profile lists and tables,
timeline events), which Python-Markdown stashes instead of scanning, carries links
MkDocs never sees: the builder makes them here for the URL style the site uses, from the
pages' addresses (`paths.url`), and checks them itself (`check_links`), so every link of
the site is still checked, by MkDocs or by the builder.

The URL style is MkDocs' `use_directory_urls`: `sources/x.md` is served as
`sources/x.html` (false: the default, the offline bundle, `file://`) or as `sources/x/`
(true: a host). `mkdocs.yml` sets it from the `USE_DIRECTORY_URLS` environment variable;
the builder reads the same variable the same way (`directory_urls_from`).
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable, Collection, Mapping

import yaml

from .. import paths
from ..errors import BuildError, InputError
from ..escaping import shown

ENV = "USE_DIRECTORY_URLS"
"""The environment variable `mkdocs.yml` reads `use_directory_urls` from (`!ENV`)."""


def directory_urls_from(environ: Mapping[str, str]) -> bool:
    """The URL style `mkdocs.yml` takes from `environ`: the variable read as a YAML value,
    as MkDocs' `!ENV` tag reads it (`true`, `yes`, `on` are true; `false`, `no`, `off`
    false), `paths.DIRECTORY_URLS` (false) when unset or empty. Raises InputError (exit
    2) for a value that is not a YAML boolean (MkDocs would refuse it too)."""
    raw = environ.get(ENV)
    if raw is None or raw == "":
        return paths.DIRECTORY_URLS
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        value = None
    if not isinstance(value, bool):
        raise InputError([f"environment variable {ENV}={shown(raw)}: expected true or false (mkdocs.yml reads it as use_directory_urls)"])
    return value


@functools.lru_cache(maxsize=1 << 16)
def _base(page: str, directory: bool) -> str:
    """The folder a relative link on `page` starts from, relative to the site's root
    ("." for the root)."""
    return paths.url(page, directory).rpartition("/")[0] or "."


@functools.lru_cache(maxsize=1 << 17)
def _relative(folder: str, target: str) -> str:
    """`target` (an address) relative to `folder`: keyed by folder, so the pages of one
    folder share their links to the same pages (hundreds of thousands of links at 1,000
    sources, a few thousand distinct)."""
    return posixpath.relpath(target or ".", folder)


def _href(from_page: str, to_page: str, directory: bool) -> str:
    return _from_base(_base(from_page, directory), paths.url(to_page, directory), directory)


@functools.lru_cache(maxsize=1 << 17)
def _from_base(folder: str, target: str, directory: bool) -> str:
    """The link from a page whose address's folder is `folder` to the address `target`
    (keyed by folder: the pages of one folder share their links)."""
    if directory and folder != "." and not (target + "/").startswith(folder + "/"):
        # a page served as `folder/x/`: one level below its folder's, for a target outside it
        parent = folder.rpartition("/")[0] or "."
        up = _relative(parent, target)
        rel = ".." if up == "." else "../" + up
    else:
        rel = _relative(folder, target)
    if directory and (target.endswith("/") or not target):
        rel = "./" if rel == "." else rel + "/"
    return rel


def href(from_page: str, to_page: str, directory: bool) -> str:
    """The link on docs page `from_page` to `to_page` (a docs path, optionally with
    `#anchor`) as the browser resolves it in the given URL style: from `sources/a.md` to
    `people/x.md` it is `../people/x.html`, or `../../people/x/` with directory URLs. A
    link to an anchor of the same page is the anchor alone."""
    path, _, anchor = to_page.partition("#")
    if path == from_page and anchor:
        return f"#{anchor}"
    return _href(from_page, path, directory) + (f"#{anchor}" if anchor else "")


def docs_path(from_page: str, link: str, directory: bool, pages: Collection[str]) -> tuple[str, str] | None:
    """The docs page (one of `pages`) and anchor ("" for none) a link on `from_page`
    leads to in the given URL style, or None when it leads to no page of `pages`. The
    inverse of `href`."""
    path, _, anchor = link.partition("#")
    if not path:
        return from_page, anchor
    for candidate in _candidates(_base(from_page, directory), path, directory):
        if candidate in pages:
            return candidate, anchor
    return None


@functools.lru_cache(maxsize=1 << 17)
def _candidates(folder: str, path: str, directory: bool) -> tuple[str, ...]:
    """The docs pages served at the address `path` leads to from `folder` (keyed by
    folder: the pages of one folder share their links)."""
    url = posixpath.normpath(posixpath.join(folder, path))
    if url == ".." or url.startswith("../"):
        return ()
    url = "" if url == "." else url
    if directory:
        if url and not path.endswith("/"):
            return ()
        candidates, served = ([f"{url}/index.md", f"{url}.md"] if url else ["index.md"]), (url + "/" if url else "")
    else:
        if not url.endswith(".html"):
            return ()
        candidates, served = [url.removesuffix(".html") + ".md"], url
    return tuple(c for c in candidates if paths.url(c, directory) == served)


_HREF = re.compile(r'<a\s[^>]*?\bhref="([^"]*)"')


def check_links(
    page: str, text: str, directory: bool, pages: Collection[str], anchors: Callable[[str], Collection[str]],
) -> None:
    """Check every `href` of an HTML link (`<a ... href="...">`) in `text`, the Markdown
    of docs page `page`: it must lead to one of `pages` in the given URL style, and its
    anchor, if any, must be one of `anchors(that page)`. Links to other sites are not
    checked here. Raises BuildError naming the page and the link: MkDocs does not see
    the links of raw HTML blocks, so this check stands in for its strict validation."""
    # Each link once (a source page links the same profile at every mention); the first
    # bad one is still the first reported.
    for link in dict.fromkeys(_HREF.findall(text)):
        if link.startswith(("http://", "https://", "mailto:")):
            continue
        found = docs_path(page, link, directory, pages)
        if found is None:
            raise BuildError(f"{page}: link {shown(link)} leads to no page of the site")
        target, anchor = found
        if anchor and anchor not in anchors(target):
            raise BuildError(f"{page}: link {shown(link)}: {target} has no anchor {shown('#' + anchor)}")

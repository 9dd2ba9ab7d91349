"""Links of the builder's raw HTML blocks, in both URL styles, and their check."""

from __future__ import annotations

import posixpath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder import paths
from builder.errors import BuildError, InputError
from builder.present import urls

HREFS = [
    # (from, to, use_directory_urls, link)
    ("sources/a.md", "people/x.md", False, "../people/x.html"),
    ("sources/a.md", "people/x.md", True, "../../people/x/"),
    ("sources/a.md", "sources/b.md#p-3", False, "b.html#p-3"),
    ("sources/a.md", "sources/b.md#p-3", True, "../b/#p-3"),
    ("sources/a.md", "sources/a.md#p-2", True, "#p-2"),
    ("people/x.md", "people/index.md", False, "index.html"),
    ("people/x.md", "people/index.md", True, "../"),
    ("index.md", "people/x.md", True, "people/x/"),
    ("index.md", "people/x.md", False, "people/x.html"),
    ("people/index.md", "index.md", True, "../"),
    ("people/index.md", "index.md", False, "../index.html"),
    ("timeline/2013.md", "sources/a.md", True, "../../sources/a/"),
]


@pytest.mark.parametrize(("start", "target", "directory", "link"), HREFS)
def test_href(start: str, target: str, directory: bool, link: str) -> None:
    assert urls.href(start, target, directory) == link


PAGE = st.from_regex(r"(index|[a-z]{1,3}/(index|[a-z0-9-]{1,6}))\.md", fullmatch=True)


@given(PAGE, PAGE, st.booleans(), st.sampled_from(["", "#p-1"]))
def test_docs_path_is_the_inverse_of_href(start: str, target: str, directory: bool, anchor: str) -> None:
    link = urls.href(start, target + anchor, directory)
    assert urls.docs_path(start, link, directory, {start, target}) == (target, anchor.lstrip("#"))


@pytest.mark.parametrize(("value", "expected"), [
    (None, False), ("", False), ("true", True), ("false", False), ("yes", True), ("True", True), ("off", False),
])
def test_url_style_read_as_mkdocs_yml_reads_it(value: str | None, expected: bool) -> None:
    assert urls.directory_urls_from({} if value is None else {urls.ENV: value}) is expected


@pytest.mark.parametrize("value", ["sometimes", "1", "[true]", "{"])
def test_url_style_not_a_boolean_is_an_input_error(value: str) -> None:
    with pytest.raises(InputError, match="USE_DIRECTORY_URLS"):
        urls.directory_urls_from({urls.ENV: value})


@given(PAGE, PAGE, st.booleans())
def test_href_resolves_to_the_pages_address(start: str, target: str, directory: bool) -> None:
    """Followed from the address of `start`, the link reaches the address of `target`
    that `paths.url` gives (the one module that knows page addresses)."""
    link = urls.href(start, target, directory)
    base = paths.url(start, directory).rpartition("/")[0]
    resolved = posixpath.normpath(posixpath.join(base, link)) if link else base
    expected = paths.url(target, directory)
    assert resolved in (expected.rstrip("/") or ".", expected)


PAGES = {"sources/a.md", "people/x.md"}


def anchors(page: str) -> set[str]:
    return {"p-1", "p-2"} if page == "sources/a.md" else set()


@pytest.mark.parametrize(("directory", "html"), [
    (False, '<a href="../people/x.html">X</a> <a href="#p-2">2</a>'),
    (True, '<a href="../../people/x/">X</a> <a class="pnum" href="#p-1"></a>'),
])
def test_check_links_passes_links_to_pages_that_exist(directory: bool, html: str) -> None:
    urls.check_links("sources/a.md", html, directory, PAGES, anchors)


@pytest.mark.parametrize(("directory", "html", "message"), [
    (False, '<a href="../people/y.html">Y</a>', "leads to no page"),
    (False, '<a href="../people/x/">X</a>', "leads to no page"),  # the other URL style
    (True, '<a href="../people/x.html">X</a>', "leads to no page"),
    (True, '<a href="../people/x/">X</a>', "leads to no page"),  # one folder short
    (False, '<a href="#p-3">3</a>', "no anchor .#p-3."),
    (True, '<a href="../../people/x/#p-1">X</a>', "no anchor .#p-1."),
])
def test_check_links_names_the_page_and_the_broken_link(directory: bool, html: str, message: str) -> None:
    with pytest.raises(BuildError, match=f"sources/a.md: link .*{message}"):
        urls.check_links("sources/a.md", html, directory, PAGES, anchors)

"""One Python-Markdown converter per build, not one per page.

MkDocs' `Page.render` makes a new `markdown.Markdown` for every page: it loads and
configures each extension (toc, tables, attr_list, md_in_html, admonition, details), builds
the block parser and the inline patterns, then converts one page and drops it all. Once
the builder's raw HTML blocks are held out of Markdown (`rawblocks`), what is left of a
page is a few headings and lines, and making the converter cost about as much as using it
(measured at 1,000 sources: 0.93 ms a source page with a new converter, 0.56 ms with
one reused; 3.5 against 2.9 ms a profile).

This MkDocs plugin (`dossier-markdown` in `mkdocs.yml`) has every page rendered by one
converter per build, `reset()` between pages as Python-Markdown provides for converting
many documents; the four processors MkDocs adds for a page (raw HTML anchors, anchors,
relative links and their check, the title) are made anew for each page, as MkDocs makes
them, so links are checked and rewritten exactly as before. `render` is MkDocs 1.6's
`Page.render` with the converter kept; with another MkDocs (whose `Page.render` may
differ) the plugin leaves pages to MkDocs. The site is the same, byte for byte, with or
without the plugin (a test builds it both ways, in both URL styles).
"""

from __future__ import annotations

import logging
from typing import Any

import markdown
import mkdocs
from mkdocs.plugins import BasePlugin
from mkdocs.structure import pages
from mkdocs.structure.toc import get_toc

MIRRORED = ("1.6.0", "1.6.1")
"""The MkDocs versions whose `Page.render` `render` mirrors."""
_LOG = logging.getLogger("mkdocs.structure.pages")
"""The logger MkDocs' `Page.render` reads the level of."""


class OneMarkdownPlugin(BasePlugin):  # type: ignore[type-arg]
    """`dossier-markdown`: every page converted by one `markdown.Markdown` per build."""

    def __init__(self) -> None:
        self.converter: markdown.Markdown | None = None
        """This build's converter, made with its first page."""
        self.active = mkdocs.__version__ in MIRRORED and all(
            hasattr(pages, name)
            for name in ("_RawHTMLPreprocessor", "_ExtractAnchorsTreeprocessor", "_RelativePathTreeprocessor", "_ExtractTitleTreeprocessor")
        )

    def on_pre_build(self, *, config: Any) -> None:
        self.converter = None  # a build's configuration may differ from the last (serve)

    def on_page_markdown(self, markdown_text: str, *, page: Any, config: Any, files: Any) -> str:
        if self.active:
            page.render = lambda config, files: self.render(page, config, files)
        return markdown_text

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        page.__dict__.pop("render", None)  # the page as MkDocs made it (a later build renders it anew)
        return html

    def render(self, page: Any, config: Any, files: Any) -> None:
        """`page` converted as MkDocs' `Page.render` converts it (its content, table of
        contents, title from the first heading, anchors and links to anchors), by this
        build's converter."""
        if page.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        md = self.converter
        if md is None:
            md = self.converter = markdown.Markdown(
                extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {}
            )
        md.reset()
        raw_html_ext = pages._RawHTMLPreprocessor()
        raw_html_ext._register(md)
        extract_anchors_ext = pages._ExtractAnchorsTreeprocessor(page.file, files, config)
        extract_anchors_ext._register(md)
        relative_path_ext = pages._RelativePathTreeprocessor(page.file, files, config)
        relative_path_ext._register(md)
        extract_title_ext = pages._ExtractTitleTreeprocessor()
        extract_title_ext._register(md)

        page.content = md.convert(page.markdown)
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = extract_title_ext.title
        page.present_anchor_ids = extract_anchors_ext.present_anchor_ids | raw_html_ext.present_anchor_ids
        if _LOG.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = relative_path_ext.links_to_anchors

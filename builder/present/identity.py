"""The pages and settings that say which dossier a site is: its home and about pages and
the renderers' site settings (name, description, address, language, logo), all made
from `seeds/dossier.yml` (`model.Identity`) and nothing else.

`pages(identity, env)` returns docs-relative path -> text, written like every generated
page. `.dossier-site.yml` is the file the project's `mkdocs.yml` inherits (MkDocs and
Zensical both read `INHERIT`); `SITE_NAME` and `SITE_URL` in the environment still win,
for a host that publishes the same dossier under another name or address.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from jinja2 import Environment

from ..model import Identity

SITE_CONFIG = ".dossier-site.yml"
"""The renderers' site settings, inherited by `mkdocs.yml` (excluded from the pages)."""
PAGES = ("index.md", "about.md")
"""The identity's pages: a hand-written file of the same name is kept instead."""


def pages(
    identity: Identity, env: Environment, sections: Sequence[tuple[str, str, str]] = (), review: str | None = None,
    discovered: bool = False,
) -> dict[str, str]:
    """The home page, the about page and the renderers' site settings (with the
    navigation). `sections`: (kind, title, folder) of each kind the dossier has entities
    of; a kind with none is left out of the navigation and of the home page's lists (its
    index page is still written, so links to it stay valid). `review`: the docs-relative
    path of the "Names to review" page when the build makes one (`--drafts`), listed in
    the navigation and linked from the home page. `discovered`: the dossier holds entities
    the builder found (`--discover`), which the about page's method then describes."""
    return {
        "index.md": env.get_template("home.md.j2").render(identity=identity, sections=sections, review=review),
        "about.md": env.get_template("about.md.j2").render(identity=identity, discovered=discovered),
        SITE_CONFIG: env.get_template("site.yml.j2").render(
            identity=identity, sections=sections, review=review, theme_language=theme_language(identity.language)),
    }


@cache
def _theme_languages() -> frozenset[str]:
    """The language tags mkdocs-material has translations for (its
    `partials/languages/<tag>.html`); empty when the theme is not installed."""
    try:
        folder = resources.files("material") / "templates" / "partials" / "languages"
        return frozenset(p.name.removesuffix(".html") for p in folder.iterdir() if p.name.endswith(".html"))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return frozenset()


def theme_language(tag: str) -> str:
    """The theme's language for the BCP 47 `tag` (`dossier.yml`'s `language`): the tag
    when mkdocs-material translates it ("pt-BR"), else its primary subtag ("en-GB" ->
    "en", "fr-CA" -> "fr"), else "en". mkdocs-material stops with a template error on a
    tag it has no translation for, and most regional tags have none.
    >>> theme_language("en-GB")
    'en'
    """
    known = _theme_languages()
    if not known or tag in known:
        return tag
    primary = tag.split("-", 1)[0].lower()
    return primary if primary in known else "en"

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

from jinja2 import Environment

from ..model import Identity

SITE_CONFIG = ".dossier-site.yml"
"""The renderers' site settings, inherited by `mkdocs.yml` (excluded from the pages)."""
PAGES = ("index.md", "about.md")
"""The identity's pages: a hand-written file of the same name is kept instead."""


def pages(
    identity: Identity, env: Environment, sections: Sequence[tuple[str, str, str]] = (), review: str | None = None,
) -> dict[str, str]:
    """The home page, the about page and the renderers' site settings (with the
    navigation). `sections`: (kind, title, folder) of each kind the dossier has entities
    of; a kind with none is left out of the navigation and of the home page's lists (its
    index page is still written, so links to it stay valid). `review`: the docs-relative
    path of the "Names to review" page when the build makes one (`--drafts`), listed in
    the navigation and linked from the home page."""
    return {
        "index.md": env.get_template("home.md.j2").render(identity=identity, sections=sections, review=review),
        "about.md": env.get_template("about.md.j2").render(identity=identity),
        SITE_CONFIG: env.get_template("site.yml.j2").render(identity=identity, sections=sections, review=review),
    }

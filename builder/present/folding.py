"""Accent folding for search: "Sao Paulo" finds "São Paulo", "Zurich" finds "Zürich".

A reader types names as a keyboard without accents lets them, and a source may spell a
name either way: search should match both. `fold` is applied to a term after it is
lower-cased, on both sides of a search (the index's terms and the query's):

1. compatibility decomposition (NFKD: "é" becomes "e" and a combining acute, the
   ligature "ﬁ" becomes "fi", a full-width letter its plain form);
2. combining marks dropped after a Latin, Greek or Cyrillic letter ("São" becomes "Sao",
   "Ελληνικά" "Ελληνικα"), and only there: in Devanagari, Thai or Hangul the marks are
   vowels and consonants of the word, and stay;
3. composed again (NFC), so Hangul syllables and the marks kept read as before;
4. the Latin letters that have no decomposition written as their usual plain spelling
   (`LETTERS`: "ß" as "ss", "ø" as "o", "ł" as "l", "æ" as "ae", ...).

The offline bundle's index is made here (`offline_search.terms`) and its worker
(`docs/assets/offline-search-worker.js`) folds the query's words the same way. The hosted
site's search is the theme's lunr worker, which builds its index in the browser: this
MkDocs plugin (`dossier-search-fold` in `mkdocs.yml`) puts `WORKER_PREFIX`
(`templates/search-fold.js`) at the start of the theme's worker in the built site, which
folds every token before lunr's pipeline (index and query) and each query as it comes
in. Both scripts hold the same rule as this module (tests run them by node against
`fold`). The text shown (titles, teasers, pages) is never folded: only the terms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin

from ..letters import LETTERS, fold

__all__ = ["LETTERS", "fold", "prefix_worker", "SearchFoldPlugin"]

WORKER_PREFIX = Path(__file__).resolve().parent / "templates" / "search-fold.js"
"""The script put before the theme's search worker (starts with `MARK`)."""
MARK = "/* dossier-search-fold"
"""How a worker that already has the prefix starts."""
THEME_WORKERS = "assets/javascripts/workers"
"""Where mkdocs-material's search worker (`search.<hash>.min.js`) is, under the site."""


def prefix_worker(site: Path) -> list[Path]:
    """Put `WORKER_PREFIX` before each theme search worker under `site` that does not
    start with it yet; returns the workers changed."""
    prefix = WORKER_PREFIX.read_text(encoding="utf-8")
    changed = []
    for worker in sorted((site / THEME_WORKERS).glob("search.*.js")):
        text = worker.read_text(encoding="utf-8")
        if not text.startswith(MARK):
            worker.write_text(prefix + "\n" + text, encoding="utf-8")
            changed.append(worker)
    return changed


class SearchFoldPlugin(BasePlugin):  # type: ignore[type-arg]
    """`dossier-search-fold`: the theme's search worker in the built site folds accents
    (`prefix_worker`)."""

    def on_post_build(self, *, config: Any) -> None:
        prefix_worker(Path(config["site_dir"]))

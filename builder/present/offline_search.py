"""The offline bundle's search index, in script files a query loads only as it needs them.

From `file://` a page cannot fetch, so mkdocs-material's offline plugin inlines the whole
search index into one script (`search/search_index.js`), which the theme's worker loads
and indexes (lunr.js) at the first search: at ten thousand sources that is about 40 MB
parsed and indexed before the first result shows. This MkDocs plugin
(`dossier-offline-search`, listed after `offline` in `mkdocs.offline.yml`) rewrites that
index, once built, into files the bundle's own worker (`docs/assets/offline-search-worker.js`,
put in the theme's place by `docs/assets/offline-search.js`) loads as scripts:

- `search/offline/meta.js`: each entry's page, anchor and title, the shard keys, where
  each chunk of texts starts, the separator and stop words (loaded when search opens);
- `search/offline/t/<key>.js`: the terms that start with `<key>` and, for each, the
  entries holding it with its weight (a query loads the shards of its terms' prefixes),
  as a list of `[term, postings]` pairs, never an object literal (whose `__proto__` key
  would set the object's prototype, and whose lookups find `constructor` and friends);
- `search/offline/d/<n>.js`: the entries' texts as plain paragraphs (loaded for the
  results shown with a teaser).

Terms, weights and ranking are lunr's as the theme configures it (`search/_/index.ts`
and `lunr.Builder` 2.3.9): the entry's title, text and tags split at the configured
separator, lower-cased, English stop words dropped when the site is English; a term's
weight in a field is BM25 with `b = 0` and `k1 = 1.2` (`idf × 2.2·tf / (1.2 + tf)`, idf
as `lunr.idf`), times the field's boost and the entry's, rounded to three decimals as
lunr rounds it. Two things differ, both for the reader: a piece of text between separators
is cut into words (`TERM`: letters, digits and marks, joined only by an apostrophe or `_`,
or by `.`/`,` between digits), so punctuation is never part of a term (`(election,` is the
term `election`, `<i>Ministry</i>` holds `i`, `ministry`, `i`, `a/b` is `a` and `b`; the
theme's pipeline keeps them whole, so a query never found such words); and a one-letter
query word matches that one-letter word only (a prefix of one letter would load a large
part of the index to match almost everything). The worker cuts a query's words with the
same pattern (it reads `TERM` from `meta.js`), so both sides agree.

Every string the files hold is the entry's plain text (tags dropped, references read),
written by `escaping.script_json`; the worker escapes it again as HTML when it shows a
result, so no text of a source ever becomes markup.
"""

from __future__ import annotations

import html
import json
import math
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
from mkdocs.plugins import BasePlugin, event_priority

from ..escaping import script_json
from .folding import fold

FOLDER = "search/offline"
"""Where the files go, under the site's folder."""
WORKER = "assets/offline-search-worker.js"
"""The worker that reads the files, under the site's folder (from the docs folder's assets)."""
READER = Path(__file__).resolve().parents[2] / "docs" / WORKER
"""The builder's own worker, the one that reads the files as this module writes them."""
SHARD_BYTES = 64_000
"""A shard of terms larger than this (its JSON) is split by the terms' next character."""
MAX_KEY = 6
"""The longest shard key (a prefix of this many characters is not split further)."""
CHUNK_CHARS = 16_000
"""Texts are cut into chunks of about this many characters (whole entries)."""
K1 = 1.2
"""lunr's `k1` (BM25 term-frequency saturation); the theme sets `b` to 0."""

STOP_WORDS_EN = frozenset(
    "a able about across after all almost also am among an and any are as at be because been but by can cannot "
    "could dear did do does either else ever every for from get got had has have he her hers him his how however i "
    "if in into is it its just least let like likely may me might most must my neither no nor not of off often on "
    "only or other our own rather said say says she should since so some than that the their them then there these "
    "they this tis to too twas us wants was we were what when where which while who whom why will with would yet "
    "you your".split()
)
"""lunr 2.3.9's English stop words (`lunr.stopWordFilter`), which the theme's index drops
when its pipeline holds `stopWordFilter`."""

_BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|pre|table|thead|tbody|tr|h[1-6]|div|blockquote|dl|dt|dd|section|article|figure|figcaption)\b[^>]*>",
    re.IGNORECASE,
)
_CELL_TAG = re.compile(r"</?(?:td|th|br)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
TERM = r"[\p{L}\p{N}\p{M}]+(?:(?:['\u2019_]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*"
"""A word of a piece of text between separators: letters, digits and marks, joined only by
an apostrophe or `_`, or by `.` or `,` between digits (`o'hara`, `snake_case`, `1,000`,
`3.5`). The same pattern, in JavaScript's `u` syntax, cuts a query's words in the worker
(written into `meta.js`)."""
_TERM = regex.compile(TERM)
_BREAK = "\x00"


@dataclass(frozen=True)
class Entry:
    """One entry of the search index: `location` (page path, and `#anchor` for a section),
    `title` and `blocks` (its text's paragraphs) as plain text, `tags`, `boost`."""

    location: str
    title: str
    blocks: tuple[str, ...]
    tags: tuple[str, ...] = ()
    boost: float = 1.0


def plain(fragment: str) -> str:
    """The text an HTML fragment shows: tags dropped, references read, white space as one space."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", fragment))).strip()


def blocks(text: str) -> tuple[str, ...]:
    """An index entry's `text` (HTML: paragraphs, list items, code) as its paragraphs'
    plain text; a table cell or line break is a space, an empty paragraph is dropped."""
    text = _CELL_TAG.sub(" ", _BLOCK_TAG.sub(_BREAK, text))
    return tuple(p for p in (plain(part) for part in text.split(_BREAK)) if p)


def entry(doc: dict[str, Any]) -> Entry:
    """An entry of `search_index.json` as an `Entry`."""
    tags = doc.get("tags") or ()
    return Entry(
        location=str(doc.get("location", "")),
        title=plain(str(doc.get("title", ""))),
        blocks=blocks(str(doc.get("text", ""))),
        tags=tuple(plain(str(t)) for t in tags),
        boost=float(doc.get("boost") or 1.0),
    )


def separator(config: dict[str, Any]) -> re.Pattern[str]:
    """The index's separator (a JavaScript regular expression; the default `[\\s\\-]+` reads
    the same in Python)."""
    try:
        return re.compile(str(config.get("separator") or r"[\s\-]+"))
    except re.error:
        return re.compile(r"[\s\-]+")


def terms(text: str, split: re.Pattern[str], stop: frozenset[str] = frozenset()) -> list[str]:
    """The terms of `text`, in order: split at `split`, each piece cut into its words
    (`TERM`), lower-cased and accent-folded (`folding.fold`: "São" is `sao`), stop words
    left out."""
    out = []
    for token in split.split(text):
        for word in _TERM.findall(token):
            term = fold(word.lower())
            if term not in stop:
                out.append(term)
    return out


def _round(x: float) -> float:
    """`Math.round(x * 1000) / 1000`, as lunr rounds a weight."""
    return math.floor(x * 1000 + 0.5) / 1000


def weights(entries: list[Entry], config: dict[str, Any]) -> dict[str, dict[int, float]]:
    """term -> {entry number -> weight}: the sum over the entry's fields of lunr's weight
    of the term in that field (see the module's docstring)."""
    split = separator(config)
    stop = stop_words(config)
    boosts = {name: float((spec or {}).get("boost") or 1.0) for name, spec in (config.get("fields") or {}).items()}
    boosts = boosts or {"title": 1000.0, "text": 1.0, "tags": 1_000_000.0}
    counted: dict[str, dict[tuple[int, str], int]] = defaultdict(dict)
    for n, e in enumerate(entries):
        values = {"title": [e.title], "text": list(e.blocks), "tags": list(e.tags)}
        for field in boosts:
            for value in values.get(field, ()):
                for term in terms(value, split, stop):
                    key = (n, field)
                    counted[term][key] = counted[term].get(key, 0) + 1
    total = len(entries)
    out: dict[str, dict[int, float]] = {}
    for term, postings in counted.items():
        df = len(postings)  # lunr counts (entry, field) pairs
        idf = math.log(1 + abs((total - df + 0.5) / (df + 0.5)))
        summed: dict[int, float] = defaultdict(float)
        for (n, field), tf in postings.items():
            score = idf * ((K1 + 1) * tf) / (K1 + tf) * boosts[field] * entries[n].boost
            summed[n] += _round(score)
        out[term] = {n: _round(w) for n, w in sorted(summed.items())}
    return out


def stop_words(config: dict[str, Any]) -> frozenset[str]:
    """The stop words the theme's index drops: English ones for an English site whose
    pipeline has `stopWordFilter`, none otherwise (lunr-languages' lists are not loaded)."""
    if "stopWordFilter" in (config.get("pipeline") or []) and list(config.get("lang") or ["en"]) == ["en"]:
        return STOP_WORDS_EN
    return frozenset()


def _size(term: str, postings: dict[int, float]) -> int:
    return len(term) + 8 * len(postings) + 4


def shards(index: dict[str, dict[int, float]]) -> dict[str, list[str]]:
    """shard key -> its terms (sorted). Terms go by their first two characters (a
    one-letter term by itself); a shard over `SHARD_BYTES` is split by the next character,
    the term equal to its key staying under the key, down to keys of `MAX_KEY`."""
    groups: dict[str, list[str]] = defaultdict(list)
    for term in index:
        groups[term[:2]].append(term)
    out: dict[str, list[str]] = {}
    todo = list(groups.items())
    while todo:
        key, members = todo.pop()
        if len(key) >= MAX_KEY or len(members) < 2 or sum(_size(t, index[t]) for t in members) <= SHARD_BYTES:
            out[key] = sorted(members)
            continue
        split: dict[str, list[str]] = defaultdict(list)
        for term in members:
            split[term[: len(key) + 1]].append(term)
        todo.extend(split.items())
    return out


def file_name(key: str) -> str:
    """A shard key as a file name: its characters' code points in hexadecimal, joined by `-`."""
    return "-".join(f"{ord(c):x}" for c in key)


def _encoded(postings: dict[int, float]) -> list[float]:
    """[entry, weight, entry, weight, ...], each entry number after the first as the
    difference from the one before."""
    out: list[float] = []
    last = 0
    for n, w in postings.items():
        out += [n - last, int(w) if w == int(w) else w]
        last = n
    return out


def _chunks(entries: list[Entry]) -> list[int]:
    """The first entry number of each chunk of texts (about `CHUNK_CHARS` characters)."""
    starts, size = [0], 0
    for n, e in enumerate(entries):
        if size >= CHUNK_CHARS:
            starts.append(n)
            size = 0
        size += sum(len(b) for b in e.blocks) + len(e.blocks)
    return starts


def files(index: dict[str, Any]) -> dict[str, str]:
    """The offline index's files (path under the site -> text) from the parsed
    `search_index.json` (`{"config": ..., "docs": [...]}`). Deterministic: the same index
    gives the same files."""
    config = dict(index.get("config") or {})
    entries = [entry(d) for d in index.get("docs") or []]
    weighted = weights(entries, config)
    keyed = shards(weighted)
    pages: dict[str, int] = {}
    page_of, anchors = [], []
    for e in entries:
        page, hash_, anchor = e.location.partition("#")
        page_of.append(pages.setdefault(page, len(pages)))
        anchors.append(hash_ + anchor)
    starts = _chunks(entries)
    meta = {
        "separator": str(config.get("separator") or r"[\s\-]+"),
        "term": TERM,
        "stop": sorted(stop_words(config)),
        "keys": sorted(keyed),
        "pages": list(pages),
        "page": page_of,
        "anchor": anchors,
        "title": [e.title for e in entries],
        "chunks": starts,
    }
    out = {f"{FOLDER}/meta.js": f"__dossierSearch.meta({script_json(meta)});\n"}
    for key, members in keyed.items():
        data = [[t, _encoded(weighted[t])] for t in members]
        out[f"{FOLDER}/t/{file_name(key)}.js"] = f"__dossierSearch.terms({script_json(key)},{script_json(data)});\n"
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(entries)
        texts = [list(e.blocks) for e in entries[start:end]]
        out[f"{FOLDER}/d/{i}.js"] = f"__dossierSearch.docs({i},{script_json(texts)});\n"
    return out


def small_index(config: dict[str, Any]) -> str:
    """What stays of `search_index.json` (and, as `var __index = ...`, of the offline
    plugin's `search_index.js`): the configuration, no entries (the worker reads the files)."""
    return json.dumps({"config": config, "docs": []}, sort_keys=True)


def write(site: Path, made: Iterable[tuple[str, str]]) -> None:
    """Write `made` (path under `site`, text) into `site`, the folder emptied first."""
    shutil.rmtree(site / FOLDER, ignore_errors=True)
    for rel, text in made:
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


class OfflineSearchPlugin(BasePlugin):  # type: ignore[type-arg]
    """`dossier-offline-search`: after the search plugin wrote `search/search_index.json`
    and the offline plugin inlined it, writes the chunked index (`files`) and leaves both
    index files holding the configuration only. A site without the search index is left
    as it is. The site's worker is replaced by the builder's own (`READER`): a dossier
    made by `builder new` holds a copy of the assets from when it was made, which may
    read an older layout of the files. The 404 page gets relative links (`on_template_context`)."""

    def on_template_context(self, context: Any, *, template_name: str, config: Any) -> Any:
        # The 404 page is rendered for a host that serves it at any address, so MkDocs
        # gives it root-absolute links (`/assets/...`); the bundle is opened from disk,
        # where `/` is the disk's root and the page came unstyled (review 10, L9). It sits
        # at the bundle's top, so its links are made relative to there, as every other
        # page's are.
        if template_name == "404.html":
            context["base_url"] = "."
        return context

    @event_priority(-200)  # after the offline plugin's inlining (-100)
    def on_post_build(self, *, config: Any) -> None:
        site = Path(config["site_dir"])
        source = site / "search" / "search_index.json"
        if not source.is_file():
            return
        index = json.loads(source.read_text(encoding="utf-8"))
        write(site, sorted(files(index).items()))
        small = small_index(dict(index.get("config") or {}))
        source.write_text(small, encoding="utf-8")
        (site / "search" / "search_index.js").write_text(f"var __index = {script_json(json.loads(small))}", encoding="utf-8")
        worker = site / WORKER
        if worker.is_file() and READER.is_file() and worker.read_bytes() != READER.read_bytes():
            shutil.copyfile(READER, worker)

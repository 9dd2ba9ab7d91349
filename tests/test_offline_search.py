"""The offline bundle's search index in chunks (builder/present/offline_search.py) and the
worker that reads it (docs/assets/offline-search-worker.js).

The files: terms, weights and shards as the module's docstring says (weights checked
against lunr.js itself, run by node from the theme's own copy); every file a script whose
strings are the index's plain text and can hold no markup (`</script>` and friends as
`\\u` escapes). The worker, driven in Chromium from file:// through the iframe-worker
shim exactly as the bundle runs it: a query loads only the shards its words need, ranks
and groups as the theme does, and shows hostile text as text.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from builder.present import offline_search as o

from conftest import ROOT

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
          "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}}
WRAPPER = re.compile(r"^__dossierSearch\.(meta|terms|docs)\((.*)\);\n$", re.DOTALL)


def args(text: str) -> list[object]:
    """The arguments of a file's one call, read back as JSON."""
    m = WRAPPER.match(text)
    assert m, text[:80]
    return json.loads(f"[{m.group(2)}]")


@pytest.mark.parametrize("text, expected", [
    ("The Election, in 2013", ["election", "2013"]),
    ("(election) «vote»", ["election", "vote"]),
    ("well-known co-chair", ["well", "known", "co", "chair"]),
    ("Cambodia's", ["cambodia's"]),
    ("ÉLITE Straße", ["élite", "straße"]),
    ("— a … to", []),
    ("snake_case_", ["snake_case"]),
    ("中文 текст", ["中文", "текст"]),
])
def test_terms(text: str, expected: list[str]) -> None:
    assert o.terms(text, o.separator(CONFIG), o.stop_words(CONFIG)) == expected


def test_stop_words_only_for_an_english_site_whose_pipeline_drops_them() -> None:
    assert "the" in o.stop_words(CONFIG)
    assert o.stop_words({**CONFIG, "lang": ["fr"]}) == frozenset()
    assert o.stop_words({**CONFIG, "pipeline": []}) == frozenset()


@pytest.mark.parametrize("html, expected", [
    ("<p>One &amp; two</p> <p>Three</p>", ("One & two", "Three")),
    ("<ul><li>a <code>x&lt;y</code></li><li>b</li></ul>", ("a x<y", "b")),
    ("<p>Wire · published 2 January<br>file 1.txt</p>", ("Wire · published 2 January file 1.txt",)),
    ("<table><tr><td>a</td><td>b</td></tr></table>", ("a b",)),
    ("<p> </p><p>\n x \n</p>", ("x",)),
    ("plain &lt;script&gt;", ("plain <script>",)),
])
def test_blocks_are_the_paragraphs_plain_text(html: str, expected: tuple[str, ...]) -> None:
    assert o.blocks(html) == expected


def test_weights_by_hand() -> None:
    """Three entries; `vote` in one title once (tf 1) and in two texts (tf 2 and 1):
    df counts (entry, field) pairs, so df = 3 over N = 3; idf = ln(1 + 0.5/3.5)."""
    entries = [o.Entry("a.html", "Vote", ("vote vote",)), o.Entry("b.html", "B", ("vote",)), o.Entry("c.html", "C", ("x",))]
    w = o.weights(entries, CONFIG)
    import math
    idf = math.log(1 + 0.5 / 3.5)
    bm = lambda tf: 2.2 * tf / (1.2 + tf)  # noqa: E731
    r = lambda x: math.floor(x * 1000 + 0.5) / 1000  # noqa: E731
    assert w["vote"] == {0: r(r(idf * bm(1) * 1000) + r(idf * bm(2))), 1: r(idf * bm(1))}
    assert set(w) == {"vote", "b", "c", "x"}


LUNR = """
const fs = require('fs');
const map = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const src = map.sourcesContent[map.sources.findIndex(s => s.endsWith('lunr/lunr.js'))];
const box = {exports: {}};
new Function('module', 'exports', src)(box, box.exports);
const lunr = box.exports;
const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const idx = lunr(function () {
  this.b(0);
  this.pipeline.remove(lunr.trimmer); this.pipeline.remove(lunr.stemmer);
  this.searchPipeline.remove(lunr.stemmer);
  lunr.tokenizer.separator = /[\\s\\-]+/;
  this.ref('location');
  this.field('title', {boost: 1000}); this.field('text', {boost: 1});
  for (const d of input) this.add(d);
});
const out = {};
for (const [term, posting] of Object.entries(idx.invertedIndex)) {
  out[term] = {};
  for (const field of ['title', 'text'])
    for (const ref of Object.keys(posting[field] || {})) {
      const v = idx.fieldVectors[field + '/' + ref];
      for (let i = 0; i < v.elements.length; i += 2)
        if (v.elements[i] === posting._index) out[term][ref] = (out[term][ref] || 0) + v.elements[i + 1];
    }
}
console.log(JSON.stringify(out));
"""


def test_weights_are_lunrs(tmp_path: Path) -> None:
    """The same entries indexed by lunr.js (the theme's copy, from its worker's source map,
    configured as the theme configures it): every term's weight in every entry is lunr's."""
    node = shutil.which("node")
    assert node, "node is missing (`make test` installs the npm packages with it)"
    maps = list((ROOT / ".venv").glob("lib/python*/site-packages/material/templates/assets/javascripts/workers/*.js.map"))
    assert maps
    docs = [
        {"location": "a.html", "title": "Harbour strike", "text": "The dockers strike at dawn and the harbour stops"},
        {"location": "a.html#text", "title": "Text", "text": "strike strike strike leaders meet the port council"},
        {"location": "b.html", "title": "Port council", "text": "council votes council council council"},
        {"location": "c.html", "title": "Dawn", "text": "nothing here but dawn"},
    ]
    script = tmp_path / "lunr.cjs"
    script.write_text(LUNR, encoding="utf-8")
    run = subprocess.run([node, str(script), str(maps[0])], input=json.dumps(docs), capture_output=True, text=True, check=True)
    theirs = {t: {ref: round(w, 3) for ref, w in p.items()} for t, p in json.loads(run.stdout).items() if p}
    entries = [o.Entry(d["location"], d["title"], (d["text"],)) for d in docs]
    ours = {t: {docs[n]["location"]: round(w, 3) for n, w in p.items()} for t, p in o.weights(entries, CONFIG).items()}
    assert ours == theirs


def test_shards_split_large_prefixes_and_keep_every_term_once() -> None:
    index = {f"co{chr(97 + i)}{j}": {k: 1.5 for k in range(300)} for i in range(5) for j in range(10)}
    index |= {"co": {0: 1.0}, "c": {1: 2.0}, "dawn": {2: 3.0}}
    keyed = o.shards(index)
    assert sorted(t for ts in keyed.values() for t in ts) == sorted(index)
    assert keyed["c"] == ["c"] and keyed["co"] == ["co"] and keyed["da"] == ["dawn"]
    assert {k for k in keyed if k.startswith("coa")} and all(len(k) <= o.MAX_KEY for k in keyed)
    for key, terms in keyed.items():
        assert all(t.startswith(key) for t in terms)
        assert len(terms) == 1 or sum(o._size(t, index[t]) for t in terms) <= o.SHARD_BYTES or len(key) == o.MAX_KEY


def test_file_name_is_injective_and_plain() -> None:
    keys = ["co", "c-", "中文", "é", "e\u0301", "a/b", ".."]
    names = [o.file_name(k) for k in keys]
    assert len(set(names)) == len(keys)
    assert all(re.fullmatch(r"[0-9a-f]+(-[0-9a-f]+)*", n) for n in names)


HOSTILE_TITLE = "</script><script>alert(1)</script> & <!-- x"
HOSTILE_TEXT = ("<p>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt; "
                "&lt;!-- ]]&gt; \" ' ` \\u2028 ${x} {{ x }} uniqueword</p>")


def hostile_index() -> dict[str, object]:
    return {"config": CONFIG, "docs": [
        {"location": "sources/a.html", "title": html.escape(HOSTILE_TITLE, quote=False), "text": ""},  # as the search plugin escapes it
        {"location": "sources/a.html#text", "title": "Text", "text": HOSTILE_TEXT},
        {"location": "people/b.html", "title": "Harbour strike leaders", "text": "<p>The harbour strike.</p>"},
    ]}


def test_files_hold_no_markup_and_read_back_exactly() -> None:
    made = o.files(hostile_index())
    assert set(made) >= {"search/offline/meta.js", "search/offline/d/0.js"}
    for path, text in made.items():
        assert not re.search("[<>&\u2028\u2029]", text), path
        assert WRAPPER.match(text), path
    meta = args(made["search/offline/meta.js"])[0]
    assert meta["title"][0] == HOSTILE_TITLE  # the plain text, exactly
    assert meta["pages"] == ["sources/a.html", "people/b.html"] and meta["anchor"] == ["", "#text", ""]
    assert args(made["search/offline/d/0.js"])[1][1] == [
        "</script><img src=x onerror=alert(1)> &lt;b&gt; <!-- ]]> \" ' ` \\u2028 ${x} {{ x }} uniqueword"]
    assert o.files(hostile_index()) == made  # deterministic


def test_small_index_keeps_the_configuration_only() -> None:
    assert json.loads(o.small_index(CONFIG)) == {"config": CONFIG, "docs": []}


PAGE = """<!doctype html><html><body>
<script src="shim.js"></script>
<script>
window.replies = [];
const w = new IFrameWorker(new URL("assets/offline-search-worker.js", location.href).href);
w.addEventListener("message", e => window.replies.push(e.data));
window.send = m => w.postMessage(m);
</script></body></html>"""


@pytest.fixture(scope="module")
def worker_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The worker, the shim and the files of `hostile_index` in a folder, as the bundle lays them out."""
    site = tmp_path_factory.mktemp("worker")
    o.write(site, sorted(o.files(hostile_index()).items()))
    (site / "assets").mkdir()
    shutil.copyfile(ROOT / "docs" / "assets" / "offline-search-worker.js", site / "assets" / "offline-search-worker.js")
    shutil.copyfile(ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js", site / "shim.js")
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    return site


@pytest.fixture()
def page(worker_site: Path) -> Iterator[object]:
    """A fresh page running the worker, set up (SETUP answered by READY)."""
    from playwright.sync_api import sync_playwright

    flags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=flags, headless=True)
        pg = browser.new_page()
        pg.requests = []  # type: ignore[attr-defined]
        pg.on("request", lambda r: pg.requests.append(r.url))  # type: ignore[attr-defined]
        pg.errors = []  # type: ignore[attr-defined]
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
        pg.goto((worker_site / "index.html").as_uri())
        pg.evaluate("send({type: 0, data: {config: {}, docs: []}})")
        pg.wait_for_function("replies.length === 1")
        assert pg.evaluate("replies[0]") == {"type": 1}
        yield pg
        browser.close()


def ask(page: object, query: str, replies: int = 1) -> dict[str, object]:
    """The worker's last answer to `query`, after `replies` answers (2 when the results
    come first and the teasers' texts after)."""
    n = page.evaluate("replies.length")  # type: ignore[attr-defined]
    page.evaluate("q => send({type: 2, data: q})", query)  # type: ignore[attr-defined]
    page.wait_for_function(f"replies.length >= {n + replies}")  # type: ignore[attr-defined]
    reply = page.evaluate("replies[replies.length - 1]")  # type: ignore[attr-defined]
    assert reply["type"] == 3
    return reply["data"]


SHOWN = """html => { const d = document.createElement('div'); d.innerHTML = html;
  return [[...d.querySelectorAll('*')].map(e => e.tagName), d.textContent]; }"""


@pytest.mark.browser
def test_worker_shows_hostile_text_as_text(page: object) -> None:
    n = page.evaluate("replies.length")  # type: ignore[attr-defined]
    result = ask(page, "uniqueword", replies=2)
    # first the results with their titles, at once; then again with the teasers' texts
    early = page.evaluate(f"replies[{n}]")["data"]  # type: ignore[attr-defined]
    assert [[i["text"] for i in g] for g in early["items"]] == [["", ""]]
    (group,) = result["items"]
    article, section = sorted(group, key=lambda i: i["location"])
    assert article["location"] == "sources/a.html" and section["location"] == "sources/a.html#text"
    tags, text = page.evaluate(SHOWN, article["title"])  # type: ignore[attr-defined]
    assert tags == [] and text == HOSTILE_TITLE
    tags, text = page.evaluate(SHOWN, section["text"])  # type: ignore[attr-defined]
    assert set(tags) == {"P", "MARK"} and tags.count("MARK") == 1
    assert text == "</script><img src=x onerror=alert(1)> &lt;b&gt; <!-- ]]> \" ' ` \\u2028 ${x} {{ x }} uniqueword"
    # a query of the hostile words themselves finds them and still shows only text
    result = ask(page, "<script>alert(1)</script>")
    titles = [i["title"] for g in result["items"] for i in g]
    for title in titles:
        tags, _ = page.evaluate(SHOWN, title)  # type: ignore[attr-defined]
        assert set(tags) <= {"MARK"}
    assert page.errors == []  # type: ignore[attr-defined]


@pytest.mark.browser
def test_worker_loads_only_the_shards_a_query_needs_and_ranks_titles_first(page: object) -> None:
    before = len(page.requests)  # type: ignore[attr-defined]
    result = ask(page, "harb strike", replies=2)
    loaded = [u.rsplit("/search/offline/", 1)[1] for u in page.requests[before:]]  # type: ignore[attr-defined]
    shards = sorted(u for u in loaded if u.startswith("t/"))
    assert shards == [f"t/{o.file_name(k)}.js" for k in ("ha", "st")]
    groups = result["items"]
    assert [g[0]["location"] for g in groups] == ["people/b.html"]
    assert groups[0][0]["title"] == "<mark>Harbour</mark> <mark>strike</mark> leaders"
    assert groups[0][0]["terms"] == {"harb": True, "strike": True}
    # whole words: "quoted" and +word must be present; a word only as a prefix does not count
    assert ask(page, '"harb"')["items"] == []
    assert [g[0]["location"] for g in ask(page, "+harbour")["items"]] == ["people/b.html"]
    assert ask(page, "harbour -strike")["items"] == []
    # a word no shard holds: no results, and no error
    assert ask(page, "zzzz")["items"] == []
    assert page.errors == []  # type: ignore[attr-defined]

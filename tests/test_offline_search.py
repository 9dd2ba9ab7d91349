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

import material
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
    ("ÉLITE Straße", ["elite", "strasse"]),  # accents folded (folding.fold)
    ("— a … to", []),
    ("snake_case_", ["snake_case"]),
    ("中文 текст", ["中文", "текст"]),
    # punctuation inside a piece between separators cuts it into words (attack c3)
    ("said the <i>Ministry</i> of ${Finance}", ["ministry", "finance"]),
    ("sales/marketing (M&F) [EY] x=y a:b", ["sales", "marketing", "m", "f", "ey", "x", "y", "b"]),
    ("</b>Smith<script> O'Hara-Smith", ["b", "smith", "script", "o'hara", "smith"]),
    ("1,000 3.5 U.S. example.com 2013.", ["1,000", "3.5", "u", "s", "example", "com", "2013"]),
    ("O\u2019Hara’s __proto__ hasOwnProperty", ["o\u2019hara’s", "proto", "hasownproperty"]),
    ("हिन्दी cafe\u0301 naïve", ["हिन्दी", "cafe", "naive"]),  # marks are part of a word (folded after Latin letters)
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
    maps = list((Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers").glob("*.js.map"))
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


def test_shards_are_pairs_never_object_literals() -> None:
    """A shard's terms are `[term, postings]` pairs: in an object literal a key
    `__proto__` would set the object's prototype instead of holding a term."""
    made = o.files(hostile_index())
    shard_files = [p for p in made if p.startswith("search/offline/t/")]
    assert shard_files
    for path in shard_files:
        key, pairs = args(made[path])
        assert isinstance(pairs, list) and pairs
        assert all(isinstance(t, str) and t.startswith(key) and isinstance(p, list) for t, p in pairs)
        assert not re.search(r'"[^"]*":', made[path]), path  # no object key anywhere
    assert args(made["search/offline/meta.js"])[0]["term"] == o.TERM


def test_the_plugin_ships_the_worker_that_reads_its_files(tmp_path: Path) -> None:
    """A dossier made by `builder new` keeps a copy of the assets from its day: the site's
    worker is replaced by the builder's own, which reads the files as they are written now."""
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "search" / "search_index.json").write_text(json.dumps(hostile_index()), encoding="utf-8")
    (site / "assets" / "offline-search-worker.js").write_text("/* an older worker */", encoding="utf-8")
    o.OfflineSearchPlugin().on_post_build(config={"site_dir": str(site)})
    assert (site / "assets" / "offline-search-worker.js").read_bytes() == (
        ROOT / "docs" / "assets" / "offline-search-worker.js").read_bytes()
    assert (site / "search" / "offline" / "meta.js").is_file()
    assert json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"] == []


# The worker run by node, as a dedicated worker runs it (importScripts, postMessage),
# over a site folder: prints the last answer to each query of the JSON list on stdin.
WORKER = """
const fs = require('fs'), vm = require('vm'), url = require('url'), path = require('path');
const [worker, site] = process.argv.slice(2);
const replies = [], errors = [];
let onmessage = null;
const ctx = {
  URL, Promise, Map, Set, Float64Array, Uint32Array, Uint8Array,
  console: {warn: e => errors.push(String(e)), log: () => {}},
  location: {href: url.pathToFileURL(path.join(site, 'assets', 'offline-search-worker.js')).href},
  importScripts: u => vm.runInContext(fs.readFileSync(url.fileURLToPath(u), 'utf8'), ctx),
  addEventListener: (type, fn) => { if (type === 'message') onmessage = fn; },
  postMessage: m => replies.push(JSON.parse(JSON.stringify(m))),
};
ctx.self = ctx;
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(worker, 'utf8'), ctx);
const settle = () => new Promise(r => setImmediate(r));
(async () => {
  const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
  onmessage({data: {type: 0, data: {config: {}, docs: []}}});
  await settle();
  if (replies.length !== 1 || replies[0].type !== 1) throw new Error('no READY');
  const out = [];
  for (const q of queries) {
    const n = replies.length;
    onmessage({data: {type: 2, data: q}});
    for (let i = 0; i < 100 && replies.length === n; i++) await settle();
    for (let i = 0; i < 10; i++) await settle();
    out.push(replies[replies.length - 1].data);
  }
  console.log(JSON.stringify({answers: out, errors}));
})();
"""


def run_worker(tmp_path: Path, index: dict[str, object], queries: list[str]) -> list[dict[str, object]]:
    """The worker's answers (the theme's RESULT data) to `queries`, run by node over the
    files `o.files(index)` in a folder laid out as the bundle's; no warning allowed."""
    node = shutil.which("node")
    assert node, "node is missing (`make test` installs the npm packages with it)"
    site = tmp_path / "site"
    o.write(site, sorted(o.files(index).items()))
    script = tmp_path / "worker.cjs"
    script.write_text(WORKER, encoding="utf-8")
    worker = ROOT / "docs" / "assets" / "offline-search-worker.js"
    run = subprocess.run([node, str(script), str(worker), str(site)], input=json.dumps(queries),
                         capture_output=True, text=True, check=True)
    out = json.loads(run.stdout)
    assert out["errors"] == []
    return out["answers"]


def locations(answer: dict[str, object]) -> list[str]:
    return [item["location"] for group in answer["items"] for item in group]  # type: ignore[attr-defined, index]


PROTOTYPE_WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf",
                   "__defineGetter__", "propertyIsEnumerable", "toLocaleString"]


@pytest.mark.slow
def test_words_of_objects_prototype_are_terms_like_any_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Attack c10: a term looked up as a property found `constructor` on every shard
    (Object.prototype), its postings a function, and the whole query failed. Here the
    `co` shard is split (`con`, `cons`, ...) as at scale, and each word of
    Object.prototype is found, as a whole word and by its prefixes."""
    monkeypatch.setattr(o, "SHARD_BYTES", 120)
    filler = " ".join(f"con{a}{b}x" for a in "abcdefgh" for b in "abcdefgh")
    index = {"config": CONFIG, "docs": [
        {"location": "a.html", "title": "Bridge", "text": "<p>" + " and ".join(PROTOTYPE_WORDS) + " of the bridge</p>"},
        {"location": "b.html", "title": "Filler", "text": f"<p>{filler} co con cons</p>"},
        {"location": "c.html", "title": "Other", "text": "<p>a bridge with no such word</p>"},
    ]}
    keys = args(o.files(index)["search/offline/meta.js"])[0]["keys"]
    assert {"co", "con", "cons"} <= set(keys)  # "constructor" lies in "cons", not in "co" or "con"
    queries = PROTOTYPE_WORDS + [w.lower() for w in PROTOTYPE_WORDS] + ["constr", "constructo", '"constructor"', "+constructor"]
    answers = run_worker(tmp_path, index, queries)
    for q, answer in zip(queries, answers, strict=True):
        assert "a.html" in locations(answer), q
    for q, answer in zip(["con", "cons"], run_worker(tmp_path, index, ["con", "cons"]), strict=True):
        assert set(locations(answer)) >= {"a.html", "b.html"}, q
    # a word the entry lacks is reported missing (false), however it is spelt
    (bridge, constructor, proto) = run_worker(tmp_path, index, ["bridge constructor", "constructor zzzz", "bridge __proto__"])
    assert {i["location"]: i["terms"] for g in bridge["items"] for i in g}["c.html"] == {"bridge": True, "constructor": False}
    assert constructor["items"][0][0]["terms"] == {"constructor": True, "zzzz": False}
    assert {i["location"]: i["terms"] for g in proto["items"] for i in g}["c.html"] == {"bridge": True, "proto": False}


def test_punctuation_inside_a_word_cuts_it_on_both_sides(tmp_path: Path) -> None:
    """Attack c3: `said the <i>Ministry</i> of` (angle brackets in the source's own text)
    was the term `i>ministry</i`, so "ministry" found nothing. The index and the query cut
    words alike: each word is found, a query written with the punctuation finds it too,
    and the teaser marks the word only."""
    index = {"config": CONFIG, "docs": [
        {"location": "a.html", "title": "Quotes",
         "text": "<p>said the &lt;i&gt;Ministry&lt;/i&gt; of ${Finance} (M&amp;F)</p><p>sales/marketing staff</p>"},
        {"location": "b.html", "title": "Other", "text": "<p>nothing to see</p>"},
    ]}
    queries = ["ministry", "minis", "Finance", "marketing", "sales", "sales/marketing", "<i>Ministry</i>", "+ministry", '"marketing"']
    for q, answer in zip(queries, run_worker(tmp_path, index, queries), strict=True):
        assert locations(answer) == ["a.html"], q
    (ministry,) = run_worker(tmp_path, index, ["ministry"])
    assert ministry["items"][0][0]["text"] == "<p>said the &lt;i&gt;<mark>Ministry</mark>&lt;/i&gt; of ${Finance} (M&amp;F)</p>"


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


@pytest.mark.slow
def test_the_bundles_404_page_links_relatively_and_the_hosted_one_absolutely(tmp_path: Path) -> None:
    """Review 10, L9: the bundle's 404 page had root-absolute links (`/assets/...`), so from
    file:// it came unstyled. In the bundle every link and script of it resolves to a file
    of the bundle; the hosted site keeps MkDocs' absolute links (a host serves the page at
    any address)."""
    from conftest import FIXTURE, hand_written_docs, mkdocs_build, mkdocs_config, run_builder

    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    built = run_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs), directory_urls=False)
    assert built.returncode == 0, built.stderr
    hosted = mkdocs_config(tmp_path, docs, tmp_path / "site", directory_urls=False)
    offline = tmp_path / "mkdocs.offline.yml"
    offline.write_text((ROOT / "mkdocs.offline.yml").read_text(encoding="utf-8"), encoding="utf-8")  # INHERIT: mkdocs.yml, beside it
    for config in (hosted, offline):
        result = mkdocs_build(config)
        assert result.returncode == 0, result.stderr[-2000:]
        page = (tmp_path / "site" / "404.html").read_text(encoding="utf-8")
        targets = re.findall(r'(?:href|src)="([^"#?]+)', page)
        assert len(targets) >= 10
        if config is hosted:
            assert any(t.startswith("/assets/") for t in targets)
            continue
        assert not [t for t in targets if t.startswith("/")]
        local = [t for t in targets if "://" not in t]
        # (the iframe-worker shim is put in assets/vendor/ by scripts/pack_offline.py)
        missing = [t for t in local if not (tmp_path / "site" / t).exists() and "/vendor/" not in t]
        assert local and not missing, missing

"""The builder's raw HTML blocks held out of Python-Markdown (`rawblocks`): only blocks
Markdown would hand through untouched are held, they come back byte for byte, the site is
the same with and without the plugin, and MkDocs still checks links to their anchors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import escaping
from builder.present import blocksearch, rawblocks

from conftest import FIXTURE, ROOT, call_builder, examples, hand_written_docs, mkdocs_build, mkdocs_config

EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "pymdownx.details", "toc"]

PAGE = """# Title

<p class="para" id="p-1"><a class="pnum" href="#p-1"></a>Text &lt;b&gt; *not em*</p>

Some *Markdown* text.

<div class="panel" data-search-exclude>
<ul>
<li>x</li>
</ul>
</div>

<p class="source-meta" markdown>
**kept for Markdown**
</p>

<span class="inline">not a block</span>

<div class="open">
unclosed in this chunk

</div>

```html
<p class="para" id="p-9">in a fence</p>

<div>still fenced</div>
```

    <p>indented: code</p>

<table>
<tr><td id="t-1">cell</td></tr>
</table>
"""


def test_hold_takes_only_whole_blocks_markdown_would_pass_through() -> None:
    text, held = rawblocks.hold(PAGE)
    assert [b.split(">", 1)[0] for b in held] == ['<p class="para" id="p-1"', '<div class="panel" data-search-exclude', "<table"]
    assert held.place(0) in text and held.place(2) in text and held.place(3) not in text
    for kept in ("markdown>", '<span class="inline">', '<div class="open">', "in a fence", "still fenced", "    <p>indented"):
        assert kept in text, kept
    assert rawblocks.anchors(held) == {"p-1", "t-1"}


@pytest.mark.parametrize("forged", [
    "<!--dossier-block-0-->", "<!--dossier-block-7-->", "<!--dossier-block-99999999999999999999-->",  # /tmp/attack-repro/c2
])
def test_a_placeholder_written_in_the_page_stands_for_no_block(forged: str) -> None:
    """The comments standing for held blocks carry a nonce made from the whole page: a
    comment written in the page's own text (the home page's Markdown, say) is left as it
    is, never replaced by a block nor an error, and the site stays the same each build."""
    page = f"# Home\n\n{forged}\n\nText {forged} inline.\n\n" + PAGE
    text, held = rawblocks.hold(page)
    assert rawblocks.hold(page) == (text, held) and rawblocks.hold(page)[1].mark == held.mark  # deterministic
    html = markdown.markdown(text, extensions=EXTENSIONS)
    restored = rawblocks.restore(html, held)
    assert restored == markdown.markdown(page, extensions=EXTENSIONS)
    assert restored.count(forged) == 2 and restored.count('<p class="para" id="p-1">') == 1
    forged_mark = held.place(7)  # even the page's own mark with an index past its blocks
    assert rawblocks.restore(forged_mark, held) == forged_mark
    assert rawblocks.restore("<!--dossier-block-7-->", rawblocks.Held([], "dossier-block-")) == "<!--dossier-block-7-->"


def test_a_run_of_blocks_is_one_comment() -> None:
    """Blocks with only blank lines between them are held as one run behind one comment
    (Python-Markdown's work is per chunk of the page); Markdown between them, or a
    fence, ends a run."""
    blocks = [f'<p class="para" id="p-{n}">text {n}</p>' for n in range(5)]
    excluded = '<div class="panel" data-search-exclude>\n<ul>\n<li>x</li>\n</ul>\n</div>'
    page = "\n\n".join(["# T", excluded, blocks[0], blocks[1], "", blocks[2], "Some *Markdown*.", blocks[3],
                        "```\nfenced\n```", blocks[4]]) + "\n"
    text, held = rawblocks.hold(page)
    assert text.count("<!--dossier-block-") == 3 == len(held)
    assert held.blocks == [[excluded, blocks[0], blocks[1], blocks[2]], [blocks[3]], [blocks[4]]]
    assert held[0] == "\n\n".join(held.blocks[0])
    assert held.runs() == {f"{held.mark}{n}": run for n, run in enumerate(held)}
    assert rawblocks.restore(markdown.markdown(text, extensions=EXTENSIONS), held) == markdown.markdown(page, extensions=EXTENSIONS)
    assert rawblocks.anchors(held) == {f"p-{n}" for n in range(5)}


def test_anchors_come_from_tags_not_text() -> None:
    """Text reading ` id="x"` (/tmp/attack-repro/c6) registers no anchor: MkDocs' link
    check must not pass a link to it."""
    held = ['<p class="para" id="p-1"><a class="pnum" href="#p-1"></a>see id="fake" and  id="x2"</p>',
            '<ul>\n<li ID="li-1" title=\' id="t"\'>a id="y"</li>\n</ul>', '<div data-id="no">x</div>']
    assert rawblocks.anchors(held) == {"p-1", "li-1"}


def test_held_blocks_come_back_as_markdown_would_render_them() -> None:
    text, held = rawblocks.hold(PAGE)
    assert rawblocks.restore(markdown.markdown(text, extensions=EXTENSIONS), held) == markdown.markdown(PAGE, extensions=EXTENSIONS)


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["p", "div", "ul", "md", "fence", "heading"]), TEXT), min_size=1, max_size=6))
def test_any_page_of_blocks_renders_the_same_held_or_not(parts: list[tuple[str, str]]) -> None:
    """Pages of raw blocks with escaped text (anything in it), Markdown paragraphs and
    fenced code between them: held and put back, the HTML is Markdown's own."""
    chunks = []
    for kind, text in parts:
        if kind == "p":
            chunks.append(f'<p class="para" id="p-{len(chunks)}">{escaping.html_block(text)}</p>')
        elif kind == "div":
            chunks.append(f'<div class="event">\n<p>{escaping.html_block(text)}</p>\n</div>')
        elif kind == "ul":
            chunks.append(f'<ul class="mentions">\n<li>{escaping.html_block(text)}</li>\n</ul>')
        elif kind == "md":
            chunks.append(escaping.escape(text) or "x")
        elif kind == "fence":
            chunks.append(f"```\n<p>{escaping.html_block(text)}</p>\n```")
        else:
            chunks.append(f"## {escaping.escape(text) or 'x'}")
    page = "\n\n".join(chunks) + "\n"
    text, held = rawblocks.hold(page)
    assert rawblocks.restore(markdown.markdown(text, extensions=EXTENSIONS), held) == markdown.markdown(page, extensions=EXTENSIONS)


def render_both_ways(tmp: Path, docs: Path) -> tuple[Path, Path]:
    """`mkdocs build --strict` of `docs` with the plugin (the project's mkdocs.yml) and
    without it."""
    with_plugin, without = tmp / "with", tmp / "without"
    config = mkdocs_config(tmp, docs, with_plugin)
    assert "  - dossier-blocks\n" in config.read_text(encoding="utf-8")
    assert mkdocs_build(config).returncode == 0
    plain = tmp / "plain"
    plain.mkdir()
    config = mkdocs_config(plain, docs, without)
    config.write_text(config.read_text(encoding="utf-8").replace("  - dossier-blocks\n", ""), encoding="utf-8")
    built = mkdocs_build(config)
    assert built.returncode == 0, built.stderr
    return with_plugin, without


@pytest.mark.slow
def test_the_site_is_byte_for_byte_the_same_with_or_without_the_plugin(tmp_path: Path) -> None:
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    assert call_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs)).returncode == 0
    with_plugin, without = render_both_ways(tmp_path, docs)
    files = sorted(p.relative_to(without) for p in without.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(with_plugin) for p in with_plugin.rglob("*") if p.is_file())
    assert len(files) > 30
    for rel in files:
        assert (with_plugin / rel).read_bytes() == (without / rel).read_bytes(), rel


@pytest.mark.slow
@pytest.mark.parametrize(("anchor", "found"), [("p-2", True), ("p-999", False)])
def test_links_to_anchors_in_held_blocks_are_still_checked(tmp_path: Path, anchor: str, found: bool) -> None:
    """A Markdown link to a paragraph of a source page (whose paragraphs are held out of
    Markdown) passes MkDocs' strict check when the paragraph exists, and fails it when not."""
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    assert call_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs)).returncode == 0
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    source = data["sources"][0]["id"]
    (docs / "notes.md").write_text(f"# Notes\n\n[the second paragraph](sources/{source}.md#{anchor})\n", encoding="utf-8")
    built = mkdocs_build(mkdocs_config(tmp_path, docs, tmp_path / "site"))
    assert (built.returncode == 0) is found, built.stderr[-2000:]
    if not found:
        assert f"does not contain an anchor '#{anchor}'" in built.stderr


def test_pages_the_builder_did_not_make_are_left_to_markdown(tmp_path: Path) -> None:
    """A hand-written page's raw HTML is Markdown's business (the manifest names the
    builder's pages); with no manifest nothing is held."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    plugin = rawblocks.RawBlocksPlugin()
    plugin.on_pre_build(config={"docs_dir": str(docs)})
    assert plugin.generated == set()
    (docs / ".dossier-manifest.json").write_text(json.dumps({"files": ["sources/a.md"]}), encoding="utf-8")
    plugin.on_pre_build(config={"docs_dir": str(docs)})

    class File:
        def __init__(self, uri: str) -> None:
            self.src_uri = uri

    class Page:
        def __init__(self, uri: str) -> None:
            self.file = File(uri)
            self.present_anchor_ids: set[str] = set()

    block = '<p class="para" id="p-1">x</p>'
    assert plugin.on_page_markdown(block, page=Page("about.md"), config={}, files=None) == block
    page = Page("sources/a.md")
    place = rawblocks.hold(block)[1].place(0)
    assert plugin.on_page_markdown(block, page=page, config={}, files=None) == place
    assert plugin.on_page_content(place + "\n", page=page, config={}, files=None) == block + "\n"
    assert page.present_anchor_ids == {"p-1"}


def search_sections(html: str, runs: dict[str, str] | None = None) -> list[tuple[str, str, str, bool]]:
    """The sections mkdocs-material's search parser makes of `html`: (heading, id, text,
    excluded), the text of a section excluded from search (never indexed) left out; with
    `runs`, the sections `blocksearch.BlockParser` makes of `html` holding their comments."""
    from material.plugins.search.plugin import Parser

    parser = Parser() if runs is None else blocksearch.BlockParser(runs)
    parser.feed(html)
    parser.close()
    return [("".join(s.title), str(s.id), "" if s.is_excluded() else "".join(s.text), s.is_excluded()) for s in parser.data]


SEARCH_PAGE_PARTS = st.sampled_from([
    '<p class="para" id="p-{n}"><a class="pnum" href="#p-{n}" data-n="{n}"></a>{t}</p>',
    '<p class="para quoted" data-speakers="X" id="p-{n}"><a class="pnum" href="#p-{n}"></a><a class="entity" href="x.html" title="s">{t}</a>'
    ' <time datetime="2013" title="y" tabindex="0">{t}</time>  {t}<em>{t}</em></p>',
    '<div class="panel" data-search-exclude>\n<details class="abstract" open="open">\n<summary>In this source</summary>\n<ul>\n<li>{t}</li>\n</ul>\n</details>\n</div>',
    '<ul class="mentions">\n<li><a href="x.html#p-1">¶1</a> {t}<strong>{t}</strong>{t}</li>\n<li>{t}</li>\n</ul>',
    "<table>\n<thead>\n<tr>\n<th>Stated</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>{t}</td>\n<td><a href=\"x.html\">{t}</a></td>\n</tr>\n</tbody>\n</table>",
    '<div class="event" id="e-{n}">\n<p><strong>{t}</strong> — <strong>{t}</strong></p>\n<p>{t}</p>\n</div>',
    # blocks the shortcut cannot stand for: parsed whole
    '<div class="x">\n<h3 id="h-{n}">{t}</h3>\n<p>{t}</p>\n</div>',
    '<div>\n<ul data-search-exclude><li>{t}</li></ul>\n<p>{t}</p>\n</div>',
    '<div data-search-exclude>\n<div>{t}</div>\n<p>{t}</p>\n</div>',
    '<p class="para" title="a>b">{t}<br/>{t}<!-- c --></p>',
    '<pre><code>{t}\n  {t}</code></pre>',
    "## {m} {{ data-search-exclude }}", "## {m}", "Some {m} Markdown.", "- {m}\n- *{m}*",
])


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.tuples(SEARCH_PAGE_PARTS, st.lists(TEXT, min_size=1, max_size=4)), min_size=1, max_size=8),
       st.booleans())
def test_held_runs_are_indexed_as_the_whole_page(parts: list[tuple[str, list[str]]], titled: bool) -> None:
    """Pages of the builder's blocks (escaped text of any kind, runs of spaces between
    tags, blocks the shortcut cannot take), headings (excluded or not) and Markdown: the
    search parser makes the same sections of the page with its runs held behind their
    comments as of the whole page."""
    chunks = []
    for n, (part, texts) in enumerate(parts):
        t = [escaping.html_block(x) for x in texts]
        chunks.append(part.format(n=n, t=t[n % len(t)] if t else "", m=escaping.escape(texts[0]) or "x"))
    page = ("# Title\n\n" if titled else "") + "\n\n".join(chunks) + "\n"
    text, held = rawblocks.hold(page)
    body = markdown.markdown(text, extensions=EXTENSIONS)
    assert search_sections(body, held.runs()) == search_sections(rawblocks.restore(body, held))


EXCLUDED = ("div", (("data-search-exclude", None),))


@pytest.mark.parametrize(("run", "calls"), [
    ('<div class="panel" data-search-exclude>\n<ul>\n<li>x</li>\n</ul>\n</div>', [(0, EXCLUDED), (1, "div")]),
    ('<p class="para" id="p-1"><a class="pnum" href="#p-1"></a>A <a class="entity" href="x">B</a>&#32;&#32;<time>C</time></p>',
     [(0, "p"), (2, "A "), (2, "B"), (2, "  "), (2, "C"), (1, "p")]),
    ('<ul class="mentions">\n<li><a href="x#p-2">¶2</a> a <strong>b</strong></li>\n</ul>',
     [(0, "ul"), (2, "\n"), (0, "li"), (2, "¶2"), (2, " a "), (2, "b"), (1, "li"), (2, "\n"), (1, "ul")]),
    # an attribute's value, not its name (/tmp/attack-repro/c5: a speaker named data-search-exclude): indexed
    ('<p class="para" data-speakers="data-search-exclude">said</p>', [(0, "p"), (2, "said"), (1, "p")]),
    ('<p class="para" DATA-SEARCH-EXCLUDE="">x</p>', [(0, ("p", (("data-search-exclude", None),))), (1, "p")]),
    ('<div data-search-exclude>\n<div>x</div>\n</div>', None),  # the parser stops skipping at the inner </div>
])
def test_tokens(run: str, calls: list[tuple[int, object]] | None) -> None:
    assert blocksearch.plain(run)
    assert blocksearch.tokens(run) == calls


@pytest.mark.parametrize("run", [
    '<div class="x">\n<h3 id="h">heading</h3>\n</div>',  # a section of its own
    "<div>\n<script>var a = '<p>';</script>\n</div>",
    "<p>a<!-- b --></p>", "<p>a<br/>b</p>", '<p title="a>b">x</p>', "<p>a</p></p>", "<div><p>a</div>",
    '<div>\n<table class="linenodiv"><tr><td>1</td></tr></table>\n</div>',
])
def test_runs_the_shortcut_cannot_stand_for(run: str) -> None:
    assert not blocksearch.plain(run)


def test_the_kept_tags_are_the_theme_parsers() -> None:
    from material.plugins.search.plugin import Parser

    assert Parser().keep == blocksearch.KEEP


ATTRIBUTE_PARTS = st.sampled_from([
    ' id="a"', ' ID="b"', ' data-id="c"', ' xid="d"', " title=' id=\"e\"'", ' class="id"', '/id="f"', ' id=g', ' id', ' data-n="1"',
])


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["p", "a", "div", "time", "li"]), st.lists(ATTRIBUTE_PARTS, max_size=3), TEXT),
                min_size=1, max_size=6))
def test_anchors_are_the_ids_of_every_start_tag(tags: list[tuple[str, list[str], str]]) -> None:
    """`anchors` reads only the tags with the word `id` in them; it finds what reading
    every tag's attributes finds."""
    block = "".join(f"<{name}{''.join(attrs)}>{escaping.html_block(text)}</{name}>" for name, attrs, text in tags)
    every = {
        attrs["id"] for tag in rawblocks._TAG.finditer(block)
        if not tag.group(1) and "id" in (attrs := rawblocks.attributes(tag.group(3)))
    }
    assert rawblocks.anchors([block]) == every


def test_a_run_of_very_many_blocks_is_made_once() -> None:
    """Review 9: a source of 100,000 tiny paragraphs made `hold` quadratic (each block
    appended to its run copied the run so far). The run is made once, from its blocks,
    and comes back whole."""
    blocks = [f'<p class="para" id="p-{n}">Word {n}.</p>' for n in range(20_000)]
    page = "# x\n\n" + "\n\n".join(blocks) + "\n"
    text, held = rawblocks.hold(page)
    assert len(held) == 1 and held.blocks == [blocks] and held[0] == "\n\n".join(blocks)
    assert text == f"# x\n\n{held.place(0)}"  # (the trailing newline went with the last block's chunk)
    assert rawblocks.restore(f"<h1>x</h1>\n{held.place(0)}", held) == "<h1>x</h1>\n" + "\n\n".join(blocks)

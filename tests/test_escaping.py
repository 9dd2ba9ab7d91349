"""Untrusted text through the real Markdown pipeline: the reader sees exactly the source,
and no element or attribute comes from it (property-based, hypothesis)."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from builder import escaping
from builder.annotate.matcher import Matcher, resolve
from builder.link.timeline import explain_date
from builder.model import Alias, Entity
from builder.present.markup import Marker, Span, escape, escape_attr
from builder.present.render import environment
from builder.read.text import split_paragraphs

from htmltext import texts_by_id

EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "pymdownx.details", "toc"]
NASTY = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">x</a>',
    "*em*", "**strong**", "_u_", "[link](http://x)", "![img](x.png)", "# heading", "- item", "1. item",
    "> quote", "| a | b |", "`code`", "<!-- c -->", "[ref]: http://x", "{ .cls #id }", "{: .x}",
    "{{ var }}", "{% tag %}", "&amp;", "&#60;", "&lt;b&gt;", "\\*", "~~s~~", "==m==", "^^c^^", "++k++",
    ":smile:", "  ", "\t", "1993.", "---", "===", "Hun Sen's", "Hun Sen’s", "“Hun Sen”", "[Hun Sen]",
]
REGISTRY = [
    Entity("hun-sen", "person", "Hun Sen", (Alias("Hun Sen"),), 'Summary with "quotes" & <b>tags</b> {x}'),
    Entity("cpp", "party", "Cambodian People's Party", (Alias("Cambodian People's Party"), Alias("CPP")), "A party"),
]
MATCHER = Matcher(REGISTRY)
MARKER = Marker(environment())

piece = st.one_of(st.sampled_from(NASTY), st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8))
paragraph = st.lists(st.one_of(piece, st.just(" "), st.just("\n"), st.sampled_from(["Hun Sen", "CPP"])), min_size=1, max_size=25).map("".join)


def render(text: str) -> BeautifulSoup:
    """The paragraph as the site's Markdown pipeline renders it."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    kinds = {e.id: e for e in REGISTRY}
    spans = [
        Span(h.start, h.end, "entity", f"people/{e}.md", kinds[e].kind, kinds[e].summary)
        for h, e in resolve(MATCHER.hits(text)) if start <= h.start and h.end <= end
    ]
    md = MARKER.paragraph(text, start, end, 1, spans, "sources/s.md", False)
    html = markdown.markdown(md, extensions=EXTENSIONS)
    soup = BeautifulSoup(html, "html.parser")
    soup.raw = html  # type: ignore[attr-defined]
    return soup


ALLOWED = {
    ("p", "id"), ("p", "class"), ("a", "class"), ("a", "href"), ("a", "data-n"), ("a", "aria-label"),
    ("a", "title"), ("time", "datetime"), ("time", "title"), ("time", "tabindex"),
}


@pytest.mark.slow
@example("\ufdd0")
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph)
def test_text_shows_exactly_and_adds_no_markup(text: str) -> None:
    assume(len(split_paragraphs(text)) == 1)  # a paragraph has no blank line
    soup = render(text)
    p = soup.select_one("#p-1")
    assert p is not None, str(soup)
    assert texts_by_id(soup.raw)["p-1"] == text.strip()
    for el in soup.find_all(True):
        for attr in el.attrs:
            assert (el.name, attr) in ALLOWED, (el.name, attr, text)
    assert len(soup.find_all(True)) == 2 + len(p.select("a.entity"))
    for a in p.select("a.entity"):
        assert a["href"].startswith("../people/")


def test_summary_becomes_a_plain_title() -> None:
    soup = render("Hun Sen spoke")
    a = soup.select_one("a.entity")
    assert a["title"] == 'Summary with "quotes" & <b>tags</b> {x}'
    assert a.get_text() == "Hun Sen"


ESCAPES = [
    ("1993. The end", "1993&#46; The end"),
    ("# head", "&#35; head"),
    ("- item", "&#45; item"),
    ("  lead", "&#32;&#32;lead"),
    ("<b>x</b>", "&#60;b&#62;x&#60;/b&#62;"),
    ("a_b*c*", "a&#95;b&#42;c&#42;"),
    ("Hun Sen’s “big” day: yes.", "Hun Sen’s “big” day&#58; yes."),
    ("x\n- y", "x\n&#45; y"),
    ("\ufdd0 \x80 é", "\ufdd0 \x80 é"),  # found by hypothesis: references would change these
]


def test_escape_table() -> None:
    for text, expected in ESCAPES:
        assert escape(text) == expected


def test_escape_attr() -> None:
    assert escape_attr('a "b" {c}') == "a &#34;b&#34; &#123;c&#125;"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="ab{}[]()<>\"'&#%\\\n 1.", max_size=12), min_size=4, max_size=4),
    st.booleans(), st.integers(1, 999),
)
def test_fragment_patterns_equal_the_macros(args: list[str], skipped: bool, number: int) -> None:
    """Marker's format patterns give exactly what the fragment macros give."""
    env = environment()
    macros = env.get_template("fragments.md.j2").module
    marker = Marker(env)
    a, b, c, d = args
    assert marker._entity.format(a, b, c, d) == str(macros.entity(a, b, c, d))  # type: ignore[attr-defined]
    assert marker._date.format(a, b, c) == str(macros.date(a, b, c))  # type: ignore[attr-defined]
    assert marker._paragraph[(skipped, bool(c))].format(number, a, c) == str(
        macros.paragraph(number, a, skipped, c)  # type: ignore[attr-defined]
    )


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\n.,;'\"-#1a0é€<&*_`|(:)/%?"), max_size=12), st.booleans())
def test_the_quick_path_equals_the_line_by_line_escape(text: str, starts_line: bool) -> None:
    assert escape(text, starts_line) == escaping._escape_lines(text, starts_line)


def test_a_date_carries_its_reading_as_an_attribute_and_the_text_stays_exact() -> None:
    """The calendar reading is the date's title (shown on hover and focus, read as its
    description), never text of the paragraph: #p-1's text is still exactly the source's."""
    text = "On Sunday the <count> ended."
    reading = explain_date("2013-07-28", "day")
    assert reading == "Sunday 28 July 2013 (to the day)"
    spans = [Span(3, 9, "date", "2013-07-28", title=reading + ' "<b>"')]
    html = markdown.markdown(MARKER.paragraph(text, 0, len(text), 1, spans, "sources/s.md", False), extensions=EXTENSIONS)
    time = BeautifulSoup(html, "html.parser").select_one("p#p-1 time")
    assert time is not None and time["title"] == reading + ' "<b>"' and time["tabindex"] == "0"
    assert time["datetime"] == "2013-07-28" and time.get_text() == "Sunday"
    assert texts_by_id(html)["p-1"] == text
    a = BeautifulSoup(html, "html.parser").select_one("a.pnum")
    assert a is not None and a["aria-label"] == "Paragraph 1" and not a.has_attr("aria-hidden")


def test_explain_date_at_every_precision() -> None:
    assert explain_date("2013-07", "month") == "July 2013 (to the month)"
    assert explain_date("2013", "year") == "2013 (to the year)"
    assert explain_date("2013-W32", "week") == "week of 5 August 2013 (to the week)"
    assert explain_date("1975/1979", "range") == "1975–1979 (a period)"
    assert explain_date("not-a-date", "day") == "not-a-date (to the day)"

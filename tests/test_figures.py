"""Claims lined up with their claimants, the relationship graph, and version diffs.

The expected claims were labelled by hand from the demo texts (every sentence with a
count of seats, votes, names or voters; see the comments), not copied from the output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import pipeline
from builder.model import Entity, Relation
from builder.present import graphlayout, worddiff
from builder.read import sources

from conftest import SEEDS, call_builder, examples

# (source file, paragraph, figure, unit, owner, claimant)
EXPECTED = {
    # 000: the CPP spokesman's Facebook count; "68 of the 123 seats" gives 68 its unit,
    # "he said" carries the claimant; "even the 55 seats conceded by the ruling party"
    # names no party of the registry and nobody stating it.
    ("000", 3, "68", "seats", "cpp", "khieu-kanharith"),
    ("000", 3, "55 seats", "seats", "cnrp", "khieu-kanharith"),
    ("000", 4, "55 seats", "seats", "", ""),
    # 001: the same story; "more than 55 seats" is a bound, not a claim; the registered
    # voters are the source's own statement.
    ("001", 2, "68", "seats", "cpp", "khieu-kanharith"),
    ("001", 2, "55 seats", "seats", "cnrp", "khieu-kanharith"),
    ("001", 3, "55 seats", "seats", "", ""),
    ("001", 29, "9.7 million registered voters", "registered voters", "", ""),
    # 002: "the CPP said gave it 68 seats ... to the 55 seats won by the CNRP"; "a hefty
    # loss of 22 seats" is a change; the CNRP "saying it won 63 seats"; its 1.3 million names.
    ("002", 7, "68 seats", "seats", "cpp", "cpp"),
    ("002", 7, "55 seats", "seats", "cnrp", "cpp"),
    ("002", 8, "63 seats", "seats", "cnrp", "cnrp"),
    ("002", 18, "1.3 million names", "names", "", "cnrp"),
    # 003: "68 seats to 55 for the opposition CNRP, according to the NEC"; "the election
    # authority said the CPP won 3.2 million votes to the CNRP's 2.9 million".
    ("003", 3, "68 seats", "seats", "cpp", "nec"),
    ("003", 3, "55", "seats", "cnrp", "nec"),
    ("003", 4, "3.2 million votes", "votes", "cpp", "nec"),
    ("003", 4, "2.9 million", "votes", "cnrp", "nec"),
    # 004: Hun Sen quoting Sam Rainsy: "CPP [won] 68 [National Assembly seats] and CNRP 55".
    ("004", 8, "68 [National Assembly seats", "seats", "cpp", "hun-sen"),
    ("004", 8, "55", "seats", "cnrp", "hun-sen"),
}


def test_claims_match_the_hand_labelled_list() -> None:
    dossier = sources.load(SEEDS)
    annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1)
    found = set()
    for s in dossier.sources:
        for c in annotated[s.id].claims:
            found.add((s.file[:3], c.paragraph, s.text[c.start : c.end], c.unit, c.owner, c.claimant))
    missing, extra = EXPECTED - found, found - EXPECTED
    print(f"claims: {len(EXPECTED) - len(missing)}/{len(EXPECTED)} found, {len(extra)} extra")
    assert not missing and not extra, (missing, extra)


@pytest.mark.slow
def test_claims_page_marks_the_disputed_seat_count(demo_site: Path) -> None:
    page = BeautifulSoup((demo_site / "claims" / "index.html").read_text(encoding="utf-8"), "html.parser")
    headings = [h.get_text(" ", strip=True) for h in page.select("article h2")]
    assert "Seats: Cambodia National Rescue Party — disputed" in headings
    assert "Seats: Cambodian People's Party" in headings  # 68 everywhere: not disputed
    assert headings.index("Seats: Cambodia National Rescue Party — disputed") == 0
    warning = page.select_one(".admonition.warning").get_text(" ", strip=True)
    # "the 55 seats conceded by the ruling party" (the two reports' own words) is the CNRP's count too (s21 newuser)
    assert ("55 (Khieu Kanharith, CTV News, The Washington Post, Cambodian People's Party, National Election Committee, "
            "Hun Sen) against 63 (Cambodia National Rescue Party)") in warning
    table = page.select("article table")[0]
    rows = [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert [r[0] for r in rows] == ["55"] * 7 + ["63"]
    assert rows[-1][1] == "Cambodia National Rescue Party" and "¶8" in rows[-1][2]
    assert all(a["href"].startswith("../sources/") for a in table.select("a[href*='#p-']"))


def test_only_the_two_associated_press_texts_get_a_version_page(demo: Path, demo_site: Path) -> None:
    pages = sorted((demo / "versions").glob("*.md"))
    assert [p.name for p in pages] == [
        "2013-07-28-cambodia-ruling-party-claims-victory-in-polls-opposition-makes-major-gains--"
        "2013-07-28-cambodian-opposition-makes-gains-in-elections.md"
    ]
    for sid in ("2013-07-28-cambodia-ruling-party-claims-victory-in-polls-opposition-makes-major-gains",
                "2013-07-28-cambodian-opposition-makes-gains-in-elections"):
        html = (demo_site / "sources" / sid / "index.html").read_text(encoding="utf-8")
        assert "word-by-word comparison" in html and f"../../versions/{pages[0].stem}/" in html
    others = [p for p in (demo_site / "sources").glob("*/index.html") if "2013-07-28" not in str(p)]
    assert others and all("word-by-word" not in p.read_text(encoding="utf-8") for p in others)
    diff = BeautifulSoup((demo_site / "versions" / pages[0].stem / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert "projections of the size" in [d.get_text() for d in diff.select("div.diff del")]  # "of" between two changes joins them
    assert "estimates of the extent" in [i.get_text() for i in diff.select("div.diff ins")]


words = st.lists(st.sampled_from(
    ["the", "CPP", "won", "68", "seats", ",", ".", "“", '"', "’", "'", "—", "-", "gov\u00adern", "<b>", "*", "\n\n", " "]
), max_size=40)


@settings(max_examples=examples(300), deadline=None)
@given(words, words)
def test_word_diff_reconstructs_both_texts(a: list[str], b: list[str]) -> None:
    text_a, text_b = " ".join(a), " ".join(b)
    paragraphs = worddiff.word_diff(text_a, text_b).paragraphs

    def rebuild(keep: str) -> list[str]:
        return [re.sub(r"\s+", " ", "".join(t for k, t in p if k in ("same", keep))).strip() for p in paragraphs]

    def squash(text: str) -> list[str]:
        return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\n+", text) if p.strip()]

    # The first text exactly; the second up to typography and white space (a typographic
    # difference shows the first text's form).
    assert " ".join(x for x in rebuild("del") if x) == " ".join(squash(text_a))
    assert "".join(worddiff.typographic_key(" ".join(x for x in rebuild("ins") if x)).split()) == \
        "".join(worddiff.typographic_key(" ".join(squash(text_b))).split())


def test_a_moved_and_shortened_paragraph_is_one_change_not_three_rewrites() -> None:
    """Fresh-user review s14b: the wire's quote paragraph, shortened by a sentence and moved
    below two new paragraphs in the paper's copy, was word-diffed against an unrelated
    new paragraph, then the next pair likewise, then shown again as added. A paragraph
    with no version on the other side is shown whole; the moved one, cut by a sentence."""
    a = ("Workers will return on Monday.\n\nChief executive Fiona Strachan said the company would now focus on "
         "the frigates. The first ship will be delivered next year, the company said.\n\nShares rose 2.1% in Frankfurt.")
    b = ("Workers will return on Monday.\n\nShopkeepers on Harbour Street said they were relieved.\n\n"
         "Shop steward Karim Al-Mansouri said the strike had cost each worker about 4,800 pounds.\n\n"
         "Chief executive Fiona Strachan said the company would now focus on the frigates.")
    assert worddiff.word_diff(a, b).paragraphs == [
        [("same", "Workers will return on Monday.")],
        [("ins", "Shopkeepers on Harbour Street said they were relieved.")],
        [("ins", "Shop steward Karim Al-Mansouri said the strike had cost each worker about 4,800 pounds.")],
        [("same", "Chief executive Fiona Strachan said the company would now focus on the frigates."),
         ("del", " The first ship will be delivered next year, the company said.")],
        [("del", "Shares rose 2.1% in Frankfurt.")],
    ]
    # two rewrites of one paragraph side by side still compare word by word
    assert worddiff.word_diff("The union met on Monday.", "The union met on Tuesday.").paragraphs == [
        [("same", "The union met on "), ("del", "Monday"), ("ins", "Tuesday"), ("same", ".")]]


@pytest.mark.slow
def test_relationship_graph_renders_offline_with_a_link_per_node(demo_site: Path) -> None:
    page = BeautifulSoup((demo_site / "connections" / "index.html").read_text(encoding="utf-8"), "html.parser")
    svg = page.select_one("div.graph svg")
    circles = svg.select("circle")
    labels = page.select("div.graph a.graph-label")
    assert 20 <= len(circles) == len(labels) <= graphlayout.GRAPH_NODES
    assert len(svg.select("line")) > 20
    assert not page.select("div.graph script") and "http" not in str(svg).replace("http://www.w3.org", "")
    for a in labels:
        target = (demo_site / "connections" / a["href"]).resolve() / "index.html"
        assert target.is_file(), a["href"]
    assert {a.get_text() for a in labels} >= {"Hun Sen", "Sam Rainsy", "Cambodian People's Party", "Cambodia National Rescue Party"}
    xs = [float(c["cx"]) for c in circles]
    assert max(xs) - min(xs) > 500  # spread over the canvas, not a clump


def test_profiles_show_the_figures_about_them_or_stated_by_them(demo: Path) -> None:
    cnrp = (demo / "parties" / "cnrp.md").read_text(encoding="utf-8")
    assert ("- **Seats** (disputed): **55** according to Khieu Kanharith, CTV News, The Washington Post, "
            "Cambodian People's Party, National Election Committee and 1 more; **63** according to Cambodia National Rescue Party.") in cnrp
    assert "(../claims/index.md#seats-cambodia-national-rescue-party-disputed)" in cnrp
    hun_sen = (demo / "people" / "hun-sen.md").read_text(encoding="utf-8")
    assert "**Seats of Cambodian People's Party**: **68** according to" in hun_sen  # he states it
    assert "## Figures" not in (demo / "people" / "reth-sonitha.md").read_text(encoding="utf-8")


TYPOGRAPHIC_PAIRS = [
    ("Hun Sen’s party", "Hun Sen's party"),
    ("He said “no” today", 'He said "no" today'),
    ("He said ‘no’ today", "He said 'no' today"),
    ("the 2008–2013 term", "the 2008-2013 term"),
    ("the vote — a landslide", "the vote - a landslide"),
    ("the vote—a landslide", "the vote - a landslide"),
    ("a gov\u00adernment crisis", "a government crisis"),
    ("two  spaces and\na line break", "two spaces and a line break"),
    ("a\u00a0no-break space", "a no-break space"),
]


@pytest.mark.parametrize(("a", "b"), TYPOGRAPHIC_PAIRS)
def test_typographic_variants_are_not_changes(a: str, b: str) -> None:
    diff = worddiff.word_diff(f"First paragraph.\n\n{a}.", f"First paragraph.\n\n{b}.")
    assert [k for p in diff.paragraphs for k, _ in p] == ["same", "same"], diff
    assert diff.paragraphs[1] == [("same", f"{a}.")]  # the first version's form is shown
    assert diff.set_aside >= 1


def test_set_aside_counts_each_typographic_difference_and_real_edits_remain() -> None:
    a = "“We won,” he said — it’s over.\n\nThe count ended on Sunday."
    b = '"We won," he said - it\'s over.\n\nThe count ended on Monday.'
    diff = worddiff.word_diff(a, b)
    assert diff.set_aside == 4  # two quotation marks, a dash, an apostrophe
    changed = [(k, t) for p in diff.paragraphs for k, t in p if k != "same"]
    assert changed == [("del", "Sunday"), ("ins", "Monday")]
    assert worddiff.word_diff(a, a).set_aside == 0
    # a straight quote against a letter is a change, not typography
    assert [k for k, _ in worddiff.word_diff("it's", "its").paragraphs[0]] != ["same"]


def test_version_page_says_how_many_typographic_differences_were_set_aside(demo_site: Path) -> None:
    (page,) = (demo_site / "versions").glob("*/index.html")
    text = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    assert re.search(r"\d+ typographic differences? \(curly or straight quotes", " ".join(text.split())) or \
        "No typographic differences" in text


def _boxes_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.slow
@settings(max_examples=examples(25), deadline=None)
@given(st.integers(2, graphlayout.GRAPH_NODES), st.integers(0, 10_000), st.integers(3, 38))
def test_graph_labels_overlap_no_label_and_no_dot(n: int, seed: int, longest: int) -> None:
    """However crowded (up to the most nodes drawn, long names, many links), no two label
    boxes overlap, no label covers a dot, and every label lies within the drawing."""
    import random

    rng = random.Random(seed)
    names = ["".join(rng.choice("ABCDEFGHIJ klmnop") for _ in range(rng.randint(2, longest))).strip() or "X"
             for _ in range(n)]
    entities = [Entity(f"e{i:02d}", rng.choice(["person", "party", "place"]), name, (), "s") for i, name in enumerate(names)]
    mentions = {e.id: rng.randint(1, 50) for e in entities}
    relations = tuple(
        Relation(f"e{i:02d}", f"e{j:02d}", "co-mention", rng.randint(1, 9))
        for i in range(n) for j in range(i + 1, n) if rng.random() < 0.3
    )
    nodes, _ = graphlayout.graph(entities, mentions, relations)
    height = graphlayout.drawing_height(nodes)
    labels = [(nd.label_x, nd.label_y, nd.label_w, graphlayout.LABEL_HEIGHT) for nd in nodes]
    dots = [(nd.x - nd.r, nd.y - nd.r, 2 * nd.r, 2 * nd.r) for nd in nodes]
    for i, box in enumerate(labels):
        assert 0 <= box[0] and box[0] + box[2] <= graphlayout.WIDTH and 0 <= box[1] and box[1] + box[3] <= height
        assert box[2] >= graphlayout.label_size(nodes[i].entity.name)[0] - 0.1
        assert not any(_boxes_overlap(box, other) for other in labels[i + 1:]), nodes[i].entity.name
        assert not any(_boxes_overlap(box, dot) for dot in dots), nodes[i].entity.name


@pytest.mark.parametrize(("a", "b", "pieces"), [
    ("a much-beleaguered opposition", "a much beleaguered opposition",
     [("same", "a "), ("del", "much-beleaguered"), ("ins", "much beleaguered"), ("same", " opposition")]),
    ("a well-known man", "a well-liked man", [("same", "a "), ("del", "well-known"), ("ins", "well-liked"), ("same", " man")]),
    ("the so-called deal", "the deal", [("same", "the "), ("del", "so-called "), ("same", "deal")]),
])
def test_a_hyphenated_word_changes_whole_never_a_lone_hyphen(a: str, b: str, pieces: list[tuple[str, str]]) -> None:
    assert worddiff.word_diff(a, b).paragraphs == [pieces]


def test_version_page_shows_a_joined_word_as_the_source_page_does(demo_site: Path) -> None:
    """One AP text has "much-⏎beleaguered" (joined by the reader), the other "much
    beleaguered": the comparison shows each whole, not "much -beleaguered"."""
    (page,) = (demo_site / "versions").glob("*/index.html")
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    changed = [(t.name, t.get_text()) for t in soup.select("del.diff, ins.diff")]
    assert {("del", "much beleaguered"), ("ins", "much-beleaguered")} <= set(changed) or \
        {("del", "much-beleaguered"), ("ins", "much beleaguered")} <= set(changed), changed
    text = " ".join(soup.get_text(" ").split())
    assert not re.search(r"\w -\w|\w- \w", text.replace(" - ", " ")), re.findall(r".{20}(?:\w -\w|\w- \w).{20}", text)


@pytest.mark.parametrize(("a", "b", "pieces"), [
    # a changed figure shows whole, never "4." kept and "2" against "5"
    ("debts of 4.2 million", "debts of 4.5 million",
     [("same", "debts of "), ("del", "4.2"), ("ins", "4.5"), ("same", " million")]),
    ("a crowd of 1,200 strikers", "a crowd of 1,900 strikers",
     [("same", "a crowd of "), ("del", "1,200"), ("ins", "1,900"), ("same", " strikers")]),
    # word against word across the spaces between them: one change, each side whole
    ("The company's debts stand at", "The company's debt stands at",
     [("same", "The company's "), ("del", "debts stand"), ("ins", "debt stands"), ("same", " at")]),
    ("the tribunal heard three dockers today", "the tribunal heard two pilots today",
     [("same", "the tribunal heard "), ("del", "three dockers"), ("ins", "two pilots"), ("same", " today")]),
    # a long stretch kept between two changes stays kept; so does a sentence's end
    ("Ann Berg said the union would appeal the ruling on Monday", "Ann Holm said the union would appeal the ruling on Friday",
     [("same", "Ann "), ("del", "Berg"), ("ins", "Holm"), ("same", " said the union would appeal the ruling on "),
      ("del", "Monday"), ("ins", "Friday")]),
    ("It shut. Ten left.", "It closed. Nine left.",
     [("same", "It "), ("del", "shut"), ("ins", "closed"), ("same", ". "), ("del", "Ten"), ("ins", "Nine"), ("same", " left.")]),
])
def test_a_replacement_reads_as_the_old_words_then_the_new(a: str, b: str, pieces: list[tuple[str, str]]) -> None:
    assert worddiff.word_diff(a, b).paragraphs == [pieces]


def test_version_page_names_a_wire_copy_without_an_outlet_by_its_agency(tmp_path: Path) -> None:
    """Two wire copies with an agency and no outlet: "(Kell Press, 3 March 2025)", never "(, 3 March 2025)"."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    body = ("KELL, March {d} (Kell Press) - The Kell Bakers' Cooperative filed for insolvency at the district court "
            "on Monday, saying it owes {n} suppliers money for flour, rent and wages since the winter.\n\n"
            "Its chair said forty bakers would lose their jobs and the shops would close by the end of the month.\n")
    (seeds / "a.txt").write_text(body.format(d=3, n="more than 30"), encoding="utf-8")
    (seeds / "b.txt").write_text(body.format(d=4, n="34"), encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Bakers file for insolvency\n  agency: Kell Press\n  published: 2025-03-03\n"
        "b.txt:\n  title: Bakers file for insolvency\n  agency: Kell Press\n  published: 2025-03-04\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    (seeds / "dossier.yml").write_text("title: Kell bakers\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    (page,) = (docs / "versions").glob("*.md")
    text = page.read_text(encoding="utf-8")
    assert "(Kell Press, 3 March 2025)" in text and "(Kell Press, 4 March 2025)" in text
    assert "(, " not in text
    assert '<del class="diff">more than 30</del><ins class="diff">34</ins>' in text


def test_a_labels_pointer_is_styled_apart_from_the_registrys_leader_links() -> None:
    """Fresh-user review s15d #17: a label's pointer to its dot had the class "leader",
    the same as a registry "leader" link, so it was drawn dashed and read as a relation."""
    import re

    from conftest import ROOT

    template = (ROOT / "builder" / "present" / "templates" / "connections.md.j2").read_text(encoding="utf-8")
    assert '<line class="callout"' in template and '<line class="leader"' not in template
    css = (ROOT / "docs" / "assets" / "dossier.css").read_text(encoding="utf-8")
    callout = re.search(r"\.graph line\.callout \{([^}]*)\}", css)
    assert callout is not None and "dasharray" not in callout.group(1)
    assert re.search(r"\.graph line\.leader[^{]*\{[^}]*dasharray", css)  # the registry's links stay dashed

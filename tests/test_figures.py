"""Claims lined up with their claimants, the relationship graph, and version diffs.

The expected claims were labelled by hand from the demo texts (every sentence with a
count of seats, votes, names or voters; see the comments), not copied from the output.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import figures, pipeline, sources

from conftest import SEEDS

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


def test_claims_page_marks_the_disputed_seat_count(demo_site: Path) -> None:
    page = BeautifulSoup((demo_site / "claims" / "index.html").read_text(encoding="utf-8"), "html.parser")
    headings = [h.get_text(" ", strip=True) for h in page.select("article h2")]
    assert "Seats: Cambodia National Rescue Party — disputed" in headings
    assert "Seats: Cambodian People's Party" in headings  # 68 everywhere: not disputed
    assert headings.index("Seats: Cambodia National Rescue Party — disputed") == 0
    warning = page.select_one(".admonition.warning").get_text(" ", strip=True)
    assert "55 (Khieu Kanharith, Cambodian People's Party, National Election Committee, Hun Sen) against 63 (Cambodia National Rescue Party)" in warning
    table = page.select("article table")[0]
    rows = [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert [r[0] for r in rows] == ["55"] * 5 + ["63"]
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
    assert "projections" in [d.get_text() for d in diff.select("div.diff del")]
    assert "estimates" in [i.get_text() for i in diff.select("div.diff ins")]


words = st.lists(st.sampled_from(["the", "CPP", "won", "68", "seats", ",", ".", "“", "<b>", "*", "\n\n", " "]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_word_diff_reconstructs_both_texts(a: list[str], b: list[str]) -> None:
    text_a, text_b = " ".join(a), " ".join(b)
    paragraphs = figures.word_diff(text_a, text_b)

    def rebuild(keep: str) -> list[str]:
        return [re.sub(r"\s+", " ", "".join(t for k, t in p if k in ("same", keep))).strip() for p in paragraphs]

    def squash(text: str) -> list[str]:
        return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\n+", text) if p.strip()]

    assert " ".join(x for x in rebuild("del") if x) == " ".join(squash(text_a))
    assert " ".join(x for x in rebuild("ins") if x) == " ".join(squash(text_b))


def test_relationship_graph_renders_offline_with_a_link_per_node(demo_site: Path) -> None:
    page = BeautifulSoup((demo_site / "connections" / "index.html").read_text(encoding="utf-8"), "html.parser")
    svg = page.select_one("div.graph svg")
    circles = svg.select("circle")
    labels = page.select("div.graph a.graph-label")
    assert 20 <= len(circles) == len(labels) <= figures.GRAPH_NODES
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
    assert ("- **Seats** (disputed): **55** according to Khieu Kanharith, Cambodian People's Party, "
            "National Election Committee, Hun Sen; **63** according to Cambodia National Rescue Party.") in cnrp
    assert "(../claims/index.md#seats-cambodia-national-rescue-party-disputed)" in cnrp
    hun_sen = (demo / "people" / "hun-sen.md").read_text(encoding="utf-8")
    assert "**Seats of Cambodian People's Party**: **68** according to" in hun_sen  # he states it
    assert "## Figures" not in (demo / "people" / "reth-sonitha.md").read_text(encoding="utf-8")

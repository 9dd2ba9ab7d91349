"""Whole-site tests: the demo dossier and a second dossier on another subject build,
render with `mkdocs build --strict`, and show every source's text exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from builder import paths
from builder.present.markup import relative
from builder.read import linebreaks
from builder.read.text import read_text, split_paragraphs

from conftest import FIXTURE, SEEDS, call_builder, hand_written_docs, in_directory_site, mkdocs_build, mkdocs_config
from htmltext import texts_by_id


def test_every_entity_and_source_has_a_page(demo: Path, demo_site: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 5
    for s in data["sources"]:
        assert (demo / "sources" / f"{s['id']}.md").exists()
        assert (in_directory_site(demo_site, s["page"])).exists()
    registry = len(re.findall(r"^- id: ", (SEEDS / "entities.yml").read_text(encoding="utf-8"), re.M))
    assert len(data["entities"]) == registry
    for e in data["entities"]:
        assert (in_directory_site(demo_site, e["page"])).exists(), e["id"]
    for index in ("sources", "people", "parties", "organisations", "places", "data"):
        assert (demo_site / index / "index.html").exists()
    assert (demo_site / "timeline" / "index.html").exists()


def test_contract_keys(demo: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert set(data) >= {"sources", "entities", "mentions", "dates", "events", "quotes", "relations", "facts", "claims"}
    assert set(data["sources"][0]) >= {"id", "file", "title", "outlet", "agency", "published", "url", "paragraphs", "page"}
    assert set(data["entities"][0]) >= {"id", "kind", "name", "aliases", "summary", "page", "mention_count"}
    texts = {s["id"]: read_text((SEEDS / s["file"]).read_bytes(), s["file"], []) for s in data["sources"]}
    for m in data["mentions"]:
        assert texts[m["source"]][m["start"] : m["end"]] == m["text"]
    for d in data["dates"]:
        assert texts[d["source"]][d["start"] : d["end"]] == d["text"]


def _paragraph_texts(html: Path) -> dict[str, str]:
    return texts_by_id(html.read_text(encoding="utf-8"))


def test_rendered_paragraphs_are_exactly_the_source(demo: Path, demo_site: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    for s in data["sources"]:
        as_read = read_text((SEEDS / s["file"]).read_bytes(), s["file"], [])
        assert as_read is not None
        # the text as the source reader gives it: a line broken after a hyphen between
        # two words joined (the only change it makes to the file's text as read)
        text, joins = linebreaks.join(as_read)
        assert len(as_read) - len(text) == sum(n for _, n in joins)
        assert (s["file"], len(joins)) != ("000_b586a3971dd3c03c.txt", 0)  # "much-⏎beleaguered"
        shown = _paragraph_texts(in_directory_site(demo_site, s["page"]))
        paragraphs = split_paragraphs(text)
        assert len(shown) == len(paragraphs) == s["paragraphs"]
        for p in paragraphs:
            assert shown[f"p-{p.number}"] == text[p.start : p.end]


def test_mentions_link_to_profiles_and_back(demo_site: Path) -> None:
    page = demo_site / "sources" / "2013-08-12-election-crisis-in-cambodia-as-opposition-rejects-results" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    kem = [a for a in soup.select("p.para a.entity") if a.get_text() == "Kem Sokha"]
    assert kem and kem[0]["href"] == "../../people/kem-sokha/"
    assert "entity-person" in kem[0]["class"] and kem[0]["title"].startswith("Deputy president")
    profile = BeautifulSoup((demo_site / "people" / "kem-sokha" / "index.html").read_text(encoding="utf-8"), "html.parser")
    back = [a["href"] for a in profile.select("a") if a["href"].endswith("#p-16")]
    assert "../../sources/2013-08-12-election-crisis-in-cambodia-as-opposition-rejects-results/#p-16" in back


def test_dates_are_time_elements(demo_site: Path) -> None:
    page = demo_site / "sources" / "2013-09-08-final-results-hand-cambodian-ruling-party-poll-win" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    times = {t.get_text(): t["datetime"] for t in soup.select("p.para time")}
    assert times["next Sunday"] == "2013-09-15"
    assert times["five years ago"] == "2008"


def test_skipped_paragraph_is_dimmed_and_not_annotated(demo_site: Path) -> None:
    page = demo_site / "sources" / "2013-09-26-cambodian-pm-claims-opposition-acknowledged-ruling-party-victory" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    last = soup.select_one("#p-28")
    assert "skipped" in last["class"] and not last.select("a.entity")


@pytest.mark.slow
@pytest.mark.parametrize("directory_urls", [True, False])
def test_second_dossier_builds_and_renders(tmp_path: Path, directory_urls: bool) -> None:
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    result = call_builder("build", "--seeds", str(FIXTURE / "seeds"), "--docs", str(docs), directory_urls=directory_urls)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    rendered = mkdocs_build(mkdocs_config(tmp_path, docs, site, directory_urls=directory_urls))
    assert rendered.returncode == 0, rendered.stderr
    # The links of the builder's raw HTML blocks (MkDocs does not check them) lead to
    # pages and paragraphs that exist, in either URL style.
    followed = 0
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in soup.select("p.para a, ul.mentions a, ul.events a, div.panel a, div.event a, div.quote a, article td a"):
            if a["href"].startswith(("https://", "http://")):
                continue  # another site's (the data page's tables)
            path, _, anchor = a["href"].partition("#")
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), (page, a["href"])
            if anchor:
                assert BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").find(id=anchor), (page, a["href"])
            followed += 1
    assert followed > 40
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    counts = {e["id"]: e["mention_count"] for e in data["entities"]}
    assert counts == {
        "avel-courier": 1, "dockers-union": 2, "mara-lind": 3, "port-authority": 2,
        "port-avel": 3, "tomas-ek": 3,
    }
    talks = [s for s in data["sources"] if s["file"] == "talks.md"][0]
    talks_html = in_directory_site(site, talks["page"]) if directory_urls else site / talks["page"]
    shown = _paragraph_texts(talks_html)
    # Markdown's emphasis is kept (its marks dropped); its raw HTML stays text.
    assert shown["p-3"] == 'Lind said the <b>offer</b> was "an insult to every family on the quay". Ek declined to comment.'
    html = talks_html.read_text(encoding="utf-8")
    assert "<b>offer</b>" not in html and "&lt;b&gt;offer&lt;/b&gt;" in html.replace("&#60;", "&lt;").replace("&#62;", "&gt;")
    assert "<em>Ek</em></a>" in html  # the mention's link holds the emphasis
    strike = [s for s in data["sources"] if s["file"] == "strike.txt"][0]
    values = {(d["text"], d["value"]) for d in data["dates"] if d["source"] == strike["id"]}
    assert values == {("Tuesday", "2024-03-12"), ("2009", "2009"), ("next Monday", "2024-03-18")}


@given(
    st.sampled_from(["people", "parties", "sources", "places"]),
    st.lists(st.tuples(st.sampled_from(["people", "sources", "organisations"]), st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True))),
)
def test_links_made_per_folder_equal_relative_links(folder: str, targets: list[tuple[str, str]]) -> None:
    pages = [f"{kind}/{name}.md" for kind, name in targets]
    assert paths.from_folder(folder, pages) == [relative(f"{folder}/_.md", p) for p in pages]


def test_a_role_without_an_end_does_not_read_as_current(demo: Path) -> None:
    # entities.yml: Sam Rainsy, finance minister "from: 1993" and no "to": the sources give
    # no end, so the profile must not write the open range "1993–" (still in office).
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    rainsy = next(e for e in data["entities"] if e["id"] == "sam-rainsy")
    assert {"title": "finance minister", "of": "cambodia", "start": "1993", "end": None,
            "period": "from 1993"} in rainsy["roles"]
    profile = (demo / "people" / "sam-rainsy.md").read_text(encoding="utf-8")
    assert "(from 1993)" in profile and "1993–)" not in profile
    ftm = [json.loads(line) for line in (demo / "data" / "dossier.ftm.json").read_text(encoding="utf-8").splitlines()]
    occupancy = [e["properties"] for e in ftm if e["schema"] == "Occupancy" and e["properties"].get("startDate") == ["1993"]]
    assert occupancy and occupancy[0]["status"] == ["unknown"] and "endDate" not in occupancy[0]

"""Large dossiers stay readable and lean: index pages split, profiles bounded, the
timeline paged, the sidebar small, and the search index free of repeated text.

The limits (500 index rows, 50 sources per profile, 400 events per timeline page) are
lowered here so a synthetic dossier of 120 sources crosses all of them in seconds.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from builder import paths, pipeline
from builder.present import listings, profiles

from conftest import ROOT, hand_written_docs, mkdocs_build, mkdocs_config

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, pipeline.Result]:
    tmp = tmp_path_factory.mktemp("large")
    synth.generate(tmp / "seeds", 120, 40, seed=5)
    docs = hand_written_docs(tmp / "docs")
    patch = pytest.MonkeyPatch()
    patch.setattr(listings, "INDEX_PAGE_ROWS", 25)
    patch.setattr(profiles, "MAX_SOURCES_ON_PROFILE", 6)
    patch.setattr(listings, "TIMELINE_PAGE_EVENTS", 60)
    patch.setattr(listings, "CLAIM_COUNTS_PER_PAGE", 2)
    patch.setattr(profiles, "MAX_NAMED", 3)
    try:
        result = pipeline.build(pipeline.Options(tmp / "seeds", docs, jobs=1, directory_urls=True))
    finally:
        patch.undo()
    site = tmp / "site"
    built = mkdocs_build(mkdocs_config(tmp, docs, site))
    assert built.returncode == 0, built.stderr
    return docs, site, result


def test_source_index_is_split_into_pages_listing_each_source_once(large: tuple[Path, Path, pipeline.Result]) -> None:
    docs, _, result = large
    pages = sorted((docs / "sources").glob("index.md")) + sorted((docs / "sources").glob("page-*.md"))
    assert len(pages) == 5  # 120 sources, 25 per page
    listed = [link for p in pages for link in re.findall(r"\]\(([\w-]+\.md)\)", p.read_text(encoding="utf-8"))]
    own = sorted(f"{s.id}.md" for s in result.dossier.sources)
    assert sorted(x for x in listed if x in own) == own


def test_profile_of_a_widely_mentioned_entity_is_bounded(large: tuple[Path, Path, pipeline.Result]) -> None:
    docs, _, result = large
    spread: dict[str, set[str]] = {}
    for a in result.annotated.values():
        for m in a.mentions:
            spread.setdefault(m.entity, set()).add(a.source)
    top, sources = max(spread.items(), key=lambda kv: len(kv[1]))
    assert len(sources) > 6
    entity = next(e for e in result.dossier.entities if e.id == top)
    text = (docs / paths.entity_page(entity.kind, entity.id)).read_text(encoding="utf-8")
    assert text.count("\n### ") == 6
    assert f"… and {len(sources) - 6} more sources" in text


def test_timeline_is_paged_and_every_event_is_on_exactly_one_page(large: tuple[Path, Path, pipeline.Result]) -> None:
    docs, site, result = large
    assert len(pipeline_events(docs)) > 60
    pages = sorted((docs / "timeline").glob("*.md"))
    assert len(pages) > 3
    ids = [i for p in pages for i in re.findall(r'id="e-([^"]+)"', p.read_text(encoding="utf-8"))]
    assert len(ids) == len(set(ids)) == len(pipeline_events(docs))
    overview = (docs / "timeline.md").read_text(encoding="utf-8")
    for p in pages:
        assert f"(timeline/{p.name})" in overview
    assert (site / "timeline" / pages[0].stem / "index.html").exists()


def pipeline_events(docs: Path) -> list[dict[str, object]]:
    return json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))["events"]


def test_sidebar_does_not_grow_with_the_dossier(large: tuple[Path, Path, pipeline.Result]) -> None:
    _, site, result = large
    page = next((site / "sources").glob("*.html"))
    nav = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("nav.md-nav--primary a")
    assert len(nav) < 20 < len(result.dossier.sources)


def test_search_index_leaves_out_repeated_text(large: tuple[Path, Path, pipeline.Result]) -> None:
    _, site, _ = large
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    locations = [d["location"] for d in docs]
    assert sum(1 for x in locations if re.fullmatch(r"sources/[\w-]+/", x)) == 120
    assert not [x for x in locations if x.startswith(("timeline", "data/", "sources/index", "sources/page-", "claims", "connections"))]
    assert not [d for d in docs if d["location"].startswith("sources/") and "In this source" in d["text"]]
    assert not [x for x in locations if x.startswith("people/index")]
    assert not [x for x in locations if x.startswith("people/") and re.search(r"#(mentions|quotes|timeline|appears-with)", x)]
    profile_text = sum(len(d["text"]) for d in docs if d["location"].startswith(("people/", "parties/", "organisations/", "places/")))
    source_text = sum(len(d["text"]) for d in docs if d["location"].startswith("sources/"))
    assert profile_text < source_text / 4


def test_claims_are_paged_and_profiles_link_to_the_right_page(large: tuple[Path, Path, pipeline.Result]) -> None:
    docs, _, _ = large  # the strict mkdocs build of the fixture already checked every anchor
    pages = [docs / "claims" / "index.md", *sorted((docs / "claims").glob("page-*.md"))]
    assert len(pages) >= 2
    headings = [line for p in pages for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert len(headings) == len(set(headings)) and all(len(
        [x for x in p.read_text(encoding="utf-8").splitlines() if x.startswith("## ")]) <= 2 for p in pages)
    links = [m for p in docs.glob("parties/*.md") for m in re.findall(r"\(\.\./(claims[^)#]*)#", p.read_text(encoding="utf-8"))]
    assert any(link.startswith("claims/page-") for link in links)


def test_claimants_of_a_figure_are_cut_naming_the_profiles_entity_first(large: tuple[Path, Path, pipeline.Result]) -> None:
    docs, _, result = large
    names = {e.id: e.name for e in result.dossier.entities}
    claimants = {c.claimant for a in result.annotated.values() for c in a.claims if c.claimant}
    cut = own_first = 0
    for eid in sorted(claimants):
        page = next(docs.glob(f"*/{eid}.md")).read_text(encoding="utf-8")
        for line in re.findall(r"^- \*\*.*Side by side.*$", page, flags=re.M):
            for value in line.split("; "):
                named = re.search(r"according to (.*?)(?: and (\d+) more)?(?:\. \[Side by side|$)", value)
                assert named, value
                shown = named.group(1).split(", ")
                assert len(shown) <= 3
                if named.group(2):
                    cut += 1
                    if names[eid] in shown:
                        assert shown[0] == names[eid]  # the profile's own entity comes first
                        own_first += 1
    assert cut > 0 and own_first > 0  # figures with more than three claimants, the entity among them

"""Wording a reader sees: counts agree with their nouns, whole numbers read without `.0`,
and a date's precision is printed only where its text does not already say it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from builder.present.wording import counted, show_number
from builder.timex import precision_label, show_date

from conftest import FIXTURE, SEEDS, call_builder, hand_written_docs


@pytest.mark.parametrize(("n", "expected"), [(0, "0 quotes"), (1, "1 quote"), (2, "2 quotes"), (11, "11 quotes")])
def test_counted_agrees_with_its_noun(n: int, expected: str) -> None:
    assert counted(n, "quote") == expected


def test_counted_with_an_irregular_plural() -> None:
    assert [counted(n, "entity", "entities") for n in (1, 35)] == ["1 entity", "35 entities"]


@pytest.mark.parametrize(("x", "expected"), [(13.0, "13"), (2, "2"), (0.0, "0"), (2.5, "2.5"), (1 / 3, "0.33"), (0.125, "0.12"), (-0.001, "0")])
def test_show_number_drops_a_whole_numbers_point_and_keeps_sensible_digits(x: float, expected: str) -> None:
    assert show_number(x) == expected


@pytest.mark.parametrize(("value", "precision"), [
    ("2019", "year"), ("2013-W33", "week"), ("2013-08", "month"), ("2013-08-12", "day"),
    ("1975/1979", "range"), ("2009-07-01/2009-09-30", "quarter"), ("1980-01-01/1989-12-31", "decade"),
])
def test_no_precision_label_where_the_date_text_says_it(value: str, precision: str) -> None:
    assert show_date(value, precision)  # the text a reader sees
    assert precision_label(value, precision) == ""


def test_a_precision_the_text_cannot_say_keeps_its_label() -> None:
    assert precision_label("2013-08-12", "about") == "about"
    assert precision_label("2013-?", "day") == "day"


def test_stats_agrees_in_number_everywhere() -> None:
    stats = call_builder("stats", "--seeds", str(SEEDS))
    assert stats.returncode == 0
    lines = stats.stdout.strip().splitlines()
    assert lines
    for line in lines:
        for n, noun in re.findall(r"\b(\d+) (\w+)", line):
            assert noun.endswith("s") == (n != "1"), line
    check = call_builder("check", "--seeds", str(SEEDS))
    assert check.stdout.strip() == "ok: 5 sources, 35 entities"


def test_connections_strengths_read_as_numbers_a_reader_expects(demo_site: Path) -> None:
    page = BeautifulSoup((demo_site / "connections" / "index.html").read_text(encoding="utf-8"), "html.parser")
    table = next(t for t in page.select("article table") if "Strength" in t.get_text())
    strengths = [row.find_all("td")[-1].get_text(strip=True) for row in table.select("tbody tr")]
    assert strengths
    for s in strengths:
        assert re.fullmatch(r"\d+(?:\.\d{1,2})?", s) and not s.endswith(".0"), s


def test_timeline_headings_do_not_repeat_the_precision(demo_site: Path) -> None:
    page = BeautifulSoup((demo_site / "timeline" / "index.html").read_text(encoding="utf-8"), "html.parser")
    events = page.select("div.event")
    assert events
    for ev in events:
        shown = ev.find("time").get_text(strip=True)
        label = ev.select_one(".precision")
        said = label.get_text(strip=True) if label else ""
        assert not said or said not in shown, (shown, said)
        assert not re.fullmatch(r"\d{4}", shown) or label is None, shown
        assert not shown.startswith("week of") or label is None, shown


def test_a_one_paragraph_source_says_1_paragraph(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE / "seeds", seeds)
    docs = hand_written_docs(tmp_path / "docs", FIXTURE / "docs")
    (seeds / "one.txt").write_text("Mara Lind spoke at Port Avel on Monday.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        (seeds / "sources.yml").read_text(encoding="utf-8") + "one.txt:\n  title: One\n  published: 2024-03-20\n",
        encoding="utf-8",
    )
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    pages = {p.name: p.read_text(encoding="utf-8") for p in (docs / "sources").glob("*.md")}
    (one,) = [text for text in pages.values() if "file one.txt" in text]
    assert "· 1 paragraph\n" in one and "1 paragraphs" not in one
    assert any(re.search(r"· [2-9]\d* paragraphs\n", text) for text in pages.values())


def test_no_template_writes_a_number_before_a_fixed_plural() -> None:
    """`… and 1 more paragraphs`: a count followed by a literal plural noun reads wrong
    at one; every such count goes through the `counted` filter."""
    from builder.present.render import TEMPLATES

    slips = [
        (p.name, m.group(0))
        for p in Path(TEMPLATES).glob("*.j2")
        for m in re.finditer(r"\}\}\s+(?:more\s+)?(?:paragraphs|statements|sources|counts|entities)\b", p.read_text(encoding="utf-8"))
    ]
    assert not slips, slips


def test_one_more_paragraph_is_singular() -> None:
    from builder.present.render import environment

    env = environment()
    text = env.from_string("… and {{ (distinct - items | length) | counted('more paragraph') }} in").render(distinct=3, items=[1, 2])
    assert text == "… and 1 more paragraph in"
    source = (Path(env.loader.searchpath[0]) / "profile.md.j2").read_text(encoding="utf-8")
    assert "counted('more paragraph')" in source


def test_review_page_does_not_say_every_name_is_registered_above_provisional_entities() -> None:
    """With `--drafts --discover` the names become provisional entities: the empty table
    of unregistered names must not claim that every name is registered above that list."""
    from types import SimpleNamespace

    from builder.present.render import environment

    template = environment().get_template("review.md.j2")
    alias = SimpleNamespace(text="Harbour Trust")
    entity = SimpleNamespace(id="harbour-trust", name="Harbour Trust", kind="organisation", evidence=["a suffix"], aliases=[alias])
    common = dict(page="review.md", rel=lambda a, b: b, page_of=lambda eid: f"{eid}.md", source_page=lambda sid: f"{sid}.md")
    from builder.present.review import Provisional

    with_provisional = template.render(names=[], provisional=[Provisional(entity, 1)], **common)  # type: ignore[arg-type]
    assert "Every name is registered" not in with_provisional
    assert "Harbour Trust" in with_provisional
    assert "Every name is registered." in template.render(names=[], provisional=[], **common)


TOPIC_WORDS = re.compile(r"\b(?:seats?|votes?|voters?|polls?|ballots?|elections?|electoral|cnrp|cpp|more than 55|loss of 22)\b", re.IGNORECASE)


def test_generated_pages_say_nothing_of_one_topic() -> None:
    """Every fixed text of the pages fits a bankruptcy, a strike or a court case: the
    templates of the generated pages name no election word (the claims page's examples
    come from the dossier's own counts)."""
    from builder.present.render import TEMPLATES

    found = [
        (p.name, m.group(0))
        for p in Path(TEMPLATES).glob("*.j2")
        for m in TOPIC_WORDS.finditer(p.read_text(encoding="utf-8"))
    ]
    assert not found, found


def test_claims_intro_takes_its_examples_from_the_dossiers_counts() -> None:
    golden = Path(__file__).parent / "golden" / "site"
    harbour = (golden / "harbour" / "claims" / "index.md").read_text(encoding="utf-8")
    assert "what it counts: here members)" in harbour and not TOPIC_WORDS.search(harbour.split("##")[0])


def test_a_kind_with_one_entity_is_counted_in_the_singular() -> None:
    from builder.present.render import environment

    line = next(row for row in (Path(environment().loader.searchpath[0]) / "kind_index.md.j2").read_text(encoding="utf-8").splitlines() if "most mentioned first" in row)
    env = environment()
    assert env.from_string(line).render(total=1, kind="party", title="Parties") == "1 party, most mentioned first. Click a column heading to sort."
    assert env.from_string(line).render(total=3, kind="party", title="Parties").startswith("3 parties,")

"""A new user's trial (session 21, a ward closure; findings 5, 6, 7, 8, 10), each as a kind:
a place placed by a distance after it ("to Harlow Cross, 40 miles away"), a wire service
seen only in a dateline's brackets (no subject: no profile), a relative date anchored in
a profile's words ("who founded the group last week"), `add`'s title cut at a clause,
its notice of a source with no date, and the warning of deleted discovered profiles that
counts only profiles gone (not a page that moved, nor the review page). Every name is
invented; expected values were worked out by hand."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from builder import manifest, pipeline
from builder.annotate import discover
from builder.annotate.opening import cut
from builder.annotate.relativedates import anchored, relative
from builder.model import Dossier, Source
from builder.read.text import split_paragraphs

from conftest import call_builder

STRIKE = Path(__file__).parent / "fixtures" / "strike"


def source(text: str, sid: str = "s1") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2025, 9, 17), paragraphs=split_paragraphs(text))


def suggestions(*texts: str) -> dict[str, discover.Suggestion]:
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    annotated = pipeline.annotate_all(srcs, (), 1)
    return {s.name: s for s in discover.group_names(Dossier(srcs, ()), annotated)}


# ---- 5. a distance after the name says a place; a dateline's wire service is no subject


@pytest.mark.parametrize("text, name", [
    ("The board said on Tuesday that it would close the ward, moving births to Harlow Cross, 40 miles away.", "Harlow Cross"),
    ("The judge moved the trial to Mason Heath, about 30km north of the city, after the defence objected.", "Mason Heath"),
    ("Owners of the recalled vans must drive them to Clifford Lea, two hours from the nearest dealer.", "Clifford Lea"),
    ("The merged bank will run its offices from Gordon Vale, some 12 miles outside the capital.", "Gordon Vale"),
])
def test_a_distance_after_a_name_makes_it_a_place(text: str, name: str) -> None:
    found = suggestions(text)[name]
    assert found.kind == "place"
    assert "a distance after the name ('X, 40 miles away')" in found.evidence


def test_a_person_with_an_age_or_a_time_after_the_name_stays_a_person() -> None:
    found = suggestions("The board hired Harlow Cross, 40, a former midwife. Cross said she was pleased.")
    assert found["Harlow Cross"].kind == "person"
    later = suggestions("Mason Heath, two days later, said the merger would go ahead. Heath said so again.")
    assert later["Mason Heath"].kind == "person"


def test_a_wire_service_only_in_a_dateline_gets_no_profile() -> None:
    found = suggestions("KELLBY, Sept 26, 2025 (Vale Wire) - Health minister Priya Castell said on Friday "
                        "that the maternity ward would stay open.")
    assert "Vale Wire" not in found and "Priya Castell" in found
    recall = suggestions("AVEL, March 4 (Harbour Wire) - Hollin Appliances recalled 4,000 kettles on Tuesday.")
    assert "Harbour Wire" not in recall and "Hollin Appliances" in recall


def test_a_wire_service_the_story_names_keeps_its_profile() -> None:
    found = suggestions("AVEL, March 4 (Harbour Wire) - Hollin Appliances recalled 4,000 kettles on Tuesday, "
                        "a spokesman told Harbour Wire.")
    assert found["Harbour Wire"].kind == "organisation" and found["Harbour Wire"].count == 2


# ---- 6. a relative date in a profile's words is anchored


def test_relative_dates_are_anchored_in_stated_words() -> None:
    text = "Tomasz Wren, who founded the group last week, called the decision a betrayal."
    (a,) = pipeline.annotate_all((source(text),), (), 1).values()
    assert anchored("who founded the group last week", a.dates) == "who founded the group last week (week of 8 September 2025)"
    court = "Dana Holm, who was charged on Friday, denied the claims."
    (b,) = pipeline.annotate_all((source(court),), (), 1).values()
    assert anchored("who was charged on Friday", b.dates) == "who was charged on Friday (12 September 2025)"


def test_written_dates_are_not_anchored() -> None:
    text = "Ada Brook, who joined the firm on 1 November 2019, will lead the merged company from March."
    (a,) = pipeline.annotate_all((source(text),), (), 1).values()
    assert anchored("who joined the firm on 1 November 2019", a.dates) == "who joined the firm on 1 November 2019"
    assert anchored("the chief executive", a.dates) == "the chief executive"
    assert [relative(t) for t in ("last week", "Friday", "the past decade", "Sept 26, 2025", "March", "1990s")] == [
        True, True, True, False, False, False]


def test_a_discovered_summary_and_profile_show_the_anchor(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Group formed\n\nTomasz Wren, who founded the group last week, called the decision "
                                 "a betrayal. Wren said a march would follow.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text('"a.txt":\n  title: Group formed\n  published: 2025-09-17\n  skip: [1]\n', encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    (seeds / "dossier.yml").write_text("title: T\ndescription: D\n", encoding="utf-8")
    built = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover", "--jobs", "1")
    assert built.returncode == 0, built.stderr
    page = (docs / "people" / "tomasz-wren.md").read_text(encoding="utf-8")
    assert "<td>founded the group last week (week of 8 September 2025)</td>" in page
    assert "Tomasz Wren, who founded the group last week &#40;week of 8 September 2025&#41;; not yet checked" in page


# ---- 7. add's title of a headline-less wire: the first clause, not a sentence cut in two


def test_a_long_lede_is_cut_at_a_clause() -> None:
    lede = ("Health minister Priya Castell said on Friday that the maternity ward at St Brannock's Hospital would stay "
            "open until the end of March while an independent review is carried out.")
    assert cut(lede) == "Health minister Priya Castell said on Friday that the maternity ward at St Brannock's Hospital would stay open"
    court = ("The judge said on Tuesday that the trial of the former chief executive would resume in the new year "
             "because the defence had asked for more time to prepare its case.")
    assert cut(court) == "The judge said on Tuesday that the trial of the former chief executive would resume in the new year"
    recall = ("Hollin Appliances said on Monday that it would recall about 40,000 kettles sold across the country since "
              "January after reports of three kitchen fires.")
    assert cut(recall) == "Hollin Appliances said on Monday that it would recall about 40,000 kettles sold across the country"


def test_a_short_lede_or_one_without_a_clause_break_is_as_before() -> None:
    assert cut("Hollin Appliances recalled 4,000 kettles on Tuesday after three fires.") == (
        "Hollin Appliances recalled 4,000 kettles on Tuesday after three fires")
    words = ("Shareholders of Kestrel Yards and Marlow Shipping approved the merger of the two groups in a vote held at the "
             "annual meeting in Avel on Thursday morning.")
    assert cut(words).endswith("…") and len(cut(words)) <= 121


# ---- 8. add says when a source has no date


def test_add_notes_a_source_without_a_date(tmp_path: Path) -> None:
    assert call_builder("new", str(tmp_path / "d")).returncode == 0
    seeds = tmp_path / "d" / "seeds"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "closure.txt").write_text("Board closes ward\n\nThe board said on Tuesday the ward would close.\n", encoding="utf-8")
    (folder / "wire.txt").write_text("KELLBY, Sept 26, 2025 (Vale Wire) - The ward will stay open.\n", encoding="utf-8")
    added = call_builder("add", "--seeds", str(seeds), "--append", str(folder / "closure.txt"), str(folder / "wire.txt"))
    assert added.returncode == 0, added.stderr
    (note,) = [line for line in added.stderr.splitlines() if line.startswith("note:")]
    assert note.startswith("note: 'closure.txt': no date found") and "wire.txt" not in note
    assert f"in {seeds / 'sources.yml'}" in note


def test_add_says_nothing_of_dated_sources(tmp_path: Path) -> None:
    assert call_builder("new", str(tmp_path / "d")).returncode == 0
    seeds = tmp_path / "d" / "seeds"
    (tmp_path / "wire.txt").write_text("AVEL, March 4, 2024 (Harbour Wire) - Hollin Appliances recalled kettles.\n", encoding="utf-8")
    added = call_builder("add", "--seeds", str(seeds), str(tmp_path / "wire.txt"))
    assert added.returncode == 0 and "note:" not in added.stderr, added.stderr


# ---- 10. the warning counts the discovered profiles gone, not moved pages or the review page


def test_profile_ids_read_the_previous_builds_table(tmp_path: Path) -> None:
    table = tmp_path / "entities.csv"
    table.write_text("id,kind,name\nharlow-cross,person,Harlow Cross\nvale-wire,organisation,Vale Wire\n", encoding="utf-8")
    assert manifest.profile_ids(table) == {"harlow-cross", "vale-wire"}
    assert manifest.profile_ids(tmp_path / "none.csv") == set()


@pytest.mark.slow
def test_registering_every_discovered_name_warns_of_no_deleted_profile(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(STRIKE, seeds)
    first = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover", "--drafts", "--jobs", "1")
    assert first.returncode == 0, first.stderr
    suggested = call_builder("suggest", "--seeds", str(seeds))
    assert suggested.returncode == 0, suggested.stderr
    # every name registered, one of them under another kind: its page moves folders
    stubs = suggested.stdout
    pid = stubs[: stubs.index("kind: person")].rsplit("- id: ", 1)[1].split()[0]
    (seeds / "entities.yml").write_text(stubs.replace("kind: person", "kind: organisation", 1), encoding="utf-8")
    plain = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    assert plain.returncode == 0, plain.stderr
    assert (docs / "organisations" / f"{pid}.md").exists() and not (docs / "people" / f"{pid}.md").exists()
    assert "discovered profile" not in plain.stderr
    assert "its review page (review/index.md) was deleted" in plain.stderr


@pytest.mark.slow
def test_a_discovered_profile_left_out_is_named_in_the_warning(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(STRIKE, seeds)
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--discover", "--jobs", "1").returncode == 0
    stubs = call_builder("suggest", "--seeds", str(seeds)).stdout
    (seeds / "entities.yml").write_text(_without(stubs, "mara-lind"), encoding="utf-8")
    plain = call_builder("build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1")
    (line,) = [w for w in plain.stderr.splitlines() if "discovered profile" in w]
    assert "so 1 discovered profile was deleted (mara-lind); build with --discover to keep it" in line


def _without(stubs: str, eid: str) -> str:
    """The stubs less the entry of `eid` (from its "- id:" line to the next comment or entry)."""
    out: list[str] = []
    skipping = False
    for line in stubs.splitlines():
        if line.startswith("- id: "):
            skipping = line == f"- id: {eid}"
        elif not line.startswith("  "):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"

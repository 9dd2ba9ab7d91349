"""A story and its update are no dispute (reviewer's bankruptcy dossier, session 13): a
later version of the same outlet's story, or a later report that says it revised, updated
or corrected a figure ("earlier reported 31"), replaces the earlier figure; the count reads
as corrected, the earlier figure marked replaced. Two newsrooms that differ, neither
saying so, still dispute. Cases from a bankruptcy, a strike and a court case; expected
values worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import pipeline
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.present import corrections, quantities
from builder.read.text import split_paragraphs


def _body(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind="organisation", name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


ENTITIES = [
    _body("meridian", "Meridian Health", "Meridian"),
    _body("agnes", "St. Agnes Hospital", "St. Agnes"),
    _body("union", "Harbour Workers Union"),
    _body("court", "Kestrel County Court"),
]
BY_ID = {e.id: e for e in ENTITIES}


def counted(stories: tuple[tuple[str, str], ...], entities: list[Entity], versions: tuple[tuple[int, int], ...] = (),
            outlets: tuple[str, ...] = ()) -> list[quantities.Count]:
    """The counts of sources given as (publication date, text) annotated with `entities`,
    the pairs of them that are versions, and each one's outlet."""
    found, published = [], {}
    by_id = {e.id: e for e in entities}
    for i, (when, text) in enumerate(stories):
        src = Source(f"s{i}", f"s{i}.txt", text, f"s{i}", published=dt.date.fromisoformat(when),
                     paragraphs=split_paragraphs(text))
        published[src.id] = src.published
        found += [(c, src.id) for c in annotate(src, Matcher(entities), by_id).claims]
    by_source = {f"s{i}": o for i, o in enumerate(outlets)}
    later = corrections.later_versions([(f"s{a}", f"s{b}") for a, b in versions], by_source, published)
    return quantities.counts(found, published, later, by_source)


def lined_up(*stories: tuple[str, str], versions: tuple[tuple[int, int], ...] = (), outlets: tuple[str, ...] = ()
             ) -> list[tuple[str, str, bool, list[tuple[str, bool]]]]:
    """`counted` with this file's entities: (unit, owner, disputed, revisions as (figure, replaced))."""
    return [(c.unit, c.owner, c.disputed, [(v, gone) for v, _, gone in c.revisions])
            for c in counted(stories, ENTITIES, versions, outlets)]


JOBS_31 = "The closures will cost 31 jobs at St. Agnes, Meridian said."
JOBS_32 = "The closures will cost 32 jobs at St. Agnes, Meridian said."


@pytest.mark.parametrize(
    ("stories", "versions", "outlets", "expected"),
    [
        # the review's case: the same outlet's story and its later version
        ((("2025-03-04", JOBS_31), ("2025-03-05", JOBS_32)), ((0, 1),), ("Harbour Times", "Harbour Times"),
         [("jobs", "agnes", False, [("31", True), ("32", False)])]),
        # a later report, another outlet, that says it revised the figure
        ((("2025-03-04", JOBS_31),
          ("2025-03-06", "Meridian revised its estimate: the closures will cost 32 jobs at St. Agnes.")), (),
         ("Harbour Times", "Valley Post"),
         [("jobs", "agnes", False, [("31", True), ("32", False)])]),
        # an editor's note: the earlier figure it names is the replaced one
        ((("2025-03-04", JOBS_31),
          ("2025-03-05", "Correction: An earlier version of this story said the closures would cost 31 jobs at "
                         "St. Agnes.\n\n" + JOBS_32)), (), ("Harbour Times", "Valley Post"),
         [("jobs", "agnes", False, [("31", True), ("32", False)])]),
        # a strike: the union's earlier figure, given as such, in the same story
        ((("2025-03-04", "The Harbour Workers Union said 1,200 of its members had walked out; it had earlier "
                         "reported 1,100 of its members on strike."),), (), ("Harbour Times",),
         [("members", "union", False, [("1,100", True), ("1,200", False)])]),
        # a court case: an updated count of claimants a day later
        ((("2025-03-04", "Kestrel County Court has 64 claimants in the case."),
          ("2025-03-05", "Kestrel County Court, in an updated list, has 65 claimants in the case.")), (),
         ("Court News", "Court News"),
         [("claimants", "court", False, [("64", True), ("65", False)])]),
    ],
)
def test_a_later_version_or_a_correction_replaces_the_earlier_figure(
    stories: tuple[tuple[str, str], ...], versions: tuple[tuple[int, int], ...], outlets: tuple[str, ...],
    expected: list[tuple[str, str, bool, list[tuple[str, bool]]]],
) -> None:
    assert lined_up(*stories, versions=versions, outlets=outlets) == expected


@pytest.mark.parametrize(
    ("stories", "versions", "outlets", "expected"),
    [
        # two newsrooms, neither saying it corrects: a dispute
        ((("2025-03-04", JOBS_31), ("2025-03-05", JOBS_32)), (), ("Harbour Times", "Valley Post"),
         [("jobs", "agnes", True, [])]),
        # "earlier" about something else, a clause before the figure: no earlier figure
        ((("2025-03-04", "The Harbour Workers Union, which earlier said it would strike, has 900 members."),
          ("2025-03-05", "The Harbour Workers Union has 950 members, Meridian said.")), (), ("Harbour Times", "Valley Post"),
         [("members", "union", True, [])]),
        # versions of one story by two outlets (a wire copy): a dispute
        ((("2025-03-04", JOBS_31), ("2025-03-05", JOBS_32)), ((0, 1),), ("Harbour Times", "Valley Post"),
         [("jobs", "agnes", True, [])]),
        # the same outlet's versions on one day: no order, so no correction
        ((("2025-03-04", JOBS_31), ("2025-03-04", JOBS_32)), ((0, 1),), ("Harbour Times", "Harbour Times"),
         [("jobs", "agnes", True, [])]),
        # the update replaces the earlier figure; a third newsroom's figure still disputes the new one
        ((("2025-03-04", JOBS_31), ("2025-03-05", JOBS_32),
          ("2025-03-05", "The closures will cost 40 jobs at St. Agnes, the union said.")),
         ((0, 1),), ("Harbour Times", "Harbour Times", "Valley Post"),
         [("jobs", "agnes", True, [("31", True), ("32", False), ("40", False)])]),
        # attack review s13 #2: another newsroom's "Update:" note, or "updated" about something
        # else, settles no dispute with the police's figure
        ((("2025-03-04", "The closures will cost 31 jobs at St. Agnes, Meridian said."),
          ("2025-03-05", "Update: more marches are planned for Friday.\n\nThe closures will cost 50 jobs at St. Agnes, "
                         "the Harbour Workers Union said."),
          ("2025-03-05", "The Harbour Workers Union, which updated its website, said the closures will cost 40 jobs at St. Agnes.")),
         (), ("Harbour Times", "Valley Post", "Dock Daily"),
         [("jobs", "agnes", True, [])]),
    ],
)
def test_newsrooms_that_differ_still_dispute(
    stories: tuple[tuple[str, str], ...], versions: tuple[tuple[int, int], ...], outlets: tuple[str, ...],
    expected: list[tuple[str, str, bool, list[tuple[str, bool]]]],
) -> None:
    assert lined_up(*stories, versions=versions, outlets=outlets) == expected


def test_claims_page_and_profile_show_the_correction(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "entities.yml").write_text(
        "- id: meridian\n  kind: organisation\n  name: Meridian Health\n  aliases: [Meridian]\n  summary: A chain.\n"
        "- id: agnes\n  kind: organisation\n  name: St. Agnes Hospital\n  aliases: [St. Agnes]\n  summary: A hospital.\n",
        encoding="utf-8")
    body = ("Meridian Health filed for bankruptcy protection on Monday in a court in the city, listing its debts "
            "and naming the hospitals it plans to close over the coming months as part of a reorganisation plan.\n\n"
            "{}\n\nThe chain said patients would be moved to other hospitals in the region before the closures, and "
            "that staff would be offered posts elsewhere where possible, according to the filing.\n")
    (seeds / "a.txt").write_text("Meridian files\n\n" + body.format(JOBS_31), encoding="utf-8")
    (seeds / "b.txt").write_text("Meridian files\n\n" + body.format(JOBS_32), encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Meridian files\n  outlet: Harbour Times\n  published: 2025-03-04\n"
        "b.txt:\n  title: Meridian files (updated)\n  outlet: Harbour Times\n  published: 2025-03-05\n",
        encoding="utf-8")
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    page = (docs / "claims" / "index.md").read_text(encoding="utf-8")
    assert [line for line in page.splitlines() if line.startswith("## ")] == ["## Jobs&#58; St. Agnes Hospital — corrected"]
    assert "**31** (4 March 2025, replaced) → **32** (5 March 2025)." in page
    assert "| **31** (replaced) | [Meridian Health]" in page
    assert "Disputed" not in page
    profile = (docs / "organisations" / "agnes.md").read_text(encoding="utf-8")
    assert ("- **Jobs** (corrected): **31** (replaced) according to Meridian Health; **32** according to Meridian "
            "Health.") in profile


def test_an_earlier_version_of_the_story_is_no_claimant() -> None:
    # attack review s13 #8: the profile said "according to Meridian Health, an earlier
    # version of this story"
    from builder.annotate.claimants import described

    for text in ("An earlier version of this story said the closures would cost 31 jobs.",
                 "The original report said 31 jobs would go."):
        assert described(text, 0, len(text)) == ""
    text = "Health officials said 31 jobs would go."
    assert described(text, 0, len(text)) == "Health officials"


# ---- a profile's facts: a later version of the same story supersedes as the claims pages do (s15b #8)


def _facts(*rows: tuple[str, str, str, str]) -> list[tuple[object, str]]:
    from builder.annotation import Fact

    return [(Fact(entity, kind, value, 3), sid) for entity, kind, value, sid in rows]


def _sources(**published: str) -> dict[str, Source]:
    return {sid: Source(sid, f"{sid}.txt", "x", sid, published=dt.date.fromisoformat(day)) for sid, day in published.items()}


@pytest.mark.parametrize(
    ("rows", "later", "kept"),
    [
        # the doping wire: "Mutai, 54," corrected to "Mutai, 52," in the next day's version: 52 stands
        ((("mutai", "age", "54", "wire"), ("mutai", "age", "52", "wire-2")), {"wire": {"wire-2"}}, ["52"]),
        # a strike: two newsrooms' ages differ, neither a version of the other: both stay (a dispute)
        ((("lind", "age", "61", "a"), ("lind", "age", "62", "b")), {}, ["61", "62"]),
        # a bankruptcy: the later version states no age: the earlier's stands; a role is never superseded
        ((("rowe", "age", "58", "wire"), ("rowe", "role", "administrator", "wire"), ("rowe", "role", "receiver", "wire-2")),
         {"wire": {"wire-2"}}, ["58", "administrator", "receiver"]),
    ],
)
def test_a_fact_replaced_by_a_later_version_is_superseded(
    rows: tuple[tuple[str, str, str, str], ...], later: dict[str, set[str]], kept: list[str],
) -> None:
    from builder.present.profiles import current

    assert [f.value for f, _ in current(_facts(*rows), later)] == kept  # type: ignore[attr-defined]


def test_a_stated_birth_date_gives_the_birth_year_exactly() -> None:
    from builder.present.profiles import ages

    sources = _sources(decision="2025-10-03", wire="2025-06-14")
    found = ages(_facts(("berg", "born", "2 February 1998", "decision"), ("berg", "age", "27", "decision"),  # type: ignore[arg-type]
                        ("berg", "age", "27", "wire")), sources)
    assert found is not None and found["born"] == "1998" and not found["conflict"]
    # an age that cannot agree with the birth date: the sources disagree
    found = ages(_facts(("berg", "born", "2 February 1998", "decision"), ("berg", "age", "31", "wire")), sources)  # type: ignore[arg-type]
    assert found is not None and found["conflict"]

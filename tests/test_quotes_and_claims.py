"""Review findings on invented stories: a quote carried by two wire versions of one story
is one entry on the speaker's profile citing both; disputed counts written without a
unit noun ("police said 3,000 marched; organisers said 10,000") are claims, compared
across sources, in a strike, a court case and a bankruptcy. Expected values were worked
out by hand from the sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import pipeline
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.annotation import Claim, Quote
from builder.model import Alias, Entity, Source
from builder.present import quantities
from builder.present.profiles import said_once
from builder.read.text import split_paragraphs

UNION = Entity(id="dockers", kind="party", name="Avel Dockers' Union", aliases=(Alias("Avel Dockers' Union"),), summary="s")


def source(text: str, sid: str = "s1") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2024, 3, 12), paragraphs=split_paragraphs(text))


def claims(text: str, sid: str = "s1") -> list[tuple[str, str, str]]:
    ann = annotate(source(text, sid), Matcher([UNION]), {UNION.id: UNION})
    return [(c.value, c.unit, c.owner) for c in ann.claims]


# ---- counted figures whatever the unit noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike: the crowd as the subject of a verb, then a figure stated alone
        ("Police said 3,000 marched; organisers said 10,000.", [("3,000", "people", ""), ("10,000", "people", "")]),
        ("Police said 3,000 people marched through Avel. Organisers said 10,000.",
         [("3,000", "people", ""), ("10,000", "people", "")]),
        # a bankruptcy: the figure alone counts what the clause before counted
        ("The administrator said 450 creditors had filed claims; the company said 380.",
         [("450", "creditors", ""), ("380", "creditors", "")]),
        # a court case: witnesses as the subject of a verb
        ("The defence said 12 testified, and the prosecution said 14.", [("12", "people", ""), ("14", "people", "")]),
        # a bound is no count (as "more than 300"): never set against a count (session 12)
        ("At least 300 were arrested during the strike.", []),
        ("Police said 300 were arrested during the strike.", [("300", "people", "")]),
        # the owner is the party the figure is tied to, as for any unit
        ("The Avel Dockers' Union said 1,200 walked out.", [("1,200", "people", "dockers")]),
    ],
)
def test_counts_without_a_unit_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Arkady Air Flight 447 crashed in 2009.",  # a designation, then a year
        "The index stood at 3.5 rose by noon.",  # a decimal
        "Trading resumed at 9:30 started slowly.",  # a time
        "He said 2015 was a bad year for the union.",  # a year
        "The union said 40 percent agreed.",  # a share
        "The hearing said 12 in the morning.",  # a figure stated alone, nothing counted before it
    ],
)
def test_no_count_without_a_counted_thing(text: str) -> None:
    assert claims(text) == []


def test_disputed_crowd_compared_across_sources() -> None:
    a = claims("Police said 3,000 marched in Avel on Tuesday.", "a")
    b = claims("Organisers said 10,000 people marched in Avel.", "b")
    counted = quantities.counts([(Claim("people", v, "", 1, u, o), sid) for (v, u, o), sid in ((a[0], "a"), (b[0], "b"))])
    assert len(counted) == 1 and counted[0].disputed
    assert [f for f, _ in counted[0].figures] == ["3,000", "10,000"]
    assert counted[0].heading({}) == "People — disputed"


# ---- one quote, two wire versions


def test_same_words_in_two_sources_are_one_quote() -> None:
    q1 = Quote("lind", 10, 60, "We will stay out until the Harbour Authority talks to us,", 2)
    q2 = Quote("lind", 40, 90, "We will stay out until the harbour authority talks to us.", 3)
    q3 = Quote("lind", 95, 120, "The owners must come to the table.", 3)
    assert said_once([(q1, "wire-a"), (q2, "wire-b"), (q3, "wire-b"), (q1, "wire-a")]) == [
        (q1, [("wire-a", 2), ("wire-b", 3)]),
        (q3, [("wire-b", 3)]),
    ]


def test_profile_lists_a_wire_quote_once_citing_both(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    story = (
        "Dockers walk out\n\nMembers of the Avel Dockers' Union walked out on Tuesday.\n\n"
        "\"We will stay out until the Harbour Authority talks to us,\" Mara Lind said.\n"
    )
    (seeds / "a.txt").write_text(story, encoding="utf-8")
    (seeds / "b.txt").write_text(story.replace("walked out on Tuesday", "struck on Tuesday"), encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Dockers walk out (wire A)\n  published: 2024-03-12\n"
        "b.txt:\n  title: Dockers strike (wire B)\n  published: 2024-03-12\n",
        encoding="utf-8",
    )
    (seeds / "entities.yml").write_text(
        "- id: mara-lind\n  kind: person\n  name: Mara Lind\n  summary: Union secretary.\n", encoding="utf-8"
    )
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1))
    page = (docs / "people" / "mara-lind.md").read_text(encoding="utf-8")
    quotes = page.split("## Quotes", 1)[1].split("\n## ", 1)[0]
    assert quotes.count("We will stay out until the Harbour Authority talks to us") == 1
    # the quote list is a raw HTML block since issue 23: links are the site's addresses
    assert 'href="../sources/2024-03-12-dockers-walk-out-wire-a.html#p-3"' in quotes
    assert 'href="../sources/2024-03-12-dockers-strike-wire-b.html#p-3"' in quotes


def test_a_bare_noun_reporting_a_figure_is_the_source_not_the_last_speaker() -> None:
    lind = Entity(id="lind", kind="person", name="Mara Lind", aliases=(Alias("Mara Lind"),), summary="s")
    text = "Mara Lind said 1,200 members walked out. Police said 3,000 marched; organisers said 10,000. He said 900 members were out."
    ann = annotate(source(text), Matcher([lind, UNION]), {"lind": lind, UNION.id: UNION})
    assert [(c.value, c.unit, c.claimant) for c in ann.claims] == [
        ("1,200", "members", "lind"), ("3,000", "people", ""), ("10,000", "people", ""),
        ("900", "members", "lind"),  # "He" takes the last claimant named, not the police
    ]


def test_the_reporting_clause_nearest_the_verb_decides_a_bare_noun_claimant() -> None:
    lind = Entity(id="lind", kind="person", name="Mara Lind", aliases=(Alias("Mara Lind"),), summary="s")
    text = "Mara Lind said 1,200 members walked out. Outside the court, about 200 investors protested; organisers said 500."
    ann = annotate(source(text), Matcher([lind, UNION]), {"lind": lind, UNION.id: UNION})
    assert [(c.value, c.unit, c.claimant) for c in ann.claims] == [
        ("1,200", "members", "lind"), ("200", "investors", ""), ("500", "investors", ""),
    ]


# ---- a quote's own attribution: an abbreviated title before the name, and never the
# previous speaker when a reporting verb after the quote names someone else (attacker
# review, session 8: 'said Ms. Jane Rowe' took the speaker of the paragraph before)

SMITH = Entity(id="john-smith", kind="person", name="John Smith", aliases=(Alias("John Smith"),), summary="s")
ROWE = Entity(id="jane-rowe", kind="person", name="Jane Rowe", aliases=(Alias("Jane Rowe"),), summary="s")
TULLY = Entity(id="alan-tully", kind="person", name="Alan Tully", aliases=(Alias("Alan Tully"),), summary="s")


def speakers(text: str) -> list[tuple[str, str]]:
    people = [SMITH, ROWE, TULLY]
    ann = annotate(source(text), Matcher(people), {e.id: e for e in people})
    return [(q.text, q.speaker) for q in ann.quotes]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('"The money is gone and the creditors know it," said Ms. Jane Rowe on Tuesday.', "jane-rowe"),
        ("'The money is gone and the creditors know it,' insisted Dr. Alan Tully on Monday.", "alan-tully"),
        ('"The money is gone and the creditors know it," said Prof. Alan Tully, the administrator.', "alan-tully"),
        ('"The money is gone and the creditors know it," Ms. Jane Rowe said.', "jane-rowe"),
        # a reporting verb with nobody the dossier knows: no speaker, not the last one
        ('"The money is gone and the creditors know it," said Ms. Odile Brandt on Tuesday.', ""),
        ('"The money is gone and the creditors know it," a court clerk added.', ""),
    ],
)
def test_quote_after_a_quoted_paragraph_has_its_own_speaker(second: str, speaker: str) -> None:
    text = f'"We will appeal the ruling in the spring," said John Smith on Thursday.\n\n{second}\n'
    got = speakers(text)
    assert got[0] == ("We will appeal the ruling in the spring", "john-smith")
    assert got[1] == ("The money is gone and the creditors know it", speaker)


def test_continued_quote_keeps_its_speaker() -> None:
    """A paragraph that only continues the previous quotation keeps its speaker."""
    text = ('"We will appeal the ruling in the spring," said John Smith on Thursday. "The creditors\n\n'
            '"will be paid in full, every one of them, before the end of the year."\n')
    assert [s for _, s in speakers(text)] == ["john-smith", "john-smith"]

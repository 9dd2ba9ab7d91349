"""Registry against discovery, publication dates as given, and dateline credits.

Review 19 (d.md #1, #6, #11; c.md #12). Each expected value was worked out by hand from
the invented sentences."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from builder import pipeline
from builder.annotate import discover
from builder.model import Alias, Dossier, Entity, Source
from builder.read.text import split_paragraphs


def _source(text: str, sid: str = "s1", outlet: str = "") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2026, 10, 14), paragraphs=split_paragraphs(text),
                  outlet=outlet)


def _discovered(sources: tuple[Source, ...], entities: tuple[Entity, ...]) -> tuple[dict[str, Entity], Counter[str]]:
    """As `build --discover` does: the entities (by id) and their mentions (by id)."""
    annotated = pipeline.annotate_all(sources, entities, 1)
    suggestions = discover.group_names(Dossier(sources, entities), annotated)
    found = discover.provisional(suggestions, entities)
    everyone = discover.attach(suggestions, entities) + found
    again = pipeline.annotate_all(sources, everyone, 1)
    return {e.id: e for e in everyone}, Counter(m.entity for a in again.values() for m in a.mentions)


def _registered(eid: str, name: str, kind: str, *short: str) -> Entity:
    aliases = (Alias(name),) + tuple(Alias(s, after_full_name=True) for s in short)
    return Entity(id=eid, kind=kind, name=name, aliases=aliases, summary="s")


# ---- d.md #1: a registered name and its aliases always win over discovery


def test_registered_outlet_and_hyphenated_surname_keep_their_mentions() -> None:
    # the reviewer's repro, rewritten: a university's own statement about its professor
    text = (
        "Statement from Northfield University regarding the Hale-Morrow inquiry\n\n"
        "Northfield University today received the findings of the panel investigating Professor Dana Hale-Morrow.\n\n"
        "Professor Hale-Morrow has been placed on leave, said President Robert Ansah.\n\n"
        "The University has notified the journals concerned."
    )
    people = (_registered("dana-hale-morrow", "Dana Hale-Morrow", "person", "Hale-Morrow"),
              _registered("northfield-university", "Northfield University", "organisation", "Northfield"))
    entities, counts = _discovered((_source(text, outlet="Northfield University"),), people)
    # no discovered copy of either registered name
    assert sorted(entities) == ["dana-hale-morrow", "northfield-university", "robert-ansah"]
    assert counts["northfield-university"] == 3  # heading, ¶2, and "The University" after the full name
    assert counts["dana-hale-morrow"] == 2  # the heading's surname comes before the full name: not counted
    assert counts["robert-ansah"] == 1  # an unregistered name is still discovered
    university = entities["northfield-university"]
    added = [a for a in university.aliases if a.provisional]
    assert [a.text for a in added] == ["University"]


def test_a_registered_name_written_another_way_joins_it() -> None:
    # a merger: the registry writes the accent and the hyphen, one source does not
    text = ("Zürich Re agreed on Monday to buy Harland-Vey Insurance for $2 billion.\n\n"
            "Zurich Re said the deal would close in March, and Harland Vey Insurance said it agreed.")
    firms = (_registered("zurich-re", "Zürich Re", "organisation"),
             _registered("harland-vey", "Harland-Vey Insurance", "organisation"))
    entities, counts = _discovered((_source(text),), firms)
    assert sorted(entities) == ["harland-vey", "zurich-re"]
    assert counts["zurich-re"] == 2
    assert counts["harland-vey"] == 2
    assert {a.text for a in entities["zurich-re"].aliases if a.provisional} == {"Zurich Re"}


def test_a_registered_surname_in_a_court_story_is_not_a_new_organisation() -> None:
    # a court case: the defendant's hyphenated surname in the headline before his full name
    text = ("Judge rejects Okafor-Reyes appeal\n\n"
            "A judge on Friday rejected the appeal of Samuel Okafor-Reyes against his conviction.\n\n"
            "Okafor-Reyes, 44, was convicted in May. Lawyers for Okafor-Reyes said they would appeal again.")
    person = (_registered("samuel-okafor-reyes", "Samuel Okafor-Reyes", "person", "Okafor-Reyes"),)
    entities, counts = _discovered((_source(text),), person)
    assert "okafor-reyes" not in entities
    assert counts["samuel-okafor-reyes"] == 3


# ---- d.md #6: a page's machine-readable publication date is read exactly as given


_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>{meta}</head>
<body><article><h1>{title}</h1><p>{byline}</p>
<p>{body}</p><p>The hearing is expected to last three weeks, officials said in a statement.</p>
</article></body></html>"""


def _page_date(meta: str, title: str, byline: str, body: str) -> str:
    from builder.read import convert

    page = _PAGE.format(meta=meta, title=title, byline=byline, body=body)
    return convert.convert("page.html", page.encode()).meta.get("published", "")


def test_a_published_time_after_the_machine_clock_is_kept_as_given() -> None:
    # the reviewer's page, moved to a year no clock has reached: the council vote story
    assert _page_date('<meta property="article:published_time" content="2099-12-04T21:10:00-05:00">',
                      "Council approves layoffs", "Dec. 4, 2099",
                      "The city council voted early Friday to lay off 180 workers, the mayor said.") == "2099-12-04"


def test_a_recall_notice_dated_by_schema_org_in_the_future_is_kept() -> None:
    # htmldate reads a JSON-LD year up to 2039 only (its YEAR_RE): a year after the clock all the same
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Carmaker recalls 40,000 vans", "datePublished": "2030-07-19T08:00:00Z"}</script>')
    assert _page_date(ld, "Carmaker recalls 40,000 vans", "July 19, 2030",
                      "Harlow Motors said on Monday it would recall 40,000 vans over a brake fault.") == "2030-07-19"


def test_a_past_published_time_is_read_as_before() -> None:
    # a merger story of 2024: nothing changes for a date before the clock
    assert _page_date('<meta property="article:published_time" content="2024-03-12T09:30:00+00:00">',
                      "Banks agree merger", "March 12, 2024",
                      "Northmere Bank agreed on Tuesday to buy Calder Savings for $2 billion, the banks said.") == "2024-03-12"

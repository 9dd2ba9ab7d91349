"""Registry against discovery, publication dates as given, and dateline credits.

Review 19 (d.md #1, #6, #11; c.md #12). Each expected value was worked out by hand from
the invented sentences."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from builder import pipeline
from builder.annotate import discover, provisionals
from builder.model import Alias, Dossier, Entity, Source
from builder.read.text import split_paragraphs


def _source(text: str, sid: str = "s1", outlet: str = "") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2026, 10, 14), paragraphs=split_paragraphs(text),
                  outlet=outlet)


def _discovered(sources: tuple[Source, ...], entities: tuple[Entity, ...]) -> tuple[dict[str, Entity], Counter[str]]:
    """As `build --discover` does: the entities (by id) and their mentions (by id)."""
    annotated = pipeline.annotate_all(sources, entities, 1)
    suggestions = discover.group_names(Dossier(sources, entities), annotated)
    found = provisionals.provisional(suggestions, entities)
    everyone = provisionals.attach(suggestions, entities) + found
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
    # the heading's surname too: the dossier names nobody else so (s21 j.md #8, `provisionals.surnames_alone`)
    assert counts["dana-hale-morrow"] == 3
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
    assert counts["samuel-okafor-reyes"] == 4  # the headline's surname too (`provisionals.surnames_alone`)


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


# ---- d.md #11: a dateline's credit, a state's abbreviation and a rating grade are no names


def _names(text: str, entities: tuple[Entity, ...] = ()) -> dict[str, list[str]]:
    """Entity name -> its aliases, after `--discover`."""
    found, _ = _discovered((_source(text),), entities)
    return {e.name: [a.text for a in e.aliases] for e in found.values()}


def test_a_wire_credit_after_a_dateline_region_is_no_alias_of_the_region() -> None:
    names = _names("LINWOOD, Ohio (CP) — Professor Adrian Lister resigned on Friday, his lawyer said.\n\n"
                   "Lister denied wrongdoing.")
    assert names["Ohio"] == ["Ohio"]  # "CP" is the wire's credit, no acronym of Ohio
    assert "LINWOOD" in names and "Adrian Lister" in names


def test_a_wire_credit_after_a_dateline_place_is_no_alias_of_the_place() -> None:
    # a recall: the place of filing and the agency's credit, two names (as before)
    names = _names("KESTREL BAY (HW) — Harlow Motors said on Tuesday it would recall 40,000 vans.")
    assert names["KESTREL BAY"] == ["KESTREL BAY"]
    assert names["Harlow Motors"] == ["Harlow Motors"]


def test_an_acronym_in_brackets_after_a_name_still_joins_it() -> None:
    # the negative case: "Name (ABBR)" in a court story's text is the name's acronym
    names = _names("The Northfield Bar Council (NBC) said the trial would start.\n\n"
                   "NBC said on Friday that Judge Amy Carr would preside.")
    assert names["Northfield Bar Council"] == ["Northfield Bar Council", "NBC"]


def test_a_us_state_abbreviation_after_a_city_is_no_name() -> None:
    names = _names("Bethesda, Md. — November 2, 2026 — The agency said on Monday it had suspended the grants.\n\n"
                   "She lives in Quincy, Mass., and the company is based in Dover, Del., her lawyer said.")
    assert not {"Md", "Mass", "Del"} & set(names)
    assert names["Quincy"] == ["Quincy"] and names["Dover"] == ["Dover"]


def test_a_rating_grade_is_not_the_initials_of_a_name() -> None:
    names = _names("Castlereach City Council voted on Friday to cut 180 jobs.\n\n"
                   "Northfield Credit cut the city's rating to CCC- on 7 December, the agency said.")
    assert names["Castlereach City Council"] == ["Castlereach City Council"]
    assert "CCC" not in names
    # a merger's bonds, in Moody's and S&P's scales
    names = _names("Harlow Motors agreed to buy Calder Vans on Monday. Harlow Motors was rated Baa3, "
                   "and Calder Vans had its rating cut to BB+ by Northfield Credit.")
    assert not {"Baa3", "BB", "Baa"} & set(names)
    assert {"Harlow Motors", "Calder Vans"} <= set(names)


# ---- c.md #12: a registered short alias does not take a longer company name with a legal form


def test_a_registered_short_alias_inside_a_company_legal_name() -> None:
    paper = Entity(id="morning-clarion", kind="organisation", name="Morning Clarion",
                   aliases=(Alias("Morning Clarion"), Alias("Clarion")), summary="s")
    text = ("Avery is suing Clarion Newspapers Ltd over a report in the Morning Clarion.\n\n"
            "Clarion Newspapers Ltd said on Monday it would appeal, and the Clarion stood by its story.")
    later = "Clarion Newspapers said on Friday it would seek permission to appeal."
    entities, counts = _discovered((_source(text), _source(later, "s2")), (paper,))
    publisher = entities["clarion-newspapers-ltd"]
    assert publisher.kind == "organisation"
    # the name without its legal form, as the later story writes it, is the publisher's
    assert [a.text for a in publisher.aliases] == ["Clarion Newspapers Ltd", "Clarion Newspapers"]
    assert counts["clarion-newspapers-ltd"] == 3
    assert counts["morning-clarion"] == 2  # "the Morning Clarion" and "the Clarion"


def test_a_company_name_without_its_legal_form_is_an_alias_only_where_written() -> None:
    # a recall: "Harlow Motor Group plc" is never written without "plc"
    entities, _ = _discovered((_source("Harlow Motor Group plc said on Monday it would recall 40,000 vans."),), ())
    assert [a.text for a in entities["harlow-motor-group-plc"].aliases] == ["Harlow Motor Group plc"]


def test_a_legal_form_after_the_registered_name_itself_is_that_company() -> None:
    # the negative case: "Harlow Inc." is the registered Harlow, not a second company
    firm = Entity(id="harlow", kind="organisation", name="Harlow", aliases=(Alias("Harlow"),), summary="s")
    entities, counts = _discovered((_source("Harlow Inc. said on Monday it would recall 40,000 vans. Harlow declined "
                                            "to say more."),), (firm,))
    assert [e for e in entities if e != "harlow"] == []
    assert counts["harlow"] == 2


def _wire(text: str, sid: str = "s1") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2026, 10, 23), paragraphs=split_paragraphs(text),
                  outlet="Continental Press", agency="Continental Press")


def test_a_dateline_credit_of_the_sources_own_agency_is_that_agency() -> None:
    entities, counts = _discovered((_wire("LINWOOD, Ohio (CP) — Professor Adrian Lister resigned on Friday."),), ())
    agency = next(e for e in entities.values() if e.name == "Continental Press")
    assert [a.text for a in agency.aliases] == ["Continental Press", "CP"]
    assert counts[agency.id] == 1
    assert [a.text for a in entities["ohio"].aliases] == ["Ohio"]


def test_an_acronym_the_text_spells_out_stays_its_own_name_in_an_agency_story() -> None:
    # a court story: "CP" is the party the text names, not the wire
    text = "The Castle Party (CP) lost its appeal on Friday, the court said.\n\nCP said it would go to the supreme court."
    entities, _ = _discovered((_wire(text),), ())
    assert [a.text for a in entities["castle-party"].aliases] == ["Castle Party", "CP"]
    assert not any(e.name == "Continental Press" for e in entities.values())

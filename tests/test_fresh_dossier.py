"""What a fresh user's invented bankruptcy dossier showed, each failure as a kind with its
siblings from other stories (a strike, a court case, an election): a firm named after
its partners, a judge's title, a place after "at", a longer name over a registered
shorter one, quotes with an inverted verb or in single marks, amounts of money as
claims. Every name is invented; expected values were worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_discovery import entity, source, suggestions

from builder import pipeline
from builder.annotate import discover, provisionals
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.annotate.names import find_names
from builder.model import Dossier
from builder.present import figures, quantities


def kinds(*texts: str) -> dict[str, str]:
    return {name: s.kind for name, s in suggestions(*texts).items()}


# ---- kinds


@pytest.mark.parametrize(
    ("texts", "name", "kind"),
    [
        # a firm named after its partners: "&" is no person's
        (("Marlow & Penn said it could not pay its staff.",), "Marlow & Penn", "organisation"),
        (("Brandt & Sons told the court it would appeal.",), "Brandt & Sons", "organisation"),
        (("Lind & Okafor, the union's lawyers, said the count was wrong.",), "Lind & Okafor", "organisation"),
        # a title before a name: a person, even when the last word looks like a legal form
        (("Judge Helena Vos approved the filing on Monday.",), "Helena Vos", "person"),
        (("The chair, Mara Spa, said the vote was close.", "Mara Spa said she would stand again."), "Mara Spa", "person"),
        # ... while a legal form in capitals stays one
        (("Kessel Brandt VOS said its creditors would be paid.",), "Kessel Brandt VOS", "organisation"),
        # a place after "at" a site or a verb of arriving
        (("The company ran the terminal at Ardmore for thirty years.",), "Ardmore", "place"),
        (("Marchers gathered at Lindholm before noon.",), "Lindholm", "place"),
        (("The ferry docked at Skarvik late.",), "Skarvik", "place"),
        # ... but a noun of what people do there says nothing: an employer stays one
        (("Dockers held a protest at Kessel Shipping Lines on Monday.",), "Kessel Shipping Lines", "organisation"),
        (("Hundreds joined a march at Brandt Logistics.",), "Brandt Logistics", "organisation"),
        # the outlet in a dateline's brackets, even with a place word first, when the story names it too
        # (named only in the dateline it is the source's metadata, no entity: misc21)
        (("SELBY, March 5 (Coast Courier) - Creditors met in Port Selby on Wednesday, the Coast Courier reported.",),
         "Coast Courier", "organisation"),
        (("SELBY, March 5 (Coast Courier) - Creditors met in Port Selby on Wednesday.",), "SELBY", "place"),
        # a named site or building is a place, even after a given name (session 8: the
        # dev set's review page read such names as people)
        (("Workers walked out of the Everett Factory on Monday.",), "Everett Factory", "place"),
        (("Pickets stood outside Ardmore Terminal all night.",), "Ardmore Terminal", "place"),
        (("The march ended at Victoria Station.",), "Victoria Station", "place"),
        (("The creditors met at Grace Hall in the afternoon.",), "Grace Hall", "place"),
        (("Cargo piled up at Lindholm Shipyard.",), "Lindholm Shipyard", "place"),
    ],
)
def test_kinds(texts: tuple[str, ...], name: str, kind: str) -> None:
    assert kinds(*texts)[name] == kind


def test_a_name_of_several_words_with_no_evidence_is_an_organisation() -> None:
    found = suggestions("Korvane Aviation filed for bankruptcy. Its Skarvo Program business units were sold.")
    assert found["Korvane Aviation"].kind == found["Skarvo Program"].kind == "organisation"
    # ... but a surname the evidence calls a person's makes the full name a person
    found = suggestions("Minister Aruna Sekarwati Wiranto opened the port. Wiranto said it would stay open.")
    assert found["Aruna Sekarwati Wiranto"].kind == "person"
    found = suggestions("Tjahjo Kusumo Wibisono visited Avel. Wibisono said the strike was over.")
    assert found["Tjahjo Kusumo Wibisono"].kind == "person" and "Wibisono" in found["Tjahjo Kusumo Wibisono"].short_forms


def test_analysts_at_a_company_say_nothing_of_a_place() -> None:
    found = suggestions("Analysts at Kessel Brandt Holdings said the strike at Valdor Aviation would end.")
    assert found["Kessel Brandt Holdings"].kind == "organisation"
    assert not any("site at" in e for e in found["Valdor Aviation"].evidence)


# ---- one entity per referent


def test_a_firms_short_name_joins_its_longer_name() -> None:
    found = suggestions(
        "Marlow & Penn Shipping filed for bankruptcy. Marlow & Penn owes its workers wages.",
        "Creditors of Marlow & Penn met in Port Selby. Marlow & Penn said it had 380 workers.",
    )
    firm = found["Marlow & Penn"]
    assert set(firm.forms) == {"Marlow & Penn", "Marlow & Penn Shipping"} and firm.kind == "organisation"
    assert "Marlow & Penn Shipping" not in found
    assert not any(n.startswith("Creditors") for n in found)  # a plural noun opening the sentence


def test_a_place_is_no_short_form_of_an_organisation_named_after_it() -> None:
    found = suggestions(
        "Port Selby Harbour Authority said it would take over the berths.",
        "Creditors met in Port Selby on Wednesday. Port Selby Harbour Authority said nothing.",
    )
    assert found["Port Selby"].kind == "place" and found["Port Selby"].forms == ("Port Selby",)
    assert found["Port Selby Harbour Authority"].kind == "organisation"
    assert "Port Selby" not in found["Port Selby Harbour Authority"].short_forms


def test_two_longer_names_leave_the_short_one_apart() -> None:
    # "Marlow & Penn" opens two companies' names: which one is meant is not said
    found = suggestions("Marlow & Penn Shipping and Marlow & Penn Logistics merged. Marlow & Penn said so.")
    assert "Marlow & Penn" in found and "Marlow & Penn Shipping" in found and "Marlow & Penn Logistics" in found


def test_a_sentence_with_small_verbs_is_no_title_case_headline() -> None:
    # every word of four letters or more is capitalised, but "met" is a verb left small
    assert set(suggestions("Creditors of Marlow & Penn met in Port Selby on Wednesday.")) == {"Marlow & Penn", "Port Selby"}
    # a real title-case headline still gives no names of its own
    assert set(suggestions("Creditors Meet As Marlow Collapse Deepens In Selby\n\nThe creditors said the collapse would deepen.")) == set()


# ---- a longer discovered name over a registered shorter one at the same start


@pytest.mark.parametrize(
    ("registered", "kind", "text", "longer"),
    [
        ("Port Selby", "place", "Port Selby Harbour Authority said it would take over. Ships left Port Selby.",
         "Port Selby Harbour Authority"),
        ("Paul Kessel", "person", "The Paul Kessel Foundation paid the strikers. Paul Kessel said nothing.",
         "Paul Kessel Foundation"),
        ("Avel", "place", "Avel District Court heard the case. Strikers marched in Avel.", "Avel District Court"),
    ],
)
def test_a_longer_name_beats_a_registered_shorter_one(registered: str, kind: str, text: str, longer: str) -> None:
    ents = (entity("r", registered, kind=kind),)
    srcs = (source(text, "s0"),)
    annotated = pipeline.annotate_all(srcs, ents, 1)
    found = {s.name for s in discover.group_names(Dossier(srcs, ents), annotated)}
    assert found == {longer}
    # with the provisional entity, the matcher's leftmost-longest rule links the longer name
    grown = ents + provisionals.provisional(discover.group_names(Dossier(srcs, ents), annotated), ents)
    mentions = pipeline.annotate_all(srcs, grown, 1)["s0"].mentions
    assert [(m.text, m.entity == "r") for m in mentions] == [(longer, False), (registered, True)]


def test_a_registered_name_keeps_a_longer_name_of_its_own_kind() -> None:
    # "Valdor Airlines" may be the registered company itself: the registry's reading stays
    ents = (entity("valdor", "Valdor", kind="organisation"),)
    src = source("Valdor Airlines cut 300 jobs.", "s0")
    mentions = pipeline.annotate_all((src,), ents, 1)["s0"].mentions
    assert find_names(src, mentions, (), frozenset(), {"valdor": "organisation"}) == ()


# ---- quotes


PEOPLE = {
    "nadia-okafor": entity("nadia-okafor", "Nadia Okafor"),
    "tom-reilly": entity("tom-reilly", "Tom Reilly"),
    "helena-vos": entity("helena-vos", "Helena Vos"),
}


def quotes(text: str) -> list[tuple[str, str]]:
    ann = annotate(source(text), Matcher(list(PEOPLE.values())), PEOPLE)
    return [(q.speaker, q.text) for q in ann.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inverted verb and a role in apposition before the name
        ('"We have been left with nothing," said the union\'s general secretary, Nadia Okafor.',
         [("nadia-okafor", "We have been left with nothing")]),
        ("“The hearing is adjourned until April,” said the presiding judge, Helena Vos.",
         [("helena-vos", "The hearing is adjourned until April")]),
        ('"We will count every vote again," said Nadia Okafor, the returning officer.',
         [("nadia-okafor", "We will count every vote again")]),
        # single marks, straight and curly, punctuation inside or outside
        ("'The port will stay open,' said harbour master Tom Reilly.", [("tom-reilly", "The port will stay open")]),
        ("‘The port will stay open’, Tom Reilly said.", [("tom-reilly", "The port will stay open")]),
        ("Tom Reilly said: 'We will not give up the berths at all.'", [("tom-reilly", "We will not give up the berths at all.")]),
        ("Nadia Okafor said the dockers' union wouldn't sign. 'It is a bad deal for everyone,' she said.",
         [("nadia-okafor", "It is a bad deal for everyone")]),
        # a single quote inside a double one is part of it, not a second quote
        ("\"They told us 'wait until Friday' and then closed the gates,\" Nadia Okafor said.",
         [("nadia-okafor", "They told us 'wait until Friday' and then closed the gates")]),
    ],
)
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # apostrophes and scare quotes are no quotations
        "The union's 'green' jobs plan and the workers' pay were not discussed, Nadia Okafor said.",
        "Tom Reilly's firm and the dockers' union met on Monday in the '90s style hall.",
    ],
)
def test_no_quotes(text: str) -> None:
    assert quotes(text) == []


# ---- amounts of money as claims


def money(text: str, sid: str = "s1") -> list[tuple[str, str, str]]:
    ann = annotate(source(text, sid), Matcher([]), {})
    return [(c.value, c.unit, c.claimant) for c in ann.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company owes £8 million in unpaid wages, the union said.", [("£8 million", "unpaid wages (£)", "")]),
        ("The fund paid out US$2.5 billion of debt relief.", [("US$2.5 billion", "debt relief (US$)", "")]),
        ("The court ordered €40,000 in damages to each worker.", [("€40,000", "damages (€)", "")]),
        # an amount that does not say what it is of, or a change, is no claim
        ("The company took a £2 million loan and paid £8 million.", []),
        # what is owed is a debt: "owes £8 million" states the debts "debts of £12 million" does
        ("The company took a £2 million loan and owes £8 million.", [("£8 million", "debts (£)", "")]),
        ("Shares lost more than $3 million in value.", []),
        # what a thing cost states its cost (costings, review s21 j #5): a figure of the strike's costs
        ("The strike cost £8 million in the first week.", [("£8 million", "strike costs (£)", "")]),
    ],
)
def test_amounts_of_money(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert money(text) == expected


def test_two_sources_amounts_are_compared() -> None:
    a = annotate(source("The company owes £8 million in unpaid wages.", "a"), Matcher([]), {}).claims
    b = annotate(source("Administrators said it owes £12 million in unpaid wages to 450 workers.", "b"), Matcher([]), {}).claims
    counted = quantities.counts([(c, "a") for c in a] + [(c, "b") for c in b])
    wages = [c for c in counted if c.unit == "unpaid wages (£)"]
    assert len(wages) == 1 and wages[0].disputed and [f for f, _ in wages[0].figures] == ["£8 million", "£12 million"]
    assert figures.amount("£12 million") == 12e6 and figures.amount("US$2.5 billion") == 2.5e9


# ---- the whole dossier, built from nothing


def test_the_bankruptcy_dossier_built_from_nothing(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Marlow & Penn Shipping files for bankruptcy\n\n"
        "ARDMORE, March 3 (Harbour Wire) - Marlow & Penn Shipping filed for bankruptcy on Monday.\n\n"
        "Judge Helena Vos of the Selby District Court approved the filing. Marlow & Penn owes £8 million in "
        "unpaid wages, the union said.\n\n"
        "\"We have been left with nothing,\" said the union's general secretary, Nadia Okafor. The company ran "
        "the terminal at Ardmore for thirty years.\n\n"
        "Port Selby Harbour Authority said it would take over the berths. 'The port will stay open,' said "
        "harbour master Tom Reilly.\n",
        encoding="utf-8",
    )
    (seeds / "b.txt").write_text(
        "Creditors meet as Marlow & Penn collapse deepens\n\n"
        "SELBY, March 5 (Coast Courier) - Creditors of Marlow & Penn met in Port Selby on Wednesday.\n\n"
        "The administrators said the company owes £12 million in unpaid wages to 450 workers.\n",
        encoding="utf-8",
    )
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Marlow & Penn Shipping files for bankruptcy\n  published: 2026-03-03\n"
        "b.txt:\n  title: Creditors meet as Marlow & Penn collapse deepens\n  published: 2026-03-05\n",
        encoding="utf-8",
    )
    (seeds / "entities.yml").write_text("# empty\n", encoding="utf-8")
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, drafts=True, discover=True))
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    kind = {e["name"]: e["kind"] for e in data["entities"]}
    assert kind["Marlow & Penn"] == "organisation" and "Marlow & Penn Shipping" not in kind
    assert kind["Helena Vos"] == kind["Nadia Okafor"] == kind["Tom Reilly"] == "person"
    assert kind["Ardmore"] == kind["Port Selby"] == "place"
    assert kind["Port Selby Harbour Authority"] == "organisation"
    assert "Harbour Wire" not in kind  # the outlet named only in a dateline: the source's metadata, no profile (misc21)
    ids = {e["name"]: e["id"] for e in data["entities"]}
    assert {(q["speaker"], q["text"]) for q in data["quotes"]} == {
        (ids["Nadia Okafor"], "We have been left with nothing"), (ids["Tom Reilly"], "The port will stay open")
    }
    claims = (docs / "claims" / "index.md").read_text(encoding="utf-8")
    # "Marlow & Penn owes" and, in the other source, "the company owes" after Marlow & Penn
    # is named: one owner's debt, disputed (session 9: before, no owner was named)
    assert "Unpaid wages &#40;£&#41;&#58; Marlow &#38; Penn — disputed" in claims


# ---- registered aliases are held to the same rules as discovered names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time zone after a clock time is no mention of a registered "UTC" or "EST"
        ("The vote closed at 09:00 UTC and at 5 p.m. EST; UTC said nothing.", ["UTC"]),
        ("Polls shut at 18.30 EST.", []),
        # a year or a count before a registered acronym leaves it a mention
        ("In 2013 CNRP won 55 CNRP seats.", ["CNRP", "CNRP"]),
        # a registered name written as a word after a time stays one
        ("At 09:00 Avel time the strike began in Avel.", ["Avel", "Avel"]),
    ],
)
def test_registered_aliases_after_a_time(text: str, expected: list[str]) -> None:
    registry = [
        entity("utc", "UTC", kind="organisation"), entity("est", "EST", kind="organisation"),
        entity("cnrp", "CNRP", kind="party"), entity("avel", "Avel", kind="place"),
    ]
    from builder.annotate.matcher import resolve

    assert [text[h.start : h.end] for h, _ in resolve(Matcher(registry).hits(text))] == expected


# ---- what a reviewer saw on the airbus dev dossier's review page, as kinds


def test_a_rank_before_a_given_name_is_a_title() -> None:
    found = suggestions("General Ilse Varga said the base would close. General Motors and General Dynamics cut jobs.")
    assert {"Ilse Varga", "General Motors", "General Dynamics"} <= set(found)
    assert found["Ilse Varga"].kind == "person" and not any(n.startswith("General I") for n in found)


@pytest.mark.parametrize(
    ("text", "country", "adjective"),
    [
        ("French dockers marched. The strike spread across France.", "France", "French"),
        ("Dutch unions joined. Talks were held in the Netherlands.", "Netherlands", "Dutch"),
        ("A Swiss court ruled. The firm left Switzerland in May.", "Switzerland", "Swiss"),
    ],
)
def test_irregular_nationality_adjectives_are_neither_their_country_nor_an_entity(text: str, country: str, adjective: str) -> None:
    # "French dockers" are dockers of France, not a mention of the state: nationality
    # adjectives are their own class (CoNLL-2003's MISC, OntoNotes' NORP), neither a form
    # of the country nor a provisional entity of their own.
    found = suggestions(text)
    assert country in found and adjective not in found[country].forms and adjective not in found


def test_an_irregular_adjective_without_its_country_is_left_out() -> None:
    assert "Irish" not in suggestions("The Irish airline Kessel Air cut fares. Kessel Air said so.")


def test_plurals_of_names_and_lone_country_codes_get_no_profile() -> None:
    found = suggestions(
        "Kessel Air said it sold two Valdor jets. Valdor said the Valdors were late; Kessel Air bought three Valdores.",
        "What BS, Ilse Varga said. She sold TV rights in Avel. The UK strike spread; talks were held in the UK.",
    )
    assert "Valdor" in found and "Valdors" not in found and "Valdores" not in found
    assert "BS" not in found and "TV" not in found
    assert found["UK"].kind == "place"  # named twice, once after "in": the country


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        # (a term of common words with its acronym alone, "Maintenance, Repair and Overhaul (MRO)", is no
        # name at all since session 10: test_false_names)
        ("Analysts said Ardmore Maintenance, Repair and Overhaul Company (AMROC) would grow.",
         "Ardmore Maintenance, Repair and Overhaul Company", "AMROC"),
        ("The Harbour Safety and Pilotage Board (HSPB) met in Avel.", "Harbour Safety and Pilotage Board", "HSPB"),
        ("The Dock Workers, Riggers and Stevedores Union (DWRSU) struck.", "Dock Workers, Riggers and Stevedores Union", "DWRSU"),
    ],
)
def test_an_acronym_in_brackets_keeps_its_spelled_out_name_whole(text: str, name: str, acronym: str) -> None:
    found = suggestions(text)
    assert set(found[name].forms) == {name, acronym}
    parts = [p.strip() for p in name.replace(" and ", ",").split(",")]
    assert not any(p in found for p in parts)


def test_two_names_and_a_two_letter_acronym_stay_apart() -> None:
    assert {"Kessel Air", "Valdor Lines"} <= set(suggestions("Kessel Air and Valdor Lines (KV) merged in Avel."))


def test_a_command_is_an_organisation() -> None:
    found = suggestions("Ilse Varga, head of the Avel Mobility Command, said the base would close.")
    assert found["Avel Mobility Command"].kind == "organisation"


def test_a_name_with_an_acronym_in_it_is_no_persons() -> None:
    # ("Lynx", not "Ridge" as before: "Ridge" now ends a landform's name, kinds21)
    found = suggestions("Kessel sold Mark OS X Lynx. Users said Mark OSX was slow. Mark Brandt said it was fine.")
    assert found["Mark OS X Lynx"].kind == found["Mark OSX"].kind == "organisation"
    assert found["Mark Brandt"].kind == "person"
    # released, it is a product (session 9): no profile, and still no person
    found = suggestions("Kessel released Mark OS X Lynx. Mark Brandt said it was fine.")
    assert "Mark OS X Lynx" not in found and found["Mark Brandt"].kind == "person"


def test_a_currency_prefix_written_with_a_space() -> None:
    us = entity("us", "United States", "U.S.", "US", kind="place")
    text = "He was paid U.S. $10,000 and US $5,000 by the U.S. embassy."
    from builder.annotate.matcher import resolve

    assert [text[h.start : h.end] for h, _ in resolve(Matcher([us]).hits(text))] == ["U.S."]
    assert "U.S." not in suggestions("He was paid U.S. $10,000 for a CD recording.")
    assert "CD" not in suggestions("He was paid U.S. $10,000 for a CD recording.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a generational suffix stays with the surname, and names nobody alone
        ("Crowds cheered Martin Luther King Jr. in Avel.", {"Martin Luther King Jr.", "Avel"}),
        ("Strikers quoted Tomas Brandt Sr. and Ilse Varga III in Avel.", {"Tomas Brandt Sr.", "Ilse Varga III", "Avel"}),
        # an organisation's head word, then a person with nothing between: two names
        ("Fort Kessel Capital Group Charlie Smith said stocks fell.", {"Fort Kessel Capital Group", "Charlie Smith"}),
        ("Avel Dockers Union Tomas Brandt spoke first.", {"Avel Dockers Union", "Tomas Brandt"}),
        # ... not a company named after a person, nor a head word before a non-name
        ("Kessel Shipping Group Holdings grew.", {"Kessel Shipping Group Holdings"}),
    ],
)
def test_suffixes_and_people_after_an_organisation(text: str, names: set[str]) -> None:
    found = suggestions(text)
    assert set(found) == names


def test_one_name_across_and() -> None:
    found = suggestions(
        "The Harbour Pilots and Boatmen Union struck in Avel. Valdor Group and Kessel Shipping merged; Valdor Group said so.",
        "Korvane Lines and Brandt Shipping Company merged. Strikers met the Harbour Pilots and Boatmen Union.",
    )
    assert "Harbour Pilots and Boatmen Union" in found and "Boatmen Union" not in found
    # a name of its own on either side, or one named alone elsewhere: two names
    assert {"Valdor Group", "Kessel Shipping", "Korvane Lines", "Brandt Shipping Company"} <= set(found)
    found = suggestions("Talks between Avel Harbour Pilots and Boatmen Union failed. Avel Harbour Pilots said so.")
    assert "Boatmen Union" in found and not any(" and " in n for n in found)


def test_one_name_written_two_ways() -> None:
    found = suggestions(
        "The Avel Harbour Defence & Pilotage Company said it won.",
        "Strikers met the Avel Harbour Defense and Pilotage Company in Avel. The Avel Harbour Board and the "
        "Avel Harbour Bears met; the New Avel Times and the New Avel Tribune agreed.",
    )
    assert len([n for n in found if n.startswith("Avel Harbour Def")]) == 1
    assert {"Avel Harbour Board", "Avel Harbour Bears", "New Avel Times", "New Avel Tribune"} <= set(found)

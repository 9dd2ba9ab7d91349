"""Discovery read as a careful reader would (session 9): named events and products get
no profile, and the smaller kinds of failure of issue 19. Every sentence is invented (a
strike, a court case, a bankruptcy, a recall); each expected value was worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_discovery import source, suggestions

from builder import pipeline
from builder.annotate import discover, provisionals
from builder.model import Alias, Dossier, Entity


def entities(*texts: str) -> dict[str, str]:
    """Provisional entity name -> kind, as `--discover` makes them."""
    found = list(suggestions(*texts).values())
    return {e.name: e.kind for e in provisionals.provisional(found, ())}


# ---- named events: a suggestion, no entity


def test_a_named_event_is_a_suggestion_but_no_entity() -> None:
    texts = (
        "Delegates of the Harbour Workers Union met at the Avel Labour Summit on Monday.",
        "The Avel Labour Summit ended without a deal, the Harbour Workers Union said.",
    )
    found = suggestions(*texts)
    assert found["Avel Labour Summit"].kind == "event"
    made = entities(*texts)
    assert "Avel Labour Summit" not in made
    assert made["Harbour Workers Union"] == "organisation"


# ---- products: weighed cues, no profile when they win


@pytest.mark.parametrize(
    ("texts", "product"),
    [
        # a recall: the object of "recalled", and "the new X"
        (("Kessel Appliances recalled the Breeze on Tuesday.", "The new Breeze had caught fire twice."), "Breeze"),
        # a launch, then the passive
        (("Valdor Motors unveiled the Stormrider in March.", "The Stormrider was launched in Avel."), "Stormrider"),
        # a court case about software: "X users", "X, the newest version of"
        (("Brandt Soft said Ledgerline users lost data.", "Ledgerline, the newest version of its accounts tool, failed."), "Ledgerline"),
        # "version of X" after a maker's possessive
        (("Kessel sold a version of Kessel Appliances's Breeze Max to the council.",
          "Kessel Appliances introduced Breeze Max in 2021."), "Breeze Max"),
    ],
)
def test_a_product_gets_no_profile(texts: tuple[str, ...], product: str) -> None:
    found = suggestions(*texts)
    assert product not in found, found[product] if product in found else None


def test_the_maker_keeps_its_profile_and_its_kind() -> None:
    made = entities("Kessel Appliances recalled the Breeze on Tuesday.", "The new Breeze had caught fire twice.")
    assert made.get("Kessel Appliances") == "organisation"


@pytest.mark.parametrize(
    ("texts", "name", "kind"),
    [
        # an organisation's head word outweighs a launch verb: a company can be launched
        (("Tomas Brandt launched Valdor Airlines in 1990.", "Valdor Airlines cut 200 jobs."), "Valdor Airlines", "organisation"),
        # a person with a given name, released on bail: "released" in the passive is no cue
        (("Ana Ferreira was released on bail.", "Ana Ferreira said she would appeal."), "Ana Ferreira", "person"),
        # a person after "introduced": the given name and a reporting verb outweigh it
        (("The chairman introduced Maria Kessel to the creditors.", "Maria Kessel said the firm owed £8 million."),
         "Maria Kessel", "person"),
        # "new" before a place's name says nothing: the gazetteer
        (("Strikers marched through new Kenya offices in Nairobi.",), "Nairobi", "place"),
    ],
)
def test_what_a_product_cue_does_not_outweigh(texts: tuple[str, ...], name: str, kind: str) -> None:
    assert entities(*texts).get(name) == kind


# ---- a place named with a given name first; an acronym with "&"


@pytest.mark.parametrize(
    ("texts", "name", "kind"),
    [
        # a city that is also a given name, then a place's own word after its short form
        (("The strikers' flight left Austin Bergstrom on Monday.", "Pickets met it at Bergstrom airport."),
         "Austin Bergstrom", "place"),
        # a given name that is also a city, and the person says so
        (("Austin Brandt said the union would appeal.", "Brandt said so twice."), "Austin Brandt", "person"),
        # a given name that is also a city, and nothing else: still a person
        (("The court heard Elizabeth Varga on Tuesday.",), "Elizabeth Varga", "person"),
        # "X airport", "the X river": a place by the lower-case noun after it
        (("Trucks waited at Ardmore airport.", "Ardmore airport reopened on Friday."), "Ardmore", "place"),
    ],
)
def test_a_place_with_a_given_name_first(texts: tuple[str, ...], name: str, kind: str) -> None:
    assert suggestions(*texts)[name].kind == kind


@pytest.mark.parametrize(
    ("texts", "name", "forms"),
    [
        (("Smith & Wesson (S&W) said sales fell.", "S&W cut 200 jobs in a recall."), "Smith & Wesson",
         {"Smith & Wesson", "S&W"}),
        # no brackets: the initials across "&"
        (("Creditors of Marlow & Penn met on Monday.", "M&P owes £8 million."), "Marlow & Penn", {"Marlow & Penn", "M&P"}),
        # brackets after a longer name
        (("Marlow & Penn Shipping (M&P) filed for bankruptcy.",), "Marlow & Penn Shipping", {"Marlow & Penn Shipping", "M&P"}),
    ],
)
def test_an_acronym_with_an_ampersand_joins_its_name(texts: tuple[str, ...], name: str, forms: set[str]) -> None:
    found = suggestions(*texts)
    assert set(found[name].forms) == forms, found
    assert found[name].kind == "organisation"


def test_a_lone_ampersand_name_stays_one() -> None:
    found = suggestions("Workers at AT&T walked out.", "Smith & Wesson said sales fell.")
    assert set(found) == {"AT&T", "Smith & Wesson"}


# ---- a source that says only the short form


def linked(*texts: str) -> list[set[tuple[str, str]]]:
    """Per source, the (surface, entity name) of every mention once `--discover`'s
    provisional entities are the registry."""
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    found = discover.group_names(Dossier(srcs, ()), pipeline.annotate_all(srcs, (), 1))
    made = provisionals.provisional(found, ())
    names = {e.id: e.name for e in made}
    annotated = pipeline.annotate_all(srcs, made, 1)
    return [{(m.text, names[m.entity]) for m in annotated[s.id].mentions} for s in srcs]


def test_a_surname_alone_in_a_source_mentions_the_one_person_who_has_it() -> None:
    one, two = linked(
        "Judge Tomas Brandt adjourned the case against Kessel Shipping on Monday.",
        "Brandt said the hearing would resume in May.",
    )
    assert ("Brandt", "Tomas Brandt") in two


def test_a_short_form_that_is_also_a_word_still_waits_for_the_full_name() -> None:
    # the dossier writes "cook" in lower case: "Cook" opening a sentence may be the word
    one, two = linked(
        "Striking workers met Maria Cook, the union's leader, on Monday. A cook fed them.",
        "Cook said the strike would go on.",
    )
    assert ("Maria Cook", "Maria Cook") in one
    assert not any(name == "Maria Cook" for _, name in two)


def test_a_surname_two_people_share_waits_for_the_full_name() -> None:
    *_, three = linked(
        "Paul Kessel told the court he was owed £8 million. Kessel said so twice.",
        "Anna Kessel, his sister, said the firm was bankrupt. Kessel said so again.",
        "Kessel said nothing more.",
    )
    assert not any(surface == "Kessel" for surface, _ in three)


def test_a_registered_names_leading_word_alone_in_a_source() -> None:
    vantmoor = Entity("vantmoor", "organisation", "Vantmoor Construction Ltd",
                      (Alias("Vantmoor Construction Ltd"),), summary="s")
    srcs = (
        source("Vantmoor Construction Ltd filed for administration. Vantmoor owes £8 million.", "s0"),
        source("Creditors said Vantmoor had not paid them since May.", "s1"),
    )
    found = discover.group_names(Dossier(srcs, (vantmoor,)), pipeline.annotate_all(srcs, (vantmoor,), 1))
    registered = provisionals.attach(found, (vantmoor,))
    annotated = pipeline.annotate_all(srcs, registered, 1)
    assert [m.text for m in annotated["s1"].mentions if m.entity == "vantmoor"] == ["Vantmoor"]


# ---- "The company owes …": the owner named before


def org(eid: str, name: str, kind: str = "organisation") -> Entity:
    return Entity(eid, kind, name, (Alias(name),), summary="s")


VANTMOOR, UNION, BANK = org("vantmoor", "Vantmoor Construction Ltd"), org("cswu", "Civil Workers Union"), org("kb", "Kessel Bank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bankruptcy: "the company" is the company named before
        ("Vantmoor Construction Ltd filed for administration. The company owes suppliers about £8 million.",
         [("£8 million", "debts (£)", "vantmoor")]),
        ("Vantmoor Construction Ltd collapsed on Monday. The court heard the firm owed creditors $3 million.",
         [("$3 million", "debts ($)", "vantmoor")]),
        # a strike: "the union" is the one whose name has "Union", not the company named last
        ("Civil Workers Union members struck at Vantmoor Construction Ltd. The union owes its members £40,000 in strike pay.",
         [("£40,000", "strike pay (£)", "cswu")]),
        # nothing named before: no owner is guessed
        ("The company owes suppliers about £8 million, according to its filing.", [("£8 million", "debts (£)", "")]),
        # "the union" with no union named: none
        ("Vantmoor Construction Ltd cut jobs. The union owes £40,000 in strike pay.", [("£40,000", "strike pay (£)", "")]),
        # another organisation is the subject of "owes": the debtor, not "the company"
        ("Vantmoor Construction Ltd collapsed. The company said Kessel Bank owes suppliers £8 million.",
         [("£8 million", "debts (£)", "kb")]),
        # the debtor named as the subject of "owes"
        ("Creditors met on Monday. Vantmoor Construction Ltd still owes them about £8 million.",
         [("£8 million", "debts (£)", "vantmoor")]),
    ],
)
def test_the_company_owes(text: str, expected: list[tuple[str, str, str]]) -> None:
    from test_discovery_review import claims_of

    assert claims_of(text, (VANTMOOR, UNION, BANK)) == expected


def test_a_word_of_a_products_name_gets_no_profile_of_its_own() -> None:
    texts = ("Valdor Systems unveiled Harbour OS Lite in May.", "The new Harbour OS Lite crashed, and the OS lost data for weeks.")
    found = suggestions(*texts)
    assert "Harbour OS Lite" not in found and "OS" not in found
    assert found["Valdor Systems"].kind == "organisation"
    # a word with evidence of its own keeps it: a place in a product's name
    found = suggestions("Valdor Systems unveiled the Avel Tracker in Nairobi.", "The new Avel Tracker sold well in Nairobi.")
    assert "Avel Tracker" not in found and found["Nairobi"].kind == "place"


def test_a_measures_ticker_in_brackets_gets_no_profile() -> None:
    found = suggestions(
        "The Avel composite average (AVCA) fell 3% as the strike at Kessel Shipping (KS) went on.",
        "AVCA recovered on Friday; KS said talks would resume.",
    )
    assert "AVCA" not in found
    assert set(found["Kessel Shipping"].forms) == {"Kessel Shipping", "KS"}


def test_the_review_page_says_which_short_forms_wait_for_the_full_name(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Court hears strike case\n\nJudge Tomas Brandt heard Maria Cook, the union's leader, on Monday. "
        "A cook fed the pickets. Cook said the strike would go on.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Strike case adjourned\n\nBrandt adjourned the case until May.\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("# empty\n", encoding="utf-8")
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, drafts=True, discover=True))
    page = (docs / "review" / "index.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line.split("|")[4].strip() for line in page.splitlines() if line.startswith("| [")}
    assert rows["[Tomas Brandt](../people/tomas-brandt.md)"] == "Brandt"
    assert rows["[Maria Cook](../people/maria-cook.md)"] == "Cook (after the full name)"
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    ids = {e["id"]: e["name"] for e in data["entities"]}
    assert {(m["text"], ids[m["entity"]]) for m in data["mentions"] if m["text"] == "Brandt"} == {("Brandt", "Tomas Brandt")}
    assert sum(m["text"] == "Brandt" for m in data["mentions"]) == 1  # source b, which never names him in full


# ---- review findings (session 9, fresh user's food-recall dossier), in invented sentences


def test_a_surname_with_particles_stays_whole_and_joins_the_person() -> None:
    found = suggestions(
        "\"We act,\" said Jan van der Berg, chief executive of Kessel Foods.",
        "Ana de la Vega, the bureau's director, said so. \"We stopped,\" van der Berg said.",
        "Van der Berg said the plant would reopen. De la Vega called the closure right.",
        "Why do Kessel Foods workers strike? The court heard Ahmed bin Khalid.",
    )
    assert set(found["Jan van der Berg"].short_forms) == {"van der Berg", "Van der Berg"}
    assert found["Ana de la Vega"].short_forms == ("De la Vega",)
    assert found["Jan van der Berg"].kind == found["Ana de la Vega"].kind == "person"
    assert "Ahmed bin Khalid" in found
    assert not any(name.startswith(("do ", "Why")) or name in ("Vega", "Berg", "Ana") for name in found), set(found)


def test_a_registered_alias_with_a_particle_matches_opening_a_sentence() -> None:
    from builder.annotate.matcher import Matcher, resolve

    berg = Entity("berg", "person", "Jan van der Berg", (Alias("Jan van der Berg"), Alias("van der Berg")), summary="s")
    text = "Van der Berg said the plant would reopen; van der Berg said so twice."
    assert [text[h.start : h.end] for h, _ in resolve(Matcher([berg]).hits(text))] == ["Van der Berg", "van der Berg"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Marchetti Supermarkets said it pulled the dumplings from its stores.", "Marchetti Supermarkets", "organisation"),
        ("Pickets stood outside Brennholt Bakeries on Monday.", "Brennholt Bakeries", "organisation"),
        # a possessive inside the name of an institution named after a saint or person
        ("Three children were treated at St. Augustine's Hospital in Avel.", "St. Augustine's Hospital", "organisation"),
        ("Students at King's College walked out.", "King's College", "organisation"),
    ],
)
def test_business_heads_and_possessive_institutions(text: str, name: str, kind: str) -> None:
    assert suggestions(text)[name].kind == kind


def test_a_possessive_before_a_longer_name_still_splits() -> None:
    found = suggestions("On Monday Avel's Changi Hospital Trust and Singapore's Changi Airport said so.")
    assert {"Singapore", "Changi Airport", "Changi Hospital Trust"} <= set(found), set(found)


def test_a_name_in_a_script_without_capitals_in_brackets_joins_the_name() -> None:
    found = suggestions("Kessel Foods (星野食品), the maker of frozen meals, recalled 40,000 packs.",
                        "Avel Trading (أفيل للتجارة) said so.")
    assert set(found["Kessel Foods"].forms) == {"Kessel Foods", "星野食品"}
    assert set(found["Avel Trading"].forms) == {"Avel Trading", "أفيل للتجارة"}


def test_a_bracketed_form_after_a_registered_name_attaches_to_it() -> None:
    kessel = Entity("kessel", "organisation", "Kessel Foods", (Alias("Kessel Foods"),), summary="s")
    srcs = (source("Kessel Foods (星野食品), the maker of frozen meals, recalled 40,000 packs.", "s0"),)
    found = discover.group_names(Dossier(srcs, (kessel,)), pipeline.annotate_all(srcs, (kessel,), 1))
    assert [(s.registered, s.forms) for s in found] == [("kessel", ("星野食品",))]
    assert not provisionals.provisional(found, (kessel,))
    extended = provisionals.attach(found, (kessel,))[0]
    assert [a.text for a in extended.aliases if a.provisional] == ["星野食品"]


def test_a_given_name_alone_waits_for_the_full_name() -> None:
    _, two = linked("Judge Tomas Brandt heard the case on Monday. Tomas said little.", "Tomas said the strike was lawful.")
    assert not any(surface == "Tomas" for surface, _ in two)


@pytest.mark.parametrize(
    ("texts", "name", "kind"),
    [
        # "its X headquarters": where the owner's site is, not an organisation
        (("Pickets gathered outside its Ardmore headquarters on Monday.", "Kessel Shipping closed its Ardmore offices."),
         "Ardmore", "place"),
        # "X headquarters" with no possessive determiner before it still says organisation
        (("Police raided Brennholt headquarters on Monday.",), "Brennholt", "organisation"),
        # "a report in X": an outlet, not a place
        (("According to a report in Nordvik Insider, the strike would end.", "An article in Nordvik Insider said so."),
         "Nordvik Insider", "organisation"),
        # "in X" otherwise still says place
        (("The strike spread to workers in Ardmore.",), "Ardmore", "place"),
    ],
)
def test_headquarters_and_outlets(texts: tuple[str, ...], name: str, kind: str) -> None:
    assert suggestions(*texts)[name].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Kessel Appliances recalled 4,000 units of the K400 Breeze on Monday.",
        "The airline will take delivery of six V400 XS (Extra Short) aircraft.",
        "The union said the F-35 Lightning was built at Ardmore.",
    ],
)
def test_a_name_right_after_a_model_code_is_the_products(text: str) -> None:
    found = suggestions(text)
    assert not {"Breeze", "Extra Short", "Lightning"} & set(found), set(found)

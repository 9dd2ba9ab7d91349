"""Findings of a fresh-user review (an invented court-case and bankruptcy dossier) as
kinds: discovered forms of a registered name, names joined by "and", a title glued to
a name, a place after a common noun, the display name, claims' owners. Each sentence is
invented; each expected value was worked out by hand from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_discovery import source

from builder import pipeline
from builder.annotate import discover, provisionals
from builder.model import Alias, Dossier, Entity


def registered(eid: str, name: str, kind: str = "organisation") -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=(Alias(name),), summary="s")


def found(entities: tuple[Entity, ...], *texts: str) -> dict[str, discover.Suggestion]:
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    annotated = pipeline.annotate_all(srcs, entities, 1)
    return {s.name: s for s in discover.group_names(Dossier(srcs, entities), annotated)}


# ---- 1. a discovered name that is a registered name without its legal form


@pytest.mark.parametrize(
    ("name", "texts", "forms", "short"),
    [
        # court case: the name without "Ltd", its acronym in brackets, its first word
        ("Vantmoor Construction Ltd",
         ("Vantmoor Construction (VCL) faces four charges. Vantmoor denies them.",
          "The trial of Vantmoor Construction Ltd opened on Monday."),
         {"Vantmoor Construction", "VCL"}, {"Vantmoor"}),
        # bankruptcy: "Group" dropped
        ("Marlow Foods Group",
         ("Marlow Foods filed for bankruptcy on Friday, and Marlow Foods said wages would be paid.",),
         {"Marlow Foods"}, set()),
        # strike: "plc" dropped, the short form after the name
        ("Kessel Shipping plc",
         ("Dockers at Kessel Shipping walked out on Monday. Kessel said talks would resume.",),
         {"Kessel Shipping"}, {"Kessel"}),
    ],
)
def test_forms_of_a_registered_name_attach_to_it(name: str, texts: tuple[str, ...], forms: set[str], short: set[str]) -> None:
    entity = registered("reg", name)
    result = found((entity,), *texts)
    attached = [s for s in result.values() if s.registered]
    assert [s.registered for s in attached] == ["reg"]
    assert set(attached[0].forms) == forms and set(attached[0].short_forms) == short
    assert attached[0].kind == "organisation" and name in attached[0].evidence[0]
    # and no new entity for them
    assert not [e for e in provisionals.provisional(list(result.values()), (entity,)) if {a.text for a in e.aliases} & (forms | short)]
    extended = provisionals.attach(list(result.values()), (entity,))[0]
    assert {a.text for a in extended.aliases if a.provisional} == forms | short
    # the short forms are the one registered name's and never written in lower case in
    # these dossiers: they count in any source (session 9), also one that says only "Vantmoor"
    assert {a.text for a in extended.aliases if a.after_full_name} == set()
    assert {a.text for a in extended.aliases if a.provisional and not a.after_full_name} == forms | short


def test_a_lone_acronym_of_a_registered_name_attaches_by_its_initials() -> None:
    result = found((registered("ksp", "Kessel Shipping plc"),), "KSP said on Monday that the strike had cost it a week of sailings.")
    assert result["KSP"].registered == "ksp"


@pytest.mark.parametrize(
    ("entities", "text", "name"),
    [
        # a place by its cue is no short form of a registered company named after it
        ((registered("avel", "Avel Harbour Ltd"),), "The court in Avel heard the case on Monday.", "Avel"),
        # a person's name is not read as a registered organisation's
        ((registered("brandt", "Tomas Brandt", kind="person"),), "Mr Brandt said he would appeal.", "Brandt"),
        # two registered companies share the name without the legal form: neither
        ((registered("a", "Brandt Shipping Ltd"), registered("b", "Brandt Shipping plc")),
         "Brandt Shipping said it would appeal.", "Brandt Shipping"),
    ],
)
def test_what_does_not_attach(entities: tuple[Entity, ...], text: str, name: str) -> None:
    assert found(entities, text)[name].registered == ""


def test_a_built_dossier_counts_them_as_the_registered_entitys_mentions(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "entities.yml").write_text(
        "- id: vantmoor\n  kind: organisation\n  name: Vantmoor Construction Ltd\n  summary: The contractor.\n", encoding="utf-8"
    )
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Trial opens\n  published: 2025-10-06\nb.txt:\n  title: Administration\n  published: 2025-10-21\n",
        encoding="utf-8",
    )
    (seeds / "a.txt").write_text(
        "Vantmoor Construction (VCL) faces four charges. The firm pleaded not guilty.\n\n"
        "Vantmoor, which employs 12 500 workers, denies the charges.\n", encoding="utf-8")
    (seeds / "b.txt").write_text(
        "Vantmoor Construction Ltd filed for administration on Tuesday.\n\n"
        "Vantmoor Construction said wages would be paid.\n", encoding="utf-8")
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, drafts=True, discover=True))
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in data["entities"]}
    assert not [e for e in data["entities"] if "Vantmoor" in e["name"] and e["id"] != "vantmoor"]
    assert sorted(by_id["vantmoor"]["provisional_aliases"]) == ["VCL", "Vantmoor", "Vantmoor Construction"]
    # a: "Vantmoor Construction", "VCL", "Vantmoor"; b: the registered name, "Vantmoor Construction"
    assert by_id["vantmoor"]["mention_count"] == 5
    review = (docs / "review" / "index.md").read_text(encoding="utf-8")
    assert "## Provisional aliases of registered entities" in review and "VCL, Vantmoor Construction, Vantmoor" in review
    profile = (docs / "organisations" / "vantmoor.md").read_text(encoding="utf-8")
    assert "Vantmoor Construction (found by `--discover`, unreviewed)" in profile


# ---- 2. one name across "and"; laws


@pytest.mark.parametrize(
    ("texts", "name", "acronym"),
    [
        (("Dana Reyes of the Civil and Structural Workers' Union called it a betrayal.",
          "The CSWU, whose 900 members face an uncertain future, said it would seek talks."),
         "Civil and Structural Workers' Union", "CSWU"),
        # strike: a federation; its acronym skips "and" and "of"
        (("Pickets from the Dock and Harbour Workers' Federation blocked the gates.",
          "The DHWF said the strike would go on."),
         "Dock and Harbour Workers' Federation", "DHWF"),
        # bankruptcy: creditors' committee
        (("A lawyer for the Unsecured and Trade Creditors Committee spoke in Avel.",), "Unsecured and Trade Creditors Committee", ""),
    ],
)
def test_one_word_and_an_organisations_name_are_one_name(texts: tuple[str, ...], name: str, acronym: str) -> None:
    result = found((), *texts)
    assert name in result and result[name].kind == "organisation"
    assert not {n for n in result if n != name and set(n.split()) & set(name.split()) - {"and"}}
    if acronym:
        assert acronym in result[name].forms


def test_a_name_of_its_own_is_not_joined_across_and() -> None:
    # "Avel" is named alone elsewhere, "Tomas" is a given name: two names each
    result = found((), "Strikers in Avel cheered. Avel and Harbour Pilots Union leaders met.",
                   "Dockers thanked Tomas and Harbour Pilots Union members on Monday.")
    assert "Avel" in result and "Harbour Pilots Union" in result
    assert not [n for n in result if " and " in n]


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Vantmoor Construction faces four charges under the Health and Safety at Work Act.", "Health and Safety at Work Act"),
        ("Kessel Shipping was charged under the Protection from Harassment Act in Avel.", "Protection from Harassment Act"),
        ("The strike was legal under the Trade Union and Labour Relations Act, Kessel Shipping said.",
         "Trade Union and Labour Relations Act"),
        ("Creditors of Kessel Shipping cited the Insolvency Code of 2004.", "Insolvency Code"),
    ],
)
def test_a_laws_name_is_one_name_and_no_profile(text: str, law: str) -> None:
    from builder.annotate.names import find_names

    assert law in [n.text for n in find_names(source(text), (), ())]
    result = found((), text)
    assert "Kessel Shipping" in result or "Vantmoor Construction" in result
    assert not [n for n in result if set(n.split()) & set(law.split()) - {"and", "of", "from", "at"}]


def test_a_law_after_another_name_stays_apart() -> None:
    from builder.annotate.names import find_names

    text = "Kessel and Brandt signed the Avel Treaty of 1990 in Avel."
    assert [n.text for n in find_names(source(text), (), ())] == ["Kessel", "Brandt", "Avel Treaty", "Avel"]


# ---- 3. a title phrase before a name: "Mayor of Kestrel Bay Owen Pryce"

TITLED = [
    # (sentence, what the dossier also writes in lower case, names, person, role)
    ("Mayor of Kestrel Bay Owen Pryce, of the Coastal Alliance, said outside court: “The town wants answers.”",
     "Owen Pryce, the mayor of Kestrel Bay, spoke.", ["Kestrel Bay", "Owen Pryce", "Coastal Alliance"],
     "Owen Pryce", "Mayor of Kestrel Bay"),
    ("Chairman of Marlow Foods Ruth Ellis said: “We will pay in full.”",
     "Ruth Ellis, the chairman of Marlow Foods, spoke.", ["Marlow Foods", "Ruth Ellis"], "Ruth Ellis", "Chairman of Marlow Foods"),
    ("Governor of Avel Province Tomas Brandt told strikers: “The port must reopen.”",
     "Tomas Brandt, the governor, spoke.", ["Avel Province", "Tomas Brandt"], "Tomas Brandt", "Governor of Avel Province"),
]


@pytest.mark.parametrize(("text", "other", "names", "person", "role"), TITLED)
def test_a_title_opening_a_sentence_is_split_from_the_name(text: str, other: str, names: list[str], person: str, role: str) -> None:
    from builder.annotate.names import find_names, lower_words

    common = frozenset(lower_words(text + " " + other))
    assert [n.text for n in find_names(source(text), (), (), common)] == names


@pytest.mark.parametrize(("text", "other", "names", "person", "role"), TITLED)
def test_the_person_after_a_title_of_a_name_has_the_role_and_the_quote(
    text: str, other: str, names: list[str], person: str, role: str
) -> None:
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher

    entities = {n: Entity(id=n, kind="person" if n == person else "place", name=n, aliases=(Alias(n),), summary="s") for n in names}
    ann = annotate(source(text), Matcher(list(entities.values())), entities)
    assert [(f.entity, f.value) for f in ann.facts if f.kind == "role"] == [(person, role)]
    assert [q.speaker for q in ann.quotes] == [person]


# ---- 6. claims: amounts before "of" and owed; the owner named before a relative clause


def claims_of(text: str, entities: tuple[Entity, ...] = (), sid: str = "s1") -> list[tuple[str, str, str]]:
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher

    ann = annotate(source(text, sid), Matcher(list(entities)), {e.id: e for e in entities})
    return [(c.value, c.unit, c.owner) for c in ann.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vantmoor Construction collapsed into administration on Tuesday with debts of £12 million.",
         [("£12 million", "debts (£)", "")]),
        ("The company owes suppliers about £8 million, according to its filing.", [("£8 million", "debts (£)", "")]),
        ("The union said strikers had lost wages of about €40,000 each.", [("€40,000", "wages (€)", "")]),
        ("The court heard the firm owed creditors $3 million.", [("$3 million", "debts ($)", "")]),
        # not what an amount is: a change, a bound, thousands of pounds
        ("Shares lost more than $3 million in value.", []),
        ("Thousands of £5 notes were found.", []),
    ],
)
def test_what_an_amount_of_money_is(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert claims_of(text) == expected


def test_two_debts_are_compared() -> None:
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher
    from builder.present import quantities

    a = annotate(source("Vantmoor Construction collapsed with debts of £12 million.", "a"), Matcher([]), {}).claims
    b = annotate(source("The company owes suppliers about £8 million, according to its filing.", "b"), Matcher([]), {}).claims
    counted = quantities.counts([(c, "a") for c in a] + [(c, "b") for c in b])
    assert [(c.unit, c.disputed, [f for f, _ in c.figures]) for c in counted] == [("debts (£)", True, ["£8 million", "£12 million"])]


UNION_ORGS = (
    registered("vantmoor", "Vantmoor"), registered("cswu", "Civil and Structural Workers' Union"),
    Entity(id="cswu-a", kind="organisation", name="CSWU", aliases=(Alias("CSWU"),), summary="s"),
    registered("kessel", "Kessel Shipping"), registered("adu", "Avel Dockers' Union"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vantmoor, which employs 12 500 workers across the north, denies breaching safety law.",
         [("12 500", "workers", "vantmoor")]),
        ("The Civil and Structural Workers' Union, which says it has 1,200 members at Vantmoor, called a protest.",
         [("1,200", "members", "cswu")]),
        ("The CSWU, whose 900 members at the firm face an uncertain future, said it would seek talks.",
         [("900", "members", "cswu-a")]),
        # strike and bankruptcy siblings
        ("Avel Dockers' Union, which claims 3,000 members, called the strike.", [("3,000", "members", "adu")]),
        ("Kessel Shipping, whose 450 workers were laid off, filed for bankruptcy.", [("450", "workers", "kessel")]),
        # no relative clause: the figure is not said of the name before it
        ("Kessel Shipping said police counted 300 protesters.", [("300", "protesters", "")]),
    ],
)
def test_the_owner_is_the_name_a_relative_clause_follows(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert claims_of(text, UNION_ORGS) == expected


# ---- 5. a name in capitals (datelines, headlines) and in mixed case


def test_a_name_in_capitals_shows_its_mixed_case_form() -> None:
    result = found(
        (),
        "DUNMORE, Oct 6 — The trial opened on Monday.",
        "DUNMORE, Nov 14 — The jury found the firm guilty.",
        "DUNMORE — An engineer told the trial she had warned the firm.",
        "Relatives packed the gallery in Dunmore on Monday.",
    )
    assert "Dunmore" in result and "DUNMORE" not in result
    assert result["Dunmore"].count == 4
    # an acronym written only in capitals keeps them
    assert "CSWU" in found((), "The CSWU said it would seek talks.", "The CSWU called a protest.")


@pytest.mark.parametrize("aliases", [("DUNMORE", "Dunmore"), ("Dunmore", "DUNMORE"), ("AVEL", "Avel")])
def test_two_aliases_of_one_entity_on_one_word_are_its_mention(aliases: tuple[str, str]) -> None:
    from builder.annotate.matcher import Matcher, resolve

    place = Entity(id="p", kind="place", name=aliases[1], aliases=tuple(Alias(a) for a in aliases), summary="s")
    word = aliases[0].upper()
    text = f"{word}, Oct 6 — The strike began in {aliases[1]} and {word} dockers joined."
    assert [(text[h.start : h.end], e) for h, e in resolve(Matcher([place]).hits(text))] == [
        (word, "p"), (aliases[1], "p"), (word, "p")
    ]


def test_the_summary_states_no_count_to_disagree_with_the_mention_count(tmp_path: Path) -> None:
    """The mention count is the listings' and the profile's; the summary says what the
    entity is (it repeated the count, and once disagreed with it)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "entities.yml").write_text("# empty\n", encoding="utf-8")
    texts = {
        "a.txt": "DUNMORE, Oct 6 — The trial of Kessel Shipping opened on Monday.\n",
        "b.txt": "DUNMORE, Nov 14 — A jury found Kessel Shipping guilty.\n",
        "c.txt": "Relatives packed the gallery in Dunmore on Monday as Kessel Shipping went on trial.\n",
    }
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "".join(f"{n}:\n  title: T {n}\n  published: 2025-10-0{i + 1}\n" for i, n in enumerate(texts)), encoding="utf-8"
    )
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(seeds, docs, jobs=1, discover=True))
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    place = next(e for e in data["entities"] if e["id"] == "dunmore")
    assert place["name"] == "Dunmore" and place["mention_count"] == 3
    assert place["summary"] == "A place named in the sources, not yet checked by an editor."


# ---- 4. a one-word name after a lower-case noun naming a kind of place


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        # court case; "sell" is also written in lower case in the dossier
        (("The span fell into the river Sell in March.", "Administrators will sell the yard."), "Sell"),
        # strike, bankruptcy siblings
        (("Dockers marched to the port Brae on Monday.", "Workers at the plant in the town Brae voted."), "Brae"),
        (("Marlow Foods will sell its plant on the lake Ness shore.", "Creditors sell their claims."), "Ness"),
        (("The mine on mount Tarn closed when Marlow Mining collapsed.",), "Tarn"),
    ],
)
def test_a_name_after_a_noun_naming_a_kind_of_place_is_a_place(texts: tuple[str, ...], name: str) -> None:
    result = found((), *texts)
    assert result[name].kind == "place"

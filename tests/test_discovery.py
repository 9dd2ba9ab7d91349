"""Name discovery on invented stories (a strike, an airline, a court case): spans, kinds
from field data, one provisional entity per referent; the matcher's word boundaries in
every script; quotes with mixed marks; counted figures with any unit and separator.

Each expected value below was worked out by hand from the sentence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import pipeline
from builder.annotate import discover, provisionals
from builder.annotate.matcher import Matcher, bounded, resolve
from builder.model import Alias, Dossier, Entity, Source
from builder.present import figures, quantities
from builder.read.text import split_paragraphs

from conftest import examples


def source(text: str, sid: str = "s1") -> Source:
    return Source(sid, f"{sid}.txt", text, sid, published=dt.date(2024, 3, 12), paragraphs=split_paragraphs(text))


def suggestions(*texts: str) -> dict[str, discover.Suggestion]:
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    annotated = pipeline.annotate_all(srcs, (), 1)
    return {s.name: s for s in discover.group_names(Dossier(srcs, ()), annotated)}


def entity(eid: str, name: str, *aliases: Alias | str, kind: str = "person") -> Entity:
    forms = (Alias(name),) + tuple(a if isinstance(a, Alias) else Alias(a) for a in aliases)
    return Entity(id=eid, kind=kind, name=name, aliases=forms, summary="s")


# ---- spans


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title between an organisation and a person: two names
        ("Valdor Airlines Chief Executive Tomas Brandt said the fleet was ageing.", {"Valdor Airlines", "Tomas Brandt"}),
        # ... in a bankruptcy, a hospital's court case and a strike: a title of several words,
        # any word between "Chief" and "Officer", and the officers of a firm, a union or a court
        ("Halvorsen Fisk Chief Restructuring Officer Lena Dahl said creditors would be paid.", {"Halvorsen Fisk", "Lena Dahl"}),
        ("Meridian Health Group General Counsel Ruth Adeyemi declined to comment.", {"Meridian Health Group", "Ruth Adeyemi"}),
        ("The Harbour Pilots Union Chief Negotiator Sam Idris walked out.", {"Harbour Pilots Union", "Sam Idris"}),
        ("The court named Liquidator Jo Hart of Marlow & Penn to sell the yard.", {"Jo Hart", "Marlow & Penn"}),
        # a portfolio with a nationality adjective before a title is no name; a post-nominal is no part of one
        ("Dutch Infrastructure Minister Pieter de Vries met union leaders.", {"Pieter de Vries"}),
        ("British Health Secretary Jo Hart visited the ward.", {"Jo Hart"}),
        # a common noun before a government's title is its portfolio; a name before one stays
        ("Transport Minister Ingrid Solberg met the strikers.", {"Ingrid Solberg"}),
        ("Trade Commissioner Ana Ruiz opened the inquiry.", {"Ana Ruiz"}),
        ("Labour Party Secretary Jo Hart backed the strike.", {"Labour Party", "Jo Hart"}),
        ("Counsel for the hospital, Thomas Reid KC, said the claims came too late.", {"Thomas Reid"}),
        ("The strikers were thanked by Ana Ferreira MP on Friday.", {"Ana Ferreira"}),
        # a role noun opening the sentence before a person's name (the dossier writes it in lower case)
        ("Mediator Helena Marsh said she would call both sides back. The mediator left.", {"Helena Marsh"}),
        ("Striker Tomas Brandt said the pickets would stay. Every striker agreed.", {"Tomas Brandt"}),
        # a role with "of": the organisation alone
        ("The fare rise was defended by the Chief Financial Officer of Valdor Airlines on Tuesday.", {"Valdor Airlines"}),
        # currency prefixes are no names; the dotted acronym is kept whole
        ("The U.S. deal is worth US$6 billion, and a second one NZ$40 million.", {"U.S."}),
        # "and"/"&" inside one name, "St." with its full stop
        ("Procter & Gamble moved its plant to St. Louis last year.", {"Procter & Gamble", "St. Louis"}),
        # an acronym that is also an English word, opening a sentence
        ("WHO recommends a second dose for nurses in Lagos.", {"WHO", "Lagos"}),
        # one capitalised word opening a sentence: a name when the gazetteer knows it
        ("Norway and Chile signed the fishing accord.", {"Norway", "Chile"}),
        # ... and no name when the dossier writes it in lower case elsewhere
        ("Markets fell sharply. Traders said markets would recover in Tokyo.", {"Tokyo"}),
        # a singular possessive ends a name; a unit and a time zone are no names
        ("At dawn Kessel's Harbour Authority opened at 09:00 UTC with 2.4 GHz radios.", {"Kessel", "Harbour Authority"}),
        # holidays are times, not entities; a designation before a number is cut
        ("Sales rose at Christmas, and Arkady Air Flight 447 landed safely.", {"Arkady Air"}),
        ("The plan was signed by the General Counsel of Meridian Health Group on Friday.", {"Meridian Health Group"}),
        # a plural noun opening the sentence before "for the": the organisation alone
        ("Lawyers for the Coastal Health Trust said the trust would appeal.", {"Coastal Health Trust"}),
        ("Lawyers for Human Rights filed a brief.", {"Lawyers for Human Rights"}),
        # "Secretary of the X Y Z": the organisation, then its holder
        ("A memo went to Secretary of the Harbour Board Ana Ferreira.", {"Harbour Board", "Ana Ferreira"}),
        # "Y of X": a person and where he works; a title after "of" is part of a name
        ("Judge Ana Ferreira of the Avel District Court thanked the Ministry of Justice.",
         {"Ana Ferreira", "Avel District Court", "Ministry of Justice"}),
        ("John Smith of Boeing spoke to Bank of America.", {"John Smith", "Boeing", "Bank of America"}),
        # a middle initial inside a name; a word opening a quotation opens a sentence
        ("\"Obviously we are pleased,\" said Michael R. Golden on Friday.", {"Michael R. Golden"}),
        # a weekday ends a name; a word before it names the day
        ("Stocks in Asia Monday fell, a year after Black Monday, said Tokyo traders.", {"Asia", "Tokyo"}),
        # "X-based": the name without the adjective
        ("The Oslo-based Nordhavn Shipping Group filed for bankruptcy.", {"Oslo", "Nordhavn Shipping Group"}),
    ],
)
def test_name_spans(text: str, names: set[str]) -> None:
    found = suggestions(text)
    every = {f for s in found.values() for f in s.forms}
    assert every == names, found


# ---- kinds, with their evidence


@pytest.mark.parametrize(
    ("text", "name", "kind", "reason"),
    [
        ("Workers at Brennholt Motors walked out on Monday.", "Brennholt Motors", "organisation", "'Motors' in the name"),
        ("The Dockers' Party backed the strike.", "Dockers' Party", "party", "'Party' in the name"),
        # a kind of body's own name as the head (namewords.BODY_KINDS, from the registry's kinds)
        ("The Party of Small Shippers filed a complaint.", "Party of Small Shippers", "party", "'Party' in the name"),
        ("Delegates of the Coastal Fisheries Organisation met in May.", "Coastal Fisheries Organisation", "organisation",
         "'Organisation' in the name"),
        ("Judge Ana Ferreira adjourned the case.", "Ana Ferreira", "person", "after 'Judge'"),
        ("Stocks fell in Brazil and in Kenya.", "Kenya", "place", "gazetteer: country"),
        ("Halvorsen Fisk Ltd. cut 300 jobs.", "Halvorsen Fisk Ltd.", "organisation", "legal form 'Ltd.'"),
        ("Maria Kessel told reporters the talks had failed.", "Maria Kessel", "person", "given name 'Maria'"),
        ("Workers marched through Valparaiso and Santiago.", "Santiago", "place", "gazetteer: city"),
        ("Delegates met at the Harbour Workers Summit in May.", "Harbour Workers Summit", "event", "'Summit' in the name"),
        ("The union's leader met House Speaker Nancy Pelosi.", "Nancy Pelosi", "person", "after 'Speaker'"),
        ("Detroit-based carmakers asked for loans.", "Detroit", "place", "'X-based'"),
        ("Pickets from the Kessel-based union marched.", "Kessel", "place", "'X-based'"),
        # a given name, then a made thing's noun the dossier writes in lower case: a maker
        # named after its founder (an air crash's inquiry, a bankruptcy, a strike)
        ("Douglas Aircraft built the plane in 1960. The aircraft was old.", "Douglas Aircraft", "organisation",
         "a given name, then a made thing's noun ('X Aircraft')"),
        ("Creditors of Howard Heaters met in May. Its heaters sold well.", "Howard Heaters", "organisation",
         "a given name, then a made thing's noun ('X Heaters')"),
        # ... not a person whose surname is such a noun, where the dossier writes it only as a name
        ("Lucille Ball said the strike would end.", "Lucille Ball", "person", "given name 'Lucille'"),
        # the second of two places after "in"; a reporting verb closing a relative clause is
        # its head's ("Meridian ... said"); a region named with its other names in pycountry
        ("Meridian, which runs 24 hospitals in England and Wales, said it would appeal.", "Wales", "place", "gazetteer: region"),
        ("Meridian, which runs 24 hospitals in England and Wales, said it would appeal.", "Wales", "place", "'in X'"),
        ("Pickets stood in Tallinn and Kessel Harbour, the union said.", "Kessel Harbour", "place", "'in X'"),
        # a city written without its diacritics, as English news writes it
        ("The strike spread to Gdansk on Tuesday.", "Gdansk", "place", "gazetteer: city"),
    ],
)
def test_kinds_with_evidence(text: str, name: str, kind: str, reason: str) -> None:
    found = suggestions(text)
    assert found[name].kind == kind
    assert reason in found[name].evidence


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (("Sales of Intel-based computers fell.",), "Intel"),  # "based on" a maker's chips
        (("Valdor-based engines power the fleet.", "Creditors met Valdor on Monday."), "Valdor"),
    ],
)
def test_x_based_before_a_made_thing_is_no_place(texts: tuple[str, ...], name: str) -> None:
    """"X-based" before a made thing's noun is "built on X", not "located in X"."""
    found = suggestions(*texts)
    assert found[name].kind == "organisation" and "'X-based'" not in found[name].evidence, found[name]


def test_the_dossier_agrees_on_one_kind() -> None:
    """"Trevanna" alone says nothing; the dossier's other mentions say organisation."""
    found = suggestions(
        "Trevanna cut its forecast.",
        "Shares of Trevanna fell. The chief executive of Trevanna resigned. Trevanna shares recovered.",
    )
    assert found["Trevanna"].kind == "organisation"
    assert any("head of X" in r or "'X shares'" in r for r in found["Trevanna"].evidence)


# ---- one entity per referent


def test_surname_acronym_and_legal_form_join_the_name() -> None:
    found = suggestions(
        "Paul Kessel, the union's leader, said the Port Workers Federation (PWF) would strike. Kessel said so twice.",
        "The PWF met Brennholt Motors Inc. on Friday. Brennholt Motors refused.",
    )
    # on a tie of counts the longer form names the entity
    assert set(found) == {"Paul Kessel", "Port Workers Federation", "Brennholt Motors Inc."}, found
    assert found["Paul Kessel"].short_forms == ("Kessel",)
    assert set(found["Port Workers Federation"].forms) == {"Port Workers Federation", "PWF"}
    assert set(found["Brennholt Motors Inc."].forms) == {"Brennholt Motors Inc.", "Brennholt Motors"}


def test_acronym_of_the_name_without_its_legal_form() -> None:
    found = suggestions("GM Chief Executive Rick Wagoner met General Motors Corp. staff on Monday.")
    assert set(found["General Motors Corp."].forms) == {"General Motors Corp.", "GM"}
    assert found["Rick Wagoner"].kind == "person"


def test_acronym_by_initials_and_its_provisional_entity() -> None:
    found = suggestions("The Harbour Safety Board opened an inquiry.", "HSB inspectors arrived on Monday.")
    assert "HSB" in found["Harbour Safety Board"].forms
    (e,) = provisionals.provisional([found["Harbour Safety Board"]], ())
    assert e.kind == "organisation" and not e.reviewed
    assert "'Board' in the name" in e.evidence  # for the review page; the reader gets a sentence
    assert e.summary == "An organisation named in the sources, not yet checked by an editor."


def test_a_given_name_alone_joins_the_one_person_who_has_it() -> None:
    found = suggestions("Chairman Tim Cook spoke first. Later Tim said the talks would go on. Tim Cook left.")
    assert found["Tim Cook"].short_forms == ("Tim",) and "Tim" not in found


def test_one_country_and_one_department_under_several_names() -> None:
    found = suggestions(
        "The United Kingdom and the U.S. signed. Britain's ports reopened; Japanese banks rallied in Japan.",
        "The US Labor Department and the Department of Labor said the same. The Labor Department agreed.",
    )
    assert set(found["United Kingdom"].forms) == {"United Kingdom", "Britain"}
    assert found["United Kingdom"].kind == "place"
    # a nationality adjective is no name of its country (CoNLL-2003's MISC, OntoNotes' NORP)
    assert set(found["Japan"].forms) == {"Japan"} and "Japanese" not in found
    (dept,) = [s for s in found.values() if "Department of Labor" in s.forms]
    assert set(dept.forms) == {"Department of Labor", "Labor Department", "US Labor Department"}


def test_a_nationality_adjective_is_no_short_form() -> None:
    """"Polish ports" do not name the "Polish Ministry of Infrastructure"."""
    found = suggestions("The Polish Ministry of Infrastructure said it was watching. Polish and Dutch ports were shut.")
    assert found["Polish Ministry of Infrastructure"].short_forms == ()
    assert "Polish" not in found


def test_two_people_sharing_a_surname_keep_their_own_mentions() -> None:
    """A surname is a short form of both: each mention goes to the one last named in full."""
    found = suggestions("Paul Kessel and Maria Kessel spoke. Kessel left.")
    assert found["Paul Kessel"].short_forms == found["Maria Kessel"].short_forms == ("Kessel",)
    ents = provisionals.provisional(list(found.values()), ())
    text = "Maria Kessel arrived. Kessel said no. Then Paul Kessel came. Kessel agreed."
    hits = [(text[h.start : h.end], e) for h, e in resolve(Matcher(ents).hits(text))]
    assert hits == [("Maria Kessel", "maria-kessel"), ("Kessel", "maria-kessel"),
                    ("Paul Kessel", "paul-kessel"), ("Kessel", "paul-kessel")]


@pytest.mark.parametrize(
    ("texts", "name", "forms"),
    [
        # a firm's own word before its trade and "Group" is the firm's short form, also in a
        # source that never names it in full, however often each is written
        (("Nordhavn Shipping Group (NSG) said 40 vessels were idle.", "Talks with Nordhavn broke down. Nordhavn offered 4 percent."),
         "Nordhavn Shipping Group", {"Nordhavn Shipping Group", "NSG", "Nordhavn"}),
        (("Families sued Meridian Health Group on Monday.", "Meridian said it would defend the case. Meridian shares fell."),
         "Meridian Health Group", {"Meridian Health Group", "Meridian"}),
        (("Halvorsen Fisk Shipping Ltd filed for bankruptcy.", "Creditors of Halvorsen Fisk met in Bergen. Halvorsen Fisk owes £8 million."),
         "Halvorsen Fisk", {"Halvorsen Fisk Shipping Ltd", "Halvorsen Fisk"}),
        # one person under a short and a long form of the given name (gender-guesser's "= Dan
        # Daniel"), or one name with and without a final vowel, of one gender
        (("Union President Daniel Okafor called the strike.", "\"Nothing new,\" said Dan Okafor on Wednesday."),
         "Daniel Okafor", {"Daniel Okafor", "Dan Okafor"}),
        (("Judge Helena Marsh adjourned the hearing.", "Helen Marsh, the judge, said the trial would open in May."),
         "Helena Marsh", {"Helena Marsh", "Helen Marsh"}),
        (("Bill Hart, the liquidator, sold the yard.", "William Hart said creditors would get 20 pence in the pound."),
         "William Hart", {"Bill Hart", "William Hart"}),
        # a name's leading words, alone, whatever its head word (a hospital's "Center", a
        # strike's "Hospital") and with an abbreviation's full stop inside ("St.", "Mt.")
        (("St. Agnes Medical Center filed for bankruptcy on Monday.", "Creditors of St. Agnes met in Boston. St. Agnes owes $8 million."),
         "St. Agnes", {"St. Agnes Medical Center", "St. Agnes"}),
        (("Nurses at Mt. Sinai Hospital walked out.", "Mt. Sinai said the talks would resume. Mt. Sinai offered 3 percent."),
         "Mt. Sinai", {"Mt. Sinai Hospital", "Mt. Sinai"}),
        (("The Kessel West Convention Center was shut by the strike.", "Pickets stood outside Kessel West on Friday."),
         "Kessel West Convention Center", {"Kessel West Convention Center", "Kessel West"}),
    ],
)
def test_one_referent_one_profile(texts: tuple[str, ...], name: str, forms: set[str]) -> None:
    """One suggestion holds every form; a short form ("Nordhavn") counts in any source,
    also one that never names the firm in full."""
    found = suggestions(*texts)
    assert set(found[name].forms) | set(found[name].short_forms) == forms, found
    assert set(found[name].short_forms) == set(found[name].alone), found
    assert not any(f in found for f in forms - {name}), found
    if found[name].kind == "person":  # the review page says why two names are one person
        assert any(r.endswith("one given name") for r in found[name].evidence), found[name].evidence


@pytest.mark.parametrize(
    ("texts", "name", "clipped"),
    [
        # markets: the one name the source names in full whose first word the clipping opens
        # (not the other "Federal" name, named in another source only)
        (("The Federal Reserve raised rates on Tuesday. Traders expect the Fed to cut again.",
          "The Federal Service for the Financial Markets fined two brokers."), "Federal Reserve", "Fed"),
        # a court case: a police force
        (("The Metropolitan Police arrested two pickets. The Met said both were charged.",), "Metropolitan Police", "Met"),
    ],
)
def test_a_clipped_first_word_joins_the_name(texts: tuple[str, ...], name: str, clipped: str) -> None:
    """A clipping of a name's first word ("Fed", "Met") is that name in each source that
    names it in full."""
    found = suggestions(*texts)
    assert clipped in found[name].forms + found[name].short_forms, found
    assert clipped not in found, found


@pytest.mark.parametrize(
    "texts",
    [
        # a name of its own, also in a source without the longer one
        ("Intel cut its forecast.", "Intel told the Intelligence Committee it would appeal."),
        # a body's own word, and a name opening with an adjective made from it
        ("Congress will vote on the strike. The Congressional Record printed the speech.",),
        ("The Senate met. The Senatorial Committee of Avel met too.",),
        # a given name is no clipping ("Ben", "Benton Harbor Council")
        ("Ben Okafor left. Ben said the Benton Harbor Council had refused.",),
    ],
)
def test_a_word_opening_a_longer_word_is_no_clipping_of_it(texts: tuple[str, ...]) -> None:
    found = suggestions(*texts)
    assert not any(s.name.startswith(("Intelligence", "Benton", "Congressional", "Senatorial"))
                   and {"Intel", "Ben", "Congress", "Senate"} & set(s.forms + s.short_forms) for s in found.values()), found


def test_a_place_names_abbreviation_ends_no_sentence() -> None:
    """"Mt." and "Ft." stay inside their sentence, as "St." does; "Sen", a name as well as
    a title's abbreviation, still ends one."""
    from builder.read.sentences import sentences

    text = "Nurses at Mt. Sinai Hospital walked out. Pickets met in Ft. Worth. It re-elected Hun Sen. The count began."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Nurses at Mt. Sinai Hospital walked out.", "Pickets met in Ft. Worth.", "It re-elected Hun Sen.", "The count began."
    ]


def test_suggest_gives_a_firms_own_word_as_a_plain_alias() -> None:
    """`suggest` writes "Nordhavn" so that a source naming only "Nordhavn" mentions the
    firm, as `--discover` does; a surname still waits for the full name."""
    from builder.stubs import stubs

    found = suggestions("Nordhavn Shipping Group said 40 vessels were idle. Ingrid Solberg spoke.",
                        "Talks with Nordhavn broke down. Solberg left.")
    yaml = stubs(sorted(found.values(), key=lambda s: s.name))
    assert 'aliases: ["Nordhavn"]' in yaml and '{text: "Solberg", after_full_name: true}' in yaml, yaml


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        # Paul and Paula are two people; a word opening several names is none of them
        (("Paul Kessel and Paula Kessel spoke.",), {"Paul Kessel", "Paula Kessel"}),
        (("Mac News said the Mac App Store opened. Mac OS X sold well.", "Mac sales rose."), {"Mac News"}),
        # a firm named by its own word, with a legal form, beside other names opening with
        # the word: the firm keeps its own word ("Apple Stores" does not take "Apple")
        (("Apple Inc. opened Apple Stores in Paris. Apple TV sold well.", "Apple said sales rose. Apple shares fell."),
         {"Apple", "Apple Stores"}),
        # a body's first word is no short form of it
        (("The Baltic Dockworkers' Union struck.", "Baltic ports were shut, Baltic traders said."), {"Baltic Dockworkers' Union"}),
        # a place by the gazetteer ("Ft." is "Fort") is no short form of the newspaper named after it
        (("The Ft. Worth Star Tribune reported the verdict.", "Jurors in Ft. Worth heard the case on Monday."), {"Ft. Worth"}),
    ],
)
def test_two_referents_two_profiles(texts: tuple[str, ...], names: set[str]) -> None:
    found = suggestions(*texts)
    assert {n for n in names if n in found} == names, found
    assert not any(n in found[m].forms + found[m].short_forms for n in names for m in names if m != n), found
    assert not any(f.startswith(m) for n in names for m in names if m != n for f in found[n].short_forms), found


def test_a_place_named_only_in_a_datelines_capitals_is_shown_as_prose_writes_it() -> None:
    found = suggestions("BIRMINGHAM, Feb 3 (Midland Post) - Families sued Meridian Health Group on Monday.")
    assert found["Birmingham"].forms == ("BIRMINGHAM",) and found["Birmingham"].kind == "place"
    ents = provisionals.provisional(list(found.values()), ())
    text = "BIRMINGHAM, Feb 3 - Families sued."
    assert [(text[h.start : h.end], e) for h, e in resolve(Matcher(ents).hits(text))][:1] == [("BIRMINGHAM", "birmingham")]


def test_an_outlet_is_a_news_organisation_and_no_common_word_stands_for_it() -> None:
    """The outlet of sources.yml named in a text is an organisation whatever its words
    ("Harbour Wire": "Harbour" is a place's head word); "Harbour officials said", opening
    a sentence, is no short form of it."""
    texts = ("Harbour Wire counted 52 ships at anchor.", "Harbour officials said the port was shut.")
    srcs = tuple(
        Source(f"s{i}", f"s{i}.txt", t, f"s{i}", outlet="Harbour Wire", published=dt.date(2024, 3, 12), paragraphs=split_paragraphs(t))
        for i, t in enumerate(texts)
    )
    found = {s.name: s for s in discover.group_names(Dossier(srcs, ()), pipeline.annotate_all(srcs, (), 1))}
    assert found["Harbour Wire"].kind == "organisation" and "a source's outlet" in found["Harbour Wire"].evidence
    assert found["Harbour Wire"].short_forms == ()


# ---- the matcher in every script

REGISTRY = [
    entity("paul-kessel", "Paul Kessel", Alias("Kessel", after_full_name=True)),
    entity("maria-kessel-brandt", "Maria Kessel-Brandt"),
    entity("united-states", "United States", "US", kind="place"),
    entity("beijing", "北京", kind="place"),
    entity("tokyo", "東京", "トウキョウ", kind="place"),
    entity("bangkok", "กรุงเทพ", kind="place"),
    entity("ram", "राम"),
    entity("muhammad", "محمد"),
]


def matched(text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], e) for h, e in resolve(Matcher(REGISTRY).hits(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen joins a compound: Kessel inside Kessel-Brandt is not Paul Kessel
        ("Paul Kessel met Maria Kessel-Brandt.", [("Paul Kessel", "paul-kessel"), ("Maria Kessel-Brandt", "maria-kessel-brandt")]),
        ("Paul Kessel left; Kessel-Brandt stayed.", [("Paul Kessel", "paul-kessel")]),
        ("Paul Kessel left; the Kessel-led team stayed.", [("Paul Kessel", "paul-kessel"), ("Kessel", "paul-kessel")]),
        # a currency prefix is no mention of the country
        ("The US pledged US$6 billion.", [("US", "united-states")]),
        # Chinese, Japanese and Thai are written without spaces
        ("他昨天在北京开会。", [("北京", "beijing")]),
        ("彼は東京に住んでいる。トウキョウは大きい。", [("東京", "tokyo"), ("トウキョウ", "tokyo")]),
        ("เขาไปกรุงเทพเมื่อวาน", [("กรุงเทพ", "bangkok")]),
        # combining marks belong to the word: no match that cuts a syllable
        ("रामायण एक ग्रंथ है। राम आए।", [("राम", "ram")]),
        ("قال مُحمد و محمد", [("محمد", "muhammad")]),
    ],
)
def test_matcher_boundaries(text: str, expected: list[tuple[str, str]]) -> None:
    assert matched(text) == expected


LETTERS = {
    "latin": "abcdeéñ",
    "cyrillic": "абвгд",
    "greek": "αβγδε",
    "devanagari": "कखगमर",
    "arabic": "بتثجح",
}
MARKS = {"devanagari": "ािीु", "arabic": "\u064e\u064f\u0650", "latin": "\u0301\u0308", "cyrillic": "\u0301", "greek": "\u0301"}


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(sorted(LETTERS)), st.data())
def test_a_name_never_matches_inside_a_longer_word(script: str, data: st.DataObject) -> None:
    """In scripts written with spaces, a name touching a letter or a combining mark on
    either side is inside a longer word: no match. Between spaces or punctuation it is one."""
    name = data.draw(st.text(alphabet=LETTERS[script], min_size=2, max_size=6))
    glue = data.draw(st.text(alphabet=LETTERS[script] + MARKS[script], min_size=1, max_size=3))
    matcher = Matcher([entity("x", name)])
    for word in (glue + name, name + glue):
        assert matcher.hits(word) == []
        assert matcher.hits(f"x {word} y") == []
    assert [(h.start, h.end) for h in matcher.hits(f"«{name}», {name}. ({name})")] == [
        (1, 1 + len(name)), (4 + len(name), 4 + 2 * len(name)), (7 + 2 * len(name), 7 + 3 * len(name))
    ]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(["北京", "東京", "トウキョウ", "กรุงเทพ"]), st.text(alphabet="的是在了我他昨天开会はにをがไปมา", max_size=8),
       st.text(alphabet="的是在了我他昨天开会はにをがไปมา", max_size=8))
def test_spaceless_scripts_match_anywhere(name: str, before: str, after: str) -> None:
    matcher = Matcher([entity("x", name)])
    text = before + name + after
    assert (len(before), len(before) + len(name)) in [(h.start, h.end) for h in matcher.hits(text)]


def test_bounded_reads_the_text_not_the_alias() -> None:
    assert bounded("US$6", 0, 2) is False
    assert bounded("NZ$40", 0, 2) is False
    assert bounded("EADS-led", 0, 4) is True
    assert bounded("Kessel-Brandt", 0, 6) is False
    assert bounded("Kessel-Brandt", 7, 13) is False


# ---- quotes


PEOPLE = {"ilse-varga": entity("ilse-varga", "Ilse Varga"), "tomas-brandt": entity("tomas-brandt", "Tomas Brandt")}


def quotes(text: str) -> list[tuple[str, str]]:
    src = source(text)
    matcher = Matcher(list(PEOPLE.values()))
    from builder.annotate.annotate import annotate

    ann = annotate(src, matcher, PEOPLE)
    return [(q.speaker, q.text) for q in ann.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opened curly, closed straight: one quote, the attribution outside it
        ("“The new tariff will hurt the smallest shippers first,\" Ilse Varga said on Monday.",
         [("ilse-varga", "The new tariff will hurt the smallest shippers first")]),
        # a straight quote broken over two lines of one paragraph
        ("Tomas Brandt said: \"We will not sign a contract\nthat cuts our members' pay.\"",
         [("tomas-brandt", "We will not sign a contract that cuts our members' pay.")]),
        # guillemets and low-high marks, attribution before
        ("Ilse Varga said: «The port stays closed until Friday.»", [("ilse-varga", "The port stays closed until Friday.")]),
        ("Tomas Brandt told the court: „Nobody asked the workers at all.“", [("tomas-brandt", "Nobody asked the workers at all.")]),
    ],
)
def test_quote_marks_pair_within_the_family(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected


def test_a_quote_continues_in_the_next_paragraph() -> None:
    text = "Ilse Varga said: “The strike will go on until the owners talk to us.\n\n“We have waited three months for an answer.”"
    assert quotes(text) == [
        ("ilse-varga", "The strike will go on until the owners talk to us."),
        ("ilse-varga", "We have waited three months for an answer."),
    ]


# ---- counted figures


UNION = {"dockers": entity("dockers", "Dockers' Party", kind="party")}


def claims(text: str, sid: str = "s1") -> list[tuple[str, str, str]]:
    src = source(text, sid)
    from builder.annotate.annotate import annotate

    ann = annotate(src, Matcher(list(UNION.values())), UNION)
    return [(c.value, c.unit, c.owner) for c in ann.claims]


@pytest.mark.parametrize(
    ("text", "value", "amount"),
    [
        ("The Dockers' Party won 12 500 votes.", "12 500", 12500.0),
        ("The Dockers' Party won 12\u202f500 votes.", "12\u202f500", 12500.0),
        ("The Dockers' Party won 12\u00a0500 votes.", "12\u00a0500", 12500.0),
        ("The Dockers' Party won 12.500 votes.", "12.500", 12500.0),
        ("The Dockers' Party won 12,500 votes.", "12,500", 12500.0),
        ("The Dockers' Party won 1.3 million votes.", "1.3 million", 1300000.0),
    ],
)
def test_thousands_separators(text: str, value: str, amount: float) -> None:
    assert claims(text) == [(value, "votes", "dockers")]
    assert figures.amount(value) == amount


def test_any_counted_noun_is_compared_across_sources() -> None:
    a = claims("The Dockers' Party says it has 1,200 members.", "a")
    b = claims("Police said the Dockers' Party had 900 members, and the strike was in its 12th day.", "b")
    assert a == [("1,200", "members", "dockers")] and b == [("900", "members", "dockers")]
    from builder.annotation import Claim

    counted = quantities.counts([(Claim("members of dockers", v, "", 1, u, o), sid) for (v, u, o), sid in ((a[0], "a"), (b[0], "b"))])
    assert len(counted) == 1 and counted[0].disputed and [f for f, _ in counted[0].figures] == ["900", "1,200"]


@pytest.mark.parametrize(
    ("units", "lined_up"),
    [
        # a made thing's noun under the broader one the dossier also counts (WordNet: a ship is a vessel)
        (("ships", "vessels"), {"vessels"}),
        (("boats", "vessels"), {"vessels"}),
        (("jets", "airplanes"), {"airplanes"}),
        # alone, each keeps its own noun; people and acts are not merged
        (("ships",), {"ships"}),
        (("members", "workers"), {"members", "workers"}),
        (("workers", "people"), {"workers", "people"}),
        (("patients", "deaths"), {"patients", "deaths"}),
        (("employees", "workers"), {"workers"}),
    ],
)
def test_a_made_thing_counted_under_a_broader_noun(units: tuple[str, ...], lined_up: set[str]) -> None:
    from builder.annotate.counted import unit_key

    assert {unit_key(u, units) for u in units} == lined_up


def test_ships_and_vessels_are_one_disputed_count() -> None:
    """A strike: the company says 35 ships wait, the union 40 vessels."""
    from builder.annotation import Claim

    counted = quantities.counts([(Claim("ships", "35", "", 1, "ships", ""), "a"), (Claim("vessels", "40", "", 1, "vessels", ""), "b")])
    assert [(c.unit, c.disputed, [f for f, _ in c.figures]) for c in counted] == [("vessels", True, ["35", "40"])]


def test_durations_years_and_totals_are_no_claims() -> None:
    assert claims("The strike lasted 12 days in the 2024 elections, in 19 of Avel's 24 districts.") == []


@settings(max_examples=examples(150), deadline=None)
@given(st.one_of(
    st.lists(st.sampled_from(list("AaBbUSEDCo .,'’$&-()\"“”«»0123 \n") + ["Inc.", "U.S.", "Mr ", "CEO ", "of ", "the "]), max_size=40),
    st.lists(st.text(max_size=8), max_size=10),
))
def test_discovery_takes_any_text(pieces: list[str]) -> None:
    """Whatever the text, names are spans of it and every group holds its own forms."""
    from builder.annotate.names import find_names

    text = "".join(pieces)
    src = source(text)
    for n in find_names(src, (), ()):
        assert text[n.start : n.end] == n.text and n.text.strip() == n.text and n.text
    if text.strip():
        for s in suggestions(text).values():
            assert s.name in s.forms and s.count >= len(s.forms)


# ---- a whole dossier with no registry

STRIKE = Path(__file__).parent / "fixtures" / "strike"


def test_a_strike_dossier_built_from_nothing(tmp_path: Path) -> None:
    """Two invented reports of a dock strike, an empty registry, `--discover`: every name
    gets its kind, the union its acronym, the secretary her surname, and the two
    sources' member counts are compared."""
    docs = tmp_path / "docs"
    pipeline.build(pipeline.Options(STRIKE, docs, jobs=1, drafts=True, discover=True))
    data = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    kinds = {e["name"]: (e["kind"], sorted(e["aliases"])) for e in data["entities"]}
    assert kinds["Avel"] == ("place", ["Avel"])  # the dateline's "AVEL" is a mention, no alias of its own
    assert kinds["Avel Dockers' Union"] == ("organisation", ["ADU", "Avel Dockers' Union"])
    assert kinds["Mara Lind"] == ("person", ["Lind", "Mara Lind"])
    assert kinds["Tomas Brandt"][0] == "person" and kinds["Harbour Authority"][0] == "organisation"
    assert kinds["Port Avel"][0] == kinds["Rotterdam"][0] == kinds["Brussels"][0] == "place"
    # "had diverted three ships": a figure written as a word is a count as "3 ships" is (s15a #4)
    assert {(c["value"], c["unit"]) for c in data["claims"]} == {("1,200", "members"), ("900", "members"), ("1 200", "members"),
                                                                 ("950", "members"), ("three", "ships")}
    claims = (docs / "claims" / "index.md").read_text(encoding="utf-8")
    assert "## Members — disputed" in claims
    review = (docs / "review" / "index.md").read_text(encoding="utf-8")
    assert "## Provisional entities" in review and "dateline" in review


def test_a_labels_number_opens_no_name(tmp_path: Path) -> None:
    """"Chapter 11 bankruptcy protection" made a provisional organisation "Chapter" in a
    --discover build (fresh-user review, session 12); "Article 5", "Count 3", "Section 363"
    likewise. A name that goes on past such a word keeps its own words."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Carmaker files for bankruptcy\n\n"
        "Rivermark Motors filed for Chapter 11 bankruptcy protection on Monday in Ohio. Under Article 5 of the deal, "
        "Calder Transport keeps its depot. Count 3 of the indictment accuses Vantmoor Construction of fraud. "
        "A sale under Section 363 needs the court's approval. Rivermark Motors said Chapter 11 would take months.\n",
        encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  title: Carmaker files\n  published: 2009-06-01\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    result = pipeline.build(pipeline.Options(seeds, tmp_path / "docs", 1, False, True, False, None))
    assert {e.name for e in result.dossier.entities} == {"Rivermark Motors", "Ohio", "Calder Transport", "Vantmoor Construction"}


@pytest.mark.parametrize("region", ["Del.", "Calif.", "D.C.", "W. Va."])
def test_a_us_date_lines_state_is_no_name_and_no_title(tmp_path: Path, region: str) -> None:
    """"WILMINGTON, Del., March 6 (Harbor Wire) -" made an organisation "Del" and titled
    every timeline entry of its paragraph "Del., ..." (fresh-user review, session 12)."""
    from builder.annotate import opening

    line = f"WILMINGTON, {region}, March 6 (Harbor Wire) - Rivermark Motors filed for bankruptcy on Wednesday."
    at, _, day, _, agency = opening.dateline(line)
    assert (line[at:], day, agency) == ("Rivermark Motors filed for bankruptcy on Wednesday.", "March 6", "Harbor Wire")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"Carmaker files\n\n{line}\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  title: Carmaker files\n  published: 2009-03-06\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    result = pipeline.build(pipeline.Options(seeds, tmp_path / "docs", 1, False, True, False, None))
    assert {e.name for e in result.dossier.entities} <= {"Rivermark Motors", "Wilmington", "Harbor Wire"}
    data = json.loads((tmp_path / "docs" / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert [e["title"] for e in data["events"]] == ["Rivermark Motors filed for bankruptcy"]
    # the date line's place and wire service are no participants of what the sentence tells
    names = {e["id"]: e["name"] for e in data["entities"]}
    assert [[names[i] for i in e["entities"]] for e in data["events"]] == [["Rivermark Motors"]]

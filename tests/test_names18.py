"""Names, kinds and quote speakers from review 18 (a strike, a retail bankruptcy, a fraud
trial): a witness whose surname is a place's head word, an employer premodifying a
role, a title with its jurisdiction before a name, a dateline's agency, credit lines,
numbered units, a court "for the District of X", "from X, <state>", a role that was
held ("former") and a framed evaluation in quotes. Each review case has siblings from
other kinds of story; expected values were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_discovery import source, suggestions
from test_roles_names14d import roles

from builder import pipeline
from builder.annotate import discover, kinds, provisionals, summaries
from builder.model import Alias, Dossier, Entity

from conftest import quotes_in


def forms(s: discover.Suggestion) -> set[str]:
    return set(s.forms) | set(s.short_forms)


# -- C1: "Helena Park, 41, testifying", "former finance chief Helena Park": a person whose
# surname is a place's head word; an age, a role and "said" beat the head word

@pytest.mark.parametrize(
    ("texts", "name", "short"),
    [
        # the review's fraud trial
        (("Prosecutors say Voss and former finance chief Helena Park inflated revenue.",
          "Helena Park, 41, testifying under a cooperation agreement, said she created fake contracts.",
          "Park said she hoped to receive a lighter sentence."), "Helena Park", "Park"),
        # a recall: an age alone
        (("Grace Hall, 52, said the heaters were pulled from shops on Monday.",
          "Hall said the company had known of the fault since March."), "Grace Hall", "Hall"),
        # a strike: a role in lower case alone
        (("The union's chief negotiator, Ruth Lane, spoke first. Union president Ruth Lane said the vote was close.",
          "Lane said members would meet again on Friday."), "Ruth Lane", "Lane"),
    ],
)
def test_a_person_whose_surname_is_a_place_word(texts: tuple[str, ...], name: str, short: str) -> None:
    found = suggestions(*texts)
    assert found[name].kind == "person", found[name]
    assert short in forms(found[name])
    assert short not in found


def test_a_place_named_so_stays_a_place() -> None:
    found = suggestions("Thousands gathered in Victoria Park on Sunday.", "Police closed Victoria Park at dusk.")
    assert found["Victoria Park"].kind == "place"
    assert kinds.decide({"Helena Park": 1}, {})[0] == "place"  # nothing but its words: the head word wins


def test_a_role_in_lower_case_before_a_name_that_modifies_a_noun_is_no_person() -> None:
    found = suggestions("The chief Kessel engineer left on Monday. Kessel shares fell 4 percent in Avel.")
    assert found["Kessel"].kind == "organisation"


# -- C2 + D2: "said Castellan managing partner Oliver Kent": Castellan is the employer (the
# short form of Castellan Capital), Kent the speaker

@pytest.mark.parametrize(
    ("texts", "firm", "short"),
    [
        (("Private equity firm Castellan Capital agreed to buy the chain.",
          "\"We see a real future here,\" said Castellan managing partner Oliver Kent.",
          "\"The stores stay open,\" said Castellan managing partner Oliver Kent.",
          "About 8,000 jobs will be saved, Castellan said. Castellan did not say which stores would close."),
         "Castellan Capital", "Castellan"),
        # a merger
        (("Kessel Holdings agreed to buy Avel Foods on Monday.",
          "\"The fit is right,\" said Kessel chief executive Tomas Brandt.",
          "Kessel general counsel Maria Ortiz said regulators had been told. Kessel said the deal would close in May."),
         "Kessel Holdings", "Kessel"),
    ],
)
def test_an_employer_before_a_role_is_the_firm(texts: tuple[str, ...], firm: str, short: str) -> None:
    found = suggestions(*texts)
    group = next(s for s in found.values() if firm in s.forms)  # named by its commonest form
    assert group.kind == "organisation"
    assert short in forms(group), group
    assert not any(s.kind == "person" and short in forms(s) for s in found.values())


def _person(eid: str, name: str) -> Entity:
    return Entity(id=eid, kind="person", name=name, aliases=(Alias(name), Alias(name.split()[-1], after_full_name=True)), summary="s")


def _body(eid: str, name: str, kind: str = "organisation") -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=(Alias(name),), summary="s")


def test_the_speaker_after_an_employer_and_a_role_is_the_person() -> None:
    text = "\"We see a real future for the chain,\" said Castellan managing partner Oliver Kent.\n"
    ents = [_person("kent", "Oliver Kent"), _body("castellan", "Castellan")]
    assert quotes_in(text, ents, dt.date(2024, 7, 17)) == [("kent", "We see a real future for the chain")]


# -- D1: a title with its jurisdiction between the quote and the name

@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"He sold them a rocket ship,\" Assistant U.S. Attorney Daniel Cho said in his opening statement.\n", "cho"),
        ("\"Today's verdict shows that hype is no defense,\" U.S. Attorney Daniel Cho said in a statement.\n", "cho"),
        # a court case in Britain, a recall in the US
        ("\"The sentence must deter others,\" U.K. Solicitor General Daniel Cho said on Friday.\n", "cho"),
        ("\"The recall covers every heater sold,\" U.S. Safety Commissioner Daniel Cho said.\n", "cho"),
    ],
)
def test_a_title_with_initials_before_the_speaker(text: str, speaker: str) -> None:
    ents = [_person("cho", "Daniel Cho"), _body("us", "U.S.", "place")]
    assert [s for s, _ in quotes_in(text, ents, dt.date(2024, 10, 6))] == [speaker]


@pytest.mark.parametrize(
    ("texts", "absent", "place"),
    [
        (("The trial before U.S. District Judge Ruth Abernathy is expected to last three weeks.",
          "U.S. District Judge Ruth Abernathy set sentencing for Feb. 12."), {"U.S. District"}, "U.S."),
        (("A spokesman for the U.S. Attorney's office said the home would be forfeited.",
          "U.S. Attorney Kevin Marsh said the verdict was just."), {"U.S. Attorney"}, "U.S."),
        # a strike in Britain: a minister with the country's name
        (("UK Business Secretary Jane Frost met both sides on Monday.",), {"UK Business Secretary"}, "UK"),
    ],
)
def test_a_title_and_its_jurisdiction_are_no_body(texts: tuple[str, ...], absent: set[str], place: str) -> None:
    found = suggestions(*texts)
    assert not absent & set(found), found.keys()
    assert place not in found or found[place].kind == "place"


# -- C3: a dateline's agency in brackets is no alias of its place

@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK (AP) — Quillpay's former finance chief told a jury on Wednesday that she created fake contracts.",
        "LOWMOOR, England (Reuters) - Dockers at Lowmoor walked out on Monday in Lowmoor.",
    ],
)
def test_a_datelines_agency_is_no_alias_of_the_place(text: str) -> None:
    found = suggestions(text, "Crowds gathered in New York and in Lowmoor on Monday.")
    for s in found.values():
        assert not ({"AP", "Reuters"} & forms(s) and s.kind == "place"), s


# -- C4: credit lines, numbered units, a court "for the District of X"

def test_a_credit_line_names_nobody() -> None:
    found = suggestions("Verdict in the Voss case came on Friday, Quillpay investors said.",
                        "(Reporting by Jonah Kell; Editing by Mara Quint)")
    assert not {"Editing", "Jonah Kell", "Mara Quint"} & set(found), found.keys()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Dana Okafor, president of Local 14 of the Coastal Dockworkers Union, said members would vote.", "Local"),
        ("Members of Local 14 of the Coastal Dockworkers Union voted on Friday.", "Local"),
        ("Hollis & Reed filed for Chapter 11 protection in Delaware on Sunday.", "Chapter"),
    ],
)
def test_an_english_noun_before_a_number_is_no_name(text: str, absent: str) -> None:
    found = suggestions(text)
    assert absent not in found, found.keys()
    assert "Coastal Dockworkers Union" in found or "Hollis & Reed" in found


def test_a_name_before_a_year_or_a_model_keeps_its_name() -> None:
    assert "Kessel" in suggestions("Kessel 2024 results beat forecasts, Kessel said in Avel.")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("U.S. Bankruptcy Court for the District of Delaware", "organisation"),
        ("Commission for the Protection of Competition", "organisation"),
        ("Bank of America", "organisation"),
        ("Republic of Korea", "place"),
    ],
)
def test_the_head_is_before_the_first_of_or_for(name: str, kind: str) -> None:
    assert kinds.decide({name: 1}, {})[0] == kind


# -- C5: "from X, <state>"

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("\"I put my savings into it,\" said Ray Donnelly, a retired teacher from Quincy, Massachusetts, who invested in 2021.",
         "Quincy"),
        ("The heaters were made at a plant near Tavira, Portugal.", "Tavira"),
    ],
)
def test_from_a_town_and_its_state_is_a_place(text: str, name: str) -> None:
    assert suggestions(text)[name].kind == "place"


# -- C6: a role that was held keeps "former"; a title keeps its jurisdiction

@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Former federal prosecutor Nina Alvarez, who is not involved in the case, said defendants rarely testify.",
         "Nina Alvarez", ["former federal prosecutor"]),
        ("The vote was called by former union president Ana Ruiz on Monday.", "Ana Ruiz", ["former union president"]),
        ("\"He sold them a rocket ship,\" Assistant U.S. Attorney Daniel Cho said.", "Daniel Cho", ["Assistant U.S. Attorney"]),
        # "then" still goes: the role held at the time
        ("The plan was approved by then chief executive Ana Ruiz in 2019.", "Ana Ruiz", ["chief executive"]),
    ],
)
def test_a_role_keeps_former(text: str, name: str, expected: list[str]) -> None:
    assert roles(text, name) == expected


# -- D3: a framed evaluation in quotes and a reported clause in one sentence

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Martin Kessler called the deal \"expensive but fair\" and said the company would "
         "\"put this behind us and win back our customers.\"\n",
         ["expensive but fair", "put this behind us and win back our customers."]),
        ("Martin Kessler described the recall as \"costly but necessary\" on Monday.\n", ["costly but necessary"]),
        # a label a determiner heads stays out
        ("Martin Kessler called it a \"constitutional coup\" on Monday.\n", []),
    ],
)
def test_a_framed_evaluation_is_quoted(text: str, expected: list[str]) -> None:
    got = quotes_in(text, [_person("kessler", "Martin Kessler")], dt.date(2024, 5, 2))
    assert [w for _, w in got] == expected
    assert all(s == "kessler" for s, _ in got)


# -- C5: shopping centres in one list are one kind

@pytest.mark.parametrize(
    "name", ["Easton Town Center", "Polaris Fashion Place", "Tuttle Crossing", "Kingsdale"],
)
def test_shopping_centres_are_places(name: str) -> None:
    found = suggestions("The Columbus stores to close are at Easton Town Center, Polaris Fashion Place, "
                        "Tuttle Crossing and the Kingsdale shopping center.")
    assert found[name].kind == "place"


# -- C1: "'No,' Park answered": "answered" and "responded" report speech as "replied" does

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"You would say anything to stay out of prison, wouldn't you?\" Bell asked. \"No,\" Park answered.\n",
         [("bell", "You would say anything to stay out of prison, wouldn't you?"), ("park", "No")]),
        ("\"Will the plant reopen?\" Bell asked. \"Not this year,\" Park responded.\n",
         [("bell", "Will the plant reopen?"), ("park", "Not this year")]),
    ],
)
def test_answered_reports_speech(text: str, expected: list[tuple[str, str]]) -> None:
    ents = [_person("bell", "Marcus Bell"), _person("park", "Helena Park")]
    ents = [Entity(id=e.id, kind="person", name=e.name, aliases=(Alias(e.name), Alias(e.name.split()[-1])), summary="s")
            for e in ents]
    assert quotes_in(text, ents, dt.date(2024, 10, 9)) == expected


# -- C4: an apposition to the clause, or the subject of a reporting verb past an
# initialism, is no description of the name before it

@pytest.mark.parametrize(
    ("texts", "name", "summary"),
    [
        (("By Wednesday 38 ships were waiting, according to the Halverton Harbor Authority, the longest queue since records began in 1998.",
          "The Halverton Harbor Authority said the port would reopen."),
         "Halverton Harbor Authority", "An organisation named in the sources, not yet checked by an editor."),
        (("Prosecutors want his home in Brookline, Massachusetts, a spokesman for the U.S. Attorney's office said.",),
         "Brookline", "A place named in the sources, not yet checked by an editor."),
        # a description with a superlative stays
        (("Kessel Motors, the largest carmaker in Avel, said sales fell.", "Kessel Motors shares rose."),
         "Kessel Motors", "Kessel Motors, the largest carmaker in Avel; not yet checked by an editor."),
    ],
)
def test_no_description_from_a_clause_apposition(texts: tuple[str, ...], name: str, summary: str) -> None:
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    found = provisionals.provisional(discover.group_names(Dossier(srcs, ()), pipeline.annotate_all(srcs, (), 1)), ())
    annotated = pipeline.annotate_all(srcs, found, 1)
    shown = {e.name: e.summary for e in summaries.described(found, found, annotated, srcs)}
    assert shown[name] == summary, shown

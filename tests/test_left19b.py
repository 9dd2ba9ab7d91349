"""Leftovers of review 19, each a kind of general English news usage with siblings from
other stories (a court case, a recall, a merger) and the cases that must not change:

- a noun phrase premodified by a possessive date ends before its clause's finite verb
  ("Today's decision reflects ..." names a decision, not "reflects"), and a form that is
  also a noun heads a compound before the clause's verb ("the rate cut was") (`verbs`,
  `anchors.head_noun`);
- the infinitive of a negative implicative verb ("failing to pay", "refused to", "declined
  to") is no plan: its date dates the failure (`plans.infinitive`, Karttunen 1971);
- a past perfect before "until" ("had been closed until March 3") ends in the past: the
  adjective after "been" is the verb phrase's, not a thing's limit (`limits`);
- names: a capitalised word of a fixed English phrase ("an act of God", WordNet's
  multi-word lemmas) is no name; "Centre" after a field's noun names a body ("National
  Cyber Security Centre"); an "on"-phrase continues an office's or body's name
  ("Independent Adviser on Ministers' Interests"); a contact block's office is the
  issuer's desk, no name ("Media contact: Office of the Minister, ...") (`names`, `kinds`);
  a name whose head word one source writes in lower case ("Brennock District hospital")
  is the dossier's capitalised name ("Brennock District Hospital"), not a shorter name
  (`occurrences.with_lower_head`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_discovery import source

from builder import pipeline
from builder.annotate import discover, verbs
from builder.annotate.anchors import head_noun
from builder.annotate.dates import find_dates
from builder.annotate.kinds import own_words
from builder.annotate.names import find_names
from builder.annotate.titles import title
from builder.model import Dossier

D = dt.date
JUNE = D(2026, 6, 15)


@pytest.mark.parametrize(("sentence", "finite"), [
    ("the rate cut was announced", ["was"]),
    ("the price cut came too late", ["came"]),
    ("a pay rise for staff", []),
    ("The tax cut will cost billions", ["will"]),
    # negatives: a verb reading stays
    ("the bank cut its main rate", ["cut"]),
    ("the company cut 200 jobs", ["cut"]),
    ("The court set a date", ["set"]),
    ("Today's decision reflects what the Government said", ["reflects", "said"]),
])
def test_compound_noun_is_no_verb(sentence: str, finite: list[str]) -> None:
    words = verbs.words_of(sentence)
    assert [w for i, w in enumerate(words) if verbs.is_finite(words, i)] == finite


@pytest.mark.parametrize(("sentence", "noun"), [
    ("Today's decision reflects what the Government has said.", "decis"),
    ("Friday's ruling means the firm must pay.", "rule"),
    ("Monday's recall covers 40,000 cars.", "recal"),
    ("Tuesday's merger vote shows how far the board has moved.", "vote"),
    # negatives: the phrase's own head noun, unchanged
    ("Last week's interest rate cut was a surprise.", "cut"),
    ("Sunday's election results were late.", "result"),
    ("The July 28 elections were held.", "elect"),
])
def test_head_noun_stops_at_the_verb(sentence: str, noun: str) -> None:
    date = find_dates(sentence, 0, len(sentence), 1, JUNE)[0]
    assert head_noun(sentence, date, len(sentence)) == noun


def titles_of(sentence: str, published: dt.date = JUNE) -> list[tuple[str, str, str]]:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    return [(d.text, d.value, title(sentence, 0, len(sentence), found, [], d)) for d in found]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The firm collapsed on Friday after failing to pay its workers on Tuesday.",
     ("Tuesday", "2026-06-09", "The firm failed to pay its workers")),
    ("The club was relegated on Saturday after failing to win on Tuesday.",
     ("Tuesday", "2026-06-09", "The club failed to win")),
    ("The regulator ordered a recall on Friday after the carmaker declined to fix the brakes on Tuesday.",
     ("Tuesday", "2026-06-09", "The carmaker declined to fix the brakes")),
    ("The company went bust in May, having refused to pay its suppliers in April.",
     ("April", "2026-04", "The company refused to pay its suppliers")),
    # negative: a plan's infinitive is still told as planned
    ("The firm agreed in May to sell the site in June.", ("June", "2026-06", "The firm is to sell the site")),
])
def test_negative_implicative_is_no_plan(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in titles_of(sentence)


FEBRUARY = D(2026, 2, 10)


@pytest.mark.parametrize(("sentence", "date_text", "value"), [
    ("The road had been closed until March 3.", "March 3", "2025-03-03"),
    ("The factory had been idle until March 3, the company said.", "March 3", "2025-03-03"),
    ("The offer, which ran until June 30, was not taken up.", "June 30", "2025-06-30"),
    ("The store, which stayed open until March 3, has now shut.", "March 3", "2025-03-03"),
    # negatives: a period still running or ahead, and a thing's limit, are unchanged
    ("The road has been closed until March 3.", "March 3", "2026-03-03"),
    ("The road will be closed until March 3.", "March 3", "2026-03-03"),
    ("The road remains closed until March 3.", "March 3", "2026-03-03"),
    ("The court had adjourned the trial until March 3.", "March 3", "2026-03-03"),
])
def test_past_perfect_until_is_past(sentence: str, date_text: str, value: str) -> None:
    found = find_dates(sentence, 0, len(sentence), 1, FEBRUARY)
    assert [d.value for d in found if d.text == date_text] == [value]


def names_in(text: str) -> list[str]:
    return [n.text for n in find_names(source(text), (), ())]


@pytest.mark.parametrize(("text", "names"), [
    ('"This was not an act of God. It was a choice," said Anthony Ruiz-Calder.', ["Anthony Ruiz-Calder"]),
    ("The insurer called the storm an act of God.", []),
    ("She had been the firm's girl Friday for years.", []),
    ("The cook served beef Stroganoff to the jury.", []),
    # negatives: the same capitalised words outside the phrase stay names
    ("The church said God would judge them.", ["God"]),
    ("They met on Friday with Susan Clarke.", ["Susan Clarke"]),
])
def test_fixed_phrase_is_no_name(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(("form", "kind"), [
    ("National Cyber Security Centre", "organisation"),
    ("Orrin Lane Treatment Centre", "organisation"),
    ("Regional Cancer Research Center", "organisation"),
    # negatives: a town's, a venue's, a shopping centre, a two-word site
    ("Easton Town Center", "place"),
    ("Moscone West Convention Center", "place"),
    ("Kingsdale Shopping Centre", "place"),
    ("Delivery Center", "place"),
])
def test_field_centre_is_a_body(form: str, kind: str) -> None:
    assert own_words(form)[0][0] == kind


@pytest.mark.parametrize(("text", "names"), [
    ("I have today written to the Independent Adviser on Ministers' Interests, Lord Pemberton, asking him to act.",
     ["Independent Adviser on Ministers' Interests", "Pemberton"]),
    ("The Special Rapporteur on Torture visited the prison.", ["Special Rapporteur on Torture"]),
    ("The Council on Foreign Relations published a report.", ["Council on Foreign Relations"]),
    # negatives: a day after "on" is no part of the name
    ("The European Commission on Tuesday approved the merger.", ["European Commission"]),
    ("Apple on Monday recalled the charger.", ["Apple"]),
])
def test_on_phrase_continues_a_name(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Media contact: Office of the Minister, 08 5550 7700", []),
    ("Contact: Mayor's Press Office, (555) 010-2200", []),
    ("Media Contact: Court Services Media Relations, (916) 555-0148", []),
    # negatives: a person to call stays; a field label that is no contact leaves its name
    ("Media contact: Anika Deol, Head of Corporate Affairs, +61 8 5550 0142", ["Anika Deol"]),
    ("Venue: Kessel Town Hall", ["Kessel Town Hall"]),
])
def test_contact_block_office_is_no_name(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def discovered(*texts: str) -> dict[str, set[str]]:
    srcs = tuple(source(t, f"s{i}") for i, t in enumerate(texts))
    annotated = pipeline.annotate_all(srcs, (), 1)
    return {s.name: set(s.forms) for s in discover.group_names(Dossier(srcs, ()), annotated)}


@pytest.mark.parametrize(("texts", "name", "form", "not_a_name"), [
    (("Two workers were taken to Brennock District Hospital on Friday.",
      "Both were taken to Brennock District hospital as a precaution."),
     "Brennock District Hospital", "Brennock District hospital", "Brennock District"),
    (("Harlow Valley College closed its doors.", "Students at Harlow Valley college protested in March."),
     "Harlow Valley College", "Harlow Valley college", "Harlow Valley"),
])
def test_lower_case_head_is_the_same_name(texts: tuple[str, ...], name: str, form: str, not_a_name: str) -> None:
    found = discovered(*texts)
    assert form in found[name]
    assert not_a_name not in found


def test_lower_case_word_without_a_capitalised_name_stays_apart() -> None:
    # negative: no "Avel Harbour Plant" anywhere, so "Avel Harbour" stays a name of its own
    found = discovered("Workers at the Avel Harbour plant walked out.", "Avel Harbour is quiet.")
    assert "Avel Harbour" in found


@pytest.mark.parametrize("texts", [
    # a generic head ("the Russian government") and a place's kind ("Suvarnabhumi airport") stay outside
    ("The Russian Government said so.", "The Russian government denied it.", "Russia said so."),
    ("Flights left Suvarnabhumi Airport.", "Passengers waited at Suvarnabhumi airport on Monday."),
])
def test_generic_or_place_head_stays_outside(texts: tuple[str, ...]) -> None:
    found = discovered(*texts)
    assert not any(" ".join(f.split()[-1:]).islower() for forms in found.values() for f in forms)


@pytest.mark.parametrize(("text", "names"), [
    ("The plane flew in from Airbus' Delivery Center in Toulouse.", ["Airbus", "Delivery Center", "Toulouse"]),
    ("General Motors' Detroit Plant closed.", ["General Motors", "Detroit Plant"]),
])
def test_singular_possessive_of_a_name_in_s_closes_it(text: str, names: list[str]) -> None:
    assert names_in(text) == names

"""Whose count a figure is, and who states it (reviewer's bankruptcy dossier, session 13):
the owner is the clause's grammatical holder — the subject of the verb of having ("owes",
"has", "employs") across an apposition, a relative clause or a coordinated predicate, or
the noun phrase the counted noun is said of ("jobs at X", "members of X") — never the
indirect object ("owes Calder Realty Trust $2.1 billion": the creditor) nor the speaker of
a reporting clause ("…, Meridian said": the claimant). A counted noun after "the NOUNs of"
("the wages of 296 drivers") is a count. Each case from the review's bankruptcy has
siblings from a strike and a court case. Expected values worked out by hand from the
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def _entity(eid: str, kind: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


ENTITIES = [
    _entity("meridian", "organisation", "Meridian Health", "Meridian"),
    _entity("calder", "organisation", "Calder Realty Trust"),
    _entity("agnes", "organisation", "St. Agnes Hospital", "St. Agnes"),
    _entity("union", "organisation", "Harbour Workers Union"),
    _entity("vessmark", "organisation", "Vessmark Haulage", "Vessmark"),
    _entity("kessel", "organisation", "Kessel Bank"),
    _entity("court", "organisation", "Kestrel County Court"),
    _entity("varga", "person", "Ilse Varga", "Varga"),
]
BY_ID = {e.id: e for e in ENTITIES}


def claims(text: str) -> list[tuple[str, str, str, str]]:
    """(figure, unit, owner, claimant) of every claim in `text`."""
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.owner, c.claimant) for c in annotate(src, Matcher(ENTITIES), BY_ID).claims]


# ---- the owner is the subject of the verb of having, not its indirect object


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the landlord, named as the indirect object, is the creditor
        ("Meridian owes Calder Realty Trust $2.1 billion in debt.",
         [("$2.1 billion", "debt ($)", "meridian", "")]),
        ("Meridian owes its landlord, Calder Realty Trust, $2.1 billion in debt.",
         [("$2.1 billion", "debt ($)", "meridian", "")]),
        # the landlord in a relative clause or a coordinated predicate of the debtor's
        ("Meridian, which leases its hospitals from Calder Realty Trust, owes $2.1 billion in debt.",
         [("$2.1 billion", "debt ($)", "meridian", "")]),
        ("Meridian sold its buildings to Calder Realty Trust in 2016 and now owes $2.1 billion in debt.",
         [("$2.1 billion", "debt ($)", "meridian", "")]),
        # a strike: the union is owed, the haulier owes; the bank in a relative clause
        ("Vessmark owes the Harbour Workers Union £3 million in unpaid wages.",
         [("£3 million", "unpaid wages (£)", "vessmark", "")]),
        ("Vessmark, which leases its lorries from Kessel Bank, employs 1,200 drivers.",
         [("1,200", "drivers", "vessmark", "")]),
        # a court case: the claimant bank is owed the damages
        ("The ruling means Vessmark owes Kessel Bank €4 million in damages.",
         [("€4 million", "damages (€)", "vessmark", "")]),
        ("Vessmark, a client of Kessel Bank since 2009, has 300 creditors.",
         [("300", "creditors", "vessmark", "")]),
    ],
)
def test_the_owner_is_the_subject_of_the_verb_of_having(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert claims(text) == expected


# ---- "X said" names who states the figure; "jobs at X", "members of X" whose they are


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case, with the reporting clause after and before the figure
        ("The closures will cost 900 jobs at St. Agnes, Meridian said.", [("900", "jobs", "agnes", "meridian")]),
        ("Meridian said the closures will cost 900 jobs at St. Agnes.", [("900", "jobs", "agnes", "meridian")]),
        # a strike
        ("The strike has cost 300 jobs at Vessmark, the Harbour Workers Union said.",
         [("300", "jobs", "vessmark", "union")]),
        ("About 1,200 members of the Harbour Workers Union walked out, Vessmark said.",
         [("1,200", "members", "union", "vessmark")]),
        # a court case: the speaker after the verb
        ("The ruling puts 450 jobs at Kessel Bank at risk, said Ilse Varga.", [("450", "jobs", "kessel", "varga")]),
        # a relative pronoun as the subject: its antecedent states the figure (dev set: "a report released by
        # the US Labor Department on the same day, which said that the US economy shed 663,000 jobs")
        ("The walkout was called by the Harbour Workers Union, which said 1,200 drivers had joined.",
         [("1,200", "drivers", "", "union")]),
        ("The list came from Kestrel County Court on Monday, which said 65 claimants had joined.",
         [("65", "claimants", "", "court")]),
        # a possessive is no subject: the landlord of "Meridian's landlord" says it
        ("Meridian's landlord, Calder Realty Trust, said St. Agnes has 900 beds.", [("900", "beds", "agnes", "calder")]),
    ],
)
def test_a_reporting_clause_names_the_claimant_and_a_postmodifier_the_owner(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert claims(text) == expected


# ---- a counted noun after "the NOUNs of"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case
        ("Vessmark stopped paying the wages of 296 drivers.", [("296", "drivers", "", "")]),
        # a strike, a bankruptcy, a court case
        ("The union defends the pensions of 1,200 workers.", [("1,200", "workers", "", "")]),
        ("The flood destroyed the homes of 40 families.", [("40", "families", "", "")]),
        ("The court froze the savings of 3,000 depositors at Kessel Bank.", [("3,000", "depositors", "kessel", "")]),
        # a change or a total before "of" stays no count
        ("The party suffered a loss of 22 seats.", []),
        ("The strike led to the loss of 300 jobs.", []),
    ],
)
def test_a_counted_noun_after_the_nouns_of_is_a_count(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the recall's class action (fresh-user review s15a #6): "on behalf of N families" is a count, and
        # "The firm" is the body just named, not the one the source names most
        ("Meridian Health was sued. Meridian said nothing. Meridian declined to comment. On Monday, Calder Realty "
         "Trust filed a class action on behalf of 17 families. The firm is seeking 2.5 million euros in damages.",
         [("17", "families", "", ""), ("2.5 million", "damages (euros)", "calder", "")]),
        # a strike: "on behalf of" its members, the union just named
        ("Harbour Workers Union filed a claim on behalf of 340 dockers.", [("340", "dockers", "", "")]),
        # a bankruptcy: "has risen to" is the perfect, no verb of having: the count is not the body's
        ("The number of people taken ill after eating food made by Vessmark Haulage has risen to 14.",
         [("14", "people", "", "")]),
        # "has" of possession still holds
        ("Kessel Bank has 1,200 employees.", [("1,200", "employees", "kessel", "")]),
    ],
)
def test_a_count_after_on_behalf_of_and_the_firm_just_named(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert claims(text) == expected

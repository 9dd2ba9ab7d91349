"""Roles beside a name that a shipyard strike's dossier left without a role row
(fresh-user review, session 14b, kind 5): an occupation in lower case before the name
("shop steward Karim Al-Mansouri said"), a body's possessive and a role noun in apposition
after it ("Yusuf Haddad, SATU's regional organiser, said") or before it ("Dietrich
Brannock's lawyer, Marguerite Okafor"). Siblings from a bankruptcy and a court case;
expected rows worked out by hand."""

from __future__ import annotations

import pytest
from test_quotes_pronouns import _entity, dt

from conftest import annotated_in

ENTITIES = [
    _entity("satu", "SATU", "organisation"),
    _entity("brannock-holdings", "Brannock Holdings", "organisation"),
    _entity("karim", "Karim Al-Mansouri"),
    _entity("haddad", "Yusuf Haddad"),
    _entity("brannock", "Dietrich Brannock"),
    _entity("okafor", "Marguerite Okafor"),
    _entity("lind", "Mara Lind"),
    _entity("hart", "Jo Hart"),
]
BY_ID = {e.id: e for e in ENTITIES}


def roles(text: str) -> set[tuple[str, str]]:
    return {(f.entity, f.value) for f in annotated_in(text, ENTITIES, dt.date(2025, 4, 17)).facts if f.kind == "role"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases
        ("On the picket line, shop steward Karim Al-Mansouri said strike pay was running out.",
         {("karim", "shop steward")}),
        ("Yusuf Haddad, SATU's regional organiser, said the union had received support.",
         {("haddad", "regional organiser (SATU)")}),  # the genitive's body, as before a name (quotes22)
        ("Dietrich Brannock's lawyer, Marguerite Okafor, said he would appeal.",
         {("okafor", "Dietrich Brannock's lawyer")}),
        # a bankruptcy: an occupation before the name, a firm's possessive after it
        ("The court heard from insolvency accountant Mara Lind on Monday.", {("lind", "insolvency accountant")}),
        ("Jo Hart, Brannock Holdings' finance director, said creditors would be paid.",
         {("hart", "finance director (Brannock Holdings)")}),
        # a court case: a person's possessive before the name, with "the" after "said"
        ("The appeal was filed by Mara Lind's solicitor, Jo Hart, on Friday.", {("hart", "Mara Lind's solicitor")}),
    ],
)
def test_a_role_beside_a_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected

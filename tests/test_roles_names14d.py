"""Roles the fraud trial's dossier left out (fresh-user review, session 14c): an office
written as a title before a name ("Prosecutor Amara Osei", "Detective Sergeant Colin
Avery of Lowmoor Police"; only honorifics such as "Mr" and "Dame" are no role), and an
apposition in title case after a post-nominal ("Amara Osei KC, Senior Crown Prosecutor
for CPS Mercia, said"). Siblings from a strike and a bankruptcy; values worked out by
hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def roles(text: str, name: str, *bodies: str) -> list[str]:
    person = Entity(id="p", kind="person", name=name, aliases=(Alias(name),), summary="s")
    orgs = [Entity(id=f"o{i}", kind="organisation", name=b, aliases=(Alias(b),), summary="s") for i, b in enumerate(bodies)]
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2024, 6, 14), paragraphs=split_paragraphs(text))
    by_id = {e.id: e for e in [person, *orgs]}
    return sorted(f.value for f in annotate(src, Matcher([person, *orgs]), by_id).facts if f.kind == "role")


@pytest.mark.parametrize(
    ("text", "name", "bodies", "expected"),
    [
        ("Prosecutor Amara Osei told Lowmoor Crown Court that the payments were a plan.", "Amara Osei", (),
         ["prosecutor"]),
        ("Detective Sergeant Colin Avery of Lowmoor Police said officers had traced £1.2m.", "Colin Avery",
         ("Lowmoor Police",), ["Detective Sergeant (Lowmoor Police)"]),
        ("Negotiator Sam Idris said the offer was final.", "Sam Idris", (), ["negotiator"]),
        ("Liquidator Ilse Varga wrote to the creditors on Monday.", "Ilse Varga", (), ["liquidator"]),
        # an honorific is no role
        ("Dame Ilse Varga wrote to the creditors on Monday.", "Ilse Varga", (), []),
        ("Mr Sam Idris said the offer was final.", "Sam Idris", (), []),
    ],
)
def test_an_office_as_a_title_is_a_role(text: str, name: str, bodies: tuple[str, ...], expected: list[str]) -> None:
    assert roles(text, name, *bodies) == expected


@pytest.mark.parametrize(
    ("text", "name", "bodies", "expected"),
    [
        ("Amara Osei KC, Senior Crown Prosecutor for CPS Mercia, said the verdict was right.", "Amara Osei",
         ("CPS Mercia",), ["Senior Crown Prosecutor for CPS Mercia"]),
        ("Sam Idris MP, Shadow Employment Minister, said the strike was lawful.", "Sam Idris", (),
         ["Shadow Employment Minister"]),
        ("Ilse Varga QC, Senior Counsel for Halden Foods, said creditors would be paid in part.", "Ilse Varga",
         ("Halden Foods",), ["Senior Counsel for Halden Foods"]),
    ],
)
def test_a_title_case_apposition_after_post_nominal_letters_is_a_role(
    text: str, name: str, bodies: tuple[str, ...], expected: list[str]
) -> None:
    assert roles(text, name, *bodies) == expected


def test_a_name_opening_an_apposition_is_still_no_role() -> None:
    """The sibling that must stay: another body's name before the role noun."""
    assert roles("Jo Hart, Valdor Airlines chief, said the fleet was ageing.", "Jo Hart") == []

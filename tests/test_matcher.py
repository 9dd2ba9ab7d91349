"""Entity recognition: exact expected mentions for small texts (table-driven)."""

from __future__ import annotations

import pytest

from builder.annotate.matcher import Matcher, resolve
from builder.model import Alias, Entity


def entity(eid: str, name: str, *aliases: Alias | str, kind: str = "person") -> Entity:
    forms = (Alias(name),) + tuple(a if isinstance(a, Alias) else Alias(a) for a in aliases)
    return Entity(id=eid, kind=kind, name=name, aliases=forms, summary="s")


REGISTRY = [
    entity("hun-sen", "Hun Sen", Alias("Hun Sun", note="misspelling")),
    entity("sam-rainsy", "Sam Rainsy", Alias("Rainsy", after_full_name=True)),
    entity("cambodia", "Cambodia", kind="place"),
    entity("cnrp", "Cambodia National Rescue Party", "CNRP", kind="party"),
    entity("cpp", "Cambodian People's Party", "CPP", kind="party"),
    entity("phnom-penh", "Phnom Penh", kind="place"),
    entity("kem-sokha", "Kem Sokha", Alias("Sokha", shared=True)),
    entity("chea-sokha", "Chea Sokha", Alias("Sokha", shared=True)),
]


def found(text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], e) for h, e in resolve(Matcher(REGISTRY).hits(text))]


CASES = [
    ("Hun Sen said.", [("Hun Sen", "hun-sen")]),
    ("Hun Sen's party", [("Hun Sen", "hun-sen")]),
    ("Hun Sen’s party", [("Hun Sen", "hun-sen")]),
    ("a big blow for Hun Sun", [("Hun Sun", "hun-sen")]),
    ("the Senate and Hun Senate", []),
    ("Cambodia National Rescue Party won", [("Cambodia National Rescue Party", "cnrp")]),
    ("Cambodia's CNRP", [("Cambodia", "cambodia"), ("CNRP", "cnrp")]),
    ("Cambodian People’s Party (CPP)", [("Cambodian People’s Party", "cpp"), ("CPP", "cpp")]),
    ("Cambodian voters", []),
    ("cpp and Cnrp", []),
    ("PHNOM PENH, Cambodia --", [("PHNOM PENH", "phnom-penh"), ("Cambodia", "cambodia")]),
    ("phnom penh", []),
    ("He [Sam Rainsy] said", [("Sam Rainsy", "sam-rainsy")]),
    ("Hun\nSen arrived", [("Hun\nSen", "hun-sen")]),
    ("Rainsy said, then Sam Rainsy and Rainsy", [("Sam Rainsy", "sam-rainsy"), ("Rainsy", "sam-rainsy")]),
    ("Sokha spoke.", []),
    ("Kem Sokha met Chea Sokha. Sokha said", [("Kem Sokha", "kem-sokha"), ("Chea Sokha", "chea-sokha"), ("Sokha", "chea-sokha")]),
    ("Chea Sokha met Kem Sokha. Sokha said", [("Chea Sokha", "chea-sokha"), ("Kem Sokha", "kem-sokha"), ("Sokha", "kem-sokha")]),
    ("CPP-led and anti-CNRP", [("CPP", "cpp"), ("CNRP", "cnrp")]),
    ("CPPs", []),
    ("“Hun Sen”", [("Hun Sen", "hun-sen")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_matches(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_case_insensitive_alias() -> None:
    registry = [entity("nec", "National Election Committee", Alias("election committee", case_sensitive=False), kind="organisation")]
    hits = resolve(Matcher(registry).hits("the Election Committee and the election committee"))
    assert [e for _, e in hits] == ["nec", "nec"]


def test_empty_registry() -> None:
    assert Matcher([]).hits("Hun Sen") == []

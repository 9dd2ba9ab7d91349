"""The names of a date line take part in no connection (fresh-user review s13: the wire
service of every date line led the connections graph)."""

from __future__ import annotations

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity
from builder.read.text import make_source


def _entity(eid: str, name: str, kind: str) -> Entity:
    return Entity(id=eid, name=name, kind=kind, aliases=(Alias(name),), summary="")


def test_a_date_lines_place_and_wire_service_are_connected_to_no_one() -> None:
    entities = (_entity("dunmere", "Dunmere", "place"), _entity("northline", "Northline Wire", "organisation"),
                _entity("coldharbour", "Coldharbour Glassworks", "organisation"), _entity("ridley", "Thomas Ridley", "person"))
    text = ("Strike begins\n\n"
            "DUNMERE, Feb 10 (Northline Wire) - Workers at Coldharbour Glassworks walked out, Thomas Ridley said.\n\n"
            "Thomas Ridley said Coldharbour Glassworks had closed its Dunmere furnaces.\n")
    source = make_source("a.txt", text, {"title": "Strike begins", "published": "2025-02-10"}, "a")
    pairs = annotate(source, Matcher(entities), {e.id: e for e in entities}).pairs
    assert pairs == (("coldharbour", "dunmere", 1), ("coldharbour", "ridley", 2), ("dunmere", "ridley", 1))

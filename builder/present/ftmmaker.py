"""One FollowTheMoney entity made by the library and encoded as a line of JSON: the schema
of an entity kind, the id of a record, and each value cleaned for its property's type.

Every entity is made by its library (`followthemoney`): the library names the schemata and
properties, normalises each value to its property's type and drops what is not valid for it.

Ids are the library's `make_entity_id` of the record's kind and its ids in the dossier,
keyed by `namespace` (a fixed prefix and the dossier's `id` from `dossier.yml`, never its
title): stable across builds and renames.

The library takes most of a second to import: it is imported on first use, so the
commands that write no export (`check`, `suggest`, `stats`) do not pay for it.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from typing import TYPE_CHECKING, Any

import orjson

from ..model import Dossier, Entity

if TYPE_CHECKING:
    from followthemoney.model import Model

KINDS = {"person": "Person", "party": "Organization", "organisation": "Organization",
         "organization": "Organization", "place": "Address"}
"""The builder's own kinds (README: `entities.yml`) and their schemata."""


KEY_SEPARATOR = "\x1f"
"""Between the parts of a record's key (see `Maker.id`)."""
NAMESPACE = "dossier-builder"
"""The key prefix of every id, with the dossier's `id` when it has one (`namespace`)."""

_SORTED = orjson.OPT_SORT_KEYS
_dumps = orjson.dumps


MENTIONED = {"Person": "peopleMentioned", "Organization": "companiesMentioned", "Address": "locationMentioned"}
"""The article's property for the names of each kind of entity it names (as Aleph's own
entity extraction fills them); others go to `namesMentioned`."""


@functools.lru_cache(maxsize=1)
def _model() -> Model:
    from followthemoney import model

    return model


def ready() -> None:
    """Import the library now (most of a second, once per process): before a pool of
    workers forks, so that they inherit it."""
    _model()


def namespace(dossier: Dossier) -> str:
    """The key prefix of the dossier's ids: `NAMESPACE`, then the dossier's `id` from
    `dossier.yml` when it has one (`dossier-builder:harbour-strike-2024`). Nothing else: a new
    title, description or language keeps every id."""
    return f"{NAMESPACE}:{dossier.identity.id}" if dossier.identity.id else NAMESPACE


def schema_of(kind: str) -> str:
    """The FtM schema of an entity kind: the builder's own kinds by `KINDS`; any other
    word names the legal entity or address schema whose name, label or plural it is,
    ignoring case, spaces and punctuation (`public body` -> `PublicBody`); else
    `LegalEntity`, the model's "any party to legal proceedings"."""
    if kind in KINDS:
        return KINDS[kind]
    return _other_kinds().get(_plain(kind), "LegalEntity")


@functools.lru_cache(maxsize=1)
def _other_kinds() -> dict[str, str]:
    found: dict[str, str] = {}
    for schema in sorted(_model().schemata.values(), key=lambda s: s.name):
        if not schema.abstract and (schema.is_a("LegalEntity") or schema.is_a("Address")):
            for word in (schema.name, schema.label, schema.plural):
                found.setdefault(_plain(word), schema.name)
    return found


@functools.cache
def schema_properties(schema: str) -> tuple[Any, dict[str, tuple[Any, bool]]]:
    """The schema, and its properties that may be set (not the reverse ones) by name,
    each with whether it refers to another entity (its values are ids made here)."""
    found = _model().get(schema)
    assert found is not None
    return found, {p.name: (p, p.type.name == "entity") for p in found.properties.values() if not p.stub}


def _plain(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum())


@dataclasses.dataclass(frozen=True)
class Scope:
    """What every line depends on besides its own record and the registry: the id
    namespace (`namespace`) and the dossier's language."""

    namespace: str
    language: str

    @classmethod
    def of(cls, dossier: Dossier) -> Scope:
        return cls(namespace(dossier), dossier.identity.language)


class Maker:
    """Makes entities with the library and encodes them, one line each: for a dossier,
    or for the registry's `entities` and a `scope` (where the dossier is not at hand)."""

    def __init__(self, dossier: Dossier | None = None, *, entities: tuple[Entity, ...] = (),
                 scope: Scope | None = None) -> None:
        if dossier is not None:
            entities, scope = dossier.entities, Scope.of(dossier)
        assert scope is not None
        self.model = _model()
        from followthemoney.proxy import EntityProxy
        from followthemoney.value import string_list

        self._proxy = EntityProxy
        self._string_list = string_list
        self._cleaned: dict[tuple[str, str | None], dict[str, tuple[str, ...]]] = {}
        self._memo: dict[int, dict[str, tuple[str, ...]]] = {}  # by id(property): the model's properties live as long as the process
        self.prefix = scope.namespace
        self._prefixed = hashlib.sha1(self.prefix.strip().encode("utf-8"), usedforsecurity=False)
        self.schemas = {e.id: schema_of(e.kind) for e in entities}
        self.names = {e.id: e.name for e in entities}
        self.ids = {e.id: self.id("entity", e.id) for e in entities}
        self.articles: dict[str, str] = {}
        self.legal = {eid: self.model.get(s).is_a("LegalEntity") for eid, s in self.schemas.items()}  # type: ignore[union-attr]
        self.organisation = {eid: self.model.get(s).is_a("Organization") for eid, s in self.schemas.items()}  # type: ignore[union-attr]
        self.mentioned = {eid: next((p for kind, p in MENTIONED.items() if self.model.get(s).is_a(kind)), "namesMentioned")  # type: ignore[union-attr]
                          for eid, s in self.schemas.items()}
        self.language = scope.language
        self.base = (self.prefix, self.language, self.schemas, self.names)

    def id(self, *key: str) -> str:
        """The id of the record `key` names: the library's `make_entity_id` of its parts
        joined by a unit separator (the library concatenates parts with none, so `a-b`,
        `c` and `a`, `b-c` would give one id; no part but the last, a mention's form, is
        anything but a fixed word or a slug), keyed by the dossier's namespace. The
        library's function, unrolled: a SHA-1 of the prefix then the key, each stripped
        and UTF-8 encoded (its `key_bytes`), the prefix hashed once per build (a third of
        the library's cost per id; `test_ftm` checks every id against the library's)."""
        digest = self._prefixed.copy()
        digest.update(KEY_SEPARATOR.join(key).strip().encode("utf-8"))
        return digest.hexdigest()

    def entity(self, eid: str) -> str:
        return self.ids[eid]

    def article(self, sid: str) -> str:
        """The id of the source `sid`'s `Article`."""
        made = self.articles.get(sid)
        if made is None:
            made = self.articles[sid] = self.id("source", sid)
        return made

    def clean(self, prop: Any, values: list[Any]) -> list[str]:
        """The values as the library's `EntityProxy.add` would keep them for `prop`:
        sanitised (`string_list`), then cleaned by the property's type (`clean_text`
        with its format; invalid ones dropped). Each distinct short value is cleaned once
        per build (a name is in many mentions, a date in many events); a long text (its
        type `text`), once."""
        kept = self._memo.get(id(prop))
        if kept is None:  # one memo per type and format, shared by the properties that have them
            kept = self._memo[id(prop)] = self._cleaned.setdefault((prop.type.name, prop.format), {})
        out: list[str] = []
        for value in values:
            made = kept.get(value) if type(value) is str else None
            if made is None:
                made = tuple(c for v in self._string_list(value, sanitize=True)
                             if (c := prop.type.clean_text(v, format=prop.format)) is not None)
                if type(value) is str and prop.type.name != "text":
                    kept[value] = made
            if len(made) == 1:
                out.append(made[0])
            else:
                out.extend(made)
        return out

    def line(self, schema: str, key: tuple[str, ...], clean: dict[str, list[str]]) -> bytes:
        """An entity of `schema` with the id made from `key` and the properties `clean`
        (each a non-empty list of clean values), as one line of JSON: the proxy is made
        by the library's `cleaned=True` construction (which keeps each property's values
        once, in order, as `add` does; the lists given are not kept) and encoded as its
        command line writes entities (orjson), with sorted keys. Raises KeyError for a
        property the schema cannot set."""
        found, known = schema_properties(schema)
        if not clean.keys() <= known.keys():
            raise KeyError(f"{schema} has no property {sorted(clean.keys() - known.keys())}")
        proxy = self._proxy(found, {"id": self.id(*key), "properties": clean})
        # copied to a bytes object of its own size: orjson's keeps the ~4 KB it wrote
        # into (400 MB of 100,000 short lines, and slower for the page faults)
        return bytes(memoryview(_dumps(proxy.to_dict(), option=_SORTED)))

    def make(self, schema: str, key: tuple[str, ...], ours: tuple[str, ...] = (), **properties: Any) -> bytes:
        """An entity of `schema` with the id made from `key`, as one line of JSON. Each
        value from the dossier's inputs goes through the library's cleaning for its
        property's type (empty and invalid values are dropped; `clean`); the properties
        named in `ours` and the references to other entities hold values made here,
        already clean, and are only checked to be properties of the schema. The entity is
        made and encoded by `line`."""
        known = schema_properties(schema)[1]
        clean: dict[str, list[str]] = {}
        for name, values in properties.items():
            prop, made_here = known[name]  # (a KeyError: not a property of the schema)
            if not values:
                continue
            if type(values) is not list:
                values = [values]
            elif not all(values):
                values = [v for v in values if v]
            if not (made_here or name in ours):
                values = self.clean(prop, values)
            if values:
                clean[name] = values
        return self.line(schema, key, clean)

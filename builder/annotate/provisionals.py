"""Entities from discovered names: provisional entities for `build --discover` and
`suggest` (`provisional`, with ids that collide with no registered entity nor listing:
`unique_ids`), and the registered entities with the forms found for them added as
provisional aliases (`attach`). `discover` groups the names into the suggestions these
read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .. import paths
from ..model import Alias, Entity
from ..read.text import slugify
from . import summaries
from .discover import Suggestion
from .namewords import dictionary_word


def unique_ids(names: list[str], taken: set[str]) -> list[str]:
    """An id for each of `names`, in their order: its slug, or the slug with "-2", "-3", …
    when a registered entity (`taken`), a listing ("Index", `paths.reserved`) or an
    earlier name has it ("Northmere Bank" and "Northmere-Bank" slug alike when `normal`
    has not joined them). `provisional` and `suggest`'s stubs both take ids here, so a
    pasted stub has the id the `--discover` build gave it and passes `check`."""
    used = set(taken)
    ids = []
    for name in names:
        base = slugify(name)
        eid, n = base, 1
        while eid in used or paths.reserved(eid):
            n += 1
            eid = f"{base}-{n}"
        used.add(eid)
        ids.append(eid)
    return ids


def provisional(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Unreviewed entities for `--discover`; ids never collide with registered ones.
    The summary is a sentence for readers (`summaries.plain_summary`); why the kind was chosen is
    the entity's `evidence`, shown on the review page.

    A named event ("Harbour Workers Summit", "the Avel Games") becomes no entity: an
    entity is who acts and where (person, party, organisation, place: the registry's
    kinds); what happened and when is the timeline's. The event stays a suggestion (on
    the review page with `--drafts`, in `suggest`), for a user who wants it registered:
    kinds are open."""
    result = []
    kept = sorted((s for s in suggestions if not s.registered and s.kind != "event"), key=lambda s: s.name)
    # forms of a registered entity's name: `attach`; a named event: a suggestion only (above)
    for s, eid in zip(kept, unique_ids([s.name for s in kept], {e.id for e in registered}), strict=True):
        result.append(
            Entity(
                id=eid,
                kind=s.kind,
                name=s.name,
                aliases=tuple(Alias(f) for f in _name_first(s.name, s.forms))
                + tuple(Alias(f, after_full_name=f not in s.alone, shared=f not in s.alone) for f in s.short_forms),
                summary=summaries.plain_summary(s.kind, s.count),
                reviewed=False,
                evidence=s.evidence,
            )
        )
    return tuple(result)


def _name_first(name: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms of a name with the name shown first (a profile's "Also written" line is
    the aliases after the first: "UGCW" sorts before "United Glass and Ceramic Workers'
    Union" and was left out, the name shown instead). A name no form writes ("Dunmere
    Evening Post", found only as "the Post") comes first too; one only another form's
    capitals write ("Birmingham" for a dateline's "BIRMINGHAM") does not."""
    if name in forms:
        return (name,) + tuple(f for f in forms if f != name)
    if any(f.lower() == name.lower() for f in forms):
        return forms
    return (name,) + forms


def attach(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The registered entities, each with the forms `group_names` found for it
    (`Suggestion.registered`) added as provisional aliases (`Alias.provisional`; short
    forms count only after the full name unless `Suggestion.alone`, as a provisional
    entity's do)."""
    extra: dict[str, list[Alias]] = defaultdict(list)
    for s in suggestions:
        if s.registered:
            extra[s.registered] += [Alias(f, provisional=True) for f in s.forms]
            extra[s.registered] += [
                Alias(f, after_full_name=f not in s.alone, shared=f not in s.alone, provisional=True) for f in s.short_forms
            ]
    alone = surnames_alone(suggestions, registered)
    result = []
    for e in registered:
        have = {a.text for a in e.aliases}
        new = tuple(a for a in extra.get(e.id, ()) if a.text not in have)
        if e.id in alone:
            e = replace(e, aliases=tuple(replace(a, after_full_name=False) if a.text == alone[e.id] else a for a in e.aliases))
        result.append(replace(e, aliases=e.aliases + new) if new else e)
    return tuple(result)


def surnames_alone(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> dict[str, str]:
    """Registered person id -> its surname alias that counts in any source of the dossier,
    not only after the full name in the same one ("Maltby said" in a wire that never writes
    "Diane Maltby", registered with `after_full_name`): the last word of its name, no English
    word (WordNet: `dictionary_word`; "Cook" stays), that no other registered entity has as an
    alias or as the last word of its name, and no discovered name of the dossier is, ends in
    or has as a short form ("Susan Maltby", "Maltby Foundation"). The mark guards a surname
    another person of the story may share; the whole dossier has now been read and names
    nobody else so, and news writes a person's surname alone on every later reference (AP
    Stylebook, "names"), a discovered person's as a registered one's (`Suggestion.alone`)."""
    taken: set[str] = set()
    for s in suggestions:
        if not s.registered:
            taken |= {f.split()[-1] for f in (s.name, *s.forms) if f.split()} | set(s.short_forms)
    result: dict[str, str] = {}
    for e in registered:
        surname = e.name.split()[-1] if e.kind == "person" and " " in e.name.strip() else ""
        if not surname or surname in taken or dictionary_word(surname.lower()):
            continue
        if any(a.text == surname and a.after_full_name and not a.shared for a in e.aliases) and not any(
            o.id != e.id and (o.name.split()[-1] == surname or any(a.text == surname for a in o.aliases)) for o in registered
        ):
            result[e.id] = surname
    return result

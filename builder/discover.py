"""Names the registry does not know: grouped suggestions, and provisional entities.

`suggest` prints the groups as YAML stubs; `build --drafts` lists them on a review page;
`build --discover` turns them into unreviewed entities so that a folder of sources with
no registry still gets highlights and profiles. Registered aliases always win.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .matcher import fold
from .model import Alias, Annotated, Dossier, Entity
from .names import find_names
from .registry import alias_key
from .sources import slugify


@dataclass(frozen=True)
class Suggestion:
    """One unregistered name, all its occurrences folded together."""

    name: str
    """The most frequent surface form."""
    kind: str
    """Guessed kind."""
    count: int
    """Occurrences in all sources."""
    sources: tuple[str, ...]
    """Source ids it occurs in."""
    forms: tuple[str, ...]
    """Every surface form seen."""
    context: str
    """The first sentence it occurs in."""
    source: str
    """Source id of that sentence."""
    paragraph: int
    """Paragraph number of that sentence."""


def normal(name: str) -> str:
    return re.sub(r"\s+", " ", alias_key(fold(name))).removesuffix("'s")


def _initials(name: str) -> str:
    """"Cambodian People's Party" -> "CPP" (small words skipped)."""
    words = re.findall(r"[\w’']+", name)
    return "".join(w[0].upper() for w in words if w.lower() not in ("of", "for", "and", "the", "de"))


def group_names(dossier: Dossier, annotated: dict[str, Annotated]) -> list[Suggestion]:
    """Unregistered names by normalised form, most frequent first, then by name."""
    known = {alias_key(a.text) for e in dossier.entities for a in e.aliases}
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    where: dict[str, list[str]] = defaultdict(list)
    first: dict[str, tuple[str, str, int]] = {}
    for source in dossier.sources:
        ann = annotated[source.id]
        # Found here, not when annotating: only the review page, `suggest` and
        # `--discover` need them.
        for n in find_names(source, ann.mentions, ann.dates):
            key = normal(n.text)
            if key in known:
                continue
            forms[key][" ".join(n.text.split())] += 1
            kinds[key][n.kind] += 1
            if source.id not in where[key]:
                where[key].append(source.id)
            if key not in first:
                p = source.paragraphs[n.paragraph - 1]
                context = next(
                    (source.text[s:e] for s, e in p.sentences if s <= n.start < e),
                    source.text[p.start : p.end],
                )
                first[key] = (" ".join(context.split()), source.id, n.paragraph)
    names = {key: min(counter.items(), key=lambda x: (-x[1], x[0]))[0] for key, counter in forms.items()}
    guessed = {key: min(kinds[key].items(), key=lambda x: (-x[1], x[0]))[0] for key in forms}
    # An acronym takes the kind of the name it abbreviates ("CNRP": Cambodia National Rescue Party).
    expansions = {_initials(n): key for key, n in names.items() if len(n.split()) > 1}
    for key, name in names.items():
        if name.isupper() and name in expansions:
            guessed[key] = guessed[expansions[name]]
    result = []
    for key, counter in forms.items():
        name, kind = names[key], guessed[key]
        context, sid, paragraph = first[key]
        result.append(
            Suggestion(name, kind, sum(counter.values()), tuple(where[key]), tuple(sorted(counter)), context, sid, paragraph)
        )
    return sorted(result, key=lambda s: (-s.count, s.name))


def provisional(suggestions: list[Suggestion], registered: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Unreviewed entities for `--discover`; ids never collide with registered ones."""
    taken = {e.id for e in registered}
    result = []
    for s in sorted(suggestions, key=lambda s: s.name):
        base = slugify(s.name)
        eid, n = base, 1
        while eid in taken:
            n += 1
            eid = f"{base}-{n}"
        taken.add(eid)
        result.append(
            Entity(
                id=eid,
                kind=s.kind,
                name=s.name,
                aliases=tuple(Alias(f) for f in s.forms),
                summary=f"Unreviewed: a name found {s.count} times, not in the registry.",
                reviewed=False,
            )
        )
    return tuple(result)

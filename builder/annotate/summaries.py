"""A discovered entity's summary, for readers until an editor writes one: in the sources'
own words when they state a role or a description beside its name ("Thomas Ridley,
general secretary of the UGCW; not yet checked by an editor."), else what it is
(`plain_summary`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..annotation import Annotated
from ..model import Entity, Source
from . import appositions
from .namewords import TITLES, is_acronym
from .relativedates import anchored

_APPOSED = re.compile(r"(?:[’']s)?,\s+((?:a|an|the)\s(?:[^,;.:“”\"()]|\.(?=\S)){3,120}?)(?=[,;]|(?<!\b[A-Z])\.(?!\S))")
"""A description in apposition right after a name (", the 140-year-old maker of bottles
and jars in Dunmere,"), up to the next comma or full stop (an initialism's, "U.S.", is
none: ", a spokesman for the U.S. Attorney's office said" is a subject, `_SAID`)."""
_SAID = re.compile(r"\b(?:said|says|told|added|reported|announced)\b")
"""A reporting verb inside it: ", the company said" is who spoke, no description."""


_RECORD = re.compile(r"^(?:the|a|an)\s(?:[\w-]+\s)?(?:\w+est|most|least|worst|best)\s[^,;]*\bsince\b")
"""A superlative and "since" (", the longest queue since records began"): a record the
clause before sets, an apposition to that clause, no description of the name before
it (a superlative of a thing named says "in" or "of": "the largest carmaker in Europe";
Quirk et al. 1985, ch. 17 on apposition to a sentence)."""


def plain_summary(kind: str, count: int) -> str:
    """A discovered entity's one line for readers (profile, tooltip) until the sources
    say more (`described`): what it is and that no one has checked it ("A place named
    in the sources, not yet checked by an editor."). Not how often: the listings' and the
    profile's mention counts say so (a summary that led with the count repeated them).
    No review jargon: the evidence for the kind is the review page's."""
    article = "An" if kind[:1] in "aeiou" else "A"
    return f"{article} {kind} named in the sources, not yet checked by an editor."


def described(
    entities: tuple[Entity, ...], found: tuple[Entity, ...], annotated: dict[str, Annotated], sources: tuple[Source, ...]
) -> tuple[Entity, ...]:
    """`entities` with each discovered one of `found` summed up in the sources' own words
    when they state a role or a description beside its name ("Thomas Ridley, general
    secretary of the UGCW; not yet checked by an editor."): the first stated, in the
    order of the sources and their paragraphs, a role before a description (a person's:
    `facts`; ranked by `_summary_rank`, so "who represents X" gives way to "the lawyer
    for X" stated later); for another kind, a description in apposition after a mention
    ("Coldharbour Glassworks Ltd, the 140-year-old maker of bottles and jars"). The
    others keep `plain_summary`."""
    ids = {e.id for e in found}
    stated: dict[str, tuple[int, int, int, str]] = {}
    bodied = {  # (entity, title) -> the title with its body: "judge" -> "judge (Velsburg Commercial Court)"
        (f.entity, f.value.partition(" (")[0].casefold()): f.value
        for src in reversed(sources) if src.id in annotated
        for f in reversed(annotated[src.id].facts) if f.kind == "role" and f.value.endswith(")")
    }
    for rank, src in enumerate(sources):
        if src.id not in annotated:
            continue
        for f in annotated[src.id].facts:
            if f.entity in ids and f.kind in ("role", "description"):
                value = bodied.get((f.entity, f.value.casefold()), f.value) if f.kind == "role" else f.value
                key = (_summary_rank(f.kind, value), rank, f.paragraph, _summary_words(f.kind, value))
                if f.entity not in stated or key < stated[f.entity]:
                    stated[f.entity] = key
        for m in annotated[src.id].mentions:
            appo = _APPOSED.match(src.text, m.end)
            if m.entity in ids and m.entity not in stated and appo and not _SAID.search(appo.group(1)) and not (
                    _RECORD.search(appo.group(1))):
                stated[m.entity] = (2, rank, m.paragraph, " ".join(appo.group(1).split()))
    told = {e: anchored(words, (d for d in annotated[sources[rank].id].dates if d.paragraph == paragraph))
            for e, (_, rank, paragraph, words) in stated.items()}  # "founded the group last week (week of …)"
    return tuple(
        replace(e, summary=f"{e.name}, {told[e.id]}; not yet checked by an editor.") if e.id in stated else e
        for e in entities
    )


def _summary_rank(kind: str, value: str) -> int:
    """How well a stated fact sums a person up, best first: a role (a noun phrase naming an
    office, "judge (Velsburg Commercial Court)"), a description headed by a role noun ("the
    lawyer for X"), another noun phrase in apposition ("the Velsburg construction firm …"),
    and last a relative clause ("who represents X": a verb phrase says what the person
    does, not who they are; `appositions.relative_after`)."""
    if kind == "role":
        return 0
    if appositions.role_of_description(value):
        return 1
    return 3 if _verb_phrase(value) else 2


def _verb_phrase(value: str) -> bool:
    """Whether a description is a relative clause's verb phrase, its pronoun left out
    ("runs a farm", from "X, who runs a farm": `facts`): it opens with a lower-case word
    that is no determiner, where a noun phrase in apposition opens with one ("a", "the")."""
    first = value.split(" ", 1)[0]
    return first[:1].islower() and first not in ("a", "an", "the", "who") and not first.endswith(("'s", "’s"))


def _summary_words(kind: str, value: str) -> str:
    """A stated fact as a summary writes it after the name: a role's title words in lower
    case (`_after_a_name`), a description headed by a role noun without its article
    ("Marguerite Okafor, lawyer for Dietrich Brannock"), another as stated."""
    if kind == "role":
        return _after_a_name(value)
    if _verb_phrase(value):
        return f"who {value}"  # "Ines Roth, who heads cardiology": the relative clause as stated
    return appositions.role_of_description(value) or value


def _after_a_name(role: str) -> str:
    """A role as written after a name, in apposition: its title words in lower case ("Judge"
    before "Helena Vos" is "Helena Vos, judge"; "Chief Executive" is "chief executive"),
    other words as stated ("CNRP deputy president", "Transport Minister" keeps no capital
    only on its title). English style writes a title capitalised before a name and in
    lower case after it (AP and Chicago: "President Lincoln", "Lincoln, the president")."""
    title, bracket, body = role.partition(" (")
    words = [w.lower() if w.lower() in TITLES and not is_acronym(w) else w for w in title.split()]
    return " ".join(words) + bracket + body

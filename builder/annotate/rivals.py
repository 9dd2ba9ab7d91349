"""A rival figure told against a count named just before: "X disputed that figure, saying
fewer than 4.5 million members had been affected" (the bound is X's contrary figure of the
count "that figure" names), and "the number of customers affected … The company puts the
number at 4.3 million" (the count "the number" names, from the noun phrase before it).

Closed classes of English only (verbs of disputing, the general nouns that stand for a
count); no topic words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Claim, Mention
from ..model import Entity
from . import counted, registered

_DISPUTED = re.compile(
    r"\b(?:disputed|disputes|dispute|rejected|rejects|reject|challenged|challenges|contested|contests|questioned"
    r"|questions|denied|denies)\s+(?:that|this|the|its|their)\s+(?:[a-z]+\s+)?(?:figure|number|estimate|count|total|tally)\b"
    r"[^.;:]{0,40}?(?:,\s+(?:saying|arguing|insisting|claiming)|,?\s+and\s+(?:said|says|argued|argues|insisted|insists))"
    r"\s+(?:that\s+)?(?:only\s+)?$"
)
"""A verb of disputing whose object is an anaphoric general noun for a count ("disputed that
figure", "rejected the estimate"), then a participle clause of saying before the figure:
the clause gives the disputer's own figure for the count disputed (Quirk et al. 1985,
ch. 19 on substitution: "that figure" refers back to the figure named before), or a
coordinated verb of saying ("disputes that count and says at least 370 were aboard")."""


def disputed(text: str, s: int, fs: int, claims: list[Claim], paragraph: int) -> tuple[int, Claim] | None:
    """(where the rival figure starts, with its bound "fewer than", the claim it disputes)
    when the figure at `fs` (the sentence from `s`) is given against "that figure"
    (`_DISPUTED`): the claim disputed is the last one stated in this paragraph or the one
    before (`paragraph`: this paragraph's number); None otherwise. A bound there is no
    mere bound (`counted.BOUND`, which claims leave out) but the voice's contrary figure,
    shown as written ("fewer than 4.5 million")."""
    bound = counted.BOUND.search(text, max(s, fs - 16), fs)
    start = bound.start() if bound else fs
    if not _DISPUTED.search(text, max(s, start - 140), start) or not claims:
        return None
    last = claims[-1]
    return (start, last) if last.paragraph >= paragraph - 1 and last.end <= start else None


def disputer(text: str, s: int, start: int, in_sentence: Sequence[Mention], entities: dict[str, Entity]) -> tuple[str, str]:
    """(claimant, words) of the rival figure starting at `start` (`disputed`): the subject
    before the verb of disputing, from the sentence's start or its last comma ("Brookfield
    disputed that figure, saying …"): the entity it names (a mention ending there, or a
    registered short form, `registered.entity_named`), else ("", its words) when they are
    a short phrase; ("", "") when none."""
    mt = _DISPUTED.search(text, max(s, start - 160), start)
    words = re.split(r"[,;:]", text[s : mt.start()])[-1].strip() if mt else ""
    words = re.sub(r"^(?:but|and|yet|while|whereas)\s+", "", words)  # "…, but a passenger group disputes"
    if not words:
        return "", ""
    at = text.find(words, s, start) + len(words)
    found = next((m.entity for m in in_sentence if m.end == at and entities.get(m.entity)),
                 registered.entity_named(words, entities))
    return (found, "") if found else ("", words if len(words.split()) <= 6 else "")


_NUMBER_OF = re.compile(r"\bthe\s+(?:[a-z]+\s+)?number\s+of\s+(?:(?:the|its|their)\s+)?((?:[a-z-]+\s+)?[a-z]{2,}s)\b(?!\s+of\b)")
"""A count named as "the number of X" ("had overstated the number of customers affected"),
with one modifier at most ("the number of active members")."""


def named_count(text: str, start: int, fs: int) -> str:
    """The counted noun of the last "the number of X" between `start` (the end of the
    paragraph's last figure, or its start) and the figure at `fs`, which "the number" at
    `fs` then refers back to ("A spokeswoman said the regulator had overstated the number
    of customers affected. The company puts the number at 4.3 million": customers); ""
    when none. A definite "the number" takes its referent from the nearest noun phrase that
    names one (Huddleston & Pullum 2002, ch. 17 on anaphora)."""
    found = list(_NUMBER_OF.finditer(text, start, fs))
    return found[-1].group(1).split()[-1] if found else ""

"""Which names of a sentence with several dates belong to each date's happening.

A sentence that dates two happenings ("The AIU interviewed the coach on 8 July in Eldoret,
and the physician on 15 July in Madrid"; "X won silver in August 2022 and finished fourth
in Paris the previous year") names the participants of each in its own clause: a date's
event takes the names of its clause (`regions`), those its title holds (a subject lent
from the first clause: "The AIU interviewed the physician"), and the sentence's speaker
("..., the AIU said"), who reports every clause of it. A sentence with one date keeps all
its names.

A clause is what lies between the clause breaks around a date (`clausebreaks.breaks`:
"; ", ", and ", " and " before a past verb or a new subject, " after ", a participle
clause with a verb of its own); two dates with no clause break between them are split at
the last comma or " and " between them, where one noun phrase of a list ends and the next
begins ("the silver medal won in August 2022, the national record set in Monaco on 21
July 2023 and all other results of the 2023 season"). Text between two clause breaks that
holds no date is shared by the dates on either side. Closed classes of English only.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from . import verbs
from .clausebreaks import breaks
from .clauses import MODAL_START, in_range, subjectless
from .memo import per_sentence
from .reporting import VERBS

_PARTICIPLE_START = re.compile(r"\s*[a-z]{3,}ing\s")
"""A participle clause ("ending a strike that began in March"): its subject is the main clause's."""
_LIST_BREAK = re.compile(r",\s|\s(?:and|or)\s")
"""Where one phrase of a list ends and another starts, when no clause break parts two dates."""
_SAID_AFTER = re.compile(r"(?:['’]s?)?(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:also|later|then|again)\s+)?" + VERBS
                         + r"|(?:['’]s?)?(?:\s*\([^()]{1,40}\))?\s+(?:announced|confirmed|reported)\b")
"""A speaker's name before its reporting verb ("the Athletics Integrity Unit (AIU) said", "Pieter van der Berg, said")."""
_SAID_BEFORE = re.compile(r"(?:\b(?:said|says|added|told|stated)|\baccording\s+to)\s+(?:the\s+)?$")
"""A speaker's name after its reporting verb or "according to" ("said Mutai", "according to the agency")."""


def regions(text: str, s: int, e: int, dates: list[TimeExpression]) -> dict[int, tuple[int, int]] | None:
    """Each date's clause in text[s:e] (by the date's start: its first and last offset), or
    None when the sentence names fewer than two different dates: then every name is every
    date's. The same for every date of a sentence: worked out once per sentence (each of a
    sentence's dates asks for it; anew each time, a sentence of many dates cost time cubic
    in their number)."""
    found = _regions(text, s, e, tuple(dates))
    return None if found is None else dict(found)


@per_sentence(8)
def _regions(text: str, s: int, e: int, dates: tuple[TimeExpression, ...]) -> dict[int, tuple[int, int]] | None:
    ordered = sorted((d for d in dates if s <= d.start < e), key=lambda d: d.start)
    if len({d.value for d in ordered}) < 2:
        return None
    found = [(m0, m1) for m0, m1 in breaks(text, s, e, ordered)]
    gaps: list[tuple[int, int] | None] = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        inside = [(x, y) for x, y in found if a.end <= x and y <= b.start]
        if inside:
            gaps.append((inside[-1][0], inside[0][1]))  # the left date's clause ends at the last break, the right's starts at the first
            continue
        cut = [m for m in _LIST_BREAK.finditer(text, a.end, b.start) if not in_range(m.start(), ordered, text)]
        gaps.append((cut[-1].start(), cut[-1].end()) if cut else None)
    n = len(ordered)
    starts, ends = [s] * n, [e] * n
    for i in range(1, n):
        gap = gaps[i - 1]
        starts[i] = gap[1] if gap else starts[i - 1]
    for i in range(n - 2, -1, -1):
        gap = gaps[i]
        ends[i] = gap[0] if gap else ends[i + 1]
    return {d.start: (starts[i], ends[i]) for i, d in enumerate(ordered)}


def speaker(text: str, m: Mention, s: int, e: int) -> bool:
    """Whether the name `m` is the subject of a reporting verb of the sentence text[s:e]
    ("..., the AIU said on Friday", "said Mutai"): who reports a sentence reports each of
    its clauses."""
    return bool(_SAID_AFTER.match(text, m.end, e)) or bool(_SAID_BEFORE.search(text[max(s, m.start - 20) : m.start]))


def clause_names(text: str, s: int, e: int, dates: list[TimeExpression], anchor: TimeExpression,
                 names: list[Mention], told: str) -> list[Mention]:
    """The names of text[s:e] that belong to `anchor`'s happening: those of its clause (and of
    any other date of the same value), those its title `told` holds, and the sentence's
    speakers; all of them when the sentence has one date (`regions`)."""
    spans = regions(text, s, e, dates)
    if spans is None:
        return list(names)
    own = [spans[d.start] for d in dates if d.value == anchor.value and d.start in spans] or [spans.get(anchor.start, (s, e))]
    lent = _subject(text, s, e, names) if any(a > s and _shares_subject(text, a, b, dates) for a, b in own) else None
    return [m for m in names
            if any(a <= m.start and m.end <= b for a, b in own) or m is lent or _holds(told, m.text) or speaker(text, m, s, e)]


def _shares_subject(text: str, a: int, b: int, dates: list[TimeExpression]) -> bool:
    """Whether the clause text[a:b] has no subject of its own and shares the first clause's: it
    opens with its finite verb ("and finished fourth in Paris", "but will return"), a modal,
    or a participle ("ending a strike that began in March": the attachment rule of
    supplementive clauses, Quirk et al. 1985, ch. 15)."""
    return (subjectless(text, a, b, dates) or bool(MODAL_START.match(text[a:b].lstrip())) or bool(_PARTICIPLE_START.match(text, a, b))
            or _anaphoric_subject(text[a:b]))


_PRONOUNS = frozenset("it they he she".split())
_DEFINITE = frozenset("the its their this these those".split())
_JOINING = frozenset("and but while whereas then".split())


def _anaphoric_subject(clause: str) -> bool:
    """Whether the clause's subject points back without a name of its own: a pronoun or a
    definite noun phrase of common nouns ("and the aircraft should enter airline service in
    2008" after "Boeing will begin production in 2006"): what it stands for is named in the
    clause before (Quirk et al. 1985, ch. 19, anaphoric reference), and the sentence's subject
    name stands in for it; "the Harbour Board met" names its own subject."""
    words = list(verbs.words_of(clause))
    while words and words[0].lower() in _JOINING:
        words = words[1:]
    if not words:
        return False
    if words[0] in _PRONOUNS:
        return len(words) > 1 and verbs.is_finite(words, 1)
    if words[0].lower() not in _DEFINITE:
        return False
    for i in range(1, min(len(words), 6)):
        if not words[i][:1].islower():
            return False  # a name in the subject: its own referent
        if i > 1 and verbs.is_finite(words, i):
            return True
    return False


def _subject(text: str, s: int, e: int, names: list[Mention]) -> Mention | None:
    """The name heading the sentence's subject: its first name before its first finite verb."""
    words = verbs.words_of(text[s:e])
    first = verbs.first_finite(words)
    if first < 0:
        return None
    at, pos = s, 0
    for w in text[s:e].split()[:first]:
        pos = text.find(w, at, e)
        at = pos + len(w)
    return next((m for m in names if s <= m.start and m.end <= at), None)


def _holds(told: str, name: str) -> bool:
    """Whether the title `told` holds the name as written, as whole words."""
    return bool(name) and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", told) is not None

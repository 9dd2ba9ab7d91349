"""Two sources' reports of one announcement (`announced_pairs`): "Halvorsen Interactive
announced a restructuring" (its own statement) and "Video-game publisher Halvorsen
Interactive said it would cut about 650 jobs" (a wire, the same day).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container

from ..annotation import Candidate
from . import verbs
from .stems import REPORTING
from .titleacts import subject_head, title_verb, verb_lemmas


def _speaker(c: Candidate) -> str:
    """The name heading a title's subject when its main verb is a reporting one ("Halvorsen
    Interactive said" -> "Interactive"; `stems.REPORTING`), else "": a capitalised head, so
    a name, never "the company" or "officials" (who may be any of several)."""
    lemma = verb_lemmas(c.title).get(title_verb(c.title), "")
    if lemma not in REPORTING:
        return ""
    words = verbs.words_of(c.title)
    first = verbs.first_finite(words)
    head = subject_head(words, first) if first > 0 else ""
    return head if head[:1].isupper() else ""


def announced_pairs(items: list[Candidate], places: Container[str]) -> list[tuple[int, int]]:
    """Pairs of candidates of one day from two sources whose titles tell what one named
    speaker, an entity both name (places aside), said or announced (`_speaker`), when each
    source tells exactly one such saying of that speaker that day: a day's statement
    reported by its author and by the press is one announcement (the reporting event is an
    event of its own in TimeML, TimeBank's I_ACTION/REPORTING class, Pustejovsky et al.
    2003; two reports of one speaker's saying on one day corefer as ECB+ joins two
    reports of one announcement, Cybulska and Vossen 2014). A speaker saying several things
    in one source that day is left apart: which of them the other source tells is unsaid."""
    pairs: list[tuple[int, int]] = []
    if not items or items[0].precision != "day":
        return pairs
    by_speaker: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(items):
        if speaker := _speaker(c):
            by_speaker[speaker][c.source].append(i)
    for sources in by_speaker.values():
        alone = [found[0] for found in sources.values() if len(found) == 1]
        for a, b in zip(alone, alone[1:], strict=False):
            named_a = {e for e in items[a].entities if e not in places}
            if not named_a.isdisjoint(e for e in items[b].entities if e not in places):
                pairs.append((a, b))
    return pairs

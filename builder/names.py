"""Proper names that match no alias: the raw material of `suggest` and `--discover`."""

from __future__ import annotations

import bisect
import itertools
import re

from .model import Mention, Name, Source, TimeExpression

_CAP = r"[A-Z][\w’'-]*[\w]|[A-Z]"
_RUN = re.compile(
    r"(?<![\w’'])(?:" + _CAP + r")(?:\s(?:(?:of|for|and|the|de|du|van|von|al)\s)?(?:" + _CAP + r"))*"
)

COMMON = frozenset(
    """a an the this that these those it its he she they we i you his her their our my
    but and or if when while after before since as at on in of for to by with from
    however despite following speaking asked critics analysts experts voters
    mr mrs ms dr sir prime minister president king queen prince premier deputy
    monday tuesday wednesday thursday friday saturday sunday today
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    one two three four five six seven eight nine ten there here what who why how
    not no yes even also all some many most more other such thousands""".split()
)
ORG_WORDS = frozenset(
    "party committee commission council union nations ministry service assembly agency "
    "court bank association organisation organization front movement congress press "
    "times post news radio government army police institute university".split()
)
PLACE_WORDS = frozenset("province city river island district street square prison region state".split())


def guess_kind(name: str) -> str:
    """person, party, organisation or place, from the words of the name."""
    words = name.lower().split()
    if "party" in words:
        return "party"
    if name.isupper() and len(name) <= 6:
        return "organisation"
    if any(w in ORG_WORDS for w in words):
        return "organisation"
    if any(w in PLACE_WORDS for w in words):
        return "place"
    return "person" if len(words) >= 2 else "place"


def _runs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Capitalised runs in a sentence. A run joined by "and" is two names unless "of" or
    "for" comes before the "and" ("United States and European Union" is two; "Committee
    for Free and Fair Elections" is one)."""
    result = []
    for mt in _RUN.finditer(text, s, e):
        a, b = mt.start(), mt.end()
        joint = re.search(r"\sand\s", text[a:b])
        if joint and not re.search(r"\s(?:of|for)\s", text[a : a + joint.start() + 1]):
            result += [(a, a + joint.start()), (a + joint.end(), b)]
        else:
            result.append((a, b))
    return result


def find_names(
    source: Source, mentions: tuple[Mention, ...], found_dates: tuple[TimeExpression, ...]
) -> tuple[Name, ...]:
    """Capitalised word runs outside mentions and dates, sentence-initial common words dropped."""
    text = source.text
    taken = sorted([(m.start, m.end) for m in mentions] + [(d.start, d.end) for d in found_dates])
    starts = [x for x, _ in taken]
    reach = list(itertools.accumulate((y for _, y in taken), max))  # furthest end so far
    names: list[Name] = []
    for p in source.paragraphs:
        if p.skipped:
            continue
        for s, e in p.sentences:
            for a, b in _runs(text, s, e):
                i = bisect.bisect_left(starts, b)  # the spans that start before the run ends
                if i and reach[i - 1] > a:  # one of them ends inside it or after it
                    continue
                tokens = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[a:b])]
                while tokens and text[a + tokens[0][0] : a + tokens[0][1]].lower().strip("’'") in COMMON:
                    tokens.pop(0)
                while tokens and text[a + tokens[-1][0] : a + tokens[-1][1]].lower() in ("of", "for", "and", "the", "de", "al"):
                    tokens.pop()
                if not tokens:
                    continue
                first = tokens[0][0] == 0 and a == s
                a, b = a + tokens[0][0], a + tokens[-1][1]
                surface = re.sub(r"[’']s$", "", text[a:b])
                if len(surface) < 2 or surface.lower() in COMMON:
                    continue
                if first and len(tokens) == 1 and not surface.isupper():
                    continue
                kind = guess_kind(surface)
                if kind == "person" and re.search(r"\b(?:in|across|throughout|capital,?)\s+$", text[max(p.start, a - 12) : a]):
                    kind = "place"  # "in Phnom Penh"
                names.append(Name(surface, a, a + len(surface), p.number, kind))
    return tuple(names)

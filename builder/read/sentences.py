"""Split a paragraph into sentences, as offset spans (no copies of the text)."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt capt sgt st mt ft jr sr co corp inc ltd bros vs etc hon "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u".split()
)
"""Words ending in a full stop that do not end a sentence: titles, the place names'
"St.", "Mt.", "Ft." ("Mt. Sinai Hospital", "Ft. Worth"), legal forms, months; "Hon."
(the Honourable) before a minister's or judge's name. Not
"Sen." or "Rep.", also names that end sentences ("… Prime Minister Hun Sen. The")."""

NUMBERING = frozenset("no nos nr art arts para paras pp vol fig figs sec ch cl".split())
"""Abbreviations that stand before a number or an identifier ("Case No. SR/2025/0417",
"RECALL NOTICE No. 2025-0147", "Art. 5", "para. 12", "Vol. 3"): a sentence does not end
after one when the next word holds a digit; "no" only capitalised ("The vote was no. 14
members abstained" ends a sentence, "No. 14" does not)."""
_NUMBERED = re.compile(r"\s+[\"“‘(]?[A-Z]{0,4}[/-]?\d")

_CLOCK = frozenset(("a.m", "p.m"))
"""A time's "a.m." and "p.m.": a sentence ends after one when the next word is
capitalised and neither a day, a month nor a time zone ("before 8 a.m. Managers kept",
not "at 10 a.m. Monday", "9 a.m. EST", "6 a.m. Eastern time", nor before a number), nor a
bracketed zone or clock ("5.00 p.m. (London time) on 14 March", "4 p.m. (CET)", "9 a.m.
(local time)": the zone belongs to the time, the way a regulatory timetable writes it)."""
_AFTER_CLOCK = re.compile(
    r"\s+[\"“‘(]?(?:\d|[A-Z]{2,}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\b|(?:Eastern|Pacific|Central|Mountain|Atlantic|Greenwich|Local)\b)"
    r"|\s+\((?:[^()\n]{0,30}\b[Tt]ime|[A-Z]{2,5}(?:\s?[+-]\s?[0-9]{1,2})?)\)"
)
_LAST_WORD = re.compile(r"([\w.]+)$")
_END = re.compile(r"""[.!?]+["'”’“»«›‹)\]]*(?=\s+["'“‘„‚«»‹›(\[]?[A-Z0-9])|\n(?=\S)""")
"""A sentence's end: its stop, any closing marks of the quote family (curly, straight,
low-high, guillemets either way: the quotations `quotes` reads), then white space and the
next sentence's capital or digit, perhaps after its opening mark."""


def sentences(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """Sentence spans of `text[start:end]`, each trimmed of white space. The reader
    splits each paragraph once (`Paragraph.sentences`); the other stages use those."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in _END.finditer(text, start, end):
        if m.group().startswith("."):
            # The word before the full stop (a longer word than the window is no abbreviation either way).
            word = _LAST_WORD.search(text, max(pos, m.start() - 16), m.start())
            if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1 and (
                    word.group(1).isalpha() or not text[pos : word.start()].strip())):
                continue  # an initial ("J. Smith") or a list number ("1. First"); a day ends one ("on December 5. The")
            if word and word.group(1).lower() in NUMBERING and word.group(1) not in ("no", "nos") and _NUMBERED.match(text, m.end()):
                continue  # "No. 2025-0147", "Case No. SR/2025/0417": a number follows
            if word and word.group(1).lower() in _CLOCK and _AFTER_CLOCK.match(text, m.end()):
                continue  # "10 a.m. Monday", "9 a.m. EST": the time goes on
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, end))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE:  # no full stop for pages: cut at a space
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            result.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            result.append((s, e))
    return tuple(result)


MAX_SENTENCE = 2000
"""Characters a sentence may have: a longer run without a sentence end (a text with no
punctuation) is cut at spaces into pieces this long at most, so that what is done per
sentence (dates, quotes, claims, events) costs time linear in a paragraph's length.
Written sentences are far shorter (the longest in the demo has 317 characters)."""

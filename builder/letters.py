"""Accent folding of a word or a name: "São Paulo" as "Sao Paulo", "Łódź" as "Lodz",
"Straße" as "Strasse". One rule for the searches' terms (`present.folding`, which
describes it and carries it into the browser's scripts) and for the key discovery
groups a name's spellings by (`annotate.occurrences.normal`)."""

from __future__ import annotations

import unicodedata

import regex

_MARKS = regex.compile(r"([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])\p{M}+")
"""Combining marks after a Latin, Greek or Cyrillic letter (the letter kept)."""
LETTERS = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH",
    "ı": "i", "ħ": "h", "Ħ": "H",
}
"""Latin letters without a decomposition, as they are usually written without it."""
_LETTERS = str.maketrans(LETTERS)


def fold(term: str) -> str:
    """`term` (lower-cased or not) with the accents of Latin, Greek and Cyrillic letters
    dropped and compatibility forms made plain (see the module's docstring); text that is
    all ASCII is returned as it is."""
    if term.isascii():
        return term
    text = _MARKS.sub(r"\1", unicodedata.normalize("NFKD", term))
    return unicodedata.normalize("NFC", text).translate(_LETTERS)

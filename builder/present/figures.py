"""What a stated figure means as a number (`amount`: "£1.2m", "1.2 million pounds",
"nine" compared exactly) and the date a statement counts from (`when`: its source's
publication, the undated last), shared by the claims' line-up (`quantities`), its series
(`series`) and its corrections (`corrections`)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from fractions import Fraction

from ..annotate import numberwords

_AMOUNT = re.compile(r"([\d,. \u00a0\u2009\u202f]*\d)(?:\s(million|billion)|(bn|mn|m|k)$)?")
_SCALES = {"million": 10**6, "billion": 10**9, "m": 10**6, "mn": 10**6, "bn": 10**9, "k": 10**3}
"""What a scale word or a multiplier letter ("£1.2m", "$3bn", "€40k": `annotate.units.SCALE_SUFFIX`)
multiplies a figure by: "£1.2m" and "1.2 million pounds" are one amount."""


@functools.lru_cache(maxsize=1 << 14)
def amount(value: str) -> Fraction:
    """The number a stated figure means, exactly ("1.3 million" -> 1300000, "£8 million" -> 8000000; thousands separated
    by ",", ".", a space, a no-break or a thin space: "12 500", "12.500" -> 12500): a fraction, not a float, so that
    two figures of 17 digits or more, or past 1.8e308, are never taken for one."""
    worded = numberwords.value(value)
    if worded is not None:
        return Fraction(worded)  # "nine": a figure written as a word
    m = _AMOUNT.match(re.sub(r"^\D+", "", value))  # "£8 million": the currency is the claim's unit
    if not m:
        return Fraction(0)
    digits, scale = m.group(1), m.group(2) or m.group(3)
    if re.fullmatch(r"\d{1,3}(?:([,. \u00a0\u2009\u202f])\d{3})(?:\1\d{3})*", digits) and not (scale and "." in digits):
        number = Fraction(re.sub(r"\D", "", digits))
    else:
        plain = re.sub(r"[^\d.]", "", digits.replace(",", ""))
        number = Fraction(plain) if re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", plain) else Fraction(0)
    return number * _SCALES.get(scale or "", 1)


def when(dates: Mapping[str, dt.date | None], sid: str) -> dt.date:
    return dates.get(sid) or dt.date.max

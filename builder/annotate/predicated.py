"""Facts a sentence predicates of a person who is its subject (a helper of `facts`): a
birth date in a participle clause after the name ("X, born on 2 February 1998, …"), and
a copula's complement ("… is a 27-year-old Polish middle-distance runner"): the age its
"N-year-old" gives, and the noun phrase as a description.

Source: the copula and its subject complement (Quirk et al. 1985, ch. 10, the simple
sentence: subject complement), the non-restrictive participle clause after a name (ch.
17, postmodification by nonfinite clauses). Month names from babel's English locale;
closed classes only, no topic words.
"""

from __future__ import annotations

import functools
import re

from ..annotation import Fact
from . import verbs


@functools.cache
def _months() -> str:
    """English month names, as a regular expression's alternatives (babel's CLDR data)."""
    from babel.dates import get_month_names

    return "|".join(get_month_names("wide", locale="en").values())


@functools.cache
def _born() -> re.Pattern[str]:
    month = _months()
    return re.compile(
        r"\s*,\s*born\s+(?:on\s+|in\s+)?(?P<date>\d{1,2}\s+(?:" + month + r")\s+(?P<y1>\d{4})"
        r"|(?:" + month + r")\s+\d{1,2},?\s+(?P<y2>\d{4})|(?:(?:" + month + r")\s+)?(?P<y3>\d{4}))"
        r"(?:\s+in\s+[A-Z][\w’' -]{1,40}?)?(?=\s*[,;.)])")


_ASIDE = re.compile(r"\s*,\s*(?:aged\s+\d{1,3}|\d{1,3})(?=\s*,)")
"""An age between commas after the name (", 52,"; ", aged 52,"): `facts` reads it."""
_COPULA = re.compile(
    r"\s*,?\s+(?:is|was)\s+(?P<article>an?)\s+(?:(?P<age>\d{1,3})-year-old\s+)?"
    r"(?P<np>[^,.;:“”\"()]{2,100}?)(?=\s+(?:and|but|who|which|whose|with|since|from|for|when)\b|\s*[,.;:)]|$)")
"""The copula and its complement, a noun phrase with an indefinite article, after the
subject's name and its asides."""


def stated_after(rest: str, entity: str, paragraph: int) -> list[Fact]:
    """The birth date and the copula's complement stated of the subject whose name ends
    right before `rest` (the text after it, from the comma closing an age aside): a
    "born" fact (the date as written), an "age" fact, a "description" fact."""
    facts: list[Fact] = []
    at = 0
    while True:
        aside = _ASIDE.match(rest, at)
        born = _born().match(rest, at)
        if born:
            facts.append(Fact(entity, "born", born.group("date"), paragraph))
            at = born.end()
        elif aside:
            at = aside.end()
        else:
            break
    copula = _COPULA.match(rest, at)
    if copula is None:
        return facts
    if copula.group("age") and 10 <= int(copula.group("age")) <= 120:
        facts.append(Fact(entity, "age", copula.group("age"), paragraph))
    np = " ".join(copula.group("np").split())
    if np.split() and not verbs.has_finite(np) and not np.endswith("-year-old"):
        article = copula.group("article") if not copula.group("age") else ("an" if np[:1].lower() in "aeiou" else "a")
        facts.append(Fact(entity, "description", f"{article} {np}", paragraph))
    return facts

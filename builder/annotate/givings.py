"""Amounts of money named by the verb or adjective they follow: a pledge ("Japan pledged
¥1.2 billion", "said it would provide $15 million", "Britain announced £8 million"), a
value ("worth more than £6 million", "put their value at £4.5 million"), a thing's new
size ("raised its reward to £250,000"); and who gives or changes it (the verb's subject).
Closed classes of English verbs only, no topic words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from . import antecedents, units

_BOUNDED = (r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+|up\s+to\s+|more\s+than\s+"
            r"|at\s+least\s+|(?:well\s+)?(?:in\s+excess\s+of|over)\s+)?")
_FURTHER = r"(?:a\s+further\s+|another\s+|an\s+(?:extra|additional)\s+)?"
PLEDGED = re.compile(r"\b(?:pledged|pledges|pledge|pledging|promised|promises|promising|donated|donates|donating"
                     r"|(?:would|will|to)\s+provide|provided|provides|providing)\s+" + _FURTHER + _BOUNDED + r"$")
"""An amount that is the object of a verb of pledging ("Japan pledged ¥1.2 billion", "said
it would provide $15 million", "pledging €450 million over three years"): a pledge (the
verb's noun by conversion, Quirk et al. 1985, App. I), one quantity whatever currency
each donor gives it in."""
_ANNOUNCED = re.compile(r"\b(?:announced|announces|announcing)\s+" + _FURTHER + _BOUNDED + r"$")
"""The same with a verb of announcing, when no noun after the amount says what
it is ("Britain announced £8 million on Tuesday"; "announced £5 million in profits" is
profits, read first by `amounts.what`)."""
_VALUED = re.compile(r"(?:\b([a-z]{3,}s)\s+)?(?<![a-z])(?:worth|valued\s+at|put\s+(?:their|its|the)\s+(?:total\s+)?value\s+at)"
                     r"\s+[\"“]?" + _BOUNDED + r"$")
"""An amount that is what something is worth ("the paintings were together worth 'well in
excess of £6 million'", "police put their value at about £4.5 million"): its value; not
with a noun right before "worth" ("won contracts worth 12 million euros": the object of
another verb, which `acts` reads). "worth" is an adjective taking a measure complement
(Huddleston & Pullum 2002, ch. 6)."""
_RAISED_TO = re.compile(r"\b(?:raised|raises|increased|increases|lifted|doubled|cut|cuts|lowered|reduced|trebled)\s+"
                        r"(?:its|their|his|her|the)\s+" + units.VAGUE + r"([a-z]{3,})\s+to\s+" + _BOUNDED + r"$")
"""An amount that is the new size of something its owner changed ("raised its reward to
£250,000"): that thing (the object of the verb of change, whose "to" phrase is its new
value; Quirk et al. 1985, ch. 9 on "to" of result)."""


_BORROWED = re.compile(r"\b(?:borrow|borrows|borrowed|borrowing)\s+" + _FURTHER + _BOUNDED + r"$")
"""An amount that is the object of "borrow" ("the council will borrow a further 85 million
pounds"): borrowing, a quantity of its own beside the cost it pays for (the verb's -ing
noun, Quirk et al. 1985, §17.54 on verbal nouns)."""


def named(before: str) -> str:
    """What the amount right after `before` (the sentence up to its currency sign) is, as
    its verb or adjective names it: "value", the thing
    changed ("reward"), "borrowing", "pledges" for an announced sum; "" when none of these."""
    valued = _VALUED.search(before)
    if valued:  # "orders worth 40 million euros" stays a sum of no named kind: the orders are no value
        return "" if valued.group(1) else "value"
    raised = _RAISED_TO.search(before)
    if raised and raised.group(1).lower() not in units.NOT_COUNTED:
        return raised.group(1).lower()
    if _BORROWED.search(before):
        return "borrowing"
    return "pledges" if _ANNOUNCED.search(before) else ""


def given(text: str, s: int, start: int) -> re.Match[str] | None:
    """The verb of pledging, announcing or changing whose object is the amount at `start`
    (the sentence from `s`), or None."""
    window = max(s, start - 60)
    return (PLEDGED.search(text, window, start) or _ANNOUNCED.search(text, window, start)
            or _RAISED_TO.search(text, window, start))


def giver(text: str, s: int, verb: int, start: int, earlier: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """Who gives, changes or estimates as its own the amount at `start`, whose verb starts
    at `verb`: the person, body or place named right before the verb, or before "said it
    would" ("Japan pledged ¥1.2 billion", "the United States said it would provide $15
    million", "X raised its reward to £250,000"), else the body the sentence opens with
    (`antecedents.subject_body`: "The European Union was the largest donor, pledging
    €450 million"); "" when none. The subject of the verb gives the money (Quirk et al.
    1985, ch. 10 on the agent as subject). `earlier`: the source's mentions before it."""
    before = [m for m in earlier if s <= m.start and m.end <= verb and entities.get(m.entity)
              and re.fullmatch(r"\s*(?:(?:has|have|had|also|now|last\s+week|on\s+[A-Z][a-z]+)\s+)*"
                               r"(?:(?:said|says|announced)\s+(?:it|they)\s+)?", text[m.end : verb])]
    return before[-1].entity if before else antecedents.subject_body(text, s, start, earlier, entities)

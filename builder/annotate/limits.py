"""The end point of a period: whose tense a date after "until", "up to" or "best before" takes.

"until", "till", "through" and "up to" name the end point of a period (Quirk et al. 1985,
ch. 9, prepositions of time: duration up to a point), and "best before" and "use by" a
limit. The end point lies on the side of publication that the word the limit belongs to
says, not the tense of another clause:

- a present perfect in the clause ("has kept the port closed until") says the period still
  runs at publication: its end point lies ahead;
- a verb right before the limit (or one or two words before, with its complement: "stayed
  open until", "will remain closed until") gives its tense: "a strike that lasted until
  March 3", "the offer, which ran until June 30" are past; "will stay shut until" is ahead;
- a noun or adjective with no verb of its own ("with best-before dates up to April 15",
  "tickets valid until May 2", "best before 15 April") is a limit of a thing, with no
  tense: the day is the occurrence nearest publication (within six months either side),
  whatever the verb of the sentence ("the recall covered packs ... with best-before dates
  up to April 15", published 4 March 2025, is 15 April 2025, not 2024).

`direction` returns what `tense.direction` would, except for a date right after a limit.
"""

from __future__ import annotations

import re

from . import tense, verbs, wordclass

_LIMIT_BEFORE = re.compile(
    r"(?:\b(?P<prep>until|till|through|up\sto)|\b(?:[Bb]est|BEST)[\s-](?:before|by)|\b[Uu]se[\s-]by)\s(?:the\s)?$")
"""A limit right before a date ("up to April 15", "until the 3rd", "best before 15 April")."""
_WORD = re.compile(r"[A-Za-z'’]+")
_LINKING = frozenset("is are am be being remain remains stay stays keep keeps become becomes".split())
"""Present forms of the linking verbs a limit's adjective may hang on ("remains closed until"):
the period is still running."""
_REACH = 3
_NOT_ADJECTIVE_AFTER = _LINKING | frozenset(["been"])
"""Words after which a limit's adjective is a verb phrase's complement, not a thing's
("remains closed until", "had been closed until": the verb's period, not "tickets valid
until")."""
"""How many words before the limit may hold the verb it belongs to."""


def direction(text: str, start: int, end: int, date_start: int, date_end: int) -> str:
    """`tense.FORWARD`, `tense.BACK` or "" for the date at text[date_start:date_end] in the
    sentence text[start:end]: for a date right after a limit (`_LIMIT_BEFORE`), the tense
    of the verb the limit belongs to, or "" (nearest publication) when it belongs to a noun
    or an adjective; else `tense.direction`."""
    found = limit_of(text, start, date_start)
    return tense.direction(text, start, end, date_start, date_end) if found is None else found


_WITH_NOUN = re.compile(r"\bwith\s+(?:[\w’'-]+\s+){0,3}$")
"""A "with" phrase before the limit ("with best-before dates up to", "with repayment dates
through"): the limit is its noun's."""


def thing_limit(text: str, start: int, date_start: int) -> bool:
    """Whether the date at `date_start` is the limit of a thing, not of a verb's period: a
    label's ("best before 15 April", "use by 2 May"), a "with" phrase's noun's ("packs …
    with best-before dates up to April 15"), or an adjective's right after its noun
    ("tickets valid until May 2"); a date no happening is at (`nonevents`). "The court will
    hear the case until Friday" is the verb's period."""
    limit = _LIMIT_BEFORE.search(text, max(start, date_start - 24), date_start)
    if limit is None or limit_of(text, start, date_start) != "":
        return False  # no limit, or a verb's ("lasted until", "has kept the port closed until")
    if not limit.group("prep"):
        return True
    before = text[max(start, limit.start() - 60) : limit.start()]
    with_noun = _WITH_NOUN.search(before)
    if with_noun and not verbs.has_finite(with_noun.group()[4:]):
        return True
    words = [w.lower() for w in _WORD.findall(before)]
    return len(words) >= 2 and wordclass.adjective_only(words[-1]) and not tense.marker(words, len(words) - 2) and (
        words[-2] not in _NOT_ADJECTIVE_AFTER) and not _COMPLEX_TRANSITIVE & set(words[-5:-1])


_COMPLEX_TRANSITIVE = frozenset(
    "keep keeps kept keeping leave leaves left leaving hold holds held holding make makes made find finds found "
    "declare declares declared render renders rendered set sets get gets got order orders ordered".split())
"""Verbs whose object takes an adjective as its complement ("kept the port closed until
Friday", "declared the zone open until May": Quirk et al. 1985, ch. 16, complex-transitive
complementation): the adjective is the verb's, and so is the limit."""


_WITH_PARTICIPLE = re.compile(r"\bwith\s(?:[\w’'-]+\s){1,4}?[a-z]+\s$")
"""A "with" clause of a noun and a participle right before the limit ("with heavy goods
vehicles barred until the autumn"): a nonfinite clause has no tense of its own (Quirk et al.
1985, ch. 15, the "with" absolute clause); its participle names the state the matrix act
left the noun in, which runs from that act to the limit, as a passive's does (`_passive`):
the limit lies ahead of the report ("reopened the bridge on Monday, with lorries barred until
the autumn", "will reopen it on 15 June, with lorries barred until the autumn")."""
_CONDITION = frozenset("if unless".split())


def _present_condition(words: list[str]) -> bool:
    """Whether the words before a limit end in a conditional clause of at most five words
    with no tense marker ("if this goes on", "unless the rail link stays"): a condition in the
    present tense refers to the future (Quirk et al. 1985, ch. 15, conditional clauses: the
    present for future reference), so the limit lies ahead; "if it lasted until" has its
    past marker and is read by it."""
    tail = words[-6:]
    opens = [k for k, w in enumerate(tail) if w in _CONDITION]
    return bool(opens) and not any(tense.marker(tail, k) for k in range(opens[-1] + 1, len(tail)))


_PASSIVE_BE = frozenset("was were".split())


def _passive(words: list[str], k: int) -> bool:
    """Whether words[k] is the participle of a simple past passive ("were released", "was
    later banned", "was shut"): with "until" a punctual act's passive measures the state the act left
    its subject in ("released on bail until July", "banned until March"), which begins at
    the act and ends at the limit (Quirk et al. 1985, ch. 9, "until" with a punctual verb
    measures its resulting state), so the limit lies after the act, which the news
    reports as recent: ahead of publication. "had been closed until" is a past perfect (the
    marker "had"), and "lasted until" an active verb of duration: both stay in the past."""
    return (words[k].endswith("ed") or words[k] in verbs.PARTICIPLES) and bool(_PASSIVE_BE.intersection(words[max(0, k - 2) : k]))


_PASSIVE_REACH = 5
"""How many words before the limit a passive's participle may stand, its adjunct between
("was banned from the exchange until", "was shut to traffic until"): further than a verb's
complement (`_REACH`), as long as no other tense marker stands between."""


def limit_of(text: str, start: int, date_start: int) -> str | None:
    """For a date right after a limit in a sentence starting at `start`: the tense of the
    verb the limit belongs to (`tense.FORWARD`, `tense.BACK`), or "" when it belongs to a
    noun or an adjective; None when no limit stands right before the date."""
    limit = _LIMIT_BEFORE.search(text, max(start, date_start - 24), date_start)
    if limit is None:
        return None
    if not limit.group("prep"):
        return ""  # "best before 15 April", "use by 2 May": a label's limit, no tense
    words = [w.lower() for w in _WORD.findall(text, max(start, limit.start() - 80), limit.start())]
    if tense.scheduled_or_asked(words + ["until"]):
        return tense.FORWARD  # "postponed the vote until June", "asked for a delay until May"
    if words and words[-1] == "up":
        words = words[:-1]
    absolute = _WITH_PARTICIPLE.search(text, max(start, limit.start() - 60), limit.start())
    if absolute and (words[-1] in verbs.PARTICIPLES or words[-1].endswith("ed")):
        return tense.FORWARD  # "reopened it on Monday, with lorries barred until the autumn": the state the act set
    if _present_condition(words):
        return tense.FORWARD  # "If this goes on until August": a present condition looks ahead
    if any(w in ("has", "have") and words[k + 1 : k + 2] and words[k + 1].endswith(("ed", "en"))
           for k, w in enumerate(words[:-1])):
        return tense.FORWARD  # "has continued to hold the markets closed until Friday": still running at publication
    if len(words) >= 2 and wordclass.adjective_only(words[-1]) and not tense.marker(words, len(words) - 2) and (
            words[-2] not in _NOT_ADJECTIVE_AFTER):
        return ""  # "bought tickets valid until May 2": an adjective after its noun, the ticket's limit
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _PASSIVE_REACH), -1):
        if _passive(words, k):
            return tense.FORWARD  # "were later released on bail until July": the state the act set runs to the limit
        marker = tense.marker(words, k)
        if k < len(words) - _REACH:
            if marker or words[k] in _LINKING:
                break  # a verb of its own farther off: not the limit's
            continue
        if marker:
            return marker  # "lasted until", "which ran until", "stayed open until", "will remain closed until"
        if words[k] in _LINKING:
            return tense.FORWARD  # "remains closed until": still running
    if not _WITH_NOUN.search(text, max(start, limit.start() - 60), limit.start()) and any(
            tense.modal(words, k) for k in range(len(words))):
        return tense.FORWARD  # "might sit in a regulatory queue until September": the modal's verb phrase runs to the limit
    return ""  # "best-before dates up to", "tickets valid until": a thing's limit, no tense

"""A document's own lines: a date that says when or how the text itself was issued, no happening.

`roles.role` asks `own_line` before its other tests. Each is a line about the document,
not a clause about the world (closed classes of English, no topic word):

- a **heading** of parts set apart by dashes or bars, one of them the date (its clock
  time with it), and no finite verb ("Information Rights Commission - Press release - 20
  November 2024", "Notice | 3 May 2025", "X Ltd — For immediate release — 12 February
  2026, 18:00", "**X Agency — press release, 15 January 2027**", bold or not): the
  document's own date line, as a dateline is;
- an **issue line** ("Issued at 10:00 GMT.", "*Issued by the Communications Team,
  Thursday 10 October 2024.*", "Released on 3 May"): a past participle of issuing and no
  finite verb, the imprint of a press release (AP Stylebook, "embargo"; the publisher's
  line at a notice's foot);
- a **note's label** ("Correction, 12 October 2024: An earlier version of this article
  said ...", "Editor's note (3 May): ..."; a live blog's "Update, 3pm:" dates its entry and
  is left alone): an editorial note names
  itself and the day it was written (AP Stylebook, "corrections"), a label of the
  paragraph, not of anything it tells.
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import verbs

_SEPARATOR = r"(?:\s+(?:-|–|—|\|)\s+)"
_CLOCK = r"(?:,?\s*(?:at\s)?(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s?(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|[A-Z]{2,4}T))?)?"
"""A clock time after a heading's day ("12 February 2026, 18:00"): the hour of issue, as
a press release's dateline gives it (AP Stylebook, "embargo")."""
_HEADING_BEFORE = re.compile(_SEPARATOR + r"(?:[\w ]{1,30},\s*)?$|^\W*$")
"""What stands before a heading's date: a separator, and the day before its clock time or
the last part's label before a comma ("Health Agency — press release, 15 January 2027")."""
_HEADING_AFTER = re.compile(_CLOCK + r"(?:" + _SEPARATOR + r"|\W*$)")
_DAY_BEFORE_CLOCK = re.compile(r"(?:[0-9]{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+[0-9]{1,2}),?\s+[0-9]{4},?\s*(?:at\s)?$")
"""A heading's day right before a clock time found as a date of its own ("customer update, 14
July 2027, 11:00"): the time is the heading's too."""
_ISSUE_LINE = re.compile(r"\W{0,3}(?:Issued|Released|Distributed|Embargoed)\b")
_NOTE_LABEL = re.compile(r"\W{0,3}(?:Correction|Clarification|Editor['’]s\s+note|Addendum|Erratum|Corrigendum)"
                         r"\s*(?:,|\(|:|-|–|—)?\s*$", re.IGNORECASE)
_NOTE_COLON = re.compile(r"\s*\)?\s*:\s")


def own_line(text: str, s: int, e: int, date: TimeExpression) -> str:
    """`dateline` for a heading's date, `publication` for an issue line's or a note's label,
    else "" (the sentence is text[s:e])."""
    sentence = text[s:e]
    if "\n" in sentence.strip():
        return ""
    day = _DAY_BEFORE_CLOCK.search(text, s, date.start) if "T" in date.timex else None
    start = day.start() if day else date.start  # ("..., 14 July 2027, 11:00": the heading's date is the day)
    if (_HEADING_BEFORE.search(text[s:start]) and _HEADING_AFTER.match(text, date.end, e)
            and re.search(_SEPARATOR, sentence) and not verbs.has_finite(_without(text, s, e, date))):
        return "dateline"  # "Information Rights Commission - Press release - 20 November 2024"
    if _ISSUE_LINE.match(text, s, e) and not verbs.has_finite(_without(text, s, e, date)):
        return "publication"  # "Issued at 10:00 GMT.", "*Issued by the Communications Team, Thursday 10 October 2024.*"
    if _NOTE_LABEL.fullmatch(text, s, date.start) and _NOTE_COLON.match(text, date.end, e):
        return "publication"  # "Correction, 12 October 2024: An earlier version ...": the note's own date
    return ""


def _without(text: str, s: int, e: int, date: TimeExpression) -> str:
    """text[s:e] without the date's words (a weekday's name is no verb)."""
    return text[s : date.start] + " " + text[date.end : e]

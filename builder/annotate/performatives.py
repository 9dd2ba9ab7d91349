"""A decision's own act, dated by the document: "The Panel imposes a period of ineligibility".

A ruling, an order or a notice does what it says by saying it, in the simple present,
its issuer the subject: "The Panel therefore imposes ...", "The National Food Safety
Agency orders the immediate withdrawal ...", "The court finds ..." (Austin 1962, *How to
Do Things with Words*: the explicit performative; Searle 1976's declarations; Quirk et al.
1985, ch. 4, the instantaneous present). Such a clause names no date of its own: the act
happens when the document is issued, at its date. So it is an event at the source's
publication date when

- the source is dated by its own front matter ("Date: 3 October 2025", "Issued 3 March
  2025": `opening.dated`, the same day as `published`), so the publication date is the
  document's; or the source's outlet is the subject (the body's own document);
- the sentence has no date that is an event's (a date of a noun's period, "starting on 13
  June 2025", is not the clause's);
- its subject is the issuer (the outlet's name) or a definite institution named by its
  role ("The Panel", "The Court", "The Tribunal", "The Agency", "The Board", ...), and its
  verb a declaration in the simple present ("imposes", "orders", "finds", "dismisses").

Closed classes only: the role nouns an issuing body calls itself by in its own decision,
and the verbs of declaration; no topic words.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..annotation import Mention, TimeExpression
from ..model import Source
from . import opening
from .clausetitle import LIST_MARK, plain_title

_BODY = (r"(?:Panel|Court|Tribunal|Agency|Board|Commission|Committee|Authority|Council|Chamber|Bench|Judge|Regulator"
         r"|Ombudsman|Inspectorate|Directorate|Ministry|Minister|Secretary|Registrar|Arbitrator|Adjudicator)")
"""The role nouns a body that issues a decision calls itself by in it ("The Panel", "The Court")."""
_DECLARES = (r"(?:imposes|orders|finds|declares|rules|decides|dismisses|upholds|grants|rejects|refuses|annuls|quashes"
             r"|suspends|revokes|directs|determines|awards|allows|sets\s+aside|approves|recalls|withdraws|bans|prohibits"
             r"|disqualifies|fines|sanctions|reprimands|confirms|cancels|terminates|authori[sz]es|requires)")
"""Verbs of declaration in the third person singular present: acts a decision performs by stating them."""
_ADVERB = r"(?:(?:therefore|hereby|accordingly|thus|also|further|now|consequently|unanimously)\s+)?"
_PERFORMATIVE = re.compile(r"(?P<subject>The\s+(?:[A-Z][\w’'-]*\s+){0,5}?" + _BODY + r"|(?P<named>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,6}))"
                           r"\s+" + _ADVERB + r"(?P<verb>" + _DECLARES + r")\b")


_HOT_NEWS = re.compile(r"(?:[^,;:\"“”]{3,120},\s+)?(?P<subject>(?:[Tt]he\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,6})\s+"
                       r"(?:has|have)\s+(?:(?:now|today|also|formally)\s+)?"
                       r"(?!(?:learned|learnt|said|told|reported|heard|seen|been)\b)[a-z]+(?:ed|en|wn|t)\b")
"""The issuer's own act in the present perfect ("The European Chess Union has opened a formal
investigation", "Following the closure ..., the Council has commissioned an assessment"): the
"hot news" perfect (Quirk et al. 1985, §4.22; McCawley 1971) tells a happening just before the
document, so an issuer's release dates it by its date line; verbs of learning and saying tell
the reporting, not a happening."""
_IMMEDIATE = re.compile(r"\b(?:is|are)\s+(?:(?:provisionally|temporarily|hereby|now)\s+)?[a-z]+(?:ed|en)\b[^;:\"“”]*?"
                        r"\b(?:with\s+immediate\s+effect|effective\s+immediately)\b")
"""A present passive in force "with immediate effect" ("GM X is provisionally suspended from all
events with immediate effect"): the act takes effect at the document's date (AP Stylebook,
"effective")."""


def performatives(source: Source, found: tuple[TimeExpression, ...] | list[TimeExpression],
                  names: tuple[Mention, ...] | list[Mention] = ()) -> list[tuple[int, int, int, str]]:
    """The decision's own acts in `source` (see the module), each as its paragraph's number,
    its sentence's span and its title; `found` are the source's dates with their roles.
    [] for a source with no publication date, or neither dated by its own front matter nor
    issued by an outlet."""
    if source.published is None:
        return []
    published = source.published.isoformat()
    text = source.text
    own_date = opening.dated([text[p.start : p.end] for p in source.paragraphs]) == published
    outlet = source.outlet.strip().casefold()
    if not own_date and not outlet:
        return []
    result = []
    # offsets in text order: a sentence's are found by bisection (a scan of all of them per
    # sentence cost time quadratic in the source's length)
    events = sorted(d.start for d in found if d.role == "event")
    dates_of, names_of = InOrder(found), InOrder(names)
    for p in source.paragraphs:
        if p.skipped:
            continue
        for s, e in p.sentences:
            first = bisect_left(events, s)
            if first < len(events) and events[first] < e:
                continue  # a date of its own: the clause is that date's
            mark = LIST_MARK.match(text, s, e)
            a = mark.end() if mark else s
            act = _PERFORMATIVE.match(text, a, e)
            hot = _HOT_NEWS.match(text, a, e) if act is None and outlet else None
            if hot is not None and hot.group("subject").casefold().removeprefix("the ").strip() == outlet.removeprefix("the "):
                a = hot.start("subject")  # ("Following the closure on Monday, the Council has commissioned": from the subject)
                result.append((p.number, s, e, plain_title(text, a, e, dates_of.within(s, e), names_of.within(s, e))))
                continue
            if act is None and (own_date or outlet) and _IMMEDIATE.search(text, a, e):
                result.append((p.number, s, e, plain_title(text, a, e, dates_of.within(s, e), names_of.within(s, e))))
                continue
            if act is None:
                continue
            issuer = bool(outlet) and act.group("subject").removeprefix("The ").strip().casefold() == outlet
            if (act.group("named") is not None or not own_date) and not issuer:
                continue  # another body's name, or an undated document: not the document's own act
            told = plain_title(text, a, e, dates_of.within(s, e), names_of.within(s, e))
            result.append((p.number, s, e, told))
    return result


class InOrder:
    """Dates or names, those starting in a span found by bisection when they are in text
    order (as the annotator gives them), else by a scan; in their order either way."""

    def __init__(self, spans: tuple | list) -> None:
        self.spans = spans
        self.starts = [x.start for x in spans]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def within(self, s: int, e: int) -> list:
        if self.ordered:
            return list(self.spans[bisect_left(self.starts, s) : bisect_left(self.starts, e)])
        return [x for x in self.spans if s <= x.start < e]

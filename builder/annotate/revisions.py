"""Figures a source states as corrections: the figure that replaces an earlier one, and the
one it replaces.

A later figure for the same count is no dispute when the source says it replaces the
earlier one. News says so in closed classes of English (no topic words):

- the figure's sentence says the figure was revised, updated, corrected or amended
  ("Meridian revised the number of jobs to 32", "the corrected figure is 32"): "new";
- the source carries an editor's note ("Correction:", "Update:", "This story has been
  updated", "An earlier version of this story said …"): its figures are "new", except
  those the note gives as the earlier ones (what "an article on 11 March said");
- the figure is given as the earlier one ("earlier reported 31", "had previously put
  the number at 31", "an earlier version of this story said 31", "revised from 31 to
  32", "revised the number to 32, down from the 31 it gave", "now 32, not 31 as
  earlier reported"): "old".

Which statements a "new" figure replaces is decided across sources
(`present.corrections.replaced`), with the later versions of a story by the same outlet.
"""

from __future__ import annotations

import dataclasses
import re

from ..annotation import Claim, Mention
from ..model import Source
from . import units

_NEW = re.compile(
    r"\b(?:revis|correct|updat|amend)(?:ed|es|ing|e|s)?\b(?!\s+(?:in|on|at)\s+(?:the\s+)?(?:law|rules?|plan|policy|contract)\b)",
    re.I,
)
"""A verb or adjective of correction in the figure's sentence ("revised", "corrected",
"updated", "amends")."""
_NOTE = re.compile(
    r"^\s*(?:correction|update|updated|clarification|editor[’']?s[’']?\s+note)\s*[:—–-]"
    r"|\bthis\s+(?:story|article|report|version)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended|revised)\b"
    r"|\ban?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b",
    re.I | re.M,
)
"""An editor's note that the source corrects or updates an earlier version."""
_NOTE_WORDS = ("correct", "update", "clarification", "note", "version", "amended", "revised")
"""Every editor's note (`_NOTE`) holds one of these in lower case: most sources hold none,
and are not searched."""
_FOLDED = "İıſ"
"""The letters `re.IGNORECASE` matches to a letter of `_NOTE_WORDS` while their lower case
is another ("ſ" to "s"): a source holding one is searched whatever it holds."""
_REVISING = r"(?:(?:revis|correct|updat|amend|rais|lower|increas|reduc)(?:ed|ing|es|e|s)?|cut(?:s|ting)?)"
"""A verb of revising a figure, in any form ("revised", "revising", "lowers", "cutting")."""
_FIGURE_NOUN = r"(?:figure|ﬁgure|number|total|count|tally|amount|sum|estimate|forecast)"
"""A general noun for a count's value ("ﬁgure", with the "fi" ligature a PDF's text keeps)."""
_REVISED_FROM = (
    r"\b(?:(?:revis|correct|updat|amend)(?:ed|ing|es|e|s)?\s+(?:[\w’']+\s+){0,10}?"
    r"|(?:(?:rais|lower|increas|reduc)(?:ed|ing|es|e|s)?|cut(?:s|ting)?)\s+(?:[\w’']+\s+){0,3}?"
    r"(?!(?:count|tally|total)s?\b)" + _FIGURE_NOUN + r"\s+(?:[\w’']+\s+){0,8}?)from\s+(?:the\s+)?"
)
"""Before the earlier figure of a revision, "from X" after a verb of correction and its
object ("revising the sum she said had been sent to Malta from €400,000"), or after a
verb of change whose object is a figure ("lowered the amount it said had been paid out
from $40,000"): a change of the thing itself ("a temporary increase from $100,000",
"raised prices from") is no revision of a figure, nor is a running count's movement
("raised its count of cases to 67 from 51": a count or tally is kept and moved as things
are counted, Merriam-Webster "tally", so its earlier value is a step, not an error)."""
_OLD_BEFORE = re.compile(
    r"\b(?:(?:earlier|previously|initially|originally|first)\s+(?:\w+\s+){0,2}?"
    r"(?:reported|said|put|gave|stated|estimated|announced|counted|listed|had)"
    r"|(?:an?\s+|the\s+)?(?:earlier|previous|original|initial)\s+(?:version|report|story|article|figure|estimate|count|total)"
    r"|(?:revised|corrected|updated|amended|raised|lowered|cut|increased|reduced)\s+(?:\w+\s+){0,3}?from)"
    r"[^.;:—,]{0,50}$"
    r"|\b(?:replaces|replaced|supersedes|superseded|corrects|corrected)\s+(?:the|our|its|their|an?)\s+"
    r"(?:(?:earlier|previous|original|initial)\s+)?" + _FIGURE_NOUN + r"\s+of\s+(?:about\s+|around\s+|some\s+)?$"
    r"|" + _REVISED_FROM + r"$",
    re.I,
)
"""Before a figure given as the earlier, replaced one ("earlier reported 31", "an earlier
version of this story said 31", "revised the figure from 31", "This replaces the figure of
148 people that we gave last night": what a statement replaces is the earlier figure, the
object of "replace" named by its value, Huddleston & Pullum 2002, ch. 5 on the of-phrase
of appositive "the figure of N")."""
_FROM_BEFORE = re.compile(r"\b(?:down|up)\s+from\s+(?:the\s+)?$", re.I)
"""Before the earlier figure of a revision stated in the sentence ("revised the number to
900, down from the 1,200 it gave"): old only when the sentence says it revises (`_NEW`),
else a count's change ("up from 14")."""
_NOT_BEFORE = re.compile(r"\d[^,;:.]{0,40},\s+not\s+(?:the\s+)?$", re.I)
"""Before a figure denied in favour of the one just stated (contrastive negation, "X, not
Y": Huddleston & Pullum 2002, ch. 9 §1.3, the negated element corrects what came before):
"owed 15.2 million euros when it collapsed, not 12.5 million euros as this newspaper
reported", "put the number at 447, not 430". The denied figure is the earlier one, whether
or not the sentence uses a word of correction; it is no change of a count ("up from 14" is)."""
_OLD_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+as\s+(?:earlier|previously|first|initially|originally|wrongly)\s+"
    r"(?:reported|stated|said|given|announced|published)\b",
    re.I,
)
"""After a figure given as the earlier one: "not 64 as earlier reported"."""
_TEXT_SAID = re.compile(
    r"\b(?:an?|the|this|that|our)\s+(?:[a-z]+\s+)?(?:article|story|report|version|edition|headline|caption|graphic|item)\b"
    r"[^.;:]{0,40}?\s(?:said|says|stated|reported|gave|put|misstated)\b[^.;:]{0,80}$",
    re.I,
)
"""In an editor's note, a figure an earlier text of the newsroom's gave ("Correction: An
article on 11 March said Brannock Bau owed 12.5 million euros"): the note corrects what the
article said, so the figure is the earlier, replaced one (the note's other figures are the
new ones)."""
_CORRECT_FIGURE = re.compile(
    r"\bthe\s+(?:correct|corrected|right|actual|true|accurate|real)\s+" + _FIGURE_NOUN + r"\s+"
    r"(?:is|was|should\s+have\s+been)\s+(?:\w+\s+){0,2}?$"
    r"|\b(?:" + _REVISING + r")\s+(?:the|that|this|its|their|his|her|our)\s+" + _FIGURE_NOUN
    + r"\s+(?:(?:up|down)\s+)?to\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.I,
)
"""Before a figure given as the right value of a count just stated ("we said that 2,600
members had voted … The correct figure is 2,060"; "she later corrected that figure to
€250,000"): the definite "the correct figure", "that figure", presupposes the count just
named, and says the one before was wrong (Huddleston & Pullum 2002, ch. 5 on definite noun
phrases), so the figure is the new one and the count's figure before it the old."""


def corrects(text: str, s: int, start: int) -> bool:
    """Whether the figure at `start` (its sign) is given as the right value of the count
    just stated (`_CORRECT_FIGURE`: "the correct figure is 2,060", "corrected that figure
    to €250,000"), in the sentence from `s`."""
    return bool(_CORRECT_FIGURE.search(text, max(s, start - 60), start))
_SIGNED = r"(?:[$£€¥₹₩₽₺₴₦₪฿₫₱¢]\s?)?" + units.NUMBER
_FROM_TO = re.compile(
    _REVISED_FROM + r"(" + _SIGNED + r")\s+to\s+(?:the\s+)?("
    + _SIGNED + r")(?![\w-])",
    re.I,
)
"""A figure revised from one value to another ("revising the sum she said had been sent
to Malta from €400,000 to €250,000", "lowered its estimate from 31 to 30"): the verb's
object is the count, "from X" its earlier figure, "to Y" the one that replaces it."""


def in_revision(text: str, s: int, start: int, e: int) -> bool:
    """Whether the figure at `start` (its sign) is one of the two of a "revised … from X to
    Y" (`_FROM_TO`) in the sentence `text[s:e]`: the two are figures of one count, the
    earlier and the new, whatever the clause calls the count ("the sum")."""
    return any(mt.start(1) == start or mt.start(2) == start for mt in _FROM_TO.finditer(text, s, e))


_NEW_AFTER_OLD = re.compile(r"\s(?:to|with|by)\s+$")
"""Between an old figure and the new one after it ("from 31 to 32"): the figure after "to" is
the new one, not another old one."""


def mark(source: Source, claims: tuple[Claim, ...], mentions: tuple[Mention, ...] = ()) -> tuple[Claim, ...]:
    """`claims` of `source` with their `revision` set ("new", "old" or ""). A new figure no
    one is said to state takes as its claimant the entity that opens its sentence before the
    word of correction, its subject ("Meridian revised its estimate: ... 32 jobs"):
    who corrects a figure states the corrected one (`present.corrections.replaced` lets a
    correction replace only its own newsroom's or claimant's figure)."""
    if not claims:
        return claims
    text = source.text
    noted = _noted(source)
    bounds = [_sentence(source, c) for c in claims]
    notes = {p.number for p in source.paragraphs if noted and not p.skipped and _NOTE.search(text, p.start, p.end)}
    old = [given_as_old(text, s, c.start, c.end, e) or (c.paragraph in notes and bool(_TEXT_SAID.search(text, s, c.start)))
           for c, (s, e) in zip(claims, bounds, strict=True)]
    fixing = [corrects(text, s, c.start) for c, (s, _) in zip(claims, bounds, strict=True)]
    for i, c in enumerate(claims):
        if fixing[i]:  # "The correct figure is 2,060": the same count's figure before it is the replaced one
            j = next((j for j in range(i - 1, -1, -1) if claims[j].unit == c.unit and claims[j].owner == c.owner), None)
            if j is not None and (c.claimant or c.stated_as) and _voice(c) != _voice(claims[j]):
                # "the company said 4,300 … The union said the real number was closer to 6,000": another
                # voice's "real number" disputes the figure, it corrects only its own (`present.corrections.replaced`)
                fixing[i] = False
            elif j is not None and claims[j].value != c.value:
                old[j] = True
    replacing = {b for b, o in zip(bounds, old, strict=True) if o}  # "now 65, not 64 as earlier reported": 65 is new
    out: list[Claim] = []
    for c, (s, e), o, fixes in zip(claims, bounds, old, fixing, strict=True):
        if o:
            revision = "old"
        elif noted or (s, e) in replacing or _NEW.search(text, s, e) or fixes:
            revision = "new"
            verb = _NEW.search(text, s, e)
            if verb and not c.claimant and not c.stated_as:
                reviser = next((m.entity for m in mentions if s <= m.start <= s + len("The ") and m.end <= verb.start()), "")
                subject = _SUBJECT.fullmatch(text, s, verb.start())  # "Police have revised …": police
                c = dataclasses.replace(c, claimant=reviser, stated_as="" if reviser or not subject
                                        else re.sub(r"^(?:The|A|An)\b", lambda d: d.group().lower(), subject.group(1)))
        else:
            revision = ""
        out.append(dataclasses.replace(c, revision=revision) if revision else c)
    return tuple(out)


_SUBJECT = re.compile(r"\s*([A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?)\s+(?:(?:has|have|had)\s+)?(?:also\s+|now\s+)?")
"""The subject opening a sentence before its verb of correction, of at most four words
with no figure ("Police have revised …", "The health ministry has also corrected …"): who
corrects the figure states it."""


def _voice(c: Claim) -> tuple[str, str]:
    """Who states a claim: its claimant, or the words for one the dossier does not know."""
    return c.claimant, c.stated_as.lower()


def given_as_old(text: str, s: int, start: int, end: int, e: int) -> bool:
    """Whether the figure from `start` to `end` in the sentence `text[s:e]` is given as the
    earlier, replaced figure: "earlier reported 31", "revised from 31", "revised the number
    to 900, down from the 1,200 it gave", "now 65, not 64 as earlier reported", "447, not
    430"."""
    if _OLD_BEFORE.search(text, s, start) and not _NEW_AFTER_OLD.search(text, max(s, start - 6), start):
        return True
    if _OLD_AFTER.match(text, end, e) or _NOT_BEFORE.search(text, max(s, start - 50), start):
        return True
    return bool(_FROM_BEFORE.search(text, max(s, start - 20), start) and _NEW.search(text, s, start))


def _noted(source: Source) -> bool:
    """Whether the source carries an editor's note (`_NOTE`) outside its skipped paragraphs."""
    text = source.text
    lowered = text.lower()
    if not any(w in lowered for w in _NOTE_WORDS) and not any(c in text for c in _FOLDED):
        return False
    return any(_NOTE.search(text, p.start, p.end) for p in source.paragraphs if not p.skipped)


def _sentence(source: Source, claim: Claim) -> tuple[int, int]:
    """The bounds of the sentence the claim's figure is in."""
    p = source.paragraphs[claim.paragraph - 1]
    return next(((s, e) for s, e in p.sentences if s <= claim.start < e), (p.start, p.end))

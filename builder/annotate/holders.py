"""Whose count a figure is: the clause's grammatical holder of the counted thing.

The rule, from English grammar (Huddleston & Pullum, *The Cambridge Grammar of the
English Language*, 2002: ch. 4 on the subject and the objects of a clause, ch. 5 on the
genitive and the complements of a noun; Quirk et al., *A Comprehensive Grammar of the
English Language*, 1985, on reporting clauses as comment clauses):

- **the subject of a verb of having** ("has", "owes", "employs", "represents") holds its
  object: "Meridian owes $2.1 billion", also across what may stand between them — an
  apposition or a non-restrictive relative clause ("Meridian, which leases its hospitals
  from Calder, owes …"), a coordinated predicate sharing the subject ("Meridian sold its
  buildings and now owes …"), and an indirect object ("Meridian owes Calder $2.1
  billion": the indirect object is the one owed, the creditor, never the holder);
- **the noun phrase the counted noun is said of** holds it: a genitive ("the CNRP's 2.9
  million"), a postmodifier ("1,200 members of the union", "55 seats for the CNRP",
  "seats won by the CNRP"), and, when the clause names no subject of having, the place
  it is at ("900 jobs at St. Agnes"; but "the union, which says it has 1,200 members at
  Vantmoor": the union's);
- **a name written as a label before its figure** in a tally ("CPP 68 and CNRP 55"), but
  not a name that is the object of a verb ("owes Calder $2.1 billion");
- **the subject of a passive "be owed"** is the one owed, the creditor ("Northmere
  Bank, the largest creditor, is owed 8 million": the passive's subject is the active's
  indirect object, ch. 16): the amount is its claim, not a debt of its own, and never
  the debt of a body named elsewhere in the clause ("told the court his clients were
  owed": the court is the object of "told");
- **a supplementive -ing clause** shares the main clause's subject ("Brannock Bau filed
  for insolvency at the court last Tuesday, owing 12.5 million": ch. 14 §9, the
  understood subject of a non-finite supplement is the matrix subject);
- **never the subject of a reporting clause** ("…, Meridian said"): it names who states
  the figure (the claimant, `claimants`), not whose the figure is.

When the clause says no more, the holder is the name nearest before the figure that can
hold it: the subject of "has" or "employs" right before it or the possessor of what an
amount is (`subject_owner`), a name a relative clause after it is said of
(`relative_owner`), the last party named in the clause (`party_before`), or the body that
"its" or "their" stands for (`body_before`).

Closed classes of English only (verbs of having, adverbs, determiners); no topic words, so
the rules hold for a bankruptcy, a strike or a court case alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from . import claimants, units

_APPROX = r"(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated|a\s+further|another)\s+)"
_HAVING = re.compile(
    r"\b(?:owes|owed|owe|owing|has|have|had|employs|employed|employ|represents|represented)\s+$"
)
"""A verb of having right before its object (the figure, or an indirect object)."""
_PERFECT = re.compile(r"(?:risen|fallen|grown|gone|been|become|come|[a-z]{3,}ed)\b(?!\s+(?:of|for)\b)")
"""A past participle after "has/have/had": the perfect, not "has" of possession ("has
risen to 14", "had climbed to 40"); a participle as an adjective before its noun ("has
registered voters") is rare after "has" and read as the perfect too."""
_SUPPLEMENT = re.compile(r",\s+(?:still\s+|now\s+)?owing\s+$")
"""A supplementive -ing clause of having set off by a comma (", owing"): its subject is
the main clause's."""
_BE_OWED = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:still|now|also|reportedly|allegedly|collectively)\s+)*owed\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated)\s+)?$"
)
"""A passive "be owed" right before the amount ("is owed 8 million", "were owed about")."""
_REDUCED_OWED = re.compile(
    r",\s+(?:(?:still|now|also|reportedly|allegedly|collectively)\s+)*owed\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated|more\s+than)\s+)?$"
)
"""A reduced passive relative after a noun phrase and its comma, right before the amount
("Tanaka Apparel, owed $38 million")."""
_ADVERBS = r"(?:(?:still|now|already|also|reportedly|allegedly|currently|together|collectively)\s+)*"
_OBJECT_LEAD = re.compile(r"(?:(?:a|an)\s+)?[a-z]{3,}\s+of\s+" + _APPROX + r"?$|" + _APPROX + r"$")
"""Between a verb of having and the figure: what the figure is of ("has debts of",
"employs a workforce of") or an approximator ("about")."""
_APPOSED_LEAD = re.compile(r"\b(?:its|their|his|her|the|a|an)\s+(?:[a-z-]+\s+)?(?:[a-z-]+,?\s+)?$")
"""A description set before an indirect object's name: "its landlord, ", "the "."""
_BARE_OBJECT = re.compile(r"(?:[a-z]+\s+){1,2}$")
"""An indirect object in lower case: "owes suppliers", "owes its suppliers"."""
_LABEL_BEFORE = re.compile(r"(?:^|[,;:(\[\]]|\b(?:and|or|but|while|whereas|versus|vs\.|against))\s*(?:the\s+)?$")
"""What may stand before a name written as a label of its figure ("… and CNRP 55"): the
clause's start, a list's separator; not a verb ("owes Calder $2.1 billion")."""
_POSTMODIFIER = re.compile(r"\s*(?:for|won\s+by|held\s+by|of)\s+(?:the\s+)?(?:[a-z]+\s+)?")
"""Between a figure with its noun and the name it is said of: "55 seats for the CNRP",
"1,200 members of the union"."""
_LOCATED = re.compile(r"\s*(?:(?:of\s+(?:the|these|those|its|their)\s+[a-z]+\s+)?(?:(?:are|is|were|was)\s+)?at"
                      r"|(?:who|that)\s+(?:work|works|worked)\s+(?:at|for)|(?:employed|working)\s+(?:at|by|for))"
                      r"\s+(?:the\s+)?(?:[a-z]+\s+)?")
"""Between a figure with its noun and the body it is at: "900 jobs at St. Agnes", or a
partitive's figure and its place as the predicate ("118 of those jobs are at Greyfell":
the part is scoped to the body, so it is that body's count, not the whole's), or the
place of work of the people counted ("the 140 people who work at Greyfell", "300 staff
employed by X": the body's staff)."""


def tied(text: str, s: int, start: int, end: int, owners: Sequence[Mention]) -> str:
    """The body a figure is written with: its genitive ("the CNRP's 2.9 million"), a
    label before it ("CNRP 55", not the indirect object of "owes Calder $2.1 billion"),
    or a postmodifier after its noun ("55 seats for the CNRP", "1,200 members of the
    union"); "" when none. `s`: the sentence's start; `start`, `end`: the figure with its
    noun; `owners`: the sentence's party and organisation mentions."""
    for m in owners:
        if m.end <= start and re.fullmatch(r"[’']s\s+", text[m.end : start]):
            return m.entity
        if m.end <= start and re.fullmatch(r"\s+", text[m.end : start]) and _LABEL_BEFORE.search(text, s, m.start):
            return m.entity
        if m.start >= end and m.start - end < 50 and _POSTMODIFIER.fullmatch(text, end, m.start):
            return m.entity
    return ""


def located(text: str, end: int, owners: Sequence[Mention]) -> str:
    """The body a figure's noun is at ("900 jobs at St. Agnes"), or "": the holder when the
    clause names no other (a subject of having comes first: in "the union, which says it
    has 1,200 members at Vantmoor" the members are the union's). `end`: the end of the
    figure with its noun."""
    for m in owners:
        if m.start >= end and m.start - end < 30 and _LOCATED.fullmatch(text, end, m.start):
            return m.entity
    return ""


def subject_of_having(text: str, s: int, start: int, owners: Sequence[Mention], money: bool = False) -> str:
    """The body that is the subject of the verb of having whose object the figure at
    `start` is, across an indirect object, an apposition, a relative clause or a
    coordinated predicate; "" when the verb is no verb of having or its subject is no
    named body. `s`: the sentence's start; `owners`: the sentence's party and
    organisation mentions, in text order. "owe" holds an amount of money (`money`):
    the people a body owes ("owes 312 drivers their wages") are the ones owed, not its
    own count."""
    lead = _OBJECT_LEAD.search(text, s, start)
    pos = lead.start() if lead else start
    verb = _HAVING.search(text, s, pos)
    if not verb:
        io = _indirect_object(text, s, pos, owners)
        verb = _HAVING.search(text, s, io) if io is not None else None
    if not verb or (not money and verb.group().startswith("ow")):
        return ""
    if _PERFECT.match(text, verb.end()):
        return ""  # "has risen to 14": "has" the perfect's auxiliary, no verb of having (Quirk et al. 1985, ch. 3)
    if _SUPPLEMENT.search(text, max(s, verb.start() - 12), verb.end()):
        # ", owing 12.5 million": the main clause's subject, the name that opens it
        first = next((m for m in owners if s <= m.start and m.end <= verb.start()), None)
        return first.entity if first and _opens_clause(text, s, first.start) else ""
    return _subject(text, s, verb.start(), owners)


def creditor(text: str, s: int, start: int, owners: Sequence[Mention]) -> str | None:
    """For an amount that is the object of a passive "be owed" ("Northmere Bank, the
    largest single creditor, is owed 8 million euros", "his clients were owed 4.1
    million"): the named body that is the clause's subject, the one owed; "" when the
    subject is no named body ("his clients"); None when the amount is no such object.
    `s`: the sentence's start; `owners`: its party and organisation mentions."""
    reduced = _REDUCED_OWED.search(text, max(s, start - 40), start)
    if reduced:
        # "clothing supplier Tanaka Apparel, owed $38 million, and the landlord Greystone Properties,
        # owed $22 million": a reduced relative ("who is owed") modifies the noun phrase right before
        # its comma, not the next name (Quirk et al. 1985, ch. 17 on nonfinite postmodifiers)
        named = next((m for m in reversed(owners) if m.end <= reduced.start() and m.start >= s), None)
        return named.entity if named and not text[named.end : reduced.start()].strip() else ""
    passive = _BE_OWED.search(text, max(s, start - 80), start)
    if not passive:
        return None
    return _subject(text, s, passive.start(), owners)


def _indirect_object(text: str, s: int, pos: int, owners: Sequence[Mention]) -> int | None:
    """Where an indirect object ending at `pos` starts ("owes [its landlord, Calder
    Realty Trust,] $2.1 billion", "owes [suppliers] £8 million"), or None."""
    named = next((m for m in reversed(owners) if m.end <= pos and re.fullmatch(r",?\s+", text[m.end : pos])), None)
    if named:
        apposed = _APPOSED_LEAD.search(text, s, named.start)
        return apposed.start() if apposed else named.start
    bare = _BARE_OBJECT.search(text, s, pos)
    return bare.start() if bare else None


_PARENTHETICAL = re.compile(r"(?:[’']s)?,\s+[^;:—()]{1,120}?,\s+" + _ADVERBS)
"""Between a subject and its verb: an apposition or a non-restrictive relative clause
("Meridian, which leases its hospitals from Calder, owes", "Vessmark, a client of the
bank, has")."""
_COORDINATED = re.compile(r"\s+[a-z][^,;:—()]{0,120}?\s+and\s+" + _ADVERBS)
"""Between a subject and the second of its coordinated predicates ("Meridian [sold its
buildings in 2016 and now] owes")."""


def _subject(text: str, s: int, verb: int, owners: Sequence[Mention]) -> str:
    """The named body that is the subject of the verb at `verb`, or ""."""
    before = [m for m in owners if s <= m.start and m.end <= verb]
    if before and re.fullmatch(r"\s+" + _ADVERBS, text[before[-1].end : verb]):
        return before[-1].entity  # right before the verb: "Vessmark owes"
    for m in before:  # the clause's first name: the subject of what follows it
        if _PARENTHETICAL.fullmatch(text, m.end, verb):
            return m.entity
        if _opens_clause(text, s, m.start) and _COORDINATED.fullmatch(text, m.end, verb):
            return m.entity
    return ""


def _opens_clause(text: str, s: int, start: int) -> bool:
    """Whether the name at `start` opens its clause (after at most "the", or an
    introductory phrase set off by a comma)."""
    return bool(re.fullmatch(r"(?:[^;:—]*,\s+)?(?:[Tt]he\s+)?", text[s:start]))

_HOLDS = re.compile(
    r"(?:[’']s)?(?:,[^,;:.—()\d]{1,60},)?\s+(?:now\s+|still\s+|already\s+)?"
    r"(?:has|have|had|employs|employed|employ|represents|represented)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated)\s+)?$"
)
"""Between a body's name and a figure of its own: the body has, employs or represents the
figure (not "counted", "reported": a body that counts a figure states it, the claimant) ("the union has 900 members", "Vessmark, the haulier, employs 1,200
people", "Marlow & Penn has debts of" is read by `amounts.what`, the owner here)."""


_POSSESSED = re.compile(r"(?:[’']s)?\s+(?:[a-z-]+\s+)?" + units.VAGUE + r"[a-z]{3,}" + units.IS_STATED)
"""A body's own amount named by its possessive: "Vessmark's debts stand at €4.2 million",
"the union's unpaid dues amount to £40,000"."""


def subject_owner(text: str, start: int, s: int, owners: list[Mention]) -> str:
    """The party or organisation that is the subject of "has", "employs" or "represents"
    right before a figure: the count is its own ("The union has 900
    members", "Vessmark has 1,200 members in its pension fund": two owners, two counts,
    never one disputed count); also before what an amount is ("Vessmark has debts of
    $2.5 billion"), and the possessor of what it is ("Vessmark's debts stand at €4.2
    million"). Source: English possessive verbs and the possessive 's."""
    for m in reversed(owners):
        if not s <= m.end <= start:
            continue
        between = text[m.end : start]
        if _HOLDS.fullmatch(between) or _POSSESSED.fullmatch(between):
            return m.entity
        noun = re.search(r"\b(?:(?:a|an)\s+)?[a-z]{3,}\s+of\s+$", between)  # "has debts of", "has a debt of"
        if noun:
            lead = between[: noun.start()]
            if _HOLDS.fullmatch(lead) or _HOLDS.fullmatch(re.sub(r"[a-z-]+\s+$", "", lead)):
                return m.entity
        return ""  # only the body named last before the figure
    return ""


def relative_owner(text: str, start: int, s: int, owners: list[Mention]) -> str:
    """The party or organisation a figure is said of in a relative clause after its name:
    "Vantmoor, which employs 12 500 workers", "the union, which says it has 1,200
    members", "the CSWU, whose 900 members" (the clause's subject is the name before
    the comma). Source: English relative clauses (which, who, whose, that)."""
    for m in reversed(owners):
        between = text[m.end : start]
        if s <= m.end <= start and re.fullmatch(
            r"(?:[’']s)?(?:\s+\([^()\d]{1,40}\))?,\s+(?:whose\s+|(?:which|who|that)\s+[^,;:.—()\d]*?)", between
        ):
            if re.search(r"\b(?:said|says|say|told|announced|insisted)\s+(?:that\s+)?$", between):
                return ""  # "the union, which said 1,200 drivers had joined": it states the figure (`holders`)
            return m.entity
    return ""


def its_own(text: str, s: int, fs: int, unit: str) -> bool:
    """Whether the figure at `fs` is a count of "its" or "their" own ("of its 900 members",
    "revised its count to 900 members", "revised the number of its members … to 900")."""
    return bool(re.search(r"(?<![\w’'])(?:its|their)\s+(?:(?:count|number|total|tally|figure|estimate)\s+(?:to|at)\s+)?$",
                          text[max(s, fs - 30) : fs])) or bool(
        unit and re.search(r"\bof\s+(?:its|their)\s+" + re.escape(unit) + r"\b", text[max(s, fs - 160) : fs]))


_REPORTING = claimants.REPORTING


def party_before(text: str, start: int, s: int, parties: list[Mention]) -> str:
    """The last party named before the figure in the same clause (not across "that": in
    "the CNRP claims that 1.3 million names were missing" the party states the count)."""
    before = [
        m for m in parties
        if m.end <= start and not re.search(r"[;—]|\d", text[m.end : start])
        and not re.match(r"\s+" + _REPORTING.pattern + r"\s+that\b", text[m.end : start])
    ]
    return before[-1].entity if before else ""


def body_before(owners: list[Mention], start: int) -> str:
    """The organisation or party named last before `start` in the sentence (`owners`: the
    sentence's), which a pronoun or possessive standing for a body refers to ("the
    chamber said 200 of its members", "Halden said the closure had cost it £4 million");
    "" when none is named."""
    before = [m for m in owners if m.end <= start]
    return before[-1].entity if before else ""

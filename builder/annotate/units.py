"""A figure in a sentence and what it counts: the figure as written ("1,200", "12 500",
"2.9 million"), its counted noun (written after it, after one adjective, after "of the
123 …", or implied: "3,000 marched"), and the figures that count nothing (a change, a
bound, a total, a day of a date, a model's number).
"""

from __future__ import annotations

import re

from . import days, verbs, wordclass

ZERO_PLURALS = "fish|sheep|deer|salmon|trout|cattle|poultry|livestock|aircraft|spacecraft|offspring"
"""Plural nouns with no "-s" (`_UNITS`), as a regular expression's alternation."""
# A counted noun: a plural ("members", "workers", "euros"), with a participle or an -ing
# noun before it ("registered voters", "shipping lines"; not a preposition in -ing:
# "during talks"), or one of the plurals without -s.
_UNITS = (
    r"(?:[a-z]+ed\s|(?!(?:during|including|following|regarding|concerning|according|excluding|pending|"
    r"notwithstanding|involving|ending|starting|beginning|totalling|totaling|being|having)\s)[a-z]{2,}ing\s)?"
    r"(?:(?!(?:this|thus|plus|was|has|does|its|his|hers|ours|yours|theirs|whereas|perhaps|across|besides|unless"
    r"|towards|afterwards|always|sometimes|nevertheless|less|yes|news)\b)(?![a-z]*(?:is|us|ss)\b)[a-z]{2,}[a-z]s"
    r"|people|men|women|children"
    r"|staff|personnel"
    r"|" + ZERO_PLURALS + r")"
)
"""A counted noun: a plural (not a closed-class word that ends in "s": "at about five this
afternoon" is a time, "this" no noun; not a singular in "-is", "-us" or "-ss": "42 basis
points", "a bonus", "a loss", whose regular plurals end in "-es" or "-i", Quirk et al. 1985,
§5.80-5.91 on foreign and sibilant plurals), or a plural that takes no "-s": the
irregular ones and the zero plurals ("4,000 dead fish", "300 sheep", "12 aircraft": Quirk
et al. 1985, §5.87-5.90 on zero plurals of animal and craft nouns, and §5.78 on the
unmarked plural nouns "cattle", "poultry", "livestock")."""
ABBREVIATIONS = {
    "ha": "hectares", "km²": "square kilometres", "km2": "square kilometres", "sq km": "square kilometres",
    "kg": "kilograms", "MW": "megawatts", "GW": "gigawatts", "kWh": "kilowatt-hours", "MWh": "megawatt-hours",
    "GWh": "gigawatt-hours", "TWh": "terawatt-hours",
}
"""Unit symbols written after a figure, with the plural name a claim shows ("4,800 ha" is
"4,800 hectares"): the SI's symbols and the hectare, a non-SI unit accepted for use with
the SI (BIPM, "The International System of Units", 9th ed., 2019, the table of non-SI
units accepted), for area, mass and energy, which reports count; symbols of length and time
(km, m, h) and the lone "t" are left out (a distance or a duration is no count claimed,
`NOT_COUNTED`; "t" is as often a letter)."""
_ABBREV = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)).replace("\\ ", "\\s")
UNITS_PATTERN = _UNITS
"""A counted noun after a figure (for `numberwords`)."""
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
SCALE_SUFFIX = r"(?:bn|mn|m|k)"
"""A multiplier written onto a figure as a letter ("£1.2m", "$3bn", "€40k": million,
billion, thousand), the style of British and financial news for amounts of money: a
figure with one is a figure only after a currency sign (`claims`), since "100m" or "5k"
alone is as often a distance."""
NUMBER = rf"{_NUMBER}(?:(?<=\d){SCALE_SUFFIX}(?![\w-]))?"
"""A figure as written, with a scale word or a multiplier letter ("1.2 million", "1.2m")."""
# A figure, with its unit when one follows (allowing "68 [National Assembly seats]"); not an
# exponent ("10^400 seats", "1e308 seats": the power of ten is no count of seats).
FIGURE = re.compile(rf"(?<![\w.,^-])({NUMBER})(?![\w^-])(?:\s\[?(?:[A-Z][\w-]*\s(?:\d+\s)?){{0,2}}({_UNITS}|{_ABBREV})(?![\w/]))?")
"""A figure (group 1) and its counted noun or unit symbol (2: "4,800 ha", `ABBREVIATIONS`)."""
SCALED = re.compile(rf"\d{SCALE_SUFFIX}$")
"""A figure written with a multiplier letter (`SCALE_SUFFIX`): "1.2m"."""
DIGIT = re.compile(r"\d")
"""What every figure holds (`FIGURE`)."""
OF_TOTAL = re.compile(rf"\s+of\s+(?:the|its|their|his|her|our)\s+(?:{_NUMBER})\s(?:[A-Z]\w*\s){{0,2}}({_UNITS})\b")
WHOLE_BEFORE = re.compile(rf"(?:{_NUMBER})\s(?:[a-z]+\s)?of\s+(?:the|its|their|his|her|our)\s+$")
"""Before the figure of a partitive's whole: "120 of its 312 stores", "68 of the 123 seats"
(the figure after "of the" counts the group the first figure is part of: Quirk et al.
1985, ch. 5 on partitive constructions)."""
# Figures that are not a count someone claims: changes, bounds, totals, shares.
NOT_A_COUNT = re.compile(
    r"(?:loss of|losing|lost|gaining on the|gained|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Oo]ver|of|of the|of [\w’']+[’']s"
    r"|[Aa]t least|[Aa]t most|[Uu]p to|[Aa]s many as|[Aa]s few as|[Nn]o more than|[Nn]o fewer than|[Nn]o less than"
    r"|[Nn]ot more than|[Uu]nder|[Uu]pwards of|[Ii]n excess of"
    r"|(?:[Pp]ass|[Ee]xceed|[Ss]urpass|[Tt]op)(?:s|es|ed|ped|ing|ping)?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s$"
)
"""Before a figure that is no count claimed: a change, a bound (either way: "more than
300", "at least 290", "up to 50", "under 20", a threshold passed: "as fire passes 7,000
hectares", "debts exceeded £2 million", "topped 1,000"; a bound and a count are no two figures for
one thing, so never a dispute), a total ("19 of Cambodia's 24 provinces"), or a day of a
date ("July 28")."""
OF_COMPLEX = re.compile(
    r"\b(?:on\s+behalf|in\s+the\s+name|aware|unaware|(?:knew|know|knows|known|heard|hear|hears|learned|learnt|learns"
    r"|told|informed|notified|warned)(?:\s+(?:it|them|us|him|her|regulators|the\s+[a-z]+))?)\s+of\s+$", re.I)
"""A complex preposition ending in "of" before a figure ("on behalf of 17 families"): the
figure is its object, a count stated, not a part or a total (Quirk et al. 1985, ch. 9,
complex prepositions); and so after an adjective or verb of knowing whose complement
"of" takes ("aware of 14 crashes", "knew of 14 crashes", "told the agency of 14
crashes": the prepositional verbs and adjectives of Quirk et al. 1985, ch. 16.5, whose
object is what is known, a count the subject states)."""
OF_VALUE = re.compile(r"\b(?:total|tally|count|toll|figure)\s+of\s+$")
"""Before a figure that states the value of the noun before "of": "a final damage count of
731 structures", "a total of 300 jobs", "a death toll of 12 people" (an appositive
of-phrase, whose complement is the noun's content: Quirk et al. 1985, §17.46), a count
stated as "731 structures" is, where "a loss of 22 seats" is a change (`NOT_A_COUNT`)."""
OF_WHOLE = re.compile(
    r"(?:\b(?i:none|all|each|any|both|most|many|several)|(?<![\w’'-])"
    r"(?!(?i:tens|hundreds|thousands|millions|billions|dozens|scores|losses|gains|cuts|rises|falls|increases|decreases"
    r"|drops|totals|sums|numbers|terms|thirds|quarters|fifths|halves|tenths)\b)(?i:[a-z])[a-z]{2,}[^s\W]s)\s+of\s+the\s+$")
"""Before a figure that is the size of a whole group named with "the" after a quantifier
pronoun or a plural noun: "none of the 152 people on board", "all of the 40 workers",
"families of the 152 people killed" (the definite noun phrase names the whole set, and its
figure states its size, Huddleston & Pullum 2002, ch. 5 on partitives and fused
determiners); "19 of the 24 provinces", "two-thirds of the 300 members" give a part of a
total, which stays no count (`NOT_A_COUNT`)."""
_FOR_PLURAL = re.compile(
    r"(?<![\w’'])([a-z]{3,}[^s\W]s)\s+for\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+"
    r"|approximately\s+|more\s+than\s+|up\s+to\s+)?$")


_RELATIVE_SUBJECTS = frozenset("which who that it he she they".split())


def for_other(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` counts, after "for", what another plural noun is for
    ("scanned referral letters for about 9,000 patients", "beds for 200 people"): the
    prepositional phrase postmodifies that noun (Quirk et al. 1985, §17.37), so the things
    the sentence tells of are the letters, not the patients, and its figure is no count of
    the patients (lined up with "400,000 patients" it would read as a rival figure). A
    verb in "-s" before "for" ("the union asks for 300 workers": `verbs.is_finite`; "which
    speaks for 35 shipping lines") leaves the figure its own count."""
    mt = _FOR_PLURAL.search(text, max(s, fs - 40), fs)
    if not mt:
        return False
    if not wordclass.common_noun(mt.group(1)):
        return False  # "which speaks for 35 shipping lines": a verb's
    words = verbs.words_of(text[s:fs] + "1")  # the figure: what the verb takes after "for"
    at = len(verbs.words_of(text[s : mt.end(1)])) - 1
    return not verbs.is_finite(words, at) and not (at and words[at - 1].lower() in _RELATIVE_SUBJECTS)


_QUANTITY_NOUNS = (r"(?:loss|gain|cut|rise|fall|increase|decrease|drop|total|sum|number|term|maximum|minimum|average"
                   r"|majority|minority|figure|count|tally|amount|share|part|rest|remainder|half|third|quarter|fraction"
                   r"|age|score|tune|value|size|height|length|depth|weight|price|cost|rate|level|sentence|fine)\b")
"""Singular nouns of a quantity, a part or a measure: "the loss of 22 seats", "the rest of
47 workers", "the age of 41" (the figure is that quantity's, no possessor's)."""
POSSESSOR_OF = re.compile(
    r"\b(?:the|its|their|his|her|our|[\w-]+[’']s)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:tens|hundreds|thousands|millions|billions|dozens|scores|losses|gains|cuts|rises|falls|increases|decreases"
    r"|drops|totals|sums|numbers|terms)\b)(?:[a-z]{2,}[^s\W]s|(?!" + _QUANTITY_NOUNS + r")[a-z]{2,}[^s\W])\s+of\s+$"
)
"""Before a figure whose counted noun is the possessor in an "of" phrase (the of-genitive:
Huddleston & Pullum 2002, ch. 5): "the wages of 296 drivers", "the pensions of 1,200
workers", "the homes of 40 families", and with a mass noun "the personal data of 312,450 patients"
count the drivers, workers, families and patients; a change or
a total before "of" ("a loss of 22 seats", "the loss of 300 jobs", "tens of") stays no
count (`NOT_A_COUNT`)."""


SIGN_OF = {"pounds": "£", "euros": "€", "dollars": "$", "yen": "¥", "rupees": "₹", "roubles": "₽", "rubles": "₽",
           "naira": "₦", "shekels": "₪", "baht": "฿", "pesos": "₱", "hryvnias": "₴"}
"""A currency's plural name and its sign (Unicode's currency symbols): "1.2 million pounds"
and "£1.2m" are one amount in one currency, written two ways."""


IS_STATED = (
    r"(?<!\bhas)(?<!\bhad)(?<!\bhave)(?:\s+(?:paid|made|given|spent|owed|[a-z]+ed))?"
    r"(?:\s+(?:to|of|for|with)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}[a-z]+)?"
    r"\s+(?:now\s+|still\s+)?(?:stand\s+at|stands\s+at|stood\s+at|amount\s+to|amounts\s+to|amounted\s+to"
    r"|total|totals|totalled|totaled|is|are|was|were|reach|reaches|(?:has\s+|have\s+|had\s+)?reached"
    r"|(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:swelled|swollen|grown|grew|risen|rose|climbed|widened|narrowed|fallen|fell|shrunk|shrank)\s+to"
    r"|(?:will|would|could|may|might|should)\s+(?:be|reach|total|amount\s+to)"
    r"|(?:is|are|was|were|has\s+been|had\s+been)\s+(?:now\s+)?(?:forecast|estimated|projected|put|valued)\s+at)\s+"
    r"(?:now\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+|above\s+|over\s+"
    r"|(?:more|less)\s+than\s+"
    r"|(?:close|closer|nearer)\s+to\s+|as\s+(?:much|high|little|low)\s+as\s+|up\s+to\s+)?$"
)
"""After a noun (with a participle: "compensation paid has risen to £6.1 million", a reduced
relative, Quirk et al. 1985, §17.29; and a short "to/of/for" phrase: "its deficit for the current fiscal
year"): a verb that states its value ("stand at", "amount to", "totalled", "is",
"reached"), its new value ("swelled to", "has risen to": a verb of change with "to" names
the value reached, Quirk et al. 1985, ch. 9 on "to" of destination), or an estimate's modal
one ("would reach", "could be as much as": an upper estimate is a figure for the same
quantity, stated with its bound), an estimate in the passive ("the final cost is forecast
at £271 million": the verb of estimating with "at", as "put the cost at"), with "now", an
approximation or a bound after it ("was now close to £450m", "were now above 20 million
pounds")."""
NOT_PARTICIPLE = r"(?!(?:[a-z]+ed|paid|made|given|spent|owed)\b)"
"""Not a participle after the noun (`IS_STATED`): "compensation paid has risen" is compensation."""
VAGUE = r"(?!(?:figure|number|total|amount|sum|tally|count|value|one|two|three)s?\b)"
"""Not a noun that says what a figure is of ("the figure", "the total", "the number")."""


_SUBJECT_VERB = re.compile(r"\s+(?:were|was|are|have|had|did|[a-z]{2,}ed)\b")
_STATED_ALONE = re.compile(
    r"(?:said|says|say|claimed|claims|claim|estimated|estimates|counted|reported|put (?:it|the \w+) at)"
    r"\s+(?:only\s+|just\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+|up to\s+|at least\s+)?$"
)


def implicit_unit(text: str, s: int, fs: int, fe: int, e: int, earlier: str) -> str:
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


STATE_ADJECTIVES = frozenset({"dead"})
"""State adjectives that are also nouns in WordNet ("the dead") but premodify a counted noun
as adjectives ("4,000 dead fish", "12 dead passengers"): the suppletive state adjective of
"die" (Huddleston & Pullum 2002, ch. 6; `states.STATES`)."""


def modified_noun(text: str, fe: int, e: int) -> re.Match[str] | None:
    """The counted noun after the figure ending at `fe` and one adjective ("the firm's 447
    unpaid workers", "40 foreign journalists"): group 2, the head noun, which the count is
    of (the adjective narrows which ones, as "registered" does, but a source that says
    "430 workers have not been paid" counts the same); None when the word between is no
    adjective (WordNet knows it as nothing else: `wordclass.adjective_only`) or one that
    makes another set (`_RESTRICTIVE`). Source: the English noun phrase, determiner +
    numeral + adjective + head noun (Huddleston & Pullum 2002, ch. 5 §13); a state adjective
    (`STATE_ADJECTIVES`: "4,000 dead fish") is such an adjective too."""
    mt = _MODIFIED.match(text, fe, e)
    if not mt or mt.group(1) in _RESTRICTIVE or not (wordclass.adjective_only(mt.group(1))
                                                     or mt.group(1) in STATE_ADJECTIVES):
        return None
    return mt


def counted_unit(unit: str | None) -> str:
    """The unit, or "" when the noun is no count ("years", "points")."""
    if not unit or unit.split()[-1] in NOT_COUNTED:
        return ""
    return ABBREVIATIONS.get(unit, unit)


_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w-]*)\s$")


def model_number(text: str, s: int, mt: re.Match[str]) -> bool:
    """Whether a figure written between a capitalised word and its unit noun is part of
    a name, a model's number ("Trent 900 engines", "Boeing 747 jets", "Falcon 9 rockets"),
    not a count: the word before it is not the sentence's first and is no English common
    word (`wordclass.common_word`: "Some 300 workers", "Says 1,200 Members" in a headline
    stay counts), the unit noun follows the figure at once, and the figure is written in
    digits (a model's number is: "Boeing 747", never "Boeing seven")."""
    if text[mt.end(1) : mt.start(2)] != " " or not mt.group(1)[:1].isdigit():
        return False  # "told AFP four matches were under scrutiny": a numeral word is no model's number
    word = _NAME_WORD_BEFORE.search(text, max(s, mt.start() - 40), mt.start())
    if not word or not text[s : word.start()].strip():
        return False
    low = word.group(1).lower()
    return not wordclass.common_word(low) and low not in days.MONTHS and low not in days.WEEKDAYS


def borrowed_rate(shown: str, unit: str) -> str:
    """The period a figure with no noun of its own keeps from the count it refers back to
    (`shown`: that count's unit as shown, `unit`: the unit the figure borrowed): "per year"
    for "1,400" in "The board says 900 babies a year are born; campaigners say the true
    figure is closer to 1,400" ("babies per year"), else "". The figure substitutes for
    the whole noun phrase before it, its rate too (Quirk et al. 1985, ch. 12 on ellipsis
    of the head and its postmodifiers)."""
    return shown[len(unit) + 1 :] if shown.startswith(f"{unit} per ") else ""

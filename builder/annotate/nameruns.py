"""Runs of capitalised words in one sentence: the candidates `names.find_names` reads.

A sentence is read token by token (words, dotted acronyms, middle initials, web
addresses), and capitalised words are gathered into runs across the small words of names
("of", "for", "and", the particles of surnames and of Romance bodies' names, the small
words inside a law's name). Words that only look like names end a run or are left out: a
weekday, a label noun before its number ("Chapter 11"), a state's abbreviation after a
city, a currency prefix or code, a unit or time zone after a number, a credit grade, a
registration mark, a fixed phrase's capital. Each run is handed to `namesplit.split_run`,
which cuts it into names.
"""

from __future__ import annotations

import re
import unicodedata

from . import gazetteer, offices, opening, wordclass
from .namecues import US_STATE
from .nameparts import INNER_PARTICLES, PARTICLES_FIRST
from .namesplit import DOTTED, IRREGULAR_PLURALS, split_run
from .namewords import (
    COMMON,
    CONNECTORS,
    EVENT_HEADS,
    LAW_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    ROMANCE_PARTICLES,
    TITLES,
    dictionary_word,
    is_acronym,
    is_head,
    paired_premodifier,
)

_TOKEN = re.compile(
    r"[^\W_][\w-]*\.(?:com|org|net|gov|edu|info|io)\b(?!\.\w)"  # a web address as a name: Detik.com
    r"|(?:[^\W\d_]\.){2,}"  # a dotted acronym: U.S., D.C., N.V.
    r"|(?<![\w.])[A-Z]\.(?=\s[A-Z][a-z])"  # a middle initial: Michael R. Golden
    r"|[^\W_](?:[\w’'&-]*\w)?(?:(?<=s)[’'](?!\w))?"  # a word (a plural possessive keeps its apostrophe)
    r"|\S"
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


_LISTING = re.compile(r"\([A-Z]{2,6}:[ \u00a0]?[A-Z][A-Z0-9.]{0,5}\)")
"""A company's stock listing in brackets, the exchange and the ticker ("(ASX: HBM)",
"(NYSE: GBEC)", "(LSE: KES)"): how press releases and business news identify a listed
company after its name (AP Stylebook, "stock exchange"; PR Newswire's ticker tags)."""


LABEL_NOUNS = frozenset(
    "chapter article section subsection clause paragraph part title schedule rule amendment count exhibit figure "
    "table page appendix annex item line room gate platform flight route highway interstate phase stage level "
    "grade class category tier round".split()
)
"""English nouns that label a numbered part, place or run of something ("Chapter 11",
"Article 5", "Count 3", "Gate 12", "Route 66"): before a number they open no name (a
bankruptcy's "Chapter 11 protection" made an organisation "Chapter"). A closed class of
the language, like the weekdays; a name that merely ends in one keeps it ("Air France
Flight 447" is "Air France")."""


_DATELINE_REGION = re.compile(opening.STATE)
_DATELINE_PLACE = re.compile(r"(?:^|\n)" + opening.PLACE + r",\s*$")
"""A date line's place in capitals and its comma, right before a state's abbreviation
("WILMINGTON, Del.": `opening.REGION`)."""
_US_STATE = re.compile(US_STATE + r"(?=[\s,;:)]|$)")
_CITY_COMMA = re.compile(r"[A-Z][\w.’'-]*,[ \u00a0]+$")
"""A capitalised word and a comma, right before a US state's abbreviation ("Bethesda, Md.",
`namecues.US_STATE`)."""


_GRADE = re.compile(r"([ABC])\1{0,2}|Aaa|Aa[123]|Baa[123]|Ba[123]|Caa[123]|Ca")
"""A credit rating grade: the letter scales of S&P and Fitch ("AAA" to "C", a "+" or "-"
after it: "CCC-", "BB+") and Moody's ("Aaa", "Baa3", "Caa1"); Standard & Poor's, "Guide
to Credit Rating Essentials"."""
_RATED = re.compile(r"\b(?:ratings?|rated|grades?|graded)\b(?:[ \u00a0]+[\w’'-]+){0,4}?[ \u00a0]+(?:to|at|of|from)?[ \u00a0]*$", re.I)
"""Words that put a grade after them: "cut its rating to", "rated", "a rating of"."""


_REGISTRATION = re.compile(r"[A-Z][A-Z0-9]?-[A-Z]{3,4}")
"""A vehicle's registration mark: a nationality prefix of one or two characters, a hyphen
and three or four letters ("LN-SKV", "G-EUPT", "D-AIMA"; ICAO Annex 7, "Nationality and
registration marks"): a code, no name. (A pair of acronyms joined so, "EU-NATO", is a
compound modifier, no name either.)"""


_CODE = re.compile(r"[A-Z]{1,4}-?\d{1,5}[A-Z]?")
"""A code of capitals and digits ("SV417", "MH17", "G20", "A-10")."""


def _code_opens_body(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether the code at token `i` opens a body's name: capitalised words follow it and
    the last ends in an organisation's head word ("SV417 Families Association", "MH17
    Relatives Foundation", "G20 Research Group"; `namewords.ORG_HEADS`). A flight, a model
    or a summit named by a code is written so, and a group formed around it takes the code
    as the first word of its name (English news usage); before any other name the code is
    a designation ("the V400 Skyhopper": `namecues.DESIGNATION`)."""
    last = ""
    for a, b in tokens[i + 1 : i + 6]:
        word = text[a:b]
        if not _capitalised(word):
            break
        last = word
    return bool(last) and is_head(last.lower(), ORG_HEADS)


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not any(c.isdigit() for c in word)

def _not_a_name(text: str, a: int, b: int, word: str) -> bool:
    """A currency prefix ("US$6", "U.S. $10,000"), a unit or time zone after a number ("2 GHz",
    "09:00 UTC", "(GMT +8)"), a currency code ("USD"), a capitalised word of a fixed
    phrase ("an act of God", `wordclass.in_fixed_phrase`)."""
    if b < len(text) and unicodedata.category(text[b]) == "Sc":
        return True
    if is_acronym(word) and re.match(r"[ \u00a0]\S\d", text[b : b + 3]) and unicodedata.category(text[b + 1]) == "Sc":
        return True  # "U.S. $10,000", "NZ $40": a currency prefix written with a space
    if word.isupper() and word.lower() in gazetteer.currency_codes():
        return True
    if _REGISTRATION.fullmatch(word):
        return True  # "registered LN-SKV": a registration mark
    if wordclass.in_fixed_phrase(text, a, b):
        return True  # "an act of God", "a lazy Susan": a fixed phrase's capitalised word (WordNet)
    if any(m.start() < a and b < m.end() for m in _LISTING.finditer(text, max(0, a - 10), min(len(text), b + 10))):
        return True  # "(ASX: HBM)", "(NYSE: GBEC)": a stock exchange and a company's ticker
    if word.lower() in LABEL_NOUNS and re.search(r"\d[ \u00a0]$", text[max(0, a - 2) : a]) and re.match(r"[ \u00a0][a-z]", text[b : b + 2]):
        return True  # "the 640 Level drive": a label noun after its number, a modifier of the noun after it
    if _GRADE.fullmatch(word) and (re.match(r"[+−-](?![\w-])", text[b : b + 2]) or _RATED.search(text, max(0, a - 40), a)):
        return True  # "cut the city's rating to CCC-", "rated AA": a credit grade, not the initials of a name
    if word in gazetteer.time_zones() and (
        re.search(r"(?:\d|[ap]\.?m\.?)\s?\(?$", text[max(0, a - 12) : a]) or re.match(r"\s?[+−-]\s?\d", text[b : b + 4])
    ):
        return True  # "09:00 UTC", "(GMT +8)"
    return len(word) <= 4 and not word.istitle() and bool(re.search(r"\d[\d:.,]*\s?$", text[max(0, a - 12) : a]))

def runs(text: str, s: int, e: int, common: frozenset[str]) -> list[tuple[int, int, list[str], bool]]:
    """Names in one sentence: (start, end, cues, initial)."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, s, e)]
    # "St." "Inc." "Mr." keep their full stop
    fixed = []
    i = 0
    while i < len(tokens):
        a, b = tokens[i]
        if text[a:b].lower() in DOTTED and b < e and text[b] == "." and i + 1 < len(tokens) and tokens[i + 1][0] == b:
            fixed.append((a, b + 1))
            i += 2
            continue
        fixed.append((a, b))
        i += 1
    tokens = fixed
    result = []
    run: list[tuple[int, int]] = []

    owned_at = -1  # where a word after an office's possessive starts ("Prime Minister's Questions")

    def close() -> None:
        owned = text[run[0][0] : run[0][1]].lower() if len(run) == 1 and run[0][0] == owned_at else ""
        if owned and wordclass.common_word(owned) and not any(is_head(owned, h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS)):
            # "Prime Minister's Questions", "the Chancellor's Statement": an English word owned
            # by an office, no name (Quirk et al. 1985, 5.115: a specifying genitive); a
            # body's or event's head word stays ("the Mayor's Office", "the President's Cup")
            run.clear()
        if run:
            result.extend(split_run(text, s, e, run, common))
            run.clear()

    skip_until = 0
    for i, (a, b) in enumerate(tokens):
        word = text[a:b]
        if (
            word.lower() in _WEEKDAYS and (not run or text[run[0][0] : run[-1][1]] == "The")
            and text[max(s, a - 4) : a].lower() == "the " and i + 1 < len(tokens)
            and tokens[i + 1][0] == b + 1 and _capitalised(text[tokens[i + 1][0] : tokens[i + 1][1]])
            and text[tokens[i + 1][0] : tokens[i + 1][1]].lower() not in _WEEKDAYS
        ):
            run.append((a, b))  # "the Sunday Courier", "the Sunday Times": a newspaper's name opens with its day
            continue
        if word.lower() in _WEEKDAYS:  # "stocks in Asia Monday": a day, not part of a name
            if len(run) == 1 and gazetteer.key(text[run[0][0] : run[0][1]]) not in gazetteer.places():
                run.clear()  # "Black Monday", "Super Tuesday": the name of a day
            close()
            continue
        if word in ("No", "Nos") and re.match(r"\.?\s?\d", text[b : b + 4]):
            close()  # "the No. 2 retailer": an abbreviation of "number"
            continue
        if a < skip_until:
            continue
        region = _DATELINE_REGION.match(text, a) if word[:1].isupper() else None
        if region and _DATELINE_PLACE.search(text, max(0, a - 60), a):
            close()  # "WILMINGTON, Del., March 6 (Harbor Wire) -": a state's abbreviation in a date line, no name
            skip_until = region.end()
            continue
        state = _US_STATE.match(text, a) if word[:1].isupper() else None
        if state and _CITY_COMMA.search(text, max(0, a - 40), a):
            close()  # "Bethesda, Md. — November 2", "Quincy, Mass., said": a city's state, no name
            skip_until = state.end()
            continue
        if word.lower() in LABEL_NOUNS and re.match(r"[ \u00a0]\d{1,3}[A-Za-z]?\b", text[b : b + 6]):
            close()  # "Chapter 11", "Article 5", "Section 230": a label's number, no name ("Air France Flight 447": "Air France")
            continue
        if (
            run and word.islower() and text[run[-1][1] : a] == " " and gazetteer.legal_form(word.rstrip("."))
            and not wordclass.common_word(word.rstrip("."))
        ):
            # "Kestrel Yards plc", "Avel Shipping ltd": a legal form in lower case ends the
            # company's name, and is part of it as written (cleanco's forms; not an English
            # word such as "company" or "limited", WordNet)
            run.append((a, b))
            close()
            continue
        if re.fullmatch(r"[A-Z]{2,5}s", word) and wordclass.abbreviation(word[:-1]) and wordclass.made_thing(word[:-1].lower()):
            close()  # "Aster SUVs", "Kessel PCs": a made thing's abbreviation in the plural ends the name (WordNet)
            continue
        if (not run or text[run[0][0] : run[-1][1]] == "The") and _CODE.fullmatch(word) and _code_opens_body(text, tokens, i):
            run.append((a, b))  # "the SV417 Families Association": a code opening a body's name
            continue
        if _capitalised(word) and not _not_a_name(text, a, b, word.rstrip(".")):
            cut = re.search(r"[-‐‑](?=(?:[a-z]+ed|run|born|made|wide|style|bound|free|like|type|area|era|listed)\b)", word)
            if cut:  # "VCL-led", "Chicago-based", "Avel-born": the name, then an adjective ("Ban Ki-moon" stays whole)
                run.append((a, a + cut.start()))
                close()
                continue
            low = word.lower()
            nxt = text[tokens[i + 1][0] : tokens[i + 1][1]].lower() if i + 1 < len(tokens) else ""
            if re.fullmatch(r"[A-Z]\.", word) and (nxt in COMMON or nxt in common):
                run.append((a, b - 1))  # "Plan B. Then": no middle initial
                close()
                continue
            # "on Ministers' Interests": a plural noun's possessive inside an "on"-phrase of a name
            plural_of_noun = (low[-2:-1] == "s" and len(run) > 1 and text[run[-1][0] : run[-1][1]] == "on"
                              and wordclass.common_noun(low[:-1]))
            if word[-1] in "’'" and low[:-1] not in common and not plural_of_noun and not any(is_head(nxt, h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS)):
                # "Adamos' Delivery Center": a singular possessive (a plural one before a head
                # word, or of an English noun after a name's "on", is inside the name: "Port Users'
                # Forum", "Farmers' Market", "Adviser on Ministers' Interests"; "Airbus' Delivery
                # Center" stays two)
                run.append((a, b - 1))
                close()
                continue
            if word[-1] in "’'" and low[-2:-1] == "s" and nxt[:1].islower() and re.match(r"[ \u00a0][a-z]", text[b : b + 2]):
                # "the Commissioner for Standards' report", "Students' union president": a plural
                # possessive before a lower-case noun is a determiner, no part of a name
                run.append((a, b - 1))
                close()
                continue
            run.append((a, b))
            titled = offices.title_form(low) in TITLES and low not in TITLES
            if titled and i + 1 < len(tokens) and text[tokens[i + 1][0] : tokens[i + 1][1]] in ("Office", "Department"):
                continue  # "Lenham Coroner's Office", "the Mayor's Office": the office's own name
            if re.search(r"[’']s$", word) and low not in IRREGULAR_PLURALS and not _head_closes(text, tokens, i + 1, e):
                if titled:
                    owned_at = tokens[i + 1][0] if i + 1 < len(tokens) else -1
                close()  # "Singapore's Changi Airport": two names
            elif len(run) > 1 and gazetteer.legal_form(word):
                close()  # "Valdor Inc. Tomas Brandt": a legal form ends a company's name
            continue
        if run and word.lower() in _INSIDE_LAWS and _law_ahead(text, tokens, i + 1):
            run.append((a, b))  # "Health and Safety at Work Act": small words inside a law's name
            continue
        if run and word in ROMANCE_PARTICLES and _romance_inside(text, tokens, i, run, common):
            run.append((a, b))  # "Coordinadora por el Río Quilén", "Partido dos Trabalhadores": one name
            continue
        if word in INNER_PARTICLES and _particles_then_name(text, tokens, i):
            last = text[run[-1][0] : run[-1][1]].lower() if run else ""
            if run and last in COMMON and not gazetteer.given_name(last):
                close()  # "Why do Kessel …", "Then de …": a common word, no given name, before it
            if run or word in PARTICLES_FIRST:
                run.append((a, b))  # "Ana de la Vega", "Jan van der Berg", "… van der Berg said"
                continue
        if run and word == "on" and i + 1 < len(tokens) and _on_continues(text, run, tokens[i + 1]):
            run.append((a, b))  # "Independent Adviser on Ministers' Interests", "Committee on Standards": one name
            continue
        if run and (word.lower() in CONNECTORS) and i + 1 < len(tokens):
            nxt = text[tokens[i + 1][0] : tokens[i + 1][1]]
            low = word.lower()
            if low in ("of", "for") and nxt == "the" and i + 2 < len(tokens):
                nxt = text[tokens[i + 2][0] : tokens[i + 2][1]]  # "Secretary of the Air Force"
            if _capitalised(nxt) and (low not in ("and", "the") or any(
                text[x:y] in ("of", "for") for x, y in run
            ) or (low == "and" and _pair_before_body(text, run, tokens, i))) and (
                low != "the" or text[run[-1][0] : run[-1][1]] in ("of", "for")
            ):
                run.append((a, b))
                continue
        close()
    close()
    return result

def _pair_before_body(text: str, run: list[tuple[int, int]], tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether "and" at token `i` joins a pair of English words before a body's noun
    (`namewords.paired_premodifier`: "the UK International Search and Rescue team")."""
    if i + 2 >= len(tokens):
        return False
    return paired_premodifier(*(text[a:b] for a, b in (run[-1], tokens[i + 1], tokens[i + 2])))


_ON_HEADS = frozenset("adviser advisor rapporteur envoy commissioner committee commission council panel".split())
"""Titles and bodies whose name goes on with an "on"-phrase of its remit ("Independent
Adviser on Ministers' Interests", "Special Rapporteur on Torture", "Committee on Standards
in Public Life", "Council on Foreign Relations"; UK and UN naming of offices and bodies)."""


def _on_continues(text: str, run: list[tuple[int, int]], following: tuple[int, int]) -> bool:
    """Whether "on" after the run continues the name: the run ends in a title or body of
    `_ON_HEADS` and a capitalised word that is no common word follows ("the Commission on
    Monday" and "the Committee on Thursday" stay the body and a day)."""
    last = text[run[-1][0] : run[-1][1]].lower()
    nxt = text[following[0] : following[1]]
    return last in _ON_HEADS and _capitalised(nxt) and nxt.lower().rstrip("’'") not in COMMON


def _head_closes(text: str, tokens: list[tuple[int, int]], j: int, e: int) -> bool:
    """Whether token `j` is an institution's head word that closes the name right after a
    possessive ("St. Augustine's Hospital", "King's College", "Kessel's Foundation"): the
    possessive is inside the name. "Singapore's Changi Airport" and "Kessel's Harbour
    Authority" (more capitalised words follow) stay two names."""
    if j >= len(tokens):
        return False
    word = text[tokens[j][0] : tokens[j][1]]
    if j >= 2 and text[tokens[j - 2][0] : tokens[j - 2][1]].rstrip(".") in _SAINTS and _capitalised(word):
        return True  # "St. Mary's Medical Center": a saint's possessive opens the institution's name
    after = text[tokens[j + 1][0] : tokens[j + 1][1]] if j + 1 < len(tokens) else ""
    return (
        _capitalised(word) and word.lower() in _POSSESSED_HEADS and not (after[:1].isupper() and _capitalised(after))
    )


_SAINTS = frozenset(("St", "Saint", "Ste"))
"""A saint's title before a possessive: "St Mary's" names an institution or a building after
its saint, and the capitalised words after it are that name's ("St. Mary's Medical
Center", "St Brendan's Church"; English usage, AP Stylebook, "Saint")."""
_POSSESSED_HEADS = frozenset("hospital college school church cathedral university foundation academy hall".split())
"""Institutions named after a person or saint in the possessive (field data: English usage,
"St. Thomas' Hospital", "King's College", "St. Paul's Cathedral")."""


def _particles_then_name(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether the lower-case particles from token `i` on ("de la", "van der") end before
    a capitalised word: a surname's particles ("de la Vega")."""
    j = i
    while j < len(tokens) and text[tokens[j][0] : tokens[j][1]] in INNER_PARTICLES:
        j += 1
    return j < len(tokens) and j - i <= 3 and _capitalised(text[tokens[j][0] : tokens[j][1]])


def _romance_inside(
    text: str, tokens: list[tuple[int, int]], i: int, run: list[tuple[int, int]], common: frozenset[str]
) -> bool:
    """Whether the lower-case particles from token `i` on (`ROMANCE_PARTICLES`: "por el",
    "de la", "dos") stand inside one name: at most two of them, then a capitalised word,
    after a run whose first word is neither a place (gazetteer: "Santiago de Chile" is left
    to the place's own name) nor an English word ("Why do Kessel …"). Spanish, Portuguese,
    French and Italian names of bodies keep their small words in lower case (RAE,
    Ortografía 2010, §4.2.4.2); English has no such words between capitals."""
    opening = [text[x:y] for x, y in run if text[x:y].lower() != "the"]  # "The Comité pour la Défense"
    first = opening[0] if opening else "the"
    if (
        gazetteer.key(first) in gazetteer.places() or first.lower() in COMMON or first.lower() in common
        or dictionary_word(first)
    ):
        return False
    j = i
    while j < len(tokens) and text[tokens[j][0] : tokens[j][1]] in ROMANCE_PARTICLES:
        j += 1
    return j < len(tokens) and j - i <= 2 and _capitalised(text[tokens[j][0] : tokens[j][1]])


_INSIDE_LAWS = frozenset("and at on in to from of for against".split())
"""Small words the name of a law carries between capitalised words ("Health and Safety at
Work Act", "Protection from Harassment Act")."""


def _law_ahead(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether the words from token `j` on, capitalised or small (`_INSIDE_LAWS`), end a
    name with a law's head word (`namewords.LAW_HEADS`): "… Work Act", "… Harassment Act"."""
    last = ""
    while j < len(tokens):
        word = text[tokens[j][0] : tokens[j][1]]
        if _capitalised(word):
            last = word
        elif word.lower() not in _INSIDE_LAWS or last.lower() in LAW_HEADS or not last:
            break  # the name ends (a small word after the head word: "Act in Avel", "Act of 1974")
        else:
            last = ""
        j += 1
    return last.lower() in LAW_HEADS

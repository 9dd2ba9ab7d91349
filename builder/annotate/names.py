"""Proper names that match no alias: the raw material of `suggest` and `--discover`.

A name is a run of capitalised words in one sentence, joined by the small words of
names ("Bank of America", "Procter & Gamble", "Committee for Free and Fair Elections").
The run is then cut where English news writing glues other things to names:

- titles and roles ("Valdor Airlines Chief Executive Tomas Brandt" gives "Valdor
  Airlines" and "Tomas Brandt"; "Chief Financial Officer of Valdor Airlines" gives
  "Valdor Airlines"), each part keeping what the title says of its kind;
- a singular possessive ("Singapore's Changi Airport", "Adamos' Delivery Center" are
  two names; "People's" and a plural possessive such as "Dockers' Union" stay inside: a
  plural is a word the dossier also writes in lower case, or one before a head word);
- a currency prefix ("US$6 billion", "NZ$40"), a unit or time zone after a number
  ("2.0 GHz", "09:00 UTC"), an ISO currency code, or a word holding digits (model
  numbers) is no name.

Dotted acronyms ("U.S.", "D.C."), "St. Louis" and "Harlow Inc." keep their full stops.
A single word opening a sentence is capitalised whatever it is: it is kept, marked
`initial`, and the dossier-level grouping decides (`discover.group_names`). The words
around each occurrence are read for its kind (`Name.cues`, `namecues`). The cutting of a
run into names is `namesplit`.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

from ..annotation import Mention, Name, TimeExpression
from ..model import Entity, Source
from . import gazetteer, kinds, opening, wordclass
from .matcher import designation_after
from .namecues import US_STATE
from .namesplit import (
    DOTTED,
    INNER_PARTICLES,
    IRREGULAR_PLURALS,
    NATIVE,
    PARTICLES_FIRST,
    SHARED_SURNAME,
    caseless,
    shared_surname,
    split_run,
)
from .namewords import (
    COMMON,
    CONNECTORS,
    EVENT_HEADS,
    LAW_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    ROMANCE_PARTICLES,
    dictionary_word,
    is_acronym,
    is_head,
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

def _runs(text: str, s: int, e: int, common: frozenset[str]) -> list[tuple[int, int, list[str], bool]]:
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

    def close() -> None:
        if run:
            result.extend(split_run(text, s, e, run, common))
            run.clear()

    skip_until = 0
    for i, (a, b) in enumerate(tokens):
        word = text[a:b]
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
            run.append((a, b))
            if re.search(r"[’']s$", word) and low not in IRREGULAR_PLURALS and not _head_closes(text, tokens, i + 1, e):
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
            )) and (low != "the" or text[run[-1][0] : run[-1][1]] in ("of", "for")):
                run.append((a, b))
                continue
        close()
    close()
    return result

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


REGISTERED_FORM = "registered-form:"
"""Cue of a name written in brackets right after a registered entity's mention, followed
by that entity's id."""


def _head_closes(text: str, tokens: list[tuple[int, int]], j: int, e: int) -> bool:
    """Whether token `j` is an institution's head word that closes the name right after a
    possessive ("St. Augustine's Hospital", "King's College", "Kessel's Foundation"): the
    possessive is inside the name. "Singapore's Changi Airport" and "Kessel's Harbour
    Authority" (more capitalised words follow) stay two names."""
    if j >= len(tokens):
        return False
    word = text[tokens[j][0] : tokens[j][1]]
    after = text[tokens[j + 1][0] : tokens[j + 1][1]] if j + 1 < len(tokens) else ""
    return (
        _capitalised(word) and word.lower() in _POSSESSED_HEADS and not (after[:1].isupper() and _capitalised(after))
    )


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

def _dateline_credit(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the wire service's credit in brackets in a date line opening the
    paragraph at `start` ("LINWOOD, Ohio (CP) — ", "CASTLEREACH (CP) — ": `opening.dateline`),
    or (-1, -1). AP Stylebook, "datelines": the place of filing, then the agency's credit,
    a name of its own (the wire), never the acronym of the place before it."""
    at, _, _, _, agency = opening.dateline(text[start:end])
    if not agency:
        return -1, -1
    b = text.rfind(f"({agency})", start, start + at)
    return (b, b + len(agency) + 2) if b >= 0 else (-1, -1)


def _furniture(paragraph: str) -> bool:
    """Whether a paragraph is a line of a document's furniture: a heading or sign-off of
    at most four English words (WordNet, `dictionary_word`; a hyphenated word's parts),
    all in capitals or each capitalised, with no sentence's end ("NEWS RELEASE", "MEDIA
    STATEMENT", "ENDS", "Forward-Looking Statements"). A press release's printed form
    (the Canadian Press and PR Newswire layouts: a label above the text, "-30-" or "ENDS"
    below it) writes these lines so; they name nothing. A line opened by a dash is a
    credit naming its author ("— Associated Press"), not furniture."""
    line = paragraph.strip()
    words = re.findall(r"[^\W\d_]+", line)
    return (
        0 < len(words) <= 4 and "\n" not in line and not line.startswith(("—", "–", "-")) and not re.search(r"[.!?:;,\"”)]$", line)
        and all(w[0].isupper() and (w.isupper() or w[1:].islower()) for w in words)
        and all(_english(w) for w in words)
    )


def _english(word: str) -> bool:
    """An English word (`dictionary_word`) or a head word of bodies' names, which are
    English nouns WordNet files under a plural or a sense of its own ("Media", "News")."""
    return dictionary_word(word) or word.lower() in ORG_HEADS


_LABEL = re.compile(r"\s*([A-Z][a-z]+(?:[ \u00a0](?:[A-Z][a-z]+|[a-z]+)){0,2}):[ \u00a0]")
"""A field's label opening a paragraph ("Media contact: …", "Media Contact: …", "Enquiries: …")."""


_CONTACT = re.compile(r"\b(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)\b")
"""A contact block's label ("Media contact:", "Contacts:", "Press enquiries:"; the press
release layouts of PR Newswire and Business Wire): what follows names whom to call, the
issuer's own office or officer; only a person (a given name first) is kept."""


def _label_end(text: str, start: int) -> int:
    """Where the label opening the paragraph at `start` ends, or `start`: one to three
    words, each an English noun (WordNet) or a body's head word, before a colon ("Media
    contact: Anika Deol, Head of Corporate Affairs"). A form's or contact block's field
    label names nothing; what follows it may ("Ana Ruiz"). A verb before the colon makes
    it a speaker's ("Police warned: …") and is left alone."""
    label = _LABEL.match(text, start)
    if label and all(wordclass.common_noun(w.lower()) or w.lower() in ORG_HEADS for w in label.group(1).split()):
        return label.end(1)
    return start


_BYLINE = re.compile(r"\s*[Bb]y\s+[^\W\d_][\w.’'-]*(?:\s+(?:[^\W\d_][\w.’'-]*|and|&)){0,5}(?:\s*[,|–—-]\s*[^\n]{0,60})?\s*")
"""A byline paragraph: "By" and at most six words of names ("By Tomas Novak", "By Ana de
la Vega and Jan Kessel"), perhaps a role or outlet after a comma or dash ("By Tomas
Novak, Labour Correspondent"). News writing's convention for the author, who is not in
the story."""


def lower_words(text: str) -> set[str]:
    """The lower-case words of a text (a dossier's common vocabulary)."""
    return set(re.findall(r"(?<![\w’'])[a-z][a-z’'-]*[a-z]", text))


def find_names(
    source: Source,
    mentions: tuple[Mention, ...],
    found_dates: tuple[TimeExpression, ...],
    common: frozenset[str] = frozenset(),
    kind_of: dict[str, str] | None = None,
    bases: dict[str, frozenset[str]] | None = None,
) -> tuple[Name, ...]:
    """Capitalised names outside mentions and dates, in text order.

    `common` is the dossier's lower-case vocabulary: a capitalised word that opens a
    sentence and is also written in lower case elsewhere ("Markets fell") is no name.
    `kind_of` (entity id -> kind) lets a longer name beat a registered shorter one at
    the same start when its own words give it another kind: "Port Selby Harbour
    Authority" is an organisation, not a mention of the registered place "Port Selby"
    (the matcher's leftmost-longest rule then links it to its own entity). `bases`
    (entity id -> its registered names without their legal forms, lower case: `bases_of`)
    lets "Hallbrook Mining" beat the registered short form "Hallbrook" at its start, as
    the form of the registered "Hallbrook Mining Ltd" it is (`discover.attach` adds it).
    """
    text = source.text
    taken = sorted([(m.start, m.end) for m in mentions] + [(d.start, d.end) for d in found_dates])
    starts = [x for x, _ in taken]
    reach = list(itertools.accumulate((y for _, y in taken), max))  # furthest end so far
    at_start = {m.start: m for m in mentions}
    names: list[Name] = []
    for p in source.paragraphs:
        if (
            p.skipped or _BYLINE.fullmatch(text, p.start, p.end) or opening.wire_note(text[p.start : p.end])
            or _furniture(text[p.start : p.end])
        ):
            # "By Tomas Novak", "(Reporting by Tomas Novak; Editing by Ana Ruiz)": who wrote
            # and edited the source, not whom it is about
            continue
        label_end = _label_end(text, p.start)
        contact = label_end > p.start and _CONTACT.search(text, p.start, label_end) is not None
        credit = _dateline_credit(text, p.start, p.end)
        for s, e in p.sentences:
            if _title_case(text, s, e, common):
                continue  # "Valdor Aviation Files For Bankruptcy": capitals say nothing here
            for a, b, cues, initial in _couples(text, _spelled_out(text, _runs(text, s, e, common))):
                i = bisect.bisect_left(starts, b)  # the spans that start before the run ends
                if i and reach[i - 1] > a and not _beats_shorter(text, a, b, at_start.get(a), kind_of, starts, reach) and not (
                    _registered_form(text, a, b, at_start.get(a), bases, starts, reach)
                ):
                    continue  # one of them ends inside it or after it
                if b <= label_end:
                    continue  # "Media contact: …": a field's label
                if contact and not gazetteer.given_name(text[a:b].split()[0].lower()):
                    continue  # "Media contact: Office of the Minister, 08 …": the issuer's desk, not the story's
                if designation_after(text, b):
                    continue  # "Valdor V400": a product named after its maker, not the maker
                if b <= credit[0]:
                    # the date line's place and region: the brackets after them hold the credit,
                    # no acronym of theirs ("Ohio (CP)")
                    cues = [c for c in cues if not c.startswith("acronym:")]
                    cues += [] if "place:dateline" in cues else ["place:dateline"]
                surface = text[a:b]
                names.append(Name(surface, a, b, p.number, "", tuple(cues), initial))
            for found in _CASELESS_SLOT.finditer(text, s, e):
                slot = "after" if found.group("after") else "before"
                a, b = found.span(slot)
                i = bisect.bisect_left(starts, b)
                if caseless(found.group(slot)) and not (i and reach[i - 1] > a):
                    names.append(Name(found.group(slot), a, b, p.number, "", (CASELESS_SPEAKER,), False))
    # "Hoshino Foods (星野食品)" with "Hoshino Foods" registered: the bracketed form is a form
    # of the registered name (`discover` attaches it)
    for m in mentions:
        native = NATIVE.match(text, m.end)
        if native and caseless(native.group(1)):
            i = bisect.bisect_left(starts, native.end(1))
            if not (i and reach[i - 1] > native.start(1)):
                names.append(Name(native.group(1), native.start(1), native.end(1), m.paragraph, "",
                                  (f"{REGISTERED_FORM}{m.entity}",), False))
    return tuple(sorted(names, key=lambda n: n.start))


_CASELESS_WORD = r"[^\W\d_]{2,12}"
_CASELESS_NAME = _CASELESS_WORD + r"(?:[ \u00a0]" + _CASELESS_WORD + r")?"
_CASELESS_SLOT = re.compile(
    r"(?<=[,\"”’])\s*(?:said|says|added|explained|insisted|warned|argued)\s+(?P<after>" + _CASELESS_NAME + r")(?=\s*[,.;:!?]|\s*$)"
    r"|(?<![\w-])(?P<before>" + _CASELESS_NAME + r")(?=,\s+(?:a|an|the|who)\s+[a-z]|\s+(?:said|says|told|added)\b)"
)
"""A name's slot that needs no capitals: the subject after a reporting verb ('"…," said
陈志明.'), before one ("陈志明 said") or before an apposition ("陈志明, a plater who…").
Only a name in scripts without capitals (`caseless`: Han, Kana, Hangul…) is taken from
it: those scripts mark no name by its first letter, so the speaker's slot is where news
writing in English shows one (Quirk et al. 1985, ch. 14 on direct and indirect speech,
and ch. 17 on apposition)."""
CASELESS_SPEAKER = "person:a name without capitals in a speaker's slot"
"""The cue of a name found by `_CASELESS_SLOT`: who speaks, or is described as a person
is ("a plater who…"), a person's name."""


def _spelled_out(
    text: str, found: list[tuple[int, int, list[str], bool]]
) -> list[tuple[int, int, list[str], bool]]:
    """Names of one sentence with those an acronym in brackets spells out joined into one:
    "Aircraft Communications Addressing and Reporting System (ACARS)", "Maintenance,
    Repair and Overhaul (MRO)" are one name each when the initials of the capitalised
    words before the brackets, across "and", "&", "of", commas and a plural possessive's
    apostrophe (`_SPELLED_GAP`), spell the acronym."""
    result = list(found)
    for i in range(len(result) - 1, 0, -1):
        if i >= len(result):
            continue
        a, b, cues, initial = result[i]
        acr = next((c.partition(":")[2].replace(".", "") for c in cues if c.startswith("acronym:")), "")
        if len(acr) < 3:
            continue  # two letters spell too little ("Brandt and Kessel (BK)"?)
        first = i
        letters = _initials_of(text[a:b])
        while first > 0 and len(letters) < len(acr) and _SPELLED_GAP.fullmatch(text[result[first - 1][1] : result[first][0]]):
            first -= 1
            letters = _initials_of(text[result[first][0] : result[first][1]]) + letters
        if first < i and letters == acr.upper():
            merged = (result[first][0], b, [c for k in range(first, i + 1) for c in result[k][2]], result[first][3])
            result[first : i + 1] = [merged]
    return result


def _couples(text: str, found: list[tuple[int, int, list[str], bool]]) -> list[tuple[int, int, list[str], bool]]:
    """Names of one sentence with the first of "Lorraine and Gene Atwater" (`namesplit.
    shared_surname`) marked a person's given name (`SHARED_SURNAME`), not left a single
    capitalised word of no kind."""
    result = list(found)
    for i in range(len(result) - 1):
        a, b, cues, initial = result[i]
        c, d = result[i + 1][:2]
        if text[b:c] == " and " and shared_surname(text[a:b], text[c:d]):
            result[i] = (a, b, [*cues, SHARED_SURNAME], False)
    return result


_SPELLED_GAP = re.compile(r"[’']?(?:,?\s(?:and|&|of|of the)\s|,\s)")
"""What may lie between the parts of a name an acronym spells: "and", "&", "of (the)" or a
comma, perhaps after a plural possessive's apostrophe ("Builders' and Allied Trades Union
(BATU)"): the small words of names, which acronyms skip."""


def _initials_of(name: str) -> str:
    """"Reporting System" -> "RS" (capitalised words only)."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


_SMALL_IN_TITLES = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs v with from into onto over than".split()
)
"""Words a title-case headline leaves in lower case (articles, conjunctions, short prepositions)."""


def _beats_shorter(
    text: str, a: int, b: int, m: Mention | None, kind_of: dict[str, str] | None, starts: list[int], reach: list[int]
) -> bool:
    """Whether the name `text[a:b]` overlaps only the mention `m`, which starts where it
    does and ends a word earlier, and its own words call it something other than `m`'s
    entity ("Port Selby Harbour Authority", an organisation, over the place "Port Selby"),
    or it is a company's legal name whose words before the legal form go on past `m`
    ("Clarion Newspapers Ltd" over a registered short "Clarion": the full name of a
    company, AP Stylebook, "company names"; "Harlow Inc." over "Harlow" is one company)."""
    if m is None or not kind_of or m.end >= b or not text[m.end : m.end + 1].isspace():
        return False
    first = bisect.bisect_left(starts, a)
    if bisect.bisect_left(starts, b) - first != 1 or (first and reach[first - 1] > a):
        return False  # another mention or a date overlaps it too
    base = without_legal_form(text[a:b])
    if base != text[a:b] and len(base) > m.end - a:
        return True
    own = {kind for kind, _, _ in kinds.own_words(text[a:b])}
    return bool(own) and kind_of.get(m.entity, "") not in own


def bases_of(entities: tuple[Entity, ...]) -> dict[str, frozenset[str]]:
    """Entity id -> the lower-case forms of its organisation's names without their legal
    forms ("hallbrook mining" of "Hallbrook Mining Ltd"), two words or more (`find_names`)."""
    found: dict[str, frozenset[str]] = {}
    for e in entities:
        if e.kind not in ("person", "place"):
            forms = {without_legal_form(a.text).lower() for a in e.aliases} - {a.text.lower() for a in e.aliases}
            if forms:
                found[e.id] = frozenset(forms)
    return found


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ("Hallbrook Mining Ltd" -> "Hallbrook
    Mining"), when two words or more are left; else the name (cleanco's legal forms,
    `gazetteer.legal_form`). News writing drops the form (AP Stylebook, "company names")."""
    words = name.split()
    k = len(words)
    while k > 2 and gazetteer.legal_form(words[k - 1].rstrip(",")):
        k -= 1
    return " ".join(words[:k]).rstrip(",")


def _registered_form(
    text: str, a: int, b: int, m: Mention | None, bases: dict[str, frozenset[str]] | None, starts: list[int], reach: list[int]
) -> bool:
    """Whether the name `text[a:b]` overlaps only the mention `m`, which starts where it
    does and ends earlier ("Hallbrook" of "Hallbrook Mining"), and is `m`'s entity's
    registered name without its legal form: the longer form of the same name, which a
    reader sees highlighted whole once `discover.attach` adds it."""
    if m is None or not bases or m.end >= b or text[a:b].lower() not in bases.get(m.entity, ()):
        return False
    first = bisect.bisect_left(starts, a)
    return bisect.bisect_left(starts, b) - first == 1 and not (first and reach[first - 1] > a)


def _title_case(text: str, s: int, e: int, common: frozenset[str]) -> bool:
    """A sentence in title case, as some outlets write headlines ("Judge Rules Against
    Kessel In Strike Case"): four or more words, every word capitalised but the short
    function words title case leaves small (`_SMALL_IN_TITLES`: "Creditors of Kessel met
    in Avel on Monday" has a small verb, so it is a sentence), and at least two
    capitalised words the dossier writes in lower case elsewhere (`common`) or function
    words. Source: the common headline styles (AP, Chicago) capitalise every word but
    articles, conjunctions and short prepositions."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text[s:e])
    if len(words) < 4 or any(not w[0].isupper() and w not in _SMALL_IN_TITLES for w in words):
        return False
    return sum(1 for w in words[1:] if w[0].isupper() and (w.lower() in common or w.lower() in COMMON)) >= 2

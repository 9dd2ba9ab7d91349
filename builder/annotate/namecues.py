"""The words around a name and what they say of its kind: `Name.cues`.

Each cue is "kind:why" ("place:'in X'", "person:reporting verb after the name",
"organisation:'X shares', 'X's CEO'", "measure:…", "product:…", "not-person:'the X'"),
weighed by `kinds.decide`. Field data: English news usage (a dateline's place, "in X",
"the terminal at X", "CEO of X", "X said", "X, 54,").
"""

from __future__ import annotations

import re

from . import gazetteer, verbs, wordclass
from .matcher import designation_after
from .namewords import GENERIC_HEADS, INSTITUTION_HEADS, MEASURE_HEADS, ORG_HEADS, TRADE_HEADS

_SITES = frozenset(
    """terminal terminals plant factory mill mine yard shipyard dock docks depot warehouse port harbour
    harbor airport station base camp site border hospital campus prison berth berths pier quay refinery farm farms
    arrived landed docked stopped located gathered""".split()
)
"""Words before "at X" that say X is a place: sites ("a free-range egg farm at Staverton Green"), and verbs of arriving or gathering
(field data: English news usage). A noun of what people do there says nothing of X's
kind: "analysts at X", "a strike at X", "a protest at X" name an employer as often as a
place."""
_TRAVEL = (
    r"(?:divert(?:s|ed|ing)?|sail(?:s|ed|ing)?|fl(?:y|ies|ew|own|ying)|travel(?:s|led|ed|ling|ing)?|"
    r"dr(?:ive|ives|ove|iven|iving)|bound|head(?:s|ed|ing)?|evacuated|rerouted)"
)
"""Verbs of going before "to X" or "for X" ("divert to Brae", "bound for Avel"): X is
where one goes, a place (field data: English usage; "sold to X", "moved to X" name
buyers and employers as often, and are not here)."""
_REPORTING = r"(?:said|says|told|added|stated|announced|explained|insisted|warned|wrote|argued|noted)"
_INVERTED = r"(?:said|says|added|explained|insisted|warned|wrote|argued)"
"""Reporting verbs written before their subject after a quote or a comma ('"…," said X'):
not "told", whose object follows it ("told Reuters"), nor "announced", "stated", "noted"."""


_LAUNCHED = (
    r"(?:unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|release[sd]?|releasing|introduce[sd]?|introducing|"
    r"debut(?:s|ed|ing)?|ship(?:s|ped|ping)?|recall(?:s|ed|ing)?)"
)
"""Verbs whose object is a thing made or offered ("Kessel unveils the Breeze", "Avel
recalled 40,000 Breeze heaters"): a product cue for the name after them, and in the
passive ("the Breeze was unveiled") for the name before them, "released" excepted (a
person is released from prison as often). A cue, weighed against the rest
(`kinds.decide`): "launched Valdor Airlines" stays an organisation by its head word."""
DATELINE_OUTLET = "organisation:outlet in a dateline"
"""The news organisation credited in a dateline's brackets ("AVEL, May 3 (Avel Courier) -"):
the source's own credit, as a byline is (AP Stylebook, "datelines"); a name seen only there
is no subject of the story (`discover.group_names` leaves it out)."""
PRODUCT = "product:"
"""Prefix of the product cues (`kinds.decide` weighs them; "product:after a model
designation" is decisive on its own, `discover.group_names`)."""
DESIGNATION = PRODUCT + "after a model designation"
MADE_THING = PRODUCT + "before a made thing's noun ('X heaters')"
APPOSED = PRODUCT + "after a made thing's noun ('the tanker X')"
"""A name right after a made thing's noun in lower case ("the operating system Kessel
OS", "the tanker Sea Lark"): the name of that thing, in apposition; counted as
`MADE_THING` is (a person after one, "the phone Tomas Brandt bought", keeps the given
name's weight)."""
PROGRAMME = PRODUCT + "before 'programme' ('the X programme')"
"""A name right before "programme", "program" or "project" in lower case ("the Valdor
Skyline programme"): what the programme builds or buys, counted as `MADE_THING` is."""
MAKER = "organisation:a given name, then a made thing's noun"
"""Cue of a name of a given name and a made thing's noun that the dossier also writes in
lower case ("Douglas Aircraft", "Howard Heaters" where the dossier says "the aircraft",
"its heaters"): a maker named after its founder and its goods, as "Ford Motor" is; the
given name says nothing of a person here (`kinds.decide`). Added per dossier
(`occurrences.collect`), which knows the dossier's lower-case words."""
_PROGRAMMES = frozenset(("programme", "programmes", "program", "programs", "project", "projects"))
"""A name right before a noun of a made thing (`wordclass.made_thing`: "Kessel Breeze
heaters", "Valdor Skyline jets"): it names the product line or its maker. `kinds.decide`
counts it only for a name of several words written so at every occurrence, or with
another product cue ("the new Kessel Breeze"): one word there is most often the maker
("Valdor jets"), and a maker is also named acting ("Kessel Motors heaters", "Kessel
Motors merged with…")."""


_FEATURES = (
    "river", "lake", "mount", "mountain", "island", "isle", "sea", "canal", "valley", "bay", "village", "town",
    "city", "county", "province", "district", "region", "port",
)
"""Common nouns, written in lower case, that name a kind of place before the place's own
name ("the river Sell", "mount Avel", "the village Brae"): the name after one is a place
(field data: English usage; the capitalised form, "River Sell", is a place by its head word)."""


_FEATURES_AFTER = (
    "airport", "airfield", "harbour", "harbor", "seaport", "river", "valley", "county", "province", "district",
    "region", "mall", "shopping center", "shopping centre", "shopping mall", "estuary",
)
"""Common nouns, written in lower case, that name a kind of place after the place's own
name ("Ardmore airport", "the Sell river", "Avel district", "the Kingsdale shopping center", "the Marl estuary"). Not "plant", "factory" or
"office": "Kessel plant" is as often an organisation's plant (field data: English usage)."""


PERSON_ROLES = frozenset(
    """chief president minister secretary chancellor premier senator governor mayor judge justice
    magistrate prosecutor lawyer attorney barrister solicitor spokesman spokeswoman spokesperson
    founder co-founder chairman chairwoman ambassador envoy captain colonel lieutenant sergeant
    admiral commander inspector detective constable bishop archbishop cardinal rabbi imam professor
    economist editor reporter treasurer negotiator superintendent commissioner councillor councilor
    coroner sheriff officer director executive lawmaker congressman congresswoman teacher doctor
    physician surgeon nurse coach ceo cfo coo cto""".split()
)
"""Nouns of an office or occupation only a person holds, written in lower case before a
name as AP style writes a title that is a description ("finance chief Helena Park",
"former federal prosecutor Nina Alvarez", "managing partner Oliver Kent"; AP Stylebook,
"titles"). Not the roles a firm holds too ("partner", "owner", "manager", "adviser",
"administrator", "auditor", "trustee": "its partner Kessel Motors", "administrator
Deloitte")."""
KIN_NOUNS = frozenset(
    """son sons daughter daughters wife husband widow widower brother sister mother father
    grandson granddaughter grandmother grandfather nephew niece cousin uncle aunt fiancé fiancée
    stepson stepdaughter boyfriend girlfriend""".split()
)
"""Nouns of kinship written in lower case before a name ("whose 24-year-old son Oskar",
"his wife Marta"): a close apposition whose first part says the name is a person's (Quirk
et al. 1985, 17.87: "my brother Tom")."""
KIN_BEFORE = "person:after a kin noun ('his son X')"
ROLE_BEFORE = "person:after a role in lower case ('finance chief X')"
"""The cue of a name right after a person's role noun in lower case (`PERSON_ROLES`); no
cue where the name modifies a noun after it ("the chief Kessel engineer": `PREMODIFIER`,
`namesplit`)."""
ROLE_MODIFIER = r"(?:(?!(?:a|an|the|and|or|of|for|to|in|on|at|by|with|from|as|his|her|its|their|who|which|that)\b)[a-z][a-z-]*\s+)"
ORG_BEFORE_ROLE = "organisation:before 'a role in lower case' ('X managing partner Y')"
"""The cue of a name before a role phrase in lower case and another name ("Castellan
managing partner Oliver Kent", "Kessel chief executive Tomas Brandt"): the name is the
employer that premodifies the holder's role (AP style, "titles"; Quirk et al. 1985,
ch. 17 on premodification by proper nouns), as "X CEO Y" is (`namesplit`); an English
word opening a sentence so ("Defense lawyer Marcus Bell") is capitalised by position, as
before a title (`nonnames.worth_keeping`: the prefix "organisation:before '")."""
_BEFORE_ROLE = re.compile(
    r"[ \u00a0]" + ROLE_MODIFIER + r"{0,2}(?:" + "|".join(sorted(PERSON_ROLES | {"partner"}, key=lambda w: -len(w)))
    + r")[ \u00a0]+[A-Z][\w’'-]+"
)
"""A role phrase in lower case (two modifiers at most, no finite verb: checked by the
caller), then a capitalised word: the holder's name. "partner" counts here: a firm's
partner named before her name is a person."""


BODY_NOUNS = (GENERIC_HEADS | INSTITUTION_HEADS | TRADE_HEADS) - {"police", "press", "news", "air", "times", "post", "reserve", "front", "energy"}
"""Nouns for a body written in lower case (`namewords`), less those that are as often a
modifier or no body ("the press", "the air")."""
BODY_APPOSED = "organisation:after a body's noun ('the law firm X')"
"""The cue of a name right after "the"/"a", perhaps a modifier or two, and a body's noun
in lower case ("the law firm Brennan Lowe", "the carmaker's parent, the holding company
Valdor Group", "a union Unite"): a close apposition whose first part says what the name is
(Quirk et al. 1985, 17.87 on close apposition: "the poet Burns"), as "the tanker X" does
a product's (`APPOSED`)."""
_BODY_WORDS = "|".join(sorted(BODY_NOUNS, key=lambda w: -len(w)))
_BODY_APPOSED = re.compile(
    r"(?:^|\W)(?:(?:the|a|an)\s+" + ROLE_MODIFIER + r"{0,2}|" + ROLE_MODIFIER + r"{1,2})(?:" + _BODY_WORDS + r")s?[ \u00a0]$"
)
"""(The article may go, as headline style and news copy drop it, when a modifier stays:
"a planned rescue by rival exchange Orbis", "state lender Kessel Bank".)"""
BODY_APPOSITIVE = "organisation:an appositive body ('X, an international monitoring body')"
"""The cue of a name followed by a loose appositive, a noun phrase headed by a body's noun
("The Global Seismic Centre, an international monitoring body based in Zurich, said"; "Kessel,
the country's largest bank,"): the appositive says what the name is (Quirk et al. 1985, 17.65
on non-restrictive apposition), as the close apposition `BODY_APPOSED` does."""
_BODY_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+[’']s\s+)?" + ROLE_MODIFIER + r"{0,3}(?:" + _BODY_WORDS
    + r"|body|organisation|organization|charity|watchdog|regulator)(?![\w’'-])"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:based|in|of|that|which|set|founded|run|owned|with|for)\b)"
)


SPOKESPERSON = r"(?:spokes(?:man|woman|person|people)|representative)"
SPOKEN_FOR = "organisation:'a spokesman for X'"
"""The cue of a name after "a spokesman for": a body that speaks through a spokesperson; the
reporting verb after the name is the spokesperson's, no evidence that X is a person."""
SPOKEN_FOR_WORDS = (r"(?:(?:a|an|the)\s+" + SPOKESPERSON
                    + r"|(?:\w+\s+)?(?:lawyers?|attorneys?|solicitors?|barristers?|counsel|advis[eo]rs?))")
"""Who speaks or acts for a body: "a spokeswoman for", "lawyers for", "the union's lawyers for"."""


_DATELINE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2},?(?: [^\W\d_]+(?: [^\W\d_]+){0,2},)? (?:\w+\.? \d|\d|\()")
"""A dateline's start: its place (in capitals, checked by the caller), perhaps a country or
region after a comma ("LOWMOOR, England, May 6 (Albion Press) -"), then the date or the
agency in brackets (English wire-news usage: the dateline names the place of filing
first)."""


ROUTE = "place:'from X to Y'"
"""The cue of both ends of a route, capitalised names after "from" and "to" ("the 18:12
service from Harwick to Brennock", "flights from Avel to Brae"): the ends of a journey are
places (English usage: "from … to" of source and goal, Quirk et al. 1985, 9.15-9.17); a
person who moves "from Kessel to Avel" is as likely, so it weighs as "in X" does."""
_ROUTE_FROM = re.compile(r"(?:^|\W)from\s+[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}$")
_ROUTE_TO = re.compile(r"(?:^|\W)from\s+([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})\s+to\s+$")
_ROUTE_END = re.compile(r"\s+to\s+([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})")


def _no_body(name: str) -> bool:
    """Whether the other end of a route has no body's head word ("from Kessel to Avel Group"
    names employers, no route)."""
    return not any(w.lower() in ORG_HEADS for w in name.split())


def cues_before(text: str, a: int, floor: int) -> list[str]:
    """Kind cues from the words before a name starting at `a` (not before `floor`, the
    sentence's start): a dateline, "in X", "a site at X", "head of X", "the river X",
    "the X", an outlet in a dateline, "according to X", a model designation."""
    before = text[max(floor, a - 48) : a]
    cues = []
    if (a == 0 or text[a - 1] == "\n") and _DATELINE.match(text[a : a + 60]):
        if text[a : a + 40].split(",")[0].split(" (")[0].isupper():
            cues.append("place:dateline")  # "AVEL, March 12 (Avel Courier) -"
    if re.search(r"(?:^|\W)(?:report|article|interview|story|column|editorial|op-ed|piece|feature)s?\s+in\s+(?:the\s+)?$", before):
        cues.append("organisation:outlet ('a report in X')")  # "according to a report in the Avel Courier"
    elif re.search(r"(?:^|[^\w-])(?:in|near|across|throughout|outside|inside|as far as|(?:up|down)stream of)\s+$", before) or re.search(
        r"(?:^|\W)(?:in|near|across|throughout)\s+[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}\s+(?:and|or)\s+$", before
    ):
        cues.append("place:'in X'")  # "in Avel", "as far as Brae", the second of two ("in England and Wales"; not "walk-in X clinics")
    if re.search(r"\b(?:stretch|section|length|road|line|route|border|river|canal|coast|km|miles)\b[^.;]{0,40}\bbetween\s+"
                 r"(?:(?:[A-Z][\w’'-]*\s+){1,3}and\s+)?$", before):
        cues.append("place:'a stretch between X and Y'")  # the ends of a stretch are places ("talks between X and Y" are not)
    if (route := _ROUTE_TO.search(before)) and _no_body(route.group(1)):
        cues.append(ROUTE)  # "from Harwick to Brennock": the goal
    if re.search(r"(?:^|\W)" + _TRAVEL + r"\s+(?:to|for)\s+$", before):
        cues.append("place:'travel to X'")  # "ships will divert to Brae", "flew to Avel", "bound for Brae"
    if re.search(r"(?:^|\W)(?:" + "|".join(sorted(_SITES)) + r")\s+at\s+$", before, re.I):
        cues.append("place:'a site at X'")  # "the terminal at Ardmore", "landed at Avel" (not "analysts at Kessel")
    if re.search(r"\bof\s+(?:the\s+)?$", before) and re.search(
        r"\b(?:ceo|chief|chairman|chairwoman|president|head|director|founder|spokesman|spokeswoman|"
        r"spokesperson|members?|employees?|shares?|subsidiary|unit|division|officials?|executives?|owner)\s+of\s+(?:the\s+)?$",
        before, re.I,
    ):
        cues.append("organisation:'head of X'")
    if re.search(r"(?:^|\W)" + SPOKEN_FOR_WORDS + r"\s+for\s+(?:the\s+)?$", before, re.I):
        cues.append(SPOKEN_FOR)  # "a spokeswoman for X said", "lawyers for X": who speaks or acts for X, a body
    if feature := re.search(r"(?:^|\W)(" + "|".join(_FEATURES) + r")\s+(?:of\s+)?$", before) or re.search(
        # "the provinces of Dorvan and Halic", "the towns of Brae and Avel": the plural noun
        # names both members (coordination joins like constituents: Quirk et al. 1985, 13.2)
        r"(?:^|\W)(" + "|".join(_FEATURES) + r")e?s\s+of\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:and|or)\s+$|"
        r"(?:^|\W)(" + "|".join(_FEATURES) + r")e?s\s+of\s+$", before
    ):
        cues.append(f"place:after '{feature.group(1) or feature.group(2)}'")  # "the river Sell", "the town of Brae"
    if (role := re.search(r"(?<![\w’'-])([a-z][a-z-]*)[ \u00a0]+$", before)) and role.group(1) in PERSON_ROLES:
        cues.append(ROLE_BEFORE)  # "former finance chief Helena Park"
    if (kin := re.search(r"(?<![\w’'-])([a-z]+)[ \u00a0]+$", before)) and kin.group(1) in KIN_NOUNS:
        cues.append(KIN_BEFORE)  # "whose 24-year-old son Oskar"
    if re.search(r"(?:^|\W)(?:the|a|an)\s+$", before, re.I):
        cues.append("not-person:'the X'")
    if re.search(r"(?:^|\W)(?:its|their|his|her|your|our|my|a|an)\s+(?:[\w-]*\d[\w-]*\s+)?$", before):
        cues.append(DETERMINED)  # "its 17-character Vehicle Identification Number", "a Social Security Number"
    if re.search(r"(?:^|\W)the\s+$", before):
        cues.append(LOWER_THE)  # "for the Crown" (not "according to The Register": a title's own "The")
    if re.search(r"(?:^|\n)[A-Z][A-Z .’'-]+,\s+$", text[max(0, a - 40) : a]) and re.match(
            r",\s+[^\W\d]+\.?\s+\d{1,2}\b", text[a + len(text[a:].split(",")[0]) : a + 80]):
        cues.append("place:dateline")  # "LOWMOOR, England, May 6": the country or region after the place
    if re.search(r"^[A-Z][A-Z .’'-]+,\s+(?:[^\W\d]+(?: [^\W\d]+){0,2},\s+)?[^\W\d]+\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\($",
                 text[max(floor, a - 72) : a]):
        cues.append(DATELINE_OUTLET)  # "AVEL, May 3 (Avel Courier) -"
    if re.search(r"(?:^|\W)(?:" + "|".join(sorted(MEASURE_HEADS)) + r")\s*\($", before, re.I):
        cues.append("measure:in brackets after a measure's head word")  # "the Avel composite average (AVCA)": its ticker
    if re.search(r"[,\"”’]\s*" + _INVERTED + r"\s+$", before):
        # '"…," said Siobhán Ní Bhriain': the speaker of a quote, the subject after its
        # verb (Quirk et al. 1985, ch. 14 on direct and indirect speech: the reporting clause)
        cues.append("person:reporting verb before the name")
    if re.search(r"(?:^|\W)(?:people|residents|citizens|inhabitants|streets)\s+of\s+$", before, re.I):
        cues.append("place:'people of X'")  # "the people of Lowmoor": a place's inhabitants
    if re.search(r"(?:^|\W)(?:from|of|near|outside|to|at)\s+$", before) and (
            region := _PLACE_THEN_REGION.match(text, a, a + 80)) and gazetteer.places().get(
            gazetteer.key(region.group(1))) in ("country", "region"):
        cues.append(PLACE_IN_REGION)  # "a retired teacher from Quincy, Massachusetts"
    if re.search(r"(?:^|\W)according to\s+$", before):
        cues.append("not-place:'according to X'")
    if (m := re.search(r"[A-Z][\w&.’'-]*([ \u00a0][\w-]+)[ \u00a0][\"“(]?$", before)) and designation_after(
        text, a - len(before) + m.start(1)
    ):
        cues.append(DESIGNATION)  # "Valdor V400 Skyhopper": the product's own name
    elif re.search(r"(?<![\w.-])[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,2}(?:[ \u00a0][A-Z]{2,5}[ \u00a0]\(|[ \u00a0])$", before):
        # "the V400 Skyhopper", "an F-35 Lightning", "the V400 XS (Extra Short)": a name right
        # after a model code, or spelling out the letters after one
        cues.append(DESIGNATION)
    if re.search(r"(?:^|\W)" + _LAUNCHED + r"\s+(?:(?:the|a|an|its|their|his|her|our|new|latest|first|updated)\s+)*$", before):
        cues.append(PRODUCT + "object of a verb of launching")  # "Kessel unveils the Breeze"
    elif re.search(r"(?:^|\W)new\s+$", before):
        cues.append(PRODUCT + "'new X'")  # "the new Breeze": things are new, makers and people seldom
    if _BODY_APPOSED.search(before):
        cues.append(BODY_APPOSED)  # "the law firm Brennan Lowe"
    if (noun := re.search(r"(?<![\w’'-])([a-z]+)[ \u00a0]$", before)) and wordclass.made_thing(noun.group(1)):
        cues.append(APPOSED)  # "the operating system Kessel OS", "the tanker Sea Lark"
    if re.search(r"(?:^|\W)(?:is|are|was|were|been|be)\s+(?:named|dubbed|nicknamed|christened|called)\s+the\s+$", before):
        cues.append(PRODUCT + "'was named the X'")  # "the heater was dubbed the Breeze": a name given to a thing
    if re.search(r"(?:^|\W)(?:versions?|successor|edition|upgrade)\s+of\s+(?:the\s+|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*[’']s\s+)?$", before):
        cues.append(PRODUCT + "'version of X'")  # "the newest version of Kessel's Breeze"
    return cues


US_STATE = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
    r"|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|N\.\s?[HJMYCD]|R\.\s?I|S\.\s?[CD]|W\.\s?Va)\."
)
"""The AP Stylebook's abbreviations of US states ("state names": "Md.", "Calif.", "N.J.",
"W.Va."), written after a city and a comma in a date line or in text ("Bethesda, Md. —",
"in Quincy, Mass., on Monday"): part of the place, no name of its own. A closed list: a
state's abbreviation is the city's, while "Dr." or "Jr." after a comma are not."""
PLACE_IN_REGION = "place:'from X, a region'"
"""The cue of a name after a preposition and before a comma and a country or region
("from Quincy, Massachusetts", "near Lyon, France."): a town and the state or country it
lies in, as AP style writes a place outside the dateline (AP Stylebook, "state names")."""
_PLACE_THEN_REGION = re.compile(
    r"(?:[A-Z][\w’'.-]*[ \u00a0]){0,2}[A-Z][\w’'.-]*,[ \u00a0]+([A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)(?=[,.;:)]|$)")
"""A name of one to three capitalised words, a comma, then a country or region (checked
by the caller) that ends the phrase."""


LOWER_THE = "article:after 'the' in lower case"
"""The cue of a name after "the" in lower case ("for the Crown"), not a title's own "The"
("The Register"): no kind's evidence (`discover`: a common word with "the" before it)."""
DETERMINED = "article:after a possessive or 'a'"
"""The cue of a name after a possessive determiner or "a"/"an" in lower case, perhaps with
a measure between ("its 17-character Vehicle Identification Number", "your Social Security
Number"): the phrase is a common noun's, one of many (Quirk et al. 1985, 5.33: proper nouns
take no determiner); no kind's evidence (`discover`: a term of common words written only
so is no name)."""
LABEL = "label:before a colon"
"""The cue of a name followed by a colon and a space ("Producer: Fromagerie Valbrune SA",
"Product: …", "Enquiries: …"): a form's field label, no kind's evidence (`discover`: an
English word written only so is no name; a speaker's label, "Wróblewski:", is no English
word and stays a name)."""
EXCLAIMED = "label:before an exclamation mark"
"""The cue of a name right before "!" ("— Marichiweu!", "Viva Zapata!"): a cry or a
greeting's word, as a sign-off or slogan writes it; no kind's evidence (`discover`: a
single word written only so, with nothing else to say it is a name, is no name)."""
PREMODIFIER = "premodifier:before a lower-case word"
"""The cue of a name written before a lower-case English word that is no finite verb
(WordNet, `verbs`), the noun or adjective of the phrase it modifies ("the Twitter social
network"; not "the Plan would"): no kind's evidence, but "the" before it determines that noun, not the
name (`discover`: a common word with "the" before it)."""


def cues_after(text: str, b: int, ceiling: int) -> list[str]:
    """Kind cues from the words after a name ending at `b` (not past `ceiling`): a
    measure's head word, "X-based", an age, a reporting verb, "X shares", "X's CEO"."""
    after = text[b : min(ceiling, b + 48)]
    cues = []
    if re.match(r"\s(?:" + "|".join(sorted(MEASURE_HEADS)) + r")\b", after):
        cues.append("measure:before a measure's head word")  # "the Avel index rose"
    elif re.match(r"(?:[’']s?)?[ \u00a0]\d{2,}[ \u00a0-](?:" + "|".join(sorted(MEASURE_HEADS)) + r")\b", after, re.I):
        cues.append("measure:before a number and a measure's head word")  # "the Kessel & Lind's 300 index"
    if feature := re.match(r"\s+(" + "|".join(_FEATURES_AFTER) + r")\b", after):
        cues.append(f"place:before '{feature.group(1)}'")  # "Ardmore airport", "the Sell river"
    based = re.match(r"-based\b(?:[ \u00a0]([a-z]+)\b)?", after)
    if based and not (based.group(1) and wordclass.made_thing(based.group(1))):
        # "Detroit-based carmakers": located in X; "Intel-based computers", "Valdor-based
        # engines": built on X's goods, a thing's noun after it (WordNet), no place
        cues.append("place:'X-based'")
    if re.match(r",[ \u00a0]+" + US_STATE + r"(?=[\s,;:)]|$)", after):
        cues.append(PLACE_IN_REGION)  # "Bethesda, Md. —": a city and its state (AP Stylebook, "state names")
    if re.match(r"[’']?\s*,\s*\d{1,3}\s*,", after):
        cues.append("person:age after the name")
    if re.match(r":\s", after):
        cues.append(LABEL)
    if re.match(r"\s?!", after):
        cues.append(EXCLAIMED)
    if re.match(r"\s+(?:was|were|is|are|will be|would be|has been|have been|had been|to be)\s+(?:"
                r"unveiled|launched|introduced|shipped|recalled|debuted)\b", after):
        cues.append(PRODUCT + "'X was launched'")  # "after the Breeze was introduced"
    elif re.match(r"\s+users\b", after) or re.match(r",\s+(?:the|its|a|an)\s+(?:\w+\s+){0,2}(?:version|successor|edition|upgrade)\s+(?:of|to)\b", after):
        cues.append(PRODUCT + "'X users', 'X, the new version of'")  # "Breeze users"; "Breeze, the newest version of"
    # the noun right after the name, or after "and" and another name sharing it ("the
    # Valdor Skyline and Kessel K-10 jets")
    # ("Aster sport-utility vehicles": the compound's last word is its noun)
    noun = re.match(r"(?:[ \u00a0]and(?:[ \u00a0][A-Z][\w-]*){1,2})?[ \u00a0](?:[a-z]+-[a-z-]+[ \u00a0])?([a-z]+)\b(?![’'-])", after)
    plural = re.match(r"[ \u00a0]([A-Z]{2,5})s\b", after)
    if plural and wordclass.abbreviation(plural.group(1)) and wordclass.made_thing(plural.group(1).lower()):
        cues.append(MADE_THING)  # "Aster SUVs", "Kessel PCs": a made thing's abbreviation in the plural (WordNet)
    if noun and wordclass.common_word(noun.group(1)) and not verbs.has_finite(noun.group(1)):
        cues.append(PREMODIFIER)  # "the Twitter social network": the name modifies a noun, heads no phrase
    if noun and wordclass.made_thing(noun.group(1)):
        cues.append(MADE_THING)  # "Kessel Breeze heaters", "Valdor Skyline jets"
    elif noun and noun.group(1) in _PROGRAMMES:
        cues.append(PROGRAMME)  # "the Valdor Skyline programme": what the programme makes or buys
    if re.match(r"\s*,?\s*" + _REPORTING + r"\b", after) and not re.search(
        r",\s+(?:which|who|whose|where)\s[^,;.:!?\"“”]*$", text[max(0, b - 100) : b]
    ):
        # (not the last word of a relative clause: "Meridian, which runs hospitals in
        # Wales, said" is Meridian speaking)
        cues.append("person:reporting verb after the name")
    if (end := _ROUTE_END.match(after)) and _no_body(end.group(1)) and _ROUTE_FROM.search(text, max(0, b - 60), b):
        cues.append(ROUTE)  # "from Harwick to Brennock": the source
    if _BODY_APPOSITIVE.match(text, b, min(ceiling, b + 80)):
        cues.append(BODY_APPOSITIVE)  # "The Global Seismic Centre, an international monitoring body"
    if (role := _BEFORE_ROLE.match(text, b, min(ceiling, b + 60))) and not verbs.has_finite(" ".join(role.group().split()[:-2])):
        cues.append(ORG_BEFORE_ROLE)  # "Castellan managing partner Oliver Kent"
    if re.match(r"\s+(?:headquarters|head office|offices|plant|factory|campus|base|site|works|depot|substation|station|"
                r"terminal|warehouse|mill|mine|farm)\b", after) and re.search(
        r"(?<![\w’'])(?:its|their|his|her|our)\s+[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3}$", text[max(0, b - 60) : b]
    ):
        cues.append("place:'its X headquarters', 'its X plant'")  # "at its Avel headquarters": where the owner's site is
    elif re.match(
        r"(?:[’']s)?\s+(?:shares|spokesman|spokeswoman|spokesperson|executives?|employees|"
        r"ceo|cfo|chief executive|chairman|board|subsidiary|headquarters)\b", after, re.I
    ):
        cues.append("organisation:'X shares', 'X's CEO'")
    return cues

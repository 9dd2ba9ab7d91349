"""Kind cues from phrases around a discovered name that `namecues` does not read: `cues`.

| phrase | cue | source |
|---|---|---|
| the name alone inside quotation marks ('the "Iron Tide" series', "was 'Lantern Vale'") | product (a work's title) | AP Stylebook, "composition titles" |
| the same after a noun of works ('the film "Silent Harbour"'; WordNet, `wordclass.work_noun`) | product, outweighing a head word | Quirk et al. 1985, 17.87 (close apposition) |
| a loose appositive headed by a body's noun before the name ("formed an independent studio, Ember Lane Games") | organisation | Quirk et al. 1985, 17.65 |
| after a verb of climbing or walking over ground ("climbed on Ben Nevis", "descending from Harlan Saddle") | place | Levin 1993, 51.1 (verbs of inherently directed motion: ascend, climb, descend, whose path is a landform) and 51.3.2 (run verbs: hike, trek) |
| a distance in apposition after the name ("to Harlow Cross, 40 miles away", "Avel, about 30km north of Brae") | place | Quirk et al. 1985, 17.65 (loose apposition); AP Stylebook, "datelines" (a place located by its distance from a known one) |
| right after "degrees" ("15 degrees Fahrenheit") | measure (a scale) | SI Brochure / AP Stylebook, "Fahrenheit" |
| an English word in a capitalised title's portfolio ("Director of Highways and Transport", "Transport Correspondent") | none: no name (`nonnames.worth_keeping`) | AP Stylebook, "titles" |

Returned as "kind:why" strings, as `namecues` writes them (`kinds.decide` weighs them).
"""

from __future__ import annotations

import re

from . import offices, wordclass
from .namecues import BODY_NOUNS, ROLE_MODIFIER
from .namewords import TITLES, dictionary_word

WORK_TITLE = "product:a title in quotation marks"
NAMED_WORK = "product:a title in quotation marks after a work's noun ('the film \"X\"')"
BODY_BEFORE = "organisation:after an appositive body's noun ('a studio, X')"
CLIMBED = "place:after a verb of climbing ('climbed on X')"
DISTANCE = "place:a distance after the name ('X, 40 miles away')"
SCALE = "measure:a scale after 'degrees'"
PORTFOLIO = "label:a title's portfolio ('Director of X and Y', 'X Correspondent')"

_OPEN = "\"“‘'"
_CLOSE = "\"”’'"
_BODY_WORDS = (BODY_NOUNS | {"body", "organisation", "organization", "charity", "watchdog", "regulator"}) - {"capital"}
"""Nouns of a body ("studio", "company", "union"), less "capital", a firm's word that is as
often a city's ("the capital, Ardesh")."""
_APPOSITIVE = re.compile(r"(?:^|\W)(?:the|a|an)\s+" + ROLE_MODIFIER + r"{0,3}([a-z]+),\s+$")
_REPORTED = re.compile(r"\s*,?\s*(?:said|says|told|added|warned)\b")
_TITLE_OF = re.compile(r"(?:^|\W)([A-Z][a-z]+) of ([A-Z][a-z]+ and )?$")
_PORTFOLIO_END = re.compile(r" and [A-Z][a-z]+(?=[\s,.;]|$)")
_DESK = re.compile(r" (?:Correspondent|Editor|Reporter|Writer)\b")
_CLIMB = re.compile(
    r"(?:^|\W)(?:climb(?:s|ed|ing)?|hik(?:e|es|ed|ing)|trek(?:s|ked|king)?|scal(?:e|es|ed|ing)|"
    r"ascen(?:d|ds|ded|ding|t)|descen(?:d|ds|ded|ding|t)|summit(?:ed|ing))"
    r"(?:\s+[a-z]+){0,3}?\s+(?:(?:on|up|down|from|near|below|above|of)\s+)?$"
)
_DISTANCE = re.compile(
    r",\s+(?:(?:about|some|around|roughly|nearly|almost|more than|less than|over|under|just)\s+)?"
    r"(?:\d[\d,.]*|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)[\s-]*"
    r"(?:miles?|mi|km|kilometres?|kilometers?|metres?|meters?|yards?|feet|hours?|minutes?)\s+"
    r"(?:away|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|inland|upstream|downstream)\b|from\b|outside\b|up\b|down\b)"
)
"""", 40 miles away", ", about 30km north of", ", two hours from": a distance (or a journey's
time) placing the name just said."""


def _body_noun(word: str) -> bool:
    """A body's noun (`namecues.BODY_NOUNS`), singular or plural ("studio" of "studios")."""
    return word in _BODY_WORDS or word + "s" in _BODY_WORDS or (word.endswith("y") and word[:-1] + "ies" in _BODY_WORDS)


def cues(text: str, a: int, b: int) -> list[str]:
    """The cues of the name at text[a:b] (see the module's table)."""
    found = []
    opened = a > 0 and text[a - 1] in _OPEN and (a == 1 or not text[a - 2].isalnum())
    closed = text[b : b + 1] in _CLOSE or (text[b : b + 1] in ",." and text[b + 1 : b + 2] in _CLOSE)
    if opened and closed and text[b : b + 2] not in ("'s", "’s"):
        found.append(WORK_TITLE)  # 'the "Iron Tide" shooter games'
        noun = re.search(r"(?<![\w’'-])([a-z]+)\s$", text[max(0, a - 30) : a - 1])
        if noun and wordclass.work_noun(noun.group(1)):
            found.append(NAMED_WORK)  # 'the film "Silent Harbour"': a harbour's word in a film's title
    before = text[max(0, a - 60) : a]
    noun = _APPOSITIVE.search(before)
    if noun and _body_noun(noun.group(1)) and not _REPORTED.match(text, b):
        found.append(BODY_BEFORE)  # "an independent studio, Ember Lane Games" (not "For the group, Tomas Brandt said")
    if _CLIMB.search(before):
        found.append(CLIMBED)  # "who climbed with him on Ben Nevis"
    if _DISTANCE.match(text, b):
        found.append(DISTANCE)  # "moving births to Harlow Cross, 40 miles away"
    word = text[a:b]
    title = _TITLE_OF.search(before)
    if " " not in word and dictionary_word(word) and (
        # two fields coordinated after the title: "of Shell" alone may be a body
        (title and offices.title_form(title.group(1).lower()) in TITLES and (title.group(2) or _PORTFOLIO_END.match(text, b)))
        or _DESK.match(text, b)
    ):
        found.append(PORTFOLIO)  # "Mark Ellery, Director of Highways and Transport"; "Transport Correspondent"
    if re.search(r"(?:^|\W)degrees?\s+$", before):
        found.append(SCALE)  # "15 degrees Fahrenheit"
    return found

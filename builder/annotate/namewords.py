"""The words of names, as field data: the common words that open sentences, titles and
roles, the head words of organisation, place and event names, holidays, the small words
that join a name's words, and nationality adjectives made from the gazetteer's places.

`names` cuts capitalised runs with them; `kinds` weighs them as evidence of a name's kind.
"""

from __future__ import annotations

import re

from ..paths import KIND_FOLDERS
from . import gazetteer

COMMON = frozenset(
    """a an the this that these those it its he she they we i you his her their our my
    but and or if when while after before since as at on in of for to by with from
    however despite following speaking asked critics analysts experts
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    one two three four five six seven eight nine ten there here what who why how
    not no yes even also all some many most more other such thousands
    whereas although though meanwhile furthermore moreover nevertheless nonetheless then thus
    still yet instead currently previously earlier later now first last next finally
    additionally initially overall eventually besides both each every either neither
    once until unless because so whether where which whose whom
    i'd i'm i've i'll i’d i’m i’ve i’ll we're we've we'll we’re we’ve we’ll you're you’re
    they're they’re it's it’s that's that’s there's there’s let's let’s don't don’t
    can't can’t won't won’t isn't isn’t obviously oh ok okay yes yeah well please""".split()
)
"""Words that are never a name on their own, whatever their case (English function
words, weekdays and months: the dates module reads those)."""

TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady madam
    president vice prime minister secretary chancellor premier king queen prince princess
    emperor pope sheikh emir sultan senator sen congressman congresswoman representative rep
    governor gov mayor judge justice presiding magistrate attorney prosecutor
    chief executive officer operating financial technology marketing information
    ceo cfo coo cto cio chairman chairwoman chairperson chair director managing
    spokesman spokeswoman spokesperson founder co-founder cofounder commissioner
    ambassador envoy captain capt colonel col lieutenant lt sergeant sgt admiral major
    commander inspector detective constable officer father rev reverend bishop archbishop
    cardinal rabbi imam professor analyst economist editor deputy acting former interim
    senior associate assistant head leader chairmen undersecretary speaker whip general""".split()
)
"""Honorifics, titles and roles written before a name (field data: English news usage)."""
TITLE_MODIFIERS = frozenset(
    """vice executive operating financial technology marketing information managing acting
    former interim senior associate assistant deputy presiding general""".split()
)
"""Title words that are titles only next to another ("Chief Financial Officer",
"Presiding Judge", "Attorney General"; not "Federal Service for the Financial Markets",
"General Motors")."""

BODY_KINDS = frozenset(KIND_FOLDERS) - {"person", "place"}
"""The registry's kinds of body (DESIGN's kinds, less persons and places): a name whose
head word is a kind's own name says its kind in its own words ("the Harbour Party",
"World Weather Organisation"). Derived from the product's kinds, so no field's word is
written here."""

# The last word of an organisation's name in English, whatever its field, and the
# registry's kinds of body.
ORG_HEADS = BODY_KINDS | frozenset(
    """committee commission council union nations ministry department office service
    assembly agency court bank association organisation organization front movement congress
    press times post news radio television network government army navy force forces police
    institute university college school academy foundation trust fund society federation
    league club team board bureau authority administration exchange reserve group holdings
    company corporation corp inc ltd plc llc airlines airline airways motors industries systems
    technologies electronics communications media pictures studios records partners capital
    securities insurance energy petroleum oil bancorp financial brothers bros church council
    air international research services corps shipping lines logistics mining steel chemicals
    pharmaceuticals pharma foods beverages telecom telecommunications software solutions
    consulting construction engineering manufacturing resources investments properties
    realty hotels entertainment broadcasting publishing laboratories labs enterprises
    ventures associates works supermarkets stores retailers mills farms dairies bakeries breweries
    brands restaurants hospital clinic forum
    parliament senate cabinet tribunal secretariat inc. ltd. corp. co. commerce chamber command""".split()
)
"""Head words of organisation names (field data). "Forum" is a standing body more often
than a meeting ("Pacific Islands Forum", "a port users' forum"), so it is here, not
among the event heads."""

GENERIC_HEADS = frozenset(
    """company corporation firm group union court government ministry department agency
    committee commission board authority administration office police""".split()
)
"""Head words that, alone, are a generic reference in title case ("the Government said",
"the Company owes", "the Union", "Police Chief"), not a name (field data: English news
and legal usage). "Congress", "Parliament", "Senate" name one body and stay names."""

PLACE_HEADS = frozenset(
    """city county province state river island islands district street square prison region
    airport bay mountain mountains valley lake sea ocean coast beach peninsula republic
    kingdom territory village town avenue road bridge harbour harbor port canal desert gulf
    strait straits center centre
    factory plant terminal station stadium shipyard depot refinery pier wharf quay dam tower
    building hall park""".split()
)
"""Head words of place names (field data), sites and buildings included: a named factory,
terminal or station is where something happens ("the Ardmore Terminal", "Everett Factory"),
as geographic names are in the news gazetteers' facility class."""

EVENT_HEADS = frozenset(
    """conference summit show games olympics paralympics festival expo exhibition fair
    championship championships cup tournament marathon convention""".split()
)
"""Head words of the names of events (field data)."""

LAW_HEADS = frozenset("act acts code bill statute treaty charter directive regulation regulations ordinance".split())
"""Head words of the names of laws and treaties ("Health and Safety at Work Act", "Penal
Code", "Maastricht Treaty"; field data: English legislative drafting). A law is neither
person, organisation nor place: no profile."""

MEASURE_HEADS = frozenset("index indices indexes average averages composite indicator indicators".split())
"""Head words of the names of measures ("Consumer Price Index", "Human Development
Index"): figures, not actors, so they get no profile (field data)."""

HOLIDAYS = frozenset(
    [
        "christmas", "christmas eve", "easter", "new year", "new year's", "new year's eve",
        "thanksgiving", "halloween", "ramadan", "eid", "hanukkah", "passover", "diwali", "lent",
        "advent", "pentecost", "boxing day", "labor day", "labour day", "may day", "independence day",
    ]
)
"""Holidays: names of days, read as times (no entities)."""

CONNECTORS = frozenset("of for the de du da di do dos das van von der den al la le y bin ibn and &".split())
"""Small words that may stand between the capitalised words of one name."""

_DEMONYM = re.compile(r"(?:an|ian|ean|ese|ish|i|ic)$")


def is_head(word: str, heads: frozenset[str]) -> bool:
    """A head word, singular or plural ("Court", "Courts"), in lower case."""
    return word in heads or (word.endswith("s") and word[:-1] in heads)


def is_acronym(word: str) -> bool:
    """"WHO", "NATO", "U.S." (two or more capitals, dots allowed)."""
    bare = word.replace(".", "")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


IRREGULAR_DEMONYMS = {
    "french": "france", "dutch": "netherlands", "swiss": "switzerland", "welsh": "wales",
    "irish": "ireland", "danish": "denmark", "spanish": "spain", "filipino": "philippines",
    "thai": "thailand", "scots": "scotland", "scottish": "scotland", "czech": "czech republic",
    "swedish": "sweden", "finnish": "finland", "polish": "poland", "turkish": "turkey",
}
"""English nationality adjectives that do not share their first four letters with the
country's name, with the country (field data: English usage, as the gazetteer writes
the country's name)."""


def demonym_country(word: str) -> str:
    """The country an irregular nationality adjective names ("French" -> "france"), or ""."""
    return IRREGULAR_DEMONYMS.get(word.lower(), "")


def demonym_of(word: str) -> bool:
    """"Indonesian", "Japanese", "European", "Singaporeans": a nationality adjective (or
    its plural) made from a word of a country's or continent's name in the gazetteer (the
    first four letters shared), or one of `IRREGULAR_DEMONYMS` ("French", "Dutch")."""
    low = word.lower()
    if low in IRREGULAR_DEMONYMS and " " not in word:
        return True
    if low.endswith("s") and _DEMONYM.search(low[:-1]):
        low = low[:-1]  # "Singaporeans"
    if " " in word or not _DEMONYM.search(low) or len(low) < 5:
        return False
    if gazetteer.key(word) in gazetteer.places():
        return False
    return bool(_place_starts().get(low[:4]))


_starts: dict[str, list[str]] = {}


def _place_starts() -> dict[str, list[str]]:
    """Words of country and continent names by their first four letters."""
    if not _starts:
        for p, what in gazetteer.places().items():
            if what in ("country", "continent"):
                for w in p.split():
                    if len(w) >= 4:
                        _starts.setdefault(w[:4], []).append(w)
    return _starts

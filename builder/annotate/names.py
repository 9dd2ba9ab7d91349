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

Dotted acronyms ("U.S.", "D.C."), "St. Louis" and "Apple Inc." keep their full stops.
A single word opening a sentence is capitalised whatever it is: it is kept, marked
`initial`, and the dossier-level grouping decides (`discover.group_names`). The words
around each occurrence are read for its kind (`Name.cues`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable

from ..annotation import Mention, Name, TimeExpression
from ..model import Source
from . import gazetteer, kinds
from .matcher import designation_after
from .namewords import (
    COMMON,
    CONNECTORS,
    EVENT_HEADS,
    GENERIC_HEADS,
    HOLIDAYS,
    LAW_HEADS,
    MEASURE_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    TITLE_MODIFIERS,
    TITLES,
    demonym_of,
    is_acronym,
    is_head,
)

PARTICLES = frozenset("der den de du da di do dos das van von al la le el il lo".split())
"""Articles and particles that begin a name when written with a capital ("Der Spiegel",
"Le Monde", "De Beers", "Van Gogh", "Al Jazeera"); in lower case they stay connectors
("Ludwig van Beethoven" keeps it inside, and it never begins a name)."""

_DOTTED = frozenset("st mt ft inc ltd corp co jr sr bros mr mrs ms dr prof gen sen rep gov lt col capt sgt rev".split())
_IRREGULAR_PLURALS = frozenset("people’s people's women’s women's men’s men's children’s children's".split())
_TOKEN = re.compile(
    r"[^\W_][\w-]*\.(?:com|org|net|gov|edu|info|io)\b(?!\.\w)"  # a web address as a name: Detik.com
    r"|(?:[^\W\d_]\.){2,}"  # a dotted acronym: U.S., D.C., N.V.
    r"|(?<![\w.])[A-Z]\.(?=\s[A-Z][a-z])"  # a middle initial: Michael R. Golden
    r"|[^\W_](?:[\w’'&-]*\w)?(?:(?<=s)[’'](?!\w))?"  # a word (a plural possessive keeps its apostrophe)
    r"|\S"
)
_SITES = frozenset(
    """terminal terminals plant factory mill mine yard shipyard dock docks depot warehouse port harbour
    harbor airport station base camp site border hospital campus prison berth berths pier quay refinery
    arrived landed docked stopped located gathered""".split()
)
"""Words before "at X" that say X is a place: sites, and verbs of arriving or gathering
(field data: English news usage). A noun of what people do there says nothing of X's
kind: "analysts at X", "a strike at X", "a protest at X" name an employer as often as a
place."""
_SUFFIXES = frozenset("jr sr ii iii iv".split())
"""Generational suffixes after a surname ("Jr.", "Sr.", "III"): part of the person's name, never one alone."""
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_REPORTING = r"(?:said|says|told|added|stated|announced|explained|insisted|warned|wrote|argued|noted)"


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not any(c.isdigit() for c in word)


_FEATURES = (
    "river", "lake", "mount", "mountain", "island", "isle", "sea", "canal", "valley", "bay", "village", "town",
    "city", "county", "province", "district", "region", "port",
)
"""Common nouns, written in lower case, that name a kind of place before the place's own
name ("the river Sell", "mount Avel", "the village Brae"): the name after one is a place
(field data: English usage; the capitalised form, "River Sell", is a place by its head word)."""


def _kind_cues_before(text: str, a: int, floor: int) -> list[str]:
    before = text[max(floor, a - 48) : a]
    cues = []
    if (a == 0 or text[a - 1] == "\n") and re.match(r"[^\W\d_]+(?: [^\W\d_]+){0,2},? (?:\w+ \d|\d|\()", text[a : a + 40]):
        if text[a : a + 40].split(",")[0].split(" (")[0].isupper():
            cues.append("place:dateline")  # "AVEL, March 12 (Avel Courier) -"
    if re.search(r"(?:^|\W)(?:in|near|across|throughout|outside|inside)\s+$", before):
        cues.append("place:'in X'")
    if re.search(r"(?:^|\W)(?:" + "|".join(sorted(_SITES)) + r")\s+at\s+$", before, re.I):
        cues.append("place:'a site at X'")  # "the terminal at Ardmore", "landed at Avel" (not "analysts at Kessel")
    if re.search(r"\bof\s+(?:the\s+)?$", before) and re.search(
        r"\b(?:ceo|chief|chairman|chairwoman|president|head|director|founder|spokesman|spokeswoman|"
        r"spokesperson|members?|employees?|shares?|subsidiary|unit|division|officials?|executives?|owner)\s+of\s+(?:the\s+)?$",
        before, re.I,
    ):
        cues.append("organisation:'head of X'")
    if feature := re.search(r"(?:^|\W)(" + "|".join(_FEATURES) + r")\s+$", before):
        cues.append(f"place:after '{feature.group(1)}'")  # "the river Sell", "lake Ohrid", "mount Avel"
    if re.search(r"(?:^|\W)(?:the|a|an)\s+$", before, re.I):
        cues.append("not-person:'the X'")
    if re.search(r"^[A-Z][A-Z .’'-]+,\s+[^\W\d]+\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\($", text[max(floor, a - 48) : a]):
        cues.append("organisation:outlet in a dateline")  # "AVEL, May 3 (Avel Courier) -"
    if re.search(r"(?:^|\W)according to\s+$", before):
        cues.append("not-place:'according to X'")
    if (m := re.search(r"[A-Z][\w&.’'-]*([ \u00a0][\w-]+)[ \u00a0][\"“]?$", before)) and designation_after(
        text, a - len(before) + m.start(1)
    ):
        cues.append("product:after a model designation")  # "Valdor V400 Skyhopper": the product's own name
    return cues


def _kind_cues_after(text: str, b: int, ceiling: int) -> list[str]:
    after = text[b : min(ceiling, b + 48)]
    cues = []
    if re.match(r"\s(?:" + "|".join(sorted(MEASURE_HEADS)) + r")\b", after):
        cues.append("measure:before a measure's head word")  # "the Avel index rose"
    elif re.match(r"(?:[’']s?)?[ \u00a0]\d{2,}[ \u00a0-](?:" + "|".join(sorted(MEASURE_HEADS)) + r")\b", after, re.I):
        cues.append("measure:before a number and a measure's head word")  # "the Kessel & Lind's 300 index"
    if re.match(r"-based\b", after):
        cues.append("place:'X-based'")
    if re.match(r"[’']?\s*,\s*\d{1,3}\s*,", after):
        cues.append("person:age after the name")
    if re.match(r"\s*,?\s*" + _REPORTING + r"\b", after):
        cues.append("person:reporting verb after the name")
    if re.match(
        r"(?:[’']s)?\s+(?:shares|spokesman|spokeswoman|spokesperson|executives?|employees|"
        r"ceo|cfo|chief executive|chairman|board|subsidiary|headquarters)\b", after, re.I
    ):
        cues.append("organisation:'X shares', 'X's CEO'")
    return cues


def _not_a_name(text: str, a: int, b: int, word: str) -> bool:
    """A currency prefix ("US$6", "U.S. $10,000"), a unit or time zone after a number ("2 GHz",
    "09:00 UTC", "(GMT +8)"), a currency code ("USD")."""
    if b < len(text) and unicodedata.category(text[b]) == "Sc":
        return True
    if is_acronym(word) and re.match(r"[ \u00a0]\S\d", text[b : b + 3]) and unicodedata.category(text[b + 1]) == "Sc":
        return True  # "U.S. $10,000", "NZ $40": a currency prefix written with a space
    if word.isupper() and word.lower() in gazetteer.currency_codes():
        return True
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
        if text[a:b].lower() in _DOTTED and b < e and text[b] == "." and i + 1 < len(tokens) and tokens[i + 1][0] == b:
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
            result.extend(_split(text, s, e, run, common))
            run.clear()

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
            if word[-1] in "’'" and low[:-1] not in common and nxt not in ORG_HEADS:
                run.append((a, b - 1))  # "Adamos' Delivery Center": a singular possessive
                close()
                continue
            run.append((a, b))
            if re.search(r"[’']s$", word) and low not in _IRREGULAR_PLURALS:
                close()  # "Singapore's Changi Airport": two names
            elif len(run) > 1 and low in gazetteer.legal_suffixes():
                close()  # "Valdor Inc. Tomas Brandt": a legal form ends a company's name
            continue
        if run and word.lower() in _INSIDE_LAWS and _law_ahead(text, tokens, i + 1):
            run.append((a, b))  # "Health and Safety at Work Act": small words inside a law's name
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


def _person_split(
    parts: list[tuple[int, int, list[str]]], cut_at: Callable[[int, int, list[str]], int | None], cue: str,
) -> list[tuple[int, int, list[str]]]:
    """`parts` (word start, word end, cues) with each part that `cut_at` cuts at word k
    split in two: the words before k keep the part's cues, a person from k on gets `cue`."""
    split: list[tuple[int, int, list[str]]] = []
    for x, y, cues in parts:
        k = cut_at(x, y, cues)
        split += [(x, y, cues)] if k is None else [(x, k, cues), (k, y, [cue])]
    return split


def _split(
    text: str, s: int, e: int, run: list[tuple[int, int]], common: frozenset[str]
) -> list[tuple[int, int, list[str], bool]]:
    """One capitalised run cut into names at titles; each part with its cues."""
    words = [text[a:b] for a, b in run]
    lows = [w.lower().rstrip(".") for w in words]
    # A sentence-initial word in the dossier's lower-case vocabulary is capitalised by position.
    # first in its sentence, or right after a dateline's dash ("AVEL, March 12 - Members of")
    # or opening a quotation ("…, he said: “We're …")
    initial = run[0][0] == s or not text[s : run[0][0]].strip(" \"“‘'([") or bool(
        re.fullmatch(r"[A-Z][A-Z .’'-]+,[^.\n]{0,60}\s[-–—]\s+", text[s : run[0][0]])
        or re.search(r"(?:[:,]\s+|\s)[\"“„«‹]\s?$", text[max(s, run[0][0] - 4) : run[0][0]])
    )
    start = 0
    if (
        initial and len(run) > 1 and (lows[0] in common or lows[0] in COMMON) and not is_acronym(words[0])
        and words[0][1:] == words[0][1:].lower()  # "AirTanker Ltd.": a capital inside the word is the name's
        # "Mayor of Kestrel Bay Owen Pryce said": a title opening the sentence is read as a title
        and not (lows[0] in TITLES and (lows[0] not in TITLE_MODIFIERS or lows[1] in TITLES))
    ):
        start = 1
    elif (
        initial and len(run) > 2 and lows[1] == "of" and re.fullmatch(r"[a-z]+[^s]s", lows[0])
        and words[0][1:] == words[0][1:].lower() and not is_head(lows[0], ORG_HEADS) and not is_head(lows[0], PLACE_HEADS)
        and not is_head(lows[0], EVENT_HEADS) and gazetteer.key(words[0]) not in gazetteer.places()
    ):
        start = 1  # "Creditors of Marlow & Penn met", "Shares of Valdor fell": a plural noun opening the sentence
    parts: list[tuple[int, int, list[str]]] = []  # token index ranges with cues
    # "UK RAF": a country code before an acronym is a place of its own ("US Federal
    # Reserve" stays whole: writers use it as the name)
    if (
        len(run) - start == 2 and is_acronym(words[start]) and is_acronym(words[start + 1])
        and gazetteer.key(words[start]) in gazetteer.country_codes() and len(gazetteer.key(words[start])) == 2
    ):
        parts.append((start, start + 1, ["place:country code before a name"]))
        start += 1
    i = start
    pending_title: list[str] = []
    seg_start = None
    seg_cues: list[str] = []

    def title_at(j: int) -> bool:
        if j > 0 and lows[j - 1] in ("of", "for"):
            return False  # "Ministry of Justice"
        last = len(lows) - 1 - (lows[-1] in _SUFFIXES)  # "Martin Luther King Jr.": the suffix after the surname
        if (
            j == last and j >= 1 and lows[0] in gazetteer.first_names()
            and not any(w in TITLES or w in CONNECTORS for w in lows[:j])
        ):
            return False  # "Martin Luther King", "Carole King": a surname, no title after a person
        if lows[j].replace(".", "") in TITLES and "." in lows[j] and is_acronym(words[j]):
            return True  # "C.E.O."
        if lows[j] not in TITLES or is_acronym(words[j]) and lows[j] not in ("ceo", "cfo", "coo", "cto", "cio"):
            return False
        if lows[j] in TITLE_MODIFIERS and not (
            (j + 1 < len(lows) and lows[j + 1] in TITLES) or (j > 0 and lows[j - 1] in TITLES)
            # a rank before a given name and a surname: "General Arthur Lichte" (not "General Motors")
            or (j == 0 and j + 2 < len(lows) and lows[j + 1] in gazetteer.first_names() and words[j + 2][0].isupper())
        ):
            return False
        # "Justice Department", "Executive Council": a title before an organisation's head word is part of the name
        k = j
        while k < len(lows) and lows[k] in TITLES:
            k += 1
        return not (k < len(lows) and (lows[k] in ORG_HEADS or lows[k] in PLACE_HEADS))

    while i < len(run):
        if title_at(i):
            j = i
            while j < len(run) and (title_at(j) or (lows[j] in ("of", "for") and j + 1 < len(run) and title_at(j + 1))):
                j += 1
            title = " ".join(words[i:j]).rstrip(".")
            if seg_start is not None:
                if not (i - seg_start == 1 and (lows[seg_start] in common or lows[seg_start] in GENERIC_HEADS)):
                    parts.append((seg_start, i, seg_cues + [f"organisation:before '{title}'"]))
                # else "Finance Minister", "Police Chief": a portfolio, a common word, no name
                seg_start, seg_cues = None, []
            i = j
            if i < len(run) and lows[i] in ("of", "for", "the", "at"):
                while i < len(run) and lows[i] in CONNECTORS:
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
        parts.append((seg_start, len(run), seg_cues))
    # "Secretary of the Air Force James Roche": after "title of", an organisation and
    # then the holder, who begins with a given name and ends the run
    def holder(x: int, y: int, cues: list[str]) -> int | None:
        if not (any(c.endswith(" of X'") for c in cues) and y - x >= 3):
            return None
        return next(
            (k for k in range(x + 1, y - 1) if lows[k] in gazetteer.first_names() and 1 <= y - k - 1 <= 2
             and lows[k] not in ORG_HEADS and lows[k] not in PLACE_HEADS
             and all(not is_acronym(w) and w[0].isupper() for w in words[k:y])),
            None,
        )

    parts = _person_split(parts, holder, "person:holder after 'title of X'")

    # "Fort Pitt Capital Group Charlie Smith": an organisation's head word, then a person
    # (a given name and one or two more words) ending the run, with nothing between
    def after_org(x: int, y: int, cues: list[str]) -> int | None:
        return next(
            (k for k in range(x + 2, y - 1) if is_head(lows[k - 1], ORG_HEADS) and lows[k - 1] not in CONNECTORS
             and lows[k] in gazetteer.first_names() and 2 <= y - k <= 3
             and all(w[0].isupper() and not is_acronym(w) for w in words[k:y])),
            None,
        )

    parts = _person_split(parts, after_org, "person:after an organisation's name")
    # "Ana Ferreira of the Avel District Court", "John Smith of Kessel": a person (a given
    # name or a title first, two or three words), then where she works
    split = []
    for x, y, cues in parts:
        of = next((k for k in range(x + 2, min(y - 1, x + 4)) if lows[k] == "of"), None)
        if of is not None:
            k = of + 1 + (lows[of + 1] == "the")
            left, right = lows[x:of], lows[k:y]
            if (
                right and (lows[x] in gazetteer.first_names() or any(c.startswith("person:") for c in cues))
                and not any(is_head(w, ORG_HEADS) or is_head(w, PLACE_HEADS) for w in left)
            ):
                split += [(x, of, cues), (k, y, ["organisation:'Y of X'"])]
                continue
        split.append((x, y, cues))
    parts = split
    # "Valdor Airlines Flight 447", "Ardmore Terminal 5": the word before a number names the
    # designation, not the organisation or place
    if (
        parts and parts[-1][1] == len(run) and parts[-1][1] - parts[-1][0] > 1 and lows[-1] not in CONNECTORS
        and re.fullmatch(r"[^\W\d_]+", words[-1]) and re.match(r"\s\d", text[run[-1][1] : run[-1][1] + 2])
        and not re.match(r"\s(?:1[89]|20)\d\d\b", text[run[-1][1] : run[-1][1] + 6])  # "Avel Summit 2024" keeps its head word
    ):
        x, y, c = parts[-1]
        parts[-1] = (x, y - 1, c)
    # "eBooks Music Store", "eReader Classic": the run goes on a name that begins with a
    # lower-case letter (a brand written so), which is not discovered (nor its tail)
    brand = bool(re.search(r"(?<![\w’'])[a-z]+[A-Z][\w’'-]*[ \u00a0]$", text[max(s, run[0][0] - 40) : run[0][0]]))
    names = []
    for x, y, cues in parts:
        if brand and x == 0:
            continue
        while x < y and lows[x] in CONNECTORS and not (
            lows[x] in PARTICLES and words[x][0].isupper() and y - x > 1 and (x > 0 or not initial)
        ):
            x += 1
        while y > x and lows[y - 1] in CONNECTORS:
            y -= 1
        if x >= y:
            continue
        a, b = run[x][0], run[y - 1][1]
        surface = text[a:b]
        if m := re.search(r"[’']s$", surface):
            if surface.lower() not in _IRREGULAR_PLURALS:
                b -= len(m.group())
        joint = re.search(r"\sand\s", text[a:b])
        spans = [(a, b)]
        if joint and not re.search(r"\s(?:of|for)\s", text[a : a + joint.start() + 1]) and lows[y - 1] not in LAW_HEADS:
            spans = [(a, a + joint.start()), (a + joint.end(), b)]  # "United States and European Union"
        for sa, sb in spans:
            surface = text[sa:sb]
            if len(surface.replace(".", "")) < 2 or (surface.lower() in COMMON and not is_acronym(surface)) or surface.lower() in HOLIDAYS:
                continue
            if " " not in surface and surface.lower().rstrip(".") in _SUFFIXES:
                continue  # "Jr." alone names nobody
            if " " not in surface and (surface.lower() in gazetteer.legal_suffixes() or surface.lower() in GENERIC_HEADS):
                continue  # a legal form alone ("Ltd.", "Corp") names nothing; "the Government", "the Union"
            last = surface.split()[-1]
            if surface.endswith(".") and not is_acronym(last) and last.lower().rstrip(".") not in _DOTTED:
                sb -= 1
                surface = surface[:-1]
            cues_here = list(cues) + _kind_cues_before(text, sa, s) + _kind_cues_after(text, sb, e)
            acr = re.match(r"\s*\(((?:[^\W\d_]\.?){2,8})\)", text[sb:e])
            if acr and is_acronym(acr.group(1)):
                cues_here.append(f"acronym:{acr.group(1)}")
            single = " " not in surface
            if start == 1 and sa == run[1][0] and lows[0] not in COMMON and not title_at(0) and not demonym_of(words[0]):
                # "Rival Valdor Airlines", but perhaps "Air Canada": the dossier decides
                cues_here.append(f"opened-by:{words[0]}")
            names.append((sa, sb, cues_here, initial and single and sa == run[start][0] and start == 0))
    return names


def lower_words(text: str) -> set[str]:
    """The lower-case words of a text (a dossier's common vocabulary)."""
    return set(re.findall(r"(?<![\w’'])[a-z][a-z’'-]*[a-z]", text))


def find_names(
    source: Source,
    mentions: tuple[Mention, ...],
    found_dates: tuple[TimeExpression, ...],
    common: frozenset[str] = frozenset(),
    kind_of: dict[str, str] | None = None,
) -> tuple[Name, ...]:
    """Capitalised names outside mentions and dates, in text order.

    `common` is the dossier's lower-case vocabulary: a capitalised word that opens a
    sentence and is also written in lower case elsewhere ("Markets fell") is no name.
    `kind_of` (entity id -> kind) lets a longer name beat a registered shorter one at
    the same start when its own words give it another kind: "Port Selby Harbour
    Authority" is an organisation, not a mention of the registered place "Port Selby"
    (the matcher's leftmost-longest rule then links it to its own entity).
    """
    text = source.text
    taken = sorted([(m.start, m.end) for m in mentions] + [(d.start, d.end) for d in found_dates])
    starts = [x for x, _ in taken]
    reach = list(itertools.accumulate((y for _, y in taken), max))  # furthest end so far
    at_start = {m.start: m for m in mentions}
    names: list[Name] = []
    for p in source.paragraphs:
        if p.skipped:
            continue
        for s, e in p.sentences:
            if _title_case(text, s, e, common):
                continue  # "Valdor Aviation Files For Bankruptcy": capitals say nothing here
            for a, b, cues, initial in _spelled_out(text, _runs(text, s, e, common)):
                i = bisect.bisect_left(starts, b)  # the spans that start before the run ends
                if i and reach[i - 1] > a and not _beats_shorter(text, a, b, at_start.get(a), kind_of, starts, reach):
                    continue  # one of them ends inside it or after it
                if designation_after(text, b):
                    continue  # "Valdor V400": a product named after its maker, not the maker
                surface = text[a:b]
                names.append(Name(surface, a, b, p.number, "", tuple(cues), initial))
    return tuple(names)


def _spelled_out(
    text: str, found: list[tuple[int, int, list[str], bool]]
) -> list[tuple[int, int, list[str], bool]]:
    """Names of one sentence with those an acronym in brackets spells out joined into one:
    "Aircraft Communications Addressing and Reporting System (ACARS)", "Maintenance,
    Repair and Overhaul (MRO)" are one name each when the initials of the capitalised
    words before the brackets, across "and", "&" and commas, spell the acronym."""
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
        while first > 0 and len(letters) < len(acr) and re.fullmatch(r",?\s(?:and|&)\s|,\s", text[result[first - 1][1] : result[first][0]]):
            first -= 1
            letters = _initials_of(text[result[first][0] : result[first][1]]) + letters
        if first < i and letters == acr.upper():
            merged = (result[first][0], b, [c for k in range(first, i + 1) for c in result[k][2]], result[first][3])
            result[first : i + 1] = [merged]
    return result


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
    entity ("Port Selby Harbour Authority", an organisation, over the place "Port Selby")."""
    if m is None or not kind_of or m.end >= b or not text[m.end : m.end + 1].isspace():
        return False
    first = bisect.bisect_left(starts, a)
    if bisect.bisect_left(starts, b) - first != 1 or (first and reach[first - 1] > a):
        return False  # another mention or a date overlaps it too
    own = {kind for kind, _, _ in kinds.own_words(text[a:b])}
    return bool(own) and kind_of.get(m.entity, "") not in own


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


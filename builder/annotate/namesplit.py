"""One capitalised run of a sentence cut into names where English news writing glues
other things to them (see `names`): titles and roles, "title of X holder", a person after
an organisation's name, "Y of X", a designation's number, a brand's tail, possessives and
"and" between two names. Each part keeps what its title and the words around it say of
its kind (`namecues`).
"""

from __future__ import annotations

import re

from . import gazetteer, offices, wordclass
from .brackets import DEFINED, NATIVE, caseless
from .namecues import PREMODIFIER, ROLE_BEFORE, SPOKEN_FOR, cues_after, cues_before
from .nameparts import OFFICE_LETTERS, PARTICLES, SUFFIXES, person_named, person_split, postnominal, surname_particles
from .namewords import (
    COMMON,
    CONNECTORS,
    EVENT_HEADS,
    GENERIC_HEADS,
    HOLIDAYS,
    HONORIFICS,
    LAW_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    PREPOSITIONS,
    TITLE_MODIFIERS,
    TITLES,
    demonym_of,
    dictionary_word,
    is_acronym,
    is_head,
    paired_premodifier,
)
from .numbering import BRANCH_NOUNS, DAY_AFTER, NUMBER_AFTER, NUMBERED, YEAR_AFTER
from .offices import office, part_of, portfolio
from .runtitles import segments, title_at

DOTTED = frozenset("st mt ft inc ltd corp co jr sr bros mr mrs ms dr prof gen sen rep gov lt col capt sgt rev hon".split())
"""Abbreviations that keep their full stop inside a name ("St. Louis", "Harlow Inc.", "Mr.",
"the Hon. Priya Raghunathan": Debrett's style of a minister or a peer's child)."""
IRREGULAR_PLURALS = frozenset("people’s people's women’s women's men’s men's children’s children's".split())
"""Irregular plurals whose possessive stays inside a name ("People's")."""


def split_run(
    text: str, s: int, e: int, run: list[tuple[int, int]], common: frozenset[str]
) -> list[tuple[int, int, list[str], bool]]:
    """One capitalised run (word spans of `text` in the sentence `s`..`e`) cut into names:
    (start, end, cues, initial) for each, `initial` when a single word opens the sentence.
    `common` is the dossier's lower-case vocabulary."""
    words = [text[a:b] for a, b in run]
    lows = [offices.title_form(w.lower().rstrip(".")) for w in words]
    if pieces := offices.fixed_offices(words, lows):  # "Minister of State for Transport and MP for Brayford North"
        gaps, seats = offices.outside(lows, pieces)
        return sorted([r for x, y in gaps for r in split_run(text, s, e, run[x:y], common)]
                      + [(run[x][0], run[y - 1][1], [offices.SEAT], False) for x, y in seats])
    # A sentence-initial word in the dossier's lower-case vocabulary is capitalised by position.
    # first in its sentence, or right after a dateline's dash ("AVEL, March 12 - Members of")
    # or opening a quotation ("…, he said: “We're …")
    initial = run[0][0] == s or not text[s : run[0][0]].strip(" \"“‘'([") or bool(
        NUMBERED.fullmatch(text, s, run[0][0])
        # "R v Farrow — Sentencing remarks": an English word after a title's dash opens its part
        # (a word alone: "six airlines - Air China" keeps its first word)
        or (len(run) == 1 and re.search(r"\s[—–-]\s+$", text[s : run[0][0]]) is not None and dictionary_word(words[0]))
        # an English word opening what a label and a colon introduce ("Saturday 5 October, 04:30:
        # Ambulances have been diverted", "Status: Contained"): capitalised by position (s15c #6)
        or (len(run) == 1 and re.search(r":\s+$", text[s : run[0][0]]) is not None and dictionary_word(words[0]))
        or re.fullmatch(r"[A-Z][A-Z .’'-]+,[^.\n]{0,60}\s[-–—]\s+", text[s : run[0][0]])
        or re.search(r"(?:[:,]\s+|\s)[\"“„«‹]\s?$", text[max(s, run[0][0] - 4) : run[0][0]])
    )
    start = 0
    opener = ""  # "Lawyers for": a plural noun and "for" the dossier may cut (see below)
    # "Under UK takeover rules", "Across Chile": a preposition opening the sentence before a
    # place is no part of a name (nor is it before another name: "Under Kessel's plan", unless
    # the dossier never names the rest alone, "Under Armour": the "opened-by" cue below)
    before_place = (
        initial and len(run) > 1 and lows[0] in PREPOSITIONS and words[0][1:].islower()
        and (gazetteer.key(re.sub(r"[’']s$", "", " ".join(words[1:]))) in gazetteer.places()
             or (is_acronym(words[1]) and len(run) == 2 and gazetteer.key(words[1]) in gazetteer.country_codes()))
    )
    if (
        initial and len(run) > 1 and (lows[0] in common or lows[0] in COMMON or lows[0] in PREPOSITIONS)
        and not is_acronym(words[0])
        and words[0][1:] == words[0][1:].lower()  # "AirTanker Ltd.": a capital inside the word is the name's
        # "Mayor of Kestrel Bay Owen Pryce said": a title opening the sentence is read as a title
        and not (lows[0] in TITLES and (lows[0] not in TITLE_MODIFIERS or lows[1] in TITLES))
        and not surname_particles(words, 0, len(words))  # "Van der Berg said": the surname's particles
    ):
        start = 1
    elif (
        initial and len(run) > 2 and (lows[1] == "of" or lows[1:3] == ["for", "the"]) and re.fullmatch(r"[a-z]+[^s]s", lows[0])
        and words[0][1:] == words[0][1:].lower() and not is_head(lows[0], ORG_HEADS) and not is_head(lows[0], PLACE_HEADS)
        and not is_head(lows[0], EVENT_HEADS) and gazetteer.key(words[0]) not in gazetteer.places()
    ):
        # "Creditors of Marlow & Penn met", "Shares of Valdor fell", "Lawyers for the Avel
        # Health Trust said": a plural noun opening the sentence ("Lawyers for Human Rights",
        # with no "the", stays a name unless the dossier names "Human Rights" alone: see below)
        start = 1
    elif (
        initial and len(run) > 2 and lows[1] == "for" and re.fullmatch(r"[a-z]+[^s]s", lows[0])
        and words[0][1:] == words[0][1:].lower() and wordclass.common_word(lows[0])
        and not any(is_head(lows[0], h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS))
        and gazetteer.key(words[0]) not in gazetteer.places()
    ):
        # "Lawyers for Rheinfeld Kreditbank told the court", "Attorneys for Meridian said":
        # a plural noun and "for" before a name whose words are not all English words
        # ("Rheinfeld") are no part of it; before common words ("Lawyers for Human
        # Rights") the dossier decides: the name is cut where the rest is named alone
        # elsewhere (`occurrences.collect`'s "opened-by")
        start = 2
        if all(wordclass.common_word(w) or w in CONNECTORS for w in lows[2:]):
            opener = f"{words[0]} for"
    parts: list[tuple[int, int, list[str]]] = []  # token index ranges with cues
    # "UK RAF": a country code before an acronym is a place of its own ("US Federal
    # Reserve" stays whole: writers use it as the name)
    if (
        len(run) - start == 2 and is_acronym(words[start]) and is_acronym(words[start + 1])
        and gazetteer.key(words[start]) in gazetteer.country_codes() and len(gazetteer.key(words[start])) == 2
        and lows[start] not in HONORIFICS  # "MR MEHTA:", a transcript's speaker label: the title in capitals
    ):
        parts.append((start, start + 1, ["place:country code before a name"]))
        start += 1
    the_before = text[max(s, run[0][0] - 4) : run[0][0]].lower() == "the "
    parts += segments(words, lows, start, common, the_before)
    # "Secretary of the Air Force James Roche": after "title of", an organisation and
    # then the holder, who begins with a given name and ends the run
    def holder(x: int, y: int, cues: list[str]) -> int | None:
        if not (any(c.endswith(" of X'") for c in cues) and y - x >= 3):
            return None
        return next(
            (k for k in range(x + 1, y - 1) if gazetteer.given_name(lows[k]) and 1 <= y - k - 1 <= 2
             and lows[k] not in ORG_HEADS and lows[k] not in PLACE_HEADS
             and all(not is_acronym(w) and w[0].isupper() for w in words[k:y])),
            None,
        )

    parts = person_split(parts, holder, "person:holder after 'title of X'")
    parts = [(x, y, cues) for x, y, cues in parts if not portfolio(lows, x, y, cues)]
    parts = [part_of(words, lows, x, y, cues) for x, y, cues in parts]

    # "Fort Pitt Capital Group Charlie Smith": an organisation's head word, then a person
    # (a given name and one or two more words) ending the run, with nothing between; not a
    # title that is also a given name ("US Local Government General Obligation Debt": a
    # report's title, "General" no given name after a body)
    def after_org(x: int, y: int, cues: list[str]) -> int | None:
        return next(
            (k for k in range(x + 2, y - 1) if is_head(lows[k - 1], ORG_HEADS) and lows[k - 1] not in CONNECTORS
             and gazetteer.given_name(lows[k]) and lows[k] not in TITLES and 2 <= y - k <= 3
             and all(w[0].isupper() and not is_acronym(w) for w in words[k:y])),
            None,
        )

    parts = person_split(parts, after_org, "person:after an organisation's name")
    # "Ana Ferreira of the Avel District Court", "John Smith of Kessel": a person (a given
    # name or a title first, two or three words), then where she works or comes from;
    # "Nguyen Thi Lan of Vietnam": a name opening with no English word, then a country or
    # city; "Piotr Zając for Running Review": a person, then whom she works for
    split = []
    for x, y, cues in parts:
        of = next((k for k in range(x + 2, min(y - 1, x + 4)) if lows[k] in ("of", "for")), None)
        # "Lonko Ceferino Catrileo Ñanco of the Lof Quilén": four words before "of", the first
        # neither an English word nor a given name and the second a given name: the first is
        # a title in another language, the person the given name and the two words after it
        titled = (
            of is None and y - x >= 6 and lows[x + 4] in ("of", "for") and not gazetteer.given_name(lows[x])
            and not dictionary_word(lows[x]) and gazetteer.given_name(lows[x + 1])
            and not any(c.startswith("person:") for c in cues)
        )
        if titled:
            of = x + 4
            k = of + 1 + (lows[of + 1] == "the")
            if k < y and not any(is_head(w, ORG_HEADS) or is_head(w, PLACE_HEADS) or w in TITLES for w in lows[x:of]):
                split += [(x + 1, of, [*cues, f"person:after '{words[x]}'"]), (k, y, ["organisation:'Y of X'"])]
                continue
        if of is not None:
            k = of + 1 + (lows[of + 1] == "the")
            left, right = lows[x:of], lows[k:y]
            person = gazetteer.given_name(lows[x]) or any(c.startswith("person:") for c in cues)
            origin = lows[of] == "of" and not dictionary_word(lows[x]) and gazetteer.key(" ".join(words[k:y])) in gazetteer.places()
            if (
                right and (person or origin)
                and not any(is_head(w, ORG_HEADS) or is_head(w, PLACE_HEADS) or w in TITLES for w in left)
            ):
                split += [(x, of, cues if person else [*cues, "person:'X of a place'"]), (k, y, ["organisation:'Y of X'"])]
                continue
        split.append((x, y, cues))
    parts = split
    # "Thomas Reid KC", "Ana Ferreira MP": a post-nominal after a person's name is no part of it
    if (
        parts and parts[-1][1] == len(run) and parts[-1][1] - parts[-1][0] >= 3 and postnominal(words[-1])
        and (gazetteer.given_name(lows[parts[-1][0]]) or any(c.startswith("person:") for c in parts[-1][2]))
    ):
        x, y, c = parts[-1]
        parts[-1] = (x, y - 1, c)
    # "Valdor Airlines Flight 447", "Ardmore Terminal 5": the word before a number names the
    # designation, not the organisation or place
    if (
        parts and parts[-1][1] == len(run) and parts[-1][1] - parts[-1][0] > 1 and lows[-1] not in CONNECTORS
        and re.fullmatch(r"[^\W\d_]+", words[-1]) and re.match(r"\s\d", text[run[-1][1] : run[-1][1] + 2])
        and not re.match(r"\s(?:1[89]|20)\d\d\b", text[run[-1][1] : run[-1][1] + 6])  # "Avel Summit 2024" keeps its head word
        and not DAY_AFTER.match(text, run[-1][1])  # "Judge Helena Marchetti 19 July 2024": a date, no designation
        and lows[-1] not in BRANCH_NOUNS
    ):
        x, y, c = parts[-1]
        parts[-1] = (x, y - 1, c)
    # "eBooks Music Store", "eReader Classic": the run goes on a name that begins with a
    # lower-case letter (a brand written so), which is not discovered (nor its tail)
    brand = bool(re.search(r"(?<![\w’'])[a-z]+[A-Z][\w’'-]*[ \u00a0]$", text[max(s, run[0][0] - 40) : run[0][0]]))
    names: list[tuple[int, int, list[str], bool]] = []
    for x, y, cues in parts:
        if brand and x == 0:
            continue
        while x < y and lows[x] in CONNECTORS and not (
            lows[x] in PARTICLES and words[x][0].isupper() and y - x > 1 and (x > 0 or not initial)
        ) and not surname_particles(words, x, y):
            x += 1
        while y > x and lows[y - 1] in CONNECTORS:
            y -= 1
        if x >= y:
            continue
        a, b = run[x][0], run[y - 1][1]
        if y == len(run) and y - x >= 2 and lows[y - 1] in BRANCH_NOUNS and (num := re.match(r"[ \u00a0]\d{1,5}\b(?![,.]?\d)", text[b:e])):
            b += num.end()  # "Municipal Employees Local 77": the branch's number ends the name
        surface = text[a:b]
        if m := re.search(r"[’']s$", surface):
            if surface.lower() not in IRREGULAR_PLURALS:
                b -= len(m.group())
        joint = re.search(r"\sand\s", text[a:b])
        spans = [(a, b)]
        noun = re.match(r"[ \u00a0]([a-z]+)", text[b : b + 30])  # "the UK International Search and Rescue team"
        pair = [text[a : a + joint.start()].split()[-1], *text[a + joint.end() : b].split()[:2]] if joint else []
        if joint and not re.search(r"\s(?:of|for)\s", text[a : a + joint.start() + 1]) and lows[y - 1] not in LAW_HEADS and not (
                noun and paired_premodifier(pair[0], pair[1], noun.group(1))) and not (
                # "the Health and Safety Executive": the pair before the body's capitalised noun that ends the name
                len(pair) == 3 and b == a + joint.end() + len(" ".join(pair[1:])) and paired_premodifier(*pair)):
            spans = [(a, a + joint.start()), (a + joint.end(), b)]  # "United States and European Union"
        for sa, sb in spans:
            surface = text[sa:sb]
            if len(surface.replace(".", "")) < 2 or (surface.lower() in COMMON and not is_acronym(surface)) or surface.lower() in HOLIDAYS:
                continue
            if " " not in surface and surface.lower().rstrip(".") in SUFFIXES:
                continue  # "Jr." alone names nobody
            if re.fullmatch(r"[A-Z]{2,3}s", surface.split()[-1]) and surface.split()[-1][:-1].lower() in OFFICE_LETTERS:
                # "MPs", "Labour MPs": members of an elected body in the plural, people, no body's
                # name (the party before them is one)
                if " " not in surface:
                    continue
                sb = sa + surface.rindex(" ")
                surface = text[sa:sb]
            after = re.match(r"[ \u00a0]([a-z]+)", text[sb:e])
            if after and after.group(1) in TITLES and all(w.lower().rstrip(".") in TITLES for w in surface.split()):
                continue  # "Deputy chief executive Sunil Rao": a title in sentence case, capitalised by position
            if " " not in surface and dictionary_word(surface) and (NUMBER_AFTER.match(text, sb) or (
                YEAR_AFTER.match(text, sb) and gazetteer.key(surface) not in gazetteer.places()
            )):
                # "Local 14 of the …", "Chapter 11", "Article 50": an English noun before a
                # number names a numbered unit, the number its name: no name alone (a year's
                # number too, after an English word no place: "Bonds, Series 2015")
                continue
            if (
                lows[0] in TITLES and all(dictionary_word(w) for w in lows) and re.search(r"[^\W\d_][\w’'-]*,[ \u00a0]+$", text[max(s, run[0][0] - 40) : run[0][0]])
                and re.match(r"[ \u00a0]*(?:[,.;:!?)]|$)", text[sb:e])
            ):
                # "said Ingrid Solberg, Chief Investigator.", "Tomas Breck, Senior Engineer,": after
                # a name and a comma, a run of English words opening with a title and ending the
                # phrase is a title in apposition (AP Stylebook,
                # "titles": a title set off after a name), no name
                continue
            if office(surface):
                continue  # "the U.S. Attorney's office": a title with its jurisdiction, no body
            if " " not in surface and (
                (surface.lower() in gazetteer.legal_suffixes() and gazetteer.legal_form(surface))
                or surface.lower() in GENERIC_HEADS
            ):
                # a legal form alone ("Ltd.", "Corp") names nothing; "the Government", "the
                # Union". As written: "Vos" is a surname, not the stopless "v.o.s." ("VOS")
                continue
            last = surface.split()[-1]
            if surface.endswith(".") and not is_acronym(last) and last.lower().rstrip(".") not in DOTTED:
                sb -= 1
                surface = surface[:-1]
            cues_here = list(cues) + cues_before(text, sa, s) + cues_after(text, sb, e)
            if "person:reporting verb before the name" in cues_here and not re.match(
                r"[’']?\s*(?:[,.;:!?)\"”]|$|(?:of|in|at|on|from|to|and|who|when|after|before|as|with)\b)", text[sb:e]
            ):
                # '"…," said Uralsib analyst Chris Weafer': the subject after the verb goes on
                # past X, a modifier of the speaker's noun phrase (his employer), not the speaker
                cues_here = [c for c in cues_here if c != "person:reporting verb before the name"]
            if ROLE_BEFORE in cues_here and PREMODIFIER in cues_here:
                cues_here.remove(ROLE_BEFORE)  # "the chief Kessel engineer": Kessel modifies the noun, holds no role
            if SPOKEN_FOR in cues_here:  # "a spokeswoman for X said": she speaks, not X
                cues_here = [c for c in cues_here if c != "person:reporting verb after the name"]
            # "(GAO)", "(U.S.)"; "(S&W)" after "Smith & Wesson": an "&" between the initials
            acr = re.match(r"\s*\(((?:[^\W\d_]\.?){2,8}|[^\W\d_]{1,3}&[^\W\d_]{1,3})\)", text[sb:e])
            if acr and is_acronym(acr.group(1).replace("&", "")) and "place:dateline" not in cues_here:
                # (not a dateline's agency: "NEW YORK (AP) -" is the place of filing and the
                # wire that filed, two names; AP Stylebook, "datelines")
                cues_here.append(f"acronym:{acr.group(1)}")
            # 'Ashcombe Industries plc ("Ashcombe")': the short name a document defines in
            # brackets and quotes, the name's opening words, joins it as an acronym does
            defined = DEFINED.match(text, sb, e)
            if defined and " " in surface and surface.lower().startswith(defined.group(1).lower() + " "):
                cues_here.append(f"acronym:{defined.group(1)}")
            single = " " not in surface
            if re.search(r"(?:^|\s)(?:of|for)\s+(?:the\s+)?$", text[max(s, sa - 12) : sa]):
                # "A spokeswoman for X said", "Okafor of the X said": who speaks is the
                # noun before "for" or "of", not X
                cues_here = [c for c in cues_here if c != "person:reporting verb after the name"]
            if opener and sa == run[2][0]:
                cues_here.append(f"opened-by:{opener}")
            if (
                start == 1 and sa == run[1][0] and lows[0] not in COMMON and not title_at(words, lows, 0, the_before) and not demonym_of(words[0])
                and not before_place
            ):
                if person_named(words, lows, 1, y):
                    # "Mediator Helena Marsh said": a role opening the sentence, then the person
                    cues_here.append(f"person:after '{words[0]}'")
                else:
                    # "Rival Valdor Airlines", but perhaps "Air Canada": the dossier decides
                    cues_here.append(f"opened-by:{words[0]}")
            native = NATIVE.match(text, sb, e)
            if native and caseless(native.group(1)):
                # "Hoshino Foods (星野食品)": the name in a script without capitals, as an acronym
                # in brackets is, joins it (and is found: it has no capitals to be found by)
                cues_here.append(f"acronym:{native.group(1)}")
                names.append((native.start(1), native.end(1), [], False))
            names.append((sa, sb, cues_here, initial and single and sa == run[start][0] and start == 0))
    return sorted(names)



"""Short forms of discovered names: the surnames, leading and closing words, a body's
distinctive word, a given name alone and a clipping ("Brandt" of "Tomas Brandt",
"Northrop" of "Northrop Grumman", "Ardmore" of "Port Ardmore", "Fed" of "Federal
Reserve") that stand for a longer name of the dossier, and count only after the full
name (`short_forms`; the last step of `referents`' list, after `referents.join_same`).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from . import gazetteer, kinds, wordclass
from .nameparts import GAELIC_PARTICLES, INNER_PARTICLES
from .namewords import EVENT_HEADS, ORG_HEADS, PLACE_HEADS, demonym_of, is_acronym, is_head
from .occurrences import Found, given_name_first, normal
from .referents import Groups, firm_base, surname_word


def _surnames_written(root: str, keys: list[str], names: dict[str, str], forms: dict[str, Counter[str]]) -> list[str]:
    """The words a person's group may be named by alone: the last word of each of its
    names ("Whitcombe" of "Eleanor Whitcombe"). Of a name of two surnames ("Carolina Ibáñez
    Muñoz", as Spanish and Portuguese name people) the first surname when the dossier
    writes it alone or the name without the last word ("Ibáñez told reporters", "Carolina
    Ibáñez"): how the sources shorten it, so the last word (the second surname,
    "Muñoz") is not its short form; the first surname of a name the sources never shorten
    is one too ("Muñoz" of "Cristián Muñoz Tapia"), when no other name ends in it."""
    result: list[str] = []
    for k in keys:
        words = names[k].split()
        if len(words) < 2:
            continue
        first_surname = words[-2] if len(words) >= 3 and surname_word(words[-2]) and given_name_first(names[k]) else ""
        if first_surname and (normal(first_surname) in forms or any(
                normal(" ".join(names[o].split()[:-1])) == normal(" ".join(words[:-1])) for o in keys if o != k)):
            result.append(first_surname)  # "Ibáñez told reporters": the sources' own short form
        else:
            result.append(words[-1])
    return list(dict.fromkeys(result))


def _generic_first(full: str, word: str, own_kind: str | bool) -> bool:
    """Whether `word` is the distinctive word of a body's two-word name that opens with a
    generic noun, as Romance languages name firms and bodies ("Fromagerie Valbrune",
    "Banco Santander", "Groupe Renault"): then `word` alone stands for it. Not a word
    English has ("General Motors" is no "Motors", "Royal Mail" no "Mail"), a given name,
    or a word its own cues call something other than a body."""
    return (
        len(full.split()) == 2 and not wordclass.common_word(word) and not gazetteer.given_name(word.lower())
        and own_kind in (False, "", "organisation", "party")
    )


def _place_word(word: str, kind_of: dict[str, str], groups: Groups) -> bool:
    """Whether `word` names a place: in the gazetteer, or a group the dossier calls a place."""
    if gazetteer.key(word) in gazetteer.places():
        return True
    return kind_of.get(groups.find(normal(word))) == "place"


def short_forms(found: Found, groups: Groups, common: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Surnames and leading or closing words that stand for a longer name: short form ->
    the roots it may stand for (most named first). Adds the cues the joins give.
    `common`: the dossier's lower-case words."""
    names, total, cues = found.names, found.total, found.cues
    members: dict[str, list[str]] = defaultdict(list)
    for key in found.forms:
        members[groups.find(key)].append(key)
    decided = {
        r: kinds.decide(Counter({f: n for k in keys for f, n in found.forms[k].items()}), cues[r])
        for r, keys in members.items()
    }
    kind_of = {r: kind for r, (kind, _) in decided.items()}
    # how often a group is named, all its forms counted ("Kestrel Yards" and "Kestrel Yards
    # plc"): a short form stands for the group, not for one of its spellings
    named = {r: sum(total[k] for k in keys) for r, keys in members.items()}
    # a default kind is no evidence that a longer name is a person's
    evidenced = {r for r, (_, ev) in decided.items() if not ev[0].startswith("no evidence")}
    lasts: dict[str, list[str]] = defaultdict(list)  # last word -> roots of several words
    heads: dict[tuple[str, ...], list[str]] = defaultdict(list)  # leading words -> roots
    tails: dict[tuple[str, ...], list[str]] = defaultdict(list)  # closing words -> roots
    lower_tails: dict[tuple[str, ...], list[str]] = defaultdict(list)  # the same, in lower case
    clipped: dict[str, list[str]] = defaultdict(list)  # the start of a first word -> roots
    for r in sorted(members):
        words = tuple(names[r].split())
        if (
            len(words) > 1 and kind_of[r] in ("organisation", "party") and not given_name_first(names[r])
            and not wordclass.adjective_only(words[0])  # "Congressional Record" is no "Congress"
        ):
            for n in range(3, len(words[0]) - 1):
                clipped[words[0][:n]].append(r)
        if len(words) > 1:
            for last in _surnames_written(r, members[r], names, found.forms):
                lasts[last].append(r)
                if not last.isupper():
                    lasts[last.upper()].append(r)  # "MS OKORO:", a transcript's label, for "Amelia Okoro"
            for width in range(1, len(words)):
                heads[words[:width]].append(r)
                tails[words[-width:]].append(r)
                lower_tails[tuple(w.lower() for w in words[-width:])].append(r)
    result: dict[str, list[str]] = {}
    for key, name in names.items():
        words = tuple(name.split())
        # ("OKORO" of "MS OKORO:", a transcript's label, is a person's surname in capitals, no acronym)
        capitals_surname = len(words) == 1 and key in evidenced and kind_of.get(key) == "person"
        if groups.find(key) != key or (is_acronym(name) and not capitals_surname) or (len(words) == 1 and (wordclass.adjective_only(name) or demonym_of(name))):
            # an adjective ("Congressional" of "Congressional Record", "Polish" of "Polish
            # Ministry of Infrastructure": "Polish ports") stands for no name
            continue
        # a place by the gazetteer or its own words ("Port Selby" is no short form of
        # "Port Selby Harbour Authority")
        place = gazetteer.key(name) in gazetteer.places() or (
            len(words) > 1 and any(kind == "place" for kind, _, _ in kinds.own_words(name))
        ) or (key in evidenced and kind_of[key] == "place")
        # (or by its own cues: "in Brackenford", a dateline's "BRACKENFORD" is the city,
        # no short form of "Brackenford City Council", which borrows the city's name)
        # a surname: of a person the evidence calls one (a gazetteer place may be a
        # surname too: "Angers"), or by default, of a name named at least as often, or
        # when the evidence calls the surname a person's ("Djamal said")
        persons = [
            r for r in dict.fromkeys(lasts.get(words[0], []) if len(words) == 1 else [])
            if r != key and kind_of[r] == "person"
            and (r in evidenced or (total[r] >= total[key] and not place) or (key in evidenced and kind_of[key] == "person"))
        ]
        if len(words) > 1 and (words[0].lower() in INNER_PARTICLES | GAELIC_PARTICLES
                               or any(w in INNER_PARTICLES for w in words[1:-1])):
            # a surname with its particles ("van der Berg", "De la Vega" for "Ana de la
            # Vega", "Ní Bhriain" for "Siobhán Ní Bhriain"; "Núñez de la Fuente" for "Ana
            # María Núñez de la Fuente", a compound surname joined by a particle)
            persons = [r for r in lower_tails.get(tuple(w.lower() for w in words), []) if r != key and kind_of[r] == "person"]
        if place and not persons:
            continue
        # a club's name after its town, its nickname alone ("Rovers" of "Larkford Rovers", "Wanderers"
        # of "Kessel Wanderers"): the last word, no head word of a body, place or event, of a
        # two-word body whose first word is a place, in sources that name it in full (BBC
        # Sport and AP style write a club's nickname alone on second reference)
        teams = [
            r for r in (tails.get(words, []) if len(words) == 1 else [])
            if r != key and kind_of[r] in ("organisation", "party") and len(names[r].split()) == 2
            and not any(is_head(name.lower(), h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS))
            and not wordclass.adjective_only(name) and set(found.where[key]) <= set(found.where[r])
            and _place_word(names[r].split()[0], kind_of, groups)
        ]
        if len(teams) == 1:
            result[key] = teams
            continue
        if (
            len(words) == 1 and not found.inner[key] and (wordclass.common_word(name) or name.lower() in common) and not persons
            and not (len(heads.get(words, [])) == 1 and firm_base(names[heads[words][0]]) == name
                     and name.lower() not in common)
        ):
            # "Harbour officials said": an English noun seen only opening sentences is no
            # "Harbour Wire" (but "Meridian said" is "Meridian Health Group"; not "Federal
            # safety regulators said" where the dossier writes "federal court": the word)
            continue
        # (named at least as often as the short form, or its firm's own words: "Nordhavn" of
        # "Nordhavn Shipping Group", however often each is written, when the word opens that
        # name only and names nothing else: not "Apple" of "Apple Stores", "Apple TV", with
        # "Apple Inc." its own)
        own_word = len(heads.get(words, [])) == 1 and len(members[key]) == 1
        orgs = [
            r for r in heads.get(words, []) if r != key and kind_of[r] in ("organisation", "party", "product")
            and (
                total[r] >= total[key] or (own_word and firm_base(names[r]) == name)
                # all its spellings counted, when the short form's own words call it nothing else
                # ("Kestrel" of "Kestrel Yards" and "Kestrel Yards plc"; not "in Avel", a place)
                or (named[r] >= total[key] and not (key in evidenced and kind_of[key] not in ("organisation", "party")))
            )
        ]
        ends = [
            r for r in tails.get(words, [])
            if r != key and kind_of[r] in ("organisation", "party", "product")
            and (len(words) > 1 or kind_of[r] == "product" or _generic_first(names[r], name, key in evidenced and kind_of[key]))
        ]
        # the distinctive word of a place named by a place's head word and it ("Ardmore" of
        # "Port Ardmore", "Ohrid" of "Lake Ohrid"), with no evidence of its own: that place
        # ("the whole Ardmore economy"; English writes the place's own word alone as a
        # premodifier, Quirk et al. 1985 ch. 17 on premodification by proper nouns). With
        # evidence of a place of its own ("in Avel", a dateline's "AVEL") it is that place,
        # the town beside "Port Avel".
        sites = [
            r for r in (tails.get(words, []) if len(words) == 1 else [])
            if r != key and kind_of[r] == "place" and len(names[r].split()) == 2
            and names[r].split()[0].lower() in PLACE_HEADS
            and key not in evidenced
        ]
        # a single word that opens a name of several words nothing calls a person's
        # ("Lockheed", "Lockheed Martin"): people are not named by their given name alone
        firsts = [
            r for r in (heads.get(words, []) if len(words) == 1 else [])
            if r != key and r not in evidenced and total[r] >= total[key]
        ]
        if sites:
            # "the Wend" where the dossier names the River Wend: the place's own word, not the
            # first word of the "Wend Angling Association" that borrows it
            orgs, firsts = [], []
        if not orgs and len(firsts) == 1:
            orgs = firsts
            cues[firsts[0]]["organisation:its first word used alone"] += 1
        # a given name alone, for the one person of the dossier who has it ("Tim", "Tim Cook")
        given = [
            r for r in (heads.get(words, []) if len(words) == 1 and gazetteer.given_name(name.lower()) else [])
            if r != key and kind_of[r] == "person" and r in evidenced
        ]
        # a clipping of an organisation's first word ("Fed" of "Federal Reserve", "Met" of
        # "Metropolitan Police"): a word that opens no name of its own, no given name,
        # place or head word ("Congress"), and occurs only in sources that name the one
        # such organisation in full ("Intel" named elsewhere alone is not the
        # "Intelligence Committee"); not before an adjective made from it ("Congressional");
        # not a word whose own cues call it another kind ("the river Vel" is a place, no
        # clipping of "Velsburg Commercial Court"), nor the clipping of a first word the
        # dossier names alone ("Velsburg", the city: the longer name borrows that name, so
        # its clipping would be the city's, not the court's)
        clips = [
            r for r in (clipped.get(name, []) if len(words) == 1 and name[1:].islower() else [])
            if r != key and set(found.where[key]) <= set(found.where[r]) and not found.inner[normal(names[r].split()[0])]
        ]
        if clips and (
            heads.get(words) or gazetteer.given_name(name.lower()) or gazetteer.key(name) in gazetteer.places()
            or any(is_head(name.lower(), h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS))
            or (key in evidenced and kind_of[key] not in ("organisation", "party"))
        ):
            clips = []
        targets = (
            persons or (orgs if len(orgs) == 1 else []) or (ends if len(ends) == 1 else [])
            or (sites if len(sites) == 1 else []) or given
            or (clips if len(clips) == 1 else [])
        )
        if targets:
            result[key] = sorted(targets, key=lambda r: (-total[r], r))
    # agreement: "Harlow TV", "Harlow Stores" begin with the name of an organisation
    orgs_named = {
        names[r] for r in members
        if " " not in names[r] and kind_of[r] == "organisation" and r in evidenced and r not in result
    }
    for r in members:
        head = names[r].split()[0]
        if " " in names[r] and head in orgs_named:
            cues[r][f"organisation:begins with the organisation '{head}'"] += 1
    return result

"""Every name of a dossier the registry does not know, counted by its normalised form
(`normal`): surface forms, cues, where it occurs and its first sentence. Two names
written "A and B" that are one name are joined first (`one_name_across_and`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from .. import letters
from ..annotation import Annotated, Name
from ..model import Dossier, Source
from ..read.registry import alias_key
from . import gazetteer, kindphrases, wordclass
from .matcher import fold
from .namecues import MAKER
from .nameparts import PARTICLES_FIRST
from .names import bases_of, find_names
from .namewords import EVENT_HEADS, GENERIC_HEADS, ORG_HEADS, PLACE_HEADS, dictionary_word, is_acronym, is_head


def normal(name: str) -> str:
    """The key a name's forms share: folded case and accents (`letters.fold`: "Łódź" and
    "Lodz", "Zürich" and "Zurich" are one name written two ways), a hyphen
    between words read as a space ("Northmere-Bank", "Northmere Bank"), spaces collapsed,
    no possessive, and no plural possessive's apostrophe inside ("Dockers' Union" and
    "Dockers Union" are one name written two ways), and no full stop after an abbreviation
    ("St. Brendan's" and "St Brendan's": `_ABBREVIATION_STOP`)."""
    key = re.sub(r"\s+", " ", _HYPHEN.sub(" ", letters.fold(alias_key(fold(name))))).removesuffix("'s").removesuffix("'")
    return _ABBREVIATION_STOP.sub(r"\1", re.sub(r"(?<=s)'(?= )", "", key))


_ABBREVIATION_STOP = re.compile(r"\b(st|mt|ft|dr|jr|sr|co|bros|inc|ltd|corp|mr|mrs|ms|prof|gen|lt|col|capt|sgt|rev|hon)\.(?= |$)")
"""An abbreviation's full stop inside a name: American usage writes "St. Louis", "Mt.
Hood", "Dr. Hale", "Harlow Co.", British usage "St Louis", "Mt Hood", "Dr Hale" (no stop
after a contraction: Hart's Rules, "abbreviations"; AP Stylebook, "Saint", "mount"); one
name written two ways (lower case: applied to `normal`'s key)."""


_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
"""A hyphen joining two words of a name: news writes "Jean-Pierre" and "Jean Pierre",
"Coca-Cola" and "Coca Cola" for one name (and a slug cannot tell them apart)."""


def given_name_first(name: str) -> bool:
    """"Tomas Brandt": a name of several words opening with a given name."""
    words = name.split()
    return len(words) > 1 and gazetteer.given_name(words[0].lower()) and not is_acronym(words[0])


@dataclass
class Found:
    """Every unregistered name of a dossier, by normalised form (`normal`)."""

    forms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """Surface forms and their counts."""
    cues: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """`Name.cues` of every occurrence."""
    inner: Counter[str] = field(default_factory=Counter)
    """Occurrences not opening a sentence."""
    where: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Source ids, in order."""
    first: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    """The first occurrence: (sentence, source id, paragraph)."""
    names: dict[str, str] = field(default_factory=dict)
    """The commonest surface form."""
    total: dict[str, int] = field(default_factory=dict)
    """Occurrences."""


def collect(dossier: Dossier, annotated: dict[str, Annotated], common: frozenset[str]) -> Found:
    known = {alias_key(a.text) for e in dossier.entities for a in e.aliases}
    found = Found()
    # Found here, not when annotating: only the review page, `suggest` and `--discover` need them.
    kind_of = {e.id: e.kind for e in dossier.entities}
    bases = bases_of(dossier.entities)
    every = [(source, find_names(source, annotated[source.id].mentions, annotated[source.id].dates, common, kind_of, bases))
             for source in dossier.sources]
    every = one_name_across_and(every)
    every = [(source, tuple(_listed_first_word(source.text, list(ns)))) for source, ns in every]
    every = [(source, listed_with_places(source.text, ns)) for source, ns in every]
    every = with_lower_head(every, known)
    every = [(source, tuple(_with_particle(source.text, n) for n in ns)) for source, ns in every]
    # A word the dossier writes in lower case, left out at a sentence's opening, belongs to
    # the name unless the dossier names the rest alone elsewhere: "Rival Valdor Airlines"
    # is "Valdor Airlines" when that is named so; "General Motors said", "Air Canada has
    # ordered" keep their first word
    alone = {normal(n.text) for _, ns in every for n in ns if not any(c.startswith("opened-by:") for c in n.cues)}
    for source, ns in every:
        for n in ns:
            opened = next((c.partition(":")[2] for c in n.cues if c.startswith("opened-by:")), "")
            if opened and normal(n.text) not in alone:
                a = source.text.rfind(opened, 0, n.start)
                if a >= 0 and not source.text[a + len(opened) : n.start].strip():
                    n = replace(n, text=source.text[a : n.end], start=a, cues=tuple(c for c in n.cues if c != f"opened-by:{opened}"))
            key = normal(n.text)
            if {alias_key(n.text), alias_key(n.text).removesuffix("'s")} & known or not key:
                # a registered alias as written, possessive or not ("Costa-Whitby's"): the
                # matcher finds it; another way of writing one joins it (`registered.attached`)
                continue
            found.forms[key][" ".join(n.text.split())] += 1
            found.cues[key].update(n.cues)
            found.cues[key].update(kindphrases.cues(source.text, n.start, n.end))
            found.inner[key] += not n.initial
            if source.id not in found.where[key]:
                found.where[key].append(source.id)
            if key not in found.first:
                p = source.paragraphs[n.paragraph - 1]
                context = next(
                    (source.text[s:e] for s, e in p.sentences if s <= n.start < e),
                    source.text[p.start : p.end],
                )
                found.first[key] = (" ".join(context.split()), source.id, n.paragraph)
    # the commonest form, but never one in capitals when the name is also written in
    # mixed case ("Dunmore" over a dateline's or headline's "DUNMORE", however often:
    # capitals are typography; the mixed-case form is how prose spells the name); of two
    # as common, the one with its accents ("São Paulo" over "Sao Paulo": the plain letters
    # are a keyboard's or a wire's, `letters.fold`)
    found.names = {
        key: min(counter.items(), key=lambda x: (
            x[0].isupper() and not _all_capitals(counter), -x[1], -sum(not c.isascii() for c in x[0]), x[0]))[0]
        for key, counter in found.forms.items()
    }
    found.total = {key: sum(c.values()) for key, c in found.forms.items()}
    for key, name in found.names.items():
        last = name.split()[-1].lower()
        if given_name_first(name) and last in common and wordclass.made_thing(last):
            found.cues[key][f"{MAKER} ('X {name.split()[-1]}')"] += found.total[key]  # "Douglas Aircraft"
    return found


_PARTICLE_BEFORE = re.compile(r"(?<![\w.])(" + "|".join(w.capitalize() for w in sorted(PARTICLES_FIRST)) + r")[ \u00a0]$")


def _with_particle(text: str, n: Name) -> Name:
    """"Chief Executive Officer of Van Houten": a capitalised surname particle right before
    a name inside a sentence ("Van", "De", "Von") is the name's first word, not a
    connector between two names ("Houten" alone is no name of the dossier)."""
    before = _PARTICLE_BEFORE.search(text, max(0, n.start - 5), n.start)
    if n.initial or not before or any(c.startswith("opened-by:") for c in n.cues):
        return n
    return replace(n, text=text[before.start() : n.end], start=before.start())


def _all_capitals(forms: Counter[str]) -> bool:
    """Whether every form of a name is written in capitals ("NATO", "CSWU")."""
    return all(f.isupper() for f in forms)


_AND = re.compile(r"[’']? and ")
"""What lies between the halves of one name across "and": a space, or a plural possessive's
apostrophe ("Builders' and Allied Trades Union": `names` ends a name before a possessive's
mark unless a head word follows)."""


def one_name_across_and(every: list[tuple[Source, tuple[Name, ...]]]) -> list[tuple[Source, tuple[Name, ...]]]:
    """Two names written "A and B", B ending with an organisation's head word, made one
    name ("European Aeronautic Defence and Space Company", "Harbour Pilots and Boatmen
    Union", "Civil and Structural Workers' Union") when neither half is named alone
    anywhere in the dossier, A has nothing of a name of its own (no head word last, no
    gazetteer place, no given name first, no acronym; one word only inside a sentence and
    before a B of two words or more) and B no head word before its last. A may be a plural
    possessive ("Builders' and Allied Trades Union"). ("Valdor Group and
    Kessel Shipping", "Korvane Lines and Brandt Shipping Company" stay two names.)"""
    pairs: list[tuple[int, int]] = []  # (source index, index of A among its names)
    count: Counter[str] = Counter()
    paired: Counter[str] = Counter()
    for si, (source, ns) in enumerate(every):
        for n in ns:
            count[normal(n.text)] += 1
        for i in range(len(ns) - 1):
            a, b = ns[i], ns[i + 1]
            words = a.text.split()
            if (
                _AND.fullmatch(source.text, a.end, b.start) and (a.text[-1:] == "s" or source.text[a.end] == " ")
                and b.text.split()[-1].lower() in ORG_HEADS
                and (len(words) >= 2 or (not a.initial and len(b.text.split()) >= 2))
                and not any(is_head(words[-1].lower(), h) for h in (ORG_HEADS, PLACE_HEADS, EVENT_HEADS))
                and not any(is_head(w.lower(), ORG_HEADS) for w in b.text.split()[:-1])  # "Brandt Shipping Company": a name of its own
                and gazetteer.key(a.text) not in gazetteer.places() and not given_name_first(a.text)
                and not any(is_acronym(w) for w in words)
            ):
                pairs.append((si, i))
                paired[normal(a.text)] += 1
                paired[normal(b.text)] += 1
    if not pairs:
        return every
    result = [(source, list(found)) for source, found in every]
    for si, i in reversed(pairs):
        source, names = result[si]
        a, b = names[i], names[i + 1]
        if count[normal(a.text)] == paired[normal(a.text)] and count[normal(b.text)] == paired[normal(b.text)]:
            names[i : i + 2] = [Name(source.text[a.start : b.end], a.start, b.end, a.paragraph, "", a.cues + b.cues, a.initial)]
    return [(source, tuple(names)) for source, names in result]


_LISTED_FIRST = re.compile(r"(?:^|\W)the\s+([A-Z][a-z]+),\s$", re.I)


def _listed_first_word(text: str, names: list[Name]) -> list[Name]:
    """""the Foreign, Commonwealth and Development Office": a name joined across "and" (its
    last word a body's head) after "the", an English word and a comma is the end of one
    coordinated premodifier list ("Department for Environment, Food and Rural Affairs";
    Quirk et al. 1985, 13.2 on coordination): the first word belongs to the name, not a
    name of its own."""
    for i, n in enumerate(names):
        if " and " not in n.text or n.text.split()[-1].lower() not in ORG_HEADS:
            continue
        first = _LISTED_FIRST.search(text, max(0, n.start - 30), n.start)
        if not first or not dictionary_word(first.group(1)):
            continue
        a = first.start(1)
        names[i] = replace(n, text=text[a : n.end], start=a, initial=n.initial or text[a - 4 : a] == "The ")
        if i and names[i - 1].start == a:
            names[i - 1] = replace(names[i - 1], text="")
    return [n for n in names if n.text]


_LIST_GAP = re.compile(r"(?:,\s|,?\s(?:and|or)\s)(?:(?:(?:north|south)(?:-(?:east|west))?|east|west)(?:ern)?\s|central\s)?")
"""What stands between two members of a coordinated list: a comma, "and", "or", perhaps
with a compass point in lower case before the next member ("Essex, Hertfordshire and
north London": the part of a place is still a place)."""
_LIST_OPENER = re.compile(r"(?:^|\s)(?:from|in|across|near)\s+(?:the\s+)?$")
"""A preposition of place before a list ("neighbours from X, Y and Z", "in X and Y"); not
"between" nor "to", which join parties as often ("a deal between Aeroflot and Boeing")."""
LISTED = "place:in a list with the place"
"""The cue of a list member whose list mate is a gazetteer place."""


_LOWER_WORD = re.compile(r"[ \u00a0]([a-z]{3,})\b")


def with_lower_head(every: list[tuple[Source, tuple[Name, ...]]], known: set[str]) -> list[tuple[Source, tuple[Name, ...]]]:
    """"Both were taken to Brennock District hospital" where the dossier writes "Brennock
    District Hospital" elsewhere (or registers it): the name runs on through its head word
    written in lower case (news writing often lowers the generic part of a name, AP style's
    "capitalize ... the generic term when it is part of a formal name"), so it is one name
    written two ways, not "Brennock District" and a hospital. Only when the name with that
    word capitalised is a name of the dossier, and only for an institution's head word
    (`namewords.ORG_HEADS`): a generic one ("the Russian government", "the US
    government": the country's) and a place's ("Suvarnabhumi airport": the place named,
    then the kind of site, `namecues`) stay outside the name."""
    names = {normal(n.text) for _, ns in every for n in ns} | known
    result = []
    for source, ns in every:
        longer = []
        for n in ns:
            word = _LOWER_WORD.match(source.text, n.end)
            head = word.group(1) if word else ""
            if word and head in ORG_HEADS and head not in GENERIC_HEADS and head not in PLACE_HEADS and (
                    normal(f"{n.text} {head}") in names):
                n = replace(n, text=source.text[n.start : word.end(1)], end=word.end(1))
            longer.append(n)
        result.append((source, tuple(longer)))
    return result


def listed_with_places(text: str, names: tuple[Name, ...]) -> tuple[Name, ...]:
    """"neighbours from Curacautín, Lonquimay and Temuco": the members of one coordinated
    list after a preposition of place are of one kind (coordination joins like
    constituents: Quirk et al. 1985, 13.2; Huddleston & Pullum 2002, ch. 15), so a
    member the gazetteer does not know gets a place's cue (`LISTED`) when another is a
    gazetteer place. A list with no such opener ("Kessel, Avel and Brandt said") is
    left alone: its members may be anything."""
    result = list(names)
    i = 0
    while i < len(names):
        j = i
        while j + 1 < len(names) and _LIST_GAP.fullmatch(text, names[j].end, names[j + 1].start):
            j += 1
        members = range(i, j + 1)
        before = text[max(0, names[i].start - 20) : names[i].start]
        places = [names[k].text for k in members if gazetteer.key(names[k].text) in gazetteer.places()]
        whole = all(not re.match(r"[-‐‑’']", text[names[k].end : names[k].end + 1]) for k in members)
        if j > i and places and whole and _LIST_OPENER.search(before):  # ("Chicago-based Boeing": no member)
            for k in members:
                if gazetteer.key(names[k].text) not in gazetteer.places():
                    result[k] = replace(names[k], cues=(*names[k].cues, f"{LISTED} '{places[0]}'"))
        i = j + 1
    return tuple(result)


def mentioned(annotated: Mapping[str, Annotated], order: Sequence[str]) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Each entity's mentions in the annotated text (what the matcher found of its
    aliases, after `--discover` made the unregistered names entities): (how many, the ids
    of the sources holding them, in `order`). The one figure `suggest` prints for a stub
    and the review page shows for a provisional entity: the name finder's count of a
    name (`Found.total`) differs from it (a form in a headline, a short form counted
    only after the full name, a name inside a longer one)."""
    count: Counter[str] = Counter()
    where: dict[str, list[str]] = defaultdict(list)
    for sid in order:
        if sid not in annotated:
            continue
        for m in annotated[sid].mentions:
            count[m.entity] += 1
            if not where[m.entity] or where[m.entity][-1] != sid:
                where[m.entity].append(sid)
    return {e: (n, tuple(where[e])) for e, n in count.items()}

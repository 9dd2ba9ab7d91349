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

Dotted acronyms ("U.S.", "D.C."), "St. Louis" and "Harlow Inc." keep their full stops.
A single word opening a sentence is capitalised whatever it is: it is kept, marked
`initial`, and the dossier-level grouping decides (`discover.group_names`). The words
around each occurrence are read for its kind (`Name.cues`, `namecues`). The gathering of
capitalised words into runs is `nameruns`; the cutting of a run into names is `namesplit`.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..annotation import Mention, Name, TimeExpression
from ..model import Entity, Source
from . import gazetteer, kinds, opening, wordclass
from .brackets import NATIVE, caseless
from .matcher import designation_after
from .nameparts import SHARED_SURNAME, shared_surname
from .nameruns import runs
from .namewords import COMMON, ORG_HEADS, dictionary_word

REGISTERED_FORM = "registered-form:"
"""Cue of a name written in brackets right after a registered entity's mention, followed
by that entity's id."""


def _dateline_credit(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the wire service's credit in brackets in a date line opening the
    paragraph at `start` ("LINWOOD, Ohio (CP) — ", "CASTLEREACH (CP) — ": `opening.dateline`),
    or (-1, -1). AP Stylebook, "datelines": the place of filing, then the agency's credit,
    a name of its own (the wire), never the acronym of the place before it."""
    at, _, _, _, agency = opening.dateline(text[start:end])
    if not agency:
        return -1, -1
    b = text.rfind(f"({agency})", start, start + at)
    return (b, b + len(agency) + 2) if b >= 0 else (-1, -1)


def _furniture(paragraph: str) -> bool:
    """Whether a paragraph is a line of a document's furniture: a heading or sign-off of
    at most four English words (WordNet, `dictionary_word`; a hyphenated word's parts),
    all in capitals or each capitalised, with no sentence's end ("NEWS RELEASE", "MEDIA
    STATEMENT", "ENDS", "Forward-Looking Statements"). A press release's printed form
    (the Canadian Press and PR Newswire layouts: a label above the text, "-30-" or "ENDS"
    below it) writes these lines so; they name nothing. A line opened by a dash is a
    credit naming its author ("— Associated Press"), not furniture."""
    line = paragraph.strip()
    words = re.findall(r"[^\W\d_]+", line)
    return (
        0 < len(words) <= 4 and "\n" not in line and not line.startswith(("—", "–", "-")) and not re.search(r"[.!?:;,\"”)]$", line)
        and all(w[0].isupper() and (w.isupper() or w[1:].islower()) for w in words)
        and all(_english(w) for w in words)
    )


def _english(word: str) -> bool:
    """An English word (`dictionary_word`) or a head word of bodies' names, which are
    English nouns WordNet files under a plural or a sense of its own ("Media", "News")."""
    return dictionary_word(word) or word.lower() in ORG_HEADS


_LABEL = re.compile(r"\s*([A-Z][a-z]+(?:[ \u00a0](?:[A-Z][a-z]+|[a-z]+)){0,2}):[ \u00a0]")
"""A field's label opening a paragraph ("Media contact: …", "Media Contact: …", "Enquiries: …")."""


_CONTACT = re.compile(r"\b(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)\b")
"""A contact block's label ("Media contact:", "Contacts:", "Press enquiries:"; the press
release layouts of PR Newswire and Business Wire): what follows names whom to call, the
issuer's own office or officer; only a person (a given name first) is kept."""


def _label_end(text: str, start: int) -> int:
    """Where the label opening the paragraph at `start` ends, or `start`: one to three
    words, each an English noun (WordNet) or a body's head word, before a colon ("Media
    contact: Anika Deol, Head of Corporate Affairs"). A form's or contact block's field
    label names nothing; what follows it may ("Ana Ruiz"). A verb before the colon makes
    it a speaker's ("Police warned: …") and is left alone."""
    label = _LABEL.match(text, start)
    if label and all(wordclass.common_noun(w.lower()) or w.lower() in ORG_HEADS for w in label.group(1).split()):
        return label.end(1)
    return start


_BYLINE = re.compile(r"\s*[Bb]y\s+[^\W\d_][\w.’'-]*(?:\s+(?:[^\W\d_][\w.’'-]*|and|&)){0,5}(?:\s*[,|–—-]\s*[^\n]{0,60})?\s*")
"""A byline paragraph: "By" and at most six words of names ("By Tomas Novak", "By Ana de
la Vega and Jan Kessel"), perhaps a role or outlet after a comma or dash ("By Tomas
Novak, Labour Correspondent"). News writing's convention for the author, who is not in
the story."""


def lower_words(text: str) -> set[str]:
    """The lower-case words of a text (a dossier's common vocabulary)."""
    return set(re.findall(r"(?<![\w’'])[a-z][a-z’'-]*[a-z]", text))


def find_names(
    source: Source,
    mentions: tuple[Mention, ...],
    found_dates: tuple[TimeExpression, ...],
    common: frozenset[str] = frozenset(),
    kind_of: dict[str, str] | None = None,
    bases: dict[str, frozenset[str]] | None = None,
) -> tuple[Name, ...]:
    """Capitalised names outside mentions and dates, in text order.

    `common` is the dossier's lower-case vocabulary: a capitalised word that opens a
    sentence and is also written in lower case elsewhere ("Markets fell") is no name.
    `kind_of` (entity id -> kind) lets a longer name beat a registered shorter one at
    the same start when its own words give it another kind: "Port Selby Harbour
    Authority" is an organisation, not a mention of the registered place "Port Selby"
    (the matcher's leftmost-longest rule then links it to its own entity). `bases`
    (entity id -> its registered names without their legal forms, lower case: `bases_of`)
    lets "Hallbrook Mining" beat the registered short form "Hallbrook" at its start, as
    the form of the registered "Hallbrook Mining Ltd" it is (`provisionals.attach` adds it).
    """
    text = source.text
    taken = sorted([(m.start, m.end) for m in mentions] + [(d.start, d.end) for d in found_dates])
    starts = [x for x, _ in taken]
    reach = list(itertools.accumulate((y for _, y in taken), max))  # furthest end so far
    at_start = {m.start: m for m in mentions}
    names: list[Name] = []
    for p in source.paragraphs:
        if (
            p.skipped or _BYLINE.fullmatch(text, p.start, p.end) or opening.wire_note(text[p.start : p.end])
            or _furniture(text[p.start : p.end])
        ):
            # "By Tomas Novak", "(Reporting by Tomas Novak; Editing by Ana Ruiz)": who wrote
            # and edited the source, not whom it is about
            continue
        label_end = _label_end(text, p.start)
        contact = label_end > p.start and _CONTACT.search(text, p.start, label_end) is not None
        credit = _dateline_credit(text, p.start, p.end)
        for s, e in p.sentences:
            if _title_case(text, s, e, common):
                continue  # "Valdor Aviation Files For Bankruptcy": capitals say nothing here
            for a, b, cues, initial in _couples(text, _spelled_out(text, runs(text, s, e, common))):
                i = bisect.bisect_left(starts, b)  # the spans that start before the run ends
                if i and reach[i - 1] > a and not _beats_shorter(text, a, b, at_start.get(a), kind_of, starts, reach) and not (
                    _registered_form(text, a, b, at_start.get(a), bases, starts, reach)
                ):
                    continue  # one of them ends inside it or after it
                if b <= label_end:
                    continue  # "Media contact: …": a field's label
                if contact and not gazetteer.given_name(text[a:b].split()[0].lower()):
                    continue  # "Media contact: Office of the Minister, 08 …": the issuer's desk, not the story's
                if designation_after(text, b):
                    continue  # "Valdor V400": a product named after its maker, not the maker
                if b <= credit[0]:
                    # the date line's place and region: the brackets after them hold the credit,
                    # no acronym of theirs ("Ohio (CP)")
                    cues = [c for c in cues if not c.startswith("acronym:")]
                    cues += [] if "place:dateline" in cues else ["place:dateline"]
                surface = text[a:b]
                names.append(Name(surface, a, b, p.number, "", tuple(cues), initial))
            for found in _CASELESS_SLOT.finditer(text, s, e):
                slot = "after" if found.group("after") else "before"
                a, b = found.span(slot)
                i = bisect.bisect_left(starts, b)
                if caseless(found.group(slot)) and not (i and reach[i - 1] > a):
                    names.append(Name(found.group(slot), a, b, p.number, "", (CASELESS_SPEAKER,), False))
    # "Hoshino Foods (星野食品)" with "Hoshino Foods" registered: the bracketed form is a form
    # of the registered name (`discover` attaches it)
    for m in mentions:
        native = NATIVE.match(text, m.end)
        if native and caseless(native.group(1)):
            i = bisect.bisect_left(starts, native.end(1))
            if not (i and reach[i - 1] > native.start(1)):
                names.append(Name(native.group(1), native.start(1), native.end(1), m.paragraph, "",
                                  (f"{REGISTERED_FORM}{m.entity}",), False))
    return tuple(sorted(names, key=lambda n: n.start))


_CASELESS_WORD = r"[^\W\d_]{2,12}"
_CASELESS_NAME = _CASELESS_WORD + r"(?:[ \u00a0]" + _CASELESS_WORD + r")?"
_CASELESS_SLOT = re.compile(
    r"(?<=[,\"”’])\s*(?:said|says|added|explained|insisted|warned|argued)\s+(?P<after>" + _CASELESS_NAME + r")(?=\s*[,.;:!?]|\s*$)"
    r"|(?<![\w-])(?P<before>" + _CASELESS_NAME + r")(?=,\s+(?:a|an|the|who)\s+[a-z]|\s+(?:said|says|told|added)\b)"
)
"""A name's slot that needs no capitals: the subject after a reporting verb ('"…," said
陈志明.'), before one ("陈志明 said") or before an apposition ("陈志明, a plater who…").
Only a name in scripts without capitals (`caseless`: Han, Kana, Hangul…) is taken from
it: those scripts mark no name by its first letter, so the speaker's slot is where news
writing in English shows one (Quirk et al. 1985, ch. 14 on direct and indirect speech,
and ch. 17 on apposition)."""
CASELESS_SPEAKER = "person:a name without capitals in a speaker's slot"
"""The cue of a name found by `_CASELESS_SLOT`: who speaks, or is described as a person
is ("a plater who…"), a person's name."""


def _spelled_out(
    text: str, found: list[tuple[int, int, list[str], bool]]
) -> list[tuple[int, int, list[str], bool]]:
    """Names of one sentence with those an acronym in brackets spells out joined into one:
    "Aircraft Communications Addressing and Reporting System (ACARS)", "Maintenance,
    Repair and Overhaul (MRO)" are one name each when the initials of the capitalised
    words before the brackets, across "and", "&", "of", commas and a plural possessive's
    apostrophe (`_SPELLED_GAP`), spell the acronym."""
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
        while first > 0 and len(letters) < len(acr) and _SPELLED_GAP.fullmatch(text[result[first - 1][1] : result[first][0]]):
            first -= 1
            letters = _initials_of(text[result[first][0] : result[first][1]]) + letters
        if first < i and letters == acr.upper():
            merged = (result[first][0], b, [c for k in range(first, i + 1) for c in result[k][2]], result[first][3])
            result[first : i + 1] = [merged]
    return result


def _couples(text: str, found: list[tuple[int, int, list[str], bool]]) -> list[tuple[int, int, list[str], bool]]:
    """Names of one sentence with the first of "Lorraine and Gene Atwater" (`nameparts.
    shared_surname`) marked a person's given name (`SHARED_SURNAME`), not left a single
    capitalised word of no kind."""
    result = list(found)
    for i in range(len(result) - 1):
        a, b, cues, initial = result[i]
        c, d = result[i + 1][:2]
        if text[b:c] == " and " and shared_surname(text[a:b], text[c:d]):
            result[i] = (a, b, [*cues, SHARED_SURNAME], False)
    return result


_SPELLED_GAP = re.compile(r"[’']?(?:,?\s(?:and|&|of|of the)\s|,\s)")
"""What may lie between the parts of a name an acronym spells: "and", "&", "of (the)" or a
comma, perhaps after a plural possessive's apostrophe ("Builders' and Allied Trades Union
(BATU)"): the small words of names, which acronyms skip."""


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
    entity ("Port Selby Harbour Authority", an organisation, over the place "Port Selby"),
    or it is a company's legal name whose words before the legal form go on past `m`
    ("Clarion Newspapers Ltd" over a registered short "Clarion": the full name of a
    company, AP Stylebook, "company names"; "Harlow Inc." over "Harlow" is one company)."""
    if m is None or not kind_of or m.end >= b or not text[m.end : m.end + 1].isspace():
        return False
    first = bisect.bisect_left(starts, a)
    if bisect.bisect_left(starts, b) - first != 1 or (first and reach[first - 1] > a):
        return False  # another mention or a date overlaps it too
    base = without_legal_form(text[a:b])
    if base != text[a:b] and len(base) > m.end - a:
        return True
    own = {kind for kind, _, _ in kinds.own_words(text[a:b])}
    return bool(own) and kind_of.get(m.entity, "") not in own


def bases_of(entities: tuple[Entity, ...]) -> dict[str, frozenset[str]]:
    """Entity id -> the lower-case forms of its organisation's names without their legal
    forms ("hallbrook mining" of "Hallbrook Mining Ltd"), two words or more (`find_names`)."""
    found: dict[str, frozenset[str]] = {}
    for e in entities:
        if e.kind not in ("person", "place"):
            forms = {without_legal_form(a.text).lower() for a in e.aliases} - {a.text.lower() for a in e.aliases}
            if forms:
                found[e.id] = frozenset(forms)
    return found


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ("Hallbrook Mining Ltd" -> "Hallbrook
    Mining"), when two words or more are left; else the name (cleanco's legal forms,
    `gazetteer.legal_form`). News writing drops the form (AP Stylebook, "company names")."""
    words = name.split()
    k = len(words)
    while k > 2 and gazetteer.legal_form(words[k - 1].rstrip(",")):
        k -= 1
    return " ".join(words[:k]).rstrip(",")


def _registered_form(
    text: str, a: int, b: int, m: Mention | None, bases: dict[str, frozenset[str]] | None, starts: list[int], reach: list[int]
) -> bool:
    """Whether the name `text[a:b]` overlaps only the mention `m`, which starts where it
    does and ends earlier ("Hallbrook" of "Hallbrook Mining"), and is `m`'s entity's
    registered name without its legal form: the longer form of the same name, which a
    reader sees highlighted whole once `provisionals.attach` adds it."""
    if m is None or not bases or m.end >= b or text[a:b].lower() not in bases.get(m.entity, ()):
        return False
    first = bisect.bisect_left(starts, a)
    return bisect.bisect_left(starts, b) - first == 1 and not (first and reach[first - 1] > a)


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

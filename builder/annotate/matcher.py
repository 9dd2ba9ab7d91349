"""Find every registered entity in a text with one Aho-Corasick automaton over all aliases.

Matches sit on word boundaries (`bounded`: Unicode categories, compounds, currency
prefixes, scripts written without spaces); the leftmost-longest match wins; curly and straight
quotes are equivalent; a case-sensitive alias also matches its all-capitals form (as in
headlines and datelines). Possessives need nothing special: "Hun Sen's" ends at a word
boundary after "Hun Sen".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ahocorasick

from ..model import Alias, Entity
from . import wordclass
from .namewords import EVENT_HEADS, ORG_HEADS, PLACE_HEADS, TITLE_MODIFIERS, TITLES, is_head
from .sharedsurnames import another_given_name, given_names, shared_surname

# One character for one character, so offsets in the folded text are offsets in the text.
_FOLD = {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "\n": " ", "\t": " ", "\u00a0": " "}


def fold(text: str) -> str:
    """Quotes made straight and white space made single spaces, same length as `text`."""
    for old, new in _FOLD.items():  # str.replace is many times faster than str.translate here
        text = text.replace(old, new)
    return text


def lower(text: str) -> str:
    """Lower case without changing the length (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Claim:
    """An entity's claim on an alias."""

    entity: str
    """Entity id."""
    alias: Alias
    """The alias as registered."""
    form: str
    """The alias folded (quotes straight)."""
    kind: str = ""
    """The entity's kind ("person", "place", ...)."""
    name: str = ""
    """The entity's name."""
    given: frozenset[str] = frozenset()
    """Of a person's surname alias (the last word of the name), the given names the
    entity's longer aliases open with, lower case ({"daniel"}); empty otherwise."""


@dataclass(frozen=True)
class Hit:
    """A word-bounded match, before a claimant is chosen."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    claims: tuple[Claim, ...]
    """Entities whose alias matched here."""


_SPACELESS = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # Han, extension A
    (0x4E00, 0x9FFF),  # Han
    (0xF900, 0xFAFF),  # Han compatibility
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3134F),  # Han, extensions B-G
)
_HYPHENS = "-\u2010\u2011"
_DESIGNATION = re.compile(
    r"[ \u00a0](?:"
    r"(?:[A-Z]{1,3}-?\d+|\d{3,}(?=-\d|[A-Za-z]))[A-Za-z]{0,3}(?:-\d+[A-Za-z]{0,3})?(?![\w%]|[,.\u00a0\u2009\u202f ]\d)"
    r"|(?!(?:19|20)\d\d\b)\d{3,}(?= (?:[\"“]?[A-Z]|(?:was|has|is)\b|[a-z]+(?<!s)\b))"
    r")(?!\s?(?:percent|per cent|points?|million|billion|trillion|thousand|hundred)\b)"
)


def designation_after(text: str, end: int) -> bool:
    """Whether a model designation follows `text[:end]`: a space, then a code of capital
    letters and digits ("V400", "VC-10", "K7"), a number with a suffix ("737s",
    "737-800"), or a bare number of three or more digits that a word other than a plural
    follows ("787 jetliner", "225 fell", "310 Turbo"). A name before one names a product or
    a series after its maker or brand ("Valdor V400", "Kessel 310 Turbo"), not the maker.
    Not designations: years ("Kessel 2009"), two-digit numbers ("Arsenal 2"), a bare
    number before punctuation or a plural, as in a list of results ("Labour 356, Greens
    120", "Labour 356 seats"), figures with thousands separators or decimals ("12 500",
    "3.5"), percentages and amounts ("300 percent", "400 million")."""
    return bool(_DESIGNATION.match(text, end))


_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:a|an)[ \u00a0]$")
_BARE_MODEL = re.compile(r"[ \u00a0](?!(?:19|20)\d\d\b)\d{3,}(?=[)\]]|[,;:.!?](?!\d))")
_LINE_MODEL = re.compile(
    r"[ \u00a0]([A-Z][a-z]+)[ \u00a0](?!(?:19|20)\d\d\b)\d{3,}[ \u00a0]([a-z]+)\b"
)

_LINE = re.compile(r"[ \u00a0]([A-Z][a-z]+)(?:[ \u00a0]and(?:[ \u00a0][A-Z][\w-]*){1,2})?[ \u00a0]([a-z]+)\b(?![’'-])")


def model_after(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is a maker's or brand's before a model it names,
    in the two shapes `designation_after` leaves to lists of results:

    - "a"/"an" before the name and a bare number of three or more digits after it,
      closing the phrase ("for a Valdor 747)", "an Avel 310."): an article makes it one
      thing, where a result reads "Labour 356, Greens 120";
    - a capitalised word, a number of three or more digits if any, and a made thing's
      noun after it, or after "and" and another name sharing the noun ("Kessel Breeze 300
      heaters", "two Valdor Trent engines", "Valdor Trent and Kessel K-10 engines";
      `wordclass.made_thing`): the maker, a model line and its number; not when that word
      is a head word of a body or place ("Labour Party 356 seats", "Kessel Shipping
      vessels"), nor a flight ("Valdor Air Flight 574, which": an operator, no maker),
      nor a year.

    Source: English product naming (maker, line, number) as in `designation_after`."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 4), start) and _BARE_MODEL.match(text, end):
        return True
    line = _LINE_MODEL.match(text, end) or _LINE.match(text, end)
    if line is None:
        return False
    return wordclass.made_thing(line.group(2)) and not is_head(line.group(1).lower(), ORG_HEADS | PLACE_HEADS | EVENT_HEADS)


_BODY_OF = re.compile(r"(?<![\w’'])([A-Z][a-z]+)[ \u00a0]of[ \u00a0](?:the[ \u00a0])?$")
"""A capitalised head word and "of" right before a match ("University of ", "Bank of the "):
with an organisation's head word (`namewords.ORG_HEADS`) the match is the tail of that
body's name ("the University of Northfield", "the Bank of Avel"), which names the body, not
the place: leftmost-longest, as between two registered names."""
_UNIT_AFTER_TIME = re.compile(r"\d{1,2}[:.]\d{2}[ \u00a0]?$|\d[ \u00a0]?[ap]\.?m\.?[ \u00a0]$|\d$")
"""Before a time zone or a unit: a clock time or a decimal ("09:00 ", "5 p.m. ", "9.99 "),
or a digit with no space ("12GB"). A year or a count before a name ("2013 CNRP", "55 CNRP seats") is not
this: a space after a plain number does not count."""


def _is_word(c: str) -> bool:
    """Letters, combining marks and digits are inside words (Unicode categories L, M, N)."""
    if c < "\x80":  # ASCII: letters and digits only (no mark); most text, without the table
        return c.isalnum()
    return unicodedata.category(c)[0] in "LMN"


def _spaceless(c: str) -> bool:
    """A character of a script written without spaces between words."""
    o = ord(c)
    return o >= _SPACELESS[0][0] and any(a <= o <= b for a, b in _SPACELESS)


def bounded(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` stands as a whole name in `text`.

    Rules (Unicode categories, so they hold in every script):
    - a letter, combining mark or digit next to the match continues a word: no match
      (a Devanagari vowel sign or Arabic haraka after a name is part of the word);
    - in Han, Hiragana, Katakana, Thai, Lao, Khmer and Myanmar, written without spaces,
      a letter of the same script may touch the match (a combining mark may not);
    - a hyphen joins a compound name when the word on its far side begins with a capital
      (or an uncased letter): alias `Kessel` does not match in `Maria Kessel-Brandt`,
      nor `Brandt` in it; "VCL-led", "anti-Kessel" still match;
    - a currency sign right after the match makes it a currency prefix ("US$6", "NZ$40"),
      never a name, and so does one after a space when the match is in capitals ("U.S. $10,000");
    - a clock time right before the match, or a digit touching it, makes it a time zone
      or a unit ("09:00 UTC", "5 p.m. EST", "12GB"), unless written as a word ("Avel");
    - a model designation right after the match makes it part of a product's name
      ("Valdor V400": see `designation_after`), no mention of the maker;
    - a body's head word and "of" right before the match ("University of Northfield")
      make it the tail of that body's name, no mention of the place;
    - a word written with a small letter first and a capital inside right before the
      match (a brand: "iTunes Music Store", "eKessel Store") makes the match that
      name's tail.
    """
    n = len(text)
    if end < n:
        after = text[end]
        category = unicodedata.category(after)
        if category == "Sc":
            return False
        if (
            after in " \u00a0" and end + 2 < n and text[end + 2].isdigit() and unicodedata.category(text[end + 1]) == "Sc"
            and text[start:end].replace(".", "").isupper()
        ):
            return False  # "U.S. $10,000": a currency prefix written with a space
        if category[0] == "M":
            return False
        if _is_word(after) and _is_word(text[end - 1]):
            if not (_spaceless(text[end - 1]) or _spaceless(after)):
                return False
        if after in _HYPHENS and end + 1 < n and _is_word(text[end + 1]) and not text[end + 1].islower():
            return False
        if after in " \u00a0" and end + 1 < n and (text[end + 1].isdigit() or text[end + 1].isupper()) and (
            designation_after(text, end) or model_after(text, start, end)
        ):
            return False
    if start > 0 and (text[start - 1].isdigit() or (start > 1 and text[start - 1] in " \u00a0" and text[start - 2] in "0123456789.")):
        if _UNIT_AFTER_TIME.search(text, max(0, start - 12), start) and not text[start:end].istitle():
            return False  # "09:00 UTC", "5 p.m. EST", "12GB": a time zone or unit, not the registered name
    if start > 4 and text[start - 1] in " \u00a0" and text[start - 4 : start - 1] in ("the", " of", "\u00a0of") and (
        body := _BODY_OF.search(text, max(0, start - 40), start)
    ) and is_head(body.group(1).lower(), ORG_HEADS):  # (the slice first: most matches follow no "of")
        return False  # "the University of Northfield": the tail of a body's name, not the place
    if start > 1 and text[start - 1] in " \u00a0" and _is_word(text[start - 2]):
        i = start - 2
        while i > 0 and _is_word(text[i - 1]):
            i -= 1
        word = text[i : start - 1]
        if word[0].islower() and not word.islower():
            return False  # "iTunes Music Store": the tail of a brand written with a small letter first
    if start > 0:
        before = text[start - 1]
        if unicodedata.category(text[start])[0] == "M":
            return False
        if _is_word(before) and _is_word(text[start]):
            if not (_spaceless(before) or _spaceless(text[start])):
                return False
        if before in _HYPHENS and start > 1 and _is_word(text[start - 2]):
            i = start - 2
            while i > 0 and _is_word(text[i - 1]):
                i -= 1
            if not text[i].islower():  # "Kessel-Brandt", not "anti-Brandt"
                return False
    return True


class Matcher:
    """All aliases of all entities in one automaton."""

    def __init__(self, entities: tuple[Entity, ...] | list[Entity]) -> None:
        table: dict[str, list[Claim]] = {}
        for entity in entities:
            given = given_names(entity)
            for alias in entity.aliases:
                form = fold(alias.text)
                surname = bool(given) and " " not in form and entity.name.split()[-1] == alias.text
                table.setdefault(lower(form), []).append(Claim(
                    entity.id, alias, form, entity.kind, entity.name, given if surname else frozenset()))
        self.size = len(table)
        self._automaton = ahocorasick.Automaton()
        for key, claims in table.items():
            self._automaton.add_word(key, (len(key), tuple(claims)))
        if table:
            self._automaton.make_automaton()

    def hits(self, text: str) -> list[Hit]:
        """Leftmost-longest, non-overlapping, word-bounded matches in `text`."""
        if not self.size:
            return []
        folded = fold(text)
        low = lower(folded)
        candidates: list[Hit] = []
        for last, (length, claims) in self._automaton.iter(low):
            start, end = last + 1 - length, last + 1
            if not bounded(folded, start, end):
                continue
            surface = folded[start:end]
            fitting = tuple(c for c in claims if _case_fits(c, surface))
            if fitting:
                candidates.append(Hit(start, end, fitting))
        candidates.sort(key=lambda h: (h.start, -h.end))
        chosen: list[Hit] = []
        reach = 0
        for hit in candidates:
            if hit.start >= reach:
                chosen.append(hit)
                reach = hit.end
        return chosen


def _case_fits(claim: Claim, surface: str) -> bool:
    if not claim.alias.case_sensitive:
        return True
    return (
        surface == claim.form or (surface == claim.form.upper() and len(surface) > 1)
        # "van der Berg" opening a sentence: "Van der Berg said"
        or (claim.form[:1].islower() and surface == claim.form[:1].upper() + claim.form[1:])
    )


_TITLE_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*)\.?[ \u00a0]$")


def titled(text: str, start: int) -> bool:
    """Whether a title or rank is written right before `start` ("DCI Benning", "Mr. Hale",
    "Chief Supt Rourke": `namewords.TITLES`). A title and a surname name the one person of
    that surname, as a second reference does in news writing (AP Stylebook, "courtesy
    titles", "military titles"; BBC News style: "DCI Smith" after "Detective Chief Inspector
    Jane Smith"), so a surname registered as a short form counts there even in a source
    that never names the person in full."""
    title = _TITLE_BEFORE.search(text, max(0, start - 12), start)
    return title is not None and title.group(1).lower() in TITLES - TITLE_MODIFIERS


_LONGER_NAME = re.compile(r"[ \u00a0]((?:[A-Z][a-z]+[’']?[ \u00a0]){0,2}[A-Z][a-z]+)\b(?![’'-]\w)")


def opens_longer_name(text: str, end: int, name: str = "") -> bool:
    """Whether the short form ending at `end` is the first word of a longer capitalised name
    that one, two or three capitalised words after it close with a body's head word
    (`namewords.ORG_HEADS`): "Carrowmere Police", "Carrowmere Magistrates' Court",
    "Kessel City Council" where "Carrowmere" is short for "Carrowmere University". A town's
    or a founder's name opens the names of many bodies; the head noun names the referent
    (Quirk et al. 1985, 17.4: the head of a noun phrase fixes what it refers to), so
    the whole name is another body, and no short form of the registered one (MUC-7 named
    entity guidelines: the longest name is the mention). `resolve` asks this of a short form,
    and of a full name of anything but a place ("the Carra Star Families Group" for a
    registered vessel "Carra Star", "the Nelson Mandela Foundation"): a place's name inside
    a body's ("Carrowmere Police") still says where the body is. With that full `name`, not
    when the longer name is it with "Group", a legal form or a trade word ("Kessel Group",
    "Kessel Holdings", "Valdor Airlines": `referents.base_name`, `referents.firm_base`), one
    firm's names."""
    m = _LONGER_NAME.match(text, end)
    if m is None or not is_head(re.split(r"[ \u00a0]", m.group(1))[-1].lower(), ORG_HEADS):
        return False
    from .referents import base_name, firm_base  # (referents imports this module through kinds)

    if name and m.group(1).split()[0] == name.split()[0]:
        return False  # "About Corvane Launch Systems Corvane Launch Systems designs": a heading joined to its line
    longer = f"{name} {m.group(1)}"
    return not name or name not in (base_name(longer), firm_base(longer))


def resolve(hits: list[Hit], text: str = "") -> list[tuple[Hit, str]]:
    """Choose each hit's entity, in text order.

    A short form (`after_full_name`) counts once its entity was named in full earlier in
    the text, or right after a title (`titled`) when one entity claims it, and never as the
    first word of a longer body's name (`opens_longer_name`: a full name of anything but a
    place neither) nor as the surname of another person's full name (`another_given_name`);
    a shared alias goes to the claimant last named in full before it. Hits that cannot be
    resolved are dropped.
    """
    named: dict[str, int] = {}
    result: list[tuple[Hit, str]] = []
    for hit in hits:
        # one entity through two of its aliases ("DUNMORE" and the capitals of "Dunmore") is no ambiguity
        full = {c.entity for c in hit.claims if not c.alias.after_full_name and not c.alias.shared}
        if text and (
            opens_longer_name(text, hit.end) if not full
            else all(c.kind not in ("place", "") for c in hit.claims) and opens_longer_name(text, hit.end, text[hit.start:hit.end])
        ):
            continue  # "Carrowmere Police", "Carra Star Families Group": the name opens another body's name
        if text and another_given_name(text, hit):
            continue  # "Susan Ashworth": another person's full name ends in the surname
        by_title = not full and bool(text) and len({c.entity for c in hit.claims}) == 1 and titled(text, hit.start)
        if by_title:
            full = {hit.claims[0].entity}  # "DCI Benning": the title names the person
        elif not full and text and (couple := shared_surname(text, hit)):
            full, by_title = {couple}, True  # "Graham and Susan Ashworth": his surname after hers
        if len(full) == 1:
            entity = next(iter(full))
        else:
            eligible = [c.entity for c in hit.claims if c.entity in named]
            if not eligible:
                continue
            entity = max(eligible, key=lambda e: named[e])
        if by_title or any(c.entity == entity and not c.alias.after_full_name and not c.alias.shared for c in hit.claims):
            named[entity] = hit.start
        result.append((hit, entity))
    return result

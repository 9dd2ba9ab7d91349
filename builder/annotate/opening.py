"""What a source's opening lines say of it, for `add` to propose its `sources.yml` entry.

News copy opens with some of: a headline on a line of its own, a byline ("By A. Writer"),
and a date line opening the first paragraph ("KESTREL BAY, March 4 (Harbour Wire) -":
a place in capitals, a date, a wire service in brackets, a dash; Reuters and AP style)
or standing alone ("March 09, 2011"). `opening(text)` reads them:

- the **title**: the headline when the text has one (a first line of at most
  `TITLE_CHARS` characters not ending like a sentence), else the lede's first sentence
  after its date line, cut at a word boundary when longer than `TITLE_CHARS`;
- the **date**: the date line's, in full when it gives its year, else its month and day;
  or a line that dates the document ("Dated: 9 April 2025") among its first paragraphs;
- the **agency** named in the date line's brackets;
- the **byline** and the paragraphs that are the headline and the byline, which are
  not part of the report (`skip`).

Everything is a proposal printed for the editor to review; nothing here is read when a
dossier is built (the build takes a date line's full date itself: `events.dateline_date`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..read.sentences import sentences
from ..read.text import release_banner
from .anaphora import Story
from .dates import find_dates
from .numeric import numeric_order, undecided, written_order

TITLE_CHARS = 120
"""The longest title proposed; a longer first sentence is cut at a word boundary."""

CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""The capital letters of the Latin script, accented ones too ("Ó", "Á", "Ł", "Ź"), as a
character class's body."""
PLACE = r"[" + CAPITALS + r"][" + CAPITALS + r" .'’-]*[" + CAPITALS + r"]"
"""A date line's place, in capitals ("KESTREL BAY", "ST. JOHN'S", "COPIAPÓ", "BOGOTÁ", "ŁÓDŹ")."""
STATE = r"(?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]\.\s?[A-Z][a-z]{1,3}\.)"
REGION = r"(?:,\s*" + STATE + ")"
"""A state's or province's abbreviation after a date line's place, in the style of US and
Canadian wires ("WILMINGTON, Del.,", "SAN JOSE, Calif.,", "WASHINGTON, D.C.,", "CHARLESTON,
W. Va.,"): part of the date line, no name of its own."""
_DATELINE = re.compile(
    r"(?P<place>" + PLACE + ")" + REGION + "?"
    r"(?:,\s*(?P<date>[^()\n—–]{3,40}?))?\s*(?:\((?P<agency>[^()\n]{1,40})\)\s*)?\.?(?:—|–|--|-)\s+"
)
"""A date line opening a paragraph: a place in capitals, a date after a comma, a wire
service in brackets, a dash ("KESTREL BAY, March 4 (Harbour Wire) - ", "AVEL (Avel Wire) — "), or a stop and a
dash, as Spanish-language agencies print it ("SANTIAGO, 5 June (EFE).- ": EFE's and
Europa Press's style, "punto y guion")."""
_PLACELESS = re.compile(
    r"(?:(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*)?"
    r"\((?P<agency>[A-Z][A-Za-z&.'’ -]{1,39})\)\s*\.?(?:—|–|--|-)\s+"
)
"""A date line with no place: a wire service in brackets and a dash, perhaps after the day
("June 2 (Reuters) - ", "(AP) — "), as wires print it when the place is left out or set on a
line of its own (Reuters and AP style)."""
_BYLINE = re.compile(r"(?:By|BY|by)\s+\S.{0,78}")
"""A byline paragraph: "By" and a name or two (at most 80 characters)."""
_ANY_DAY = dt.date(2001, 6, 15)
"""A publication date to resolve a day without its year against: only its month and day are kept."""


@dataclass(frozen=True)
class Opening:
    """What a source's opening says of it (each field "" or () when it says nothing)."""

    title: str
    """A title: the headline, or the lede's first sentence without its date line."""
    published: str = ""
    """The date line's day in ISO 8601 (2025-03-04), when it gives its year; else the day
    a "Dated:" line states."""
    day: str = ""
    """The date line's day without its year, as written ("March 4"), when it gives no year."""
    month_day: str = ""
    """That day's month and day ("03-04"), for a placeholder `YYYY-03-04`."""
    agency: str = ""
    """The wire service in the date line's brackets."""
    byline: str = ""
    """A byline paragraph's text ("By Tomas Novak")."""
    skip: tuple[int, ...] = ()
    """Paragraph numbers (1-based) that are the headline and the byline."""


def _paragraphs(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n[ \t]*\n", text.strip()) if block.strip()]


_WIRE_SLUG = re.compile(
    r"(?:UPDATE\s*\d+|REFILE|CORRECTED|CORRECTION|RPT|WRAPUP(?:\s*\d+)?)\s*(?:-|:|–|—)\s*(?=\S)")
"""A wire service's version slug opening a headline ("UPDATE 1-Court adjourns hearing",
"REFILE-", "CORRECTED-"): which telling of the story it is, not its title."""
_WIRE_NOTE = re.compile(
    r"\((?:Adds|Updates|Corrects|Recasts|Changes|Rewrites|Reporting|Additional reporting|Writing|Editing|Compiled)"
    r"\b[^()\n]{0,200}\)")
"""A wire's editing note, a paragraph of its own: "(Adds strike called off in paragraphs
5-6)", "(Reporting by A; Editing by B)": about the copy, not part of the story (its
paragraph numbers count the wire's paragraphs, not the site's)."""


def wire_note(paragraph: str) -> bool:
    """Whether a paragraph is a wire's editing note or credit line (`_WIRE_NOTE`)."""
    return _WIRE_NOTE.fullmatch(paragraph.strip()) is not None


_UPDATE_NOTE = re.compile(r"\((?:Adds|Updates|Corrects|Recasts|Changes|Rewrites)\b[^()\n]{0,200}\)")
"""A wire's note that this telling changes an earlier one (not a credit line such as
"(Reporting by …)")."""


def later_telling(text: str) -> str:
    """The mark that a source is a later telling of a wire story, from its opening
    paragraphs: a version slug opening its headline ("UPDATE 2", "CORRECTED", "REFILE") or
    an editing note that changes an earlier copy ("(Adds claim by the group in paragraphs
    6-7)", "(Corrects coach's age …)"); "" when it has none. Pages put such a source after
    the other tellings of its day and compare versions from the earlier to the later."""
    for paragraph in _paragraphs(text[:4000])[:4]:
        slug = _WIRE_SLUG.match(paragraph)
        if slug:
            return slug.group().rstrip(" -:–—")
        if _UPDATE_NOTE.fullmatch(paragraph):
            return paragraph
    return ""


_CAPTION = re.compile(r"\w\s+(?:v|vs|V)\.?\s+(?:\w+\s+)?[A-Z]")
"""A case's caption: the parties with "v" (or "v.", "vs.") between them ("Athletics Integrity
Unit v. Łukasz Wróblewski", "Rex Haulage Ltd v Harbour Board", "R v Okafor")."""


def _heading(line: str) -> str:
    """A Markdown heading's text without its marks (`# Title #` -> `Title`), else `line`."""
    found = re.fullmatch(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*", line)
    return found.group(1) if found else line


def _is_headline(paragraph: str) -> bool:
    """One short line that does not end like a sentence (a headline may end with "?" or "!")."""
    return "\n" not in paragraph and len(paragraph) <= TITLE_CHARS and not paragraph.rstrip().endswith((".", ":", ";", ","))


_ADJUNCT = re.compile(r" (?=(?:while|because|although|though|whereas|unless|until|after|before|since|despite|amid|but)\b)")
"""A space before a word opening an adverbial clause or phrase ("would stay open | until
the end of March while a review is carried out"; Quirk et al. 1985, 15.17-15.19,
subordinators), or "but" coordinating a second clause: what is cut there leaves the
main clause whole."""


def cut(text: str, limit: int = TITLE_CHARS) -> str:
    """`text`'s first sentence; when that is longer than `limit` characters, its first
    clause up to a comma within the limit (if that holds a third of it at least), else
    up to the first adverbial's opening word (`_ADJUNCT`) past that third, else its
    words up to the limit and "…" (never a word cut in two)."""
    text = " ".join(text.split())
    spans = sentences(text)
    first = re.sub(r"[.!?]+([\"'”’)]*)$", r"\1", text[spans[0][0]: spans[0][1]]) if spans else ""
    if len(first) <= limit:
        return first
    clause = first.rfind(", ", 0, limit)
    if clause < limit // 3:
        clause = next((m.start() for m in _ADJUNCT.finditer(first, limit // 3, limit + 1)), -1)
    if clause >= limit // 3:
        return first[:clause]
    words = first[: limit].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return words + "…"


def dateline(paragraph: str) -> tuple[int, str, str, str, str]:
    """A date line opening `paragraph`: (its length, the full ISO date or "", the day
    as written when it has no year or "", that day's "MM-DD" or "", the agency or "");
    (0, "", "", "", "") when the paragraph opens with none."""
    found = _DATELINE.match(paragraph) or _PLACELESS.match(paragraph)
    if not found:
        return 0, "", "", "", ""
    date, agency = found.group("date") or "", (found.group("agency") or "").strip()
    place = found.groupdict().get("place")  # none in a placeless line: its wire service in brackets makes it one
    if place is not None and not date and not agency:
        return 0, "", "", "", ""  # "US - China talks resumed": capitals and a dash, no date line
    if place is not None and not date and _initials(place) == agency.upper():
        return 0, "", "", "", ""  # "NATIONAL FOOD SAFETY AGENCY (NFSA) - RECALL NOTICE": a name and its acronym
    if date and not agency and not find_dates(date, 0, len(date), 1, _ANY_DAY):
        return 0, "", "", "", ""  # "NEW YORK, where ... -": a comma, but no date after it
    full = [d for d in find_dates(date, 0, len(date), 1, None) if d.precision == "day"]
    if full:
        return found.end(), full[0].value, "", "", agency
    some = [d for d in find_dates(date, 0, len(date), 1, _ANY_DAY) if d.precision == "day"]
    if some:
        return found.end(), "", " ".join(some[0].text.split()), some[0].value[5:], agency
    return found.end(), "", "", "", agency


def wire_day(text: str, paragraphs: list[str], language: str, either: list[str] | None = None) -> str:
    """The full ISO day of the first date line opening one of the first three `paragraphs`
    ("AVEL, 03/04/2027 (Reuters) - ..."), an all-numeric one read in the order the source's
    own numeric dates (`text`) or its `language` give, as `events.dateline_date` reads a date
    line alone; "" when there is none, and "" with its two readings (day first, month first)
    put in `either` when nothing orders it (`numeric.undecided`). For `sources.load` and
    `add`, which must read one day alike."""
    for paragraph in paragraphs[:3]:
        found = _DATELINE.match(paragraph) or _PLACELESS.match(paragraph)
        date = (found.group("date") or "") if found else ""
        if date and dateline(paragraph)[1]:
            break
    else:
        return ""
    order = written_order(text) or numeric_order(language)
    days = [d for d in find_dates(date, 0, len(date), 1, None, language=language, story=Story(order=order))
            if d.precision == "day"]
    if not days:
        return ""
    readings = undecided(days[0].text, order)
    if either is not None:
        either.extend(readings)
    return "" if readings else days[0].value[:10]


def _initials(words: str) -> str:
    """The initials of a name's words in capitals ("NATIONAL FOOD SAFETY AGENCY" -> "NFSA";
    "OF", "AND", "THE", "FOR" left out as acronyms leave them)."""
    return "".join(w[0] for w in re.findall(r"[A-Z][A-Z'’]*", words) if w not in ("OF", "AND", "THE", "FOR"))


def _alone(paragraph: str) -> str:
    """The ISO day a paragraph of nothing but a date states ("March 09, 2011"), or ""."""
    if len(paragraph) > 40:
        return ""
    found = [d for d in find_dates(paragraph, 0, len(paragraph), 1, None) if d.precision == "day"]
    return found[0].value if len(found) == 1 and len(paragraph) - len(found[0].text) <= 6 else ""


def release_date(paragraph: str) -> str:
    """The ISO day a release banner's embargo lifts, which is the day the copy was
    published ("EMBARGOED UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022" -> "2022-11-17"), or
    "" (no banner, or no one day with its year in it). Banners are set in capitals, so the
    line is read in title case ("17 November 2022")."""
    if not release_banner(paragraph) or "\n" in paragraph.strip():
        return ""
    line = paragraph.strip().title()
    days = {d.value[:10] for d in find_dates(line, 0, len(line), 1, None) if d.precision == "day"}
    return days.pop() if len(days) == 1 else ""


def date_only(line: str) -> bool:
    """Whether `line` says nothing but the document's date, perhaps after a label ("March
    09, 2011", "PUBLISHED 12 March 2024", "Dated: 9 April 2025"): a date, never a title."""
    line = line.strip()
    if _alone(line):
        return True
    found = _DATED.fullmatch(line.rstrip("."))
    if not found:
        return False
    date = found.group("date")
    days = [d for d in find_dates(date, 0, len(date), 1, None) if d.precision == "day"]
    return len(days) == 1 and len(date) - len(days[0].text) <= 4


_DATED = re.compile(
    r"(?:Dated|Date|Issued|Published|Released|Signed|Delivered|Made|Given)(?:\s+(?:on|this))?\s*[:.,–—-]?\s+(?P<date>.{6,40})",
    re.IGNORECASE,
)
"""A paragraph that dates the document itself: a label a letter, a ruling, an order or a
notice is dated with, then one day ("Dated: 9 April 2025", "Issued on 3 March 2025",
"Delivered 14.03.2025")."""
DATED_PARAGRAPHS = 8
"""How many opening paragraphs are read for such a line (a court's or an agency's
letterhead and the document's title come before it)."""


def dated(paragraphs: list[str]) -> str:
    """The ISO day a "Dated: ..." paragraph among the first `DATED_PARAGRAPHS` states, or
    the day a short line closes with ("Her Honour Judge Helena Marchetti 19 July 2024",
    "London, 19 July 2024": a ruling's or a letter's heading, its maker or place then its
    date), or ""."""
    for paragraph in paragraphs[:DATED_PARAGRAPHS]:
        found = _DATED.fullmatch(paragraph.strip().rstrip("."))
        if found:
            date = found.group("date")
            days = [d for d in find_dates(date, 0, len(date), 1, None) if d.precision == "day"]
            if len(days) == 1 and len(date) - len(days[0].text) <= 4:
                return days[0].value
        closing = _closing_date(paragraph.strip())
        if closing:
            return closing
    return ""


HEADING_LINE_CHARS = 80
"""The longest line that may be a heading closed by its date (a sentence is longer, or ends with a full stop)."""


def _closing_date(line: str) -> str:
    """The ISO day that ends `line`, when the line is a short heading with one day in it
    and no sentence (no full stop at its end, no line break), else ""."""
    if len(line) > HEADING_LINE_CHARS or "\n" in line or line.endswith((".", "?", "!", ":")):
        return ""
    days = [d for d in find_dates(line, 0, len(line), 1, None) if d.precision == "day"]
    if len(days) != 1 or len(line) - days[0].end > 1 or not days[0].start:
        return ""
    before = line[: days[0].start].split()
    # a maker's name or a place before it ("Marchetti 19 July", "London, 19 July"), or a
    # heading's parts set apart by a dash or a bar ("Information Rights Commission - Press
    # release - 20 November 2024"), not a phrase ("and 19 July")
    return days[0].value if before and (
        before[-1][:1].isupper() or before[-1].endswith(",") or before[-1] in ("-", "–", "—", "|", "·")) else ""


def front_lines(text: str, title: str) -> list[int]:
    """Paragraph numbers (1-based) among a document's first `DATED_PARAGRAPHS` that are its
    title (the file's own, compared case- and punctuation-folded) or the line that dates
    it ("Dated: 9 April 2025"): the front matter of a ruling, a letter or a report printed
    in its text, not part of what it says, which `add` proposes to `skip` for a PDF or a
    Word file as it does a .txt's headline and byline."""
    def key(line: str) -> str:
        return re.sub(r"\W+", " ", line).strip().casefold()

    found = []
    paragraphs = _paragraphs(text)
    for n, paragraph in enumerate(paragraphs[:DATED_PARAGRAPHS], start=1):
        if (title and key(paragraph) == key(title)) or dated([paragraph]):
            found.append(n)
    return found if len(found) < len(paragraphs) else []


def _past_notes(paragraphs: list[str], n: int) -> int:
    """The first of `paragraphs` from index `n` that is no wire editing note ("(Adds union
    reaction in paragraph 5)"): a note between the headline and the date line leaves the
    date line the text's opening all the same."""
    while n < len(paragraphs) and _WIRE_NOTE.fullmatch(paragraphs[n]):
        n += 1
    return n


def opening(text: str, plain: bool = True) -> Opening:
    """What `text` (a source's text, front matter cut off) says of itself in its first
    paragraphs. `plain`: a .txt or .md file's text, whose headline and byline are
    paragraphs of it (for a converted file only the title and the date line are read)."""
    every = _paragraphs(text)
    paragraphs = every[:4]
    if not paragraphs:
        return Opening("")
    skip: list[int] = []
    title, byline, published, day, month_day, agency = "", "", "", "", "", ""
    # A text opening with a date alone ("11 March 2024": a diary's page, minutes, a notice)
    # is dated by it, as the build dates it (`events.dateline_date`): a date, not a headline.
    lede, released = 0, ""
    while lede < len(paragraphs) - 1 and release_banner(paragraphs[lede]):
        released = released or release_date(paragraphs[lede])
        lede += 1  # "FOR IMMEDIATE RELEASE": how the copy may be released, neither title nor report
        if plain:
            skip.append(lede)
    published = _alone(paragraphs[lede])
    lede += 1 if published else 0
    if plain and published:
        skip.append(lede)  # a date alone is the source's metadata, as a headline or a byline is
    published = published or released
    first = _heading(paragraphs[lede].split("\n", 1)[0].strip()) if lede < len(paragraphs) else ""
    if lede < len(paragraphs) and _is_headline(paragraphs[lede]) and not dateline(paragraphs[lede])[0] \
            and not _BYLINE.fullmatch(paragraphs[lede]):
        title, lede = first, lede + 1
        if plain and len(paragraphs) > lede:
            skip.append(lede)
        if not any(c.islower() for c in first) and len(paragraphs) > lede and _is_headline(paragraphs[lede]) \
                and _CAPTION.search(paragraphs[lede]):
            title = paragraphs[lede]  # a court's or tribunal's letterhead, then the case's caption: the caption names it
    lede = _past_notes(paragraphs, lede)
    for n in range(lede, min(lede + 2, len(paragraphs))):
        if _BYLINE.fullmatch(paragraphs[n]) and "\n" not in paragraphs[n]:
            byline = paragraphs[n]
            if plain:
                skip.append(n + 1)
            lede = n + 1
            break
    lede = _past_notes(paragraphs, lede)
    for n in range(lede, min(lede + 2, len(paragraphs))):
        stated = _alone(paragraphs[n])
        if stated and not published:
            published, lede = stated, n + 1
            if plain:
                skip.append(lede)  # the date line under the byline ("02/04/2027"): left out like them
            break
    if lede < len(paragraphs):
        at, full, day, month_day, agency = dateline(paragraphs[lede])
        published = published or full
        if not title:
            title = cut(paragraphs[lede][at:])
    if not title:
        title = cut(first)
    title = _WIRE_SLUG.sub("", title, count=1) if _WIRE_SLUG.match(title) else title
    if plain:
        skip += [n for n, paragraph in enumerate(every, start=1)
                 if (n <= 4 or n > len(every) - 3) and n not in skip and _WIRE_NOTE.fullmatch(paragraph)]
    published = published or dated(every)
    if len(skip) >= len(every):
        skip = []  # a text of nothing but a headline and a byline: nothing to leave out
    return Opening(title, published, day if not published else "", month_day if not published else "", agency, byline, tuple(skip))

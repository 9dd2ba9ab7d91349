"""The dossier's data model: plain frozen dataclasses passed from stage to stage: the
inputs (sources, registry, identity) and the linked dossier (events, relations). What
annotation finds in one source is in `annotation`.

Offsets are always character offsets into a source's text as read (UTF-8 decoded,
byte-order mark dropped, line endings normalised to "\\n", Unicode in NFC form).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Alias:
    """One surface form that names an entity."""

    text: str
    """The form as written in the registry."""
    case_sensitive: bool = True
    """Match only this capitalisation (or the same text in capitals, as in headlines)."""
    after_full_name: bool = False
    """Counts only once the entity's full name has appeared in the same source."""
    shared: bool = False
    """May be claimed by several entities: the one last named in full wins."""
    note: str = ""
    """Free text, such as `misspelling`."""
    provisional: bool = False
    """Added by `--discover` to a registered entity (a form of its name found in the
    sources, not in the registry): unreviewed."""


@dataclass(frozen=True)
class Role:
    """A position an entity holds."""

    title: str
    """What the position is: `spokesman`, `deputy president`."""
    of: str = ""
    """The id of the entity the position is in (may be empty)."""
    start: str = ""
    """When it began, as written in the registry (ISO date, month or year)."""
    end: str = ""
    """When it ended."""
    source: str = ""
    """Where the registry editor found it (free text)."""


@dataclass(frozen=True)
class Entity:
    """A registered (or discovered) person, party, organisation or place."""

    id: str
    """Stable slug; also the profile page's name."""
    kind: str
    """`person`, `party`, `organisation`, `place` or any other word."""
    name: str
    """The display name."""
    aliases: tuple[Alias, ...]
    """Every surface form to recognise, the name included."""
    summary: str
    """One line, shown as the tooltip of every highlight."""
    description: str = ""
    """Optional longer text for the profile."""
    party: str = ""
    """For a person: the id of their party."""
    leader: str = ""
    """For a party or organisation: the id of its leader."""
    roles: tuple[Role, ...] = ()
    """Positions held."""
    line: int = 0
    """Line of the entry in the registry (for messages)."""
    reviewed: bool = True
    """False for names found by `--discover` and not in the registry."""
    evidence: tuple[str, ...] = ()
    """For a discovered entity: why its kind was chosen, strongest evidence first."""


@dataclass(frozen=True)
class Paragraph:
    """A block of text between blank lines."""

    number: int
    """1-based position in the source; the page anchor is `p-<number>`."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset just past its last character."""
    sentences: tuple[tuple[int, int], ...]
    """Its sentences as (start, end) offsets into the source's text (`sentences.sentences`),
    split once when the source is read; every stage that works by sentence uses these."""
    skipped: bool = False
    """Marked `skip` in `sources.yml`: shown dimmed, not annotated."""
    role: str = ""
    """What the converted file made of it: "" a paragraph, "h1" to "h6" a heading,
    "li" a list item (see `convert`)."""
    page: int = 0
    """The PDF page it starts on (1-based); 0 for formats without pages."""
    emphasis: tuple[tuple[int, int, str], ...] = ()
    """(start, end, "em" or "strong"): a Markdown source's emphasis, as text offsets."""


@dataclass(frozen=True)
class Source:
    """One evidence file with its metadata."""

    id: str
    """Readable slug of date and title; the page's name."""
    file: str
    """The file's name in `seeds/`."""
    text: str
    """The text as read, line-end hyphen breaks joined (`linebreaks`): what every
    internal offset counts."""
    title: str
    """From `sources.yml`, or the first line."""
    outlet: str = ""
    """Where it was published."""
    agency: str = ""
    """Wire service, if any."""
    published: dt.date | None = None
    """Publication date; anchors relative dates."""
    url: str = ""
    """Link to the original."""
    byline: str = ""
    """Reporting credit."""
    notes: str = ""
    """Editor's notes on the source."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The text's paragraphs in order."""
    joined: tuple[tuple[int, int], ...] = ()
    """Line breaks after a hyphen removed from the file's text (`linebreaks.join`):
    (offset in `text`, characters removed just before it)."""
    language: str = ""
    """The dossier's language tag (`Identity.language`, from dossier.yml), which orders a
    numeric date's day and month (`12/03/1966`: en-GB day first, en-US month first); part
    of the source's cache key, so a new language annotates it again."""
    as_read: str = ""
    """A plain-text file's text as read (`text.read_text`) when it is not the file's own
    characters (a byte-order mark dropped, CR or CRLF line ends made "\n", composed to
    NFC): the text the exported offsets count, exported as `data/texts/<id>.txt`. ""
    when the file's characters are that text (then the offsets count the file itself)."""


@dataclass(frozen=True)
class Citation:
    """A pointer to one paragraph of one source."""

    source: str
    """Source id."""
    paragraph: int
    """Paragraph number."""


@dataclass(frozen=True)
class Event:
    """A dated happening on the consolidated timeline."""

    id: str
    """Stable slug."""
    date: str
    """ISO 8601 value."""
    precision: str
    """As in `annotation.TimeExpression.precision`."""
    title: str
    """Short title."""
    summary: str
    """A sentence from the first citing source."""
    entities: tuple[str, ...]
    """Entity ids involved."""
    citations: tuple[Citation, ...]
    """Every paragraph that reports it."""
    curated: bool = False
    """Comes from or was edited by `events.yml`."""
    aliases: tuple[str, ...] = ()
    """The ids each merged sentence would have as an event of its own: `events.yml` may
    name the event by any of them, so a curated entry survives a change in merging."""
    other_dates: tuple[tuple[str, tuple[Citation, ...]], ...] = ()
    """Other days some sources give for the same happening (`date` is the day most give),
    each with the paragraphs that give it: "filed on June 1" against three "June 2"."""


class Relation(NamedTuple):
    """A weighted link between two entities or two sources (a named tuple: a large
    dossier has hundreds of thousands, and a tuple is made five times faster than a
    frozen dataclass)."""

    a: str
    """First id (the smaller, for symmetric kinds)."""
    b: str
    """Second id."""
    kind: str
    """`co-mention`, `member`, `role`, `shared-entities`, `version`."""
    weight: float
    """Strength: paragraphs shared, sources shared, text similarity."""


@dataclass(frozen=True)
class CuratedEvent:
    """An editor's entry in `events.yml`: adds, titles, merges or suppresses an event."""

    id: str
    """Id of an extracted event to edit, or of a new event."""
    title: str = ""
    """Replaces the extracted title."""
    date: str = ""
    """ISO value; required for a new event."""
    precision: str = ""
    """Derived from `date` when empty."""
    summary: str = ""
    """Replaces the extracted summary."""
    entities: tuple[str, ...] = ()
    """Entity ids added to the event."""
    citations: tuple[Citation, ...] = ()
    """Citations added to the event."""
    merge: tuple[str, ...] = ()
    """Ids of extracted events folded into this one."""
    suppress: bool = False
    """Drop the event from the timeline."""
    where: str = "events.yml"
    """File and line of the entry, for messages."""


@dataclass(frozen=True)
class Identity:
    """A dossier's identity, from `seeds/dossier.yml`: the only place its name, home and
    about pages, description, language, address and logo come from."""

    title: str = "An annotated dossier"
    """The site's name: every page's title, the offline zip's name."""
    description: str = ""
    """One or two sentences: the site's meta description."""
    home: str = ""
    """Markdown: the home page's text under the title (default: the description)."""
    about: str = ""
    """Markdown: the about page's text (default: how the builder reads sources)."""
    language: str = "en"
    """The site's language (a BCP 47 tag such as `en` or `pt-BR`)."""
    site_url: str = ""
    """Where the site is published (canonical links, sitemap); "" for none."""
    logo: str = ""
    """An image under the docs folder (such as `assets/logo.svg`); "" for the theme's."""
    id: str = ""
    """A fixed short name (`harbour-strike-2024`) that keys the exported FollowTheMoney ids
    (`ftmmaker.namespace`); "" for none. Unlike the title, never changed once shared."""
    not_names: tuple[str, ...] = ()
    """Capitalised words the sources write that are no names ("Relative" of "Relative
    humidity", "Can I" of "Q: Can I go home?"): discovery and `suggest` leave them out."""


@dataclass(frozen=True)
class Dossier:
    """The inputs, loaded and validated."""

    sources: tuple[Source, ...]
    """In id order."""
    entities: tuple[Entity, ...]
    """In id order."""
    curated_events: tuple[CuratedEvent, ...] = ()
    """Entries of `events.yml`, validated."""
    warnings: tuple[str, ...] = ()
    """Problems that do not stop the build."""
    identity: Identity = field(default_factory=Identity)
    """Who the dossier is, from `dossier.yml`."""

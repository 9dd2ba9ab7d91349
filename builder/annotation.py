"""What annotation finds in one source: entity mentions, time expressions, quotations,
facts, numeric claims, unregistered names and timeline candidates, gathered in
`Annotated` (plain frozen dataclasses, cached by content hash; see `model` for the
inputs and the linked dossier).

Offsets are character offsets into the source's text as read (see `model`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """An entity named in a source."""

    entity: str
    """Entity id."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    text: str
    """The exact surface form."""
    paragraph: int
    """Paragraph number."""


@dataclass(frozen=True)
class TimeExpression:
    """A date or period named in a source, resolved to ISO 8601 where possible."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    text: str
    """The exact surface form."""
    value: str
    """ISO 8601: `2013-07-28`, `2013-07`, `1993`, `2013-W32`, `1975/1979`."""
    precision: str
    """`day`, `week`, `month`, `quarter`, `half`, `season`, `year`, `decade` or `range`."""
    paragraph: int
    """Paragraph number."""
    timex: str = ""
    """The TIMEX3 value where it is shorter than the ISO one (`2009-Q3`, `2008-FA`, `198`,
    `2010-W03-WE`, `2009-12-15T18:00`); else the value itself."""
    role: str = "event"
    """`event` when the date anchors a timeline event; else why not: `dateline`,
    `publication`, `comparison`, `description`, `quote`, `repeat` (see `events.py`)."""


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker."""

    speaker: str
    """Entity id of the speaker ("" when unknown)."""
    start: int
    """Offset of the opening quotation mark."""
    end: int
    """Offset just past the closing quotation mark."""
    text: str
    """The quoted words, without the marks."""
    paragraph: int
    """Paragraph number."""
    via: str = ""
    """Who spoke for the speaker, when not the speaker in person: the role noun of "a
    spokesman for X said", "X's office said" ("spokesman", "office"): the words are X's,
    said on X's behalf; "" when the speaker spoke."""


@dataclass(frozen=True)
class Fact:
    """Something a source states about an entity."""

    entity: str
    """Entity id."""
    kind: str
    """`age`, `role`, `description`."""
    value: str
    """The stated value, as text."""
    paragraph: int
    """Paragraph number."""


@dataclass(frozen=True)
class Claim:
    """A figure someone claims."""

    quantity: str
    """What is counted, normalised (the unit and whose count it is)."""
    value: str
    """The figure as stated."""
    claimant: str
    """Entity id of who claims it ("" when the source itself)."""
    paragraph: int
    """Paragraph number."""
    unit: str = ""
    """What is counted: the counted noun (`members`, `creditors`, `names`)."""
    owner: str = ""
    """Entity id of the party the count belongs to ("" when none)."""
    start: int = 0
    """Offset of the figure."""
    end: int = 0
    """Offset just past the figure (and its unit)."""
    act: str = ""
    """The act that made the count, the past verb as written ("recalled" in "recalled
    40,000 packs"; `annotate.acts.act`), or "" when the sentence names none."""
    change: bool = False
    """Whether the figure is written as a moving count's new or old value ("had risen to
    23", "more than the 23 it reported earlier")."""
    stated_as: str = ""
    """Who states it as the source words it, when that is nobody the dossier knows ("the
    harbour master's office", "health officials"; `annotate.claimants.described`); "" when
    `claimant` names an entity or the source states it itself."""
    whole: bool = False
    """Whether the figure is the whole group a part is counted of ("120 of its 312 stores",
    "68 of the 123 seats": 312, 123; `annotate.units.WHOLE_BEFORE`): the count of the
    group, never what an act made."""
    earlier: bool = False
    """Whether the figure is a comparison's earlier term, written after the count's newer
    figure ("650,000 …, far more than the 400,000 it gave last week", "31, up from 22";
    `annotate.counted.EARLIER`): the older reading, whatever the order written."""
    revision: str = ""
    """"new" when the source states the figure as replacing an earlier one (its sentence
    says the figure was revised, updated or corrected, or the source carries a correction
    note), "old" when it states the figure as one that was replaced ("earlier reported
    31", "revised from 31"), else "" (`annotate.revisions`)."""


@dataclass(frozen=True)
class Name:
    """A capitalised name that matched no alias (for `suggest` and `--discover`)."""

    text: str
    """The surface form."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    paragraph: int
    """Paragraph number."""
    kind: str
    """Guessed kind."""
    cues: tuple[str, ...] = ()
    """What the text around this occurrence says of its kind, each `kind:reason`
    ("organisation:before 'CEO'", "person:after 'Senator'", "place:'in X'"), or
    `acronym:XYZ` for a name followed by "(XYZ)", or `opened-by:Word` when a capitalised
    word the dossier writes in lower case opened the sentence before it and was left out."""
    initial: bool = False
    """A single word opening its sentence (capitalised there whatever it is)."""


@dataclass(frozen=True)
class Candidate:
    """A dated sentence: a candidate event for the timeline."""

    date: str
    """ISO value."""
    precision: str
    """Precision of the date."""
    source: str
    """Source id."""
    published: str
    """The source's publication date (for ordering)."""
    paragraph: int
    """Paragraph number."""
    sentence: str
    """The sentence's text."""
    entities: tuple[str, ...]
    """Entities named in the sentence."""
    noun: str
    """The stem of the noun the date names ("Sunday's election" -> `elect`), or ""."""
    words: str
    """Content words of the sentence, sorted, space-separated (one string keeps the
    annotation cache small)."""
    title: str = ""
    """A short whole clause saying what happened (see `events.title`)."""
    stems: str = ""
    """Stems of the sentence's content words outside names, sorted, space-separated."""
    nouns: str = ""
    """Stems of the sentence's event nouns (the nouns an aspectual or light verb carries:
    "the trial opened", "went on trial" -> `trial`), sorted, space-separated."""
    undated: bool = False
    """A source's undated lead (`annotate.leads`), dated at its publication day only
    provisionally: it joins a dated event as a citation (`link.leads`) and never gives an
    event its date, title or summary."""


@dataclass(frozen=True)
class Annotated:
    """Everything the annotate stage found in one source."""

    source: str
    """Source id."""
    mentions: tuple[Mention, ...] = ()
    """Entity mentions in text order."""
    dates: tuple[TimeExpression, ...] = ()
    """Time expressions in text order."""
    quotes: tuple[Quote, ...] = ()
    """Attributed quotations."""
    facts: tuple[Fact, ...] = ()
    """Ages, roles and descriptions."""
    claims: tuple[Claim, ...] = ()
    """Numeric claims."""
    candidates: tuple[Candidate, ...] = ()
    """Dated sentences, for the timeline."""
    leads: tuple[Candidate, ...] = ()
    """The source's undated lead, if any (`annotate.leads`): a citation for the dated event
    of its happening, never a candidate of its own."""
    pairs: tuple[tuple[str, str, int], ...] = ()
    """Entities named in the same paragraph: (a, b, paragraphs) with a < b, sorted."""
    shingles: bytes = b""
    """A sample of the text's word 5-grams, sorted, as unsigned 32-bit checksums packed
    in an `array("I")` (to find versions of one story)."""

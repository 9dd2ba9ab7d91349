"""Which of a group's candidates tells its event, and the words its id is made of: the
candidates in an event's order (a day first, then by publication), the one whose title and
summary tell what happened (told after its date rather than forecast, its date its own
clause's, a title with a finite verb), and an event's title and the slug of its id."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Container

from ..annotate.stems import REPORTING
from ..annotate.verbs import MODALS, first_finite, has_finite, words_of
from ..annotation import Candidate
from ..read.text import slugify


def title_of(sentence: str, words: int = 10) -> str:
    parts = sentence.split()
    title = " ".join(parts[:words]).rstrip(",;:—-")
    return title + ("…" if len(parts) > words else "")


def day_of(group: list[Candidate]) -> tuple[str, list[str]]:
    """The day most of a group's sources give (the earlier of a tie) and the other days some
    give, in order (`nesting._join_days`); ("", []) for a group of one date."""
    told: dict[str, set[str]] = defaultdict(set)
    for c in group:
        if c.precision == "day":
            told[c.date].add(c.source)
    if len(told) < 2:
        return "", []
    day = min(told, key=lambda d: (-len(told[d]), d))
    return day, sorted(set(told) - {day})


def in_event(c: Candidate) -> tuple[bool, bool, str, str, int]:
    """The order of a group's candidates: a day first, a year last (`nesting._join_years`),
    then by publication, source, paragraph."""
    return (c.precision != "day", c.precision == "year", c.published, c.source, c.paragraph)


def told_first(c: Candidate, passing: Container[Candidate] = ()) -> tuple[bool, bool, bool, bool, bool, bool, bool, str, str, int]:
    """The candidate whose title and summary tell a group's event: as `in_event`, but one
    that tells what happened before one that forecast it ("Mediated talks broke down on
    Monday" before "talks would resume next Monday", said five days earlier; review
    finding M4): told after its date rather than ahead of it ("Talks ... collapsed on
    Tuesday" in Tuesday's story before "talks are scheduled to resume on Tuesday" in the
    Thursday's before), and one whose date anchors its own clause before one of `passing`,
    whose sentence gives the same title to another date too (the date named in passing:
    "The strike that shut the port on March 3 entered its fourth day on Thursday with no
    talks scheduled until next Tuesday"; review 18 A1); and one whose title has a finite
    verb before one that only names a thing (a heading, "Statement by the Minister of
    Finance on the monetary policy decision", "Hallbrook Mining Ltd For immediate
    release", or a bare noun, "The cut": it tells no happening; review 19 a#9); and a body's
    sentence before a headline (`_headline`), which states the story in headline style
    ("Regulator fines X £14.2 million": AP style, present tense for past events in
    headlines; review s20 f#8). Told after the fact comes before the date named in
    passing: a plan's fulfilment told on its day in a sentence that dates something else
    too ("today published its interim report into the derailment ... on 5 November")
    tells the day better than the forecast of it told before (review s20 e#11). The group's id
    stays its `in_event` first's, so `events.yml` keeps working."""
    ahead = c.precision == "day" and bool(c.published) and c.date > c.published
    return (c.precision != "day", c.precision == "year", ahead, c in passing, _forecast(c.title),
            not has_finite(c.title), _headline(c), c.published, c.source, c.paragraph)


def _headline(c: Candidate) -> bool:
    """Whether a candidate is its source's headline: paragraph 1 with no closing full stop
    (AP style: a headline takes none; a page whose headline is its HTML title opens its
    paragraphs with the body's first sentence)."""
    return c.paragraph == 1 and not c.sentence.rstrip().endswith((".", "!", "?", '"', "”", "’", "'"))


def in_passing(groups: list[list[Candidate]]) -> set[Candidate]:
    """The candidates whose sentence gives its title to candidates of two dates or more: a
    title that is no date's own (`told_first`)."""
    dates: dict[tuple[str, int, str, str], set[str]] = defaultdict(set)
    exact: dict[tuple[str, int, str, str], set[str]] = defaultdict(set)
    for group in groups:
        for c in group:
            dates[(c.source, c.paragraph, c.sentence, _told(c.title))].add(c.date)
            exact[(c.source, c.paragraph, c.sentence, c.title)].add(c.date)
    # one title for two dates: both are in passing; a speaker's on one date and the same
    # words alone on another: the saying's date is the one in passing, the told words are the other's own
    return {c for group in groups for c in group if len(dates[(c.source, c.paragraph, c.sentence, _told(c.title))]) > 1
            and (len(exact[(c.source, c.paragraph, c.sentence, c.title)]) > 1 or _told(c.title) != c.title.lower())}


@functools.lru_cache(maxsize=1 << 17)
def _told(title: str) -> str:
    """A title without its speaker ("Dana Roe: the supplier had changed the part", "Dana Roe
    said that the supplier had changed the part" -> "the supplier had changed the part"), lower case: what is told, whoever tells it (a saying
    on one date of what happened on another, "X said on Tuesday that the supplier had
    changed the part in August 2023", gives the telling to both; review 18b #13). Cached
    per title, as `_forecast`: every candidate's is asked at each build (in `watch`, after
    each edit)."""
    head, colon, rest = title.partition(": ")
    if colon and len(head.split()) <= 4:
        return rest.lower()
    words = title.lower().split()
    said = next((i for i, w in enumerate(words[:6]) if w in REPORTING and words[i + 1 : i + 2] == ["that"]), -1)
    return " ".join(words[said + 2 :] if said >= 0 else words)


@functools.lru_cache(maxsize=1 << 17)
def _forecast(told: str) -> bool:
    """Whether a title tells a happening as planned or expected: its first finite verb is a
    modal ("Talks would resume", "The inquiry will publish"; not "Apple announced that it
    will give"); cached per title (`_told`)."""
    words = words_of(told)
    first = first_finite(words)
    return first >= 0 and words[first].lower() in MODALS


def slug(words: str) -> str:
    """The part of an event's id its title (or, with none, its sentence) gives: the slug of
    its first six words. The title's words, not the sentence's: a correction to the
    sentence's opening (its date line, a fronted phrase, a speaker) leaves the id as it
    was, and two happenings of one sentence have ids of their own. The id its sentence
    gives (the id before session 13) stays an alias, so an `events.yml` written with it
    still applies."""
    return slugify(title_of(words, 6), 48)

"""Annotate one source: entity mentions, time expressions, quotes, facts, claims.

Pure: the same source and matcher give the same result, with no I/O, so sources can be
annotated in worker processes and cached by content hash.
"""

from __future__ import annotations

import bisect
from array import array

from ..annotation import Annotated, Mention, TimeExpression
from ..model import Entity, Paragraph, Source
from . import dates, events, evidence, leads, opening
from .anaphora import Story
from .contribution import co_mentions, shingles
from .matcher import Matcher, resolve
from .numeric import written_order


def paragraph_at(source: Source, offset: int, starts: list[int]) -> int:
    """The number of the paragraph holding `offset` (0 if none); `starts` are the paragraphs' starts."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < source.paragraphs[i].end:
        return source.paragraphs[i].number
    return 0


def annotate(source: Source, matcher: Matcher, entities: dict[str, Entity], language: str = "") -> Annotated:
    """Everything found in the source's paragraphs (skipped paragraphs excluded).
    `language`: the dossier's language tag (`Dossier.identity.language`), which orders the
    day and month of a numeric date (`12/03/1966`); the source's own (`Source.language`)
    when not given."""
    language = language or source.language
    text = source.text
    live = {p.number for p in source.paragraphs if not p.skipped}
    starts = [p.start for p in source.paragraphs]
    hits = []
    for hit in matcher.hits(text):
        number = paragraph_at(source, hit.start, starts)
        if number in live:
            hits.append((hit, number))
    where = {id(h): n for h, n in hits}
    mentions = tuple(
        Mention(entity, hit.start, hit.end, text[hit.start : hit.end], where[id(hit)])
        for hit, entity in resolve([h for h, _ in hits], text)
    )
    names = tuple(sorted((m.start, m.end) for m in mentions))

    def names_in(p: Paragraph) -> tuple[tuple[int, int], ...]:
        """The paragraph's names (all of them for each paragraph cost time quadratic in
        the number of paragraphs)."""
        return names[bisect.bisect_left(names, (p.start,)) : bisect.bisect_left(names, (p.end,))]

    found: list[TimeExpression] = []
    # what the source named so far ("the day before", "two days before the race" count from it)
    story = Story(order=written_order(text) if "/" in text else "")
    for p in source.paragraphs:
        if not p.skipped:
            found.extend(dates.find_dates(
                text, p.start, p.end, p.number, source.published, names_in(p), p.sentences, language=language, story=story))
    found_dates = tuple(found)
    quotes = evidence.find_quotes(source, mentions, entities)
    candidates, found_dates = events.source_candidates(source, mentions, found_dates, entities, quotes)
    return Annotated(
        source=source.id,
        mentions=mentions,
        dates=found_dates,
        quotes=quotes,
        facts=evidence.find_facts(source, mentions, entities),
        claims=evidence.find_claims(source, mentions, entities, quotes),
        candidates=candidates,
        leads=tuple(c for c in (leads.lead(source, mentions, found_dates),) if c is not None),
        pairs=co_mentions(mentions, {
            p.number: p.start + length for p in source.paragraphs
            if not p.skipped and (length := opening.dateline(text[p.start : p.end])[0])}),
        shingles=array("I", sorted(shingles(source.text))).tobytes(),
    )

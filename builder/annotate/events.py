"""Timeline candidates of one source: which dates anchor a happening, and what happened.

A date becomes a candidate event only when its `roles.role` is `event`: it anchors
something that happened or is planned; the others keep the reason they are not events
(dateline, publication, comparison, description, quote: see `roles`). Each candidate
carries a short title (`titles.py`).

Everything here is a function of one source's annotations, so it runs (and is cached)
per source. Which dates of a sentence anchor a happening is `anchors.py`'s, the names a
title's pronoun stands for `titlepronouns.py`'s; which candidates of a date tell one
happening is `happenings.py`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace

from ..annotation import Candidate, Mention, Quote, TimeExpression
from ..model import Entity, Source
from . import opening
from .anaphora import Story
from .anchors import (
    closing_saying,
    complement_title,
    head_noun,
    main_anchor,
    perfect_past,
    postmodifying,
    relative_saying,
    second_in_clause,
)
from .attributions import ATTRIBUTED_DATE
from .clausenames import clause_names
from .clauses import HE_SHE, subject_named
from .corefer import antecedent
from .eventnouns import event_nouns
from .modifierdates import agent_title, apposed_title, included_title
from .numeric import numeric_order, undecided, written_order
from .participles import opening_participle_title
from .performatives import InOrder, performatives
from .phrases import STOP
from .relatives import relative_title
from .roles import _is_dateline, role
from .stateends import resumed_title, state_end_title
from .stems import REPORTING, TIME_WORDS, token_stem
from .subordinates import as_act_title
from .titlepronouns import author_named, do_so_told, it_named, its_owner, owner_named
from .titles import title

__all__ = ["role"]  # the role of a date lives in `roles`; kept importable from here

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LETTERS = re.compile(r"[a-z]+")


def dateline_date(source: Source, either: list[str] | None = None) -> str:
    """The day a source's own date line states (one of its first three paragraphs, only
    a date, at most its time, and at most a place or an agency: "March 09, 2011"), or ""; for `sources.load`
    to check or fill `published` with, and for `add` to propose. An all-numeric date reads
    its day and month in the order the source's other numeric dates or the dossier's
    language (`Source.language`) give; one neither tells ("02/04/2027" in an `en` dossier:
    `numeric.undecided`) is "", its two readings (day first, month first) put in `either`."""
    from .dates import find_dates  # dates needs no events; imported here to keep the module graph flat

    order = None  # read from the whole text only for a paragraph short enough to be a date line
    for p in source.paragraphs[:3]:
        if p.end - p.start > 80:
            continue
        if order is None:
            order = written_order(source.text) or numeric_order(source.language)
        found = [d for d in find_dates(source.text, p.start, p.end, p.number, None, language=source.language,
                                       story=Story(order=order)) if d.precision == "day"]
        days = {d.value[:10] for d in found}  # a time of that day is no second day ("17 November 2022, 11.00am")
        if len(days) == 1 and _is_dateline(source.text, (p.start, p.end), found, []):
            readings = undecided(found[0].text, order)
            (either if either is not None else []).extend(readings)
            return "" if readings else found[0].value[:10]
    return ""


def source_candidates(
    source: Source, mentions: tuple[Mention, ...], found: tuple[TimeExpression, ...], entities: dict[str, Entity],
    quotes: tuple[Quote, ...] = (),
) -> tuple[tuple[Candidate, ...], tuple[TimeExpression, ...]]:
    """The source's candidate events (one per date value per sentence, for dates that
    anchor a happening) and its dates, each with its `role`."""
    result: list[Candidate] = []
    roles: dict[int, str] = {}
    text = source.text
    published = source.published.isoformat() if source.published else ""
    by_paragraph: dict[int, list[TimeExpression]] = defaultdict(list)
    for d in found:
        by_paragraph[d.paragraph].append(d)
    # Mentions and dates are in text order: a paragraph's and a sentence's are found by
    # bisection (filtering all of them per sentence cost time quadratic in the length).
    people = [m for m in mentions if entities[m.entity].kind == "person"]
    person_ends = [m.end for m in people]
    mentions_in: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        mentions_in[m.paragraph].append(m)
    quotes_in: dict[int, list[Quote]] = defaultdict(list)  # a quote lies within its paragraph
    for q in quotes:
        quotes_in[q.paragraph].append(q)
    for p in source.paragraphs:
        p_dates = by_paragraph.get(p.number)
        if p.skipped or not p_dates:
            continue
        p_mentions = mentions_in.get(p.number, [])
        # a date line opening the paragraph ("GLASGOW, June 12 (Meridian Wire) -", "June 2
        # (Reuters) -") is the source's: its place and wire service are no participants and no
        # part of a summary, also when a sentence break falls inside it ("WILMINGTON, Del. (AP) —")
        line_end = p.start + opening.dateline(text[p.start : p.end])[0]
        p_starts, d_starts = [m.start for m in p_mentions], [d.start for d in p_dates]
        for s, e in p.sentences:
            seen: set[str] = set()
            s_dates = p_dates[bisect_left(d_starts, s) : bisect_left(d_starts, e)]
            in_sentence = p_mentions[bisect_left(p_starts, s) : bisect_left(p_starts, e)]
            sentence = ""
            sentence_stems: list[str] = []
            sentence_words: list[str] = []
            sentence_nouns: list[str] = []
            # "the last quarter, which ended ...": a coreferent form repeats its date (no event
            # of its own) and its words stay in a title
            repeats = {d.start for d in s_dates if antecedent(text, d, s_dates) is not None}
            if repeats:
                s_dates = [d for d in s_dates if d.start not in repeats]
                for at in repeats:
                    roles[at] = "repeat"
            spans = _spans(text, s_dates)
            first_here = len(result)
            named_by: set[int] = set()  # the candidates (indices) of dates that premodify a noun
            main_dated = False  # whether another date of the sentence dates its main clause
            closing_main = False  # whether that date is a closing attribution's (", X said on Thursday")
            opening_noun: set[int] = set()  # the candidates of a date opening the sentence ("Tuesday's blackout cut ...")
            for d in s_dates:
                why = role(text, (s, e), (p.start, p.end), d, p_dates, p_mentions, tuple(quotes_in.get(p.number, ())))
                if why == "event" and "T" in d.timex and not any("T" not in x.timex and x.precision == "day" for x in s_dates) and (
                        not any(x.start < d.start and x.value == d.value and "T" not in x.timex for x in found)):
                    # "The stores shut at 9pm.": a time of day with no day in its sentence,
                    # and none named before it, fell back on publication (`periods.clock_time`):
                    # no event of its own; on a day the story named ("On Monday ... They left
                    # at 7am") it is that day's
                    why = "repeat"
                roles[d.start] = why
                if d.start in spans:
                    if not spans[d.start]:
                        continue  # the end of a span its start has told ("between 2008 and 2012")
                    d = replace(d, value=spans[d.start], precision="range")
                if why != "event" or d.value in seen or relative_saying(text, s, d.start) or postmodifying(text, s, d.start):
                    continue
                # (only a date that dates a happening is the main clause's: "the budget approved three years ago" is a comparison)
                told_dates = [x for x in s_dates if roles.get(x.start, "event") == "event"]
                if (closing_saying(text, s, d, told_dates, published) and not as_act_title(text, s, e, d)) or second_in_clause(text, s, d, s_dates):
                    continue
                if perfect_past(text, s, d, published) and relative_title(text, s, e, s_dates, in_sentence, d) is None:
                    roles[d.start] = "description"  # (so an issuer's own perfect is the document's act: `performatives`)
                    continue  # "has been charged in connection with the theft ... last month": the theft's date
                seen.add(d.value)
                noun = head_noun(text, d, e)
                said = _SAID_BEFORE.search(text, max(s, d.start - 30), d.start)
                if noun and not (said and said.group(1) in REPORTING):
                    # ("and said last week's data showed the flaw": the noun opens what was said, its own clause)
                    named_by.add(len(result))
                    if not text[max(s, line_end) : d.start].strip():
                        opening_noun.add(len(result))
                elif main_anchor(text, s, d):
                    main_dated = True
                    closing_main = closing_main or ATTRIBUTED_DATE.search(text, max(s, d.start - 80), d.start) is not None
                named = [m for m in in_sentence if m.start >= line_end]
                lent: list[Mention] = []
                if HE_SHE.match(text, s, e):
                    # "He returned July 19": the subject is the last person named before.
                    last = bisect_right(person_ends, s)
                    lent = people[last - 1 : last] if last else []
                if not sentence_stems:
                    # One sentence, one reading, however many dates it holds (without the date line).
                    sentence = " ".join(text[max(s, line_end) : e].split())
                    outside = _outside(text, s, e, in_sentence)
                    sentence_stems.append(" ".join(sorted({t for t in map(token_stem, _WORD.findall(outside)) if t}
                                                          | _amounts(outside, s_dates, s))))
                    sentence_words.append(" ".join(sorted({w for w in _LETTERS.findall(sentence.lower()) if w not in STOP and w not in TIME_WORDS})))
                    sentence_nouns.append(" ".join(sorted(event_nouns(sentence))))
                told = complement_title(text, s, e, s_dates, in_sentence, d, title(text, s, e, s_dates, in_sentence, d))
                told = resumed_title(state_end_title(told, text, s, d.start), text, s, d.start)  # "will stay closed until Thursday": "will reopen"
                told = (apposed_title(text, s, e, d) or included_title(text, s, e, d) or as_act_title(text, s, e, d)
                        or agent_title(text, s, e, d) or opening_participle_title(text, s, e, d)
                        or told)  # "X, relegated in May, now pay": "X were relegated"; "Announcing X on Monday, Y said": "Y announced X"
                # "On Monday she said ...": the person the title's "She" stands for is a participant
                teller = lent or _teller(told, text, in_sentence, people, person_ends, s, entities)
                titled = it_named(owner_named(subject_named(told, teller, entities),
                                                in_sentence, people, person_ends, s, entities),
                                   text, s, source, mentions, entities)
                titled = do_so_told(its_owner(titled, text, s, e, source, mentions, entities), text, s, source)
                titled = author_named(titled, text, s, source, entities)
                # several dates: each happening's names are its own clause's, its title's and the speaker's
                own = clause_names(text, s, e, s_dates, d, named, titled) + (teller if HE_SHE.match(told) else lent)
                result.append(
                    Candidate(
                        date=d.value,
                        precision=d.precision,
                        source=source.id,
                        published=published,
                        paragraph=p.number,
                        sentence=sentence,
                        entities=tuple(sorted({m.entity for m in own})),
                        noun=noun,
                        words=sentence_words[0],
                        title=titled,
                        stems=sentence_stems[0],
                        nouns=sentence_nouns[0],
                    )
                )
            if named_by and main_dated:
                # "The minutes of the June 11 meeting, published on Wednesday, showed ...": a
                # date that premodifies a noun names that noun's happening; the sentence's
                # verb is the other date's (`main_anchor`)
                # ("Tuesday's blackout cut power ..., the regulator said on Thursday": the subject's
                # noun and its predicate are the reported happening, the saying is Thursday's)
                dropped = named_by - opening_noun if closing_main else named_by
                result[first_here:] = [c for i, c in enumerate(result[first_here:], first_here) if i not in dropped]
    dates = tuple(replace(d, role=roles[d.start]) if roles.get(d.start, "event") != d.role else d for d in found)
    mentions_of = InOrder(mentions)
    for number, s, e, told in performatives(source, dates, mentions):
        # a decision's own act, in the present, at the document's date ("The Panel imposes ...")
        sentence = " ".join(text[s:e].split())
        within = mentions_of.within(s, e)
        outside = _outside(text, s, e, within)
        result.append(Candidate(
            date=published, precision="day", source=source.id, published=published, paragraph=number, sentence=sentence,
            entities=tuple(sorted({m.entity for m in within})), noun="",
            words=" ".join(sorted({w for w in _LETTERS.findall(sentence.lower()) if w not in STOP and w not in TIME_WORDS})),
            title=told, stems=" ".join(sorted({t for t in map(token_stem, _WORD.findall(outside)) if t})),
            nouns=" ".join(sorted(event_nouns(sentence)))))
    return tuple(result), dates


_SAID_BEFORE = re.compile(r"\b([a-z]+)\s+(?:that\s+)?(?:the\s+)?$")


def _teller(told: str, text: str, in_sentence: list[Mention], people: list[Mention], person_ends: list[int], s: int,
            entities: dict[str, Entity]) -> list[Mention]:
    """The person a title's opening "He"/"She" stands for when the sentence does not open
    with it ('"...," he told X on Saturday'): the last person named before the sentence,
    when the sentence names none."""
    if not HE_SHE.match(told) or any(entities[m.entity].kind == "person" for m in in_sentence):
        return []
    last = bisect_right(person_ends, s)
    if not last:
        return []
    # the subject of the sentence that named the person: its first person ("Wróblewski, who
    # trains under coach Mutai, denied wrongdoing": Wróblewski, not Mutai)
    opened = max(text.rfind(". ", 0, people[last - 1].start), text.rfind("\n", 0, people[last - 1].start))
    return [next(m for m in people[:last] if m.start > opened)]


_SPAN = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s+$")
_SPAN_START = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?$")
_YEAR_OR_MONTH = frozenset(("year", "month"))


def _spans(text: str, dates: list[TimeExpression]) -> dict[int, str]:
    """The spans a sentence names by two dates of one precision: two years ("between 2008 and
    2012", "from 2009 to 2011"), or two days after "between" ("copied between 2 February and
    7 February"): the first date's start -> the span's value (`2008/2012`,
    `2026-02-02/2026-02-07`), the second's -> "" (one happening over the span, not two: the
    TimeML TIMEX3 of a duration's beginPoint and endPoint, one event). "From" a day "to"
    another stays two: a change of date ("moved from 2 May to 9 May") is `roles`'. Months of
    one year stay two ("contracted between April and June": TimeML, as MEANTIME annotates it,
    dates the happening's start and its end); a span across years, of months or of a year and
    a month ("between January 2023 and August 2025", "from at least 2022 through March
    2026"), is one (`2023-01/2025-08`): a period that long is no two happenings."""
    found: dict[int, str] = {}
    for a, b in zip(dates, dates[1:], strict=False):
        lead = _SPAN_START.search(text[max(0, a.start - 24) : a.start])
        across = {a.precision, b.precision} <= _YEAR_OR_MONTH and a.value[:4] < b.value[:4]
        if (a.value < b.value and lead and (across or a.precision == b.precision)
                and (a.precision == "year" or across or (a.precision == "day" and lead.group().lower().startswith("between")))
                and _SPAN.match(text[a.end : b.start])
                and a.start not in found):
            found[a.start], found[b.start] = f"{a.value}/{b.value}", ""
    return found


_AMOUNT = re.compile(r"(?<![\w.,])[0-9][0-9.,]*[0-9](?![\w])|(?<=[$€£¥])[0-9](?![\w.,])"
                     r"|(?<![\w.,])[0-9](?=\s?(?:million|billion|trillion|thousand|%|percent|per\scent)(?![\w]))")


def _amounts(chunk: str, dates: list[TimeExpression], s: int) -> set[str]:
    """The numbers of two digits or more in a sentence (`chunk`, starting at `s`) outside its
    dates, as content words: an amount ("$200 million", "40 stores", "6.39 percent") told by
    two sources is one happening's. A one-digit number counts with a currency sign before
    it or a magnitude or percent after it ("8 million euros", "$5", "3%": a number word's
    multiplier makes it an amount, Quirk et al. 1985 ch. 5, nouns and determiners), not as a bare count ("two
    towers", "3 ships")."""
    found = set()
    for mt in _AMOUNT.finditer(chunk):
        if not any(d.start <= s + mt.start() < d.end for d in dates):
            found.add(mt.group().replace(",", "").rstrip("."))
    return found


def _outside(text: str, s: int, e: int, names: list[Mention]) -> str:
    """text[s:e] with the names blanked (their words are entities, not content)."""
    chunk = list(text[s:e])
    for m in names:
        for i in range(max(m.start, s), min(m.end, e)):
            chunk[i - s] = " "
    return "".join(chunk)

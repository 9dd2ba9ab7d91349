"""Timeline candidates of one source: which dates anchor a happening, and what happened.

A date becomes a candidate event only when its `roles.role` is `event`: it anchors
something that happened or is planned; the others keep the reason they are not events
(dateline, publication, comparison, description, quote: see `roles`). Each candidate
carries a short title (`titles.py`).

Everything here is a function of one source's annotations, so it runs (and is cached)
per source. Which candidates of a date tell one happening is `happenings.py`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace

from ..annotation import Candidate, Mention, Quote, TimeExpression
from ..model import Entity, Source
from . import opening, senses, verbs
from .anaphora import Story
from .attributions import ATTRIBUTED_DATE
from .clausenames import clause_names
from .clauses import HE_SHE, subject_before, subject_named
from .corefer import antecedent
from .happenings import REPORTING, TIME_WORDS, event_nouns, stem, token_stem, verb_lemma
from .numeric import numeric_order, undecided, written_order
from .performatives import InOrder, performatives
from .phrases import STOP, capitalised
from .roles import _is_dateline, role
from .titles import title
from .titlewords import HEAD_ENDS

__all__ = ["role"]  # the role of a date lives in `roles`; kept importable from here

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LETTERS = re.compile(r"[a-z]+")
_PREMODIFIED = re.compile(r"(?:['’]s)?\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")


def dateline_date(source: Source, either: list[str] | None = None) -> str:
    """The day a source's own date line states (one of its first three paragraphs, only
    a date, at most its time, and at most a place or an agency: "March 09, 2011"), or ""; for `sources.load`
    to check or fill `published` with, and for `add` to propose. An all-numeric date reads
    its day and month in the order the source's other numeric dates or the dossier's
    language (`Source.language`) give; one neither tells ("02/04/2027" in an `en` dossier:
    `numeric.undecided`) is "", its two readings (day first, month first) put in `either`."""
    from .dates import find_dates  # dates needs no events; imported here to keep the module graph flat

    order = written_order(source.text) or numeric_order(source.language)
    for p in source.paragraphs[:3]:
        if p.end - p.start > 80:
            continue
        found = [d for d in find_dates(source.text, p.start, p.end, p.number, None, language=source.language,
                                       story=Story(order=order)) if d.precision == "day"]
        days = {d.value[:10] for d in found}  # a time of that day is no second day ("17 November 2022, 11.00am")
        if len(days) == 1 and _is_dateline(source.text, (p.start, p.end), found, []):
            readings = undecided(found[0].text, order)
            (either if either is not None else []).extend(readings)
            return "" if readings else found[0].value[:10]
    return ""


def head_noun(text: str, date: TimeExpression, sentence_end: int) -> str:
    """The stem of the noun a date names as a premodifier ("Sunday's election", "the
    July 28 elections", "the March 9 filing"), or "": the phrase's last word before a stop
    word, a reporting verb or the clause's finite verb ("Friday's ruling means ..." ->
    "ruling"; the noun phrase's head is its last noun, Quirk et al. 1985, ch. 17)."""
    after = text[date.end : min(sentence_end, date.end + 60)]
    mt = _PREMODIFIED.match(after)
    if not mt:
        return ""
    before = text[max(0, date.start - 6) : date.start].lower()
    if not (after[:1] in "'’" or _DETERMINER_BEFORE.search(before)):
        return ""
    # the noun phrase ends before its clause's finite verb ("Today's decision reflects what
    # ...": "decision", not "reflects"; `verbs.is_finite`, with the date as the possessive)
    prefix = text[date.start : date.end] + after[: mt.start(1)]
    words = verbs.words_of(prefix + after[mt.start(1) :])
    at = len(prefix.split())
    run: list[str] = []
    for k, word in enumerate(mt.group(1).split()):
        if word in STOP or word in REPORTING or (run and verbs.is_finite(words, at + k)):
            break
        run.append(word)
    return stem(run[-1]) if run else ""


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
                if why != "event" or d.value in seen or _relative_saying(text, s, d.start) or _postmodifying(text, s, d.start):
                    continue
                if _closing_saying(text, s, d, s_dates) or _second_in_clause(text, s, d, s_dates):
                    continue
                seen.add(d.value)
                noun = head_noun(text, d, e)
                said = _SAID_BEFORE.search(text, max(s, d.start - 30), d.start)
                if noun and not (said and said.group(1) in REPORTING):
                    # ("and said last week's data showed the flaw": the noun opens what was said, its own clause)
                    named_by.add(len(result))
                elif _main_anchor(text, s, d):
                    main_dated = True
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
                told = _complement_title(text, s, e, s_dates, in_sentence, d, title(text, s, e, s_dates, in_sentence, d))
                # "On Monday she said ...": the person the title's "She" stands for is a participant
                teller = lent or _teller(told, text, in_sentence, people, person_ends, s, entities)
                titled = _it_named(_owner_named(subject_named(told, teller, entities),
                                                in_sentence, people, person_ends, s, entities),
                                   text, s, source, mentions, entities)
                titled = _its_owner(titled, text, s, e, source, mentions, entities)
                titled = _author_named(titled, text, s, source, entities)
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
                # verb is the other date's (`_main_anchor`)
                result[first_here:] = [c for i, c in enumerate(result[first_here:], first_here) if i not in named_by]
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


_REPORTED_THAT = re.compile(r"\b([a-z]+)\s+(?:(?P<put>it\s+to\s+)?(?:him|her|them|us|me|you|jurors|the\s+(?:court|jury|panel|committee|tribunal))\s+)?that\s+")
"""A reporting verb and its "that" clause, an indirect object between ("told jurors that", "put
it to him that": the idiom "put it to someone that", to assert it for them to answer; Quirk
et al. 1985, ch. 16, ditransitive complementation)."""
_ASSERTING = frozenset("repeated repeats reiterated reiterates insisted insists maintained maintains admitted admits "
                       "acknowledged acknowledges conceded concedes argued argues stressed stresses "
                       "reminded reminds assured assures warned warns".split())
"""Verbs that report a "that" clause as asserted, besides `REPORTING`'s ("Ashdown repeated
that her meetings in February had been social": the date is the complement's; Biber et al.
1999, ch. 10, speech-act verbs with that-clauses); not those that deny or doubt it. Here
only: `REPORTING` also decides which verbs never join two events."""
_PRONOUN_SUBJECT = re.compile(r"(?:It|He|She)\s")


def _complement_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                      d: TimeExpression, told: str) -> str:
    """The title of a date inside the "that" clause of a reporting verb when `told` (the
    title `titles.title` gave) is the main clause's ("The Board notes the speculation and
    confirms that on 2 May 2025 it received a proposal" -> "The Board received a
    proposal"): the complement holds its own happening and time, the reporting clause only
    says who tells it (Quirk et al. 1985, ch. 16, that-clauses as reported content; TimeML
    anchors a time to the verb of its own clause). An opening "It"/"He"/"She" of the
    complement is the main clause's subject (the words of `told` before its first finite
    verb). Else `told`."""
    report = None
    for mt in _REPORTED_THAT.finditer(text, s, d.start):
        if mt.group(1) in REPORTING or mt.group(1) in _ASSERTING or (mt.group("put") and mt.group(1) in ("put", "puts")):
            report = mt
    if report is None:
        return told
    what = (told.partition(": ")[2] or told).lower().split()[:3]
    if " ".join(what) in " ".join(text[report.end() : e].lower().split()):
        return told  # the title is what was said already
    said = title(text, report.end(), e, [x for x in dates if x.start >= report.end()],
                 [m for m in names if m.start >= report.end()], d)
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first < 0:  # a present in -s the tagger leaves ("The Board notes"): a lower-case verb of WordNet's after a noun
        first = next((i for i, w in enumerate(words) if i and w[:1].islower() and w.endswith("s")
                      and words[i - 1].lower() not in STOP and senses.verb_synsets(verb_lemma(w))), -1)
    if _PRONOUN_SUBJECT.match(said) and first > 0:
        said = " ".join(words[:first]) + said[said.index(" "):]
    return said or told


_RELATIONAL = re.compile(r"([A-Za-z]+)\s+([a-z]+)\s+(?:after|before|since|between|from|through)\s+"
                         r"(?:[^,;.]{1,40}?\s+(?:and|to|through|until)\s+)?$")
_BE_HAVE = verbs.FINITE_AUX | verbs.MODALS | frozenset("be been being".split())


def _postmodifying(text: str, s: int, at: int) -> bool:
    """Whether the date at `at` (its sentence starting at `s`) bounds a participle that
    postmodifies a noun ("reviewing vehicles built after August 2023", "The recall covers
    models built between January 2021 and August 2023"): a reduced relative clause
    (Quirk et al. 1985, ch. 17, postmodification by -ed clauses) after its clause's finite
    verb, and a relation to the date, not an anchor (TimeML's BEFORE/AFTER/DURING
    signals): it says which things, no happening at the date; no candidate. A participle
    right after its noun with no finite verb before it is the main verb ("Prices rose
    after March"); one after "be"/"have" is a passive ("was built between 2008 and 2012")."""
    mt = _RELATIONAL.search(text, max(s, at - 90), at)
    if mt is None:
        return False
    noun, participle = mt.group(1), mt.group(2)
    if not (participle.endswith("ed") or participle in verbs.BASE_OF) or noun.lower() in _BE_HAVE or noun.lower() in STOP:
        return False
    if noun.endswith("ly"):
        return False  # an adverb before a verb ("had not been significantly updated since 2008", "which partly recovered from")
    return verbs.first_finite(verbs.words_of(text[s : mt.start()])) >= 0


_SAID_BEFORE = re.compile(r"\b([a-z]+)\s+(?:that\s+)?(?:the\s+)?$")
_SUBORDINATORS = frozenset("after before when while since until because although though if unless as that which who whom whose "
                           "where once".split())


def _main_anchor(text: str, s: int, d: TimeExpression) -> bool:
    """Whether the date `d` (its sentence starting at `s`) may date the sentence's main
    clause: no subordinating word or relative pronoun after the sentence's first finite verb
    and before the date ("... bosses admitted today", "published on Wednesday, showed"; not
    "came five weeks after she said on 7 May", "reports which repeat claims made yesterday":
    the date is the subordinate clause's, Quirk et al. 1985, ch. 14-15). A date that
    premodifies a noun ("last weekend's attack", "the June 11 meeting") gives way to such
    a date: it names its noun's happening, and the sentence's verb is the other date's."""
    words = [w.lower() for w in verbs.words_of(text[s : d.start])]
    first = verbs.first_finite(tuple(words))
    return not _SUBORDINATORS.intersection(words[max(first, 0) :])


_RELATIVE_SAYING = re.compile(r"\b(?:who|which|that)\s+(?:(?:he|she|it|they|we|I)\s+)?(?:(?:had|has|have|also)\s+)*([a-z]+)\s+(?:(?:on|in)\s+)?$")


def _relative_saying(text: str, s: int, at: int) -> bool:
    """Whether the date at `at` (its sentence starting at `s`) dates the saying of a relative
    clause ("bowing to pressure from regulators who said last week that ...", "the
    investigation, which he had said last month would report in April,"): the date
    anchors that reporting verb (TimeML's TLINK of a time to the verb it modifies), which
    tells no happening, and not the main clause a title is cut from; no candidate."""
    mt = _RELATIVE_SAYING.search(text, max(s, at - 60), at)
    return mt is not None and mt.group(1) in REPORTING


def _closing_saying(text: str, s: int, d: TimeExpression, dates: list[TimeExpression]) -> bool:
    """Whether the date `d` dates only a closing attribution (", officials said on Monday")
    of a sentence whose happening has a date of its own before it ("A jet crashed on Sunday
    evening, killing 140 people, officials said on Monday"): the date anchors the saying
    (TimeML's TLINK of a time to the verb it modifies; AP style puts the day of the report
    on "said"), which is no happening, and makes no second, later copy of the main clause's;
    no candidate. A sentence with no other date ("The plant will close, the firm said on
    Monday") or whose other date premodifies a noun ("after testing positive at last month's
    Grand Prix") keeps the saying's date."""
    if ATTRIBUTED_DATE.search(text, max(s, d.start - 80), d.start) is None:
        return False
    return any(x.end <= d.start and x.value != d.value and not head_noun(text, x, d.start)
               and text[x.end : x.end + 2] not in ("'s", "’s") for x in dates)


_CLAUSE_LINK = re.compile(r"[;:(—–]|\s--\s|\b(?:and|but|or|nor|then|to|from|until|till|through|between)\b")


def _second_in_clause(text: str, s: int, d: TimeExpression, dates: list[TimeExpression]) -> bool:
    """Whether the date `d` is a second date of a main clause an earlier date dates already
    ("The board today published its report into the accident near Hessel on 8 March",
    "The firm on Tuesday reported its results for 2025"): a happening has one time (TimeML
    anchors one TIMEX3 to an event), so a later date with no verb, clause link or
    subordinator between the two modifies a noun of the clause, the accident's or the
    results' (Quirk et al. 1985, ch. 17, postmodification by prepositional phrases); no
    candidate. A finer time of the same day ("on Monday ... at 3pm"), a span ("from X to
    Y") and a date past a verb or a link ("... and will meet again on Thursday") or before its
    own verb ("said profits in 2025 fell") stay."""
    for x in dates:
        if x.end > d.start or x.value[:10] == d.value[:10] or not _main_anchor(text, s, x) or head_noun(text, x, d.start):
            continue  # ("the June 11 meeting, published on Wednesday": the first date is its noun's)
        between = text[x.end : d.start]
        words = [w.lower() for w in verbs.words_of(text[s : d.start])]
        first = verbs.first_finite(tuple(words))
        if (first >= 0 and not _CLAUSE_LINK.search(between) and not _SUBORDINATORS.intersection(words[first:])
                and verbs.first_finite(("it", *words[first + 1 :])) < 0
                and verbs.first_finite(("it", *verbs.words_of(re.split(r"[,;:.]", text[d.end : d.end + 80])[0]))) < 0):
            return True  # ("said profits in 2025 fell": the verb after the date is the date's)
    return False


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


_HIS_HER = re.compile(r"(?:His|Her)\s")


def _owner_named(told: str, in_sentence: list[Mention], people: list[Mention], person_ends: list[int], s: int,
                 entities: dict[str, Entity]) -> str:
    """A title opening with "His"/"Her" ("His party's good showing", cut from "Despite his
    party's good showing Sunday, Rainsy will ...") with the person it stands for: the
    first person named in the sentence, else the last one named before it."""
    if not _HIS_HER.match(told):
        return told
    person = next((m for m in in_sentence if entities[m.entity].kind == "person"), None)
    if person is None:
        last = bisect_right(person_ends, s)
        person = people[last - 1] if last else None
    if person is None:
        return told
    name = entities[person.entity].name
    return name + ("’" if "’" in told else "'") + ("" if name.endswith("s") else "s") + told[3:]


_IT = re.compile(r"It\s")
_EXPLETIVE_IT = re.compile(r"It\s(?:is|was|has\sbeen|had\sbeen|seems|seemed|appears|appeared|remains|remained)\s(?:not\s)?"
                           r"(?:[\w-]+\s)?(?:that|whether|if|to|when|how|why)\b")
"""An anticipatory "it" (Quirk et al. 1985, ch. 18, theme, focus and information): "It is expected that ..."."""


def _it_named(told: str, text: str, s: int, source: Source, mentions: tuple[Mention, ...],
              entities: dict[str, Entity]) -> str:
    """A title that is the sentence's own opening "It" clause ("It would seek talks with
    the administrators"), with the entity the previous sentence's subject names: a
    name (not a person's) at that sentence's start, after a determiner at most; else the
    title as it was."""
    if not _IT.match(told) or not _IT.match(text, s) or told[3:].split(" ", 1)[0] != text[s + 3 : s + 40].split(" ", 1)[0]:
        return told  # ("It is expected that ... when it arrives": the title's "it" is another one)
    if _EXPLETIVE_IT.match(text, s):
        return told  # "It is expected that ...", "It was unclear whether ...": no referent
    before = [span for p in source.paragraphs for span in p.sentences if span[1] <= s]
    if not before:
        return told
    a, b = before[-1]
    i = bisect_left([m.start for m in mentions], a)
    first = mentions[i] if i < len(mentions) and mentions[i].start < s else None
    lead = text[a : first.start].strip().lower() if first is not None else "-"
    if first is not None and entities[first.entity].kind == "person" and lead in ("", "the"):
        return told
    if first is not None and lead in ("", "the"):
        return entities[first.entity].name + told[2:]
    if _IT_BE_NOUN.match(told) or any(m.start < b and entities[m.entity].kind == "person" for m in mentions[i:]):
        return told  # "It was a hard meeting": a situation, not a thing named before; a person is no "it"
    said = " ".join(text[a:b].split()).rstrip(".")
    copula = _COPULA_NAME.match(said)
    subject = copula.group("np") if copula else _named_subject(said)
    return capitalised(subject) + told[2:] if subject else told


_ITS_THEIR = re.compile(r"(Its|Their)\s+([\w’'-]+)")
_POSSESSOR = re.compile(r"(.+?)(?:’s|'s)\s")


_FIRST_PERSON = re.compile(r"I\s(?:(have|am|was)\s)?")
_THIRD_PERSON = {"have": "has", "am": "is", "was": "was"}


def _author_named(told: str, text: str, s: int, source: Source, entities: dict[str, Entity]) -> str:
    """A title opening with "I" in a source's own words (outside any quotation) put as the
    one person its title names ("Statement from the Rt Hon Helen Ashdown MP": "I have
    written to X" -> "Helen Ashdown has written to X"): a statement's "I" is its author,
    and a title is told in the third person as news is (AP Stylebook, "first-person
    references"). Else the title as it was: no person, or two, named in the source's title."""
    mt = _FIRST_PERSON.match(told)
    if mt is None or not source.title:
        return told
    line_start = text.rfind("\n", 0, s) + 1
    if sum(text.count(q, line_start, s) for q in "\"“”") % 2:
        return told  # inside a quotation: the quoted speaker's "I"
    people = {ent.name for ent in entities.values() if ent.kind == "person" and any(
        re.search(rf"(?<!\w){re.escape(form)}(?!\w)", source.title) for form in (ent.name, *(a.text for a in ent.aliases)) if len(form) > 3)}
    if len(people) != 1:
        return told
    verb = _THIRD_PERSON.get(mt.group(1) or "", "")
    return f"{next(iter(people))} {verb + ' ' if verb else ''}{told[mt.end():]}"


def _its_owner(told: str, text: str, s: int, e: int, source: Source, mentions: tuple[Mention, ...],
               entities: dict[str, Entity]) -> str:
    """A title opening with "Its"/"Their" ("Its shares rose 1.1%", "Their union and X reached
    a tentative agreement") with the owner named: a possessive determiner stands for the
    subject of its own clause before it, or of the sentence before when it opens the
    sentence, as a subject pronoun does (Quirk et al. 1985, ch. 6, pronoun concord: "its" a
    singular non-person, "their" a plural; Grosz, Joshi and Weinstein 1995, centering
    theory: the preferred centre is the subject). In the sentence: its subject before the
    pronoun, up to its head ("Dockworkers at the Port of X will return ... after their
    union" -> "Dockworkers' union"), or that subject's own possessor ("The chain's sales
    fell, and its shares ..." -> "The chain's shares"); at the sentence's start: the name
    or "The" + name the sentence before opens with (`_it_named`'s). Only when the title is a
    clause (the possessive's phrase its subject) and no reporting verb or "that" stands
    between the subject and the pronoun (what was said has subjects of its own: "The firm
    said songs had been downloaded since its launch"). Else the title as it was."""
    mt = _ITS_THEIR.match(told)
    if mt is None or not verbs.has_finite(told):
        return told  # "Its launch": a noun phrase, the possessive no clause's subject
    pronoun = mt.group(1).lower()
    at = re.search(rf"\b{pronoun}\s+{re.escape(mt.group(2))}\b", text[s:e], re.IGNORECASE)
    if at is None:
        return told
    p = s + at.start()
    owner = _owner_in_sentence(text, s, p, pronoun, mentions, entities) if p > s else (
        _previous_subject(text, s, source, mentions, entities, pronoun))
    if not owner:
        return told
    return capitalised(owner) + ("’" if "’" in told else "'") + ("" if owner.endswith("s") else "s") + told[len(mt.group(1)):]


def _agrees(phrase: str, pronoun: str, name: bool = True) -> bool:
    """Whether the noun phrase `phrase` agrees with "its" (singular) or "their" (plural) by
    its head's -s (Quirk et al. 1985, ch. 5, the regular plural); a capitalised head is a
    name's word ("Veloria Motors"), singular, unless `name` is False (a common noun opening
    the sentence, "Dockworkers")."""
    words = phrase.split()
    head = words[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and (head[:1].islower() or not name and len(words) == 1)
    return plural == (pronoun == "their")


def _owner_in_sentence(text: str, s: int, p: int, pronoun: str, mentions: tuple[Mention, ...],
                       entities: dict[str, Entity]) -> str:
    """The subject of text[s:p] (its words before the first finite verb) cut at its head, or
    that subject's possessor, when it agrees with `pronoun` and is no person's name for "its";
    else ""."""
    subject = subject_before(text, s, p, 8)
    if not subject or subject.split()[0].lower() in _PRONOUNS:
        return ""
    if any(w.lower() in REPORTING or w.lower() == "that" for w in verbs.words_of(text[text.find(subject, s) + len(subject) : p])):
        return ""  # "The firm said ... since its launch": what was said has subjects of its own
    words = subject.split()
    head = next((i for i, w in enumerate(words) if i and (w.lower() in HEAD_ENDS or w.endswith(","))), len(words))
    phrase = " ".join(words[:head]).rstrip(",")
    possessor = _POSSESSOR.match(phrase + " ")
    for candidate in (phrase, possessor.group(1) if possessor else ""):
        if not candidate or "’s " in candidate + " " or "'s " in candidate + " ":
            continue
        start = text.find(candidate, s, p)
        named = [m for m in mentions if m.start == start]
        if not _agrees(candidate, pronoun, bool(named)) or pronoun == "its" and any(
                entities[m.entity].kind == "person" for m in named):
            continue
        return candidate
    return ""


_PRONOUNS = frozenset("it its they their he his she her we our you i this that these those there".split())


def _previous_subject(text: str, s: int, source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity],
                      pronoun: str) -> str:
    """The name the sentence before text[s] opens with (after "the" at most), not a person's
    for "its" ("Veloria now expects ... . Its shares rose" -> Veloria); else ""."""
    before = [span for p in source.paragraphs for span in p.sentences if span[1] <= s]
    if not before:
        return ""
    a, _ = before[-1]
    i = bisect_left([m.start for m in mentions], a)
    first = mentions[i] if i < len(mentions) and mentions[i].start < s else None
    if first is None or text[a : first.start].strip().lower() not in ("", "the"):
        return ""
    entity = entities[first.entity]
    if entity.kind == "person" and pronoun == "its":
        return ""
    return entity.name if pronoun == "its" or _agrees(entity.name, "their") else ""


def _named_subject(sentence: str) -> str:
    """The subject of `sentence` when it is "The", a capitalised name and at most one
    singular noun before a finite verb ("The S&P had seen", "The Merval index fell"); else ""."""
    mt = _SINGULAR_SUBJECT.match(sentence)
    if mt is None:
        return ""
    rest = sentence[mt.end() :].split()
    for k in (0, 1):
        if k < len(rest) and verbs.is_finite(("it", rest[k]), 1):
            return mt.group() + (" " + rest[0] if k else "")
        if not (rest and rest[0].isalpha() and rest[0].islower() and not rest[0].endswith("s")):
            break  # a plural noun or no noun: no singular head after the name
    return ""


_IT_BE_NOUN = re.compile(r"It\s(?:is|was)\s(?:a|an|the|not|no)\s")
_SINGULAR_SUBJECT = re.compile(r"The\s(?:[A-Z][\w&.’'-]*\s){0,3}[A-Z][\w&.’'-]*")
"""The previous sentence's subject, "The" and a capitalised name ("The S&P had seen its
fourth loss. It has lost ..."): the preferred centre of the sentence before is its subject
(Grosz, Joshi and Weinstein 1995, centering theory), as `pronouns` has it for "he"/"she"."""
_COPULA_NAME = re.compile(r"[^,;]{3,80}?\s(?:is|was)\s(?P<np>the\s(?:[A-Z][\w&.’'-]*\s){1,4}[a-z]+)$")
"""A previous sentence whose subject is identified by the name after its copula ("One of the
worst indexes was the Brazilian Bovespa index. It has fallen ..."): subject and complement
of an identifying "be" are one referent (Quirk et al. 1985, ch. 10, the copula)."""

_SPAN = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s+$")
_SPAN_START = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")


def _spans(text: str, dates: list[TimeExpression]) -> dict[int, str]:
    """The spans a sentence names by two dates of one precision: two years ("between 2008 and
    2012", "from 2009 to 2011"), or two days after "between" ("copied between 2 February and
    7 February"): the first date's start -> the span's value (`2008/2012`,
    `2026-02-02/2026-02-07`), the second's -> "" (one happening over the span, not two: the
    TimeML TIMEX3 of a duration's beginPoint and endPoint, one event). "From" a day "to"
    another stays two: a change of date ("moved from 2 May to 9 May") is `roles`'. Months stay
    two ("contracted between April and June": TimeML, as MEANTIME annotates it, dates the
    happening's start and its end)."""
    found: dict[int, str] = {}
    for a, b in zip(dates, dates[1:], strict=False):
        lead = _SPAN_START.search(text[max(0, a.start - 9) : a.start])
        if (a.precision == b.precision and a.value < b.value and lead
                and (a.precision == "year" or (a.precision == "day" and lead.group().lower().startswith("between")))
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


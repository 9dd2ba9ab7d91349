"""Timeline candidates of one source: which dates anchor a happening, and what happened.

A date becomes a candidate event only when it anchors something that happened or is
planned. The others keep the reason they are not events (`TimeExpression.role`, shown in
the export): a **dateline** (a paragraph that is only a date and a place), a
**publication** line ("Posted on March 9"), a **comparison** ("compared to April 2010",
"higher than in 2008", "the worst since 1998", "up from $3m a year earlier", a contrast:
"around 2020, and not 2015 as planned"), a
**description** of a period ("the 1975-79 rule", "during the 1980s") and words in a
**quote** (a speaker's words, not the report's account). The rules use closed classes of
English (comparison markers, reporting verbs, determiners); no topic words. Each
candidate carries a short title (`titles.py`).

Everything here is a function of one source's annotations, so it runs (and is cached)
per source. `related_pairs` tells `timeline.merge_date` which candidates of one date
report the same happening: the same noun named by the date ("Sunday's election", "the
July 28 elections"), or a shared entity and at least two shared content stems (Snowball
English stemmer) of the sentence outside names. `join_nested` then joins a group dated
by a month, week or short range to another source's group on a day inside it that shares
an entity and two stems (compatible dates).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace

import snowballstemmer

from ..annotation import Candidate, Mention, Quote, TimeExpression
from ..model import Entity, Source
from . import verbs
from .phrases import STOP
from .titles import HE_SHE, subject_named, title

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
REPORTING = frozenset(
    "say said says saying tell told tells report reported reports reporting announce announced announces "
    "state stated states add added adds claim claimed claims according accord confirm confirmed confirms "
    "note noted notes explain explained explains".split()
)
"""Reporting verbs: they say who tells, not what happened, so they never join two events."""
ASPECTUAL = frozenset("begin start continu keep resum finish stop have do give make take get go come hold put set bring".split())
"""Stems of the aspectual verbs (Quirk et al. 1985, §3.49: begin, start, continue, keep,
resume, finish, stop) and of the delexical ("light") verbs (have, do, give, make, take,
get, go, come, hold, put, set, bring: Sinclair, *Collins COBUILD English Grammar*, 1990,
§3.8, their meaning is in the noun): they tell when or that something happens, not what,
so they never join two events ("will begin production in 2006" and "development, begun
two years ago"; "planned to hold three days of demonstrations" and "the meetings held")."""
TIME_WORDS = frozenset(
    "day days week weeks month months year years today yesterday tomorrow tonight morning afternoon evening "
    "night weekend quarter half decade time monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december earlier later "
    "ago last next early late mid".split()
)
_NOT_SUPERLATIVE_WORDS = r"(?!(?:pro|inter|re|con|for|har|sugg|inv|manif|hon|mod|arr|conqu|t|qu|b|w|n|ch|v|g|l|j|z|prot)est\b)"
"""Words in -est that are no superlative ("protest", "interest", "request", "contest",
"forest", "harvest", "arrest", "test", "rest", "west", "nest", "chest", "vest", "guest")."""
COMPARISON = frozenset("compared comparison than versus vs relative".split())
"""Words that make the date after them a point of comparison, not a happening. `since`
does too after a superlative or an ordinal ("the worst result since 1998", "the fifth
election since 1993"), not after a verb ("has been suspended since July 24")."""
_RANKED = re.compile(r"\b(?:" + _NOT_SUPERLATIVE_WORDS + r"\w+est|most|least|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                     r"highest|lowest|best|worst|only)\b")
PERIOD_PRECISIONS = frozenset(("decade", "range", "season", "half", "quarter"))
PUBLICATION = re.compile(r"(?:Published|Posted|Updated|Last updated|Retrieved|Accessed|First published)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|instead\sof)\s+(?:(?:in|on|by|at)\s+)?(?:the\s+)?$")
_SUPERLATIVE_IN = re.compile(r"\b(?:is|was|were|are|be|been|remains|remained)\s+(?:(?:the|its|their|his|her|[\w'’-]+['’]s)\s+){0,2}"
                             r"(?:\w+est|worst|best|most|least)\s+(?:[\w'’-]+\s+){0,2}(?:in|of)\s+(?:the\s+)?$")
"""A date after a superlative that a copula ranks ("was the party's worst result in 1998"):
a comparison; "posted its highest profit in 2009" stays an event."""
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:n['’]t)?\s+(?:not\s+)?have\s+(?:been\s+)?(?P<verb>[a-z]+)\b[^.;:,]*$")
"""A modal perfect ("would have been delivered in 2006"): what would have happened, and
did not; the date is a contrast with what did."""
_IF_HAD = re.compile(r"(?:^|[^\w])[Ii]f\s(?:[^,;.]*\s)?had\s[^,;.]*$")
"""A date in an "if ... had" clause ("if the sale had gone through last year"): a condition
that was not met."""
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$")
_FIGURE = r"(?:[0-9][0-9.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+few|several)"
_FIGURE_FROM = re.compile(r"\b" + _FIGURE + r"\s?(?:%|percent|per\scent|points?)\s+(?:of\s+\w+\s+)?from\s+(?:the\s+)?$")
"""A change by a figure from a base ("lost two percent from [Monday's close]")."""
_NOT_SUPERLATIVE = _NOT_SUPERLATIVE_WORDS
_SUPERLATIVE_OF = re.compile(r"\b" + _NOT_SUPERLATIVE + r"(?:\w+est|worst|best)\s+(?:[\w'’-]+\s+){0,2}of\s+(?:the\s+)?$",
                             re.IGNORECASE)
"""A superlative ranking over a period ("the second-biggest loss of 2007"): the period is
the ranking's span, not the happening's date (a day stays: "the worst index of the day")."""
_SINCE_PHRASE = re.compile(r"\bsince\s+(?P<np>(?:the|its|their|his|her)\s[^,;]{3,70}?)\s*$")
"""A date inside the noun phrase of a since-phrase ("since the re-opening of the markets
following the September 11th")."""
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|end)\s+of\s+$")
_CHANGE_BEFORE_SINCE = re.compile(r"\b" + _FIGURE + r"\s?(?:%|percent|per\scent|points?)\s+(?:of\s+(?:[\w'’-]+\s+){1,2})?since\b")
_NAME_OF = re.compile(r"(?:\b[A-Z][\w'’-]+\s+){2,5}of\s+$")
"""Capitalised words and "of" before a year: a name ("the Harbour Reserve Act of 1934")."""
_OF_BEFORE = re.compile(r"\bof\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|by|for|from|with|as|was|were|is|are|had|has|the|a|an)\b)[A-Za-z][\w-]*\s+[a-z]")
"""A noun (and another word) right after a date: the date premodifies it."""
_LASTS = re.compile(r"\blast(?:s|ed|ing)?\s+(?:(?:at\s+least|at\s+most|about|around|roughly|well|until|till|through|into|beyond)\s+)+(?:the\s+)?$")
"""The verb of duration before the date that ends it ("to last at least until Friday")."""
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about\s|around\s|nearly\s)?[$£€¥#]?[0-9][^A-Za-z]*(?:\w+\s){0,3}$")
_EARLIER_PERIOD = re.compile(r"\b(?:(?:a|one)\s\w+\s(?:earlier|ago|before)|previous|preceding|prior|same)\b")
_DIGIT = re.compile(r"[0-9]")
_POSSESSIVE_NOUN = re.compile(r"['’]s?\s+(?:[a-z][a-z-]*\s+){0,2}[a-z]")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_DURING = re.compile(r"\b(?:during|throughout)\s+(?:the\s)?$")
_LETTERS = re.compile(r"[a-z]+")
_PREMODIFIED = re.compile(r"(?:['’]s)?\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")
MIN_SHARED_STEMS = 2
"""Content stems two candidates with a shared entity need in common to be one happening."""
MIN_RETOLD_STEMS = 4
RETOLD_OTHER = 6
"""Two candidates with no entity are one happening only when they share `MIN_RETOLD_STEMS`
content stems and the shorter has at most one other in `RETOLD_OTHER` (`retold`)."""
NEIGHBOURS = 64
"""How many earlier candidates naming an entity each candidate is compared with."""
@functools.lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """The Snowball English stem of a lower-cased word (kept: the pure-Python stemmer costs
    about 0.3 ms a word, and a dossier's vocabulary repeats)."""
    return str(_STEMMER.stemWord(word))


@functools.lru_cache(maxsize=131072)
def _token_stem(token: str) -> str:
    """The content stem of one word as written (lower-cased, without a possessive), or ""
    for a function, reporting or time word: `stems` of one word, kept per word."""
    found = stems([_unpossessive(token.lower())])
    return found[0] if found else ""


def stems(words: list[str]) -> list[str]:
    """Snowball English stems of the content words among `words` (lower-cased); an irregular
    verb's past or participle is stemmed as its base ("fell", "fallen" -> "fall")."""
    content = [verbs.BASE_OF.get(w, w) for w in words if w not in STOP and w not in REPORTING and w not in TIME_WORDS
               and len(w) > 2]
    return [s for s in map(stem, content) if s not in REPORTING and s not in ASPECTUAL]


def role(text: str, sentence: tuple[int, int], paragraph: tuple[int, int], date: TimeExpression,
         dates: list[TimeExpression], names: list[Mention], quotes: tuple[Quote, ...]) -> str:
    """`event`, or why the date anchors no happening: `dateline`, `publication`,
    `comparison`, `description` or `quote`."""
    s, e = sentence
    if PUBLICATION.match(text, s) and date.start - s < 40:
        return "publication"
    if _is_dateline(text, paragraph, dates, names):
        return "dateline"
    if any(q.start <= date.start and date.end <= q.end for q in quotes):
        return "quote"
    before = [w.lower() for w in _WORD.findall(text[max(s, date.start - 60) : date.start])][-5:]
    window = text[max(s, date.start - 80) : date.start]
    tail = window[-12:]
    if "from" in tail and _FIGURE_FROM.search(window):
        return "comparison"  # "fell two percent from Monday's close": the base of a change
    if _POSSESSIVE_NOUN.match(text, date.end) and not (before and before[-1] in COMPARISON | {"since"}):
        return "event"  # "Saturday's rally", "at Monday's hearing": the date of the noun's happening
    if any(w in COMPARISON for w in before):
        return "comparison"
    if _NEGATED.search(text[max(s, date.start - 20) : date.start]):
        return "comparison"  # "around 2020, and not 2015 as previously hoped": a contrast, not a happening
    counterfactual = _COUNTERFACTUAL.search(window) if " have " in window else None
    if (counterfactual and (counterfactual.group("verb").endswith("ed") or counterfactual.group("verb") in verbs.PARTICIPLES)
            or (" had " in window and _IF_HAD.search(window))):
        return "comparison"  # "the plant would have opened in 2006" (had the sale gone through): it did not happen
    if _SUPERLATIVE_IN.search(text[max(s, date.start - 60) : date.start]):
        return "comparison"  # "the party's worst result in 1998": the date ranks, nothing happens on it
    since = _SINCE.search(text[max(s, date.start - 12) : date.start])
    if since and _RANKED.search(text[max(s, date.start - 80) : date.start].lower()):
        return "comparison"
    of_before = "of" in tail and _OF_BEFORE.search(tail) is not None
    if of_before and date.precision != "day" and _SUPERLATIVE_OF.search(window):
        return "comparison"  # "the second-biggest loss of 2007": the date is the ranking's span
    inside = _SINCE_PHRASE.search(window) if "since" in window else None
    if inside and not verbs.has_finite(inside.group("np")) and _RANKED.search(window[: inside.start()].lower()):
        return "comparison"  # "the worst day since the re-opening ... following the September 11th attacks"
    if (since or (inside and _SINCE_START.search(window))) and _CHANGE_BEFORE_SINCE.search(window):
        return "comparison"  # "has fallen 40% since the beginning of the year": a change's base
    if of_before and _NAME_OF.search(window):
        return "description"  # "the Harbour Reserve Act of 1934": the date is part of a name
    if of_before and _NOUN_AFTER.match(text, date.end) and not verbs.is_finite(
            ("it",) + verbs.words_of(text[date.end : date.end + 30])[:1], 1):
        return "description"  # "its estimate of fourth-quarter 2006 pension growth": a period measured
    if since:
        # "Holt, chief executive since 2019, said", "the firm, in turmoil since 2019,": a
        # since-phrase on a noun phrase (no finite verb back to the comma) says how long a
        # role or state has held, not that anything happened then; "has been suspended
        # since July 24" has its verb and dates the suspension.
        at = max(s, date.start - 12) + since.start()
        opening = max(text.rfind(mark, s, at) for mark in (", ", "(", "—", "–", " -- ", "; "))
        segment = text[max(s, opening + 1) : at]
        if opening >= s and verbs.words_of(segment) and not verbs.has_finite(segment):
            return "description"
    if "last" in window and _LASTS.search(text[max(s, date.start - 40) : date.start]):
        return "description"  # "the strike is expected to last at least until Friday": a duration's end
    between = text[max(s, date.start - 40) : date.start]
    if _FROM_FIGURE.search(between):
        return "comparison"  # "up to 5% from 3% in 2010"
    surface = date.text.lower()
    if _EARLIER_PERIOD.search(surface) and _DIGIT.search(text, s, e):
        return "comparison"  # "$704 million in the same period a year earlier"
    if date.precision == "decade" or (
        date.precision in PERIOD_PRECISIONS and "/" in date.value and len(date.value.split("/")[0]) == 4
        and _LOWER_NEXT.match(text, date.end) is not None
    ):
        return "description"  # "the 1980s", "the 1975-79 rule"
    if _DURING.search(text[max(s, date.start - 20) : date.start]) and date.precision in (
        PERIOD_PRECISIONS | {"year"}
    ):
        return "description"
    return "event"


def _is_dateline(text: str, paragraph: tuple[int, int], dates: list[TimeExpression], names: list[Mention]) -> bool:
    """A paragraph of a date and at most a place, an agency or a weekday: a date line."""
    a, b = paragraph
    if b - a > 120:
        return False
    rest = text[a:b]
    for span in sorted([(d.start, d.end) for d in dates] + [(m.start, m.end) for m in names], reverse=True):
        if a <= span[0] and span[1] <= b:
            rest = rest[: span[0] - a] + " " + rest[span[1] - a :]
    words = _WORD.findall(rest)
    lower = [w for w in words if w[0].islower() and w not in ("of", "the", "and", "by", "on", "at", "in")]
    return not lower and len([w for w in words if w.lower() not in STOP]) <= 3


def dateline_date(source: Source) -> str:
    """The day a source's own date line states (one of its first three paragraphs, only
    a date and at most a place or an agency: "March 09, 2011"), or ""; for `sources.load`
    to check or fill `published` with."""
    from .dates import find_dates  # dates needs no events; imported here to keep the module graph flat

    for p in source.paragraphs[:3]:
        if p.end - p.start > 80:
            continue
        found = [d for d in find_dates(source.text, p.start, p.end, p.number, None) if d.precision == "day"]
        if len(found) == 1 and _is_dateline(source.text, (p.start, p.end), found, []):
            return found[0].value
    return ""


def head_noun(text: str, date: TimeExpression, sentence_end: int) -> str:
    """The stem of the noun a date names as a premodifier ("Sunday's election", "the
    July 28 elections", "the March 9 filing"), or ""."""
    after = text[date.end : min(sentence_end, date.end + 60)]
    mt = _PREMODIFIED.match(after)
    if not mt:
        return ""
    before = text[max(0, date.start - 6) : date.start].lower()
    if not (after[:1] in "'’" or _DETERMINER_BEFORE.search(before)):
        return ""
    run = []
    for word in mt.group(1).split():
        if word in STOP or word in REPORTING:
            break
        run.append(word)
    return stem(run[-1]) if run else ""


def source_candidates(
    source: Source, mentions: tuple[Mention, ...], found: tuple[TimeExpression, ...], entities: dict[str, Entity],
    quotes: tuple[Quote, ...] = (),
) -> tuple[tuple[Candidate, ...], tuple[TimeExpression, ...]]:
    """The source's candidate events (one per date value per sentence, for dates that
    anchor a happening) and its dates, each with its `role`."""
    result = []
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
        p_starts, d_starts = [m.start for m in p_mentions], [d.start for d in p_dates]
        for s, e in p.sentences:
            seen: set[str] = set()
            s_dates = p_dates[bisect_left(d_starts, s) : bisect_left(d_starts, e)]
            in_sentence = p_mentions[bisect_left(p_starts, s) : bisect_left(p_starts, e)]
            sentence = ""
            sentence_stems: list[str] = []
            sentence_words: list[str] = []
            for d in s_dates:
                why = role(text, (s, e), (p.start, p.end), d, p_dates, p_mentions, tuple(quotes_in.get(p.number, ())))
                roles[d.start] = why
                if why != "event" or d.value in seen:
                    continue
                seen.add(d.value)
                named = list(in_sentence)
                if HE_SHE.match(text, s, e):
                    # "He returned July 19": the subject is the last person named before.
                    last = bisect_right(person_ends, s)
                    named += people[last - 1 : last] if last else []
                if not sentence_stems:
                    # One sentence, one reading, however many dates it holds.
                    sentence = " ".join(text[s:e].split())
                    sentence_stems.append(" ".join(sorted({t for t in map(_token_stem, _WORD.findall(_outside(text, s, e, in_sentence))) if t})))
                    sentence_words.append(" ".join(sorted({w for w in _LETTERS.findall(sentence.lower()) if w not in STOP and w not in TIME_WORDS})))
                result.append(
                    Candidate(
                        date=d.value,
                        precision=d.precision,
                        source=source.id,
                        published=published,
                        paragraph=p.number,
                        sentence=sentence,
                        entities=tuple(sorted({m.entity for m in named})),
                        noun=head_noun(text, d, e),
                        words=sentence_words[0],
                        title=_owner_named(subject_named(title(text, s, e, s_dates, in_sentence, d), named[len(in_sentence):],
                                                         entities), in_sentence, people, person_ends, s, entities),
                        stems=sentence_stems[0],
                    )
                )
    dates = tuple(replace(d, role=roles[d.start]) if roles.get(d.start, "event") != d.role else d for d in found)
    return tuple(result), dates


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


def _unpossessive(word: str) -> str:
    """`word` without a final apostrophe or possessive 's ("party's" -> "party")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def _outside(text: str, s: int, e: int, names: list[Mention]) -> str:
    """text[s:e] with the names blanked (their words are entities, not content)."""
    chunk = list(text[s:e])
    for m in names:
        for i in range(max(m.start, s), min(m.end, e)):
            chunk[i - s] = " "
    return "".join(chunk)


def related_pairs(items: list[Candidate]) -> list[tuple[int, int]]:
    """Pairs of indices into `items` (candidates of one date) that report the same
    happening: the same head noun, or a shared entity and `MIN_SHARED_STEMS` shared
    content stems. Each candidate is compared with at most `NEIGHBOURS` earlier ones per
    entity, so a date with thousands of candidates stays linear."""
    pairs: list[tuple[int, int]] = []
    by_noun: dict[str, int] = {}
    by_entity: dict[str, list[int]] = defaultdict(list)
    stem_sets = [frozenset(c.stems.split()) for c in items]
    for i, c in enumerate(items):
        if c.noun:
            if c.noun in by_noun:
                pairs.append((by_noun[c.noun], i))
            else:
                by_noun[c.noun] = i
        checked: set[int] = set()
        for entity in c.entities:
            for j in by_entity[entity][-NEIGHBOURS:]:
                if j not in checked:
                    checked.add(j)
                    if len(stem_sets[i] & stem_sets[j]) >= MIN_SHARED_STEMS:
                        pairs.append((j, i))
            by_entity[entity].append(i)
        if not c.entities:
            pairs += [(j, i) for j in by_entity[""][-NEIGHBOURS:]
                      if retold(stem_sets[i], stem_sets[j]) and title_verb(c.title) == title_verb(items[j].title) != ""]
            by_entity[""].append(i)
    return pairs


_AUXILIARIES = verbs.MODALS | verbs.FINITE_AUX | frozenset("be been being not n't never also still".split())


@functools.lru_cache(maxsize=1 << 14)
def title_verb(told: str) -> str:
    """The stem of the main verb of a title: its first finite verb, or the verb after its
    auxiliaries ("Stock markets have fallen dramatically" -> "fall", "fell" -> "fall"),
    or "" when it has none."""
    words = verbs.words_of(told)
    i = verbs.first_finite(words)
    if i < 0:
        return ""
    while words[i].lower() in _AUXILIARIES and i + 1 < len(words):
        i += 1
    word = words[i].lower()
    return stem(verbs.BASE_OF.get(word, word))


def retold(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Whether two candidates that name no entity tell the same happening (their titles'
    verbs, `title_verb`, must be one too): at least
    `MIN_RETOLD_STEMS` content stems in common, and all of the shorter one's but one in
    `RETOLD_OTHER` (at least one) among them ("Stock markets around the world have fallen
    dramatically today" and "Stock markets across the world fell dramatically this week on
    worries that ...": 5 of 6). Without a shared name only a near retelling is one
    happening: "Dock workers across the country held a vote" shares four stems with "...
    walked out", but not its verb (two others)."""
    shared = len(a & b)
    shorter = min(len(a), len(b))
    return shared >= MIN_RETOLD_STEMS and shorter - shared <= shorter // RETOLD_OTHER


def _inside(value: str, precision: str, day: str) -> bool:
    """Whether the day `day` (YYYY-MM-DD) lies in the month, ISO week or range of days `value`."""
    if precision == "month":
        return day.startswith(value + "-")
    if precision == "week":
        iso = dt.date.fromisoformat(day).isocalendar()
        return value == f"{iso[0]:04d}-W{iso[1]:02d}"
    first, _, last = value.partition("/")
    return len(first) == len(last) == 10 and first <= day <= last and (
        dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days <= 31


def join_nested(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join a group dated by a month, a week or a short range of days ("filed for
    bankruptcy in June") to a group of another source dated by a day inside it ("filed for
    bankruptcy on June 1") when they share an entity and `MIN_SHARED_STEMS` content stems:
    compatible dates, one happening. New lists are made for joined groups (the inputs may
    be kept by a `timeline.Index`); the others are returned as they came, in their order."""
    result = list(groups)
    by_entity: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        if group[0].precision == "day":
            for entity in {e for c in group for e in c.entities} or {""}:
                by_entity[entity].append(i)
    if not by_entity:
        return result
    absorbed: set[int] = set()
    for i, group in enumerate(groups):
        precision = group[0].precision
        if precision not in ("month", "week", "range"):
            continue
        entities = {e for c in group for e in c.entities}
        words = {w for c in group for w in c.stems.split()}
        sources = {c.source for c in group}
        for entity in sorted(entities) or [""]:
            target = next((j for j in by_entity.get(entity, [])[-NEIGHBOURS:]
                           if _inside(group[0].date, precision, result[j][0].date)
                           and not sources & {c.source for c in result[j]}
                           and (len(words & {w for c in result[j] for w in c.stems.split()}) >= MIN_SHARED_STEMS
                                if entity else retold(words, {w for c in result[j] for w in c.stems.split()})
                                and bool({title_verb(c.title) for c in group} & {title_verb(c.title) for c in result[j]} - {""}))),
                          None)
            if target is not None:
                result[target] = result[target] + group
                absorbed.add(i)
                break
    return [group for i, group in enumerate(result) if i not in absorbed]

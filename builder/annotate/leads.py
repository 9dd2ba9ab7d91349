"""A source's undated lead: the happening its first sentence reports, dated by no date of its own.

A news story's lead states its news, often without a date ("Rivermark Motors has filed
for bankruptcy protection."): the news is what happened since the last edition, so the
lead's act is of the last days before the story was published, and another report of it
dates it ("Rivermark Motors, which filed for bankruptcy on June 1, ..."). The inverted
pyramid puts the most newsworthy happening in the lead, in the past or present perfect
(AP Stylebook, "lead" and "news"; Mencher, *News Reporting and Writing*, ch. 6, the
direct news lead; Bell 1991, *The Language of News Media*, ch. 8: the lead is the
story's abstract and central action, its time the recent past of the publication). The
present perfect itself tells a happening of the recent past that bears on now (Quirk et
al. 1985, §4.21, the "hot news" perfect: "The Prime Minister has resigned").

`lead(...)` makes such a sentence a `Candidate` flagged `undated`, dated provisionally at
its publication day: the link stage (`link.leads`) lets it join the dated event of the
same happening as a citation only; it never makes an event, a date or a title of its own.
It is read only when the sentence is told as a done act: its first finite verb a past
form or the present perfect (`has filed`, `have defeated`, `was charged`), not a modal,
not negated, not a reporting verb (what was said is not the act), not a question and not
within quotation marks (an opinion, a speaker's words).
"""

from __future__ import annotations

import re

from ..annotation import Candidate, Mention, TimeExpression
from ..model import Source
from . import opening, verbs
from .eventnouns import event_nouns
from .phrases import STOP
from .stems import NO_HAPPENING, REPORTING, TIME_WORDS, stem, token_stem
from .titleacts import AUXILIARIES, act_verb
from .titles import title

LEAD_PARAGRAPHS = 5
"""How many opening paragraphs are read for the lede (a headline, a date line, a byline and
a wire note may come before it)."""
MERGED_SPANS = 2
"""How many following sentence spans the lede's first one takes in while it has no finite
verb (a sentence break the splitter put after an abbreviation: "EADS N.V.")."""
_REPORTING = frozenset(stem(w) for w in REPORTING) - {stem("announce"), stem("report")}
"""Stems of the reporting verbs whose act is the telling, not a happening of the news
("X said it would close plants"); an announcement and a report are news acts themselves."""
_ASIDE = re.compile(r"\s*\([^()]*\)")
"""A parenthesis (an acronym, a conversion: "(EADS)", "(GB #20.1 billion)")."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LETTERS = re.compile(r"[a-z]+")
_AMOUNT = re.compile(r"(?<![\w.,])[0-9][0-9.,]*[0-9](?![\w])")
_QUOTES = "\"“”‘"
_NEGATION = frozenset("not n't never no".split())
_PERFECT = frozenset("has have 've".split())
_PAST_BE = frozenset("was were".split())


def _lede(source: Source) -> int | None:
    """The index in `source.paragraphs` of the first paragraph of the report's body: past a
    headline (one short line not ending like a sentence), a line of nothing but a date, a
    byline and a wire's editing note; None when none of the first `LEAD_PARAGRAPHS` is one."""
    for i, p in enumerate(source.paragraphs[:LEAD_PARAGRAPHS]):
        block = source.text[p.start : p.end].strip()
        if p.skipped or not block:
            continue
        if (opening._is_headline(block) or opening.date_only(block) or opening._BYLINE.fullmatch(block)
                or opening.wire_note(block)):
            continue
        return i
    return None


def predicate(told: str) -> str:
    """`told` from its main verb on when its first finite-looking verb is a participle
    postmodifying the subject, followed by its agent, and a finite verb comes after it
    ("Nineteen students expelled by the university have launched a challenge" -> "have
    launched a challenge": a reduced relative clause, Quirk et al. 1985, §17.28, whose
    participle is no act of the lead); else `told`."""
    words = verbs.words_of(told)
    i = verbs.first_finite(words)
    if i <= 0 or i + 1 >= len(words) or words[i + 1].lower() != "by" or words[i - 1].lower() in AUXILIARIES:
        return told
    later = verbs.first_finite(words[i + 1 :])
    return " ".join(words[i + 1 + later :]) if later >= 0 else told


def done_act(told: str) -> bool:
    """Whether a title tells a done act: its first finite verb a past form, or "has"/"have"
    (the present perfect) or "was"/"were" (a past passive or progressive), then no modal,
    no negation before the main verb, and a main verb that tells a happening (not a
    reporting, aspectual or light verb, not "be": `stems.NO_HAPPENING`)."""
    words = verbs.words_of(told)
    i = verbs.first_finite(words)
    if i < 0:
        return False
    first = words[i].lower()
    if first in verbs.MODALS or first in _NEGATION:
        return False
    if first in _PERFECT or first in _PAST_BE:
        j = i + 1
        while j < len(words) and (words[j].lower() in AUXILIARIES or words[j].lower().endswith("ly")):
            if words[j].lower() in _NEGATION:
                return False
            j += 1
        if j >= len(words) or not (words[j].lower() in verbs.PARTICIPLES or words[j].lower().endswith("ed")):
            return False  # "has three plants", "was chairman": no act
    elif first in verbs.FINITE_AUX or not (first in verbs.PAST_FORMS or first.endswith("ed")):
        return False  # the present ("is", "says", "plans"): no done act
    verb = act_verb(told)
    return bool(verb) and verb not in NO_HAPPENING and verb not in _REPORTING


def lead(source: Source, mentions: tuple[Mention, ...], dates: tuple[TimeExpression, ...]) -> Candidate | None:
    """The undated lead of `source` as a candidate (see the module), or None: the first
    sentence of the body's first paragraph (`_lede`), after its date line, when the source
    has a publication day, the sentence holds no date, names an entity and tells a done act
    (`done_act`), and is no question and no quotation."""
    if source.published is None:
        return None
    at = _lede(source)
    if at is None:
        return None
    p = source.paragraphs[at]
    if not p.sentences:
        return None
    text = source.text
    s, e = p.sentences[0]
    s = max(s, p.start + opening.dateline(text[p.start : p.end])[0])
    for _, later in p.sentences[1:MERGED_SPANS + 1]:
        if verbs.has_finite(text[s:e]):
            break
        e = later  # a split at an abbreviation's full stop ("EADS N.V. (EADS) have defeated"): no verb yet
    sentence = " ".join(text[s:e].split())
    if not sentence or sentence.endswith("?") or any(q in sentence for q in _QUOTES):
        return None
    if any(s <= d.start < e for d in dates):
        return None
    named = [m for m in mentions if s <= m.start < e]
    if not named:
        return None
    told = title(text, s, e, [], named)
    if not verbs.has_finite(told):  # a title cut before its verb by a long subject: the sentence, its asides left out
        told = " ".join(_ASIDE.sub("", sentence).split())
    told = predicate(told)
    if not done_act(told):
        return None
    outside = list(text[s:e])
    for m in named:
        for k in range(m.start, min(m.end, e)):
            outside[k - s] = " "
    rest = "".join(outside)
    stems = {t for t in map(token_stem, _WORD.findall(rest)) if t}
    stems |= {a.replace(",", "").rstrip(".") for a in _AMOUNT.findall(rest)}
    published = source.published.isoformat()
    return Candidate(
        date=published, precision="day", source=source.id, published=published, paragraph=p.number,
        sentence=sentence, entities=tuple(sorted({m.entity for m in named})), noun="",
        words=" ".join(sorted({w for w in _LETTERS.findall(sentence.lower()) if w not in STOP and w not in TIME_WORDS})),
        title=told, stems=" ".join(sorted(stems)), nouns=" ".join(sorted(event_nouns(sentence))), undated=True)

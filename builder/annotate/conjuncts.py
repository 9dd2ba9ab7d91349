"""Coordinated clauses of one sentence, each with its own date: each date titles its own.

Two shapes (Quirk et al. 1985): a gapped second conjunct, its verb and noun left out ("her
first report was sent in June 2022 and her second last January": ch. 13, coordination, and ch. 12, ellipsis), and a
second verb phrase of the same subject ("the bureau would test samples this week and
publish the results next week": ch. 13). The titles of the conjuncts are made by the
`titles` functions passed in (`title_of` titles a chosen span; `clause_of` titles it once
its clause is chosen), which keeps this module below `titles` in the import graph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..annotation import Mention, TimeExpression
from . import senses, verbs
from .memo import per_sentence
from .phrases import STOP, capitalised

Titler = Callable[..., str]
"""`titles.title` or `clausetitle.clause_title`: (text, s, e, dates, names, anchor) -> a title."""

_VP_AND = re.compile(r"\s(?:and|but|then)\s(?P<verb>[a-z]+)\s(?=(?:the|a|an|its|their|his|her|[0-9]|to|up|down|out|off|on|in|for|with|against|at|into|over"
                     r"|itself|themselves|himself|herself|it|them)\b)")
"""A second verb phrase of one subject ("... test samples this week and publish the results next week")."""
_CATENATIVE = re.compile(r"\s(?:and|but)\s(?P<verb>[a-z]{3,}(?:s|ed))\sto\s(?=[a-z]+\s)")
"""A second verb phrase in -s or -ed with a to-infinitive ("... and plans to close three centres next
year", "and expects to publish its report", "said it would replace the valves and aimed to
return to flight in June": a past form cannot go on a modal's verb phrase, so it is the
subject's second verb): a verb of intention (Quirk et al. 1985, ch. 16, catenative verbs),
which the date after it dates."""
_AUXILIARIES = verbs.MODALS | verbs.FINITE_AUX | frozenset("be been being have".split())
"""The words of a verb group before its main verb (Quirk et al. 1985 ch. 3, verbs and auxiliaries: modal,
perfect, progressive and passive auxiliaries, in that order)."""
_BE = frozenset("is are was were am be been being 's ’s".split())
_OBJECT_START = frozenset("the a an this that these those it them him us".split()) | frozenset("0123456789")
_ACTIVE_OBJECT = frozenset("its their his her our my your itself themselves himself herself".split())
"""An object opened by a possessive determiner or a reflexive: after a participle-or-past
form it makes the verb active ("and bought its hall", "and renamed itself"), since a
passive takes no direct object but a ditransitive's indirect one ("was awarded a grant")."""
_DATIVE = frozenset(
    "awarded granted offered promised allotted allocated assigned guaranteed issued owed paid lent "
    "sold sent handed refunded denied refused charged fined given shown told taught".split())
"""Verbs with two objects (Levin, *English Verb Classes and Alternations*, 1993, §2.1: the
dative alternation's give, future having, send and message-transfer verbs, and those that
take the double object only, such as the bill verbs `charge` and `fine` and `refuse`,
`deny`): their passive keeps an object ("was awarded a grant", "was fined 5,000 euros"),
so a determiner after one does not make it active."""


def shared_auxiliaries(chain: list[str], verb: str, following: str) -> list[str]:
    """The auxiliaries of a first conjunct's verb group `chain` that a second verb phrase
    of the same subject shares, from the form of its verb `verb` and the word `following`
    it (Quirk et al. 1985 ch. 13, coordination, ellipsis of the operator): a base form shares the modal
    ("would test samples and publish the results": "would publish"); a participle shares
    the whole group ("was closed in 2001 and reopened in 2005": "was reopened"); a form
    that can only be finite shares none: a past-only form ("was founded and began ..."),
    a past form after a group with no `be`/`have` for it to complete ("would test and
    published"), or a past form with the object a passive cannot have after a `be` group
    ("was founded in 1885 and bought its hall in 2009": "bought its hall", not "was
    bought its hall")."""
    lowered = [w.lower() for w in chain]
    past = verb.endswith("ed") or verb in verbs.PAST_FORMS or verb in verbs.PARTICIPLES
    if not past:
        last_modal = max((i for i, w in enumerate(lowered) if w in verbs.MODALS), default=-1)
        return chain[: last_modal + 1]
    if verb in verbs.PAST_ONLY or not any(w in _BE or w in ("has", "have", "had", "'ve") for w in lowered):
        return []
    if lowered and lowered[-1] in _BE and verb not in verbs.PARTICIPLES - verbs.PAST_FORMS and (
            following in _ACTIVE_OBJECT or following[:1] in _OBJECT_START or following in _OBJECT_START) and (
            following in _ACTIVE_OBJECT or verb not in _DATIVE):
        return []
    return chain


def coordinated(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                anchor: TimeExpression, title_of: Titler, clause_of: Titler) -> str:
    """The title of `anchor`'s verb phrase when text[s:e] holds two verb phrases of one
    subject, each with its own date ("the bureau would test samples from the plant this
    week and publish the results next week"): the first titles the first; the second
    borrows the first's subject and the auxiliaries its verb's form shares
    (`shared_auxiliaries`: "The bureau would publish the results").
    "" when the sentence is not so made."""
    own = [d for d in dates if s <= d.start < e]
    # a time and its day are one date ("by 6pm on 4 March 2025"): the day stands for both
    times = [d for i, d in enumerate(own) if i + 1 < len(own) and (own[i + 1].value == d.value or d.value.startswith(own[i + 1].value + "T"))
             and len(verbs.words_of(text[d.end : own[i + 1].start])) <= 1]
    own = [d for d in own if d not in times]
    if anchor in times:
        anchor = own[next(i for i, o in enumerate(own) if o.start > anchor.start)]
    if len(own) == 1 and anchor in own:
        return _catenative(text, s, e, anchor, names, title_of, clause_of)
    if len(own) != 2 or own[0].value == own[1].value or anchor not in own:
        return ""
    first, second = own
    for mt in _VP_AND.finditer(text, first.end, second.start):
        verb = mt.group("verb")
        between = text[mt.end("verb") : second.start]
        modal = bool(verbs.MODALS.intersection(text[s : first.start].lower().split()))
        past = verb.endswith("ed") or verb in verbs.PAST_FORMS or _CATENATIVE.match(text, mt.start()) is not None
        if verb in STOP or not (past or modal and senses.verb_synsets(verb)) or verbs.has_finite(between) or "," in between or (
                "," in text[first.end : mt.start()]):
            continue
        head = title_of(text, s, mt.start(), [d for d in dates if s <= d.start < mt.start()], names, first)
        if anchor is first:
            return head
        words = head.split()
        j = verbs.first_finite(tuple(words))
        k = j
        while 0 <= k < len(words) - 1 and words[k].lower() in _AUXILIARIES:
            k += 1
        if j < 1:
            return ""
        following = text[mt.end("verb") :].split(None, 1)[0].lower()
        finite = _CATENATIVE.match(text, mt.start()) is not None  # ("and expects to": its own tense, no auxiliary shared)
        subject = words[:j] + ([] if finite else shared_auxiliaries(words[j:k], verb, following))
        rest = clause_of(text, mt.start("verb"), e, [second], names, second)
        return " ".join(subject) + " " + (rest[:1].lower() + rest[1:]) if rest else ""
    return ""


_GAPPED_OBJECT = re.compile(r",?\s(?:and|but)\s+(?P<np>(?:the|a|an|its|their|his|her)\s)")
"""A second conjunct that is an object and its own date, subject and verb left out ("The
AIU interviewed the coach on 8 July in Eldoret, and the team physician on 15 July in
Madrid"): gapping, Quirk et al. 1985 ch. 13, coordination, the object the remnant."""


_LISTED = re.compile(r"\s(?P<prep>at|in|on|to|for|with|from|during)\s(?:[\w’'-]+\s){1,5}?[\w’'-]+,\s(?:the|a|an|its|their|his|her)\s")
"""A prepositional phrase whose noun phrase a list in apposition renames after a comma ("met
him at two private events in February, a charity dinner on 6 February and a ... party")."""


def _preposition_kept(first: str, lead: str) -> str:
    """`lead` (the first conjunct's subject and verb) with the words after it up to the
    preposition whose noun phrase the conjuncts rename in apposition (`_LISTED`): the
    remnant is that preposition's object, not the verb's ("I met him at a fortieth birthday
    party", not "I met a fortieth birthday party"; Quirk et al. 1985, ch. 17, apposition)."""
    listed = _LISTED.search(first, len(lead))
    if listed is None or not first.startswith(lead):
        return lead
    return " ".join(first[: listed.end("prep")].split())


def _undated(text: str, a: int, b: int, dates: list[TimeExpression]) -> str:
    """text[a:b] with its dates blanked (a month's name is no modal: "on 9 May")."""
    chars = list(text[a:b])
    for d in dates:
        for i in range(max(a, d.start), min(b, d.end)):
            chars[i - a] = " "
    return "".join(chars)


def gapped_object(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                  anchor: TimeExpression, title_of: Titler) -> str:
    """The title of `anchor` when it dates a gapped object conjunct (`_GAPPED_OBJECT`, no
    finite verb after it, a date of another value before it): the first conjunct's subject
    and verb group, then the remnant's title ("The AIU interviewed the team physician, Dr
    X, in Madrid"); else ""."""
    if " and " not in text[s:e]:
        return ""
    for at, np_at, before, remnant, lead in _gapped_objects(text, s, e, tuple(dates)):
        if anchor.start < at:
            return title_of(text, s, at, [dates[i] for i in before], names, anchor)  # the first conjunct, the remnant cut
        if lead is None:
            continue
        rest = title_of(text, np_at, e, [dates[i] for i in remnant], names, anchor)
        if not rest or len(rest.split()) < 2:
            continue
        return capitalised(f"{lead} {rest[:1].lower()}{rest[1:]}")
    return ""


@per_sentence(8)
def _gapped_objects(text: str, s: int, e: int, dates: tuple[TimeExpression, ...]
                    ) -> tuple[tuple[int, int, tuple[int, ...], tuple[int, ...], str | None], ...]:
    """The gapped object conjuncts of text[s:e] whatever the date titled (each of a
    sentence's dates asks; worked out anew for each, a sentence of many dates cost time
    cubic in their number): for each, where it starts, where its noun phrase starts, the
    dates before it, the dates from its noun phrase on (their indices in `dates`: the
    caller keeps its own objects), and the first conjunct's subject and verb group it
    borrows (None when that has no finite verb among its first words)."""
    found = []
    for mt in _GAPPED_OBJECT.finditer(text, s, e):
        before = tuple(i for i, d in enumerate(dates) if s <= d.start < mt.start())
        after = [d for d in dates if mt.end() <= d.start < e]
        if not before or not after or {dates[i].value for i in before} & {d.value for d in after} or verbs.has_finite(
                _undated(text, mt.end(), e, list(dates))):
            continue
        words = verbs.words_of(text[s : mt.start()])
        j = verbs.first_finite(words)
        lead = None
        if 1 <= j <= 6:
            k = j
            while k < len(words) - 1 and words[k].lower() in _AUXILIARIES:
                k += 1
            lead = " ".join(text[s : mt.start()].split()[: k + 1])
            lead = _preposition_kept(text[s : mt.start()], lead)
        remnant = tuple(i for i, d in enumerate(dates) if mt.start("np") <= d.start < e)
        found.append((mt.start(), mt.start("np"), before, remnant, lead))
    return tuple(found)


_GAP = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?P<np>(?:the|a|an|its|their|his|her|our|my)\s+[\w’'-]+)\s+(?:(?:in|on|at)\s+)?")
"""A second conjunct with its verb and noun left out ("her first report was sent in June
2022 and her second last January"): a determiner, one modifier, then its own date."""


def gapped(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
           anchor: TimeExpression, title_of: Titler) -> str:
    """The title of `anchor`'s conjunct when text[s:e] ends in a gapped second conjunct
    (`_GAP` + a date + the sentence's end), else "": the first date titles the first
    conjunct; the second borrows the first's head noun and verb ("Her second report was
    sent"; gapping and noun ellipsis, Quirk et al. 1985 ch. 13, coordination)."""
    if " and " not in text[s:e] and " but " not in text[s:e]:
        return ""
    gap = _closing_gap(text, s, e, tuple(dates))
    if gap is not None:
        at, np_words, indices = gap
        before = [dates[i] for i in indices]
        if anchor.start < at:
            return title_of(text, s, at, before, names, anchor)
        first = title_of(text, s, at, before, names, before[0])
        words = first.split()
        np = list(np_words)
        k = next((k for k in range(len(words) - 2) if words[k].lower() == np[0].lower()), -1)
        if k < 0 or not verbs.has_finite(first):
            return ""
        # "Her first report was sent" -> "Her second report was sent"; "The union held its
        # first strike" -> "The union held its second strike"
        return capitalised(" ".join(words[:k] + np + words[k + 2 :]))
    return ""


@per_sentence(8)
def _closing_gap(text: str, s: int, e: int, dates: tuple[TimeExpression, ...]) -> tuple[int, tuple[str, ...], tuple[int, ...]] | None:
    """The first `_GAP` of text[s:e] whose date ends the sentence with a date before it, as
    where it starts, its noun phrase's words and the indices of the dates before it; None
    when there is none. The same for each of a sentence's dates: worked out once (anew for
    each, a sentence of many dates cost time cubic in their number)."""
    at_start: dict[int, TimeExpression] = {}
    for d in dates:
        at_start.setdefault(d.start, d)  # the first date starting there, as `next` found it
    for m in _GAP.finditer(text, s, e):
        last = at_start.get(m.end())
        if last is None or text[last.end : e].strip(" .!?\"”’") or not any(s <= d.start < m.start() for d in dates):
            continue
        return m.start(), tuple(m.group("np").split()), tuple(i for i, d in enumerate(dates) if s <= d.start < m.start())
    return None


_GAPPED_AMOUNT = re.compile(
    r"^\s*,?\s*(?:and|but)\s+(?P<np>(?:(?:a|an)\s+(?:further|additional|extra|second|third)\s+|another\s+|(?:further|additional|extra)\s+)?"
    r"(?:[$€£¥]\s?)?[0-9][0-9.,]*%?(?:\s(?!(?:in|on|at|during|and|but)\b)[a-z][\w-]*){0,3}?)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$")
"""A gapped second conjunct that is an amount and its own date, the subject and verb left
out ("had lent the firm 8 million euros in 2021 and a further 1.5 million in 2023"):
gapping, Quirk et al. 1985 ch. 13, coordination, the object the remnant."""
_AMOUNT_LEAD = frozenset("a an about some nearly almost around roughly another further additional".split())


def gapped_amount(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                  anchor: TimeExpression, title_of: Titler) -> str:
    """The title of the date of a gapped second conjunct that is an amount (`_GAPPED_AMOUNT`):
    the first conjunct's title with its amount put back by the remnant's ("The bank had
    lent the firm a further 1.5 million"; the 2023 loan was titled "... 8 million euros",
    the first conjunct's). "" for any other date or sentence; the first date keeps its own
    title (the first conjunct's, made as before)."""
    before = [d for d in dates if s <= d.start and d.end <= anchor.start]
    if not before or before[-1].value == anchor.value:
        return ""
    first = before[-1]
    gap = _GAPPED_AMOUNT.match(text[first.end : anchor.start])
    if gap is None or verbs.has_finite(gap.group("np")):
        return ""
    head = title_of(text, s, first.end + gap.start("np"), [d for d in dates if s <= d.start < first.end], names, first)
    words = head.split()
    amount = max((i for i, w in enumerate(words) if w[:1].isdigit() or w[:1] in "$€£¥"), default=-1)
    j = verbs.first_finite(tuple(words))
    if amount < 0 or j < 0 or amount <= j:
        return ""
    while amount > j + 1 and words[amount - 1].lower() in _AMOUNT_LEAD:
        amount -= 1
    return " ".join(words[:amount] + gap.group("np").split())


def _catenative(text: str, s: int, e: int, anchor: TimeExpression, names: list[Mention],
                title_of: Titler, clause_of: Titler) -> str:
    """The title of the one date of text[s:e] when it lies in a second verb phrase of
    intention (`_CATENATIVE`) after an undated first one ("The council has already cut
    opening hours and plans to close three centres next year" -> "The council plans to close
    three centres"): the first verb phrase's subject and the second; "" otherwise."""
    for mt in _CATENATIVE.finditer(text, s, anchor.start):
        if "," in text[mt.end() : anchor.start] or verbs.has_finite(text[mt.end() : anchor.start]):
            continue
        words = title_of(text, s, mt.start(), [], names, anchor).split()
        j = verbs.first_finite(tuple(words))
        if j < 1:
            continue
        rest = clause_of(text, mt.start("verb"), e, [anchor], names, anchor)
        if mt.group("verb").endswith("ed") and words[j].lower() in _BE_HAVE:
            j += 1  # "is now under construction and scheduled to open": the participle shares the auxiliary
        return " ".join(words[:j]) + " " + (rest[:1].lower() + rest[1:]) if rest else ""
    return ""


_BE_HAVE = frozenset("is are was were has have had".split())

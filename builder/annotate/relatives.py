"""Relative and appositive clauses: the happening a date in one tells, its noun put back.

A date in a relative clause dates the relative's happening, not the main clause's; the
title is the relative told as a clause of its own, its antecedent the subject ("the
walkout, which began last Wednesday" -> "The walkout began"; "ending a strike that began
on October 5" -> "The strike began") or, when the relative word is the object, the object
("the deal that the union signed in March" -> "The union signed the deal"). So are a
relative with no relative word ("the 8 million euros the administrator cited last
month"), a reduced relative ("the meetings held Sept. 14-15" -> "The meetings were held")
and the relative of a noun phrase in apposition to a name (Quirk et al. 1985, ch. 17, the
complex noun phrase and apposition). Closed classes of English only; no topic words.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from . import senses, tense, verbs
from .clauses import antecedent
from .clausetitle import span_title
from .contactrelatives import contact_relative, named_contact, that_object
from .phrases import STOP, capitalised
from .titleacts import verb_lemma

_QUANTIFIERS = r"[Ss]everal|[Mm]any|[Ss]ome|[Bb]oth|[Tt]hose|[Tt]hese|[Oo]ther|(?<![\d,.])[0-9]{1,3}(?:,[0-9]{3})+|(?<![\d,.])[0-9]+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Tt]en"
"""Quantifying determiners ("several buildings that had been damaged on Monday", "three
paintings stolen ... last month"): a noun phrase as definite as "the" for its relative."""
_THAT_RELATIVE = re.compile(r"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|" + _QUANTIFIERS + r")\s(?P<np>(?:[A-Za-z][\w-]*\s){0,2}?[a-z][\w-]*)\s(?:that|which|who)\s"
                            r"(?P<verb>[a-z]+)(?P<rest>(?:\s(?!(?:and|but|or|that|which|who)\b)[\w’'-]+){0,8}?)"
                            r"\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A relative clause whose verb the date follows, at most eight words of its complement
between them ("a strike that began on October 5", "the strike that began at the port in
March", "the container ship that blocked the waterway for almost a week this month"); a
proper adjective may premodify its noun ("a British hiker who failed to return on Saturday")."""
_AGE_BEFORE = re.compile(r",\s[0-9]{1,3}$")
"""An age in apposition before ", who" ("Daniel Ashworth, 34, who": AP style gives ages
so): the relative's antecedent is the name before it."""
_OBJECT_RELATIVE = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s(?P<np>(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*)\s(?:that|which)\s"
    r"(?P<subject>(?:the|its|their|his|her)\s(?:[a-z][\w’'-]*\s){0,2}?[a-z][\w’'-]*|[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3})\s"
    r"(?P<verb>(?!(?:on|in|at|during)\b)[a-z]+)(?P<rest>(?:\s(?!(?:and|but|or|that|which|who)\b)[\w’'-]+){0,4}?)"
    r"\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
"""A relative clause whose object is the relative word, its own subject after it, and the
date after its verb ("the deal that the union signed in March"): its happening is told
with the noun put back in the object's place ("The union signed the deal")."""
_COORDINATORS = frozenset("and but or".split())
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:from|at|of|to|for|with|over|about|into|during|despite|against)|(?<![,;])\s(?!(?:when|after|before|once|as|since|until|while|because|if|and|but|or)\b)[a-z]+)\s+$")
"""What puts a noun phrase in object position (a preposition or a verb before it), so that
a participle after it is a reduced relative ("hide from the meetings held ...", "cited the
talks held ..."), not the clause's own verb ("when the plant opened on ...")."""
_PERIOD_NOUNS = frozenset("day days week weeks month months year years quarter quarters period session".split())
"""Spans of time: "the week ended Friday" names a period, not a happening."""
_REDUCED_RELATIVE = re.compile(
    r"\b(?P<det>the|its|their|his|her|a|an)\s+(?P<np>(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+(?P<verb>(?!(?:on|in|at)\b)[a-z]+)\s+(?:(?:on|in|at)\s+)?$")
_REDUCED_RELATIVE_PLACE = re.compile(
    r"(?:\b(?:of|including|with|and)\s+|,\s+)(?P<det>the|its|their|his|her|" + _QUANTIFIERS + r")\s+(?P<np>(?:[\w’'-]+\s+){0,2}[\w’'-]+(?:\s+of\s+(?:the\s+)?[\w’'.:,-]+)?)"
    r"\s+(?P<verb>[a-z]+(?:ed|en)|won|set|held|made|lost|run|paid|sold|built|given|taken|shown|seen|done|found)"
    r"(?P<rest>\s+(?:at|in|by|to|from|for|near|outside)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:(?:on|in|at)\s+)?$")
"""A noun phrase, a participle and a place before a date, in a list or after "of" ("the
forfeiture of the silver medal won at the European Championships in August 2022", "the
national record of 3:29.87 set in Monaco on 21 July 2023"): a reduced relative (Quirk et
al. 1985, ch. 17, postmodification by -ed clauses) whose happening the date dates, told in
the passive with its place ("The national record of 3:29.87 was set in Monaco")."""
"""A noun phrase and a participle right before a date ("the meetings held Sept. 14-15")."""
_OWN_SUBJECT = re.compile(r"(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z][\w’'&.-]*)\s")
_WHICH = re.compile(r"(?:,|\s(?:--|—|–))\swhich\s")
_RELATIVE = re.compile(r"(?:,|\s(?:--|—|–))\s(?:which|who)\s")
_AND_VERB = re.compile(r"\sand\s([a-z]+)\s([\w’'-]+)")
_RELATIVE_END = re.compile(r",(?!\d)|\s(?:--|—|–)\s")
"""Where a relative clause ends: a comma or a dash; a comma between digits groups thousands
("a majority of 6,412", AP Stylebook, "numerals") and ends nothing."""
_WHOSE = re.compile(r",\s+whose\s")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'&.-]*\s){0,3}[A-Z][\w’'&.-]*)$")
_APPOSITIVE_RELATIVE = re.compile(
    r"(?:^|[,;:]\s|[\"”]\s|\b(?:said|says|told|added|insisted|warned)\s)(?P<head>(?!(?:said|says|told|added|insisted|warned)\s)(?:[^\s,;:\"”]+\s){0,3}[^\s,;:\"”]+),\s"
    r"(?:a|an|the)\s(?:[\w’'-]+\s){0,3}?(?:who|that|which)\s(?P<clause>[^,;:()]+?)\s*$")
"""A name, a noun phrase in apposition to it, and that noun phrase's relative clause up to
the date ("said 陈志明, a plater who came to Port Ardmore from Ningbo in")."""


def _object_relative(text: str, s: int, rel: re.Match[str], close: int, dates: list[TimeExpression],
                     names: list[Mention]) -> str:
    """The title of a date in a non-restrictive relative clause whose object is "which",
    its own subject after it ("the sale of the towers, which the liquidator hopes to
    complete by the end of the year"): the clause with its antecedent put back in the
    object's place, at the end of its verb group ("The liquidator hopes to complete the
    sale of the towers"; it was "The towers the liquidator hopes to complete"). The
    antecedent keeps an "of" phrase after its head (`clauses.antecedent(of_phrase=True)`):
    which of the two nouns "which" refers to is not told by grammar, and the whole noun
    phrase is true of both. "" when the clause opens with its verb (a subject relative),
    or its title does not end on its verb."""
    if not _WHICH.match(text, rel.start()) or not _OWN_SUBJECT.match(text, rel.end()):
        return ""
    clause = verbs.words_of(text[rel.end() : close])
    verb = verbs.first_finite(clause)
    if verb < 1 or verb > 4:
        return ""
    told = span_title(text, rel.end(), close, [d for d in dates if rel.end() <= d.start < close], names)
    words = told.split()
    last = words[-1] if words else ""
    at = len(words)
    if len(words) < 2 or not last.isalpha() or not (words[-2].lower() == "to" or last.lower() == clause[verb].lower()):
        if len(words) < 3 or clause[verb].lower() not in (w.lower() for w in words[1:-1]):
            return ""
        k = next(i for i, w in enumerate(words) if i and w.lower() == clause[verb].lower())
        at = k + 1 if words[k + 1].lower() in _OBJECT_THEN else -1  # "bought [Greyfell] for a reported 210 million euros"
    referent = antecedent(text, s, rel.start(), of_phrase=True)
    if not referent or at < 0:
        return ""
    if referent.split()[0] in ("The", "A", "An", "Its", "Their", "His", "Her"):
        referent = referent[:1].lower() + referent[1:]
    return " ".join(words[:at] + [referent] + words[at:])


_OBJECT_THEN = frozenset("for from to in at with by on under after before".split())
"""Prepositions that open an adjunct after a verb's object ("which Halvorsen bought in
2021 for a reported 210 million euros" -> "Halvorsen bought Greyfell for ..."): the object
put back goes before them (Quirk et al. 1985, 8.17, the canonical order verb, object, adjunct)."""


_PAST_AUX = frozenset("was were had".split())
_PASSIVE_HEAD = re.compile(r"^(?:\s(?:first|later|then|also|initially|subsequently|[a-z]+ly))?(?:\sbeen)?\s[a-z]+(?:ed|en|wn|t)\b")
"""The participle of a passive or perfect relative after its auxiliary, an adverb at most
before it ("that was first detected on 7 February", "which had been reported in May"): the
relative's own verb group (Quirk et al. 1985, ch. 3, the verb phrase), not a second finite
verb, though an -ed form alone would read as a past tense."""


def _past_or_timetable(verb: str) -> bool:
    """Whether a relative's verb before its date tells a happening: a past ("that began"), or
    a present in -s, which with a date is a timetable's future ("a franchise that expires
    next year": Quirk et al. 1985, ch. 4, the simple present referring to the future)."""
    return tense.is_past([verb], 0) or (verb.endswith("s") and not verb.endswith("ss") and bool(senses.verb_synsets(verb_lemma(verb))))


def _relative_happening(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """The happening of a relative clause whose past verb the date follows, told with its
    noun as subject ("ending a strike that began on October 5" -> "The strike began"), also
    inside a subject whose main verb follows ("The strike that began in March ended in May":
    March titles "The strike began", not the main clause cut to "that began ended"), or ""
    when the relative clause goes on after the date with a verb of its own ("a strike that
    began in March and cost 40 million": the coordinated clause's title is `conjuncts`').
    A relative whose object is the relative word tells the noun in the object's place
    ("the deal that the union signed in March" -> "The union signed the deal")."""
    found = _THAT_RELATIVE.search(text, max(s, anchor.start - 80), anchor.start)
    by_object = None
    if found is None or not _past_or_timetable(found.group("verb")):
        by_object = _OBJECT_RELATIVE.search(text, max(s, anchor.start - 100), anchor.start)
        found = by_object
    if not found or found.group("np").split()[-1].lower() in _PERIOD_NOUNS - {"session"} or STOP.intersection(found.group("np").lower().split()):
        # ("a marathon session that began Thursday evening": a sitting that began is a happening, not a calendar span)
        return ""
    rest = found.group("rest")
    tail = _PASSIVE_HEAD.sub("", rest, count=1) if found.group("verb") in _PAST_AUX else rest
    if not _past_or_timetable(found.group("verb")) or (tail and verbs.has_finite(tail)):
        return ""
    if by_object is not None and (STOP.intersection(by_object.group("subject").lower().split()[1:])
                                  or verbs.has_finite(by_object.group("subject"))):
        return ""
    after = _RELATIVE_END.search(text, anchor.end, e)
    following = verbs.words_of(text[anchor.end : after.start() if after else e])
    k = verbs.first_finite(following)
    if k >= 0 and _COORDINATORS.intersection(w.lower() for w in following[:k]):
        return ""
    det = "The" if found.group("det").lower() in ("a", "an") else capitalised(found.group("det"))
    if by_object is not None:
        return f"{capitalised(by_object.group('subject'))} {found.group('verb')} {det.lower()} {found.group('np')}{rest}"
    return f"{det} {found.group('np')} {found.group('verb')}{rest}"


_WHERE = re.compile(r"(?:,\s|\s)where\s")
"""A relative adverb of place ("the village of Montero, where the blaze began on Saturday",
"the ravine where the fire started"): its clause has a subject and verb of its own (Quirk et
al. 1985, ch. 17, relative adverbs)."""


def _where_clause(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                  anchor: TimeExpression) -> str:
    """The title of a date in a relative clause of place that holds it ("detained at a farm
    outside the village, where the blaze began on Saturday," -> "The blaze began"): the
    clause's own happening, its own subject told, and the main clause takes no date from it;
    "" when the date is in no such clause (a relative word or a break comes between)."""
    where = next(reversed(list(_WHERE.finditer(text, max(s, anchor.start - 120), anchor.start))), None)
    if where is None or where.start() <= s or _BREAK_OR_RELATIVE.search(text, where.end(), anchor.start):
        return ""
    if not _OWN_SUBJECT.match(text, where.end()) or not verbs.has_finite(text[where.end() : anchor.start]):
        return ""
    closing = _RELATIVE_END.search(text, anchor.end, e)
    return span_title(text, where.end(), closing.start() if closing else e, dates, names)


_BREAK_OR_RELATIVE = re.compile(r"[,;:()]|\s(?:which|who|that|where|when)\s|\s(?:and|but)\s(?:the|a|an|its|their|his|her|[A-Z])")
"""What ends the relative of place before the date: a break, another relative, a coordinated clause with its own subject."""


_SAID_RELATIVE = re.compile(
    r"(?P<head>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\w’'-]+['’]s)\s(?:[\w’'-]+\s){0,3}?[\w’'-]+),\s(?:which|who)\s"
    r"(?:he|she|it|they|we|I)\s(?:(?:had|has|have)\s)?[a-z]+\s(?:[^,;]*?\s)?"
    r"(?P<verb>would|will|could|should|might|was\s+to|were\s+to)\s(?P<rest>[^,;]+?)\s+(?:(?:on|in|at|by|during)\s+)?(?:the\s+)?$")
"""A noun phrase and its non-restrictive relative clause in which someone's saying holds
a forward clause whose date it is ("the authority's investigation, which he had said last
month would report in April,"): the relative word is the forward clause's subject (a
relative across a reporting clause, Quirk et al. 1985, ch. 17), so the date is that
clause's, told with the noun phrase ("The authority's investigation would report"), not
the main clause's, nor the reporting verb's."""


def said_relative_title(text: str, s: int, e: int, anchor: TimeExpression) -> str | None:
    """The title of a date ending the forward clause of a relative across a reporting verb
    (`_SAID_RELATIVE`), when a comma closes the relative after the date; else None."""
    found = _SAID_RELATIVE.search(text, max(s, anchor.start - 160), anchor.start)
    if found is None or not text.startswith(",", anchor.end) or verbs.has_finite(found.group("head")):
        return None
    return f"{capitalised(found.group('head'))} {' '.join(found.group('verb').split())} {found.group('rest')}"


def relative_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                   anchor: TimeExpression) -> str | None:
    """The title of a date in a relative clause of text[s:e] (an appositive's, one with a
    relative word, none, or a reduced one), or None when the date is in none."""
    appositive = _APPOSITIVE_RELATIVE.search(text, max(s, anchor.start - 200), anchor.start)
    if appositive and not verbs.has_finite(appositive.group("head")) and verbs.has_finite("it " + appositive.group("clause")):
        # "陈志明, a plater who came to Port Ardmore from Ningbo in 2003": the relative clause
        # of a noun phrase in apposition to a name tells the name's happening (the
        # appositive and its head corefer: Quirk et al. 1985, ch. 17, apposition)
        closing = _RELATIVE_END.search(text, anchor.end, e)
        return span_title(text, appositive.start("clause"), closing.start() if closing else e, dates, names, appositive.group("head"))
    where = _where_clause(text, s, e, dates, names, anchor)
    if where:
        return where
    relative = _relative_happening(text, s, e, anchor)
    if relative:
        return relative
    whose = next(reversed(list(_WHOSE.finditer(text, max(s, anchor.start - 200), anchor.start))), None)  # the nearest
    if whose is not None:
        closing = _RELATIVE_END.search(text, anchor.end, e)
        owner = antecedent(text, s, whose.start())
        name = _NAME_BEFORE.search(text, max(s, whose.start() - 80), whose.start())
        if owner and verbs.has_finite(owner):
            owner = name.group(1) if name else ""  # "The union backed Mara Lind, whose …": the name, not the clause
        if owner and not _RELATIVE_END.search(text, whose.end(), anchor.start):
            # "the council's account at Northgate Bank, whose compliance team first raised
            # concerns on 3 May": the possessive relative's clause is its owner's (Quirk et al.
            # 1985, ch. 17: "whose" is the relative determiner), told with the owner's genitive
            mark = "’" if "’" in text else "'"
            owned_by = owner + (mark if owner.endswith("s") else mark + "s")
            return span_title(text, whose.end(), closing.start() if closing else e, dates, names, owned_by)
    named = named_contact(text, s, anchor)
    if named:
        return named
    placed = _REDUCED_RELATIVE_PLACE.search(text, max(s, anchor.start - 100), anchor.start)
    if placed and placed.start() > s and verbs.has_finite(text[s : placed.start()]):
        noun = placed.group("np").split(" of ")[0].split()[-1]
        be = "were" if noun.endswith("s") and not noun.endswith("ss") else "was"
        return f"{placed.group('det').capitalize()} {placed.group('np')} {be} {placed.group('verb')}{placed.group('rest')}"
    objected = that_object(text, s, anchor)
    if objected:
        return objected
    reduced = _REDUCED_RELATIVE.search(text, max(s, anchor.start - 80), anchor.start)
    contact = contact_relative(text, s, anchor)
    if contact:
        return contact
    if reduced and reduced.start() > s and not STOP.intersection(reduced.group("np").lower().split() + [reduced.group("verb")]) and (
            reduced.group("np").split()[-1].lower() not in _PERIOD_NOUNS) and _OBJECT_BEFORE.search(
            text, max(s, reduced.start() - 30), reduced.start()) and (
            reduced.group("verb").endswith("ed") or tense.is_past([reduced.group("verb")], 0)) and (
            reduced.group("verb") not in verbs.PAST_ONLY) and (
            reduced.group("det").lower() not in ("a", "an") or anchor.precision != "day") and (
            verbs.has_finite(text[s : reduced.start()]) or _RELATIVE.search(text, s, reduced.start())):
        # ("the strike began on Monday": its own verb; "The trial of X over the collapse of
        # the bridge opened on Monday": no finite verb before it, so it is the main verb)
        # "nothing to hide from the meetings held Sept. 14-15": the meetings are what the
        # date anchors (a reduced relative clause), told in the passive.
        noun = reduced.group("np").split()[-1]
        be = "were" if noun.endswith("s") and not noun.endswith("ss") else "was"
        return f"{reduced.group('det').capitalize()} {reduced.group('np')} {be} {reduced.group('verb')}"
    for rel in _RELATIVE.finditer(text, s, anchor.start):
        found = _RELATIVE_END.search(text, rel.end(), e)
        if found and anchor.start <= found.start() < anchor.end:  # the date's own comma ("Saturday, October 10")
            found = _RELATIVE_END.search(text, anchor.end, e)
        close = found.start() if found else -1
        if 0 <= close < anchor.start:
            between = text[close + 1 : anchor.start].split()
            if len(between) > 2 or verbs.has_finite(" ".join(between)) or (between and verbs.is_finite(["it", between[0]], 1)):
                continue  # ("The PUF, which speaks for 35 lines, said earlier this year": the main verb's date)
            found = _RELATIVE_END.search(text, anchor.end, e)
            close = found.start() if found else -1
        close = e if close < 0 else close
        age = _AGE_BEFORE.search(text, s, rel.start())
        referent = antecedent(text, s, age.start() if age else rel.start())
        if referent and anchor.end <= close and len(text[rel.end() : close].split()) >= 2:
            # "which gives a 7.5 per cent rise and phases out night shifts by the end of next
            # year": the date is the second verb's; its clause is told
            by_object = _object_relative(text, s, rel, close, dates, names)
            if by_object:
                return by_object
            start = rel.end()
            for conj in _AND_VERB.finditer(text, rel.end(), anchor.start):
                if verbs.is_finite(["it", conj.group(1)], 1) or verbs.is_finite(["the", "firm", conj.group(1), conj.group(2)], 2):
                    start = conj.start(1)
            return span_title(text, start, close, dates, names, referent)
    return None

"""Subordinate clauses: a date in a time or reason clause titles that clause's happening.

"since Cambodia returned to democracy in 1998", "when they opened on Friday" (its pronoun
told as the noun it stands for: "The stock markets opened"), "after the collapse of Marlow
& Penn in September" (a noun phrase the date dates: "The collapse of Marlow & Penn"). A
time clause inside the subject ("Relatives of the two people killed when the bridge gave
way packed the gallery on Monday") is dropped and the main clause titles the date; "as
part of", "such as" and a preposition heading the date ("since 2019") open no clause
(Quirk et al. 1985, ch. 15, the subordinate clause). Closed classes of English only
(subordinators); no topic words.
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from . import opening, verbs
from .attributions import ATTRIBUTED_DATE, NOT_APPENDED
from .clausebreaks import CLAUSE
from .clauses import ended_before, subject_before
from .clausetitle import clause_title, span_title
from .participles import finite_past
from .phrases import DETERMINERS, STOP, TITLE_WORDS, balanced, capitalised, cut, noun_phrase
from .titleacts import verb_lemma
from .titlewords import PRONOUN_SUBJECT

_SUBORDINATE_IN = re.compile(r"\s(?:since|when|after|before|because|once|as|while|whereas|although|though)\s")
_AS_PHRASE = frozenset("part well much many far long soon early late of a an such if though to for".split())
_NEVER_PREPOSITION = frozenset("while whereas although though".split())
"""Subordinators that never head a phrase: the date right after one is in its clause
("while earlier this month another A330 suffered ...")."""
_DEFINITE_NP = re.compile(r"\b[Tt]he\s(?:(?:[A-Z0-9][\w-]*\s){0,3}[A-Z0-9][\w-]*(?:\s[a-z][\w-]*(?=\s(?:will|would|has|had|is|was|were|are)\b))?|"
                          r"(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*)\b(?!\s(?:of|'s|’s)\b)")
"""A definite noun phrase: "the" and lower-case words, or "the" and a name or model
("the Airbus 380", "the 777-200LR") with at most a noun before a finite verb."""


_OBJECT_NAME = re.compile(r"\b(?:[a-z]{3,}s|[a-z]{3,}ed)\s(?P<name>[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*)+)(?![\w&’'-])")
"""A name of two or more capitalised words right after a verb in -s or -ed: the verb's object."""


_PRO_DO = re.compile(r"(?P<clause>[^,;.]{1,40}?\sto)\sdo(?:\sso)?\s")
"""An "as" clause ending in the pro-form "to do (so)" ("as I agreed to do last month")."""
_MODAL_VP = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must)\s(?:(?:also|then|now|still|[a-z]+ly)\s)?(?=[a-z])")
"""The modal opening the main clause's predicate, what "do" stands for comes after it."""


def _referent(before: str, pronoun: str) -> str:
    """The nearer name after a verb, else the main clause's subject, else the last definite
    noun phrase in `before` (the main clause before a time clause) that "they" (a plural) or
    "it" (a singular) may stand for, or "": for "it", a name of two words or more right after
    a verb is one when nearer than any definite noun phrase ("The lawsuit accuses Golden
    Basin Electric of failing ... when it chose not to": the nearest agreeing noun phrase is
    the likelier antecedent, Quirk et al. 1985, ch. 6, and ch. 19 on reference)."""
    named = [mt for mt in _OBJECT_NAME.finditer(before) if pronoun == "it" and not mt.group("name").endswith(("'s", "’s"))]
    definite = list(_DEFINITE_NP.finditer(before))
    if named and (not definite or named[-1].start() > definite[-1].start()):
        return named[-1].group("name")  # "accuses Golden Basin Electric of failing ... when it chose": the nearer name
    found = [mt.group() for mt in definite]
    if found and before.lstrip().startswith(found[0]):
        # "The vessel has been anchored in the Basin since it was refloated": a subject
        # pronoun of the time clause takes the main clause's subject when it agrees (Quirk
        # et al. 1985, ch. 6 and 19, subject continuity), before any nearer noun phrase
        words = found[0].split()
        j = next((j for j in range(1, len(words)) if words[j] in verbs.FINITE_AUX | verbs.MODALS or verbs.is_finite(words, j)), len(words))
        found.append(" ".join(words[:j]))
    for np in reversed(found):
        head = np.split()[-1]
        if head in STOP or verbs.is_finite(["it", head], 1) and not head.endswith("s"):
            continue
        plural = head.endswith("s") and not head.endswith("ss")
        if plural == (pronoun == "they"):
            return np
    return ""


_ING = re.compile(r"[a-z]+ing\s")


def _after_nonfinite(text: str, a: int, b: int) -> int:
    """Where the main clause's verb starts when a non-finite clause opens at `a` ("after
    eating soft cheese made by X has risen to 14": "after" heads an -ing clause, which has
    no finite verb of its own, Quirk et al. 1985, ch. 14, non-finite clauses, so the first
    finite auxiliary or modal after it is the main clause's; a past form like "made" may be
    a participle and is passed over), else -1."""
    if not _ING.match(text, a):
        return -1
    raw = text[a:b].split()
    at = a
    for j, word in enumerate(raw):
        at = text.index(word, at)
        if raw[j - 1].endswith((",", ";", ":")) if j else False:
            return -1
        if j and word.lower() in verbs.FINITE_AUX | verbs.MODALS:
            return at
        at += len(word)
    return -1


_CLOSING_SAID = re.compile(r",\s(?:(?:the|a|an|its|their|his|her)\s)?(?:[\w’'&.-]+\s){0,5}?[\w’'&.-]+(?:\s\([A-Z][\w’'&.-]{0,11}\))?\s"
                          r"(?:said|says|told\s\w+|added|announced|stated|reported)\b")
"""A closing attribution (", the Athletics Integrity Unit (AIU) said"): the reporter's, not the clause's."""


def _nonfinite_title(text: str, s: int, sub_start: int, a: int, b: int, dates: list[TimeExpression],
                     names: list[Mention]) -> str:
    """The title of an -ing clause after a subordinator ("after testing positive for X at last
    month's meeting") told as a finite clause with the main clause's subject, the name
    heading it when the subject ends with one ("Polish runner Łukasz Wróblewski" -> "Łukasz
    Wróblewski tested positive for X at the meeting"; a title has a finite verb or names
    its happening by a noun); "" when the clause is not an -ing clause or the main clause
    has no subject to lend."""
    if not _ING.match(text, a):
        return ""
    said = _CLOSING_SAID.search(text, a, b)
    if said is not None:
        b = said.start()
    s += opening.dateline(text[s:sub_start])[0]  # "NAIROBI, June 14 (Sportwire) - Polish runner X has been ...": no subject word
    subject = subject_before(text, s, sub_start, 8)
    if not subject or verbs.has_finite(subject):
        return ""
    at = text.find(subject, s, sub_start)
    head = next((m.text for m in names if m.end == at + len(subject) and m.start >= at), "")
    told = span_title(text, a, b, dates, names)
    subject = re.sub(r"\s\([A-Z][\w’'&.-]{0,11}\)", "", subject)  # "The dockers' union (ADU)": its short form is no title word
    plural = subject.split()[-1].endswith("s") and not subject.split()[-1].endswith("ss") and subject[:1].islower()
    finite = finite_past(told[:1].lower() + told[1:], plural)
    if not finite:
        return ""
    words = (capitalised(head or subject) + " " + finite).split()
    return " ".join(cut(words) if len(words) > TITLE_WORDS + 2 else words)  # "about 12 words", as `span_title`'s


_SEQUENCE = re.compile(r"\s(?:before|after)\s(?=[a-z]+ing\b)")
"""A time subordinator heading an -ing clause ("ease on Sunday before picking up again on
Tuesday"): the -ing clause is a second happening with its own date."""
_AT_ONCE = re.compile(r"(?:(?:a\s+few|several|some|a|\d+|two|three|four|five|ten|twenty|thirty)\s+)?(?:minutes|seconds|moments|minute|second|moment)\s+$|"
                      r"(?:shortly|soon|just|immediately|moments)\s+$")
"""A short interval before "after"/"before" ("minutes after taking off", "shortly
after", "seconds before"): the two happenings fall on one day, so the date inside the
-ing clause ("crashed minutes after taking off from Lorvik on Sunday evening") dates the
main clause, the sentence's reported happening (TimeML anchors the main event through the
subordinate one; Quirk et al. 1985, ch. 15, time clauses); an hour, a day or more may
cross the date line and keeps its own clause."""
_VERB_GROUP_END = re.compile(r"\b(?:to|will|would|could|may|might|shall|should|must|can)\s(?=(?:[\w’'-]+\s){0,5}$)")
"""The marker before the main clause's base-form verb ("expect winds to ease", "will close
the plant"): an -ing clause after it shares that verb group."""


def sequenced_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                    anchor: TimeExpression) -> str | None:
    """The title of one of two dates of "A on X before/after B-ing on Y": each date titles its
    own predicate (TimeML anchors a time to the event of its own clause; Quirk et al. 1985,
    ch. 15, the -ing clause's subject and time are the main clause's). The date before the
    subordinator titles the main clause alone ("Forecasters expect winds to ease"); the date
    in the -ing clause titles that clause in the main clause's verb group ("Forecasters expect
    winds to pick up again", "The company will move production") or, the main verb finite,
    told in the past with its subject ("The jury returned its verdict"). None when the
    sentence is not so made (one date, a break between). A date line's date ("LORVIK,
    March 9 (Northwire) - ") is the source's, no date of the main clause."""
    s += opening.dateline(text[s:e])[0]
    for later in _SEQUENCE.finditer(text, anchor.end, e):
        if CLAUSE.search(text, anchor.end, later.start()) or "," in text[anchor.end : later.start()]:
            return None
        end = CLAUSE.search(text, later.end(), e)
        b = end.start() if end else e
        if any(later.end() <= d.start < b for d in dates):
            return span_title(text, s, later.start(), [d for d in dates if s <= d.start < later.start()], names)
        return None
    before = list(_SEQUENCE.finditer(text, s, anchor.start))
    sub = before[-1] if before else None
    if sub is None or CLAUSE.search(text, sub.end(), anchor.start) or "," in text[sub.end() : anchor.start]:
        return None
    main = [d for d in dates if s <= d.start and d.end <= sub.start()]
    if not main or "," in text[main[-1].end : sub.start()]:
        return None
    end = CLAUSE.search(text, anchor.end, e)
    b = end.start() if end else e
    group = _VERB_GROUP_END.search(" ".join(text[s : main[-1].start].split()) + " ")
    if group is None:
        return _nonfinite_title(text, s, sub.start(), sub.end(), b, dates, names) or None
    told = span_title(text, sub.end(), b, dates, names)
    verb, _, rest = told.partition(" ")
    lead = " ".join(text[s : main[-1].start].split())[: group.end()].rstrip()
    words = (lead + " " + verb_lemma(verb.lower()) + (" " + rest if rest else "")).split()
    return " ".join(cut(words) if len(words) > TITLE_WORDS + 2 else words)


_AND = re.compile(r",?\s(?:and|but)\s(?=(?:the|a|an|its|their|his|her|[A-Z])\S*\s)")


def _conjunct_of(text: str, a: int, b: int, anchor: TimeExpression, dates: list[TimeExpression]) -> tuple[int, int]:
    """The conjunct of text[a:b] (a subordinate clause) that holds `anchor` when the clause
    joins two clauses, each with its own subject, finite verb and date ("after Cortex
    Letters withdrew three on 16 October and the Journal of Sleep Biology pulled two on
    Monday"): each date is its own conjunct's (Quirk et al. 1985, ch. 13, clausal
    coordination; TimeML anchors a time to the event of its own clause); else (a, b)."""
    for mt in _AND.finditer(text, a, b):
        words = verbs.words_of(text[mt.end() : b])
        j = verbs.first_finite(words)
        if not 1 <= j <= 8 or not any(a <= d.start < mt.start() for d in dates) or not any(mt.end() <= d.start < b for d in dates):
            continue
        if not verbs.has_finite(text[a : mt.start()]):
            continue
        return (mt.end(), b) if anchor.start >= mt.end() else (a, mt.start())
    return a, b


_EMERGED = re.compile(r",\s+it\s+(?:emerged|was\s+(?:announced|revealed|confirmed|reported|disclosed|learned|learnt))\s+(?:(?:on|in|at)\s+)?$")
"""A closing comment clause of disclosure (", it emerged yesterday", ", it was announced on
Monday"): like a closing attribution, it ends the clause before it (Quirk et al. 1985, ch.
15, comment clauses), and its date is when the main clause became known."""
_FRONTED_SINCE = re.compile(r"\s*(?:Ever\s+since|Since)\s(?=[^,;:]*\s[a-z]+\s)")
"""A since-clause opening the sentence ("Since work began in May 2024, the council has issued
..."): its date is the clause's beginning, the main clause's perfect a span from it (Quirk et
al. 1985, ch. 14, since-clauses of time)."""


def subordinate_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                      anchor: TimeExpression) -> str | None:
    """The title of a date in a subordinate clause of text[s:e] before it, or of the main
    clause when the subordinate clause is the subject's; None when no subordinate clause
    holds the date."""
    fronted = _FRONTED_SINCE.match(text, s, anchor.start)
    comma = text.find(",", anchor.end, e)
    if fronted and comma >= 0 and "," not in text[fronted.end() : anchor.start] and verbs.has_finite(
            text[fronted.end() : anchor.start]) and not verbs.words_of(text[anchor.end : comma]):
        return span_title(text, fronted.end(), comma, dates, names)  # "Since work began in May 2024, ...": "Work began"
    for sub in _SUBORDINATE_IN.finditer(text, s, anchor.start):
        word = sub.group().strip()
        soon = _AT_ONCE.search(text, max(s, sub.start() - 24), sub.start() + 1) if word in ("after", "before") else None
        if soon is not None and _ING.match(text, sub.end()) and not CLAUSE.search(text, sub.end(), anchor.start):
            end = CLAUSE.search(text, anchor.end, e)
            b = end.start() if end else e
            at = soon.start()
            blanked = text[:at] + " " * (anchor.start - at) + text[anchor.start : anchor.end] + " " * (b - anchor.end) + text[b:]
            return clause_title(blanked, s, e, [d for d in dates if not at <= d.start < b or d is anchor], names, anchor)
        if word == "as" and (text[sub.end() :].split(" ", 1)[0].lower() in _AS_PHRASE
                             or text[sub.end() :].split(" ", 2)[1:2] == ["as"]
                             or text[max(s, sub.start() - 20) : sub.start()].split()[-2:-1] == ["as"]
                             or text[max(s, sub.start() - 20) : sub.start()].split()[-1:] in (["such"], ["Such"])):
            continue  # "as part of", "as a result", "as quickly as it had", "such as": a phrase or a comparison
        if word not in _NEVER_PREPOSITION and any(0 <= d.start - sub.end() <= 4 for d in dates):
            continue  # "in turmoil since 2019, filed ...": a preposition heading a date, no clause
        proform = _PRO_DO.match(text, sub.end(), anchor.start) if word == "as" else None
        modal = _MODAL_VP.search(text, s, sub.start()) if proform else None
        if proform and modal:
            # "I will give evidence to the committee on 14 October, as I agreed to do last month":
            # "do" stands for the main clause's predicate (Quirk et al. 1985, ch. 12, substitution
            # by the pro-form "do"), told in its place: "I agreed to give evidence to the committee"
            return span_title(text, modal.end(), sub.start(), dates, names, proform.group("clause"))
        main_verb = _after_nonfinite(text, sub.end(), anchor.start)
        if main_verb < 0 and (NOT_APPENDED.search(text, sub.end(), anchor.start) or ATTRIBUTED_DATE.search(text, sub.end(), anchor.start)
                              or _EMERGED.search(text, sub.end(), anchor.start)):
            continue  # "owed 15.2 million when it collapsed, not 12.5 million as ... on 11 March": the time clause ended
        if main_verb < 0:
            main_verb = ended_before(text, sub.end(), anchor.start)
        if main_verb >= 0:
            # "Relatives of the two people killed when the bridge gave way packed the
            # gallery on Monday": the time clause belongs to the subject; the title is
            # the main clause without it (blanked, so that offsets stay)
            blanked = text[: sub.start()] + " " * (main_verb - sub.start()) + text[main_verb:]
            return clause_title(blanked, s, e, [d for d in dates if not sub.start() <= d.start < main_verb], names, anchor)
        if (len(text[sub.end() : anchor.start].split()) >= 3 or word in _NEVER_PREPOSITION) and not CLAUSE.search(
                text, sub.end() - 1 if word in _NEVER_PREPOSITION else sub.end(), anchor.start):
            end = CLAUSE.search(text, anchor.end, e)
            b = _before_absolute(text, anchor.end, end.start() if end else e)
            a, b = _conjunct_of(text, sub.end(), b, anchor, dates)
            if a != sub.end():
                return span_title(text, a, b, dates, names)
            own = (text[sub.end() : anchor.start] + text[anchor.end : b]).split(", which")[0].split(", who")[0]
            if len(text[sub.end() : b].split()) >= 4 and verbs.has_finite(own):  # not a relative clause's verb
                pronoun = PRONOUN_SUBJECT.match(text, sub.end())
                referent = _referent(text[s : sub.start()], pronoun.group().strip().lower()) if pronoun else ""
                if pronoun and referent:
                    # "infused into the stock markets when they opened on Friday": "they" are the markets
                    return span_title(text, pronoun.end(), b, dates, names, referent)
                if word.lower() in ("while", "whilst") and _ING.match(text, sub.end()):
                    # "had fallen while descending from the saddle last Saturday": a time frame
                    # for the main clause's happening (Quirk et al. 1985, 15.25, simultaneity), told whole
                    joined = re.search(r"\s(?:and|but)\s(?=[a-z]+ed\s)", text[anchor.end : b])  # "... and sheltered": the subject's next verb
                    return span_title(text, s, anchor.end + joined.start() if joined else b, dates, names)
                told = _nonfinite_title(text, s, sub.start(), sub.end(), b, dates, names)
                return told or span_title(text, sub.end(), b, dates, names)
            if word in ("after", "before", "since"):
                # "after the collapse of Marlow & Penn in September": the noun phrase
                # is what the date dates
                phrase = text[sub.end() : anchor.start].split()
                day_of_clause = word != "since" and bool(phrase) and phrase[-1].lower() in ("on", "at")
                while phrase and phrase[-1].lower() in ("in", "on", "at", "during", "of"):
                    phrase.pop()
                # ("appeared before the court on Monday": a day after "on" is the clause's own)
                if phrase and not day_of_clause and phrase[0].lower() in DETERMINERS and noun_phrase(phrase) == phrase:
                    return balanced(" ".join([phrase[0].capitalize()] + phrase[1:]))
    return None


def _before_absolute(text: str, a: int, b: int) -> int:
    """Where a subordinate clause text[..b] ends when an absolute "with" phrase closes the
    sentence after its date ("... when they opened on Friday, with half of the sum coming from
    the budget"): a supplementive clause, it tells of the superordinate clause (Quirk et al.
    1985, 15.58), not the time clause the title is made of."""
    at = text.find(", with ", a, b)
    return at if at >= 0 else b


_AS_ACT = re.compile(r"\s+as\s+(?:it|they|he|she|we)\s+(?P<act>(?!(?:was|were|had|did|said)\b)[a-z]+ed\b[^,;:.]*)")
"""An as-clause of a past act right after a closing attribution's date ("..., the regulator said
on Thursday as it opened a formal inquiry into the failure")."""


def as_act_title(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """The title of a closing attribution's date followed by an as-clause of the speaker's
    own act ("..., the Office of Energy Regulation said on Thursday as it opened a formal
    inquiry" -> "The Office of Energy Regulation opened a formal inquiry"): "as" makes the
    two simultaneous (Quirk et al. 1985, ch. 15, as-clauses of time), and the act, not the
    saying, is the day's happening; its pronoun is the speaker. Else ""."""
    said = ATTRIBUTED_DATE.search(text, max(s, anchor.start - 80), anchor.start)
    act = _AS_ACT.match(text, anchor.end, e) if said else None
    if said is None or act is None:
        return ""
    speaker = said.group("speaker")
    return speaker[:1].upper() + speaker[1:] + " " + act.group("act").strip()

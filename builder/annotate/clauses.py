"""Where a clause of a dated sentence lies: its subject, its main verb, its end.

Helpers of `titles`, each a function of the sentence text alone: the subject before a
verb (`subject_before`), whether a clause has none (`subjectless`), what a relative clause
refers back to (`antecedent`), where a subordinate clause ends and the main clause
resumes (`ended_before`), a "between ... and" range (`in_range`), a sentence that opens
with a quote and names its speaker (`quoted_first`), and a leading "He"/"She" replaced by
its person (`subject_named`).
"""

from __future__ import annotations

import re

from ..annotation import Mention, TimeExpression
from ..model import Entity
from . import senses, tense, verbs
from .numberwords import VALUES
from .phrases import DETERMINERS, STOP, TITLE_WORDS, capitalised, cut
from .titleacts import verb_lemma

SUBORDINATE = re.compile(r"(?:When|Once|After|Before|As soon as|Shortly after|Soon after|Just after)\s")
"""A time clause opening a sentence: it tells its own happening ("When the Air Force
selected X on February 29, Kessel challenged the award")."""
MODAL_START = re.compile(r"(?:will|would|could|can|may|might|should|shall|must)\s")

HE_SHE = re.compile(r"(?:He|She)\b")
"""A sentence or title whose subject is a pronoun for a person."""


def subject_before(text: str, s: int, e: int, longest: int = 5) -> str:
    """The subject of the clause text[s:e]: its words before the first verb (a modal or a
    past form, `tense`'s markers), if one to `longest` words without a comma; else ""."""
    opening = SUBORDINATE.match(text, s, e)
    comma = text.find(", ", s, e) if opening else -1
    if comma > 0:
        s = comma + 2  # "After his party ran second in 1993, Hun Sen insisted": Hun Sen
    words = text[s:e].split()
    lowered = [w.lower().strip(",") for w in words]
    bare = verbs.words_of(text[s:e])
    if lowered and (lowered[0] in verbs.FINITE_AUX or lowered[0] in verbs.MODALS):
        return ""  # "had halted production ... and was cooperating": the clause opens with its verb, no subject
    for i in range(1, min(len(words), longest + 1)):
        if (MODAL_START.match(lowered[i] + " ") or tense.is_past(lowered, i, words[i][:1].islower())
                or verbs.is_finite(bare, i)):
            subject = " ".join(words[:i]).rstrip(",")
            return subject if i <= 5 or "," not in subject else ""
    return ""


_ADVERBS = frozenset("only now also later then still just already again soon first further".split())
_DATE_LEAD = re.compile(r"(?:and\s|but\s|then\s)?(?:on|in|at|by|during|early\son|late\son)\s")
"""A preposition leading a date that opens a clause ("and on Friday adjourned the case")."""
TIME_SUBJECT_VERBS = frozenset("is are was were be been has have had will would saw sees see marked marks mark brought brings "
                                 "witnessed witnesses".split())
"""The verbs a date may be the subject of: a copula ("2007 was the year") or a verb whose
subject is a time, not an agent ("Monday saw a rally", "The week marked ..."; Quirk et al.
1985, ch. 10, the temporal subject). After any other verb a clause-initial date is an
adjunct and the clause shares the subject before it ("... and last Tuesday announced a
fund": Mr X announced it)."""


def subjectless(text: str, a: int, b: int, dates: tuple[TimeExpression, ...] | list[TimeExpression] = ()) -> bool:
    """Whether the clause text[a:b] starts with its finite verb, an adverb before it at
    most ("and only became public", "but will now receive"): an elliptical clause that
    shares the subject of the clause before it."""
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    dated = False
    led = _DATE_LEAD.match(text, a + lead, b)
    for d in dates:
        if d.start in (a + lead, led.end() if led else -1):
            a, dated = d.end, True  # "two years later narrowly escaped", "and on Friday adjourned"
    words = verbs.words_of(text[a:b])
    while words and words[0].lower() in ("and", "but", "then", "or"):
        words = words[1:]
    k = 0
    while k < len(words) - 1 and (words[k].lower() in _ADVERBS or words[k].lower().endswith("ly")):
        k += 1
    if dated and k == 0 and (not words or words[0].lower() in TIME_SUBJECT_VERBS):
        return False  # "2007 was the year", "Monday saw a rally": the date is the subject
    return bool(words) and words[k][:1].islower() and verbs.is_finite(("it",) + words[k:], 1) \
        and words[k].lower() not in ("'s", "’s")


def antecedent(text: str, s: int, comma: int, of_phrase: bool = False) -> str:
    """The noun phrase before ", which/who" at `comma`: words back to a determiner (kept)
    or a function word (not kept), at most four; a name alone when a verb comes right
    before it and the words reach no determiner ("will stand Ben Ashdown" -> "Ben Ashdown":
    a verb is no part of its object's noun phrase; "Opposition leader Sam Rainsy" is kept
    whole); with `of_phrase`, a noun phrase it is the
    "of" complement of goes with it ("the sale of the towers": an "of" phrase postmodifies
    the head before it, Quirk et al. 1985 ch. 17, the complex noun phrase)."""
    words = text[s:comma].split()
    taken: list[str] = []
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if lowered in DETERMINERS:
            taken.append(word)
            break
        if lowered in STOP or word.endswith(","):
            break
        taken.append(word)
    name = 0
    while name < len(taken) and taken[name][:1].isupper():
        name += 1
    if 0 < name < len(taken) and taken[-1].lower() not in DETERMINERS and senses.verb_synsets(verb_lemma(taken[name].lower())):
        taken = taken[:name]  # "will stand Ben Ashdown, who ...": the name, not the verb before it
    found = " ".join(reversed(taken))
    if of_phrase and taken and taken[-1].lower() in DETERMINERS:
        before = words[: len(words) - len(taken)]
        if before[-1:] == ["of"] and len(before) >= 2:
            head = antecedent(" ".join(before[:-1]), 0, len(" ".join(before[:-1])))
            if head and head.split()[0].lower() in DETERMINERS:
                return f"{head} of {found}"
    return found


_GLUE_STOPPERS = frozenset("it he she they we i you that which who whom and but or nor to not".split())


def ended_before(text: str, a: int, b: int) -> int:
    """Where the main clause's verb starts when the subordinate clause opening at `a`
    ends before `b`, else -1: two finite verbs follow each other in text[a:b] with
    nothing but content words between them (no comma, conjunction, pronoun or relative
    word), so the second is the main clause's ("killed when the bridge gave way packed
    the gallery": "packed" is the verb of "Relatives"; a finite clause has one finite
    verb, Quirk et al. 1985 ch. 3, verbs and auxiliaries)."""
    raw = text[a:b].split()
    words = verbs.words_of(text[a:b])
    first = verbs.first_finite(words)
    if first < 0 or len(raw) != len(words):
        return -1
    for j in range(first + 1, len(words)):
        if raw[j - 1].endswith((",", ";", ":")) or words[j].lower() in _GLUE_STOPPERS:
            return -1
        if verbs.is_finite(words, j) and words[j].lower() not in verbs.FINITE_AUX | verbs.MODALS and (
                words[j - 1].lower() not in verbs.FINITE_AUX | verbs.MODALS) and not (
                words[j - 1][:1].isdigit() or words[j - 1].lower() in VALUES or words[j - 1].lower() in DETERMINERS):
            # ("withdrew three articles": a word after a numeral or a determiner heads its noun phrase)
            at = a
            for k in range(j):
                at = text.index(raw[k], at) + len(raw[k])
            return text.index(raw[j], at)
    return -1


def in_range(at: int, dates: list[TimeExpression], text: str) -> bool:
    """Whether the clause break at `at` is the "and" of a range between two dates
    ("between 2014 and 2016 it will take delivery")."""
    return any(0 <= at - d.end <= 1 and text[max(0, d.start - 8) : d.start].lower().endswith("between ") for d in dates) and any(
        0 <= d.start - at <= 5 for d in dates)


_QUOTE_FIRST = re.compile(
    r"\s*[\"“‘'](?P<quote>[^\"“”‘’]{3,}?)[,.!?]?[\"”’'],?\s+(?:"
    r"(?:said|says|insisted|insists|added|adds|warned|warns|argued|argues|stated|declared|replied|explained|claimed)\s+"
    r"(?P<after>(?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w’'-]*)"
    r"|(?P<pronoun>he|she|they)(?=\s(?:said|says)\b)"
    r"|(?:(?:[a-z][\w-]*\s){1,3}(?=[A-Z]))?(?P<before>(?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w’'-]*)"
    r"(?:,\s(?:the|a|an|its|their|his|her)\s[^,\"“”]{1,60},)?\s+"
    r"(?:said|says|told|tells|insisted|insists|added|adds|warned|warns|argued|argues|stated|declared|replied|explained|claimed))\b")
"""A sentence opening with a quote and its attribution, the reporting verb before or after
the speaker's name ("'The money is gone,' insisted Mary O'Hara on Friday"; "\"We will
appeal,\" John Smith said on Wednesday"; "\"...,\" Dana Holt, the local's president, told
reporters on Tuesday": an apposition between the name and its verb), or a personal
pronoun before "said" ("'...,' he said in a statement on Sunday"; "she told the Post" keeps
its hearer, the title of the telling)."""


_FIRST_CLAUSE_END = re.compile(r",\s(?:and|but)\s|;\s")
"""Where a quotation's first clause ends: ", and"/", but" before another clause, or a semicolon."""
_RELATIVE_WORD = re.compile(r"\b(?:who|which|that|whose)\b")


def quoted_first(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """"SPEAKER: CLAUSE" for a sentence that opens with a quote and names its speaker, the
    date after the quote ("Mary O'Hara: The money is gone"), else "": the title is never the
    bare name, and its quotation marks are never left unbalanced."""
    m = _QUOTE_FIRST.match(text, s, e)
    if m is None or anchor.start < m.end("quote"):
        return ""
    if _RELATIVE_WORD.search(text, m.end("quote"), anchor.start):
        return ""  # '"...," said Dana Holt, a cashier who joined the chain in 2011': the date is the relative clause's
    pronoun = m.group("pronoun")
    speaker = m.group("after") or m.group("before") or f"{pronoun.capitalize()} said"
    words = m.group("quote").split()
    first = _FIRST_CLAUSE_END.search(m.group("quote"))
    if len(words) > TITLE_WORDS and first and len(m.group("quote")[: first.start()].split()) >= 3:
        words = m.group("quote")[: first.start()].split()  # "I will cooperate fully[, and when ...]": the first clause
    words = cut(words) if len(words) > TITLE_WORDS else words
    clause = " ".join(words).strip(" ,;:")
    # ("'..., when she has looked at the facts ...,' he said on Sunday": "He said: ...", its person
    # named by `subject_named`; never a clause from inside the quotation told as the date's happening)
    return f"{speaker}: {capitalised(clause)}" if clause else ""


_SPEAKER_WHO = re.compile(r"(?:,\s(?:the|a|an)\s[^\"“”]{1,80}?)?,\s+who\s+(?=[a-z])")


def quoted_speaker_relative(text: str, s: int, e: int, anchor: TimeExpression) -> tuple[str, int] | None:
    """(the speaker, where the relative clause's verb starts) for a sentence that opens with
    a quote whose speaker a "who" clause holding `anchor` describes ('"...," said Ray Lund, a
    retired teacher, who invested $60,000 in 2021': the date is Ray Lund's investing, not the
    quote's, Quirk et al. 1985, ch. 17, non-restrictive relative clauses); else None."""
    m = _QUOTE_FIRST.match(text, s, e)
    if m is None or anchor.start < m.end("quote"):
        return None
    who = _SPEAKER_WHO.match(text, m.end(), anchor.start)
    if who is None or m.group("pronoun") or not verbs.has_finite(text[who.end() : anchor.start] + " "):
        return None
    return m.group("after") or m.group("before"), who.end()


def subject_named(title: str, subject: list[Mention], entities: dict[str, Entity]) -> str:
    """The title with a leading "He"/"She" replaced by the person it stands for."""
    if subject and HE_SHE.match(title):
        return entities[subject[0].entity].name + title[title.index(" ") :] if " " in title else title
    return title


_OWNED = re.compile(r"(?:Its|Their)\s")
_OWNER_GAP = re.compile(r"[\w’'-]*(?:\s[a-z][\w’'-]*)?\s+(?:since|after|before|until|following|ahead\sof|despite|amid)\s+$")


def owned(text: str, s: int, at: int, phrase: str, names: list[Mention]) -> str:
    """A noun phrase owned by "its"/"their" ("Its launch") with its owner: the name written
    right before the phrase's preposition, with at most one more word of its noun phrase and
    no verb between ("downloaded from the iTunes store since its launch in 2003" -> "The
    iTunes store's launch"); else the phrase as it was."""
    if not _OWNED.match(phrase):
        return phrase
    lowered = phrase[0].lower() + phrase[1:]
    where = text.rfind(lowered.split()[0] + " ", s, at)
    if where < 0:
        return phrase
    before = [m for m in names if s <= m.start and m.end <= where]
    if not before:
        return phrase
    owner = before[-1]
    gap = _OWNER_GAP.match(text, owner.end, where)
    if gap is None or gap.end() != where or verbs.has_finite(text[owner.end : where]):
        return phrase
    head = text[owner.start : where].split()
    while head and head[-1].lower() in ("since", "after", "before", "until", "following", "of", "ahead", "despite", "amid"):
        head.pop()
    the = "The " if text[max(s, owner.start - 4) : owner.start].lower() == "the " else ""
    named = the + " ".join(head)
    return capitalised(named + ("’" if "’" in text[s:at] else "'") + ("" if named.endswith("s") else "s") + " " + " ".join(phrase.split()[1:]))

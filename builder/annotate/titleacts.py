"""The act a title tells, read from its verbs: the stem of its main verb (`title_verb`),
the base form of a verb form (`verb_lemma`), the act past an implicative or plan verb
(`act_verb`), a plan it tells (`plan`), its verb forms (`verb_lemmas`, `told_verbs`),
and its subject's head (`subject_head`) and the noun heading it when that names a
happening (`subject_noun`). Closed classes of English only (auxiliaries, prepositions,
implicative and plan verbs); WordNet decides what is a verb.
"""

from __future__ import annotations

import functools

from . import senses, verbs, wordclass
from .phrases import STOP
from .stems import TIME_WORDS, stem, stems

AUXILIARIES = verbs.MODALS | verbs.FINITE_AUX | frozenset("be been being not n't never also still now".split())


@functools.lru_cache(maxsize=1 << 14)
def title_verb(told: str) -> str:
    """The stem of the main verb of a title: its first finite verb, or the verb after its
    auxiliaries ("Dock workers have walked out again" -> "walk", "walked" -> "walk"),
    or "" when it has none."""
    words = verbs.words_of(told)
    i = verbs.first_finite(words)
    if i < 0:
        return ""
    while (words[i].lower() in AUXILIARIES or _manner_adverb(words[i].lower())) and i + 1 < len(words):
        i += 1
    word = words[i].lower()
    return stem(verbs.BASE_OF.get(word, word))


def _manner_adverb(word: str) -> bool:
    """Whether a word between an auxiliary and its verb is an adverb in -ly that WordNet
    lists as no verb ("was fully refloated", "has quietly withdrawn"; not "rally", "reply":
    Quirk et al. 1985, §8.20, adverbs in medial position)."""
    return len(word) > 4 and word.endswith("ly") and not senses.verb_synsets(word)


def verb_lemma(word: str) -> str:
    """The base form of a verb form (lower case) as WordNet lists it: an irregular form's
    base (`verbs.BASE_OF`), else the form less its ending when that is a verb ("walked" ->
    "walk", "filed" -> "file", "stopped" -> "stop", "carries" -> "carry"), else the word."""
    if word in verbs.BASE_OF:
        return verbs.BASE_OF[word]
    tries = [word]
    for ending, put in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            tries.append(word[: -len(ending)] + put)
            if put == "" and ending in ("ed", "ing") and word[-len(ending) - 1] == word[-len(ending) - 2]:
                tries.append(word[: -len(ending) - 1])  # "stopped" -> "stop"
    return next((t for t in tries if senses.verb_synsets(t)), word)


IMPLICATIVE = frozenset(stem(w) for w in "force compel oblige manage".split())
"""Stems of the implicative verbs whose infinitive tells what happened: "X was forced to
sell" entails that X sold, "X managed to sell" too (Karttunen 1971, "Implicative verbs";
Nairn, Condoravdi and Karttunen 2006: force and compel are one-way implicatives, manage a
two-way one). "asked to", "urged to", "ordered to" entail nothing and are not here."""
PLANNED = frozenset(stem(w) for w in "due expect schedule slate plan intend timetable set".split())
DECIDED = frozenset(stem(w) for w in "decision".split())
"""Stems of the noun of a decision frame ("made the difficult decision to pause"): the
light verb carries no act of its own (Sinclair 1990, §3.8, delexical verbs), and a body's
statement of its own decision tells the act it decided as done by it, the decision its
performance (Austin 1962, performatives; review s20 f#8), so the act is the
infinitive's. "decided to cut" keeps its verb: the decision is named by it, as
"Thursday's decision" names it (`happenings._nominal_pairs`)."""
"""Stems of the verbs and adjective of a plan ("is due to", "is expected to", "is scheduled
to", "is set to": Quirk et al. 1985, §4.54, semi-auxiliaries of future time; the list is
`plans`'): what happens is their infinitive, so a plan and the report of it after the
fact tell one act ("X is scheduled to appear on March 23" and "X appeared on March 23")."""


@functools.lru_cache(maxsize=1 << 14)
def act_verb(told: str) -> str:
    """The stem of the verb telling a title's act: its main verb (`title_verb`), or after an
    `IMPLICATIVE` or a `PLANNED` one its infinitive, past a passive's or perfect's
    auxiliary ("The bank was forced to sell euros" -> sell; "X is due to be sentenced" ->
    sentenc; "X is scheduled to appear" -> appear)."""
    verb = title_verb(told)
    words = [w.lower() for w in verbs.words_of(told)]
    if verb not in IMPLICATIVE and verb not in PLANNED:
        if verb in LIGHT_DECISION:  # "made the (difficult) decision to pause"
            at = next((i for i, w in enumerate(words[:-1]) if stem(w) in DECIDED and words[i + 1] == "to"), -1)
            return stem(verb_lemma(words[at + 2])) if at >= 0 and words[at + 2].isalpha() else verb
        return verb
    at = _to_after(words, verb)
    if at < 0:
        return verb
    at += 1
    while at < len(words) - 1 and words[at] in ("be", "have", "been"):
        at += 1
    return stem(verb_lemma(words[at])) if at < len(words) and words[at].isalpha() else verb


LIGHT_DECISION = frozenset(stem(w) for w in "make take reach".split())
"""Stems of the light verbs of a decision frame (`DECIDED`): "made/took/reached the decision to"."""
_OBJECT_BEFORE_TO = 4
"""How many words an object may take between a plan verb and its infinitive ("expected the
writ to be moved": Quirk et al. 1985, §16.52, object + to-infinitive)."""


def _to_after(words: list[str], verb: str) -> int:
    """The position of the "to" of the infinitive a plan or implicative verb (stem `verb`)
    governs: right after it ("is expected to declare") or after its object ("expected the
    writ to be moved", at most `_OBJECT_BEFORE_TO` words, none a verb's finite form or a
    comma's); -1 if none."""
    at = next((i for i, w in enumerate(words) if i > 0 and stem(verb_lemma(w)) == verb), -1)
    if at < 0:
        return -1
    for i in range(at + 1, min(len(words), at + 2 + _OBJECT_BEFORE_TO)):
        if words[i] == "to":
            return i
        if words[i] in verbs.MODALS or words[i] in verbs.FINITE_AUX:
            return -1
    return -1


_PREPOSITIONS = frozenset("of at in on for with by from to over under after before between that which who whose".split())


def subject_head(words: tuple[str, ...], first: int) -> str:
    """The last word of a title's subject (`words` before its first finite verb at `first`),
    before a preposition that postmodifies it: "Shares in X fell" -> Shares."""
    cut = next((n for n, w in enumerate(words[:first]) if n and w.lower() in _PREPOSITIONS), first)
    return next((w for w in reversed(words[:cut]) if w.isalpha()), "")


_WILL = frozenset("will shall would".split())
"""The modals of a plan: "will", "shall", and "would", their past in reported speech once
the reporting frame is gone ("said she would visit the region on Tuesday" -> "X would
visit the region": Quirk et al. 1985, §14.31, backshift in indirect speech)."""


@functools.lru_cache(maxsize=1 << 14)
def plan(told: str) -> tuple[str, frozenset[str]]:
    """A title that tells a plan ("The judge will deal with costs at a hearing"; "X is
    expected to declare general average": a `_WILL` modal or a `PLANNED` verb): its
    subject head (lower case) and the content stems of its act, its verb on ("would
    visit the region" -> visit, region; "will deal with costs at a hearing" -> deal,
    cost, hear); else ("", frozenset())."""
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first <= 0:
        return ("", frozenset())
    if words[first].lower() not in _WILL and (act_verb(told) == title_verb(told) or title_verb(told) in LIGHT_DECISION):
        return ("", frozenset())  # (a decision frame tells its act done: `DECIDED`)
    after = [w.lower() for w in words[first + 1:] if w.isalpha()]
    verb = act_verb(told)
    after = after[next((n for n, w in enumerate(after) if stem(verb_lemma(w)) == verb), 0):]
    return (subject_head(words, first).lower(), frozenset(stems([w for w in after if w not in STOP and w not in TIME_WORDS])))


@functools.lru_cache(maxsize=1 << 14)
def subject_word(told: str) -> str:
    """The noun heading a title's subject (lower case, singular) when WordNet gives it a
    sense that names a happening (`senses.names_happening`), else "" (see `subject_noun`)."""
    words = verbs.words_of(told)
    first = verbs.first_finite(words)
    if first <= 0:
        return ""
    head = ""
    for n, word in enumerate(words[:first]):
        if word.lower() in _PREPOSITIONS:
            break
        head = word.lower() if n == 0 and word[1:].islower() else word  # "Talks collapsed": the title's capital
    if not head.isalpha() or not head[:1].islower() or head in STOP or wordclass.group_noun(head):
        return ""
    if senses.names_happening(head):
        return head
    return head[:-1] if head.endswith("s") and senses.names_happening(head[:-1]) else ""  # "Talks" -> talk


def subject_noun(told: str) -> str:
    """The stem of the noun heading a title's subject when it names a happening (`subject_word`):
    "The strike began" -> strike, "An auction is scheduled" -> auction; "" for a subject that
    names who acts ("Voss was convicted", "The union began its strike", "A judge approved")
    or for none. The head is the last word before the first finite verb, a preposition or
    a relative."""
    word = subject_word(told)
    return stem(word) if word else ""


@functools.lru_cache(maxsize=1 << 14)
def verb_lemmas(told: str) -> dict[str, str]:
    """A title's verb forms, stem -> base form: its main verb (as `title_verb` finds it) and
    its participles in -ed ("Voss is due to be sentenced" -> due, sentenc: sentence)."""
    words = verbs.words_of(told)
    found = {}
    i = verbs.first_finite(words)
    if i >= 0:
        while words[i].lower() in AUXILIARIES and i + 1 < len(words):
            i += 1
        lemma = verb_lemma(words[i].lower())
        found[stem(lemma)] = lemma
    for w in words:
        if w.isalpha() and w.islower() and w.endswith("ed") and len(w) > 4:
            lemma = verb_lemma(w)
            found[stem(lemma)] = lemma
    return found


def told_verbs(told: str) -> frozenset[str]:
    """Stems of a title's verb forms (`verb_lemmas`)."""
    return frozenset(verb_lemmas(told)) - {""}

"""Finite verbs in a clause, without a tagger: is there a verb that carries tense?

A title must read as a happening: a clause whose verb carries tense or a modal ("talks
broke down", "the union will strike"), not a fragment led by a gerund ("Losing 22 seats")
or a noun phrase cut before its verb ("the ink with which voters were supposed to
stain their fingers"). English marks a finite verb phrase by its first verb: a modal, a
form of `be`/`have`/`do` that agrees with the subject, a past form, or a present form
after the subject (Quirk, Greenbaum, Leech and Svartvik, *A Comprehensive Grammar of the
English Language*, 1985, ch. 3, verbs and auxiliaries; the Penn Treebank's `MD`, `VBD`, `VBZ` and `VBP`
tags, Santorini 1990). Here those are found with closed classes of English grammar: the
modals and auxiliaries, the irregular verbs' past forms (the standard list of English
irregular verbs, Quirk et al. ch. 3, verbs and auxiliaries; only the common ones), regular `-ed` past forms
(`tense.is_past`), and an `-s` present form right after a subject-like word and before what
a verb takes (a determiner, a preposition, `to`, `that`, a number or a name).

No part-of-speech tagger or lexicon: lemminflect (which ships its tables in the wheel) was
measured at 0.37 s CPU per process to load (numpy 0.12 s, lemma table 0.15 s, inflection
table 0.10 s) against about 1.2 s for annotating 400 sources, too much for a title check.
"""

from __future__ import annotations

import functools
import re

from . import tense

MODALS = frozenset("will would shall should can could may might must 'll ’ll won't wo can't cannot".split())
"""The modal verbs (always finite)."""
FINITE_AUX = frozenset("is are was were am has have had does do did isn't aren't wasn't weren't hasn't haven't "
                       "hadn't doesn't don't didn't 's ’s".split())
"""Finite forms of `be`, `have` and `do` (`be`, `been`, `being`, `having` are not finite)."""

_IRREGULAR = (
    # base past participle ("born": bear's participle in the passive of birth, "babies are born";
    # Merriam-Webster "bear", past participle "borne also born"; listed before "borne", which wins as bear's own)
    "arise arose arisen; awake awoke awoken; bear bore born; bear bore borne; beat beat beaten; become became become; "
    "begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten; "
    "bleed bled bled; blow blew blown; break broke broken; breed bred bred; bring brought brought; "
    "build built built; burst burst burst; buy bought bought; cast cast cast; catch caught caught; "
    "choose chose chosen; cling clung clung; come came come; cost cost cost; creep crept crept; cut cut cut; "
    "deal dealt dealt; dig dug dug; do did done; draw drew drawn; drink drank drunk; drive drove driven; "
    "eat ate eaten; fall fell fallen; feed fed fed; feel felt felt; fight fought fought; find found found; "
    "flee fled fled; fly flew flown; forbid forbade forbidden; forecast forecast forecast; forget forgot forgotten; "
    "forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given; go went gone; "
    "grind ground ground; grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden; "
    "hit hit hit; hold held held; hurt hurt hurt; keep kept kept; know knew known; lay laid laid; lead led led; "
    "leave left left; lend lent lent; let let let; lie lay lain; lose lost lost; make made made; mean meant meant; "
    "meet met met; mislead misled misled; overcome overcame overcome; overtake overtook overtaken; "
    "oversee oversaw overseen; pay paid paid; put put put; quit quit quit; read read read; ride rode ridden; "
    "ring rang rung; rise rose risen; run ran run; say said said; see saw seen; seek sought sought; sell sold sold; "
    "send sent sent; set set set; shake shook shaken; shed shed shed; shine shone shone; shoot shot shot; "
    "show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung; sink sank sunk; sit sat sat; "
    "sleep slept slept; slide slid slid; speak spoke spoken; spend spent spent; spin spun spun; split split split; "
    "spread spread spread; spring sprang sprung; stand stood stood; steal stole stolen; stick stuck stuck; "
    "sting stung stung; strike struck struck; strive strove striven; swear swore sworn; sweep swept swept; "
    "swim swam swum; swing swung swung; take took taken; teach taught taught; tear tore torn; tell told told; "
    "think thought thought; throw threw thrown; undergo underwent undergone; understand understood understood; "
    "undertake undertook undertaken; uphold upheld upheld; upset upset upset; wake woke woken; wear wore worn; "
    "win won won; withdraw withdrew withdrawn; withhold withheld withheld; write wrote written"
)
_FORMS = [tuple(entry.split()) for entry in _IRREGULAR.split("; ")]
FORMS = tuple(_FORMS)
"""The common irregular verbs: (base, past, participle) each."""
PAST_FORMS = frozenset(past for _, past, _ in _FORMS)
"""Past forms of the common irregular verbs (`began`, `rose`, `fell`, `sought`)."""
PARTICIPLES = frozenset(participle for _, _, participle in _FORMS)
"""Past participles of the common irregular verbs (`begun`, `risen`, `fallen`, `sought`)."""
NOT_ONLY_VERB_FORMS = frozenset("ground found left saw lay bound felt spoke wound lead bore".split())
"""Irregular forms that are also common nouns, adjectives or other verbs' bases ("the
ground", "they found a company", "the left"): not read as a form of another verb."""
BASE_OF = {form: base for base, past, participle in _FORMS for form in (past, participle)
           if form != base and form not in NOT_ONLY_VERB_FORMS}
"""The base form of an irregular past or participle ("fell", "fallen" -> "fall"; "struck"
-> "strike"), so that two reports of one happening in different tenses share its verb."""
PAST_ONLY = PAST_FORMS - PARTICIPLES
"""Past forms that are never participles (`began`, `rose`, `went`): a noun before one is
its subject ("the strike began"), never the head of a reduced relative."""
_SUBJECT_LIKE_NOT = frozenset(
    "the a an of to in on at by for and or but nor with from as than into over under about after before since "
    "until during its their his her our your my this that these those some any each every no all both "
    "many much more most few several such very not also".split()
)
"""Words after which an `-s` word is a plural noun, not a verb ("the last polls", "its shares")."""
_TAKES = re.compile(r"(?:the|a|an|to|that|its|their|his|her|our|up|down|out|in|on|at|for|with|from|by|into|over|"
                    r"about|as|no|not|more|new|its|what|how|why|whether|\d[\d,.%$]*|US\$?[\d.,]+|[A-Z][\w’'.-]*)$")
"""What follows a present-tense verb: a determiner, a particle or preposition, `to`,
`that`, a wh-word opening its object clause ("reflects what", Quirk et al. 1985, ch. 15,
nominal clauses), a number or a name."""
_WORD = re.compile(r"[A-Za-z’'$][\w’'.,$%-]*")
_PRONOUNS = frozenset("i we you they he she it".split())
_DETERMINERS = frozenset("the a an its their his her our your my this that these those".split())
_NOT_FINITE_AFTER = tense.PARTICIPLE_AFTER | frozenset(["having"])
"""After these a past form is a participle ("will be completed", "having reported")."""


@functools.lru_cache(maxsize=1 << 14)
def words_of(text: str) -> tuple[str, ...]:
    """The words of `text`, punctuation at their ends stripped (`"fell,"` -> `fell`);
    cached per text."""
    return tuple(w.strip(".,;:!?\"“”()‘’") for w in text.split())


def is_finite(words: list[str] | tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` (as written) is a finite verb: a modal, a finite auxiliary, a
    past form (irregular or regular `-ed`, not after `be`/`have`/`to`), or an `-s` present
    form after a subject-like word and before what a verb takes; a base form after a
    plural or first-person pronoun ("they plan") counts too."""
    word = words[i]
    lower = word.lower()
    if not lower:
        return False
    if lower in MODALS or lower in FINITE_AUX:
        return lower not in ("'s", "’s")
    before = words[i - 1].lower() if i else ""
    lowered = [before, lower] if i else [lower]
    at = len(lowered) - 1
    if lower in PAST_FORMS:
        if lower in ("lay", "left", "found", "set", "put", "cut", "hit", "let", "cost", "shut", "read", "ground",
                     "bound", "spread", "upset", "quit", "bet", "bid", "cast", "burst", "forecast", "split", "shed"):
            # also a base form, an adjective or a noun: only right after a subject-like word,
            # and not as the head of a compound noun that is the subject of the next verb
            # ("the rate cut was", "the price cut came")
            return bool(before) and before not in _SUBJECT_LIKE_NOT and before not in _NOT_FINITE_AFTER \
                and word[:1].islower() and not _compound_head(words, i)
        return before not in _NOT_FINITE_AFTER and word[:1].islower()
    if (word[:1].islower() and before != "having" and before not in _DETERMINERS and tense.is_past(lowered, at, True)
            and lower not in tense.PAST_ADVERBS):  # "its scheduled departure": an adjective
        return True
    if before in _PRONOUNS and before not in ("he", "she", "it") and word[:1].islower() and lower.isalpha() \
            and lower not in _SUBJECT_LIKE_NOT and not lower.endswith(("ing", "ly")):
        return True  # "they plan", "we expect"
    if (lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")) and len(lower) > 3
            and word[:1].islower() and before and before not in _SUBJECT_LIKE_NOT and not before[:1].isdigit()
            and _subject_before(words, i) and i + 1 < len(words) and _TAKES.match(words[i + 1])):
        return True  # "Cisco states that", "the company plans to", "The engineering analysis covers an"
    return False


def _compound_head(words: list[str] | tuple[str, ...], i: int) -> bool:
    """Whether `words[i]`, a form that is also a noun ("cut", "set", "hit"), heads a
    compound noun after a lower-case premodifier and before the clause's own finite verb:
    "the rate cut was announced", "the price cut came" (two finite verbs in a row do not
    make a clause; the premodifying noun of a compound, Quirk et al. 1985, ch. 17, the
    noun phrase)."""
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return words[i - 1].isalpha() and words[i - 1].islower() and (
        following in MODALS or following in FINITE_AUX and following not in ("'s", "’s") or following in PAST_ONLY)


_SUBJECT_REACH = 3
_SINGULAR_IN_S = frozenset("news series species means headquarters".split())
"""Nouns in "-s" that take a singular verb ("the news agency", "the series covers")."""
_PREPOSITIONS = frozenset("of to in on at by for with from into over under about after before since until during".split())
"""How many words a subject noun phrase may hold after its determiner ("the revised pay
plan"): its head and up to two premodifiers."""


def _subject_before(words: list[str] | tuple[str, ...], i: int) -> bool:
    """Whether the words before words[i] end in a subject noun phrase: a name or a
    capitalised word (the sentence's first), or a determiner or a possessive ("Cisco
    states", "the company plans", "The engineering analysis covers", "the company's plan
    includes", "Its new contract covers"), then at most `_SUBJECT_REACH` lower-case words
    (the head noun and its premodifiers, Quirk et al. 1985, ch. 17, the noun phrase), none
    a word that ends a noun phrase (`_SUBJECT_LIKE_NOT`: a preposition, a conjunction). The
    phrase must not follow a preposition (it is then the preposition's object, "sales of
    the three new phones in May", "of its long-term contracts with")."""
    if words[i - 1][:1].isupper():
        return True  # "Cisco states"
    head = words[i - 1].lower()
    if head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")) and head not in _SINGULAR_IN_S:
        return False  # "The deal keeps pensions for": a plural head takes no "-s" verb (agreement), it is the object
    for k in range(i - 2, max(-1, i - 2 - _SUBJECT_REACH), -1):  # "the company plans", "The engineering analysis covers"
        word = words[k]
        lower = word.lower()
        if lower in _DETERMINERS or lower.endswith(("'s", "’s")) or word[:1].isupper() and lower not in _SUBJECT_LIKE_NOT:
            # "The engineering analysis covers", "the company's plan includes", "New field data shows";
            # not after a preposition ("sales of the three new phones in May": no subject)
            return not (k and words[k - 1].lower() in _PREPOSITIONS)
        if lower in _SUBJECT_LIKE_NOT or not lower.replace("-", "").isalpha():
            return False
    return False


def has_finite(text: str) -> bool:
    """Whether `text` holds a finite verb (`is_finite`)."""
    return first_finite(words_of(text)) >= 0


@functools.lru_cache(maxsize=1 << 14)
def first_finite(words: tuple[str, ...]) -> int:
    """The index of the first finite verb of `words`, or -1; cached per word tuple (a
    sentence's clauses are asked about once per date)."""
    for i in range(len(words)):
        if is_finite(words, i):
            return i
    return -1


_ACT_SUFFIXES = ("ment", "al", "ion", "ure", "ance", "ence")
"""Suffixes of nouns of the act a verb names ("adjournment", "approval", "suspension",
"closure", "continuance", "deference"; Quirk et al. 1985, appendix I, word-formation:
deverbal noun suffixes), preferred to a noun of the same form ("delay", "halt")."""
_AGENT_SUFFIXES = ("er", "or", "ee", "ant", "ent")
"""Suffixes of nouns of who acts or is acted on ("seller", "payee"): no act."""


@functools.lru_cache(maxsize=1024)
def act_noun(verb: str) -> str:
    """A noun of the act the verb `verb` (base form, lower case) names, for telling a
    requested act as a thing asked for ("to delay the hearing" -> "delay", "to adjourn"
    -> "adjournment", "to extend" -> "extension"): among the nouns WordNet 3.0 relates by
    derivation to the verb's first senses (`senses`) and spelt from the verb, one with a
    suffix of an act (`_ACT_SUFFIXES`), else its `-ing` form, else the same form; the
    `-ing` form of the verb when WordNet relates none ("reopen" -> "reopening", the
    gerund, Quirk et al. 1985 ch. 17, the complex noun phrase: nominalisation)."""
    from . import senses  # the WordNet table is read only when a request is titled

    synsets = senses.verb_synsets(verb)
    stem = verb[:-1] if len(verb) > 3 else verb
    related = sorted(noun for noun in senses.related_nouns(synsets)
                     if noun.startswith(stem) and noun.isalpha()
                     and (noun.endswith(_ACT_SUFFIXES) or not noun.endswith(_AGENT_SUFFIXES)))
    for noun in related:
        if noun != verb and noun.endswith(_ACT_SUFFIXES):
            return noun
    for noun in (gerund(verb), verb):
        if noun in related:
            return noun  # "selling" before "sell" (a sales pitch), "delay" when WordNet has no "delaying"
    return gerund(verb)


def gerund(verb: str) -> str:
    """The `-ing` form of a verb's base form (Quirk et al. 1985, ch. 3, the spelling of
    the `-ing` inflection): a silent final `-e` dropped ("close" -> "closing", not
    "agree"), the consonant of a monosyllable ending in one vowel and one consonant
    doubled ("stop" -> "stopping", not "reopen" or "pay")."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    vowels = [k for k, c in enumerate(verb) if c in "aeiou"]
    if (len(vowels) == 1 and vowels[0] == len(verb) - 2 and verb[-1] not in "wxy"
            and (len(vowels) == 1 and (vowels[0] == 0 or verb[vowels[0] - 1] not in "aeiou"))):
        return verb + verb[-1] + "ing"
    return verb + "ing"

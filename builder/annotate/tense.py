"""The direction of an underspecified date from the tense and modality of its clause.

A bare weekday ("on Friday"), a month without a year ("in November") or a quarter
without a year can lie before or after the publication date; the verb of the clause
decides. This follows HeidelTime's `ContextAnalyzer.getLastTense` (Strötgen and Gertz,
"Multilingual and cross-domain temporal tagging", LRE 2013) and SUTime's use of the
verb's tense: the nearest tense marker before the date (else the nearest after it, in
the same clause) names the direction. HeidelTime reads part-of-speech tags; here the
markers are English function words and verb morphology, which need no tagger:

- forward: modal and future forms (`will`, `'ll`, `shall`, `should`, `would`, `going
  to`), modals and semi-modals of obligation and necessity (`must`, `has to`, `have to`,
  `needs to`, `ought to`: an act required is still to be done), verbs of plan and
  expectation (`expected`, `plans`, `scheduled`, `set to`, `due to`, `intends`),
  `until`/`till`/`next`/`upcoming`/`coming` right before the date, and a deadline ("by
  July 1") in a clause with no tense marker of its own; the modals of possibility
  (`could`, `may`, `might`) before a plain infinitive ("a buyer could be named in June"),
  not a perfect one ("could have been named");
  A plan told as superseded ("was originally due", "had initially been scheduled for")
  does not look forward: its past tense decides;
- back: past-tense verbs (an `-ed` word not after a form of `be`, `get`, `remain` or
  `stay`, which make it a participle or adjective, and the common irregular past forms),
  `ago`, `since`, `earlier`, `last`.

The forward markers are `futurity.py`'s; the past markers, the verbs that put a date
ahead whatever their tense (scheduling, mandative, permission, timetable) and the clause
edges are here. No topic words: the lists are closed classes of English grammar.
"""

from __future__ import annotations

import functools
import re

from .futurity import DETERMINERS, INFINITIVE, MODAL_OF_THE_PAST, PERFECT_AFTER_MODAL, is_future, possible

FORWARD = "forward"
BACK = "back"

_PAST_WORDS = frozenset(
    "was were had did said told went came took made gave got began became fell rose won lost "
    "met left sold bought paid held led ran saw found brought thought knew grew drew flew hit "
    "put cut set shut struck spoke wrote chose froze broke stood sent spent built meant kept "
    "ago since earlier last previously".split()
)
"""Past forms (irregular verbs, and adverbs of the past); `set`, `put`, `cut`, `hit`, `shut` are
also present forms, so they count only after a subject-like word (see `_is_past`)."""
_ALWAYS_PAST = frozenset("was were had did ago since earlier last previously".split())
PAST_ADVERBS = frozenset("ago since earlier last previously".split())
"""The past markers that are not verbs."""
_AMBIGUOUS_PAST = frozenset("set put cut hit shut".split())
_PARTICIPLE_AFTER = frozenset(
    "be been being is are am was were remain remains remained stay stays stayed get gets got "
    "become becomes has have had will to".split()
)
"""After these an `-ed` word is a participle or an adjective ("will be completed", "remain
closed"); after `has`/`have`/`had` it is a perfect, which reports the past (`_PERFECT`)."""
PARTICIPLE_AFTER = _PARTICIPLE_AFTER
_PERFECT = frozenset("has have had 've".split())
_NOT_VERBS = frozenset("need speed bed red shed seed feed deed breed creed hundred bled fled".split())
_SCHEDULE_VERBS = frozenset(
    "set sets setting scheduled schedules scheduling rescheduled planned plans fixed fixes slated "
    "adjourned adjourns postponed postpones deferred defers delayed delays moved moves pushed "
    "pushes put puts booked books called calls arranged arranges timetabled brought "
    "extended extends prolonged prolongs suspended suspends halted halts recessed recesses "
    "cancelled canceled cancels scrapped scraps".split()
)
"""Verbs that place something on a calendar: with their object followed by `for`/`to`/
`until`/`till` + a date ("set a hearing for April 22", "pushed back to May 12",
"adjourned the case until June", "extended the deadline to March 19", "halted trading
until Monday", "had cancelled non-urgent operations for Wednesday": what was cancelled had
been set for that day), the date is the one the thing is moved to (or stopped until), which lies
ahead of the report whatever the verb's tense (HeidelTime's rules for "scheduled for")."""
_SCHEDULE_PREPOSITIONS = frozenset("for to until till".split())
_EVIDENCE = frozenset("showed shown indicated revealed listed recorded logged".split())
"""Past verbs of evidence (TimeML's EVIDENTIAL subordination, Pustejovsky et al. 2003):
"records showed the test as scheduled for 11 November" reports a schedule as a record
showed it, so its day is the nearest one, not the next (the schedule may have passed)."""
_SCHEDULE_REACH = 8
"""How many words before the date's preposition the verb may stand (its object between)."""
_SUBORDINATE = frozenset("when once until till after before if unless".split())
"""Conjunctions of time and condition: a past verb after one takes the tense of the clause it hangs on
("could be scaled back if nothing was found by Sunday": Quirk et al. 1985, ch. 14, backshift; ch. 15)."""
_WORD = re.compile(r"[A-Za-z'’]+")
_FRONTED = re.compile(r"\s*(?:Despite|Amid|Following|In\sspite\sof)\s[^,;]*,")
"""A fronted phrase that sets the clause against a happening: a date in it takes no
direction from the main clause's verb."""
_CLAUSE_END = re.compile(r"[;—–]|(?<![0-9]):|:(?![0-9])|\s--\s|,\s(?:but|and|while|whereas|although|though|which|who|whose)\b|[,!?][\"”]|,\s[\"“]"
                         r"|,\s(?:provided|providing)\b(?:\sthat\b)?")
"""Where a clause ends: a semicolon, colon (not one inside a time of day, "16:00") or dash, a comma before a conjunction or a
relative word, and the edge of direct speech ("We must settle by July 1," she said; she
said, "We settled on Friday"): the quoted clause and the reporting clause are two clauses
(Quirk et al. 1985 ch. 14, the complex sentence), and the reporting verb's tense is the report's, not the words'
(a quote keeps the tense it was spoken in). A conditional clause opened by "provided" or
"providing" after a comma ("expected to complete, provided its shareholders back the deal at
a meeting on March 17": Quirk et al. ch. 15, conditional clauses) is a clause of its own, and
its conjunction is no past-tense verb."""
CLAUSE_END = _CLAUSE_END
_RELATIVE_WORDS = ("which", "who", "whose")
"""The words that open a non-restrictive relative clause after a comma, which a second
comma closes (Quirk et al. 1985, ch. 17, non-restrictive relative clauses): the main
clause's verb after it ("X, whose term ends in January, has faced calls") is not its tense."""


def is_past(words: list[str], i: int, lower_case: bool = True) -> bool:
    """Whether words[i] (lower-cased words of a clause) is a past-tense marker."""
    return _is_past(words, i, lower_case)


def _is_past(words: list[str], i: int, lower_case: bool = True) -> bool:
    """Whether words[i] marks the past (`lower_case`: the word was written in lower case;
    a capitalised `-ed` word is a name, "United", "Ahmed")."""
    word = words[i]
    before = words[i - 1] if i else ""
    if word in MODAL_OF_THE_PAST and words[i + 1 : i + 2] and words[i + 1] in PERFECT_AFTER_MODAL and (
            word != "may" or lower_case):
        return True  # "Nobody should have been sent down that ramp on Wednesday night"
    if word in _AMBIGUOUS_PAST:
        return before not in _PARTICIPLE_AFTER and before not in ("to", "will", "would", "should")
    if word in _PAST_WORDS:
        # "to be held", "remain shut": a participle; "has held", "was": the past
        return word in _ALWAYS_PAST or before in _PERFECT or before not in _PARTICIPLE_AFTER
    if lower_case and word in _irregular_past():
        # "The court heard the case on 4 January", "the panel sat on", "has sought a delay"
        if before in _PERFECT:
            return True
        return word in _irregular_past_forms() and before not in _PARTICIPLE_AFTER and before not in _PREMODIFIED and (
            not before.endswith(("'s", "’s")))
    if lower_case and word.endswith("ed") and (len(word) > 4 or _short_past(words, i)) and word not in _NOT_VERBS:
        if before in _PERFECT:
            return True  # "has filed": the present perfect reports something done
        if before in _PREMODIFIED or before.endswith(("'s", "’s")):
            return False  # "the proposed administrators", "a preferred bidder": an adjective
        if i >= 2 and before in _ORDER_WORDS and (words[i - 2] in _PREMODIFIED or words[i - 2].endswith(("'s", "’s"))):
            return False  # "the next scheduled meeting", "its first delayed flight": an adjective after an ordering one
        if i >= 2 and words[i - 2] == "to" and before not in _PARTICIPLE_AFTER:
            return False  # "expected to resume limited production": after an infinitive, no finite verb
        return before not in _PARTICIPLE_AFTER
    return False


@functools.cache
def _irregular_past() -> frozenset[str]:
    """The past forms and past participles of the irregular verbs (`verbs.FORMS`, the standard
    list of English irregular verbs, Quirk et al. 1985, ch. 3, verbs and auxiliaries) beyond
    the hand list `_PAST_WORDS`: "heard", "sat", "sought", "fought", "taught", "swore". Left
    out: the forms that are also the base ("cut", "bid", "cost": present too, `_AMBIGUOUS_PAST`
    decides the few it can) and those that are also common nouns or adjectives ("ground",
    "bound", "felt", `verbs.NOT_ONLY_VERB_FORMS`). A past form counts as the past only in lower case
    (a capitalised one is a name) and not after a determiner or a possessive ("the lost
    jobs", "a shot": an adjective or a noun), as an `-ed` form does; a participle only
    ("taken", "sworn") after "has", "have" or "had", the perfect."""
    from . import verbs  # verbs reads this module's word classes: imported here, not at the top

    forms = {form for base, past, participle in verbs.FORMS for form in (past, participle) if form != base}
    return frozenset(forms - {base for base, _, _ in verbs.FORMS} - verbs.NOT_ONLY_VERB_FORMS - _PAST_WORDS)


@functools.cache
def _irregular_past_forms() -> frozenset[str]:
    """The past forms among `_irregular_past` ("heard", "sat", "swore"); the participles only
    ("taken", "sworn") mark the past after "has"/"have"/"had" alone."""
    from . import verbs

    return _irregular_past() & verbs.PAST_FORMS


_VOWELS = frozenset("aeiouy")


def _short_past(words: list[str], i: int) -> bool:
    """Whether words[i], an `-ed` word of four letters, is the regular past of a verb of
    three letters ending in `-e`, which adds only `-d` ("sued", "owed", "used", "eyed",
    "died", "tied", "axed": Quirk et al. 1985, ch. 3, the spelling of the `-ed`
    inflection). Not when the letters before `-ed` are `-ee` ("need", "seed", "feed",
    "deed": no verb "nee"; "see" and "fee" have no regular past) or two consonants
    ("shed", "sled", "bred", "fled", "sped": irregular pasts or nouns, listed with their
    verbs in `verbs`), and not "aged" before a number, the adjective of age ("aged 52").
    The lexicon's WordNet verb table keeps only verbs that share a synset ("owe" is not in
    it), so the spelling decides, not the table."""
    word = words[i]
    if len(word) != 4 or word[1] == "e" or (word[0] not in _VOWELS and word[1] not in _VOWELS):
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return not (word == "aged" and following[:1].isdigit())


_PREMODIFIED = DETERMINERS - {"that", "this"}
"""After a determiner (or a possessive) an `-ed` word premodifies a noun: a participle used
as an adjective, no tense ("would meet the proposed administrators on Wednesday"). Not
after "that"/"this", which also open a relative clause ("the plant that closed on Friday")."""
_ORDER_WORDS = frozenset("next first last latest previous final only new upcoming".split())
"""Adjectives of order that stand between a determiner and another premodifier ("the next
scheduled meeting", "its last revised forecast"): the `-ed` word after them premodifies
the noun too (Quirk et al. 1985, ch. 17, the order of premodifiers: ordinals and "next",
"last" come before other adjectives), no past tense."""


def _marker(words: list[str], i: int, surface: str, before: bool = True) -> str:
    if is_future(words, i, before) or possible(words, i, surface):
        return FORWARD
    if _is_past(words, i, surface[:1].islower()):
        return BACK
    return ""


_MODALS = frozenset("will 'll ’ll shall would must could may might".split())


def modal(words: list[str], i: int) -> bool:
    """Whether words[i] (lower-cased words of a clause) is a modal before a plain infinitive,
    or a contracted "will" ("we'll"): the verb phrase it heads lies ahead (`possible`)."""
    word = words[i]
    if word.endswith(("'ll", "’ll")):
        return True
    if word not in _MODALS:
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return following not in PERFECT_AFTER_MODAL and bool(INFINITIVE.fullmatch(following))


def marker(words: list[str], i: int) -> str:
    """`FORWARD`, `BACK` or "": the tense words[i] (lower-cased words of a clause) marks."""
    return _marker(words, i, words[i])


def scheduled_or_asked(before: list[str]) -> bool:
    """Whether the words before a date end in a scheduling or a mandative verb's
    preposition ("postponed the vote until", "asked for a delay until")."""
    return _scheduled(before) or _requested(before) or _permitted(before)


def _scheduled(before: list[str]) -> bool:
    """Whether the words before a date end in "VERB (object) for|to|until|till [the|on]"
    with a scheduling verb within `_SCHEDULE_REACH` words ("set a full hearing for", "was
    pushed back to", "postponed the vote until")."""
    k = len(before) - 1
    while k >= 0 and before[k] in ("the", "on", "of"):
        k -= 1
    if k < 1 or before[k] not in _SCHEDULE_PREPOSITIONS:
        return False
    return any(word in _SCHEDULE_VERBS for word in before[max(0, k - _SCHEDULE_REACH) : k])


MANDATIVE_VERB = (r"(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|demand(?:s|ed|ing)?"
                  r"|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|appl(?:y|ies|ied|ying)"
                  r"|petition(?:s|ed|ing)?|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?)")
_MANDATIVE = re.compile(MANDATIVE_VERB)
"""Mandative verbs (Quirk et al. 1985, ch. 16, verb complementation: demand, request, proposal, suggestion):
what they ask for is still to be done, so "asked for a delay until next month",
"demanded a pay rise by June", "sought a hearing for April 9" date the thing asked for,
ahead of the asking whatever its tense."""
_REQUEST_PREPOSITIONS = frozenset("for until till by".split())


def _requested(before: list[str]) -> bool:
    """Whether the words before a date end in "VERB (object) until|till|by|for [the]" with
    a mandative verb (`_MANDATIVE`) within `_SCHEDULE_REACH` words, and no "that" or "to"
    between (a clause or an infinitive of its own), or "VERB (object) to INFINITIVE ...
    until|till|by" (`_asked_to`)."""
    k = len(before) - 1
    while k >= 0 and before[k] in ("the", "end", "of", "start", "beginning", "middle"):
        k -= 1
    if k < 1 or before[k] not in _REQUEST_PREPOSITIONS:
        return False
    infinitive = False  # a "to" was passed: only a mandative verb's to-infinitive can still govern the date
    for j in range(k - 1, max(-1, k - 1 - _SCHEDULE_REACH), -1):
        word = before[j]
        if word == "to":
            if before[k] != "for" and j + 1 < k and INFINITIVE.fullmatch(before[j + 1]) and _asked_to(before, j):
                return True  # "asked the court to delay the hearing until"
            infinitive = True  # "to work" in "called on workers to return to work by": look on for the asked "to"
        elif word in ("that", "and", "but") or _is_past(before, j) and not _MANDATIVE.fullmatch(word):
            return False
        elif _MANDATIVE.fullmatch(word) and not infinitive:
            return not (j and (before[j - 1] in DETERMINERS or before[j - 1].endswith(("'s", "’s"))))  # "its request for": a noun
    return False


def _asked_to(before: list[str], j: int) -> bool:
    """Whether the "to" at before[j] opens the to-infinitive of a mandative verb, with an
    object of at most six words between ("asked the court to delay the hearing until",
    "urged workers to return by", "sought to extend the deadline until"): the mandative
    to-infinitive (Quirk et al. 1985, ch. 16, verb complementation), an act asked for and
    still to be done, so a date it is to last until or be done by lies ahead of the asking."""
    for i in range(j - 1, max(-1, j - 8), -1):
        if _MANDATIVE.fullmatch(before[i]):
            return not (i and (before[i - 1] in DETERMINERS or before[i - 1].endswith(("'s", "’s"))))
        if before[i] in ("that", "to", "and", "but") or _marker(before, i, before[i]):
            return False
    return False


REACH = 300
"""How many characters before and after a date `direction` reads (about fifty words)."""
_PERMISSION = re.compile(
    r"(?:allow|enabl|permit|authori[sz]|let|approv|order|direct|instruct|tell|warn|advis)\w*|told|permission|approval|"
    r"authority|clearance|go-ahead|leave|licen[cs]e"
)
"""Words of permission or command before an infinitive ("allowing X to", "permission to",
"approved ... to", "ordered the firm to", "were told to stay out", "warned residents to
avoid", "advised to boil water": the directives of Quirk et al. 1985, ch. 16, verb
complementation): what is allowed or ordered is still to be done, so the infinitive's date
looks forward ("told to stay out of the area until Thursday" said on a Tuesday: that week's)."""


def _permitted(before: list[str]) -> bool:
    """Whether the words before a date (lower case, in order) end in an infinitive that a
    word of permission governs within the six words before it ("allowing the chain to pay
    staff on")."""
    for i in range(len(before) - 2, -1, -1):
        if before[i] == "to" and INFINITIVE.fullmatch(before[i + 1]):
            return any(_PERMISSION.fullmatch(w) for w in before[max(0, i - 6) : i])
        if _marker(before, i, before[i]):
            return False  # a tense nearer the date than any infinitive governs it
    return False


_TIMETABLE = frozenset(
    "open opens reopen reopens close closes start starts restart restarts begin begins resume resumes end ends "
    "finish finishes leave leaves arrive arrives depart departs return returns expire expires "
    "report reports publish publishes meet meets hold holds convene convenes sit sits vote votes".split()
)
"""Verbs of a fixed arrangement in the simple present, which English uses for the future
of a timetable (Quirk et al. 1985, ch. 4, the simple present referring to the future:
"the exhibition opens in June", "work resumes in mid-July", "the offer expires on
Friday"): verbs of beginning, ending and coming and going, and the -s forms of the
acts a calendar fixes for any body, and their plain forms after a plural subject
("reports half-year results on Thursday", "shareholders vote on the merger on Thursday", "the board
meets on Friday", "the court sits on Monday", "the shareholders' meeting votes on the deal
on Tuesday": meeting, sitting and voting are how a board, a bench, a jury or a union acts on a
fixed day, not one story's words); a plural noun of the same form, "reports on Monday showed", has a past verb after
it, which decides first)."""
_NOT_BEFORE_VERB = DETERMINERS | {"to", "of", "at", "in", "on", "for", "by", "from", "with"}


def _timetabled(before: list[str]) -> bool:
    """Whether the clause before a date has a timetable verb (`_TIMETABLE`) in the simple
    present with no tense marker of its own (the caller found none): its -s form, or its
    plain form after a word that leaves it a verb ("talks resume", not "the start",
    "to end", "of return")."""
    for k, word in enumerate(before):
        if word in _TIMETABLE and (word.endswith("s") or (k and before[k - 1] not in _NOT_BEFORE_VERB)) and (
                word not in _AFTER_PLURAL or (k and (before[k - 1] in ("they", "we") or before[k - 1].endswith("s")
                                                     and not before[k - 1].endswith("ss")))):
            return True
    return False


_AFTER_PLURAL = frozenset("report publish meet hold convene sit vote".split())
"""Plain forms of `_TIMETABLE`'s sittings that are nouns too ("a report", "the vote"): a verb
only after a plural subject ("shareholders vote on Thursday", "they meet on Friday")."""


def _opener(words: list[str], i: int) -> int:
    """Where the conjunction of time (`_SUBORDINATE`) opening the clause of words[i] stands, within
    three words before it, or -1. A condition ("if", "unless", within five words) or "as soon as"
    counts only when words[i] is one of the last `_NEAR` words: the date is the clause's own
    ("if nothing was found by Sunday", not "if the opposition continued to protest ... the July 28 vote")."""
    near = len(words) - i <= _NEAR
    found = [k for k in range(max(0, i - 5), i)
             if (words[k] in _SUBORDINATE and k >= i - 3 and words[k] not in _CONDITION)
             or (near and words[k] in _CONDITION)
             or (near and k >= i - 3 and words[k] == "as" and words[max(0, k - 2) : k] == ["as", "soon"])]
    return found[-1] if found else -1


_NEAR, _CONDITION = 4, frozenset(("if", "unless"))

def direction(text: str, start: int, end: int, date_start: int, date_end: int) -> str:
    """`FORWARD`, `BACK` or "" (no marker) for the date at text[date_start:date_end] in the
    sentence text[start:end]: the nearest marker before the date within its clause, else
    the nearest after it within the clause, else forward for a deadline ("by July 1"). An infinitive after a word of permission
    looks forward whatever tense governs it ("gave approval, allowing the chain to pay
    staff on Friday", "gave the union permission to strike on Monday"). Only `REACH`
    characters either side are read
    (whole words): a marker farther off in one clause governs nothing here, and a long run
    of dates with no punctuation costs time linear in its length."""
    if date_start - start > REACH:
        start = text.find(" ", date_start - REACH, date_start) + 1 or date_start - REACH
    if end - date_end > REACH:
        end = text.rfind(" ", date_end, date_end + REACH) if " " in text[date_end : date_end + REACH] else date_end + REACH
    clause_start, relative = start, False
    for mt in _CLAUSE_END.finditer(text, start, date_start):
        clause_start, relative = mt.end(), mt.group().endswith(_RELATIVE_WORDS)
    after = _CLAUSE_END.search(text, date_end, end)
    clause_end = after.start() if after else end
    if relative and (comma := text.find(", ", date_end, clause_end)) >= 0:
        clause_end = comma  # "X, whose term ends in January, has faced calls": the relative clause ends at its comma
    fronted = _FRONTED.match(text, clause_start)
    if fronted and date_end <= fronted.end():
        clause_end = fronted.end()  # "Despite Sunday's vote, X will ...": the phrase has no tense of its own
    surface = [w.group() for w in _WORD.finditer(text, clause_start, date_start)]
    before = [w.lower() for w in surface]
    if _scheduled(before) and _EVIDENCE.intersection(before):
        return ""  # "records showed the test as scheduled for 11 November": the schedule as it stood then
    if _scheduled(before) or _permitted(before) or _requested(before):
        return FORWARD
    for i in range(len(before) - 1, -1, -1):
        found = _marker(before, i, surface[i])
        opener = _opener(before, i) if found == BACK else -1
        if opener >= 0:
            # "would be infused when they opened on Friday": a time clause takes the
            # tense of the clause it hangs on (the sequence of tenses).
            # the conjunction itself ("until", a forward word) governs nothing: the clause before it does
            for j in range(opener - 1, -1, -1):
                governing = _marker(before, j, surface[j])
                if governing:
                    return governing
        if found:
            return found
    if before[:1] and before[0] in _CONDITION:
        return FORWARD  # "If talks fail in March, ...": a present condition refers to the future (Quirk et al. ch. 15)
    surface = [w.group() for w in _WORD.finditer(text, date_end, clause_end)]
    following = [w.lower() for w in surface]
    for i in range(len(following)):
        found = _marker(following, i, surface[i], before=False)
        if found:
            return found
    if _timetabled(before) or (relative and before[:1] and before[0] in _TIMETABLE):
        return FORWARD  # "The talks, which resume on Monday, ...": the relative word stood before the verb
    if before[-1:] == ["by"]:
        # "The firm repays the loan by March 1": a deadline, the latest time for an act
        # still to be done (`by` of time, "not later than", Quirk et al. 1985 ch. 9, prepositions);
        # with a past verb ("had paid by May 1") the marker above has decided
        return FORWARD
    return ""

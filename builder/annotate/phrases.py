"""The phrases of a title: where a title may stop and what it must not end on, and the
noun phrase a date modifies inside a phrase that orders a clause around a happening.
Word lists only (closed classes of English); `titles` chooses the clause, and
`postmodifiers` drops what stands between a subject and its verb.
"""

from __future__ import annotations

import re

from ..annotation import TimeExpression
from . import senses, tense, verbs
from .phraseends import object_kept, phrase_end, purpose_kept, quote_end, said_kept

STOP = frozenset(
    "the a an of to in on at by for and or but nor that this these those with from as is are was were be been "
    "being am has have had having do does did it its he she they them his her their our we you your i me my "
    "not no would will shall should can could may might must also than then there here which who whom whose "
    "what when where while after before since until about into over under up down out off so such very more "
    "most other some any all each both only just even still yet again per via one two three four five six "
    "seven eight nine ten hundred thousand million billion percent cent".split()
)
"""English function words, numbers and determiners: never content words."""
TITLE_WORDS = 12
"""The longest title, in words."""
_TRAILING = STOP - frozenset("one two three four five six seven eight nine ten hundred thousand million billion percent cent again "
                             "more".split())
"""Words a title does not end on ("The first flight of the 777 was")."""


DETERMINERS = frozenset("the a an its their his her our this that these those".split())


_ORDERING = re.compile(
    r"\b(?:ahead\s+of|before|after|since|until|till|following|prior\s+to|in\s+time\s+for|in\s+the\s+run-up\s+to|despite|in\s+spite\s+of|amid)"
    r"\s+(?:(?P<det>the|its|their|his|her|this|that)\s+)?(?:(?P<np>(?:[\w’'-]+\s+){1,3}?))?(?:(?P<prep>on|in|at)\s+)?$", re.IGNORECASE)
"""A preposition that places the clause before or after a happening, not at it ("ahead
of the July polls", "since its 1967 debut", "since the last polls five years ago"), or
sets it against one ("despite the union's strong showing Sunday", "amid Monday's
protests"): the date dates the noun phrase it modifies, not the clause."""
_ORDERING_WORDS = frozenset("ahead before after since until till following prior for run-up despite spite amid".split())
"""A word of `_ORDERING`, to skip the search where none is near."""
_NP_WORD = re.compile(r"[“”\"]?[\w’'-]+[“”\"]?$")


def _noun_words(words: list[str], limit: int = 4) -> list[str]:
    """The words of a noun phrase at the start of `words`: up to a function word, a
    number, punctuation or a finite verb; then "of" and up to three more ("the rule of
    the Khmer Rouge")."""
    taken: list[str] = []
    for k, word in enumerate(words):
        bare = word.strip(",.;:")
        if (len(taken) >= limit or not _NP_WORD.match(bare) or bare.lower() in STOP or bare[:1].isdigit()
                or (taken and taken[-1][:1].islower() and bare[:1].isupper())  # "crisis Several": a new sentence
                or verbs.is_finite(words[max(0, k - 1) : k + 1], min(k, 1))):
            if bare.lower() == "of" and taken and k + 1 < len(words):
                tail = _noun_words(words[k + 1 :], 3) if words[k + 1].lower() != "the" else (
                    ["the"] + _noun_words(words[k + 2 :], 3))
                if tail and tail != ["the"]:
                    taken += ["of"] + tail
            break
        taken.append(bare)
        if bare != word:
            break
    return taken


def noun_phrase(words: list[str]) -> list[str]:
    """The words of the noun phrase that `words` start with, after their determiner
    ("the collapse of Marlow & Penn"), the determiner included."""
    return words[:1] + _noun_words(words[1:]) if words else []


def dated_noun_phrase(text: str, s: int, e: int, anchor: TimeExpression, after: bool) -> str:
    """The noun phrase the date `anchor` modifies inside a phrase that orders the clause
    around a happening ("ahead of the July polls" -> "The polls", "since its 1967 debut"
    -> "Its debut"); with `after`, also a date after its noun phrase ("since the last
    polls five years ago" -> "The last polls"). "" when there is none."""
    window = max(s, anchor.start - 60)
    if not _ORDERING_WORDS.intersection(text[window : anchor.start].lower().split()[-6:]):
        return ""
    ordering = _ORDERING.search(text, window, anchor.start)
    if ordering is None:
        return ""
    if ordering.group("prep") and not ordering.group().lower().startswith(("despite", "in spite", "amid")):
        return ""  # "appeared before the court on Monday": the date is the clause's own
    det = ordering.group("det")
    possessive = text[anchor.end : anchor.end + 2] in ("'s", "’s")
    if not det and (ordering.group("np") or not possessive):
        return ""  # "before Tuesday's hearing" has no determiner; "before March 3" is no noun phrase
    det = det or "the"
    if ordering.group("np"):
        head = ordering.group("np").split()
        if head[-1].endswith(("'s", "’s")) and len(head) == 1:
            words = head + _noun_words(text[anchor.end : e].split())  # "since the country's 1998 financial crisis"
        elif not after or len(_noun_words(head)) != len(head):
            return ""  # "since the last polls five years ago" is asked for with `after`
        else:
            words = head
    else:
        rest = text[anchor.end : e]
        rest = rest[2:] if possessive else rest
        words = _noun_words(rest.split())
    if not words:
        return ""
    return balanced(det.capitalize() + " " + " ".join(words))


_BOUNDARY = frozenset(
    "and but as after because while with amid following despite which who that where when although though "
    "since before until if unless over in on at for from by into during".split()
)
"""Words a phrase starts with: a title may end before one (never before `of` or `to`,
which bind what follows to what precedes)."""


_NOT_NOUNS = STOP | _BOUNDARY | frozenset(
    "against between among towards toward across through without within along around behind beyond near upon".split())
"""Words that are not part of a noun phrase: a cut next to one splits none."""


_COMPLEX_LEAD = frozenset("in on by with at".split())
_COMPLEX_END = frozenset("for with from".split())


_TAKES_TO = frozenset("related linked tied subject prior compared attributed referred similar equal close next contrary".split())
"""Adjectives and participles whose "to" opens their complement ("were related to the
takeover"): no phrase starts there, so a title does not stop before it. ("due to", "owing to",
"according to" open a phrase of cause or source, side detail a title may leave out.)"""


def _complement_kept(words: list[str], best: int) -> int:
    """Where a cut at `best` ends when it falls inside "related to the takeover" (a `_TAKES_TO`
    word, its "to", determiners): after the complement's first word, the title one word over at most."""
    for t in range(max(1, best - 3), min(best + 1, len(words))):
        if words[t].lower() == "to" and words[t - 1].lower() in _TAKES_TO:
            k = t + 1
            while k < len(words) and words[k].lower() in DETERMINERS:
                k += 1
            if (k < len(words) and words[k].isalpha() and words[k].lower() not in _NOT_NOUNS and k + 1 <= TITLE_WORDS + 1
                    and (k + 1 == len(words) or words[k + 1].lower().strip(",;:.") in _NOT_NOUNS or words[k].endswith(","))):
                # (the noun ends its phrase: "the takeover [of ...]", not "the ongoing [turmoil]")
                return max(best, k + 1)
    return best


def _complex_preposition(words: list[str], i: int) -> bool:
    """Whether `words[i]` closes a complex preposition begun two words before ("in
    exchange for", "in return for", "in line with", "by comparison with": preposition + bare noun +
    preposition, the complex prepositions of Quirk et al. 1985, ch. 9): no phrase starts there, so a
    title does not stop before it ("spying for him in exchange [for $10,000]")."""
    if i >= 3 and words[i].lower() in _COMPLEX_END and words[i - 3].lower() == "as" and (
            words[i - 2].lower() in ("a", "the")) and words[i - 1].isalpha() and words[i - 1].islower():
        return True  # with an article after "as": "as a result [from]", "as a consequence [from]" ("in a freefall for" is two phrases)
    if i < 2 or words[i].lower() not in _COMPLEX_END or words[i - 2].lower() not in _COMPLEX_LEAD:
        return False
    noun = words[i - 1]
    return noun.isalpha() and noun.islower() and noun not in STOP


_OBJECT_PREPOSITIONS = frozenset("among amongst between including like unlike".split())
"""Prepositions whose object a cut must not leave behind (a prepositional phrase is the
preposition and its complement, Quirk et al. 1985, ch. 9): after a copula the phrase is
the clause's complement ("were among those arrested")."""
_AUXILIARIES = frozenset("is are was were has have had will would".split())
"""Finite auxiliaries: the word right before one is its subject's last word, no verb of its own
(two finite verbs do not follow each other in a clause; Quirk et al. 1985, ch. 3)."""


def cut(words: list[str]) -> list[str]:
    """The longest prefix of seven to `TITLE_WORDS` words that ends at a phrase boundary
    (before a conjunction or a preposition, or after a comma); else the first
    `TITLE_WORDS` words, without the function words they may end on."""
    if len(words) == TITLE_WORDS + 1 and not any(w.endswith((",", ";", ":")) for w in words[:-1]) and untrail(words, 1) == words:
        return words  # one word over, no aside to drop, nothing dangling: "about 12 words", whole
    best = 0
    for i in range(min(len(words), TITLE_WORDS + 1) - 1, 6, -1):
        prev, word = words[i - 1], words[i].lower().strip("\"“”")
        if prev.endswith((",", ";", ":")) or (word in _BOUNDARY and not _complex_preposition(words, i)
                                               and not (word == "to" and prev.lower() in _TAKES_TO)):
            best = i
            break
    else:
        if len(words) > TITLE_WORDS + 1 and (words[TITLE_WORDS].endswith((",", ";", ":")) or words[TITLE_WORDS + 1].lower() in _BOUNDARY):
            best = TITLE_WORDS + 1  # no boundary within the length, one a word past it: "returned to work [after ...]"
    verb = -1
    across = any(w[:1].isupper() for w in words[TITLE_WORDS - 2 : TITLE_WORDS + 1])  # a name across the cut
    if across or words[0].lower() in DETERMINERS:
        verb = verbs.first_finite(verbs.words_of(" ".join(words[: TITLE_WORDS - 1])))
        if verb < 0:  # no verb in the title's length: where is it?
            bare = verbs.words_of(" ".join(words))
            verb = verbs.first_finite(bare)
            if 0 <= verb < len(bare) - 1 and bare[verb + 1].lower() in _AUXILIARIES:
                verb += 1  # "the club's Mill Lane ground is planned": before a finite auxiliary, a noun ("ground"), not a past tense
    if verb >= TITLE_WORDS - 1 and len(bare) == len(words):
        # the verb lies past the cut: a long description before a name gives way to the
        # name ("The co-founder and former chief executive of X Tomas Brandt has died")
        k = verb if across else 0
        while k > 0 and bare[k - 1][:1].isupper() and not words[k - 1].endswith("."):
            k -= 1  # back over the name, not over an abbreviation ending another ("Harlow Inc.")
        if 1 < k < verb <= k + 4 and len(words) - k >= 3 and bare[k - 1].lower() not in STOP and not words[k - 1].endswith(("'s", "’s")):
            # (after a possessive the name is a word of the possessive's noun phrase, "to the club's
            # Mill Lane ground": no subject of its own; Quirk et al. 1985, ch. 5, the genitive as determiner)
            return cut(words[k:]) if len(words) - k > TITLE_WORDS else untrail(words[k:], 1)
        # (a name after a function word is inside a phrase of the subject: "The trial of X
        # over the collapse of the Harrow Street Bridge opened" is not about the bridge)
        head = noun_phrase(words[:verb]) if words[0].lower() in DETERMINERS else []
        if len(head) >= 3 and head[-1][:1].islower() and head[-1].endswith(("ing", "ed")) and head[-2][:1].isalpha():
            head = head[:-1]  # "A British hiker missing [for a week in ...]": a postmodifier, its complement cut with it
        between = [w.lower() for w in words[len(head) : verb]]
        if 2 <= len(head) <= verb - 2 and between[0] in _POSTMODIFYING and not any(
                w.endswith((",", ";", ":", "\"", "”")) or w in OPENERS or w in ("and", "or", "but") for w in words[:verb]):
            # the subject's head noun phrase without what follows it: "The trial of
            # Vantmoor Construction Ltd [over the collapse of ...] opened at ..."
            shorter = head + words[verb:]
            return cut(shorter) if len(shorter) > TITLE_WORDS else untrail(shorter, 1)
        if verb <= TITLE_WORDS + 6 and not any(
                w.endswith((",", ";", ":", "\"", "”")) or w.lower() in OPENERS or w.lower() in ("and", "or", "but") for w in words[:verb]):
            # the subject's last postmodifying phrase gives way to the verb, which a title
            # needs ("More than two thousand shipyard workers at Kestrel Yards plc [in Port
            # Ardmore] walked out"): a postmodifier is optional in its noun phrase (Quirk et
            # al. 1985, ch. 17, the complex noun phrase), the verb is not; an of-phrase
            # binds to the noun before it ("the county of Westmere") and goes with that noun
            for p in range(verb - 1, 2, -1):
                if words[p].lower() in _POSTMODIFYING and words[p].lower() != "of" and p + 1 <= TITLE_WORDS:
                    shorter = words[:p] + words[verb:]
                    return cut(shorter) if len(shorter) > TITLE_WORDS + 1 else untrail(shorter, 1)
    if best < 7:
        best = TITLE_WORDS  # a phrase cut that short loses the verb: the first words, ending on a content word
        split = all(w.lower().strip(",;:") not in _NOT_NOUNS for w in words[best - 1 : best + 1])
        for i in range(TITLE_WORDS + 1, min(len(words), TITLE_WORDS + 3) if split else 0):
            if words[i].lower() in _NOT_NOUNS:
                best = i  # a noun phrase is not cut in two: "a two hour work [stoppage]"
                break
        else:
            if split and len(words) <= TITLE_WORDS + 2:
                best = len(words)  # the noun phrase ends the clause: "its recent [growth]"
        best = _complement_kept(words, best)
        held = len(untrail(words[:best], 1))
        if 0 < held < len(words) and words[held - 1].lower() in _OBJECT_PREPOSITIONS:
            # "were among [those arrested] by officers": a preposition keeps its object, to the next boundary
            best = next((j for j in range(held + 1, min(len(words), held + 4) + 1)
                         if j == len(words) or words[j].lower() in _BOUNDARY or words[j - 1].endswith(",")), best)
    best = phrase_end(words, _whole_comparison(words, _whole_amount(words, _whole_name(words, best))), TITLE_WORDS + 2)
    best = quote_end(words, best, TITLE_WORDS + 3)  # "said the forecast 'does not include [provision]'": the quotation whole
    best = next((j for j in range(max(3, best - 3), best - 1) if words[j].lower() in _NONFINITE_OPENERS
                 and _ING_FORM.fullmatch(words[j + 1]) and best < len(words) and verbs.has_finite(" ".join(words[:j]))), best)
    # (an -ing clause cut down to its verb and a word at most goes: "X has been suspended [after
    # testing positive]"; "He returned only after receiving a royal pardon" keeps its clause)
    kept = purpose_kept(words, object_kept(words, untrail(words[:best], 1)))  # "requiring X to delete [the profiles]": before "requiring"
    kept[-1] = kept[-1].rstrip(",;:")
    comma = max((i for i in range(3, len(kept) - 1) if kept[i - 1].endswith(",")), default=0)
    if comma and (kept[comma].lower() in _BOUNDARY | OPENERS or kept[comma].lower() in DETERMINERS and len(kept) - comma <= 3) and not verbs.has_finite(" ".join(kept[comma:])) and (
            verbs.has_finite(" ".join(kept[:comma]))) and not any(
            w.lower().endswith("ing") and len(w) > 4 for w in kept[comma + 1 : -1]):  # "with the rate reaching 8.5%" stays
        kept = kept[:comma]  # not a piece of the phrase after a comma: "fallen by 14.45%, [despite the fact]"
        kept[-1] = kept[-1].rstrip(",;:")
    return to_verb(kept, words)


def _cut(words: list[str]) -> list[str]:
    """`cut`, for the functions whose own parameter is named `cut`."""
    return cut(words)


_NONFINITE_OPENERS = frozenset("after before since while when without by".split())
"""Subordinators that open an -ing clause ("after testing positive for ..."): a title is cut
before one rather than inside the clause it opens (Quirk et al. 1985, ch. 15)."""
_ING_FORM = re.compile(r"[a-z]{2,}ing")

_MAGNITUDES = frozenset("million millions billion billions trillion thousand hundred percent".split())
_FIGURE = re.compile(r"[$£€¥]?\d[\d.,]*[%]?")


def _whole_amount(words: list[str], best: int) -> int:
    """Where a cut at `best` ends when it falls inside an amount: after its magnitude
    ("to borrow $150 [million]" keeps "million"; "14 [per cent]" both words; "half [a percent]")."""
    while 0 < best < len(words) and _FIGURE.fullmatch(words[best - 1].rstrip(",;:")) is not None and not words[best - 1].endswith((",", ";", ":")) and (
            words[best].lower().strip(",;:.") in _MAGNITUDES or words[best].lower() == "per" and best + 1 < len(words)
            and words[best + 1].lower().strip(",;:.") == "cent"):
        best += 2 if words[best].lower() == "per" else 1
    fraction = next((k for k in (best - 1, best - 2) if 0 <= k < len(words) - 2 and words[k].lower() in ("half", "quarter", "third")
                     and words[k + 1].lower() in ("a", "an")), -1)
    if fraction >= 0 and best <= fraction + 2:
        best = fraction + 3  # "a gain of half [a percent]": a fraction and its unit
    return best


_COMPARATIVES = frozenset("more less fewer greater higher lower".split())


def _whole_comparison(words: list[str], best: int) -> int:
    """Where a cut at `best` ends when it falls between a comparative and its "than" amount
    ("to raise more [than $240 million]"): after the amount when the title stays within
    about `TITLE_WORDS` words, else before the phrase the comparative is in ("... revenue
    [to raise more than ...]"); a comparative's "than" term completes it (Quirk et al. 1985,
    ch. 15, comparative clauses), a title never ends on "more"."""
    if not (0 < best < len(words)) or words[best - 1].lower() not in _COMPARATIVES or words[best].lower() != "than":
        return best
    end = best + 1
    while end < len(words) and end - best <= 3 and not words[end - 1].endswith((",", ";", ":")) and (
            _FIGURE.fullmatch(words[end].rstrip(",;:.")) or words[end].lower().strip(",;:.") in _MAGNITUDES):
        end += 1
    ends_clause = end == len(words) or words[end - 1].endswith((",", ";", ":"))
    if end > best + 1 and end <= TITLE_WORDS + (3 if ends_clause else 2):
        return end  # the amount closing its clause: "lied to investors ... to raise more than $240 million"
    return next((k for k in range(best - 2, 2, -1) if words[k].lower() in _BOUNDARY | {"to"} or words[k - 1].endswith(",")), best)


def _whole_name(words: list[str], best: int) -> int:
    """Where a cut at `best` ends when it would split a name ("former mayor Daniel [Orme]"):
    after the name when it ends within two more words, else before it."""
    if not (0 < best < len(words)) or not (words[best - 1][:1].isupper() and words[best][:1].isupper()) or (
            words[best - 1].endswith((",", ";", ":", "."))):
        return best
    end = best
    while end < len(words) and words[end][:1].isupper() and not words[end - 1].endswith((",", ";", ":", ".")):
        end += 1
    if end - best <= 2:
        return end
    start = best - 1
    while start > 1 and words[start - 1][:1].isupper():
        start -= 1
    return start if start >= 3 else best


_POSTMODIFYING = frozenset("of over in at for from with on against into about after before between among by".split())
"""Prepositions that open a phrase postmodifying a noun ("The trial [of X] [over Y]")."""
OPENERS = frozenset("that although though because while whereas if unless since when say says said".split())
"""Words after which a clause starts that needs its own verb ("..., although experts say
the deal [had been killed]", "said that the ink [was not indelible]")."""


def to_verb(cut: list[str], words: list[str]) -> list[str]:
    """`cut` (a prefix of `words`) not ending inside a clause before that clause's verb:
    back to before the clause's opener when what follows the opener in `cut` has no
    finite verb but the whole sentence has one after it."""
    if OPENERS.isdisjoint([w.lower() for w in cut]):
        if len(cut) < len(words) and words[len(cut)].lower() == "that" and cut == words[: len(cut)]:
            return said_kept(cut, words, len(cut), TITLE_WORDS, _cut) or cut  # "X told a meeting [that ...]"
        return cut
    bare = verbs.words_of(" ".join(words))
    for k in range(len(cut) - 1, 0, -1):
        if bare[k].lower() in OPENERS and (k == 0 or cut[k - 1].lower() not in ("so", "such")):
            inside = bare[k + 1 : len(cut)]
            if inside and verbs.first_finite(tuple(inside)) < 0 and verbs.first_finite(bare[k + 1 :]) >= 0:
                back = untrail(cut[:k], 1)
                if len(back) >= 3 and verbs.first_finite(verbs.words_of(" ".join(back))) >= 0:
                    back[-1] = back[-1].rstrip(",;:")
                    return said_kept(back, words, k, TITLE_WORDS, _cut) or back  # "The agency admitted [that ...]"
            break
    return cut


_PARTICLES = frozenset("up down out off over back away in on it them him her us me".split())
"""A verb's particle or object pronoun: kept at a title's end after a content word ("talks
broke down", "later retracted it"), dropped after a function word ("was [in 1994]")."""
_DANGLING_WORDS = frozenset("ahead according prior due outside inside near across through against toward towards "
                            "without".split())


def _verb_form(word: str) -> bool:
    """Whether `word` is a verb's base or -s form WordNet knows as a verb ("say", "says",
    "votes", "answer"): any verb may take a reply word as its object."""
    return bool(senses.verb_synsets(word) or (word.endswith("s") and senses.verb_synsets(word[:-1])))


def untrail(words: list[str], keep: int = 3) -> list[str]:
    """`words` without what a title must not end on: function words (but a verb's particle
    or object pronoun after a content word), a dangling participle ("remarks attributed to
    X saying") or preposition-like word ("ahead")."""
    words = list(words)
    while len(words) > keep:
        last = words[-1].lower().strip(",;:")
        before = words[-2].lower().strip(",;:\"“”")
        if last in _PARTICLES and before.isalpha() and (before.endswith("ed") or tense.is_past([before], 0)
                                                        or before in verbs.PARTICIPLES or (
                len(words) > 2 and words[-3].lower() == "to")):  # "expected to take off"
            break  # "talks broke down", "later retracted it"
        if last in ("no", "yes") and before.isalpha() and (before.endswith("ed") or tense.is_past([before], 0)
                                                          or before in verbs.PARTICIPLES or _verb_form(before)):
            break  # "had been told no", "says no", "voted yes": the reply word stands for a clause, the verb's object (a pro-form as "so" is, Quirk et al. 1985 ch. 12, substitution)
        if last == "so" and before in ("do", "does", "did", "doing", "done"):
            break  # "expects to do so": the pro-form "do so" stands for a predicate (Quirk et al. 1985, 12.22)
        after_aux = before in verbs.FINITE_AUX or ((before.endswith("ly") or before in ("now", "still", "also", "already", "again")) and len(words) > 2
                                                   and words[-3].lower() in verbs.FINITE_AUX)  # "was originally due"
        if last in _TRAILING or (last in _DANGLING_WORDS and not after_aux) or (
                last.endswith("ing") and len(last) > 5 and words[-1][:1].islower() and len(words) > 4
                and words[-2][:1].isupper()):  # "remarks attributed to Kem Sokha saying"
            words.pop()
            continue
        break
    return words


def capitalised(chars: str) -> str:
    """`chars` with its first letter in upper case, unless its first word is written with
    a capital inside it and a lower-case first letter ("eReader 4 began", "eBay said"): a
    name as its owner writes it."""
    first = chars.split(" ", 1)[0]
    if first[:1].islower() and any(c.isupper() for c in first[1:]):
        return chars
    return chars[:1].upper() + chars[1:]


def balanced(chars: str) -> str:
    """`chars` with a quotation opened and not closed closed at its end ("his remarks were
    “twisted" -> "… “twisted”"), and one closed and not opened opened at its start (the
    opening mark stripped with the title's lead: 'The vote speaks for itself," X said')."""
    if chars.count("“") > chars.count("”"):
        chars += "”"
    elif chars.count("”") > chars.count("“"):
        chars = "“" + chars  # 'The vote speaks for itself,” X said': the opening mark was cut
    if chars.count('"') % 2:
        at = chars.find('"')
        closing = at > 0 and not chars[at - 1].isspace() and (at + 1 == len(chars) or chars[at + 1] in " ,.;:!?")
        chars = '"' + chars if closing else chars + '"'
    return chars

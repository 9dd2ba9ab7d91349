"""Where a title cut may end: never inside a phrase its last words open.

`phrases.cut` shortens a clause to about `phrases.TITLE_WORDS` words at a phrase
boundary. These rules say where a cut would leave a phrase open and what to do instead:

- an "of" phrase binds to the noun before it ("near the village [of Calder Cross]"), and
  an amount to the noun it measures ("a 14.2 million [pound fine]"): the cut takes the
  phrase whole when it ends within two words, else it goes back before the phrase that
  holds the noun ("... appeal [against a 14.2 million pound fine]");
- a verb keeps its object ("requiring Meadowbrook to delete [the profiles]"): else the
  cut goes back before the non-finite clause the verb opens;
- a reporting verb keeps what was reported ("The agency also admitted [that ...]"): the
  reported clause, shortened, is told (`said_kept`);
- a count keeps what it counts ("The number of people killed in the derailment has
  risen", `counted_kept`).

Prepositional phrases, noun phrases and verb complementation after Quirk et al. 1985,
chs. 9, 16 and 17. Closed classes of English only; no topic words.
"""

from __future__ import annotations

from collections.abc import Callable

from . import verbs
from .namewords import TITLES

_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_ENDS = frozenset("and but or as after because while with amid following despite which who that where when although "
                  "though since before until if unless over in on at for from by into during to of against between "
                  "among towards toward across through without within along around behind beyond near upon".split())
"""Words that open a phrase or a clause: a noun phrase ends before one."""
_PLACE_OR_OWNER = frozenset("near outside inside against between among across through along around behind beyond "
                            "upon over under in on at from with against".split())
"""Prepositions that open a phrase a cut may go back before ("[against a 14.2 million pound fine]")."""
_MAGNITUDES = frozenset("million millions billion billions trillion thousand hundred".split())
_COUNT_HEADS = frozenset("number total count tally toll".split())
"""Nouns that count what their "of" phrase and its postmodifier name ("the number of people
killed in ..."; Quirk et al. 1985, ch. 5, quantity nouns): the postmodifier says what is
counted, and stays."""
_SAID = frozenset("said says announced stated warned added insisted argued reported".split())
"""The reporting verbs `reported.speaker_and_said` shortens itself ("SPEAKER: CLAUSE")."""
_PRONOUNS = frozenset("he she it they we i you this these those".split())
_REPORT_VERBS = frozenset("said says told tells admitted admits acknowledged acknowledges confirmed confirms "
                          "announced announces revealed reveals disclosed discloses conceded concedes warned warns "
                          "stated states found finds argued argues insisted insists denied denies".split())
"""Verbs that report a "that" clause (Quirk et al. 1985, ch. 16, verbs of saying and knowing):
alone, with their subject or a hearer at most, they tell nothing."""


def _bare(word: str) -> str:
    return word.lower().strip(",;:\"“”")


def phrase_end(words: list[str], best: int, limit: int) -> int:
    """Where a cut of `words` at `best` ends once the phrase it would split is whole: past
    an "of" phrase or a measured noun that ends within two words (at a comma, a phrase
    opener or the clause's end, `limit` words at most), else back before the preposition
    that opens the noun phrase; `best` when nothing is split."""
    if 3 < best < len(words) and _bare(words[best - 1]) == "of" and words[best - 1].isalpha():
        best -= 1  # "the village of [Calder Cross]": the cut is before the "of" phrase, not inside it
    if not 2 < best < len(words) or words[best - 1].endswith((",", ";", ":")):
        return best
    nxt, last = _bare(words[best]), _bare(words[best - 1])
    binds = nxt == "of" and last.isalpha() and last not in _ENDS and words[best - 1][:1].islower()
    measured = last in _MAGNITUDES and nxt.isalpha() and nxt not in _ENDS and words[best][:1].islower()
    if not (binds or measured):
        return best
    for end in range(best + 1, min(len(words), best + 3) + 1):
        if end == len(words) or words[end - 1].endswith((",", ";", ":")) or _bare(words[end]) in _ENDS:
            if end <= limit and not (binds and end == best + 1):
                return end  # "near the village of Calder Cross", "a 14.2 million pound fine"
            break
    opening = next((k for k in range(best - 1, 2, -1) if _bare(words[k]) in _PLACE_OR_OWNER), -1)
    if opening > 2 and verbs.first_finite(verbs.words_of(" ".join(words[:opening]))) >= 0:
        return opening  # "... appeal [against a 14.2 million pound data protection fine]"
    return best


_OPENING = "\"“‘'"
_CLOSING = "\"”’'"


def quote_end(words: list[str], best: int, limit: int) -> int:
    """Where a cut of `words` at `best` ends once it splits no quotation: past the
    quotation's close when that is within `limit` words ("said the forecast 'does not
    include adequate provision'"), else back before its opening mark when a finite verb
    comes before it and the word before the mark ends a phrase; `best` when no quotation
    is open there. A quotation is the speaker's
    words as a whole (AP Stylebook, "quotations in the news": never altered), so a title
    takes all of it or none."""
    opened = -1
    for k, word in enumerate(words[:best]):
        if opened < 0 and len(word) > 1 and word[0] in _OPENING and word[1].isalnum():
            opened = k
        if opened >= 0 and word.rstrip(".,;:!?")[-1:] in _CLOSING and (k > opened or len(word.rstrip(".,;:!?")) > 2):
            opened = -1
    if opened < 0:
        return best
    close = next((j for j in range(best, len(words)) if words[j].rstrip(".,;:!?")[-1:] in _CLOSING), -1)
    if 0 <= close < limit:
        return close + 1
    before = _bare(words[opened - 1]) if opened else ""
    if opened >= 3 and before.isalpha() and before not in _ENDS | _DETERMINERS | verbs.FINITE_AUX and (
            before not in ("be", "been", "being")) and verbs.first_finite(verbs.words_of(" ".join(words[:opened]))) >= 0:
        return opened  # ("had been ['reckless ...']": a copula keeps its complement, as it was)
    return best


def object_kept(words: list[str], kept: list[str]) -> list[str]:
    """`kept` (a prefix of `words`) not ending on an infinitive whose object comes after it
    ("requiring Meadowbrook to delete [the profiles ...]"): back before the non-finite
    clause ("requiring ...", "to delete") when a finite verb comes before it, else as it was."""
    n = len(kept)
    if n >= len(words) or n < 4 or _bare(words[n]) not in _DETERMINERS:
        return kept
    if not (_bare(kept[-2]) == "to" and kept[-1].isalpha() and kept[-1].islower()) or _bare(words[n]) == "that":
        return kept
    for k in range(n - 1, 2, -1):
        word = _bare(kept[k])
        if (word.endswith("ing") and len(word) > 4 and kept[k][:1].islower()) or (word == "to" and k < n - 2):
            head = kept[:k]
            if verbs.first_finite(verbs.words_of(" ".join(head))) >= 0 and len(head) >= 3:
                head[-1] = head[-1].rstrip(",;:")
                return head  # "The Commission has also issued an enforcement notice"
    return kept


_REPORT_BASES = frozenset("say tell ask admit acknowledge confirm announce reveal disclose concede warn state argue insist deny "
                          "explain complain".split())
"""Base forms of the verbs of saying: after "to", an infinitive of purpose that reports ("wrote
to the mayor to say that ...")."""


def purpose_kept(words: list[str], kept: list[str]) -> list[str]:
    """`kept` (a prefix of `words`) without a closing infinitive of saying whose reported
    clause the cut left out ("X wrote to the mayor [to say] that he was concerned" -> "X wrote
    to the mayor"): "to say" with nothing said tells nothing, and the infinitive of purpose is
    an adjunct the clause stands without (Quirk et al. 1985, ch. 15, clauses of purpose; ch.
    16, verbs of saying). As it was when it is not that shape or too little would be left."""
    n = len(kept)
    if n < 5 or n >= len(words) or _bare(kept[-2]) != "to" or _bare(kept[-1]) not in _REPORT_BASES:
        return kept
    if _bare(words[n]) != "that" and words[n][:1] not in "\"“‘'":
        return kept
    head = kept[:-2]
    return head if len(head) >= 3 and verbs.first_finite(verbs.words_of(" ".join(head))) >= 0 else kept


def said_kept(back: list[str], words: list[str], k: int, limit: int,
              cut: Callable[[list[str]], list[str]]) -> list[str] | None:
    """What a cut that went back to before the "that" at `words[k]` tells instead, when
    `back` is only a subject, a reporting verb and its hearer ("The agency also admitted",
    "X told a packed town hall meeting"): the reported clause, its subject's place or
    owner phrase dropped ("a backlog [at its laboratory] had left ..."), after the
    reporting verb when both fit `limit` words, else after the speaker's surname and a colon,
    or alone (what was reported is the news; `reported.speaker_and_said` does the same for
    "said"); None otherwise."""
    bare = verbs.words_of(" ".join(back))
    verb = verbs.first_finite(bare)
    if verb < 1 or verb >= len(back) or _bare(back[verb]) not in _REPORT_VERBS or len(back) - verb > 6:
        return None
    if len(back) - verb == 1 and _bare(back[verb]) in _SAID:
        return None  # "X said [that ...]": `reported.speaker_and_said` tells it
    said = words[k + 1 :]
    inner = verbs.words_of(" ".join(said))
    first = verbs.first_finite(inner)
    if first < 1 or len(inner) != len(said) or inner[0].lower() in _PRONOUNS:
        return None  # ("said that they would ..." : the pronoun's referent is the speaker's, told elsewhere)
    at = next((i for i in range(1, first) if inner[i].lower() in _PLACE_OR_OWNER), -1)
    said = said[:at] + said[first:] if at > 0 else said  # "a backlog [at its laboratory] had left"
    whole = words[: k + 1] + said
    if at > 0:
        told = cut(whole) if len(whole) > limit + 1 else whole
        reported = verbs.words_of(" ".join(told[k + 1 :]))
        if 0 <= verbs.first_finite(reported) < len(reported) - 2:
            return told  # "The agency also admitted that a backlog had left 23 samples" (not "... will examine")
    named = back[verb - 1] if back[verb - 1].isalpha() and back[verb - 1][:1].isupper() and back[0][:1].isupper() else ""
    if named and verb == 2 and back[0].isalpha() and back[0][:1].isupper() and back[0].lower() not in TITLES:
        named = f"{back[0]} {named}"  # a two-word name whole ("Harrowgate Chemicals", not "Chemicals"; "Mrs Dollimore": the surname)
    alone = cut(said) if len(said) > limit - (1 if named else 0) else said
    if len(alone) < 3:
        return None
    if named:
        return [named + ":"] + alone  # "Velez: the agency's count left out dozens of children", as `reported.speaker_and_said`
    return [alone[0][:1].upper() + alone[0][1:]] + alone[1:]


def counted_kept(words: list[str], p: int, j: int, limit: int) -> list[str] | None:
    """`words` with the participle clause `words[p:j]` after a count's "of" phrase kept ("The
    number of people killed in the derailment [at Calder Cross] has risen to 11"), its last
    phrases dropped until the title fits `limit` words; None when the subject is no count."""
    head = [_bare(w) for w in words[:p]]
    if not any(w in _COUNT_HEADS and i + 1 < len(head) and head[i + 1] == "of" for i, w in enumerate(head)):
        return None
    part = words[p:j]
    ends = [i for i in range(2, len(part)) if _bare(part[i]) in _ENDS]
    fits = [i for i in ends if p + i + len(words) - j <= limit]
    if len(words) > limit and ends:
        part = part[: max(fits) if fits else ends[0]]  # the participle and its first phrases, as many as fit
    return words[:p] + part + words[j:]

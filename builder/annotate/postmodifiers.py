"""The postmodifiers of a title's subject that stand between it and its verb, which a
title leaves out: a non-restrictive apposition, participle phrase or place phrase between
commas ("Valdor's newest ferry, the Northern Star, made …": `appositions_dropped`), a
restrictive relative clause ("The walkout that shut the port on May 3 entered …":
`without_relative`) and a reduced relative, a participle and its complement ("The last
two miners trapped in the mine were brought …": `without_participle`). Closed classes of
English only; `tidy` calls them, `phrases` cuts the title.
"""

from __future__ import annotations

import re

from . import verbs
from .phraseends import counted_kept
from .phrases import DETERMINERS, OPENERS, STOP, TITLE_WORDS
from .reported import SAYING_WORD

_RELATIVE_WORDS = frozenset("which whom whose who".split())


_APPOSITION_BEFORE_VERB = re.compile(r"(?<=[\w”\"]),\s(?P<apposition>(?:the|a|an|its|their|his|her)\s[^,]{1,100}?|[a-z]+\sby\s[^,]{1,40}?|"
                                     r"(?P<owned>(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*(?:['’]s|(?<=s)['’])\s[a-z][^,]{0,100}?)|"
                                     r"(?:on|in|at|near|off|outside|inside|behind|beside|along|across|opposite)\s(?:the|a|an)\s[^,]{1,60}?|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}),\s(?P<verb>[a-z][\w’'-]*)")
"""An apposition between commas right before a verb ("Valdor's newest ferry, the Northern
Star, made its first crossing"; "Valdor's European rival, Kessel, is preparing"; one
opened by a possessive, "Dana Whitcombe, Veloria's head of quality, had said", "Harlow,
its largest shareholder, voted"), or a
participle with its agent ("The first ferry, made by Kessel, was delivered"), or a place
phrase ("The site, on the east bank of the river, was meant to hold 212 flats"): a
non-restrictive postmodifier of the subject (Quirk et al. 1985, ch. 17, the complex noun phrase), side
detail a title leaves out. A descriptive apposition may be long ("Brannock Bau, the
construction firm behind the unfinished towers on the quay, filed ...": up to 100
characters; the title was the apposition alone, cut before its verb)."""


def appositions_dropped(chars: str) -> str:
    """`chars` with each apposition before a finite verb gone: a descriptive one ("the
    Northern Star") dropped, a name kept without its commas ("rival Kessel is")."""
    def fix(m: re.Match[str]) -> str:
        if not verbs.is_finite(["it", m.group("verb")], 1):
            return m.group()
        if m.group("apposition")[:1].isupper() and not m.group("owned"):
            return m.group()  # a name between commas reads well: "One of his sons, Hun Many, was"
        return " " + m.group("verb")
    return _APPOSITION_BEFORE_VERB.sub(fix, chars)


def without_relative(words: list[str]) -> list[str]:
    """`words` without a restrictive relative clause that stands between a subject and its
    verb past the title's length ("the ink with which voters were supposed to stain their
    fingers was not indelible" -> "the ink was not indelible"; "The walkout that shut the
    port on May 3 entered its fourth day" -> "The walkout entered its fourth day"): from the
    relative word (and its preposition) to the verb after the relative clause's own verb. A
    "that" after a subject with no verb yet is the relative pronoun, not a complementizer,
    which follows a verb (Quirk et al. 1985, ch. 17, restrictive relative clauses)."""
    joined = " ".join(words).lower()
    if "whi" not in joined and "who" not in joined and " that " not in joined:
        return words
    bare = verbs.words_of(" ".join(words))
    for r in range(1, len(words)):
        if bare[r].lower() not in _RELATIVE_WORDS | {"that"} or words[r - 1].endswith(","):
            continue
        if bare[r].lower() == "that" and (bare[r - 1].lower() in OPENERS or verbs.first_finite(bare[:r]) >= 0 or not (
                r + 1 < len(bare) and verbs.is_finite(("it", bare[r + 1]), 1))):
            continue  # "had said that talks broke down", "point out that the market": a complementizer, not a subject relative
        opener = max([k for k in range(r) if bare[k].lower() in OPENERS or words[k].endswith(",")], default=-1)
        if verbs.first_finite(bare[opener + 1 : r]) >= 0:
            return words  # the relative follows its clause's verb: an object's, not in the way
        first = 0 if r + 1 < len(bare) and verbs.is_finite(("it", bare[r + 1]), 1) else verbs.first_finite(bare[r + 1 :])
        if first < 0:
            return words
        own = r + 1 + first  # a subject relative's verb right after its pronoun ("that shut", "who set")
        for j in range(own + 1, len(words)):
            if words[j - 1].endswith((",", ";", ":")) or bare[j].lower() in ("and", "or", "but", "that", "which", "who", "what"):
                return words
            if (verbs.is_finite(bare, j) or bare[j].lower() in _VERB_GROUP_OPENERS) and bare[j - 1].lower() != "to":
                # ("who work at Greyfell have [until ...] to finish what they are doing": "have" is the main verb)
                start = r - 1 if bare[r - 1].lower() in STOP and bare[r - 1].lower() not in DETERMINERS else r
                return words[:start] + words[j:] if j >= TITLE_WORDS - 2 else words
        return words
    return words


_VERB_GROUP_OPENERS = frozenset("was were is are has have had will would could may might must can".split())


def without_participle(words: list[str]) -> list[str]:
    """`words` without a reduced relative clause (a participle and its complement) that
    stands between the subject and its verb past the title's length ("The last two miners
    trapped in the Carrow Deep gold mine were brought to the surface" -> "The last two
    miners were brought to the surface"): the participle right after the subject's noun
    phrase, no finite verb before it, and the verb group that follows with no comma or
    conjunction between (Quirk et al. 1985, ch. 17, postmodification by -ed clauses)."""
    bare = verbs.words_of(" ".join(words))
    if len(bare) != len(words) or not words or bare[0].lower() not in DETERMINERS | {"all", "both"}:
        return words
    for p in range(2, min(6, len(words))):
        part = bare[p].lower()
        if any(w.endswith((",", ";", ":")) for w in words[:p]):
            return words
        if part in verbs.FINITE_AUX or SAYING_WORD.fullmatch(part):
            # "The last time the Dow had risen ... was": a verb group of its own, no participle; "the
            # Directorate said two lorries ... had not been chained": the reporting verb, what it reported after it
            return words
        if not (part.endswith("ed") or part in verbs.PARTICIPLES) or verbs.first_finite(bare[1:p]) >= 0:
            continue
        for j in range(p + 1, len(words)):
            if words[j - 1].endswith((",", ";", ":")) or bare[j].lower() in ("and", "or", "but", "that", "which", "who"):
                return words
            if bare[j].lower() in _VERB_GROUP_OPENERS:
                if j < TITLE_WORDS - 2:
                    return words
                return counted_kept(words, p, j, TITLE_WORDS) or words[:p] + words[j:]  # "The number of people killed in ..."
            if j > p + 1 and bare[j] in verbs.PAST_ONLY and j >= TITLE_WORDS - 2:  # ("made by": a participle too)
                kept = counted_kept(words, p, j, TITLE_WORDS)  # "The number of people confirmed dead in ... rose to 23"
                if kept is not None:
                    return kept
        return words
    return words

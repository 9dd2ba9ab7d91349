"""Who states a sentence's figures: the claimant of a claim.

A sentence names who states its figures in one of these ways (English news usage for
attributed figures; closed classes of English only, no topic words):

- "according to X", "according to a spokesman for the chain, X" (the named entity ending
  the phrase), "according to the bureau" (a definite description, below);
- a reporting verb with a named subject before it ("The Harbour Board said 40 ships…") or
  right after it ("…, said Ilse Varga");
- a reporting verb whose subject is a pronoun ("he said", "it says"): the claimant of the
  sentence before (`None` here, the caller's previous claimant);
- a reporting verb whose subject is a definite description ("the bureau said", "the
  company says"): the organisation or party named earlier in the source whose name ends
  in that noun ("the bureau" -> "Food Safety & Inspection Bureau"; a plural or singular
  form alike), or else whose name has a word the description puts before its noun ("the
  election authority" -> "National Election Committee"); else nobody named (the source),
  never the last speaker ("the company says" after a quoted person, "according to the
  union" after a bureau's figures);
- a reporting verb whose subject is any other noun phrase ("Health officials said",
  "Police say"): nobody named (the source). Such a sentence never inherits the previous
  speaker: it has its own subject.

A sentence with no reporting verb is the source's own statement ("").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from . import antecedents, namedby, numberwords, passives
from .namewords import TITLES

REPORTING = re.compile(
    r"\b(?:said|says|(?<!\bto )(?<!\bwould )(?<!\bcould )(?<!\bmight )(?<!\bcan )(?<!\bwe )(?<!\bI )say(?![,\w])"
    r"|add(?:ed|s)(?=\s+that\b)|(?:claims|claimed|claiming)(?!\s+(?:[a-z]+\s+)?[$£€¥₹])|saying|announced|told|insisted|insists"
    r"|reported|reports|estimated|estimates|(?:concluded|concludes|found|finds)(?=\s+(?:that|he|she|it|they)\b)"
    r"|counts|counted|maintains|maintained|contends|contended|argues|argued|suggest|suggests|suggested"
    r"|puts?(?=\s+(?:(?:the|its|their|his|her|our)\s)?[a-z][^.;:]{0,100}?(?:\sat|\s(?:closer|close|nearer)\s+to)\s+(?:[a-z]+\s+){0,3}[^\w\s]?\d))\b"
)
"""Reporting verbs that attribute a sentence's figures (with verbs of asserting a disputed
point: "The company maintains that only 1,900 …", and "data analysed by X suggest that
58,000 …", the evidence's reading, and verbs of finding with a clause: "the commissioner
concluded that Mr X had claimed £20,250", "a report which found he had claimed £27,850":
the finder states the figure, not the subject of the finding), with "put the number of X at 447"
and "puts the debt at 15.2 million" (a verb of estimating whose "at" phrase is the figure).
"claim" with an amount of money as its object ("had wrongly claimed £20,250 in rent") is a
claim for payment (demand as one's due), no verb of saying. The plural present "say" is
one after a plural subject ("campaigners say the true figure is closer to 1,400"), not
after "to" or a modal ("hard to say", "would say") nor as "say," (for example); "added
that" reports as "said that" does ("Wren added that the group had collected 12,000
signatures"; "added 200 jobs" is no saying: Quirk et al. 1985, ch. 14 on reporting verbs)."""
_DENIED_AS = re.compile(r",\s+not\s+[^,;:]*\bas\s+(?:[\w’'-]+\s+){0,4}$")
"""Before a reporting verb in an "as" clause attached to a denied figure ("…, not 12.5
million euros as the company said at the time and as this newspaper reported"): the
clause says who gave the denied figure, not who states the sentence's (Quirk et al. 1985,
ch. 15 on "as" comment clauses, attached here to the negated element)."""
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:now|also|still|again|later|already|then|further|separately|previously"
    r"|has|have|had|will|would|may|might|could|should))+\s*$",
    re.I,
)
"""Adverbs and auxiliaries between a reporting verb's subject and the verb ("The
administrator also put", "the company now says", "Air India have also said"): not words
of the subject."""
_ACCORDING = re.compile(r"according to\s+")
_POSSESSIVE = re.compile(r"[’']s?\b")
"""After a name that is a possessive ("Meridian's landlord"): a determiner, not the head of
the subject."""
_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(r"\b(?:which|that|whom)\s+(?:[\w’'&-]+\s+){0,4}$")
"""A reporting verb in a relative clause after the sentence's figures ("a centre that has
1,400 employees and a contract, which Vantmoor estimates to be worth …") attributes none of
them; before them it does ("results that the party said gave it 68 seats")."""
_NAMED_NEXT = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+[’']s\s+)?")
"""What may stand between "according to" and the name: "according to the country's X"."""
_PRONOUN = re.compile(r"\s*(?:he|she|it|they|we|i|you)\s", re.I)
_APPOSED = re.compile(r"(?:a|an|the|its|their|his|her)\s[^.;:“”\"]{0,80}?,\s*$")
"""A role in apposition before a name: "according to a spokesman for the chain, X"."""
STATERS = ("person", *namedby.BODIES)
"""Kinds that state figures: a place before a reporting verb ("a Moscow design centre that
… reported") is no claimant."""


_WHAT_SAYS = re.compile(r"\bwhat\s+(?:it|they|he|she)\s+(?:now\s+)?$", re.I)
"""Before a reporting verb in a free relative whose pronoun is the main clause's subject
("A gang has published what it says are the records of 1.3 million patients"): the
figure is the subject's claim (Quirk et al. 1985, §15.8 on nominal relative clauses; the
pronoun's antecedent is the clause's subject), not that of the outlet or a later "X said"."""
_MAIN_VERB = re.compile(r"^(.*?)\s+(?:(?:has|have|had)\s+)?(?:also\s+|now\s+)?[a-z]+(?:ed|s)\s*$")


def _free_relative(text: str, s: int, verb: re.Match[str]) -> str | None:
    """The main clause before "what it says" (`_WHAT_SAYS`) of the reporting `verb`, from
    the last clause break (a comma, a semicolon, a colon or a dash, a dateline's " - "), or
    None when the verb is in no such free relative."""
    free = _WHAT_SAYS.search(text, max(s, verb.start() - 20), verb.start())
    if not free:
        return None
    return re.split(r"[;,:—–]|\s-\s|\)", text[s : free.start()])[-1]


_MODIFIER_BEFORE = re.compile(r"\b(?:of|for|and|at|in)\s+$")
"""Before a name inside a title's or a noun's complement ("The Minister for Mines and
Resources, Priya Raghunathan, today announced": "Resources" is part of the title, the
apposed name the subject's head; Quirk et al. 1985, §17.65 on apposition)."""


def claimant(
    text: str, s: int, e: int, in_sentence: Sequence[Mention], entities: dict[str, Entity],
    bodies: Sequence[Mention],
) -> str | None:
    """Who states the figures of the sentence `text[s:e]`: an entity id, "" for the
    source itself (no one named), or None for a pronoun subject (the caller's previous
    claimant). `in_sentence`: the sentence's mentions in text order; `bodies`: the
    organisations' and parties' mentions before the sentence, in text order."""
    acc = _ACCORDING.search(text, s, e)
    if acc:
        later = [m for m in in_sentence if m.start >= acc.end() and entities.get(m.entity)]
        if later and _NAMED_NEXT.fullmatch(text, acc.end(), later[0].start):
            return later[0].entity
        for m in later:
            if _APPOSED.fullmatch(text, acc.end(), m.start):
                return m.entity
        said = namedby.definite(re.split(r"[,.;:]", text[acc.end() : e])[0] + " ", entities, bodies, whole=False)
        if said is not None:
            return said
    verb = reporting_verb(text, s, e)
    if not verb:
        return ""
    # "Members of the Shipbuilding and Allied Trades Union (SATU) backed the deal …, the
    # union said": a description refers to a body named before it in its own sentence too
    bodies = [*bodies, *(m for m in in_sentence if m.end <= verb.start() and entities.get(m.entity)
                         and entities[m.entity].kind in namedby.BODIES)]
    subjects = [m for m in in_sentence if m.end <= verb.start() and entities.get(m.entity)
                and entities[m.entity].kind in STATERS]
    clause = re.split(r"[;,:—–]|\s-\s", text[s : verb.start()])[-1]  # a dateline's " - " too; "…; organisers said 500", "…, the company says"
    own = [m for m in subjects if m.start >= verb.start() - len(clause)]
    main = _free_relative(text, s, verb)
    if main is not None:  # "A gang has published what it says are …": the main clause's subject
        head = text.rfind(main, s, verb.start())
        own = [m for m in subjects if m.start >= head]
        return next((m.entity for m in own if not _POSSESSIVE.match(text, m.end)), "")
    clause = _TRAILING_ADVERBS.sub(" ", clause)  # "The administrator also put": its subject
    clause = _COORDINATOR.sub(" ", clause)  # "…, and the agency says 420": the subject after the conjunction
    if _TIME_FIRST.fullmatch(clause.strip() + " "):
        clause = ""  # "The minister, Priya Raghunathan, today announced": a time adverbial is no subject
    if own:  # "…, Meridian said": the reporting clause's own subject, its head before a possessive
        return next((m.entity for m in own if not _POSSESSIVE.match(text, m.end)), own[0].entity)
    if subjects and re.fullmatch(r"\s*(?:which|who|that)\s+", clause):
        # "… by the US Labor Department on the same day, which said": the relative
        # pronoun stands for the name before it
        return next((m.entity for m in reversed(subjects) if not _POSSESSIVE.match(text, m.end)), subjects[-1].entity)
    if not clause.strip():  # "…, said Ilse Varga": the subject after the verb
        after = [m for m in in_sentence if m.start >= verb.end() and entities.get(m.entity)]
        if (after and verb.group() != "told"  # "…, told Shopfloor Weekly": whom it was told, no subject
                and all(w.lower().rstrip(".") in TITLES for w in text[verb.end() : after[0].start].split())
                and (not subjects or _DIGIT.search(text, s, verb.start()))):
            # "…, said Ilse Varga", "said Judge Helena Vos", "said Dr. X" after the figures
            # (before them, a name after the verb opens what is said: "X, the landlord,
            # said St. Agnes has 900 beds")
            return after[0].entity
        # "Calder, Meridian's landlord, said", "Meridian, in a filing, said": the subject
        # before an apposition, a possessive's head
        heads = [m for m in subjects if not _POSSESSIVE.match(text, m.end)
                 and not _MODIFIER_BEFORE.search(text, max(s, m.start - 6), m.start)]
        return (heads or subjects)[0].entity if subjects else ""
    if _PRONOUN.match(clause):
        return None
    said = namedby.definite(clause, entities, bodies)
    if said:  # "Halvorsen …, said …. The company says": the sentence before's subject
        said = namedby.previous_subject(text, s, clause.strip(), bodies, entities) or said
    return "" if said is None else said


CITED = re.compile(
    r"\s+((?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})"
    r"\s+(?:had\s+|has\s+|have\s+|first\s+|originally\s+)?"
    r"(?:cited|cites|reported|reports|gave|gives|given|said|says|put|puts|estimated|estimates|counted|quoted|claimed"
    r"|claims)\b"
)
"""After a figure, a relative clause with no relative word whose verb reports the figure:
"the 8 million euros [the administrator cited] last month", "the 1,200 [Meridian gave]"
(a contact clause: the figure is its object; Huddleston & Pullum 2002, ch. 12 §3)."""


def cited(text: str, end: int, e: int, in_sentence: Sequence[Mention], entities: dict[str, Entity]) -> tuple[str, str] | None:
    """Who gave the figure ending at `end`, when a contact relative clause after it says
    so (`CITED`): (entity id, "") for a named person or body, ("", words) for a
    description ("the administrator"); None when no such clause follows, or its subject is
    a pronoun ("the 23 it reported earlier": the sentence's own subject, as `claimant`
    reads it). `e`: the sentence's end; `in_sentence`: its mentions."""
    mt = CITED.match(text, end, e)
    if not mt or _PRONOUN.fullmatch(" " + mt.group(1) + " "):
        return None
    named = next((m for m in in_sentence if m.start >= mt.start(1) and m.end <= mt.end(1) and entities.get(m.entity)
                  and entities[m.entity].kind in STATERS), None)
    if named:
        return named.entity, ""
    if mt.group(1)[0].isupper():
        return None  # a capitalised word the dossier does not know: no description to show
    return "", mt.group(1)


def reporting_verb(text: str, s: int, e: int) -> re.Match[str] | None:
    """The reporting verb of the sentence `text[s:e]` whose subject states its figures:
    the first before the sentence's first digit, or one after it that is not in a relative
    clause (`_RELATIVE`: "…, which Vantmoor estimates to be worth …" attributes none of
    the figures), nor in an "as" clause of a denied figure (`_DENIED_AS`); one in a
    contact relative clause (`_CONTACT`) gives way to a reporting clause after the
    figures; None when there is none."""
    digit = _DIGIT.search(text, s, e)
    figure = digit.start() if digit else e
    found = [v for v in REPORTING.finditer(text, s, e)
             if not _ATTRIBUTIVE.search(text, max(s, v.start() - 8), v.start())
             and not passives.PASSIVE.search(text, max(s, v.start() - 20), v.start())  # "had been counted"
             and (v.start() < figure or not _RELATIVE.search(text, max(s, v.start() - 60), v.start()))
             and not _DENIED_AS.search(text, s, v.start())]
    if len(found) > 1 and found[0].start() < figure < found[-1].start() and _CONTACT.search(
            text, max(s, found[0].start() - 80), found[0].start()):
        return found[-1]  # "The layoffs X announced … will affect 900 people, three people … told PlayWire"
    return found[0] if found else None


_CONTACT = re.compile(r"(?:^|(?<=[\s,]))(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[a-z-]+\s+){0,2}[a-z-]{2,}s\s+"
                      r"(?:(?:[A-Z][\w’'&.-]*\s+){1,4}|(?:the|its|their)\s+[a-z-]{3,}\s+)$")
"""Before a verb, a definite plural noun and a name or a definite noun ("The layoffs
Halvorsen Interactive announced on Tuesday will affect 900 people, …, three people … told
PlayWire", "the cuts the publisher announced"): the verb is in a contact relative clause
whose object is the noun (Huddleston & Pullum 2002, ch. 12 §3), so its subject states
none of the sentence's figures."""

_ATTRIBUTIVE = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")
"""A determiner right before a reporting verb's form: a participle used as an adjective
("an estimated 48,000 packs", "the reported 12 cases"; Quirk et al. 1985, ch. 7,
participles as adjectives), no verb with a subject that states the figure."""


_DESCRIBED_WORDS = 6
"""At most this many words make a description of who states a figure; a longer clause
before the verb is no noun phrase ("the queue grew to 31 as the strike entered its second
day")."""


_EARLIER_TELLING = re.compile(r"\b(?:earlier|previous|original|initial)\s+(?:version|report|story|article|edition)\b", re.I)
"""A subject that is the source's own earlier copy ("an earlier version of this story")."""


_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN = (r"(?:the\s+)?(?:" + _DAY + r"|" + _MONTH + r"|\d{1,2}(?:\s+" + _MONTH + r")?"
         r"|week|month|year|weekend|morning|afternoon|evening|night|noon|midnight)" + _PART + r"(?:\s+\d{1,2})?")
_TIME_FIRST = re.compile(
    r"^(?:(?:(?i:late|early)\s+)?"
    r"(?:(?i:yesterday|today|tonight|tomorrow|earlier|later|meanwhile|now|then)" + _PART
    + r"|(?i:on|by|last|this|next|in|at)\s+" + _WHEN
    + r"|" + _DAY + _PART + r")\s*,?\s+)+")
"""A time adverbial opening the clause before a reporting verb ("Yesterday the fire service
said", "On Monday night, police said"): no part of who states the figure (an adjunct of
time, not the subject: Quirk et al. 1985, ch. 8 on adverbials)."""


_COORDINATOR = re.compile(r"^\s*(?i:and|but|or|while|whereas)\s+")
"""A coordinating or contrasting conjunction opening the clause of a reporting verb ("…
2,614 deaths, and the agency says 420 …"): it joins the clause to the one before and is
no word of its subject (Quirk et al. 1985, ch. 13 on coordination)."""


SOURCING = re.compile(r"\s+(?:people|persons|sources|officials|individuals)\s+(?:(?:directly\s+)?familiar\s+with"
                       r"|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|who\s+(?:asked|spoke|requested))\b")
"""After a figure that describes unnamed sources ("two people familiar with the matter",
"three officials briefed on the talks", "two sources close to the company"): AP style's
description of an anonymous source, which says who told the story, no count of anything
the story is about; such a description before a reporting verb
is who states the figures ("three people with knowledge of the plans told PlayWire": `described`)."""


def described(text: str, s: int, e: int) -> str:
    """Who states the figures of the sentence `text[s:e]` as the source words it, for a
    sentence whose claimant names no entity (`claimant` gave ""): the phrase after
    "according to" ("according to the harbour master's office") or the subject before the
    reporting verb ("the harbour master said", "Health officials said"), up to
    `_DESCRIBED_WORDS` words with no figure in them; a determiner opening the sentence is
    written in lower case ("The bureau said" -> "the bureau"). "" when the sentence names
    no one (no reporting verb, "said" with no subject)."""
    acc = _ACCORDING.search(text, s, e)
    if acc:
        phrase = re.split(r"[,.;:—()]", text[acc.end() : e])[0]
    else:
        verb = reporting_verb(text, s, e)
        if not verb:
            return ""
        main = _free_relative(text, s, verb)
        subject = _MAIN_VERB.match(main) if main is not None else None
        if main is not None and not subject:
            return ""
        phrase = (subject.group(1) if subject
                  else _TRAILING_ADVERBS.sub("", re.split(r"[;,:—–]|\s-\s", text[s : verb.start()])[-1]))
    phrase = _TIME_FIRST.sub("", phrase.strip() + " ").strip()  # "…, today announced": no one
    phrase = _COORDINATOR.sub("", phrase)  # "and the agency": the conjunction joins clauses, it is no one
    # "The protest, which organisers said drew 15,000": a relative pronoun opens the clause and
    # is no one; the subject after it says who (Quirk et al. 1985, ch. 17 on relative clauses)
    phrase = re.sub(r"^(?i:which|who|whom|that)\s+", "", phrase)
    # "Harrow & Pike, a London law firm that says it represents 31 families": the relative clause
    # modifies the noun, which is who states the figure (Quirk et al. 1985, ch. 17): cut at the noun of
    # such an appositive noun phrase ("bowing to pressure from regulators who said …" is no one's)
    phrase = re.sub(r"^((?i:a|an|the)\s.*?)\s+(?:which|who|whom|that)$", r"\1", phrase)
    if not re.search(r"[^\W\d_]", phrase):
        return ""  # a closing quotation mark before "said X" is no one
    words = phrase.split()
    unnamed = (lead := numberwords.FIGURE.match(phrase)) is not None and SOURCING.match(phrase, lead.end(1)) is not None
    if not unnamed and (not words or len(words) > _DESCRIBED_WORDS or _DIGIT.search(phrase) or numberwords.FIGURE.match(phrase)
                        or _PRONOUN.match(" " + phrase + " ")):
        return ""  # "Two contractors referred to in media reports": the counted noun phrase is no one
        # ("Dealers at two banks" is someone)
    if len(words) > 1 and _PRONOUN.fullmatch(f" {words[-1]} "):
        return ""  # "revising the sum she said …": the verb's subject is the pronoun, in a clause of its own
    if _EARLIER_TELLING.search(phrase):
        return ""  # "An earlier version of this story said 31": the source's own earlier copy, no one's claim

    if all(w.lower() in namedby.SMALL for w in words):
        return ""  # a determiner or an adjective alone is no one ("An estimated 48,000": never "an")
    if words[0] in ("The", "A", "An", "Its", "Their", "This", "That"):
        words[0] = words[0].lower()
    return " ".join(words)


_POSSESSOR = re.compile(
    r"(?:([\w’' -]+?)[’']s|\b([Ii]ts|[Tt]heir))\s+(?:[a-z]+\s+){0,2}?(?:(figure|count|tally|estimate)|number|total)"
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,3}?(?:to|at)|,[^,;:.]{1,40},\s+(?:is|was)|\s+(?:of|is|was|(?:stands|stood)\s+at))\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|approximately|(?:fewer|less|more)\s+than|at\s+(?:least|most))\s+)?"
    r"[$£€¥]?$"
)
"""A possessor of the figure that follows ("The company's figure is £38 million", "the
Commission's figure of 6.1 million customers", "The Agency's most recent count, published
yesterday, is 72", "raised its count of confirmed cases to 67"): whose figure it is, who
states it; "its"/"their" only with a noun that is someone's reckoning (a figure, a count,
a tally, an estimate; "its number of staff" is what a body has)."""


def possessor(text: str, s: int, fs: int, in_sentence: Sequence[Mention], entities: dict[str, Entity],
              bodies: Sequence[Mention], mentions: Sequence[Mention] = ()) -> str:
    """Who states the figure at `fs` when the sentence names it as someone's figure
    ("The company's figure is £38 million", "the Commission's figure of 6.1 million
    customers", even in another party's statement): a named person or body, the body a
    definite description stands for (`namedby.named_by`), or for "its count" the body that is the
    sentence's subject (`antecedents.subject_body`; `mentions`: the source's); "" when the
    figure is no one's. A figure someone owns as theirs is one they state (the genitive of
    a figure names its author, Huddleston & Pullum 2002, ch. 5)."""
    mt = _POSSESSOR.search(text, max(s, fs - 90), fs)
    if not mt:
        return ""
    if mt.group(2):
        return antecedents.subject_body(text, s, mt.start(), mentions, entities) if mt.group(3) else ""
    named = next((m for m in in_sentence if m.end == mt.end(1) and entities.get(m.entity)
                  and entities[m.entity].kind in STATERS), None)
    if named:
        return named.entity
    said = namedby.definite(re.split(r"[.,;:]", mt.group(1))[-1].lstrip() + " ", entities, bodies, whole=False)
    return said or ""

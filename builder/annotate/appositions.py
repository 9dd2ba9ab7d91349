"""Roles written beside a person's name without an article: the forms `evidence`'s
titles ("CNRP deputy president Kem Sokha") and descriptions (", a spokesman for …") leave.

- after the name, a role phrase with no article: "Jan Brandt, chief executive of Valdor
  Airlines' European unit", "Kenji Ota, president of Ota Foods in Osaka,", "Mara Lind,
  spokeswoman, said";
- after the name, a relative clause whose verb is a copula or "serves as": the noun
  phrase after it ("X, who serves as the union's treasurer": "union's treasurer"). A
  relative clause of leading or holding ("Dr. Ines Roth, who heads cardiology at St.
  Mary's Hospital", "X, who represents Y") is a finite verb phrase, no role:
  `relative_after` gives it, with its pronoun, as a description;
- before the name, a role set off by a comma ("said their lawyer, José Rey", "a spokesman
  for the retailer, Tomás Ibáñez");
- the body after the name ("José Rey of Rey & Partners", "Union leader Zoë Lind of the
  Dockers' Union") completes a role that names none: "lawyer (Rey & Partners)".

English apposition and relative clauses (Quirk et al. 1985, ch. 17, the complex noun phrase on apposition);
the role nouns are occupations and offices of any field (`ROLE_WORDS`), no topic words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation import Mention
from ..model import Entity
from .namewords import TITLE_MODIFIERS, TITLES, dictionary_word

ROLE_WORDS = frozenset(
    """minister premier president leader spokesman spokeswoman spokesperson official analyst
    king queen prince chairman chairwoman chair head secretary candidate member director
    governor mayor founder chief commander ambassador envoy lawmaker senator deputy banker
    judge general adviser advisor editor reporter executive officer manager owner partner
    lawyer attorney counsel barrister solicitor prosecutor defender doctor physician surgeon
    nurse economist engineer inspector auditor accountant administrator receiver trustee
    liquidator mediator negotiator organiser organizer steward representative delegate
    researcher scientist professor teacher lecturer coach captain treasurer clerk registrar
    superintendent commissioner chancellor provost dean principal architect consultant
    investigator detective sheriff marshal regulator vice-president ceo cfo coo cto
    director-general secretary-general attorney-general solicitor-general governor-general
    inspector-general surgeon-general""".split()
) | (TITLES - TITLE_MODIFIERS)
"""Nouns of an office or occupation (English; any field), with the hyphenated compounds
of a role noun and a postpositive "general" ("director-general", "secretary-general":
Quirk et al. 1985, ch. 17, compound nouns; AP Stylebook writes them hyphenated). The title
words that are titles only beside another ("marketing", "operating") are no role alone."""
_WORD = r"[\w’'&-]+(?:\.[\w’'&-]+)*"
"""A word (dotted inside, "U.S", never ending in a full stop: no role reads across a sentence end)."""
_MODIFIER = (
    r"(?:(?!(?:the|a|an|his|her|their|its|our|my|your|said|says|told|to|according|by|of|for|and|or|with|as|at|in|on|"
    r"was|is|who|which|that)\b)" + _WORD + r"\s+)"
)
"""A word before a role noun ("chief", "union", "deputy"): no determiner, preposition or verb of saying."""
_ROLE = _MODIFIER + r"{0,3}?(?:" + "|".join(sorted(re.escape(w) for w in ROLE_WORDS if len(w) > 2)) + r")"
_TAIL = r"(?:[^,;:.“”\"()—]|(?<=\b[A-Z][a-z])\.(?=\s[A-Z])|(?<=\b[A-Z])\.(?=\S)){2,90}?"
"""The rest of a role phrase, up to the clause's end (the full stop of "St." or "U.S." is no end)."""
_AFTER_ROLE = re.compile(
    r",\s+(?!(?:a|an|the|who|which|whose|said|says|told|and|but)\b)"
    r"(" + _ROLE + r"(?:\s+and\s+" + _ROLE + r")?(?:\s+(?:of|at|for|in|to|with)\s+" + _TAIL + r")?)(?<!\b[A-Z][a-z])"
    r"(?=\s*[,.;:)]|\s+(?:said|says|told|added|apologised|apologized)\b)",
    re.IGNORECASE,
)
_HOLDING = r"heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|manages|managed|oversees|oversaw|founded|co-founded|owns|owned|coaches|supervises|edits|represents|advises|advised"
_RELATIVE_ROLE = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as)\s+"
    r"((?:a\s+|an\s+|the\s+)?" + _ROLE + r"(?:\s+(?:of|at|for|in|to|with)\s+" + _TAIL + r")?)(?<!\b[A-Z][a-z])(?=\s*[,.;:)])",
)
"""A relative clause whose verb is a copula or "serves as": the role is the noun phrase
after it, its article dropped (`_without_article`): "X, who serves as the yard's
administrator": "the yard's administrator"; "X, who is a partner at Y": "partner at Y"."""
_RELATIVE_HOLDING = re.compile(r",\s+(who\s+(?:" + _HOLDING + r")\s+" + _TAIL + r")(?<!\b[A-Z][a-z])(?=\s*[,.;:)])")
"""A relative clause of leading or holding ("X, who represents Dietrich Brannock,"): a
finite verb phrase, so a description of the person, never a role (a role is a noun phrase
in apposition; Quirk et al. 1985, ch. 17, apposition against non-restrictive relative
clauses)."""
_OWNER = r"(?-i:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:[’']s|s[’'])\s+)"
"""A name's possessive opening a role phrase, all of the name ("Northgate Capital's former
co-chief executive", not "Capital's …"): the genitive determines the role noun (Quirk et
al. 1985, ch. 5), so the possessor is one phrase (`_POSSESSOR`)."""
_BEFORE_COMMA = re.compile(
    r"(?:^|\s)(?:(?:his|her|their|its|our|my|your|the|a|an)\s+)?(" + _OWNER + "?" + _ROLE
    + r"(?:\s+(?:for|of|at|to|in)\s+(?:the\s+)?" + _WORD + r"(?:\s+" + _WORD + r"){0,2}?){0,2}),\s*$",
    re.IGNORECASE,
)
BEFORE_WINDOW = 160
"""Characters before a name searched for a role set off by a comma (three modifiers, a
role noun and two short prepositional phrases fit)."""
_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?$")


def _is_role(phrase: str) -> bool:
    """Whether a phrase's words include a role noun (and it is no clause: no verb of saying)."""
    return any(w.lower().strip(".") in ROLE_WORDS for w in phrase.split())


def role_after(after: str) -> str:
    """The role stated right after a name (`after`: the text from the name's end), or ""."""
    if not after.startswith(","):
        return ""
    mt = _AFTER_ROLE.match(after) or _RELATIVE_ROLE.match(after)
    if not mt:
        return ""
    phrase = _without_article(" ".join(mt.group(1).split()))
    first = phrase.split()[0]
    if first[0].isupper() and first.lower() not in ROLE_WORDS and not _POSSESSOR.match(phrase) and not _titled(phrase):
        return ""  # ", Valdor Airlines chief …": a name first, another person's title
    return phrase


def _titled(phrase: str) -> bool:
    """Whether a role phrase opens with a title in capitals made of English words before its
    role noun ("Senior Crown Prosecutor for CPS Mercia": title modifiers and WordNet words,
    `namewords.dictionary_word`), no name ("Valdor Airlines chief")."""
    words = phrase.split()
    k = next((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS), 0)
    return k > 0 and all(
        w[:1].isupper() and (w.lower() in TITLE_MODIFIERS or dictionary_word(w)) for w in words[:k]
    ) and words[k][:1].isupper()


_POSSESSOR = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*[’']s?\s+[a-z]")
"""A role phrase opening with a name's possessive, then the role in lower case ("SATU's
regional organiser", "Dietrich Brannock's lawyer"): the possessor is whom the role is
held for, a determiner of the role noun, not another person's title before it (Quirk et
al. 1985, ch. 5, the genitive as determiner)."""


def relative_after(after: str) -> str:
    """The relative clause of leading or holding right after a name, with its pronoun
    ("who represents Dietrich Brannock", read as written after the name), or "": a
    description of the person, no role (`_RELATIVE_HOLDING`)."""
    mt = _RELATIVE_HOLDING.match(after)
    return " ".join(mt.group(1).split()) if mt else ""


def _without_article(phrase: str) -> str:
    """A role noun phrase as written after a name, in apposition: without its article ("a
    partner at Y": "partner at Y"; AP and Chicago style, "Lincoln, president of …"), but
    for the article of a possessor, which belongs to it ("the yard's administrator")."""
    article, _, rest = phrase.partition(" ")
    if article.lower() in ("a", "an", "the") and rest and not re.match(r"[\w-]+[’']s?\s", rest):
        return rest
    return phrase


_DESCRIBED_ROLE = re.compile(
    r"((?:a|an|the)\s+" + _ROLE + r"(?:\s+(?:of|at|for|in|to|with)\s+\S.*)?)", re.IGNORECASE | re.DOTALL
)


def role_of_description(description: str) -> str:
    """The role a description in apposition states when its head is a role noun, without
    its article (`_without_article`: "the lawyer for Dietrich Brannock": "lawyer for
    Dietrich Brannock"; "the company's founder" stays so), or "" ("the
    Velsburg construction firm", "who represents Y"). An appositive noun phrase headed by
    an office or occupation designates a role (Quirk et al. 1985, ch. 17, apposition); after a name
    AP and Chicago style write it without an article ("Lincoln, president of …")."""
    mt = _DESCRIBED_ROLE.fullmatch(description)
    if not mt:
        return ""
    first = mt.group(1).split()[1]
    if first[0].isupper() and first.lower() not in ROLE_WORDS and not re.search(r"[’']s$", first):
        return ""  # "the Velsburg judge …": a name first, as in `role_after`
    return _without_article(" ".join(mt.group(1).split()))


def role_before(before: str) -> str:
    """The role set off by a comma right before a name ("said their lawyer, "), or ""."""
    if not before.rstrip().endswith(","):
        return ""
    mt = _BEFORE_COMMA.search(before[-BEFORE_WINDOW:])
    if not mt:
        return ""
    phrase = " ".join(mt.group(1).split())
    words = phrase.split()
    if not _is_role(phrase) or (
        words[0][0].isupper() and words[0].lower() not in ROLE_WORDS and not _POSSESSOR.match(phrase)
    ):
        return ""  # a name first ("Present were the owners, Jane Rowe"), unless a possessive ("Japan's prime minister")
    return phrase


def body_after(text: str, m: Mention, later: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The organisation or party named right after a person ("José Rey of Rey & Partners",
    "Zoë Lind of the Dockers' Union"): its name, or "". `later`: mentions after `m`."""
    for other in later[:2]:
        if other.start > m.end and _OF_BODY.fullmatch(text, m.end, other.start):
            e = entities.get(other.entity)
            if e and e.kind in ("organisation", "party"):
                return e.name
    return ""

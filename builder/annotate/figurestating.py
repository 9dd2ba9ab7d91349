"""Who states one figure of a sentence, when its clause or its quotation says so more
narrowly than the sentence's reporting verb: the maker of a ruling ("awarded Avery
£85,000"), the subject of a clause of its own ("…; Kestrel Yards said 1,900"), the
speaker of the quotation it is in; and whether the sentence's one reporting verb gives
only one figure (a contact relative clause). Used by `claims`.
"""

from __future__ import annotations

import re

from ..annotation import Mention, Quote
from ..model import Entity
from . import claimants, coordination, namedby, registered

_RULING = re.compile(r"\b(?:awarded|ordered|granted|fined)\s+(?:(?:[A-Z][\w’'-]*|[a-z]+)\s+){0,3}"
                     r"(?:to\s+pay\s+)?(?:about\s+|some\s+|around\s+|up\s+to\s+|more\s+than\s+)?$")


def ruled_by(text: str, s: int, start: int, in_sentence: list[Mention]) -> str:
    """The entity that is the subject of a verb of ruling whose object is the amount at
    `start` ("Mr Justice Pellew awarded Avery £85,000", "the court ordered the firm to pay
    £2m", "the regulator fined the bank $5m"): who decides a sum states it, as a reporting
    verb's subject states a figure; the subject is the name last before the verb with no
    clause break between (Quirk et al. 1985, ch. 10 on subject and verb); "" otherwise."""
    mt = _RULING.search(text, max(s, start - 70), start)
    if not mt:
        return ""
    cut = max(text.rfind(",", s, mt.start()), text.rfind(";", s, mt.start()), s)
    before = [m for m in in_sentence if cut <= m.start and m.end <= mt.start()
              and not text[m.end : mt.start()].strip(" ")]
    return before[-1].entity if before else ""


def only_cited(text: str, s: int, e: int, figures: list[re.Match[str]]) -> bool:
    """Whether the sentence's one reporting verb is in a contact relative clause after one
    of its figures ("The analysis covers 305,000 vehicles, more than the 212,000 vehicles
    Veloria said it would recall": Veloria said the 212,000, `claimants.cited`, not the
    305,000): a relative clause is part of the noun phrase it modifies (Quirk et al. 1985,
    ch. 17), so its subject states that figure only, not the sentence's others."""
    verb = claimants.reporting_verb(text, s, e)
    if not verb:
        return False
    for mt in figures:
        cited = claimants.CITED.match(text, mt.end(), e)
        if cited and cited.start() <= verb.start() < cited.end():
            return True
    return False


def clause_claimant(
    text: str, s: int, e: int, fs: int, in_sentence: list[Mention], entities: dict[str, Entity],
    bodies: namedby.Bodies, claimant: str, stated_as: str,
) -> tuple[str, str]:
    """(claimant, stated_as) of the figure at `fs`: those of its own clause when a
    semicolon sets it apart from the sentence's first and the clause has a reporting verb
    of its own before the figure ("SATU said 2,300 of its members struck; Kestrel Yards
    said 1,900": Kestrel Yards states 1,900), or ", but" does ("The Agency put it at
    41,000, but data analysed by the Review suggest that 58,000 …": the Review's; ", while"
    and ", whereas" of contrast alike: "…, while DARA says compensation paid has risen to
    £6.1 million": DARA's), else
    the sentence's (`claimant`, `stated_as`). A semicolon or a coordinating "but" joins
    independent clauses, each with its own subject (Quirk et al. 1985, ch. 13 on
    coordination and juxtaposition of clauses)."""
    first = coordination.first_clause(text, s, e, fs)  # "…confirmed 2,614 deaths, and the agency says 420"
    if first:
        return first
    # the end of the last contrasting conjunction before the figure, -1 for none
    but = max((i + len(w) - 1 for w in (", but ", ", while ", ", whereas ") if (i := text.rfind(w, s, fs)) >= 0), default=-1)
    conjoined = text.rfind(", and ", s, fs)
    cut = max(text.rfind(";", s, fs), but,
              conjoined + len(", and") if conjoined >= 0 else -1)
    # searched to the sentence's end: "puts the number at 140" is known a reporting verb by its "at" phrase
    verb = claimants.REPORTING.search(text, cut, e) if cut >= 0 else None
    if verb is None or verb.start() >= fs:
        return claimant, stated_as
    own = [m for m in in_sentence if m.start > cut]
    found = claimants.claimant(text, cut + 1, e, own, entities, bodies.before(cut))
    if found is None or (not found and cut == conjoined + len(", and") and not claimants.described(text, cut + 1, e)):
        # "…; it said 1,900": the pronoun's body is the sentence's; "…, and said 12 left": so is the subject's
        return claimant, stated_as
    said_as = claimants.described(text, cut + 1, e) if found == "" else ""
    known = registered.entity_named(said_as, entities) if said_as else ""
    return (known, "") if known else (found, said_as)


def speaker(text: str, quotes: tuple[Quote, ...], fs: int, claimant: str | None, in_sentence: list[Mention]) -> str:
    """The speaker of the quotation the figure at `fs` is in, who states it, or "": "" too
    when the quoted words themselves report the figure as another's, whose name is the
    subject of a reporting verb inside the quotation ("“Kestrel Yards says 1,900 are
    out,” said X": Kestrel Yards' figure, which the speaker reports; the reported clause
    keeps its own subject, Quirk et al. 1985, ch. 14 on direct and indirect speech).
    `claimant`: the sentence's (`claimants.claimant`)."""
    quote = next((q for q in quotes if q.start <= fs < q.end and q.speaker), None)
    if quote is None:
        return ""
    if claimant and any(m.entity == claimant and quote.start <= m.start < fs
                        and claimants.REPORTING.match(text, m.end + 1, fs) and not text.startswith("added", m.end + 1)
                        for m in in_sentence):
        # the name right before its own reporting verb ("Kestrel Yards says"), not "X added that": inside a
        # quotation, "added" continues an account the speaker is telling ("X said he would stop …. X added
        # that …, he said"), the speaker's report of another's words, not the other's own figure
        return ""
    return quote.speaker

"""What a count's figures were made by, across the nouns a source counts with: claims
re-lined before `quantities.counts` groups them by unit and act.

- **an event noun is its verb's count**: "2,614 deaths" counts the people who died,
  "1,942" after "the death toll rose to" too (`counted.number_of`): a noun that WordNet
  3.0 derives from a verb (death / die, injury / injure: `senses.noun_synsets`) is lined
  up with the count of that act ("ten people died") when the dossier has one, and so is
  an event noun with the one other count its verb made ("1,400 births a year" with "900
  babies a year are born": `_subject_count`).
- **one act, any noun of people**: "eight passengers have died" and "ten people died"
  count one toll; a figure of an act the dossier counts as "people" (the general noun)
  is lined up under "people" when its own noun names no made thing or group
  (`wordclass`): the act, not the noun, says what is counted.
- **a proposal is no act done**: "had proposed a fine of £28 million" (`acts.MANDATIVE`)
  is never a rival of "fined it £14.2 million" (`proposed`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..annotate import acts as acts_
from ..annotate import senses, wordclass
from ..annotation import Claim

PEOPLE = "people"


def relined(claims: list[tuple[Claim, str]]) -> list[tuple[Claim, str]]:
    """`claims` with event-noun figures and other nouns of people lined up by their act
    (see the module's docstring)."""
    people_acts = Counter(acts_.base(c.act) for c, _ in claims if c.unit == PEOPLE and c.act)
    written = {acts_.base(c.act): c.act for c, _ in claims if c.unit == PEOPLE and c.act}
    out = []
    for c, sid in claims:
        noun = c.unit[:-1] if c.unit.endswith("s") and " " not in c.unit and "(" not in c.unit else ""
        if c.act and c.unit != PEOPLE and noun and acts_.base(c.act) in people_acts and _of_people(noun):
            c = replace(c, quantity=PEOPLE if c.quantity == c.unit else c.quantity, unit=PEOPLE)
        elif not c.act and noun and not c.owner and (verb := _act_of(noun, people_acts)):
            c = replace(c, quantity=PEOPLE if c.quantity == c.unit else c.quantity, unit=PEOPLE, act=written[verb])
        elif not c.act and not c.owner and (found := _subject_count(c.unit, claims)):
            c = replace(c, quantity=found[0] if c.quantity == c.unit else c.quantity, unit=found[0], act=found[1])
        out.append((c, sid))
    return out


def _subject_count(unit: str, claims: list[tuple[Claim, str]]) -> tuple[str, str] | None:
    """(unit, act as written) of the one other count, of the same rate, whose act the event
    noun `unit` names ("births per year" -> ("babies per year", "born") when a source says
    "900 babies a year are born": birth is the event of being born, a noun WordNet derives
    from "bear", as `_act_of` reads "deaths"), or None when none or several are."""
    noun, _, rate = unit.partition(" per ")
    if " " in noun or not noun.endswith("s") or "(" in unit or not (synsets := senses.noun_synsets(noun[:-1])):
        return None
    found = {(c.unit, c.act) for c, _ in claims if c.act and " " not in c.act and c.unit != unit and not c.owner
             and c.unit.partition(" per ")[2] == rate and synsets & senses.verb_synsets(acts_.base(c.act))}
    return found.pop() if len({u for u, _ in found}) == 1 and len(found) == 1 else None


def _of_people(noun: str) -> bool:
    """Whether `noun` (singular) may name people: no made thing, no group."""
    return not (wordclass.made_thing(noun) or wordclass.group_noun(noun))


def _act_of(noun: str, people_acts: Counter[str]) -> str:
    """The base of the act of people whose verb WordNet derives `noun` from ("death" ->
    "die"), the most frequent when several, else ""."""
    synsets = senses.noun_synsets(noun)
    if not synsets:
        return ""
    found = [a for a, _ in people_acts.most_common() if " " not in a and synsets & senses.verb_synsets(a)]
    return found[0] if found else ""


def proposed(act: str) -> bool:
    """Whether `act` is a proposal (`acts.MANDATIVE`): its figures are a count of their own."""
    return act.split(" ", 1)[0] in acts_.MANDATIVE

"""What a count's figures were made by, across the nouns a source counts with: claims
re-lined before `quantities.counts` groups them by unit and act.

- **an event noun is its verb's count**: "2,614 deaths" counts the people who died,
  "1,942" after "the death toll rose to" too (`counted.number_of`): a noun that WordNet
  3.0 derives from a verb (death / die, injury / injure: `senses.noun_synsets`) is lined
  up with the count of that act ("ten people died") when the dossier has one.
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
        out.append((c, sid))
    return out


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

"""Claims of review 20 (e.md #2, #7; f.md #3, #9, #10, #18, #2's plural): a possessive
names a figure's claimant ("the Commission's figure of 6.1 million", "its count"); "X
disputed that figure, saying fewer than N" and "X puts the number at N" are rival figures
of the count named before; "Y, which has N members, told [outlet]" is Y's; a claimant is
cut at a conjunction and a registered short form names its entity; money is a figure when
it is "worth N", "put their value at N", "a reward of N", pledged, "put the damage at N",
"estimated at between A and B", "owed customers N" (act owe); "penalty" pluralises to
"penalties". Each reviewer's case is rewritten as a small invented sentence, with
siblings from a court case, a recall and a merger, and the cases that must stay as they
were. Expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_claims19 import _entities, _lined_up

from builder.annotate import counted
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs

Row = tuple[str, str, str, str, str]


def _rows(names: str, text: str) -> list[Row]:
    """(figure, unit, act, owner, claimant or words for one) of each claim in `text`."""
    ents = _entities(names)
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.act, c.owner, c.claimant or c.stated_as)
            for c in annotate(src, Matcher(ents), {e.id: e for e in ents}).claims]


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # f#3: the regulator's figure inside the company's statement
        ("Rights Commission,Brookfield", "Brookfield said the Rights Commission's figure of 6.1 million customers "
         "counts every card ever issued.",
         [("6.1 million", "customers", "", "", "rights-commission")]),
        # e#2: "X's most recent count, published yesterday, is N"; "raised its count of X to N from M"
        ("Health Agency", "The Health Agency's most recent count, published yesterday, is 72 confirmed cases.",
         [("72", "confirmed cases", "", "", "health-agency")]),
        ("Health Agency", "The Health Agency admitted a backlog and raised its count of confirmed cases to 67 from 51.",
         [("67", "confirmed cases", "", "", "health-agency"), ("51", "confirmed cases", "", "", "health-agency")]),
        # a recall: the maker's tally in a regulator's sentence
        ("Veloria,Safety Board", "The Safety Board said Veloria's tally of 212,000 vehicles left out older models.",
         [("212,000", "vehicles", "", "", "veloria")]),
        # unchanged: "its 900 members" is what a body has, no one's reckoning
        ("Dock Union", "The Dock Union said 600 of its 900 members voted.",
         [("600", "members", "", "", "dock-union"), ("900", "members", "voted", "dock-union", "dock-union")]),
    ],
)
def test_a_possessive_names_the_claimant(names: str, text: str, expected: list[Row]) -> None:
    assert _rows(names, text) == expected


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # f#3: "disputed that figure, saying fewer than N …": the same count, the disputer's figure
        ("Rights Commission,Brookfield", "The Rights Commission said Brookfield had shared data on about 6.1 million "
         "customers. Brookfield disputed that figure, saying fewer than 4.5 million active members had been affected.",
         [("6.1 million", "customers", "", "", "rights-commission"),
          ("fewer than 4.5 million", "customers", "", "", "brookfield")]),
        # the same when the disputer is no registered name: its words
        ("Rights Commission", "The Rights Commission said 6.1 million customers were affected. Brookfield disputed "
         "that figure, saying fewer than 4.5 million members had been affected.",
         [("6.1 million", "customers", "affected", "", "rights-commission"),
          ("fewer than 4.5 million", "customers", "affected", "", "Brookfield")]),
        # f#3: "puts the number at N" after "the number of X" names X; "Y, which has N, told Z" is Y's
        ("Brookfield,Shop Weekly", "Brookfield, which has 11.4 million members, told Shop Weekly that it would appeal. "
         "A spokeswoman said the regulator had overstated the number of customers affected. "
         "Brookfield puts the number at 4.3 million.",
         [("11.4 million", "members", "", "brookfield", "brookfield"), ("4.3 million", "customers", "", "", "brookfield")]),
        # a court case: the defence rejects the prosecution's estimate
        ("Crown Office,Harlan Group", "The Crown Office said 300 investors were misled. Harlan Group rejected the "
         "estimate, saying fewer than 120 investors had lost money.",
         [("300", "investors", "misled", "", "crown-office"), ("fewer than 120", "investors", "misled", "", "harlan-group")]),
        # unchanged: a bound with no disputed figure before it stays out
        ("Harlan Group", "Harlan Group said fewer than 120 investors had lost money.", []),
    ],
)
def test_a_disputer_gives_a_rival_figure(names: str, text: str, expected: list[Row]) -> None:
    assert _rows(names, text) == expected


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # f#18: "…, and the agency says 420": cut at the conjunction, the first clause the source's own
        ("Disaster Agency", "The authorities have now confirmed 2,614 deaths, and the Disaster Agency says 420 people "
         "are still missing.",
         [("2,614", "deaths", "", "", ""), ("420", "people", "missing", "", "disaster-agency")]),
        # a merger: the same with "but"
        ("Orrin Bank", "The firm recalled 3,000 cars, but Orrin Bank said 12 drivers were hurt.",
         [("3,000", "cars", "recalled", "", ""), ("12", "drivers", "hurt", "", "orrin-bank")]),
        # unchanged: a reporting verb after both clauses, behind a comma, attributes both
        ("", "Three people died, and 40 people were hurt, police said.",
         [("Three", "people", "died", "", "police"), ("40", "people", "hurt", "", "police")]),
    ],
)
def test_a_claimant_is_cut_at_the_conjunction(names: str, text: str, expected: list[Row]) -> None:
    assert _rows(names, text) == expected


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # e#7: worth N against "put their value at N"; a reward of up to N, raised to M by its giver
        ("Pellworth Museum", 'The Pellworth Museum said the paintings were together worth "well in excess of £6 million". '
         "Police put their value at about £4.5 million.",
         [("£6 million", "value (£)", "", "", "pellworth-museum"), ("£4.5 million", "value (£)", "", "", "Police")]),
        ("Marlowe Insurance", "The insurer offered a reward of up to £100,000. Marlowe Insurance last week raised its "
         "reward to £250,000.",
         [("up to £100,000", "reward (£)", "", "", ""), ("£250,000", "reward (£)", "", "marlowe-insurance", "")]),
        # f#9: a range of liabilities; "owed customers N" is a debt whose act is owe
        ("Coinvault", "The filing said Coinvault owed customers $3.7 billion. Coinvault estimated its liabilities at "
         "between $2.1 billion and $3.4 billion.",
         [("$3.7 billion", "debts ($)", "owed", "coinvault", "the filing"),
          ("between $2.1 billion and $3.4 billion", "liabilities ($)", "", "coinvault", "coinvault")]),
        # f#9: a stock held is another count than the assets located since
        ("Coinvault", "Coinvault said it held $4.6 billion in customer assets. Investigators had so far located "
         "$1.3 billion of assets.",
         [("$4.6 billion", "customer assets ($)", "held", "", "coinvault"), ("$1.3 billion", "assets ($)", "located", "", "")]),
        # f#10: pledges in any currency, owned by the pledger; "put the damage at N" against "caused damage of N"
        ("European Union,Japan,World Bank", "The European Union pledged €20 million in emergency aid. Japan pledged "
         "¥1.2 billion. The minister said the quake caused damage of $7.2 billion. The World Bank put the damage at "
         "$5.9 billion.",
         [("€20 million", "emergency aid (€)", "pledged", "european-union", ""),
          ("¥1.2 billion", "pledges (¥)", "pledged", "japan", ""),
          ("$7.2 billion", "damage ($)", "", "", "the minister"), ("$5.9 billion", "damage ($)", "", "", "world-bank")]),
        # unchanged: an amount that says not what it is, and announced money of a named kind
        ("Acme", "Acme paid £8 million. Acme announced £5 million in profits.",
         [("£5 million", "profits (£)", "announced", "acme", "acme")]),
    ],
)
def test_money_is_a_figure(names: str, text: str, expected: list[Row]) -> None:
    assert _rows(names, text) == expected


def test_a_registered_short_form_names_its_entity() -> None:
    # f#18: the alias counts only after the full name, which this source never writes
    from builder.model import Alias, Entity
    ent = Entity(id="brookfield", kind="organisation", name="Brookfield Retail Group",
                 aliases=(Alias("Brookfield Retail Group"), Alias("Brookfield", after_full_name=True)), summary="s")
    text = "Brookfield said on Thursday that it had set aside 22 million pounds for the fine."
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 3, 4), paragraphs=split_paragraphs(text))
    claims = annotate(src, Matcher([ent]), {ent.id: ent}).claims
    assert [(c.value, c.claimant, c.stated_as) for c in claims] == [("22 million", "brookfield", "")]


@pytest.mark.parametrize(("unit", "key"), [("penalty (£)", "penalties (£)"), ("tax (€)", "taxes (€)"),
                                           ("fine (£)", "fines (£)"), ("day (£)", "days (£)")])
def test_a_money_heading_is_a_proper_plural(unit: str, key: str) -> None:
    assert counted.unit_key(unit) == key


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # f#2: "£14m" is "£14.2 million" rounded, and "£14,200,000" the same figure in full: one figure
        ((("2026-11-03", "The Commission fined Brookfield £14.2 million."),
          ("2026-11-03", "Brookfield must pay a fine of £14,200,000."),
          ("2026-11-17", "Brookfield is appealing against a fine of £14m.")),
         [("fines (£)", False, ["£14.2 million"], [])]),
        # a merger: "$3bn" is "$3.4 billion" rounded
        ((("2026-02-01", "Orrin Bank agreed to pay debts of $3.4 billion."),
          ("2026-02-02", "Orrin Bank's debts of $3bn will be paid first.")),
         [("debts ($)", False, ["$3.4 billion"], [])]),
        # unchanged: two different figures stay a dispute
        ((("2026-11-03", "The Commission fined Brookfield £14.2 million."),
          ("2026-11-04", "Brookfield is appealing against a fine of £28m.")),
         [("fines (£)", True, ["£14.2 million", "£28m"], [])]),
    ],
)
def test_a_rounded_figure_is_the_same_figure(stories: tuple[tuple[str, str], ...], expected: list[object]) -> None:
    assert _lined_up("Brookfield,Orrin Bank", *stories) == expected

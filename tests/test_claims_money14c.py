"""Amounts of money as claims (fresh-user review 14c, an invented fraud trial): a
witness's revised figure ("It was €250,000, not €400,000"; "revising the sum … from
€400,000 to €250,000"; "corrected that figure to €250,000") replaces the earlier one,
under the count the earlier one was stated for; "£1.2m" is a figure, the same amount as
"1.2 million pounds"; "of public money into …" names "public money", not "public money
into"; "€250,000 of it" is money of no named kind (never "it"); an amount that is the
subject of a passive ("£300,000 had so far been recovered") is a claim of what was
recovered. Cases from a court case, a strike and a bankruptcy; values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_claims_corrected import counted

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.present.figures import amount
from builder.read.text import split_paragraphs


def _person(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind="person", name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


ENTITIES = [
    _person("chandran", "Priya Chandran", "Ms Chandran", "Chandran"),
    _person("avery", "Colin Avery"),
    _person("okafor", "Ruth Okafor", "Ms Okafor"),
    _person("lind", "Tomas Lind", "Mr Lind"),
]
BY_ID = {e.id: e for e in ENTITIES}


def claims(text: str) -> list[tuple[str, str, str, str]]:
    """(quantity, value, claimant, revision) of each claim of one source."""
    src = Source("s0", "s0.txt", text, "s0", published=dt.date(2024, 5, 17), paragraphs=split_paragraphs(text))
    return [(c.quantity, c.value, c.claimant, c.revision) for c in annotate(src, Matcher(ENTITIES), BY_ID).claims]


def lined_up(*stories: tuple[str, str]) -> list[tuple[str, list[tuple[str, bool]], list[tuple[str, list[str]]]]]:
    """(unit, revisions as (figure, replaced), figures as (figure, claimants)) of each count."""
    return [(c.unit, [(v, gone) for v, _, gone in c.revisions], [(v, who) for v, who in c.stated_by])
            for c in counted(stories, ENTITIES)]


COURT_1 = ("2024-05-10", "Priya Chandran told the court that €400,000 had been transferred to a bank in Malta.")
STRIKE_1 = ("2025-03-04", "Ruth Okafor said that $40,000 had been paid out in strike pay by Friday.")
BANKRUPT_1 = ("2025-06-02", "Tomas Lind told creditors that £1.9m had been set aside for wages.")


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's case: the witness recalled, "It was X, not Y" in her own quotation
        ((COURT_1,
          ("2024-05-17", "Recalled to the witness box, Ms Chandran said she had misread a bank statement. \"The figure "
                         "I gave was wrong. It was €250,000, not €400,000,\" she said.")),
         [("transferred (€)", [("€400,000", True), ("€250,000", False)],
           [("€250,000", ["chandran"]), ("€400,000", ["chandran"])])]),
        # a strike: the organiser corrects the strike pay paid out
        ((STRIKE_1,
          ("2025-03-09", "Ms Okafor said on Sunday: \"It was $30,000, not $40,000.\"")),
         [("paid out ($)", [("$40,000", True), ("$30,000", False)],
           [("$30,000", ["okafor"]), ("$40,000", ["okafor"])])]),
        # a bankruptcy: the administrator's sum set aside, with a multiplier letter
        ((BANKRUPT_1,
          ("2025-06-09", "Mr Lind told the hearing: \"It was £1.6m, not £1.9m.\"")),
         [("set aside (£)", [("£1.9m", True), ("£1.6m", False)], [("£1.6m", ["lind"]), ("£1.9m", ["lind"])])]),
    ],
)
def test_x_not_y_with_a_currency_sign_replaces_the_earlier_amount(stories: tuple[tuple[str, str], ...],
                                                                   expected: list[object]) -> None:
    assert lined_up(*stories) == expected


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the review's case: a later statement revising "the sum" from X to Y, and the
        # sentencing remarks' "corrected that figure to Y", join the count X was stated for
        ((COURT_1,
          ("2024-05-17", "Ms Chandran said: \"It was €250,000, not €400,000.\""),
          ("2024-06-14", "The key witness changed her evidence during the trial, revising the sum she said had been "
                         "sent to Malta from €400,000 to €250,000."),
          ("2024-07-19", "Chandran first told the jury that €400,000 had been moved to Malta; she later corrected "
                         "that ﬁgure to €250,000.")),
         [("transferred (€)", [("€400,000", True), ("€250,000", False)],
           [("€250,000", ["chandran", ""]), ("€400,000", ["chandran"])])]),
        # a strike: the union lowers its figure from X to Y in a later report
        ((STRIKE_1,
          ("2025-03-12", "The union later lowered the amount it said had been paid out from $40,000 to $30,000.")),
         [("paid out ($)", [("$40,000", True), ("$30,000", False)], [("$30,000", [""]), ("$40,000", ["okafor"])])]),
        # a bankruptcy
        ((BANKRUPT_1,
          ("2025-06-20", "The administrator revised the sum from £1.9m to £1.6m.")),
         [("set aside (£)", [("£1.9m", True), ("£1.6m", False)], [("£1.6m", [""]), ("£1.9m", ["lind"])])]),
    ],
)
def test_revised_from_x_to_y_joins_the_count_x_was_stated_for(stories: tuple[tuple[str, str], ...],
                                                               expected: list[object]) -> None:
    assert lined_up(*stories) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases: a multiplier letter after a sign, and "of NOUN into …"
        ("Farrow was accused of diverting £1.2m of public money into a consultancy he controlled.",
         [("public money (£)", "£1.2m", "", "")]),
        ("Farrow was accused of diverting 1.2 million pounds of public money into a consultancy he controlled.",
         [("public money (pounds)", "1.2 million", "", "")]),
        # a strike: "$3bn in lost output through the port"
        ("The walkout cost the port $3bn in lost output through the summer.", [("lost output ($)", "$3bn", "", "")]),
        # a bankruptcy: "€40k of unpaid rent towards …"; a multiplier letter with no sign is no figure
        ("The firm owed €40k of unpaid rent towards the lease. The 100m sprint went ahead.",
         [("unpaid rent (€)", "€40k", "", "")]),
    ],
)
def test_an_amount_with_a_multiplier_letter_and_what_it_is_of(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


def test_one_amount_written_two_ways_is_one_quantity() -> None:
    assert amount("£1.2m") == amount("1.2 million") == 1_200_000
    assert amount("$3bn") == 3 * 10**9 and amount("€40k") == 40_000
    stories = (("2024-05-06", "Farrow is accused of diverting 1.2 million pounds of public money into a consultancy."),
               ("2024-05-07", "Farrow is accused of diverting £1.2m of public money into a consultancy."))
    assert lined_up(*stories) == [("public money (£)", [], [("1.2 million", [""])])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: "of it" is a part of the money named before, no kind of money
        ("Farrow diverted 1.2 million pounds to Kestrel and then moved €250,000 of it to an account in Malta.",
         [("pounds", "1.2 million", "", ""), ("€", "€250,000", "", "")]),
        # a strike: "of them", "of which"
        ("The union raised $90,000 and spent $60,000 of it on strike pay.", [("$", "$60,000", "", "")]),
        # a bankruptcy
        ("The firm set aside £4m, of which £1m of it went to the workers.", [("£", "£1m", "", "")]),
    ],
)
def test_a_pronoun_is_never_what_an_amount_is(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the subject of a passive, in a relative clause after "of which"
        ("Detective Sergeant Colin Avery said officers had traced £1.2m in total, of which about £300,000 had so far "
         "been recovered.", [("recovered (£)", "£300,000", "avery", "")]),
        # a strike: strike pay paid out; a verb of saying is no act on the money
        ("Ruth Okafor said $40,000 had been paid out. About $5,000 is thought to be missing.",
         [("paid out ($)", "$40,000", "okafor", "")]),
        # a bankruptcy, with the currency's name after the figure
        ("The administrator said 3 million euros had been recovered from the directors.",
         [("recovered (euros)", "3 million", "", "")]),
    ],
)
def test_an_amount_as_the_subject_of_a_passive_is_what_was_done_to_it(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dev-set wire story: a change of the thing itself, no revision of a figure
        "The legislation allowed for a temporary increase from $100,000 to $250,000.",
        # a strike: pay raised, not a figure corrected
        "The company raised strike pay from $200 to $300 a week.",
        # a bankruptcy: a fee cut
        "The administrator cut the fee from £40k to £30k.",
    ],
)
def test_a_change_from_x_to_y_is_no_revision(text: str) -> None:
    assert [c for c in claims(text) if c[3]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doping case (fresh-user review s15b #13): "a fine of N Swiss francs" after "of" is the fine,
        # "N francs towards costs" the costs: two quantities
        ("He must also pay a fine of 15,000 Swiss francs and 5,000 francs towards costs.",
         [("fine (francs)", "15,000", "", ""), ("costs (francs)", "5,000", "", "")]),
        # the decision: an ISO 4217 code before the figure reads as the same currency
        ("The Athlete shall pay a fine of CHF 15,000 and a contribution of CHF 5,000 towards the costs of the unit.",
         [("fine (francs)", "CHF 15,000", "", ""), ("costs (francs)", "CHF 5,000", "", "")]),
        # a court case and a bankruptcy: a code with a sign of its own is that sign's currency
        ("The union was ordered to pay damages of USD 2 million and a fine of GBP 40,000.",
         [("damages ($)", "USD 2 million", "", ""), ("fine (£)", "GBP 40,000", "", "")]),
        # a code that is an English word in capitals is no currency; a loss is a change, no amount stated
        ("ALL 500 workers walked out.", []),
        ("The yard made a loss of 22 million euros last year.", []),
    ],
)
def test_a_fine_and_costs_in_a_currency_word_or_code(text: str, expected: list[tuple[str, ...]]) -> None:
    assert claims(text) == expected


def test_a_fine_and_costs_stated_two_ways_line_up_apart() -> None:
    units = [c[0] for c in lined_up(
        ("2025-10-03", "The Athlete shall pay a fine of CHF 15,000 and a contribution of CHF 5,000 towards the costs."),
        ("2025-10-04", "He must also pay a fine of 15,000 Swiss francs and 5,000 francs towards costs."))]
    assert sorted(units) == ["costs (francs)", "fines (francs)"]  # "fine" lined up as "fines" (`counted.unit_key`)

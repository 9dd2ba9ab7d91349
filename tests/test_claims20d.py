"""Review s20 g.md/h.md, claims20d: counts whose noun has a zero plural or a state
adjective ("4,000 dead fish"), a lower bound given as what was found ("had found more than
10,000"), found/recovered as one act; who states a finding ("X concluded that Y had
claimed £N"); money written "N million pounds" as "£N million". Invented sentences of
several topics."""

from __future__ import annotations

import datetime as dt

import pytest
from test_counts_over_time import FSIB, lined_up

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs


def _claims(text: str) -> list[tuple[str, str, str]]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 4, 16), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.act) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (h #3): an adjective with a noun sense, a zero plural
        ("Officers had so far counted about 4,000 dead fish.", [("4,000", "fish", "")]),
        ("Inspectors counted 120 dead sheep on the hillside.", [("120", "sheep", "")]),
        ("The airline grounded 12 aircraft on Monday.", [("12", "aircraft", "grounded")]),
        ("Vets found 40 dead birds at the lake.", [("40", "birds", "found")]),
        # unchanged: a regular plural, a participle
        ("Officers found 4,000 injured birds.", [("4,000", "injured birds", "found")]),
    ],
)
def test_a_zero_plural_or_a_state_adjective_is_counted(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


def test_a_bound_given_as_what_was_found_is_the_count() -> None:
    text = ("The agency said that its officers had counted about 4,000 dead fish. But the anglers said "
            "their members had found more than 10,000 and that the true figure was far higher.")
    assert _claims(text) == [("4,000", "fish", ""), ("more than 10,000", "fish", "found")]
    # a sibling: a court's count of claimants
    text = "The court had listed 300 claimants. Lawyers said they had counted more than 450."
    assert _claims(text)[-1][:2] == ("more than 450", "claimants")


@pytest.mark.parametrize(
    "text",
    [
        "More than 500 attended the rally.",  # no verb of finding before the bound
        "Police found more than 300 bullets.",  # a bound with its own noun stays a bound, as before
    ],
)
def test_other_bounds_are_unchanged(text: str) -> None:
    assert _claims(text) == []


def test_found_and_recovered_are_one_count() -> None:
    got = lined_up(
        ("2026-04-16", "The agency said its officers had found 4,000 dead fish."),
        ("2026-05-12", "The agency said it had now recovered 21,400 dead fish."),
    )
    assert [(unit, figures) for unit, _, figures, _ in got] == [("fish", ["4,000", "21,400"])]


def test_the_number_of_a_zero_plural_is_its_unit() -> None:
    assert _claims("The number of dead fish recovered had risen to 18,000.") == [("18,000", "fish", "recovered")]


# ---- money: the noun decides the quantity, a currency word and its sign are one unit (g #3, h #16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviews' cases, rewritten
        ("The department said total compensation had reached 7.3 million pounds.", ("7.3 million", "compensation (pounds)")),
        ("The department said total compensation had reached £7.3 million.", ("£7.3 million", "compensation (£)")),
        ("The union said losses were now above £20 million.", ("£20 million", "losses (£)")),
        ("The cost has risen to £265 million.", ("£265 million", "cost (£)")),
        ("The final cost of the project is forecast at £271 million.", ("£271 million", "cost (£)")),
        ("The council will borrow a further £85 million.", ("£85 million", "borrowing (£)")),
        ("It said it had paid £4.5m in compensation so far.", ("£4.5m", "compensation (£)")),
        ("The bureau says compensation paid has risen to £6.1 million.", ("£6.1 million", "compensation (£)")),
        # siblings: a recall's cost, a merger's debts, a court's award
        ("The recall's total cost was estimated at £40 million.", ("£40 million", "cost (£)")),
        ("The group's debts had reached €3 billion.", ("€3 billion", "debts (€)")),
        ("The claimants put the cost to tenants at £2 million.", ("£2 million", "cost (£)")),
        # unchanged
        ("The firm owes £8 million in unpaid wages.", ("£8 million", "unpaid wages (£)")),
        ("Total debts stand at £3 billion.", ("£3 billion", "debts (£)")),
    ],
)
def test_the_noun_names_the_money(text: str, expected: tuple[str, str]) -> None:
    assert [(v, u) for v, u, _ in _claims(text)] == [expected]


def test_a_complex_preposition_is_no_noun_of_the_money() -> None:
    # "in breach of" (Quirk 9.10): the sum is what was claimed, not a "breach"
    assert [(v, u) for v, u, _ in _claims("A report found he had claimed £27,850 in breach of the rules.")] == [
        ("£27,850", "claim (£)")]


def test_a_rise_in_money_is_a_change() -> None:
    got = lined_up(
        ("2026-11-19", "The Food Safety Bureau said it had paid £4.5m in compensation so far."),
        ("2026-12-11", "The Food Safety Bureau said total compensation had reached £7.3 million."),
    )
    # the heading's plural of a mass noun is as `counted.unit_key` spells every singular noun
    assert got == [("compensations (£)", False, ["£4.5m", "£7.3 million"],
                    [("£4.5m", "2026-11-19"), ("£7.3 million", "2026-12-11")])]


def test_a_currency_word_and_its_sign_line_up() -> None:
    got = lined_up(
        ("2026-09-08", "The council said the cost has risen to 265 million pounds."),
        ("2026-10-15", "The council said the cost has now risen to £271 million."),
    )
    assert [(unit, figures) for unit, _, figures, _ in got] == [("cost (£)", ["265 million", "£271 million"])]


# ---- who states a finding (h #4)


def _who(text: str) -> list[tuple[str, str, str]]:
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 2, 24), paragraphs=split_paragraphs(text))
    return [(c.value, c.claimant, c.stated_as) for c in annotate(src, Matcher([FSIB]), {FSIB.id: FSIB}).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the finder states the sum, not the one who claimed it
        ("The Food Safety Bureau concluded that Mr Talbot had wrongly claimed £20,250 in rent.",
         [("£20,250", "fsib", "")]),
        # siblings: an inquiry's finding of overcharging, a court's
        ("The inquiry found that the landlord had overcharged 4,000 tenants.", [("4,000", "", "the inquiry")]),
        ("The judge concluded that the firm had wrongly claimed £3 million in fees.", [("£3 million", "", "the judge")]),
        # unchanged: a contrasting clause with its own reporting verb states its own figure
        ("The union puts the cost at £19 million, while the Food Safety Bureau says compensation paid has risen "
         "to £6.1 million.", [("£19 million", "", "the union"), ("£6.1 million", "fsib", "")]),
        # "claimed" of a count stays a verb of saying
        ("The union claimed 300 members.", [("300", "", "the union")]),
    ],
)
def test_who_states_a_finding(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _who(text) == expected


def test_a_sum_written_as_a_change_but_no_running_total_stays_disputable() -> None:
    # review19 d's deficit: the city's "swelled to" against the comptroller's figure of the same day
    got = lined_up(
        ("2026-11-24", "The city said its deficit had swelled to $212 million. The comptroller said the deficit "
                       "was $260 million."),
    )
    assert [(unit, disputed, figures) for unit, disputed, figures, _ in got] == [
        ("deficits ($)", True, ["$212 million", "$260 million"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (g #2): a habitual count per period, never a one-off act's count
        ("About 48,000 students sit the test each year.", [("48,000", "students per year", "")]),
        # siblings: a safety record, a court's caseload
        ("About 40 workers are killed every year, the union said.", [("40", "workers per year", "killed")]),
        ("The court hears about 900 cases per month.", [("900", "cases per month", "heard")]),
        # unchanged: a one-off act with a date, a period that is no frequency
        ("The university expelled 34 students on Friday.", [("34", "students", "expelled")]),
        ("The firm hired 300 staff last year.", [("300", "staff", "hired")]),
    ],
)
def test_a_frequency_adjunct_makes_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


# ---- parts and earlier values of a count named before (g #1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases, rewritten
        ("Power has been restored to all but 23,000 of the approximately 640,000 customers who lost supply. "
         "Our earlier figure of "
         "410,000 was based on partial reports.",
         [("640,000", "customers", "lost"), ("410,000", "customers", "")]),
        ("The inquiry found that 1,184,000 customers lost supply, of whom 461,000 were disconnected deliberately.",
         [("1,184,000", "customers", "lost"), ("461,000", "customers", "disconnected")]),
        # siblings: a recall, a court case
        ("The maker recalled 90,000 cars. Its initial estimate of 60,000 left out exports.",
         [("90,000", "cars", "recalled"), ("60,000", "cars", "")]),
        ("The court heard that 300 tenants were overcharged, of whom 120 have been repaid.",
         [("300", "tenants", "overcharged"), ("120", "tenants", "")]),
    ],
)
def test_a_part_or_an_earlier_figure_counts_the_noun_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


def test_a_part_is_no_correction_of_the_whole() -> None:
    got = lined_up(
        ("2027-07-13", "A power cut left about 410,000 customers without electricity."),
        ("2027-08-09", "The inquiry found that 1,184,000 customers lost supply, of whom 461,000 were disconnected "
                       "deliberately."),
    )
    assert [(unit, figures) for unit, _, figures, _ in got if "461,000" in figures] == [
        ("customers disconnected", ["461,000"])]

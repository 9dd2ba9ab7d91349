"""Claims of review s21 (i.md #2, #4; j.md #5, #6): figures that were missing. A toll is
one count whatever noun carries it ("nine bodies recovered", "the number of people
confirmed dead rose to 23", "which killed at least 26 people", "bringing the death toll
to 31"; "among the 14 still missing" counts the missing). Each reviewer's case is
rewritten as a small invented sentence, with siblings from other stories, and the cases
that must stay as they were. Expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_claims19 import _entities, _lined_up

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs

Row = tuple[str, str, str, str]


def _rows(names: str, text: str) -> list[Row]:
    """(figure, unit, act, owner) of each claim in `text`."""
    ents = _entities(names)
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2026, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.unit, c.act, c.owner) for c in annotate(src, Matcher(ents), {e.id: e for e in ents}).claims]


# ---- i.md #2: a toll is one count, whatever noun carries it


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the review's ferry: bodies found are the dead
        ("Harbour Guard", "The Harbour Guard said 200 people had been rescued and nine bodies recovered.",
         [("200", "people", "rescued", ""), ("nine", "people", "dead", "")]),
        # "the number of X confirmed dead": the state, not the verb of knowing
        ("", "The number of people confirmed dead in the collapse rose to 23 on Wednesday.",
         [("23", "people", "dead", "")]),
        # a bounded toll is the count as confirmed so far, never dropped
        ("", "The inquiry covers the sinking of the ferry, which killed at least 26 people.",
         [("at least 26", "people", "killed", "")]),
        # a bounded subject stays no count: as often a part's toll as the whole's
        ("", "At least four people were killed in the aftershock.", []),
        # a recall's outbreak: "taking the death toll to N"
        ("", "Two more patients died, taking the death toll from the outbreak to 19.", [("19", "deaths", "", "")]),
        # an adjective heading the figure counts people in that state
        ("", "Their spokesman, whose brother is among the 14 still missing, spoke.", [("14", "people", "missing", "")]),
        ("", "Families of the 30 still missing waited at the port.", [("30", "people", "missing", "")]),
        ("", "The 40 injured were taken to hospital.", [("40", "people", "injured", "")]),
    ],
)
def test_a_toll_is_counted_whatever_its_noun(names: str, text: str, expected: list[Row]) -> None:
    assert _rows(names, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step is no toll: "14 more bodies", "five more people"
        ("The toll rose to 23 as divers recovered 14 more bodies.", []),
        # bodies that are no dead: another act than finding
        ("The regulator said three bodies had opened inquiries.", [("three", "bodies", "opened", "")]),
        # a bound of any other act stays no count
        ("The maker recalled at least 20,000 cars.", []),
        # an adjective before a noun: the noun's count
        ("The 30 missing passengers were named.", [("30", "missing passengers", "", "")]),
        # a verb of knowing is no state: "the 30 listed"
        ("Of the 30 listed, 12 were found.", [("30", "people", "", ""), ("12", "people", "found", "")]),
        # the group a body has keeps its owner
        ("Harlan Group, which employs 4,000 people, said 12 workers were killed.",
         [("4,000", "people", "", "harlan-group"), ("12", "workers", "killed", "")]),
    ],
)
def test_what_stays_as_it_was(text: str, expected: list[Row]) -> None:
    assert _rows("Harlan Group", text) == expected


def test_the_dead_are_one_count_over_time_and_the_missing_another() -> None:
    lined = _lined_up(
        "Harbour Guard",
        ("2026-09-14", "The Harbour Guard said nine bodies were recovered and at least 40 people are still missing."),
        ("2026-09-16", "The number of people confirmed dead rose to 23 on Wednesday.\n\n"
                       "The Harbour Guard now says 17 people are still missing, down from 40 on Monday."),
        ("2026-09-22", "The minister ordered an inquiry into the capsizing, which killed at least 26 people. "
                       "A spokesman, whose brother is among the 14 still missing, spoke."),
        ("2026-10-19", "Divers recovered five more bodies, bringing the death toll to 31.\n\n"
                       "Nine people remain missing, the Harbour Guard said."),
    )
    by_unit = {(unit, tuple(figures)): (disputed, changes) for unit, disputed, figures, changes in lined}
    dead = next(v for (unit, figs), v in by_unit.items() if "31" in figs)
    missing = next(v for (unit, figs), v in by_unit.items() if "14" in figs)
    assert dead == (False, [("nine", "2026-09-14"), ("23", "2026-09-16"), ("at least 26", "2026-09-22"),
                            ("31", "2026-10-19")])
    assert missing[0] is False
    assert [v for v, _ in missing[1]] == ["40", "17", "14", "Nine"]


# ---- i.md #4, j.md #5: money that is a cost, a payout, a value or an award


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # j#5: a cost told by its verb, a range, a forecast
        ("Engineers now believe repairs could cost £6 million to £8 million.",
         [("£6 million to £8 million", "repair costs (£)", "", "")]),
        ("The cabinet approved a repair programme expected to cost £7.4 million.",
         [("£7.4 million", "repair costs (£)", "", "")]),
        # j#5: money given towards a thing is an award, not its cost; the thing's cost after "which"
        ("The ministry awarded the council £5 million towards the repairs, which are now forecast to cost £8.1 million.",
         [("£5 million", "awards towards repairs (£)", "", ""), ("£8.1 million", "repair costs (£)", "", "")]),
        # siblings: a merger, a stadium, a court case
        ("The merger would cost about $2 billion.", [("$2 billion", "merger costs ($)", "", "")]),
        ("The new stadium will cost £90 million.", [("£90 million", "stadium costs (£)", "", "")]),
        ("The club contributed £40,000 towards the costs.", [("£40,000", "contributions towards costs (£)", "contributed", "")]),
        # i#4: a payout, estimated or agreed; a made thing's value
        ("Insurers are preparing to pay out about $340 million.", [("$340 million", "payouts ($)", "", "")]),
        ("Insurers had agreed to pay its claim in full, at $338 million.", [("$338 million", "payouts ($)", "", "")]),
        ("A $300 million communications satellite was lost.", [("$300 million", "satellite value ($)", "", "")]),
        # unchanged: a pronoun's cost, a loan, money paid with no more said, claims paid, a change
        ("It would cost £5 million.", []),
        ("The bank gave a £2 million loan.", []),
        ("The firm paid £8 million.", []),
        ("The market paid out more than $600 million in claims.", []),
        ("The fund lost between $12m and $15m in fees.", [("between $12m and $15m", "fees ($)", "", "")]),
        ("Costs rose from £6 million to £8 million.", []),
    ],
)
def test_money_named_by_its_verb(text: str, expected: list[Row]) -> None:
    assert _rows("", text) == expected


def test_a_forecast_cost_and_an_agreed_payout_are_read_over_time() -> None:
    lined = _lined_up(
        "",
        ("2026-03-13", "Engineers now believe repairs could cost £6 million to £8 million."),
        ("2026-03-26", "The cabinet approved a repair programme expected to cost £7.4 million."),
        ("2026-05-20", "The ministry awarded the council £5 million towards the repairs, which are now forecast "
                       "to cost £8.1 million."),
        ("2026-03-06", "Insurers are preparing to pay out about $340 million."),
        ("2026-04-08", "The owner said insurers had agreed to pay its claim in full, at $338 million."),
    )
    rows = {figures[-1]: (disputed, changes) for _, disputed, figures, changes in lined}
    assert rows["£8.1 million"] == (False, [("£6 million to £8 million", "2026-03-13"), ("£7.4 million", "2026-03-26"),
                                            ("£8.1 million", "2026-05-20")])
    assert rows["$340 million"] == (False, [("$340 million", "2026-03-06"), ("$338 million", "2026-04-08")])
    assert rows["£5 million"] == (False, [])


# ---- j.md #6: a rate a voice puts at a percentage, and the one it is set against


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her expert had put the match rate at 71 per cent.", [("71 per cent", "match rate (%)", "", "")]),
        ("The appeal cites evidence putting his engine-match rate at 71 percent, not the 94 percent cited in its "
         "decision.", [("71 percent", "match rate (%)", "", ""), ("94 percent", "match rate (%)", "", "")]),
        # siblings: a union ballot, a recall's repair rate
        ("The union put the turnout rate at 62%.", [("62%", "turnout rate (%)", "", "")]),
        ("The regulator put the repair rate at 40 per cent.", [("40 per cent", "repair rate (%)", "", "")]),
        # unchanged: a change, a share of a count
        ("Shares fell 18 percent on Tuesday.", []),
        ("The survey found 87 per cent of members backed the deal.", []),
    ],
)
def test_a_rate_put_at_a_percentage_is_a_claim(text: str, expected: list[Row]) -> None:
    assert _rows("", text) == expected


def test_a_rate_set_against_another_voices_is_disputed_not_corrected() -> None:
    lined = _lined_up(
        "",
        ("2026-07-09", "Her lawyer said her own expert had put the match rate at 71 per cent."),
        ("2026-08-26", "The appeal argues the panel ignored evidence putting his engine-match rate at 71 percent, "
                       "not the 94 percent cited in its decision."),
    )
    assert [(unit, disputed, figures) for unit, disputed, figures, _ in lined] == [
        ("match rate (%)", True, ["71 per cent", "94 percent"])]

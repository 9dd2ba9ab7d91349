"""Claims of the s21 new-user trial (newuser.md #1-#3, and the demo's "55 seats conceded
by the ruling party"): a disputed count kept whole on the claims page. A figure that
refers back keeps the rate of the count it restates ("900 babies a year … the true figure
is closer to 1,400"); an event noun is the count of its verb's subject ("1,400 births a
year" with "900 babies are born each year"); taking part is joining ("600 people took
part", "2,000 people had joined it"); "campaigners say" and "X added that" report; an
unowned figure joins the one owner's count that states it among several owners; and a
count with no owner is headed by its unit alone. Each case is rewritten as a small
invented sentence, with siblings from other stories and the cases that must not change.
Expected values worked out by hand."""

from __future__ import annotations

import pytest
from test_claims19 import _claims, _lined_up
from test_counts_over_time import _claim

from builder.present import quantities

# ---- #1: a figure that refers back keeps the count's rate; an event noun is its verb's count


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the trial's maternity ward: one sentence, two voices, one rate
        ([("2026-03-04", "The board says 900 babies a year are born at the hospital; campaigners say the true "
                         "figure is closer to 1,400.")],
         [("babies per year", True, ["900", "1,400"], [])]),
        # a court case: claims a month, "the real number is"
        ([("2026-03-04", "The prosecution says 40 claims a month were filed; the defence says the real number is 25.")],
         [("claims per month", True, ["25", "40"], [])]),
        # the trial's other report: births a year against babies born each year
        ([("2026-03-04", "The board says about 900 babies are born at the hospital each year. The campaign puts the "
                         "figure at 1,400 births a year.")],
         [("babies per year", True, ["900", "1,400"], [])]),
        # must not change: another rate is another quantity
        ([("2026-03-04", "The board says about 900 babies are born at the hospital each year. The campaign counts "
                         "40 births a week.")],
         [("babies per year", False, ["900"], []), ("births per week", False, ["40"], [])]),
        # must not change: a figure with a noun of its own keeps it, and no rate it did not state
        ([("2026-03-04", "The firm says 300 cars a week were recalled; dealers say 50 vans were returned.")],
         [("cars per week", False, ["300"], []), ("vans", False, ["50"], [])]),
    ],
)
def test_a_disputed_rate_is_one_count(stories: list[tuple[str, str]], expected: list[object]) -> None:
    assert _lined_up("", *stories) == expected


# ---- #3: taking part is joining: a turnout told with two verbs is one disputed count


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        # the trial's march
        ([("2026-03-04", "Police estimated that 600 people took part. Organisers said 2,000 people had joined it.")],
         [("people", True, ["600", "2,000"], [])]),
        # a strike rally
        ([("2026-03-04", "Police said 300 workers took part in the rally; the union said 900 workers joined.")],
         [("workers", True, ["300", "900"], [])]),
        # must not change: the arrested are another count than those who took part
        ([("2026-03-04", "Police said 12 people were arrested. Organisers said 5,000 people took part.")],
         [("people arrested", False, ["12"], []), ("people took part", False, ["5,000"], [])]),
    ],
)
def test_taking_part_and_joining_are_one_count(stories: list[tuple[str, str]], expected: list[object]) -> None:
    assert _lined_up("", *stories) == expected


# ---- #2, #3: "campaigners say" and "X added that" report a figure


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # the trial's second voice, after a semicolon
        ("", "The board says 900 babies a year are born at the hospital; campaigners say the true figure is closer to 1,400.",
         [("900", "babies per year", "born", "the board", ""), ("1,400", "babies per year", "", "campaigners", "")]),
        # a recall
        ("", "The regulator says 48,000 packs were affected; retailers say the real number is 60,000.",
         [("48,000", "packs", "affected", "the regulator", ""), ("60,000", "packs", "", "retailers", "")]),
        # the trial's petition: "added that"
        ("Harbour Union", "The Harbour Union added that 300 members had signed the letter.",
         [("300", "members", "signed", "harbour-union", "")]),
        # must not change: "added" with its object, "to say", "say," are no saying
        ("Meridian", "Meridian added 200 jobs last year.", [("200", "jobs", "added", "", "")]),
        ("", "It is hard to say whether 300 people came.", [("300", "people", "came", "", "")]),
    ],
)
def test_say_and_added_that_report(names: str, text: str, expected: list[object]) -> None:
    assert _claims(names, text) == expected


# ---- the demo: "the 55 seats conceded by the ruling party", and the headings


def test_an_unowned_figure_joins_the_one_owner_stating_it_among_several() -> None:
    claims = [_claim("68", "seats", "ruling"), _claim("55", "seats", "opposition"), _claim("55", "seats"),
              _claim("40", "seats")]
    found = quantities.counts([(c, f"s{i}") for i, c in enumerate(claims)])
    # 55: only the opposition's count states it; 40: nobody's, so it keeps no owner
    assert [(c.unit, c.owner, [v for v, _ in c.figures]) for c in found] == [
        ("seats", "opposition", ["55"]), ("seats", "ruling", ["68"]), ("seats", "", ["40"])]


def test_a_count_with_no_owner_is_headed_by_its_unit() -> None:
    plain = quantities.Count("babies per year", "", [("900", [])])
    owned = quantities.Count("seats", "cnrp", [("55", [])])
    assert plain.heading({}) == "Babies per year"
    assert owned.heading({"cnrp": "CNRP"}) == "Seats: CNRP"

"""Review s20 (e#1, e#6, f#1, f#5, f#2's proposal): what a figure counts is said by the
predicate after its noun, the death toll is one count whatever its words, a running total
is growth not a dispute, and a proposed figure is no rival of the act done. Invented
sentences of other topics too (a ferry, a factory, a court case, a recall)."""

from __future__ import annotations

import pytest
from test_counts_over_time import claims, lined_up

from builder.annotate import acts, counted, states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" had been confirmed dead and", "dead"),
        (" were in temporary shelters.", "in shelters"),
        (" are still missing.", "missing"),
        (" were still listed as missing.", "missing"),
        (" were on board, the operator said.", "on board"),
        (" remain closed.", "closed"),
        (" have lost their lives.", "died"),
        # negatives: an act, not a state; "remain" with a place keeps its own count (`acts._REMAIN`)
        (" were taken to hospital.", ""),
        (" remain in the refuge chamber.", ""),
        (" lost their jobs.", ""),
        (" were likely to vote.", ""),
    ],
)
def test_state_after_the_noun(text: str, expected: str) -> None:
    assert states.state(text, 0, len(text)) == expected


def test_acts_compare_by_what_they_cause() -> None:
    assert acts.base("killed") == acts.base("died") == acts.base("dead") == "die"
    assert acts.base("tied") == "tie" and acts.base("carried") == "carry"
    assert acts.base("recalled") == "recall"  # a verb that causes nothing stays itself


def test_the_number_of_people_killed_is_a_change_of_the_killed() -> None:
    text = "The number of people killed in the crash has risen to 11, after two passengers died in hospital."
    assert claims(text) == [("11", "people")]  # "two passengers" is the step, no count of passengers
    fs = text.index("11")
    assert acts.act(text, 0, fs) == "killed" and counted.is_change(text, 0, fs)
    toll = "The death toll from the storm rose to 1,942."
    assert counted.number_of(toll, 0, toll.index("1,942")) == "deaths"


def test_the_toll_is_one_count_whatever_its_words() -> None:
    # the review's case (f#1): dead, in shelters and missing are three counts; deaths, killed,
    # lost their lives and the toll one, over time
    got = lined_up(
        ("2026-09-14", "Officials said 412 people had been confirmed dead. The agency said 38,000 people were in temporary shelters."),
        ("2026-09-15", "As of 17:00 today, 1,280 citizens have lost their lives."),
        ("2026-09-16", "The death toll from Monday's earthquake rose to 1,942."),
        ("2026-09-22", "The authorities have now confirmed 2,614 deaths, and the agency says 420 people are still missing."),
        ("2026-10-05", "The prime minister said the earthquake had killed 2,871 people. The agency said 38 people were still listed as missing."),
    )
    by_unit = {unit: (disputed, figures) for unit, disputed, figures, _ in got}
    assert by_unit["people dead"] == (False, ["412", "1,280", "1,942", "2,614", "2,871"])
    assert by_unit["people missing"] == (False, ["38", "420"])
    assert by_unit["people in shelters"] == (False, ["38,000"])


def test_a_ferry_toll_and_the_people_on_board_are_two_counts() -> None:
    # a sibling (e#1): passengers who died and passengers on board
    got = lined_up(
        ("2026-04-02", "The operator said eight passengers have died. It said 212 passengers were on board, far fewer than feared."),
        ("2026-04-05", "Police said ten people died in the sinking."),
    )
    by_unit = {unit: figures for unit, _, figures, _ in got}
    assert by_unit["people"] == ["eight", "ten"]  # one act left under "people": one count, no act in its heading
    assert by_unit["passengers"] == ["212"]


def test_a_running_total_since_is_growth() -> None:
    # e#6: "Twelve … have been admitted since …" after "seven … had been admitted" from the same body
    got = lined_up(
        ("2027-01-12", "The agency said seven people, five of them children, had been admitted to the hospital."),
        ("2027-01-15", "Twelve people have been admitted to hospital since the outbreak began, the agency said."),
    )
    assert got == [("people", False, ["seven", "Twelve"], [("seven", "2027-01-12"), ("Twelve", "2027-01-15")])]


def test_a_raised_count_and_its_old_value() -> None:
    text = "The agency raised its count of confirmed cases to 67 from 51 on Tuesday."
    assert counted.is_change(text, 0, text.index("67"))
    assert counted.EARLIER.search(text, 0, text.index("51"))


def test_a_proposed_fine_is_no_rival_of_the_fine() -> None:
    # f#2: "had proposed a fine of N" is a proposal; the fine imposed is another count
    got = lined_up(
        ("2026-11-03", "The regulator announced a fine of £14.2 million on Tuesday."),
        ("2026-11-04", "In March the regulator had proposed a fine of £28 million."),
    )
    assert not any(disputed for _, disputed, _, _ in got)
    assert ("fines (£) proposed", False, ["£28 million"], []) in got


def test_a_recall_with_two_acts_is_unchanged() -> None:
    # negative: no state, no toll: the recall's two acts stay as they were
    got = lined_up(
        ("2025-03-03", "The maker recalled 40,000 packs of dumplings on Monday."),
        ("2025-03-25", "The chain said it had refunded 31,000 packs."),
    )
    assert [(u, f) for u, _, f, _ in got] == [("packs recalled", ["40,000"]), ("packs refunded", ["31,000"])]

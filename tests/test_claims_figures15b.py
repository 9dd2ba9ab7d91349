"""Figures the claims pages missed or misread (fresh-user reviews s15b c#3, c#4, d#6: a
hospital ransomware attack and a wildfire, invented): "the personal data of 312,450
patients" (an of-genitive with a mass noun); an amount that is the object of "fine"; a
bare plural noun with an estimate's "would reach"; a counterfactual "would have proposed
a fine of £6.2 million" (no claim); "at about five this afternoon" (a time, no count);
"An emergency fund of €40 million" and "40 million euros in emergency funds" as one
quantity of funds. Siblings from a strike, a bankruptcy, a court case and a recall; values
worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate import counted
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Source
from builder.read.text import split_paragraphs


def claims(text: str) -> list[tuple[str, str]]:
    """(unit, value) of each claim of one source."""
    src = Source("s0", "s0.txt", text, "s0", published=dt.date(2024, 11, 20), paragraphs=split_paragraphs(text))
    return [(c.unit, c.value) for c in annotate(src, Matcher([]), {}).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the regulator's notice (c#3, c#4): the fine, object of "fine", and the patients of "the data of"
        ("The Commission has today issued a notice of intent to fine Wexmoor and Calder Valley Hospitals NHS Trust "
         "£4.65 million after a ransomware attack exposed the personal data of 312,450 patients.",
         [("fines (£)", "£4.65 million"), ("patients", "312,450")]),
        # a court case and a strike: "was fined"; the wages of a mass noun's possessors
        ("The club was fined £2 million by the league.", [("fines (£)", "£2 million")]),
        ("The strike put the pay of 3,000 drivers at risk.", [("drivers", "3,000")]),
        # a quantity's noun before "of" is no possessor: no count
        ("The court heard of the loss of 22 seats.", []),
        # the insurer's estimate (d#6) and a bankruptcy's: a bare plural with "would reach"
        ("The insurer Mapfre Sur estimated on Friday that insured losses would reach €85 million, about 30% more "
         "than its first estimate.", [("losses (€)", "€85 million")]),
        ("The administrator said total debts would reach £12 million.", [("debts (£)", "£12 million")]),
        # a counterfactual is no claim (c#4), nor a strike's or a recall's
        ("Without those steps the Commission would have proposed a fine of £6.2 million.", []),
        ("Had the union agreed, the port would have hired 300 dockers.", []),
        ("The maker said 40,000 packs would have been recalled.", []),
        ("The maker said 40,000 packs were recalled.", [("packs", "40,000")]),
        # a unit symbol (d#5): "ha" is hectares; a recall's "kg", an energy firm's "MW"; "km/h" no count
        ("Area burned: 4,800 ha (previous report: 1,200 ha at 20:00 on 10 August).",
         [("hectares", "4,800"), ("hectares", "1,200")]),
        ("Police seized 12 kg of the powder.", [("kilograms", "12")]),
        ("The plant produced 400 MW of power.", [("megawatts", "400")]),
        ("The limit is 50 km/h.", []),
        # a threshold passed is a bound, no reading (d#5): a headline's, a bankruptcy's, a strike's
        ("Thousands flee as fire passes 7,000 hectares", []),
        ("Debts exceeded £2 million.", []),
        ("Membership topped 1,000 members.", []),
        # a time of day is no count (d#6)
        ("The wind turned at about five this afternoon.", []),
        ("Five workers were hurt at about six this morning.", [("workers", "Five")]),
    ],
)
def test_figures_read_as_claims(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        # the wildfire's fund (d#6): named by its noun, one quantity
        ({"fund (€)", "emergency funds (euros)"}, {"fund (€)": "funds (€)", "emergency funds (euros)": "funds (€)"}),
        # a bankruptcy's: "a debt of £4m" and "£4m in unsecured debts"; unpaid wages stay their own
        ({"debt (£)", "unsecured debts (£)", "unpaid wages (£)"},
         {"debt (£)": "debts (£)", "unsecured debts (£)": "debts (£)", "unpaid wages (£)": "unpaid wages (£)"}),
    ],
)
def test_an_amount_is_named_by_its_noun(units: set[str], expected: dict[str, str]) -> None:
    assert {u: counted.unit_key(u, units) for u in units} == expected


def stated(text: str) -> list[tuple[str, str]]:
    """(value, stated_as) of each claim of one source."""
    src = Source("s0", "s0.txt", text, "s0", published=dt.date(2025, 8, 12), paragraphs=split_paragraphs(text))
    return [(c.value, c.stated_as) for c in annotate(src, Matcher([]), {}).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time adverbial is no part of who states a figure (d#5): "Yesterday the fire service"
        ("Yesterday the fire service said 4,800 hectares had burned.", [("4,800", "the fire service")]),
        ("On Monday night, police said 300 people were arrested.", [("300", "police")]),
        ("Late on Tuesday the union said 1,200 members had joined.", [("1,200", "the union")]),
        ("On 3 March the court said 40 witnesses were heard.", [("40", "the court")]),
    ],
)
def test_a_claimant_is_never_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert stated(text) == expected


def test_a_figure_in_the_sources_own_voice_is_its_issuers() -> None:
    """c#3: the trust's own statement's "around 300,000 patients" is the trust's (its outlet
    is a registered organisation); a newspaper's own figure its name; a figure someone
    states keeps its claimant. Siblings: a union's strike bulletin, a court's press note."""
    from builder.annotation import Claim
    from builder.model import Alias, Entity
    from builder.present import issued

    def source(sid: str, outlet: str = "", agency: str = "") -> Source:
        return Source(sid, f"{sid}.txt", "x", sid, published=dt.date(2024, 10, 10), outlet=outlet, agency=agency)

    trust = Entity(id="trust", kind="organisation", name="Wexmoor and Calder Valley Hospitals NHS Trust",
                   aliases=(Alias("Wexmoor and Calder Valley Hospitals NHS Trust"),), summary="s")
    union = Entity(id="satu", kind="organisation", name="Shipyard and Allied Trades Union",
                   aliases=(Alias("SATU"),), summary="s")
    sources = [source("st", "Wexmoor and Calder Valley Hospitals NHS Trust"), source("echo", "Calder Valley Echo"),
               source("bulletin", "SATU"), source("wire", agency="Albion Press"), source("bare")]
    found = issued.issuers(sources, [trust, union])
    assert found == {"st": ("trust", "Wexmoor and Calder Valley Hospitals NHS Trust"),
                     "echo": ("", "Calder Valley Echo"), "bulletin": ("satu", "SATU"), "wire": ("", "Albion Press")}
    claims = [(Claim("patients", "300,000", "", 12), "st"), (Claim("patients", "250,000", "", 2), "echo"),
              (Claim("patients", "250,000", "", 2, stated_as="Security researchers"), "echo"),
              (Claim("members", "2,300", "", 1), "bulletin"), (Claim("dockers", "300", "lind", 3), "wire"),
              (Claim("dockers", "20", "", 3), "bare")]
    assert [(c.claimant, c.stated_as) for c, _ in issued.issued(claims, found)] == [
        ("trust", ""), ("", "Calder Valley Echo"), ("", "Security researchers"), ("satu", ""), ("lind", ""), ("", "")]

"""A PDF's paragraphs as its reader sees them (intake round 18): numbered paragraphs set
solid are one paragraph each ("12. The court ..."), and a paragraph a page's end cuts in
two is whole again."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from test_convert import make_solid_pdf
from test_pdf_furniture import BODY, make_pdf

from builder.read import pdf


def _paragraphs(data: bytes) -> list[str]:
    return [" ".join(b.text.split()) for b in pdf.pdf_text("a.pdf", data).blocks]


@pytest.mark.parametrize("numbers", [("1.", "2.", "3."), ("(1)", "(2)", "(3)"), ("[12]", "[13]", "[14]")])
def test_numbered_paragraphs_set_solid_are_one_paragraph_each(numbers: tuple[str, str, str]) -> None:
    texts = [BODY["court"], BODY["strike"], BODY["bankruptcy"]]
    lines = [f"{n} {t}" for n, t in zip(numbers, texts, strict=True)]
    assert _paragraphs(make_solid_pdf(lines)) == lines


def test_two_numbered_paragraphs_are_two() -> None:
    lines = [f"1. {BODY['court']}", f"2. {BODY['recall']}"]
    assert _paragraphs(make_solid_pdf(lines)) == lines


def test_a_number_opening_a_line_inside_a_sentence_starts_no_paragraph() -> None:
    # the line before ends no sentence: "... in" / "2. The" is no paragraph's number
    lines = ["The court heard that the defendant had moved the money to an account in section",
             "2. The maker said the faulty brake hoses had been fitted to cars built in May.",
             BODY["recall"]]
    assert len(_paragraphs(make_solid_pdf(lines))) == 1


LONG = "The court heard " + ", and ".join(["that the defendant had moved the money to an account abroad"] * 45) + "."
"""One sentence of many lines: a page's end falls inside it."""


class _Running(FPDF):
    """A document whose every page, the ones a long paragraph flows onto too, has a
    running header and a page number at its foot."""

    def header(self) -> None:
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, "Harbour Board v Union - Judgment", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)
        self.set_font("Helvetica", size=11)

    def footer(self) -> None:
        self.set_y(-15)
        self.cell(0, 6, str(self.page_no()), align="C")


def _flowing(paragraphs: list[str], running: bool) -> bytes:
    doc = _Running() if running else FPDF()
    doc.set_font("Helvetica", size=11)
    doc.add_page()
    for text in paragraphs:
        doc.multi_cell(0, 6, text)
        doc.ln(5)
    return bytes(doc.output())


@pytest.mark.parametrize("running", [False, True])
def test_a_paragraph_cut_by_a_pages_end_is_whole(running: bool) -> None:
    blocks = pdf.pdf_text("a.pdf", _flowing([LONG, LONG, LONG], running)).blocks
    # the running header stands first on page 1 as the document's own heading (pdf._without_furniture)
    heading = ["Harbour Board v Union - Judgment"] if running else []
    assert [" ".join(b.text.split()) for b in blocks] == [*heading, LONG, LONG, LONG]
    assert [b.page for b in blocks][len(heading):] == [1, 1, 2]  # each on the page it starts on


def test_a_new_paragraph_at_a_pages_top_stays_apart() -> None:
    # the next page opens with a capital after a sentence's end, or with a capital after none (a heading)
    first = [BODY["strike"]] * 2
    found = _paragraphs(make_pdf([first, [BODY["court"], "Reasons for the decision", BODY["recall"]]]))
    assert found == [BODY["strike"], BODY["strike"], BODY["court"], "Reasons for the decision", BODY["recall"]]

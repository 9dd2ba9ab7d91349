"""A PDF's furniture (running headers and footers, page numbers) against its content, and
its /CreationDate read by the PDF's own date format. Attack review s15 #3: a sentence
opening "Page 12 of the contract ..." at a page's edge, one date heading per page of a
diary, "Chapter 2", "Chapter 3", and a refrain in the middle and at the foot of each page
were all dropped as furniture. #4: /CreationDate D:20240230 was read as 2024-02-03."""

from __future__ import annotations

import io

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from builder.read import convert, pdf

BODY = {
    "strike": "The harbour board met the union and the talks went on for a long time without any agreement.",
    "bankruptcy": "The administrator told the creditors that the firm's debts were far larger than its assets.",
    "court": "The court heard that the defendant had moved the money to an account abroad in the spring.",
    "recall": "The maker said the faulty brake hoses had been fitted to cars built in the first half of the year.",
}


def make_pdf(pages: list[list[str]], header: tuple[str, str] | None = None) -> bytes:
    """One list of paragraphs per page; `header`: a line set as two cells on each page, its
    left text and its right text (# for the page's number), as a layout puts a running
    header with the page number at the right margin."""
    doc = FPDF()
    doc.set_font("Helvetica", size=11)
    for number, paragraphs in enumerate(pages, start=1):
        doc.add_page()
        if header:
            doc.cell(100, 6, header[0].replace("#", str(number)))
            doc.cell(0, 6, header[1].replace("#", str(number)), align="R")
            doc.ln(12)
        for text in paragraphs:
            doc.multi_cell(0, 6, text)
            doc.ln(5)
    return bytes(doc.output())


def paragraphs(pages: list[list[str]], header: tuple[str, str] | None = None) -> list[str]:
    return [b.text for b in convert.convert("file.pdf", make_pdf(pages, header)).blocks]


@pytest.mark.parametrize("pages", [
    # a whole sentence opening "Page N" at a page's foot (strike) and head (strike, court, bankruptcy)
    [[BODY["strike"], BODY["strike"], "Page 12 of the contract says the board must pay every docker 400 euros a week, "
      "and the board has never paid it, the union said in its letter to the minister."], [BODY["strike"]]],
    [[BODY["strike"], BODY["strike"]], ["Page 7: the minister's letter, which the union published on Friday, says "
                                        "that no docker will be paid for the days of the strike.", BODY["strike"]]],
    [[BODY["court"]], ["Page 9: the judge said the money was moved twice.", BODY["court"]]],
    [[BODY["bankruptcy"], "Page 4 lists 212 creditors."], [BODY["bankruptcy"], "Page 5 lists the banks."]],
])
def test_a_sentence_opening_with_page_n_is_content(pages: list[list[str]]) -> None:
    assert paragraphs(pages) == [p for page in pages for p in page]


@pytest.mark.parametrize("headings", [
    ["11 March 2024", "12 March 2024", "13 March 2024", "14 March 2024"],  # a diary, one day a page
    ["Chapter 1", "Chapter 2", "Chapter 3"],  # a chapter a page
    ["Day 1 of the trial", "Day 2 of the trial", "Day 3 of the trial"],  # a court report
    ["Meeting of 2 May 2024", "Meeting of 3 May 2024", "Meeting of 4 May 2024"],  # creditors' minutes
    ["Batch 2", "Batch 3", "Batch 4"],  # a recall notice's batches (page + 1)
    ["2024-03-11", "2024-03-12", "2024-03-13"],  # ISO dates: the day ends the line after a "-" (page + 10)
    ["Sitting of 11.03.2024", "Sitting of 12.03.2024"],
    ["3/4 - Evidence of the first witness", "3/5 - Evidence of the second witness"],  # a date, not "3 of 4"
    ["10:01 Creditors arrive", "10:02 Creditors arrive", "10:03 Creditors arrive"],  # times
])
@pytest.mark.parametrize("body", ["strike", "recall"])
def test_a_heading_that_differs_on_every_page_is_content(headings: list[str], body: str) -> None:
    pages = [[heading, BODY[body], BODY[body]] for heading in headings]
    assert paragraphs(pages) == [p for page in pages for p in page]


@pytest.mark.parametrize("line", [
    "We want our jobs back",  # a strike's refrain
    "All claims must be filed with the administrator",  # a bankruptcy notice's repeated line
])
def test_a_line_that_also_stands_inside_a_page_is_content(line: str) -> None:
    pages = [[BODY["strike"], line, BODY["strike"], line] for _ in range(3)]
    assert paragraphs(pages) == [p for page in pages for p in page]


@pytest.mark.parametrize(("top", "count"), [
    ("Report of the Harbour Board - page #", 3),  # the page's number after "page"
    ("# | Administrator's report to creditors", 3),  # at its start, set off by a bar
    ("Minutes of the pay meeting, 14 March 2024 - page #", 3),  # the document's own date and the page's number
])
def test_a_running_header_that_counts_the_pages_is_furniture_on_every_page(top: str, count: int) -> None:
    pages = [[top.replace("#", str(n)), BODY["strike"]] for n in (1, 2, 3)]
    converted = convert.convert("report.pdf", make_pdf(pages))
    assert [b.text for b in converted.blocks] == [BODY["strike"]] * 3
    assert converted.furniture == count


def test_a_page_number_at_the_layouts_margin_is_furniture() -> None:
    """Title at the left, the page's number at the right margin of one line: the layout's
    gap sets the number off as a separator would."""
    pages = [[BODY["recall"]] for _ in range(3)]
    converted = convert.convert("notice.pdf", make_pdf(pages, header=("Recall notice R-117", "#")))
    assert [b.text for b in converted.blocks] == [BODY["recall"]] * 3
    # a number at the margin that does not follow the pages is content (a different count each page)
    pages = [[BODY["recall"]] for _ in range(2)]
    doc = make_pdf(pages, header=("Cars recalled", "#00"))
    assert [b.text for b in convert.convert("notice.pdf", doc).blocks] == [
        "Cars recalled 100", BODY["recall"], "Cars recalled 200", BODY["recall"]]


def test_page_labels_with_a_short_tail_and_the_count_of_what_was_left_out() -> None:
    header = "JUDICIARY OF AVEL - R v Lind - Sentencing remarks"
    pages = [[header, BODY["court"], "Page 1 of 2 - Crown copyright"], [header, BODY["court"], "Page 2 of 2 - Crown copyright"]]
    converted = convert.convert("remarks.pdf", make_pdf(pages))
    assert [b.text for b in converted.blocks] == [header, BODY["court"], BODY["court"]]
    assert converted.furniture == 3  # the second header, two footers
    plain = convert.convert("plain.pdf", make_pdf([[BODY["court"]], [BODY["court"]]]))
    assert plain.furniture == 0


@pytest.mark.parametrize(("raw", "day"), [
    ("D:20240230", ""),  # 30 February (pypdf: 2024-02-03)
    ("D:20230229", ""),  # not a leap year
    ("D:20240229", "2024-02-29"),
    ("D:99991231", "9999-12-31"),
    ("D:99991231235959+14'00'", "9999-12-31"),
    ("D:00000101", ""),  # no year 0
    ("D:00010101000000+01'00'", "0001-01-01"),
    ("D:20240101120000-23'59'", "2024-01-01"),  # the date as the file states it, in its zone
    ("D:20240314093000Z", "2024-03-14"),
    ("D:20240314093000+01'00", "2024-03-14"),  # the closing apostrophe left out (PDF 1.x writers)
    ("20240314", "2024-03-14"),  # no "D:" (older writers)
    ("D:2024", ""),  # a year alone: no day to give
    ("D:202403", ""),
    ("D:20240314250000", ""),  # hour 25
    ("D:20240314096000", ""),  # minute 60
    ("D:20240314093000+24'00'", ""),
    ("D:2024W09", ""),
    ("D:20240314xyz", ""),
    ("D:2024-03-14", ""),
    ("yesterday", ""),
    ("", ""),
])
def test_creation_date_by_the_pdf_date_format(raw: str, day: str) -> None:
    assert pdf.pdf_date(raw) == day
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[BODY["bankruptcy"]]]))))
    writer.add_metadata({"/CreationDate": raw})
    out = io.BytesIO()
    writer.write(out)
    assert convert.convert("notice.pdf", out.getvalue()).meta.get("published", "") == day


def test_add_says_how_many_blocks_the_text_leaves_out(tmp_path) -> None:
    """Attack review s15 #3: what the furniture rule drops was dropped silently. `add`'s
    entry says how many blocks the text leaves out, so the editor knows to check."""
    from builder import scaffold

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([["Report of the Harbour Board - page " + str(n), BODY["strike"]] for n in (1, 2, 3)]))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    ((name, entry),) = scaffold.add([pdf], seeds).entries
    assert "  # its text leaves out 3 blocks the PDF repeats at its pages' edges" in entry, entry
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(make_pdf([[BODY["strike"]], [BODY["court"]]]))
    ((_, entry),) = scaffold.add([plain], seeds).entries
    assert "leaves out" not in entry

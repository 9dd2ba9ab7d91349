"""The session 12 court-case review's layout findings, measured in Chromium: a Markdown
source's list items number in the margin with every other paragraph (the bullets in the
text's column, not between the number and the margin), and the versions page leaves a
gap between the struck-out words and the new ones. Invented names throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from conftest import mkdocs_build, mkdocs_config, run_builder

pytestmark = pytest.mark.browser

ORDER = """---
title: Order of the Kell District Court
published: 2025-03-19
---
# Kell Bakers' Cooperative: insolvency petition

The Kell District Court heard the insolvency petition of the Kell Bakers' Cooperative on 19 March 2025.

The court has ordered the following:

- The cooperative shall pay the wages owed for February within fourteen days.
- The administrator shall report to the court by 2 April 2025.
- The parties shall meet a court mediator before the next hearing.

The court will give its ruling on 9 April 2025.

## Contact

### Press office

Questions from the press go to the court's press office.
"""
WIRE = ("KELL, March {d} (Kell Press) - The Kell Bakers' Cooperative filed for insolvency at the district court on "
        "Monday, saying it owes {n} suppliers money for flour and rent since the winter.\n\n"
        "The company's {debt} at 4.{x} million euros, its chair said on Monday outside the court.\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("court12-site")
    seeds, docs = tmp / "seeds", tmp / "docs"
    seeds.mkdir()
    (seeds / "order.md").write_text(ORDER, encoding="utf-8")
    (seeds / "a.txt").write_text(WIRE.format(d=3, n="more than 30", debt="debts stand", x=2), encoding="utf-8")
    (seeds / "b.txt").write_text(WIRE.format(d=4, n="34", debt="debt stands", x=5), encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt:\n  title: Bakers file for insolvency\n  agency: Kell Press\n  published: 2025-03-03\n"
        "b.txt:\n  title: Bakers file for insolvency\n  agency: Kell Press\n  published: 2025-03-04\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    (seeds / "dossier.yml").write_text("title: Kell bakers\n", encoding="utf-8")
    built = run_builder("build", "--seeds", str(seeds), "--docs", str(docs), directory_urls=False)
    assert built.returncode == 0, built.stderr
    result = mkdocs_build(mkdocs_config(tmp, docs, tmp / "site", directory_urls=False))
    assert result.returncode == 0, result.stderr
    return tmp / "site"


def test_list_items_number_in_the_margin_with_the_other_paragraphs(browser: Browser, site: Path) -> None:
    (page_file,) = (site / "sources").glob("2025-03-19-*.html")
    page = browser.new_page()
    page.goto(page_file.as_uri())
    box = {n: page.locator(f"#p-{n}").bounding_box() for n in range(1, 11)}
    num = {n: page.locator(f"#p-{n} a.pnum").bounding_box() for n in range(1, 11)}
    assert all(box.values()) and all(num.values())
    right = num[2]["x"] + num[2]["width"]  # a plain paragraph's number: its right edge
    for n in (4, 5, 6):  # the three items
        assert abs(num[n]["x"] + num[n]["width"] - right) <= 1, (n, num[n], num[2])  # the numbers' one column
        assert box[n]["x"] >= box[2]["x"] + 8  # the item's text indented past the text's column
    bullet_x = page.evaluate("() => document.querySelector('#p-4').closest('li').getBoundingClientRect().left")
    assert bullet_x >= box[2]["x"] - 1  # the bullet (drawn left of the item) lies in the text's column
    assert box[5]["y"] - (box[4]["y"] + box[4]["height"]) < 16  # items spaced as a list, not as paragraphs
    # the headings (h3, h4, h5) are numbered in the same column, at the paragraphs' size, their text in the text's
    size = page.evaluate("() => getComputedStyle(document.querySelector('#p-2 a.pnum')).fontSize")
    for n in (1, 8, 9):
        assert page.locator(f"#p-{n}").evaluate("e => e.tagName") in ("H3", "H4", "H5"), n
        assert abs(num[n]["x"] + num[n]["width"] - right) <= 1, (n, num[n], num[2])
        assert abs(box[n]["x"] - box[2]["x"]) <= 1, (n, box[n], box[2])
        assert page.evaluate(f"() => getComputedStyle(document.querySelector('#p-{n} a.pnum')).fontSize") == size
    page.close()


def test_versions_page_leaves_a_gap_between_old_and_new_words(browser: Browser, site: Path) -> None:
    (page_file,) = (site / "versions").glob("*.html")
    page = browser.new_page()
    page.goto(page_file.as_uri())
    pairs = page.evaluate("""() => [...document.querySelectorAll('div.diff del.diff')]
        .filter(d => d.nextSibling && d.nextSibling.nodeName === 'INS')
        .map(d => [d.textContent, d.nextSibling.textContent,
                   d.nextSibling.getBoundingClientRect().left - d.getBoundingClientRect().right])""")
    texts = {(old, new) for old, new, _ in pairs}
    assert ("more than 30", "34") in texts and ("debts stand at 4.2", "debt stands at 4.5") in texts
    assert all(gap >= 3 for _, _, gap in pairs), pairs
    page.close()

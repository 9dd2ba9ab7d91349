"""The cost of annotating long sentences and large sources grows with their length, not its
square or cube (hostile-input review s15b #4 and #5).

No timings here: each test counts the calls of a helper that used to run once per date
of a sentence (or once per date per conjunct), or checks that a faster path gives the
same output as the plain scan it replaces.

- #4: each date of a sentence re-read the whole sentence and all its other dates: its
  clause breaks (`clausenames.regions`), which dates are coreferent forms
  (`clausetitle.prepared`), its gapped conjuncts (`conjuncts.gapped_object`, `gapped`).
  These are now worked out once per sentence (`memo`).
- #5: `performatives` scanned all of a source's event dates for each sentence; a
  reporting verb's following white space was measured on a copy of the rest of the
  source (`speech.said_clause`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from builder.annotate import clausenames, clausetitle, conjuncts, memo, performatives
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.annotation import Mention, TimeExpression
from builder.model import Source
from builder.read.text import split_paragraphs

HEAD = "The council met on 3 March 2024 and "
REPEAT = "two days later and a week earlier and that day and "
"""The reviewer's sentence: one absolute date, then relative dates joined by "and"."""


def source(text: str, outlet: str = "Gazette") -> Source:
    return Source("s", "s.txt", text, "t", outlet=outlet, published=dt.date(2024, 3, 4), paragraphs=split_paragraphs(text))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Counts of the helpers that used to run once per date (or per date and conjunct)."""
    counted: Counter[str] = Counter()

    def counting(module: Any, name: str) -> None:
        function: Callable[..., Any] = getattr(module, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return function(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapped)

    counting(clausenames, "breaks")
    counting(clausetitle, "date_antecedent")
    counting(conjuncts, "_undated")
    yield counted


@pytest.mark.parametrize("repeats", [10, 20])
def test_one_sentence_of_many_dates_reads_it_once(calls: Counter[str], repeats: int) -> None:
    # one sentence (under `sentences.MAX_SENTENCE`), 3 dates a repeat
    text = HEAD + REPEAT * repeats
    annotated = annotate(source(text), Matcher(()), {})
    dates = len(annotated.dates)
    assert dates == 3 * repeats + 1
    assert calls["breaks"] == 1  # the clause breaks: once for the sentence (it was once per date: 21, 41)
    assert calls["date_antecedent"] <= dates + 2  # each date asked once (it was every date per title: 651, 2501)
    assert calls["_undated"] <= repeats  # once per gapped conjunct (it was once per conjunct per date: 57, 377)


def test_the_same_titles_with_the_memos_cold() -> None:
    # a bankruptcy's and a recall's sentence of several dates, and the reviewer's: what each
    # date's title is does not depend on what the memos remember from the dates before
    texts = [
        HEAD + REPEAT * 6,
        "The court opened insolvency proceedings on 2 May 2024, and the administrator on 9 May 2024.",
        "The firm recalled 40,000 packs on 3 March 2025 and a further 1,500 on 10 March 2025.",
        "The union held its first strike in June 2023 and its second last January.",
    ]
    warm = [[c.title for c in annotate(source(t), Matcher(()), {}).candidates] for t in texts]
    cold = []
    for t in texts:
        s = source(t)
        titles = []
        for c in annotate(s, Matcher(()), {}).candidates:
            titles.append(c.title)
        cold.append(titles)
        for function in (clausenames._regions, conjuncts._gapped_objects, conjuncts._closing_gap, clausetitle._own_dates,
                         clausetitle._date_cut, clausetitle._relative_open):
            function.cache_clear()  # type: ignore[attr-defined]
    assert warm == cold
    assert all(warm)


def test_memo_gives_back_the_callers_own_dates() -> None:
    # two equal dates that are different objects: titles compare dates by identity, so a
    # memo keyed by value would hand one caller the other's objects
    text = "The strike began on 3 March 2025 and the lockout on 9 March 2025."
    one = [TimeExpression(20, 32, "3 March 2025", "2025-03-03", "day", 1), TimeExpression(52, 64, "9 March 2025", "2025-03-09", "day", 1)]
    other = [TimeExpression(d.start, d.end, d.text, d.value, d.precision, d.paragraph) for d in one]
    assert one == other
    first = clausetitle.prepared(text, 0, len(text), one)[1]
    second = clausetitle.prepared(text, 0, len(text), other)[1]
    assert all(a is b for a, b in zip(first, one, strict=True))
    assert all(a is b for a, b in zip(second, other, strict=True))


def test_per_date_memo_forgets_another_text() -> None:
    seen: list[str] = []

    @memo.per_date
    def length(text: str, s: int, e: int, date: object) -> int:
        seen.append(text)
        return len(text[s:e])

    date = object()
    assert length("a long text", 0, 6, date) == 6
    assert length("a long text", 0, 6, date) == 6
    assert length("another text", 0, 6, date) == 6
    assert length("a long text", 0, 11, date) == 11
    assert seen == ["a long text", "another text", "a long text"]


def _dated(start: int) -> TimeExpression:
    return TimeExpression(start, start + 5, "Monday", "2024-03-04", "day", 1)


@pytest.mark.parametrize("order", [[1, 5, 9, 30, 31, 70], [30, 1, 70, 9, 31, 5], [5, 5, 5], []])
def test_in_order_gives_what_a_scan_gives(order: list[int]) -> None:
    spans = [_dated(at) for at in order]
    found = performatives.InOrder(spans)
    for s, e in [(0, 10), (5, 31), (31, 32), (32, 70), (0, 100), (71, 90)]:
        assert found.within(s, e) == [x for x in spans if s <= x.start < e]


def _reference_acts(source: Source, found: tuple[TimeExpression, ...], names: tuple[Mention, ...]) -> list[int]:
    """The sentences `performatives` should hold: those with no event date of their own (the
    scan the bisection replaced) and an act of the outlet."""
    events = [d.start for d in found if d.role == "event"]
    return [s for p in source.paragraphs for s, e in p.sentences
            if not any(s <= at < e for at in events) and performatives._PERFORMATIVE.match(source.text, s, e)]


@pytest.mark.parametrize("outlet", ["Council", "Panel"])
def test_performatives_by_bisection_give_what_the_scan_gave(outlet: str) -> None:
    # a council's orders, a tribunal's findings: a sentence with a date of its own is that
    # date's; one without is the document's own act
    text = " ".join(
        f"The {outlet} orders the closure of site {i}." if i % 3 else f"The {outlet} met on 3 March 2024 about site {i}."
        for i in range(60))
    s = source(text, outlet=outlet)
    annotated = annotate(s, Matcher(()), {})
    acts = performatives.performatives(s, annotated.dates, annotated.mentions)
    assert [a[1] for a in acts] == _reference_acts(s, annotated.dates, annotated.mentions)
    assert len(acts) == 40
    assert acts[0][3] == f"The {outlet} orders the closure of site 1"


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2003", "\t"])
def test_said_over_any_white_space(space: str) -> None:
    # a strike, a court case: what was said after the reporting verb, whatever white space follows it
    for sentence, title in [
        ("The union said{}its members would strike on Friday.", "Its members would strike"),
        ("The judge said{}the hearing would resume on 9 May 2025.", "The hearing would resume"),
    ]:
        text = sentence.format(space)
        titles = [c.title for c in annotate(source(text, outlet=""), Matcher(()), {}).candidates]
        assert titles == [title]


def test_timeline_index_adds_a_date_of_many_candidates_in_text_order() -> None:
    # thousands of candidates of one date in one source (1 MB of "The council met on 3
    # March 2024 ..."): a date's tuple was grown by one per candidate, time quadratic in
    # their number; each date keeps its candidates in text order, the dates their order
    from builder.annotation import Annotated, Candidate
    from builder.link.timeline import Index

    def candidate(date: str, paragraph: int) -> Candidate:
        return Candidate(date, "day", "s", "2024-03-04", paragraph, f"sentence {paragraph}", (), "", "")

    told = tuple(candidate("2024-03-03" if i % 3 else "2024-03-08", i) for i in range(3000))
    index = Index()
    index.add("s", Annotated(source="s", candidates=told), "k", True)
    assert list(index.dates) == ["2024-03-08", "2024-03-03"]
    assert index.dates["2024-03-03"]["s"] == tuple(c for c in told if c.date == "2024-03-03")
    assert index.dates["2024-03-08"]["s"] == tuple(c for c in told if c.date == "2024-03-08")
    assert index.of_source["s"] == ("2024-03-08", "2024-03-03")

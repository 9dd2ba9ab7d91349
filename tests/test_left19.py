"""Leftovers of reviews 18 and 18b, each a kind of general English news usage with
siblings from other stories (a court case, a recall, a merger) and the cases that must
not change:

- irregular past tenses ("heard", "sat", "swore", "fought") mark the past, as the regular
  `-ed` forms do (`tense`, from the one table of irregular verbs in `verbs`);
- a present form in -s after a subject noun phrase of more than two words ("The
  engineering analysis covers") is a finite verb (`verbs.is_finite`);
- `roles._clause_start` with no clause mark before the date starts at the sentence.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.annotate import tense, verbs
from builder.annotate.attributions import present_perfect
from builder.annotate.dates import find_dates
from builder.annotate.roles import _clause_start, role
from builder.annotate.titles import title

D = dt.date
LATE_AUGUST = D(2025, 8, 28)
TUESDAY = D(2025, 5, 13)
"""A publication date more than half a year after 4 January: with no tense marker the
nearest 4 January is the coming one."""


def value_of(sentence: str, date_text: str, published: dt.date = LATE_AUGUST) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    return next(d.value for d in found if d.text == date_text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The court heard the case on 4 January.", "2025-01-04"),
    ("The tribunal sat on 4 January to hear the appeal.", "2025-01-04"),
    ("The new chairman swore in the board on 4 January.", "2025-01-04"),
    ("The carmaker fought the regulator's demand on 4 January.", "2025-01-04"),
    ("The two companies' lawyers sought a delay on 4 January.", "2025-01-04"),
    ("The buyer has taken control of the brewer on 4 January.", "2025-01-04"),
    # the forms already listed stay past
    ("The two sides met on 4 January.", "2025-01-04"),
    ("Shares fell on 4 January.", "2025-01-04"),
    # not the past: a modal, a passive after "be", a participle after a determiner
    ("The court will hear the case on 4 January.", "2026-01-04"),
    ("The jury will be sworn in on 4 January.", "2026-01-04"),
    ("The firm will issue a written statement on 4 January.", "2026-01-04"),
])
def test_irregular_past_dates(sentence: str, expected: str) -> None:
    assert value_of(sentence, "4 January") == expected


def test_irregular_past_markers() -> None:
    words = "the court heard the case".split()
    assert tense.is_past(words, 2)
    assert not tense.is_past("a shot".split(), 1)
    assert not tense.is_past("will be sworn".split(), 2)
    assert tense.is_past("has sworn".split(), 1)
    assert not tense.is_past("Heard".split(), 0, lower_case=False)  # a capitalised word: a name


@pytest.mark.parametrize(("text", "expected"), [
    ("The engineering analysis covers an estimated 305,000 vehicles", 3),
    ("New field data shows a wider fault", 3),
    ("The company's plan includes 400 job cuts", 3),
    ("Its new contract covers 30,000 dock workers", 3),
    ("The recall covers Aster models", 2),
    ("Harlow owns 12% of the group", 1),
    # no finite verb: the object of a preposition, a count, a plural subject's base form
    ("sales of the three new phones in the quarter", -1),
    ("About three hundred cleaners at the depot", -1),
    ("of its long-term contracts with suppliers", -1),
    # agreement: an "-s" word after a plural head is its object, no verb ("keeps" before a bare
    # plural is left unread: the "-s" rule wants a determiner, a preposition or a name after it)
    ("The deal keeps pensions for 3,000 retirees", -1),
    ("The union plans cuts to overtime", -1),
    ("The news agency reports that", 3),
])
def test_present_s_after_a_subject(text: str, expected: int) -> None:
    assert verbs.first_finite(verbs.words_of(text)) == expected


def test_clause_start_with_no_mark() -> None:
    text = "No worker will lose a job before 2028."
    assert _clause_start(text, 0, text.index("2028")) == 0
    text = "The firm said that no worker will lose a job before 2028."
    assert _clause_start(text, 0, text.index("2028")) == text.index("no worker")
    text = "The plant, which opened in 1990, stays open until 2028."
    assert _clause_start(text, 0, text.index("2028")) == text.index("stays")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a negated clause opening the sentence: "before" a year tells nothing that happens
    ("No worker will lose a job before 2028.", "description"),
    ("No plant will close before 2027.", "description"),
    ("Nobody will be laid off before 2027.", "description"),
])
def test_negated_before_at_sentence_start(sentence: str, expected: str) -> None:
    found = find_dates(sentence, 0, len(sentence), 1, D(2025, 3, 11))
    date = found[0]
    assert role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ()) == expected


def titled(sentence: str, date_text: str, published: dt.date = TUESDAY) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return title(sentence, 0, len(sentence), found, [], date)


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a present perfect takes no definite date: the closing attribution's date is the saying's
    ("Harlow has made an offer for the group, its chairman said on Monday.", "Monday",
     "Its chairman said Harlow has made an offer for the group"),
    ("The carmaker has filed suit against the supplier, the company said on Friday.", "Friday",
     "The company said the carmaker has filed suit against the supplier"),
    ("The regulator has widened its recall to 300,000 vehicles, the agency said on Friday.", "Friday",
     "The agency said the regulator has widened its recall to 300,000 vehicles"),
    ("The court has also been asked to freeze the assets, prosecutors said on Monday, confirming a report.", "Monday",
     "Prosecutors said the court has also been asked to freeze the assets"),
    # a long speaker gives way to its determiner and head, a common word opening what was said is lower case
    ("Private equity firm Castellan Capital has agreed to buy most of the chain for $310 million, the bankrupt "
     "department store chain said on Monday.", "Monday",
     "The chain said private equity firm Castellan Capital has agreed to buy"),
    # a nationality adjective opening what was said keeps its capital ("Polish", "French" are common words too)
    ("Polish runner Anna Nowak has been suspended, the integrity unit said on Friday.", "Friday",
     "The integrity unit said Polish runner Anna Nowak has been suspended"),
    ("French carmaker Veloria has recalled 9,000 cars, the regulator said on Monday.", "Monday",
     "The regulator said French carmaker Veloria has recalled 9,000 cars"),
    # a past keeps the date for its act; a date in what was said is its own
    ("The carmaker filed suit on Friday, the company said.", "Friday", "The carmaker filed suit"),
    ("The carmaker filed suit against the supplier, the company said on Friday.", "Friday",
     "The carmaker filed suit against the supplier"),
    ("The court has adjourned the trial until Monday, the judge said on Friday.", "Monday", "The court has adjourned the trial"),
    # an obligation is no perfect
    ("The bidder has to announce a firm offer, the panel said on Monday.", "Monday", "The bidder has to announce a firm offer"),
])
def test_date_of_the_saying_after_a_present_perfect(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("Harlow has made an offer", True),
    ("The firm has also been charged", True),
    ("They have sought a delay", True),
    ("Harlow has to announce a firm offer", False),
    ("The firm has 300 staff", False),
    ("Harlow made an offer", False),
])
def test_present_perfect(clause: str, expected: bool) -> None:
    assert present_perfect(clause) == expected


ENTITIES = """\
- {id: veloria, kind: organisation, name: Veloria Motors, aliases: [Veloria], summary: A carmaker.}
- {id: harlow, kind: organisation, name: Harlow Group, aliases: [Harlow], summary: A bidder.}
- {id: brightwater, kind: organisation, name: Brightwater Terminals, summary: A terminal operator.}
- {id: dana-whitcombe, kind: person, name: Dana Whitcombe, aliases: [Whitcombe], summary: A manager.}
"""


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the sentence before names the owner of a possessive opening the sentence
    ("Veloria now expects the recall to cost about $130 million. Its shares rose 1.1% on Monday.",
     "2025-03-17", "Veloria Motors' shares rose 1.1%"),
    ("Harlow declined to comment. Its offer lapsed on Monday.", "2025-03-17", "Harlow Group's offer lapsed"),
    # the owner is its own clause's subject, or that subject's possessor
    ("Dockworkers at the port will return to work on Thursday after their union and Brightwater Terminals reached "
     "a tentative agreement late on Monday.", "2025-03-17", "Dockworkers' union and Brightwater Terminals reached a tentative agreement"),
    ("The chain's sales fell 11% last year, and its shares were delisted on Monday.", "2025-03-17",
     "The chain's shares were delisted"),
    # no owner to name: a person is no "its"; a plural subject no "its"
    ("Dana Whitcombe left the meeting. Its minutes were published on Monday.", "2025-03-17", "Its minutes were published"),
    ("Jurors met for three hours, and its verdict came on Monday.", "2025-03-17", "Its verdict came"),
])
def test_a_possessive_opening_a_title_names_its_owner(tmp_path: Path, text: str, date: str, expected: str) -> None:
    from test_merge18 import built

    events, _ = built(tmp_path, {"a.txt": ("2025-03-18", "Story\n\n" + text)}, ENTITIES)
    assert [ev.title for ev in events if ev.date == date] == [expected]


def test_a_possessive_in_what_was_said_is_not_the_speakers(tmp_path: Path) -> None:
    from test_merge18 import built

    text = ("Harlow said more than 4 billion meals had been sold since its launch in 2003, and that its brand "
            "was the largest.")
    events, _ = built(tmp_path, {"a.txt": ("2025-03-18", "Story\n\n" + text)}, ENTITIES)
    assert all(not ev.title.startswith("Harlow Group's") for ev in events)


@pytest.mark.parametrize(("sentence", "expected"), [
    # an apposition opened by a possessive goes whole, subject + verb + what follows kept
    ("Dana Whitcombe, Veloria's head of North American quality, had said on March 4 that the problem was limited "
     "to vehicles built before that change.", "Dana Whitcombe had said that the problem was limited to vehicles"),
    ("Marlowe Capital, Castellan's largest shareholder, rejected the offer on March 4.", "Marlowe Capital rejected the offer"),
    ("Amy Lin, its chief judge, adjourned the trial on March 4.", "Amy Lin adjourned the trial"),
    ("Dana Whitcombe, Veloria's head of quality, resigned on March 4 after the recall was widened.",
     "Dana Whitcombe resigned after the recall was widened"),
    # must not change: a descriptive apposition already went, a name in apposition stays
    ("Dana Whitcombe, the company's quality chief, resigned on March 4.", "Dana Whitcombe resigned"),
    ("Valdor's European rival, Kessel, is preparing a bid for March 4.", "Valdor's European rival, Kessel, is preparing a bid"),
])
def test_an_apposition_opened_by_a_possessive_is_dropped_whole(sentence: str, expected: str) -> None:
    assert titled(sentence, "March 4") == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a participle aside in the second of two coordinated clauses: that clause's subject
    ("The chain's sales fell 11% last year, and its shares, delisted in 2023, trade over the counter for pennies.",
     "2023", "Its shares were delisted"),
    ("Sales fell last year, and the plant, built in 1987, closed.", "1987", "The plant was built"),
    ("The carmaker recalled 48,000 sedans, and its rival, founded in 1990, filed for bankruptcy.", "1990",
     "Its rival was founded"),
    # must not change: the aside after the sentence's subject
    ("The firm, founded in 1990, filed for bankruptcy.", "1990", "The firm was founded"),
])
def test_a_participle_aside_in_a_coordinated_clause(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


def test_a_participle_asides_possessive_is_named(tmp_path: Path) -> None:
    from test_merge18 import built

    text = "Harlow's sales fell 11% last year, and its shares, delisted in 2023, trade over the counter for pennies."
    events, _ = built(tmp_path, {"a.txt": ("2025-03-18", "Story\n\n" + text)}, ENTITIES)
    assert [ev.title for ev in events if ev.date == "2023"] == ["Harlow's shares were delisted"]

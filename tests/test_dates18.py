"""Review 18 (invented strike, bankruptcy and fraud-trial dossiers), group A, each a kind with
siblings from other stories (a court case, a recall, a merger) and the cases that must not
change:

- A5: a date inside a since-clause or since-phrase after a superlative or an ordinal ("the
  longest queue since records began in 1998") is the base of a comparison;
- A4: "until" a year or a month ends a period (a ban's, a guarantee's, a term's), and a
  negated clause ("no worker would lose a job before 2028") tells nothing that happens;
  "will be completed by 2030" is a plan due by then;
- A3: a year or a month premodifying a noun inside a prepositional phrase ("linked to a 2020
  funding round") describes that noun, not the clause's happening; the subject's ("The 2009
  strike ... was settled") and the object's ("won the 2013 election") keep it;
- A6: a baseline after "up from", "down from", "compared with" is a comparison;
- A2: "last <weekday>" naming the day right before publication is the week before's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.phrases import balanced
from builder.annotate.roles import role
from builder.annotate.titles import title

D = dt.date
TUE = D(2025, 3, 11)


def role_of(sentence: str, date_text: str, published: dt.date = TUE) -> str:
    """The role of `date_text` in `sentence` (one sentence, one paragraph)."""
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    return role(sentence, (0, len(sentence)), (0, len(sentence)), date, found, [], ())


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # A5: a since-clause or since-phrase after a superlative or an ordinal
    ("By Wednesday evening 38 ships were waiting at anchor, the longest queue since records began in 1998.", "1998", "comparison"),
    ("The strike was the longest at the port since it opened in 1961.", "1961", "comparison"),
    ("It is the largest U.S. retail bankruptcy since a rival chain filed in October 2018.", "October 2018", "comparison"),
    ("The case is one of the largest fraud prosecutions since the conviction of a bank founder in 2022.", "2022", "comparison"),
    ("The recall is the biggest since the regulator was set up in 2004.", "2004", "comparison"),
    ("It was the first merger in the sector since two rival brewers combined in 2011.", "2011", "comparison"),
    # ... a bare since-date after a superlative already was
    ("The strike is the first at the port since 2009.", "2009", "comparison"),
    # ... a since-clause without a ranking dates its happening
    ("The chain has shut 180 stores since it filed for bankruptcy in June.", "June", "event"),
    ("The firm has cut 900 jobs since the merger closed in 2021.", "2021", "event"),
])
def test_roles(sentence: str, date_text: str, expected: str) -> None:
    assert role_of(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # A4: "until" a year or a month ends a period; a negated "before" tells nothing that happens
    ("The deal gives workers a 4% annual raise and bars fully automated cranes at the port until 2030.", "2030", "description"),
    ("The firm offered a guarantee that no current worker would lose a job to machines before 2028.", "2028", "description"),
    ("The settlement bars the former chief executive from running a listed company until 2031.", "2031", "description"),
    ("Under the merger terms the brand keeps its own board until the end of 2027.", "the end of 2027", "state"),
    ("The regulator said no affected car could be sold before June 2026.", "June 2026", "description"),
    # ... a plan due by a date, a deferral, "not ... until", a day, and a positive "before" stay events
    ("The new terminal will be completed by 2030.", "2030", "event"),
    ("The sentencing was delayed until October 2026.", "October 2026", "event"),
    ("Deliveries are not due until October.", "October", "event"),
    ("The defence lawyers have until next month to file motions for a new trial.", "next month", "event"),
    ("The union plans to vote on the offer before the end of May.", "May", "event"),
])
def test_period_limits(sentence: str, date_text: str, expected: str) -> None:
    assert role_of(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # A6: the baseline of a change or a comparison
    ("Shipping data showed 14 container ships anchored off the port on Tuesday morning, up from three on Sunday.", "Sunday", "comparison"),
    ("Shipping data showed 14 container ships anchored off the port on Tuesday morning, up from three on Sunday.", "Tuesday morning", "event"),
    ("The court heard 40 cases on Monday, down from 52 on Friday.", "Friday", "comparison"),
    ("Returns of the recalled heaters reached 9,000 on Friday, compared with 1,200 units collected on Monday.", "Monday", "comparison"),
    ("The merged bank's shares closed at 41 pence, down sharply from the record set in 2019.", "2019", "comparison"),
    # ... "from" a day that starts something, no figure, stays an event
    ("The ban applies from Monday.", "Monday", "event"),
])
def test_baselines(sentence: str, date_text: str, expected: str) -> None:
    assert role_of(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # A3: a year or a month premodifying a noun inside a prepositional phrase
    ("The jury acquitted the founder on two counts of wire fraud linked to a 2020 funding round.", "2020", "description"),
    ("The union is still suing the port over the 2009 strike.", "2009", "description"),
    ("Shareholders approved the terms of a 2019 merger with a rival lender.", "2019", "description"),
    ("The regulator fined the maker for the March recall of faulty heaters.", "March", "description"),
    # ... the subject's and the object's happening keep the date; a temporal preposition too
    ("The 2009 strike, which lasted nine days, was settled with a 2.5% annual raise.", "2009", "event"),
    ("The ruling party won the 2013 election.", "2013", "event"),
    ("Turnout fell in the 2013 election.", "2013", "event"),
    ("Protests grew ahead of the July polls.", "July", "event"),
])
def test_premodifying_dates(sentence: str, date_text: str, expected: str) -> None:
    assert role_of(sentence, date_text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A2: "last Monday" on a Tuesday is the Monday of the week before ("on Monday" is the day before)
    ("The company filed for bankruptcy protection last Monday.", D(2025, 6, 10), "2025-06-02"),
    ("The jury began deliberating last Thursday.", D(2025, 10, 24), "2025-10-16"),
    ("The carmaker announced the recall last Sunday.", D(2025, 3, 3), "2025-02-23"),
    # ... another weekday is the nearest one before
    ("The strike began last Friday.", D(2025, 3, 11), "2025-03-07"),
    ("The banks agreed to merge last Wednesday.", D(2025, 3, 11), "2025-03-05"),
    # ... "on Monday" and "yesterday" are the day before
    ("The company filed for bankruptcy protection on Monday.", D(2025, 6, 10), "2025-06-09"),
    ("The company filed for bankruptcy protection yesterday.", D(2025, 6, 10), "2025-06-09"),
])
def test_last_weekday(text: str, published: dt.date, expected: str) -> None:
    assert [d.value for d in find_dates(text, 0, len(text), 1, published)] == [expected]


def titled(sentence: str, date_text: str, published: dt.date = TUE) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    return title(sentence, 0, len(sentence), found, [], next(d for d in found if d.text == date_text))


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # A10: a contact relative whose subject is a name: the name did it, not "was" it
    ('On Wednesday, the prosecutor showed the jury a message Voss sent in November 2021 that read: "Need 90."',
     "November 2021", "Voss sent a message"),
    ("Investigators found a memo Harlow Motors drafted in May 2023 about the brake fault.", "May 2023", "Harlow Motors drafted a memo"),
    ("Shareholders backed the merger plan Bryce Holdings proposed in 2024.", "2024", "Bryce Holdings proposed the merger plan"),
    # ... the object's own contact relative, and a role before a name, as before
    ("The prosecutor showed jurors an email the chief executive wrote in March 2020 about the deal.", "March 2020",
     "The chief executive wrote an email"),
    ("The chairman John Smith resigned in 2010.", "2010", "The chairman John Smith resigned"),
    # A11: the speaker of a second conjunct, or with a role or an "of" phrase, for "she"/"he"
    ("Talks at the port collapsed on Tuesday after three hours, and Labor Secretary Priya Raman said she would appoint "
     "a federal mediator next week.", "next week", "Labor Secretary Priya Raman would appoint a federal mediator"),
    ("The recall widened on Monday, and Health Minister Ana Ruiz said she would order an inquiry next month.", "next month",
     "Health Minister Ana Ruiz would order an inquiry"),
    ("Chief executive Tom Vale said he would step down in June.", "June", "Chief executive Tom Vale would step down"),
    ("Retail analyst Dora Whitfield of Keel Research said she expected at least 5,000 jobs to go by the end of the year.",
     "the end of the year", "Retail analyst Dora Whitfield expected at least 5,000 jobs to go"),
    # A11: who was told is no part of what was said
    ("A federal prosecutor told jurors on Monday as the fraud trial opened in Manhattan.", "Monday",
     "A federal prosecutor told jurors as the fraud trial opened in Manhattan"),
    ("The witness told the court on Friday that the brakes failed.", "Friday", "The witness told the court that the brakes failed"),
    # A11: an attribution after an aside goes, its speaker however long
    ("Hollis & Reed will close 120 of its 312 stores, including four in central Ohio, the bankrupt department store chain "
     "said on Monday, putting about 4,300 jobs at risk.", "Monday", "Hollis & Reed will close 120 of its 312 stores"),
    ("Harlow Motors will recall 40,000 cars, including 900 in Ohio, the troubled carmaker said on Monday.", "Monday",
     "Harlow Motors will recall 40,000 cars"),
    # A11: a quote and its speaker with a role; quotation marks balanced
    ('"The vote speaks for itself," union president Dana Okafor said on Friday.', "Friday", "Dana Okafor: The vote speaks for itself"),
    ('"The recall is voluntary," company spokeswoman Ana Ruiz said on Monday.', "Monday", "Ana Ruiz: The recall is voluntary"),
])
def test_titles(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("chars", "expected"), [
    ('The vote speaks for itself," X said', '"The vote speaks for itself," X said'),
    ("The merger is off,” the bank said", "“The merger is off,” the bank said"),
    ('his remarks were "twisted', 'his remarks were "twisted"'),
    ('a "fair" deal', 'a "fair" deal'),
])
def test_balanced_quotes(chars: str, expected: str) -> None:
    assert balanced(chars) == expected

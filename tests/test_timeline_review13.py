"""Review findings on invented court, bankruptcy and strike dossiers (issue 18, session 13),
each a kind with siblings from other stories:

- a list's number, letter or bullet opening a paragraph is no word of its title;
- a date takes the tense of its verb, not of a noun that is also a forward word ("rejected
  the plan on Monday");
- a verb of saying followed by its own preposition ("argued over fees") says no clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titles import title

D = dt.date
THU = D(2014, 7, 10)


def titled(sentence: str, date_text: str, published: dt.date = THU) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    return title(sentence, 0, len(sentence), found, [], next(d for d in found if d.text == date_text))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("1. The court adjourned the hearing on Monday.", "The court adjourned the hearing"),
    ("2) The judge ruled on Monday that the firm must pay.", "The judge ruled that the firm must pay"),
    ("(a) The union called a strike on Monday.", "The union called a strike"),
    ("(iv) Creditors rejected the plan on Monday.", "Creditors rejected the plan"),
    ("b. The lender sold the debt on Monday.", "The lender sold the debt"),
    ("• The firm filed for bankruptcy on Monday.", "The firm filed for bankruptcy"),
    ("* Dockers walked out on Monday.", "Dockers walked out"),
    ("– The port reopened on Monday.", "The port reopened"),
    # an initial is a name's, not a list's; a number that counts something stays
    ("A. Okafor resigned on Monday.", "A. Okafor resigned"),
    ("12 dockers were arrested on Monday.", "12 dockers were arrested"),
])
def test_a_list_marker_is_no_word_of_the_title(sentence: str, expected: str) -> None:
    assert titled(sentence, "Monday") == expected


@pytest.mark.parametrize(("sentence", "date_text", "published", "value"), [
    # a forward word that is a noun after a determiner marks no tense: the verb before it does
    ("The creditors rejected the plan on Monday.", "Monday", D(2014, 3, 5), "2014-03-03"),
    ("The court approved their plans on Friday.", "Friday", D(2014, 3, 5), "2014-02-28"),
    ("Dockers threw out the set of offers on Tuesday.", "Tuesday", D(2014, 3, 5), "2014-03-04"),
    # ... and still looks forward as a verb, or with its infinitive
    ("The creditors will vote on the plan on Monday.", "Monday", D(2014, 3, 5), "2014-03-10"),
    ("The firm unveiled a plan to sell the site in June.", "June", D(2014, 3, 5), "2014-06"),
    ("The union plans a strike on Friday.", "Friday", D(2014, 3, 5), "2014-03-07"),
])
def test_a_date_takes_the_tense_of_its_verb_not_of_a_noun(sentence: str, date_text: str, published: dt.date,
                                                          value: str) -> None:
    assert next(d.value for d in find_dates(sentence, 0, len(sentence), 1, published) if d.text == date_text) == value


@pytest.mark.parametrize(("sentence", "expected"), [
    # a verb of saying followed by its own preposition says no clause ("Over fees" before)
    ("The lawyers argued over fees on Monday.", "The lawyers argued over fees"),
    ("The two unions argued about pay on Monday.", "The two unions argued about pay"),
    ("The lender warned of job losses on Monday.", "The lender warned of job losses"),
    ("The creditors argued against the sale on Monday.", "The creditors argued against the sale"),
    # ... a clause said still titles its happening
    ("The judge said the hearing would resume on Monday.", "The hearing would resume"),
])
def test_a_verb_of_saying_with_its_preposition_is_the_clause(sentence: str, expected: str) -> None:
    assert titled(sentence, "Monday") == expected


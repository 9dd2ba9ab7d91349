"""Review findings on invented ransomware and wildfire dossiers (fresh-user review s15b, findings
c#9, c#11, c#13, c#14, d#2, d#9, d#10, d#13), each a kind with siblings from other stories:

- a document's own lines date no happening: a heading of parts set apart by dashes with no
  finite verb, an issue line ("Issued at 10:00 GMT."), a correction's label ("Correction,
  12 October 2024: ...");
- a negated expectation ("No rain expected before Saturday") and a present statal passive
  held "until" a date ("is banned ... until 30 September") date no happening;
- a date after the object of a verb that calls something off, in a sentence dated before,
  is the thing's old time ("decided to postpone planned operations on Monday");
- a title never opens with a clock time and a colon;
- a date in a relative clause of place ("where the blaze began on Saturday"), in a contact
  relative with a pronoun subject ("the 1,200 hectares it reported on Sunday night"), or in
  a participle aside ("Its line, installed in 1987, crosses") titles that clause;
- what a cut date leaves: "over", a time noun in apposition ("the day"), a label's comma.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.roles import role
from builder.annotate.titles import title

D = dt.date
WED = D(2025, 8, 13)


def role_of(sentence: str, date_text: str, published: dt.date = WED) -> str:
    """The role of `date_text` in the last sentence of `sentence` (after ". "), the paragraph all of it."""
    found = find_dates(sentence, 0, len(sentence), 1, published)
    date = next(d for d in found if d.text == date_text)
    s = sentence.rfind(". ", 0, date.start) + 2 if sentence.rfind(". ", 0, date.start) >= 0 else 0
    return role(sentence, (s, len(sentence)), (0, len(sentence)), date, found, [], ())


def titled(sentence: str, date_text: str, published: dt.date = WED) -> str:
    found = find_dates(sentence, 0, len(sentence), 1, published)
    return title(sentence, 0, len(sentence), found, [], next(d for d in found if d.text == date_text))


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a heading of parts set apart by dashes or bars, no finite verb: the document's date line
    ("Information Rights Commission - Press release - 20 November 2024", "20 November 2024", "dateline"),
    ("Harbour Board | Notice to mariners | 3 May 2025", "3 May 2025", "dateline"),
    ("Court of Appeal – Judgment – 14 March 2025", "14 March 2025", "dateline"),
    # ... a heading with a verb tells a happening
    ("Dockers walked out - 3 May 2025", "3 May 2025", "event"),
    # an issue line: the imprint of a notice
    ("Media enquiries: press office. Issued at 10:00 GMT.", "10:00 GMT", "publication"),
    ("Patients may call the helpline. *Issued by the Communications Team, Thursday 10 October 2024.*",
     "Thursday 10 October 2024", "publication"),
    ("Released by the court registry on 3 May 2025.", "3 May 2025", "publication"),
    # ... "issued" as a clause's verb stays an event
    ("The regulator issued a fine on Monday.", "Monday", "event"),
    # a note's label and its date: when the note was written
    ("Correction, 12 October 2024: An earlier version of this article said the leaked files related to about 25,000 "
     "patients.", "12 October 2024", "publication"),
    ("Clarification, 4 March 2025: An earlier version of this story said the strike began on a Monday.",
     "4 March 2025", "publication"),
    ("Editor's note (9 June 2025): This article has been amended to remove a reference to the recall.",
     "9 June 2025", "publication"),
    # ... a timeline's line opening with its date is that line's happening
    ("Sunday 6 October, 14:00: We decided to postpone planned operations.", "Sunday 6 October", "event"),
])
def test_a_documents_own_line_dates_no_happening(sentence: str, date_text: str, expected: str) -> None:
    assert role_of(sentence, date_text, D(2024, 11, 20)) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a negated expectation: nothing is to happen by then
    ("No rain expected before Saturday.", "Saturday", "comparison"),
    # ... "not ... until" tells when it is due (the dev set's "Deliveries ... are not due until October")
    ("No decision is expected until June.", "June", "event"),
    ("Deliveries to the airline, its launch customer, are not due until October.", "October", "event"),
    ("Talks are not scheduled before Monday.", "Monday", "comparison"),
    ("No ruling is likely before the end of March.", "March", "comparison"),
    # ... an expectation that something happens stays an event
    ("Talks are expected to resume on Monday.", "Monday", "event"),
    ("A decision is expected in June.", "June", "event"),
    # a present statal passive held until a date: the end of a state, no happening
    ("Agricultural burning is banned across the region until 30 September.", "30 September", "state"),
    ("The road is closed until Friday.", "Friday", "state"),
    ("Imports of the cheese are prohibited until 1 March.", "1 March", "state"),
    ("Picketing is forbidden outside the depot until Monday.", "Monday", "state"),
    # ... a stopped thing's "until" stays (what then resumes: `plans.deferred`), as does a past act
    ("Flights are suspended until 30 September.", "30 September", "event"),
    ("The court adjourned the hearing until November 14.", "November 14", "event"),
    # the object of a verb that calls something off, in a sentence dated before: its old time
    ("Sunday 6 October, 14:00: We decided to postpone planned operations on Monday and Tuesday.", "Monday", "comparison"),
    ("Sunday 6 October, 14:00: We decided to postpone planned operations on Monday and Tuesday.", "Tuesday", "comparison"),
    ("On Friday the union agreed to call off the strike on Monday.", "Monday", "comparison"),
    ("On 3 May the club voted to cancel its match on Saturday.", "Saturday", "comparison"),
    # ... with one date it is the calling off's; a plan that is not called off stays
    ("The council postponed the vote on Tuesday.", "Tuesday", "event"),
    ("On Friday the union agreed to stage a strike on Monday.", "Monday", "event"),
])
def test_what_does_not_happen_then_is_no_event(sentence: str, date_text: str, expected: str) -> None:
    assert role_of(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a clock time labelling a timeline's line is no word of the title
    ("Sunday 6 October, 14:00: We decided to postpone planned operations on Monday and Tuesday.", "Sunday 6 October",
     "We decided to postpone planned operations"),
    ("Saturday 5 October, 02:10: Our monitoring detected files being encrypted.", "Saturday 5 October",
     "Our monitoring detected files being encrypted"),
    ("Monday 3 March, 9.30 - The administrators were appointed.", "Monday 3 March", "The administrators were appointed"),
    # an interview's answer label is no word of the title (attack review s15b #2)
    ("A: She will appeal by 20 October 2025.", "20 October 2025", "She will appeal"),
    ("A: The union will ballot its members on 3 March.", "3 March", "The union will ballot its members"),
    # a relative clause of place titles its own happening
    ("The men, aged 41 and 57, were detained overnight at a farm outside the village of Montero, where the blaze began "
     "on Saturday, Captain Ana Beltrán of the Guardia Civil told reporters.", "Saturday", "The blaze began"),
    ("Redsur Energía confirmed it is cooperating with investigators examining one of its 66kV lines, which runs above "
     "the ravine where the fire is believed to have started on Saturday afternoon.", "Saturday afternoon",
     "The fire is believed to have started"),
    ("The strikers marched to the square where the union held a rally on Monday.", "Monday", "The union held a rally"),
    ("Police searched the warehouse in Dunmore, where the recalled packs were found on Friday.", "Friday",
     "The recalled packs were found"),
    # a contact relative with a pronoun subject: its subject is the sentence's agreeing subject
    ("Yesterday the fire service said 4,800 hectares had burned, four times the 1,200 hectares it reported on Sunday "
     "night.", "Sunday night", "The fire service reported the 1,200 hectares"),
    ("The union said turnout was 80%, twice the 40% it recorded in March.", "March", "The union recorded the 40%"),
    ("Acme said it would pay 5 million euros, half the sum it offered in May.", "May", "Acme offered the sum"),
    ("The court heard the firm owed 2 million euros, double the debts it declared in 2023.", "2023",
     "The firm declared the debts"),
    ("The liquidator said debts had reached 90 million euros, more than the 8 million euros the administrator cited "
     "last month.", "last month", "The administrator cited the 8 million euros"),
    # a participle aside between the subject and its verb titles its own happening
    ("Its line, installed in 1987, crosses the ravine.", "1987", "Its line was installed"),
    ("The firm, founded in 1990, filed for bankruptcy on Monday.", "1990", "The firm was founded"),
    ("The bridge, built in 1962, was closed on Friday.", "1962", "The bridge was built"),
    ("The firm, founded in 1990, filed for bankruptcy on Monday.", "Monday", "The firm filed for bankruptcy"),
    # a possessive date right after a reporting verb opens what was said
    ('The regional government said last week\'s heatwave, with temperatures above 44 degrees Celsius, had left the '
     'hills "like tinder".', "last week", 'The heatwave had left the hills "like tinder"'),
    ("The union said Monday's strike had cost the port 2 million euros.", "Monday",
     "The strike had cost the port 2 million euros"),
    # what a cut date leaves: "over", a time noun in apposition
    ("A regional hospital trust postponed hundreds of operations on Monday after a ransomware attack over the weekend "
     "shut down its patient records, its chief executive said.", "the weekend",
     "A ransomware attack shut down its patient records"),
    ("The port stayed shut over the summer.", "summer", "The port stayed shut"),
    ("The Commission opened its investigation on 8 October 2024, the day after the trust reported the breach.",
     "8 October 2024", "The Commission opened its investigation"),
    ("The union walked out on 3 May, the day after the talks collapsed.", "3 May", "The union walked out"),
])
def test_a_title_tells_its_own_clause(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected

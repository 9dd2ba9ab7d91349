"""Names a shipyard strike's dossier got wrong (fresh-user review, session 14b): a
person's name with an accented given name and a Gaelic surname particle guessed an
organisation and split three ways; a company's first word alone a second company; a
place's distinctive word as a premodifier an organisation; a name in Han characters
not found at all. Each case has siblings from a bankruptcy and a court case; expected
values worked out by hand."""

from __future__ import annotations

import pytest
from test_discovery import suggestions


@pytest.mark.parametrize(
    ("texts", "name", "also"),
    [
        # the review's case: an accented given name, a particle, a reporting verb before the name
        (('"Our members have had pay cuts," said Siobhán Ní Bhriain, the general secretary of SATU.',),
         "Siobhán Ní Bhriain", "SATU"),
        # a bankruptcy: the administrator, "Mac" and an accented given name
        (("The creditors will be paid in part, said Oisín Mac Giolla, the administrator of Brannock Holdings.",),
         "Oisín Mac Giolla", "Brannock Holdings"),
        # a court case: "bin" in lower case, the speaker after his quote
        (('"The ruling stands," said Ahmed bin Rashid, a lawyer for Halvorsen Fisk.',),
         "Ahmed bin Rashid", "Halvorsen Fisk"),
    ],
)
def test_a_person_by_given_name_particle_and_reporting_verb(texts: tuple[str, ...], name: str, also: str) -> None:
    found = suggestions(*texts)
    assert found[name].kind == "person", found[name]
    assert also in found and found[also].kind == "organisation", found


@pytest.mark.parametrize(
    ("texts", "name", "surname"),
    [
        # the review's case: the surname with its particle after the full name, and "X of Y" split
        (('"They are not going back," said Siobhán Ní Bhriain, the general secretary of SATU.',
          "Siobhán Ní Bhriain of SATU said the offer was poor. Ní Bhriain said it again."),
         "Siobhán Ní Bhriain", "Ní Bhriain"),
        # a bankruptcy: "Ó" and the body after "of"
        (("Donnchadh Ó Ceallaigh of Brannock Holdings said the firm was insolvent. Ó Ceallaigh said more.",),
         "Donnchadh Ó Ceallaigh", "Ó Ceallaigh"),
        # a court case: "Nic" in a judge's name
        (("Judge Áine Nic Lochlainn of the Velsburg Commercial Court ruled on Monday. Nic Lochlainn said the debt stood.",),
         "Áine Nic Lochlainn", "Nic Lochlainn"),
    ],
)
def test_a_surname_with_its_particle_stands_for_the_full_name(texts: tuple[str, ...], name: str, surname: str) -> None:
    found = suggestions(*texts)
    assert found[name].kind == "person", found[name]
    assert surname in found[name].short_forms, found[name]
    assert surname not in found and not any(" of " in n and n.startswith(name) for n in found), found


@pytest.mark.parametrize(
    ("texts", "name", "full", "short"),
    [
        # the review's case: a legal form in lower case, the first word alone named more often
        # than either spelling of the full name but less than both
        (("Workers at Kestrel Yards plc walked out on Monday.",
          "Kestrel Yards said it was disappointed. Kestrel is owned by Nordhavn AG.",
          "Nordhavn AG, Kestrel's German parent, raised its offer.",
          "The strike cost Kestrel £48 million, Kestrel Yards said."),
         "Kestrel Yards", "Kestrel Yards plc", "Kestrel"),
        # a bankruptcy: "ltd"
        (("Brannock Shipping ltd filed for administration on Friday.",
          "Creditors of Brannock Shipping met on Monday. Brannock owes £40 million.",
          "The administrator said Brannock had no cash, and Brannock Shipping would be sold."),
         "Brannock Shipping", "Brannock Shipping ltd", "Brannock"),
        # a court case: "llc" in the caption, the defendant's first word in the ruling
        (("Halvard Freight llc was sued in Avel on Monday.",
          "Judge Ana Ruiz said Halvard Freight broke the contract. Halvard must pay £2 million.",
          "Lawyers said Halvard would appeal, and Halvard Freight declined to comment."),
         "Halvard Freight", "Halvard Freight llc", "Halvard"),
    ],
)
def test_a_legal_form_stays_in_the_name_and_the_first_word_is_a_short_form(
    texts: tuple[str, ...], name: str, full: str, short: str
) -> None:
    found = suggestions(*texts)
    assert found[name].kind == "organisation", found[name]
    assert full in found[name].forms, found[name]
    assert short in found[name].short_forms and short not in found, found


@pytest.mark.parametrize(
    ("texts", "place", "word"),
    [
        # the review's case: the place's own word as a premodifier
        (("Workers at Port Ardmore walked out. The minister said the strike was damaging the whole Ardmore economy.",),
         "Port Ardmore", "Ardmore"),
        # a bankruptcy: "Fort", the word before a plural noun
        (("Creditors met in Fort Calder on Monday. Calder traders said the collapse of Brannock Holdings hurt the Calder economy.",),
         "Fort Calder", "Calder"),
        # a court case: "Lake"
        (("The Lake Ohrid court ruled on Monday. Judge Ana Ruiz said Ohrid hoteliers had been wronged.",),
         "Lake Ohrid", "Ohrid"),
    ],
)
def test_a_place_s_own_word_alone_is_that_place(texts: tuple[str, ...], place: str, word: str) -> None:
    found = suggestions(*texts)
    assert found[place].kind == "place", found[place]
    assert word in found[place].short_forms and word not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the review's case: Han characters after an inverted reporting verb, an apposition after
        ('"I have welded ships at this yard for 22 years," said 陈志明, a plater who came to Port Ardmore.', "陈志明"),
        # a bankruptcy: Hangul before an apposition, a creditor
        ("김민준, a supplier owed £40,000, said he would sue Brannock Holdings.", "김민준"),
        # a court case: Kanji and Kana, the speaker after his quote at the sentence's end
        ('"The ruling ruins us," said 山田たろう.', "山田たろう"),
    ],
)
def test_a_name_without_capitals_in_a_speaker_s_slot_is_a_person(text: str, name: str) -> None:
    found = suggestions(text, "The firm is called 星野食品. Its staff read 新聞 daily.")
    assert found[name].kind == "person", found
    assert "星野食品" not in found and "新聞" not in found, found  # no slot, no name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the dev set's cases: a particle before an acronym is a product's name, no surname's
        ("Apple showed its forthcoming Mac OS X Lion operating system. Mac OS X Snow Leopard sold well.", "Mac OS X Lion"),
        # ... and the reporting verb before an employer's name, the speaker's name after it
        ('"It took too long for the money to get into the system," said Uralsib analyst Chris Weafer.', "Uralsib"),
        # a bankruptcy and a court case: the same, a firm and a court before the speaker's title
        ('"Creditors will be paid in part," said Brannock Holdings administrator Oisín Mac Giolla.', "Brannock Holdings"),
        ('"The appeal fails," said Velsburg judge Áine Nic Lochlainn.', "Velsburg"),
    ],
)
def test_no_person_by_a_particle_or_verb_that_is_another_name_s(text: str, name: str) -> None:
    found = suggestions(text)
    assert found[name].kind != "person", found[name]

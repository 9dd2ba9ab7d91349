"""Review findings on invented court, bankruptcy and strike dossiers (issue 18, session 13),
each a kind with siblings from other stories:

- a list's number, letter or bullet opening a paragraph is no word of its title;
- a date takes the tense of its verb, not of a noun that is also a forward word ("rejected
  the plan on Monday");
- a verb of saying followed by its own preposition ("argued over fees") says no clause;
- an event's id comes from its date and its title's first words, not the sentence's
  opening, so that correcting a date line or a fronted phrase keeps it (and `events.yml`
  applying); the sentence's id stays an alias; an entry whose id matches no event while
  one is close says so, on one line naming the file, the line and the closest id;
- a date a thing was stopped, put off or prolonged until ("adjourned until March 19") is
  when that thing is next due, ahead of the report whatever the verb's tense, and its
  entry says so ("The hearing is due to resume"), not that the adjournment happened then
  (the adjournment has no date of its own in the sentence; the sentence stays the summary);
- a date inside an infinitive whose governing verb has a date of its own dates the
  infinitive's happening, told as planned ("The firm is to sell the site"), not a second
  entry titled as the first; an infinitive after a vote or an order looks forward.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.titles import title

from conftest import call_builder, write_stories

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


def _events(seeds: Path, stories: dict[str, tuple[str, str]], curated: str = ""):  # type: ignore[no-untyped-def]
    from builder.link.timeline import build_events, extract_events
    from builder.pipeline import annotate_all
    from builder.read import sources

    seeds.mkdir(exist_ok=True)
    write_stories(seeds, stories)
    (seeds / "entities.yml").write_text("[]\n", encoding="utf-8")
    if curated:
        (seeds / "events.yml").write_text(curated, encoding="utf-8")
    dossier = sources.load(seeds)
    annotated = annotate_all(dossier.sources, dossier.entities, 1)
    return build_events(dossier, annotated), extract_events(dossier, annotated), dossier


@pytest.mark.parametrize(("before", "after"), [
    # a corrected date line, a corrected fronted phrase, a corrected speaker: the title is the same
    ("PORT AVEL, March 3 (Harbr Wire) - The union called a strike on Monday.",
     "PORT AVEL, March 3 (Harbour Wire) - The union called a strike on Monday."),
    ("After weeks of talsk, the creditors rejected the plan on Monday.",
     "After weeks of talks, the creditors rejected the plan on Monday."),
    ("Acording to the filing, the judge approved a $20 million loan on Monday.",
     "According to the filing, the judge approved a $20 million loan on Monday."),
])
def test_an_id_survives_a_correction_outside_its_title(tmp_path: Path, before: str, after: str) -> None:
    ids = []
    for n, text in enumerate((before, after)):
        events, _, _ = _events(tmp_path / f"seeds{n}", {"a.txt": ("2014-03-05", f"Story\n\n{text}\n")})
        ids.append([ev.id for ev in events])
    assert ids[0] == ids[1] and len(ids[0]) == 1


def test_two_happenings_of_one_sentence_have_ids_of_their_own(tmp_path: Path) -> None:
    events, _, _ = _events(tmp_path / "seeds", {
        "a.txt": ("2014-07-10", "Plant\n\nThe firm closed its plant in May and sold the site in June.\n")})
    assert [(ev.id, ev.title) for ev in events] == [
        ("2014-05-the-firm-closed-its-plant", "The firm closed its plant"),
        ("2014-06-the-firm-sold-the-site", "The firm sold the site"),
    ]
    # the ids the sentence gave before stay aliases, so an events.yml written with them applies
    assert "2014-06-the-firm-closed-its-plant-in" in events[1].aliases


def test_the_same_title_the_same_day_gets_a_suffix_in_source_order(tmp_path: Path) -> None:
    stories = {
        "a.txt": ("2014-03-05", "Avel\n\nThe court in the capital heard the bakers' appeal on Monday.\n"),
        "b.txt": ("2014-03-06", "Kessel\n\nThe court in the capital jailed two port officials on Monday.\n"),
    }
    events, _, _ = _events(tmp_path / "seeds", stories)
    assert sorted(ev.id for ev in events) == ["2014-03-03-the-court-in-the-capital-heard",
                                              "2014-03-03-the-court-in-the-capital-jailed"]
    stories = {
        "a.txt": ("2014-03-05", "Avel\n\nThe judge and the two lawyers met in private on Monday.\n"),
        "b.txt": ("2014-03-06", "Kessel\n\nThe judge and the two lawyers argued over fees on Monday.\n"),
    }
    events, _, _ = _events(tmp_path / "seeds2", stories)
    assert sorted(ev.id for ev in events) == ["2014-03-03-the-judge-and-the-two-lawyers",
                                              "2014-03-03-the-judge-and-the-two-lawyers-2"]
    first = next(ev for ev in events if ev.id == "2014-03-03-the-judge-and-the-two-lawyers")
    assert first.citations[0].source.startswith("2014-03-05")


def test_an_old_sentence_id_in_events_yml_still_applies(tmp_path: Path) -> None:
    events, _, _ = _events(tmp_path / "seeds", {
        "a.txt": ("2014-03-05", "Story\n\nAfter weeks of talks, the creditors rejected the plan on Monday.\n")},
        "- id: 2014-03-03-after-weeks-of-talks-the-creditors\n  title: Creditors reject the rescue plan\n")
    assert [(ev.id, ev.title, ev.curated) for ev in events] == [
        ("2014-03-03-after-weeks-of-talks-the-creditors", "Creditors reject the rescue plan", True)]


def test_an_entry_that_matches_no_event_warns_with_the_closest_id(tmp_path: Path) -> None:
    from builder.link.curation import stale

    seeds = tmp_path / "seeds"
    curated = ("- id: 2014-03-03-the-creditors-rejectd-the-plan\n  title: Creditors reject the plan\n  date: 2014-03-03\n"
               "- id: 2014-01-10-a-new-event\n  title: An event no source tells\n  date: 2014-01-10\n")
    events, extracted, dossier = _events(seeds, {
        "a.txt": ("2014-03-05", "Story\n\nThe creditors rejected the plan on Monday.\n")}, curated)
    assert stale(extracted, dossier.curated_events) == (
        f"{seeds / 'events.yml'}:1: event '2014-03-03-the-creditors-rejectd-the-plan' matches no extracted event, so it "
        "is added as a new one; the closest is '2014-03-03-the-creditors-rejected-the-plan' (its sentence changed?): to "
        "edit that event, use its id",)  # the new event with an id like no other's is no mistake
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0
    warned = [line for line in result.stderr.splitlines() if "events.yml" in line]
    assert warned == ["warning: " + stale(extracted, dossier.curated_events)[0]]


def test_an_unknown_suppressed_id_names_the_closest(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    _events(seeds, {"a.txt": ("2014-03-05", "Story\n\nThe creditors rejected the plan on Monday.\n")})
    (seeds / "events.yml").write_text("- id: 2014-03-03-the-creditors-rejectd-the-plan\n  suppress: true\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 2
    assert (f"{seeds / 'events.yml'}:1: event '2014-03-03-the-creditors-rejectd-the-plan': cannot suppress unknown "
            "event (the closest is '2014-03-03-the-creditors-rejected-the-plan')") in result.stderr.splitlines()


WED = D(2014, 3, 5)


@pytest.mark.parametrize(("sentence", "date_text", "value", "expected"), [
    ("The hearing was adjourned until March 19.", "March 19", "2014-03-19", "The hearing is due to resume"),
    ("The hearing was adjourned to March 19.", "March 19", "2014-03-19", "The hearing is due to resume"),
    ("The judge adjourned the case until March 19.", "March 19", "2014-03-19", "The case is due to resume"),
    # a long object between the verb and "until" (fresh-user review s13: titled "A judge adjourned the hearing")
    ("A judge on Thursday adjourned the hearing on Coldharbour Glassworks' application for administration until March 19.",
     "March 19", "2014-03-19", "The hearing on Coldharbour Glassworks' application for administration is due to resume"),
    ("Talks between the union and the port were suspended until Monday.", "Monday", "2014-03-10",
     "Talks between the union and the port are due to resume"),
    ("Trading in the shares was halted until Monday.", "Monday", "2014-03-10", "Trading in the shares is due to resume"),
    ("The trial was postponed to March 19.", "March 19", "2014-03-19", "The trial is now due"),
    ("The trial was postponed until next Tuesday.", "next Tuesday", "2014-03-11", "The trial is now due"),
    ("The creditors' vote was delayed until March 19.", "March 19", "2014-03-19", "The creditors' vote is now due"),
    ("The board put off the vote until June.", "June", "2014-06", "The vote is now due"),
    ("Deliveries of the new ferries were delayed until October.", "October", "2014-10",
     "Deliveries of the new ferries are now due"),
    ("The hearing was rescheduled for March 19.", "March 19", "2014-03-19", "The hearing is now due"),
    # past tense, yet the date lies ahead of the report (it was 2013-03-19 and 2013-02-28)
    ("The deadline was extended to March 19.", "March 19", "2014-03-19", "The deadline now ends"),
    ("The lenders extended the loan to February 28.", "February 28", "2015-02-28", "The loan now ends"),
    # what lasted until a date, or will go on until it, is no deferral
    ("The court will sit until March 19.", "March 19", "2014-03-19", "The court will sit"),
    ("The firm delayed its report on Monday.", "Monday", "2014-03-03", "The firm delayed its report"),
])
def test_a_date_something_is_put_off_until_is_when_it_is_due(sentence: str, date_text: str, value: str,
                                                              expected: str) -> None:
    found = find_dates(sentence, 0, len(sentence), 1, WED)
    assert next(d.value for d in found if d.text == date_text) == value
    assert titled(sentence, date_text, WED) == expected


def test_until_further_notice_is_no_date() -> None:
    sentence = "The strike was suspended until further notice."
    assert find_dates(sentence, 0, len(sentence), 1, WED) == []


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("The firm agreed in May to sell the site in June.", "June", "The firm is to sell the site"),
    ("The firm agreed in May to sell the site in June.", "May", "The firm agreed to sell the site"),
    ("The board voted in March to close the mill in September.", "September", "The board is to close the mill"),
    ("The board voted in March to close the mill in September.", "March", "The board voted to close the mill"),
    ("Dockers decided on Monday to strike on Friday.", "Friday", "Dockers are to strike"),
    ("The creditors agreed last week to vote on the plan on Friday.", "Friday", "The creditors are to vote on the plan"),
    # the infinitive's subject is the object: the sentence's title stays
    ("The judge ordered the firm on Monday to pay its staff on Friday.", "Friday",
     "The judge ordered the firm to pay its staff"),
])
def test_an_infinitive_with_its_own_date_titles_its_own_happening(sentence: str, date_text: str, expected: str) -> None:
    assert titled(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "value"), [
    ("The union voted to strike in September.", "September", "2014-09"),
    ("The board voted to close the mill in March.", "March", "2015-03"),
    ("The judge ordered the firm to pay its staff in March.", "March", "2015-03"),
    ("The court directed the lender to repay the deposits in May.", "May", "2015-05"),
    ("The board voted in March.", "March", "2014-03"),
])
def test_an_infinitive_after_a_vote_or_an_order_looks_forward(sentence: str, date_text: str, value: str) -> None:
    assert next(d.value for d in find_dates(sentence, 0, len(sentence), 1, THU) if d.text == date_text) == value

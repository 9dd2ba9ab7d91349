"""Who states a figure (fresh-user review, session 9, finding 5): a sentence with its own
reporting verb and its own subject never takes the previous speaker; "the bureau" is the
organisation named earlier whose name ends in "Bureau"; a role in apposition after
"according to" leads to the name. Each case from the review's food recall has siblings
from a strike, a court case and a bankruptcy. Expected claimants worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.model import Alias, Entity, Source
from builder.read.text import split_paragraphs


def _entity(eid: str, kind: str, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind=kind, name=name, aliases=tuple(Alias(a) for a in (name, *aliases)), summary="s")


ENTITIES = [
    _entity("ibanez", "person", "Tomás Ibáñez", "Ibáñez"),
    _entity("varga", "person", "Ilse Varga", "Varga"),
    _entity("okafor", "person", "Nadia Okafor", "Okafor"),
    _entity("vos", "person", "Helena Vos", "Vos"),
    _entity("fsib", "organisation", "Food Safety & Inspection Bureau", "FSIB"),
    _entity("dockers", "organisation", "Avel Dockers' Union"),
    _entity("court", "organisation", "Kestrel County Court"),
    _entity("vantmoor", "organisation", "Vantmoor Construction"),
    _entity("board", "organisation", "Selby Harbour Board"),
    _entity("avel", "place", "Avel"),
]
BY_ID = {e.id: e for e in ENTITIES}


def stated(text: str) -> list[tuple[str, str]]:
    """(figure, claimant) of every claim in `text`."""
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 3, 4), paragraphs=split_paragraphs(text))
    return [(c.value, c.claimant) for c in annotate(src, Matcher(ENTITIES), BY_ID).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (02 ¶5-6): a bare plural noun as the subject is nobody named
        ("“Our customers come first,” Ibáñez said.\n\nHealth officials said 17 people had fallen ill.",
         [("17", "")]),
        # a strike: the police after a quoted union leader
        ("“We will stay out,” Nadia Okafor said.\n\nPort police said 3,000 dockers marched.", [("3,000", "")]),
        # a court case: court staff after the judge
        ("Judge Helena Vos said the trial would resume.\n\nCourt officials said 12 witnesses had testified.",
         [("12", "")]),
        # a bankruptcy: creditors' lawyers after the administrator
        ("Ilse Varga said the sale had failed.\n\nLawyers for the lenders said 450 creditors had filed claims.",
         [("450", "")]),
    ],
)
def test_a_noun_subject_never_inherits_the_previous_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (03 ¶5-6): "the company" after a person's quote names no company
        ("'We will not hesitate to close the plant,' Varga said.\n\n"
         "The plant, which opened a year earlier, employs 1,200 workers, the company says.", [("1,200", "")]),
        # a bankruptcy: "the administrator" after a person
        ("Nadia Okafor said the yard was idle.\n\nThe yard owes 450 creditors, the administrator says.", [("450", "")]),
        # a court case: "the clerk"
        ("Helena Vos said the hearing was over.\n\nThe court heard 14 witnesses, the clerk says.", [("14", "")]),
    ],
)
def test_a_definite_description_after_a_person_is_not_that_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (01 ¶4-5): "the bureau" is the Food Safety & Inspection Bureau
        ("Hoshino recalled its dumplings after the Food Safety & Inspection Bureau (FSIB) linked them to cases.\n\n"
         "The bureau said 14 people had fallen ill in three states.", [("14", "fsib")]),
        # a strike: "the union" is the Avel Dockers' Union
        ("Members of the Avel Dockers' Union walked out on Tuesday.\n\nThe union said 1,200 members had joined.",
         [("1,200", "dockers")]),
        # a court case: "the court" is the Kestrel County Court, also in a later paragraph
        ("The Kestrel County Court opened the trial.\n\nHelena Vos spoke first.\n\n"
         "The court said 12 witnesses would be heard.", [("12", "court")]),
        # a bankruptcy: "the board", after another body named in between
        ("The Selby Harbour Board seized the cranes of Vantmoor Construction.\n\n"
         "The board said 40 cranes were held.", [("40", "board")]),
        # "according to the union", the same rule
        ("The Avel Dockers' Union met on Monday.\n\nAbout 900 members voted, according to the union.",
         [("900", "dockers")]),
    ],
)
def test_the_noun_names_the_body_whose_name_ends_in_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word before the noun that is a word of the name ("the construction company")
        ("Vantmoor Construction said it employs 900 workers. The construction company said 300 workers had left.",
         [("900", "vantmoor"), ("300", "vantmoor")]),
        # "the union" is not the bureau that stated the figures before it (review 07 ¶5)
        ("The Food Safety & Inspection Bureau now counts 26 people who fell ill. "
         "The plant employs some 1,150 workers, according to the union.", [("26", "fsib"), ("1,150", "")]),
        # nor "the company" a board that spoke before
        ("The Selby Harbour Board said 40 cranes were held. The company said 30 cranes were held.",
         [("40", "board"), ("30", "")]),
    ],
)
def test_a_definite_description_names_only_a_body_it_fits(text: str, expected: list[tuple[str, str]]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (02 ¶4): a role in apposition between "according to" and the name
        ("About 52,000 packs are affected, according to a spokesman for the retailer, Tomás Ibáñez.",
         [("52,000", "ibanez")]),
        ("About 3,000 dockers struck, according to a union spokeswoman, Nadia Okafor.", [("3,000", "okafor")]),
        # a subject after the verb: "…, said X"
        ("The port handled 40 ships in March, said Ilse Varga.", [("40", "varga")]),
        ("The court heard 14 witnesses, said Judge Helena Vos.", [("14", "vos")]),
    ],
)
def test_the_name_after_the_verb_or_the_role_states_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the verb is no claimant (dev set: "a Moscow design centre that ...")
        ("Avel officials said 300 dockers marched.", [("300", "")]),
        # a reporting verb in a relative clause after the figures attributes none of them
        ("The yard has an office that has 400 employees and a lease, which Vantmoor Construction estimates to be long.",
         [("400", "")]),
        # before them it does
        ("The count that the Avel Dockers' Union said gave it 1,200 members was disputed.", [("1,200", "dockers")]),
    ],
)
def test_what_is_no_claimant(text: str, expected: list[tuple[str, str]]) -> None:
    assert stated(text) == expected

"""Who said it, roles, intake (review s22: l.md #3, #4, #16; k.md #12, #18).

- "…, prompting the local MP, X, to accuse him of "…"": the words are X's, the subject of
  the infinitive, not the main clause's speaker nor "him".
- "The independent review … is due to report. Its chair, X, visited": "its" is the review,
  no organisation, never the body named in the paragraph before.
- "X announced the inquiry on Monday, telling MPs that … "…"": X speaks.
- "The trust disputes the figures. A spokesman said … "…"": the trust speaks, through a
  spokesman.

Each review case is rewritten as a small invented sentence with siblings from a court
case, a recall and a merger, and cases that must not change; worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.model import Alias, Entity

from conftest import annotated_in


def _entity(eid: str, name: str, kind: str = "person") -> Entity:
    aliases = (Alias(name), Alias(name.split()[-1], after_full_name=True)) if kind == "person" else (Alias(name),)
    return Entity(id=eid, kind=kind, name=name, aliases=aliases, summary="s")


ENTITIES = [
    _entity("okonedo", "Martin Okonedo"),
    _entity("lindley", "Sarah Lindley"),
    _entity("greaves", "Alison Greaves"),
    _entity("pell", "Jonathan Pell"),
    _entity("vos", "Helena Vos"),
    _entity("reed", "Tom Reed"),
    _entity("authority", "Harbour Protection Authority", "organisation"),
    _entity("trust", "Calder Valley Hospitals Trust", "organisation"),
    _entity("marlow", "Marlow Motors", "organisation"),
]
DAY = dt.date(2026, 11, 24)


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in annotated_in(text, ENTITIES, DAY).quotes]


def roles(text: str) -> list[tuple[str, str]]:
    return [(f.entity, f.value) for f in annotated_in(text, ENTITIES, DAY).facts if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: Lindley accuses; the first quotation stays Okonedo's
        ('Martin Okonedo told the committee last Wednesday that the decision had been "correct on the evidence we '
         'had at the time", prompting the local MP, Sarah Lindley, to accuse him of "hiding behind a formula".',
         [("okonedo", "correct on the evidence we had at the time"), ("lindley", "hiding behind a formula")]),
        # a court case: "leading X to describe it as"
        ('Judge Helena Vos cut the sentence on appeal, leading Tom Reed to describe the ruling as "a second '
         'chance I did not expect".', [("reed", "a second chance I did not expect")]),
        # a recall: "which prompted X to call it"
        ('Tom Reed said the recall was "late but complete", which prompted Sarah Lindley to call it "a '
         'whitewash of the worst kind".',
         [("reed", "late but complete"), ("lindley", "a whitewash of the worst kind")]),
        # must not change: an object with no infinitive of speaking keeps the subject's words
        ('Martin Okonedo defended the merger, urging Sarah Lindley to read the report, which he called "the '
         'clearest case we have ever made".', [("okonedo", "the clearest case we have ever made")]),
    ],
)
def test_the_object_of_a_verb_of_causing_speaks_the_infinitive(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: the participle's subject tells
        ('Health Secretary Jonathan Pell announced the inquiry in parliament on Monday, telling MPs that the '
         'families had been "failed not once but repeatedly" by the hospital.',
         [("pell", "failed not once but repeatedly")]),
        # a merger
        ('Tom Reed confirmed the takeover on Tuesday, telling staff the two firms would be "stronger together '
         'than apart".', [("reed", "stronger together than apart")]),
        # must not change: a "with" clause has a subject of its own
        ('Martin Okonedo met residents on Friday, with one of them telling him the wall was "twenty years too '
         'late".', [("", "twenty years too late")]),
    ],
)
def test_a_telling_participle_is_its_main_clause_subjects(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "via"),
    [
        # the review's case: the trust, named by "The trust" opening the sentence before
        ('Calder Valley Hospitals Trust runs the unit.\n\nThe trust disputes the families\' figures. A spokesman '
         'said its own reviews had found that care "could have made a difference to the outcome" in 19 deaths.',
         [("trust", "could have made a difference to the outcome")], "spokesman"),
        # a recall: the body named as the subject, the spokesperson after the quotation
        ('Marlow Motors rejected the claim. "Every car we recalled has been repaired," a spokeswoman said.',
         [("marlow", "Every car we recalled has been repaired")], "spokeswoman"),
        # must not change: after a person's sentence, an unnamed spokesperson is no one named
        ('Martin Okonedo met residents on Friday. A spokesman said the visit had been "long overdue and very '
         'useful".', [("", "long overdue and very useful")], ""),
        # must not change: a sentence before with an unnamed subject that is no body
        ('The independent review disputes the figures. "We have acted on the evidence we had," a spokeswoman '
         'said.', [("", "We have acted on the evidence we had")], ""),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_body_before(text: str, expected: list[tuple[str, str]], via: str) -> None:
    found = annotated_in(text, ENTITIES, DAY).quotes
    assert [(q.speaker, q.text) for q in found] == expected
    assert [q.via for q in found] == [via]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case: "its" is the review, no body
        ('The Harbour Protection Authority said it would act. The independent review ordered last month by '
         'environment minister Jonathan Pell is due to report in February. Its chair, Dame Alison Greaves, '
         'visited the town on Friday.', [("greaves", "chair"), ("pell", "environment minister")]),
        # a court case: the inquest, after the trust
        ('Calder Valley Hospitals Trust apologised. The inquest into the deaths opens on Monday. Its coroner, '
         'Helena Vos, has asked for the records.', [("vos", "coroner")]),
        # must not change: "The authority" stands for the authority
        ('Jonathan Pell met the Harbour Protection Authority. The authority said it would act. Its chair, Dame '
         'Alison Greaves, visited the town on Friday.', [("greaves", "chair (Harbour Protection Authority)")]),
        # must not change: a body named in that sentence, when its subject is no body
        ('The announcement followed a bruising week for the Harbour Protection Authority. Its chief executive, '
         'Martin Okonedo, told MPs on Wednesday that the wall was unaffordable.',
         [("okonedo", "chief executive (Harbour Protection Authority)")]),
        # must not change: the body named as the subject before
        ('Marlow Motors recalled 4,000 cars on Monday. Its chief executive, Tom Reed, apologised.',
         [("reed", "chief executive (Marlow Motors)")]),
    ],
)
def test_its_stands_for_the_subject_before_even_when_it_is_no_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


STORY = (
    "Club sacks its coach after six defeats\n\n"
    "The club sacked its coach on Sunday after a sixth straight defeat.\n\n"
    "{promo}\n\n"
    "The chairman said the board had acted unanimously."
)


@pytest.mark.parametrize(
    ("promo", "skipped"),
    [
        ("Read more: Ten sackings that turned a season around", True),  # the review's case
        ("Related: Court fines carmaker over 3,000 faulty airbags", True),  # a recall
        ("READ MORE Merger talks collapse as shares fall 12%", True),  # a merger
        ("*Also read: Five things we learned from the trial*", True),  # emphasis kept in a text file
        ("Watch: The moment the verdict was read", True),
        # must not change: reporting that begins with the same words
        ("Read more about the ruling on page 4, the court said.", False),
        ("Watchdog fines club 2 million over unpaid wages.", False),
        ("Relatedly, the club said 12 staff would leave.", False),
    ],
)
def test_a_link_to_another_story_is_skipped_like_page_chrome(promo: str, skipped: bool) -> None:
    from builder.read.text import make_source

    source = make_source("s.txt", STORY.format(promo=promo), {}, "s")
    assert [p.skipped for p in source.paragraphs] == [False, False, skipped, False]


def test_a_promo_in_a_saved_page_is_skipped() -> None:
    from builder.read import convert
    from builder.read.text import make_source

    page = (b"<html><head><title>Club sacks coach</title></head><body><article><h1>Club sacks coach</h1>"
            b"<p>The club sacked its coach on Sunday after a sixth straight defeat, the chairman said.</p>"
            b"<p><em>Read more: Ten sackings that turned a season around</em></p>"
            b"<p>The chairman said the board had acted unanimously after a long meeting on Sunday night.</p>"
            b"</article></body></html>")
    converted = convert.convert("s.html", page)
    source = make_source("s.html", converted.text, {}, "s", converted=converted)
    kept = [source.text[p.start : p.end] for p in source.paragraphs if not p.skipped]
    assert "Read more: Ten sackings that turned a season around" in source.text
    assert not any(k.startswith("Read more") for k in kept)
    assert any(k.startswith("The chairman said the board") for k in kept)


ROLE_ENTITIES = [
    _entity("brunner", "Anneliese Brunner"),
    _entity("halloran", "Richard Halloran"),
    _entity("okafor", "Miriam Okafor"),
    _entity("pelling", "Tom Pelling"),
    Entity(id="hopewell", kind="organisation", name="Hopewell Relief", aliases=(Alias("Hopewell Relief"), Alias("Hopewell")),
           summary="s"),
    Entity(id="corvell", kind="organisation", name="Corvell Orthopaedics",
           aliases=(Alias("Corvell Orthopaedics"), Alias("Corvell")), summary="s"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases: a genitive before the name, an attributive body, a genitive after it
        ("Hopewell Relief said the team was safe. Hopewell Relief's director-general, Anneliese Brunner, thanked "
         "the elders.", ["director-general (Hopewell Relief)"]),
        ("The charity was founded in 1990. Hopewell director-general Anneliese Brunner thanked the elders.",
         ["director-general (Hopewell Relief)"]),
        ('"We will pay every patient," said Richard Halloran, Corvell\'s chairman and chief executive officer.',
         ["chairman and chief executive officer (Corvell Orthopaedics)"]),
        # a merger: the same after the name, a compound office of "general"
        ("Anneliese Brunner, Hopewell Relief's secretary-general, signed the merger.", ["secretary-general (Hopewell Relief)"]),
        # a court case: "Professor" is how she is addressed, no role; "Inquiry chair" is one
        ("Inquiry chair Professor Miriam Okafor said the hearings would start.", ["inquiry chair"]),
        ("The inquiry will be chaired by Professor Miriam Okafor, who has led two reviews.", []),
        # a recall: a title set off by commas is lower case, as a report writes it
        ('"We are sorry," said Tom Pelling, Chief Executive Officer.', ["chief executive officer"]),
        # must not change: a name in the title keeps its capitals
        ("Miriam Okafor, Senior Crown Prosecutor for CPS Mercia, said the trial would go ahead.",
         ["Senior Crown Prosecutor for CPS Mercia"]),
        ("Corvell Orthopaedics recalled the implant. Corvell's chief executive, Richard Halloran, apologised.",
         ["chief executive (Corvell Orthopaedics)"]),
    ],
)
def test_a_role_written_with_its_body_is_recorded(text: str, expected: list[str]) -> None:
    assert [f.value for f in annotated_in(text, ROLE_ENTITIES, DAY).facts if f.kind == "role"] == expected

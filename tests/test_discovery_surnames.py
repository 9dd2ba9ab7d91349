"""A person's surname after the full name is a short form of it, also when it is spelt
like a legal form without its full stops (fresh-user review, session 14, finding 4:
"Vos said" twice and "Judge Vos" after "Judge Helena Vos" gave no alias "Vos", as "vos"
is the Czech "v.o.s." written bare, so her quotes went unattributed). Siblings: a court
case's judge and a port strike's captain with a title before the surname."""

from __future__ import annotations

import pytest
from test_discovery import suggestions


@pytest.mark.parametrize(
    ("texts", "name", "surname"),
    [
        # the review's case (hearing ¶4, ruling ¶4-5)
        (('Judge Helena Vos of the Velsburg Commercial Court appointed an administrator. '
          '"There is a real risk that assets leave this company," Vos said from the bench.',
          'Judge Helena Vos said the claims would be met. "A worker is not a lender," Vos said. '
          'Judge Vos also referred the founder to the public prosecutor.'),
         "Helena Vos", "Vos"),
        # a court case: title and surname only after the full name
        (("Judge Ilse Varga heard the appeal on Monday. Judge Varga said the ruling would follow.",),
         "Ilse Varga", "Varga"),
        # a port strike: a rank before the surname
        (("Captain Owen Pryce led the pilots out on Monday. Pryce said the harbour would stay shut. Captain Pryce left.",),
         "Owen Pryce", "Pryce"),
    ],
)
def test_a_surname_after_the_full_name_is_its_short_form(texts: tuple[str, ...], name: str, surname: str) -> None:
    found = suggestions(*texts)
    assert surname in found[name].short_forms, found
    assert surname not in found, found


def test_a_discovered_judges_quotes_are_hers() -> None:
    """Built with `--discover`: "Vos said" after "Judge Helena Vos" gives her the quote."""
    import datetime as dt

    from builder import pipeline
    from builder.annotate import discover, provisionals
    from builder.annotate.annotate import annotate
    from builder.annotate.matcher import Matcher
    from builder.model import Dossier, Source
    from builder.read.text import split_paragraphs

    text = ('Judge Helena Vos said the claims would be met in full.\n\n'
            '"A worker is not a lender," Vos said. "He did not choose to extend credit to this company."')
    src = Source("s1", "s1.txt", text, "s1", published=dt.date(2025, 4, 10), paragraphs=split_paragraphs(text))
    found = discover.group_names(Dossier((src,), ()), pipeline.annotate_all((src,), (), 1))
    entities = provisionals.provisional(found, ())
    quotes = annotate(src, Matcher(list(entities)), {e.id: e for e in entities}).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("helena-vos", "A worker is not a lender"), ("helena-vos", "He did not choose to extend credit to this company.")]

"""A person's roles are his own and shown once (fresh-user review, session 14, finding 5:
"Judge Vos also referred Dietrich Brannock to the public prosecutor" gave Brannock the
role "Judge Vos also referred"; the judge's "Judge" (before her name) and "judge
(Velsburg Commercial Court)" were two rows of her profile, and her tooltip read "Helena
Vos, Judge"). Siblings from a port strike and a court case; roles worked out by hand."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conftest import annotated_in, call_builder
from conftest import person as _person

ENTITIES = [_person("vos", "Helena Vos"), _person("brannock", "Dietrich Brannock"), _person("pryce", "Owen Pryce"),
            _person("lowe", "Gareth Lowe"), _person("varga", "Ilse Varga"), _person("okafor", "Daniel Okafor")]
BY_ID = {e.id: e for e in ENTITIES}


def roles(text: str) -> list[tuple[str, str]]:
    return [(f.entity, f.value) for f in annotated_in(text, ENTITIES, dt.date(2025, 3, 4)).facts if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's case (ruling ¶5): a clause before the name, its subject's title in it
        ("Judge Helena Vos ruled on Wednesday. Judge Vos also referred Dietrich Brannock to the public prosecutor.",
         [("vos", "judge")]),
        # a port strike: a minister's title and a verb before the person named after it
        ("Minister Gareth Lowe met the pickets. Minister Lowe later thanked Owen Pryce for his patience.",
         [("lowe", "minister")]),
        # a court case: a title before a verb, no other name in the title
        ("Chief Judge sentenced Daniel Okafor to two years.", []),
        # a verb before the title: the title after it is the person's (the demo's "Hun Sen had
        # also accused CNRP senior official Son Chhay" was "accused senior official")
        ("Gareth Lowe had also accused union official Owen Pryce of lying.", [("pryce", "union official")]),
        # a title before the name stays the person's own
        ("Union leader Owen Pryce said the strike would go on.", [("pryce", "union leader")]),
    ],
)
def test_a_clause_before_a_name_is_no_role_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_one_role_bare_and_with_its_body_is_one_row_and_the_tooltip_writes_it_after_the_name(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Creditors met.\n\nA first hearing is set for 14 March before Judge Helena Vos.\n", encoding="utf-8")
    (seeds / "b.txt").write_text(
        "Creditors pressed claims.\n\nJudge Helena Vos of the Velsburg Commercial Court appointed an administrator. "
        '"There is a real risk that assets leave this company," Vos said.\n', encoding="utf-8")
    (seeds / "sources.yml").write_text('"a.txt":\n  title: A\n  published: 2025-03-11\n'
                                       '"b.txt":\n  title: B\n  published: 2025-03-15\n', encoding="utf-8")
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    docs = tmp_path / "docs"
    out = call_builder("build", "--discover", "--seeds", str(seeds), "--docs", str(docs))
    assert out.returncode == 0, out.stderr
    page = (docs / "people" / "helena-vos.md").read_text(encoding="utf-8")
    rows = re.findall(r"<td>([^<]*)</td>\n<td>role</td>", page)
    assert rows == ["judge (Velsburg Commercial Court)"], page
    assert "\nHelena Vos, judge &#40;Velsburg Commercial Court&#41;; not yet checked by an editor.\n" in page

"""`suggest`'s stubs, pasted into entities.yml as the README says, pass `check` (fresh-user
review, session 14, finding 6: two brothers, Dietrich and Konrad Brannock, were each given
the alias "Brannock" without `shared: true`, and `check` refused it). A surname two
suggested people share is marked shared; a form that is another stub's name is left out.
Siblings from a port strike (a family firm's two owners) and a court case (two judges)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from builder.annotate.discover import Suggestion
from builder.stubs import stubs

from conftest import call_builder, write_stories

SOURCES = {
    # the review's case: a bankruptcy's two brothers
    "bankruptcy": (
        "Judge Helena Vos also referred Dietrich Brannock to the public prosecutor over payments made to a company "
        "owned by his brother, Konrad Brannock. Konrad Brannock could not be reached.\n\n"
        "Dietrich Brannock, 61, said in a statement that the firm had been brought down. Brannock did not take questions.",
        "Brannock",
    ),
    # a port strike: husband and wife who own the stevedoring firm
    "strike": (
        "Pickets blocked the gates of the yard owned by Anna Kessler and her husband Jonas Kessler on Monday. "
        "Jonas Kessler said the yard would stay shut.\n\n"
        "Anna Kessler, who chairs the board, told reporters the offer stood. Kessler said talks would resume.",
        "Kessler",
    ),
    # a court case: two judges with one surname
    "court": (
        "Judge Miriam Osei heard the appeal on Monday. Judge Daniel Osei, her cousin, sat in the next courtroom.\n\n"
        "Miriam Osei said the ruling would come next week. Osei adjourned the hearing.",
        "Osei",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("story", sorted(SOURCES))
def test_suggested_stubs_pass_check(tmp_path: Path, story: str) -> None:
    text, surname = SOURCES[story]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(text + "\n", encoding="utf-8")
    (seeds / "sources.yml").write_text('"story.txt":\n  title: A story\n  published: 2025-04-10\n', encoding="utf-8")
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    out = call_builder("suggest", "--seeds", str(seeds))
    assert out.returncode == 0, out.stderr
    claims = re.findall(r'\{text: "' + surname + r'"[^}]*\}', out.stdout)
    assert len(claims) == 2 and all("shared: true" in c for c in claims), out.stdout
    (seeds / "entities.yml").write_text(out.stdout, encoding="utf-8")
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0, checked.stderr + out.stdout


def _suggestion(name: str, kind: str, forms: tuple[str, ...], short: tuple[str, ...] = ()) -> Suggestion:
    return Suggestion(name, kind, 2, ("s",), forms, f"{name} said.", "s", 1, short)


def test_a_form_that_is_another_stubs_name_is_left_out(tmp_path: Path) -> None:
    """"Kessel" suggested as a firm of its own and as the short form of "Kessel Shipping
    Group": a name cannot be shared, so the short form goes (the reviewer sees both stubs)."""
    out = stubs([
        _suggestion("Kessel", "organisation", ("Kessel",)),
        _suggestion("Kessel Shipping Group", "organisation", ("Kessel Shipping Group",), ("Kessel",)),
        _suggestion("Ilse Varga", "person", ("Ilse Varga",), ("Varga",)),
    ])
    aliases = {e["name"]: e.get("aliases", []) for e in yaml.safe_load(out)}
    assert aliases == {"Kessel": [], "Kessel Shipping Group": [],
                       "Ilse Varga": [{"text": "Varga", "after_full_name": True}]}
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text("Kessel Shipping Group and Kessel met Ilse Varga.\n", encoding="utf-8")
    (seeds / "entities.yml").write_text(out, encoding="utf-8")
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0, checked.stderr


def test_a_pasted_stubs_placeholder_summary_is_warned_about_once(tmp_path: Path) -> None:
    """Fresh-user review s14b: pasted as it is, `suggest`'s output published "TODO: one
    line" as every tooltip and profile summary, without a word from the build."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(SOURCES["bankruptcy"][0] + "\n", encoding="utf-8")
    (seeds / "sources.yml").write_text('"story.txt":\n  title: A story\n  published: 2025-04-10\n', encoding="utf-8")
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    (seeds / "entities.yml").write_text(call_builder("suggest", "--seeds", str(seeds)).stdout, encoding="utf-8")
    built = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert built.returncode == 0, built.stderr
    warned = [line for line in built.stderr.splitlines() if "placeholder summary" in line]
    assert len(warned) == 1 and warned[0].startswith(f"warning: {seeds / 'entities.yml'}:"), built.stderr
    assert "entities have suggest's placeholder summary 'TODO: one line' ('" in warned[0]
    entities = yaml.safe_load((seeds / "entities.yml").read_text(encoding="utf-8"))
    for e in entities:
        e["summary"] = f"{e['name']}, in the story."
    (seeds / "entities.yml").write_text(yaml.safe_dump(entities), encoding="utf-8")
    assert "placeholder" not in call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")).stderr


@pytest.mark.parametrize(
    ("texts", "name", "other"),
    [
        # fresh-user review, session 14: one bank written with a hyphen in a second source
        (("Northmere Bank lent the firm 8 million euros. Northmere Bank declined to comment.",
          "Northmere-Bank said on Friday it had acted properly. Northmere-Bank said nothing more."),
         "Northmere Bank", "Northmere-Bank"),
        # a city with and without its accent (a wire's character set drops it)
        (("The plant in São Paulo closed. A spokesman for São Paulo said the city would help.",
          "Workers in Sao Paulo protested. Officials in Sao Paulo met the workers."),
         "São Paulo", "Sao Paulo"),
        # a person with and without accents, a court case
        (("Judge José Núñez heard the appeal on Monday. José Núñez said the ruling would come soon.",
          "Judge Jose Nunez adjourned the hearing. Jose Nunez gave no date."),
         "José Núñez", "Jose Nunez"),
    ],
)
def test_names_differing_only_in_accents_or_hyphens_are_one_stub(
    tmp_path: Path, texts: tuple[str, str], name: str, other: str
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_stories(seeds, {f"s{i}.txt": (f"2025-03-1{i}", f"Story {i}\n\n{text}\n") for i, text in enumerate(texts)})
    (seeds / "entities.yml").write_text("", encoding="utf-8")
    out = call_builder("suggest", "--seeds", str(seeds))
    assert out.returncode == 0, out.stderr
    entries = yaml.safe_load(out.stdout)
    mine = [e for e in entries if e["name"] in (name, other)]
    # (a person's stub also proposes the surname, waiting for the full name: "Núñez")
    assert [(e["name"], [a for a in e.get("aliases") if isinstance(a, str)]) for e in mine] == [(name, [other])], out.stdout
    (seeds / "entities.yml").write_text(out.stdout, encoding="utf-8")
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0, checked.stderr + out.stdout


def test_names_that_slug_alike_get_unique_ids(tmp_path: Path) -> None:
    """Two names `normal` keeps apart whose slugs are one ("Ng & Co" and "Ng Co"), and a
    name whose slug a registered entity has: each stub's id is unique, as `--discover`
    gives it ("-2"), so the pasted stubs pass `check`."""
    out = stubs([
        _suggestion("Ng & Co", "organisation", ("Ng & Co",)),
        _suggestion("Ng Co", "organisation", ("Ng Co",)),
        _suggestion("Velsburg", "place", ("Velsburg",)),
    ], taken=("velsburg",))
    ids = {e["name"]: e["id"] for e in yaml.safe_load(out)}
    assert ids == {"Ng & Co": "ng-co", "Ng Co": "ng-co-2", "Velsburg": "velsburg-2"}
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text("Ng & Co and Ng Co met in Velsburg.\n", encoding="utf-8")
    registered = '- id: velsburg\n  kind: place\n  name: "Velsburg Old Town"\n  summary: "A district."\n'
    (seeds / "entities.yml").write_text(registered + out, encoding="utf-8")
    checked = call_builder("check", "--seeds", str(seeds))
    assert checked.returncode == 0, checked.stderr

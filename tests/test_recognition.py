"""Recognition against the hand-checked gold file, and properties over random registries.

Gold: tests/golden/mentions.tsv (how it was made is in its header) lists every mention
in the demo sources with offsets and entity; the builder must find exactly those.
Properties (hypothesis): for random alias sets and random texts, mentions never overlap,
their offsets point at their text, every alias written into a text is found, short forms
count only after the full name, and the rendered paragraph shows exactly the source text.
"""

from __future__ import annotations

import string
from pathlib import Path

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder import pipeline
from builder.annotate.matcher import Matcher, fold, lower, resolve
from builder.model import Alias, Entity
from builder.present.markup import Marker, Span
from builder.present.render import environment
from builder.read import sources

from conftest import SEEDS, examples
from htmltext import texts_by_id

GOLD = Path(__file__).parent / "golden" / "mentions.tsv"


def test_demo_mentions_match_the_gold_file() -> None:
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    gold = {(f, int(s), int(e), t, eid) for f, s, e, t, eid in (line.split("\t") for line in lines[1:])}
    dossier = sources.load(SEEDS)
    annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1)
    found = {(s.file, m.start, m.end, m.text, m.entity) for s in dossier.sources for m in annotated[s.id].mentions}
    true = len(found & gold)
    precision, recall = true / len(found), true / len(gold)
    print(f"gold mentions: {len(gold)}; found: {len(found)}; precision {precision:.3f}, recall {recall:.3f}")
    assert len(gold) == 221
    assert (precision, recall) == (1.0, 1.0), (sorted(found - gold)[:5], sorted(gold - found)[:5])
    for f, s, e, t, _ in gold:  # the file's own offsets point at its text
        source = next(x for x in dossier.sources if x.file == f)
        assert source.text[s:e] == t


# Words of a small alphabet so that aliases collide, nest and share prefixes often.
word = st.text(alphabet="abkmnorst", min_size=1, max_size=4).map(str.capitalize)
form = st.lists(word, min_size=1, max_size=3).map(" ".join)


@st.composite
def registries(draw: st.DrawFn) -> list[Entity]:
    """Entities with distinct full names; short forms (after_full_name) and shared aliases."""
    names = draw(st.lists(form, min_size=1, max_size=6, unique_by=lambda n: lower(n)))
    taken = {lower(n) for n in names}
    entities = []
    for i, name in enumerate(names):
        aliases = [Alias(name, case_sensitive=draw(st.booleans()))]
        for extra in draw(st.lists(form, max_size=2)):
            if lower(extra) in taken:
                continue
            taken.add(lower(extra))
            aliases.append(Alias(extra, case_sensitive=draw(st.booleans()), after_full_name=draw(st.booleans())))
        entities.append(Entity(f"e{i}", "person", name, tuple(aliases), "s"))
    shared = draw(st.one_of(st.none(), form))
    if shared and lower(shared) not in taken and len(entities) > 1:
        entities = [
            Entity(e.id, e.kind, e.name, (*e.aliases, Alias(shared, shared=True)), e.summary) if i < 2 else e
            for i, e in enumerate(entities)
        ]
    return entities


noise = st.one_of(
    st.text(alphabet=string.digits + "–—“”’'\"()[]<>*_#&;.!? \n" + "éß", max_size=6),
    st.text(alphabet="abkmnorstAB’'", min_size=1, max_size=7),  # words that contain or extend aliases
)


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registries(), st.data())
def test_mentions_never_overlap_and_point_at_their_text(entities: list[Entity], data: st.DataObject) -> None:
    forms = [a for e in entities for a in e.aliases]
    pieces = data.draw(st.lists(st.one_of(noise, st.sampled_from(forms).map(lambda a: a.text)), max_size=30))
    text = " ".join(pieces)
    matcher = Matcher(entities)
    hits = matcher.hits(text)
    by_id = {e.id: e for e in entities}
    reach = 0
    for hit, entity in resolve(hits):
        assert hit.start >= reach, "mentions overlap"
        reach = hit.end
        surface = text[hit.start : hit.end]
        assert any(lower(fold(surface)) == lower(fold(a.text)) for a in by_id[entity].aliases)
        assert not (hit.start > 0 and text[hit.start - 1].isalnum() and surface[0].isalnum())
        assert not (hit.end < len(text) and text[hit.end].isalnum() and surface[-1].isalnum())


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registries(), st.data())
def test_every_alias_written_is_found(entities: list[Entity], data: st.DataObject) -> None:
    """Aliases separated by ", " (which no alias contains) are each found, at their place;
    a short form only after its entity's full name; a shared one for the last named."""
    written = data.draw(st.lists(st.sampled_from([(e, a) for e in entities for a in e.aliases]), max_size=12))
    text, places = "", []
    for e, a in written:
        if text:
            text += ", "
        places.append((len(text), len(text) + len(a.text), e, a))
        text += a.text
    hits = Matcher(entities).hits(text)
    assert [(h.start, h.end) for h in hits] == [(s, t) for s, t, _, _ in places]
    named: dict[str, int] = {}
    expected = []
    for start, _, _e, a in places:
        claimants = [x for x in entities if any(lower(y.text) == lower(a.text) for y in x.aliases)]
        full = [x for x in claimants if any(lower(y.text) == lower(a.text) and not (y.after_full_name or y.shared) for y in x.aliases)]
        if len(full) == 1:
            who = full[0].id
        else:
            eligible = [x.id for x in claimants if x.id in named]
            if not eligible:
                continue
            who = max(eligible, key=lambda i: named[i])
        if any(lower(y.text) == lower(a.text) and not (y.after_full_name or y.shared) for y in next(x for x in entities if x.id == who).aliases):
            named[who] = start
        expected.append((start, who))
    assert [(h.start, who) for h, who in resolve(hits)] == expected


MARKER = Marker(environment())
EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "pymdownx.details", "toc"]


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registries(), st.data())
def test_annotated_paragraph_shows_exactly_the_source_text(entities: list[Entity], data: st.DataObject) -> None:
    forms = [a.text for e in entities for a in e.aliases]
    pieces = data.draw(st.lists(st.one_of(noise.map(lambda s: s.replace("\n", " ")), st.sampled_from(forms)), min_size=1, max_size=20))
    text = " ".join(pieces).strip()
    if not text:
        return
    spans = [
        Span(h.start, h.end, "entity", f"people/{e}.md", "person", "summary")
        for h, e in resolve(Matcher(entities).hits(text))
    ]
    md = MARKER.paragraph(text, 0, len(text), 1, spans, "sources/s.md", False)
    html = markdown.markdown(md, extensions=EXTENSIONS)
    assert texts_by_id(html)["p-1"] == text
    assert html.count('class="entity') == len(spans)

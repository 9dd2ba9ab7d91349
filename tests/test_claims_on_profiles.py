"""Claims on profiles: a "Side by side" link reaches its own count when two counts' headings slugify
alike (attack review s13 #4: owners named in Cyrillic gave every profile '#plants' while
the page's ids were 'plants', 'plants_1', 'plants_2')."""

from __future__ import annotations

import markdown

from builder.present import figures, quantities
from builder.present.listings import claim_links


def test_each_count_links_to_the_id_its_heading_gets_on_the_page() -> None:
    names = {"a": "Завод", "b": "Фабрика", "c": "工場"}
    counts = [quantities.Count("plants", owner, [], [], ()) for owner in ("a", "b", "c")]
    links = claim_links(counts, names)
    page = "# Claims\n\n" + "".join(f"## {c.heading(names)}\n\ntext\n\n" for c in counts)
    md = markdown.Markdown(extensions=["toc"])
    md.convert(page)
    ids = [t["id"] for t in md.toc_tokens[0]["children"]]  # type: ignore[attr-defined]
    assert [links[("plants", o)].split("#")[1] for o in ("a", "b", "c")] == ids == ["plants", "plants_1", "plants_2"]


def test_a_profile_shows_a_few_figures_of_a_count_its_own_first() -> None:
    # attack review s13 #1: one count stated by N people put all N figures on each of the
    # N profiles (quadratic: 157 MB of profiles at 2,000 sources)
    from builder.present.profiles import MAX_FIGURES, shown_voices

    voices = [(f"{3000 + n:,}", [(f"p{n}", "")]) for n in range(200)]
    shown, more = shown_voices(voices, "p150")
    assert len(shown) == MAX_FIGURES and more == 200 - MAX_FIGURES
    assert shown[-1] == ("3,150", [("p150", "")]) and shown[0] == ("3,000", [("p0", "")])  # own figure kept, order kept
    assert shown_voices(voices[:MAX_FIGURES], "p1") == (voices[:MAX_FIGURES], 0)


def test_figures_are_compared_exactly_however_long() -> None:
    # attack review s13 #5: floats took 9007199254740993 for 9007199254740992, and two
    # 401-digit figures for one (both inf): the second source's row showed the first's figure
    assert figures.amount("9,007,199,254,740,993") != figures.amount("9,007,199,254,740,992")
    assert figures.amount("1" + "0" * 400) != figures.amount("2" + "0" * 400)
    assert figures.amount("1.3 million") == 1_300_000 and figures.amount("£8 million") == 8_000_000
    assert figures.amount("12 500") == figures.amount("12.500") == 12_500
    assert figures.amount("1.2.3.4x") == 0  # not a number: no error

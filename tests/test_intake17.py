"""Source intake: a press release's banner, an emphasised date line and an update note
are the source's metadata, not its title or an event (intake round 17)."""

from __future__ import annotations

import pytest

from builder.annotate import opening
from builder.annotate.annotate import annotate
from builder.annotate.matcher import Matcher
from builder.read.text import make_source, release_banner


def _dates(text: str) -> tuple[str, list[tuple[str, str]]]:
    source = make_source("a.txt", text, {}, "a")
    return source.title, [(d.text, d.role) for d in annotate(source, Matcher(()), {}).dates]


@pytest.mark.parametrize("banner", [
    "NOT FOR RELEASE UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022",
    "FOR IMMEDIATE RELEASE",
    "EMBARGOED UNTIL 10:00 GMT 3 MARCH",
    "PRESS RELEASE",
    "MEDIA STATEMENT",
    "NEWS RELEASE",
    "Embargoed: 09:00 1 May 2024",
    "**Press release**",
])
def test_a_release_banner_is_no_title(banner: str) -> None:
    assert release_banner(banner)
    title, _ = _dates(f"{banner}\n\nCourt rejects the appeal\n\nThe court ruled on 3 March 2024.\n")
    assert title == "Court rejects the appeal"


@pytest.mark.parametrize("headline", [
    "Embargo on arms lifted",
    "Press release fails to calm creditors",
    "Embargo to stay, ministers say",
    "Union announces ballot result",
])
def test_a_headline_that_names_a_release_or_an_embargo_stays_a_title(headline: str) -> None:
    assert not release_banner(headline)
    assert _dates(f"{headline}\n\nThe union said so on 3 March 2024.\n")[0] == headline


def test_a_banners_date_is_no_event() -> None:
    _, dates = _dates("NOT FOR RELEASE UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022\n\nUnion announces ballot result\n\n"
                      "Members voted on 14 November 2022 to accept the offer.\n")
    assert [role for text, role in dates if text != "14 November 2022"] == ["dateline"] * (len(dates) - 1)
    assert ("14 November 2022", "event") in dates


@pytest.mark.parametrize(("text", "title", "skip"), [
    ("FOR IMMEDIATE RELEASE\n\nCourt rejects the appeal\n\nThe court ruled on 3 March 2024.\n", "Court rejects the appeal", (1, 2)),
    ("PRESS RELEASE\n\nEMBARGOED UNTIL 10:00 GMT 3 MARCH\n\nStrike called off\n\nThe union said so.\n", "Strike called off", (1, 2, 3)),
    ("Court rejects the appeal\n\nThe court ruled on 3 March 2024.\n", "Court rejects the appeal", (1,)),
])
def test_add_proposes_the_title_after_a_release_banner_and_skips_the_banner(text: str, title: str, skip: tuple[int, ...]) -> None:
    found = opening.opening(text)
    assert (found.title, found.skip) == (title, skip)

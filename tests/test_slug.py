"""The offline zip's and the PDF's file names are made from the site's plain name, not
its HTML (MkDocs' `site_name` is HTML: `&` is written `&amp;`)."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script", ["pack_offline", "dossier_pdf"])
def test_slug_is_made_from_the_plain_name(script: str) -> None:
    slug = _script(script).file_name  # both scripts name their file by builder.paths.file_name (main 2ea9492..777efa7)
    assert slug("Marlow &amp; Penn collapse, 2025") == "marlow-penn-collapse-2025"
    assert slug("Marlow & Penn collapse, 2025") == "marlow-penn-collapse-2025"
    assert slug("O&#39;Hara v. Dunmore &lt;appeal&gt;") == "o-hara-v-dunmore-appeal"
    assert slug("") == "dossier"


def test_letters_outside_ascii_are_transliterated_not_dropped() -> None:
    """Fresh-user review s14b: "Margarethe Østergaard" became `margarethe-stergaard` and
    "Jürgen Weiß" `jurgen-wei` (NFKD then ASCII dropped every letter with no
    decomposition); a name in Han characters became "untitled"."""
    from builder.paths import file_name
    from builder.read.text import slugify

    assert slugify("Margarethe Østergaard") == "margarethe-ostergaard"
    assert slugify("Jürgen Weiß") == "jurgen-weiss"
    assert slugify("Gdańsk shipyard") == "gdansk-shipyard"
    assert slugify("陈志明") == "chenzhiming"
    assert slugify("Москва talks") == "moskva-talks"
    assert slugify("Æsir strike, 2025") == "aesir-strike-2025"
    assert slugify("Cambodia’s ruling party") == "cambodias-ruling-party"  # as before: apostrophes joined
    assert slugify("…") == "untitled"
    assert file_name("Gdańsk strike, 2025") == "gdansk-strike-2025"
    assert file_name("Straße &amp; Øresund") == "strasse-oresund"

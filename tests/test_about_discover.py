"""What the build says of names when the registry is empty: the about page's method
follows `--discover`, and a build that highlights nothing says why (fresh-user review s13:
an empty registry gave a bare site with no hint, and the about page said unregistered
names are never marked while the site marked them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.__main__ import main

TEXT = "Talks stall\n\nThe Avel Dockers Union met Kessel Shipping on Monday, Ilse Varga said.\n"


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  title: Talks stall\n  published: 2025-02-10\n", encoding="utf-8")
    (seeds / "entities.yml").write_text("# none yet\n", encoding="utf-8")
    return seeds


@pytest.mark.slow
@pytest.mark.parametrize("discover", [False, True])
def test_the_about_page_and_the_summary_say_how_names_were_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], discover: bool,
) -> None:
    seeds, docs = _seeds(tmp_path), tmp_path / "docs"
    assert main(["build", "--seeds", str(seeds), "--docs", str(docs), *(["--discover"] if discover else [])]) == 0
    about = (docs / "about.md").read_text(encoding="utf-8")
    err = capsys.readouterr().err
    if discover:
        assert "found by the builder itself" in about and "is not marked" not in about
        assert "registers no entity" not in err
    else:
        assert "A name that the registry does not list is not marked." in about
        assert "found by the builder" not in about
        assert f"note: {seeds / 'entities.yml'} registers no entity" in err and "--discover" in err

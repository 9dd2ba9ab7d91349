"""The site's stylesheet and scripts are generated files: a dossier folder with only
`seeds/` builds into a docs folder that has them (review s10: M7, a site without
highlights), a builder-written one is refreshed, and a file of the editor's is never
overwritten (kept, with a warning, when it differs)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from builder.present import assets

from conftest import ROOT, call_builder

OURS = sorted(p.name for p in (ROOT / "docs" / "assets").iterdir() if p.is_file())


def _folder(tmp: Path) -> tuple[Path, Path]:
    seeds, docs = tmp / "seeds", tmp / "docs"
    seeds.mkdir()
    (seeds / "report.txt").write_text("Ferry crews at Norwick walked out.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("report.txt: {title: Crews walk out, published: 2024-05-06}\n", encoding="utf-8")
    return seeds, docs


def _build(seeds: Path, docs: Path) -> tuple[str, str]:
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    return result.stdout, result.stderr


def test_a_folder_of_seeds_alone_gets_the_assets(tmp_path: Path) -> None:
    seeds, docs = _folder(tmp_path)
    _build(seeds, docs)
    assert "dossier.css" in OURS and "a11y.js" in OURS
    for name in OURS:
        assert (docs / "assets" / name).read_bytes() == (ROOT / "docs" / "assets" / name).read_bytes(), name
    manifest = json.loads((docs / ".dossier-manifest.json").read_text(encoding="utf-8"))["files"]
    assert {f"assets/{n}" for n in OURS} <= set(manifest)
    out, err = _build(seeds, docs)
    assert "(0 written," in out and "assets" not in err


def test_a_builder_written_asset_is_refreshed_and_the_editors_own_files_are_not_touched(tmp_path: Path) -> None:
    seeds, docs = _folder(tmp_path)
    _build(seeds, docs)
    (docs / "assets" / "dossier.css").write_text("/* an older stylesheet */\n", encoding="utf-8")
    (docs / "assets" / "logo.svg").write_text("<svg/>", encoding="utf-8")
    (docs / "assets" / "a11y.js").unlink()
    out, err = _build(seeds, docs)
    assert "(2 written," in out and "assets" not in err, (out, err)
    assert (docs / "assets" / "dossier.css").read_bytes() == (ROOT / "docs" / "assets" / "dossier.css").read_bytes()
    assert (docs / "assets" / "a11y.js").exists()
    assert (docs / "assets" / "logo.svg").read_text(encoding="utf-8") == "<svg/>"


def test_an_asset_the_builder_did_not_write_is_kept_when_it_differs_and_adopted_when_it_is_the_same(tmp_path: Path) -> None:
    seeds, docs = _folder(tmp_path)
    (docs / "assets").mkdir(parents=True)
    (docs / "assets" / "dossier.css").write_text("/* the editor's own colours */\n", encoding="utf-8")
    shutil.copyfile(ROOT / "docs" / "assets" / "tablesort.js", docs / "assets" / "tablesort.js")  # as `new` copies it
    _, err = _build(seeds, docs)
    assert (docs / "assets" / "dossier.css").read_text(encoding="utf-8") == "/* the editor's own colours */\n"
    warned = [line for line in err.splitlines() if "assets" in line]
    assert warned == [
        f"warning: {docs / 'assets' / 'dossier.css'}: differs from the builder's dossier.css and the builder did not "
        "write it, so it is kept as it is; delete it to have the builder's current one (highlights and date marks need it)"
    ]
    manifest = set(json.loads((docs / ".dossier-manifest.json").read_text(encoding="utf-8"))["files"])
    assert "assets/tablesort.js" in manifest and "assets/dossier.css" not in manifest
    (docs / "assets" / "dossier.css").unlink()  # as the warning says
    _, err = _build(seeds, docs)
    assert "assets" not in err
    assert (docs / "assets" / "dossier.css").read_bytes() == (ROOT / "docs" / "assets" / "dossier.css").read_bytes()


def test_a_linked_assets_folder_and_a_missing_source_leave_the_folder_alone(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared-assets"
    elsewhere.mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "assets").symlink_to(elsewhere)
    assert assets.assets(docs, set()) == assets.Assets((), frozenset(), ())
    seeds, _ = _folder(tmp_path)
    _build(seeds, docs)
    assert list(elsewhere.iterdir()) == []
    # an installation without the builder's assets keeps what the previous build wrote
    plain = tmp_path / "plain"
    assert assets.assets(plain, {"assets/dossier.css", "sources/a.md"}, source=tmp_path / "none") == assets.Assets(
        (), frozenset({"assets/dossier.css"}), ())
    made = assets.assets(plain, set())
    assert [rel for rel, _ in made.files] == [f"assets/{n}" for n in OURS]  # in name order


def test_a_logo_that_names_no_file_is_a_warning(tmp_path: Path) -> None:
    """`logo: assets/crane.svg` with no such image gave every page a broken image without
    a word (attack review, session 12, F7)."""
    seeds, docs = _folder(tmp_path)
    (seeds / "dossier.yml").write_text("title: Port Avel\nlogo: assets/crane.svg\n", encoding="utf-8")
    _, err = _build(seeds, docs)
    assert (f"warning: {seeds / 'dossier.yml'}: logo 'assets/crane.svg': no such file in {docs}; every page would show "
            "a broken image: put the image there") in err
    (docs / "assets" / "crane.svg").write_text("<svg/>", encoding="utf-8")
    _, err = _build(seeds, docs)
    assert not [line for line in err.splitlines() if "logo" in line and not line.startswith("note:")], err  # (the note names the seeds' path)

"""A new dossier in one command: `python -m builder new DIR` lays out seeds, dossier.yml
and the renderers' configuration; built with MkDocs (and, marked slow, Zensical) the site
carries only the new dossier's identity and not one word of the demo. The identity
(name, description, language, address, home and about text, offline zip name) comes from
dossier.yml alone."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, SEEDS, call_builder

# What the Makefile exports for the project's own docs folder must not leak into a new dossier's build.
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in ("DOSSIER_SITE", "DOCS_DIR", "SITE_DIR", "SITE_NAME", "SITE_URL")}
CLEAN_ENV["NO_MKDOCS_2_WARNING"] = "1"


def demo_words() -> set[str]:
    """The demo's own words: its registry's names and aliases, its source titles, outlets
    and URLs' hosts, and its dossier.yml's title and description."""
    words: set[str] = set()
    for entity in yaml.safe_load((SEEDS / "entities.yml").read_text(encoding="utf-8")):
        words.add(entity["name"])
        words.update(a if isinstance(a, str) else a["text"] for a in entity.get("aliases", []))
    for meta in yaml.safe_load((SEEDS / "sources.yml").read_text(encoding="utf-8")).values():
        words.update(str(meta.get(k)) for k in ("title", "outlet") if meta.get(k))
    identity = yaml.safe_load((SEEDS / "dossier.yml").read_text(encoding="utf-8"))
    words.update([identity["title"], identity["description"], "Cambodia", "election"])
    return {w for w in words if len(w) >= 4}


def built_text(site: Path) -> dict[str, str]:
    """Every page, feed and data file the renderer wrote (the theme's own scripts and
    stylesheets aside: they are the same for every site)."""
    return {
        str(p.relative_to(site)): p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.suffix in (".html", ".xml", ".json", ".txt", ".csv", ".js")
        and "assets/javascripts" not in p.as_posix() and "assets/stylesheets" not in p.as_posix()
    }


def leaked(site: Path) -> list[str]:
    found = []
    for path, text in built_text(site).items():
        for word in sorted(demo_words()):
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
                found.append(f"{path}: {word}")
    return found


@pytest.fixture(scope="module")
def new_dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m builder new` then `python -m builder build` inside it."""
    folder = tmp_path_factory.mktemp("new") / "port-strike"
    made = call_builder("new", str(folder))
    assert made.returncode == 0, made.stderr
    built = subprocess.run(
        [sys.executable, "-m", "builder", "build"], cwd=folder, capture_output=True, text=True,
        env={**CLEAN_ENV, "PYTHONPATH": str(ROOT)},
    )
    assert built.returncode == 0, built.stderr
    # the example builds with one warning: the example identity `new` wrote is still there
    assert built.stderr == ("warning: seeds/dossier.yml: 'title', 'description' and 'about' still hold "
                            "the example text that `new` wrote ('My dossier'): the site publishes it; write your own\n")
    return folder


@pytest.mark.slow
def test_new_lays_out_a_dossier(new_dossier: Path) -> None:
    files = sorted(str(p.relative_to(new_dossier)) for p in new_dossier.rglob("*") if p.is_file() and ".dossier-" not in str(p))
    assert {"seeds/dossier.yml", "seeds/sources.yml", "seeds/entities.yml", "seeds/example.txt", "mkdocs.yml",
            ".gitignore", "docs/assets/dossier.css", "docs/index.md", "docs/about.md"} <= set(files)
    again = call_builder("new", str(new_dossier))
    assert again.returncode == 2 and again.stderr.strip() == f"{new_dossier}: already exists and is not an empty folder; choose a new one"


def test_make_new_needs_a_folder() -> None:
    result = subprocess.run(["make", "-s", "new"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0 and "usage: make new DIR=" in result.stderr


def mkdocs(folder: Path) -> Path:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"], cwd=folder, capture_output=True, text=True, env=CLEAN_ENV,
    )
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.mark.slow
def test_new_dossier_built_with_mkdocs_has_no_word_of_the_demo(new_dossier: Path) -> None:
    site = mkdocs(new_dossier)
    assert len(built_text(site)) > 10
    assert leaked(site) == []
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.title.string == "My dossier"
    assert home.find("meta", attrs={"name": "description"})["content"] == "Sources on one story, annotated, cross-referenced and dated."
    assert home.html["lang"] == "en"
    assert home.find("link", rel="canonical") is None  # no site_url: no canonical link to a made-up host
    about = (site / "about.html").read_text(encoding="utf-8")
    assert "Replace this" in about and "localhost" not in about


def test_the_demo_words_are_found_where_they_are() -> None:
    """The check above can fail: the demo's own site is full of them."""
    page = (ROOT / "seeds" / "dossier.yml").read_text(encoding="utf-8")
    assert any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", page) for w in demo_words())


@pytest.mark.slow
def test_identity_comes_from_dossier_yml(new_dossier: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(new_dossier, folder, ignore=shutil.ignore_patterns("site"))
    (folder / "seeds" / "dossier.yml").write_text(
        'title: "Port Avel strike: 2024"\ndescription: The dockers\' strike, day by day.\nlanguage: fr\n'
        "site_url: https://example.org/port-avel/\nlogo: assets/crane.svg\nhome: |\n  Three weeks on the quay.\n"
        "about: |\n  Made by the *Avel* press club.\n", encoding="utf-8",
    )
    (folder / "docs" / "assets" / "crane.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    built = subprocess.run([sys.executable, "-m", "builder", "build"], cwd=folder, capture_output=True, text=True,
                           env={**CLEAN_ENV, "PYTHONPATH": str(ROOT)})
    assert built.returncode == 0, built.stderr
    site = mkdocs(folder)
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.title.string == "Port Avel strike: 2024" and home.h1.get_text() == "Port Avel strike: 2024"
    assert home.html["lang"] == "fr"
    assert home.find("img", src="assets/crane.svg") is not None  # the logo
    assert home.find("link", rel="canonical")["href"] == "https://example.org/port-avel/index.html"
    assert home.find("meta", attrs={"name": "description"})["content"] == "The dockers' strike, day by day."
    assert "Three weeks on the quay." in home.get_text() and "Where to start" not in home.get_text()
    about = BeautifulSoup((site / "about.html").read_text(encoding="utf-8"), "html.parser")
    # the editor's text first, then the method the home page sends readers to (fresh-user review, session 12)
    text = about.get_text()
    assert about.find("em").get_text() == "Avel" and text.index("Avel") < text.index("How this site was made") < text.index("How names are found")
    assert "https://example.org/port-avel/about.html" in (site / "sitemap.xml").read_text(encoding="utf-8")
    # The offline zip's name: scripts/pack_offline.py names it from the same settings.
    env = {**CLEAN_ENV, "DOSSIER_SITE": str(folder / "docs" / ".dossier-site.yml")}
    name = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, 'scripts'); import pack_offline as p; "
         "from mkdocs.config import load_config; print(p.file_name(load_config('mkdocs.offline.yml').site_name))"],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )
    assert name.stdout.strip() == "port-avel-strike-2024", name.stderr
    # A bad field is one line naming file, line and field.
    (folder / "seeds" / "dossier.yml").write_text("title: x\nsite_url: example.org\n", encoding="utf-8")
    bad = call_builder("check", "--seeds", str(folder / "seeds"))
    assert bad.returncode == 2
    assert bad.stderr.strip() == (f"{folder / 'seeds' / 'dossier.yml'}:2: the dossier: field 'site_url' is 'example.org'; "
                                  "expected an http(s) address ending in /")


@pytest.mark.slow
def test_hand_written_home_page_is_kept(new_dossier: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(new_dossier / "seeds", folder / "seeds")
    (folder / "docs").mkdir()
    (folder / "docs" / "index.md").write_text("# Mine\n", encoding="utf-8")
    result = call_builder("build", "--seeds", str(folder / "seeds"), "--docs", str(folder / "docs"))
    assert result.returncode == 0, result.stderr
    assert (folder / "docs" / "index.md").read_text(encoding="utf-8") == "# Mine\n"
    assert (folder / "docs" / "about.md").exists()
    manifest = json.loads((folder / "docs" / ".dossier-manifest.json").read_text(encoding="utf-8"))
    assert "index.md" not in manifest["files"] and "about.md" in manifest["files"]


@pytest.mark.slow
@pytest.mark.xdist_group("zensical-venv")  # one worker makes .venv-zensical (test_renderers too)
def test_new_dossier_built_with_zensical_has_no_word_of_the_demo(new_dossier: Path, tmp_path: Path) -> None:
    installed = subprocess.run(["make", "-s", ".venv-zensical/.installed"], cwd=ROOT, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    folder = tmp_path / "z"
    shutil.copytree(new_dossier, folder, ignore=shutil.ignore_patterns("site"))
    result = subprocess.run(
        [str(ROOT / ".venv-zensical" / "bin" / "zensical"), "build", "--clean", "--strict"], cwd=folder,
        capture_output=True, text=True, env=CLEAN_ENV,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = folder / "site"
    assert (site / "index.html").is_file() and len(built_text(site)) > 10
    assert leaked(site) == []
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.title.string == "Home - My dossier"  # Zensical puts the page's nav title first
    assert home.find("meta", attrs={"name": "description"})["content"] == "Sources on one story, annotated, cross-referenced and dated."


@pytest.mark.slow
def test_a_kind_without_entities_is_not_in_the_navigation(new_dossier: Path, tmp_path: Path) -> None:
    """The example has people, organisations and places but no party: no "Parties" in the
    navigation or on the home page (its index page is still written: links to it hold)."""
    folder = tmp_path / "copy"
    shutil.copytree(new_dossier, folder, ignore=shutil.ignore_patterns("site"))
    site = mkdocs(folder)
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    nav = home.find("nav", class_="md-nav--primary")
    labels = [a.get_text(" ", strip=True) for a in nav.find_all("a")]
    assert any("People" in label for label in labels) and any("Places" in label for label in labels)
    assert not any("Parties" in label for label in labels), labels
    main = home.find("article") or home
    assert "parties/index" not in str(main)
    assert (folder / "docs" / "parties" / "index.md").exists()


def test_the_first_sources_added_replace_the_untouched_example(tmp_path: Path) -> None:
    """Fresh-user review s14: following the README (`new`, `add --append`, `build`) published
    the invented example's story beside the user's. Appended to a dossier whose example
    files are as `new` wrote them, the first sources replace them; an example the user
    edited stays (with a hint when printing, nothing removed)."""
    story = tmp_path / "walkout.txt"
    story.write_text("Dockers walk out\n\nDockers at Port Avel walked out on Monday.\n", encoding="utf-8")
    folder = tmp_path / "d"
    assert call_builder("new", str(folder)).returncode == 0
    seeds = folder / "seeds"
    printed = call_builder("add", "--seeds", str(seeds), str(story))
    assert "new`'s invented example" in printed.stdout and (seeds / "example.txt").exists()
    (seeds / "walkout.txt").unlink()
    appended = call_builder("add", "--seeds", str(seeds), "--append", str(story))
    assert appended.returncode == 0 and "removed `new`'s invented example" in appended.stdout
    assert sorted(p.name for p in seeds.iterdir()) == ["dossier.yml", "entities.yml", "sources.yml", "walkout.txt"]
    assert yaml.safe_load((seeds / "entities.yml").read_text(encoding="utf-8")) is None  # comments only
    assert list(yaml.safe_load((seeds / "sources.yml").read_text(encoding="utf-8"))) == ["walkout.txt"]

    edited = tmp_path / "e"
    assert call_builder("new", str(edited)).returncode == 0
    with (edited / "seeds" / "entities.yml").open("a", encoding="utf-8") as f:
        f.write("- id: port-avel\n  kind: place\n  name: Port Avel\n")
    kept = call_builder("add", "--seeds", str(edited / "seeds"), "--append", str(story))
    assert kept.returncode == 0 and "removed" not in kept.stdout
    assert (edited / "seeds" / "example.txt").exists()
    assert "port-avel" in (edited / "seeds" / "entities.yml").read_text(encoding="utf-8")


def test_the_example_is_never_removed_through_a_link_nor_when_added_itself(tmp_path: Path) -> None:
    """Attack review s14b: with entities.yml a link to a copy outside seeds, removing the
    example cut the outside file to its comments; with sources.yml such a link, the example
    went and the story was copied before the link was refused; adding example.txt itself
    deleted it and appended its entry."""
    story = tmp_path / "walkout.txt"
    story.write_text("Dockers walk out\n\nDockers at Port Avel walked out on Monday.\n", encoding="utf-8")
    for name in ("entities.yml", "sources.yml"):
        folder = tmp_path / name
        assert call_builder("new", str(folder)).returncode == 0
        seeds = folder / "seeds"
        outside = tmp_path / f"outside-{name}"
        outside.write_bytes((seeds / name).read_bytes())
        (seeds / name).unlink()
        (seeds / name).symlink_to(outside)
        before = outside.read_bytes()
        result = call_builder("add", "--seeds", str(seeds), "--append", str(story))
        assert outside.read_bytes() == before and (seeds / "example.txt").exists()
        if name == "sources.yml":  # refused before anything is copied
            assert result.returncode == 2 and not (seeds / "walkout.txt").exists()
    folder = tmp_path / "itself"
    assert call_builder("new", str(folder)).returncode == 0
    seeds = folder / "seeds"
    again = tmp_path / "example.txt"
    again.write_bytes((seeds / "example.txt").read_bytes())
    assert call_builder("add", "--seeds", str(seeds), "--append", str(again)).returncode == 0
    assert (seeds / "example.txt").exists() and call_builder("check", "--seeds", str(seeds)).returncode == 0

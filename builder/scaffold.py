"""`new` and `add`: start a dossier, and bring files into one.

`new(folder)` lays out a dossier the way `mkdocs new` lays out a site: `seeds/` with one
example source, `sources.yml`, `entities.yml` and `dossier.yml`, the renderers'
configuration (`mkdocs.yml`, read by MkDocs and Zensical alike) and the stylesheet and
script under `docs/assets/`. `add(files, seeds)` copies files into a seeds folder and
returns their `sources.yml` entries with what each file's own metadata says.

Both refuse (`InputError`, exit status 2) before changing anything: a folder that is not
empty, a file that would overwrite another, a file that cannot be converted.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

from .annotate import opening, undated
from .errors import InputError
from .escaping import CONTROLS, shown, yaml_string
from .read import convert, frontmatter
from .read.listing import unsafe_name
from .read.schema import Mapping, not_a
from .read.sources import FRONT_MATTER, SOURCE_FIELDS
from .read.text import make_source, read_text

PROJECT = Path(__file__).resolve().parent.parent
"""The builder's checkout: its `mkdocs.yml` and `docs/assets/` are what a new dossier starts with."""
EXAMPLE = Path(__file__).resolve().parent / "present" / "templates" / "new-dossier"
"""The example seeds (and the new dossier's .gitignore)."""


def new(folder: Path) -> list[Path]:
    """Create a dossier in `folder` (which must not exist or be empty); return the files made."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError([f"{folder}: already exists and is not an empty folder; choose a new one"])
    config, assets = PROJECT / "mkdocs.yml", PROJECT / "docs" / "assets"
    if not config.is_file() or not assets.is_dir():
        raise InputError([f"{PROJECT}: no mkdocs.yml or docs/assets/ here; run `new` from the builder's checkout"])
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    made = []
    for name in ("dossier.yml", "sources.yml", "entities.yml", "example.txt"):
        made.append(seeds / name)
        shutil.copyfile(EXAMPLE / name, seeds / name)
    shutil.copyfile(config, folder / "mkdocs.yml")
    shutil.copyfile(EXAMPLE / "gitignore", folder / ".gitignore")
    shutil.copytree(assets, folder / "docs" / "assets")
    made += [folder / "mkdocs.yml", folder / ".gitignore", folder / "docs" / "assets"]
    return made


EXAMPLE_FILES = ("sources.yml", "entities.yml", "example.txt")
"""The seeds `new` writes that tell the example's story (dossier.yml names the dossier)."""


def untouched_example(seeds: Path) -> bool:
    """Whether `seeds` still holds `new`'s example exactly as written (each of
    `EXAMPLE_FILES` a regular file, not a link, byte for byte): then nothing in them is the
    user's, and removing it writes nowhere but `seeds`."""
    try:
        return all(not (seeds / name).is_symlink() and (seeds / name).is_file()
                   and (seeds / name).read_bytes() == (EXAMPLE / name).read_bytes() for name in EXAMPLE_FILES)
    except OSError:
        return False


def drop_example(seeds: Path) -> None:
    """Remove `new`'s untouched example from `seeds`: delete example.txt and keep only the
    opening comments of sources.yml and entities.yml (their guide to the format). Call
    only when `untouched_example(seeds)`: nothing the user wrote is lost."""
    # Each new file written beside its target and moved over it, the example deleted last:
    # a failure (a read-only file) leaves the example whole or only its text gone.
    staged = []
    try:
        for name in ("entities.yml", "sources.yml"):
            lines = (EXAMPLE / name).read_text(encoding="utf-8").splitlines(keepends=True)
            opening = lines[: next(n for n, line in enumerate(lines) if not line.startswith("#"))]
            temp = seeds / f".{name}.new"
            temp.write_text("".join(opening), encoding="utf-8")
            staged.append((temp, seeds / name))
        for name in ("entities.yml", "sources.yml"):
            if not os.access(seeds / name, os.W_OK):
                raise PermissionError(13, "Permission denied", str(seeds / name))
        for temp, target in staged:
            os.replace(temp, target)
        (seeds / "example.txt").unlink()
    finally:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)


def add(files: list[Path], seeds: Path) -> list[tuple[str, str]]:
    """Copy `files` into `seeds` and return (file name, `sources.yml` entry as YAML text), each
    with the title, byline, outlet, date and address the file states. Every file is
    checked (and converted) before any is copied."""
    problems: list[str] = []
    entries: list[tuple[str, str]] = []
    todo: list[tuple[Path, Path]] = []
    if not seeds.is_dir():
        raise InputError([f"{not_a(seeds, 'folder')}; expected the dossier's seeds folder"])
    forms = {unicodedata.normalize("NFC", n): n for n in os.listdir(seeds)}
    for path in files:
        target = seeds / path.name
        if not path.is_file():
            problems.append(not_a(path, "file"))
            continue
        if unsafe_name(path.name) or not path.name.isprintable():
            problems.append(f"{shown(str(path))[1:-1]}: the file name holds a control or bidirectional character; "
                            "rename the file (the build would refuse it)")
            continue
        twin = forms.setdefault(unicodedata.normalize("NFC", path.name), path.name)
        if twin != path.name:
            problems.append(f"{path}: {seeds}/{twin} differs from its name only in Unicode normal form; "
                            "rename the file (the two would look the same)")
            continue
        if target.is_symlink():  # a link, dangling or not: the copy would go wherever it points
            problems.append(f"{target}: a symbolic link is in the way; remove it to add {path.name}")
            continue
        if not convert.is_source(path.name):
            problems.append(f"{path}: not a kind of source the builder reads ({', '.join(convert.PLAIN + convert.CONVERTED)})")
            continue
        data = path.read_bytes()
        if target.exists() and target.read_bytes() != data:
            problems.append(f"{path}: {target} exists with other content; rename the file to add it")
            continue
        front: dict[str, object] = {}
        plain = convert.suffix(path.name) in convert.PLAIN
        if convert.suffix(path.name) in FRONT_MATTER:  # its front matter is its entry: not repeated
            block, data = frontmatter.split(data)
            if block:
                parsed = frontmatter.parse(block, str(path), SOURCE_FIELDS, problems)
                if parsed is None:
                    continue
                front = dict(parsed)
        if plain:
            text = read_text(data, str(path), problems)
            if text is None:
                continue
            meta: dict[str, object] = {}
        else:
            try:
                converted = convert.convert(str(path), data)
            except convert.ConversionError as exc:
                problems.append(str(exc))
                continue
            text, meta = converted.text, dict(converted.meta)
        said = opening.opening(text, plain=convert.suffix(path.name) == ".txt")
        proposed: dict[str, object] = {
            "title": said.title, "published": said.published, "agency": said.agency, "byline": said.byline,
            "skip": list(said.skip),
        }
        if convert.suffix(path.name) in convert.FILE_MADE and not said.skip:
            proposed["skip"] = opening.front_lines(text, str(meta.get("title", "")))
        notes: dict[str, str] = {}
        made = meta.get("published")
        if said.published and made and made != said.published and convert.suffix(path.name) in convert.FILE_MADE:
            # a PDF's or Word file's date is when the file was made; the text's own date wins
            notes["published"] = f"the date its text states; the file's metadata says {made}"
            meta["published"] = said.published
        elif made and not said.published and convert.suffix(path.name) in convert.FILE_MADE:
            # fresh-user review s14c: a PDF made today was dated today, and its relative dates with it
            notes["published"] = "the day the file was made (its metadata); its text states no date: check it"
        meta = {**{k: v for k, v in proposed.items() if v}, **meta}
        entries.append((path.name, entry(path.name, {k: v for k, v in meta.items() if k not in front}, _placeholder(
            name=path.name, text=text, said=said, dated="published" in meta or "published" in front), notes)))
        todo.append((path, target))
    if problems:
        raise InputError(problems)
    for path, target in todo:
        if not target.exists():
            # "x": created here or not at all, never through a link put in its place meanwhile
            with path.open("rb") as src, target.open("xb") as out:
                shutil.copyfileobj(src, out)
    return entries


FIELDS = ("title", "outlet", "agency", "published", "url", "byline", "skip")
"""The fields `add` proposes, in the order written."""


def _placeholder(name: str, text: str, said: opening.Opening, dated: bool) -> str:
    """For a source with no publication date: a commented `published:` line to fill in
    (with the month and day of its date line when it gives them without the year), and
    the relative dates that wait for it (`undated`); "" when the source has a date."""
    if dated:
        return ""
    value = f"YYYY-{said.month_day}" if said.month_day else "YYYY-MM-DD"
    what = f'give the year (its date line says "{said.day}")' if said.day else "fill in the day it was published"
    waiting = undated.unplaced(make_source(name, text, Mapping(skip=list(said.skip)), "x"))
    places = f": it places {undated.quoted(waiting)} on the timeline" if waiting else ""
    return f"  # published: {value}    # {what} and remove the '# ' before published{places}\n"


def entry(name: str, meta: dict[str, object], placeholder: str = "", notes: dict[str, str] | None = None) -> str:
    """A `sources.yml` entry for file `name`, then `placeholder` (a comment line or ""); ""
    when there is nothing to write (every field is in the file's front matter). Text
    values as YAML double-quoted strings (`escaping.yaml_string`, which escapes what YAML
    refuses raw, such as DEL and the C1 controls), with control and bidirectional
    characters (`escaping.CONTROLS`) dropped from the values taken from the file (the
    build would refuse them); `skip` as a flow list of numbers; `notes`: a comment after a
    field's line (where its value came from)."""
    lines = []
    for k in FIELDS:
        value = meta.get(k)
        if isinstance(value, list):
            if value:
                lines.append(f"  {k}: [{', '.join(str(int(n)) for n in value)}]")
        elif value:
            cleaned = " ".join(CONTROLS.sub(" ", str(value)).split())
            if cleaned:
                note = (notes or {}).get(k)
                comment = f"    # {' '.join(CONTROLS.sub(' ', note).split())}" if note else ""
                lines.append(f"  {k}: {yaml_string(cleaned)}{comment}")
    if not lines and not placeholder:
        return ""
    return f"{yaml_string(name)}:\n" + "".join(line + "\n" for line in lines) + placeholder

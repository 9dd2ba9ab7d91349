"""`new` and `add`: start a dossier, and bring files into one.

`new(folder)` lays out a dossier the way `mkdocs new` lays out a site: `seeds/` with one
example source, `sources.yml`, `entities.yml` and `dossier.yml`, the renderers'
configuration (`mkdocs.yml`, read by MkDocs and Zensical alike) and the stylesheet and
script under `docs/assets/`. `add(files, seeds)` checks and converts files for a seeds
folder and returns their `sources.yml` entries with what each file's own metadata says;
`copy` then copies them in (the command, its lock and its writes: `adding`).

Both refuse (`InputError`, exit status 2) before changing anything: a folder that is not
empty, a file that would overwrite another or that the build would not read (a hidden
one, two under one name), anything but a regular file in the way, a file that cannot be
converted. Every file they make is created (O_EXCL), never written through a link.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .annotate import events, opening, undated
from .errors import InputError
from .escaping import CONTROLS, shown, yaml_string
from .present.wording import counted
from .read import convert, frontmatter
from .read.listing import unsafe_name
from .read.schema import not_a
from .read.sources import FRONT_MATTER, SOURCE_FIELDS, dossier_language
from .read.text import make_source, read_text
from .read.yamldoc import Mapping

PROJECT = Path(__file__).resolve().parent.parent
"""The builder's checkout: its `mkdocs.yml` and `docs/assets/` are what a new dossier starts with."""
EXAMPLE = Path(__file__).resolve().parent / "present" / "templates" / "new-dossier"
"""The example seeds (and the new dossier's .gitignore)."""


def new(folder: Path) -> list[Path]:
    """Create a dossier in `folder` (which must not exist or be empty); return the files made."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        name = str(folder) if str(folder).isprintable() else repr(str(folder))  # no escape sequence reaches the terminal
        raise InputError([f"{name}: already exists and is not an empty folder; choose a new one"])
    config, assets = PROJECT / "mkdocs.yml", PROJECT / "docs" / "assets"
    if not config.is_file() or not assets.is_dir():
        raise InputError([f"{PROJECT}: no mkdocs.yml or docs/assets/ here; run `new` from the builder's checkout"])
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    made = []
    for name in ("dossier.yml", "sources.yml", "entities.yml", "example.txt"):
        made.append(seeds / name)
        _copy_new(EXAMPLE / name, seeds / name)
    _copy_new(config, folder / "mkdocs.yml")  # created, never written through a link planted meanwhile
    _copy_new(EXAMPLE / "gitignore", folder / ".gitignore")
    shutil.copytree(assets, folder / "docs" / "assets")
    made += [folder / "mkdocs.yml", folder / ".gitignore", folder / "docs" / "assets"]
    return made


EXAMPLE_FILES = ("sources.yml", "entities.yml", "example.txt")
"""The seeds `new` writes that tell the example's story (dossier.yml names the dossier)."""


def new_mode() -> int:
    """The permissions a new file gets: 0666 less the umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _copy_new(src: Path, dst: Path) -> None:
    """Copy `src` to a file created at `dst`, whole or not at all: written to a staging
    file beside it (`tempfile.mkstemp`: O_EXCL, a random name, never through a link), then
    linked in by a hard link, which fails on anything at `dst`, a link included (where
    hard links cannot be made, the copy is made in a file created at `dst` with O_EXCL)."""
    # a short staging name: a name near the file system's 255 bytes still fits (attack
    # review s15b #7), and errors name the file being added, not the staging file (#6)
    fd, temp = tempfile.mkstemp(dir=dst.parent, prefix=".add-", suffix=".new")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as f:
            shutil.copyfileobj(f, out)
            os.fchmod(out.fileno(), new_mode())
        try:
            os.link(temp, dst, follow_symlinks=False)
        except FileExistsError:
            raise FileExistsError(errno.EEXIST, "something appeared there meanwhile; kept, not overwritten", str(dst)) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            with src.open("rb") as f, dst.open("xb") as out:
                shutil.copyfileobj(f, out)
    except OSError as exc:
        if exc.filename is not None and os.fsdecode(exc.filename) == temp:
            raise OSError(exc.errno, exc.strerror, str(dst)) from None
        raise
    finally:
        with contextlib.suppress(OSError):  # a folder that forbids removing leaves the hidden staging file; the copy stands
            os.unlink(temp)


@dataclass(frozen=True)
class Added:
    """What `add` found: each file's entry (file name, `sources.yml` entry as YAML text, ""
    when its front matter is its entry) and the copies still to make (`copy`)."""

    entries: list[tuple[str, str]]
    todo: list[tuple[Path, Path]]


IN_THE_WAY = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket",
              stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def regular_bytes(path: Path) -> bytes:
    """The bytes of the regular file at `path`, opened without following a link and
    without waiting on a pipe (O_NOFOLLOW, O_NONBLOCK); OSError for anything else."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return f.read()


def _in_the_way(target: Path, name: str) -> str:
    """Why the thing at `target` keeps file `name` out ("" when nothing is there or a
    regular file is, whose bytes are compared): a link, dangling or not (the copy would go
    wherever it points), or anything that is not a regular file (a pipe would block the read)."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return ""
    if stat.S_ISLNK(mode):
        return f"{target}: a symbolic link is in the way; remove it to add {name}"
    if not stat.S_ISREG(mode):
        return f"{target}: {IN_THE_WAY.get(stat.S_IFMT(mode), 'not a regular file')} is in the way; remove or rename it to add {name}"
    return ""


def add(files: list[Path], seeds: Path) -> Added:
    """Check and convert `files` for `seeds` and return (file name, `sources.yml` entry as YAML
    text), each with the title, byline, outlet, date and address the file states, and the
    copies to make (`copy`). Every file is checked (and converted) before any is copied."""
    problems: list[str] = []
    entries: list[tuple[str, str]] = []
    todo: list[tuple[Path, Path]] = []
    if not seeds.is_dir():
        raise InputError([f"{not_a(seeds, 'folder')}; expected the dossier's seeds folder"])
    forms = {unicodedata.normalize("NFC", n): n for n in os.listdir(seeds)}
    language = dossier_language(seeds)  # orders a numeric date line's day and month, as in the build
    given: dict[str, Path] = {}
    for path in files:
        target = seeds / path.name
        if not path.is_file():
            problems.append(not_a(path, "file"))
            continue
        if unsafe_name(path.name) or not path.name.isprintable():
            problems.append(f"{shown(str(path))[1:-1]}: the file name holds a control or bidirectional character; "
                            "rename the file (the build would refuse it)")
            continue
        if path.name in given:  # the second would not be copied, its entry a duplicate key (attack review s15 #5)
            first = given[path.name]
            same = "is given twice" if os.path.samefile(first, path) else f"and {first} would both be {target}"
            problems.append(f"{path}: {same}; add each file once, under a name of its own")
            continue
        given[path.name] = path
        if path.name.startswith("."):  # the build never reads a hidden file (attack review s15 #6)
            problems.append(f"{path}: a hidden file; the build does not read it as a source "
                            "(rename it without the leading dot to add it)")
            continue
        twin = forms.setdefault(unicodedata.normalize("NFC", path.name), path.name)
        if twin != path.name:
            problems.append(f"{path}: {seeds}/{twin} differs from its name only in Unicode normal form; "
                            "rename the file (the two would look the same)")
            continue
        blocked = _in_the_way(target, path.name)
        if blocked:
            problems.append(blocked)
            continue
        if not convert.is_source(path.name):
            problems.append(f"{path}: not a kind of source the builder reads ({', '.join(convert.PLAIN + convert.CONVERTED)})")
            continue
        data = path.read_bytes()
        if target.exists() and regular_bytes(target) != data:
            problems.append(f"{path}: {target} exists with other content; rename the file to add it")
            continue
        found = _entry(path, data, problems, language)
        if found is not None:
            entries.append((path.name, found))
            todo.append((path, target))
    if problems:
        raise InputError(problems)
    return Added(entries, todo)


def copy(added: Added, copied: list[str]) -> None:
    """Make `added`'s copies (a file already there with the same bytes is left), adding
    the name of each file copied to `copied` as it is made."""
    for path, target in added.todo:
        if not os.path.lexists(target):
            _copy_new(path, target)  # created here or not at all, never through a link put in its place meanwhile
            copied.append(target.name)
        elif not _same_file_bytes(target, path):  # (attack review s15b #3: it was kept and given this file's entry)
            raise FileExistsError(errno.EEXIST, "something appeared there meanwhile; kept, not overwritten", str(target))


def _same_file_bytes(target: Path, path: Path) -> bool:
    """Whether `target` is a regular file holding `path`'s bytes (it was there already, or
    an earlier copy of this add made it)."""
    try:
        return regular_bytes(target) == path.read_bytes()
    except OSError:
        return False


def _entry(path: Path, data: bytes, problems: list[str], language: str = "") -> str | None:
    """File `path`'s `sources.yml` entry ("" when its front matter gives every field), or
    None with a problem when it cannot be read. `language`: the dossier's, which orders a
    numeric date line's day and month (`events.dateline_date`, the build's own reading)."""
    front: dict[str, object] = {}
    plain = convert.suffix(path.name) in convert.PLAIN
    if convert.suffix(path.name) in FRONT_MATTER:  # its front matter is its entry: not repeated
        block, data = frontmatter.split(data)
        if block:
            parsed = frontmatter.parse(block, str(path), SOURCE_FIELDS, problems)
            if parsed is None:
                return None
            front = dict(parsed)
    converted = None
    if plain:
        text = read_text(data, str(path), problems)
        if text is None:
            return None
        meta: dict[str, object] = {}
    else:
        try:
            converted = convert.convert(str(path), data)
        except convert.ConversionError as exc:
            problems.append(str(exc))
            return None
        text, meta = converted.text, dict(converted.meta)
    said = opening.opening(text, plain=convert.suffix(path.name) == ".txt")
    skip = list(said.skip)
    if convert.suffix(path.name) in convert.FILE_MADE and not said.skip:
        skip = opening.front_lines(text, str(meta.get("title", "")))
    # the date the build reads from the text as its date line, which it takes over the file's (attack review s15 #7)
    either: list[str] = []  # a numeric date line nothing orders ("02/04/2027" in an `en` dossier): left to the user
    stated = events.dateline_date(make_source(path.name, text, Mapping(skip=skip), "x", converted=converted,
                                              language=language), either) or (
        opening.wire_day(text, [b for b in re.split(r"\n\s*\n", text) if b.strip()], language, either) if not either else "")
    published = stated or ("" if either else said.published)
    proposed: dict[str, object] = {
        "title": said.title, "published": published, "agency": said.agency, "byline": said.byline, "skip": skip,
    }
    notes: dict[str, str] = {}
    made = meta.get("published")
    if published and made and made != published and convert.suffix(path.name) in convert.FILE_MADE:
        # a PDF's or Word file's date is when the file was made; the text's own date wins
        notes["published"] = f"the date its text states; the file's metadata says {made}"
        meta["published"] = published
    elif made and not published and convert.suffix(path.name) in convert.FILE_MADE:
        # fresh-user review s14c: a PDF made today was dated today, and its relative dates with it
        notes["published"] = "the day the file was made (its metadata); its text states no date: check it"
    meta = {**{k: v for k, v in proposed.items() if v}, **meta}
    left_out = converted.furniture if converted else 0
    furniture = (f"  # its text leaves out {counted(left_out, 'block')} the PDF repeats at its pages' edges "
                 "(running headers, footers, page numbers): check the source page\n") if left_out else ""
    return entry(path.name, {k: v for k, v in meta.items() if k not in front}, _placeholder(
        name=path.name, text=text, said=said, dated="published" in meta or "published" in front,
        either=tuple(either)) + furniture, notes)


FIELDS = ("title", "outlet", "agency", "published", "url", "byline", "skip")
"""The fields `add` proposes, in the order written."""


UNDATED = "  # published: "
"""How the placeholder of a source with no date opens (`_placeholder`): `add` names the
entries holding it (`adding.undated`)."""


def _placeholder(name: str, text: str, said: opening.Opening, dated: bool, either: tuple[str, ...] = ()) -> str:
    """For a source with no publication date: a commented `published:` line to fill in
    (with the month and day of its date line when it gives them without the year, or the
    two days a numeric date line may be: `either`), and the relative dates that wait for it
    (`undated`); "" when the source has a date."""
    if dated:
        return ""
    value = f"YYYY-{said.month_day}" if said.month_day else "YYYY-MM-DD"
    what = f'give the year (its date line says "{said.day}")' if said.day else "fill in the day it was published"
    if len(either) == 2:
        what = f"its date line may be {either[0]} (day first) or {either[1]} (month first): give the day"
    waiting = undated.unplaced(make_source(name, text, Mapping(skip=list(said.skip)), "x"))
    places = f": it places {undated.quoted(waiting)} on the timeline" if waiting else ""
    return f"{UNDATED}{value}    # {what} and remove the '# ' before published{places}\n"


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

"""A source from its file's bytes and its `sources.yml` record: the text decoded, its
paragraphs (each with its sentences, split once), its id, title and fields.

Pure (no I/O): `sources` reads the files and calls these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
import unicodedata

from anyascii import anyascii

from .. import paths
from ..escaping import printable_line, visible
from ..model import Paragraph, Source
from . import convert, linebreaks
from .sentences import sentences
from .yamldoc import Mapping

_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def read_text(data: bytes, name: str, problems: list[str]) -> str | None:
    """Decode a source file: UTF-8 (a byte-order mark is dropped), "\\n" line ends, NFC."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(
            f"{name}: not valid UTF-8 at byte {exc.start} (byte 0x{data[exc.start]:02x}); "
            "expected a UTF-8 text file"
        )
        return None
    if "\x00" in text:
        problems.append(f"{name}: a NUL character at offset {text.index(chr(0))}; expected a text file, not a binary one")
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=1 << 16)
def split_paragraphs(text: str, skip: frozenset[int] = frozenset()) -> tuple[Paragraph, ...]:
    """Paragraphs are runs of non-blank lines; offsets exclude surrounding white space."""
    paragraphs = []
    for number, m in enumerate(_BLOCK.finditer(text), start=1):
        start, end = m.start(), m.end()
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        paragraphs.append(Paragraph(number, start, end, sentences(text, start, end), number in skip))
    return tuple(paragraphs)


SplitKey = str
RawParagraph = tuple[int, int, int, tuple[tuple[int, int], ...], bool]
"""A paragraph as kept between builds: number, start, end, sentences, skipped."""


@dataclasses.dataclass(frozen=True)
class Splits:
    """Paragraph splits kept between builds (`split_paragraphs` of an unchanged text
    and skip set is not made again in a new process: splitting the sentences of every
    paragraph was a tenth of a rebuild's CPU). `held`: what the last build kept, by
    `split_key` (a digest of the text and the skipped paragraph numbers; the cache
    file is also dropped whole when the builder's code changes, `cache.load_splits`);
    `used` fills with this build's splits. A plain paragraph only: a converted file's
    roles, pages and emphasis are laid over it afterwards (`_paragraphs`)."""

    held: dict[SplitKey, tuple[RawParagraph, ...]] = dataclasses.field(default_factory=dict)
    used: dict[SplitKey, tuple[RawParagraph, ...]] = dataclasses.field(default_factory=dict)
    reused: list[str] = dataclasses.field(default_factory=list)
    """Sources a process that builds again (`watch`) took as it read them before: their
    splits are not in `used`."""

    def split(self, text: str, skip: frozenset[int]) -> tuple[Paragraph, ...]:
        """`split_paragraphs(text, skip)`, from `held` when it has it."""
        key = split_key(text, skip)
        raw = self.held.get(key)
        if raw is None:
            paragraphs = split_paragraphs(text, skip)
            raw = tuple((p.number, p.start, p.end, p.sentences, p.skipped) for p in paragraphs)
        else:
            paragraphs = tuple(Paragraph(*r) for r in raw)
        self.used[key] = raw
        return paragraphs

    def kept(self) -> dict[SplitKey, tuple[RawParagraph, ...]]:
        """What to keep for the next build: this build's splits when every source's text
        went through `split`, else (`reused`) those added to what was held."""
        return {**self.held, **self.used} if self.reused else dict(self.used)


def split_key(text: str, skip: frozenset[int]) -> SplitKey:
    return hashlib.blake2b(
        text.encode("utf-8", "surrogatepass") + b"\0" + ",".join(map(str, sorted(skip))).encode(), digest_size=16,
    ).hexdigest()


_APOSTROPHES = re.compile(r"['’]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, limit: int = 80) -> str:
    """A readable ASCII slug: `Dockers' 2024 strike` -> `dockers-2024-strike`. Letters
    outside ASCII are transliterated (`anyascii`: "Østergaard" -> "ostergaard", "Weiß" ->
    "weiss", "陈志明" -> "chenzhiming"), never dropped ("stergaard", "wei" before)."""
    ascii_text = anyascii(unicodedata.normalize("NFC", text))
    ascii_text = _APOSTROPHES.sub("", ascii_text.lower())
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "untitled"


_BANNER = re.compile(
    r"[*_]*(?:(?:FOR\s+IMMEDIATE\s+RELEASE|(?:PRESS|NEWS|MEDIA)\s+(?:RELEASE|STATEMENT|ADVISORY))\W*"
    r"|(?:(?:NOT\s+)?FOR\s+(?:RELEASE|PUBLICATION|BROADCAST)\s*(?:AT|ON)\s|(?:NOT\s+FOR\s+(?:RELEASE|PUBLICATION|BROADCAST)"
    r"|(?:UNDER\s+)?EMBARGO(?:ED)?|FOR\s+RELEASE)\s*(?:UNTIL|TILL|BEFORE|:|-|–|—)\W).*)",
    re.IGNORECASE,
)


def release_banner(line: str) -> bool:
    """Whether `line` is a press release's banner, which says how the copy may be
    released, not what it reports: a label on its own ("FOR IMMEDIATE RELEASE", "PRESS
    RELEASE", "MEDIA STATEMENT", "NEWS RELEASE") or an embargo ("EMBARGOED UNTIL 10:00 GMT
    3 MARCH", "NOT FOR RELEASE UNTIL 00.01 HRS, THURSDAY 17 NOVEMBER 2022"). Metadata: no
    title and no event."""
    return _BANNER.fullmatch(line.strip()) is not None


_PROMO = re.compile(
    r"[*_\[]*(?:(?i:read\s+more|related(?:\s+(?:stories|articles|coverage|content))?|also\s+read|see\s+also|watch|listen"
    r"|more\s+on\s+this(?:\s+story)?)\s*[:|–—]|READ\s+MORE\b|MORE\s+ON\s+THIS\b)[^\n]{0,200}")
"""A line that opens with a web page's label for a link to another story ("Read more: Ten
sackings that …", "Related: …", "Also read: …", "Watch: …", "READ MORE …")."""


def promo(line: str) -> bool:
    """Whether a paragraph is an in-article link to another story (`_PROMO`): a news page's
    navigation, like its "Related" asides and menus, not reporting (the boilerplate that
    trafilatura's own rules drop when a page sets it apart, Barbaresi 2021, ACL demo). A
    one-line paragraph only; it is skipped as a paragraph the editor lists in `skip`."""
    return _PROMO.fullmatch(line.strip()) is not None


def _promos(text: str) -> frozenset[int]:
    """The numbers of the paragraphs (`split_paragraphs`' numbering) that are `promo`s."""
    return frozenset(n for n, m in enumerate(_BLOCK.finditer(text), start=1) if promo(m.group()))


def _first_line(text: str) -> str:
    """A title from the text's first line that shows something, without control
    characters, and without a Markdown heading's marks (`# Title #` -> `Title`; an ATX
    heading, CommonMark 4.2: one to six `#` then a space); a release banner
    (`release_banner`) and a line of nothing but the document's date ("March 09, 2011",
    "PUBLISHED 12 March 2024": `opening.date_only`) are skipped, as `add` skips them."""
    from ..annotate.opening import date_only  # the opening reads dates; imported here as read.text is imported by it

    for line in text.split("\n"):
        line = printable_line(line).strip()
        heading = re.fullmatch(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*", line)
        if heading and visible(heading.group(1)):
            line = heading.group(1)
        if visible(line) and not release_banner(line) and not (len(line) <= 60 and date_only(line)):
            return line[:120]
    return "Untitled"


def made_id(text: str, record: Mapping) -> str:
    """The page name a source without a fixed id is given before any "-2" that tells it
    from another: its publication date and a slug of its title (or first line)."""
    base = slugify(record.get("title") or _first_line(text))
    published = record.get("published")
    return f"{dt.date.fromisoformat(published).isoformat()}-{base}" if published else base


def source_id(text: str, record: Mapping, used_ids: set[str], fixed: frozenset[str] = frozenset()) -> str:
    """The source's id, the name of its page (`sources/<id>.md`), added to `used_ids`:
    the record's fixed `id` when it has one (checked by the caller), else a readable slug
    of the publication date and the title ("2024-03-12-dockers-walk-out"), unique among
    `used_ids` and the other sources' fixed ids `fixed` ("-2", "-3" added). So a changed
    title or date moves a page without a fixed id."""
    if record.get("id"):
        used_ids.add(record["id"])
        return str(record["id"])
    base = made_id(text, record)
    sid, n = base, 1
    while sid in used_ids or sid in fixed or paths.reserved(sid):
        n += 1
        sid = f"{base}-{n}"
    used_ids.add(sid)
    return sid


def _lower_scheme(url: str) -> str:
    """`url` with its scheme in lower case (schemes are case-insensitive, RFC 3986
    section 3.1: `HTTPS://x` is `https://x`)."""
    scheme, sep, rest = url.partition("://")
    return scheme.lower() + sep + rest if sep else url


def make_source(
    name: str, text: str, record: Mapping, sid: str, joins: linebreaks.Joins = (), converted: convert.Converted | None = None,
    as_read: str = "", splits: Splits | None = None, language: str = "",
) -> Source:
    """A source from its text (line-end hyphen breaks already joined: `joins`; a converted
    file's text has none) and record; `as_read`, `language`: see `Source`; `splits`: the
    paragraph splits kept by earlier builds, which this one's join."""
    published = dt.date.fromisoformat(record["published"]) if "published" in record else None
    title = record.get("title") or _first_line(text)
    return Source(
        id=sid,
        file=name,
        text=text,
        joined=joins,
        title=title.strip(),
        outlet=record.get("outlet", "").strip(),
        agency=record.get("agency", "").strip(),
        published=published,
        url=_lower_scheme(record.get("url", "").strip()),
        byline=record.get("byline", "").strip(),
        notes=record.get("notes", "").strip(),
        paragraphs=_paragraphs(text, frozenset(record.get("skip", [])) | _promos(text), converted, splits),
        as_read=as_read,
        language=language,
    )


def _paragraphs(
    text: str, skip: frozenset[int], converted: convert.Converted | None, splits: Splits | None = None,
) -> tuple[Paragraph, ...]:
    """`split_paragraphs` (through `splits` when given), with each converted block's role
    and page (a block is one paragraph: it holds no blank line)."""
    paragraphs = splits.split(text, skip) if splits is not None else split_paragraphs(text, skip)
    if converted is None:
        return paragraphs
    assert len(paragraphs) == len(converted.blocks)
    return tuple(
        dataclasses.replace(
            p, role=b.role, page=b.page, emphasis=tuple((p.start + x, p.start + y, k) for x, y, k in b.emphasis)
        ) if b.role or b.page or b.emphasis else p
        for p, b in zip(paragraphs, converted.blocks, strict=True)
    )

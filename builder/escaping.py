"""Untrusted text, escaped for the context it lands in: the one place that decides.

Every field of the inputs (source text, file names, first lines, and every field of
`sources.yml`, `entities.yml` and `events.yml`) is untrusted. Each context has its own
function here, and templates reach them through filters of the same names:

| context | function | filter |
|---|---|---|
| Markdown text (body, headings, table cells, link text) | `escape` | `md` |
| text inside a raw HTML block of a Markdown page (source paragraphs, lists, tables) | `html_block` | `html` |
| an attribute value (attr_list or HTML, in double quotes): tooltips, which `docs/assets/a11y.js` shows as text (the theme's `content.tooltips`, which inserts a title as HTML, stays off) | `escape_attr` | `attr` |
| a link destination (URL) | `url` | `url` |
| a page's title in its front matter (`<title>`, header, navigation, search index) | `front_matter` | `front_matter` |
| a value in a script file of the offline search index (`search/offline/*.js`) | `script_json` | |
| a spreadsheet cell (`entities.csv`, `mentions.csv`) | `csv_cell` | |
| a value echoed in an error line on a terminal | `shown` | |

JSON (`dossier.json`, `timeline.json`) is written by `json.dumps`, whose string
escaping is complete for JSON; the values stay exactly the input's.

Control characters: source text keeps them (it is evidence; the HTML parser keeps every
character a numeric reference or a raw C1 byte stands for, so the page's text is the
source's). The one-line fields of the YAML files must not hold them (`schema.is_text`),
and a title taken from a source's first line drops them (`printable_line`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import quote

# Kept as they are: harmless in Markdown and HTML text anywhere but a line's start.
_SAFE = frozenset(",'\"?;/%")


_UNSAFE = re.compile(r"[^A-Za-z0-9 ,'\"?;/%.\x80-\U0010ffff]")
_EDGES = re.compile(r"^([ \t]*)(.*?)([ \t]*)$", re.DOTALL)
_LIST_DOT = re.compile(r"^\d*\.")
_PLAIN = re.compile(r"[A-Za-z0-9 ,'\"?;/%.\x80-\U0010ffff]*")
"""Text with nothing to encode (bar its edges, checked apart)."""
_ATTR_PLAIN = re.compile(r"(?:[^\W_]|[ ,.:/-])*")
"""Attribute text `escape_attr` keeps as it is (letters and digits as `str.isalnum` has them)."""

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]")
"""Characters a one-line field must not hold: C0 controls but tab and line feed, DEL,
C1 controls, the bidirectional marks, embeddings, overrides and isolates (Unicode
Standard Annex #9; "Trojan Source", CVE-2021-42574), line and paragraph separators, and
the byte-order mark."""


def _ref(match: re.Match[str]) -> str:
    return f"&#{ord(match.group())};"


def escape(text: str, starts_line: bool = True) -> str:
    """Markdown text that renders as exactly `text`.

    `starts_line` says whether `text` begins a line of the page, where some characters
    ("-", "#", "1.", ",") mean something to Markdown or might. Kept as they are: ASCII
    letters and digits, inner spaces, the `_SAFE` punctuation and "." away from a line's
    start, and everything beyond ASCII (nothing there is Markdown or HTML syntax, and a
    reference would even change some characters: &#128; reads as "€"). Everything else
    becomes a numeric character reference.
    """
    # Most text (names, plain words, snippets) needs no reference inside: only its edges
    # may. The same result as `_escape_lines`, without splitting it into lines.
    if _PLAIN.fullmatch(text):
        core = text.strip(" ")
        if not core:
            return "&#32;" * len(text)
        lead, trail = len(text) - len(text.lstrip(" ")), len(text) - len(text.rstrip(" "))
        head = ""
        if starts_line:
            dot = _LIST_DOT.match(core)
            if dot:
                head, core = core[: dot.end() - 1] + "&#46;", core[dot.end():]
            elif core[0] in _SAFE:
                head, core = f"&#{ord(core[0])};", core[1:]
        if lead or trail or head:
            return f"{'&#32;' * lead}{head}{core}{'&#32;' * trail}"
        return text
    return _escape_lines(text, starts_line)


def _escape_lines(text: str, starts_line: bool) -> str:
    """`escape`, line by line."""
    out: list[str] = []
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append("\n")
        match = _EDGES.match(line)
        assert match is not None
        lead, core, trail = match.groups()
        # Spaces and tabs at either edge are encoded: Markdown strips them at line edges,
        # and next to a span's markup an extension may eat them.
        out.append("".join(f"&#{ord(c)};" for c in lead))
        if core and (n > 0 or starts_line):
            dot = _LIST_DOT.match(core)
            if dot:  # "1." or "." opening a line: an ordered list or worse
                out.append(core[: dot.end() - 1] + "&#46;")
                core = core[dot.end():]
            elif core[0] in _SAFE:
                out.append(f"&#{ord(core[0])};")
                core = core[1:]
        out.append(_UNSAFE.sub(_ref, core))
        out.append("".join(f"&#{ord(c)};" for c in trail))
    return "".join(out)


SEARCH_MARK = "data-search-"
"""What mkdocs-material's search plugin looks for: once it has indexed a page, it deletes
`\\s?data-search-\\w+="[^"]+"` wherever it stands in the page's HTML (text, attribute
values and URLs included), which let a value holding it take the rest of its tag apart.
So it never appears as it is in output made from input: its first hyphen is a character
reference in HTML (`no_search_mark`) and `%2D` in a URL (`url`)."""


def no_search_mark(html: str) -> str:
    """`html` (escaped HTML text or attribute value) with `data-search-` as `data&#45;search-`."""
    return html.replace(SEARCH_MARK, "data&#45;search-") if SEARCH_MARK in html else html


_REFERENCE = re.compile(r"&(?=#|[A-Za-z][A-Za-z0-9]*;)")


def url(text: str) -> str:
    """A URL (a link destination) percent-encoded: an apostrophe stays encoded (md_in_html
    reads an `<address>` link destination inside a `markdown` block as a tag, and a quote
    in it opened an attribute that swallowed the rest of the page), and so does the hyphen
    of `data-search-` (`%2D`, an equivalent URL for an unreserved character, RFC 3986
    2.3; see `SEARCH_MARK`), and so does an `&` that would start a character reference
    (`ex&#97;mple.org`, `&amp;`): the browser decodes references in an href, so the link
    would go somewhere other than the address shown."""
    out = quote(_REFERENCE.sub("%26", text), safe=":/?#@!$&*+,;=%~-._")
    return out.replace(SEARCH_MARK, "data%2Dsearch-") if SEARCH_MARK in out else out


def escape_attr(text: str) -> str:
    """An attribute value (inside double quotes in attr_list or HTML) showing `text`.
    C1 controls stay raw: a reference to one (&#128;) reads as a Windows-1252 character.
    `data-search-` keeps its first hyphen as a reference (see `SEARCH_MARK`)."""
    if _ATTR_PLAIN.fullmatch(text):
        return no_search_mark(text)
    return no_search_mark("".join(
        c if ((c.isalnum() or c in " ,.-:/") and c != "\n") or "\x80" <= c <= "\x9f" else f"&#{ord(c)};" for c in text
    ))


_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_BLOCK_SPECIAL = re.compile("[&<>`~\x00-\x09\x0b-\x1f\x7f]")
_BLOCK_PLAIN = re.compile("[^&<>`~\x00-\x09\x0b-\x1f\x7f]*")
_LINE_EDGE_SPACES = re.compile(r"(?<=\n) +| +(?=\n)")


def _block_ref(match: re.Match[str]) -> str:
    c = match.group()
    return _HTML.get(c) or f"&#{ord(c)};"


def html_block(text: str) -> str:
    """HTML text, inside a raw HTML block of a Markdown page, that shows exactly `text`.

    Python-Markdown stashes a block that starts with an HTML tag (its `md_in_html`
    extension parses it as HTML, finds its end, and hands it through untouched), so only
    what HTML reads as syntax is escaped: `&`, `<` and `>` become references. So do tabs,
    the C0 controls and DEL, because Python-Markdown turns tabs into spaces and deletes
    STX and ETX (its own placeholder marks) even inside raw HTML; and so do spaces at the
    edges of an inner line, because it empties a line of spaces, and a blank line would
    end the block. So do backticks and tildes: MkDocs always runs Python-Markdown's
    `fenced_code` preprocessor over the whole page before raw HTML is stashed, so a line
    of three backticks or tildes in a paragraph would open a code block there, and with
    `attr_list` its `{...}` would become attributes of the `<code>` element (an event
    handler in source text). Everything else is kept as it is: other Markdown syntax (`*`,
    `[`, `#`, a line's `- `) is inert inside the block, and a reference to a C1 control (`&#128;`)
    would read as a Windows-1252 character. One more: the hyphen of `data-search-`,
    since mkdocs-material's search plugin deletes `data-search-x="..."` wherever it
    stands in a page's HTML, the text of a paragraph included.
    """
    out = text if _BLOCK_PLAIN.fullmatch(text) else _BLOCK_SPECIAL.sub(_block_ref, text)
    return line_edges(no_search_mark(out))  # the search plugin deletes `data-search-x="..."`, text included


def line_edges(html: str) -> str:
    """`html` (a raw HTML block's content, made of escaped pieces) with the spaces at the
    edges of its inner lines as references (see `html_block`): applied to the whole block
    as well, since a line may begin in one escaped piece and end in another."""
    if "\n" not in html:
        return html
    return _LINE_EDGE_SPACES.sub(lambda m: "&#32;" * len(m.group()), html)


def html_text(text: str) -> str:
    """HTML text (element content or a double-quoted attribute) showing `text`
    (`data-search-` with a reference: see `SEARCH_MARK`)."""
    return no_search_mark(re.sub(r'[&<>"]', lambda m: _HTML[m.group()], text))


_SCRIPT_JSON = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: object) -> str:
    """`value` as a JSON literal for a JavaScript file (sorted keys, no spaces): the values
    stay exactly the input's, and `<`, `>`, `&` and the line and paragraph separators are
    `\\u` escapes, so no text of it reads as markup (`</script>`, `<!--`) were the file
    ever inlined into a page, and every engine reads it as one string literal (U+2028 and
    U+2029 ended a JavaScript string before ES2019). These characters stand only inside
    JSON strings, where the escape means the same character."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_JSON[m.group()], text)


def _yaml_printable(c: str) -> bool:
    """Whether PyYAML reads `c` as itself inside a double-quoted scalar (YAML 1.1's
    printable set, less line breaks, the quote and the backslash)."""
    o = ord(c)
    return (0x20 <= o <= 0x7E and c not in '"\\') or 0xA0 <= o <= 0xD7FF and o not in (0x2028, 0x2029) \
        or 0xE000 <= o <= 0xFFFD and o != 0xFEFF or o >= 0x10000


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `text` (every character
    YAML would not take as itself is a `\\x`, `\\u` or `\\U` escape)."""
    out = []
    for c in text:
        if _yaml_printable(c):
            out.append(c)
        elif c in '"\\':
            out.append("\\" + c)
        elif ord(c) <= 0xFF:
            out.append(f"\\x{ord(c):02x}")
        elif ord(c) <= 0xFFFF:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


def front_matter(title: str) -> str:
    """The `title:` value of a page's front matter showing `title`.

    MkDocs holds a page's title as HTML: taken from the page's first heading it keeps
    the heading's character references, and the theme prints it as it is into
    `<title>`, the header, the navigation and the search index (mkdocs-material's
    templates do not escape it). So the title is HTML-escaped, then written as a YAML
    string that reads back exactly."""
    return yaml_string(html_text(title))


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A spreadsheet cell that no spreadsheet runs as a formula (OWASP, "CSV Injection"):
    text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
    apostrophe, which spreadsheets read as "text" and do not show. Numbers stay numbers;
    the csv module quotes any cell holding a comma, a quote or a line break."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def shown(value: object, limit: int = 60) -> str:
    """`value` quoted for an error line: one printable line whatever it holds. Text with
    no control, format or line-break character is `'as it is'`; other text is shown as
    Python's `repr` does (`'evil\\n'`, `'\\x1b[31m'`, `'\\u202e'`). Long values are cut."""
    text = str(value)
    cut = len(text) > limit
    if cut:
        text = text[: limit - 3]
    out = repr(text) if not text.isprintable() else f"'{text}'"
    return out[:-1] + "...'" if cut else out


def printable_line(text: str) -> str:
    """`text` without the characters a one-line field may not hold (see `CONTROLS`)."""
    return CONTROLS.sub("", text)


_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]*")
"""White space and the zero-width and invisible formatting characters."""


def visible(text: str) -> bool:
    """Whether `text` shows anything: a character that is not white space, a control or
    an invisible format character (a text of zero-width spaces shows nothing)."""
    if not _INVISIBLE.fullmatch(text):
        return any(unicodedata.category(c) not in ("Cc", "Cf", "Zs", "Zl", "Zp") for c in text)
    return False

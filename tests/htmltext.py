"""Text content of elements by id, with Python's own HTML parser.

BeautifulSoup's parser drops whitespace-only text between two tags, which would hide
exactly the kind of difference these tests look for.
"""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "base", "col", "embed", "param", "track"}


class _Texts(HTMLParser):
    def __init__(self, prefix: str) -> None:
        super().__init__(convert_charrefs=True)
        self.prefix = prefix
        self.stack: list[str | None] = []
        self.texts: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        ident = dict(attrs).get("id")
        self.stack.append(ident if ident and ident.startswith(self.prefix) else None)
        if self.stack[-1]:
            self.texts[self.stack[-1]] = []

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for ident in self.stack:
            if ident:
                self.texts[ident].append(data)


def texts_by_id(html: str, prefix: str = "p-") -> dict[str, str]:
    """{id: text content} for every element whose id starts with `prefix`."""
    parser = _Texts(prefix)
    parser.feed(html)
    parser.close()
    return {k: "".join(v) for k, v in parser.texts.items()}

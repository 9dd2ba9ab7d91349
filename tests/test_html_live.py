"""A saved live-blog page: each entry's time stamp, a <time> inside its paragraph, is the
page's text and stays (trafilatura dropped it); the page's own order is kept when the
extractor put the first entry above the headline (fresh-user review s15d #3). Siblings: a
strike's live page and a court's minute-by-minute report. Values worked out by hand."""

from __future__ import annotations

import pytest

from builder.read import convert

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title} | Herald</title>
<meta property="article:published_time" content="2025-08-12T08:00:00+02:00"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>{title}</h1>
<p class="byline">By Ana Ruiz, <time datetime="2025-08-12">Tuesday 12 August 2025</time></p>
<p class="standfirst">{standfirst}</p>
{entries}
</article></main><footer>© Herald 2025. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>"""


def _page(title: str, standfirst: str, entries: list[tuple[str, str]]) -> bytes:
    body = "\n".join(f'<div class="entry"><p><time>{t}</time> {text}</p></div>' for t, text in entries)
    return PAGE.format(title=title, standfirst=standfirst, entries=body).encode()


@pytest.mark.parametrize(("title", "standfirst", "entries"), [
    ("Wildfire live: state of emergency declared", "Follow our live coverage of the fire above the town.",
     [("21:10", "The regional president has signed the decree. It takes effect at midnight and lasts 30 days."),
      ("19:45", "Civil protection ordered residents of Zone B to leave. About 2,100 homes are affected."),
      ("09:30", "Good morning and welcome to our live coverage of the fire near the town.")]),
    ("Port strike live: talks resume", "Dockers and the port authority are meeting at the labour office today.",
     [("16:05", "The union said the talks had broken up without an agreement on pay or rotas."),
      ("11:40", "Pickets gathered at the north gate as the first lorries arrived at the terminal.")]),
])
def test_a_live_pages_times_and_order_are_the_pages(title: str, standfirst: str, entries: list[tuple[str, str]]) -> None:
    converted = convert.convert("live.html", _page(title, standfirst, entries))
    texts = [b.text for b in converted.blocks]
    assert texts == [standfirst] + [f"{t} {text}" for t, text in entries], texts
    assert converted.meta.get("published") == "2025-08-12"  # the date still read from the page as it is

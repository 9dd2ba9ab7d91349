"""What a profile shows from the sources, and what it infers from them: the sentence
around each mention, stated facts (one row per statement, citing every source), a birth
year bounded by stated ages, the registry role a stated role agrees with, and the order
in which claimants of a figure are named."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from .. import paths
from ..annotate.relativedates import anchored
from ..annotation import Fact, Mention, Quote
from ..model import Entity, Paragraph, Source
from . import urls
from .markup import Marker

if TYPE_CHECKING:
    from .site import Site

MAX_CITATIONS = 12
"""Citations shown for one stated fact or one event (all are in the data export)."""
MAX_SOURCES_ON_PROFILE = 30
"""A profile lists mentions in this many sources at most; the export has them all."""
MAX_ITEMS_ON_PROFILE = 50
"""Stated facts, quotes and timeline entries shown on a profile (the latest quotes and
events; the complete lists are in the data export)."""
CITED_ON_PROFILE = 3
"""Citations shown with each event on a profile (the timeline shows more)."""
MAX_SNIPPETS_PER_SOURCE = 3
"""Mentions quoted in context per source on a profile."""
MAX_COMPANIONS = 12
"""Entities named together with this one, shown on its profile."""
MAX_NAMED = 5
"""Claimants named per value of a figure on a profile (the others are counted; all are in
the export, and side by side on the claims pages)."""


def snippet(text: str, start: int, end: int, paragraph: Paragraph, limit: int = 240) -> tuple[str, str, str]:
    """The sentence of `paragraph` around a mention at `text[start:end]`, cut to `limit`
    characters: (before, mention, after)."""
    for s, e in paragraph.sentences:
        if s <= start < e:
            break
    else:
        s, e = paragraph.start, paragraph.end
    before, after = text[s:start], text[end:max(e, end)]
    half = max(limit - (end - start), 40) // 2
    if len(before) > half:
        before = "…" + before[-half:].split(" ", 1)[-1]
    if len(after) > half:
        after = after[:half].rsplit(" ", 1)[0] + "…"
    return " ".join(before.split(" \n")), text[start:end], after


def profile(
    site: Site, entity: Entity, entities: dict[str, Entity], sources: dict[str, Source], marker: Marker,
    page: str, when: dict[str, str],
) -> dict[str, object]:
    """What the profile `page` shows from the sources, as the template's variables;
    `when`: each source's publication date as it sorts (`published_key`)."""
    mentions = site.links.mentions.get(entity.id, [])
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for sid, m in mentions:
        by_source[sid].append(m)
    ordered = sorted(by_source, key=lambda sid: (when[sid], sid))
    groups = []
    for sid in ordered[:MAX_SOURCES_ON_PROFILE]:
        src = sources[sid]
        href = urls.href(page, paths.source_page(sid), site.directory_urls)
        items: list[str] = []
        seen_paragraphs = set()
        for m in by_source[sid]:
            if m.paragraph in seen_paragraphs:
                continue
            seen_paragraphs.add(m.paragraph)
            if len(items) < MAX_SNIPPETS_PER_SOURCE:
                p = src.paragraphs[m.paragraph - 1]
                items.append(marker.mention(m.paragraph, href, *snippet(src.text, m.start, m.end, p)))
        groups.append((src, len(by_source[sid]), items, len(seen_paragraphs)))
    facts = current(site.links.facts.get(entity.id, []), site.later_versions)
    # The same statement in several sources (in any casing: "Prime Minister", "prime
    # minister") is one row citing each of them, shown as first stated.
    # A role stated bare and with its body ("Judge" before the name, "judge (Velsburg
    # Commercial Court)" elsewhere) is one row, the body's, when one body goes with it.
    bodies: dict[str, set[str]] = defaultdict(set)
    for f, _ in facts:
        if f.kind == "role" and f.value.endswith(")"):
            bodies[f.value.partition(" (")[0].casefold()].add(f.value.casefold())
    stated: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    form: dict[tuple[str, str], str] = {}
    for f, sid in sorted(facts, key=lambda x: (when[x[1]], x[1], x[0].paragraph)):
        key = f.value.casefold()
        if f.kind == "role" and len(bodies.get(key, ())) == 1:
            key = next(iter(bodies[key]))
            value = min(g.value for g, _ in facts if g.kind == "role" and g.value.casefold() == key)
        else:
            value = f.value
        shown = anchored(value, (d for d in site.annotated[sid].dates if d.paragraph == f.paragraph))
        if shown != value:  # "founded the group last week (week of 8 September 2025)": its own row
            key, value = shown.casefold(), shown
        stated[(f.kind, form.setdefault((f.kind, key), value))].append((sid, f.paragraph))
    quotes = said_once(sorted(site.links.quotes.get(entity.id, []), key=lambda x: (when[x[1]], x[1], x[0].start)))
    companions = [(entities[o], n) for o, n in site.links.companions.get(entity.id, [])[:MAX_COMPANIONS]]
    return {
        "groups": groups,
        "more_sources": max(len(ordered) - MAX_SOURCES_ON_PROFILE, 0),
        "mention_count": len(mentions),
        "source_count": len(ordered),
        "stated": sorted(stated.items(), key=lambda x: (x[0][0] != "role", x[0][0], x[0][1]))[:MAX_ITEMS_ON_PROFILE],
        "more_stated": max(len(stated) - MAX_ITEMS_ON_PROFILE, 0),
        "ages": ages(facts, sources),
        "quotes": quotes[-MAX_ITEMS_ON_PROFILE:],
        "more_quotes": max(len(quotes) - MAX_ITEMS_ON_PROFILE, 0),
        "companions": companions,
        "figures": site.counts_of.get(entity.id, []),
    }


def said_once(quotes: list[tuple[Quote, str]]) -> list[tuple[Quote, list[tuple[str, int]]]]:
    """One speaker's quotes with the same words folded into one entry citing each source
    and paragraph that carries them (wire versions of one story): (the first-stated
    quote, [(source id, paragraph), ...]), in the order given. Words compare
    case-insensitively, ignoring quotation marks, punctuation and white space."""
    cited: dict[str, tuple[Quote, list[tuple[str, int]]]] = {}
    for q, sid in quotes:
        key = " ".join(re.findall(r"\w+", q.text.casefold()))
        entry = cited.setdefault(key, (q, []))
        if (sid, q.paragraph) not in entry[1]:
            entry[1].append((sid, q.paragraph))
    return list(cited.values())


def published_key(source: Source) -> str:
    """A source's publication date as it sorts (undated sources last)."""
    return source.published.isoformat() if source.published else "9999"


def current(facts: list[tuple[Fact, str]], later: Mapping[str, Collection[str]]) -> list[tuple[Fact, str]]:
    """The facts no later version of the same story replaced: a fact of a source whose
    later version (`later`: source id -> later versions of its story by the same newsroom,
    `corrections.later_versions`) states the same kind of fact with another value is
    superseded ("Mutai, 54," corrected to "Mutai, 52,"), as the claims pages treat a figure
    a later version replaced (the newer report of the same newsroom stands)."""
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f, sid in facts:
        if f.kind in _SINGLE_VALUED:
            kinds[(sid, f.kind)].add(f.value)
    return [(f, sid) for f, sid in facts if not (f.kind in _SINGLE_VALUED and any(
        kinds.get((b, f.kind), set()) - {f.value} for b in later.get(sid, ())))]


_SINGLE_VALUED = frozenset({"age", "born"})
"""Facts a person has one value of at a time: a later version's other value corrects an
earlier one (roles and descriptions may be many, and are listed side by side)."""


def ages(facts: list[tuple[Fact, str]], sources: dict[str, Source]) -> dict[str, object] | None:
    """Birth year from a stated birth date (exact), else from stated ages: each age on a
    date bounds it; agreeing bounds narrow it."""
    births = [(f, sources[sid]) for f, sid in facts if f.kind == "born"]
    years = {f.value[-4:] for f, _ in births}
    lo, hi, stated = -10**6, 10**6, []
    for f, sid in facts:
        src = sources[sid]
        if f.kind != "age" or not src.published:
            continue
        age = int(f.value)
        # Aged `age` on `published` means born between published-age-1 (exclusive) and published-age.
        lo, hi = max(lo, src.published.year - age - 1), min(hi, src.published.year - age)
        stated.append((f, src))
    if len(years) == 1 and (not stated or lo <= int(next(iter(years))) <= hi):
        return {"stated": stated, "born": next(iter(years)), "conflict": False, "births": births}
    if not stated:
        return None
    if lo > hi or years:
        return {"stated": stated, "born": "", "conflict": True, "births": births}
    return {"stated": stated, "born": str(hi) if lo == hi else f"{lo} or {hi}", "conflict": False, "births": []}



MAX_FIGURES = 4
"""Figures of one count a profile shows (its own entity's first; the others are counted,
and all are side by side on the claims pages): a count stated by thousands of sources
would otherwise put every figure on every claimant's profile."""


def shown_voices(voices: list[tuple[str, list[tuple[str, str]]]], own: str) -> tuple[list[tuple[str, list[tuple[str, str]]]], int]:
    """The figures of a count (`quantities.Count.voices`) a profile of `own` shows, in their
    order, and how many more there are: those its entity states or owns first (all of a
    count it owns: at most `MAX_FIGURES`), then the others."""
    if len(voices) <= MAX_FIGURES:
        return voices, 0
    first = {n for n, (_, who) in enumerate(voices) if any(eid == own for eid, _ in who)}
    chosen = sorted(sorted(first)[:MAX_FIGURES] + [n for n in range(len(voices)) if n not in first][: max(MAX_FIGURES - len(first), 0)])
    return [voices[n] for n in chosen], len(voices) - len(chosen)


def claimants(who: list[tuple[str, str]], own: str) -> list[tuple[str, str]]:
    """The claimants of one value of a figure in the order a profile names them: as
    they are when at most MAX_NAMED, else the profile's own entity first. `who`: (entity
    id, words) pairs (`quantities.Count.voices`: "" and the source's words for a claimant the
    dossier does not know)."""
    if len(who) <= MAX_NAMED:
        return who
    return [w for w in who if w[0] == own] + [w for w in who if w[0] != own]


def registry_role(entity: Entity, stated: str) -> str:
    """The registry role a stated role agrees with ("Cambodian prime minister" and
    "prime minister"), or ""."""
    words = set(re.findall(r"\w+", stated.lower()))
    for role in entity.roles:
        title = set(re.findall(r"\w+", role.title.lower()))
        if title and (title <= words or words <= title):
            return role.title
    return ""

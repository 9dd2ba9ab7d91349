"""Numeric dates ("12/03/1966", "7/8/07", "2024/03/12"): which number is the day, from
the date itself, the source's other numeric dates, or the dossier's language (CLDR's short
date format, read with babel)."""

from __future__ import annotations

import functools
import re

from .days import valid_date
from .periods import Context, Value


@functools.cache
def known_language(language: str) -> bool:
    """Whether CLDR (read with `babel`) knows the language tag `language` ("en", "en-GB",
    "pt-BR"; a tag with a variant such as "en-GB-oed" by its language and region); "" is
    known (no language given). "en-XX", "zz" or "123" are not."""
    if not language:
        return True
    from babel import Locale, UnknownLocaleError

    for tag in dict.fromkeys([language, "-".join(language.split("-")[:2])]):
        try:
            Locale.parse(tag.replace("-", "_"))
            return True
        except (UnknownLocaleError, ValueError):
            continue
    return False


@functools.cache
def numeric_order(language: str) -> str:
    """How a language writes a numeric date: "dm" (day first, `12/03/1966` is 12 March),
    "md" (month first) or "" (not known). From CLDR's short date format for the tag, read
    with `babel` (`en-GB`: `dd/MM/y`, day first; `en-US`: `M/d/yy`, month first; `de`:
    `dd.MM.yy`). A tag with no region decides only when every region CLDR has for the
    language agrees: CLDR's `en` is its US data, but `en-GB`, `en-IE`, `en-AU` and `en-IN`
    write the day first, so a bare `en` tells nothing (`fr`, `de`: every region day first).
    A format that writes the year first (`ja`, `fr-CA`: `y-MM-dd`) tells nothing of a
    date written with its year last."""
    if not language:
        return ""
    # imported here: most sources write no numeric date, and babel's import takes time
    from babel import Locale, UnknownLocaleError, localedata
    from babel.dates import get_date_format

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        # a tag with a variant or extension CLDR does not list ("en-GB-oed"): its language and region
        parts = language.split("-")
        return numeric_order("-".join(parts[:2])) if len(parts) > 2 else ""

    def order(tag: str | Locale) -> str:
        pattern = get_date_format("short", locale=tag).pattern
        d, m, y = pattern.find("d"), pattern.find("M"), pattern.find("y")
        if min(d, m) < 0 or 0 <= y < min(d, m):
            return ""
        return "dm" if d < m else "md"

    if locale.territory:
        return order(locale)
    orders = {order(tag) for tag in localedata.locale_identifiers() if tag.split("_")[0] == locale.language}
    orders.discard("")
    return orders.pop() if len(orders) == 1 else ""


_WRITTEN = re.compile(r"(?<![\w/.])([0-3]?[0-9])/([0-3]?[0-9])/(?:[0-9]{2}|(?:19|20)[0-9]{2})(?![\w/])")


def written_order(text: str) -> str:
    """The order a source's own numeric dates show: "dm" when one has a first number above
    12 ("13/04/2024") and none a second, "md" the other way round, else "" (none tells, or
    they disagree). One writer writes every date of a text one way, so a date that tells
    decides those that cannot ("03/04/2024" beside "13/04/2024" is 3 April)."""
    orders = {"dm" if int(a) > 12 else "md" for a, b in _WRITTEN.findall(text) if (int(a) > 12) != (int(b) > 12)}
    return orders.pop() if len(orders) == 1 else ""


_ALONE = re.compile(r"([0-3]?[0-9])/([0-3]?[0-9])/((?:19|20)?[0-9]{2})")


def undecided(written: str, order: str) -> tuple[str, ...]:
    """The two days an all-numeric date `written` may be, day first then month first
    ("02/04/2027" -> ("2027-04-02", "2027-02-04")), when nothing tells which number is the
    day: both numbers at most 12 and unequal, and no `order` ("dm" or "md": the source's own
    dates, `written_order`, or the dossier's language, `numeric_order`); else (). CLDR's
    short dates disagree on every such date (`en-GB` dd/MM/y, `en-US` M/d/yy), so it is
    left for the user rather than read either way."""
    mt = _ALONE.fullmatch(written.strip())
    if order or not mt:
        return ()
    a, b, yy = (int(g) for g in mt.groups())
    if a == b or a > 12 or b > 12:
        return ()
    year = yy if yy > 99 else 2000 + yy
    days = (valid_date(year, b, a), valid_date(year, a, b))
    return (days[0].isoformat(), days[1].isoformat()) if days[0] and days[1] else ()


def numeric_date(mt: re.Match[str], ctx: Context) -> Value | None:
    """`12/03/1966`, `7/8/07`, `2024/03/12`. Year first is always year, month, day (ISO
    8601's order). Otherwise a number above 12 is the day, whatever the language; else the
    order the source's own dates show (`written_order`, `anaphora.Story.order`); else the
    order the dossier's language writes (`numeric_order`, from CLDR: `en-GB` day first,
    `en-US` month first); else, neither telling, whichever reading lies nearest before
    publication."""
    if mt.group("y4"):
        day = valid_date(int(mt.group("y4")), int(mt.group("m4")), int(mt.group("d4")))
        return (day.isoformat(), "day") if day else None
    a, b, yy = int(mt.group("a")), int(mt.group("b")), int(mt.group("yy"))
    pub = ctx.published
    year = yy if yy > 99 else (2000 + yy if pub is None or 2000 + yy <= pub.year + 1 else 1900 + yy)
    order = "dm" if a > 12 else "md" if b > 12 else (ctx.story.order if ctx.story else "") or numeric_order(ctx.language)
    if order:
        day = valid_date(year, b, a) if order == "dm" else valid_date(year, a, b)
        return (day.isoformat(), "day") if day else None
    options = [x for x in (valid_date(year, a, b), valid_date(year, b, a)) if x]
    if not options:
        return None
    if pub is not None:
        options.sort(key=lambda x: (x > pub, abs((x - pub).days)))
    return options[0].isoformat(), "day"

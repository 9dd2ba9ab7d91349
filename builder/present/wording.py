"""Small English wording rules shared by pages and the command line: a count with its
noun in agreement, and a number shown with the digits it needs."""

from __future__ import annotations

from ..timex import precision_of, show_date


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """`1 quote`, `2 quotes`, `0 quotes`; `plural` for nouns that do not take `-s`
    (`1 entity`, `3 entities` with `plural="entities"`). English agreement: only
    exactly one takes the singular."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def show_number(x: float) -> str:
    """A strength or score as a reader wants it: a whole number without `.0` (`13.0` ->
    `13`), anything else with at most two decimals and no trailing zeros (`2.5`,
    `0.33`); never `-0`. Raises TypeError for a non-number."""
    if float(x).is_integer():
        return str(int(x))
    shown = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if shown in ("-0", "") else shown


def role_period(start: str, end: str) -> str:
    """How long a role was held, as far as the evidence goes: `1993–1994` with both ends,
    `from 1993` with a start only, `until 1994` with an end only, "" with neither. A start
    with no end is not written `1993–`: an open range reads as "still in office", which the
    sources do not say (the end is unknown, not absent). Values are as the registry writes
    them (an ISO date, month or year) or as a page shows them (`shown_period`). The en dash
    is spaced when either end has a space in it ("2016 – 12 March 2025"; Chicago Manual of
    Style, ch. 6, on the en dash between open compounds)."""
    if start and end:
        return f"{start}{' – ' if ' ' in start + end else '–'}{end}"
    if start:
        return f"from {start}"
    if end:
        return f"until {end}"
    return ""


def shown_period(start: str, end: str) -> str:
    """`role_period` with each end as pages show dates (`timex.show_date` at its precision:
    "2016 – 12 March 2025", not "2016–2025-03-12"); an end it cannot read stays as written."""
    def shown(value: str) -> str:
        try:
            return show_date(value, precision_of(value)) if value else ""
        except (ValueError, IndexError):
            return value
    return role_period(shown(start), shown(end))


def told_apart(items: list[tuple[str, str, str]], titles: list[str] | None = None, updates: list[int] | None = None) -> list[str]:
    """Labels of a list of citations, told apart: each (label, source id, date as shown)
    gives its label, followed by its source's date in brackets when another source in
    the list has the same label ("Union takes Vessmark to court (3 March 2025), ¶3; Union
    takes Vessmark to court (4 March 2025), ¶3": two wire copies, one title). When the
    date does not tell them apart either and `titles` (each source's title, in the same
    order) does, the title follows instead ("Harbor Wire: Meridian files for bankruptcy, ¶3;
    Harbor Wire: Meridian files for Chapter 11, ¶3": one outlet's two stories of a day).
    When neither does and `updates` (each source's `listings.update_numbers`, 0 for
    none) does, the later copies say which update they are ("Strike ends, ¶2; Strike
    ends (3 March 2025, update 1), ¶2"). Otherwise a label stays as it is."""
    sources_of: dict[str, set[str]] = {}
    dates_of: dict[str, set[str]] = {}
    titles_of: dict[str, set[str]] = {}
    for n, (label, sid, date) in enumerate(items):
        sources_of.setdefault(label, set()).add(sid)
        dates_of.setdefault(label, set()).add(date)
        if titles:
            titles_of.setdefault(label, set()).add(titles[n])
    shown = []
    for n, (label, _, date) in enumerate(items):
        update = f"update {updates[n]}" if updates and updates[n] else ""
        if len(sources_of[label]) < 2:
            shown.append(label)
        elif date and (len(dates_of[label]) > 1 or update):
            shown.append(f"{label} ({date}{', ' + update if update else ''})")
        elif titles and len(titles_of[label]) > 1 and titles[n] != label:
            shown.append(f"{label}: {titles[n]}")
        elif update:
            shown.append(f"{label} ({update})")
        else:
            shown.append(label)
    return shown

"""Memos of what each date of a sentence asks for anew: its clause breaks, its conjuncts,
which of its dates a title cuts.

A sentence's dates are titled one by one, and each title reads the whole sentence and
all its dates (`titles`): work that is the same for every date of the sentence, worked out
anew for each, cost time cubic in the number of dates of a long sentence (a page of text
with no full stop and a hundred dates: fresh-user review s15b #4). `per_sentence`
remembers the answers of the last few sentences.

The arguments are told apart by identity (a date or a text is the same object for all
of a sentence's titles), not by value: hashing a date by its fields costs more than the
work saved, and a caller's own date objects are what it gets back, since titles compare
dates by identity. The memo holds the arguments it keys on, so that no id is reused while
its entry lives.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def _ident(arg: object) -> object:
    if isinstance(arg, int):
        return arg  # an offset: by value
    if isinstance(arg, (list, tuple)):
        return tuple(map(id, arg))
    return id(arg)


def per_sentence(maxsize: int) -> Callable[[F], F]:
    """A memo of a pure function of a source's text, offsets and dates, keyed by the
    arguments' identities (offsets by value; a list or tuple by its items'), of at most
    `maxsize` entries, the least recently used dropped first."""

    def decorate(function: F) -> F:
        entries: OrderedDict[tuple[object, ...], tuple[tuple[object, ...], object]] = OrderedDict()

        @wraps(function)
        def remembered(*args: object) -> object:
            key = tuple(_ident(a) for a in args)
            entry = entries.get(key)
            if entry is not None:
                entries.move_to_end(key)
                return entry[1]
            result = function(*args)
            # the arguments are kept with the entry (a list as its items then), so no id is reused while it lives
            entries[key] = (tuple(tuple(a) if isinstance(a, list) else a for a in args), result)
            if len(entries) > maxsize:
                entries.popitem(last=False)
            return result

        remembered.cache_clear = entries.clear  # type: ignore[attr-defined]
        return remembered  # type: ignore[return-value]

    return decorate


def per_date(function: F) -> F:
    """A memo of a pure function `function(text, s, e, date)` (`e` may be any number),
    for the last text asked about: keyed by the offsets and the date's identity, with a
    lighter key than `per_sentence` (it is asked once per date of each title). Forgets
    everything when another text is asked about or past `_PER_DATE_MAX` entries."""
    held: list[object] = [None]
    entries: dict[tuple[int, int, int], tuple[object, object]] = {}

    @wraps(function)
    def remembered(text: str, s: int, e: int, date: object) -> object:
        if held[0] is not text:
            entries.clear()
            held[0] = text
        key = (s, e, id(date))
        entry = entries.get(key)
        if entry is not None and entry[0] is date:
            return entry[1]
        result = function(text, s, e, date)
        if len(entries) >= _PER_DATE_MAX:
            entries.clear()
        entries[key] = (date, result)  # the date is kept, so its id is not reused while the entry lives
        return result

    remembered.cache_clear = entries.clear  # type: ignore[attr-defined]
    return remembered  # type: ignore[return-value]


_PER_DATE_MAX = 1 << 16

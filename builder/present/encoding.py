"""JSON as the exports encode it: sorted keys, compact records (`encoder`), a mapping
of lists written one record per line (`json_pieces`, in pieces for `write.Pieces`), records
already encoded (`Encoded`), and each record encoded once per process (`once`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TypeVar


class Encoded(list):  # type: ignore[type-arg]
    """Records already encoded as JSON (sorted keys, compact), one string each."""


encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _json(data: object) -> str:
    """Sorted keys; a mapping of lists is written one record per line (readable, and a
    changed record is a one-line diff). Compact records keep json's fast C encoder."""
    return "".join(json_pieces(data))


def json_pieces(data: object) -> list[str]:
    """`_json`'s text in pieces, for `write.Pieces` (the export runs to a hundred
    megabytes: it is never joined into one string)."""
    dump = encoder.encode
    if isinstance(data, dict) and all(isinstance(v, list) for v in data.values()):
        pieces = ["{\n"]
        for n, key in enumerate(sorted(data)):
            pieces.append(",\n" if n else "")
            records = data[key] if isinstance(data[key], Encoded) else list(map(dump, data[key]))
            if not records:
                pieces.append(f"{dump(key)}: []")
                continue
            pieces.append(f"{dump(key)}: [\n")
            for i, record in enumerate(records):
                if i:
                    pieces.append(",\n")
                pieces.append(record)
            pieces.append("\n]")
        pieces.append("\n}\n")
        return pieces
    return [dump(data) + "\n"]


T = TypeVar("T")
V = TypeVar("V")


def once(
    items: Iterable[T], held: dict[int, tuple[T, V]], encode: Callable[[T], V],
    still: Callable[[T, V], bool] | None = None,
) -> tuple[list[V], dict[int, tuple[T, V]]]:
    """Each of `items` encoded, and what to hold for the next call: an item the last
    call encoded (the same object, in `held` by its identity: a process that builds
    again keeps its unchanged relations and events) is not encoded again, when `still`
    says its record holds (an equal item made anew is encoded again). No item is
    hashed: a frozen dataclass hashes every field at each look-up, and the 180,000
    relations and 25,000 events of 10,000 sources were hashed twice per build. An item
    found keeps its entry as it was (no new pair is made for each of them at each build)."""
    made: dict[int, tuple[T, V]] = {}
    encoded = []
    found = held.get
    for item in items:
        hit = found(id(item))
        if hit is None or hit[0] is not item or (still is not None and not still(item, hit[1])):
            hit = (item, encode(item))
        made[id(item)] = hit
        encoded.append(hit[1])
    return encoded, made

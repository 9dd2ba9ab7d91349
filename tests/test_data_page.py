"""The Data page documents the export: every field of every record kind that the demo's
`data/dossier.json` holds is named in the page's field table (the datasette habit of
describing every column), so a field added to the export cannot go unexplained."""

from __future__ import annotations

import json
import re
from pathlib import Path


def _fields(value: object, prefix: str = "") -> set[str]:
    """Every key in a record, nested ones too (`citations` -> `source`, `paragraph`)."""
    found: set[str] = set()
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            for key, inner in item.items():
                found.add(key)
                found |= _fields(inner)
    return found


def _table(page: str) -> dict[str, str]:
    """The field table: record kind (the row's first cell, a `key`) -> its Fields cell."""
    section = page.split("## What `dossier.json` holds", 1)[1]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        m = re.match(r"\|\s*`(\w+)`\s*\|[^|]*\|(.*)\|\s*$", line)
        if m:
            rows[m.group(1)] = m.group(2)
        elif rows and not line.startswith("|"):
            break
    return rows


def test_every_field_of_every_record_kind_is_documented(demo: Path) -> None:
    data = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    table = _table((demo / "data" / "index.md").read_text(encoding="utf-8"))
    kinds = {k: v for k, v in data.items() if isinstance(v, list) and v and isinstance(v[0], dict)}
    assert len(kinds) >= 9, sorted(kinds)  # sources, entities, mentions, dates, events, quotes, facts, claims, relations
    missing = {kind: sorted(f for f in _fields(records) if f"`{f}`" not in table.get(kind, "")) for kind, records in kinds.items()}
    assert not any(missing.values()), {k: v for k, v in missing.items() if v}
    assert set(kinds) <= set(table), sorted(set(kinds) - set(table))


def test_the_meta_test_notices_an_undocumented_field() -> None:
    page = "## What `dossier.json` holds\n\n| Key | One record per | Fields |\n|---|---|---|\n| `dates` | date | `value`, `role` |\n\nAfter."
    table = _table(page)
    assert table == {"dates": " `value`, `role` "}
    assert _fields([{"value": "2013", "timex": "2013"}, {"role": "event"}]) - {"value", "role"} == {"timex"}
    assert _fields([{"citations": [{"source": "s", "paragraph": 1}]}]) == {"citations", "source", "paragraph"}

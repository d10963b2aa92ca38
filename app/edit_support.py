"""What the UI's editor needs to offer the right field for each column: rows and column specs, named."""

from __future__ import annotations

from typing import Any

from graph.content import TABLES
from graph.content_read import read_content
from graph.db import Database
from graph.i18n import score_name, t
from graph.model import LINK_RELATIONSHIP
from importers.columns import ENUMS, TABLE_COLUMNS
from viz import texts as _texts  # noqa: F401  (registers the names of link types, levels and kinds)

_PREFIX = {
    "goal_level": "level.",
    "strategy_kind": "kind.",
    "actor_kind": "actor.",
    "action_status": "status.",
    "indicator_source": "isource.",
    "direction": "direction.",
    "gender": "gender.",
}


def column_label(column: str, lang: str) -> str:
    """A column's name in words ("Namn"); a column added to the format later shows as it is named."""
    try:
        return t(f"col.{column}", lang)
    except KeyError:
        return column


def value_name(enum: str, value: str, lang: str) -> str:
    """An allowed value of a column in words (`ongoing` → "pågående")."""
    if enum == "link_type":
        return t(f"link.{LINK_RELATIONSHIP[value]}", lang)
    try:
        return t(_PREFIX[enum] + value, lang)
    except KeyError:
        return value


def editable(db: Database, dataset: str, lang: str = "sv") -> dict[str, Any]:
    """{"tables": {table: [row]}, "columns": {table: [{"name", "label", "kind", "required", "values"}]},
    "scores": [{"value", "name"}]}: the rows as the import format holds them, for the UI's editor."""
    content = read_content(db, dataset)
    tables = {}
    for table in TABLES:
        rows = []
        for item in getattr(content, table):
            row = {k: v for k, v in item.model_dump(by_alias=True, exclude={"extra"}).items() if v not in (None, [])}
            rows.append({**row, **item.extra})
        tables[table] = rows
    columns = {}
    for table, spec in TABLE_COLUMNS.items():
        columns[table] = [
            {
                "name": c.name,
                "label": column_label(c.name, lang),
                "kind": c.kind.split(":")[0],
                "required": c.required,
                "values": [{"value": v, "name": value_name(c.kind[5:], v, lang)} for v in ENUMS[c.kind[5:]]]
                if c.kind.startswith("enum:")
                else [],
            }
            for c in spec.values()
        ]
    scores = [{"value": s, "name": score_name(s, lang)} for s in range(3, -4, -1)]
    return {"dataset": dataset, "tables": tables, "columns": columns, "scores": scores}

"""Reading a dataset's current version back from the graph as `DatasetContent` (for export and Kolada)."""

from __future__ import annotations

import json
from typing import Any

from graph import store
from graph.db import Database
from graph.model import LABEL_OF_TABLE, LINK_RELATIONSHIP
from importers.model import DatasetContent

_TABLE_OF_LABEL = {label: table for table, label in LABEL_OF_TABLE.items()}
_LINK_OF_REL = {rel: link for link, rel in LINK_RELATIONSHIP.items()}
_BOOKKEEPING = ("dsv", "dataset", "seq", "extra_json", "current_status")
"""Properties ruslink adds for itself (current_status is derived from status and progress, graph.progress)."""


def _row(props: dict[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in props.items() if k not in _BOOKKEEPING}
    if props.get("extra_json"):
        row["extra"] = json.loads(props["extra_json"])
    return row


def read_content(db: Database, dataset: str) -> DatasetContent:
    """The current version of `dataset`, as the content an import of it would produce."""
    info = store.dataset_info(db, dataset)
    key = info["key"]  # the same version as `info`, even if the dataset is replaced meanwhile
    meta = info.get("meta") or {}
    doc: dict[str, Any] = {
        "description": meta.get("description") or None,
        "illustrative": bool(meta.get("illustrative")),
    }
    for name in LABEL_OF_TABLE:
        doc[name] = []
    for record in db.read("export/items", dsv=key):
        table = next((_TABLE_OF_LABEL[lb] for lb in record["labels"] if lb in _TABLE_OF_LABEL), None)
        if table is not None:
            doc[table].append(_row(record["props"]))
    doc["observations"] = [_row(r["props"]) for r in db.read("export/observations", dsv=key)]
    doc["progress"] = [_row(r["props"]) for r in db.read("export/progress", dsv=key)]
    doc["links"] = [
        dict(_row(r["props"]), **{"from": r["from"], "type": _LINK_OF_REL[r["type"]], "to": r["to"]})
        for r in db.read("export/links", dsv=key)
    ]
    return DatasetContent.model_validate(doc)

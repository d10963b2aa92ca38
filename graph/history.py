"""A dataset's change history as stored in its `:Change` nodes (written by `importers.changes`).

Reading it needs only the graph, so pages, the CLI and a re-import (which must know whether it would replace
edits) read it here without importing the edit machinery.
"""

from __future__ import annotations

import json
from typing import Any

from graph import store
from graph.db import Database


def list_changes(db: Database, dataset: str) -> list[dict[str, Any]]:
    """The dataset's changes, newest first: {"change", "by", "why", "at", "changes", "reverts", "reverted_by"}."""
    store.current_key(db, dataset)
    return [
        {
            "change": r["change"],
            "by": r["by"],
            "why": r["why"],
            "at": r["at"],
            "changes": json.loads(r["ops"]),
            "reverts": r["reverts"],
            "reverted_by": r["reverted_by"],
        }
        for r in db.read("changes/list", dataset=dataset)
    ]


def edits_since_import(db: Database, dataset: str) -> int:
    """How many changes a re-import of `dataset` would replace."""
    return db.read("changes/pending", dataset=dataset)[0]["edits"]

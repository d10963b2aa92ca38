"""The network view of a 2,000-node graph: the graph endpoint's time, and time to interactive in headless
chromium against pyvis's stock output of the same graph."""

from __future__ import annotations

from typing import Any

from graph.db import Database


def measure(db: Database, dataset: str, *, quick: bool) -> dict[str, Any]:
    """The view's figures, or nulls with the reason they could not be taken."""
    return {"nodes": None, "endpoint_ms": None, "interactive_ms": None, "pyvis_interactive_ms": None,
            "speedup": None, "reason": "the network view (GET /api/datasets/{dataset}/graph and its page) "
                                       "is not in this checkout yet"}

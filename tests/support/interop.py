"""The dataset the interop tests export."""

from __future__ import annotations

import networkx as nx

from tests.support.report_data import hostile_content

CONTENT = hostile_content()


ROWS = {r.id for t in ("strategies", "goals", "actions", "indicators", "actors") for r in getattr(CONTENT, t)}


def links(g: nx.Graph) -> list[tuple[str, str, dict]]:
    return [
        (u, v, d)
        for u, v, d in g.edges(data=True)
        if d["relation"] in ("contributes_to", "interacts_with", "measured_by", "responsible_for", "participates_in")
    ]

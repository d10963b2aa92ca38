"""The network views the web UI serves, from a dataset graph and the analyses' results (no queries here)."""

from __future__ import annotations

from typing import Any

from graph.views import DatasetGraph
from viz.filters import ViewFilter, apply
from viz.findings import index_findings
from viz.focus import goal_focus
from viz.network import actor_network, build_network


def network_view(graph: DatasetGraph, results: list, *, view: str = "network", layout: str = "layered",
                 lang: str = "sv", view_filter: ViewFilter | None = None) -> dict[str, Any]:
    """Network JSON of the whole dataset (`network`) or its actor network (`actors`), filtered."""
    index = index_findings(results)
    if view == "actors":
        data = actor_network(graph, lang=lang, findings=index)
    else:
        data = build_network(graph, lang=lang, findings=index, layout=layout)
    if view_filter is not None and view_filter.active:
        data = apply(data, view_filter)
    return data


def focus_view(graph: DatasetGraph, results: list, goal_id: str, *, lang: str = "sv",
               plan: str | None = None) -> dict[str, Any]:
    """Network JSON of one goal's linkage diagram."""
    focus = goal_focus(graph, goal_id, plan=plan)
    return build_network(graph, lang=lang, findings=index_findings(results), node_ids=focus.nodes)

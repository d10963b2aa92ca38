"""The network views the web UI serves, from a dataset graph and the analyses' results (no queries here)."""

from __future__ import annotations

from typing import Any

from graph.views import DatasetGraph
from viz.collapse import gathered
from viz.filters import ViewFilter, apply
from viz.findings import index_findings
from viz.focus import goal_focus
from viz.network import actor_network, build_network, marks_payload


NO_FINDINGS: list = []
_NETWORK_CACHE: dict[tuple, dict[str, Any]] = {}
"""Network JSON per (version key, view, layout, language, findings): versions never change once written.
Callers never mutate it: filters build new dicts."""


def network_view(graph: DatasetGraph, results: list | None, *, view: str = "network", layout: str = "layered",
                 lang: str = "sv", view_filter: ViewFilter | None = None) -> dict[str, Any]:
    """Network JSON of the whole dataset (`network`) or its actor network (`actors`), filtered.

    `results` None builds it without findings (the explorer adds their marks afterwards, see `marks_view`).
    """
    results = results if results is not None else NO_FINDINGS
    cache_key = (graph.key, view, layout, lang, id(results))
    data = _NETWORK_CACHE.get(cache_key)
    if data is None:
        index = index_findings(results)
        if view == "actors":
            data = actor_network(graph, lang=lang, findings=index)
        else:
            data = gathered(build_network(graph, lang=lang, findings=index, layout=layout), lang)
        if len(_NETWORK_CACHE) >= 8:
            _NETWORK_CACHE.pop(next(iter(_NETWORK_CACHE)))
        _NETWORK_CACHE[cache_key] = data
    if view_filter is not None and view_filter.active:
        data = apply(data, view_filter)
    return data


def focus_view(graph: DatasetGraph, results: list, goal_id: str, *, lang: str = "sv",
               plan: str | None = None) -> dict[str, Any]:
    """Network JSON of one goal's linkage diagram."""
    focus = goal_focus(graph, goal_id, plan=plan)
    # A focus diagram is small and shown to people who read every word: longer labels.
    return build_network(graph, lang=lang, findings=index_findings(results), node_ids=focus.nodes, label_max=110)


def marks_view(graph: DatasetGraph, results: list, *, view: str = "network", layout: str = "layered",
               lang: str = "sv") -> dict[str, Any]:
    """The marks and panel findings for the explorer's diagram of `view`."""
    data = network_view(graph, None, view=view, layout=layout, lang=lang)
    return marks_payload(data, graph, index_findings(results), lang)

"""The network views the web UI serves, from a dataset graph and the analyses' results (no queries here)."""

from __future__ import annotations

from typing import Any

from graph.version_cache import VersionCache
from graph.views import DatasetGraph
from viz.collapse import gathered
from viz.filters import ViewFilter, apply
from viz.findings import index_findings
from viz.network import actor_network, build_network, marks_payload

NO_FINDINGS: list = []
_NETWORK_CACHE = VersionCache("networks", max_entries=8, max_weight=2_000_000)
"""Network JSON per (dataset, version key, view, layout, language, findings), weighed by nodes and edges:
versions never change once written (keys carry a random part, so no store is needed). Callers never mutate
it: filters build new dicts."""


def _fingerprint(results: list) -> int:
    """What the findings are, not which list object holds them (an id can be reused once a list is gone)."""
    return hash(
        tuple(
            (r.analysis, tuple((f.kind, f.severity, f.subject, tuple(f.related)) for f in r.findings)) for r in results
        )
    )


def network_view(
    graph: DatasetGraph,
    results: list | None,
    *,
    view: str = "network",
    layout: str = "layered",
    lang: str = "sv",
    view_filter: ViewFilter | None = None,
) -> dict[str, Any]:
    """Network JSON of the whole dataset (`network`) or its actor network (`actors`), filtered.

    `results` None builds it without findings (the explorer adds their marks afterwards, see `marks_view`).
    """
    results = results if results is not None else NO_FINDINGS
    cache_key = ("", graph.dataset, graph.key, view, layout, lang, _fingerprint(results))
    data = _NETWORK_CACHE.get(cache_key)
    if data is None:
        index = index_findings(results)
        if view == "actors":
            data = actor_network(graph, lang=lang, findings=index)
        else:
            data = gathered(build_network(graph, lang=lang, findings=index, layout=layout), lang)
        _NETWORK_CACHE.put(cache_key, data, weight=len(data.get("nodes", ())) + len(data.get("edges", ())))
    if view_filter is not None and view_filter.active:
        data = apply(data, view_filter)
    return data


def marks_view(
    graph: DatasetGraph, results: list, *, view: str = "network", layout: str = "layered", lang: str = "sv"
) -> dict[str, Any]:
    """The marks and panel findings for the explorer's diagram of `view`."""
    data = network_view(graph, None, view=view, layout=layout, lang=lang)
    return marks_payload(data, graph, index_findings(results), lang)

"""The network views the web UI serves, from a dataset graph and the analyses' results (no queries here)."""

from __future__ import annotations

from typing import Any

from graph.i18n import t
from graph.memory import collection_paused
from graph.version_cache import Section
from graph.views import DatasetGraph
from viz.collapse import gathered
from viz.compact import compact
from viz.filters import ViewFilter, apply
from viz.findings import findings_about, index_findings, mark_index
from viz.network import actor_network, build_network, mark_style, mark_suffix, node_details, panel_findings

NO_FINDINGS: list = []
NETWORKS = Section("networks", max_entries=8, max_weight=60_000)
"""Network JSON per (dataset, version key, view, layout, language, findings), weighed by nodes and edges:
versions never change once written (keys carry a random part, so no store is needed). Callers never mutate
it: filters build new dicts. A 10,000-node view weighs about 37,000 and takes some 60 MB as Python objects;
what pages send again is kept as bytes (app.cached) and the explorer page's own few facts apart
(`explorer_facts`), so only the latest large views are kept whole."""
FACTS = Section("explorer facts", max_entries=64, max_weight=64)
"""The explorer page's filters per (dataset, version key, view, layout, language): small."""


def _fingerprint(results: list) -> int:
    """What the findings are, not which list object holds them (an id can be reused once a list is gone)."""
    return hash(
        tuple(
            (r.analysis, tuple((f.kind, f.severity, f.subject, tuple(f.related)) for f in r.findings)) for r in results
        )
    )


def _network_key(graph: DatasetGraph, view: str, layout: str, lang: str, results: list) -> tuple:
    return ("", graph.dataset, graph.key, view, layout, lang, _fingerprint(results))


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
    cache_key = _network_key(graph, view, layout, lang, results)
    networks = NETWORKS.here()
    data = networks.get(cache_key)
    if data is None:
        with collection_paused():
            index = index_findings(results)
            if view == "actors":
                data = actor_network(graph, lang=lang, findings=index)
            else:
                data = gathered(build_network(graph, lang=lang, findings=index, layout=layout), lang)
        networks.put(cache_key, data, weight=len(data.get("nodes", ())) + len(data.get("edges", ())))
    if view_filter is not None and view_filter.active:
        data = apply(data, view_filter)
    return data


def explorer_facts(graph: DatasetGraph, *, view: str = "network", layout: str = "layered", lang: str = "sv") -> dict:
    """What the explorer page itself shows of its diagram: the filter facets, the legend, whether rows are
    gathered, and the layout used. The diagram comes as columns (`compact_view`), so a page load does not need the
    network again once these are known."""

    def build() -> dict:
        data = network_view(graph, None, view=view, layout=layout, lang=lang)
        return {
            "facets": data["facets"],
            "legend": data.get("legend", []),
            "collapsible": data.get("collapsible", False),
            "layout": data["layout"],
            "nodes": len(data["nodes"]),
        }

    found: dict = FACTS.here().get_or_build(_facts_key(graph.dataset, graph.key, view, layout, lang), build)
    return found


FAST_OVER = 2000
"""Node-level diagrams with more nodes than this are drawn by fastnet.js, smaller ones by vis-network (the page
is told which: `renderer` in its page state)."""


def explorer_renderer(facts: dict, asked: str | None) -> str:
    """ "fast" or "vis": what the explorer page draws its diagram with (`?renderer=` decides when given), so that
    the page loads vis-network only when it uses it (360 kB of script a large diagram does not need)."""
    if asked in ("fast", "vis"):
        return asked
    return "fast" if facts.get("nodes", 0) > FAST_OVER else "vis"


def kept_explorer_facts(dataset: str, key: str, *, view: str, layout: str, lang: str) -> dict | None:
    """`explorer_facts` of version `key` when they are kept (the page then needs no graph), else None."""
    found: dict | None = FACTS.here().get(_facts_key(dataset, key, view, layout, lang))
    return found


def _facts_key(dataset: str, key: str, view: str, layout: str, lang: str) -> tuple:
    return ("", dataset, key, view, layout, lang)


def compact_view(graph: DatasetGraph, *, view: str = "network", layout: str = "layered", lang: str = "sv") -> dict:
    """The explorer's diagram as compact columns (viz.compact), without findings: marks come separately.

    Once the columns are made, the network they come from is no longer kept: the page's own facts are
    (`explorer_facts`), and the columns are sent again as bytes (app.cached). At 10,000 nodes the network
    takes about 60 MB as Python objects, its columns 0.7 MB compressed."""
    explorer_facts(graph, view=view, layout=layout, lang=lang)
    data = network_view(graph, None, view=view, layout=layout, lang=lang)
    with collection_paused():
        columns = compact(data)
    NETWORKS.here().discard(_network_key(graph, view, layout, lang, NO_FINDINGS))
    return columns


def marks_view(graph: DatasetGraph, results: list, *, lang: str = "sv", panel: bool = False) -> dict[str, Any]:
    """The marks of the rows the analyses name, with their names, label suffix and style:
    {"marks": {id: {marks, markNames, suffix, style}}}, and with `panel` the side panel's findings per row
    ({"findings": {id: [...]}}, for small diagrams; large ones get them with a row's details)."""
    label_of = {n.id: n.label for n in graph.nodes.values()}
    marks: dict[str, Any] = {}
    for rid, found in mark_index(results, label_of).items():
        if rid in graph.nodes and found:
            marks[rid] = {
                "marks": found,
                "markNames": [t(f"mark.{m}", lang) for m in found],
                "suffix": mark_suffix(found),
                "style": mark_style(found),
            }
    if not panel:
        return {"marks": marks}
    index = index_findings(results)
    return {"marks": marks, "findings": {rid: panel_findings(index[rid], lang) for rid in graph.nodes if rid in index}}


def details_view(graph: DatasetGraph, results: list, row_id: str, *, lang: str = "sv") -> dict[str, Any] | None:
    """One row's side panel: its details and the most severe findings about it (None for an unknown row)."""
    node = graph.nodes.get(row_id)
    if node is None:
        return None
    return {
        "id": row_id,
        "details": node_details(node, graph, lang),
        "findings": panel_findings(findings_about(results, row_id), lang),
    }

"""Edge crossings of every goal view: the diagram engine (Graphviz `dot`, laid out for the view) against the
explorer's layered layout (`viz/layout.py`, straight lines between node centres) on the same rows and links.

Both are counted from geometry with `viz/diagram_checks.crossings` (edges sharing an end meet, they do not
cross). Goal views are drawn with their actors (`DiagramAsk(actors=True)`), so both layouts place exactly
the rows of the focus view. Layout time per view (both `dot` runs, label widths tried) is reported beside.
"""

from __future__ import annotations

import math
import time
from typing import Any

from graph.views import DatasetGraph, load_with_findings
from viz.diagram_build import DRAWN_LINKS
from viz.diagram_checks import crossings
from viz.diagram_model import geometry
from viz.focus import goal_focus
from viz.layout import layered
from viz.network import level_of
from viz.subgraphs import DiagramAsk, diagram_for


def explorer_crossings(graph: DatasetGraph, rows: set[str]) -> tuple[int, int]:
    """(edges, crossings) of the explorer's layered layout of `rows`, as `build_network` places them."""
    levels = {r: level_of(graph.nodes[r], graph) for r in rows if graph.nodes[r].label != "Strategy"}
    order = {r: float(graph.nodes[r].get("seq", 0)) for r in levels}
    links = {
        (lk.source, lk.target)
        for lk in graph.links
        if lk.type in DRAWN_LINKS and lk.source in levels and lk.target in levels
    }
    max_row = max(12, min(48, math.ceil(1.6 * math.sqrt(max(len(levels), 1)))))
    pos = layered(levels, sorted(links), order=order, max_row=max_row)
    edges = [{"from": a, "to": b, "points": [pos[a], pos[b]]} for a, b in sorted(links)]
    return len(edges), crossings(edges)


def goal_view_figures(db: Any, dataset: str) -> list[dict[str, Any]]:
    """One row per RUS goal: boxes, edges, crossings of both layouts, and the engine's layout time."""
    graph, results = load_with_findings(db, dataset)
    rows = []
    for goal in graph.rus_goals():
        started = time.perf_counter()
        diagram = diagram_for(graph, results, DiagramAsk(goal=goal.id, actors=True))
        took = (time.perf_counter() - started) * 1000
        geo = geometry(diagram, scale=1.0, offset_x=0.0, offset_y=0.0, viewport=(diagram.width, diagram.height))
        n_edges, old = explorer_crossings(graph, goal_focus(graph, goal.id).nodes)
        rows.append(
            {
                "goal": goal.id,
                "nodes": len(diagram.nodes),
                "edges": n_edges,
                "crossings_dot": crossings(geo["edges"]),
                "crossings_layered": old,
                "layout_ms": round(took),
            }
        )
    return rows


def markdown(dataset_label: str, rows: list[dict[str, Any]]) -> str:
    """The figures as a BENCHMARKS.md table with totals."""
    lines = [
        f"**{dataset_label}**",
        "",
        "| goal view | boxes | edges | crossings, dot | crossings, layered (explorer) | layout ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['goal']} | {r['nodes']} | {r['edges']} | {r['crossings_dot']} | "
            f"{r['crossings_layered']} | {r['layout_ms']} |"
        )
    dot = sum(r["crossings_dot"] for r in rows)
    old = sum(r["crossings_layered"] for r in rows)
    ratio = f"{old / dot:.1f}× fewer" if dot else "none left"
    lines.append(f"| **all {len(rows)} views** | | | **{dot}** | **{old}** | |")
    lines += ["", f"dot: {ratio} crossings than the explorer's layered layout on the same views.", ""]
    return "\n".join(lines)

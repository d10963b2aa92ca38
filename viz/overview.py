"""The aggregated overview as a layered diagram: plans → plan goals → RUS goals → references.

One box per plan, plan goal, RUS goal and reference; a line's width is the number of actions whose
strongest chain (`viz/chains.py`) runs along it. This is the layered stand-in for the flow view's
`/datasets/{d}/flow`; `ruslink diagram --overview` uses it until that view offers a `Diagram` of its own.
"""

from __future__ import annotations

import math
from collections import defaultdict

import viz.diagram_texts  # noqa: F401
from graph.i18n import t
from graph.views import DatasetGraph
from viz.chains import actions_reaching, reaching
from viz.diagram_build import (
    edge_for,
    finish,
    href_of,
    make_node,
    node_kind,
    plan_styles,
)
from viz.diagram_model import Diagram, DiagramEdge, DiagramNode, LegendItem
from viz.network import display_name

LEVELS = {"reference": 0, "goal": 3, "target": 3, "goal_area": 3, "vision": 3, "plan_goal": 5, "plan": 6}


def overview_diagram(graph: DatasetGraph, *, lang: str = "sv") -> Diagram:
    """Counts of contributing actions along plan → plan goal → RUS goal → reference."""
    styles = plan_styles(graph)
    counts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for goal, chains in actions_reaching(graph, reaching(graph)).items():
        for chain in chains:
            action = graph.nodes[chain.start]
            plan = str(action.get("strategy") or "")
            steps = [s for s in chain.path[1:] if s in graph.nodes]
            plan_goals = [s for s in steps if node_kind(graph.nodes[s], graph) == "plan_goal"]
            first = plan_goals[0] if plan_goals else goal
            if plan in graph.nodes:
                counts[(plan, first)].add(action.id)
            if plan_goals:
                counts[(plan_goals[-1], goal)].add(action.id)
            for link in graph.links_of("CONTRIBUTES_TO"):
                if link.source == goal and link.target in graph.nodes and graph.nodes[link.target].label == "Reference":
                    counts[(goal, link.target)].add(action.id)
    ids = {i for pair in counts for i in pair}
    nodes: list[DiagramNode] = []
    levels: dict[str, int | None] = {}
    for node_id in sorted(ids, key=lambda i: (graph.nodes[i].get("seq", 0), i)):
        row = graph.nodes[node_id]
        kind = node_kind(row, graph)
        if kind == "plan":
            fill, pattern = styles.get(row.id, ("#D9D9D9", None))
        elif kind == "reference":
            fill, pattern = "#E3E3E3", None
        else:
            fill, pattern = styles.get(str(row.get("strategy")), ("#D9D9D9", None))
        nodes.append(
            make_node(
                row.id,
                kind,
                display_name(row, lang),
                fill=fill,
                pattern=pattern,
                group=row.id if kind == "plan" else str(row.get("strategy") or ""),
                href=href_of(graph.dataset, row, kind),
            )
        )
        levels[row.id] = LEVELS.get(kind, 4)
    edges: list[DiagramEdge] = []
    for (source, target), actions in sorted(counts.items()):
        edge = edge_for("band", source, target, None)
        edge.width = round(1.5 + 2.2 * math.sqrt(len(actions)), 1)
        edge.colour = "#5A5A5A"
        edge.label = str(len(actions))
        edges.append(edge)
    diagram = finish(
        graph,
        nodes,
        edges,
        levels,
        title=t("dg.overview_title", lang),
        subtitle=t("dg.overview_subtitle", lang),
        lang=lang,
    )
    diagram.legend = [i for i in diagram.legend if i.kind != "line"] + [
        LegendItem("line", t("dg.line.band", lang), stroke="#5A5A5A", width=6.0)
    ]
    if any(n.kind == "plan" for n in nodes):
        diagram.legend.insert(0, LegendItem("node", t("dg.kind.plan", lang), fill="#FFFFFF"))
    return diagram

"""A subgraph of a dataset as a finished `Diagram`: boxes sized to their wrapped labels, styles, legend, layout.

Which rows a diagram shows is decided elsewhere (`viz/subgraphs.py`, from the focus view and the analyses'
findings); this module only draws them. Colour says which plan a row belongs to (with a pattern beyond
eight plans), box shape says what kind of row it is, line style says what kind of link it is, width says
how strong, and ⚠ ∅ ! repeat the analyses' marks, so nothing depends on colour alone.
"""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from urllib.parse import quote

import viz.diagram_texts
import viz.texts  # noqa: F401  (registers the UI words)
from graph.i18n import signed, t
from graph.views import DatasetGraph, Node
from viz import palette
from viz.diagram_model import Diagram, DiagramEdge, DiagramNode, LegendItem
from viz.dot_layout import SCREEN, layout
from viz.findings import marks_of
from viz.network import display_name
from viz.text_fit import text_width, wrap

READABLE_PX = 14.0
"""The smallest label size, in CSS pixels on a 1920×1080 screen, that a room can read from the back."""
FONT_PX = 20.0
LABEL_WIDTHS = (300.0, 480.0)
"""Label widths tried: narrow suits a top-down picture, wide (one line per name) a left-to-right one."""
PAD_X, PAD_Y = 12.0, 7.0
LINE_H = 1.25
MARK_SYMBOLS = {"conflict": "⚠", "orphan": "∅", "gap": "!"}
DRAWN_LINKS = {
    "CONTRIBUTES_TO": "contributes_to",
    "INTERACTS_WITH": "interacts_with",
    "MEASURED_BY": "measured_by",
    "RESPONSIBLE_FOR": "responsible_for",
    "PARTICIPATES_IN": "participates_in",
    "PART_OF": "part_of",
}
SHAPE_OF_KIND = {"action": "rounded", "actor": "hexagon", "indicator": "note", "reference": "double"}
GOAL_LEVELS = {"vision": 2, "goal_area": 2, "goal": 3, "target": 4}


def node_kind(node: Node, graph: DatasetGraph) -> str:
    """The diagram's kind of a row: reference, vision, goal_area, goal, target (RUS), plan_goal, action …"""
    if node.label == "Goal":
        rus = graph.rus
        if rus is not None and node.get("strategy") == rus.id:
            return str(node.get("level") or "goal")
        strategy = graph.nodes.get(str(node.get("strategy")))
        if strategy is not None and strategy.get("kind") in ("national", "international"):
            return "reference"
        return "plan_goal"
    return {
        "Action": "action",
        "Actor": "actor",
        "Indicator": "indicator",
        "Reference": "reference",
        "Strategy": "plan",
    }.get(node.label, "reference")


def level_of_kind(kind: str) -> int | None:
    """Rows by level: references 0, vision and goal areas 2, goals 3, targets 4, plan goals 5, actions 6."""
    if kind in GOAL_LEVELS:
        return GOAL_LEVELS[kind]
    return {"reference": 0, "plan_goal": 5, "plan": 5, "action": 6}.get(kind)


def plan_styles(graph: DatasetGraph) -> dict[str, tuple[str, str | None]]:
    """Strategy id -> (colour, pattern): the RUS blue, then each plan in the dataset's order."""
    styles: dict[str, tuple[str, str | None]] = {}
    if graph.rus is not None:
        styles[graph.rus.id] = (palette.RUS_COLOUR, None)
    for i, plan in enumerate(graph.plans()):
        styles[plan.id] = palette.plan_style(i)
    return styles


def make_node(
    node_id: str,
    kind: str,
    text: str,
    *,
    fill: str,
    pattern: str | None = None,
    marks: list[str] | None = None,
    group: str | None = None,
    href: str | None = None,
    font_px: float = FONT_PX,
) -> DiagramNode:
    """A box sized to its label wrapped at a readable width (never a smaller font)."""
    marks = marks or []
    suffix = "".join(f" {MARK_SYMBOLS[m]}" for m in marks if m in MARK_SYMBOLS)
    stroke = palette.CONFLICT if "conflict" in marks else palette.INK
    node = DiagramNode(
        id=node_id,
        kind=kind,
        lines=[],
        x=0.0,
        y=0.0,
        width=0.0,
        height=0.0,
        font_px=font_px,
        fill=fill,
        stroke=stroke,
        shape=SHAPE_OF_KIND.get(kind, "box"),
        pattern=pattern,
        marks=marks,
        group=group,
        href=href,
        text=text + suffix,
    )
    size_node(node, LABEL_WIDTHS[0])
    return node


def size_node(node: DiagramNode, label_width: float) -> None:
    """Wrap the node's label at `label_width` and size its box to the lines."""
    bold = node.kind in ("goal", "goal_area", "vision", "plan")
    node.lines = wrap(node.text, label_width, node.font_px, bold=bold)
    width = max(text_width(line, node.font_px, bold) for line in node.lines) + 2 * PAD_X
    if node.kind == "actor":
        width += node.font_px  # the hexagon's points take room beside the text
    node.width = float(round(max(width, 90.0)))
    node.height = float(round(len(node.lines) * node.font_px * LINE_H + 2 * PAD_Y))


def edge_for(kind: str, source: str, target: str, score: int | None) -> DiagramEdge:
    """A link's line: kind by dash and colour, strength by width, a sign where it works against."""
    edge = DiagramEdge(source=source, target=target, points=[], kind=kind, score=score)
    negative = score is not None and score < 0
    if kind == "contributes_to":
        edge.width = 1.5 + 1.2 * abs(score if score is not None else 1)
        edge.colour = palette.CONFLICT if negative else palette.NEUTRAL_EDGE
    elif kind == "interacts_with":
        edge.width = 1.5 + 1.0 * abs(score or 0)
        edge.colour = palette.CONFLICT if negative else palette.SYNERGY
        edge.dashed = True
    elif kind == "measured_by":
        edge.colour, edge.width, edge.dashed = palette.STRUCTURE_EDGE, 1.5, True
    elif kind in ("responsible_for", "participates_in"):
        edge.colour = palette.OKABE_ITO["reddish_purple"]
        edge.width, edge.dashed = (2.5, False) if kind == "responsible_for" else (1.5, True)
    elif kind == "part_of":
        edge.colour, edge.width = palette.STRUCTURE_EDGE, 1.5
    if score is not None and (negative or kind == "interacts_with" or score == 0):
        edge.label = signed(score)
    return edge


def fit_font(diagram: Diagram, screen: tuple[float, float] = SCREEN) -> float:
    """The label size the diagram shows at when fitted to `screen` (never enlarged beyond 1:1)."""
    scale = min(1.0, screen[0] / diagram.width, screen[1] / diagram.height)
    return min((n.font_px for n in diagram.nodes), default=FONT_PX) * scale


def href_of(dataset: str, node: Node, kind: str) -> str:
    """Where a click on a box leads: a RUS goal's own diagram, an actor's own picture ("only this actor",
    laid out fresh), or the row's details in the explorer."""
    if kind in ("goal", "target", "goal_area", "vision"):
        return f"/datasets/{quote(dataset, safe='')}/goals/{quote(node.id, safe='')}"
    node_id = quote(node.id, safe="")
    if kind == "actor":
        return f"/datasets/{quote(dataset, safe='')}/diagram?actor={node_id}"
    return f"/datasets/{quote(dataset, safe='')}/explore?focus={node_id}&highlight={node_id}"


def subgraph_diagram(
    graph: DatasetGraph,
    node_ids: set[str],
    findings: dict[str, list[dict]],
    *,
    title: str,
    subtitle: str = "",
    lang: str = "sv",
    emphasis: set[str] | None = None,
) -> Diagram:
    """The diagram of the rows `node_ids` and every drawn link among them, laid out fresh."""
    styles = plan_styles(graph)
    nodes: list[DiagramNode] = []
    levels: dict[str, int | None] = {}
    for node_id in sorted(node_ids, key=lambda i: (graph.nodes[i].get("seq", 0), i)):
        row = graph.nodes[node_id]
        if row.label == "Strategy":
            continue
        kind = node_kind(row, graph)
        fill, pattern = _fill_of(row, kind, styles)
        marks = marks_of(row.id, findings, row.label)
        nodes.append(
            make_node(
                row.id,
                kind,
                display_name(row, lang),
                fill=fill,
                pattern=pattern,
                marks=marks,
                group=str(row.get("strategy")) if row.get("strategy") else None,
                href=href_of(graph.dataset, row, kind),
            )
        )
        levels[row.id] = level_of_kind(kind)
    present = {n.id for n in nodes}
    edges: list[DiagramEdge] = []
    seen: set[tuple[str, str, str]] = set()
    for link in graph.links:
        link_kind = DRAWN_LINKS.get(link.type)
        if link_kind is None or link.source not in present or link.target not in present:
            continue
        if (link.source, link_kind, link.target) in seen:
            continue
        seen.add((link.source, link_kind, link.target))
        score = link.props.get("score") if link_kind in ("contributes_to", "interacts_with") else None
        edges.append(edge_for(link_kind, link.source, link.target, None if score is None else int(score)))
    return finish(graph, nodes, edges, levels, title=title, subtitle=subtitle, lang=lang)


def finish(
    graph: DatasetGraph,
    nodes: list[DiagramNode],
    edges: list[DiagramEdge],
    levels: dict[str, int | None],
    *,
    title: str,
    subtitle: str,
    lang: str,
) -> Diagram:
    """Lay out, add the legend of what is drawn and the caption facts (dataset, source, date, marking).

    Each label width is tried and the picture whose text is largest when fitted to a screen is kept."""
    prepared = []
    for label_width in LABEL_WIDTHS:  # labels measured here, one after another (the font cache is shared)
        trial_nodes, trial_edges = copy.deepcopy(nodes), copy.deepcopy(edges)
        for node in trial_nodes:
            size_node(node, label_width)
        prepared.append((trial_nodes, trial_edges))

    def trial(pair: tuple[list[DiagramNode], list[DiagramEdge]]) -> tuple[float, float, list, list]:
        w, h, _direction = layout(pair[0], pair[1], levels)
        return w, h, pair[0], pair[1]

    # Each trial's layout is `dot` processes: run side by side, they take the time of the slowest one.
    with ThreadPoolExecutor(max_workers=len(prepared)) as pool:
        trials = list(pool.map(trial, prepared))
    best: tuple[float, float, float, list[DiagramNode], list[DiagramEdge]] | None = None
    for w, h, trial_nodes, trial_edges in trials:
        font = min(1.0, SCREEN[0] / w, SCREEN[1] / h)
        if best is None or font > best[0] * 1.02:
            best = (font, w, h, trial_nodes, trial_edges)
    assert best is not None
    _, width, height, nodes, edges = best
    return Diagram(
        title=title,
        subtitle=subtitle,
        nodes=nodes,
        edges=edges,
        width=width,
        height=height,
        legend=legend_for(graph, nodes, edges, lang),
        dataset=graph.dataset,
        source=str(graph.meta.get("source") or graph.dataset),
        drawn_on=date.today().isoformat(),
        illustrative=graph.illustrative,
        lang=lang,
    )


def _fill_of(row: Node, kind: str, styles: dict[str, tuple[str, str | None]]) -> tuple[str, str | None]:
    if kind in ("actor",):
        return palette.ACTOR_COLOUR, None
    if kind == "indicator":
        return palette.INDICATOR_COLOUR, None
    if kind == "reference":
        return "#E3E3E3", None
    return styles.get(str(row.get("strategy")), ("#D9D9D9", None))


def legend_for(graph: DatasetGraph, nodes: list[DiagramNode], edges: list[DiagramEdge], lang: str) -> list[LegendItem]:
    """Every colour, shape, line and mark the diagram uses, and nothing it does not."""
    items: list[LegendItem] = []
    kinds = {n.kind for n in nodes}
    groups = {n.group for n in nodes if n.kind in ("plan_goal", "action", "plan")}
    styles = plan_styles(graph)
    if kinds & set(GOAL_LEVELS):
        items.append(LegendItem("node", t("dg.lg_rus", lang), fill=palette.RUS_COLOUR))
    for plan in graph.plans():
        if plan.id in groups:
            fill, pattern = styles[plan.id]
            items.append(LegendItem("node", plan.name, fill=fill, symbol=pattern))
    for kind in ("plan_goal", "action", "actor", "indicator", "reference"):
        if kind in kinds:
            items.append(
                LegendItem("node", t(f"dg.kind.{kind}", lang), fill="#FFFFFF", shape=SHAPE_OF_KIND.get(kind, "box"))
            )
    seen: set[str] = set()
    for e in edges:
        key = e.kind + (":neg" if e.score is not None and e.score < 0 else "")
        if key in seen:
            continue
        seen.add(key)
    order = [
        ("contributes_to", palette.NEUTRAL_EDGE, False, 3.9),
        ("contributes_to:neg", palette.CONFLICT, False, 3.9),
        ("interacts_with", palette.SYNERGY, True, 3.5),
        ("interacts_with:neg", palette.CONFLICT, True, 3.5),
        ("measured_by", palette.STRUCTURE_EDGE, True, 1.5),
        ("responsible_for", palette.OKABE_ITO["reddish_purple"], False, 2.5),
        ("participates_in", palette.OKABE_ITO["reddish_purple"], True, 1.5),
        ("part_of", palette.STRUCTURE_EDGE, False, 1.5),
    ]
    for key, colour, dashed, width in order:
        if key in seen:
            items.append(
                LegendItem(
                    "line", t(f"dg.line.{key.replace(':', '_')}", lang), stroke=colour, dashed=dashed, width=width
                )
            )
    marks = {m for n in nodes for m in n.marks}
    for mark, symbol in MARK_SYMBOLS.items():
        if mark in marks:
            items.append(
                LegendItem(
                    "mark",
                    t(f"dg.mark.{mark}", lang),
                    symbol=symbol,
                    stroke=palette.CONFLICT if mark == "conflict" else palette.INK,
                )
            )
    return items

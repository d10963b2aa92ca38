"""Static SVG chain diagrams for the printed report, laid out and drawn by the same engine as every other
diagram (`viz/dot_layout.py`, `viz/diagram_svg.py`), so no script is needed to see them.

The SVG is built with ElementTree, so every name is escaped as XML text: a row named `<script>` is
shown as those characters, never run.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from viz import palette
from viz.diagram_build import edge_for, level_of_kind, make_node
from viz.diagram_svg import SVG_NS, content
from viz.dot_layout import layout
from viz.text_fit import FONT_FAMILY

HEAD = 34.0
NOTE = 28.0
KINDS = (("action", "#E8F1FB"), ("plan_goal", "#FDF3E1"), ("goal", palette.RUS_COLOUR))


def layered_diagram(
    data: dict[str, Any], names: dict[str, str], *, title: str, column_titles: tuple[str, str, str], more_text: str = ""
) -> str:
    """A goal's contribution chain, left to right: actions, the goals on the way, the RUS goal.

    `data` is {"goal", "actions", "middle", "edges": [(source, target, score)], "hidden"}; returns SVG text
    with a viewBox, so the page scales it to fit.
    """
    columns = [data["actions"], data["middle"], [data["goal"]]]
    nodes, levels, seen = [], {}, set()
    for column, (kind, fill) in zip(columns, KINDS, strict=True):
        for node_id in column:
            if node_id in seen:
                continue
            seen.add(node_id)
            nodes.append(make_node(node_id, kind, names.get(node_id, node_id), fill=fill))
            levels[node_id] = level_of_kind(kind)
    edges = [
        edge_for("contributes_to", s, t, int(score))
        for s, t, score in data["edges"]
        if s in seen and t in seen and s != t
    ]
    width, height, _ = layout(nodes, edges, levels, direction="LR")
    total = height + HEAD + (NOTE if data.get("hidden") else 0)
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "viewBox": f"0 0 {width:.0f} {total:.0f}",
            "class": "diagram",
            "role": "img",
            "width": f"{width:.0f}",
            "height": f"{total:.0f}",
        },
    )
    ET.SubElement(svg, "title").text = title
    for column, heading in zip(columns, column_titles, strict=True):
        placed = [n for n in nodes if n.id in column]
        if not placed:
            continue
        x = sum(n.x + n.width / 2 for n in placed) / len(placed)
        ET.SubElement(
            svg,
            "text",
            {
                "x": f"{x:.0f}",
                "y": "24",
                "class": "col",
                "text-anchor": "middle",
                "font-size": "18",
                "font-weight": "bold",
                "font-family": FONT_FAMILY,
                "fill": "#333333",
            },
        ).text = heading
    body = ET.SubElement(svg, "g", {"transform": f"translate(0,{HEAD:.0f})"})
    from viz.diagram_model import Diagram

    content(body, Diagram(title=title, nodes=nodes, edges=edges, width=width, height=height), links=False)
    if data.get("hidden"):
        ET.SubElement(
            svg,
            "text",
            {"x": "24", "y": f"{total - 8:.0f}", "font-size": "16", "font-family": FONT_FAMILY, "fill": "#555555"},
        ).text = more_text
    return ET.tostring(svg, encoding="unicode")

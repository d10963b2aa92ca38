"""Static SVG diagrams for the printed report, drawn in Python (no script is needed to see them).

The SVG is built with ElementTree, so every name is escaped as XML text: a row named `<script>` is
shown as those characters, never run.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

SVG_NS = "http://www.w3.org/2000/svg"

COLUMN_W = 230
BOX_W = 200
BOX_H = 34
GAP_Y = 8
MARGIN = 10
LABEL_CHARS = 34

FILL = {"action": "#e8f1fb", "goal": "#fdf3e1", "rus": "#e3f4e8"}
STROKE = {"action": "#2f6fb3", "goal": "#b7791f", "rus": "#2e7d4f"}
EDGE = {1: "#9ccc9c", 2: "#4caf50", 3: "#1b5e20"}


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lines(text: str, limit: int = LABEL_CHARS) -> list[str]:
    """A name in at most two lines of about `limit` characters (the full name is the box's title)."""
    words, lines, current = text.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > limit:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], _short(" ".join(lines[1:]), limit)]
    return [_short(line, limit) for line in lines] or [""]


def layered_diagram(data: dict[str, Any], names: dict[str, str], *, title: str,
                    column_titles: tuple[str, str, str], more_text: str = "") -> str:
    """A goal's contribution chain in three columns: actions, the goals on the way, the RUS goal.

    `data` is {"goal", "actions", "middle", "edges": [(source, target, score)], "hidden"}; returns SVG text
    with a viewBox, so the page scales it to fit.
    """
    columns = [data["actions"], data["middle"], [data["goal"]]]
    kinds = ["action", "goal", "rus"]
    rows = max(1, *(len(c) for c in columns))
    height = MARGIN * 2 + 24 + rows * (BOX_H + GAP_Y) + (18 if data.get("hidden") else 0)
    width = MARGIN * 2 + COLUMN_W * 2 + BOX_W
    svg = ET.Element("svg", {"xmlns": SVG_NS, "viewBox": f"0 0 {width} {height}", "class": "diagram",
                             "role": "img", "width": str(width), "height": str(height)})
    ET.SubElement(svg, "title").text = title
    pos: dict[str, tuple[float, float]] = {}
    for ci, (column, kind) in enumerate(zip(columns, kinds)):
        x = MARGIN + ci * COLUMN_W
        head = ET.SubElement(svg, "text", {"x": str(x), "y": str(MARGIN + 10), "class": "col",
                                           "font-size": "11", "font-weight": "bold", "fill": "#333"})
        head.text = column_titles[ci]
        offset = (rows - len(column)) * (BOX_H + GAP_Y) / 2 if ci else 0
        for ri, node in enumerate(column):
            y = MARGIN + 24 + offset + ri * (BOX_H + GAP_Y)
            pos[node] = (x, y)
    edges = ET.SubElement(svg, "g", {"fill": "none"})
    for source, target, score in data["edges"]:
        if source not in pos or target not in pos:
            continue
        (x1, y1), (x2, y2) = pos[source], pos[target]
        if x2 <= x1:
            continue  # a link within a column (goal under goal) is shown by the column order
        sx, sy, tx, ty = x1 + BOX_W, y1 + BOX_H / 2, x2, y2 + BOX_H / 2
        mid = (sx + tx) / 2
        ET.SubElement(edges, "path", {"d": f"M{sx:.0f},{sy:.0f} C{mid:.0f},{sy:.0f} {mid:.0f},{ty:.0f} {tx:.0f},{ty:.0f}",
                                      "stroke": EDGE.get(int(score), "#4caf50"),
                                      "stroke-width": str(0.8 + 0.6 * int(score))})
    for column, kind in zip(columns, kinds):
        for node in column:
            x, y = pos[node]
            name = names.get(node, node)
            group = ET.SubElement(svg, "g")
            ET.SubElement(group, "title").text = f"{node}: {name}"
            ET.SubElement(group, "rect", {"x": str(x), "y": f"{y:.0f}", "width": str(BOX_W), "height": str(BOX_H),
                                          "rx": "4", "fill": FILL[kind], "stroke": STROKE[kind]})
            lines = _lines(name)
            for li, line in enumerate(lines):
                ty = y + (BOX_H / 2 + 4 if len(lines) == 1 else 14 + li * 12)
                text = ET.SubElement(group, "text", {"x": str(x + 6), "y": f"{ty:.0f}", "font-size": "10",
                                                     "fill": "#222"})
                text.text = line
    if data.get("hidden"):
        note = ET.SubElement(svg, "text", {"x": str(MARGIN), "y": str(height - MARGIN), "font-size": "10",
                                           "fill": "#555"})
        note.text = more_text
    return ET.tostring(svg, encoding="unicode")

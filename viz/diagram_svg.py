"""A `Diagram` drawn as SVG: the page's inline picture, and the framed picture every export starts from.

Built with ElementTree, so every name is XML text and cannot become markup. Boxes are plain `<rect>`
elements carrying `data-id` and edges plain `<path>` elements carrying `data-from`/`data-to` with their
route as straight segments, so anyone can check a picture for overlaps and crossings from the file alone.
The framed picture every export is made of (title, legend, caption) is drawn in `viz/diagram_frame.py`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from viz import palette
from viz.diagram_model import Diagram, DiagramEdge, DiagramNode, LegendItem
from viz.text_fit import FONT_FAMILY

SVG_NS = "http://www.w3.org/2000/svg"
PATTERNS = ("stripes", "dots", "cross")


def fnum(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def defs(svg: ET.Element, edges: list[DiagramEdge], legend: list[LegendItem], *, patterns: bool = True) -> None:
    defs = ET.SubElement(svg, "defs")
    colours = {e.colour for e in edges} | {i.stroke for i in legend if i.kind == "line"}
    for colour in sorted(colours):
        key = colour.lstrip("#")
        arrow = ET.SubElement(
            defs,
            "marker",
            {
                "id": f"arrow-{key}",
                "viewBox": "0 0 10 10",
                "refX": "9",
                "refY": "5",
                "markerWidth": "16",
                "markerHeight": "16",
                "markerUnits": "userSpaceOnUse",
                "orient": "auto",
            },
        )
        ET.SubElement(arrow, "polygon", {"points": "0,0 10,5 0,10", "fill": colour})
        bar = ET.SubElement(
            defs,
            "marker",
            {
                "id": f"bar-{key}",
                "viewBox": "0 0 4 10",
                "refX": "3",
                "refY": "5",
                "markerWidth": "6",
                "markerHeight": "18",
                "markerUnits": "userSpaceOnUse",
                "orient": "auto",
            },
        )
        ET.SubElement(bar, "rect", {"x": "0", "y": "0", "width": "4", "height": "10", "fill": colour})
    for name in PATTERNS if patterns else ():
        pattern = ET.SubElement(
            defs, "pattern", {"id": f"pat-{name}", "patternUnits": "userSpaceOnUse", "width": "10", "height": "10"}
        )
        if name == "stripes":
            ET.SubElement(
                pattern,
                "path",
                {
                    "d": "M-2,12 L12,-2 M-2,2 L2,-2 M8,12 L12,8",
                    "stroke": "#000000",
                    "stroke-opacity": "0.3",
                    "stroke-width": "2",
                },
            )
        elif name == "dots":
            ET.SubElement(pattern, "circle", {"cx": "5", "cy": "5", "r": "2", "fill": "#000000", "fill-opacity": "0.3"})
        else:
            ET.SubElement(
                pattern,
                "path",
                {"d": "M0,5 L10,5 M5,0 L5,10", "stroke": "#000000", "stroke-opacity": "0.3", "stroke-width": "1.5"},
            )


def _edge(parent: ET.Element, e: DiagramEdge) -> None:
    if len(e.points) < 2:
        return
    d = "M" + " L".join(f"{fnum(x)},{fnum(y)}" for x, y in e.points)
    attrs = {
        "class": f"edge edge-{e.kind}",
        "data-from": e.source,
        "data-to": e.target,
        "d": d,
        "fill": "none",
        "stroke": e.colour,
        "stroke-width": fnum(e.width),
        "stroke-linecap": "round",
    }
    if e.dashed:
        attrs["stroke-dasharray"] = "3 5" if e.kind == "measured_by" else "9 6"
    key = e.colour.lstrip("#")
    if e.kind in ("contributes_to", "interacts_with", "responsible_for", "participates_in", "band"):
        negative = e.score is not None and e.score < 0
        attrs["marker-end"] = f"url(#{'bar' if negative else 'arrow'}-{key})"
    path = ET.SubElement(parent, "path", attrs)
    if e.score is not None:
        path.set("data-score", str(e.score))
    if e.label and e.kind == "band":  # a band's label describes it on hover; drawn, dozens would pile up
        ET.SubElement(path, "title").text = e.label
    elif e.label:
        x, y = e.points[len(e.points) // 2]
        common = {
            "x": fnum(x),
            "y": fnum(y + 6),
            "text-anchor": "middle",
            "font-size": "18",
            "font-weight": "bold",
            "font-family": FONT_FAMILY,
        }
        halo = ET.SubElement(
            parent,
            "text",
            {
                **common,
                "class": "edge-halo",
                "fill": "#FFFFFF",
                "stroke": "#FFFFFF",
                "stroke-width": "6",
                "stroke-linejoin": "round",
                "aria-hidden": "true",
            },
        )
        halo.text = e.label
        colour = palette.CONFLICT_TEXT if (e.score or 0) < 0 else (palette.SYNERGY if e.kind != "band" else palette.INK)
        label = ET.SubElement(parent, "text", {**common, "class": "edge-label", "fill": colour})
        label.text = e.label


def shape(parent: ET.Element, n: DiagramNode) -> None:
    """The box (always a `<rect data-id>`, the node's extent) and what makes its kind recognisable."""
    dashed = any(m in n.marks for m in ("orphan", "gap"))
    stroke_w = 4.0 if "conflict" in n.marks else (3.0 if dashed else 1.5)
    x, y, w, h = n.x, n.y, n.width, n.height
    visible = n.shape not in ("hexagon",)
    rect = {
        "class": "node-box",
        "data-id": n.id,
        "data-kind": n.kind,
        "data-font-px": fnum(n.font_px),
        "x": fnum(x),
        "y": fnum(y),
        "width": fnum(w),
        "height": fnum(h),
        "rx": fnum(h / 2 if n.shape == "rounded" else 3),
        "fill": n.fill if visible else "none",
        "stroke": n.stroke if visible else "none",
        "stroke-width": fnum(stroke_w),
    }
    if dashed and visible:
        rect["stroke-dasharray"] = "8 5"
    ET.SubElement(parent, "rect", rect)
    common = {"fill": "none", "stroke": n.stroke, "stroke-width": fnum(stroke_w)}
    if n.shape == "hexagon":
        k = min(h / 2, 16)
        pts = [(x + k, y), (x + w - k, y), (x + w, y + h / 2), (x + w - k, y + h), (x + k, y + h), (x, y + h / 2)]
        ET.SubElement(
            parent, "polygon", {"points": " ".join(f"{fnum(a)},{fnum(b)}" for a, b in pts), **common, "fill": n.fill}
        )
    elif n.shape == "note":
        k = 12
        ET.SubElement(
            parent,
            "path",
            {
                "d": f"M{fnum(x + w - k)},{fnum(y)} L{fnum(x + w - k)},{fnum(y + k)} L{fnum(x + w)},{fnum(y + k)}",
                **common,
            },
        )
    elif n.shape == "double":
        ET.SubElement(
            parent,
            "rect",
            {
                "x": fnum(x + 4),
                "y": fnum(y + 4),
                "width": fnum(w - 8),
                "height": fnum(h - 8),
                "rx": "2",
                **common,
                "stroke-width": "1",
            },
        )
    if n.pattern in PATTERNS:
        ET.SubElement(
            parent,
            "rect",
            {
                "x": fnum(x),
                "y": fnum(y),
                "width": fnum(w),
                "height": fnum(h),
                "rx": rect["rx"],
                "fill": f"url(#pat-{n.pattern})",
                "stroke": "none",
                "class": "node-pattern",
            },
        )


def _node(parent: ET.Element, n: DiagramNode, links: bool) -> None:
    group = ET.SubElement(parent, "g", {"class": f"node node-{n.kind}", "data-id": n.id})
    if links and n.href:
        group = ET.SubElement(group, "a", {"href": n.href})
    ET.SubElement(group, "title").text = f"{n.id}: {' '.join(n.lines)}"
    shape(group, n)
    bold = n.kind in ("goal", "goal_area", "vision", "plan")
    ink = palette.text_on(n.fill)
    line_h = n.font_px * 1.25
    top = n.y + (n.height - line_h * len(n.lines)) / 2
    for i, line in enumerate(n.lines):
        text = ET.SubElement(
            group,
            "text",
            {
                "x": fnum(n.x + n.width / 2),
                "y": fnum(top + line_h * i + n.font_px * 0.98),
                "text-anchor": "middle",
                "font-size": fnum(n.font_px),
                "font-family": FONT_FAMILY,
                "fill": ink,
                "font-weight": "bold" if bold else "normal",
            },
        )
        text.text = line


def content(parent: ET.Element, diagram: Diagram, links: bool) -> None:
    """Draw the edges, then the boxes over them, into `parent` (diagram units, origin at its top-left)."""
    defs(parent, diagram.edges, [], patterns=any(n.pattern for n in diagram.nodes))
    draw_body(parent, diagram, links)


def draw_body(parent: ET.Element, diagram: Diagram, links: bool) -> None:
    edges = ET.SubElement(parent, "g", {"class": "edges"})
    for e in diagram.edges:
        _edge(edges, e)
    nodes = ET.SubElement(parent, "g", {"class": "nodes"})
    for n in diagram.nodes:
        _node(nodes, n, links)


def inline_svg(diagram: Diagram) -> str:
    """The diagram alone, for a page: scaled to its box by the viewBox, boxes link to their pages."""
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "class": "ruslink-diagram",
            "role": "img",
            "viewBox": f"0 0 {fnum(diagram.width)} {fnum(diagram.height)}",
            "preserveAspectRatio": "xMidYMid meet",
            "aria-label": diagram.title,
        },
    )
    defs(svg, diagram.edges, [])
    draw_body(svg, diagram, links=True)
    return ET.tostring(svg, encoding="unicode")

"""The overview diagram as one SVG: title, columns, bands, boxes, legend and source line, no script needed.

Built with ElementTree, so every name is escaped XML text. Boxes are `<g class="node" data-id>` with a
`<rect>`; bands are `<path class="band" data-from data-to>` inside a link to the chains behind them, so the
picture can be checked (overlaps, crossings) and clicked without any script. Styling uses presentation
attributes only (the pages' Content-Security-Policy and every SVG viewer accept them).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from graph.i18n import t
from viz.diagram_model import Diagram, DiagramEdge, DiagramNode, LegendItem
from viz.flow import NEGATIVE_PATTERN
from viz.flow_layout import CHAR_W, LINE, MARGIN, PAD_X, TOP, FlowDiagram, right_text
from viz.palette import INK, text_on

SVG_NS = "http://www.w3.org/2000/svg"
FONTS = "DejaVu Sans, Verdana, Arial, sans-serif"
ILLUSTRATIVE_FILL = "#FFF4CC"
NEGATIVE_MIN_PX = 7.0
"""A negative band is drawn at least this wide, so its stripes show even for one action."""


def _text(parent: ET.Element, x: float, y: float, text: str, size: float, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, "text", {"x": f"{x:.1f}", "y": f"{y:.1f}", "font-size": f"{size:g}", **attrs})
    el.text = text
    return el


BAND_SEGMENTS = 24
"""An exported band is its curve as this many straight segments: every export's edges are plain polylines
(`path d="M… L…"`), so the geometry script and anyone reading the file get the points without curve maths."""


def _band_path(edge: DiagramEdge, straight: bool = False) -> str:
    (x0, y0), (x1, y1) = edge.points[0], edge.points[-1]
    xm = (x0 + x1) / 2
    if not straight:
        return f"M{x0:.1f},{y0:.1f} C{xm:.1f},{y0:.1f} {xm:.1f},{y1:.1f} {x1:.1f},{y1:.1f}"
    points = []
    for i in range(BAND_SEGMENTS + 1):  # the same cubic: control points (xm, y0) and (xm, y1)
        u = i / BAND_SEGMENTS
        a, b, c, d = (1 - u) ** 3, 3 * (1 - u) ** 2 * u, 3 * (1 - u) * u**2, u**3
        points.append(f"{a * x0 + (b + c) * xm + d * x1:.1f},{(a + b) * y0 + (c + d) * y1:.1f}")
    return "M" + " L".join(points)


def _band(parent: ET.Element, edge: DiagramEdge, plans: list[str], straight: bool) -> None:
    holder = ET.SubElement(parent, "a", {"href": edge.href}) if edge.href else parent
    negative = edge.score is not None and edge.score < 0
    drawn = max(edge.width, NEGATIVE_MIN_PX if negative else 2.0)
    attrs = {
        "class": "band negative" if negative else "band",
        "d": _band_path(edge, straight),
        "fill": "none",
        "data-from": edge.source,
        "data-to": edge.target,
        "stroke-width": f"{drawn:.2f}",
        "stroke": f"url(#{NEGATIVE_PATTERN})" if negative else edge.colour,
        "stroke-opacity": "0.95" if negative else ("0.9" if edge.dashed else "0.5"),
        "data-plans": " ".join(plans),
    }
    if edge.dashed:
        attrs["stroke-dasharray"] = "6 4"
    path = ET.SubElement(holder, "path", attrs)
    if edge.label:
        ET.SubElement(path, "title").text = edge.label


def _shape(parent: ET.Element, node: DiagramNode, dashed: bool) -> None:
    x, y, w, h = node.x, node.y, node.width, node.height
    attrs = {"fill": node.fill, "stroke": node.stroke, "stroke-width": "2"}
    if dashed:
        attrs["stroke-dasharray"] = "5 3"
    if node.shape == "hexagon":
        d = min(10.0, h / 2)
        pts = [(x + d, y), (x + w - d, y), (x + w, y + h / 2), (x + w - d, y + h), (x + d, y + h), (x, y + h / 2)]
        ET.SubElement(parent, "polygon", {"points": " ".join(f"{a:.1f},{b:.1f}" for a, b in pts), **attrs})
    # The box itself is always a plain rect (transparent for hexagons) so anyone can read its geometry.
    rect = {"x": f"{x:.1f}", "y": f"{y:.1f}", "width": f"{w:.1f}", "height": f"{h:.1f}", **attrs}
    if node.shape == "hexagon":
        rect.update({"fill": "none", "stroke": "none"})
    elif node.shape == "rounded":
        rect["rx"] = "6"
    ET.SubElement(parent, "rect", {"class": "box", **rect})


def _node(parent: ET.Element, node: DiagramNode, count: tuple[int, int] | None, export: bool) -> None:
    holder = ET.SubElement(parent, "a", {"href": node.href}) if node.href else parent
    g = ET.SubElement(holder, "g", {"class": "node", "data-id": node.id, "data-kind": node.kind})
    ET.SubElement(g, "title").text = " ".join(node.lines) + f" ({node.id})"
    _shape(g, node, "uncovered" in node.marks)
    if export:  # the box as every export carries it: rect[data-id] (viz/diagram_svg.py, the geometry script)
        box = g.find("rect[@class='box']")
        if box is not None:
            box.attrib.update({"data-id": node.id, "data-kind": node.kind, "data-font-px": f"{node.font_px:g}"})
    ink = text_on(node.fill)
    top = node.y + (node.height - len(node.lines) * LINE) / 2
    for i, line in enumerate(node.lines):
        _text(g, node.x + PAD_X, top + (i + 0.78) * LINE, line, node.font_px, fill=ink)
    right = right_text(node.marks, count)
    if right:
        _text(
            g,
            node.x + node.width - PAD_X,
            node.y + node.height / 2 + node.font_px * 0.36,
            right,
            node.font_px,
            fill=ink,
            **{"text-anchor": "end", "font-weight": "700"},
        )


def _legend(parent: ET.Element, items: list[LegendItem], x0: float, y0: float, right: float) -> None:
    x, y = x0, y0
    for item in items:
        width = 44 + len(item.text) * 15 * CHAR_W + 30
        if x + width > right and x > x0:
            x, y = x0, y + 28
        g = ET.SubElement(parent, "g", {"class": "legend-item"})
        if item.kind == "line":
            if item.dashed:
                ET.SubElement(
                    g,
                    "line",
                    {
                        "x1": f"{x:.1f}",
                        "y1": f"{y:.1f}",
                        "x2": f"{x + 36:.1f}",
                        "y2": f"{y:.1f}",
                        "stroke": item.stroke,
                        "stroke-width": "2.5",
                        "stroke-dasharray": "6 4",
                    },
                )
            else:
                fill = f"url(#{item.symbol})" if item.symbol else item.stroke
                ET.SubElement(
                    g,
                    "rect",
                    {
                        "x": f"{x:.1f}",
                        "y": f"{y - 7:.1f}",
                        "width": "36",
                        "height": "14",
                        "fill": fill,
                        "fill-opacity": "1" if item.symbol else "0.5",
                    },
                )
        elif item.fill != "#FFFFFF" or item.dashed:
            ET.SubElement(
                g,
                "rect",
                {
                    "x": f"{x:.1f}",
                    "y": f"{y - 10:.1f}",
                    "width": "36",
                    "height": "20",
                    "fill": item.fill,
                    "stroke": item.stroke,
                    "stroke-width": "2",
                    "stroke-dasharray": "5 3" if item.dashed else "none",
                },
            )
        else:
            ET.SubElement(
                g,
                "rect",
                {
                    "x": f"{x:.1f}",
                    "y": f"{y - 10:.1f}",
                    "width": "36",
                    "height": "20",
                    "fill": "#FFFFFF",
                    "stroke": INK,
                    "stroke-width": "1",
                },
            )
            _text(g, x + 18, y + 5, item.symbol or "", 14, fill=INK, **{"text-anchor": "middle", "font-weight": "700"})
        _text(g, x + 44, y + 5, item.text, 15, fill=INK)
        x += width


def render_svg(diagram: Diagram, *, export: bool = False) -> str:
    """The diagram as SVG text with a viewBox, so a page scales it to fit and an export keeps its size.

    `export`: the file `ruslink diagram --overview` and /diagram.svg|png|html write: the same picture, marked
    as a ruslink diagram so the offline page's geometry script finds its boxes and bands."""
    w, h = diagram.width, diagram.height
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "viewBox": f"0 0 {w:g} {h:g}",
            "width": f"{w:g}",
            "height": f"{h:g}",
            "class": "flow-diagram ruslink-diagram ruslink-export" if export else "flow-diagram",
            "role": "img",
            "aria-labelledby": "flow-title",
            "font-family": FONTS,
            "preserveAspectRatio": "xMidYMid meet",
        },
    )
    ET.SubElement(svg, "title", {"id": "flow-title"}).text = f"{diagram.title} – {diagram.dataset}"
    defs = ET.SubElement(svg, "defs")
    pattern = ET.SubElement(
        defs,
        "pattern",
        {
            "id": NEGATIVE_PATTERN,
            "patternUnits": "userSpaceOnUse",
            "width": "10",
            "height": "10",
            "patternTransform": "rotate(45)",
        },
    )
    ET.SubElement(pattern, "rect", {"width": "10", "height": "10", "fill": "#F7CDB6"})
    ET.SubElement(pattern, "rect", {"width": "5", "height": "10", "fill": "#C04F00"})
    ET.SubElement(svg, "rect", {"x": "0", "y": "0", "width": f"{w:g}", "height": f"{h:g}", "fill": "#FFFFFF"})

    head = ET.SubElement(svg, "g", {"class": "heading"})
    _text(head, MARGIN, 48, diagram.title, 28, fill=INK, **{"font-weight": "700"})
    _text(head, MARGIN, 80, diagram.subtitle, 17, fill=INK)
    if diagram.illustrative:
        note = t("illustrative", diagram.lang)
        box_w = len(note) * 16 * CHAR_W + 24
        ET.SubElement(
            head,
            "rect",
            {
                "x": f"{w - MARGIN - box_w:.1f}",
                "y": "20",
                "width": f"{box_w:.1f}",
                "height": "34",
                "fill": ILLUSTRATIVE_FILL,
                "stroke": "#E69F00",
                "stroke-width": "2",
            },
        )
        _text(
            head,
            w - MARGIN - box_w / 2,
            43,
            note,
            16,
            fill=INK,
            **{"text-anchor": "middle", "font-weight": "700", "class": "illustrative"},
        )
    if isinstance(diagram, FlowDiagram):
        for i, (heading, x, width) in enumerate(diagram.columns):
            last = i == len(diagram.columns) - 1 and i > 0
            _text(
                head,
                x + width if last else x,
                TOP - 14,
                heading,
                17,
                fill=INK,
                **{"font-weight": "700", "class": "column-heading", "text-anchor": "end" if last else "start"},
            )

    bands = ET.SubElement(svg, "g", {"class": "bands"})
    plans = diagram.edge_plans if isinstance(diagram, FlowDiagram) else []

    def drawn_after(i: int) -> tuple[bool, float]:
        edge = diagram.edges[i]  # negative bands on top, wide bands below narrow ones
        return (edge.score is not None and edge.score < 0, -edge.width)

    ordered = sorted(range(len(diagram.edges)), key=drawn_after)
    for i in ordered:
        _band(bands, diagram.edges[i], plans[i] if i < len(plans) else [], export)
    boxes = ET.SubElement(svg, "g", {"class": "nodes"})
    counts = diagram.counts if isinstance(diagram, FlowDiagram) else {}
    for node in diagram.nodes:
        _node(boxes, node, counts.get(node.id), export)

    legend = ET.SubElement(svg, "g", {"class": "legend"})
    _legend(legend, diagram.legend, MARGIN, h - 84, w - MARGIN)
    foot = " · ".join(
        part
        for part in (
            t("flow.source", diagram.lang, source=diagram.source),
            diagram.dataset,
            t("flow.drawn", diagram.lang, date=diagram.drawn_on),
        )
        if part
    )
    _text(svg, MARGIN, h - 18, foot, 15, fill="#4D4D4D", **{"class": "source"})
    if diagram.illustrative:
        _text(
            svg,
            w - MARGIN,
            h - 18,
            t("illustrative", diagram.lang),
            15,
            fill="#4D4D4D",
            **{"text-anchor": "end", "class": "source"},
        )
    ET.register_namespace("", SVG_NS)
    return ET.tostring(svg, encoding="unicode")

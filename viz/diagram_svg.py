"""A `Diagram` drawn as SVG: the page's inline picture, and the framed picture every export starts from.

Built with ElementTree, so every name is XML text and cannot become markup. Boxes are plain `<rect>`
elements carrying `data-id` and edges plain `<path>` elements carrying `data-from`/`data-to` with their
route as straight segments, so anyone can check a picture for overlaps and crossings from the file alone.
The framed variant adds what a slide needs: title, subtitle, legend, dataset, date, source and, for
illustrative data, the marking "Exempeldata – illustrativt".
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import viz.diagram_texts  # noqa: F401  (registers the diagram words)
from graph.i18n import t
from viz import palette
from viz.diagram_model import Diagram, DiagramEdge, DiagramNode, LegendItem
from viz.text_fit import FONT_FAMILY, text_width, wrap

SVG_NS = "http://www.w3.org/2000/svg"
TITLE_PX, SUBTITLE_PX, LEGEND_PX, FOOT_PX = 30.0, 18.0, 16.0, 16.0
LEGEND_COL = 440.0
FRAME_PAD = 24.0
MIN_FRAME_WIDTH = 1280.0
PATTERNS = ("stripes", "dots", "cross")


def _f(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _defs(svg: ET.Element, edges: list[DiagramEdge], legend: list[LegendItem], *, patterns: bool = True) -> None:
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
    d = "M" + " L".join(f"{_f(x)},{_f(y)}" for x, y in e.points)
    attrs = {
        "class": f"edge edge-{e.kind}",
        "data-from": e.source,
        "data-to": e.target,
        "d": d,
        "fill": "none",
        "stroke": e.colour,
        "stroke-width": _f(e.width),
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
    if e.label:
        x, y = e.points[len(e.points) // 2]
        common = {
            "x": _f(x),
            "y": _f(y + 6),
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


def _shape(parent: ET.Element, n: DiagramNode) -> None:
    """The box (always a `<rect data-id>`, the node's extent) and what makes its kind recognisable."""
    dashed = any(m in n.marks for m in ("orphan", "gap"))
    stroke_w = 4.0 if "conflict" in n.marks else (3.0 if dashed else 1.5)
    x, y, w, h = n.x, n.y, n.width, n.height
    visible = n.shape not in ("hexagon",)
    rect = {
        "class": "node-box",
        "data-id": n.id,
        "data-kind": n.kind,
        "data-font-px": _f(n.font_px),
        "x": _f(x),
        "y": _f(y),
        "width": _f(w),
        "height": _f(h),
        "rx": _f(h / 2 if n.shape == "rounded" else 3),
        "fill": n.fill if visible else "none",
        "stroke": n.stroke if visible else "none",
        "stroke-width": _f(stroke_w),
    }
    if dashed and visible:
        rect["stroke-dasharray"] = "8 5"
    ET.SubElement(parent, "rect", rect)
    common = {"fill": "none", "stroke": n.stroke, "stroke-width": _f(stroke_w)}
    if n.shape == "hexagon":
        k = min(h / 2, 16)
        pts = [(x + k, y), (x + w - k, y), (x + w, y + h / 2), (x + w - k, y + h), (x + k, y + h), (x, y + h / 2)]
        ET.SubElement(
            parent, "polygon", {"points": " ".join(f"{_f(a)},{_f(b)}" for a, b in pts), **common, "fill": n.fill}
        )
    elif n.shape == "note":
        k = 12
        ET.SubElement(
            parent,
            "path",
            {"d": f"M{_f(x + w - k)},{_f(y)} L{_f(x + w - k)},{_f(y + k)} L{_f(x + w)},{_f(y + k)}", **common},
        )
    elif n.shape == "double":
        ET.SubElement(
            parent,
            "rect",
            {
                "x": _f(x + 4),
                "y": _f(y + 4),
                "width": _f(w - 8),
                "height": _f(h - 8),
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
                "x": _f(x),
                "y": _f(y),
                "width": _f(w),
                "height": _f(h),
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
    _shape(group, n)
    bold = n.kind in ("goal", "goal_area", "vision", "plan")
    ink = palette.text_on(n.fill)
    line_h = n.font_px * 1.25
    top = n.y + (n.height - line_h * len(n.lines)) / 2
    for i, line in enumerate(n.lines):
        text = ET.SubElement(
            group,
            "text",
            {
                "x": _f(n.x + n.width / 2),
                "y": _f(top + line_h * i + n.font_px * 0.98),
                "text-anchor": "middle",
                "font-size": _f(n.font_px),
                "font-family": FONT_FAMILY,
                "fill": ink,
                "font-weight": "bold" if bold else "normal",
            },
        )
        text.text = line


def content(parent: ET.Element, diagram: Diagram, links: bool) -> None:
    """Draw the edges, then the boxes over them, into `parent` (diagram units, origin at its top-left)."""
    _defs(parent, diagram.edges, [], patterns=any(n.pattern for n in diagram.nodes))
    _content(parent, diagram, links)


def _content(parent: ET.Element, diagram: Diagram, links: bool) -> None:
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
            "viewBox": f"0 0 {_f(diagram.width)} {_f(diagram.height)}",
            "preserveAspectRatio": "xMidYMid meet",
            "aria-label": diagram.title,
        },
    )
    _defs(svg, diagram.edges, [])
    _content(svg, diagram, links=True)
    return ET.tostring(svg, encoding="unicode")


def legend_rows(
    items: list[LegendItem], lang: str, font_px: float = LEGEND_PX, column: float = LEGEND_COL
) -> list[tuple[LegendItem, list[str]]]:
    """Each legend item with its text wrapped to a legend column."""
    return [(item, wrap(_legend_text(item, lang), column - 70, font_px, max_lines=3)) for item in items]


def _legend_text(item: LegendItem, lang: str) -> str:
    if item.kind == "node" and item.symbol in PATTERNS:
        return f"{item.text} ({t(f'dg.pattern.{item.symbol}', lang)})"
    return item.text


def _legend_swatch(parent: ET.Element, item: LegendItem, x: float, y: float) -> None:
    if item.kind == "line":
        attrs = {
            "d": f"M{_f(x)},{_f(y + 11)} L{_f(x + 50)},{_f(y + 11)}",
            "stroke": item.stroke,
            "stroke-width": _f(item.width),
            "fill": "none",
        }
        if item.dashed:
            attrs["stroke-dasharray"] = "9 6"
        ET.SubElement(parent, "path", attrs)
    elif item.kind == "mark":
        sym = ET.SubElement(
            parent,
            "text",
            {
                "x": _f(x + 25),
                "y": _f(y + 18),
                "text-anchor": "middle",
                "font-size": "20",
                "font-family": FONT_FAMILY,
                "fill": item.stroke,
            },
        )
        sym.text = item.symbol or ""
    else:
        node = DiagramNode(
            id="",
            kind="legend",
            lines=[],
            x=x,
            y=y,
            width=50,
            height=24,
            fill=item.fill,
            shape=item.shape,
            pattern=item.symbol if item.symbol in PATTERNS else None,
        )
        g = ET.SubElement(parent, "g", {"class": "legend-swatch"})
        _shape(g, node)
        for rect in g.iter("rect"):  # a swatch is not a node of the diagram
            rect.attrib.pop("data-id", None)
            rect.attrib.pop("data-font-px", None)
            rect.attrib.pop("data-kind", None)
            rect.set("class", "swatch-shape")


def _legend(parent: ET.Element, diagram: Diagram, x0: float, y0: float, width: float) -> float:
    """Draw the legend in columns from (x0, y0); returns its height."""
    head = ET.SubElement(
        parent,
        "text",
        {
            "x": _f(x0),
            "y": _f(y0 + 20),
            "font-size": "20",
            "font-weight": "bold",
            "font-family": FONT_FAMILY,
            "fill": palette.INK,
        },
    )
    head.text = t("dg.legend", diagram.lang)
    rows = legend_rows(diagram.legend, diagram.lang)
    columns = max(1, int(width // LEGEND_COL))
    per_col = -(-len(rows) // columns) if rows else 0
    line_h = LEGEND_PX * 1.3
    bottom = y0 + 32
    for c in range(columns):
        y = y0 + 34
        for item, lines in rows[c * per_col : (c + 1) * per_col]:
            x = x0 + c * LEGEND_COL
            _legend_swatch(parent, item, x, y)
            for i, line in enumerate(lines):
                text = ET.SubElement(
                    parent,
                    "text",
                    {
                        "x": _f(x + 62),
                        "y": _f(y + 17 + i * line_h),
                        "font-size": _f(LEGEND_PX),
                        "font-family": FONT_FAMILY,
                        "fill": palette.INK,
                    },
                )
                text.text = line
            y += max(30.0, len(lines) * line_h + 10)
        bottom = max(bottom, y)
    return bottom - y0


def framed_svg(diagram: Diagram) -> str:
    """The diagram with title, legend and caption: the picture every export (SVG, PNG, HTML) is made of."""
    width = max(diagram.width, MIN_FRAME_WIDTH)
    corner = text_width(t("dg.illustrative", diagram.lang), FOOT_PX + 2, True) + 24 if diagram.illustrative else 0
    title_lines = wrap(diagram.title, width - 2 * FRAME_PAD - corner, TITLE_PX, max_lines=2, bold=True)
    sub_lines = wrap(diagram.subtitle, width - 2 * FRAME_PAD, SUBTITLE_PX, max_lines=2) if diagram.subtitle else []
    head_h = FRAME_PAD + len(title_lines) * TITLE_PX * 1.25 + len(sub_lines) * SUBTITLE_PX * 1.3 + 10
    # Build the legend first into a scratch group to know its height.
    scratch = ET.Element("g")
    legend_h = _legend(scratch, diagram, FRAME_PAD, 0, width - 2 * FRAME_PAD)
    foot_h = 2 * FOOT_PX * 1.4 + FRAME_PAD
    height = head_h + diagram.height + 16 + legend_h + foot_h
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "class": "ruslink-diagram ruslink-export",
            "role": "img",
            "width": _f(width),
            "height": _f(height),
            "viewBox": f"0 0 {_f(width)} {_f(height)}",
            "preserveAspectRatio": "xMidYMid meet",
        },
    )
    ET.SubElement(svg, "title").text = diagram.title
    _defs(svg, diagram.edges, diagram.legend)
    ET.SubElement(
        svg,
        "rect",
        {"class": "background", "x": "0", "y": "0", "width": _f(width), "height": _f(height), "fill": "#FFFFFF"},
    )
    y = FRAME_PAD
    for line in title_lines:
        y += TITLE_PX
        ET.SubElement(
            svg,
            "text",
            {
                "class": "title",
                "x": _f(FRAME_PAD),
                "y": _f(y),
                "font-size": _f(TITLE_PX),
                "font-weight": "bold",
                "font-family": FONT_FAMILY,
                "fill": palette.INK,
            },
        ).text = line
        y += TITLE_PX * 0.25
    for line in sub_lines:
        y += SUBTITLE_PX * 1.3
        ET.SubElement(
            svg,
            "text",
            {
                "class": "subtitle",
                "x": _f(FRAME_PAD),
                "y": _f(y),
                "font-size": _f(SUBTITLE_PX),
                "font-family": FONT_FAMILY,
                "fill": "#444444",
            },
        ).text = line
    dx = (width - diagram.width) / 2
    body = ET.SubElement(svg, "g", {"class": "diagram", "transform": f"translate({_f(dx)},{_f(head_h)})"})
    _content(body, diagram, links=False)
    legend_y = head_h + diagram.height + 16
    ET.SubElement(
        svg,
        "path",
        {
            "d": f"M{_f(FRAME_PAD)},{_f(legend_y - 6)} L{_f(width - FRAME_PAD)},{_f(legend_y - 6)}",
            "stroke": "#CCCCCC",
            "stroke-width": "1",
        },
    )
    _legend(svg, diagram, FRAME_PAD, legend_y, width - 2 * FRAME_PAD)
    _caption(svg, diagram, width, height)
    return ET.tostring(svg, encoding="unicode")


def caption_parts(diagram: Diagram) -> list[str]:
    """Dataset, date and source, as the caption and the page show them."""
    return [
        t("dg.dataset", diagram.lang, dataset=diagram.dataset),
        t("dg.drawn_on", diagram.lang, date=diagram.drawn_on),
        t("dg.source", diagram.lang, source=diagram.source or diagram.dataset),
    ]


def _caption(svg: ET.Element, diagram: Diagram, width: float, height: float) -> None:
    y = height - FRAME_PAD - FOOT_PX * 1.4
    text = "  ·  ".join(caption_parts(diagram))
    ET.SubElement(
        svg,
        "text",
        {
            "class": "caption",
            "x": _f(FRAME_PAD),
            "y": _f(y),
            "font-size": _f(FOOT_PX),
            "font-family": FONT_FAMILY,
            "fill": "#333333",
        },
    ).text = text
    if diagram.illustrative:
        mark = t("dg.illustrative", diagram.lang)
        ET.SubElement(
            svg,
            "text",
            {
                "class": "illustrative",
                "x": _f(FRAME_PAD),
                "y": _f(y + FOOT_PX * 1.4),
                "font-size": _f(FOOT_PX + 2),
                "font-weight": "bold",
                "font-family": FONT_FAMILY,
                "fill": palette.CONFLICT_TEXT,
            },
        ).text = mark
        # Also in the top corner (the title leaves room for it), where a cropped slide keeps it.
        ET.SubElement(
            svg,
            "text",
            {
                "class": "illustrative",
                "x": _f(width - FRAME_PAD),
                "y": _f(FRAME_PAD + 18),
                "text-anchor": "end",
                "font-size": _f(FOOT_PX + 2),
                "font-weight": "bold",
                "font-family": FONT_FAMILY,
                "fill": palette.CONFLICT_TEXT,
            },
        ).text = mark


def legend_swatch_svg(item: LegendItem) -> str:
    """One legend swatch as a small SVG of its own, for the legend a page shows beside the diagram."""
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "class": "dg-swatch",
            "width": "54",
            "height": "28",
            "viewBox": "-2 -2 54 28",
            "aria-hidden": "true",
        },
    )
    # The page's diagram defines the patterns; a swatch only needs its own marker-free line.
    _defs(svg, [], [], patterns=False)
    _legend_swatch(svg, item, 0, 0)
    return ET.tostring(svg, encoding="unicode")

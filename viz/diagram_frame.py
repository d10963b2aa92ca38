"""The framed diagram every export (SVG, PNG, HTML) is made of: title, subtitle, the diagram, its legend and
a caption with dataset, date, source and, for illustrative data, the marking "Exempeldata – illustrativt"
(also in the top corner, where a cropped slide keeps it). Built with ElementTree like the diagram itself."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import viz.diagram_texts  # noqa: F401  (registers the diagram words)
from graph.i18n import t
from viz import palette
from viz.diagram_model import Diagram, DiagramNode, LegendItem
from viz.diagram_svg import PATTERNS, SVG_NS, defs, draw_body, fnum, shape
from viz.text_fit import FONT_FAMILY, text_width, wrap

TITLE_PX, SUBTITLE_PX, LEGEND_PX, FOOT_PX = 30.0, 18.0, 16.0, 16.0
LEGEND_COL = 440.0
FRAME_PAD = 24.0
MIN_FRAME_WIDTH = 1280.0


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
            "d": f"M{fnum(x)},{fnum(y + 11)} L{fnum(x + 50)},{fnum(y + 11)}",
            "stroke": item.stroke,
            "stroke-width": fnum(item.width),
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
                "x": fnum(x + 25),
                "y": fnum(y + 18),
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
        shape(g, node)
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
            "x": fnum(x0),
            "y": fnum(y0 + 20),
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
                        "x": fnum(x + 62),
                        "y": fnum(y + 17 + i * line_h),
                        "font-size": fnum(LEGEND_PX),
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
            "width": fnum(width),
            "height": fnum(height),
            "viewBox": f"0 0 {fnum(width)} {fnum(height)}",
            "preserveAspectRatio": "xMidYMid meet",
        },
    )
    ET.SubElement(svg, "title").text = diagram.title
    defs(svg, diagram.edges, diagram.legend)
    ET.SubElement(
        svg,
        "rect",
        {"class": "background", "x": "0", "y": "0", "width": fnum(width), "height": fnum(height), "fill": "#FFFFFF"},
    )
    y = FRAME_PAD
    for line in title_lines:
        y += TITLE_PX
        ET.SubElement(
            svg,
            "text",
            {
                "class": "title",
                "x": fnum(FRAME_PAD),
                "y": fnum(y),
                "font-size": fnum(TITLE_PX),
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
                "x": fnum(FRAME_PAD),
                "y": fnum(y),
                "font-size": fnum(SUBTITLE_PX),
                "font-family": FONT_FAMILY,
                "fill": "#444444",
            },
        ).text = line
    dx = (width - diagram.width) / 2
    body = ET.SubElement(svg, "g", {"class": "diagram", "transform": f"translate({fnum(dx)},{fnum(head_h)})"})
    draw_body(body, diagram, links=False)
    legend_y = head_h + diagram.height + 16
    ET.SubElement(
        svg,
        "path",
        {
            "d": f"M{fnum(FRAME_PAD)},{fnum(legend_y - 6)} L{fnum(width - FRAME_PAD)},{fnum(legend_y - 6)}",
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
            "x": fnum(FRAME_PAD),
            "y": fnum(y),
            "font-size": fnum(FOOT_PX),
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
                "x": fnum(FRAME_PAD),
                "y": fnum(y + FOOT_PX * 1.4),
                "font-size": fnum(FOOT_PX + 2),
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
                "x": fnum(width - FRAME_PAD),
                "y": fnum(FRAME_PAD + 18),
                "text-anchor": "end",
                "font-size": fnum(FOOT_PX + 2),
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
    defs(svg, [], [], patterns=False)
    _legend_swatch(svg, item, 0, 0)
    return ET.tostring(svg, encoding="unicode")

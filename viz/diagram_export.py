"""A diagram as a file to hand on: `.svg`, `.png` (at least 1920 px wide, twice the drawing for sharp
slides) or one offline `.html` page that fits the picture to the window and needs nothing else."""

from __future__ import annotations

import html
from pathlib import Path

from graph.errors import InvalidInput
from graph.i18n import t
from viz.diagram_frame import framed_svg
from viz.diagram_model import Diagram

FORMATS = {".svg": "image/svg+xml", ".png": "image/png", ".html": "text/html; charset=utf-8"}
MIN_PNG_WIDTH = 1920
GEOMETRY_JS = Path(__file__).resolve().parent.parent / "app" / "static" / "js" / "diagram_geometry.js"


def format_of(path: str | Path, lang: str = "sv") -> str:
    """'.svg', '.png' or '.html' from a file name; anything else is refused with a clear message."""
    suffix = Path(str(path)).suffix.lower()
    if suffix == ".htm":
        suffix = ".html"
    if suffix not in FORMATS:
        raise InvalidInput(t("dg.format", lang, path=str(path)))
    return suffix


def png_width(svg_width: float) -> int:
    """Twice the drawing (retina), and never under 1920 px."""
    return int(max(MIN_PNG_WIDTH, round(2 * svg_width)))


def export_bytes(diagram: Diagram, fmt: str) -> bytes:
    """The framed diagram in `fmt` ('.svg', '.png', '.html'). The overview is drawn as on the flow page
    (hatched negative bands, counts in the boxes, its own legend and source line), not by the shared
    renderer, so the slide and the page show the same picture."""
    from viz.flow_layout import FlowDiagram
    from viz.flow_svg import render_svg

    svg = render_svg(diagram, export=True) if isinstance(diagram, FlowDiagram) else framed_svg(diagram)
    if fmt == ".svg":
        return ('<?xml version="1.0" encoding="UTF-8"?>\n' + svg).encode()
    if fmt == ".png":
        import cairosvg

        width = float(svg.split('width="', 1)[1].split('"', 1)[0])
        return cairosvg.svg2png(bytestring=svg.encode(), output_width=png_width(width))
    script = GEOMETRY_JS.read_text(encoding="utf-8") if GEOMETRY_JS.exists() else ""
    return (
        f'<!doctype html>\n<html lang="{diagram.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(diagram.title)}</title>\n"
        "<style>html,body{margin:0;height:100%;background:#fff}"
        "svg.ruslink-diagram{display:block;width:100vw;height:100vh}</style>\n</head>\n<body>\n"
        f"{svg}\n<script>{script}</script>\n</body>\n</html>\n"
    ).encode()

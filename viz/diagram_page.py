"""What a page needs to show a diagram: the inline SVG, the legend's swatches, the caption and the exports."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup

from viz.diagram_frame import caption_parts, legend_swatch_svg
from viz.diagram_model import Diagram
from viz.diagram_svg import inline_svg
from viz.subgraphs import DiagramAsk
from viz.texts import js_texts


def page_context(dataset: str, diagram: Diagram, ask: DiagramAsk, lang: str) -> dict[str, Any]:
    """What a page needs to show a diagram: the inline SVG, the legend, caption, and export links."""
    query = urlencode({**ask.query(), "lang": lang})
    base = f"/datasets/{quote(dataset)}/diagram"
    # The SVG is built by ElementTree: every text node in it is already escaped.
    return {
        "diagram": diagram,
        "diagram_svg": Markup(inline_svg(diagram)),
        "legend": [(Markup(legend_swatch_svg(i)), i.text) for i in diagram.legend],
        "caption": caption_parts(diagram),
        "exports": {fmt: f"{base}.{fmt}?{query}" for fmt in ("svg", "png", "html")},
        "dg_texts": js_texts(lang),
        "more_url": f"{base}?{urlencode({**ask.query(), 'actors': '1'})}" if diagram.omitted else None,
    }

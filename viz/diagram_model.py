"""What a laid-out diagram is, independent of how it was laid out or where it is drawn.

Layout engines (the layered subgraph layout, the flow overview) produce a `Diagram`; renderers (SVG for
pages, exports and the report; PNG; offline HTML) draw one. Positions are in diagram units (1 unit = 1 CSS
pixel at scale 1); `geometry` turns a diagram placed on a page into the shape of
`window.ruslinkGeometry()` (../shared/spec/interfaces.md, "Diagram geometry").
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DiagramNode:
    """A box: `x`, `y` are its top-left corner; `lines` is the label already wrapped."""

    id: str
    kind: str  # strategy, goal_area, goal, target, vision, action, actor, indicator, reference, plan, group
    lines: list[str]
    x: float
    y: float
    width: float
    height: float
    font_px: float = 16.0
    fill: str = "#FFFFFF"
    stroke: str = "#1A1A1A"
    shape: str = "box"  # box, rounded, ellipse, hexagon, diamond, note
    pattern: str | None = None  # a second channel beside colour (e.g. "stripes", "dots") for plans beyond 8
    marks: list[str] = field(default_factory=list)  # "conflict", "orphan", "unmeasured" … drawn as ⚠ / ∅
    group: str | None = None  # the plan (strategy id) it belongs to, for colour and filters
    href: str | None = None  # where a click leads (a page of the app), relative
    text: str = ""  # the whole label before wrapping (marks included), so a layout can wrap it anew


@dataclass
class DiagramEdge:
    """A line along `points` (the routed path, first point at `source`, last at `target`)."""

    source: str
    target: str
    points: list[tuple[float, float]]
    kind: str  # contributes_to, interacts_with, measured_by, responsible_for, participates_in, band
    score: int | None = None  # None: the link carries no score, and then no label is drawn
    width: float = 1.5
    colour: str = "#1A1A1A"
    dashed: bool = False
    label: str | None = None
    href: str | None = None


@dataclass
class LegendItem:
    """One line of the legend: a swatch of the given kind (node, line, mark) and its text."""

    kind: str  # "node", "line", "mark"
    text: str
    fill: str = "#FFFFFF"
    stroke: str = "#1A1A1A"
    shape: str = "box"
    dashed: bool = False
    width: float = 1.5
    symbol: str | None = None


@dataclass
class Diagram:
    """A finished picture: title, boxes, routed lines and the legend, sized `width` × `height`."""

    title: str
    nodes: list[DiagramNode]
    edges: list[DiagramEdge]
    width: float
    height: float
    legend: list[LegendItem] = field(default_factory=list)
    subtitle: str = ""
    dataset: str = ""
    source: str = ""  # the dataset's source, shown as "Källa: ruslink / <source>"
    drawn_on: str = ""  # a date as people write it, in the diagram's language
    illustrative: bool = False  # the demo: every picture says "Exempeldata – illustrativt"
    lang: str = "sv"
    omitted: int = 0  # rows left out to keep the picture readable (a goal view's actors), offered on the page


def geometry(
    diagram: Diagram, *, scale: float, offset_x: float, offset_y: float, viewport: tuple[float, float]
) -> dict:
    """`window.ruslinkGeometry()` for `diagram` drawn at `scale` with its origin at (offset_x, offset_y)."""

    def pt(x: float, y: float) -> list[float]:
        return [round(offset_x + x * scale, 2), round(offset_y + y * scale, 2)]

    return {
        "viewport": {"width": viewport[0], "height": viewport[1]},
        "nodes": [
            {
                "id": n.id,
                "x": pt(n.x, n.y)[0],
                "y": pt(n.x, n.y)[1],
                "width": round(n.width * scale, 2),
                "height": round(n.height * scale, 2),
                "font_px": round(n.font_px * scale, 2),
            }
            for n in diagram.nodes
        ],
        "edges": [{"from": e.source, "to": e.target, "points": [pt(x, y) for x, y in e.points]} for e in diagram.edges],
    }

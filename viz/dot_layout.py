"""The layered layout of a diagram's subgraph, computed by Graphviz `dot` and read back from `-Tjson`.

`dot` does what a meeting picture needs and a home-made layered layout does not: it minimises edge
crossings across all layers, routes every edge as a spline around the boxes it does not connect (links
within one row included) and never lets boxes overlap. Nodes are sent as fixed-size boxes under opaque
names (n0, n1 …), so no text of the dataset ever reaches `dot`; labels are drawn by our own renderer.

Each diagram is laid out top-down (references on top, actions at the bottom) and left-to-right (actions on
the left flowing to the RUS goals and references on the right); the one whose picture fits a 16:9 screen at
the larger scale is kept, so labels stay as big as possible.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from graph.errors import RuslinkError
from viz.diagram_model import DiagramEdge, DiagramNode

DOT_TIMEOUT_S = 30
POINTS_PER_INCH = 72.0
MARGIN = 24.0
SCREEN = (1900.0, 800.0)
"""The picture a diagram is fitted to: a 1920×1080 screen less the page's bars, legend and scroll bar."""
SAMPLES = 8
"""Points per Bézier segment in an edge's route: enough that straight segments between them follow it."""


class LayoutUnavailable(RuslinkError):
    """Graphviz is missing or failed: the diagram cannot be laid out."""

    http_status = 503


def layout(
    nodes: Sequence[DiagramNode],
    edges: Sequence[DiagramEdge],
    levels: dict[str, int | None],
    *,
    direction: str = "auto",
    screen: tuple[float, float] = SCREEN,
) -> tuple[float, float, str]:
    """Place `nodes` (sizes given) and route `edges` in place; returns (width, height, direction used).

    `levels` puts nodes of equal level in one row (0 = references … 5 = actions); nodes with level None
    (actors, indicators) go wherever their links pull them.
    """
    if not nodes:
        return 2 * MARGIN, 2 * MARGIN, "TB"
    choices = ("TB", "LR") if direction == "auto" else (direction,)
    sources = [_dot_source(nodes, edges, levels, rankdir) for rankdir in choices]
    # Each direction is its own `dot` process; run side by side, they take the time of the slower one.
    with ThreadPoolExecutor(max_workers=len(sources)) as pool:
        answers = list(pool.map(_run_dot, sources))
    best: tuple[float, dict, str] | None = None
    for rankdir, answer in zip(choices, answers, strict=True):
        w, h = _bbox(answer)
        scale = min(screen[0] / (w + 2 * MARGIN), screen[1] / (h + 2 * MARGIN))
        if best is None or scale > best[0] * 1.02:
            best = (scale, answer, rankdir)
    assert best is not None
    _, answer, rankdir = best
    width, height = _apply(answer, nodes, edges)
    return width, height, rankdir


def _q(value: float) -> str:
    return f"{value:.4f}"


def _dot_source(
    nodes: Sequence[DiagramNode], edges: Sequence[DiagramEdge], levels: dict[str, int | None], rankdir: str
) -> str:
    index = {n.id: i for i, n in enumerate(nodes)}
    ranksep = 0.75 if rankdir == "TB" else 0.85
    lines = [
        "digraph G {",
        f"  graph [rankdir={'TB' if rankdir == 'TB' else 'RL'}, newrank=true, nodesep=0.16, "
        f"ranksep={ranksep}, splines=spline, remincross=true, mclimit=4, outputorder=edgesfirst];",
        '  node [shape=box, fixedsize=true, label=""];',
        "  edge [dir=none, arrowhead=none];",
    ]
    for n in nodes:
        lines.append(
            f"  n{index[n.id]} [width={_q(n.width / POINTS_PER_INCH)}, height={_q(n.height / POINTS_PER_INCH)}];"
        )
    by_level: dict[int, list[str]] = {}
    for n in nodes:
        level = levels.get(n.id)
        if level is not None:
            by_level.setdefault(level, []).append(f"n{index[n.id]}")
    ordered = sorted(by_level)
    for level in ordered:
        lines.append(f"  {{ rank=same; L{level}; {'; '.join(by_level[level])}; }}")
    # Invisible anchors keep the rows in level order even where no edge joins two levels.
    for level in ordered:
        lines.append(f"  L{level} [width=0.01, height=0.01, style=invis];")
    for a, b in zip(ordered, ordered[1:], strict=False):
        lines.append(f"  L{a} -> L{b} [style=invis];")
    for i, e in enumerate(edges):
        if e.source not in index or e.target not in index:
            continue
        tail, head = _upper_first(e, levels)
        weight = 4 if e.kind in ("contributes_to", "band") else 1
        attrs = [f"id=e{i}", f"weight={weight}"]
        if levels.get(tail) is not None and levels.get(tail) == levels.get(head):
            attrs.append("constraint=false")
            if e.label:  # blank room for the score between two boxes of one row (no dataset text reaches dot)
                attrs.append('label="        ", fontsize=18')
        lines.append(f"  n{index[tail]} -> n{index[head]} [{', '.join(attrs)}];")
    lines.append("}")
    return "\n".join(lines)


def _upper_first(edge: DiagramEdge, levels: dict[str, int | None]) -> tuple[str, str]:
    """(tail, head) with the tail the end nearer the references: a contribution points up the chain."""
    ls, lt = levels.get(edge.source), levels.get(edge.target)
    if ls is not None and lt is not None:
        return (edge.source, edge.target) if ls <= lt else (edge.target, edge.source)
    if edge.kind in ("contributes_to", "band", "responsible_for", "participates_in"):
        return edge.target, edge.source  # a contribution points up the chain; an actor sits below its action
    return edge.source, edge.target  # measured_by: the goal above its indicator


def _run_dot(source: str) -> dict:
    exe = shutil.which("dot")
    if exe is None:
        raise LayoutUnavailable(
            "Graphviz (dot) saknas: installera Debian-paketet graphviz "
            "(scripts/setup-system.sh). / Graphviz (dot) is missing."
        )
    try:
        done = subprocess.run(
            [exe, "-Tjson"], input=source.encode(), capture_output=True, timeout=DOT_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise LayoutUnavailable(
            "Diagrammet är för stort för att ritas inom tidsgränsen. / The diagram is too large to lay out in time."
        ) from None
    if done.returncode != 0:
        raise LayoutUnavailable(
            "Graphviz kunde inte rita diagrammet. / Graphviz failed: " + done.stderr.decode(errors="replace")[:300]
        )
    return json.loads(done.stdout)


def _bbox(answer: dict) -> tuple[float, float]:
    x0, y0, x1, y1 = (float(v) for v in answer["bb"].split(","))
    return x1 - x0, y1 - y0


def _apply(answer: dict, nodes: Sequence[DiagramNode], edges: Sequence[DiagramEdge]) -> tuple[float, float]:
    """Copy dot's positions (y up, points) onto our nodes and edges (y down, CSS pixels, margin added)."""
    w, h = _bbox(answer)

    def flip(x: float, y: float) -> tuple[float, float]:
        return round(x + MARGIN, 2), round(h - y + MARGIN, 2)

    by_name = {o["name"]: o for o in answer.get("objects", []) if "pos" in o}
    for i, n in enumerate(nodes):
        cx, cy = (float(v) for v in by_name[f"n{i}"]["pos"].split(","))
        x, y = flip(cx, cy)
        n.x, n.y = round(x - n.width / 2, 2), round(y - n.height / 2, 2)
    for e_json in answer.get("edges", []):
        eid = e_json.get("id", "")
        if not eid.startswith("e") or "pos" not in e_json:
            continue
        edge = edges[int(eid[1:])]
        points = [flip(x, y) for x, y in _spline_points(e_json["pos"])]
        tail_name = answer["objects"][e_json["tail"]]["name"]
        if tail_name != f"n{_index_of(nodes, edge.source)}":
            points.reverse()
        edge.points = points
    return round(w + 2 * MARGIN, 2), round(h + 2 * MARGIN, 2)


def _index_of(nodes: Sequence[DiagramNode], node_id: str) -> int:
    return next(i for i, n in enumerate(nodes) if n.id == node_id)


def _spline_points(pos: str) -> list[tuple[float, float]]:
    """Sampled points of a `pos` spline ("[s,x,y ][e,x,y ]p0 p1 p2 p3 p4 …": cubic Bézier pieces)."""
    start = end = None
    control: list[tuple[float, float]] = []
    for part in pos.split():
        bits = part.split(",")
        if bits[0] == "s":
            start = (float(bits[1]), float(bits[2]))
        elif bits[0] == "e":
            end = (float(bits[1]), float(bits[2]))
        else:
            control.append((float(bits[0]), float(bits[1])))
    points = [start] if start else []
    points.append(control[0])
    for k in range(1, len(control) - 2, 3):
        p0, p1, p2, p3 = control[k - 1], control[k], control[k + 1], control[k + 2]
        for s in range(1, SAMPLES + 1):
            t = s / SAMPLES
            u = 1 - t
            points.append(
                (
                    u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                    u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
                )
            )
    if end:
        points.append(end)
    return points

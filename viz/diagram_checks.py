"""Checks a drawn diagram can be held to, from its geometry alone (the shape of `window.ruslinkGeometry()`):
boxes that overlap, edges that pass through a box they do not connect, and how many edges cross.

The tests use them on the browser's geometry and on the SVG export; the bench counts crossings with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Point = Sequence[float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _box(node: dict, inset: float = 0.0) -> Box:
    return (node["x"] + inset, node["y"] + inset, node["x"] + node["width"] - inset, node["y"] + node["height"] - inset)


def overlaps(nodes: list[dict], gap: float = 0.0) -> list[tuple[str, str]]:
    """Pairs of boxes that overlap (or come closer than `gap`)."""
    found = []
    boxes = sorted(((_box(n), n["id"]) for n in nodes), key=lambda b: b[0][0])
    for i, (a, ida) in enumerate(boxes):
        for b, idb in boxes[i + 1 :]:
            if b[0] >= a[2] + gap:
                break
            if a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap:
                found.append((ida, idb))
    return found


def _segment_hits_box(p: Point, q: Point, box: Box) -> bool:
    """Liang–Barsky: does the segment p→q enter the open box?"""
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return False
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for edge_p, edge_q in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if edge_p == 0:
            if edge_q <= 0:
                return False
            continue
        r = edge_q / edge_p
        if edge_p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 >= t1:
            return False
    return True


def edges_through_boxes(nodes: list[dict], edges: list[dict], inset: float = 2.0) -> list[tuple[str, str, str]]:
    """(from, to, node) for every edge whose route enters a box other than its two ends (shrunk by `inset`)."""
    found = []
    for e in edges:
        points = e["points"]
        for n in nodes:
            if n["id"] in (e["from"], e["to"]):
                continue
            box = _box(n, inset)
            if any(_segment_hits_box(points[i], points[i + 1], box) for i in range(len(points) - 1)):
                found.append((e["from"], e["to"], n["id"]))
    return found


def outside(nodes: list[dict], viewport: dict, slack: float = 0.5) -> list[str]:
    """Ids of boxes not wholly inside the viewport."""
    w, h = viewport["width"], viewport["height"]
    return [
        n["id"]
        for n in nodes
        if n["x"] < -slack or n["y"] < -slack or n["x"] + n["width"] > w + slack or n["y"] + n["height"] > h + slack
    ]


def _cross(p: Point, q: Point, r: Point, s: Point) -> bool:
    def orient(a: Point, b: Point, c: Point) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2, d3, d4 = orient(r, s, p), orient(r, s, q), orient(p, q, r), orient(p, q, s)
    return (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0) and 0 not in (d1, d2, d3, d4)


def crossings(edges: Iterable[dict]) -> int:
    """Pairs of edges whose routes cross (edges sharing an end are not counted: they meet, not cross)."""
    routes = [(e["from"], e["to"], e["points"]) for e in edges if len(e["points"]) >= 2]
    count = 0
    for i, (a1, a2, pa) in enumerate(routes):
        xs_a = [p[0] for p in pa]
        ys_a = [p[1] for p in pa]
        for b1, b2, pb in routes[i + 1 :]:
            if {a1, a2} & {b1, b2}:
                continue
            if (
                max(p[0] for p in pb) < min(xs_a)
                or min(p[0] for p in pb) > max(xs_a)
                or max(p[1] for p in pb) < min(ys_a)
                or min(p[1] for p in pb) > max(ys_a)
            ):
                continue
            if any(_cross(pa[j], pa[j + 1], pb[k], pb[k + 1]) for j in range(len(pa) - 1) for k in range(len(pb) - 1)):
                count += 1
    return count

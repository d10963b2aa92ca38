"""Positions computed before the page loads, so large diagrams appear at once with physics off.

Nodes sit in horizontal layers by level (references on top, then the RUS, plan goals, actions, actors and
indicators). Within a layer the order follows the mean position of each node's neighbours in the layers
already placed (the barycentre heuristic, two sweeps), which keeps chains roughly vertical. A layer with
more nodes than fit in one row wraps into several rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

LAYER_GAP = 190.0
ROW_GAP = 70.0
NODE_GAP = 190.0
MAX_ROW = 48


def layered(
    levels: dict[str, int],
    edges: Iterable[tuple[str, str]],
    *,
    order: dict[str, float] | None = None,
    max_row: int = MAX_ROW,
) -> dict[str, tuple[float, float]]:
    """{node id: (x, y)} for nodes in `levels` ({id: level}); `order` gives the starting order in a layer."""
    order = order or {}
    neighbours: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        if a in levels and b in levels and a != b:
            neighbours[a].append(b)
            neighbours[b].append(a)
    layers: dict[int, list[str]] = defaultdict(list)
    for node, level in levels.items():
        layers[level].append(node)
    keys = sorted(layers)
    for level in keys:
        layers[level].sort(key=lambda n: (order.get(n, 0.0), n))
    rank: dict[str, float] = {}
    for level in keys:
        for i, node in enumerate(layers[level]):
            rank[node] = i / max(1, len(layers[level]) - 1)

    def sweep(sequence: list[int], towards: str) -> None:
        for level in sequence:

            def centre(node: str, level: int = level) -> float:
                near = [
                    rank[m] for m in neighbours[node] if (levels[m] < level if towards == "up" else levels[m] > level)
                ]
                return sum(near) / len(near) if near else rank[node]

            layers[level].sort(key=lambda n: (centre(n), order.get(n, 0.0), n))
            for i, node in enumerate(layers[level]):
                rank[node] = i / max(1, len(layers[level]) - 1)

    sweep(keys[1:], "up")
    sweep(list(reversed(keys[:-1])), "down")
    sweep(keys[1:], "up")

    widest = min(max_row, max((len(v) for v in layers.values()), default=1))
    positions: dict[str, tuple[float, float]] = {}
    y = 0.0
    for level in keys:
        nodes = layers[level]
        rows = [nodes[i : i + max_row] for i in range(0, len(nodes), max_row)]
        for r, row in enumerate(rows):
            # Rows of a wrapped layer are staggered by half a gap so edges between them stay visible.
            spread = min(widest / max(len(row), 1), 2.0) if len(rows) == 1 else 1.0
            span = (len(row) - 1) * NODE_GAP * spread
            step = span / max(len(row) - 1, 1)
            x0 = -span / 2 + (NODE_GAP / 2 if r % 2 else 0.0)
            for i, node in enumerate(row):
                positions[node] = (round(x0 + i * step, 1), round(y, 1))
            y += ROW_GAP
        y += LAYER_GAP - ROW_GAP
    return positions

"""The path a chain finding shows: chosen deterministically among every positive path.

Rule: the path whose weakest link is strongest; among those, the one with the fewest links; among those,
the lexicographically smallest sequence of ids (plain string order). Computed by one breadth-first search
per weakest-link threshold (+3, +2, +1) from the action, so the cost is linear in the links reached and
never enumerates all paths.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping


def best_paths(source: str, positive: Mapping[str, Mapping[str, int]],
               targets: Collection[str]) -> dict[str, tuple[int, list[str]]]:
    """target -> (weakest score, path from `source` to it) for every target reached from `source`."""
    wanted = set(targets)
    found: dict[str, tuple[int, list[str]]] = {}
    for threshold in (3, 2, 1):
        visited = {source}
        layer: list[tuple[str, ...]] = [(source,)]
        while layer and len(found) < len(wanted):
            claimed: dict[str, tuple[str, ...]] = {}
            # Paths of one layer have equal length; visiting them in order gives each new row the
            # lexicographically smallest shortest path at this threshold.
            for path in sorted(layer):
                for nxt, score in positive.get(path[-1], {}).items():
                    if score >= threshold and nxt not in visited and nxt not in claimed:
                        claimed[nxt] = path + (nxt,)
            visited.update(claimed)
            for node, path in claimed.items():
                if node in wanted and node not in found:
                    found[node] = (threshold, list(path))
            layer = list(claimed.values())
    return found

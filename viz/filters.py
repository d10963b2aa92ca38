"""Filters of the network explorer, applied to network JSON (the browser applies the same rules).

A node is hidden when it falls outside a chosen strategy, goal area, action status or actor kind; an edge
when its type is not chosen, its score is outside the range, or one of its ends is hidden. Actors,
indicators and references that had links but have none visible left are hidden too, so a filtered view
never shows stray satellites. `focus` keeps only the neighbourhood of one node.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from viz.network import SATELLITES, SCORED_LINKS


@dataclass
class ViewFilter:
    """Chosen values per facet; an empty set means "all"."""

    strategies: set[str] = field(default_factory=set)
    goal_areas: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    actor_kinds: set[str] = field(default_factory=set)
    link_types: set[str] = field(default_factory=set)
    score_min: int = -3
    score_max: int = 3
    focus: str | None = None
    depth: int = 2

    @property
    def active(self) -> bool:
        return bool(
            self.strategies
            or self.goal_areas
            or self.statuses
            or self.actor_kinds
            or self.link_types
            or self.score_min > -3
            or self.score_max < 3
            or self.focus
        )


def split(values: list[str] | None) -> set[str]:
    """Query values, repeated or comma-separated, as a set."""
    return {v.strip() for value in values or [] for v in value.split(",") if v.strip()}


def node_visible(node: dict[str, Any], f: ViewFilter) -> bool:
    ntype = node.get("type")
    if ntype in ("Goal", "Action"):
        if f.strategies and node.get("strategy") not in f.strategies:
            return False
        if f.goal_areas and not f.goal_areas.intersection(node.get("goalAreas", [])):
            return False
    if ntype == "Action" and f.statuses and node.get("status") not in f.statuses:
        return False
    if ntype == "Actor" and f.actor_kinds and node.get("actorKind") not in f.actor_kinds:
        return False
    return True


def edge_visible(edge: dict[str, Any], f: ViewFilter) -> bool:
    if f.link_types and edge.get("type") not in f.link_types:
        return False
    if edge.get("type") in SCORED_LINKS and not (f.score_min <= int(edge.get("score", 1)) <= f.score_max):
        return False
    return True


def apply(data: dict[str, Any], f: ViewFilter) -> dict[str, Any]:
    """A copy of network JSON with only the visible nodes and edges."""
    nodes = {n["id"]: n for n in data["nodes"] if node_visible(n, f)}
    edges = [e for e in data["edges"] if e["from"] in nodes and e["to"] in nodes and edge_visible(e, f)]
    had_links: set[str] = set()
    for e in data["edges"]:
        had_links.update((e["from"], e["to"]))
    # Satellites stay when linked to a row that stays, or (second pass) to a satellite that stays.
    primary = {i for i, n in nodes.items() if n.get("type") not in SATELLITES}
    kept = set(primary)
    for _ in range(2):
        kept |= {e["from"] for e in edges if e["to"] in kept} | {e["to"] for e in edges if e["from"] in kept}
    # A view of satellites only (the actor network) has nothing to hang them on: keep them.
    for node_id in [i for i in nodes if i not in primary and primary_exists(data)]:
        if node_id in had_links and node_id not in kept:
            del nodes[node_id]
    edges = [e for e in edges if e["from"] in nodes and e["to"] in nodes]
    if f.focus and f.focus in nodes:
        keep = neighbourhood(f.focus, edges, f.depth)
        nodes = {i: n for i, n in nodes.items() if i in keep}
        edges = [e for e in edges if e["from"] in keep and e["to"] in keep]
    return data | {
        "nodes": list(nodes.values()),
        "edges": edges,
        "findings": {k: v for k, v in data.get("findings", {}).items() if k in nodes},
    }


def primary_exists(data: dict[str, Any]) -> bool:
    return any(n.get("type") not in SATELLITES for n in data["nodes"])


def neighbourhood(start: str, edges: list[dict[str, Any]], depth: int) -> set[str]:
    """Node ids within `depth` links of `start`, ignoring direction."""
    near: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        near[e["from"]].add(e["to"])
        near[e["to"]].add(e["from"])
    seen = {start}
    frontier = {start}
    for _ in range(max(depth, 0)):
        frontier = {m for n in frontier for m in near[n]} - seen
        seen |= frontier
    return seen

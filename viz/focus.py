"""The goal focus view: one RUS goal with everything above and below it (the coordinator's diagram).

Upward: the goal's `contributes_to` links to the national strategy and Agenda 2030 (and those of the goals
it sits under). Downward: every plan goal and action whose `contributes_to` chain reaches it, and the
actors and indicators of those rows. Goals it has an `interacts_with` with are shown beside it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from graph.views import DatasetGraph


@dataclass
class GoalFocus:
    goal: str
    nodes: set[str]
    upward: list[str]
    contributors: list[str]
    interacting: list[str]


def goal_focus(graph: DatasetGraph, goal_id: str, *, plan: str | None = None) -> GoalFocus:
    """The rows of one goal's linkage diagram; `plan` keeps only contributions from that plan's rows."""
    incoming: dict[str, list[str]] = defaultdict(list)
    outgoing: dict[str, list[str]] = defaultdict(list)
    for link in graph.links_of("CONTRIBUTES_TO"):
        incoming[link.target].append(link.source)
        outgoing[link.source].append(link.target)
    # upward: the goal and its parents, and what they contribute to (transitively, e.g. target -> SDG goal)
    ancestors = []
    current = graph.nodes.get(goal_id)
    while current is not None and current.id not in ancestors:
        ancestors.append(current.id)
        parent = current.get("parent")
        current = graph.nodes.get(parent) if parent else None
    upward: list[str] = []
    stack = list(ancestors)
    while stack:
        node = stack.pop()
        for target in outgoing.get(node, ()):
            if target not in upward and target not in ancestors:
                upward.append(target)
                stack.append(target)
    for link in graph.links_of("PART_OF"):
        if link.source in upward and link.target in graph.nodes and graph.nodes[link.target].label == "Reference":
            if link.target not in upward:
                upward.append(link.target)
    # downward: everything whose contributes_to chain (any score) reaches the goal
    contributors: list[str] = []
    seen = {goal_id}
    frontier = [goal_id]
    while frontier:
        node = frontier.pop()
        for source in incoming.get(node, ()):
            if source not in seen:
                seen.add(source)
                contributors.append(source)
                frontier.append(source)
    if plan:
        contributors = [c for c in contributors if graph.nodes[c].get("strategy") == plan]
        kept = set(contributors)
        # keep the goals between a plan's actions and the focus goal
        for c in list(kept):
            _path_goals(c, goal_id, outgoing, kept, graph)
        contributors = [c for c in seen if c in kept]
    rows = set(contributors) | {goal_id}
    satellites: set[str] = set()
    for link in graph.links_of("RESPONSIBLE_FOR", "PARTICIPATES_IN"):
        if link.target in rows:
            satellites.add(link.source)
    for link in graph.links_of("MEASURED_BY"):
        if link.source in rows or link.source in ancestors:
            satellites.add(link.target)
    interacting = sorted(
        {lk.target for lk in graph.links_of("INTERACTS_WITH") if lk.source == goal_id}
        | {lk.source for lk in graph.links_of("INTERACTS_WITH") if lk.target == goal_id}
    )
    nodes = rows | satellites | set(upward) | set(ancestors) | set(interacting)
    return GoalFocus(
        goal=goal_id,
        nodes={n for n in nodes if n in graph.nodes},
        upward=upward,
        contributors=contributors,
        interacting=interacting,
    )


def _path_goals(start: str, goal: str, outgoing: dict[str, list[str]], kept: set[str], graph: DatasetGraph) -> bool:
    """Add to `kept` the rows on some contributes_to path from `start` to `goal`; True if one exists."""
    found = False
    stack = [(start, [start])]
    visited: set[str] = set()
    while stack:
        node, path = stack.pop()
        if node == goal:
            kept.update(path[:-1])
            found = True
            continue
        if node in visited:
            continue
        visited.add(node)
        for target in outgoing.get(node, ()):
            stack.append((target, path + [target]))
    return found

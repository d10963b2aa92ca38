"""Contribution chains inside one dataset graph: which rows reach which RUS goal, and how strongly.

"Reaches" follows spec/analyses.md: a path of `contributes_to` links with positive scores through any
number of goals. A chain's strength is its weakest link; between several paths the strongest is kept
(a widest-path search from each RUS goal backwards).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass

from graph.views import DatasetGraph


@dataclass(frozen=True)
class Chain:
    """The strongest path from `start` to RUS goal `goal` (start first, goal last)."""

    start: str
    goal: str
    path: tuple[str, ...]
    weakest: int


def reaching(graph: DatasetGraph) -> dict[str, dict[str, Chain]]:
    """RUS goal id -> {row id -> its strongest chain to that goal} for every row that reaches it."""
    incoming: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for link in graph.links_of("CONTRIBUTES_TO"):
        if link.score > 0:
            incoming[link.target].append((link.source, link.score))
    out: dict[str, dict[str, Chain]] = {}
    for goal in graph.rus_goals():
        best: dict[str, int] = {goal.id: 4}
        nxt: dict[str, str] = {}
        heap = [(-4, goal.id)]
        while heap:
            neg, node = heapq.heappop(heap)
            width = -neg
            if width < best.get(node, 0):
                continue
            for src, score in incoming.get(node, ()):
                w = min(width, score)
                if w > best.get(src, 0) and src != goal.id:
                    best[src] = w
                    nxt[src] = node
                    heapq.heappush(heap, (-w, src))
        chains: dict[str, Chain] = {}
        for start, w in best.items():
            if start == goal.id:
                continue
            path = [start]
            while path[-1] != goal.id and len(path) <= len(best):
                path.append(nxt[path[-1]])
            chains[start] = Chain(start, goal.id, tuple(path), w)
        out[goal.id] = chains
    return out


def actions_reaching(graph: DatasetGraph, chains: dict[str, dict[str, Chain]] | None = None
                     ) -> dict[str, list[Chain]]:
    """RUS goal id -> the chains of the actions that reach it, strongest first."""
    chains = chains if chains is not None else reaching(graph)
    actions = {a.id for a in graph.of_label("Action")}
    return {goal: sorted((c for s, c in by_start.items() if s in actions), key=lambda c: (-c.weakest, c.start))
            for goal, by_start in chains.items()}


def rus_goals_reached(graph: DatasetGraph, chains: dict[str, dict[str, Chain]] | None = None
                      ) -> dict[str, set[str]]:
    """Row id -> the RUS goals it reaches (RUS goals reach themselves)."""
    chains = chains if chains is not None else reaching(graph)
    out: dict[str, set[str]] = defaultdict(set)
    for goal, by_start in chains.items():
        out[goal].add(goal)
        for start in by_start:
            out[start].add(goal)
    return out

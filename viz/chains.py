"""Contribution chains as the `chains` analysis found them, shaped for the diagrams and matrices.

The paths come from `cypher/analyses/chains.cypher` (read with the dataset graph, `DatasetGraph.chains`):
for each RUS goal and action, the path whose weakest link is strongest, then the fewest links, then the
smallest ids. Nothing here searches the graph again, so the goal page, the matrices, the network and the
report always show the same path for the same goal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from graph.views import ChainPath, DatasetGraph


@dataclass(frozen=True)
class Chain:
    """The path from `start` to RUS goal `goal` (start first, goal last) and its weakest score."""

    start: str
    goal: str
    path: tuple[str, ...]
    weakest: int


def reaching(graph: DatasetGraph) -> dict[str, dict[str, Chain]]:
    """RUS goal id -> {row id -> its chain to that goal}: each action of the `chains` findings, and each goal
    on such a path (with the rest of that path and its weakest score)."""
    out: dict[str, dict[str, Chain]] = {goal.id: {} for goal in graph.rus_goals()}
    for found in graph.chains:
        chains = out.setdefault(found.goal, {})
        chains[found.action] = Chain(found.action, found.goal, found.path, found.weakest)
        for i, step in enumerate(found.path[1:-1], start=1):
            known = chains.get(step)
            if known is None or known.weakest < found.weakest:
                chains[step] = Chain(step, found.goal, found.path[i:], found.weakest)
    return out


def actions_reaching(graph: DatasetGraph, chains: dict[str, dict[str, Chain]] | None = None) -> dict[str, list[Chain]]:
    """RUS goal id -> the chains of the actions that reach it, strongest first."""
    chains = chains if chains is not None else reaching(graph)
    actions = {a.id for a in graph.of_label("Action")}
    return {
        goal: sorted((c for s, c in by_start.items() if s in actions), key=lambda c: (-c.weakest, c.start))
        for goal, by_start in chains.items()
    }


def rus_goals_reached(graph: DatasetGraph, chains: dict[str, dict[str, Chain]] | None = None) -> dict[str, set[str]]:
    """Row id -> the RUS goals it reaches (RUS goals reach themselves)."""
    chains = chains if chains is not None else reaching(graph)
    out: dict[str, set[str]] = defaultdict(set)
    for goal, by_start in chains.items():
        out[goal].add(goal)
        for start in by_start:
            out[start].add(goal)
    return out


def chains_under(graph: DatasetGraph, goal: str, actions: list[str]) -> list[Chain]:
    """For each of `actions` (the contribution scorecard's `reaching`: actions reaching `goal` or a goal under
    it), its chain to `goal` or else to the goal under it whose chain is strongest, then shortest."""
    return pick_chains(graph.chains, graph.goals_under(goal), actions)


def pick_chains(found: Iterable[ChainPath], under: list[str], actions: Iterable[str]) -> list[Chain]:
    """One chain per action among `found` (the `chains` findings) ending at one of the goals `under` (the
    goal first, then those below it): the strongest, then the shortest, then the nearest goal; strongest first."""
    rank = {g: i for i, g in enumerate(under)}
    wanted = set(actions)
    best: dict[str, Chain] = {}
    for f in found:
        if f.goal not in rank or f.action not in wanted:
            continue
        chain = Chain(f.action, f.goal, f.path, f.weakest)
        known = best.get(f.action)
        if known is None or (-chain.weakest, len(chain.path), rank[chain.goal]) < (
            -known.weakest,
            len(known.path),
            rank[known.goal],
        ):
            best[f.action] = chain
    return sorted(best.values(), key=lambda c: (-c.weakest, c.start))

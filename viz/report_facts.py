"""The dataset's structure as the report needs it, from the imported rows and the `chains` findings.

Which actions reach which RUS goal, and by which path, comes from the `chains` analysis (named Cypher),
so the report never recomputes reachability on its own.
"""

from __future__ import annotations

from collections import defaultdict, deque
from functools import cached_property
from typing import Any

from graph.analyses import AnalysisResult
from graph.content import DatasetContent

COVERED_LEVELS = frozenset({"goal", "target"})


class ReportFacts:
    """Rows, the RUS, its goals, the chains to them and who works on which action."""

    def __init__(self, content: DatasetContent, chains: AnalysisResult, goal_areas: dict[str, str]) -> None:
        self.content = content
        self.chains = chains
        self.goal_areas = goal_areas

    @cached_property
    def rows(self) -> dict[str, dict[str, Any]]:
        """id -> row of every strategy, goal and action (as imported)."""
        out: dict[str, dict[str, Any]] = {}
        for table in ("strategies", "goals", "actions"):
            for row in getattr(self.content, table):
                out[row.id] = row.model_dump(by_alias=True)
        return out

    @cached_property
    def rus(self) -> dict[str, Any] | None:
        found = sorted((s for s in self.content.strategies if s.kind == "rus"), key=lambda s: s.id)
        return found[0].model_dump() if found else None

    @cached_property
    def rus_goals(self) -> list[str]:
        """Goals of the RUS, in import order."""
        rus = self.rus["id"] if self.rus else None
        return [g.id for g in self.content.goals if g.strategy == rus]

    @cached_property
    def actions(self) -> list[str]:
        return [a.id for a in self.content.actions]

    @cached_property
    def children(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for goal in self.content.goals:
            if goal.parent:
                out[goal.parent].append(goal.id)
        return out

    def descendants(self, goal: str) -> list[str]:
        """The goal and every goal under it."""
        seen, queue = [goal], deque([goal])
        while queue:
            for child in self.children.get(queue.popleft(), []):
                if child not in seen:
                    seen.append(child)
                    queue.append(child)
        return seen

    def covered_goals(self) -> list[str]:
        """RUS goals of level goal or target, and goal areas without goals under them."""
        return [
            g
            for g in self.rus_goals
            if self.rows[g]["level"] in COVERED_LEVELS
            or (self.rows[g]["level"] == "goal_area" and not self.children.get(g))
        ]

    def goal_area(self, goal: str) -> str | None:
        """The goal area `goal` sits under (itself for a goal area), as `views/goal_areas` found it."""
        return self.goal_areas.get(goal)

    def plan_of(self, action: str) -> str:
        return self.rows[action]["strategy"]

    @cached_property
    def paths(self) -> dict[str, list[list[str]]]:
        """RUS goal -> the chain of each action reaching it (action first, goal last), as `chains` found them."""
        out: dict[str, list[list[str]]] = defaultdict(list)
        for finding in self.chains.findings:
            out[finding.subject].append(list(finding.related))
        for goal in out:
            out[goal].sort(key=lambda path: path[0])
        return out

    @cached_property
    def actions_reaching(self) -> dict[str, list[str]]:
        return {goal: [path[0] for path in paths] for goal, paths in self.paths.items()}

    @cached_property
    def involved(self) -> dict[str, set[str]]:
        """action -> actors responsible for it or taking part in it."""
        out: dict[str, set[str]] = defaultdict(set)
        for link in self.content.links:
            if link.type in ("responsible_for", "participates_in"):
                out[link.to].add(link.from_)
        return out

    @cached_property
    def scores(self) -> dict[tuple[str, str], int]:
        """(from, to) -> the strongest contributes_to score between them."""
        out: dict[tuple[str, str], int] = {}
        for link in self.content.links:
            if link.type == "contributes_to":
                pair = (link.from_, link.to)
                out[pair] = max(out.get(pair, link.score), link.score)
        return out

    @cached_property
    def measured_by(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for link in self.content.links:
            if link.type == "measured_by":
                out[link.from_].add(link.to)
        return out

    def indicators_of(self, goal: str) -> list[str]:
        """Indicators measuring a goal or any goal under it, sorted by id."""
        return sorted({i for g in self.descendants(goal) for i in self.measured_by.get(g, ())})

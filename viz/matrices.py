"""The coverage matrix (plans × RUS goals) and the interaction matrix (goals × goals, −3…+3)."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.views import DatasetGraph, Node
from viz.chains import Chain, actions_reaching, reaching


@dataclass
class CoverageCell:
    plan: str
    goal: str
    chains: list[Chain] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.chains)

    @property
    def strongest(self) -> int:
        return max((c.weakest for c in self.chains), default=0)


@dataclass
class CoverageMatrix:
    plans: list[Node]
    goals: list[Node]
    cells: dict[tuple[str, str], CoverageCell]

    def cell(self, plan: str, goal: str) -> CoverageCell:
        return self.cells.get((plan, goal)) or CoverageCell(plan, goal)

    has_children: set[str] = field(default_factory=set)

    def goal_total(self, goal: str) -> int:
        return sum(self.cell(p.id, goal).count for p in self.plans)

    def counted(self, goal: Node) -> bool:
        """A goal or target, or a goal area with nothing under it: the RUS goals whose coverage is judged
        (the report's coverage matrix lists these)."""
        level = goal.get("level") or "goal"
        return level in ("goal", "target") or (level == "goal_area" and goal.id not in self.has_children)

    def is_gap(self, goal: Node) -> bool:
        """No action reaches it, and it is a goal or target (or a goal area with nothing under it)."""
        return self.counted(goal) and self.goal_total(goal.id) == 0


def coverage(graph: DatasetGraph, chains: dict[str, dict[str, Chain]] | None = None) -> CoverageMatrix:
    """For every plan and RUS goal: the plan's actions that reach the goal, with their chains."""
    by_goal = actions_reaching(graph, chains if chains is not None else reaching(graph))
    rus = graph.rus
    plans = [p for p in graph.plans()]
    if rus is not None:
        plans.append(rus)  # actions placed directly under the RUS get their own row, last
    cells: dict[tuple[str, str], CoverageCell] = {}
    for goal, goal_chains in by_goal.items():
        for chain in goal_chains:
            plan = str(graph.nodes[chain.start].get("strategy"))
            cells.setdefault((plan, goal), CoverageCell(plan, goal)).chains.append(chain)
    used = {p for p, _ in cells}
    plans = [p for p in plans if p.id in used or p.get("kind") == "plan"]
    goals = [g for g in graph.rus_goals() if g.get("level") != "vision"]
    parents = {str(g.get("parent")) for g in graph.rus_goals() if g.get("parent")}
    return CoverageMatrix(plans=plans, goals=goals, cells=cells, has_children=parents)


@dataclass
class InteractionMatrix:
    goals: list[Node]
    scores: dict[tuple[str, str], tuple[int, str]]  # (from, to) -> (score, rationale)

    def score(self, a: str, b: str) -> tuple[int, str] | None:
        return self.scores.get((a, b))

    def influence(self, goal: str) -> int:
        """Row sum: how much progress on `goal` helps (+) or hinders (−) the others."""
        return sum(score for (a, _), (score, _) in self.scores.items() if a == goal)

    def dependence(self, goal: str) -> int:
        """Column sum: how much `goal` is helped (+) or hindered (−) by the others."""
        return sum(score for (_, b), (score, _) in self.scores.items() if b == goal)


def interactions(graph: DatasetGraph) -> InteractionMatrix:
    """Goals that take part in an `interacts_with` link, RUS goals first, in import order."""
    scores = {
        (lk.source, lk.target): (lk.score, str(lk.props.get("rationale") or ""))
        for lk in graph.links_of("INTERACTS_WITH")
    }
    involved = {a for a, _ in scores} | {b for _, b in scores}
    rus = graph.rus
    rus_id = rus.id if rus else None

    def key(node: Node) -> tuple:
        return (0 if node.get("strategy") == rus_id else 1, str(node.get("strategy") or ""), node.get("seq", 0))

    goals = sorted((graph.nodes[i] for i in involved if i in graph.nodes), key=key)
    return InteractionMatrix(goals=goals, scores=scores)

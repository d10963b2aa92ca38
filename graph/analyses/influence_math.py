"""The figures of the `influence` analysis, computed from the interaction links alone (no database).

spec/analyses.md defines them: w(i, j) is the mean score of the `interacts_with` links from i to j divided
by 3; one- and two-step expected influence (Weitz et al. 2018 on SDG-target networks) and DEMATEL total
effects. Kept apart from the query so hand-built and generated networks can be checked directly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

DECIMALS = 3
LEVERAGE_TOP = 3
"""`leverage`: the goals whose ei2 is above 0 and among the three highest (spec)."""

SINGULAR_CONDITION = 1e12
"""I − X counts as singular when its condition number exceeds this: the inverse would be noise."""


@dataclass
class GoalFigures:
    """Every figure the `influence` finding of one goal carries, rounded as the spec asks."""

    goal: str
    out_pos: float
    out_neg: float
    in_pos: float
    in_neg: float
    ei1: float
    ei2: float
    total_out: float | None
    total_in: float | None
    rank: int = 0
    targets: list[str] = field(default_factory=list)
    """Goals it points to, by |w| descending, then id."""
    negative_targets: list[str] = field(default_factory=list)
    """Goals with negative w(i, j), most negative first, then id."""


def _round(value: float) -> float:
    rounded = round(float(value), DECIMALS)
    return 0.0 if rounded == 0 else rounded  # never -0.0


def weights(links: Iterable[tuple[str, str, float]]) -> tuple[list[str], np.ndarray]:
    """The network's goals (sorted) and A = [w(i, j)]: the mean score of the links i → j, divided by 3."""
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for source, target, score in links:
        scores[(source, target)].append(float(score))
    goals = sorted({g for pair in scores for g in pair})
    index = {g: n for n, g in enumerate(goals)}
    matrix = np.zeros((len(goals), len(goals)))
    for (source, target), values in scores.items():
        matrix[index[source], index[target]] = sum(values) / len(values) / 3.0
    return goals, matrix


def total_effects(matrix: np.ndarray) -> np.ndarray | None:
    """DEMATEL's total-relation matrix T = X (I − X)⁻¹ with X = A / s, s the largest row or column sum of
    |A|; None where s = 0 or I − X is singular."""
    if matrix.size == 0:
        return None
    absolute = np.abs(matrix)
    s = max(absolute.sum(axis=1).max(), absolute.sum(axis=0).max())
    if s == 0:
        return None
    x = matrix / s
    eye_minus_x = np.eye(len(matrix)) - x
    if np.linalg.matrix_rank(eye_minus_x) < len(matrix) or np.linalg.cond(eye_minus_x) > SINGULAR_CONDITION:
        return None
    try:
        return x @ np.linalg.inv(eye_minus_x)
    except np.linalg.LinAlgError:
        return None


def dense_ranks(values: list[float]) -> list[int]:
    """1 = the highest value; equal values share a rank and the next follows on (1, 2, 2, 3)."""
    distinct = sorted(set(values), reverse=True)
    position = {v: n + 1 for n, v in enumerate(distinct)}
    return [position[v] for v in values]


def leverage_cutoff(ei2: list[float]) -> float | None:
    """The third-highest ei2 (every goal tied with it is among the three highest); None for no goals."""
    if not ei2:
        return None
    ordered = sorted(ei2, reverse=True)
    return ordered[min(LEVERAGE_TOP, len(ordered)) - 1]


def compute(links: Iterable[tuple[str, str, float]]) -> list[GoalFigures]:
    """The figures of every goal of the interaction network, in goal id order."""
    goals, a = weights(links)
    if not goals:
        return []
    ei1 = a.sum(axis=1)
    ei2 = ei1 + a @ ei1
    t = total_effects(a)
    figures = []
    for n, goal in enumerate(goals):
        row, col = a[n], a[:, n]
        pointed = [j for j in range(len(goals)) if row[j] != 0]
        figures.append(
            GoalFigures(
                goal=goal,
                out_pos=_round(row[row > 0].sum()),
                out_neg=_round(row[row < 0].sum()),
                in_pos=_round(col[col > 0].sum()),
                in_neg=_round(col[col < 0].sum()),
                ei1=_round(ei1[n]),
                ei2=_round(ei2[n]),
                total_out=_round(t[n].sum()) if t is not None else None,
                total_in=_round(t[:, n].sum()) if t is not None else None,
                targets=[goals[j] for j in sorted(pointed, key=lambda j: (-abs(row[j]), goals[j]))],
                negative_targets=[
                    goals[j] for j in sorted((j for j in pointed if row[j] < 0), key=lambda j: (row[j], goals[j]))
                ],
            )
        )
    for f, rank in zip(figures, dense_ranks([f.ei2 for f in figures]), strict=True):
        f.rank = rank
    return figures


def leverage_goals(figures: list[GoalFigures]) -> list[GoalFigures]:
    """Goals with ei2 > 0 among the three highest ei2, every goal tied at the cut-off included."""
    cutoff = leverage_cutoff([f.ei2 for f in figures])
    return [f for f in figures if cutoff is not None and f.ei2 > 0 and f.ei2 >= cutoff]


def risk_severity(ei2: float) -> str:
    """`risk`: high when ei2 ≤ −1, medium when ≤ −0.5, else low."""
    return "high" if ei2 <= -1 else ("medium" if ei2 <= -0.5 else "low")

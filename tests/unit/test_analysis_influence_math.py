"""The figures of `influence` (spec/analyses.md) on hand-built networks and on generated ones checked
against a plain, loop-by-loop computation of the same definitions."""

from __future__ import annotations

import random

import pytest

from graph.analyses.influence_math import compute, dense_ranks, leverage_goals, risk_severity


def by_goal(links):
    return {f.goal: f for f in compute(links)}


def test_influence_chain_one_and_two_step_and_dematel() -> None:
    # A → B → C, all +3: w = 1 on both links.
    f = by_goal([("A", "B", 3), ("B", "C", 3)])
    assert (f["A"].ei1, f["A"].ei2) == (1.0, 2.0)  # EI2(A) = 1 + w(A,B)·EI1(B) = 2
    assert (f["B"].ei1, f["B"].ei2) == (1.0, 1.0)
    assert (f["C"].ei1, f["C"].ei2) == (0.0, 0.0)
    assert (f["C"].in_pos, f["B"].in_pos, f["A"].in_pos) == (1.0, 1.0, 0.0)
    # s = 1, X = A, T = X (I − X)⁻¹ = X + X² (nilpotent): A reaches B and C, B reaches C.
    assert (f["A"].total_out, f["B"].total_out, f["C"].total_out) == (2.0, 1.0, 0.0)
    assert (f["A"].total_in, f["B"].total_in, f["C"].total_in) == (0.0, 1.0, 2.0)
    assert [f[g].rank for g in "ABC"] == [1, 2, 3]
    assert f["A"].targets == ["B"] and f["C"].targets == []


def test_influence_cycle_where_i_minus_x_is_singular_has_null_totals() -> None:
    # A ⇄ B at +3: X = [[0, 1], [1, 0]], I − X = [[1, −1], [−1, 1]] is singular.
    f = by_goal([("A", "B", 3), ("B", "A", 3)])
    assert f["A"].total_out is None and f["A"].total_in is None and f["B"].total_out is None
    assert (f["A"].ei1, f["A"].ei2) == (1.0, 2.0)  # the expected influences are still defined
    assert f["A"].rank == f["B"].rank == 1


def test_influence_only_negative_links() -> None:
    f = by_goal([("A", "B", -3), ("A", "C", -1), ("B", "C", -2)])
    assert f["A"].out_pos == 0.0 and f["A"].out_neg == pytest.approx(-1.333)
    assert f["A"].ei1 == -1.333
    # EI2(A) = −4/3 + (−1)(−2/3) + (−1/3)(0) = −0.667
    assert f["A"].ei2 == -0.667
    assert f["B"].ei2 == -0.667 and f["A"].rank == f["B"].rank
    assert f["C"].in_neg == -1.0 and f["C"].in_pos == 0.0
    assert f["A"].negative_targets == ["B", "C"]
    assert leverage_goals(list(f.values())) == []  # no ei2 above 0: no leverage
    assert risk_severity(f["A"].ei2) == "medium"


def test_influence_ties_at_the_leverage_cut_off_are_all_included() -> None:
    # Hubs H1 > H2 > H3 = H4 = H5, each pointing at its own leaf.
    links = [("H1", "L1", 3), ("H1", "L1b", 3), ("H2", "L2", 3), ("H3", "L3", 1), ("H4", "L4", 1), ("H5", "L5", 1)]
    figures = compute(links)
    chosen = sorted(f.goal for f in leverage_goals(figures))
    assert chosen == ["H1", "H2", "H3", "H4", "H5"]
    ranks = {f.goal: f.rank for f in figures}
    assert (ranks["H1"], ranks["H2"], ranks["H3"], ranks["H5"], ranks["L1"]) == (1, 2, 3, 3, 4)


def test_influence_several_links_between_one_pair_count_as_their_mean() -> None:
    f = by_goal([("A", "B", 3), ("A", "B", -1), ("A", "B", 1)])  # mean 1 → w = 1/3
    assert f["A"].ei1 == 0.333 and f["A"].out_pos == 0.333 and f["A"].out_neg == 0.0


def test_influence_all_zero_scores_give_null_totals_and_no_negative_zero() -> None:
    f = by_goal([("A", "B", 0)])
    assert f["A"].total_out is None and f["A"].ei2 == 0.0
    assert str(f["A"].out_neg) == "0.0"


def test_dense_ranks_share_and_follow_on() -> None:
    assert dense_ranks([5.0, 3.0, 3.0, 1.0]) == [1, 2, 2, 3]


def test_risk_severity_thresholds() -> None:
    assert [risk_severity(v) for v in (-1.0, -0.999, -0.5, -0.1)] == ["high", "medium", "medium", "low"]


def _independent(links):
    """The spec's definitions with lists and loops, and Gauss-Jordan for the inverse."""
    sums: dict = {}
    for a, b, s in links:
        sums.setdefault((a, b), []).append(s)
    goals = sorted({g for pair in sums for g in pair})
    n = len(goals)
    w = [[0.0] * n for _ in range(n)]
    for (a, b), values in sums.items():
        w[goals.index(a)][goals.index(b)] = sum(values) / len(values) / 3
    ei1 = [sum(row) for row in w]
    ei2 = [ei1[i] + sum(w[i][j] * ei1[j] for j in range(n)) for i in range(n)]
    s = max([sum(abs(x) for x in row) for row in w] + [sum(abs(w[i][j]) for i in range(n)) for j in range(n)])
    x = [[v / s for v in row] for row in w]
    m = [
        [(1.0 if i == j else 0.0) - x[i][j] for j in range(n)] + [1.0 if i == j else 0.0 for j in range(n)]
        for i in range(n)
    ]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        m[col] = [v / p for v in m[col]]
        for r in range(n):
            if r != col:
                factor = m[r][col]
                m[r] = [v - factor * c for v, c in zip(m[r], m[col], strict=True)]
    inv = [row[n:] for row in m]
    t = [[sum(x[i][k] * inv[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    return goals, ei1, ei2, [sum(row) for row in t], [sum(t[i][j] for i in range(n)) for j in range(n)]


@pytest.mark.parametrize("seed", range(12))
def test_influence_generated_networks_match_an_independent_computation(seed: int) -> None:
    rng = random.Random(seed)
    goals = [f"G{i}" for i in range(rng.randint(3, 14))]
    links = []
    for _ in range(rng.randint(3, 40)):
        a, b = rng.sample(goals, 2)
        links.append((a, b, rng.choice([-3, -2, -1, 1, 2, 3])))
    names, ei1, ei2, t_out, t_in = _independent(links)
    figures = {f.goal: f for f in compute(links)}
    assert sorted(figures) == names
    for i, goal in enumerate(names):
        f = figures[goal]
        assert f.ei1 == pytest.approx(round(ei1[i], 3), abs=1e-9)
        assert f.ei2 == pytest.approx(round(ei2[i], 3), abs=1e-9)
        # s is the largest absolute row or column sum, so X's spectral radius is at most 1: with random signs
        # and sparse links I − X is regular here; the totals must agree with the loop computation.
        assert f.total_out == pytest.approx(t_out[i], abs=2e-3)
        assert f.total_in == pytest.approx(t_in[i], abs=2e-3)
    ranked = sorted(figures.values(), key=lambda f: f.rank)
    assert all(a.ei2 >= b.ei2 for a, b in zip(ranked, ranked[1:], strict=False))

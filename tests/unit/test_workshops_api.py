"""The Workshops contract (interfaces.md) through HTTP on the real Neo4j: open, score, read, accept."""

from __future__ import annotations

from graph import workshops
from graph.workshop_accept import rationale_of


def test_workshop_median_rounds_half_away_from_zero() -> None:
    assert [workshops.median_rounded(s) for s in ([1, 2], [-1, -2], [0, 1], [0, -1], [3], [-3, 3])] == [
        2,
        -2,
        1,
        -1,
        3,
        0,
    ]
    assert rationale_of([{"participant": "A", "rationale": ""}, {"participant": "B", "rationale": "x"}]) == "B: x"

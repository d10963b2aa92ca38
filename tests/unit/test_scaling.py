"""Past one machine: what a cluster, Aura or several app instances rely on (docs/scaling.md)."""

from __future__ import annotations

from graph.queries import catalogue


def test_scaling_analysis_queries_are_all_read_queries() -> None:
    queries = [q for q in catalogue() if q.name.startswith("analyses/")]
    assert queries, "the analyses have their Cypher in cypher/analyses/"
    assert {q.name: q.mode for q in queries if q.mode != "read"} == {}
